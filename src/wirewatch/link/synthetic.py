"""Synthetic articles for link tests and benchmarks: random texts over a Zipf vocabulary,
plus planted copies at known word-edit rates and trims. Deterministic for a given seed."""
from __future__ import annotations

import random
from typing import Any, Optional

import numpy as np

_SYLLABLES = [c + v for c in "bcdfghklmnprstvwz" for v in ("a", "e", "i", "o", "u", "ai", "ou")]


def vocabulary(size: int = 30_000, seed: int = 7) -> list[str]:
    """``size`` distinct pseudo-words of two to four syllables."""
    rng = random.Random(seed)
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


class TextMaker:
    """Random article texts whose word frequencies follow Zipf's law (like real text)."""

    def __init__(self, vocab: Optional[list[str]] = None, seed: int = 11):
        self.vocab = np.array(vocab or vocabulary())
        ranks = np.arange(1, len(self.vocab) + 1)
        weights = 1.0 / ranks
        self.cdf = np.cumsum(weights / weights.sum())
        self.rng = np.random.default_rng(seed)

    def words(self, n: int) -> list[str]:
        """``n`` words drawn from the Zipf distribution."""
        idx = np.searchsorted(self.cdf, self.rng.random(n))
        return self.vocab[np.minimum(idx, len(self.vocab) - 1)].tolist()

    def text(self, n_words: int) -> str:
        """A text of sentences of 8-25 words."""
        words = self.words(n_words)
        out, i = [], 0
        while i < len(words):
            k = int(self.rng.integers(8, 26))
            sent = words[i:i + k]
            out.append(sent[0].capitalize() + " " + " ".join(sent[1:]) + ".")
            i += k
        return " ".join(out)

    def edit(self, text: str, rate: float) -> str:
        """Replace, delete or insert words at ``rate`` of the positions (equal shares)."""
        words = text.split()
        out: list[str] = []
        for w in words:
            r = self.rng.random()
            if r < rate / 3:
                out.append(self.words(1)[0])  # replace
            elif r < 2 * rate / 3:
                continue  # delete
            elif r < rate:
                out.extend([w, self.words(1)[0]])  # insert
            else:
                out.append(w)
        return " ".join(out)

    @staticmethod
    def trim(text: str, keep: float) -> str:
        """The first ``keep`` share of the words (a copy cut short, furniture dropped)."""
        words = text.split()
        return " ".join(words[:max(1, int(len(words) * keep))])


def make_record(ident: str, text: str, title: Optional[str] = None, published: Optional[str] = None,
                url: Optional[str] = None, publisher: Optional[str] = None,
                entities: Optional[list[dict]] = None) -> dict[str, Any]:
    """A minimal record dict (the shape of ``Record.to_dict()``) for the store."""
    return {"id": ident, "source": {"path": None, "url": url, "format": "text"},
            "article": {"title": title, "authors": [], "publisher": publisher, "url": url, "original_url": None,
                        "syndicated_copy": False,
                        "published": {"date": published, "earliest": published, "latest": published,
                                      "inferred": False, "evidence": None},
                        "language": "en", "text": text, "paragraphs": [], "captions": [], "furniture": []},
            "entities": entities or [], "dates": [], "places": [], "quotes": [], "events": [], "links": {}}
