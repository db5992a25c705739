"""Countries: ISO codes, Wikidata QIDs and names in fonte's languages, built at first use.

Identities (ISO 3166-1 alpha-2, English label, QID) come from rigour's territory list; names per
language from CLDR via babel. What neither library knows (demonyms and adjectives, capitals,
"Federazione Russa"-style aliases, government metonyms like "the Kremlin") is fonte's own data in
``fonte/lang/<code>/entities.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from fonte.lang import LANGUAGES, resource

# rigour lists supranational bodies and placeholders among territories; they are not countries.
_NOT_COUNTRIES = frozenset({"eu", "un", "zz"})
_BRACES = re.compile(r"\{([^{}]*)\}")


@dataclass(frozen=True)
class Country:
    iso: str  # ISO 3166-1 alpha-2, upper case
    name: str  # English label, as Wikidata has it
    wikidata: str | None
    sovereign: bool  # False for dependencies and disputed territories (typed "location")




def expand_forms(pattern: str) -> list[str]:
    """``"russ{o,a,i,e}"`` -> russo, russa, russi, russe (one brace group per pattern at most)."""
    m = _BRACES.search(pattern)
    if not m:
        return [pattern]
    head, tail = pattern[: m.start()], pattern[m.end() :]
    return [head + option.strip() + tail for option in m.group(1).split(",")]


@cache
def countries() -> dict[str, Country]:
    """Every current country and territory with a two-letter code, keyed by ISO code."""
    from rigour.territories import get_territories

    found: dict[str, Country] = {}
    for territory in get_territories():
        code = territory.code
        if len(code) != 2 or not code.isalpha() or code in _NOT_COUNTRIES or territory.is_historical:
            continue
        found[code.upper()] = Country(code.upper(), territory.name, territory.qid, bool(territory.is_country))
    return found


@cache
def names(lang: str) -> dict[str, str]:
    """Country name as written in ``lang`` (CLDR, the English label, fonte's aliases) -> ISO code."""
    from babel import Locale

    known = countries()
    table: dict[str, str] = {}
    for locale in dict.fromkeys((lang, "en")):
        for code, label in Locale.parse(locale).territories.items():
            if code in known:
                table.setdefault(label, code)
    for code, country in known.items():
        table.setdefault(country.name, code)
    for code, aliases in _section(lang, "country_aliases").items():
        for alias in aliases:
            table[alias] = code
    return table


@cache
def demonyms(lang: str) -> dict[str, tuple[str, ...]]:
    """Adjective or demonym form -> the ISO codes it may mean (two for "coreano": KP, KR)."""
    table: dict[str, tuple[str, ...]] = {}
    for code, patterns in _section(lang, "demonyms").items():
        for pattern in patterns:
            for form in expand_forms(pattern):
                table[form] = (*table.get(form, ()), code)
    for form, codes in resource(lang, "entities").get("ambiguous_demonyms", {}).items():
        for expanded in expand_forms(form):
            table[expanded] = tuple(codes)
    return table


@cache
def capitals(lang: str) -> dict[str, str]:
    """Capital city name in ``lang`` -> the ISO code of the country whose government it can name."""
    return {form: code for code, forms in _section(lang, "capitals").items() for form in forms}


@cache
def metonyms(lang: str) -> dict[str, str]:
    """Names that stand for a government ("the Kremlin", "la Casa Bianca") -> ISO code."""
    return {name: code for code, forms in _section(lang, "metonyms").items() for name in forms}


def lookup(name: str, lang: str | None = None) -> Country | None:
    """The country a name, demonym or ISO code refers to (exact, case-insensitive), if one does."""
    key = name.strip().casefold()
    if len(key) == 2 and key.upper() in countries():
        return countries()[key.upper()]
    for code in (lang,) if lang else LANGUAGES:
        for table in (names(code), {k: v[0] for k, v in demonyms(code).items() if len(v) == 1}):
            for surface, iso in table.items():
                if surface.casefold() == key:
                    return countries().get(iso)
    return None


def _section(lang: str, name: str) -> dict[str, list[str]]:
    return {code.upper(): list(forms) for code, forms in resource(lang, "entities").get(name, {}).items()}
