"""The ``batch`` command: partitioned analysis on Dask (or in-process) into Parquet, linked once."""
from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer


class Engine(str, Enum):
    dask = "dask"
    local = "local"


def register(app: typer.Typer) -> None:
    """Add the ``batch`` command to the main CLI."""

    @app.command("batch")
    def batch(
        inputs: List[str] = typer.Argument(..., help="Files, directories, globs, JSONL batches, WARC archives."),
        engine: Engine = typer.Option(Engine.dask, "--engine", help="dask (workers) or local (this process)."),
        scheduler: Optional[str] = typer.Option(None, "--scheduler",
                                                help="Dask scheduler tcp://HOST:PORT (default: start a LocalCluster)."),
        workers: int = typer.Option(2, "--workers", min=1, help="LocalCluster worker processes."),
        partition_size: int = typer.Option(50, "--partition-size", min=1, help="Documents per partition."),
        out_dir: Optional[Path] = typer.Option(None, "--out", help="Output directory (Parquet datasets + manifest)."),
        db: Optional[str] = typer.Option(None, "--db", help="Also add every record, in input order, to this store "
                                                          "(SQLite path or postgresql:// URL)."),
        extract_only: bool = typer.Option(False, "--extract-only", help="Skip language analysis (fast)."),
        published: Optional[str] = typer.Option(None, help="Publication date YYYY-MM-DD for every document."),
        config: Optional[Path] = typer.Option(None, "--config", help="Config file (TOML, [wirewatch] table)."),
        as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
    ):
        """Analyse a large batch partition by partition; restartable; duplicates/stories over the whole batch.

        Writes OUT/{articles,entities,mentions,quotes,events,rejections}/part-NNNNN.parquet, OUT/links/
        and OUT/_manifest.json (see docs/parquet.md). A rerun skips finished partitions.
        """
        from wirewatch.batch import run_batch
        from wirewatch.settings import load_settings

        if out_dir is None and db is None:
            raise typer.BadParameter("give --out DIR, --db URL, or both", param_hint="--out")
        settings = load_settings(config, extract_only=extract_only or None, published=published)
        say = (lambda msg: print(msg, file=sys.stderr)) if not as_json else None
        try:
            summary = run_batch(inputs, out_dir, engine=engine.value, scheduler=scheduler, workers=workers,
                                partition_size=partition_size, db=db, settings=settings, progress=say)
        except (ValueError, RuntimeError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            raise typer.Exit(1)
        if as_json:
            print(json.dumps(summary.to_dict(), ensure_ascii=False))
            return
        print(f"{summary.n_records} records, {summary.n_rejected} rejected, {summary.n_partitions} partitions "
              f"({len(summary.ran)} run, {len(summary.skipped)} skipped); links: {summary.link}; "
              f"{summary.seconds.get('total', 0):.1f}s" + (f" -> {out_dir}" if out_dir else ""))
