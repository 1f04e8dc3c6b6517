"""Driver side: link the whole batch once, in input order, and write the ``links`` dataset.

Duplicates and stories depend on what came before, so they are computed after all partitions,
by adding every record to one store in (partition, pos) order: the result does not depend on
the number of workers or where partitions were cut.
"""
from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path
from typing import Any, Iterator, Optional

from wirewatch.batch.parts import schema, write_table


def iter_part_records(out: Path, names: list[str]) -> Iterator[dict[str, Any]]:
    """Every record dict of the given article part files, in input order (without links)."""
    import pyarrow.parquet as pq

    for name in names:
        table = pq.read_table(out / "articles" / f"{name}.parquet", columns=["pos", "record"])
        for _, rec in sorted(zip(table.column("pos").to_pylist(), table.column("record").to_pylist())):
            yield json.loads(rec)


def link_batch(out: Path, names: list[str], db: Optional[str] = None) -> dict[str, Any]:
    """Add the batch's records to ``db`` (or a temporary SQLite store) in order; write ``links``."""
    from wirewatch.store import open_store

    tmpdir = None
    if db is None:
        tmpdir = tempfile.mkdtemp(prefix="wirewatch-link-")
        db = str(Path(tmpdir) / "link.db")
    counts = {"stored": 0, "present": 0}
    ids: set[str] = set()
    try:
        with open_store(db) as store:
            for rec in iter_part_records(out, names):
                ids.add(str(rec["id"]))
                counts[store.add(rec)] += 1
            rows = links_rows(r for r in store.iter_records() if str(r.get("id")) in ids)
        write_table(rows, "links", out / "links" / "part-links.parquet")
    finally:
        if tmpdir:
            shutil.rmtree(tmpdir, ignore_errors=True)
    return counts | {"link_rows": sum(r["kind"] != "links" for r in rows)}


def links_rows(records) -> list[dict[str, Any]]:
    """Flat link rows (store export layout) plus one ``kind='links'`` row with the full links JSON."""
    from wirewatch.store.export import _tables

    rows = []
    for rec in records:
        for kind, row in _tables([rec]):
            if kind == "links":
                rows.append(row | {"links": None})
        rows.append({"article_id": rec.get("id"), "kind": "links", "target": None, "similarity": None,
                     "basis": None, "links": json.dumps(rec.get("links") or {}, ensure_ascii=False,
                                                        sort_keys=True)})
    return rows


def read_records(out: str | Path) -> list[dict[str, Any]]:
    """The batch's full record dicts in input order, links attached from the ``links`` dataset."""
    import pyarrow.parquet as pq

    from wirewatch.batch import manifest

    out = Path(out)
    data = manifest.load(out)
    names = sorted(data["partitions"])
    links: dict[str, Any] = {}
    lpath = out / "links" / "part-links.parquet"
    if lpath.is_file():
        t = pq.read_table(lpath, columns=["article_id", "kind", "links"]).to_pylist()
        links = {r["article_id"]: json.loads(r["links"]) for r in t if r["kind"] == "links"}
    records = []
    for rec in iter_part_records(out, names):
        if rec.get("id") in links:
            rec["links"] = links[rec["id"]]
        records.append(rec)
    return records


__all__ = ["link_batch", "links_rows", "read_records", "schema"]
