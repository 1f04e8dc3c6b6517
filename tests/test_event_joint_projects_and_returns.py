"""Joint undertakings of two sides (a bridge, a rail link, a customs union opened together) and property
handed back to its owner ("returned the Bronzes to Nigeria")."""
from __future__ import annotations

from event_cases import events_fixture, first_event

CASES = {
    "pair_opened": "Zambia and Zimbabwe opened a new road bridge across the Zambezi River in May 2021.",
    "with_opened": "Ethiopia inaugurated a cross-border economic zone with Djibouti on Tuesday.",
    "alone_opened": "Kenya opened a new bridge over the Tana River.",
    "returned": "France returned 26 royal treasures looted by colonial troops in 1892 to Benin.",
}

events = events_fixture(CASES)


def _code(party):
    return party and (party.get("country") or (party.get("code") or "")[:3])


def test_a_project_opened_by_two_sides_is_their_cooperation(events):
    ev = first_event(events, "pair_opened", "COOPERATE")
    assert {_code(ev["actor"]), _code(ev["recipient"])} == {"ZMB", "ZWE"}, ev
    ev = first_event(events, "with_opened", "COOPERATE")
    assert _code(ev["actor"]) == "ETH" and _code(ev["recipient"]) == "DJI", ev


def test_one_side_alone_opening_something_is_no_cooperation(events):
    assert not [e for e in events["alone_opened"] if e["type"] == "COOPERATE"], events["alone_opened"]


def test_returned_property_goes_to_the_to_party(events):
    ev = first_event(events, "returned", "RETREAT")
    assert ev["mode"] == "return" and _code(ev["actor"]) == "FRA" and _code(ev["recipient"]) == "BEN", ev
