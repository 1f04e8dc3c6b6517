"""A weekday hung on a bare participle takes the time of the past verb the participle hangs on.

"Russia hammered Kyiv with missiles and exploding drones on Monday, killing 19" (published on a Tuesday):
the parser makes "exploding" a verb joined to "hammered" and hangs "on Monday" on it; a bare participle
has no tense of its own, so the Monday is the one just gone, not the coming one. A progressive with its
own auxiliary ("are marching on Monday") is still a schedule ahead.
"""
from __future__ import annotations

import pytest

from event_cases import analyse_article


@pytest.fixture(scope="module")
def dates():
    rec = analyse_article(
        "Russia hammered Kyiv and other cities with cruise missiles and exploding drones on Monday, killing "
        "at least 19 people.\n\n"
        "Police fired tear gas at the crowd, injuring dozens on Monday.\n\n"
        "Opposition supporters are marching on Monday.", published="2022-10-11")  # a Tuesday
    return [(d.text, d.earliest) for d in rec.dates]


def test_a_participle_joined_to_a_past_verb_tells_the_day_just_gone(dates):
    assert dates[0] == ("on Monday", "2022-10-10"), dates
    assert dates[1] == ("on Monday", "2022-10-10"), dates


def test_a_progressive_with_its_own_auxiliary_is_still_ahead(dates):
    assert dates[2] == ("on Monday", "2022-10-17"), dates
