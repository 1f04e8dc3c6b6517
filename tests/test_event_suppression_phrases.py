"""Suppression told in set phrases and by decree.

"Vowed to stamp out pro-North Korean elements" threatens (a vow of force), "all media were placed under the
command's control" and "police sealed the main gates" coerce, and "the junta issued a decree that banned all
protests" is the junta's ban (a decree's content is its issuer's act)."""
from __future__ import annotations

from event_cases import analyse_cases


def test_suppression_phrases_and_decrees():
    evs = analyse_cases({
        "vow": "President Yoon Suk Yeol vowed to stamp out what he called anti-state forces.",
        "control": "All media and publishers were placed under the command's control.",
        "gates": "Police sealed the main gates of the National Assembly.",
        "decree": "The junta issued a decree that banned all protests.",
    })
    assert [e for e in evs["vow"] if e["type"] == "THREATEN"], evs["vow"]
    assert [e for e in evs["control"] if e["type"] == "COERCE" and e["recipient"]], evs["control"]
    assert [e for e in evs["gates"] if e["type"] == "COERCE"], evs["gates"]
    ban = [e for e in evs["decree"] if e["type"] == "COERCE"]
    assert ban and ban[0]["actor"] and ban[0]["actor"]["name"] == "junta", evs["decree"]


def test_a_semicolon_ends_a_clause_the_next_one_does_not_report():
    # "India blamed militants; Islamabad denied any involvement": an accusation, then the denial of it
    from event_cases import code_of

    evs = analyse_cases({"semi": "India blamed militants backed by Pakistan; Islamabad denied any involvement."})
    assert [e for e in evs["semi"] if e["type"] == "ACCUSE" and code_of(e["actor"]) == "IND"], evs["semi"]
    assert [e for e in evs["semi"] if e["type"] == "REJECT" and code_of(e["actor"]) == "PAK"
            and code_of(e["recipient"]) == "IND"], evs["semi"]
