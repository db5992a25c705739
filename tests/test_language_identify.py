"""Language identification: the vectorised automaton walk counts exactly what py3langid's byte loop counts."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from py3langid.langid import visit_counts

from fonte.analyze.language import _identifier, feature_counts, identify

# Short texts written for this test, one per language.
SAMPLES = {
    "it": "Il consiglio comunale ha approvato ieri sera il bilancio, dopo una lunga discussione sulle scuole.",
    "en": "The city council approved the budget last night after a long debate about the schools.",
    "fr": "Le conseil municipal a approuvé hier soir le budget, après un long débat sur les écoles.",
    "de": "Der Stadtrat hat gestern Abend den Haushalt nach einer langen Debatte über die Schulen beschlossen.",
    "es": "El ayuntamiento aprobó anoche el presupuesto tras un largo debate sobre las escuelas.",
    "ru": "Городской совет вчера вечером утвердил бюджет после долгих споров о школах.",
}


def _byte_loop_counts(data: bytes) -> dict[int, int]:
    ident = _identifier()
    return dict(visit_counts(ident.tk_nextmove, ident._rowbase, ident.tk_output, data) or {})


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_language_feature_counts_match_the_byte_loop(text):
    data = text.encode("utf-8", errors="surrogatepass")
    assert feature_counts(*_identifier()._tables, data) == _byte_loop_counts(data)


def test_language_feature_counts_on_each_language():
    for text in SAMPLES.values():
        data = text.encode("utf-8")
        counts = feature_counts(*_identifier()._tables, data)
        assert counts and counts == _byte_loop_counts(data)


def test_language_identified_per_language():
    for lang, text in SAMPLES.items():
        assert identify(text)[0] == lang


def test_language_too_few_letters_is_undetermined():
    assert identify("12 34 - 56 ... abc") == ("und", 0.0)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=300))
def test_language_scores_equal_py3langid_sparse_scores(text):
    ident = _identifier()
    data = text.encode("utf-8", errors="surrogatepass")
    # fonte has always scored the features in ascending order (float32 sums depend on the order).
    counts = dict(sorted(_byte_loop_counts(data).items()))
    if counts:  # bit for bit: the probabilities in the records must not move
        assert ident._raw_score(data).tobytes() == ident._sparse_score(counts, ident.nb_ptc).tobytes()
