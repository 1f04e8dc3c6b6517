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
    # a meeting travelled to is told as held; one still to be travelled to, or not travelled to, is not
    "flew_to_meet": "Mike Pompeo flew to Riyadh on Tuesday to meet King Salman.",
    "will_fly_to_meet": "Mike Pompeo will fly to Riyadh next week to meet King Salman.",
    "did_not_fly": "Mike Pompeo did not fly to Riyadh to meet King Salman.",
    # a call the speaker held before speaking is the speaker's
    "after_call": "After a phone call with Zelensky, Biden said Washington would keep sending air defences.",
    # a call between two leaders that another act followed is not that act's pair
    "followed_call": "The assault followed a telephone call on October 6 between Trump and Erdogan.",
    # the partner hung on the means of the call
    "by_telephone_with": "Pashinyan spoke by telephone with Russian President Vladimir Putin.",
    # flying abroad is a visit to the state flown to; flying home is no one's
    "flew_abroad": "French President Nicolas Sarkozy flew to Tbilisi on Tuesday.",
    "flew_home": "Brazilian President Luiz Inacio Lula da Silva flew to Recife on Tuesday.",
}

events = events_fixture(CASES)


def test_receiving_a_minister_is_hosting_a_visit(events):
    ev = first_event(events, "received", "CONSULT")
    assert ev["mode"] == "visit" and code_of(ev["actor"]) == "EGY" and code_of(ev["recipient"]) == "SDN", ev


def test_a_trip_at_home_is_no_consultation(events):
    assert not [e for e in events["home_trip"] if e["type"] == "CONSULT"], events["home_trip"]
    ev = first_event(events, "trip_abroad", "CONSULT")
    assert code_of(ev["actor"]) == "BRA" and code_of(ev["recipient"]) == "URY", ev


def test_a_meeting_travelled_to_was_held(events):
    ev = first_event(events, "flew_to_meet", "CONSULT")
    assert code_of(ev["actor"]) == "USA" and code_of(ev["recipient"]) == "SAU", ev
    for key in ("will_fly_to_meet", "did_not_fly"):
        assert not [e for e in events[key] if e["type"] == "CONSULT" and not (e["hypothetical"] or e["negated"])], \
            (key, events[key])


def test_a_call_held_before_speaking_is_the_speakers(events):
    ev = first_event(events, "after_call", "CONSULT")
    assert code_of(ev["actor"]) == "USA" and code_of(ev["recipient"]) == "UKR", ev


def test_the_pair_of_a_call_an_act_followed_is_not_the_acts(events):
    assert not [e for e in events["followed_call"] if e["type"] == "ASSAULT" and e["actor"]], events["followed_call"]


def test_the_partner_of_a_call_hung_on_its_means_is_the_calls(events):
    ev = first_event(events, "by_telephone_with", "CONSULT")
    assert code_of(ev["actor"]) == "ARM" and code_of(ev["recipient"]) == "RUS", ev


def test_flying_abroad_is_a_visit_flying_home_is_none(events):
    ev = first_event(events, "flew_abroad", "CONSULT")
    assert ev["mode"] == "visit" and code_of(ev["actor"]) == "FRA" and code_of(ev["recipient"]) == "GEO", ev
    assert not [e for e in events["flew_home"] if e["type"] == "CONSULT"], events["flew_home"]
