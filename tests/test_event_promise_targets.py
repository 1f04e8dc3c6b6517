"""Whom a promise, threat or visit is aimed at when the verb itself names no one: the party down the
promised clause, whoever must meet a condition, the one told, the host of a visit, and a government's
own people (CAMEO 03x, 13x, 042)."""
from __future__ import annotations

from pathlib import Path

import pytest

from event_cases import analyse_article as analyse


def _one(text: str, etype: str):
    found = [e for e in analyse(text).events if e.type == etype and not e.hypothetical]
    assert found, f"no {etype} in {text!r}"
    return found[0]


def _code(party) -> str:
    return party.country or (party.code or "")[:3]


def _target_cases() -> list:
    """Cases of tests/fixtures/events/targets_off_the_verb.tsv: rule id, type, target code, sentence."""
    path = Path(__file__).parent / "fixtures" / "events" / "targets_off_the_verb.tsv"
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    return [pytest.param(text, etype, code, id=rule) for rule, etype, code, text in rows]


# Whom an act is aimed at when its verb names no one (one rule per row; see docs/ARCHITECTURE.md).
@pytest.mark.parametrize("text, etype, country", _target_cases())
def test_the_target_named_off_the_verb(text, etype, country):
    ev = _one(text, etype)
    assert ev.recipient is not None and _code(ev.recipient) == country


def test_a_deal_signed_in_a_city_is_not_made_with_that_city():
    ev = _one("Chad's president said he was ready to sign a peace accord in Addis Ababa next month.", "AGREE")
    assert ev.recipient is None or ev.recipient.country != "ETH"


def test_a_threat_with_no_condition_and_no_target_stays_unaimed():
    ev = _one("The rebel group threatened to resume attacks.", "THREATEN")
    assert ev.recipient is None


def test_an_inquiry_hung_on_the_verb_into_a_domestic_firm_is_aimed_at_home():
    ev = _one("Kenyan prosecutors opened an investigation into kickbacks at the state power firm Kenya Power.", "ACCUSE")
    assert ev.recipient is not None and ev.recipient.country == "KEN"


def test_a_conflict_within_ones_own_state_names_no_foreign_target():
    ev = _one("Peru's army went on alert on Sunday amid a dispute with the Peruvian navy over budgets.", "MOBILIZE")
    # the navy is its own state's side, no adversary: at most the country itself (a domestic act)
    assert ev.recipient is None or (ev.recipient.name == "Peru" and ev.recipient.sector is None)


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


def test_an_alert_with_nothing_prompting_it_keeps_no_foreign_target():
    ev = _one("Kenya placed its police on high alert ahead of Tuesday's election.", "MOBILIZE")
    assert ev.recipient is None or ev.recipient.country == "KEN"
