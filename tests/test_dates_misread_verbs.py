"""Weekdays governed by a word the tagger misread: a noun read as a verb, or a bare participle.

"Drone strikes on Saturday set off fires" (published on a Monday): "strikes" was tagged a verb in the
present, which made the Saturday the coming one; a verb in a noun's place governs nothing, so the day is
the one "set off" (past) points to, the Saturday just gone. A past act and a present-tense schedule ("the
talks resume on Friday") keep their own directions. A weekday hung on a bare participle joined to a past
verb ("hammered Kyiv with missiles and exploding drones on Monday") is the day just gone; a progressive
with its own auxiliary ("are marching on Monday") is still ahead.
"""
from __future__ import annotations

import pytest

from event_cases import analyse_article


def _days(paragraphs: list[str], published: str) -> list[tuple[str, str]]:
    rec = analyse_article("\n\n".join(paragraphs), published=published)
    return [(d.text, d.earliest) for d in rec.dates]


@pytest.fixture(scope="module")
def dates():
    return _days(["Drone strikes on Saturday set off fires at a Saudi oil plant.",
                  "Protesters set fire to cars on Saturday.",
                  "Officials said the talks resume on Friday."], published="2019-09-16")  # a Monday


@pytest.fixture(scope="module")
def participle_dates():
    return _days(["Russia hammered Kyiv and other cities with cruise missiles and exploding drones on Monday, "
                  "killing at least 19 people.",
                  "Police fired tear gas at the crowd, injuring dozens on Monday.",
                  "Opposition supporters are marching on Monday."], published="2022-10-11")  # a Tuesday


def test_a_misread_noun_does_not_make_a_weekday_future(dates):
    assert dates[0] == ("on Saturday", "2019-09-14"), dates


def test_a_past_act_takes_the_day_just_gone(dates):
    assert dates[1] == ("on Saturday", "2019-09-14"), dates


def test_a_schedule_still_points_ahead(dates):
    assert dates[2] == ("on Friday", "2019-09-20"), dates


def test_a_participle_joined_to_a_past_verb_tells_the_day_just_gone(participle_dates):
    # the parser makes "exploding" a verb joined to "hammered" and hangs "on Monday" on it: a bare
    # participle has no tense of its own
    assert participle_dates[0] == ("on Monday", "2022-10-10"), participle_dates
    assert participle_dates[1] == ("on Monday", "2022-10-10"), participle_dates


def test_a_progressive_with_its_own_auxiliary_is_still_ahead(participle_dates):
    assert participle_dates[2] == ("on Monday", "2022-10-17"), participle_dates
