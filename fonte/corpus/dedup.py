"""Near-duplicates: MinHash LSH over normalised word shingles, checked by exact shingle overlap.

Incremental: only articles without a stored signature are hashed; stored signatures rebuild the
LSH index, so nothing but the new articles is re-read. Pairs found are kept in
``duplicate_pairs``; groups (connected pairs) are rebuilt into ``duplicates`` with, for each group,
who published first (publication date, else ingest order), who republished, and what changed.
"""

from __future__ import annotations

import difflib
import json
import re
import zlib
from collections.abc import Callable, Iterable
from datetime import datetime

import numpy as np
import pyarrow as pa
from datasketch import LeanMinHash, MinHash, MinHashLSH

SHINGLE_WORDS = 5
NUM_PERM = 128
#: LSH finds candidates whose estimated Jaccard similarity is above this; containment decides.
LSH_THRESHOLD = 0.2
#: Share of the smaller article's shingles found in the other one for a pair to be duplicates.
MIN_CONTAINMENT = 0.5
READ_CHUNK = 1000
_WORD = re.compile(r"\w+")
_MIX = np.uint64(0x9E3779B1)


def shingles(text: str) -> np.ndarray:
    """Sorted unique 32-bit hashes of the word k-shingles of a case-folded text."""
    words = _WORD.findall(text.casefold())
    if not words:
        return np.zeros(0, dtype=np.uint32)
    hashes = np.fromiter((zlib.crc32(w.encode("utf-8")) for w in words), dtype=np.uint64, count=len(words))
    k = min(SHINGLE_WORDS, len(hashes))
    combined = np.zeros(len(hashes) - k + 1, dtype=np.uint64)
    for j in range(k):  # a polynomial hash of each window, vectorised over windows
        combined = (combined * _MIX + hashes[j : len(hashes) - k + 1 + j]) & np.uint64(0xFFFFFFFF)
    return np.unique(combined.astype(np.uint32))


def containment(a: np.ndarray, b: np.ndarray) -> float:
    """Share of the smaller shingle set found in the larger one."""
    if not len(a) or not len(b):
        return 0.0
    return len(np.intersect1d(a, b, assume_unique=True)) / min(len(a), len(b))


def _identity(value):
    return value


_TEMPLATE = MinHash(num_perm=NUM_PERM, seed=1, hashfunc=_identity)


def signature(shingle_hashes: np.ndarray) -> LeanMinHash:
    m = _TEMPLATE.copy()
    if len(shingle_hashes):
        m.update_batch(shingle_hashes.tolist())
    return LeanMinHash(m)


def signature_from_bytes(data: bytes) -> LeanMinHash:
    return LeanMinHash(seed=1, hashvalues=np.frombuffer(data, dtype=_TEMPLATE.hashvalues.dtype), scheme=_TEMPLATE.scheme)


class DuplicateIndex:
    """An LSH index of signatures; ``add`` returns the verified near-duplicates of a new text."""

    def __init__(self, shingles_of: Callable[[list[int]], dict[int, np.ndarray]]) -> None:
        self.lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
        self.shingles_of = shingles_of  # fetches the shingles of stored articles by id

    def load(self, doc_id: int, sig: LeanMinHash) -> None:
        self.lsh.insert(doc_id, sig, check_duplication=False)

    def add(self, doc_id: int, doc_shingles: np.ndarray, sig: LeanMinHash) -> list[tuple[int, float]]:
        candidates = [c for c in self.lsh.query(sig) if c != doc_id]
        self.load(doc_id, sig)
        if not candidates:
            return []
        found = []
        for other, other_shingles in self.shingles_of(candidates).items():
            score = containment(doc_shingles, other_shingles)
            if score >= MIN_CONTAINMENT:
                found.append((other, score))
        return found


def find_pairs(texts: dict[int, str]) -> dict[tuple[int, int], float]:
    """Near-duplicate pairs (smaller id first) among texts held in memory (benchmarks, tests)."""
    cache = {i: shingles(t) for i, t in texts.items()}
    index = DuplicateIndex(lambda ids: {i: cache[i] for i in ids})
    pairs = {}
    for doc_id, sh in cache.items():
        for other, score in index.add(doc_id, sh, signature(sh)):
            pairs[(min(doc_id, other), max(doc_id, other))] = score
    return pairs


# -- the store -------------------------------------------------------------------------------------


