"""Split a page's paragraphs into story body, furniture, captions and what the furniture tells."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from wirewatch.extract.furniture import (Hit, Patterns, caption, classify, looks_like_site, masthead_publisher,
                                         person_names)
from wirewatch.record import Caption, Furniture

# A short line without sentence-final punctuation: menu items, widget titles, button labels.
# Headlines of related links may end in "?", so a question mark does not end a stub.
_SENTENCE_END = re.compile(r"[.!…\"”’'»:]\s*$")
SHORT_LINE = 80


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
    updated_date: Optional[str] = None  # the date text of an "Updated ..." line
    notices: list[str] = field(default_factory=list)  # syndication notices, for the own-site check


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
    edges = _edge_zone(units, hits, range(n - 1, -1, -1), loose_edges)
    head = _edge_zone(units, hits, range(n), loose_edges)
    furniture = edges | head
    # Kinds that are only furniture at the edges (contributor lines) are story text elsewhere.
    hits = [h if h is None or not h.edge_only or i in furniture else None for i, h in enumerate(hits)]
    if head:
        out.publisher = masthead_publisher(units[min(head)], pats) if hits[min(head)] is None or \
            hits[min(head)].kind == "navigation" else None
    last_kind = "other"
    for i, unit in enumerate(units):
        hit = hits[i]
        if i in furniture or hit is not None:
            # A stub inside a furniture block belongs to the block above it ("Related Stories" items).
            kind = hit.kind if hit is not None else last_kind
            last_kind = kind
            out.furniture.append(Furniture(text=unit, kind=kind))
            if hit is not None:
                _learn(out, hit, pats, unit)
            continue
        last_kind = "other"
        cap = caption(unit, pats)
        if cap is not None:
            out.captions.append(cap)
            continue
        out.body.append(unit)
    if out.publisher is None:
        tail_nav = [i for i in sorted(edges) if hits[i] is not None and hits[i].kind == "navigation"]
        out.publisher = next((p for p in (masthead_publisher(units[i], pats) for i in tail_nav) if p), None)
    if out.syndicated and out.publisher and all(own_site_notice(n, out.publisher) for n in out.notices):
        # "This article originally appeared on <our own site>" is not a copy of someone else's story.
        out.syndicated, out.original_url = False, None
    return out


def own_site_notice(notice: str, publisher: str) -> bool:
    """True when a syndication notice names the publisher itself (by name or by domain)."""
    name = re.sub(r"^the", "", re.sub(r"[^a-z0-9]", "", publisher.lower()))
    if not name:
        return False
    flat = re.sub(r"[^a-z0-9]", "", notice.lower())
    if name in flat:
        return True
    for domain in re.findall(r"(?:https?://)?(?:www\.)?([a-z0-9-]+)\.[a-z]{2,}", notice.lower()):
        stem = domain.replace("-", "")
        if len(stem) >= 5 and name.startswith(stem):
            return True
    return False


def _learn(out: Sorted, hit: Hit, pats: Patterns, text: str) -> None:
    """Keep what a furniture line says: author, publisher, syndication, stated date."""
    g = hit.groups
    if "author" in g:
        for name in person_names(g["author"], pats):
            if name not in out.authors:
                out.authors.append(name)
    if "publisher" in g and looks_like_site(g["publisher"]):
        # A site named in a disclaimer or copyright line beats a masthead guess.
        out.publisher = g["publisher"].strip(" .,\"“”")
    if hit.syndicated:
        out.syndicated = True
        out.notices.append(text)
        if "url" in g and out.original_url is None:
            out.original_url = g["url"].rstrip(".,;)")
    if "date" in g and out.stated_date is None:
        out.stated_date = g["date"]
    if "updated" in g and out.updated_date is None:
        out.updated_date = g["updated"]
