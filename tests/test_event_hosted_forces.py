"""A site named for the forces it holds stands for them, and one attack told three ways is one event.

"Two drones attempted to attack Baghdad's international airport, targeting a facility currently home to some
American forces": the attack is aimed at the American forces (the participle names whom the act aimed at, more
than the city that owns the airport), and the "attempted armed drone attack on Americans" told before is the
same attempt (a state and its own forces are one side for merging). A town "home to 2 million people" is no
party.
"""
from __future__ import annotations

import pytest

from event_cases import analyse_article, code_of


@pytest.fixture(scope="module")
def events():
    return analyse_article(
        "Reports indicated on Monday that an attempted armed drone attack on Americans failed in Iraq.\n\n"
        "Two drones reportedly attempted to attack Baghdad's international airport, targeting a facility "
        "currently home to some American forces.\n\n"
        "Separately, rockets hit a town home to 2 million people.",
        published="2022-01-04").to_dict()["events"]


def test_the_attempt_is_one_event_aimed_at_the_americans(events):
    drones = [e for e in events if e["type"] == "ASSAULT" and any(
        "drone" in x["text"] for x in [e["evidence"], *e.get("more_evidence", [])])]
    assert len(drones) == 1 and code_of(drones[0]["recipient"]) == "USA", drones
    assert drones[0]["attempted"] and len(drones[0]["more_evidence"]) >= 1, drones


def test_a_town_home_to_people_is_no_party(events):
    rockets = [e for e in events if "rockets" in e["evidence"]["text"]]
    assert all(code_of(e["recipient"]) != "USA" for e in rockets), rockets
