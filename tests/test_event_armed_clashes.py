"""Clashes named by whom they hit ("engaged militants", "routed the militias", "crushed the last pocket of
resistance", "abused women"), and the same words with no armed or human object coding nothing; the two sides
of a fight named with "between"; a facility named for an armed group; stones thrown at a party."""
from __future__ import annotations

from event_cases import code_of, events_fixture, first_event

CASES = {
    "engaged": "Malian troops engaged jihadist fighters with heavy machine guns near Gao on Sunday.",
    "routed": "Kenyan troops crossed into Somalia and routed the militias of al-Shabaab near Kismayo.",
    "routing": "Several shipping lines said they would keep routing vessels around the Cape of Good Hope.",
    "crushed_pocket": "Sri Lankan troops crushed the last pocket of Tamil Tiger resistance in May 2009.",
    "abused": "Sudanese militiamen abused women fleeing the town of Geneina, Amnesty International said.",
    "abused_power": "The opposition said the governor had abused his power.",
    # the two sides of a fight named with "between": conjoined adjectives, a gerund subject
    "between_adjectives": "Clashes between Kyrgyz and Tajik border guards left four people dead on Friday.",
    "between_gerund": "Fighting between Congolese troops and M23 rebels killed twelve civilians near Goma.",
    # a facility named for an armed group stands for the group
    "group_base": "Kenyan jets struck an al-Shabaab training camp near Jilib on Wednesday.",
    "company_office": "Vandals smashed the windows of a Siemens office in Munich.",
    # a place taken from a party is taken from that party
    "retook_from": "Iraqi troops retook Tikrit from Islamic State fighters in March 2015.",
    # stones thrown at a party are a riot aimed at it
    "stones_at": "Kashmiri youths threw stones at Indian paramilitary police in Srinagar on Friday.",
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


def test_clash_sides_named_with_between_are_actor_and_recipient(events):
    ev = first_event(events, "between_adjectives", "ASSAULT")
    assert {code_of(ev["actor"]), code_of(ev["recipient"])} == {"KGZ", "TJK"}, ev
    ev = first_event(events, "between_gerund", "ASSAULT")
    # the dead are the toll of the fight, not its recipient
    recipient = (ev["recipient"] or {}).get("name") or ""
    assert code_of(ev["actor"]) == "COD" and ("M23" in recipient or "rebel" in recipient.lower()), ev


def test_a_facility_named_for_an_armed_group_is_the_group(events):
    ev = first_event(events, "group_base", "ASSAULT")
    assert code_of(ev["actor"]) == "KEN" and "Shabaab" in (ev["recipient"] or {}).get("name", ""), ev
    assert not [e for e in events["company_office"] if e["type"] == "ASSAULT"], events["company_office"]


def test_stones_thrown_at_a_party_are_aimed_at_it(events):
    ev = first_event(events, "stones_at", "PROTEST")
    assert ev["mode"] == "riot" and code_of(ev["recipient"]) == "IND" and "police" in ev["recipient"]["name"], ev


def test_a_place_taken_from_a_party_is_taken_from_that_party(events):
    ev = first_event(events, "retook_from", "ASSAULT")
    assert code_of(ev["actor"]) == "IRQ" and "Islamic State" in (ev["recipient"] or {}).get("name", ""), ev
