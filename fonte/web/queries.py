"""The web UI's own read-only SQL over the corpus tables of ``docs/corpus.md``.

Every function takes an open DuckDB connection and returns plain rows (dicts); the views turn
them into pages and API answers. Values from the user are always bound parameters.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from typing import Any, Mapping

import duckdb

from fonte.errors import UsageError

#: Results per page of a search.
PAGE_SIZE = 20
#: The outlet an article counts for (the same expression as ``fonte outlet-profile``).
OUTLET = "coalesce(a.outlet, a.outlet_domain, '?')"
#: The key an entity is known by across articles: its QID, else its country code, else its name.
ENTITY_KEY = "coalesce(e.wikidata, e.iso, e.name)"
SPEAKER_KEY = "coalesce(q.speaker_wikidata, q.speaker)"


def entity_key(wikidata: str | None, iso: str | None, name: str) -> str:
    """The same key as ``ENTITY_KEY``, in Python."""
    return wikidata or iso or name


def rows(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[dict[str, Any]]:
    cursor = con.execute(sql, params or [])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r)) for r in cursor.fetchall()]


def _like(text: str) -> str:
    """An ILIKE pattern matching ``text`` anywhere, with its own % and _ taken literally."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


@dataclass
class Filters:
    """What a search asks for; empty strings mean no filter."""

    q: str = ""
    since: str = ""
    until: str = ""
    outlet: str = ""
    language: str = ""
    technique: str = ""
    entity: str = ""
    speaker: str = ""
    state_only: bool = False
    page: int = 1

    @classmethod
    def from_params(cls, params: Mapping[str, str]) -> Filters:
        """Filters from a query string; a malformed date or page is a ``UsageError``."""
        values: dict[str, Any] = {f.name: params.get(f.name, "").strip() for f in fields(cls) if f.type == "str"}
        for name in ("since", "until"):
            if values[name]:
                try:
                    date.fromisoformat(values[name])
                except ValueError:
                    raise UsageError(f"{name}: not a date (YYYY-MM-DD): {values[name]!r}") from None
        page = params.get("page", "1").strip() or "1"
        if not page.isdigit() or int(page) < 1:
            raise UsageError(f"page: not a positive number: {page!r}")
        state = params.get("state_only", "").lower() in ("1", "true", "on", "yes")
        return cls(**values, state_only=state, page=int(page))

    def active(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self) if f.name != "page")

    def where(self) -> tuple[str, list]:
        """The SQL condition on ``articles a`` and its parameters."""
        where, params = ["TRUE"], []
        if self.q:
            where.append("(a.title ILIKE ? ESCAPE '\\' OR a.text ILIKE ? ESCAPE '\\')")
            params += [_like(self.q)] * 2
        if self.since:
            where.append("a.published >= CAST(? AS TIMESTAMP)")
            params.append(self.since)
        if self.until:
            where.append("a.published < CAST(? AS TIMESTAMP) + INTERVAL 1 DAY")
            params.append(self.until)
        if self.outlet:
            where.append(f"{OUTLET} = ?")
            params.append(self.outlet)
        if self.language:
            where.append("a.language = ?")
            params.append(self.language)
        if self.technique:
            where.append("EXISTS (SELECT 1 FROM techniques t WHERE t.article_id = a.id AND t.technique = ?)")
            params.append(self.technique)
        if self.entity:
            where.append(
                "EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.id "
                "AND (e.wikidata = ? OR e.iso = ? OR lower(e.name) = lower(?)))"
            )
            params += [self.entity] * 3
        if self.speaker:
            where.append(
                "EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = a.id "
                "AND (q.speaker_wikidata = ? OR lower(q.speaker) = lower(?)))"
            )
            params += [self.speaker] * 2
        if self.state_only:
            where.append("EXISTS (SELECT 1 FROM citations c WHERE c.article_id = a.id AND c.state_affiliated)")
        return " AND ".join(where), params


def search(con, filters: Filters) -> tuple[int, list[dict[str, Any]]]:
    """How many articles match, and one page of them (newest first) with their text."""
    where, params = filters.where()
    total = con.execute(f"SELECT count(*) FROM articles a WHERE {where}", params).fetchone()[0]
    found = rows(
        con,
        f"""SELECT a.id, a.title, {OUTLET} AS outlet, a.language, a.published, a.url, a.words, a.text,
               (SELECT count(*) FROM techniques t WHERE t.article_id = a.id) AS techniques,
               (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes,
               (SELECT count(*) FROM citations c WHERE c.article_id = a.id AND c.state_affiliated) AS state_citations
            FROM articles a WHERE {where}
            ORDER BY a.published DESC NULLS LAST, a.seq DESC LIMIT ? OFFSET ?""",
        params + [PAGE_SIZE, (filters.page - 1) * PAGE_SIZE],
    )
    return total, found


