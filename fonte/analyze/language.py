"""Language identification, restricted to fonte's languages; ``und`` when unsure."""

from __future__ import annotations

from functools import cache

from fonte.lang import LANGUAGES
from fonte.model import Analysis

#: Below this probability (or on too little text) the language is ``und``.
MIN_PROBABILITY = 0.6
MIN_LETTERS = 12


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(list(LANGUAGES))
    return ident


def identify(text: str) -> tuple[str, float]:
    """The language of ``text`` and the identifier's probability, or ``("und", p)``."""
    sample = text[:20000]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return "und", 0.0
    lang, prob = _identifier().classify(sample)
    prob = float(prob)
    return (lang, prob) if prob >= MIN_PROBABILITY else ("und", prob)


def run(analysis: Analysis, options) -> None:
    if options.language:
        analysis.language, analysis.language_confidence = options.language, 1.0
        return
    hint = analysis.article.language_hint
    lang, prob = identify(analysis.text)
    if lang == "und" and hint in LANGUAGES:
        lang = hint
    analysis.language, analysis.language_confidence = lang, prob
    if lang == "und":
        analysis.warn("language could not be identified reliably; language-specific analysers used no rules")
