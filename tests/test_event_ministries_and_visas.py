""""The foreign ministry" as a speaker, with no ministry named before, is the ministry of the state told last
("New Delhi hit back on Tuesday. The foreign ministry ..."); halting visas for another state's citizens reduces
relations (SANCTION), aimed at them through the halted verb's own preposition."""
from __future__ import annotations

from event_cases import code_of, events_fixture, first_event

CASES = {
    "ministry": ("NEW DELHI — India stopped issuing visas to Canadian citizens on Thursday. New Delhi hit back on "
                 "Tuesday. The foreign ministry ordered a senior Canadian diplomat to leave within five days."),
    "visas": "NEW DELHI — India stopped issuing visas to Canadian citizens on Thursday.",
    "when_clause": "The war began on October 7, when Hamas gunmen stormed into southern Israel.",
    "ordered_held": ("ISLAMABAD — A Pakistani court on Wednesday ordered former Prime Minister Imran Khan held "
                     "in custody for eight days."),
    "when_midnight": ("Armenia's defence ministry said the attack began shortly after midnight, when Azerbaijani "
                      "forces opened fire with artillery and drones on positions near the town of Goris."),
    "predicate_list": ("New Delhi hit back on Tuesday. The foreign ministry dismissed the allegations as absurd, "
                       "said they were meant to divert attention, and ordered a senior Canadian diplomat to leave "
                       "within five days."),
}
events = events_fixture(CASES)


def test_the_ministry_of_the_state_told_last_speaks(events):
    expel = [e for e in events["ministry"] if e["type"] == "SANCTION" and e["mode"] == "expel"]
    assert expel and code_of(expel[0]["actor"]) == "IND" and code_of(expel[0]["recipient"]) == "CAN", events["ministry"]


def test_halting_visas_reduces_relations(events):
    e = first_event(events, "visas", "SANCTION")
    assert (code_of(e["actor"]), code_of(e["recipient"])) == ("IND", "CAN"), e


def test_an_act_told_in_a_when_clause_of_a_date_happened_that_day(events):
    e = first_event(events, "when_clause", "ASSAULT")
    assert e["date"]["earliest"].endswith("-10-07") and e["background"], e


def test_ordered_held_in_custody_is_the_orderers_coercion_of_the_one_held(events):
    e = first_event(events, "ordered_held", "COERCE")
    assert e["actor"]["name"] == "Pakistani court" and e["recipient"]["name"] == "Imran Khan", e


def test_a_when_clause_on_a_time_tells_an_act_not_a_description(events):
    e = first_event(events, "when_midnight", "ASSAULT")
    assert code_of(e["actor"]) == "AZE" and code_of(e["recipient"]) == "ARM", e


def test_a_list_of_predicates_read_as_a_report_keeps_its_subject(events):
    expel = [e for e in events["predicate_list"] if e["type"] == "SANCTION"]
    assert expel and code_of(expel[0]["actor"]) == "IND" and code_of(expel[0]["recipient"]) == "CAN", expel
