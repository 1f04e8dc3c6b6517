"""Infer when an article was published from what its text says, when the page states no date.

Parse-free (it runs in extract-only mode): pattern scanning plus the pure date logic.
Evidence, strongest first, narrows a set of candidate days:
  1. "today/yesterday, <explicit date>"  -> the day itself;
  2. "Nth anniversary of X" / "N years since X" + the explicit date of X elsewhere in the text;
  3. a weekday written with its date ("on Monday, Jan. 3") -> within the week after it;
  4. "X N years ago" + the explicit date of X;
then hard constraints (after every explicit past date, before every explicit future one,
'this weekend' said only up to the Tuesday after it, weekday mentions within the last week) and
last the soft preference that past weekday mentions name one of the last few days. A constraint
that would empty the set is skipped, never forced. Without evidence 1-4 no day is invented:
only an open lower bound (or nothing) is returned.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable, Optional

from wirewatch.analyze.timecalc import shift
from wirewatch.analyze.timeexpr import normalize, resolve
from wirewatch.analyze.timescan import guess_tense, scan
from wirewatch.analyze.timevocab import Vocab, load_vocab
from wirewatch.record import Published

_SENTENCE = re.compile(r"(?<=[.!?\u201d\"])\s+(?=[A-Z\u201c\"])|\n+")
_STOP = {"the", "a", "an", "of", "and", "in", "on", "at", "to", "for", "by", "with", "from", "his", "her",
         "its", "their", "that", "this", "was", "were", "is", "are", "be", "been", "who", "which", "after",
         "before", "since", "year", "years", "ago", "anniversary", "mark", "marks", "marking", "u.s"}


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    text: str
    lo: Optional[date]
    hi: Optional[date]
    granularity: str
    relative: bool
    tense: Optional[str]


def _stem(word: str) -> str:
    """A crude stem so 'crashed' meets 'crash' and 'strikes' meets 'strike'."""
    for suffix in ("ing", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _words(text: str) -> set[str]:
    words = {w.strip("'.-").removesuffix("'s") for w in re.findall(r"[a-z][a-z'.-]+", text.lower())}
    return {_stem(w) for w in words - _STOP if len(w) > 2}


def _sentence_at(text: str, pos: int) -> str:
    starts = [0] + [m.end() for m in _SENTENCE.finditer(text) if m.end() <= pos]
    begin = starts[-1]
    nxt = _SENTENCE.search(text, pos)
    return text[begin:nxt.start() if nxt else len(text)]


def _mentions(text: str, vocab: Vocab) -> list[_Mention]:
    out = []
    for s, e in scan(text, vocab):
        tense = guess_tense(text, s, e, vocab)
        r = resolve(text[s:e], None, tense, None, vocab)
        if r is None:
            continue
        out.append(_Mention(s, e, text[s:e], r.earliest, r.latest, r.granularity, r.relative, tense))
    return out


def _event_dates(text: str, mentions: list[_Mention], vocab: Vocab) -> list[tuple[date, date, set[str], str]]:
    """Explicit absolute day/month dates with the content words of their sentence; later mentions
    that fall near an earlier one plus whole years are its past anniversaries and are dropped."""
    found = [(m.lo, m.hi, _words(_sentence_at(text, m.start)), m.text) for m in mentions
             if m.lo and not m.relative and m.granularity in ("day", "month")]
    near = int(vocab.data["anniversary"]["previous_anniversary_days"])
    keep = []
    for cand in found:
        earlier = [o for o in found if o[0] < cand[0] and any(
            abs((shift(o[0], k, "year") - cand[0]).days) <= near for k in range(1, 30))]
        if not earlier:
            keep.append(cand)
    return keep


def _link(x_words: set[str], events, min_overlap: int = 1) -> Optional[tuple[date, date, str]]:
    """The explicit date whose sentence shares most content words with X (ties: the earliest)."""
    scored = [(len(x_words & ws), lo, hi, txt) for lo, hi, ws, txt in events]
    scored = [s for s in scored if s[0] >= min_overlap]
    if not scored:
        return None
    best = max(s[0] for s in scored)
    _, lo, hi, txt = min((s for s in scored if s[0] == best), key=lambda s: s[1])
    return lo, hi, txt


# 'COLOMBO | Sunday, 10 July 2022' / 'BEIRUT, Aug. 5 -': a place in capitals, then the date.
_DATELINE = re.compile(r"\s*[A-Z][A-Z .'\u2019-]{1,40}(?:\([A-Za-z .]+\))?\s*[|,\u2014\u2013-]\s*")
# What may follow a date standing alone on its line: '- 9:12 AM', 'at 14:05 GMT'.
_REST_OF_DATELINE = re.compile(r"\s*(?:[-\u2013\u2014|,]?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?"
                               r"\s*(?:[A-Z]{2,4})?)?\s*[.,|)]*\s*", re.I)
# 'This article was amended on 13 July 2022', 'Updated July 11, 2022': published on or before it.
_REVISED = re.compile(r"\b(?:updated|amended|corrected|edited|modified|revised)\s*(?:on|at)?\s*:?\s*$", re.I)

_NEAR_HEDGES = {"to", "by", "until", "through", "till"}
_HEDGES = {"would", "should", "could", "might", "must", "will", "wants", "plans", "expects", "aims", "hopes"}


def _hedged(text: str, start: int) -> bool:
    """A date after 'by'/'through' or in a clause with a modal or plan: a target, not a past event."""
    left = text[max(0, start - 120):start]
    left = left[max(left.rfind(". "), left.rfind("\n")) + 1:].lower()
    before = re.findall(r"[a-z']+", left)
    return any(w in _NEAR_HEDGES for w in before[-5:]) or any(w in _HEDGES for w in before[-14:])


def _count(raw: str, vocab: Vocab) -> Optional[int]:
    raw = raw.lower().strip()
    return vocab.ordinal(raw) or vocab.number(raw)


def _anniversaries(title: str, text: str, vocab: Vocab) -> list[tuple[int, str, bool]]:
    """(N years, the X words, in_title) for anniversary statements, title first."""
    o, num = vocab.ordinal_re, vocab.number_re
    verbs = "|".join(vocab.data["anniversary"]["verbs_before_after"])
    pats = [
        rf"\b(?P<n>{o}|{num}[\s-]+years?)\s+anniversary\s+of\s+(?P<x>[^.;:\n]{{3,80}})",
        rf"(?P<x>(?:\b[\w\u2019'-]+\s+){{1,5}}?[\w\u2019'-]+?)(?:\u2019s|'s)?\s+(?P<n>{o}|{num}[\s-]+years?)\s+anniversary\b(?!\s+of)",
        rf"(?:^|[.!?]\s+|\b(?:{verbs}|it\s+has\s+been|it's\s+been|it\s+is)\s+)(?:exactly\s+)?(?P<n>{num})\s+years?\s+(?:since|after)\s+(?P<x>[^.;:\n,]{{3,80}})",
    ]
    out = []
    for source, in_title in ((title, True), (text, False)):
        low = source.lower()
        has_anniv, has_since = "anniversar" in low, re.search(r"years?\s+(?:since|after)", low) is not None
        for i, p in enumerate(pats):
            if not (has_anniv if i < 2 else has_since):
                continue  # cheap pre-check: these patterns are slow to try everywhere
            for m in re.finditer(p, source, re.IGNORECASE | re.MULTILINE):
                raw = re.sub(r"[\s-]+years?$", "", m["n"], flags=re.IGNORECASE)
                n = _count(raw, vocab)
                if n:
                    out.append((n, m["x"], in_title))
    return out


class _Days:
    """The candidate publication days and the notes that explain how they were narrowed."""

    def __init__(self, days: set[date], note: str):
        self.days, self.notes = days, [note]

    def narrow(self, keep: Callable[[date], bool], note: str) -> None:
        left = {d for d in self.days if keep(d)}
        if left and left != self.days:
            self.days = left
            self.notes.append(note)


def _window(center: date, slack: int) -> set[date]:
    return {center + timedelta(days=k) for k in range(-slack, slack + 1)}


def _last_weekday_lag(day: date, weekday: int) -> int:
    return (day.weekday() - weekday) % 7


def infer_published(text: str, title: Optional[str] = None, paragraphs: Optional[list[str]] = None) -> Published:
    """Publication day (or range) inferred from the text, with evidence; nulls without evidence."""
    vocab = load_vocab()
    text = text or "\n\n".join(paragraphs or [])
    title = title or ""
    full = f"{title}\n\n{text}" if title else text
    mentions = _mentions(full, vocab)
    events = _event_dates(full, mentions, vocab)
    cand: Optional[_Days] = None
    wd_names = "|".join(vocab.weekdays)

    # 0. a dateline the extractor left in the text: "(Published Monday, Nov. 18, 2019)", a date alone
    # on its line near the top or bottom (not inside a timeline: then there are several)
    lines = []
    for m in mentions:
        if not (m.lo and m.lo == m.hi and not m.relative):
            continue
        if re.search(r"\b(?:published|posted|first\s+published)\s*(?:on|at)?\s*:?\s*$", full[max(0, m.start - 30):m.start], re.I):
            return Published(date=m.lo.isoformat(), earliest=m.lo.isoformat(), latest=m.lo.isoformat(),
                             inferred=True, evidence=f"'{full[max(0, m.start - 30):m.end].strip()}' in the text")
        line_start = full.rfind("\n", 0, m.start) + 1
        line_end = full.find("\n", m.end)
        alone = _REST_OF_DATELINE.fullmatch(full[m.end:line_end if line_end >= 0 else len(full)]) is not None
        if alone and (_DATELINE.fullmatch(full[line_start:m.start]) or not full[line_start:m.start].strip(" (|")):
            lines.append((m, line_start))
    if len(lines) == 1 and (lines[0][1] < 600 or lines[0][0].end > len(full) - 300):
        m, line_start = lines[0]
        return Published(date=m.lo.isoformat(), earliest=m.lo.isoformat(), latest=m.lo.isoformat(),
                         inferred=True, evidence=f"dateline '{full[line_start:m.end].strip()}'")

    # 1. "today, January 3" / "yesterday (Jan. 2)"
    for m in re.finditer(rf"\b(?P<rel>today|yesterday|tomorrow)\s*[,(]\s*(?P<d>(?:(?:{wd_names}),?\s+)?{vocab.month_re}\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?)", full, re.IGNORECASE):
        r = resolve(m["d"], None, None, None, vocab)
        if r and r.resolved and not r.relative:
            off = {"today": 0, "yesterday": 1, "tomorrow": -1}[m["rel"].lower()]
            cand = _Days({r.earliest + timedelta(days=off)}, f"'{m.group(0)}'")
            break

    # 2. anniversaries
    slack = int(vocab.data["anniversary"]["slack_days"])
    if cand is None:
        for n, x, in_title in sorted(_anniversaries(title, text, vocab), key=lambda a: not a[2]):
            hit = _link(_words(x), events)
            if hit:
                lo, hi, txt = hit
                center = shift(lo + (hi - lo) / 2, n, "year")
                cand = _Days(_window(center, slack + (hi - lo).days // 2),
                             f"{_ordinal(n)} anniversary of {lo.isoformat()} ({txt})")
                break

    # 3. a weekday given with its date
    max_lag = int(vocab.data["weekday_evidence"]["max_lag_days"])
    if cand is None:
        for m in mentions:
            words = normalize(m.text).split()
            if m.lo and not m.relative and m.granularity == "day" and words and words[0].rstrip(",") in vocab.weekdays:
                if m.tense == "future":
                    cand = _Days({m.lo - timedelta(days=k) for k in range(max_lag + 1)}, f"'{m.text}' ahead")
                else:
                    cand = _Days({m.lo + timedelta(days=k) for k in range(max_lag + 1)}, f"'{m.text}' in the past week")
                break

    # 4. "X N units ago" + the explicit date of X
    if cand is None:
        for m in mentions:
            # a qualified amount ('nearly five years ago') is too loose to date the article by
            am = re.fullmatch(rf"(?P<n>{vocab.number_re})\s+(?P<u>{vocab.unit_re})\s+ago", normalize(m.text))
            if not am or vocab.number(am["n"]) is None:
                continue
            unit = vocab.units[am["u"]]
            before = _sentence_at(full, m.start)
            x = before[: max(0, before.find(m.text))][-80:]
            hit = _link(_words(x), events, min_overlap=2)  # X is free text here: ask for more overlap
            if hit:
                lo, hi, txt = hit
                center = shift(lo, vocab.number(am["n"]), unit)
                width = int(vocab.data["ago_slack_days"].get(unit, 0)) + (hi - lo).days // 2
                cand = _Days(_window(center, width), f"'{m.text}' from {lo.isoformat()} ({txt})")
                break

    revised = [m for m in mentions if m.lo and m.lo == m.hi and not m.relative
               and _REVISED.search(full[max(0, m.start - 40):m.start])]
    past_abs = [m for m in mentions if m.lo and not m.relative and m.tense == "past" and m not in revised
                and m.granularity in ("day", "month") and not _hedged(full, m.start)]
    future_abs = [m for m in mentions if m.hi and not m.relative and m.tense == "future"] + revised
    lower = max(past_abs, key=lambda m: m.lo, default=None)
    upper = min(revised, key=lambda m: m.hi, default=None)
    if cand is None:
        if lower is None and upper is None:
            return Published()
        if lower and upper and lower.lo <= upper.hi:
            cand = _Days({lower.lo + timedelta(days=k) for k in range((upper.hi - lower.lo).days + 1)},
                         f"after '{lower.text}' (past tense), on or before the revision '{upper.text}'")
        elif lower:
            return Published(earliest=lower.lo.isoformat(), inferred=True,
                             evidence=f"after '{lower.text}' (mentioned in the past tense)")
        else:
            return Published(latest=upper.hi.isoformat(), inferred=True,
                             evidence=f"on or before the revision '{upper.text}'")

    if lower:
        cand.narrow(lambda d: d >= lower.lo, f"after '{lower.text}'")
    for m in future_abs:
        cand.narrow(lambda d, m=m: d <= m.hi, f"before '{m.text}' (future)")
    _weekday_constraints(full, mentions, vocab, cand)

    lo, hi = min(cand.days), max(cand.days)
    mid = lo + (hi - lo) // 2
    return Published(date=mid.isoformat(), earliest=lo.isoformat(), latest=hi.isoformat(),
                     inferred=True, evidence="; ".join(cand.notes))


def _weekday_constraints(full: str, mentions: list[_Mention], vocab: Vocab, cand: _Days) -> None:
    """Weekday and weekend mentions: hard limits first, then the recency preference."""
    ev = vocab.data["weekday_evidence"]
    max_lag, recent, wk_lag = int(ev["max_lag_days"]), int(ev["recent_lag_days"]), int(ev["weekend_past_max_lag"])
    soft: list[tuple[Callable[[date], bool], str]] = []
    seen = set()
    for m in mentions:
        norm = normalize(m.text)
        key = (norm, m.tense)
        if key in seen:
            continue
        seen.add(key)
        wm = re.fullmatch(rf"(?:on\s+)?(?P<wd>{'|'.join(vocab.weekdays)})(?:'s)?(?:\s+{vocab.part_re})?", norm)
        if wm and m.tense in ("past", "future"):
            wd = vocab.weekdays[wm["wd"]]
            if m.tense == "past":
                cand.narrow(lambda d, wd=wd: _last_weekday_lag(d, wd) <= max_lag, f"'{m.text}' in the past week")
                soft.append((lambda d, wd=wd: _last_weekday_lag(d, wd) <= recent,
                             f"'{m.text}' → a {wm['wd'].title()} at or just before publication"))
            else:  # a coming weekday may be up to six days ahead: only the hard limit
                cand.narrow(lambda d, wd=wd: (wd - d.weekday()) % 7 <= max_lag, f"'{m.text}' in the coming week")
        elif norm == "this weekend" and m.tense == "past":
            cand.narrow(lambda d: d.weekday() >= 5 or d.weekday() < wk_lag,
                        "'this weekend' (past) → published Saturday to the Tuesday after")
        elif norm == "this weekend" and m.tense == "future":
            cand.narrow(lambda d: d.weekday() < 5, "'this weekend' (future) → published before it")
    for m in re.finditer(rf"\b(today|yesterday)\s*[,(]\s*({'|'.join(vocab.weekdays)})\b", full, re.IGNORECASE):
        wd = (vocab.weekdays[m.group(2).lower()] + (1 if m.group(1).lower() == "yesterday" else 0)) % 7
        cand.narrow(lambda d, wd=wd: d.weekday() == wd, f"'{m.group(0)}'")
    if soft:
        cand.narrow(lambda d: all(f(d) for f, _ in soft), "; ".join(n for _, n in soft))


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
