"""Declining to rule out a hostile act threatens it (CAMEO 13), it rejects nothing.

"refused to rule out a coup", "did not rule out military action against Ukraine" are THREATEN (aimed at the
act's target when it has one); "ruled out talks with the rebels" stays a rejection.
"""
from __future__ import annotations

from event_cases import code_of, events_fixture, first_event

CASES = {
    "coup": "A military spokesman, Brigadier General Zaw Min Tun, refused to rule out a coup.",
    "action": "Russia did not rule out military action against Ukraine.",
    "talks": "The minister ruled out talks with the rebels.",
}
events = events_fixture(CASES)


def test_refusing_to_rule_out_a_coup_threatens_it(events):
    assert not [e for e in events["coup"] if e["type"] == "REJECT"], events["coup"]
    first_event(events, "coup", "THREATEN")


def test_not_ruling_out_military_action_threatens_its_target(events):
    e = first_event(events, "action", "THREATEN")
    assert (code_of(e["actor"]), code_of(e["recipient"])) == ("RUS", "UKR") and not e["negated"], e


def test_ruling_out_talks_rejects_them(events):
    first_event(events, "talks", "REJECT")
