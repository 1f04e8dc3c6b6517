"""Shared span helpers: which entity a character span refers to, sentence lookups."""
from __future__ import annotations

import bisect
from typing import Optional

from wirewatch.record import Entity, Mention, Record


class EntityIndex:
    """Find the entity mentioned at a character span of ``article.text``."""

    def __init__(self, record: Record):
        self._mentions: list[tuple[int, int, Entity]] = sorted(
            (m.start, m.end, e) for e in record.entities for m in e.mentions if m.source is None)
        self._starts = [m[0] for m in self._mentions]

    def overlapping(self, start: int, end: int) -> list[tuple[Mention, Entity]]:
        """Every (mention, entity) whose mention overlaps [start, end), in text order."""
        out = []
        i = bisect.bisect_left(self._starts, start)
        # Mentions that start before `start` may still reach into the span.
        j = i
        while j > 0 and self._mentions[j - 1][1] > start:
            j -= 1
        for s, e, ent in self._mentions[j:]:
            if s >= end:
                break
            if e > start:
                out.append((Mention(s, e, ""), ent))
        return out

    def at(self, start: int, end: int) -> Optional[Entity]:
        """The entity whose mention overlaps the span most (None if none)."""
        best, best_overlap = None, 0
        for m, ent in self.overlapping(start, end):
            overlap = min(end, m.end) - max(start, m.start)
            if overlap > best_overlap:
                best, best_overlap = ent, overlap
        return best

    def before(self, pos: int, types: tuple[str, ...] = ()) -> list[tuple[int, int, Entity]]:
        """Mentions ending at or before ``pos`` (latest first), optionally of the given types."""
        i = bisect.bisect_right(self._starts, pos)
        out = [m for m in self._mentions[:i] if m[1] <= pos and (not types or m[2].type in types)]
        return sorted(out, key=lambda m: -m[1])


def doc_text(doc) -> str:
    """The Doc's text, cached on it: spaCy's ``Doc.text`` rebuilds the string from every token per call."""
    cached = doc.user_data.get("wirewatch_text")
    if cached is None:
        cached = doc.user_data["wirewatch_text"] = doc.text
    return cached
