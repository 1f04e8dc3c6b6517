"""The published JSON Schema of the record, and a validator for it."""
from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any


@functools.lru_cache(maxsize=1)
def record_schema() -> dict[str, Any]:
    """The record JSON Schema shipped with the package."""
    return json.loads(resources.files(__package__).joinpath("record.schema.json").read_text("utf-8"))


def validate_record(record: dict[str, Any]) -> None:
    """Raise jsonschema.ValidationError if ``record`` breaks the contract, including span offsets."""
    import jsonschema

    jsonschema.validate(record, record_schema())
    body = record["article"]["text"]
    captions = [c["text"] for c in record["article"]["captions"]]
    for span in _spans(record):
        source = span.get("source")
        text = captions[int(source.split(":")[1])] if source else body
        if not (0 <= span["start"] <= span["end"] <= len(text)):
            raise jsonschema.ValidationError(f"span {span} is outside its text ({len(text)} chars)")
        if "text" in span and span["text"] and text[span["start"]:span["end"]] != span["text"]:
            raise jsonschema.ValidationError(f"span text {span['text']!r} != the text at its offsets")


def _spans(record: dict[str, Any]):
    for para in record["article"]["paragraphs"]:
        yield {"start": para["start"], "end": para["end"]}
    for ent in record["entities"]:
        yield from ent["mentions"]
    for d in record["dates"]:
        yield d
    for q in record["quotes"]:
        for s, e in q["parts"]:
            yield {"start": s, "end": e}
        if q.get("speaker_mention"):
            yield q["speaker_mention"]
    for ev in record["events"]:
        yield ev["evidence"]
        yield from ev.get("more_evidence") or []
