"""Joint undertakings of two sides (a bridge, a rail link, a customs union opened together) and property
handed back to its owner ("returned the Bronzes to Nigeria")."""
from __future__ import annotations

from event_cases import code_of, events_fixture, first_event

CASES = {
    "pair_opened": "Zambia and Zimbabwe opened a new road bridge across the Zambezi River in May 2021.",
    "with_opened": "Ethiopia inaugurated a cross-border economic zone with Djibouti on Tuesday.",
    "alone_opened": "Kenya opened a new bridge over the Tana River.",
    "returned": "France returned 26 royal treasures looted by colonial troops in 1892 to Benin.",
}

events = events_fixture(CASES)


def test_a_project_opened_by_two_sides_is_their_cooperation(events):
    ev = first_event(events, "pair_opened", "COOPERATE")
    assert {code_of(ev["actor"]), code_of(ev["recipient"])} == {"ZMB", "ZWE"}, ev
    ev = first_event(events, "with_opened", "COOPERATE")
    assert code_of(ev["actor"]) == "ETH" and code_of(ev["recipient"]) == "DJI", ev


def test_one_side_alone_opening_something_is_no_cooperation(events):
    assert not [e for e in events["alone_opened"] if e["type"] == "COOPERATE"], events["alone_opened"]


def test_returned_property_goes_to_the_to_party(events):
    ev = first_event(events, "returned", "RETREAT")
    assert ev["mode"] == "return" and code_of(ev["actor"]) == "FRA" and code_of(ev["recipient"]) == "BEN", ev
