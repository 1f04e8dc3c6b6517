"""A date told of an earlier act in passing does not date the next sentence of its paragraph; a crowd of a
nationality pouring into a square to protest is coded as protesters of that country.

"The demonstration, the largest since the blast on Tuesday, August 4, drew 10,000 people. The crowd
chanted "revenge" and called for the leadership to go": the chanting is Saturday's (the report's time
frame), not the day of the blast.
"""
from __future__ import annotations

import pytest

from event_cases import analyse_article


@pytest.fixture(scope="module")
def events():
    return analyse_article(
        "Thousands of Lebanese poured into central Beirut on Saturday to protest against the political class.\n\n"
        "The demonstration in Martyrs' Square, the largest since the blast on Tuesday, August 4, drew an "
        "estimated 10,000 people. The crowd chanted \"revenge\" and called for the entire leadership to go.",
        published="2020-08-09").to_dict()["events"]


def test_the_next_sentence_keeps_the_reports_day(events):
    chant = [e for e in events if any("chanted" in x["text"] for x in [e["evidence"], *e.get("more_evidence", [])])]
    assert chant and all(e["date"]["earliest"] == "2020-08-08" for e in chant), chant


def test_a_crowd_of_a_nationality_is_protesters(events):
    e = next(e for e in events if e["type"] == "PROTEST" and "poured" in e["evidence"]["text"])
    assert e["actor"]["name"] == "protesters" and e["actor"]["country"] == "LBN", e
