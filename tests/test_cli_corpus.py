"""The corpus commands end to end through ``fonte``: ingest, dupes, stories, outlet-profile, top, query, export."""

from __future__ import annotations

import json

import pytest

from fonte.cli import main

_BODY = (
    "La ministra dei trasporti Carla Neri ha presentato martedì il piano per la nuova ferrovia alpina.\n\n"
    "\"Sarà l'opera più importante del decennio\", ha detto Neri ai giornalisti a Torino.\n\n"
    "Secondo l'agenzia ANSA, i lavori partiranno in primavera e dureranno sei anni. "
    "Il sindaco di Torino Paolo Greco ha dichiarato che la città è pronta a collaborare.\n\n"
)
RECORDS = [
    {"url": "https://prima.example/ferrovia", "outlet": "Prima Pagina", "published": "2025-03-04T08:00:00Z",
     "title": "Presentato il piano per la ferrovia alpina", "text": _BODY + "Il progetto sarà discusso in parlamento a maggio."},
    {"url": "https://copie.example/ferrovia", "outlet": "Copie Quotidiane", "published": "2025-03-05T10:00:00Z",
     "title": "Ferrovia alpina, via libera al piano", "text": _BODY + "Seguiteci sui nostri canali social."},
    {"url": "https://alpine.example/rail", "outlet": "Alpine Post", "published": "2025-03-04T15:00:00Z",
     "title": "Italy unveils alpine railway plan",
     "text": "Transport minister Carla Neri unveiled the plan for the new alpine railway in Turin on Tuesday.\n\n"
             "\"It will be the most important project of the decade,\" Neri told reporters.\n\n"
             "According to ANSA, work will start in spring and last six years. "
             "Turin mayor Paolo Greco said the city was ready to help."},
    # Unrelated articles, so that what the three share is rare in the corpus.
    {"url": "https://prima.example/meteo", "outlet": "Prima Pagina", "published": "2025-03-04T09:00:00Z",
     "title": "Neve in arrivo sulle Alpi", "text": "Il servizio meteorologico prevede forti nevicate sulle Alpi "
     "nel fine settimana.\n\nLe autorità invitano gli automobilisti a viaggiare con le catene."},
    {"url": "https://alpine.example/ski", "outlet": "Alpine Post", "published": "2025-03-05T09:00:00Z",
     "title": "Ski resorts expect record season", "text": "Ski resorts across the region expect a record "
     "season after heavy snowfall.\n\nHotel owners said bookings were up by a fifth."},
]


@pytest.fixture
def db(tmp_path):
    source = tmp_path / "news.jsonl"
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in RECORDS) + "\n", encoding="utf-8")
    path = tmp_path / "news.duckdb"
    assert main(["ingest", str(source), "--db", str(path)]) == 0
    return path


def test_cli_corpus_dupes_names_who_published_first(db, capsys):
    capsys.readouterr()
    assert main(["dupes", "--db", str(db), "--diff"]) == 0
    out = capsys.readouterr().out
    assert "Prima Pagina" in out and "Copie Quotidiane" in out
    assert out.index("Prima Pagina") < out.index("Copie Quotidiane")
    assert "Ferrovia alpina, via libera al piano" in out  # the changed headline


def test_cli_corpus_stories_join_languages(db, capsys):
    capsys.readouterr()
    assert main(["stories", "--db", str(db), "--timeline"]) == 0
    out = capsys.readouterr().out
    assert "3 articles, 3 outlets, languages en,it" in out  # the English report joins the Italian pair
    assert "Greece" not in out  # "Paolo Greco" is a person, not the country


def test_cli_corpus_outlet_profile_top_query_export(db, tmp_path, capsys):
    capsys.readouterr()
    assert main(["outlet-profile", "--db", str(db), "--format", "jsonl"]) == 0
    profiles = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {p["outlet"] for p in profiles} == {"Prima Pagina", "Copie Quotidiane", "Alpine Post"}
    assert main(["top", "speakers", "--db", str(db)]) == 0
    assert "Carla Neri" in capsys.readouterr().out
    assert main(["query", "SELECT count(*) AS n FROM articles", "--db", str(db)]) == 0
    assert "5" in capsys.readouterr().out
    assert main(["query", "DELETE FROM articles", "--db", str(db)]) != 0
    target = tmp_path / "quotes.csv"
    assert main(["export", "quotes", "--format", "csv", "--output", str(target), "--db", str(db)]) == 0
    assert "Carla Neri" in target.read_text(encoding="utf-8")
