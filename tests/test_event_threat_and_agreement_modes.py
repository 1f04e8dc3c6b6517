"""A threat's mode is read from what is threatened, an agreement's from what it settles.

"Threatened to impose sanctions" and "threatened Belarus with new sanctions" threaten restrictions
(restrict), "vowed to strike back" force (violence), "threatened to cut ties" relations, "threatened to ban
the party" a ban (data/event_parties.yaml threat_modes, after CAMEO2PLOVER's 13x rows); "agreed to a
four-day pause in the fighting" and "a truce" are ceasefires."""
from __future__ import annotations

from event_cases import analyse_cases


def test_threat_and_agreement_modes():
    evs = analyse_cases({
        "sanctions": "Russia threatened to impose sanctions on Lithuania.",
        "with": "The EU threatened Belarus with new sanctions.",
        "strike": "Iran vowed to strike back at Israel.",
        "ties": "China threatened to cut ties with Lithuania.",
        "ban": "The junta threatened to ban the opposition party.",
        "pause": "Israel and Hamas have agreed to a four-day pause in the fighting in Gaza.",
        "talks": "Israel and Hamas have agreed to resume talks in Doha.",
    })
    for key, mode in (("sanctions", "restrict"), ("with", "restrict"), ("strike", "violence"),
                      ("ties", "relations"), ("ban", "ban")):
        e = next(e for e in evs[key] if e["type"] == "THREATEN")
        assert e["mode"] == mode, (key, e)
    assert next(e for e in evs["pause"] if e["type"] == "AGREE")["mode"] == "ceasefire", evs["pause"]
    assert all(e["mode"] != "ceasefire" for e in evs["talks"]), evs["talks"]
