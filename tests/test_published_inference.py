"""Publication-date inference from short texts written for these tests."""
import time
from datetime import date, timedelta

import pytest

from wirewatch.extract.published import infer_published
from wirewatch.record import Published

ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]


def _infer(text, title=None):
    return infer_published(text, title, text.split("\n\n"))


def _inside(pub, lo, hi):
    return pub.earliest and pub.latest and lo <= pub.earliest <= pub.date <= pub.latest <= hi


def test_published_title_anniversary_plus_event_date():
    pub = _infer("Families laid flowers at the quay. The fire broke out at the harbour on August 4, 2020, "
                 "and burned for a day.", "Vigil marks first anniversary of harbour fire")
    assert pub.inferred and pub.date == "2021-08-04"
    assert _inside(pub, "2021-08-01", "2021-08-07")
    assert "anniversary" in pub.evidence and "2020-08-04" in pub.evidence


@pytest.mark.parametrize("n", range(1, 11))
def test_published_anniversary_ordinals(n):
    word = ORDINALS[n - 1]
    pub = _infer(f"Residents remember the flood on its {word} anniversary. "
                 f"The flood swept through the valley on June 1, 2010, destroying homes.")
    assert pub.date == f"{2010 + n}-06-01"


@pytest.mark.parametrize("n", [2, 3, 7])
def test_published_numeric_ordinals_in_title(n):
    suffix = {2: "nd", 3: "rd"}.get(n, "th")
    pub = _infer("Crowds filled the square where the tower fell on 12 March 2011, witnesses said.",
                 f"City marks {n}{suffix} anniversary of tower collapse")
    assert pub.date == f"{2011 + n}-03-12"


def test_published_years_since():
    pub = _infer("It has been one year since the dam burst. The dam burst on 12 March 2019 after heavy rain.")
    assert pub.date == "2020-03-12"


def test_published_comes_a_year_after():
    pub = _infer("The verdict comes a year after the riots. The riots erupted on May 20, 2020, in the capital.")
    assert pub.date == "2021-05-20"


def test_published_year_after_in_a_past_story_is_not_an_anniversary():
    pub = _infer("The museum reopened more than a year after the earthquake. "
                 "The earthquake struck on April 2, 2016, officials said.")
    assert pub.date is None


def test_published_weekday_mentions_narrow_the_window():
    text = ("Mourners gathered this weekend to mark the second anniversary of the mine blast. "
            "The mine blast killed nine workers on October 12, 2019. "
            "The union said on Monday that safety rules were still ignored, and the minister visited on Sunday.")
    pub = _infer(text)
    # anniversary 2021-10-12 is a Tuesday; 'this weekend' (past) and a recent Monday and Sunday
    assert _inside(pub, "2021-10-09", "2021-10-12")
    assert "Monday" in pub.evidence


def test_published_today_and_explicit_date():
    pub = _infer("Talks resumed yesterday, January 2, 2022, after a long pause, diplomats said.")
    assert (pub.date, pub.earliest, pub.latest) == ("2022-01-03",) * 3


def test_published_today_with_weekday_fixes_the_day():
    text = ("Today, Thursday, the city remembers the first anniversary of the blast. "
            "The blast tore through the depot on March 10, 2020.")
    pub = _infer(text)
    assert pub.date == "2021-03-11" and date.fromisoformat(pub.date).weekday() == 3


def test_published_weekday_given_with_date():
    pub = _infer("Ministers met on Monday, January 10, 2022, and agreed a plan, the office said.")
    assert _inside(pub, "2022-01-10", "2022-01-16")


def test_published_n_years_ago_with_event_date():
    pub = _infer("The levee failed three years ago, flooding the town. The levee failed on 5 May 2017 "
                 "after a week of storms.")
    assert pub.earliest <= "2020-05-05" <= pub.latest
    assert (date.fromisoformat(pub.latest) - date.fromisoformat(pub.earliest)) <= timedelta(days=130)


def test_published_previous_anniversary_is_not_the_event():
    text = ("Veterans marked the third anniversary of the ferry sinking. The ferry sank on July 7, 2015. "
            "A memorial to the ferry sinking was unveiled on July 9, 2016.")
    pub = _infer(text)
    assert pub.date == "2018-07-07"


def test_published_no_evidence_gives_nulls():
    pub = _infer("The council approved a new budget. Critics said it favoured the suburbs.")
    assert pub == Published()


def test_published_weekday_alone_invents_nothing():
    pub = _infer("The council approved a new budget on Tuesday, officials said.")
    assert pub.date is None and pub.latest is None


def test_published_past_event_is_only_a_lower_bound():
    pub = _infer("The bridge collapsed on March 3, 2015, killing four people.")
    assert pub.date is None and pub.latest is None
    assert pub.earliest == "2015-03-03" and pub.inferred


def test_published_future_dates_are_not_used():
    pub = _infer("The summit will take place on June 5, 2031, organisers said.")
    assert pub == Published()


def test_published_future_date_caps_the_range():
    text = ("Survivors held a service for the fifth anniversary of the crash. The plane crashed on "
            "May 1, 2016. A report will be released on May 2, 2021.")
    pub = _infer(text)
    assert pub.latest <= "2021-05-02" and pub.earliest <= "2021-05-01" <= pub.latest
    assert "future" in pub.evidence


def test_published_is_fast():
    text = ("Mourners gathered this weekend to mark the second anniversary of the mine blast. "
            "The mine blast killed nine workers on October 12, 2019. " * 20)
    start = time.perf_counter()
    for _ in range(20):
        infer_published(text, "Second anniversary of mine blast", [text])
    assert (time.perf_counter() - start) / 20 < 0.2


from hypothesis import given, settings, strategies as st  # noqa: E402


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2060, 12, 31)), st.integers(1, 10))
def test_published_anniversary_property(event, n):
    text = (f"Crowds marked the {ORDINALS[n - 1]} anniversary of the bridge collapse. "
            f"The bridge collapse happened on {event.strftime('%B')} {event.day}, {event.year}.")
    pub = _infer(text)
    try:
        expected = event.replace(year=event.year + n)
    except ValueError:  # 29 February
        expected = event.replace(year=event.year + n, day=28)
    lo, hi = date.fromisoformat(pub.earliest), date.fromisoformat(pub.latest)
    assert lo <= expected <= hi and (hi - lo).days <= 8


def test_published_dateline_in_text():
    pub = _infer("HARBOURTOWN | Tuesday, 4 May 2021\n\nDockers walked out on Monday over pay.")
    assert (pub.date, pub.earliest, pub.latest) == ("2021-05-04",) * 3 and "dateline" in pub.evidence


def test_published_revision_note_is_an_upper_bound():
    pub = _infer("The mayor resigned on 3 May 2021, aides said.\n\nThis article was amended on 5 May 2021.")
    assert (pub.earliest, pub.latest) == ("2021-05-03", "2021-05-05")
    pub = _infer("Updated June 9, 2021\n\nThe council met on Tuesday to discuss the budget.")
    assert pub.latest == "2021-06-09" and pub.earliest is None and pub.date is None


def test_published_timeline_dates_are_not_datelines():
    text = ("How the crisis unfolded.\n\nMarch 2, 2020\n\nThe first case was confirmed.\n\n"
            "March 9, 2020\n\nSchools closed across the region.")
    pub = _infer(text)
    assert pub.date is None and pub.latest is None
