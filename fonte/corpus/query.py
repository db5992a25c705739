"""Read-only questions to the corpus: arbitrary SQL, top lists, outlet profiles."""

from __future__ import annotations

import duckdb
import pandas as pd

from fonte.errors import StoreError, UsageError

#: Statement types a read-only query may run.
_READ_STATEMENTS = {"SELECT", "EXPLAIN", "PRAGMA", "SHOW", "DESCRIBE"}

#: What ``fonte top`` counts: (SQL expression of the item, table joined to articles).
TOP = {
    "speakers": ("coalesce(t.speaker, '?')", "quotes t", "t.speaker IS NOT NULL"),
    "outlets": ("a.outlet", None, "a.outlet IS NOT NULL"),
    "techniques": ("t.technique", "techniques t", "TRUE"),
    "entities": ("t.name", "entities t", "TRUE"),
}


def run_sql(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> pd.DataFrame:
    """The result of one or more read-only statements (the last one's rows); writes are refused."""
    try:
        statements = con.extract_statements(sql)
    except duckdb.Error as exc:
        raise UsageError(f"SQL: {str(exc).splitlines()[0]}") from exc
    if not statements:
        raise UsageError("SQL: no statement")
    for statement in statements:
        kind = statement.type.name
        if kind not in _READ_STATEMENTS:
            raise UsageError(f"SQL: {kind} refused; fonte query is read-only")
    try:
        for statement in statements[:-1]:
            con.execute(statement.query)
        return con.execute(statements[-1].query, params or []).df()
    except duckdb.Error as exc:
        raise StoreError(f"SQL: {str(exc).splitlines()[0]}") from exc


def top(
    con,
    what: str,
    since: str | None = None,
    until: str | None = None,
    language: str | None = None,
    limit: int = 20,
) -> pd.DataFrame:
    """The most frequent speakers, outlets, techniques or entities, with article counts."""
    if what not in TOP:
        raise UsageError(f"top: unknown list {what!r} (choose from {', '.join(TOP)})")
    item, table, condition = TOP[what]
    where, params = [condition], []
    if since:
        where.append("a.published >= CAST(? AS TIMESTAMP)")
        params.append(since)
    if until:
        where.append("a.published < CAST(? AS TIMESTAMP) + INTERVAL 1 DAY")
        params.append(until)
    if language:
        where.append("a.language = ?")
        params.append(language)
    join = f"JOIN {table} ON t.article_id = a.id" if table else ""
    sql = (
        f"SELECT {item} AS {what.rstrip('s')}, count(*) AS count, count(DISTINCT a.id) AS articles "
        f"FROM articles a {join} WHERE {' AND '.join(where)} GROUP BY 1 ORDER BY count DESC, 1 LIMIT {int(limit)}"
    )
    try:
        return con.execute(sql, params).df()
    except duckdb.Error as exc:
        raise UsageError(f"top: {str(exc).splitlines()[0]}") from exc


OUTLET_PROFILE_SQL = """
WITH arts AS (
    SELECT coalesce(outlet, outlet_domain, '?') AS outlet, id, language, words FROM articles),
base AS (
    SELECT outlet, count(*) AS articles, string_agg(DISTINCT language, ',' ORDER BY language) AS languages,
           sum(words) AS words FROM arts GROUP BY outlet),
cites AS (
    SELECT arts.outlet, count(*) AS citations,
           count(*) FILTER (WHERE c.state_affiliated) AS state_citations
    FROM citations c JOIN arts ON arts.id = c.article_id GROUP BY arts.outlet),
techs AS (
    SELECT arts.outlet, count(*) AS techniques FROM techniques t JOIN arts ON arts.id = t.article_id
    GROUP BY arts.outlet),
quoted AS (
    SELECT outlet, string_agg(speaker || ' (' || n || ')', ', ' ORDER BY n DESC, speaker) AS quotes_most
    FROM (SELECT arts.outlet, q.speaker, count(*) AS n,
                 row_number() OVER (PARTITION BY arts.outlet ORDER BY count(*) DESC, q.speaker) AS rank
          FROM quotes q JOIN arts ON arts.id = q.article_id WHERE q.speaker IS NOT NULL
          GROUP BY arts.outlet, q.speaker)
    WHERE rank <= 5 GROUP BY outlet),
copied AS (
    SELECT outlet, string_agg(source || ' (' || n || ')', ', ' ORDER BY n DESC, source) AS copies_from
    FROM (SELECT c.outlet, o.outlet AS source, count(*) AS n
          FROM duplicates d JOIN arts c ON c.id = d.article_id JOIN arts o ON o.id = d.original_id
          WHERE d.role = 'copy' GROUP BY c.outlet, o.outlet)
    GROUP BY outlet)
SELECT base.outlet, base.articles, base.languages,
       round(coalesce(cites.state_citations, 0) / nullif(cites.citations, 0), 3) AS state_citation_share,
       round(1000.0 * coalesce(techs.techniques, 0) / nullif(base.words, 0), 2) AS techniques_per_1000_words,
       quoted.quotes_most, copied.copies_from
FROM base LEFT JOIN cites USING (outlet) LEFT JOIN techs USING (outlet)
     LEFT JOIN quoted USING (outlet) LEFT JOIN copied USING (outlet)
ORDER BY base.articles DESC, base.outlet
"""


def outlet_profiles(con, outlet: str | None = None) -> pd.DataFrame:
    """Per outlet: articles, languages, share of state-affiliated citations, techniques per 1,000
    words, whom it quotes most, and whom it copies from (near-duplicates of earlier articles)."""
    frame = con.execute(OUTLET_PROFILE_SQL).df()
    if outlet:
        frame = frame[frame["outlet"].str.casefold() == outlet.casefold()]
    return frame.reset_index(drop=True)
