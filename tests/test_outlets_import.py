"""``fonte outlets import|list|show``: public lists into the user catalogue, with one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from fonte.cli import main
from fonte.errors import DataError
from fonte.kb import outlets

MATRIX_HEADER = "Region,Country,Media company,Main assets,URL,Typology,Status,Notes\n"


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("FONTE_HOME", str(home))
    return home


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_outlets_import_state_media_matrix(tmp_path, home, capsys):
    path = write(
        tmp_path,
        "matrix.csv",
        MATRIX_HEADER
        + "Europe,Ruritania,Ruritania State Media,News agency: Rurinews,https://www.rurinews.example/,SC,,\n"
        + "Europe,Ruritania,Ruritania State Media,News agency: Rurinews,https://en.rurinews.example/,SC,,\n"
        + "Europe,Germany,Public,Kanal Sieben,http://kanal7.example/,IP,,\n"
        + "Europe,Russia,Rossiya Segodnya,RIA Novosti,https://ria.ru/,SC,,\n"
        + "Europe,Turkey,Private group,TASS,http://tass.example.tr/,ISFM?,,\n",
    )
    assert main(["outlets", "import", str(path)]) == 0
    assert "3 added, 1 extended" in capsys.readouterr().out
    assert (home / outlets.USER_FILE_NAME).is_file()
    entry = outlets.lookup_domain("en.rurinews.example")
    assert (entry.name, entry.kind, entry.typology, entry.state_affiliated) == ("Rurinews", "agency", "SC", True)
    assert outlets.lookup_name("Kanal Sieben").country == "DE"
    assert outlets.lookup_name("Kanal Sieben").state_affiliated is False
    ria = outlets.lookup_name("RIA Novosti")
    assert "РИА Новости" in ria.variants  # extended, not replaced
    # Same name, other country: kept apart, and "ISFM?" (the matrix's doubt) stays unknown.
    assert outlets.lookup_name("TASS").country == "RU"
    assert outlets.lookup_name("TASS (TR)").typology is None


def test_outlets_import_dima(tmp_path):
    path = write(
        tmp_path,
        "Rurinet.js",
        "// a list\nconst rurinetDomains = [\n  {\n    domain: \"rurinet-news.example\",\n    matchType: \"exact\",\n"
        "    reason: \"x\"\n  },\n  {\n    domain: \"(^|\\\\.)skip\\\\.example$\",\n    matchType: \"pattern\",\n  },\n];\n",
    )
    assert main(["outlets", "import", str(path), "--name", "Rurinet", "--country", "ru"]) == 0
    entry = outlets.lookup_domain("fr.rurinet-news.example")
    assert (entry.name, entry.kind, entry.country, entry.operation) == ("Rurinet", "network", "RU", "Rurinet")
    assert entry.domains == ("rurinet-news.example",)


def test_outlets_import_csv_then_list_and_show(tmp_path, capsys):
    path = write(tmp_path, "mine.csv", "name,variants,domains,country,kind,typology,state_affiliated\n"
                 "Gazzetta di Prova,Gazzetta|GdP,gdp.example,IT,newspaper,,false\n")
    assert main(["outlets", "import", str(path), "--format", "csv"]) == 0
    assert outlets.lookup_name("GdP").name == "Gazzetta di Prova"
    capsys.readouterr()
    assert main(["outlets", "list", "--country", "it"]) == 0
    listed = capsys.readouterr().out
    assert "Gazzetta di Prova" in listed and "ANSA" in listed and "TASS" not in listed
    assert main(["outlets", "list", "--state-affiliated", "--country", "RU"]) == 0
    listed = capsys.readouterr().out
    assert "TASS" in listed and "Kommersant" not in listed
    assert main(["outlets", "show", "gdp.example"]) == 0
    assert "name: Gazzetta di Prova" in capsys.readouterr().out


def test_outlets_show_unknown_is_a_usage_error(capsys):
    assert main(["outlets", "show", "No Such Outlet"]) == 2
    assert "no catalogued outlet" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("name", "text", "fmt", "where"),
    [
        ("bad.csv", "name,typology\nGood,SC\nBad,XX\n", "csv", "bad.csv:3:"),
        ("flag.csv", "name,state_affiliated\nX,maybe\n", "csv", "flag.csv:2:"),
        ("noname.csv", "title\nX\n", "csv", "noname.csv:1:"),
        ("matrix.csv", "Region,Country,Media company\nA,B,C\n", "state-media-matrix", "matrix.csv:1:"),
        ("bad.js", "var x = 1;\n", "dima", "bad.js:1:"),
        ("dom.js", "const d = [\n  { domain: \"not a domain.x\", matchType: \"exact\" },\n];\n", "dima", "dom.js:2:"),
    ],
)
def test_outlets_import_bad_file_names_file_and_line(tmp_path, capsys, name, text, fmt, where):
    path = write(tmp_path, name, text)
    with pytest.raises(DataError, match=f"^{tmp_path}/{where}"):
        outlets.read_list(path, fmt)
    assert main(["outlets", "import", str(path), "--format", fmt]) == 1
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and where in err


def test_outlets_import_missing_file(tmp_path, capsys):
    assert main(["outlets", "import", str(tmp_path / "absent.csv")]) == 1
    assert "absent.csv: no such file" in capsys.readouterr().err


def test_outlets_user_catalogue_corrupt_is_a_clear_error(home):
    home.mkdir(parents=True)
    (home / outlets.USER_FILE_NAME).write_text("{not json", encoding="utf-8")
    with pytest.raises(DataError, match="unreadable user outlet catalogue"):
        outlets.catalogue()
