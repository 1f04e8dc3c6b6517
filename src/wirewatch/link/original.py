"""Which copy in a group of syndicated copies is the original, and why."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

# Bases, strongest evidence first.
BASES = ("notice", "canonical", "earliest-date", "first-seen")


@dataclass(frozen=True, slots=True)
class Candidate:
    """What the choice needs to know about one copy."""

    id: str
    seq: int  # ingest order
    url: Optional[str] = None
    canonical_url: Optional[str] = None
    original_url: Optional[str] = None  # a syndication notice's pointer to the source
    syndicated_copy: bool = False
    published: Optional[str] = None  # ISO date (or datetime)


def _norm_url(url: Optional[str]) -> Optional[str]:
    if not url:
        return None
    u = url.strip().lower()
    for prefix in ("https://", "http://"):
        if u.startswith(prefix):
            u = u[len(prefix):]
    if u.startswith("www."):
        u = u[4:]
    return u.split("#")[0].rstrip("/") or None


def pick_original(members: Sequence[Candidate]) -> tuple[str, str]:
    """``(original id, basis)`` for a group: notice > canonical > earliest date > first seen."""
    if not members:
        raise ValueError("empty group")
    by_url: dict[str, Candidate] = {}
    for m in sorted(members, key=lambda m: m.seq):
        # Only a copy's own address identifies it; its canonical link names another page.
        key = _norm_url(m.url)
        if key:
            by_url.setdefault(key, m)
    # A copy whose notice names another member's address points at the original.
    votes: dict[str, int] = {}
    for m in members:
        target = by_url.get(_norm_url(m.original_url) or "")
        if target is not None and target.id != m.id:
            votes[target.id] = votes.get(target.id, 0) + 1
    if votes:
        best = max(votes, key=lambda i: (votes[i], -_seq(members, i)))
        return best, "notice"
    for m in members:
        target = by_url.get(_norm_url(m.canonical_url) or "")
        if target is not None and target.id != m.id:
            return target.id, "canonical"
    # Copies flagged as syndicated (a notice without a matching member) cannot be the original.
    pool = [m for m in members if not m.syndicated_copy] or list(members)
    if len(pool) == 1 and len(members) > 1:
        return pool[0].id, "notice"
    dated = [m for m in pool if m.published]
    if dated:
        first = min(_day(m) for m in dated)
        earliest = [m for m in dated if _day(m) == first]
        if len(earliest) < len(pool):  # the dates actually separate the copies
            return min(earliest, key=lambda m: m.seq).id, "earliest-date"
    return min(pool, key=lambda m: m.seq).id, "first-seen"


def _day(m: Candidate) -> str:
    return (m.published or "")[:10]


def _seq(members: Sequence[Candidate], ident: str) -> int:
    return next(m.seq for m in members if m.id == ident)
