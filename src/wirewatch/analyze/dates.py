"""The dates component: every date/time expression in the text, resolved to a day range.

Candidates are spaCy's DATE/TIME entities plus pattern matches (spaCy misses some), merged so
that overlapping candidates become one expression. Each is resolved against the publication
day by :mod:`wirewatch.analyze.timeexpr`, with the tense of its governing verb from the parse.

Reference day: ``article.published.date`` when set; for an inferred range without a date, the
midpoint of earliest..latest (the same day ``Published.date`` would hold); only ``latest`` or
only ``earliest`` when the range is half open. With no reference, relative expressions keep
null bounds and absolute ones still resolve.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Optional

from wirewatch.analyze.timecalc import Resolved
from wirewatch.analyze.timeexpr import resolve
from wirewatch.analyze.timescan import extend_left, guess_tense, scan
from wirewatch.analyze.timevocab import load_vocab
from wirewatch.record import DateExpr, Published, Record

_FUTURE_AUX = {"will", "shall", "'ll", "wo", "ll"}
_PAST_AUX = {"has", "have", "had", "was", "were", "did"}


def reference_day(pub: Published) -> Optional[date]:
    """The day relative expressions are resolved against (see the module docstring)."""
    if pub is None:
        return None
    if pub.date:
        return date.fromisoformat(pub.date[:10])
    lo = date.fromisoformat(pub.earliest[:10]) if pub.earliest else None
    hi = date.fromisoformat(pub.latest[:10]) if pub.latest else None
    if lo and hi:
        return lo + (hi - lo) / 2
    return hi or lo


def _governing_verb(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tok = span.root
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX") and tok.i not in range(span.start, span.end):
            return tok
        if tok.head is tok:
            return tok if tok.pos_ in ("VERB", "AUX") else None
        tok = tok.head
    return None


def parse_tense(doc, start: int, end: int) -> Optional[str]:
    """'past', 'future', 'present' or None from the verb that governs the span in the parse."""
    verb = _governing_verb(doc, start, end)
    if verb is None:
        return None
    future_cues = set(load_vocab().data.get("future_words", []))
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _FUTURE_AUX for a in auxes):
        return "future"
    if verb.tag_ == "VB" and any(a.lower_ == "to" for a in auxes):
        head = verb.head
        if head.lemma_.lower() in future_cues or head.lower_ in future_cues or \
                any(c.lower_ in _FUTURE_AUX for c in head.children):
            return "future"
        if head.tag_ in ("VBD", "VBN"):
            return "past"
    if verb.tag_ == "VBD" or any(a.lower_ in _PAST_AUX and a.tag_ in ("VBD", "VBZ", "VBP") for a in auxes
                                 if a.lower_ in ("had", "was", "were", "did", "has", "have")):
        return "past"
    if verb.tag_ == "VBN":
        return "past"
    if verb.tag_ in ("VBZ", "VBP", "VBG"):
        if any(c.lower_ in future_cues for c in verb.subtree if c.i < verb.i + 4 and c.i >= verb.i):
            return "future"
        return "present"
    return None


def candidate_groups(text: str, doc=None) -> list[list[tuple[int, int]]]:
    """Candidate spans (patterns + spaCy DATE/TIME), grouped where they overlap."""
    spans = scan(text)
    if doc is not None:
        spans += [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("DATE", "TIME")]
    groups: list[list[tuple[int, int]]] = []
    for s, e in sorted(set(spans)):
        if groups and s < max(x[1] for x in groups[-1]):
            groups[-1].append((s, e))
        else:
            groups.append([(s, e)])
    return groups


def _pick(text: str, group: list[tuple[int, int]], resolver) -> Optional[tuple[int, int, Resolved]]:
    """The longest candidate of an overlap group that is a point in time."""
    best = None
    for s, e in sorted(group, key=lambda x: x[0] - x[1]):
        out = resolver(text[s:e], s, e)
        if out is not None and (best is None or (out.resolved and not best[2].resolved)):
            best = (s, e, out)
            if out.resolved:
                break
    return best


def find_dates(text: str, ref: Optional[date], doc=None) -> list[DateExpr]:
    """Every date/time expression in ``text`` as DateExpr, resolved against ``ref``."""
    vocab = load_vocab()
    found: list[tuple[int, int, Resolved]] = []
    anchor: Optional[date] = None  # the last day mentioned: 'the previous day' counts from it
    for group in candidate_groups(text, doc):
        def resolver(frag: str, s: int, e: int) -> Optional[Resolved]:
            tense = parse_tense(doc, s, e) if doc is not None else None
            tense = tense or guess_tense(text, s, e, vocab)
            return resolve(frag, ref, tense, anchor, vocab)
        hit = _pick(text, group, resolver)
        if hit is None:
            continue
        s, e, res = hit
        s = extend_left(text, s, e, vocab)
        if found and _joins(text, found[-1], (s, e, res)):
            found[-1] = _join(found[-1], (s, e, res))
        else:
            found.append((s, e, res))
        if found[-1][2].resolved and found[-1][2].granularity in ("day", "time"):
            anchor = found[-1][2].earliest
    return [DateExpr(text=text[s:e], start=s, end=e,
                     earliest=r.earliest.isoformat() if r.earliest else None,
                     latest=r.latest.isoformat() if r.latest else None, granularity=r.granularity)
            for s, e, r in found]


def _joins(text: str, a, b) -> bool:
    """A clock time right next to a day ('3 p.m. on Friday', 'Friday at noon') is one expression."""
    if (a[2].granularity == "time") == (b[2].granularity == "time"):
        return False
    return re.fullmatch(r"\s*,?\s*(?:on|at)?\s*", text[a[1]:b[0]]) is not None


def _join(a, b):
    day = a[2] if a[2].granularity != "time" else b[2]
    res = Resolved(day.earliest, day.latest, "time", day.relative) if day.resolved else b[2]
    return (a[0], b[1], res)


def resolve_dates(record: Record, res) -> Record:
    """Component: fill ``record.dates`` from the text, the parse and the publication day."""
    ref = reference_day(record.article.published)
    record.dates = find_dates(record.article.text, ref, record.doc)
    return record