def facets(con) -> dict[str, list]:
    """The values the search form offers: outlets, languages, techniques (most frequent first)."""
    return {
        "outlets": [r[0] for r in con.execute(f"SELECT {OUTLET} FROM articles a GROUP BY 1 ORDER BY count(*) DESC, 1").fetchall()],
        "languages": [r[0] for r in con.execute("SELECT language FROM articles WHERE language IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1").fetchall()],
        "techniques": [r[0] for r in con.execute("SELECT technique FROM techniques GROUP BY 1 ORDER BY count(*) DESC, 1").fetchall()],
    }


def article(con, article_id: int) -> dict[str, Any] | None:
    found = rows(
        con,
        f"SELECT a.id, a.title, {OUTLET} AS outlet, a.language, a.published, a.url, a.words, a.sentences, a.record "
        "FROM articles a WHERE a.id = ?",
        [article_id],
    )
    return found[0] if found else None


def republications(con, article_id: int) -> list[dict[str, Any]]:
    """The near-duplicate group of an article: the first publisher, then its copies."""
    return rows(
        con,
        f"""SELECT d.article_id AS id, d.role, d.similarity, d.headline_changed, d.original_title,
               d.added_sentences, d.dropped_sentences, d.diff, a.title, {OUTLET} AS outlet, a.language, a.published
            FROM duplicates d JOIN articles a ON a.id = d.article_id
            WHERE d.group_id IN (SELECT group_id FROM duplicates WHERE article_id = ?)
            ORDER BY d.role = 'copy', a.published NULLS LAST, a.seq""",
        [article_id],
    )


def stories_of(con, article_id: int) -> list[dict[str, Any]]:
    return rows(
        con,
        "SELECT s.story_id, s.label, s.first_published, s.last_published, s.articles, s.languages, s.outlets "
        "FROM stories s WHERE s.story_id IN (SELECT story_id FROM story_articles WHERE article_id = ?)",
        [article_id],
    )


def story_articles(con, story_id: int) -> list[dict[str, Any]]:
    return rows(
        con,
        f"""SELECT a.id, a.title, {OUTLET} AS outlet, a.language, a.published
            FROM story_articles s JOIN articles a ON a.id = s.article_id WHERE s.story_id = ?
            ORDER BY a.published NULLS LAST, a.seq""",
        [story_id],
    )


def articles_list(con, where: str, params: list, limit: int = 20) -> list[dict[str, Any]]:
    """The newest articles meeting ``where`` (a condition on ``articles a``)."""
    return rows(
        con,
        f"SELECT a.id, a.title, {OUTLET} AS outlet, a.language, a.published FROM articles a WHERE {where} "
        "ORDER BY a.published DESC NULLS LAST, a.seq DESC LIMIT ?",
        params + [limit],
    )


def period(con, where: str, params: list) -> str:
    """``day`` when the dated articles meeting ``where`` span two months or less, else ``month``."""
    first, last = con.execute(f"SELECT min(a.published), max(a.published) FROM articles a WHERE {where}", params).fetchone()
    return "day" if first is None or (last - first).days <= 62 else "month"


def outlets(con) -> list[dict[str, Any]]:
    """Every publishing outlet with its catalogue facts, most articles first."""
    return rows(
        con,
        f"""SELECT {OUTLET} AS outlet, count(*) AS articles, string_agg(DISTINCT a.language, ', ') AS languages,
               any_value(o.country) AS country, bool_or(o.state_affiliated) AS state_affiliated
            FROM articles a LEFT JOIN outlets o ON o.name = a.outlet OR o.domain = a.outlet_domain
            GROUP BY 1 ORDER BY articles DESC, 1""",
    )


def outlet_facts(con, name: str) -> dict[str, Any] | None:
    found = rows(
        con,
        f"""SELECT {OUTLET} AS outlet, count(*) AS articles, sum(a.words) AS words,
               string_agg(DISTINCT a.language, ', ') AS languages, any_value(a.outlet_domain) AS domain,
               min(a.published) AS first_published, max(a.published) AS last_published
            FROM articles a WHERE {OUTLET} = ? GROUP BY 1""",
        [name],
    )
    if not found:
        return None
    facts = found[0]
    catalogue = rows(
        con,
        "SELECT country, state_affiliated, typology, kind FROM outlets WHERE name = ? OR domain = ? LIMIT 1",
        [name, facts["domain"]],
    )
    facts.update(catalogue[0] if catalogue else {"country": None, "state_affiliated": None, "typology": None, "kind": None})
    return facts


def techniques_over_time(con, outlet: str) -> list[dict[str, Any]]:
    """Techniques per 1,000 words of an outlet's dated articles, per day or month."""
    where = f"{OUTLET} = ? AND a.published IS NOT NULL"
    unit = period(con, where, [outlet])
    return rows(
        con,
        f"""SELECT CAST(date_trunc('{unit}', a.published) AS DATE) AS period, count(*) AS articles,
               round(1000.0 * sum(coalesce(t.n, 0)) / nullif(sum(a.words), 0), 2) AS per_1000_words
            FROM articles a LEFT JOIN (SELECT article_id, count(*) AS n FROM techniques GROUP BY 1) t
                 ON t.article_id = a.id
            WHERE {where} GROUP BY 1 ORDER BY 1""",
        [outlet],
    )


