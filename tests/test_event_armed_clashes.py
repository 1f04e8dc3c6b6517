"""Clashes named by whom they hit ("engaged militants", "routed the militias", "crushed the last pocket of
resistance", "abused women"), and the same words with no armed or human object coding nothing."""
from __future__ import annotations

from event_cases import code_of, events_fixture, first_event

CASES = {
    "engaged": "Malian troops engaged jihadist fighters with heavy machine guns near Gao on Sunday.",
    "routed": "Kenyan troops crossed into Somalia and routed the militias of al-Shabaab near Kismayo.",
    "routing": "Several shipping lines said they would keep routing vessels around the Cape of Good Hope.",
    "crushed_pocket": "Sri Lankan troops crushed the last pocket of Tamil Tiger resistance in May 2009.",
    "abused": "Sudanese militiamen abused women fleeing the town of Geneina, Amnesty International said.",
    "abused_power": "The opposition said the governor had abused his power.",
}

events = events_fixture(CASES)


def test_clashes_with_armed_objects_are_assaults(events):
    assert code_of(first_event(events, "engaged", "ASSAULT")["actor"]) == "MLI"
    assert code_of(first_event(events, "routed", "ASSAULT")["actor"]) == "KEN"
    ev = first_event(events, "crushed_pocket", "ASSAULT")
    assert code_of(ev["actor"]) == "LKA" and ev["recipient"] is not None, ev


def test_abusing_people_is_an_assault_abusing_power_is_not(events):
    assert first_event(events, "abused", "ASSAULT")["recipient"] is not None
    assert not [e for e in events["abused_power"] if e["type"] == "ASSAULT"], events["abused_power"]


def test_routing_ships_is_no_rout(events):
    assert not [e for e in events["routing"] if e["type"] == "ASSAULT"], events["routing"]
