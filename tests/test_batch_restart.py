"""A rerun skips finished partitions; a deleted part file redoes only its partition."""
from __future__ import annotations

import json

import pytest

from wirewatch.batch import read_records, run_batch
from wirewatch.batch.samplegen import variants, write_jsonl
from wirewatch.settings import Settings

FAST = Settings(extract_only=True)


@pytest.fixture()
def corpus(tmp_path):
    return str(write_jsonl(tmp_path / "docs.jsonl", variants(30)))


def test_batch_restart_skips_finished_partitions(corpus, tmp_path):
    out = tmp_path / "out"
    first = run_batch([corpus], out, engine="local", partition_size=8, settings=FAST)
    assert first.ran == [0, 1, 2, 3] and first.skipped == []
    before = read_records(out)
    again = run_batch([corpus], out, engine="local", partition_size=8, settings=FAST)
    assert again.ran == [] and again.skipped == [0, 1, 2, 3]
    assert read_records(out) == before


def test_batch_restart_redoes_only_a_deleted_part(corpus, tmp_path):
    out = tmp_path / "out"
    run_batch([corpus], out, engine="local", partition_size=8, settings=FAST)
    before = read_records(out)
    (out / "quotes" / "part-00002.parquet").unlink()
    again = run_batch([corpus], out, engine="local", partition_size=8, settings=FAST)
    assert again.ran == [2] and again.skipped == [0, 1, 3]
    assert (out / "quotes" / "part-00002.parquet").is_file()
    assert read_records(out) == before


def test_batch_manifest_is_atomic_and_keyed(corpus, tmp_path):
    out = tmp_path / "out"
    run_batch([corpus], out, engine="local", partition_size=8, settings=FAST)
    manifest = json.loads((out / "_manifest.json").read_text())
    assert sorted(manifest["partitions"]) == [f"part-{i:05d}" for i in range(4)]
    assert not list(out.rglob("*.tmp"))  # temp files were renamed into place
    # Different settings change every partition's key: all are redone.
    other = run_batch([corpus], out, engine="local", partition_size=8, settings=FAST.replace(published="2024-01-02"))
    assert other.ran == [0, 1, 2, 3]


def test_batch_replan_removes_stale_parts(corpus, tmp_path):
    out = tmp_path / "out"
    run_batch([corpus], out, engine="local", partition_size=8, settings=FAST)
    run_batch([corpus], out, engine="local", partition_size=15, settings=FAST)
    assert sorted(p.name for p in (out / "articles").iterdir()) == ["part-00000.parquet", "part-00001.parquet"]
    assert len(read_records(out)) == 30


def test_batch_restart_redoes_partitions_of_a_changed_file(tmp_path):
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    items = variants(8)
    write_jsonl(one, items[:4])
    write_jsonl(two, items[4:])
    out = tmp_path / "out"
    run_batch([str(one), str(two)], out, engine="local", partition_size=4, settings=FAST)
    write_jsonl(two, list(reversed(items[5:])))  # new content
    again = run_batch([str(one), str(two)], out, engine="local", partition_size=4, settings=FAST)
    assert again.ran == [1] and again.skipped == [0]
    assert [r["id"] for r in read_records(out)][4:] == [i["id"] for i in reversed(items[5:])]
