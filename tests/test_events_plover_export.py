"""PLOVER JSON and events CSV exports: shape of the objects built from a record dict."""
from __future__ import annotations

import json

from wirewatch.record import Article, Event, EventDate, EventParty, Mention, Place, Published, Record, Source
from wirewatch.store.plover import CSV_FIELDS, events_csv_rows, to_plover


def _record() -> dict:
    text = "A U.S. drone strike in Baghdad killed the general."
    ev = Event(type="ASSAULT", mode="drone", actor=EventParty("e1", "United States", "USA", None, "USA"),
               recipient=EventParty("e2", "Qasem Soleimani", "IRN", "MIL", "IRNMIL"),
               date=EventDate("2020-01-03", "2020-01-03"), date_basis="sentence",
               place=Place("e3", "Baghdad", "IRQ", lat=33.34, lon=44.4, feature="city"),
               background=True, evidence=Mention(0, len(text), text), trigger="drone strike", confidence=0.9)
    return Record(id="abc", source=Source(), article=Article(text=text, published=Published(date="2022-01-03")),
                  events=[ev]).to_dict()


def test_plover_one_object_per_event_with_spec_fields():
    out = to_plover(_record())
    assert len(out) == 1
    obj = out[0]
    for key in ("id", "date", "event", "mode", "context", "source", "target", "eventText", "eventLoc", "text"):
        assert key in obj
    assert obj["event"] == "ASSAULT" and obj["date"] == "2020-01-03"
    assert obj["source"][0]["code"] == "USA" and obj["target"][0]["actorText"] == "Qasem Soleimani"
    assert "historical" in obj["mode"] and obj["mode"].startswith("drone")
    assert obj["eventLoc"]["country"] == "IRQ"
    json.dumps(obj)  # JSONL-serialisable


def test_plover_unknown_actor_is_empty_list():
    rec = _record()
    rec["events"][0]["actor"] = None
    assert to_plover(rec)[0]["source"] == []


def test_events_csv_rows_are_flat_and_ordered():
    rows = events_csv_rows(_record())
    assert len(rows) == 1
    assert tuple(rows[0]) == CSV_FIELDS
    assert all(not isinstance(v, (dict, list)) for v in rows[0].values())
    assert rows[0]["background"] is True and rows[0]["place"] == "Baghdad"
