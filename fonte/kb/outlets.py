"""The outlet catalogue: news outlets, agencies and influence-operation networks.

fonte ships its own catalogue (``fonte/kb/data/outlets.toml``); a user may add to it with
``fonte outlets import``, which writes ``outlets.user.json`` in the user data folder. A user entry
with the same name as a bundled one replaces it, and its domains take precedence.
"""

from __future__ import annotations

import csv
import heapq
import json
import os
import re
import tomllib
from dataclasses import asdict, dataclass, field, replace
from functools import lru_cache
from itertools import islice, repeat
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import urlsplit

from re import _parser as sre_parse

from fonte.errors import DataError
from fonte.lang import LANGUAGES, resource
from fonte.model import Outlet

BUNDLED = Path(__file__).parent / "data" / "outlets.toml"
USER_FILE_NAME = "outlets.user.json"

#: State Media Monitor typology codes read as state-affiliated, and those read as independent.
STATE_AFFILIATED_TYPOLOGIES = frozenset({"SC", "CaPu", "CaPr"})
INDEPENDENT_TYPOLOGIES = frozenset({"ISFM", "ISF", "ISM", "IP"})
TYPOLOGIES = STATE_AFFILIATED_TYPOLOGIES | INDEPENDENT_TYPOLOGIES
KINDS = ("agency", "newspaper", "broadcaster", "website", "network")

_TOKEN = re.compile(r"\w+")
# What may stand between two words of one name: a space, a hyphen, quotation marks
# (РИА «Новости»), an apostrophe (L'Orient) — never a sentence mark or a line break.
_NAME_GAP = re.compile(r"[ \t\u00a0\-‐‑–'’\"«»“”„‹›]{1,3}")
_OPENING_QUOTES = "«“„‹\"'‘"
_CLOSING_QUOTES = "»”“›\"'’"
# A name written as a social handle or hashtag (@RT_com, #RT) or followed by one ("RT @user",
# the retweet marker) is not the outlet speaking.
_HANDLE_BEFORE = ("@", "#")
_HANDLE_AFTER = re.compile(r"\s?@\w")
# A name joined by a hyphen to a further word is part of another name (Interfax-Ukraine).
_COMPOUND_AFTER = re.compile(r"[-‐‑]\w")
#: The shortest acronym that may be written in title case where a language does so (Cnn, not Ap).
MIN_TITLE_CASE_ACRONYM = 3
# The capitals a name may open with (a regex class); otherwise only a name's lower-case first word
# as written (dpa, taz) opens one.
_CAPITALS = "A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ"


def typology_state_affiliated(typology: str | None) -> bool | None:
    """True for state-controlled or captured media, False for independent public media, else None."""
    if typology in STATE_AFFILIATED_TYPOLOGIES:
        return True
    if typology in INDEPENDENT_TYPOLOGIES:
        return False
    return None


@dataclass(frozen=True)
class OutletEntry:
    """One catalogued outlet; ``variants`` are the other names it goes by."""

    name: str
    variants: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    country: str | None = None  # ISO 3166-1 alpha-2
    kind: str | None = None  # one of KINDS
    typology: str | None = None  # State Media Monitor code
    state_affiliated: bool | None = None
    operation: str | None = None  # the documented influence operation a network belongs to
    source: str = "fonte"  # "fonte" (bundled) or the file a user imported it from

    def names(self) -> tuple[str, ...]:
        return (self.name, *self.variants)

    def to_outlet(self, domain: str | None = None) -> Outlet:
        return Outlet(
            name=self.name,
            domain=domain or (self.domains[0] if self.domains else None),
            country=self.country,
            state_affiliated=self.state_affiliated,
            typology=self.typology,
            kind=self.kind,
        )

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["variants"], d["domains"] = list(self.variants), list(self.domains)
        return d


