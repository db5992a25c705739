"""The corpus database: schema, migrations, and bulk writes of analyses (DuckDB).

One process owns a DuckDB file at a time, even read-only; a second one gets a clear
``StoreError``. Every write goes through Arrow tables (``INSERT ... BY NAME SELECT``), never
row by row. ``analyses_to_tables`` needs no database, so a scale-out job (Spark) can write the
same schema to Parquet and ``Store.load_parquet`` can load it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import duckdb
import numpy as np
import orjson
import pyarrow as pa

from fonte.errors import StoreError
from fonte.model import Analysis

#: Versions of the database layout; each entry of MIGRATIONS moves the database one version up.
MIGRATION_1 = """
CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE articles (
    id BIGINT PRIMARY KEY, seq BIGINT, url VARCHAR, norm_url VARCHAR, sha256 VARCHAR,
    raw_sha256 VARCHAR, source_path VARCHAR, title VARCHAR, text VARCHAR, language VARCHAR,
    published TIMESTAMP, outlet VARCHAR, outlet_domain VARCHAR, words INTEGER,
    sentences VARCHAR, ingested_at TIMESTAMP, record VARCHAR);
CREATE TABLE entities (
    article_id BIGINT, entity INTEGER, name VARCHAR, type VARCHAR, wikidata VARCHAR, iso VARCHAR,
    mentions INTEGER, confidence DOUBLE, producer VARCHAR);
CREATE TABLE mentions (
    article_id BIGINT, entity INTEGER, char_start INTEGER, char_end INTEGER, text VARCHAR);
CREATE TABLE quotes (
    article_id BIGINT, quote INTEGER, kind VARCHAR, text VARCHAR, char_start INTEGER,
    char_end INTEGER, speaker VARCHAR, speaker_wikidata VARCHAR, speaker_type VARCHAR,
    speaker_side VARCHAR, speaker_mention VARCHAR, cue VARCHAR, confidence DOUBLE, producer VARCHAR);
CREATE TABLE citations (
    article_id BIGINT, citation INTEGER, outlet VARCHAR, outlet_domain VARCHAR,
    outlet_country VARCHAR, state_affiliated BOOLEAN, text VARCHAR, char_start INTEGER,
    char_end INTEGER, confidence DOUBLE, producer VARCHAR);
CREATE TABLE techniques (
    article_id BIGINT, technique VARCHAR, text VARCHAR, char_start INTEGER, char_end INTEGER,
    confidence DOUBLE, explanation VARCHAR, producer VARCHAR);
CREATE TABLE narratives (
    article_id BIGINT, narrative VARCHAR, subnarrative VARCHAR, confidence DOUBLE,
    explanation VARCHAR, producer VARCHAR, evidence VARCHAR);
CREATE TABLE outlets (
    name VARCHAR, domain VARCHAR, country VARCHAR, state_affiliated BOOLEAN, typology VARCHAR,
    kind VARCHAR);
CREATE TABLE minhashes (article_id BIGINT, signature BLOB);
CREATE TABLE duplicate_pairs (a BIGINT, b BIGINT, similarity DOUBLE);
CREATE TABLE duplicates (
    group_id BIGINT, article_id BIGINT, role VARCHAR, original_id BIGINT, similarity DOUBLE,
    headline_changed BOOLEAN, original_title VARCHAR, added_sentences INTEGER,
    dropped_sentences INTEGER, diff VARCHAR);
CREATE TABLE stories (
    story_id BIGINT, label VARCHAR, first_published TIMESTAMP, last_published TIMESTAMP,
    articles INTEGER, languages VARCHAR, outlets INTEGER, key_entities VARCHAR);
