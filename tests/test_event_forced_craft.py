"""Forcing a craft off its way is coercion, and officers taking someone away arrest them.

"Belarusian authorities forced a Ryanair passenger jet to land in Minsk" (the parser may read "land" as a
noun) and "forced a British tanker to change course" are COERCE; "security officers took away Roman
Protasevich" is an arrest; a storm forcing a ship back to port is no one's act.
"""
from __future__ import annotations

import pytest

from event_cases import code_of, events_fixture, first_event

CASES = {
    "jet": "Belarusian authorities forced a Ryanair passenger jet to land in Minsk.",
    "tanker": "Iranian forces forced a British tanker to change course.",
    "took_away": "Belarusian security officers took away Roman Protasevich, a journalist.",
}
events = events_fixture(CASES)


@pytest.mark.parametrize("key,actor", [("jet", "BLR"), ("tanker", "IRN")])
def test_forcing_a_craft_is_coercion(events, key, actor):
    assert code_of(first_event(events, key, "COERCE")["actor"]) == actor


def test_taking_someone_away_is_an_arrest(events):
    e = first_event(events, "took_away", "COERCE")
    assert e["mode"] == "arrest" and e["recipient"]["name"] == "Roman Protasevich", e