def make_entry(
    name: str,
    *,
    variants: list[str] | tuple[str, ...] = (),
    domains: list[str] | tuple[str, ...] = (),
    country: str | None = None,
    kind: str | None = None,
    typology: str | None = None,
    state_affiliated: bool | None = None,
    operation: str | None = None,
    source: str = "fonte",
) -> OutletEntry:
    """An entry with normalised fields; the typology decides ``state_affiliated`` when it is known."""
    name = " ".join(name.split())
    if not name:
        raise ValueError("an outlet needs a name")
    if typology is not None and typology not in TYPOLOGIES:
        raise ValueError(f"unknown typology {typology!r} (expected one of {', '.join(sorted(TYPOLOGIES))})")
    if kind is not None and kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r} (expected one of {', '.join(KINDS)})")
    if country is not None and not re.fullmatch(r"[A-Z]{2}", country):
        raise ValueError(f"country {country!r} is not an ISO 3166-1 alpha-2 code")
    by_typology = typology_state_affiliated(typology)
    # Kept apart when only the case differs: "TASS" matches only as written, "Tass" in any case.
    seen = {name}
    unique_variants = []
    for v in variants:
        v = " ".join(v.split())
        if v and v not in seen:
            seen.add(v)
            unique_variants.append(v)
    clean_domains = []
    for d in domains:
        d = normalise_domain(d)
        if d and d not in clean_domains:
            clean_domains.append(d)
    return OutletEntry(
        name=name,
        variants=tuple(unique_variants),
        domains=tuple(clean_domains),
        country=country,
        kind=kind,
        typology=typology,
        state_affiliated=by_typology if by_typology is not None else state_affiliated,
        operation=operation,
        source=source,
    )


def normalise_domain(url_or_domain: str) -> str:
    """The lower-case host of a URL or domain, without ``www.``, port or path ('' when there is none)."""
    s = url_or_domain.strip()
    if "://" in s:
        host = urlsplit(s).hostname or ""
    else:
        host = s.split("/", 1)[0].split(":", 1)[0]
    host = host.strip(".").lower()
    return host[4:] if host.startswith("www.") else host


@dataclass(frozen=True)
class NameHit:
    """An outlet name found in a text; ``text[start:end] == surface``."""

    start: int
    end: int
    surface: str
    entry: OutletEntry


@dataclass
class _Variant:
    entry: OutletEntry
    tokens: tuple[str, ...]
    exact_case: bool  # an acronym (AP, RT, ANSA): matched only as written


def _name_tokens(name: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(name))


def _case_fits(variant: _Variant, words: list[str], title_case_acronyms: bool = False) -> bool:
    if variant.exact_case:
        if title_case_acronyms and all(len(t) >= MIN_TITLE_CASE_ACRONYM for t in variant.tokens):
            # Italian writes acronyms as names: "la Cnn", "la Bbc".
            return tuple(words) in (variant.tokens, tuple(t.capitalize() for t in variant.tokens))
        return tuple(words) == variant.tokens
    # Otherwise case-insensitive, except that a capitalised word of the name must be capitalised in
    # the text: "Le Monde" is the paper, "le monde" is the world. A leading article is free when a
    # later word carries the capital ("according to the Guardian").
    pairs = list(zip(variant.tokens, words))
    if len(pairs) > 1 and any(v[0].isupper() for v, _ in pairs[1:]):
        pairs = pairs[1:]
    return all(not v[0].isupper() or w[0].isupper() for v, w in pairs)


@lru_cache(maxsize=1)
def _leading_articles() -> frozenset[str]:
    """The determiners of fonte's languages: "la" of "la Repubblica" may be left out, "junge" of "junge Welt" not."""
    return frozenset(d for lang in LANGUAGES for d in resource(lang, "speech").get("determiners", []))


