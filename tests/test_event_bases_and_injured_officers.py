"""Parties told through where they are, or through the report they are in.

- "bases where American troops are stationed" stand for those troops (what is aimed at the bases is aimed
  at them), as "a facility home to American forces" already does; bases where no forces are told stay places.
- Officers injured in a report of protests, with no one named as hurting them, were hurt by the
  protesters; officers hurt in an accident, in a report of no protest, were attacked by no one.
"""
from __future__ import annotations

from event_cases import code_of, events_fixture, first_event

CASES = {
    "stationed": "Militants fired rockets at bases where American troops are stationed.",
    "stationed_passive": "Bases where American troops are stationed in Iraq and Syria were targeted by drones "
                         "on Tuesday.",
    "refugees": "Rebels attacked a village where refugees live.",
    "officers_protest": "Thousands of protesters marched on parliament in Tbilisi. The Interior Ministry said 63 "
                        "people were detained and six officers were injured.",
    "officers_accident": "Six officers were injured when their car overturned in Tbilisi.",
}
events = events_fixture(CASES)


def test_bases_where_troops_are_stationed_stand_for_the_troops(events):
    for key in ("stationed", "stationed_passive"):
        e = first_event(events, key, "ASSAULT")
        assert code_of(e["recipient"]) == "USA", (key, e)


def test_a_village_where_refugees_live_is_no_force(events):
    e = first_event(events, "refugees", "ASSAULT")
    assert code_of(e["recipient"]) != "USA" and "refugee" not in ((e["recipient"] or {}).get("name") or ""), e


def test_officers_injured_at_a_protest_were_hurt_by_the_protesters(events):
    e = first_event(events, "officers_protest", "ASSAULT")
    assert "protesters" in (e["actor"] or {}).get("name", ""), e
    # the officers are the police of the country the report is from
    assert "police" in e["recipient"]["name"] and code_of(e["recipient"]) == "GEO", e


def test_officers_hurt_in_an_accident_were_attacked_by_no_one(events):
    assert all(e["actor"] is None for e in events["officers_accident"] if e["type"] == "ASSAULT"), \
        events["officers_accident"]


def test_each_person_arrested_is_an_arrest_of_their_own():
    from event_cases import analyse_cases

    evs = analyse_cases({
        "two": "Police arrested opposition leaders Maria Kolesnikova and Maxim Znak in Minsk.",
        "groups": "Police arrested protesters and journalists in Minsk.",
    })
    held = {e["recipient"]["name"] for e in evs["two"] if e["type"] == "COERCE" and e["recipient"]}
    assert any("Znak" in n for n in held) and len(held) == 2, evs["two"]
    # people named by what they are stay one arrest of a crowd
    assert len([e for e in evs["groups"] if e["type"] == "COERCE"]) == 1, evs["groups"]


def test_a_counted_crowd_of_protesters_the_police_act_on_was_protesting():
    from event_cases import analyse_cases

    evs = analyse_cases({
        "cleared": "Riot police in Georgia used tear gas overnight to clear thousands of protesters from outside "
                   "the parliament building in Tbilisi.",
        "organisers": "Police detained the protest's organisers in Minsk.",
    })
    e = first_event(evs, "cleared", "PROTEST")
    assert "protesters" in e["actor"]["name"] and code_of(e["recipient"]) == "GEO", e
    # people arrested over a protest, not a crowd at one, tell no protest
    assert not [x for x in evs["organisers"] if x["type"] == "PROTEST"], evs["organisers"]
