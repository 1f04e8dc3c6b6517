"""Property tests for the relative date logic (hypothesis)."""
from datetime import date, timedelta

from hypothesis import given, settings, strategies as st

from wirewatch.analyze.timecalc import resolve_weekday, shift
from wirewatch.analyze.timeexpr import resolve

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
refs = st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31))
NUMBER_WORDS = {1: "one", 2: "two", 3: "three", 5: "five", 10: "ten"}


@given(refs, st.integers(0, 6))
def test_dates_properties_past_weekday_within_six_days_before(ref, wd):
    d = resolve_weekday(ref, wd, "past")
    assert d.weekday() == wd and ref - timedelta(days=6) <= d <= ref


@given(refs, st.integers(0, 6))
def test_dates_properties_future_weekday_within_six_days_after(ref, wd):
    d = resolve_weekday(ref, wd, "future")
    assert d.weekday() == wd and ref <= d <= ref + timedelta(days=6)


@given(refs)
def test_dates_properties_publication_weekday_is_the_publication_day(ref):
    for tense in ("past", "future", None):
        assert resolve_weekday(ref, ref.weekday(), tense) == ref


@given(refs, st.sampled_from(WEEKDAYS), st.sampled_from(["past", "future"]))
def test_dates_properties_weekday_text_agrees_with_calc(ref, name, tense):
    r = resolve(f"on {name.title()}", ref, tense)
    assert r.earliest == r.latest == resolve_weekday(ref, WEEKDAYS.index(name), tense)


@settings(max_examples=200)
@given(refs, st.sampled_from(sorted(NUMBER_WORDS)), st.sampled_from(["day", "week", "month", "year"]),
       st.booleans())
def test_dates_properties_ago_range_contains_exact_shift(ref, n, unit, as_word):
    count = NUMBER_WORDS[n] if as_word else str(n)
    r = resolve(f"{count} {unit}{'s' if n > 1 else ''} ago", ref, "past")
    exact = shift(ref, -n, unit)
    assert r.earliest <= exact <= r.latest
    assert r.latest <= ref


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)), refs, refs)
def test_dates_properties_absolute_dates_ignore_reference(day, ref1, ref2):
    text = f"{day.strftime('%B')} {day.day}, {day.year}"
    a, b = resolve(text, ref1, "past"), resolve(text, ref2, "future")
    assert a == b and a.earliest == a.latest == day


@given(refs, st.sampled_from(["last week", "last month", "last year", "this weekend", "yesterday"]))
def test_dates_properties_past_references_end_before_publication(ref, text):
    r = resolve(text, ref, "past")
    assert r.earliest <= r.latest <= ref
