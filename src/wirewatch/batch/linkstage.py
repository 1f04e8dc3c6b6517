"""Driver side: link the whole batch once, in input order, and write the ``links`` dataset.

Duplicates and stories depend on what came before, so they are computed over the whole batch
by adding every record to one store in (partition, pos) order -- as soon as a partition and all
before it are finished, so it overlaps the analysis: the result does not depend on the number
of workers, on where partitions were cut, or on the order in which they finish.
"""
from __future__ import annotations

import json
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any, Iterator, Optional

from wirewatch.batch.parts import write_table


def iter_part_records(out: Path, names: list[str]) -> Iterator[dict[str, Any]]:
    """Every record dict of the given article part files, in input order (without links)."""
    for rec, _ in iter_part_records_with_features(out, names):
        yield rec


def iter_part_records_with_features(out: Path, names: list[str]) -> Iterator[tuple[dict[str, Any], Any]]:
    """``(record dict, LinkFeatures or None)`` of the given part files, in input order."""
    import pyarrow.parquet as pq

    from wirewatch.link.features import LinkFeatures

    for name in names:
        path = out / "articles" / f"{name}.parquet"
        cols = [c for c in ("pos", "record", "link_features") if c in pq.read_schema(path).names]
        table = pq.read_table(path, columns=cols)
        feats = table.column("link_features").to_pylist() if "link_features" in cols else [None] * table.num_rows
        for _, rec, f in sorted(zip(table.column("pos").to_pylist(), table.column("record").to_pylist(), feats),
                                key=lambda x: x[0]):
            yield json.loads(rec), (LinkFeatures.from_json(f) if f else None)


class Linker:
    """Adds finished partitions to one store strictly in partition order, while later ones still run.

    ``ready(name)`` marks a partition finished; every partition whose predecessors are all linked
    is added at once, so the serial link stage overlaps the workers' analysis.
    """

    def __init__(self, out: Path, names: list[str], db: Optional[str] = None):
        from wirewatch.store import open_store

        self.out, self.names, self.next, self.db = out, names, 0, db
        self.tmpdir = None if db is not None else tempfile.mkdtemp(prefix="wirewatch-link-")
        self.store = open_store(db if db is not None else str(Path(self.tmpdir) / "link.db"))
        self.finished: set[str] = set()
        self.ids: set[str] = set()
        self.order: list[str] = []  # input order, for the links dataset
        self.counts = {"stored": 0, "present": 0}
        self.seconds = 0.0

    def ready(self, name: str) -> None:
        """Mark a partition finished; link every partition now next in line."""
        t0 = time.perf_counter()
        self.finished.add(name)
        while self.next < len(self.names) and self.names[self.next] in self.finished:
            for rec, feats in iter_part_records_with_features(self.out, [self.names[self.next]]):
                if str(rec["id"]) not in self.ids:
                    self.ids.add(str(rec["id"]))
                    self.order.append(str(rec["id"]))
                # A scratch store needs no full-text index or entity rows: links only.
                self.counts[self.store.add(rec, content=self.db is not None, link_features=feats)] += 1
            self.next += 1
        self.seconds += time.perf_counter() - t0

    def finish(self) -> dict[str, Any]:
        """Write the ``links`` dataset (all partitions must be linked); close the store."""
        t0 = time.perf_counter()
        try:
            if self.next < len(self.names):
                raise RuntimeError(f"partition {self.names[self.next]} is not finished; cannot link the batch")
            rows = links_rows(self.store.links_of(self.order))
            write_table(rows, "links", self.out / "links" / "part-links.parquet")
        finally:
            self.close()
        self.seconds += time.perf_counter() - t0
        return self.counts | {"link_rows": sum(r["kind"] != "links" for r in rows),
                              "seconds": round(self.seconds, 4)}

    def close(self) -> None:
        """Release the store (and delete the temporary one)."""
        self.store.close()
        if self.tmpdir:
            shutil.rmtree(self.tmpdir, ignore_errors=True)


def link_batch(out: Path, names: list[str], db: Optional[str] = None) -> dict[str, Any]:
    """Add the batch's records to ``db`` (or a temporary SQLite store) in order; write ``links``."""
    linker = Linker(out, names, db)
    try:
        for name in names:
            linker.ready(name)
    except BaseException:
        linker.close()
        raise
    return linker.finish()


def links_rows(links_by_id) -> list[dict[str, Any]]:
    """Flat link rows (store export layout) plus one ``kind='links'`` row with the full links JSON,
    from ``(article id, links dict)`` pairs."""
    from wirewatch.store.export import link_rows

    rows = []
    for aid, links in links_by_id:
        rows.extend(row | {"links": None} for row in link_rows(aid, links))
        rows.append({"article_id": aid, "kind": "links", "target": None, "similarity": None,
                     "basis": None, "links": json.dumps(links or {}, ensure_ascii=False, sort_keys=True)})
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

