"""Store writes: outlet rows kept once across batches, and the connection's cores back after a write."""

from __future__ import annotations

import pytest

import fonte
from fonte.corpus.store import Store
from fonte.model import Citation, Outlet

NEWS = "Il porto riapre\n\nIl porto riaprirà lunedì dopo i lavori, secondo {n} fonti del comune."


def _cited(n: int, *outlets: Outlet):
    """A short Italian analysis (its text numbered ``n``) citing ``outlets``."""
    an = fonte.analyze_text(NEWS.format(n=n), language="it")
    an.citations = [Citation(outlet, an.text[:2], 0, 2, by="test") for outlet in outlets]
    return an


def _outlets(store: Store) -> list[tuple]:
    return store.con.execute("SELECT name, domain FROM outlets").fetchall()


def test_store_outlet_rows_are_kept_once_across_batches(tmp_path):
    uno = Outlet("Agenzia Uno", "agenziauno.example", "IT")
    due = Outlet("Agenzia Due", "agenziadue.example", "IT")
    nameless_domain = Outlet("Voce del Porto", None)
    with Store(tmp_path / "c.duckdb") as store:
        store.add_analyses([_cited(1, uno)])
        store.add_analyses([_cited(2, uno, nameless_domain)])
        store.add_analyses([_cited(3, Outlet("Agenzia Uno (copy)", "agenziauno.example"), due)])
        store.add_analyses([_cited(4, nameless_domain, uno, due)])
        assert _outlets(store) == [
            ("Agenzia Uno", "agenziauno.example"), ("Voce del Porto", None), ("Agenzia Due", "agenziadue.example"),
        ]
        assert store.con.execute("SELECT count(*) FROM citations").fetchone()[0] == 8


def test_store_outlet_rows_removed_through_the_connection_come_back(tmp_path):
    uno = Outlet("Agenzia Uno", "agenziauno.example", "IT")
    with Store(tmp_path / "c.duckdb") as store:
        store.add_analyses([_cited(1, uno)])
        store.con.execute("DELETE FROM outlets")
        store.add_analyses([_cited(2, uno)])
        assert _outlets(store) == [("Agenzia Uno", "agenziauno.example")]


def test_store_outlet_rows_of_a_reopened_database_are_not_repeated(tmp_path):
    uno = Outlet("Agenzia Uno", "agenziauno.example", "IT")
    with Store(tmp_path / "c.duckdb") as store:
        store.add_analyses([_cited(1, uno)])
    with Store(tmp_path / "c.duckdb") as store:
        store.add_analyses([_cited(2, uno)])
        assert _outlets(store) == [("Agenzia Uno", "agenziauno.example")]


def test_store_connection_gets_every_thread_back_after_writes(tmp_path):
    with Store(tmp_path / "c.duckdb") as store:
        threads = store.con.execute("SELECT current_setting('threads')").fetchone()[0]
        if threads == 1:
            pytest.skip("DuckDB runs on one thread here: no cores to give back")
        store.add_analyses([_cited(1)])
        store.add_analyses([_cited(2)])
        assert store.con.execute("SELECT current_setting('threads')").fetchone()[0] == threads
        store.add_analyses([_cited(3)])
        assert store.con.execute("SELECT count(*) FROM articles").fetchone()[0] == 3
        assert store.con.execute("SELECT current_setting('threads')").fetchone()[0] == threads
