"""Judgements passed with "as" or with a second object accuse (CAMEO 111).

- "called the prisoners terrorists" (parsed as two objects) accuses the prisoners.
- "described the sanctions as illegal", "described X's government as a terrorist regime", "denounced the
  diversion as hijacking": the judged act's author, or the party judged, is accused.
- Whose removal or arrest it was is not who is accused ("described Morales's removal as a coup").
- A judgement that is no condemnation ("described the talks as constructive") accuses no one.
"""
from __future__ import annotations

from event_cases import code_of, events_fixture, first_event

CASES = {
    "two_objects": "Ortega called the prisoners terrorists and mercenaries.",
    "as_illegal": "The United States imposed sanctions on Russia. Lavrov described the sanctions as illegal.",
    "as_regime": "Russia described Ukraine's government as a terrorist regime.",
    "as_hostile_act": "Belarusian fighter jets forced a Ryanair jet to land in Minsk. Lithuania's president "
                      "denounced the diversion as state-sponsored hijacking.",
    "removal": "The army ousted Morales on Sunday. Mexico's government described Morales's removal as a coup.",
    "constructive": "The minister described the talks as constructive.",
}
events = events_fixture(CASES)


def test_a_second_object_of_calling_accuses_the_first(events):
    e = first_event(events, "two_objects", "ACCUSE")
    assert "prisoners" in e["recipient"]["name"], e


def test_judging_with_as_accuses(events):
    e = first_event(events, "as_illegal", "ACCUSE")
    assert code_of(e["recipient"]) == "USA", e
    e = first_event(events, "as_regime", "ACCUSE")
    assert (code_of(e["actor"]), code_of(e["recipient"])) == ("RUS", "UKR"), e


def test_naming_an_act_as_a_hostile_act_accuses(events):
    e = first_event(events, "as_hostile_act", "ACCUSE")
    assert code_of(e["actor"]) == "LTU", e


def test_the_one_removed_is_not_accused(events):
    e = first_event(events, "removal", "ACCUSE")
    assert "Morales" not in ((e["recipient"] or {}).get("name") or ""), e


def test_a_favourable_description_accuses_no_one(events):
    assert not [e for e in events["constructive"] if e["type"] == "ACCUSE"], events["constructive"]


def test_a_denial_answers_its_accuser_in_a_report_of_no_hostile_act():
    from event_cases import analyse_cases

    evs = analyse_cases({"k": "U.S. officials accused Iraq of allowing its territory to be used. Iraq denied that "
                              "its territory had been used for the attack."})["k"]
    e = first_event({"k": evs}, "k", "REJECT")
    assert (code_of(e["actor"]), code_of(e["recipient"])) == ("IRQ", "USA"), e
