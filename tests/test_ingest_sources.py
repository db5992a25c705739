"""``fonte ingest``: folders, globs, JSON Lines; idempotent; parallel runs store the same articles."""

from __future__ import annotations

import json

import duckdb

from fonte.cli import main
from fonte.corpus.ingest import ingest
from fonte.corpus.store import Store


def _folder(tmp_path, n=6):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    for i in range(n):
        where = folder / "sub" if i % 2 else folder
        (where / f"a{i}.txt").write_text(
            f"Mercato {i}\n\nIl mercato del quartiere {i} riapre sabato con {i + 10} banchi nuovi.\n", encoding="utf-8"
        )
    return folder


def _rows(db):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT id, title, text FROM articles ORDER BY seq").fetchall()
    finally:
        con.close()


def test_ingest_sources_folder_is_recursive_and_idempotent(tmp_path, capsys):
    folder, db = _folder(tmp_path), tmp_path / "c.duckdb"
    assert main(["ingest", str(folder), "--db", str(db)]) == 0
    assert "6 stored" in capsys.readouterr().err
    assert main(["ingest", str(folder), "--db", str(db)]) == 0
    assert "0 stored, 6 already stored" in capsys.readouterr().err
    assert len(_rows(db)) == 6


def test_ingest_sources_glob_and_missing_source(tmp_path):
    folder = _folder(tmp_path)
    with Store(tmp_path / "c.duckdb") as store:
        summary = ingest([str(folder / "**" / "a[13].txt"), str(tmp_path / "nothing")], store)
        errors = store.con.execute("SELECT source, reason FROM errors").fetchall()
    assert summary.stored == 2
    assert errors == [(str(tmp_path / "nothing"), "no such file, directory or matching glob")]


def test_ingest_sources_same_url_or_text_is_stored_once(tmp_path):
    path = tmp_path / "a.jsonl"
    record = {"url": "https://www.esempio.example/pezzo?utm_source=x", "title": "Pezzo", "text": "Il teatro riapre."}
    lines = [record, {**record, "url": "https://esempio.example/pezzo"}, {**record, "url": "https://altro.example/p"}]
    path.write_text("\n".join(json.dumps(r) for r in lines), encoding="utf-8")
    with Store(tmp_path / "c.duckdb") as store:
        summary = ingest([str(path)], store)
    assert (summary.stored, summary.already_stored) == (1, 2)


def test_ingest_sources_parallel_jobs_store_the_same_articles(tmp_path):
    folder = _folder(tmp_path, n=8)
    assert main(["ingest", str(folder), "--db", str(tmp_path / "one.duckdb")]) == 0
    assert main(["ingest", str(folder), "--db", str(tmp_path / "two.duckdb"), "--jobs", "2", "--batch-size", "3"]) == 0
    assert _rows(tmp_path / "two.duckdb") == _rows(tmp_path / "one.duckdb")


def test_ingest_sources_folder_skips_files_it_does_not_read(tmp_path):
    folder = _folder(tmp_path, n=2)
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n")
    (folder / ".hidden").mkdir()
    (folder / ".hidden" / "draft.txt").write_text("Bozza\n\nNon pubblicare.\n", encoding="utf-8")
    db = folder / "corpus.duckdb"  # the database itself lives in the folder being ingested
    assert main(["ingest", str(folder), "--db", str(db)]) == 0
    assert main(["ingest", str(folder), "--db", str(db)]) == 0
    with Store(db) as store:
        assert store.con.execute("SELECT count(*) FROM errors").fetchone()[0] == 0
        assert store.con.execute("SELECT count(*) FROM articles").fetchone()[0] == 2


def test_ingest_sources_nothing_storable_exits_1_with_one_line_per_input(tmp_path, capsys):
    picture = tmp_path / "photo.txt"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(32))
    assert main(["ingest", str(picture), "--db", str(tmp_path / "c.duckdb")]) == 1
    err = capsys.readouterr().err
    assert f"failed: {picture}: not an article" in err and f"{picture}: {picture}" not in err
