"""Two sides' acts told in one sentence ("an Israeli strike killed X, and Hezbollah fired rockets at Israel")
are two events, while one side's act told with two verbs ("killed two and wounded five") stays one; a side
naming its own act ("what Israel described as pre-emptive strikes") passes no judgement; resigning in protest
protests; people moved "forcibly" are coerced."""
from __future__ import annotations

from event_cases import analyse_cases, code_of

CASES = {
    "two_sides": "An Israeli strike killed a senior commander, and on August 25 Hezbollah fired hundreds of "
                 "rockets at Israel.",
    "one_side": "Gunmen killed two soldiers and wounded five.",
    "own_naming": "Israeli jets carried out what Israel described as pre-emptive strikes in southern Lebanon.",
    "resigned": "Several Georgian ambassadors resigned in protest on Friday.",
    "forcibly": "Gendarmes forcibly removed opposition lawmakers from the chamber.",
}


def test_two_sides_acts_in_one_sentence_and_one_sides_two_verbs():
    evs = analyse_cases(CASES)
    actors = {code_of(e["actor"]) for e in evs["two_sides"] if e["type"] == "ASSAULT"}
    assert {"ISR", "LBN"} <= actors, evs["two_sides"]
    assert len([e for e in evs["one_side"] if e["type"] == "ASSAULT"]) == 1, evs["one_side"]


def test_own_naming_resignation_in_protest_and_forcible_removal():
    evs = analyse_cases(CASES)
    assert not [e for e in evs["own_naming"] if e["type"] == "ACCUSE"], evs["own_naming"]
    assert [e for e in evs["resigned"] if e["type"] == "PROTEST"], evs["resigned"]
    assert not [e for e in evs["resigned"] if e["type"] == "RETREAT"], evs["resigned"]
    c = [e for e in evs["forcibly"] if e["type"] == "COERCE"]
    assert c and "lawmakers" in c[0]["recipient"]["name"], evs["forcibly"]


def test_a_breach_reported_by_another_side_is_its_accusation():
    evs = analyse_cases({
        "reported": "Blinken said that by sheltering the al-Qaeda leader, the Taliban had grossly violated the "
                    "Doha agreement.",
        "told": "The Taliban violated the Doha agreement.",
    })
    acc = [e for e in evs["reported"] if e["type"] == "ACCUSE"]
    assert acc and code_of(acc[0]["actor"]) == "USA" and code_of(acc[0]["recipient"]) == "AFG", evs["reported"]
    assert not [e for e in evs["reported"] if e["type"] == "REJECT"], evs["reported"]
    assert [e for e in evs["told"] if e["type"] == "REJECT"], evs["told"]


def test_a_further_act_hung_on_the_first_without_a_conjunction_is_the_same_subjects():
    # the parser hangs "boarded" on "opened" with no relation of its own ("dep"): still the vessels' act
    evs = analyse_cases({"then": "At dusk Russian coastguard vessels opened fire, then boarded and seized the "
                                 "two Ukrainian gunboats."})["then"]
    seized = [e for e in evs if e["type"] == "COERCE"]
    assert seized and code_of(seized[0]["actor"]) == "RUS", evs
