"""A clause after "before", "until" or "after" under a future or obligation is not yet done ("must agree before
they demobilize"), unless the clause itself is told in the past: "will send a delegation, three days after an
army unit stormed the presidential compound" tells a storming that happened."""
from __future__ import annotations

from event_cases import analyse_cases


def test_a_past_clause_under_a_future_verb_happened():
    evs = analyse_cases({
        "past": "ECOWAS said it would send a delegation to Conakry, three days after an elite army unit stormed "
                "the presidential compound.",
        "pending": "The rebels must agree to a truce before they demobilize.",
    })
    stormed = [e for e in evs["past"] if e["type"] == "ASSAULT"]
    assert stormed and not any(e["hypothetical"] for e in stormed), evs["past"]
    demob = [e for e in evs["pending"] if e["type"] == "RETREAT"]
    assert demob and all(e["hypothetical"] for e in demob), evs["pending"]
