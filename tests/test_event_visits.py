"""Visits: hosting a visitor of state is a consultation with the visitor; a trip abroad is one with the state
visited; a trip at home consults no one."""
from __future__ import annotations

from event_cases import code_of, events_fixture, first_event

CASES = {
    # a trip at home is no consultation; a trip abroad is one with the state visited
    "home_trip": "Brazilian President Luiz Inacio Lula da Silva visited Recife on Tuesday.",
    "trip_abroad": "Brazilian President Luiz Inacio Lula da Silva visited Montevideo on Tuesday.",
    # hosting a visitor of state
    "received": "Egyptian President Abdel Fattah el-Sisi received the Sudanese foreign minister in Cairo.",
}

events = events_fixture(CASES)


def test_receiving_a_minister_is_hosting_a_visit(events):
    ev = first_event(events, "received", "CONSULT")
    assert ev["mode"] == "visit" and code_of(ev["actor"]) == "EGY" and code_of(ev["recipient"]) == "SDN", ev


def test_a_trip_at_home_is_no_consultation(events):
    assert not [e for e in events["home_trip"] if e["type"] == "CONSULT"], events["home_trip"]
    ev = first_event(events, "trip_abroad", "CONSULT")
    assert code_of(ev["actor"]) == "BRA" and code_of(ev["recipient"]) == "URY", ev
