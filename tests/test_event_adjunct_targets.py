"""What a crowd does along the way is done to its march's target.

"Supporters of the junta marched on the French embassy, tearing down its nameplate, hurling stones and
setting fire to a door": the stones and the fire are aimed at the embassy (France), not at the crowd's own
government or country; an adjunct naming a party of its own keeps it.
"""
from __future__ import annotations

from event_cases import code_of, events_fixture

CASES = {
    "embassy": ("NIAMEY — Thousands of supporters of Niger's new military rulers marched on the French embassy "
                "on Sunday, tearing down its nameplate, hurling stones and setting fire to a door."),
}
events = events_fixture(CASES)


def test_acts_along_the_march_hit_its_target(events):
    by_crowd = [e for e in events["embassy"] if code_of(e["actor"]) == "NER"]
    assert by_crowd and all(code_of(e["recipient"]) == "FRA" for e in by_crowd), by_crowd
    assert any(e["type"] == "ASSAULT" for e in by_crowd), by_crowd
