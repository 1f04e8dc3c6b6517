"""Exports of a store: jsonl, csv, parquet, plover, events-csv.

* ``jsonl``: one full record dict (with ``links``) per line.
* ``csv``: one row per article (:data:`CSV_COLUMNS`; lists joined with ``; ``).
* ``parquet``: ``out`` is a directory holding one table per kind, all keyed by ``article_id``:
  ``articles.parquet`` (the CSV columns), ``entities.parquet`` (article_id, local_id, name, type,
  country, sector, code, salience, n_mentions), ``mentions.parquet`` (article_id, entity_local_id,
  start, end, text), ``quotes.parquet`` (article_id, n, text, kind, speaker_local_id, speaker_name,
  cue, start, end, confidence), ``events.parquet`` (article_id, n, type, mode, actor_name,
  actor_country, recipient_name, recipient_country, earliest, latest, place_name, place_lat,
  place_lon, place_country, flags, evidence, confidence), ``links.parquet`` (article_id, kind in
  {duplicate_of, copy, related, story}, target, similarity, basis).
* ``plover`` / ``events-csv``: delegated to ``wirewatch.store.plover.to_plover(record)`` (JSONL,
  one object per returned item) and ``events_csv_rows(record)`` (CSV rows as dicts).
"""
from __future__ import annotations

import csv
import importlib
import json
import sys
from pathlib import Path
from typing import IO, Any, Iterable, Iterator, Optional, Union

FORMATS = ("jsonl", "csv", "parquet", "plover", "events-csv")
CSV_COLUMNS = ["id", "title", "published", "publisher", "url", "original_url", "syndicated_copy", "language",
               "source_path", "n_words", "entities", "places", "n_quotes", "event_types", "duplicate_of",
               "copies", "story", "text"]
Out = Union[str, Path, IO[str], None]


def export(store, fmt: str, out: Out = None) -> int:
    """Write every record of ``store`` in ``fmt`` to ``out`` (path, text stream, or stdout); count records."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; one of {', '.join(FORMATS)}")
    records = store.iter_records()
    if fmt == "parquet":
        if out is None or not isinstance(out, (str, Path)):
            raise ValueError("parquet export needs a directory path")
        return write_parquet(records, Path(out))
    with _open(out) as fh:
        if fmt == "jsonl":
            return _jsonl(records, fh)
        if fmt == "csv":
            return _csv((article_csv_row(r) for r in records), CSV_COLUMNS, fh)
        plover = _plover_module()
        if fmt == "plover":
            n = 0
            for rec in records:
                n += 1
                items = plover.to_plover(rec)
                for item in items if isinstance(items, list) else [items]:
                    fh.write(json.dumps(item, ensure_ascii=False) + "\n")
            return n
        rows = (row for rec in records for row in plover.events_csv_rows(rec))
        return _csv(rows, None, fh)


class _open:
    def __init__(self, out: Out):
        self.out, self.fh, self.own = out, None, False

    def __enter__(self) -> IO[str]:
        if self.out is None or self.out == "-":
            self.fh = sys.stdout
        elif isinstance(self.out, (str, Path)):
            self.fh, self.own = open(self.out, "w", encoding="utf-8", newline=""), True
        else:
            self.fh = self.out
        return self.fh

    def __exit__(self, *exc) -> None:
        if self.own:
            self.fh.close()


def _plover_module():
    try:
        return importlib.import_module("wirewatch.store.plover")
    except ImportError as exc:
        raise ValueError("the plover/events-csv exports need wirewatch.store.plover") from exc


def _jsonl(records: Iterable[dict], fh: IO[str]) -> int:
    n = 0
    for rec in records:
        fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n


def _csv(rows: Iterable[dict], columns: Optional[list[str]], fh: IO[str]) -> int:
    writer = None
    n = 0
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(fh, fieldnames=columns or list(row), extrasaction="ignore")
            writer.writeheader()
        writer.writerow(row)
        n += 1
    if writer is None and columns:
        csv.DictWriter(fh, fieldnames=columns).writeheader()
    return n


def article_csv_row(rec: dict[str, Any]) -> dict[str, Any]:
    """One flat row per article (see :data:`CSV_COLUMNS`)."""
    art, links = rec.get("article") or {}, rec.get("links") or {}
    pub = art.get("published") or {}
    return {
        "id": rec.get("id"), "title": art.get("title"), "published": pub.get("date"),
        "publisher": art.get("publisher"), "url": art.get("url"), "original_url": art.get("original_url"),
        "syndicated_copy": bool(art.get("syndicated_copy")), "language": art.get("language"),
        "source_path": (rec.get("source") or {}).get("path"), "n_words": len((art.get("text") or "").split()),
        "entities": "; ".join(e.get("name", "") for e in rec.get("entities") or []),
        "places": "; ".join(p.get("name", "") for p in rec.get("places") or []),
        "n_quotes": len(rec.get("quotes") or []),
        "event_types": "; ".join(sorted({e.get("type", "") for e in rec.get("events") or []})),
        "duplicate_of": links.get("duplicate_of"), "copies": "; ".join(links.get("copies") or []),
        "story": links.get("story"), "text": art.get("text"),
    }


def _tables(records: Iterable[dict]) -> Iterator[tuple[str, dict]]:
    for rec in records:
        aid = rec.get("id")
        yield "articles", article_csv_row(rec)
        for e in rec.get("entities") or []:
            yield "entities", {"article_id": aid, "local_id": e.get("id"), "name": e.get("name"),
                               "type": e.get("type"), "country": e.get("country"), "sector": e.get("sector"),
                               "code": e.get("code"), "salience": float(e.get("salience") or 0.0),
                               "n_mentions": len(e.get("mentions") or [])}
            for m in e.get("mentions") or []:
                yield "mentions", {"article_id": aid, "entity_local_id": e.get("id"), "start": m.get("start"),
                                   "end": m.get("end"), "text": m.get("text")}
        for n, q in enumerate(rec.get("quotes") or []):
            yield "quotes", {"article_id": aid, "n": n, "text": q.get("text"), "kind": q.get("kind"),
                             "speaker_local_id": q.get("speaker"), "speaker_name": q.get("speaker_name"),
                             "cue": q.get("cue"), "start": q.get("start"), "end": q.get("end"),
                             "confidence": q.get("confidence")}
        for n, ev in enumerate(rec.get("events") or []):
            a, r = ev.get("actor") or {}, ev.get("recipient") or {}
            p, d = ev.get("place") or {}, ev.get("date") or {}
            yield "events", {"article_id": aid, "n": n, "type": ev.get("type"), "mode": ev.get("mode"),
                             "actor_name": a.get("name"), "actor_country": a.get("country"),
                             "recipient_name": r.get("name"), "recipient_country": r.get("country"),
                             "earliest": d.get("earliest"), "latest": d.get("latest"),
                             "place_name": p.get("name"), "place_lat": p.get("lat"), "place_lon": p.get("lon"),
                             "place_country": p.get("country"),
                             "flags": ",".join(f for f in ("attempted", "failed", "negated", "hypothetical",
                                                           "background") if ev.get(f)),
                             "evidence": (ev.get("evidence") or {}).get("text"), "confidence": ev.get("confidence")}
        for row in link_rows(aid, rec.get("links") or {}):
            yield "links", row


def link_rows(aid: Any, links: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The flat ``links`` rows of one article's links dict."""
    base = {"article_id": aid, "similarity": links.get("similarity"), "basis": links.get("original_basis")}
    if links.get("duplicate_of"):
        yield base | {"kind": "duplicate_of", "target": links["duplicate_of"]}
    for c in links.get("copies") or []:
        yield base | {"kind": "copy", "target": c}
    for c in links.get("related") or []:
        yield {"article_id": aid, "kind": "related", "target": c, "similarity": None, "basis": None}
    if links.get("story") is not None:
        yield {"article_id": aid, "kind": "story", "target": str(links["story"]), "similarity": None, "basis": None}


