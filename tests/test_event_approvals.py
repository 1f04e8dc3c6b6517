"""Approving someone's bid supports them (CAMEO 051); "approve" alone stays a light verb.

"Turkey's parliament voted to approve Sweden's bid to join NATO" is SUPPORT of Sweden; "approved his removal"
supports no one (the removal is the act), nor does "approved the budget".
"""
from __future__ import annotations

import pytest

from event_cases import code_of, events_fixture, first_event

CASES = {
    "bid": "Turkey's parliament voted on Tuesday to approve Sweden's bid to join NATO.",
    "membership": "Hungary's parliament approved Finland's NATO membership on Monday.",
    "removal": "Lawmakers approved his removal by 101 votes to six.",
    "budget": "The cabinet approved the budget on Monday.",
}
events = events_fixture(CASES)


@pytest.mark.parametrize("key,actor,recipient", [("bid", "TUR", "SWE"), ("membership", "HUN", "FIN")])
def test_approving_a_bid_supports_the_bidder(events, key, actor, recipient):
    e = first_event(events, key, "SUPPORT")
    assert (code_of(e["actor"]), code_of(e["recipient"])) == (actor, recipient), e


@pytest.mark.parametrize("key", ["removal", "budget"])
def test_approving_a_measure_supports_no_one(events, key):
    assert not [e for e in events[key] if e["type"] == "SUPPORT"], events[key]
