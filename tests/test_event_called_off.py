"""Calling off a hostile act de-escalates (RETREAT, CAMEO 087): "called off military strikes against Iran" is
a retreat from Iran; a union calling off its strike gives way (CONCEDE), as calling off anything else does."""
from __future__ import annotations

from event_cases import analyse_cases, code_of


def test_calling_off_an_attack_is_a_retreat_and_a_unions_strike_a_concession():
    evs = analyse_cases({
        "strikes": "President Donald Trump said on Friday he had called off military strikes against Iran.",
        "offensive": "Israel called off a planned offensive against Hamas in Rafah.",
        "union": "The unions called off the strike after the government withdrew the bill.",
    })
    e = next(e for e in evs["strikes"] if e["type"] == "RETREAT")
    assert code_of(e["actor"]) == "USA" and code_of(e["recipient"]) == "IRN", e
    assert not [e for e in evs["strikes"] if e["type"] == "CONCEDE"], evs["strikes"]
    assert [e for e in evs["offensive"] if e["type"] == "RETREAT" and code_of(e["actor"]) == "ISR"], evs["offensive"]
    assert [e for e in evs["union"] if e["type"] == "CONCEDE" and e["actor"]["name"] == "unions"], evs["union"]
