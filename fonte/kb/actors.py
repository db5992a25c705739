"""People and organisations fonte knows by name: its curated, versioned KB (``data/actors.toml``).

Each actor has a canonical English name (the Wikidata English label), a QID only where it is
certain, the country it acts for, name variants in fonte's languages, short forms that name it
alone ("Putin"), and office terms, so that "the Russian president" on a given day resolves to
the person who held the office then.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from fonte.errors import DataError

KB_FILE = Path(__file__).parent / "data" / "actors.toml"


@dataclass(frozen=True)
class Office:
    roles: frozenset[str]  # role ids: "president", "head_of_state", "foreign_minister", ...
    of: str  # ISO code of a country, or the id of an organisation actor ("nato")
    start: str  # ISO date, possibly only "YYYY" or "YYYY-MM"; "" when unknown
    end: str  # "" while in office

    def held_on(self, day: str) -> bool:
        return (not self.start or self.start <= day) and (not self.end or day < self.end)


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    type: str  # person | organization
    wikidata: str | None
    country: str | None  # ISO code of the state it acts for; None for international bodies
    names: tuple[str, ...]  # full names and variants, every language
    short: tuple[str, ...]  # forms that name it alone in any article (surnames, acronyms)
    offices: tuple[Office, ...]

    def roles_on(self, day: str) -> frozenset[str]:
        """The role ids of the offices held on ``day``."""
        held = [o.roles for o in self.offices if o.held_on(day)]
        return frozenset().union(*held) if held else frozenset()


@dataclass(frozen=True)
class KnowledgeBase:
    version: str
    updated: str
    actors: dict[str, Actor]
    # Offices by what they are of (ISO code or organisation id), with their holders.
    offices_of: dict[str, list[tuple[Office, Actor]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for actor in self.actors.values():
            for office in actor.offices:
                self.offices_of.setdefault(office.of, []).append((office, actor))

    def holders(self, roles: frozenset[str], of: str, day: str) -> list[Actor]:
        """The actors holding one of ``roles`` of ``of`` (ISO code or organisation id) on ``day``."""
        found = [a for o, a in self.offices_of.get(of, ()) if o.roles & roles and o.held_on(day)]
        return list(dict.fromkeys(found))

    def changed_hands(self, roles: frozenset[str], of: str) -> bool:
        """Whether the knowledge base lists more than one holder of these roles, at any time."""
        return len({a.id for o, a in self.offices_of.get(of, ()) if o.roles & roles}) > 1

    def holder(self, roles: frozenset[str], of: str, day: str) -> Actor | None:
        """The one holder, or None when nobody or several people match (never a guess)."""
        found = self.holders(roles, of, day)
        return found[0] if len(found) == 1 else None


def _office(raw: dict, where: str) -> Office:
    roles = frozenset(raw.get("roles", []))
    if not roles or not raw.get("of"):
        raise DataError(f"{where}: an office needs roles and of")
    return Office(roles, str(raw["of"]), str(raw.get("start", "")), str(raw.get("end", "")))


def load(path: Path = KB_FILE) -> KnowledgeBase:
    """Parse a KB file; a malformed one raises DataError naming the file and the actor."""
    try:
        with path.open("rb") as fh:
            raw = tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise DataError(f"{path}: {exc}") from exc
    actors: dict[str, Actor] = {}
    for item in raw.get("actor", []):
        ident = item.get("id")
        where = f"{path.name}: actor {ident or '?'}"
        if not ident or not item.get("name") or item.get("type") not in ("person", "organization"):
            raise DataError(f"{where}: id, name and type (person|organization) are required")
        if ident in actors:
            raise DataError(f"{where}: duplicate id")
        actors[ident] = Actor(
            id=ident,
            name=item["name"],
            type=item["type"],
            wikidata=item.get("wikidata") or None,
            country=item.get("country") or None,
            names=tuple(dict.fromkeys([item["name"], *item.get("names", [])])),
            short=tuple(item.get("short", [])),
            offices=tuple(_office(o, where) for o in item.get("offices", [])),
        )
    return KnowledgeBase(str(raw.get("version", "")), str(raw.get("updated", "")), actors)


@cache
def knowledge_base() -> KnowledgeBase:
    """The bundled KB, parsed once."""
    return load()


@cache
def _lookup_index() -> dict[str, Actor]:
    """Folded QID, name, variant and short form -> actor; the first actor in the KB wins a shared key."""
    index: dict[str, Actor] = {}
    for actor in knowledge_base().actors.values():
        keys = [actor.wikidata or "", *actor.names, *actor.short]
        for key in filter(None, (k.casefold() for k in keys)):
            index.setdefault(key, actor)
    return index


def lookup(name: str) -> Actor | None:
    """The actor a full name, variant, short form or QID refers to (case-insensitive)."""
    return _lookup_index().get(name.strip().casefold())


def actor_country(name_or_qid: str) -> str | None:
    """The ISO code of the state an actor acts for (the voices "side"), if the KB knows it."""
    actor = lookup(name_or_qid)
    return actor.country if actor else None


def today() -> str:
    return date.today().isoformat()
