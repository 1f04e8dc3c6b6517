"""Worker side: read one partition's slice, run the whole pipeline, write its Parquet part files."""
from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any, Iterator

from wirewatch.errors import Rejected
from wirewatch.settings import Settings
from wirewatch.sources.files import iter_inputs, jsonl_lines
from wirewatch.batch.plan import Partition

# Datasets written per partition (``links`` is written once by the driver's link stage).
PART_DATASETS = ("articles", "entities", "mentions", "quotes", "events", "rejections")
# Columns added to the store export's tables: where the row sits in the input order.
ORDER_COLUMNS = [("partition", "int64"), ("pos", "int64")]
REJECTION_COLUMNS = ["id", "input", "reason", "detail"]
# The export's link columns are left out of ``articles``: links exist only after the batch link stage.
LINK_COLUMNS = ("duplicate_of", "copies", "story")


def schema(kind: str):
    """The pyarrow schema of one batch dataset (the store export's columns plus batch columns)."""
    import pyarrow as pa
    from wirewatch.store.export import parquet_schema

    if kind == "rejections":
        fields = [pa.field(c, pa.string()) for c in REJECTION_COLUMNS]
    elif kind == "links":
        fields = list(parquet_schema("links")) + [pa.field("links", pa.string())]
        return pa.schema(fields)
    else:
        fields = [f for f in parquet_schema(kind) if kind != "articles" or f.name not in LINK_COLUMNS]
    fields += [pa.field(c, getattr(pa, t)()) for c, t in ORDER_COLUMNS]
    if kind == "articles":
        fields.append(pa.field("record", pa.string()))
        fields.append(pa.field("link_features", pa.string()))
    return pa.schema(fields)


def read_partition(part: Partition, settings: Settings) -> Iterator[Any]:
    """The raw documents (or rejections) of one partition, in input order; reads only its slices."""
    for seg in part.segments:
        if seg[0] == "jsonl":
            _, path, start, end, lineno = seg
            yield from _read_slice(path, start, end, lineno, settings.max_bytes)
        else:  # a whole file, URL, archive or unmatched pattern: the generic reader
            yield from iter_inputs([seg[1]], settings.max_bytes)


def _read_slice(path: str, start: int, end: int, lineno: int, max_bytes: int) -> Iterator[Any]:
    try:
        with open(path, "rb") as fh:
            fh.seek(start)
            data = fh.read(end - start)
    except OSError as exc:
        yield Rejected(path, "unreadable", exc.strerror or str(exc))
        return
    # Same checks and names as sources.files.read_jsonl, numbered from the slice's first line.
    yield from jsonl_lines(path, data.splitlines(keepends=True), max_bytes, first=lineno)


def analyse_partition(part: Partition, settings: Settings) -> list[dict | Rejected]:
    """Run the pipeline over one partition: record dicts and rejections, in input order."""
    from wirewatch.pipeline import process

    out: list[dict | Rejected] = []
    for result in process(read_partition(part, settings), settings):
        out.append(result if isinstance(result, Rejected) else result.to_dict())
    return out


def partition_rows(part_index: int, results: list[dict | Rejected]) -> dict[str, list[dict]]:
    """Flatten one partition's results into rows per dataset (store export layout + order columns)."""
    from wirewatch.link.features import link_features
    from wirewatch.store.export import _tables

    rows: dict[str, list[dict]] = {k: [] for k in PART_DATASETS}
    for pos, res in enumerate(results):
        order = {"partition": part_index, "pos": pos}
        if isinstance(res, Rejected):
            rows["rejections"].append(res.to_dict() | order)
            continue
        for kind, row in _tables([res]):
            if kind == "links":
                continue  # links come from the whole-batch link stage
            row = row | order
            if kind == "articles":
                row = {k: v for k, v in row.items() if k not in LINK_COLUMNS}
                row["record"] = json.dumps(res, ensure_ascii=False, sort_keys=True)
                # The link stage's per-article part, computed here in parallel (see linkstage.py).
                row["link_features"] = link_features(res).to_json()
            rows[kind].append(row)
    return rows


def write_table(rows: list[dict], kind: str, path: Path) -> None:
    """Write rows as one Parquet file atomically (temp file + rename): never a half-written part."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    path.parent.mkdir(parents=True, exist_ok=True)
    table = pa.Table.from_pylist(rows, schema=schema(kind))
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    pq.write_table(table, tmp)
    os.replace(tmp, path)


def part_files(out: Path, part: Partition) -> dict[str, Path]:
    """The part file of each per-partition dataset."""
    return {k: out / k / f"{part.name}.parquet" for k in PART_DATASETS}


def run_partition(part: Partition, out: str, settings: Settings) -> dict[str, Any]:
    """The task a worker runs: analyse a partition and write its part files; a summary dict."""
    t0, c0 = time.perf_counter(), time.process_time()
    results = analyse_partition(part, settings)
    t1, cpu = time.perf_counter(), time.process_time() - c0
    c1 = time.process_time()
    rows = partition_rows(part.index, results)
    files = part_files(Path(out), part)
    for kind, path in files.items():
        write_table(rows[kind], kind, path)
    write_cpu = time.process_time() - c1
    return {"index": part.index, "n_records": len(rows["articles"]), "n_rejected": len(rows["rejections"]),
            "files": {k: str(p.relative_to(out)) for k, p in files.items()},
            "analyse_s": round(t1 - t0, 4), "analyse_cpu_s": round(cpu, 4),
            "write_s": round(time.perf_counter() - t1, 4), "write_cpu_s": round(write_cpu, 4),
            "worker_pid": os.getpid()}


def warm_up(settings: Settings) -> int:
    """Load the models and lazy resources in this process (once per worker): analyse one sample article."""
    import pyarrow.parquet  # noqa: F401  (imported by the first part-file write otherwise)

    from wirewatch.pipeline import process
    from wirewatch.sources.raw import RawDocument

    samples = sorted((Path(__file__).resolve().parents[1] / "samples" / "articles").glob("*.txt"))
    text = samples[0].read_text(encoding="utf-8") if samples else \
        "Warm-up.\n\nThe council met on Monday in Paris, officials said, and the minister called it \"a start\"."
    list(process([RawDocument(data=text, format="text", name="<warm-up>")], settings))
    for kind in PART_DATASETS:
        schema(kind)
    return os.getpid()