@dataclass
class Catalogue:
    """Outlets with one index by name and one by domain, built once."""

    entries: list[OutletEntry] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._by_key: dict[tuple[str, ...], list[_Variant]] = {}
        self._longest: dict[str, int] = {}  # first word -> most words of a name starting with it
        self._by_domain: dict[str, OutletEntry] = {}
        self._lower_first: set[str] = set()
        self._first_word_sets: dict[tuple[str, ...], frozenset[str]] = {}
        for entry in self.entries:
            for name in entry.names():
                tokens = _name_tokens(name)
                if not tokens:
                    continue
                exact = not any(ch.islower() for ch in name)
                if (
                    len(tokens) > 1
                    and tokens[0] in _leading_articles()
                    and any(t[0].isupper() for t in tokens[1:])
                ):
                    # A leading article (la Repubblica): looked up whole, found in a text without it,
                    # where the cues take care of the article.
                    self._by_key.setdefault(tuple(t.lower() for t in tokens), []).append(_Variant(entry, tokens, exact))
                    tokens = tokens[1:]
                key = tuple(t.lower() for t in tokens)
                if not tokens[0][0].isupper():
                    self._lower_first.add(key[0])
                self._by_key.setdefault(key, []).append(_Variant(entry, tokens, exact))
                self._longest[key[0]] = max(self._longest.get(key[0], 0), len(key))
            for domain in entry.domains:
                self._by_domain.setdefault(domain, entry)
        self._candidate_patterns: dict[tuple[str, ...], re.Pattern[str]] = {}
        self._candidate_scans: dict[tuple[str, ...], tuple[re.Pattern[str], list[tuple[str, re.Pattern[str]]]]] = {}

    def __iter__(self) -> Iterator[OutletEntry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def lookup_name(self, name: str) -> OutletEntry | None:
        """The outlet a whole name refers to (any case, quotes and hyphens ignored)."""
        key = tuple(t.lower() for t in _name_tokens(name))
        variants = self._by_key.get(key)
        return variants[0].entry if variants else None

    def lookup_domain(self, url_or_domain: str) -> OutletEntry | None:
        """The outlet of a URL or domain; a subdomain matches its parent (de.rt.com -> RT)."""
        host = normalise_domain(url_or_domain)
        parts = host.split(".")
        for i in range(len(parts) - 1):
            entry = self._by_domain.get(".".join(parts[i:]))
            if entry:
                return entry
        return None

    def find(self, text: str, endings: tuple[str, ...] = (), title_case_acronyms: bool = False) -> list[NameHit]:
        """Every catalogued outlet name in ``text``, longest first, left to right.

        ``endings`` are case endings a name may carry in the text's language (Интерфакс-а);
        ``title_case_acronyms`` lets an acronym of three letters or more match as a name (Cnn).
        """
        first_words = self._first_words(endings)
        hits: list[NameHit] = []
        for m in self._candidate_matches(text, endings):
            first = m.group().lower()
            if first not in first_words or (hits and m.start() < hits[-1].end):
                continue
            # _match_at reads no further than the longest name opening with this word (an inflected
            # first word is a one-word name).
            most = self._longest.get(first) or 1
            words = [(w.start(), w.end(), w.group()) for w in islice(_TOKEN.finditer(text, m.start()), most)]
            hit = self._match_at(text, words, 0, endings, title_case_acronyms)
            if hit is not None:
                hits.append(hit[0])
        return hits

    def _first_words(self, endings: tuple[str, ...]) -> frozenset[str]:
        """Every word a name can start with, inflected too, so that other words cost one look-up."""
        words = self._first_word_sets.get(endings)
        if words is None:
            words = frozenset(self._longest) | {w + e for w in self._longest for e in endings}
            self._first_word_sets[endings] = words
        return words

    def _candidate_tails(self, endings: tuple[str, ...]) -> dict[str, str]:
        """Every word a name may start with, and the pattern that must follow it.

        A one-word name (with an ending) is followed by the end of the word; another name's first
        word by the start of a second word of such a name (La Stampa, not La guerra).
        """
        singles = {key[0] for key in self._by_key if len(key) == 1}
        tails: dict[str, str] = {w + e: r"(?!\w)" for w in singles for e in ("", *endings)}
        seconds: dict[str, set[str]] = {}
        for key in self._by_key:
            if len(key) > 1 and key[0] not in tails:
                seconds.setdefault(key[0], set()).add(key[1])
        for first, nexts in seconds.items():
            tails[first] = f"(?={_NAME_GAP.pattern}{_trie_pattern(dict.fromkeys(nexts, ''))})"
        return tails

    def _candidates(self, endings: tuple[str, ...]) -> re.Pattern[str]:
        """The words where a name may start, found by the regex engine in one pass over the text.

        A word qualifies when it is capitalised (or a name's lower-case first word as written: dpa,
        taz) and is one of ``_candidate_tails`` followed by its tail. A superset of what ``_match_at``
        accepts: it still decides, so the hits are those of a check at every word.
        """
        pattern = self._candidate_patterns.get(endings)
        if pattern is None:
            lower = "|".join(re.escape(w) for w in sorted(self._lower_first, key=len, reverse=True))
            cased = f"(?=[{_CAPITALS}]|(?:{lower})(?!\\w))" if lower else f"(?=[{_CAPITALS}])"
            pattern = re.compile(rf"(?<!\w){cased}(?i:{_trie_pattern(self._candidate_tails(endings))})")
            self._candidate_patterns[endings] = pattern
        return pattern

    def _candidate_matches(self, text: str, endings: tuple[str, ...]) -> Iterator[re.Match[str]]:
        """What ``_candidates(endings).finditer(text)`` finds, found faster.

        That pattern tests every position of the text. Split by the first character, the regex engine
        can skip to the next capital in C: one pattern opens with a literal capital (one branch per
        capital, each with the words it may open), and the lower-case first words, few and rare, are
        found by patterns of their own that open with the word itself, then checked with the full
        pattern at that position.
        """
        scan = self._candidate_scans.get(endings)
        if scan is None:
            scan = self._candidate_scans[endings] = self._candidate_scan(endings)
        capitals, lower_words = scan
        found = capitals.finditer(text)
        if not lower_words:
            return found
        # A word absent from the text costs one substring search in C instead of a regex scan.
        starts = [w.start() for word, pattern in lower_words if word in text for w in pattern.finditer(text)]
        if not starts:
            return found  # the one pattern is compiled only for a text that needs it (start-up time)
        extra = [m for m in map(self._candidates(endings).match, repeat(text), starts) if m]
        if not extra:
            return found
        extra.sort(key=_match_start)
        return heapq.merge(found, extra, key=_match_start)

    def _candidate_scan(self, endings: tuple[str, ...]) -> tuple[re.Pattern[str], list[tuple[str, re.Pattern[str]]]]:
        trie = _trie(self._candidate_tails(endings))
        # Which first letters of the trie each capital matches, as the case-insensitive trie does.
        folds = [(re.compile(f"(?i:{re.escape(ch)})").fullmatch, _node_pattern(child)) for ch, child in trie.items()]
        capitals = _class_chars(_CAPITALS)
        branches = []
        for capital in sorted(capitals):
            rests = [rest for fits, rest in folds if fits(capital)]
            if rests:
                rest = rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")"
                # After the capital: no word character before it, then the rest of a first word.
                branches.append(f"{re.escape(capital)}(?<!\\w.)(?i:{rest})")
        lower_words = [
            (w, re.compile(f"{re.escape(w)}(?<!\\w.{{{len(w)}}})(?!\\w)"))
            for w in sorted(self._lower_first)
            if w[0] not in capitals  # one that opens with a capital is a capital's branch already
        ]
        return re.compile("|".join(branches) or "(?!)"), lower_words

    def _match_at(
        self, text: str, words: list[tuple[int, int, str]], i: int, endings: tuple[str, ...], title_case_acronyms: bool = False
    ) -> tuple[NameHit, int] | None:
        first = words[i][2].lower()
        longest = self._longest.get(first, 0)
        if not longest and endings:
            longest = 1 if any(self._by_key.get((s,)) for s in _stems(first, endings)) else 0
        if not longest:
            return None
        start = words[i][0]
        if start and text[start - 1] in _HANDLE_BEFORE:
            return None
        n_max = 1
        while n_max < min(longest, len(words) - i) and _NAME_GAP.fullmatch(text[words[i + n_max - 1][1] : words[i + n_max][0]]):
            n_max += 1
        for n in range(n_max, 0, -1):
            surface_words = [w for _, _, w in words[i : i + n]]
            key = [w.lower() for w in surface_words]
            candidates = [tuple(key)]
            if endings:
                candidates += [(*key[:-1], stem) for stem in _stems(key[-1], endings)]
            for cand in candidates:
                for variant in self._by_key.get(cand, ()):
                    written = surface_words if cand == tuple(key) else [*surface_words[:-1], surface_words[-1][: len(cand[-1])]]
                    if not _case_fits(variant, written, title_case_acronyms):
                        continue
                    end = words[i + n - 1][1]
                    if _HANDLE_AFTER.match(text, end) or _COMPOUND_AFTER.match(text, end):
                        return None
                    start, end = _with_quotes(text, start, end)
                    return NameHit(start, end, text[start:end], variant.entry), n
        return None


def _trie_pattern(tails: dict[str, str]) -> str:
    """One regex for many words sharing prefixes; each word is followed by its own tail pattern.

    Python's regex engine tries the branches of an alternation one by one: a trie of characters
    lets it reject a word after its first letters instead of after every word of the catalogue.
    """
    trie = _trie(tails)
    return _node_pattern(trie) if trie else "(?!)"


def _trie(tails: dict[str, str]) -> dict[str, Any]:
    """Words as nested dicts of characters; ``""`` holds the tail where a word ends."""
    trie: dict[str, Any] = {}
    for word, tail in tails.items():
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = tail
    return trie


def _class_chars(ranges: str) -> frozenset[str]:
    """The characters of the regex class ``[ranges]`` (literals and ranges only)."""
    ((_, items),) = sre_parse.parse(f"[{ranges}]").data
    chars: set[str] = set()
    for op, value in items:
        chars.update(map(chr, range(value[0], value[1] + 1)) if op is sre_parse.RANGE else chr(value))
    return frozenset(chars)


def _match_start(m: re.Match[str]) -> int:
    return m.start()


def _node_pattern(node: dict[str, Any]) -> str:
    branches = [node[""]] if "" in node else []
    branches = [re.escape(ch) + _node_pattern(child) for ch, child in node.items() if ch] + branches
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _stems(word: str, endings: tuple[str, ...]) -> list[str]:
    return [word[: -len(e)] for e in endings if word.endswith(e) and len(word) > len(e) + 1]


def _with_quotes(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a name to the quotation marks around it: «Коммерсантъ», РИА «Новости»."""
    inner = text[start:end]
    opened = start > 0 and text[start - 1] in _OPENING_QUOTES
    if (opened or any(q in inner for q in _OPENING_QUOTES)) and end < len(text) and text[end] in _CLOSING_QUOTES:
        return (start - 1 if opened else start), end + 1
    return start, end


# --- loading ---------------------------------------------------------------------------------


def user_dir() -> Path:
    """Where fonte keeps a user's data: $FONTE_HOME, else $XDG_DATA_HOME/fonte, else ~/.local/share/fonte."""
    home = os.environ.get("FONTE_HOME")
    if home:
        return Path(home)
    xdg = os.environ.get("XDG_DATA_HOME")
    return (Path(xdg) if xdg else Path.home() / ".local" / "share") / "fonte"


def user_file() -> Path:
    return user_dir() / USER_FILE_NAME


def load_bundled(path: Path = BUNDLED) -> list[OutletEntry]:
    """The entries of a catalogue TOML file: one table per outlet, the table name is the name."""
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    entries = []
    for name, fields in data.items():
        try:
            entries.append(make_entry(name, **fields))
        except (TypeError, ValueError) as exc:
            raise DataError(f"{path}: outlet {name!r}: {exc}") from exc
    return entries


def load_user(path: Path) -> list[OutletEntry]:
    """The entries a user imported, or [] when there is no user catalogue."""
    if not path.is_file():
        return []
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))["outlets"]
        return [make_entry(**{**row, "variants": row.get("variants", ()), "domains": row.get("domains", ())}) for row in rows]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise DataError(f"{path}: unreadable user outlet catalogue ({exc}); import again or delete it") from exc


