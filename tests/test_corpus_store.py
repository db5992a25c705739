"""The corpus store: schema, migrations, Arrow round trip, locks and write faults."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

import fonte
from fonte.corpus import store as store_module
from fonte.corpus.store import ARROW_SCHEMAS, Store, analyses_to_tables, normalise_url, parse_published
from fonte.errors import StoreError
from fonte.model import Citation, Entity, Mention, Outlet, Quote, Speaker


def _analysis(title: str, body: str):
    an = fonte.analyze_text(f"{title}\n\n{body}", language="it")
    start = an.text.index("Mario Rossi") if "Mario Rossi" in an.text else 0
    an.entities = [Entity("Mario Rossi", "person", mentions=[Mention(start, start + 11, an.text[start : start + 11])], by="test")]
    an.quotes = [Quote("direct", an.text[start : start + 5], start, start + 5, speaker=Speaker("Mario Rossi"), by="test")]
    an.citations = [Citation(Outlet("Agenzia Uno", "agenziauno.example", "IT", True), an.text[:5], 0, 5, by="test")]
    return an


def test_corpus_store_migrates_a_new_database_to_the_current_schema(tmp_path):
    with Store(tmp_path / "c.duckdb") as store:
        assert store.schema_version() == store_module.SCHEMA_VERSION
        for name, schema in ARROW_SCHEMAS.items():
            columns = [r[0] for r in store.con.execute(f"DESCRIBE {name}").fetchall()]
            assert columns == schema.names, name


def test_corpus_store_refuses_a_database_from_a_newer_fonte(tmp_path):
    path = tmp_path / "c.duckdb"
    with Store(path) as store:
        store.con.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="newer fonte"):
        Store(path)


def test_corpus_store_failed_migration_leaves_the_previous_version(tmp_path, monkeypatch):
    path = tmp_path / "c.duckdb"
    Store(path).close()
    monkeypatch.setattr(store_module, "MIGRATIONS", [*store_module.MIGRATIONS, "CREATE TABLE extra (x INT); SELEC broken"])
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", len(store_module.MIGRATIONS))
    with pytest.raises(StoreError, match="migration"):
        Store(path)
    monkeypatch.undo()
    with Store(path) as store:
        assert store.schema_version() == 1
        assert not store.con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'extra'").fetchone()[0]


def test_corpus_store_tables_keep_offsets_into_the_text(tmp_path):
    an = _analysis("Il ministro parla", "Mario Rossi ha detto che la legge passerà.")
    tables = analyses_to_tables([an])
    text = tables["articles"]["text"][0].as_py()
    for name in ("mentions", "quotes", "citations"):
        for row in tables[name].to_pylist():
            assert text[row["char_start"] : row["char_end"]] == row["text"]
    assert tables["outlets"].to_pylist()[0]["domain"] == "agenziauno.example"


def test_corpus_store_record_is_the_analysis_json(tmp_path):
    import json

    an = _analysis("Il ministro parla", "Mario Rossi ha detto che la legge passerà.")
    an.citations[0].outlet.typology = "SC"
    row = analyses_to_tables([an])["articles"].to_pylist()[0]
    assert json.loads(row["record"]) == json.loads(json.dumps(an.to_dict(), ensure_ascii=False))
    cited = json.loads(row["record"])["citations"][0]["outlet"]
    assert cited == {"name": "Agenzia Uno", "domain": "agenziauno.example", "country": "IT",
                     "state_affiliated": True, "typology": "SC"}


def test_corpus_store_rows_follow_the_schema_column_order():
    an = _analysis("Il ministro parla", "Mario Rossi ha detto che la legge passerà.")
    tables = analyses_to_tables([an], first_seq=5)
    article = tables["articles"].to_pylist()[0]
    assert (article["seq"], article["title"], article["language"]) == (5, "Il ministro parla", an.language)
    assert tables["quotes"].to_pylist()[0]["speaker"] == "Mario Rossi"
    assert tables["citations"].to_pylist()[0]["outlet_country"] == "IT"
    assert tables["narratives"].num_rows == 0 and tables["narratives"].schema == ARROW_SCHEMAS["narratives"]


def test_corpus_store_writes_leave_the_connection_threads_as_they_were(tmp_path):
    an = _analysis("Il ministro parla", "Mario Rossi ha detto che la legge passerà.")
    with Store(tmp_path / "c.duckdb") as store:
        before = store.con.execute("SELECT current_setting('threads')").fetchone()[0]
        store.add_analyses([an])
        assert store.con.execute("SELECT current_setting('threads')").fetchone()[0] == before


def test_corpus_store_stores_an_article_once(tmp_path):
    an = _analysis("Il ministro parla", "Mario Rossi ha detto che la legge passerà.")
    with Store(tmp_path / "c.duckdb") as store:
        assert store.add_analyses([an, an]) == 1
        assert store.add_analyses([an]) == 0
        assert store.con.execute("SELECT count(*) FROM quotes").fetchone()[0] == 1


def test_corpus_store_loads_parquet_written_from_the_same_tables(tmp_path):
    import pyarrow.parquet as pq

    out = tmp_path / "parquet"
    out.mkdir()
    for name, table in analyses_to_tables([_analysis("Uno", "Mario Rossi ha parlato a lungo.")]).items():
        pq.write_table(table, out / f"{name}.parquet")
    with Store(tmp_path / "c.duckdb") as store:
        assert store.load_parquet(out) == 1
        assert store.load_parquet(out) == 0
        assert store.con.execute("SELECT count(*) FROM entities").fetchone()[0] == 1


def test_corpus_store_locked_by_another_process_is_a_clear_error(tmp_path):
    path = tmp_path / "c.duckdb"
    Store(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import duckdb, sys
            con = duckdb.connect({str(path)!r})
            print("held", flush=True)
            sys.stdin.read()
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(StoreError, match="in use by another process"):
            Store(path)
    finally:
        holder.communicate("")


def test_corpus_store_write_fault_keeps_earlier_batches(tmp_path, monkeypatch):
    from fonte.corpus.ingest import ingest

    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(6):
        (folder / f"a{i}.txt").write_text(f"Notizia {i}\n\nIl comune ha aperto la piscina numero {i} questa mattina.\n")
    with Store(tmp_path / "c.duckdb") as store:
        real_insert, calls = Store._insert, []

        def failing_insert(self, name, incoming):
            calls.append(name)
            if name == "articles" and calls.count("articles") == 2:
                raise OSError(28, "No space left on device")
            return real_insert(self, name, incoming)

        monkeypatch.setattr(Store, "_insert", failing_insert)
        with pytest.raises(StoreError, match="No space left on device.*3 articles stored before"):
            ingest([str(folder)], store, batch_size=3)
        assert store.con.execute("SELECT count(*) FROM articles").fetchone()[0] == 3


@pytest.mark.parametrize(
    "url, expected",
    [
        ("http://www.Example.com/a/?utm_source=x&id=2#top", "https://example.com/a?id=2"),
        ("https://example.com/a", "https://example.com/a"),
        (None, None),
    ],
)
def test_corpus_store_normalises_urls(url, expected):
    assert normalise_url(url) == expected


def test_corpus_store_reads_iso_and_rfc_dates():
    assert parse_published("2024-05-01T12:00:00+02:00").hour == 10
    assert parse_published("Mon, 06 May 2024 10:00:00 GMT").day == 6
    assert parse_published("ieri") is None
