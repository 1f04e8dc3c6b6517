"""Split a page's paragraphs into story body, furniture, captions and what the furniture tells."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from wirewatch.extract.furniture import Hit, Patterns, caption, classify, looks_like_site, person_names
from wirewatch.record import Caption, Furniture

# A short line without sentence-final punctuation: menu items, widget titles, button labels.
_SENTENCE_END = re.compile(r"[.!?…\"”’'»)\]:]\s*$")
SHORT_LINE = 60


@dataclass(slots=True)
class Sorted:
    """The story paragraphs and what the furniture around them said about the article."""

    body: list[str] = field(default_factory=list)
    furniture: list[Furniture] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    publisher: Optional[str] = None
    syndicated: bool = False
    original_url: Optional[str] = None
    stated_date: Optional[str] = None  # the date text of a "Published: ..." line


def _is_stub(line: str) -> bool:
    return len(line) <= SHORT_LINE and not _SENTENCE_END.search(line)


def _edge_zone(units: list[str], hits: list[Optional[Hit]], order: range, loose: bool) -> set[int]:
    """Indexes of the furniture block at one edge: pattern hits plus (if loose) stubs beyond them."""
    zone: list[int] = []
    for i in order:
        if hits[i] is not None or (loose and _is_stub(units[i])):
            zone.append(i)
        else:
            break
    # Stubs between the story and the innermost pattern hit are story (a short last line, a dek).
    while zone and hits[zone[-1]] is None:
        zone.pop()
    return set(zone)


def sort_paragraphs(units: list[str], pats: Patterns, loose_edges: bool = True) -> Sorted:
    """Classify each paragraph; furniture and captions leave the body, their facts are kept."""
    out = Sorted()
    hits = [classify(u, pats) for u in units]
    n = len(units)
    furniture = _edge_zone(units, hits, range(n - 1, -1, -1), loose_edges)
    furniture |= _edge_zone(units, hits, range(n), loose_edges)
    last_kind = "other"
    for i, unit in enumerate(units):
        hit = hits[i]
        if i in furniture or hit is not None:
            # A stub inside a furniture block belongs to the block above it ("Related Stories" items).
            kind = hit.kind if hit is not None else last_kind
            last_kind = kind
            out.furniture.append(Furniture(text=unit, kind=kind))
            if hit is not None:
                _learn(out, hit, pats)
            continue
        last_kind = "other"
        cap = caption(unit, pats)
        if cap is not None:
            out.captions.append(cap)
            continue
        out.body.append(unit)
    return out


def _learn(out: Sorted, hit: Hit, pats: Patterns) -> None:
    """Keep what a furniture line says: author, publisher, syndication, stated date."""
    g = hit.groups
    if "author" in g:
        for name in person_names(g["author"], pats):
            if name not in out.authors:
                out.authors.append(name)
    if "publisher" in g and out.publisher is None and looks_like_site(g["publisher"]):
        out.publisher = g["publisher"].strip(" .,\"“”")
    if hit.syndicated:
        out.syndicated = True
        if "url" in g and out.original_url is None:
            out.original_url = g["url"].rstrip(".,;)")
    if "date" in g and out.stated_date is None:
        out.stated_date = g["date"]