def merge(bundled: list[OutletEntry], user: list[OutletEntry]) -> list[OutletEntry]:
    """User entries replace bundled ones of the same name and are indexed first (their domains win)."""
    replaced = {e.name.lower() for e in user}
    return [*user, *(e for e in bundled if e.name.lower() not in replaced)]


@lru_cache(maxsize=4)
def _catalogue(user_path: str, user_mtime: float) -> Catalogue:
    return Catalogue(merge(load_bundled(), load_user(Path(user_path))))


def catalogue() -> Catalogue:
    """The bundled catalogue merged with the user's; rebuilt only when the user file changes."""
    environ = os.environ
    path = _user_file_name(environ.get("FONTE_HOME"), environ.get("XDG_DATA_HOME"), environ.get("HOME"))
    try:
        # Mostly there is no user file: os.access says so without raising (an exception per article).
        mtime = os.stat(path).st_mtime if os.access(path, os.F_OK) else 0.0
    except OSError:  # removed between the two calls
        mtime = 0.0
    return _catalogue(path, mtime)


@lru_cache(maxsize=8)
def _user_file_name(fonte_home: str | None, xdg_data_home: str | None, home: str | None) -> str:
    # Called for every article: the path is worked out once per environment (the variables user_dir reads).
    return str(user_file())