CREATE TABLE story_articles (story_id BIGINT, article_id BIGINT);
CREATE TABLE errors (source VARCHAR, reason VARCHAR, failed_at TIMESTAMP);
"""
MIGRATIONS: list[str] = [MIGRATION_1]
SCHEMA_VERSION = len(MIGRATIONS)

_S, _I, _L, _F, _B, _T = pa.string(), pa.int32(), pa.int64(), pa.float64(), pa.bool_(), pa.timestamp("us")
#: The Arrow layout of each table fonte writes from analyses (column order as in the database).
ARROW_SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema(
        [("id", _L), ("seq", _L), ("url", _S), ("norm_url", _S), ("sha256", _S), ("raw_sha256", _S),
         ("source_path", _S), ("title", _S), ("text", _S), ("language", _S), ("published", _T),
         ("outlet", _S), ("outlet_domain", _S), ("words", _I), ("sentences", _S), ("ingested_at", _T),
         ("record", _S)]
    ),
    "entities": pa.schema(
        [("article_id", _L), ("entity", _I), ("name", _S), ("type", _S), ("wikidata", _S), ("iso", _S),
         ("mentions", _I), ("confidence", _F), ("producer", _S)]
    ),
    "mentions": pa.schema(
        [("article_id", _L), ("entity", _I), ("char_start", _I), ("char_end", _I), ("text", _S)]
    ),
    "quotes": pa.schema(
        [("article_id", _L), ("quote", _I), ("kind", _S), ("text", _S), ("char_start", _I), ("char_end", _I),
         ("speaker", _S), ("speaker_wikidata", _S), ("speaker_type", _S), ("speaker_side", _S),
         ("speaker_mention", _S), ("cue", _S), ("confidence", _F), ("producer", _S)]
    ),
    "citations": pa.schema(
        [("article_id", _L), ("citation", _I), ("outlet", _S), ("outlet_domain", _S), ("outlet_country", _S),
         ("state_affiliated", _B), ("text", _S), ("char_start", _I), ("char_end", _I), ("confidence", _F),
         ("producer", _S)]
    ),
    "techniques": pa.schema(
        [("article_id", _L), ("technique", _S), ("text", _S), ("char_start", _I), ("char_end", _I),
         ("confidence", _F), ("explanation", _S), ("producer", _S)]
    ),
    "narratives": pa.schema(
        [("article_id", _L), ("narrative", _S), ("subnarrative", _S), ("confidence", _F),
         ("explanation", _S), ("producer", _S), ("evidence", _S)]
    ),
    "outlets": pa.schema(
        [("name", _S), ("domain", _S), ("country", _S), ("state_affiliated", _B), ("typology", _S), ("kind", _S)]
    ),
}
#: Every table a user may query or export.
TABLES = (
    *ARROW_SCHEMAS,
    "minhashes", "duplicate_pairs", "duplicates", "stories", "story_articles", "errors", "meta",
)
# JSON as ``json.dumps(..., ensure_ascii=False)`` writes it, for a narrative's evidence and for a
# record orjson refuses (an int beyond 64 bits, a lone surrogate, a non-string key, a numpy scalar);
# a ``to_dict`` is a tree, so the check for reference cycles (a bookkeeping entry per list and dict) is skipped.
_RECORD_JSON = json.JSONEncoder(ensure_ascii=False, check_circular=False)
_TRACKING_PARAM = re.compile(r"^(utm_.*|fbclid|gclid|mc_cid|mc_eid|ref|cmpid|ocid)$", re.IGNORECASE)


def normalise_url(url: str | None) -> str | None:
    """The URL an article is known by: lower-case host without www., no fragment or tracking."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().removeprefix("www.")
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query) if not _TRACKING_PARAM.match(k)))
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(("https" if parts.scheme in ("http", "https") else parts.scheme, host, path, query, ""))


def url_domain(url: str | None) -> str | None:
    """The host of a URL without a leading www."""
    if not url:
        return None
    host = urlsplit(url).hostname
    return host.lower().removeprefix("www.") if host else None


def parse_published(value: str | None) -> datetime | None:
    """A publication date (ISO 8601 or RFC 2822) as naive UTC, or None when it cannot be read."""
    if not value:
        return None
    value = value.strip()
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
    if when.tzinfo is not None:
        when = when.astimezone(timezone.utc).replace(tzinfo=None)
    return when


def record_json(value: Any) -> bytes | str:
    """The JSON of a record, parsing to what ``json.dumps`` of it parses to: orjson's compact UTF-8
    bytes, or the standard encoder's text where orjson refuses the value.

    orjson writes it in about a quarter of the standard encoder's time. It writes a NaN or infinity
    as null where json writes a bare NaN (not JSON); no fonte record holds one. An Arrow string
    column takes the bytes as they are (it checks they are UTF-8), so they are not decoded here.
    """
    try:
        return orjson.dumps(value)
    except TypeError:
        return _RECORD_JSON.encode(value)


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def article_id(sha256: str) -> int:
    """A stable 63-bit id from the content hash: the same article gets the same id everywhere."""
    return int(sha256[:16], 16) >> 1


