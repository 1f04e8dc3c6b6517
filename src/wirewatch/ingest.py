"""Ingest: run the pipeline and store each record in its own transaction, then link it."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional

from wirewatch.errors import Rejected
from wirewatch.pipeline import process
from wirewatch.record import Record
from wirewatch.settings import Settings


@dataclass(slots=True)
class IngestSummary:
    stored: int = 0
    present: int = 0
    failed: list[Rejected] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)


def ingest_items(items: Iterable, settings: Settings, store,
                 on_result: Optional[Callable[[str, object], None]] = None) -> IngestSummary:
    """Analyse and store every item; a failure is recorded and the batch goes on."""
    summary = IngestSummary()
    for result in process(items, settings):
        if isinstance(result, Rejected):
            summary.failed.append(result)
            store.record_rejection(result.to_dict())
            status = "failed"
        else:
            status = store_record(store, result)
            if status == "stored":
                summary.stored += 1
            else:
                summary.present += 1
            summary.ids.append(result.id)
        if on_result:
            on_result(status, result)
    return summary


def store_record(store, record: Record) -> str:
    """Store one record and link it to what the store already holds; 'stored' or 'present'."""
    status = store.add(record.to_dict())
    if status == "stored" and hasattr(store, "link"):
        store.link(record.id)
    return status