def lookup_name(text: str) -> OutletEntry | None:
    return catalogue().lookup_name(text)


def lookup_domain(url_or_domain: str) -> OutletEntry | None:
    return catalogue().lookup_domain(url_or_domain)


def name_endings(lang: str) -> tuple[str, ...]:
    """Case endings an outlet name may take in ``lang`` (from ``fonte/lang/<lang>/citations.toml``)."""
    return tuple(sorted(resource(lang, "citations").get("name_endings", []), key=len, reverse=True))


def find_names(text: str, lang: str | None = None) -> list[NameHit]:
    """Catalogued outlet names in ``text``, with the case endings of ``lang``."""
    return catalogue().find(text, name_endings(lang) if lang else ())


# --- importing public lists into the user catalogue ------------------------------------------

IMPORT_FORMATS = ("state-media-matrix", "dima", "csv")
_SMM_COLUMNS = ("Country", "Main assets", "URL", "Typology")
# "News agency: Xinhua", "Print: Jiefang Daily": the matrix prefixes an asset with its kind.
_SMM_KIND_PREFIX = re.compile(r"^(news agency|print media|print|television|radio|online)\s*:\s*", re.IGNORECASE)
_SMM_KINDS = {"news agency": "agency", "print media": "newspaper", "print": "newspaper", "television": "broadcaster", "radio": "broadcaster", "online": "website"}
_DIMA_ARRAY = re.compile(r"const\s+\w+\s*=\s*\[")
_DIMA_ITEM = re.compile(r"domain:\s*\"([^\"]*)\"\s*,\s*matchType:\s*\"(\w+)\"")
_DOMAIN = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9-]{2,}")


