"""A small corpus for the web UI tests: articles written for them, ingested into a fresh database."""

from __future__ import annotations

import json
from pathlib import Path

from fonte.corpus import dedup, stories
from fonte.corpus.ingest import ingest
from fonte.corpus.store import Store

XSS_TITLE = "<script>alert(1)</script> Council \"><img src=x onerror=alert(1)> vote"
_PORT_BODY = (
    "Il sindaco Marco Bellini ha difeso il nuovo piano per il porto di Genova.\n\n"
    "\"È una scelta necessaria per il futuro della città\", ha detto Bellini ai giornalisti martedì mattina.\n\n"
    "Secondo l'agenzia RIA Novosti, il governo russo segue con attenzione il progetto. "
    "I critici parlano di un disastro totale e di una vergogna senza precedenti.\n\n"
)
ARTICLES = [
    {"url": "https://cronaca.example/porto", "outlet": "Cronaca Esempio", "published": "2024-05-01T08:00:00Z",
     "title": "Il sindaco difende il piano per il porto",
     "text": _PORT_BODY + "La consigliera Anna Ferri ha dichiarato che il piano è stato approvato senza una vera discussione."},
    {"url": "https://copia.example/porto", "outlet": "Copia Notizie", "published": "2024-05-02T09:00:00Z",
     "title": "Porto, il sindaco tira dritto",
     "text": _PORT_BODY + "Iscriviti alla nostra newsletter per ricevere tutte le notizie."},
    {"url": "https://harbour.example/plan", "outlet": "Harbour Times", "published": "2024-05-01T12:00:00Z",
     "title": "Mayor defends harbour plan",
     "text": "Mayor Marco Bellini defended the new harbour plan for Genoa on Tuesday.\n\n"
             "\"This is a necessary choice for the future of the city,\" Bellini told reporters.\n\n"
             "According to RT, Russian officials are watching the project closely. "
             "Critics called it a total disaster and an unprecedented disgrace.\n\n"
             "Councillor Anna Ferri said the plan had been approved without any real debate."},
    {"url": "https://harbour.example/xss", "outlet": "Harbour Times", "published": "2024-06-10T10:00:00Z",
     "title": XSS_TITLE,
     "text": "The council met on Monday. <script>alert(1)</script> appeared in a reader comment, "
             "and so did \"><img src=x onerror=alert(1)>, which the council called a shameful attack."},
]


def build(folder: Path) -> Path:
    """Ingest ``ARTICLES`` into ``folder/corpus.duckdb`` (with near-duplicates and stories); its path."""
    source = folder / "articles.jsonl"
    source.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    path = folder / "corpus.duckdb"
    with Store(path) as store:
        ingest([str(source)], store)
        dedup.update(store)
        stories.build(store)
    return path


def article_ids(path: Path) -> dict[str, str]:
    """Article id (as the web UI writes it) by URL."""
    with Store(path, read_only=True) as store:
        return {url: str(i) for i, url in store.con.execute("SELECT id, url FROM articles").fetchall()}
