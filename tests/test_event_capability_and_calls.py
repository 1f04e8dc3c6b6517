"""What a party can do is no act, and a call joined to a negated passive is still made.

"Could limit Washington's ability to support Guinea" tells no support (hypothetical), nor does "the right
to protest"; "said Lithuania would not be bullied and called on the EU to ..." is a call made, not one
negated by the passive it is joined to ("was not arrested and charged" still shares the negation)."""
from __future__ import annotations

from event_cases import analyse_cases


def test_a_capability_is_no_act():
    evs = analyse_cases({
        "ability": "The State Department said the measures could limit Washington's ability to support Guinea.",
        "right": "The court upheld the right of workers to strike against the government.",
    })
    assert evs["ability"] and all(e["hypothetical"] for e in evs["ability"] if e["type"] == "SUPPORT"), evs["ability"]
    assert all(e["hypothetical"] for e in evs["right"] if e["type"] == "PROTEST"), evs["right"]


def test_a_call_joined_to_a_negated_passive_is_made():
    evs = analyse_cases({"call": "Foreign Minister Gabrielius Landsbergis said on Friday that Lithuania would not be "
                                 "bullied and called on the European Union to treat the customs block as an attack."})
    calls = [e for e in evs["call"] if e["type"] == "REQUEST"]
    assert calls and not any(e["negated"] for e in calls), evs["call"]