def detect_format(path: Path) -> str:
    """The list format of a file: DIMA for .js, the State Media Matrix for its CSV header, else csv."""
    if path.suffix.lower() == ".js":
        return "dima"
    with path.open(encoding="utf-8-sig", errors="replace") as fh:
        header = fh.readline()
    return "state-media-matrix" if all(c in header for c in _SMM_COLUMNS) else "csv"


def country_code(name: str) -> str | None:
    """The ISO 3166-1 alpha-2 code of a country name in English, or None when unsure."""
    from rigour.territories import lookup_territory

    territory = lookup_territory(name.strip()) if name.strip() else None
    code = territory.code.upper() if territory else ""
    return code if re.fullmatch(r"[A-Z]{2}", code) else None


def read_state_media_matrix(path: Path) -> list[OutletEntry]:
    """Entries from the State Media Monitor's matrix CSV; rows for one asset in one country are merged."""
    entries: dict[tuple[str, str | None], dict[str, Any]] = {}
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in _SMM_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise DataError(f"{path}:1: not a State Media Matrix (missing column {', '.join(missing)})")
        for row in reader:
            asset = " ".join((row.get("Main assets") or "").split())
            prefix = _SMM_KIND_PREFIX.match(asset)
            name = asset[prefix.end() :] if prefix else asset
            if not name:
                continue
            typology = (row.get("Typology") or "").strip()
            if typology and typology not in TYPOLOGIES and not typology.endswith("?"):
                raise DataError(f"{path}:{reader.line_num}: unknown typology {typology!r}")
            country = country_code(row.get("Country") or "")
            fields = entries.setdefault(
                (name, country),
                {
                    "country": country,
                    "kind": _SMM_KINDS[prefix.group(1).lower()] if prefix else None,
                    # "ISFM?" marks the matrix's own doubt: left unknown.
                    "typology": typology if typology in TYPOLOGIES else None,
                    "domains": [],
                },
            )
            url = (row.get("URL") or "").strip()
            if url:
                fields["domains"].append(url)
    return [make_entry(name, source=path.name, **fields) for (name, _), fields in entries.items()]


def read_dima(path: Path, name: str | None = None, country: str | None = None) -> list[OutletEntry]:
    """One network entry from a DIMA domain database (a JavaScript array of {domain, matchType, ...})."""
    text = path.read_text(encoding="utf-8")
    start = _DIMA_ARRAY.search(text)
    if not start:
        raise DataError(f"{path}:1: no DIMA domain array (const xxx = [ ... ]) found")
    end = text.find("\n];", start.end())
    body_end = end if end >= 0 else len(text)
    domains = []
    for m in _DIMA_ITEM.finditer(text, start.end(), body_end):
        domain, match_type = m.group(1).strip().lower(), m.group(2)
        if match_type == "pattern" or "." not in domain:
            continue  # a regular expression or a bare word: not a domain fonte can look up
        if not _DOMAIN.fullmatch(domain):
            line = text.count("\n", 0, m.start()) + 1
            raise DataError(f"{path}:{line}: {domain!r} is not a domain")
        domains.append(domain)
    if not domains:
        raise DataError(f"{path}:{text.count(chr(10), 0, start.start()) + 1}: the domain array holds no domains")
    operation = name or path.stem
    return [make_entry(operation, domains=domains, country=country, kind="network", operation=operation, source=path.name)]


