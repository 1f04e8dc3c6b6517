"""Helpers for tests that code a table of one-sentence cases: analyse them once, pick an event."""
from __future__ import annotations

from wirewatch.evaluate.plover import analyse_sentences


def analyse_cases(cases: dict[str, str]) -> dict[str, list[dict]]:
    """Events of every case sentence (each analysed alone, as the GSR evaluation does), by key."""
    keys = list(cases)
    return dict(zip(keys, analyse_sentences([cases[k] for k in keys])))


def first_event(events: dict[str, list[dict]], key: str, etype: str) -> dict:
    """The first event of ``etype`` coded for a case (fails with what was coded instead)."""
    evs = [e for e in events[key] if e["type"] == etype]
    assert evs, (key, events[key])
    return evs[0]
