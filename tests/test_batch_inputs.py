"""Partitions are byte slices of JSONL files; bad lines go to ``rejections``; the CLI and --db."""
from __future__ import annotations

import json
import os
import uuid

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from wirewatch.batch import plan_partitions, read_records, run_batch
from wirewatch.batch.parts import read_partition
from wirewatch.batch.samplegen import SAMPLES, variants, write_jsonl
from wirewatch.cli import app
from wirewatch.settings import Settings
from wirewatch.store import open_store

FAST = Settings(extract_only=True)


def test_batch_plan_slices_jsonl_by_byte_offsets(tmp_path):
    path = write_jsonl(tmp_path / "d.jsonl", variants(10))
    with open(path, "ab") as fh:
        fh.write(b"\n\n")  # blank lines are not documents
    sample = sorted(SAMPLES.glob("*.html"))[0]
    parts = plan_partitions([str(path), str(sample)], partition_size=4)
    assert [len(p.segments) for p in parts] == [1, 1, 2]
    kind, fname, start, end, lineno = parts[1].segments[0]
    assert (kind, lineno) == ("jsonl", 5)
    assert 0 < start < end < path.stat().st_size
    items = list(read_partition(parts[1], FAST))
    assert [i.id for i in items] == ["gen-00004", "gen-00005", "gen-00006", "gen-00007"]
    assert items[0].name == f"{path}:5"  # the same name the plain reader gives
    assert parts[2].segments[1] == ("file", str(sample))


def test_batch_bad_line_is_rejected_and_the_rest_goes_on(tmp_path):
    path = write_jsonl(tmp_path / "d.jsonl", variants(12), bad_lines={3: "{oops", 9: '{"id": "x", "text": 5}'})
    out = tmp_path / "out"
    summary = run_batch([str(path)], out, engine="local", partition_size=5, settings=FAST)
    assert summary.n_records == 12 and summary.n_rejected == 2
    rej = pq.read_table(out / "rejections").to_pylist()
    assert [(r["input"], r["reason"]) for r in rej] == [(f"{path}:4", "not-json"), (f"{path}:11", "bad-field")]
    assert len(read_records(out)) == 12


def test_batch_missing_input_is_a_rejection(tmp_path):
    out = tmp_path / "out"
    summary = run_batch([str(tmp_path / "nothing-*.txt")], out, engine="local", settings=FAST)
    assert summary.n_records == 0 and summary.n_rejected == 1
    assert pq.read_table(out / "rejections").column("reason").to_pylist() == ["missing"]


def test_batch_datasets_are_flat_and_keyed_by_article(tmp_path):
    path = write_jsonl(tmp_path / "d.jsonl", variants(6))
    out = tmp_path / "out"
    run_batch([str(path)], out, engine="local", partition_size=4, settings=FAST)
    for kind in ("articles", "entities", "mentions", "quotes", "events", "rejections", "links"):
        assert (out / kind).is_dir(), kind
    arts = pq.read_table(out / "articles").to_pylist()
    assert [a["id"] for a in arts] == [f"gen-{i:05d}" for i in range(6)]
    assert json.loads(arts[0]["record"])["id"] == "gen-00000"
    assert {(a["partition"], a["pos"]) for a in arts} == {(0, 0), (0, 1), (0, 2), (0, 3), (1, 0), (1, 1)}
    kinds = set(pq.read_table(out / "links").column("kind").to_pylist())
    assert "links" in kinds and "story" in kinds


def test_batch_db_gets_every_record_in_input_order(tmp_path):
    path = write_jsonl(tmp_path / "d.jsonl", variants(9))
    db = str(tmp_path / "w.db")
    summary = run_batch([str(path)], None, engine="local", partition_size=4, settings=FAST, db=db)
    assert summary.link["stored"] + summary.link["present"] == 9
    with open_store(db) as store:
        ids = [r["id"] for r in store.iter_records()]
    assert ids == [i for i in (f"gen-{n:05d}" for n in range(9)) if i in ids] and len(ids) == summary.link["stored"]


def test_batch_cli_local_engine(tmp_path):
    path = write_jsonl(tmp_path / "d.jsonl", variants(5))
    out = tmp_path / "out"
    res = CliRunner().invoke(app, ["batch", str(path), "--engine", "local", "--extract-only",
                                   "--partition-size", "2", "--out", str(out), "--json"])
    assert res.exit_code == 0, res.output
    summary = json.loads(res.stdout.strip().splitlines()[-1])
    assert summary["n_partitions"] == 3 and summary["n_records"] == 5
    assert (out / "_manifest.json").is_file()
    res = CliRunner().invoke(app, ["batch", str(path), "--engine", "local"])
    assert res.exit_code != 0


@pytest.mark.postgres
def test_batch_db_postgresql(tmp_path):
    import psycopg

    url = os.environ.get("WIREWATCH_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
    try:
        psycopg.connect(url, connect_timeout=3).close()
    except Exception:
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL is required in CI and not reachable at {url}")
        pytest.skip("PostgreSQL not reachable")
    schema = f"batch_{uuid.uuid4().hex[:10]}"
    path = write_jsonl(tmp_path / "d.jsonl", variants(6))
    try:
        summary = run_batch([str(path)], tmp_path / "out", engine="local", partition_size=4, settings=FAST,
                            db=f"{url}?schema={schema}")
        assert summary.link["stored"] + summary.link["present"] == 6
        with open_store(f"{url}?schema={schema}") as store:
            assert len(list(store.iter_records())) == summary.link["stored"]
        assert canon_links(tmp_path / "out") == canon_links_local(path, tmp_path)
    finally:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


def canon_links(out) -> list:
    return sorted((r["article_id"], r["kind"], r["target"]) for r in pq.read_table(out / "links").to_pylist()
                  if r["kind"] != "story")


def canon_links_local(path, tmp_path) -> list:
    """The same batch linked in a temporary SQLite store (story ids are per-store sequences: left out)."""
    run_batch([str(path)], tmp_path / "sqlite", engine="local", partition_size=4, settings=FAST)
    return canon_links(tmp_path / "sqlite")