def read_csv(path: Path) -> list[OutletEntry]:
    """Entries from fonte's CSV: name, variants, domains (several joined by |), country, kind,
    typology, state_affiliated (true, false or empty)."""
    entries = []
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        if "name" not in (reader.fieldnames or []):
            raise DataError(f"{path}:1: a 'name' column is needed (columns: name, variants, domains, country, kind, typology, state_affiliated)")
        for row in reader:
            flag = (row.get("state_affiliated") or "").strip().lower()
            if flag not in ("", "true", "false"):
                raise DataError(f"{path}:{reader.line_num}: state_affiliated must be true, false or empty, not {flag!r}")
            try:
                entries.append(
                    make_entry(
                        row.get("name") or "",
                        variants=_split(row.get("variants")),
                        domains=_split(row.get("domains")),
                        country=(row.get("country") or "").strip().upper() or None,
                        kind=(row.get("kind") or "").strip().lower() or None,
                        typology=(row.get("typology") or "").strip() or None,
                        state_affiliated={"true": True, "false": False}.get(flag),
                        source=path.name,
                    )
                )
            except ValueError as exc:
                raise DataError(f"{path}:{reader.line_num}: {exc}") from exc
    return entries


def _split(cell: str | None) -> list[str]:
    return [part.strip() for part in (cell or "").split("|") if part.strip()]


def read_list(path: Path, fmt: str | None = None, name: str | None = None, country: str | None = None) -> list[OutletEntry]:
    """The entries of a public list in one of IMPORT_FORMATS (detected when ``fmt`` is None)."""
    if not path.is_file():
        raise DataError(f"{path}: no such file")
    fmt = fmt or detect_format(path)
    try:
        if fmt == "state-media-matrix":
            return read_state_media_matrix(path)
        if fmt == "dima":
            return read_dima(path, name, country)
        if fmt == "csv":
            return read_csv(path)
    except UnicodeDecodeError as exc:
        raise DataError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    except csv.Error as exc:
        raise DataError(f"{path}: malformed CSV ({exc})") from exc
    raise DataError(f"unknown format {fmt!r} (expected one of {', '.join(IMPORT_FORMATS)})")


def extend(base: OutletEntry, extra: OutletEntry) -> OutletEntry:
    """``base`` with what ``extra`` knows: its set fields win, names and domains are joined."""
    return make_entry(
        base.name,
        variants=[*base.variants, extra.name, *extra.variants],
        domains=[*extra.domains, *base.domains],
        country=extra.country or base.country,
        kind=extra.kind or base.kind,
        typology=extra.typology or base.typology,
        state_affiliated=extra.state_affiliated if extra.state_affiliated is not None else base.state_affiliated,
        operation=extra.operation or base.operation,
        source=extra.source,
    )


def import_entries(new: list[OutletEntry], path: Path | None = None) -> tuple[int, int]:
    """Add ``new`` to the user catalogue; an entry naming a catalogued outlet extends it.

    Returns (entries added, entries that extended one already known).
    """
    path = path or user_file()
    user = {e.name.lower(): e for e in load_user(path)}
    bundled = Catalogue(load_bundled())
    added = extended = 0
    for entry in new:
        known = user.get(entry.name.lower()) or bundled.lookup_name(entry.name)
        if known is not None and known.country and entry.country and known.country != entry.country:
            # Two outlets share a name (NTV in Russia and in Turkey): keep both.
            entry, known = replace(entry, name=f"{entry.name} ({entry.country})"), None
        if known is not None:
            user.pop(known.name.lower(), None)
            user[known.name.lower()] = extend(known, entry)
            extended += 1
        else:
            user[entry.name.lower()] = entry
            added += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"version": 1, "outlets": [e.to_dict() for e in user.values()]}, ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(path)
    return added, extended
