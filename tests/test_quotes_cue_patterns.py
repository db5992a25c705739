"""Cue phrases compiled with alternatives factored by letter match what the flat alternation matches."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from fonte.analyze import speech_cues
from fonte.lang import resource

_LANGS = ["en", "it", "de", "fr", "es", "ru"]
_KEYS = ["verbs", "stance", "according", "according_pronoun", "anaphors", "roles", "trailing_sources", "honorifics"]
_END = r"(?![\w’'-])"


def _flat(phrases: list[str], suffixes: list[str] | None = None) -> str:
    """The alternation as it was written before factoring: the phrases longest first, one after another."""
    ordered = sorted({p.strip().lower() for p in phrases if p.strip()}, key=len, reverse=True)
    glued = "(?:" + "|".join(re.escape(x) for x in sorted(suffixes, key=len, reverse=True)) + ")?" if suffixes else ""
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) + (glued + _END if p[-1].isalnum() else "") for p in ordered)


def _both(phrases: list[str], suffixes: list[str] | None = None) -> tuple[re.Pattern[str], re.Pattern[str]]:
    start = speech_cues.WORD_START
    return (
        re.compile(start + "(?:" + speech_cues._alternation(phrases, suffixes) + ")", re.IGNORECASE),
        re.compile(start + "(?:" + _flat(phrases, suffixes) + ")", re.IGNORECASE),
    )


def _flat_verbs(data: dict, finite_key: str, participles_key: str) -> re.Pattern[str]:
    """The speech verbs as they were compiled before factoring: auxiliaries, gap, participles, then finite verbs."""
    finite = list(data.get(finite_key, [])) + (list(data.get("gerunds", [])) if finite_key == "verbs" else [])
    auxiliaries, participles = data.get("auxiliaries", []), data.get(participles_key, [])
    branches = []
    if auxiliaries and participles:
        gap = r"(?:[^\W\d_]+\s+){0,3}?"
        branches.append(f"(?:{_flat(auxiliaries)})\\s+{gap}(?:{_flat(participles)})")
    suffixes = list(data.get("verb_suffixes", [])) if finite_key == "verbs" else None
    branches.append(_flat(finite, suffixes))
    return re.compile(speech_cues.WORD_START + "(?:" + "|".join(branches) + ")", re.IGNORECASE)


def _pieces(lang: str) -> list[str]:
    data = resource(lang, "speech")
    words = [w for key in _KEYS for w in data.get(key, [])][:60]
    words += data.get("auxiliaries", [])[:6] + data.get("participles", [])[:10] + ["poi", "de son côté"]
    return words + [w.upper() for w in words[:10]] + [w[:-1] for w in words[:10]] + [" ", "  ", ", ", "’", "-", "x"]


@settings(max_examples=120, deadline=None)
@given(st.sampled_from(_LANGS), st.data())
def test_quotes_cue_patterns_factored_match_as_flat(lang: str, data: st.DataObject) -> None:
    text = "".join(data.draw(st.lists(st.sampled_from(_pieces(lang)), max_size=25)))
    cues = resource(lang, "speech")
    for key in _KEYS:
        phrases = list(cues.get(key, []))
        suffixes = list(cues.get("verb_suffixes", [])) if key == "verbs" else None
        if not phrases:
            continue
        factored, flat = _both(phrases, suffixes)
        assert [m.span() for m in factored.finditer(text)] == [m.span() for m in flat.finditer(text)], (key, text)
    compiled = speech_cues.for_language(lang)
    for pattern, finite_key, participles_key in ((compiled.speech, "verbs", "participles"),
                                                 (compiled.stance, "stance", "stance_participles")):
        if pattern is not None:
            flat = _flat_verbs(cues, finite_key, participles_key)
            assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in flat.finditer(text)], text


def test_quotes_cue_patterns_longest_phrase_first() -> None:
    factored, flat = _both(["said", "said to", "sa", "s’", "s’il", "say"])
    for text in ["he said to me", "he said", "s’il", "s’ il", "sa say"]:
        assert [m.group() for m in factored.finditer(text)] == [m.group() for m in flat.finditer(text)]
    assert factored.pattern != flat.pattern  # factored: one "s" for all of them


def test_quotes_cue_patterns_letters_alike_keep_flat_order() -> None:
    # "s" and "ſ" match the same character under re.IGNORECASE: their alternatives are not grouped apart.
    factored, flat = _both(["sabcd", "ſa b", "sa"])
    for text in ["SA B", "sa b", "ſa", "sabcd"]:  # "SA B": "ſa b" comes before "sa" and matches first
        assert [m.group() for m in factored.finditer(text)] == [m.group() for m in flat.finditer(text)]


def test_quotes_cue_patterns_auxiliaries_alike_keep_one_group() -> None:
    # Auxiliaries whose letters one character matches ("ſa", "sa") stay one alternation before the participles.
    verbs = speech_cues._verbs(["sagt"], ["ſa", "sa", "hat"], ["gesagt", "erklärt"])
    gap = r"(?:[^\W\d_]+\s+){0,3}?"
    flat = re.compile(
        speech_cues.WORD_START + f"(?:(?:{_flat(['ſa', 'sa', 'hat'])})\\s+{gap}(?:{_flat(['gesagt', 'erklärt'])})|{_flat(['sagt'])})",
        re.IGNORECASE,
    )
    for text in ["SA gesagt", "ſa erklärt", "hat heute gesagt", "sagt", "sa sagt"]:
        assert [m.span() for m in verbs.finditer(text)] == [m.span() for m in flat.finditer(text)], text
