"""The batch driver: plan partitions, run the unfinished ones (Dask or in-process), then link once."""
from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional

from wirewatch.batch import manifest
from wirewatch.batch.linkstage import Linker
from wirewatch.batch.parts import PART_DATASETS, run_partition, warm_up
from wirewatch.batch.plan import Partition, plan_partitions
from wirewatch.settings import Settings

ENGINES = ("dask", "local")
# Settings that cannot change a record; left out of the partition fingerprint.
_NOT_OUTPUT = {"db", "n_process", "batch_size"}


@dataclass(slots=True)
class BatchSummary:
    out: str
    n_partitions: int = 0
    skipped: list[int] = field(default_factory=list)  # partitions already finished (restart)
    ran: list[int] = field(default_factory=list)
    n_records: int = 0
    n_rejected: int = 0
    link: dict[str, Any] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    tasks: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """A plain dict (CLI JSON output)."""
        return dataclasses.asdict(self)


def settings_fingerprint(settings: Settings) -> str:
    """A short hash of the settings that shape records (a change redoes every partition)."""
    data = {k: v for k, v in dataclasses.asdict(settings).items() if k not in _NOT_OUTPUT}
    return hashlib.sha1(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()[:12]


def run_batch(inputs: list[str], out: Optional[str | Path] = None, *, engine: str = "dask",
              scheduler: Optional[str] = None, workers: int = 2, partition_size: int = 50,
              db: Optional[str] = None, settings: Optional[Settings] = None, client=None,
              warm: bool = False, progress: Optional[Callable[[str], None]] = None) -> BatchSummary:
    """Analyse ``inputs`` partition by partition into Parquet under ``out``; link the batch once.

    ``engine``: ``dask`` (``client``, else ``scheduler`` address, else a LocalCluster of
    ``workers`` processes) or ``local`` (in this process). Finished partitions (manifest + files)
    are skipped. ``db``: also add every record, in input order, to that store (it then does the
    linking). Without ``out`` a temporary directory is used (``db`` is then required).
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; one of {', '.join(ENGINES)}")
    if out is None and db is None:
        raise ValueError("give an output directory, a --db store, or both")
    say = progress or (lambda msg: None)
    settings = (settings or Settings()).replace(n_process=1)  # workers must not fork spaCy again
    tmp_out = None
    if out is None:
        tmp_out = tempfile.mkdtemp(prefix="wirewatch-batch-")
        out = tmp_out
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    summary = BatchSummary(out=str(out))
    t0 = time.perf_counter()
    try:
        parts = plan_partitions(inputs, partition_size)
        summary.n_partitions = len(parts)
        fp = settings_fingerprint(settings)
        keys = {p.name: p.key(fp) for p in parts}
        data = manifest.load(out)
        # Entries for partitions no longer in the plan (other inputs/size) are dropped with their files.
        data["partitions"] = {n: e for n, e in data["partitions"].items() if n in keys}
        _remove_stale_parts(out, set(keys))
        todo = [p for p in parts if not manifest.is_done(out, data, p.name, keys[p.name])]
        summary.skipped = [p.index for p in parts if p not in todo]
        summary.seconds["plan"] = round(time.perf_counter() - t0, 4)
        say(f"{len(parts)} partitions, {len(summary.skipped)} already done, {len(todo)} to run")

        linker = Linker(out, [p.name for p in parts], db)

        def finished(part: Partition, res: dict[str, Any]) -> None:
            data["partitions"][part.name] = {"key": keys[part.name], "files": res["files"],
                                             "n_records": res["n_records"], "n_rejected": res["n_rejected"]}
            manifest.save(out, data)
            summary.ran.append(part.index)
            summary.tasks.append(res | {"done_at_s": round(time.perf_counter() - t1, 4)})
            say(f"{part.name}: {res['n_records']} records, {res['n_rejected']} rejected")
            linker.ready(part.name)  # links in input order while later partitions still run

        t1 = time.perf_counter()
        try:
            for index in summary.skipped:
                linker.ready(parts[index].name)
            if todo:
                if engine == "local":
                    if warm:
                        warm_up(settings)
                    for part in todo:
                        finished(part, run_partition(part, str(out), settings))
                else:
                    _run_dask(todo, out, settings, finished, client, scheduler, workers, warm)
        except BaseException:
            linker.close()
            raise
        summary.seconds["analyse"] = round(time.perf_counter() - t1, 4)
        summary.ran.sort()  # completion order varies with the workers; report input order
        manifest.save(out, data)
        entries = [data["partitions"][p.name] for p in parts]
        summary.n_records = sum(e["n_records"] for e in entries)
        summary.n_rejected = sum(e["n_rejected"] for e in entries)
        t2 = time.perf_counter()
        summary.link = linker.finish()
        summary.seconds["link_after_analysis"] = round(time.perf_counter() - t2, 4)
        summary.seconds["link_total"] = summary.link.pop("seconds")
        summary.seconds["total"] = round(time.perf_counter() - t0, 4)
        return summary
    finally:
        if tmp_out:
            shutil.rmtree(tmp_out, ignore_errors=True)


def _remove_stale_parts(out: Path, names: set[str]) -> None:
    """Part files of partitions not in the plan would be read by dataset globs: delete them."""
    for kind in PART_DATASETS:
        for path in (out / kind).glob("part-*.parquet"):
            if path.stem not in names:
                path.unlink()


def _run_dask(todo: list[Partition], out: Path, settings: Settings, finished, client, scheduler: Optional[str],
              workers: int, warm: bool) -> None:
    from distributed import as_completed

    own_client, cluster = client is None, None
    if own_client:
        client, cluster = make_client(scheduler, workers)
    try:
        if warm:
            client.run(warm_up, settings)
        by_key = {}
        futures = []
        for part in todo:
            fut = client.submit(run_partition, part, str(out), settings, pure=False,
                                key=f"wirewatch-{part.name}-{time.time_ns()}")
            by_key[fut.key] = part
            futures.append(fut)
        errors = []
        for fut in as_completed(futures):
            part = by_key[fut.key]
            try:
                res = fut.result()
            except Exception as exc:  # record what finished; report the failures at the end
                errors.append(f"{part.name}: {type(exc).__name__}: {exc}")
                continue
            finished(part, res)
        if errors:
            raise RuntimeError("partitions failed (rerun to retry them):\n" + "\n".join(errors))
    finally:
        if own_client:
            client.close()
            if cluster is not None:
                cluster.close()


def make_client(scheduler: Optional[str] = None, workers: int = 2):
    """A Dask client: to ``scheduler`` if given, else to a new LocalCluster of worker processes.

    Returns ``(client, cluster_or_None)``; close both when done.
    """
    from distributed import Client, LocalCluster

    import dask

    if scheduler:
        return Client(scheduler), None
    # Dask's nannies start workers with MALLOC_TRIM_THRESHOLD_=65536. A fixed threshold turns
    # off glibc's adaptive mmap threshold, and spaCy's many large short-lived buffers then cost
    # 10-35% more CPU per document (measured on this pipeline); leave glibc's default.
    with dask.config.set({"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None}):
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=":0", silence_logs=logging.ERROR)
    return Client(cluster), cluster
