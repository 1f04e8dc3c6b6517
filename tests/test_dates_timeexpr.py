"""timeexpr.resolve: absolute formats, relative expressions, durations and unresolvable text."""
from datetime import date

import pytest

from wirewatch.analyze.timeexpr import resolve

MON = date(2022, 1, 3)  # a Monday
WED = date(2022, 1, 5)

CASES = [
    # text, ref, tense, earliest, latest, granularity
    ("March 14, 2019", MON, None, "2019-03-14", "2019-03-14", "day"),
    ("14 March 2019", MON, None, "2019-03-14", "2019-03-14", "day"),
    ("the 14th of March, 2019", MON, None, "2019-03-14", "2019-03-14", "day"),
    ("Sept. 9, 2001", MON, None, "2001-09-09", "2001-09-09", "day"),
    ("2019-03-14", MON, None, "2019-03-14", "2019-03-14", "day"),
    ("3/14/2019", MON, None, "2019-03-14", "2019-03-14", "day"),
    ("14/3/2019", MON, None, "2019-03-14", "2019-03-14", "day"),
    ("in October 2018", MON, None, "2018-10-01", "2018-10-31", "month"),
    ("in 2017", MON, None, "2017-01-01", "2017-12-31", "year"),
    ("the 1980s", MON, None, "1980-01-01", "1989-12-31", "decade"),
    ("Oct 3-6, 2018", MON, None, "2018-10-03", "2018-10-06", "range"),
    ("2015-2017", MON, None, "2015-01-01", "2017-12-31", "range"),
    ("between June and August 2016", MON, None, "2016-06-01", "2016-08-31", "range"),
    ("summer 2016", MON, None, "2016-06-01", "2016-08-31", "range"),
    ("yesterday", MON, None, "2022-01-02", "2022-01-02", "day"),
    ("today", MON, None, "2022-01-03", "2022-01-03", "day"),
    ("tomorrow", MON, "future", "2022-01-04", "2022-01-04", "day"),
    ("on Monday", MON, "past", "2022-01-03", "2022-01-03", "day"),
    ("on Monday", MON, "future", "2022-01-03", "2022-01-03", "day"),
    ("on Friday", WED, "past", "2021-12-31", "2021-12-31", "day"),
    ("on Friday", WED, "future", "2022-01-07", "2022-01-07", "day"),
    ("next Tuesday", MON, "future", "2022-01-11", "2022-01-11", "day"),
    ("next Tuesday", date(2022, 1, 6), "future", "2022-01-11", "2022-01-11", "day"),
    ("last Tuesday", WED, "past", "2021-12-28", "2021-12-28", "day"),
    ("last Friday", MON, "past", "2021-12-31", "2021-12-31", "day"),
    ("the 14th century", MON, None, "1300-01-01", "1399-12-31", "century"),
    ("the 1800s", MON, None, "1800-01-01", "1899-12-31", "century"),
    ("the summer", MON, "future", "2022-06-01", "2022-08-31", "range"),
    ("last Monday", MON, "past", "2021-12-27", "2021-12-27", "day"),
    ("Sunday night", WED, "past", "2022-01-02", "2022-01-02", "day"),
    ("this weekend", MON, "past", "2022-01-01", "2022-01-02", "weekend"),
    ("this weekend", WED, "future", "2022-01-08", "2022-01-09", "weekend"),
    ("last week", WED, "past", "2021-12-27", "2022-01-02", "week"),
    ("last month", WED, "past", "2021-12-01", "2021-12-31", "month"),
    ("last year", WED, "past", "2021-01-01", "2021-12-31", "year"),
    ("next month", WED, "future", "2022-02-01", "2022-02-28", "month"),
    ("earlier this month", WED, "past", "2022-01-01", "2022-01-05", "range"),
    ("in January", date(2022, 3, 10), "past", "2022-01-01", "2022-01-31", "month"),
    ("in November", date(2022, 3, 10), "past", "2021-11-01", "2021-11-30", "month"),
    ("in November", date(2022, 3, 10), "future", "2022-11-01", "2022-11-30", "month"),
    ("March 20", date(2022, 3, 10), "future", "2022-03-20", "2022-03-20", "day"),
    ("March 20", date(2022, 3, 10), "past", "2021-03-20", "2021-03-20", "day"),
    ("Friday, Dec. 31", MON, None, "2021-12-31", "2021-12-31", "day"),
    ("3 p.m. Friday", WED, "past", "2021-12-31", "2021-12-31", "time"),
    ("the past two weeks", WED, None, "2021-12-22", "2022-01-05", "range"),
]


@pytest.mark.parametrize("text,ref,tense,lo,hi,gran", CASES)
def test_dates_timeexpr_resolves(text, ref, tense, lo, hi, gran):
    r = resolve(text, ref, tense)
    assert r is not None
    assert (r.earliest.isoformat(), r.latest.isoformat(), r.granularity) == (lo, hi, gran)


def test_dates_timeexpr_ago_is_a_range_around_the_shift():
    r = resolve("two years ago", MON, "past")
    assert r.earliest < date(2020, 1, 3) < r.latest
    assert date(2019, 11, 15) <= r.earliest and r.latest <= date(2020, 2, 20)
    r = resolve("as recently as a month ago", MON, "past")
    assert r.earliest <= date(2021, 12, 3) <= r.latest
    assert (r.latest - r.earliest).days <= 35


def test_dates_timeexpr_vaguer_amounts_give_wider_ranges():
    two = resolve("two years ago", MON)
    ten = resolve("ten years ago", MON)
    assert (ten.latest - ten.earliest) > (two.latest - two.earliest)


@pytest.mark.parametrize("text", ["two years", "for two years", "a two-year truce", "57 years old",
                                  "each year", "more than a year", "daily", "several weeks",
                                  "about 3.5 seconds", "two hours", "5040 5"])
def test_dates_timeexpr_durations_are_not_dates(text):
    assert resolve(text, MON) is None


@pytest.mark.parametrize("text", ["recently", "the height of the pandemic", "Ramadan"])
def test_dates_timeexpr_unresolvable_keeps_null_bounds(text):
    r = resolve(text, MON)
    assert r is not None and r.earliest is None and r.latest is None


def test_dates_timeexpr_without_reference_only_absolute_resolves():
    assert resolve("January 3, 2020", None).earliest == date(2020, 1, 3)
    for text in ("yesterday", "on Monday", "two years ago", "last year", "this weekend"):
        r = resolve(text, None, "past")
        assert r is not None and r.earliest is None and r.latest is None, text


def test_dates_timeexpr_narrative_anchor():
    anchor = date(2021, 12, 31)
    assert resolve("the previous day", MON, None, anchor).earliest == date(2021, 12, 30)
    assert resolve("two days later", MON, None, anchor).earliest == date(2022, 1, 2)
    assert resolve("the previous day", MON, None, None).earliest is None


def test_dates_timeexpr_in_n_units_only_when_future():
    assert resolve("in two weeks", MON, "future").earliest > MON
    assert resolve("in two weeks", MON, "past") is None
