"""Speaking up for a party (its record defended, standing up for it, an apology, recognition switched to it, an
accord concluded), a paper shut down by its kind word, and people deported rather than a state expelled."""
from __future__ import annotations

from event_cases import code_of, events_fixture, first_event

CASES = {
    "defended_record": "The Russian foreign ministry defended Iran's record on nuclear inspections.",
    "defended_town": "Ukrainian troops defended Bakhmut's eastern outskirts for months.",
    "stood_up_for": "Nigerian President Olusegun Obasanjo stood up for Liberia's government at the ECOWAS summit.",
    "said_sorry": "The Belgian king said sorry to Congo's people for colonial-era abuses.",
    "concluded_accord": "Serbia and Kosovo concluded an accord on border crossings.",
    "switched": "Panama switched diplomatic recognition from Taipei to Beijing.",
    "shut_daily": "Authorities in Ankara shut down the opposition daily Zaman.",
    "deported": "Thailand deported more than 200 Cambodian nationals across the border.",
}

events = events_fixture(CASES)


def test_defending_a_named_partys_record_supports_it(events):
    ev = first_event(events, "defended_record", "SUPPORT")
    assert code_of(ev["actor"]) == "RUS" and code_of(ev["recipient"]) == "IRN"
    assert not [e for e in events["defended_town"] if e["type"] == "SUPPORT"], events["defended_town"]


def test_phrasal_support_and_apology(events):
    ev = first_event(events, "stood_up_for", "SUPPORT")
    assert code_of(ev["actor"]) == "NGA" and code_of(ev["recipient"]) == "LBR", ev
    ev = first_event(events, "said_sorry", "SUPPORT")
    assert ev["mode"] == "apologize" and code_of(ev["recipient"]) == "COD", ev


def test_an_accord_concluded_and_recognition_switched(events):
    ev = first_event(events, "concluded_accord", "SUPPORT")
    assert {code_of(ev["actor"]), code_of(ev["recipient"])} == {"SRB", "XKX"}, ev
    ev = first_event(events, "switched", "SUPPORT")
    assert code_of(ev["actor"]) == "PAN" and code_of(ev["recipient"]) == "CHN", ev


def test_a_paper_named_with_its_kind_word_is_censored(events):
    ev = first_event(events, "shut_daily", "COERCE")
    assert ev["mode"] == "censor" and code_of(ev["actor"]) == "TUR", ev


def test_deported_nationals_are_people_not_a_state(events):
    ev = first_event(events, "deported", "COERCE")
    assert ev["mode"] == "deport" and code_of(ev["recipient"]) == "KHM", ev
    assert not [e for e in events["deported"] if e["type"] == "SANCTION"]


EMBASSIES = {
    "embassy": "Sri Lanka opened an embassy in Tehran on Wednesday.",
    "consulate": "India reopened its consulate in Jalalabad.",
}

embassies = events_fixture(EMBASSIES)


def test_a_mission_opened_in_a_city_is_aimed_at_its_state(embassies):
    assert code_of(first_event(embassies, "embassy", "SUPPORT")["recipient"]) == "IRN"
    assert code_of(first_event(embassies, "consulate", "SUPPORT")["recipient"]) == "AFG"
