"""Who "the kingdom" is, and who can give way.

- "the kingdom's self-defence" refers back to a state told before, never to an office named since ("The
  White House said ..."): a state noun ("country", "kingdom", "nation") means a state.
- Only a party gives way or gives in: "Celebrations in La Paz gave way to looting" is no concession (the
  celebrations are no party, even though they are placed in Bolivia).
"""
from __future__ import annotations

from event_cases import code_of, events_fixture, first_event

CASES = {
    "kingdom": ("Drones struck Saudi oil plants on Saturday. The White House said Trump had offered support "
                "for the kingdom's self-defence."),
    "celebrations": "Celebrations in La Paz gave way overnight to looting and arson.",
    "government": "Bolivia's government gave in to the protesters.",
}
events = events_fixture(CASES)


def test_the_kingdom_is_the_state_told_before(events):
    e = first_event(events, "kingdom", "AGREE")
    assert code_of(e["recipient"]) == "SAU" and "White House" not in e["recipient"]["name"], e


def test_a_happening_gives_way_to_no_one(events):
    assert not [e for e in events["celebrations"] if e["type"] == "CONCEDE"], events["celebrations"]


def test_a_government_gives_in(events):
    e = first_event(events, "government", "CONCEDE")
    assert code_of(e["actor"]) == "BOL", e