def top_speakers(con, where: str, params: list, limit: int = 10) -> list[dict[str, Any]]:
    return rows(
        con,
        f"""SELECT {SPEAKER_KEY} AS key, any_value(q.speaker) AS name, count(*) AS quotes
            FROM quotes q JOIN articles a ON a.id = q.article_id
            WHERE q.speaker IS NOT NULL AND {where} GROUP BY 1 ORDER BY quotes DESC, 1 LIMIT ?""",
        params + [limit],
    )


def top_cited(con, where: str, params: list, limit: int = 10) -> list[dict[str, Any]]:
    return rows(
        con,
        f"""SELECT c.outlet AS name, count(*) AS citations, bool_or(c.state_affiliated) AS state_affiliated,
               any_value(c.outlet_country) AS country
            FROM citations c JOIN articles a ON a.id = c.article_id
            WHERE {where} GROUP BY 1 ORDER BY citations DESC, 1 LIMIT ?""",
        params + [limit],
    )


def copying(con, outlet: str) -> dict[str, list[dict[str, Any]]]:
    """Whom an outlet's copies come from, and who copies the outlet (near-duplicate groups)."""
    base = """SELECT {other} AS outlet, count(*) AS copies
        FROM duplicates d
        JOIN articles a ON a.id = d.article_id
        JOIN articles o ON o.id = d.original_id
        WHERE d.role = 'copy' AND {mine} = ? GROUP BY 1 ORDER BY copies DESC, 1"""
    copy_outlet = "coalesce(a.outlet, a.outlet_domain, '?')"
    original_outlet = "coalesce(o.outlet, o.outlet_domain, '?')"
    return {
        "copies_from": rows(con, base.format(other=original_outlet, mine=copy_outlet), [outlet]),
        "copied_by": rows(con, base.format(other=copy_outlet, mine=original_outlet), [outlet]),
    }


def entity_facts(con, key: str) -> dict[str, Any] | None:
    """Name, type and identifiers of the entity known by ``key``, with how often it is mentioned."""
    found = rows(
        con,
        f"""SELECT mode(e.name) AS name, mode(e.type) AS type, any_value(e.wikidata) AS wikidata,
               any_value(e.iso) AS iso, count(DISTINCT e.article_id) AS articles, sum(e.mentions) AS mentions,
               list(DISTINCT e.name) AS names
            FROM entities e WHERE {ENTITY_KEY} = ?""",
        [key],
    )
    return found[0] if found and found[0]["articles"] else None


def entity_condition(key: str) -> tuple[str, list]:
    """A condition on ``articles a``: the article mentions the entity known by ``key``."""
    return f"EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.id AND {ENTITY_KEY} = ?)", [key]


def entity_over_time(con, key: str) -> list[dict[str, Any]]:
    where, params = entity_condition(key)
    where += " AND a.published IS NOT NULL"
    unit = period(con, where, params)
    return rows(
        con,
        f"SELECT CAST(date_trunc('{unit}', a.published) AS DATE) AS period, count(*) AS articles "
        f"FROM articles a WHERE {where} GROUP BY 1 ORDER BY 1",
        params,
    )


def entity_outlets(con, key: str, limit: int = 10) -> list[dict[str, Any]]:
    where, params = entity_condition(key)
    return rows(
        con,
        f"SELECT {OUTLET} AS outlet, count(*) AS articles FROM articles a WHERE {where} "
        "GROUP BY 1 ORDER BY articles DESC, 1 LIMIT ?",
        params + [limit],
    )


def quotes_by(con, key: str, names: list[str], limit: int = 50) -> list[dict[str, Any]]:
    """What the entity said: quotes whose speaker has its QID, or one of its names."""
    return rows(
        con,
        f"""SELECT q.kind, q.text, q.article_id, a.title, {OUTLET} AS outlet, a.language, a.published
            FROM quotes q JOIN articles a ON a.id = q.article_id
            WHERE q.speaker_wikidata = ? OR (q.speaker_wikidata IS NULL AND q.speaker IN (SELECT unnest(?)))
            ORDER BY a.published DESC NULLS LAST, a.seq DESC, q.char_start LIMIT ?""",
        [key, names, limit],
    )


def co_mentioned(con, key: str, limit: int = 10) -> list[dict[str, Any]]:
    """The entities most often named in the same articles."""
    return rows(
        con,
        f"""SELECT {ENTITY_KEY} AS key, mode(e.name) AS name, count(DISTINCT e.article_id) AS articles
            FROM entities e
            WHERE e.article_id IN (SELECT e2.article_id FROM entities e2
                                   WHERE coalesce(e2.wikidata, e2.iso, e2.name) = ?)
              AND {ENTITY_KEY} <> ?
            GROUP BY 1 ORDER BY articles DESC, 1 LIMIT ?""",
        [key, key, limit],
    )
