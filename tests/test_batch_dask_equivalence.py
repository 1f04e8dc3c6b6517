"""A 2-worker Dask LocalCluster gives exactly the records (links included) of the single-process pipeline."""
from __future__ import annotations

import json

import pytest

from wirewatch.batch import read_records, run_batch
from wirewatch.batch.runner import make_client
from wirewatch.batch.samplegen import variants, write_jsonl
from wirewatch.errors import Rejected
from wirewatch.pipeline import process
from wirewatch.settings import Settings
from wirewatch.sources import iter_inputs
from wirewatch.store import open_store

N_FULL = 240  # "a few hundred": every sample article several times, with planted copies


@pytest.fixture(scope="module")
def cluster():
    client, cluster = make_client(None, workers=2)
    yield client, cluster
    client.close()
    cluster.close()


@pytest.fixture(scope="module")
def client(cluster):
    return cluster[0]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("batch")
    return write_jsonl(folder / "docs.jsonl", variants(N_FULL), bad_lines={40: "{not json"})


def reference(paths: list[str], settings: Settings, tmp_path) -> list[dict]:
    """The single-process answer: plain ``process``, then one store links the records in input order."""
    recs = [r.to_dict() for r in process(iter_inputs(paths), settings.replace(n_process=1))
            if not isinstance(r, Rejected)]
    with open_store(str(tmp_path / "ref.db")) as store:
        for rec in recs:
            store.add(rec)
        links = {r["id"]: r["links"] for r in store.iter_records()}
    for rec in recs:
        rec["links"] = links.get(rec["id"], rec["links"])
    return recs


def canon(records: list[dict]) -> list[str]:
    return sorted(json.dumps(r, sort_keys=True, ensure_ascii=False) for r in records)


@pytest.mark.slow
def test_batch_dask_full_analysis_equals_single_process(client, corpus, tmp_path):
    settings = Settings()
    expected = reference([str(corpus)], settings, tmp_path)
    summary = run_batch([str(corpus)], tmp_path / "out", engine="dask", client=client, partition_size=25,
                        settings=settings)
    got = read_records(tmp_path / "out")
    assert summary.n_records == N_FULL and summary.n_rejected == 1
    assert len(expected) == N_FULL
    diff = [(g["id"], k) for g, e in zip(sorted(got, key=lambda r: r["id"]), sorted(expected, key=lambda r: r["id"]))
            for k in g if g.get(k) != e.get(k)]
    assert not diff, diff[:10]
    assert canon(got) == canon(expected)
    # The batch really has cross-partition links for the driver to find.
    assert any(r["links"].get("duplicate_of") for r in got)
    assert {t["worker_pid"] for t in summary.tasks} and len({t["worker_pid"] for t in summary.tasks}) == 2


@pytest.mark.slow
def test_batch_links_do_not_depend_on_partitioning(cluster, corpus, tmp_path):
    settings = Settings(extract_only=True)
    address = cluster[1].scheduler_address  # the --scheduler tcp://HOST:PORT path
    first = run_batch([str(corpus)], tmp_path / "a", engine="dask", scheduler=address, partition_size=50,
                      settings=settings)
    n_parts = -(-(N_FULL + 1) // 50)  # the bad line is a partition member too
    assert first.ran == list(range(n_parts))
    again = run_batch([str(corpus)], tmp_path / "a", engine="dask", scheduler=address, partition_size=50,
                      settings=settings)
    assert again.ran == [] and again.skipped == list(range(n_parts))
    run_batch([str(corpus)], tmp_path / "b", engine="local", partition_size=7, settings=settings)
    a, b = read_records(tmp_path / "a"), read_records(tmp_path / "b")
    assert [r["id"] for r in a] == [r["id"] for r in b]  # input order kept
    assert canon(a) == canon(b)
    assert canon(a) == canon(reference([str(corpus)], settings, tmp_path))
