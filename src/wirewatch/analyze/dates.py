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
from wirewatch.analyze.timescan import extend_left, guess_tense, in_a_name, scan
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
        # (a "verb" in a noun's place is a misread noun: "Drone strikes on Saturday set off fires")
        if tok.pos_ in ("VERB", "AUX") and tok.i not in range(span.start, span.end) \
                and tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
            return tok
        if tok.head is tok:
            return tok if tok.pos_ in ("VERB", "AUX") else None
        tok = tok.head
    return None


def parse_tense(doc, start: int, end: int) -> Optional[str]:
    """'past', 'future', 'present' or None from the verb that governs the span in the parse."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None and len(span) and span.root.dep_ == "pobj" and span.root.head.lower_ == "for" \
            and span.root.ent_type_ == "DATE" and not any(t.lower_ in ("last", "previous") for t in span):
        return "future"  # "called a general strike for Tuesday": the day an act is set for lies ahead
    verb = _governing_verb(doc, start, end)
    if verb is None:
        return None
    vocab = load_vocab()
    future_cues = set(vocab.data.get("future_words", []))
    governors = set(vocab.data.get("future_governors", []))
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _FUTURE_AUX for a in auxes):
        return "future"
    if any(a.lower_ == "would" for a in auxes) and not any(a.lower_ == "have" for a in auxes) and \
            verb.dep_ == "ccomp" and \
            verb.head.lemma_.lower() in set(vocab.data.get("reported_future_heads", [])):
        return "future"  # "diplomats said the Council would meet on Tuesday": ahead of the report
    if verb.lemma_.lower() in governors and verb.tag_ == "VBN":  # 'is scheduled for', 'was set for'
        return _plan_tense(verb)
    if verb.tag_ == "VB" and any(a.lower_ == "to" for a in auxes):
        head = verb.head
        if head.lemma_.lower() in governors:  # 'is set to open on ...'
            return _plan_tense(head)
        if any(c.lower_ in _FUTURE_AUX for c in head.children) or head.lower_ in future_cues:
            return "future"
        if head.tag_ in ("VBD", "VBN"):
            return "past"
    if verb.tag_ in ("VBD", "VBN") or any(a.lower_ in _PAST_AUX for a in auxes):
        return "past"
    if verb.tag_ == "VBG" and not auxes and verb.dep_ in ("conj", "advcl", "acl") and verb.head.i != verb.i:
        # "hammered Kyiv ... on Monday, killing 19", "with missiles and exploding drones on Monday": a bare
        # participle hung on a past verb tells that verb's time, not a schedule
        head = verb.head
        if head.tag_ in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass") and c.lower_ in _PAST_AUX
                                              for c in head.children):
            return "past"
    if verb.tag_ in ("VBZ", "VBP", "VBG"):
        if verb.lemma_.lower() in set(vocab.data.get("present_not_future", [])):
            return "present"
        return "future"  # present simple/progressive with a time: a schedule ('opens on Friday')
    return None


def _plan_tense(verb) -> Optional[str]:
    """A plan stated now points ahead; a plan stated in the past may or may not have happened."""
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if verb.tag_ == "VBD" or auxes & {"was", "were", "had"}:
        return None
    return "future"


def candidate_groups(text: str, doc=None) -> list[list[tuple[int, int]]]:
    """Candidate spans (patterns + spaCy DATE/TIME), grouped where they overlap."""
    spans = scan(text)
    if doc is not None:
        adjectival = {str(w).lower() for w in load_vocab().data.get("adjectival_relative_days", ())}
        spans += [_trim(text, e.start_char, e.end_char) for e in doc.ents if e.label_ in ("DATE", "TIME")
                  # "an overnight curfew": the word describes a noun, it dates nothing
                  and not (e.text.lower() in adjectival and e.root.dep_ in ("amod", "compound", "nmod"))]
    groups: list[list[tuple[int, int]]] = []
    for s, e in sorted(set(spans)):
        if groups and s < max(x[1] for x in groups[-1]):
            groups[-1].append((s, e))
        else:
            groups.append([(s, e)])
    return groups


def _temporal(frag: str, vocab) -> bool:
    words = set(re.findall(r"[a-z]+", frag.lower()))
    return bool(words & set(vocab.data.get("temporal_words", [])))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop outer whitespace and a possessive ending from a spaCy span ('Thursday's' -> 'Thursday')."""
    frag = text[start:end]
    end -= len(frag) - len(frag.rstrip())
    start += len(frag) - len(frag.lstrip())
    if text[start:end].endswith(("'s", "\u2019s")) and end - start > 2:
        end -= 2
    return start, end


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
    anchor: Optional[date] = None  # the last point named: 'the previous day' counts from it
    hint: Optional[int] = None  # the year a dated mention gave this paragraph ('Nov. 15, 2019 ... Nov. 18')
    for group in candidate_groups(text, doc):
        if found and "\n" in text[found[-1][1]:group[0][0]]:
            hint = None

        def resolver(frag: str, s: int, e: int) -> Optional[Resolved]:
            tense = parse_tense(doc, s, e) if doc is not None else None
            tense = tense or guess_tense(text, s, e, vocab)
            near = re.search(r"\b((?:1[89]|2[01])\d\d)\b[^.\n\d]{0,30}$", text[max(0, s - 40):s])
            return resolve(frag, ref, tense, anchor, vocab, int(near.group(1)) if near else hint)
        hit = _pick(text, group, resolver)
        if hit is None:
            continue
        s, e, res = hit
        if not res.resolved and res.granularity == "unknown" and not _temporal(text[s:e], vocab):
            continue  # spaCy tagging noise ('A350', 'intraday')
        if in_a_name(text, s, e, vocab) or re.search(r"\b(?:a|every|each|any)\s+$", text[max(0, s - 8):s]):
            continue  # 'Black Friday', 'on a Monday': not a day in time
        if not text[e:e + 2] in ("'s", "\u2019s"):  # 'on Thursday's fight': 'on' governs 'fight'
            s = extend_left(text, s, e, vocab)
        if found and _joins(text, found[-1], (s, e, res)):
            found[-1] = _join(found[-1], (s, e, res))
        else:
            found.append((s, e, res))
        last = found[-1][2]
        if last.resolved and last.granularity not in ("range", "decade", "century") \
                and not (ref is not None and last.earliest and last.earliest > ref):
            # narrative expressions count from the last point named (not from a plan: "until July 2027")
            anchor = last.earliest
        if last.resolved and last.granularity in ("day", "time") and re.search(r"\d{4}", text[found[-1][0]:found[-1][1]]):
            hint = last.earliest.year
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
    # Captions are outside article.text but still date what they show ("... on January 8, 2021").
    for i, caption in enumerate(record.article.captions):
        for expr in find_dates(caption.text, ref, None):
            expr.source = f"caption:{i}"
            record.dates.append(expr)
    return record
