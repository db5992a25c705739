"""What each page shows, as plain data: the HTML routes render it, the API returns it as JSON.

Article ids are 63-bit integers; they travel as strings, since JavaScript numbers hold 53 bits.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import asdict
from datetime import date, datetime
from typing import Any

import duckdb

from fonte import analyze_article, analyze_text
from fonte.analyze.pipeline import Options
from fonte.corpus import dedup, stories
from fonte.corpus.store import Store, article_id, text_sha256
from fonte.errors import UsageError
from fonte.model import Analysis
from fonte.web import charts, queries
from fonte.web.records import analysis_from_record

#: Characters of context either side of a search match in a result snippet.
SNIPPET_CONTEXT = 80


def plain(value: Any) -> Any:
    """``value`` with dates as ISO strings, ready for JSON."""
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def parse_id(text: str) -> int:
    """An article id from a URL; a ``UsageError`` when it is not one."""
    if not re.fullmatch(r"\d{1,19}", text):
        raise UsageError(f"not an article id: {text[:40]!r}")
    return int(text)


def snippet(text: str, query: str, title: str | None) -> dict[str, str]:
    """Around the first match of ``query`` in the body (else the body's start): before, match, after."""
    body_start = len(title) if title and text.startswith(title) else 0
    found = re.search(re.escape(query), text[body_start:], re.IGNORECASE) if query else None
    if not found:
        body = text[body_start : body_start + 2 * SNIPPET_CONTEXT]
        return {"before": "", "match": "", "after": _flat(body).strip() + ("…" if len(text) > body_start + len(body) else "")}
    start, end = found.start() + body_start, found.end() + body_start
    left, right = max(body_start, start - SNIPPET_CONTEXT), min(len(text), end + SNIPPET_CONTEXT)
    before, after = text[left:start], text[end:right]
    if left > body_start:  # drop the cut word at each edge
        before = "…" + before.split(" ", 1)[-1]
    if right < len(text):
        after = after.rsplit(" ", 1)[0] + "…"
    return {"before": _flat(before).lstrip(), "match": _flat(text[start:end]), "after": _flat(after).rstrip()}


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def search_view(store: Store, filters: queries.Filters) -> dict[str, Any]:
    total, found = queries.search(store.con, filters)
    results = [
        {
            "id": str(r["id"]), "title": r["title"], "outlet": r["outlet"], "language": r["language"],
            "published": plain(r["published"]), "url": r["url"], "words": r["words"],
            "techniques": r["techniques"], "quotes": r["quotes"], "state_citations": r["state_citations"],
            "snippet": snippet(r["text"], filters.q, r["title"]),
        }
        for r in found
    ]
    return {
        "filters": asdict(filters),
        "total": total,
        "page": filters.page,
        "pages": max(1, math.ceil(total / queries.PAGE_SIZE)),
        "results": results,
        "facets": queries.facets(store.con),
    }


def _diff_lines(diff: str | None) -> list[dict[str, str]]:
    """The duplicates table's diff as typed lines: a changed title, a dropped or an added sentence."""
    lines = []
    for line in (diff or "").splitlines():
        if line.startswith("title: "):
            lines.append({"kind": "title", "text": line.removeprefix("title: ")})
        elif line.startswith(("- ", "+ ")):
            lines.append({"kind": "dropped" if line[0] == "-" else "added", "text": line[2:]})
    return lines


def article_view(store: Store, ident: int) -> dict[str, Any] | None:
    """A stored article: its analysis, its republications and the stories it belongs to."""
    row = queries.article(store.con, ident)
    if row is None:
        return None
    record = json.loads(row["record"])
    group = [
        {**plain(r), "id": str(r["id"]), "diff": _diff_lines(r["diff"]), "current": r["id"] == ident}
        for r in queries.republications(store.con, ident)
    ]
    told = []
    for s in queries.stories_of(store.con, ident):
        members = queries.story_articles(store.con, s["story_id"])
        told.append(
            {
                **plain(s),
                "story_id": str(s["story_id"]),
                "members": [{**plain(m), "id": str(m["id"]), "current": m["id"] == ident} for m in members],
                "timeline": [
                    {**plain(t), "article_id": str(t["article_id"])} for t in stories.timeline(store, s["story_id"])
                ],
            }
        )
    return {
        "id": str(ident),
        "outlet": row["outlet"],
        "published": plain(row["published"]),
        "url": row["url"],
        "record": record,
        "analysis": analysis_from_record(record, row["sentences"], row["words"]),
        "republications": group,
        "stories": told,
    }


def _linked(rows: list[dict[str, Any]], page: str, key: str) -> list[dict[str, Any]]:
    """``rows``, each with the ``href`` of its ``/page/<row[key]>`` for the charts' bars."""
    return [{**r, "href": f"/{page}/{r[key]}"} for r in rows]


def _articles(con: duckdb.DuckDBPyConnection, where: str, params: list[Any]) -> list[dict[str, Any]]:
    """The list of articles matching ``where`` that ends an outlet's or an entity's page."""
    return [{**a, "id": str(a["id"])} for a in queries.articles_list(con, where, params)]


def outlet_view(store: Store, name: str) -> dict[str, Any] | None:
    con = store.con
    facts = queries.outlet_facts(con, name)
    if facts is None:
        return None
    where, params = f"{queries.OUTLET} = ?", [name]
    over_time = queries.techniques_over_time(con, name)
    speakers = _linked(queries.top_speakers(con, where, params), "entity", "key")
    cited = queries.top_cited(con, where, params)
    copying = {direction: _linked(rows, "outlet", "outlet") for direction, rows in queries.copying(con, name).items()}
    return plain(
        {
            "outlet": facts,
            "techniques_over_time": over_time,
            "top_speakers": speakers,
            "top_cited": cited,
            **copying,
            "articles": _articles(con, where, params),
            "charts": {
                "techniques": charts.line_chart(plain(over_time), "period", "per_1000_words"),
                "speakers": charts.bar_chart(speakers, "name", "quotes", href="href"),
                "cited": charts.bar_chart(cited, "name", "citations", flag="state_affiliated"),
                "copies_from": charts.bar_chart(copying["copies_from"], "outlet", "copies", href="href"),
                "copied_by": charts.bar_chart(copying["copied_by"], "outlet", "copies", href="href"),
            },
        }
    )


def entity_view(store: Store, key: str) -> dict[str, Any] | None:
    con = store.con
    facts = queries.entity_facts(con, key)
    if facts is None:
        return None
    over_time = queries.entity_over_time(con, key)
    outlets = _linked(queries.entity_outlets(con, key), "outlet", "outlet")
    related = _linked(queries.co_mentioned(con, key), "entity", "key")
    where, params = queries.entity_condition(key)
    return plain(
        {
            "key": key,
            "entity": facts,
            "quotes": [{**q, "article_id": str(q["article_id"])} for q in queries.quotes_by(con, key, facts["names"])],
            "over_time": over_time,
            "outlets": outlets,
            "co_mentioned": related,
            "articles": _articles(con, where, params),
            "charts": {
                "over_time": charts.line_chart(plain(over_time), "period", "articles"),
                "outlets": charts.bar_chart(outlets, "outlet", "articles", href="href"),
                "co_mentioned": charts.bar_chart(related, "name", "articles", href="href"),
            },
        }
    )


def outlets_view(store: Store) -> dict[str, Any]:
    return plain({"outlets": queries.outlets(store.con)})


def analyse(text: str = "", url: str = "", language: str | None = None) -> Analysis:
    """Analyse pasted text or a fetched URL (public addresses only); nothing is stored."""
    if url.strip():
        from fonte.extract import extract
        from fonte.sources.url import fetch

        return analyze_article(extract(fetch(url.strip())), Options(language=language or None))
    if not text.strip():
        raise UsageError("give the text of an article, or a URL")
    return analyze_text(text, language=language or None)


def store_analysis(store: Store, analysis: Analysis) -> str:
    """Store an analysis (and look for its near-duplicates); the id of its article page."""
    store.add_analyses([analysis])
    dedup.update(store)
    return str(article_id(text_sha256(analysis.text)))
