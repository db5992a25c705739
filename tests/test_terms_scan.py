"""LexiconScan: one pass over an article gives every lexicon exactly what its own patterns' finditer gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from fonte.analyze.technique_rules.terms import Lexicon, LexiconScan, fold, opens_at_word_start

# Free patterns of every kind the scan treats apart: opening at a word start (plain or class lookbehind),
# not (no lookbehind, a top-level alternation), able to match nothing (first), overlapping, with groups.
FREE = [r"(?<!\w)ab+c", r"(?<![\w#])#\w{2,}", r"(?<!\w)(?:x|y)\s+z(?!\w)", r"b?c", r"c\w", r"(?<!\w)a|b",
        r"(?<!\w)a*", r"(?<!\w)(?:)", r"(?<!\w)(?:|ab)", r"(?<!\w)a\s+b", r"(?<!\w)b\s+c", r"(?<!\w)(x)y\1",
        r"(?<![\w-])-\w", r"(?<!\w)Ab(?!\w)"]
_term = st.text(alphabet="abcxyz", min_size=1, max_size=4).flatmap(
    lambda head: st.sampled_from([head, head + "*", head + " z", head + "-a", head + "'b"]))
_lexicon = st.tuples(st.lists(_term, max_size=5), st.lists(st.sampled_from(FREE), max_size=3))


def _reference(lexicon: Lexicon, folded: str) -> list[tuple[int, int]]:
    found = list(lexicon.pattern.finditer(folded)) if lexicon.pattern else []
    found += lexicon.extra.finditer(folded) if lexicon.extra else []
    return [m.span() for m in sorted(found, key=lambda m: m.start())]


@given(st.lists(_lexicon, min_size=1, max_size=5), st.text(alphabet="abcxyAB#-'’  \n.", max_size=80))
@settings(max_examples=400, deadline=None)
def test_terms_scan_gives_each_lexicon_its_own_finditer_matches(raw, text):
    lexicons = [Lexicon(terms, patterns) for terms, patterns in raw]
    folded = fold(text)
    found = LexiconScan(lexicons).finditer_each(text, folded)
    assert [[m.span() for m in matches] for matches in found] == [_reference(lx, folded) for lx in lexicons]


def test_terms_scan_free_patterns_found_after_an_overlapping_match_of_another():
    lexicons = [Lexicon([], [r"(?<!\w)a\s+b"]), Lexicon([], [r"(?<!\w)b\s+c"])]
    found = LexiconScan(lexicons).free_matches("a b c a b")
    assert [[m.group() for m in matches] for matches in found] == [["a b", "a b"], ["b c"]]


def test_terms_scan_word_start_patterns_are_told_apart():
    assert opens_at_word_start(r"(?<!\w)the\s+\w+est")
    assert opens_at_word_start(r"(?<![\w#])#\w{3,}")
    assert not opens_at_word_start(r"(?<![\w#]x)y")  # a lookbehind of two characters says nothing of the one before
    assert not opens_at_word_start(r"(?<![^\w])y")
    assert not opens_at_word_start(r"(?<!\w)a|b")
    assert not opens_at_word_start(r"#\w{3,}")


def test_terms_scan_free_pattern_matches_of_one_lexicon_never_overlap():
    lexicon = Lexicon([], [r"(?<!\w)a\s+b", r"(?<!\w)b\s+c"])
    found = LexiconScan([lexicon]).free_matches("a b c")
    assert [m.group() for m in found[0]] == ["a b"]


def test_terms_scan_patterns_with_back_references_keep_their_own_groups():
    lexicons = [Lexicon([], [r"(?<!\w)(x)y\1"]), Lexicon([], [r"(?<!\w)(a)b\1"])]
    found = LexiconScan(lexicons).free_matches("aba xyx")
    assert [[m.group() for m in matches] for matches in found] == [["xyx"], ["aba"]]


def _tried_by_first_letter(scan: LexiconScan, folded: str) -> list[tuple[int, tuple[int, int]]]:
    """term_matches as it was: at each start, every lexicon with a term opening with that letter."""
    table: dict[str, set[int]] = {}
    for k, lexicon in enumerate(scan.lexicons):
        for term in lexicon.terms:
            table.setdefault(term.literal[:1].replace("’", "'"), set()).add(k)
    table.setdefault("'", set()).update(table.get("’", set()))
    table["’"] = table["'"]
    found, reached = [], [0] * len(scan.lexicons)
    for pos in range(len(folded) + 1):  # every offset: the lexicons' own patterns say where a word starts
        for k in sorted(table.get(folded[pos:pos + 1], ())):
            m = scan.lexicons[k].pattern.match(folded, pos) if pos >= reached[k] else None
            if m is not None and m.end() > pos:
                reached[k] = m.end()
                found.append((k, m.span()))
    return found


_any_term = st.text(alphabet="abxy '’-–", min_size=1, max_size=5).flatmap(lambda t: st.sampled_from([t, t + "*"]))


@given(st.lists(st.lists(_any_term, max_size=6), min_size=1, max_size=5), st.text(alphabet="abxyAB '’-–\n.", max_size=80))
@settings(max_examples=500, deadline=None)
def test_terms_scan_tries_every_lexicon_that_can_match_by_its_first_three_letters(raw, text):
    scan = LexiconScan([Lexicon(terms) for terms in raw])
    folded = fold(text)
    assert [(k, m.span()) for k, m in scan.term_matches(folded)] == _tried_by_first_letter(scan, folded)


def test_terms_fold_remembers_only_the_very_same_text():
    first = "Ünità " * 100
    second = "CIAO! " * 100  # as long as the first, another text
    assert fold(first) == "ünità " * 100
    assert fold(second) == "ciao! " * 100
    assert fold(first) == "ünità " * 100
    assert fold("İstanbul " * 40) == "istanbul " * 40  # a letter whose lower case is two keeps one place
    assert fold("Ab") == "ab"
