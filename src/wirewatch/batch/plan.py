"""Inputs -> a stable ordered list of document units -> partitions a worker can read on its own.

A unit is one document (a file), one JSONL line (path + byte range + line number), or a spec
that only the generic reader understands (URL, WARC archive, a pattern matching nothing); the
last kind is read whole by one worker. Partitions are runs of consecutive units, so the input
order is (partition index, position in partition).
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from typing import Iterable, Iterator

from wirewatch.sources.files import _is_jsonl, expand
from wirewatch.sources.pages import is_url
from wirewatch.sources.warc import is_archive

# A unit: ("file", path) | ("jsonl", path, start, end, first_lineno) | ("spec", spec)
Unit = tuple


@dataclass(frozen=True, slots=True)
class Partition:
    index: int
    segments: tuple[Unit, ...]  # consecutive JSONL lines of one file are merged into one segment

    @property
    def name(self) -> str:
        """The part-file stem, e.g. ``part-00003``."""
        return f"part-{self.index:05d}"

    def key(self, settings_fp: str = "") -> str:
        """A fingerprint of what this partition reads (files' size and mtime included) and with which
        settings: a rerun redoes the partition if any of it changed."""
        stamps = []
        for seg in self.segments:
            try:
                st = os.stat(seg[1])
                stamps.append([st.st_size, st.st_mtime_ns])
            except OSError:
                stamps.append(None)
        blob = json.dumps([list(s) for s in self.segments] + [stamps, settings_fp], sort_keys=True)
        return hashlib.sha1(blob.encode()).hexdigest()[:16]


def iter_units(specs: Iterable[str]) -> Iterator[Unit]:
    """Every document the specs name, in the order ``iter_inputs`` would read them."""
    for spec in specs:
        if spec == "-":
            raise ValueError("batch cannot read standard input; write it to a file first")
        if is_url(spec) or (is_archive(spec) and os.path.isfile(spec)):
            yield ("spec", spec)
            continue
        paths = expand(spec)
        if not paths:
            yield ("spec", spec)  # the worker reports it as missing
            continue
        for path in paths:
            path = os.path.abspath(path)  # remote workers share the file system, not the cwd
            if os.path.isfile(path) and _is_jsonl(path, None):
                yield from _jsonl_units(path)
            else:
                yield ("file", path)


def _jsonl_units(path: str) -> Iterator[Unit]:
    """One unit per non-blank line: its byte range, found by scanning for newlines only."""
    offset = 0
    with open(path, "rb") as fh:
        for lineno, line in enumerate(fh, 1):
            end = offset + len(line)
            if line.strip():
                yield ("jsonl", path, offset, end, lineno)
            offset = end


def plan_partitions(specs: Iterable[str], partition_size: int = 50) -> list[Partition]:
    """Cut the units into partitions of ``partition_size`` documents (a spec counts as one)."""
    size = max(1, int(partition_size))
    parts, current = [], []
    for unit in iter_units(specs):
        current.append(unit)
        if len(current) >= size:
            parts.append(Partition(len(parts), _merge(current)))
            current = []
    if current:
        parts.append(Partition(len(parts), _merge(current)))
    return parts


def _merge(units: list[Unit]) -> tuple[Unit, ...]:
    """Adjacent lines of one JSONL file become one (path, start, end, first_lineno) slice."""
    out: list[Unit] = []
    for u in units:
        prev = out[-1] if out else None
        if u[0] == "jsonl" and prev and prev[0] == "jsonl" and prev[1] == u[1] and prev[3] <= u[2]:
            out[-1] = ("jsonl", u[1], prev[2], u[3], prev[4])
        else:
            out.append(u)
    return tuple(out)
