"""Parties the state stands behind: its own armed force, moved or offered, is its means, not the party it acts
on; an arrest or charge with no agent named is the work of the authorities where it happened; a protest targets
the state its purpose presses or whose mission abroad it besieges.

"Pakistan put its armed forces on alert" or "Russia massed troops near its border with Ukraine" aims at
the other side of the conflict (or at no one named), never at the troops; a state may still arrest or fire
on soldiers of its own, so hostile acts keep them."""
from __future__ import annotations

import pytest

from event_cases import events_fixture, first_event
from wirewatch.evaluate.plover import party_code

CASES = {
    "massed": "Russia has massed tens of thousands of troops near its border with Ukraine.",
    "alert-own": "Pakistan put its armed forces on heightened alert along the Line of Control on Monday.",
    "pull-back": "Kosovo Liberation Army commanders said they would pull their fighters back from positions "
                 "around Podujevo if Serbian police units also withdrew.",
    "arrested-soldiers": "Venezuela's government arrested dozens of soldiers accused of plotting a coup.",
}

events = events_fixture(CASES)


def test_forces_massed_near_a_border_aim_at_the_state_beyond_it(events):
    ev = first_event(events, "massed", "MOBILIZE")
    assert party_code(ev["actor"]) == "RUS" and party_code(ev["recipient"]) == "UKR"


def test_a_states_own_forces_put_on_alert_are_no_recipient(events):
    ev = first_event(events, "alert-own", "MOBILIZE")
    assert ev["recipient"] is None or ev["recipient"]["name"] != "armed forces"


def test_a_promise_to_pull_back_ones_fighters_is_made_to_the_other_side(events):
    ev = first_event(events, "pull-back", "AGREE")
    assert party_code(ev["recipient"]) == "SRB"


def test_a_state_arresting_its_own_soldiers_keeps_them_as_recipient(events):
    ev = first_event(events, "arrested-soldiers", "COERCE")
    assert ev["recipient"] is not None and ev["recipient"]["sector"] == "MIL"


@pytest.mark.parametrize("text, code", [
    ("Two journalists were charged with espionage in Tehran on Monday.", "IRN"),
    ("A Dutch banker was placed under investigation in Spain over suspected money laundering.", "ESP"),
])
def test_a_judicial_act_with_no_agent_is_the_authorities_of_where_it_happened(text, code):
    # as an arrest with no agent named is the local police's (state_judicial_triggers)
    from event_cases import analyse_article

    ev = next(e for e in analyse_article(text).events if e.type == "ACCUSE")
    assert ev.actor is not None and ev.actor.country == code and ev.actor.sector == "JUD"


def test_a_criticism_with_no_agent_names_no_one():
    from event_cases import analyse_article

    evs = [e for e in analyse_article("The minister was criticised in Lima for his remarks.").events
           if e.type == "ACCUSE"]
    assert all(e.actor is None for e in evs)


@pytest.mark.parametrize("text, code", [
    ("Kosovo Albanian students boycotted state schools to press Serbian authorities for the right to be taught "
     "in Albanian.", "SRB"),
    ("Exiled Burmese activists began a hunger strike in Bangkok on Friday to demand an end to military rule in "
     "Rangoon.", "MMR"),
    ("Hundreds of Uighur exiles rallied outside the Chinese consulate in Istanbul.", "CHN"),
])
def test_a_protest_targets_the_state_its_purpose_presses_or_whose_mission_it_besieges(text, code):
    # not the government of the place where it is held (Thailand, Turkey) nor the protesters' own at home
    from event_cases import analyse_article

    ev = next(e for e in analyse_article(text).events if e.type == "PROTEST")
    assert ev.recipient is not None and ev.recipient.country == code


@pytest.mark.parametrize("text, code", [
    ("Iran's Revolutionary Guards seized the British-flagged tanker Stena Impero in the Strait of Hormuz.", "GBR"),
    ("Houthi rebels attacked a Greek-owned freighter in the Red Sea.", "GRC"),
])
def test_a_ship_is_of_the_country_whose_flag_or_owner_the_text_names(text, code):
    from event_cases import analyse_article

    ev = next(e for e in analyse_article(text).events if e.type in ("COERCE", "ASSAULT"))
    assert ev.recipient is not None and ev.recipient.country == code


def test_a_group_backed_by_a_state_is_not_that_state():
    from event_cases import analyse_article

    ev = next(e for e in analyse_article("Iranian-backed militias attacked a U.S. base in Syria.").events
              if e.type == "ASSAULT")
    assert ev.actor is None or ev.actor.country != "IRN" or ev.actor.name != "Iran"