# Parquet column types; every other column is a string.
_TYPES = {"syndicated_copy": "bool_", "n_words": "int64", "n_quotes": "int64", "story": "int64",
          "salience": "float64", "n_mentions": "int64", "start": "int64", "end": "int64", "n": "int64",
          "confidence": "float64", "place_lat": "float64", "place_lon": "float64", "similarity": "float64"}
PARQUET_COLUMNS = {
    "articles": CSV_COLUMNS,
    "entities": ["article_id", "local_id", "name", "type", "country", "sector", "code", "salience", "n_mentions"],
    "mentions": ["article_id", "entity_local_id", "start", "end", "text"],
    "quotes": ["article_id", "n", "text", "kind", "speaker_local_id", "speaker_name", "cue", "start", "end",
               "confidence"],
    "events": ["article_id", "n", "type", "mode", "actor_name", "actor_country", "recipient_name",
               "recipient_country", "earliest", "latest", "place_name", "place_lat", "place_lon",
               "place_country", "flags", "evidence", "confidence"],
    "links": ["article_id", "kind", "target", "similarity", "basis"],
}


def parquet_schema(kind: str):
    """The fixed pyarrow schema of one exported table."""
    import pyarrow as pa

    return pa.schema([(c, getattr(pa, _TYPES.get(c, "string"))()) for c in PARQUET_COLUMNS[kind]])


def write_parquet(records: Iterable[dict], outdir: Path, batch: int = 5000) -> int:
    """Write the per-kind Parquet tables into ``outdir`` (see module docstring); count articles."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    outdir.mkdir(parents=True, exist_ok=True)
    schemas = {k: parquet_schema(k) for k in PARQUET_COLUMNS}
    writers = {k: pq.ParquetWriter(outdir / f"{k}.parquet", schemas[k]) for k in PARQUET_COLUMNS}
    buffers: dict[str, list[dict]] = {k: [] for k in PARQUET_COLUMNS}
    n = 0

    def flush(kind: str) -> None:
        if buffers[kind]:
            writers[kind].write_table(pa.Table.from_pylist(buffers[kind], schema=schemas[kind]))
            buffers[kind].clear()

    try:
        for kind, row in _tables(records):
            n += kind == "articles"
            if kind == "articles" and row.get("story") is not None:
                row["story"] = int(row["story"])
            buffers[kind].append(row)
            if len(buffers[kind]) >= batch:
                flush(kind)
        for kind in buffers:
            flush(kind)
    finally:
        for w in writers.values():
            w.close()
    return n
