"""Pure calendar arithmetic for date expressions: shifts, periods and weekday resolution."""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Optional



@dataclass(frozen=True, slots=True)
class Resolved:
    """What a date expression denotes: an inclusive day range (None bounds when unresolvable)."""

    earliest: Optional[date]
    latest: Optional[date]
    granularity: str
    relative: bool = False  # needed the publication date (or an anchor) to resolve

    @property
    def resolved(self) -> bool:
        return self.earliest is not None and self.latest is not None


def unresolved(granularity: str = "unknown", relative: bool = True) -> Resolved:
    """A date expression kept without bounds (never guessed)."""
    return Resolved(None, None, granularity, relative)


def add_months(day: date, n: int) -> date:
    """Shift by calendar months, clamping the day to the target month's length."""
    y, m = divmod(day.month - 1 + n, 12)
    year, month = day.year + y, m + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def shift(day: date, n: int, unit: str) -> date:
    """Move ``day`` by ``n`` units (negative = back in time), calendar-aware for months and years."""
    if unit == "day":
        return day + timedelta(days=n)
    if unit == "week":
        return day + timedelta(weeks=n)
    if unit == "fortnight":
        return day + timedelta(weeks=2 * n)
    if unit == "month":
        return add_months(day, n)
    if unit == "year":
        return add_months(day, 12 * n)
    if unit == "decade":
        return add_months(day, 120 * n)
    raise ValueError(f"unknown unit {unit!r}")


def month_span(year: int, month: int) -> tuple[date, date]:
    """First and last day of a month."""
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def year_span(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def week_span(day: date) -> tuple[date, date]:
    """Monday..Sunday of the week containing ``day``."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def period_span(ref: date, unit: str, offset: int) -> tuple[date, date]:
    """The calendar period (week/month/year/decade) ``offset`` periods from the one holding ``ref``."""
    if unit in ("week", "fortnight"):
        start, _ = week_span(ref)
        start += timedelta(weeks=offset)
        return start, start + timedelta(days=6)
    if unit == "month":
        first = add_months(ref.replace(day=1), offset)
        return month_span(first.year, first.month)
    if unit == "year":
        return year_span(ref.year + offset)
    if unit == "decade":
        base = ref.year - ref.year % 10 + 10 * offset
        return date(base, 1, 1), date(base + 9, 12, 31)
    if unit == "day":
        d = ref + timedelta(days=offset)
        return d, d
    raise ValueError(f"unknown unit {unit!r}")


def weekday_at_or_before(ref: date, weekday: int, strict: bool = False) -> date:
    """The latest day with this weekday at or before ``ref`` (strictly before when ``strict``)."""
    back = (ref.weekday() - weekday) % 7
    if strict and back == 0:
        back = 7
    return ref - timedelta(days=back)


def weekday_at_or_after(ref: date, weekday: int, strict: bool = False) -> date:
    """The earliest day with this weekday at or after ``ref`` (strictly after when ``strict``)."""
    ahead = (weekday - ref.weekday()) % 7
    if strict and ahead == 0:
        ahead = 7
    return ref + timedelta(days=ahead)


def resolve_weekday(ref: date, weekday: int, tense: Optional[str], modifier: Optional[str] = None) -> date:
    """A weekday reference: past -> latest at/before ref, future -> earliest at/after, else nearest.

    'last'/'next' name the day in the previous/next calendar week (news writes 'on Tuesday' for
    this week's, and 'yesterday', not 'last Tuesday', for the day before a Wednesday);
    'coming' is the first one after ref; 'this' picks the one in ref's week.
    """
    if modifier == "last":
        return week_span(ref)[0] - timedelta(days=7 - weekday)
    if modifier == "next":
        return week_span(ref)[0] + timedelta(days=7 + weekday)
    if modifier == "coming":
        return weekday_at_or_after(ref, weekday, strict=True)
    if modifier == "this":
        return week_span(ref)[0] + timedelta(days=weekday)
    if tense == "future":
        return weekday_at_or_after(ref, weekday)
    if tense == "past":
        return weekday_at_or_before(ref, weekday)
    before, after = weekday_at_or_before(ref, weekday), weekday_at_or_after(ref, weekday)
    return before if (ref - before) <= (after - ref) else after


def resolve_weekend(ref: date, tense: Optional[str], modifier: Optional[str] = "this") -> tuple[date, date]:
    """Saturday..Sunday: 'this weekend' is the one just past (past tense) or coming (future)."""
    if ref.weekday() >= 5 and modifier == "this":
        sat = ref - timedelta(days=ref.weekday() - 5)
        if tense == "past":  # said on the Saturday, a past event cannot be on the Sunday yet
            return sat, ref
        if tense == "future":
            return ref, sat + timedelta(days=1)
        return sat, sat + timedelta(days=1)
    last_sat = weekday_at_or_before(ref, 5, strict=True)
    next_sat = weekday_at_or_after(ref, 5, strict=True)
    if modifier == "last":
        sat = last_sat
    elif modifier in ("next", "coming"):
        sat = next_sat
    elif tense == "past":
        sat = last_sat
    elif tense == "future":
        sat = next_sat
    else:  # present/unknown: the nearer one (Monday/Tuesday look back)
        sat = last_sat if ref.weekday() <= 1 else next_sat
    return sat, sat + timedelta(days=1)


def ago_range(ref: date, low: int, high: int, unit: str, slack_days: int, direction: int = -1) -> tuple[date, date]:
    """Range for 'N units ago' (direction -1) or 'in N units' (+1): the exact shift +- slack.

    The slack grows with N/2 so that 'ten years ago' is vaguer than 'two years ago'.
    """
    widen = timedelta(days=slack_days * max(1, (high + 1) // 2))
    a, b = shift(ref, direction * low, unit), shift(ref, direction * high, unit)
    lo, hi = min(a, b), max(a, b)
    return lo - widen, hi + widen


def part_of_span(lo: date, hi: date, part: Optional[str]) -> tuple[date, date]:
    """Early/mid/late (thirds) or end/beginning of a span."""
    if not part:
        return lo, hi
    n = (hi - lo).days + 1
    third = max(n // 3, 1)
    sixth = max(n // 6, 1)
    if part in ("beginning", "start"):
        return lo, lo + timedelta(days=sixth - 1)
    if part == "end":
        return hi - timedelta(days=sixth - 1), hi
    if part == "early":
        return lo, lo + timedelta(days=third - 1)
    if part in ("mid", "middle"):
        return lo + timedelta(days=third), hi - timedelta(days=third)
    if part == "late":
        return hi - timedelta(days=third - 1), hi
    if part == "earlier":
        return lo, hi
    return lo, hi


def nearest_occurrence(ref: date, make, tense: Optional[str]) -> tuple[date, date]:
    """Pick the year for a yearless date/month: the last one started by ref (past), the next one
    not yet over (future), else the one nearest to ref. ``make(year)`` returns a (lo, hi) span."""
    spans = [make(ref.year + k) for k in (-1, 0, 1)]
    spans = [s for s in spans if s is not None]
    if tense == "past":
        ok = [s for s in spans if s[0] <= ref]
        return ok[-1] if ok else spans[0]
    if tense == "future":
        ok = [s for s in spans if s[1] >= ref]
        return ok[0] if ok else spans[-1]

    def dist(s):
        return 0 if s[0] <= ref <= s[1] else min(abs((s[0] - ref).days), abs((s[1] - ref).days))
    return min(spans, key=dist)


def safe_date(year: int, month: int, day: int) -> Optional[date]:
    try:
        return date(year, month, day)
    except ValueError:
        return None