@dataclass
class TableBatch:
    """Analyses as table rows, built where they were analysed (an ingest worker), before the store
    numbers them and drops the articles it holds already.

    Rows are in article order; ``counts[table][i]`` is how many rows of ``table`` article ``i`` has, so
    that an article is dropped with exactly its own findings, even when the same text occurs twice.
    """

    tables: dict[str, pa.Table]
    hashes: list[str]  # each article's text sha256, in order
    counts: dict[str, list[int]]

    @classmethod
    def concat(cls, batches: list[TableBatch]) -> TableBatch:
        if len(batches) == 1:
            return batches[0]
        return cls(
            {name: pa.concat_tables([b.tables[name] for b in batches]) for name in ARROW_SCHEMAS},
            [h for b in batches for h in b.hashes],
            {name: [n for b in batches for n in b.counts[name]] for name in ARROW_SCHEMAS},
        )

    def tables_for(self, keep: list[bool] | None = None, first_seq: int = 0) -> dict[str, pa.Table]:
        """The tables of the articles ``keep`` marks (all by default), numbered from ``first_seq`` in
        order, each outlet once (the first row under its key)."""
        tables = dict(self.tables)
        if keep is not None and not all(keep):
            for name, table in tables.items():
                tables[name] = table.filter(pa.array(np.repeat(keep, self.counts[name]), pa.bool_()))
        articles = tables["articles"]
        seq = pa.array(range(first_seq, first_seq + articles.num_rows), pa.int64())
        tables["articles"] = articles.set_column(articles.schema.get_field_index("seq"), "seq", seq)
        tables["outlets"] = _first_outlet_per_key(tables["outlets"])
        return tables


def _first_outlet_per_key(outlets: pa.Table) -> pa.Table:
    """Each outlet once in a batch: the first row under its key (its domain, or its name without one)."""
    seen: set[str] = set()
    first = []
    for row, key in enumerate(outlet_row_keys(outlets)):
        if key not in seen:
            seen.add(key)
            first.append(row)
    return outlets if len(first) == outlets.num_rows else outlets.take(first)


def outlet_row_keys(table: pa.Table) -> list[str | None]:
    """The key each outlet row is kept once under, ``coalesce(domain, name)`` as in ``Store._insert``."""
    return [d if d is not None else n for d, n in zip(table["domain"].to_pylist(), table["name"].to_pylist())]


