"""Stories: articles about the same event, across outlets and languages.

Two articles are linked when they were published within a time window and share enough
rare linked entities (Wikidata QID, else ISO country code, else the entity's canonical
name: keys that do not depend on the article's language) plus key terms of their titles. A
story is a connected group of linked articles; its timeline lists who was quoted first.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from datetime import timedelta

import pyarrow as pa

from fonte.corpus.dedup import connected_groups

WINDOW_DAYS = 3
#: Shared rare keys (idf-weighted) as a share of the smaller article's keys.
MIN_OVERLAP = 0.5
MIN_SHARED_ENTITIES = 2
#: A key in more articles than this is too common to propose candidate pairs (keeps it linear).
MAX_POSTING = 500
TERM_WEIGHT = 0.5
_TERM = re.compile(r"\w{5,}")


def _keys(con) -> tuple[dict[int, set[str]], dict[str, str]]:
    """Language-independent entity keys per article, and a display name per key."""
    keys: dict[int, set[str]] = defaultdict(set)
    names: dict[str, str] = {}
    for article_id, name, wikidata, iso in con.execute(
        "SELECT article_id, name, wikidata, iso FROM entities"
    ).fetchall():
        key = f"Q:{wikidata}" if wikidata else f"ISO:{iso}" if iso else f"N:{name.casefold()}"
        keys[article_id].add(key)
        names.setdefault(key, name)
    return keys, names


def _entities_only(features: dict[str, float]) -> dict[str, float]:
    return {k: w for k, w in features.items() if not k.startswith("T:")}


def _weight(features: dict[str, float], idf: dict[str, float]) -> float:
    return sum(w * idf[k] for k, w in features.items())


def build(store, window_days: int = WINDOW_DAYS) -> int:
    """Group the stored articles into stories (replacing earlier ones); returns how many."""
    con = store.con
    articles = {
        r[0]: {"published": r[1], "title": r[2] or "", "language": r[3], "outlet": r[4]}
        for r in con.execute("SELECT id, published, title, language, outlet FROM articles").fetchall()
    }
    entity_keys, names = _keys(con)
    features: dict[int, dict[str, float]] = {}
    df: Counter[str] = Counter()
    for aid in articles:
        feats = {k: 1.0 for k in entity_keys.get(aid, ())}
        feats.update({f"T:{t}": TERM_WEIGHT for t in _TERM.findall(articles[aid]["title"].casefold())})
        features[aid] = feats
        df.update(feats)
    n = len(articles) or 1
    idf = {k: math.log(1 + n / c) for k, c in df.items()}
    postings: dict[str, list[int]] = defaultdict(list)
    for aid, feats in features.items():
        for k in feats:
            if k.startswith(("Q:", "ISO:", "N:")) and df[k] <= MAX_POSTING:
                postings[k].append(aid)
    shared: Counter[tuple[int, int]] = Counter()
    for ids in postings.values():
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                shared[(a, b)] += 1
    window = timedelta(days=window_days)
    links = []
    for (a, b), count in shared.items():
        if count < MIN_SHARED_ENTITIES:
            continue
        pa_, pb = articles[a]["published"], articles[b]["published"]
        if pa_ and pb and abs(pa_ - pb) > window:
            continue
        fa, fb = features[a], features[b]
        if articles[a]["language"] != articles[b]["language"]:
            # Title words cannot match across languages: compare the linked entities alone.
            fa, fb = _entities_only(fa), _entities_only(fb)
        common = sum(min(fa[k], fb[k]) * idf[k] for k in fa.keys() & fb.keys())
        if common / min(_weight(fa, idf), _weight(fb, idf)) >= MIN_OVERLAP:
            links.append((a, b))
    story_rows, member_rows = [], []
    for group in sorted(connected_groups(links), key=min):
        story_id = min(group)
        dates = [articles[a]["published"] for a in group if articles[a]["published"]]
        key_counts = Counter(k for a in group for k in entity_keys.get(a, ()))
        # Most shared first, ties by name: the keys come from sets, whose order changes from run to run.
        ranked = sorted(key_counts.items(), key=lambda kc: (-kc[1], names[kc[0]], kc[0]))
        top = [names[k] for k, c in ranked[:5] if c > 1]
        story_rows.append(
            {"story_id": story_id, "label": ", ".join(top[:3]), "first_published": min(dates, default=None),
             "last_published": max(dates, default=None), "articles": len(group),
             "languages": ",".join(sorted({articles[a]["language"] or "und" for a in group})),
             "outlets": len({articles[a]["outlet"] for a in group if articles[a]["outlet"]}),
             "key_entities": json.dumps(top, ensure_ascii=False)}
        )
        member_rows.extend({"story_id": story_id, "article_id": a} for a in sorted(group))
    _S, _L, _T = pa.string(), pa.int64(), pa.timestamp("us")
    store.replace_table(
        "stories",
        pa.Table.from_pylist(
            story_rows,
            schema=pa.schema(
                [("story_id", _L), ("label", _S), ("first_published", _T), ("last_published", _T),
                 ("articles", pa.int32()), ("languages", _S), ("outlets", pa.int32()), ("key_entities", _S)]
            ),
        ),
    )
    store.replace_table(
        "story_articles", pa.Table.from_pylist(member_rows, schema=pa.schema([("story_id", _L), ("article_id", _L)]))
    )
    return len(story_rows)


TIMELINE_SQL = """
SELECT coalesce(q.speaker_wikidata, q.speaker) AS speaker_key, q.speaker, a.published, a.outlet,
       a.language, a.id AS article_id, q.kind, q.text
FROM story_articles s JOIN articles a ON a.id = s.article_id JOIN quotes q ON q.article_id = a.id
WHERE s.story_id = ? AND q.speaker IS NOT NULL
ORDER BY a.published NULLS LAST, a.seq, q.char_start
"""


def timeline(store, story_id: int) -> list[dict]:
    """Each speaker's first quote in a story, earliest first (by publication, else ingest order)."""
    cols = ["speaker_key", "speaker", "published", "outlet", "language", "article_id", "kind", "text"]
    first: dict[str, dict] = {}
    for row in store.con.execute(TIMELINE_SQL, [story_id]).fetchall():
        entry = dict(zip(cols, row))
        first.setdefault(entry["speaker_key"], entry)
    return list(first.values())
