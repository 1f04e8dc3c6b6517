"""Weekdays governed by a noun the tagger read as a verb.

"Drone strikes on Saturday set off fires" (published on a Monday): "strikes" was tagged a verb in the
present, which made the Saturday the coming one; a verb in a noun's place governs nothing, so the day is
the one "set off" (past) points to, the Saturday just gone. A past act and a present-tense schedule ("the
talks resume on Friday") keep their own directions.
"""
from __future__ import annotations

import pytest

from event_cases import analyse_article


@pytest.fixture(scope="module")
def dates():
    rec = analyse_article(
        "Drone strikes on Saturday set off fires at a Saudi oil plant.\n\n"
        "Protesters set fire to cars on Saturday.\n\n"
        "Officials said the talks resume on Friday.", published="2019-09-16")  # a Monday
    return [(d.text, d.earliest) for d in rec.dates]


def test_a_misread_noun_does_not_make_a_weekday_future(dates):
    assert dates[0] == ("on Saturday", "2019-09-14"), dates


def test_a_past_act_takes_the_day_just_gone(dates):
    assert dates[1] == ("on Saturday", "2019-09-14"), dates


def test_a_schedule_still_points_ahead(dates):
    assert dates[2] == ("on Friday", "2019-09-20"), dates