def analyses_to_batch(analyses: Iterable[Analysis], ingested_at: datetime | None = None) -> TableBatch:
    """The rows of the analyses and all their findings, in the layout of ``ARROW_SCHEMAS``.

    ``analyses`` may be a generator: each analysis is let go once its rows are built. Articles are
    numbered (``seq``) from 0 here; ``TableBatch.tables_for`` numbers them as stored.
    """
    ingested_at = ingested_at or datetime.now(timezone.utc).replace(tzinfo=None)
    # One tuple per row, its values in the column order of ARROW_SCHEMAS: Arrow builds each column
    # from a list in one call, in about half the time it takes to read a dict per row.
    rows: dict[str, list[tuple]] = {name: [] for name in ARROW_SCHEMAS}
    counts: dict[str, list[int]] = {name: [] for name in ARROW_SCHEMAS}
    hashes: list[str] = []
    outlet_rows = rows["outlets"]

    def add_outlet(outlet, keys: set[str]) -> None:
        key = outlet.domain or outlet.name
        if key and key not in keys:
            keys.add(key)
            outlet_rows.append(
                (outlet.name, outlet.domain, outlet.country, outlet.state_affiliated, outlet.typology, outlet.kind)
            )

    for seq, an in enumerate(analyses):
        before = {name: len(table_rows) for name, table_rows in rows.items()}
        art = an.article
        sha = text_sha256(art.text)
        hashes.append(sha)
        aid = article_id(sha)
        url = art.source.url
        outlet_name = (an.outlet.name if an.outlet else None) or art.site_name or url_domain(url)
        outlet_domain = (an.outlet.domain if an.outlet else None) or url_domain(url)
        outlet_keys: set[str] = set()
        if an.outlet:
            add_outlet(an.outlet, outlet_keys)
        rows["articles"].append(
            (aid, seq, url, normalise_url(url), sha, art.source.sha256, art.source.path,
             art.title.text if art.title else None, art.text, an.language, parse_published(art.published),
             outlet_name, outlet_domain, an.words, json.dumps([[s.start, s.end] for s in an.sentences]),
             ingested_at, record_json(an.to_dict()))
        )
        for n, ent in enumerate(an.entities):
            rows["entities"].append(
                (aid, n, ent.name, ent.type, ent.wikidata, ent.iso, len(ent.mentions), ent.confidence, ent.by)
            )
            rows["mentions"].extend((aid, n, m.start, m.end, m.text) for m in ent.mentions)
        for n, q in enumerate(an.quotes):
            sp = q.speaker
            rows["quotes"].append(
                (aid, n, q.kind, q.text, q.start, q.end, sp.name if sp else None, sp.wikidata if sp else None,
                 sp.type if sp else None, sp.side if sp else None,
                 q.speaker_mention.text if q.speaker_mention else None, q.cue.text if q.cue else None,
                 q.confidence, q.by)
            )
        for n, c in enumerate(an.citations):
            add_outlet(c.outlet, outlet_keys)
            rows["citations"].append(
                (aid, n, c.outlet.name, c.outlet.domain, c.outlet.country, c.outlet.state_affiliated,
                 c.text, c.start, c.end, c.confidence, c.by)
            )
        rows["techniques"].extend(
            (aid, t.technique, t.text, t.start, t.end, t.confidence, t.explanation, t.by) for t in an.techniques
        )
        rows["narratives"].extend(
            (aid, nv.narrative, nv.subnarrative, nv.confidence, nv.explanation, nv.by,
             _RECORD_JSON.encode([e.to_dict() for e in nv.evidence]))
            for nv in an.narratives
        )
        for name, table_rows in rows.items():
            counts[name].append(len(table_rows) - before[name])
    return TableBatch({name: _rows_table(rows[name], schema) for name, schema in ARROW_SCHEMAS.items()}, hashes, counts)


def analyses_to_tables(
    analyses: Iterable[Analysis], first_seq: int = 0, ingested_at: datetime | None = None
) -> dict[str, pa.Table]:
    """Arrow tables (one per ``ARROW_SCHEMAS`` entry) holding the analyses and all their findings.

    ``first_seq`` numbers the articles in ingest order (the tie-break for "who published first").
    """
    return analyses_to_batch(analyses, ingested_at).tables_for(first_seq=first_seq)


def _rows_table(rows: list[tuple], schema: pa.Schema) -> pa.Table:
    """Row tuples (values in the schema's column order) as an Arrow table, built column by column."""
    if not rows:
        return schema.empty_table()
    columns = zip(*rows, strict=True)
    return pa.Table.from_arrays([pa.array(values, type=f.type) for values, f in zip(columns, schema)], schema=schema)


def _store_error(path: Path, exc: Exception) -> StoreError:
    message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    if "lock" in message.lower():
        return StoreError(f"{path}: the database is in use by another process (close it and retry): {message}")
    return StoreError(f"{path}: {message}")


