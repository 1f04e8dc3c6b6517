"""Distributed batch processing: partition inputs, analyse on Dask workers, write Parquet, link once.

    from wirewatch.batch import run_batch, read_records
    summary = run_batch(["in/*.jsonl"], out="out", engine="dask", workers=2)
    records = read_records("out")   # full record dicts, links included

See ``docs/parquet.md`` for the output layout.
"""
from wirewatch.batch.plan import Partition, plan_partitions
from wirewatch.batch.runner import BatchSummary, run_batch
from wirewatch.batch.linkstage import read_records

__all__ = ["Partition", "plan_partitions", "BatchSummary", "run_batch", "read_records"]
