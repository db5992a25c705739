"""Lone capitalised words that nobody can be called by are not built as name runs: the entities
reported are those of building every one of them."""

from __future__ import annotations

from unittest import mock

from entities_builder import analyse
from hypothesis import given, settings
from hypothesis import strategies as st

from fonte.analyze import entity_names

# Given names, surnames (of known actors and of nobody), titles, roles, country words, a ministry,
# of-words, acronyms, stopwords and punctuation, in Italian and English.
_PIECES = [
    "Mario ", "Rossi ", "Bianchi ", "Putin ", "Vladimir ", "Trump ", "Donald ", "Smith ", "John ",
    "il ", "la ", "ministro ", "presidente ", "russo ", "Russia ", "Italia ", "del ", "degli ", "di ",
    "Di ", "Ministero ", "ministero ", "Esteri ", "Lavoro ", "the ", "The ", "of ", "Of ", "minister ",
    "President ", "Mayor ", "Analyst ", "NATO ", "GDL ", "SNCF ", "IV ", "Ieri ", "Yesterday ",
    "said ", "ha ", "detto ", "Kremlin ", "Mosca ", ", ", ". ", "\n", "-", "«", "»", "12 ",
]
_TEXT = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=40).map(lambda pieces: "Titolo\n\n" + "".join(pieces))


def _records(text: str, lang: str) -> list[tuple]:
    return [(e.name, e.type, e.wikidata, e.iso, e.country, e.by, e.confidence, [(m.start, m.end) for m in e.mentions]) for e in analyse(text, lang).entities]


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.sampled_from(["it", "en", "ru"]))
def test_leaving_out_lone_words_nobody_is_called_changes_no_entity(text, lang):
    found = _records(text, lang)
    with mock.patch.object(entity_names, "_surname_only", lambda *args: False):
        every_run_built = _records(text, lang)
    assert found == every_run_built


def test_a_lone_surname_after_the_full_name_still_joins_it():
    analysis = analyse("Titolo\n\nIeri Mario Bianchi ha parlato. Poi Bianchi ha risposto.", "it")
    (person,) = [e for e in analysis.entities if e.name == "Mario Bianchi"]
    assert [m.text for m in person.mentions] == ["Mario Bianchi", "Bianchi"]


def test_a_lone_word_before_anyone_is_named_is_no_run():
    # "Bianchi" opens no name yet: it can be nobody's surname, so no run is built for it.
    from fonte.analyze.entity_lexicon import lexicon
    from fonte.analyze.entity_names import Words, find_runs

    text = "Ieri Bianchi ha parlato con Mario Bianchi."
    lex = lexicon("it")
    words = Words.of(text, lex)
    runs = find_runs(text, words, [False] * len(words), lex, set())
    assert [r.text for r in runs] == ["Mario Bianchi"]
