"""Helpers for tests that code a table of one-sentence cases: analyse them once, pick an event.

These tests are about the rule coder, so they keep every event it codes (``min_event_confidence=0``); the
learned confidence and its default cut have their own tests (test_event_confidence.py)."""
from __future__ import annotations

from wirewatch.evaluate.plover import analyse_sentences
from wirewatch.pipeline import process
from wirewatch.record import Record
from wirewatch.settings import Settings
from wirewatch.sources import RawDocument


def analyse_article(text: str, published: str = "2023-03-06") -> Record:  # 2023-03-06 is a Monday
    """The record of one test article (paragraphs separated by blank lines) through the full pipeline."""
    raw = RawDocument(data="-\n\n" + text, format="text", name="t", id="t", title="-")
    rec = next(iter(process([raw], Settings(published=published, n_process=1, min_event_confidence=0.0))))
    assert isinstance(rec, Record)
    return rec


def analyse_cases(cases: dict[str, str]) -> dict[str, list[dict]]:
    """Events of every case sentence (each analysed alone, as the GSR evaluation does), by key."""
    keys = list(cases)
    return dict(zip(keys, analyse_sentences([cases[k] for k in keys], min_event_confidence=0.0)))


def first_event(events: dict[str, list[dict]], key: str, etype: str) -> dict:
    """The first event of ``etype`` coded for a case (fails with what was coded instead)."""
    evs = [e for e in events[key] if e["type"] == etype]
    assert evs, (key, events[key])
    return evs[0]


def code_of(party) -> str | None:
    """A coded party's country, else the first three letters of its code ("IGO"), as the GSR compares them."""
    return party and (party.get("country") or (party.get("code") or "")[:3])


def events_fixture(cases: dict[str, str]):
    """A module-scoped pytest fixture named by the assignment (``events = events_fixture(CASES)``) holding
    the events of every case, analysed once."""
    import pytest

    @pytest.fixture(scope="module")
    def _events():
        return analyse_cases(cases)

    return _events
