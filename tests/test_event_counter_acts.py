"""The other side's answer in kind is a second event: a counter-accusation told in a "while" clause is not a
retelling of the first, and two accusations with the sides swapped never merge into one. A speech act the
parser joined to a reported or denied clause ("denied that its forces had crossed the border and called on
Bishkek to stop") is the reporter's."""
from __future__ import annotations

from event_cases import analyse_article, analyse_cases, code_of


def _pairs(evs, etype):
    return {(code_of(e["actor"]), code_of(e["recipient"])) for e in evs if e["type"] == etype}


def test_a_counter_accusation_in_a_while_clause_is_its_own_event():
    evs = analyse_cases({
        "while": "For years Asmara accused Addis Ababa of occupying its territory, while Ethiopia accused Eritrea "
                 "of arming rebel groups.",
    })
    assert {("ERI", "ETH"), ("ETH", "ERI")} <= _pairs(evs["while"], "ACCUSE"), evs["while"]


def test_accusations_told_with_the_sides_swapped_stay_two():
    rec = analyse_article(
        "ADDIS ABABA — Eritrea accused Ethiopia on Monday of massing troops near the border.\n\n"
        "Ethiopia on Monday accused Eritrea of arming rebels in its western region.", published="2016-06-14")
    evs = rec.to_dict()["events"]
    assert {("ERI", "ETH"), ("ETH", "ERI")} <= _pairs(evs, "ACCUSE"), evs


def test_a_speech_act_joined_to_a_denied_or_reported_clause_is_the_speakers():
    evs = analyse_cases({
        "denied": "The Tajik foreign ministry denied that its forces had crossed the border and called on Bishkek "
                  "to stop the provocations.",
        "said": "Iran's foreign ministry said the deal would only strengthen the resistance against Israel, and "
                "warned the Emirates that it would bear responsibility for the consequences.",
        "deed": "Zelensky said that Russia had promised the corridors and then fired on them.",
    })
    assert ("TJK", "KGZ") in _pairs(evs["denied"], "REQUEST"), evs["denied"]
    assert ("IRN", "ARE") in _pairs(evs["said"], "THREATEN"), evs["said"]
    assert not any(code_of(e["actor"]) == "UKR" for e in evs["deed"] if e["type"] == "ASSAULT"), evs["deed"]
