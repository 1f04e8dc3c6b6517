"""Whom a promise, threat or visit is aimed at when the verb itself names no one: the party down the
promised clause, whoever must meet a condition, the one told, the host of a visit, and a government's
own people (CAMEO 03x, 13x, 042)."""
from __future__ import annotations

import pytest

from event_cases import analyse_article as analyse


def _one(text: str, etype: str):
    found = [e for e in analyse(text).events if e.type == etype and not e.hypothetical]
    assert found, f"no {etype} in {text!r}"
    return found[0]


@pytest.mark.parametrize("text, country", [
    ("Chile's defence minister said Santiago was ready to hold joint naval exercises with Peruvian forces.", "PER"),
    ("Egypt offered to train and equip Libyan coast guard units at a base near Alexandria.", "LBY"),
    ("The Malian government said it was willing to make concessions to Tuareg rebels to end the revolt.", "MLI"),
])
def test_a_promise_is_for_the_party_named_in_what_is_promised(text, country):
    ev = _one(text, "AGREE")
    assert ev.recipient is not None and ev.recipient.country == country


def test_a_deal_signed_in_a_city_is_not_made_with_that_city():
    ev = _one("Chad's president said he was ready to sign a peace accord in Addis Ababa next month.", "AGREE")
    assert ev.recipient is None or ev.recipient.country != "ETH"


@pytest.mark.parametrize("text, country", [
    ("The rebel movement threatened to attack oil installations unless Abuja released its leader.", "NGA"),
    ("Beijing warned that its forces would act if Manila sent more ships to the shoal.", "PHL"),
])
def test_a_threat_on_a_condition_is_aimed_at_whoever_must_meet_it(text, country):
    ev = _one(text, "THREATEN")
    assert ev.recipient is not None and ev.recipient.country == country


def test_a_threat_with_no_condition_and_no_target_stays_unaimed():
    ev = _one("The rebel group threatened to resume attacks.", "THREATEN")
    assert ev.recipient is None


@pytest.mark.parametrize("text, country", [
    ("Japan's prime minister travelled to Mongolia on Sunday, the first visit there by a Japanese leader.", "MNG"),
    ("A Sudanese delegation travelled to Cairo for talks with Egyptian officials on the dam.", "EGY"),
])
def test_a_visit_abroad_is_made_to_the_host_state(text, country):
    ev = _one(text, "CONSULT")
    assert ev.recipient is not None and ev.recipient.country == country


def test_an_inquiry_hung_on_the_verb_into_a_domestic_firm_is_aimed_at_home():
    ev = _one("Kenyan prosecutors opened an investigation into kickbacks at the state power firm Kenya Power.", "ACCUSE")
    assert ev.recipient is not None and ev.recipient.country == "KEN"


@pytest.mark.parametrize("text, etype, country", [
    ("Yielding to pressure from Ankara, Sweden dropped its objection to the arms deal on Tuesday.", "CONCEDE", "TUR"),
    ("Dock workers in Mombasa refused to end their strike despite an appeal from President Uhuru Kenyatta.",
     "REJECT", "KEN"),
])
def test_a_concession_or_refusal_answers_whoever_pressed(text, etype, country):
    ev = _one(text, etype)
    assert ev.recipient is not None and ev.recipient.country == country


@pytest.mark.parametrize("text, etype, country", [
    ("Greece put its navy on high alert on Monday as tensions with Turkey rose over a survey ship.", "MOBILIZE", "TUR"),
    ("The Kurdish PKK declared a unilateral ceasefire in its armed campaign against Turkey.", "RETREAT", "TUR"),
])
def test_an_alert_or_truce_is_aimed_at_the_other_side_of_the_named_conflict(text, etype, country):
    ev = _one(text, etype)
    assert ev.recipient is not None and ev.recipient.country == country


def test_a_conflict_within_ones_own_state_names_no_foreign_target():
    ev = _one("Peru's army went on alert on Sunday amid a dispute with the Peruvian navy over budgets.", "MOBILIZE")
    assert ev.recipient is None or ev.recipient.country != "PER"


@pytest.mark.parametrize("text, actor, recipient", [
    ("Police in Lagos were placed on high alert ahead of Saturday's governorship vote.", "NGA", "NGA"),
    ("Thousands of Ethiopian troops were moved up to the border with Eritrea on Monday.", "ETH", "ERI"),
])
def test_forces_put_on_alert_are_the_ones_mobilising(text, actor, recipient):
    ev = _one(text, "MOBILIZE")
    assert ev.actor is not None and ev.actor.country == actor
    assert ev.recipient is not None and ev.recipient.country == recipient


def test_a_crowd_moved_by_police_is_not_mobilising():
    found = [e for e in analyse("Hundreds of protesters were moved away from the parliament by police in Nairobi.")
             .events if e.type == "MOBILIZE"]
    assert not any(e.actor is not None and e.actor.sector == "CVL" for e in found)


@pytest.mark.parametrize("text, actor", [
    ("Ghana stands ready to send an extra battalion to the UN mission in Lebanon, President John Mahama said.", "GHA"),
    ("Serbia's President Aleksandar Vucic declared himself ready to sit down with Kosovo officials in Brussels.",
     "SRB"),
    ("According to a diplomat in Tashkent, Uzbekistan and Tajikistan agreed to reopen border crossings.", "UZB"),
])
def test_the_one_ready_or_agreeing_is_the_subject_the_parser_hid(text, actor):
    assert _one(text, "AGREE").actor is not None and _one(text, "AGREE").actor.country == actor


def test_two_sides_of_one_country_agreeing_are_each_others_target():
    ev = _one("Burundi's ruling party and Hutu rebels agreed to share power in a transitional government.", "AGREE")
    assert ev.actor is not None and ev.actor.country == "BDI"
    assert ev.recipient is not None and ev.recipient.country == "BDI"


@pytest.mark.parametrize("text, etype, country", [
    ("Syrian troops completed their withdrawal from Lebanon in April 2005, ending 29 years of military presence.",
     "RETREAT", "LBN"),
    ("President George Bush lifted the U.S. trade embargo against Libya in 2004 after Tripoli gave up its weapons "
     "programmes.", "RETREAT", "LBY"),
    ("South Korea put its forces on high alert as North Korea fired a ballistic missile into the sea.", "MOBILIZE",
     "PRK"),
    ("Peru extradited the fugitive banker Carlos Ruiz to the United States in March 2010.", "COOPERATE", "USA"),
    ("The Sudanese government refused to hand over the militia leader Ali Kushayb to the International Criminal "
     "Court.", "REJECT", "IGO"),
])
def test_the_aim_is_the_other_state_not_the_actors_means_or_the_person_passed(text, etype, country):
    ev = _one(text, etype)
    assert ev.recipient is not None and (ev.recipient.country or (ev.recipient.code or "")[:3]) == country


def test_an_alert_with_nothing_prompting_it_keeps_no_foreign_target():
    ev = _one("Kenya placed its police on high alert ahead of Tuesday's election.", "MOBILIZE")
    assert ev.recipient is None or ev.recipient.country == "KEN"