def update(store) -> int:
    """Hash the articles stored since the last run, record new duplicate pairs, rebuild groups.

    Returns how many new pairs were found.
    """
    con = store.con
    new_ids = [r[0] for r in con.execute(
        "SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM minhashes) ORDER BY seq"
    ).fetchall()]
    if not new_ids:
        return 0

    def stored_shingles(ids: list[int]) -> dict[int, np.ndarray]:
        rows = con.execute("SELECT id, text FROM articles WHERE id IN (SELECT unnest(?))", [ids]).fetchall()
        return {i: shingles(t) for i, t in rows}

    index = DuplicateIndex(stored_shingles)
    for doc_id, blob in con.execute("SELECT article_id, signature FROM minhashes").fetchall():
        index.load(doc_id, signature_from_bytes(blob))
    sig_rows, pair_rows = [], []
    # Texts are read a chunk at a time: a first run over a large corpus must not hold them all.
    for chunk_start in range(0, len(new_ids), READ_CHUNK):
        chunk_shingles = stored_shingles(new_ids[chunk_start : chunk_start + READ_CHUNK])
        for doc_id in new_ids[chunk_start : chunk_start + READ_CHUNK]:
            sh = chunk_shingles[doc_id]
            sig = signature(sh)
            sig_rows.append({"article_id": doc_id, "signature": sig.hashvalues.tobytes()})
            for other, score in index.add(doc_id, sh, sig):
                pair_rows.append({"a": min(doc_id, other), "b": max(doc_id, other), "similarity": score})
    store.insert_tables(
        {
            "minhashes": pa.Table.from_pylist(sig_rows, schema=pa.schema([("article_id", pa.int64()), ("signature", pa.binary())])),
            "duplicate_pairs": pa.Table.from_pylist(
                pair_rows, schema=pa.schema([("a", pa.int64()), ("b", pa.int64()), ("similarity", pa.float64())])
            ),
        }
    )
    rebuild_groups(store)
    return len(pair_rows)


def connected_groups(pairs: Iterable[tuple[int, int]]) -> list[set[int]]:
    """Connected components of an undirected pair list (union-find)."""
    parent: dict[int, int] = {}

    def root(x: int) -> int:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, set[int]] = {}
    for x in parent:
        groups.setdefault(root(x), set()).add(x)
    return list(groups.values())


def body_sentences(text: str, title: str | None, sentences_json: str | None) -> list[str]:
    """The body sentences of a stored article (the pipeline's sentences; blocks when it had none)."""
    spans = json.loads(sentences_json) if sentences_json else []
    body_start = len(title) if title and text.startswith(title) else 0
    if spans:
        found = [" ".join(text[s:e].split()) for s, e in spans if s >= body_start]
    else:
        found = [" ".join(block.split()) for block in text[body_start:].split("\n\n")]
    return [s for s in found if s]


def sentence_diff(original: list[str], copy: list[str]) -> tuple[list[str], list[str]]:
    """Sentences the copy added and dropped, in reading order."""
    added, dropped = [], []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=original, b=copy, autojunk=False).get_opcodes():
        if op in ("delete", "replace"):
            dropped.extend(original[i1:i2])
        if op in ("insert", "replace"):
            added.extend(copy[j1:j2])
    return added, dropped


def _first_key(row: dict) -> tuple:
    published: datetime | None = row["published"]
    return (published is None, published or datetime.max, row["seq"])


def rebuild_groups(store) -> None:
    """Rebuild the ``duplicates`` table from every stored pair."""
    con = store.con
    groups = connected_groups(con.execute("SELECT a, b FROM duplicate_pairs").fetchall())
    members = {i for g in groups for i in g}
    cols = ["id", "seq", "published", "title", "text", "sentences"]
    rows = {
        r[0]: dict(zip(cols, r))
        for r in con.execute(
            f"SELECT {', '.join(cols)} FROM articles WHERE id IN (SELECT unnest(?))", [sorted(members)]
        ).fetchall()
    }
    out = []
    for group in groups:
        ordered = sorted((rows[i] for i in group if i in rows), key=_first_key)
        if len(ordered) < 2:
            continue
        first = ordered[0]
        group_id = first["id"]
        first_sentences = body_sentences(first["text"], first["title"], first["sentences"])
        first_shingles = shingles(first["text"])
        out.append(
            {"group_id": group_id, "article_id": first["id"], "role": "original", "original_id": None,
             "similarity": 1.0, "headline_changed": False, "original_title": None,
             "added_sentences": 0, "dropped_sentences": 0, "diff": ""}
        )
        for row in ordered[1:]:
            copy_sentences = body_sentences(row["text"], row["title"], row["sentences"])
            added, dropped = sentence_diff(first_sentences, copy_sentences)
            changed = (first["title"] or "") != (row["title"] or "")
            diff_lines = [f"title: {first['title']!r} -> {row['title']!r}"] if changed else []
            diff_lines += [f"- {s}" for s in dropped] + [f"+ {s}" for s in added]
            out.append(
                {"group_id": group_id, "article_id": row["id"], "role": "copy", "original_id": first["id"],
                 "similarity": round(containment(first_shingles, shingles(row["text"])), 4),
                 "headline_changed": changed, "original_title": first["title"] if changed else None,
                 "added_sentences": len(added), "dropped_sentences": len(dropped), "diff": "\n".join(diff_lines)}
            )
    schema = pa.schema(
        [("group_id", pa.int64()), ("article_id", pa.int64()), ("role", pa.string()), ("original_id", pa.int64()),
         ("similarity", pa.float64()), ("headline_changed", pa.bool_()), ("original_title", pa.string()),
         ("added_sentences", pa.int32()), ("dropped_sentences", pa.int32()), ("diff", pa.string())]
    )
    store.replace_table("duplicates", pa.Table.from_pylist(out, schema=schema))
