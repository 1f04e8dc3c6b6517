"""Where an act happened when its sentence names a country only as the owner of a party or as the target:
an accusation against "Russia's intelligence service" is not made in Russia; a shelled city is where the
shelling happened; a strike on "Ukraine's army positions" is still in Ukraine."""
from __future__ import annotations

import pytest

from event_cases import events_fixture, first_event

CASES = {
    "accused-owned-body": "The United States on Thursday formally accused Russia's foreign intelligence service "
                          "of carrying out the hacking campaign.",
    "demanded-of-owned-office": "Britain demanded that Iran's foreign minister explain the seizure of the tanker.",
    "shelled-city": "Russia's army shelled Kharkiv overnight.",
    "struck-owned-positions": "Russian missiles struck Ukraine's army positions overnight.",
    "aid-reached": "Turkey sent food aid to Gaza.",
    "capital-is-a-place": "Israeli jets struck Syria's capital on Monday.",
    "city-of": "Protesters clashed with riot police in the northern Ghanaian city of Tamale on Friday.",
}

events = events_fixture(CASES)


@pytest.mark.parametrize("key, etype, wrong", [
    ("accused-owned-body", "ACCUSE", "RUS"),
    ("demanded-of-owned-office", "REQUEST", "IRN"),
])
def test_a_country_owning_the_accused_body_is_not_where_it_was_said(events, key, etype, wrong):
    ev = first_event(events, key, etype)
    assert (ev.get("place") or {}).get("country") != wrong


@pytest.mark.parametrize("key, etype, country, name", [
    ("shelled-city", "ASSAULT", "UKR", "Kharkiv"),
    ("struck-owned-positions", "ASSAULT", "UKR", None),
    ("aid-reached", "AID", "PSE", "Gaza"),
    ("capital-is-a-place", "ASSAULT", "SYR", None),
    ("city-of", "PROTEST", "GHA", "Tamale"),
])
def test_a_struck_or_reached_place_is_where_the_act_happened(events, key, etype, country, name):
    place = first_event(events, key, etype).get("place") or {}
    assert place.get("country") == country
    assert name is None or place.get("name") == name


def test_a_place_of_a_second_coordinated_act_is_not_where_the_first_happened():
    from event_cases import analyse_article

    rec = analyse_article("MANAGUA — Nicaragua's government released 222 political prisoners on Thursday and flew "
                          "them to the United States.")
    ev = next(e for e in rec.events if e.type == "RETREAT")
    assert ev.place is not None and ev.place.country == "NIC"


def test_an_aid_agency_has_no_country_and_aids_the_place_it_reached_not_where_it_spoke():
    from event_cases import analyse_article

    rec = analyse_article("A Red Cross convoy loaded with food and medicine reached the besieged Bosnian town of "
                          "Srebrenica on Saturday, the first relief to get through in weeks, the ICRC said in Geneva.")
    ev = next(e for e in rec.events if e.type == "AID")
    assert ev.actor.country is None and ev.actor.code.startswith("NGO")
    assert ev.recipient.country == "BIH" and ev.place.country == "BIH"
    rec = analyse_article("MSF suspended operations in the region.")
    assert all(e.actor is None or e.actor.country != "NGO" for e in rec.events)


def test_crowd_control_with_grenades_is_coercion_with_its_own_mode_not_a_bombing():
    from event_cases import analyse_article

    ev = next(e for e in analyse_article("Riot police fired stun grenades at protesters in Minsk.").events
              if e.type == "COERCE")
    assert ev.mode == "restrict"


def test_talks_placed_nowhere_happened_where_the_report_was_filed_and_statements_at_home():
    from event_cases import analyse_article

    rec = analyse_article("HANOI — The summit between the two leaders opened with a dinner on Wednesday evening.\n\n"
                          "Pyongyang has long demanded relief from sanctions imposed over its weapons programme, "
                          "while officials in Washington insist that the North must first give up its arsenal.\n\n"
                          "North Korea and the United States agreed to keep talking, a senior aide said on "
                          "Thursday.\n\n"
                          "Later, North Korea accused the United States of bad faith.")
    agreed = [e for e in rec.to_dict()["events"] if e["type"] == "AGREE"]
    assert agreed and agreed[0]["place"]["country"] == "VNM", agreed
    accused = [e for e in rec.to_dict()["events"] if e["type"] == "ACCUSE"]
    assert accused and accused[0]["place"]["country"] != "VNM", accused


def test_a_place_in_a_hyphenated_modifier_is_not_where_the_act_was():
    from event_cases import analyse_cases

    evs = analyse_cases({"backed": "Yemen's government accused Tehran-backed Houthi rebels of shelling the port."})
    e = first_event(evs, "backed", "ACCUSE")
    assert (e["place"] or {}).get("country") != "IRN", e
