"""Resolve one English date/time expression to a day range, relative to a reference day.

Pure and parse-free: the caller passes the tense of the governing verb ('past', 'future',
'present' or None) and, for narrative expressions ('the previous day'), an anchor day.
``resolve`` returns None for text that is not a point in time (durations such as 'two years').
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Callable, Optional

from wirewatch.analyze.timecalc import (
    Resolved, ago_range, month_span, nearest_occurrence, part_of_span, period_span,
    resolve_weekday, resolve_weekend, safe_date, shift, unresolved, year_span,
)
from wirewatch.analyze.timevocab import Vocab, load_vocab

_PART = r"(?P<part>early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|end\s+of|start\s+of)"
_QUALIFIERS = re.compile(r"^(?:about|nearly|almost|more\s+than|less\s+than|over|some|roughly|around|"
                         r"just|only|exactly|approximately|at\s+least|barely|under|precisely)\s+")
_STRIP_PREP = re.compile(r"^(?:on|in|at|since|by|until|till|during|of|from|before|after|as\s+of|for|over|throughout)\s+")


def normalize(text: str) -> str:
    """Lower-case, straighten quotes, drop abbreviation dots and outer punctuation."""
    t = text.lower().replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-").replace("\u2014", "-")
    t = re.sub(r"\b([ap])\.m\.?", r"\1m", t)
    t = re.sub(r"\b([a-z]{3,5})\.", r"\1", t)  # 'jan.' 'sept.' 'tues.'
    t = " ".join(t.split())
    return t.strip(" ,.;:()\"'")


def _part_name(raw: Optional[str]) -> Optional[str]:
    if not raw:
        return None
    return raw.split()[-2] if raw.endswith(" of") and len(raw.split()) > 1 else raw


class _Parser:
    """One resolution: text + reference + tense + anchor; tries the rules in order."""

    def __init__(self, vocab: Vocab, ref: Optional[date], tense: Optional[str], anchor: Optional[date],
                 year_hint: Optional[int] = None):
        self.v, self.ref, self.tense, self.anchor, self.year_hint = vocab, ref, tense, anchor, year_hint
        v = vocab
        mon, wd, num, unit = v.month_re, v.weekday_any_re, v.number_re, v.unit_re
        day = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
        year = r"(?P<year>\d{4})"
        self.rules: list[tuple[re.Pattern, Callable]] = [
            (re.compile(rf"(?:(?P<wd>{wd}),?\s+)?(?P<mon>{mon})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|to|through|and)\s*(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+{year})?"), self._day_range),
            (re.compile(r"(?P<y1>\d{4})\s*(?:-|to|through|and)\s*(?P<y2>\d{2,4})"), self._year_range),
            (re.compile(r"(?:(?:between|from)\s+)?(?P<a>.+?)\s+(?:and|to|until|till|through)\s+(?P<b>.+)"), self._between),
            (re.compile(r"(?P<year>\d{4})[-/](?P<mon>\d{1,2})[-/](?P<day>\d{1,2})"), self._iso),
            (re.compile(r"(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{2}|\d{4})"), self._numeric),
            (re.compile(rf"(?:(?P<wd>{wd}),?\s+)?(?:the\s+)?(?P<mon>{mon}),?\s+{day}(?:,?\s+{year})?(?:\s+(?P<tpart>{v.part_re}))?"), self._month_day),
            (re.compile(rf"(?:(?P<wd>{wd}),?\s+)?(?:the\s+)?{day}(?:\s+of)?\s+(?P<mon>{mon})(?:,?\s+{year})?"), self._month_day),
            (re.compile(rf"(?:{_PART}[\s-]+)?(?P<mon>{mon})(?:\s+of)?,?\s+{year}"), self._month_year),
            (re.compile(rf"(?:{_PART}[\s-]+)?(?P<mon>{mon})\s+(?:of\s+)?(?P<which>this|last|next)\s+year"), self._month_of_year),
            (re.compile(rf"(?:{_PART}[\s-]+)?(?P<mod>last|this|next|past|coming)?\s*(?P<mon>{v.month_full_re}|{mon}(?=$))"), self._month_only),
            (re.compile(rf"(?:the\s+)?(?:{_PART}[\s-]+)?(?:the\s+)?(?P<dec>\d{{2}}|\d{{4}}|'\d{{2}})'?s"), self._decade),
            (re.compile(rf"(?:{_PART}[\s-]+)?(?:the\s+year\s+)?{year}"), self._year),
            (re.compile(rf"(?:the\s+)?(?:{_PART}[\s-]+)?(?P<c>\d{{1,2}}(?:st|nd|rd|th)|{v.ordinal_re})\s+century"), self._century),
            (re.compile(rf"(?:{_PART}[\s-]+)?(?P<mod>last|this|next|past|coming|the)?\s*(?P<season>{v.season_re})(?:\s+(?:of\s+)?{year})?"), self._season),
            (re.compile(rf"(?P<key>{_alt_keys(v.data.get('relative_days', {}))})"), self._relative_day),
            (re.compile(rf"(?P<key>{_alt_keys(v.data.get('anchor_days', {}))})"), self._anchor_day),
            (re.compile(rf"(?P<mod>last|this|next|past|coming|the\s+previous|the\s+following|the\s+next|the\s+same|that)?\s*(?P<wd>{v.weekday_re})(?:'s)?(?:\s+(?P<tpart>{v.part_re}))?"), self._weekday),
            (re.compile(r"(?P<mod>last|this|next|past|coming|the\s+past|the\s+coming|the)\s+weekend"), self._weekend),
            (re.compile(rf"(?P<part>earlier|later|early|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|end\s+of|start\s+of|mid)?[\s-]*(?P<mod>last|this|next|the\s+previous|the\s+following|the\s+same|that)\s+(?P<unit>week|month|year|decade)"), self._period),
            (re.compile(rf"(?P<n>{num}|{v.vague_re})\s+(?P<unit>{unit})\s+(?P<dir>ago|earlier|later|before|after|from\s+now|prior)"), self._ago),
            (re.compile(rf"(?:in|within)\s+(?P<n>{num}|{v.vague_re})\s+(?P<unit>{unit})(?:'s?\s+time)?"), self._in_future),
            (re.compile(rf"(?:in|over|during|within|for)?\s*(?:the\s+)?(?P<mod>past|last|previous|next|coming|recent)\s+(?:few\s+)?(?:(?P<n>{num}|{v.vague_re})\s+)?(?P<unit>{unit})"), self._window),
        ]

    # --- helpers ------------------------------------------------------------------------------
    def _need_ref(self, granularity: str) -> Optional[Resolved]:
        return None if self.ref is not None else unresolved(granularity, relative=True)

    def _span(self, lo: date, hi: date, granularity: str, relative: bool) -> Resolved:
        return Resolved(lo, hi, granularity, relative)

    def _year_of(self, raw: Optional[str]) -> Optional[int]:
        if raw is None:
            return None
        y = int(raw)
        return y if y >= 100 else (2000 + y if y <= 69 else 1900 + y)

    # --- absolute -----------------------------------------------------------------------------
    def _iso(self, m) -> Optional[Resolved]:
        d = safe_date(int(m["year"]), int(m["mon"]), int(m["day"]))
        return self._span(d, d, "day", False) if d else None

    def _numeric(self, m) -> Optional[Resolved]:
        a, b, y = int(m["m"]), int(m["d"]), self._year_of(m["y"])
        mon, day = (a, b) if a <= 12 else (b, a)  # US order unless impossible
        d = safe_date(y, mon, day)
        return self._span(d, d, "day", False) if d else None

    def _month_day(self, m) -> Optional[Resolved]:
        mon, day = self.v.months[m["mon"]], int(m["day"])
        if m["year"]:
            d = safe_date(int(m["year"]), mon, day)
            return self._span(d, d, "day", False) if d else None
        if self.year_hint and not m["wd"]:
            d = safe_date(self.year_hint, mon, day)
            return self._span(d, d, "day", True) if d else None
        wd = m["wd"]
        if wd:  # a weekday fixes the year: the nearest year in which that day has that weekday
            want = self.v.weekdays.get(wd, self.v.weekday_abbr.get(wd))
            base = self.year_hint or (self.ref.year if self.ref else None)
            if base is not None:
                for k in (0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6):
                    d = safe_date(base + k, mon, day)
                    if d and d.weekday() == want:
                        return self._span(d, d, "day", True)
        if self.ref is None:
            return unresolved("day")
        lo, _ = nearest_occurrence(self.ref, lambda y: (lambda d: (d, d) if d else None)(safe_date(y, mon, day)), self.tense)
        return self._span(lo, lo, "day", True)

    def _day_range(self, m) -> Optional[Resolved]:
        mon, d1, d2 = self.v.months[m["mon"]], int(m["d1"]), int(m["d2"])
        if d2 < d1:
            return None
        if m["year"]:
            y = int(m["year"])
        elif self.year_hint:
            y = self.year_hint
        elif self.ref is not None:
            y = nearest_occurrence(self.ref, lambda yy: (date(yy, mon, 1), date(yy, mon, 28)), self.tense)[0].year
        else:
            return unresolved("range")
        a, b = safe_date(y, mon, d1), safe_date(y, mon, d2)
        return self._span(a, b, "range", not m["year"]) if a and b else None

    def _year_range(self, m) -> Optional[Resolved]:
        y1, raw2 = int(m["y1"]), m["y2"]
        y2 = int(raw2) if len(raw2) == 4 else (y1 // 100) * 100 + int(raw2)
        if not (1000 <= y1 <= y2 <= 2999):
            return None
        return self._span(date(y1, 1, 1), date(y2, 12, 31), "range", False)

    def _between(self, m) -> Optional[Resolved]:
        b = self.resolve(m["b"])
        a = self.resolve(m["a"])
        if b is not None and b.resolved and not b.relative and (a is None or a.relative) \
                and not re.search(r"\d{4}", m["a"]):
            a = self.resolve(f"{m['a']} {b.earliest.year}")  # 'between March and May 2020'
        if a is None or b is None or not a.resolved or not b.resolved:
            return None
        if a.earliest > b.latest and a.earliest.year == b.latest.year + 0 and not a.relative:
            return None
        return self._span(a.earliest, b.latest, "range", a.relative or b.relative)

    def _month_year(self, m) -> Optional[Resolved]:
        lo, hi = month_span(int(m["year"]), self.v.months[m["mon"]])
        part = _part_name(m["part"])
        lo, hi = part_of_span(lo, hi, part)
        return self._span(lo, hi, "range" if part else "month", False)

    def _month_of_year(self, m) -> Optional[Resolved]:
        if (nr := self._need_ref("month")) is not None:
            return nr
        y = self.ref.year + {"this": 0, "last": -1, "next": 1}[m["which"]]
        lo, hi = month_span(y, self.v.months[m["mon"]])
        part = _part_name(m["part"])
        lo, hi = part_of_span(lo, hi, part)
        return self._span(lo, hi, "range" if part else "month", True)

    def _month_only(self, m) -> Optional[Resolved]:
        mon = self.v.months[m["mon"]]
        if mon == 5 and not (m["part"] or m["mod"]) and self.tense is None:
            return None  # a bare 'may' is far more often the verb
        mod = m["mod"]
        if not (self.year_hint and not mod) and (nr := self._need_ref("month")) is not None:
            return nr
        if self.year_hint and not mod:
            lo, hi = month_span(self.year_hint, mon)
        elif mod == "last":
            lo, hi = nearest_occurrence(self.ref, lambda y: month_span(y, mon), "past")
            if lo.year == self.ref.year and lo.month == self.ref.month:
                lo, hi = month_span(self.ref.year - 1, mon)
        elif mod in ("next", "coming"):
            lo, hi = nearest_occurrence(self.ref, lambda y: month_span(y, mon), "future")
            if lo.month == self.ref.month and lo.year == self.ref.year:
                lo, hi = month_span(self.ref.year + 1, mon)
        elif mod == "this":
            lo, hi = month_span(self.ref.year, mon)
        else:
            lo, hi = nearest_occurrence(self.ref, lambda y: month_span(y, mon), self.tense)
        part = _part_name(m["part"])
        lo, hi = part_of_span(lo, hi, part)
        return self._span(lo, hi, "range" if part else "month", True)

    def _decade(self, m) -> Optional[Resolved]:
        raw = m["dec"].lstrip("'")
        if len(raw) == 2 and not (m["dec"].startswith("'") or m.group(0).startswith("the")):
            return None  # 'in her 80s' is an age
        if len(raw) == 2:
            yy = int(raw)
            if yy % 10:
                return None
            cur = (self.ref or date.today()).year % 100
            start = (2000 if yy <= cur - cur % 10 else 1900) + yy
        else:
            start = int(raw)
            if start % 10:
                return None
        span = 100 if start % 100 == 0 and len(raw) == 4 and start < 2000 else 10  # 'the 1800s'
        lo, hi = part_of_span(date(start, 1, 1), date(start + span - 1, 12, 31), _part_name(m["part"]))
        return self._span(lo, hi, "century" if span == 100 else "decade", False)

    def _century(self, m) -> Optional[Resolved]:
        n = self.v.ordinal(m["c"])
        if not n or n > 30:
            return None
        # the casual reading: the 20th century is 1900-1999, like 'the 1900s'
        lo, hi = part_of_span(date(max(1, 100 * (n - 1)), 1, 1), date(100 * n - 1, 12, 31), _part_name(m["part"]))
        return self._span(lo, hi, "century", False)

    def _year(self, m) -> Optional[Resolved]:
        y = int(m["year"])
        if not 1000 <= y <= 2100:
            return None
        part = _part_name(m["part"])
        lo, hi = part_of_span(*year_span(y), part)
        return self._span(lo, hi, "range" if part else "year", False)

    def _season(self, m) -> Optional[Resolved]:
        first, last = self.v.data["seasons"][m["season"]]

        def make(y: int):
            end_year = y + 1 if last < first else y
            return month_span(y, first)[0], month_span(end_year, last)[1]
        if m["year"]:
            lo, hi = make(int(m["year"]))
            relative = False
        elif not (m["mod"] or m["part"]):
            return unresolved("range")  # a bare 'winter' is as often a kind ('winter wheat')
        else:
            if (nr := self._need_ref("range")) is not None:
                return nr
            mod = m["mod"]
            tense = {"last": "past", "past": "past", "next": "future", "coming": "future"}.get(mod, self.tense)
            lo, hi = nearest_occurrence(self.ref, make, tense)
            if mod == "last" and lo <= self.ref <= hi:
                lo, hi = make(lo.year - 1)
            relative = True
        lo, hi = part_of_span(lo, hi, _part_name(m["part"]))
        return self._span(lo, hi, "range", relative)

    # --- relative -----------------------------------------------------------------------------
    def _relative_day(self, m) -> Optional[Resolved]:
        if (nr := self._need_ref("day")) is not None:
            return nr
        key = " ".join(m["key"].split())
        d = self.ref + timedelta(days=int(self.v.data["relative_days"][key]))
        return self._span(d, d, "day", True)

    def _anchor_day(self, m) -> Optional[Resolved]:
        if self.anchor is None:
            return unresolved("day")
        key = " ".join(m["key"].split())
        d = self.anchor + timedelta(days=int(self.v.data["anchor_days"][key]))
        return self._span(d, d, "day", True)

    def _weekday(self, m) -> Optional[Resolved]:
        wd = self.v.weekdays[m["wd"]]
        mod = (m["mod"] or "").split()[-1] if m["mod"] else None
        if mod in ("previous", "following", "same") or m["mod"] == "the next" or mod == "that":
            base = self.anchor
            if base is None:
                return unresolved("day")
            tense = "future" if mod in ("following", "next") else "past" if mod == "previous" else None
            d = resolve_weekday(base, wd, tense, {"previous": "last", "following": "next", "next": "next"}.get(mod))
            return self._span(d, d, "day", True)
        if (nr := self._need_ref("day")) is not None:
            return nr
        d = resolve_weekday(self.ref, wd, self.tense, mod if mod in ("last", "next", "coming", "this") else None)
        if mod == "past":
            d = resolve_weekday(self.ref, wd, "past", "last")
        return self._span(d, d, "day", True)

    def _weekend(self, m) -> Optional[Resolved]:
        if (nr := self._need_ref("weekend")) is not None:
            return nr
        mod = m["mod"].split()[-1]
        mod = {"past": "last", "the": "this"}.get(mod, mod)
        lo, hi = resolve_weekend(self.ref, self.tense, mod)
        return self._span(lo, hi, "weekend", True)

    def _period(self, m) -> Optional[Resolved]:
        mod, unit = " ".join(m["mod"].split()), m["unit"]
        part = _part_name(m["part"])
        if mod in ("the previous", "the following", "the same", "that"):
            base = self.anchor
            if base is None:
                return unresolved(unit)
            offset = {"the previous": -1, "the following": 1}.get(mod, 0)
        else:
            if (nr := self._need_ref(unit)) is not None:
                return nr
            base, offset = self.ref, {"last": -1, "this": 0, "next": 1}[mod]
        lo, hi = period_span(base, unit, offset)
        if part == "earlier" and offset == 0:
            hi = min(hi, base)
        elif part == "later" and offset == 0:
            lo = max(lo, base)
        elif part:
            lo, hi = part_of_span(lo, hi, part)
        return self._span(lo, hi, unit if not part else "range", True)

    def _count(self, raw: str) -> tuple[int, int]:
        raw = " ".join(raw.split())
        if raw in self.v.vague:
            return self.v.vague[raw]
        n = self.v.number(raw)
        return (n, n) if n is not None else (1, 1)

    def _ago(self, m) -> Optional[Resolved]:
        unit = self.v.units[m["unit"]]
        low, high = self._count(m["n"])
        direction = m["dir"]
        slack = int(self.v.data["ago_slack_days"].get(unit, 0))
        if direction in ("ago", "from now"):
            if (nr := self._need_ref(unit)) is not None:
                return nr
            base, sign = self.ref, -1 if direction == "ago" else 1
        else:  # 'two days later' / 'a year earlier': relative to the narrative anchor
            if self.anchor is None:
                return unresolved(unit)
            base, sign = self.anchor, -1 if direction in ("earlier", "before", "prior") else 1
        lo, hi = ago_range(base, low, high, unit, slack, sign)
        return self._span(lo, hi, unit, True)

    def _in_future(self, m) -> Optional[Resolved]:
        if self.tense != "future":
            return None  # 'for the first time in two years' is a duration
        unit = self.v.units[m["unit"]]
        if (nr := self._need_ref(unit)) is not None:
            return nr
        low, high = self._count(m["n"])
        lo, hi = ago_range(self.ref, low, high, unit, int(self.v.data["ago_slack_days"].get(unit, 0)), 1)
        return self._span(lo, hi, unit, True)

    def _window(self, m) -> Optional[Resolved]:
        unit, mod = self.v.units[m["unit"]], m["mod"]
        if (nr := self._need_ref("range")) is not None:
            return nr
        plural = m["unit"].endswith("s")  # 'the coming weeks', 'in recent days': a few units
        low, high = self._count(m["n"]) if m["n"] else ((2, 4) if mod == "recent" or plural else (1, 1))
        if mod in ("next", "coming"):
            return self._span(self.ref, shift(self.ref, high, unit), "range", True)
        return self._span(shift(self.ref, -high, unit), self.ref, "range", True)

    # --- entry --------------------------------------------------------------------------------
    def resolve(self, text: str) -> Optional[Resolved]:
        t = normalize(text)
        for lead in self.v.data.get("lead_ins", []):
            if t.startswith(lead + " "):
                t = t[len(lead) + 1:]
        t = _QUALIFIERS.sub("", t)
        if re.fullmatch(rf"(?:(?:in|within)\s+)?(?:{self.v.number_re}|{self.v.vague_re})\s+{self.v.unit_re}(?:'s?\s+time)?", t) \
                and self.tense == "future" and t.startswith(("in ", "within ")):
            pass  # 'in two weeks' (future) is handled by a rule below
        else:
            t = _STRIP_PREP.sub("", t)
        t = _QUALIFIERS.sub("", t)
        for rx, handler in self.rules:
            m = rx.fullmatch(t)
            if m:
                out = handler(m)
                if out is not None:
                    return out
        clock = re.fullmatch(r"(?:(?P<day>.+?)\s+(?:at\s+)?)?(?:\d{1,2}(?::\d{2})?\s*(?:am|pm)|\d{1,2}:\d{2}|noon|midday|midnight|dawn|dusk)(?:\s+(?:local\s+time|gmt|utc|[a-z]{2,4}t))?(?:\s+(?:on\s+)?(?P<day2>.+))?", t)
        if clock:
            day_text = clock["day"] or clock["day2"]
            if day_text:
                inner = self.resolve(day_text)
                if inner is not None and inner.resolved:
                    return Resolved(inner.earliest, inner.latest, "time", inner.relative)
            return unresolved("time")
        if _is_duration(t, self.v):
            return None
        return unresolved("unknown")


def _alt_keys(mapping) -> str:
    return "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(mapping, key=len, reverse=True)) or "(?!)"


def _is_duration(t: str, v: Vocab) -> bool:
    """'two years', 'a few weeks', 'the two-year', '57 years old', 'daily' are not points in time."""
    if t in v.data.get("not_dates", []) or not re.search(r"[a-z]", t):
        return True  # bare numbers ('aged 61', table cells) are ages or counts
    if re.search(r"\b(?:seconds?|minutes?|hours?|periods?|innings|laps?)$", t):
        return True  # clock durations and game periods
    if re.search(r"\bold\b|\baged?\b|-old\b|\bannual|\bevery\b|\beach\b|\bper\b", t):
        return True
    num = rf"(?:{v.number_re}|{v.vague_re}|\d[\d,]*(?:\.\d+)?|\d+-\d/\d)"
    if re.fullmatch(rf"(?:the\s+)?(?:{num}\s+(?:or\s+{num}\s+)?)?(?:more\s+|full\s+|long\s+)?{v.unit_re}(?:\s+and\s+a\s+half)?", t):
        return True
    if re.search(rf"\b{num}-{v.unit_re}", t) and not re.search(r"\bago\b", t):
        return True
    if re.fullmatch(r"(?:nearly\s+|almost\s+|over\s+|more\s+than\s+)?(?:a\s+)?(?:half|quarter)(?:\s+a)?\s+(?:century|decade)", t):
        return True
    return False


def resolve(text: str, ref: Optional[date], tense: Optional[str] = None, anchor: Optional[date] = None,
            vocab: Optional[Vocab] = None, year_hint: Optional[int] = None) -> Optional[Resolved]:
    """Resolve a date expression against the reference day; None when it is not a point in time.

    ``year_hint`` is the year the context gives a yearless date ('On Nov. 15, 2019 ... On Nov. 18').
    """
    try:
        return _Parser(vocab or load_vocab(), ref, tense, anchor, year_hint).resolve(text)
    except (ValueError, OverflowError):  # arithmetic past year 1 or 9999 (bad reference days)
        return unresolved("unknown")
