"""A synthetic republication corpus, and how well fonte's near-duplicate detection finds its copies.

Originals are generated from a topic's vocabulary; each has 0-3 republications with a changed
headline, trimmed or added paragraphs, an outlet's boilerplate and light rewording (a few words
replaced). Unrelated articles on the same topic share the vocabulary but not the text. The truth is
every pair inside a family (original + copies); the prediction is every pair inside a detected group.

    .venv/bin/python bench/republication.py --originals 2000 [--seed 7]
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fonte.corpus.dedup import connected_groups, find_pairs  # noqa: E402

SYLLABLES = ["ka", "lo", "mi", "ren", "ta", "vo", "sil", "dan", "pe", "ru", "mon", "ti", "sa", "bel", "co", "nar"]


def make_word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


class Generator:
    def __init__(self, seed: int, topics: int = 20) -> None:
        self.rng = random.Random(seed)
        self.function_words = [make_word(self.rng)[:3] for _ in range(60)]
        self.general = [make_word(self.rng) for _ in range(3000)]
        self.topics = [[make_word(self.rng) for _ in range(150)] for _ in range(topics)]
        self.boilerplate = [
            " ".join(self.rng.choice(self.general) for _ in range(12)).capitalize() + "." for _ in range(10)
        ]

    def sentence(self, topic: list[str]) -> str:
        words = []
        for _ in range(self.rng.randint(10, 22)):
            r = self.rng.random()
            pool = self.function_words if r < 0.4 else topic if r < 0.8 else self.general
            words.append(self.rng.choice(pool))
        return " ".join(words).capitalize() + "."

    def paragraph(self, topic: list[str]) -> str:
        return " ".join(self.sentence(topic) for _ in range(self.rng.randint(2, 4)))

    def article(self, topic: list[str]) -> tuple[str, list[str]]:
        title = " ".join(self.rng.choice(topic) for _ in range(6)).capitalize()
        return title, [self.paragraph(topic) for _ in range(self.rng.randint(5, 9))]

    def republish(self, title: str, paragraphs: list[str], topic: list[str]) -> tuple[str, list[str]]:
        rng = self.rng
        if rng.random() < 0.5:
            title = " ".join(rng.choice(topic) for _ in range(6)).capitalize()
        paragraphs = list(paragraphs)
        if rng.random() < 0.4:  # trimmed: the last paragraphs dropped
            paragraphs = paragraphs[: max(3, len(paragraphs) - rng.randint(1, 3))]
        if rng.random() < 0.4:  # added paragraphs (an intro, an update)
            paragraphs.insert(rng.randint(0, len(paragraphs)), self.paragraph(topic))
        if rng.random() < 0.6:  # the republisher's boilerplate
            paragraphs.append(rng.choice(self.boilerplate))
        if rng.random() < 0.5:  # light rewording: about 3% of the words replaced
            reworded = []
            for p in paragraphs:
                words = p.split()
                for i in range(len(words)):
                    if rng.random() < 0.03:
                        words[i] = rng.choice(topic)
                reworded.append(" ".join(words))
            paragraphs = reworded
        return title, paragraphs

    def corpus(self, originals: int) -> tuple[dict[int, str], list[set[int]]]:
        """Texts by id and the families (sets of ids) that are republications of each other."""
        texts: dict[int, str] = {}
        families = []
        for _ in range(originals):
            topic = self.rng.choice(self.topics)
            title, paragraphs = self.article(topic)
            family = {len(texts)}
            texts[len(texts)] = "\n\n".join([title, *paragraphs])
            for _ in range(self.rng.choice([0, 0, 1, 1, 2, 3])):
                t, p = self.republish(title, paragraphs, topic)
                family.add(len(texts))
                texts[len(texts)] = "\n\n".join([t, *p])
            families.append(family)
        return texts, families


def pairs_of(groups) -> set[tuple[int, int]]:
    return {tuple(sorted(p)) for g in groups for p in itertools.combinations(g, 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--originals", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    texts, families = Generator(args.seed).corpus(args.originals)
    started = time.perf_counter()
    found = find_pairs(texts)
    seconds = time.perf_counter() - started
    predicted = pairs_of(connected_groups(found))
    truth = pairs_of(f for f in families if len(f) > 1)
    tp = len(predicted & truth)
    precision = tp / len(predicted) if predicted else 1.0
    recall = tp / len(truth) if truth else 1.0
    print(f"articles {len(texts)}  true pairs {len(truth)}  predicted {len(predicted)}")
    print(f"precision {precision:.4f}  recall {recall:.4f}  ({seconds:.1f} s)")


if __name__ == "__main__":
    main()