class Store:
    """An open corpus database; ``read_only`` refuses every write."""

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self.path = Path(path)
        if read_only and not self.path.exists():
            raise StoreError(f"{self.path}: no such database (run `fonte ingest` first)")
        try:
            self._con = duckdb.connect(str(self.path), read_only=read_only)
            if not read_only:
                # No FSST string compression: analysing the long record and text strings for it at
                # each checkpoint took a fifth of DuckDB's CPU time per write, for a file 1 % smaller.
                self._con.execute("SET disabled_compression_methods = 'fsst'")
        except (duckdb.Error, OSError) as exc:
            raise _store_error(self.path, exc) from exc
        self.read_only = read_only
        self._known_hashes: set[str] | None = None
        self._outlet_keys: set[str] | None = None
        # Whether the connection is on the one DuckDB thread of the last write (see ``insert_tables``).
        self._one_thread = False
        self._migrate()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def close(self) -> None:
        self._con.close()

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        """The DuckDB connection, with every core again for what runs on it after a write."""
        self._outlet_keys = None  # what runs on it may change the outlets table
        if self._one_thread:
            self._one_thread = False
            with contextlib.suppress(duckdb.Error):
                self._con.execute("RESET threads")
        return self._con

    def schema_version(self) -> int:
        has_meta = self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'"
        ).fetchone()[0]
        if not has_meta:
            return 0
        row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        return int(row[0]) if row else 0

    def _migrate(self) -> None:
        version = self.schema_version()
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: written by a newer fonte (schema {version}, this fonte knows {SCHEMA_VERSION}); upgrade fonte"
            )
        if version == SCHEMA_VERSION:
            return
        if self.read_only:
            raise StoreError(f"{self.path}: schema {version} needs migrating; open it once for writing (fonte ingest)")
        for target in range(version + 1, SCHEMA_VERSION + 1):
            # One transaction per step: a failure leaves the database at the previous version.
            try:
                self.con.execute("BEGIN TRANSACTION")
                self.con.execute(MIGRATIONS[target - 1])
                self.con.execute(
                    "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(target)]
                )
                self.con.execute("COMMIT")
            except (duckdb.Error, OSError) as exc:
                self.con.execute("ROLLBACK")
                raise StoreError(f"{self.path}: migration to schema {target} failed: {exc}") from exc

    # -- writing -------------------------------------------------------------------------------

    def insert_tables(self, tables: dict[str, pa.Table]) -> None:
        """Insert Arrow tables (name -> table) in one transaction: all rows or none."""
        # One DuckDB thread for a batch this small: parallel inserts only add scheduling work (it took
        # about 1.5 times the CPU time of one thread), and ingest's analysis workers own the other cores.
        # It stays so from one write to the next (starting and stopping the thread pool around every
        # batch cost a tenth of the store's time); ``con`` gives the cores back to anything else.
        outlet_keys: list[str | None] = []
        try:
            if not self._one_thread:
                self._con.execute("SET threads = 1")
                self._one_thread = True
            self._con.execute("BEGIN TRANSACTION")
            for name, table in tables.items():
                if not table.num_rows:
                    continue
                if name == "outlets":
                    outlet_keys = outlet_row_keys(table)
                    if None not in outlet_keys and self._known_outlet_keys().issuperset(outlet_keys):
                        continue  # every one is stored already: the insert would add no row
                self._insert(name, table)
            self._con.execute("COMMIT")
        except (duckdb.Error, OSError) as exc:
            self._rollback()
            raise _store_error(self.path, exc) from exc
        if self._outlet_keys is not None:  # only once committed: a failed batch leaves them unknown
            self._outlet_keys.update(key for key in outlet_keys if key is not None)

    def _known_outlet_keys(self) -> set[str]:
        """The keys of the stored outlet rows (read once, kept up to date by ``insert_tables``, forgotten
        whenever ``con`` is handed out)."""
        if self._outlet_keys is None:
            self._outlet_keys = {
                r[0] for r in self._con.execute(
                    "SELECT coalesce(domain, name) FROM outlets WHERE coalesce(domain, name) IS NOT NULL"
                ).fetchall()
            }
        return self._outlet_keys

    def _insert(self, name: str, incoming: pa.Table) -> None:
        if name == "outlets":
            # An outlet row is kept once, under its domain (or its name when no domain is known).
            self._con.execute(
                "INSERT INTO outlets BY NAME SELECT * FROM incoming WHERE coalesce(domain, name) NOT IN "
                "(SELECT coalesce(domain, name) FROM outlets WHERE coalesce(domain, name) IS NOT NULL)"
            )
        else:
            self._con.execute(f"INSERT INTO {name} BY NAME SELECT * FROM incoming")

    def _rollback(self) -> None:
        try:
            self._con.execute("ROLLBACK")
        except duckdb.Error:
            pass  # no transaction was open

    def add_analyses(self, analyses: list[Analysis], raw_errors: list[tuple[str, str]] = ()) -> int:
        """Store analyses not already stored (same content hash), plus error rows; returns how many were new."""
        return self.add_batch(analyses_to_batch(analyses), raw_errors)

    def add_batch(self, batch: TableBatch, raw_errors: list[tuple[str, str]] = ()) -> int:
        """Store the articles of ``batch`` not already stored (same content hash, the first of a text the
        batch holds twice), plus error rows, in one transaction; returns how many were new."""
        known = self.known_hashes()
        keep, seen = [], set()
        for sha in batch.hashes:
            fresh = sha not in known and sha not in seen
            keep.append(fresh)
            seen.add(sha)
        tables = batch.tables_for(keep, first_seq=self.next_seq())
        tables["errors"] = errors_table(raw_errors)
        self.insert_tables(tables)
        known.update(seen)  # only once committed: a failed batch leaves them unknown
        return sum(keep)

    def next_seq(self) -> int:
        return self._con.execute("SELECT coalesce(max(seq) + 1, 0) FROM articles").fetchone()[0]

    def known_hashes(self) -> set[str]:
        """Content hashes of the stored articles (read once, then kept up to date by ``add_analyses``)."""
        if self._known_hashes is None:
            self._known_hashes = {r[0] for r in self._con.execute("SELECT sha256 FROM articles").fetchall()}
        return self._known_hashes

    def known_sources(self) -> tuple[set[str], set[str]]:
        """Normalised URLs and raw-input hashes already stored (to skip them before analysis)."""
        urls = {r[0] for r in self.con.execute("SELECT norm_url FROM articles WHERE norm_url IS NOT NULL").fetchall()}
        raws = {r[0] for r in self.con.execute("SELECT raw_sha256 FROM articles WHERE raw_sha256 IS NOT NULL").fetchall()}
        return urls, raws

    def replace_table(self, name: str, incoming: pa.Table) -> None:
        """Replace every row of a derived table (duplicates, stories...) in one transaction."""
        try:
            self.con.execute("BEGIN TRANSACTION")
            self.con.execute(f"DELETE FROM {name}")
            if incoming.num_rows:
                self.con.execute(f"INSERT INTO {name} BY NAME SELECT * FROM incoming")
            self.con.execute("COMMIT")
        except (duckdb.Error, OSError) as exc:
            self._rollback()
            raise _store_error(self.path, exc) from exc

    def load_parquet(self, directory: str | Path) -> int:
        """Load ``<table>/*.parquet`` or ``<table>.parquet`` files written from ``analyses_to_tables``.

        Articles already stored (same id) are skipped with their findings; returns how many were new.
        """
        directory = Path(directory)
        found = {}
        for name in ARROW_SCHEMAS:
            files = sorted(directory.glob(f"{name}/*.parquet")) + sorted(directory.glob(f"{name}.parquet"))
            if files:
                found[name] = [str(f) for f in files]
        if "articles" not in found:
            raise StoreError(f"{directory}: no articles parquet files (expected articles/*.parquet)")
        before = self.con.execute("SELECT count(*) FROM articles").fetchone()[0]
        try:
            self.con.execute("BEGIN TRANSACTION")
            self.con.execute("CREATE TEMP TABLE known_ids AS SELECT id FROM articles")
            for name, files in found.items():
                source = f"read_parquet({files!r})"
                if name == "outlets":
                    self._insert("outlets", self.con.sql(f"SELECT * FROM {source}").to_arrow_table())
                    continue
                key = "id" if name == "articles" else "article_id"
                self.con.execute(
                    f"INSERT INTO {name} BY NAME SELECT * FROM {source} WHERE {key} NOT IN (SELECT id FROM known_ids)"
                )
            self.con.execute("DROP TABLE known_ids")
            self.con.execute("COMMIT")
        except (duckdb.Error, OSError) as exc:
            self._rollback()
            raise _store_error(self.path, exc) from exc
        self._known_hashes = None
        return self.con.execute("SELECT count(*) FROM articles").fetchone()[0] - before


def errors_table(errors: Iterable[tuple[str, str]]) -> pa.Table:
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    return pa.Table.from_pylist(
        [{"source": s, "reason": r, "failed_at": now} for s, r in errors],
        schema=pa.schema([("source", _S), ("reason", _S), ("failed_at", _T)]),
    )
