"""Crash safety (SIGKILL mid-batch) and concurrent writers, on SQLite and PostgreSQL."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from sqlalchemy import func, select, text

from test_store_backends import backend_target, drop_schema, synthetic_records
from wirewatch.link.minhash import BANDS
from wirewatch.store import open_store
from wirewatch.store import schema as S

N_RECORDS = 120

# The child process: ingest records from a JSON file, print the count after each commit.
WRITER = r"""
import json, random, sys
from wirewatch.store import open_store
url, schema, path, seed = sys.argv[1], sys.argv[2] or None, sys.argv[3], int(sys.argv[4])
recs = json.load(open(path))
if seed:
    random.Random(seed).shuffle(recs)
st = open_store(url, schema=schema)
for i, rec in enumerate(recs, 1):
    st.add(rec)
    print(i, flush=True)
"""


def _spawn(url, kwargs, path, seed=0):
    return subprocess.Popen([sys.executable, "-c", WRITER, url, kwargs.get("schema") or "", str(path), str(seed)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _check_consistent(store, records_by_id) -> int:
    """Every stored article is whole: its mentions, quotes, events, signature, bands, FTS row."""
    with store.engine.connect() as conn:
        ids = [r[0] for r in conn.execute(select(S.articles.c.id))]
        for table, expected in ((S.mentions, lambda r: sum(len(e["mentions"]) for e in r["entities"])),
                                (S.quotes, lambda r: len(r["quotes"])), (S.events, lambda r: len(r["events"])),
                                (S.signatures, lambda r: 1), (S.lsh_bands, lambda r: BANDS),
                                (S.story_members, lambda r: 1)):
            counts = dict(conn.execute(select(table.c.article_id, func.count()).group_by(table.c.article_id)).all())
            for aid in ids:
                assert counts.get(aid, 0) == expected(records_by_id[aid]), (table.name, aid)
            assert set(counts) <= set(ids), f"{table.name} rows without an article"
        if conn.dialect.name == "sqlite":
            conn.execute(text("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')"))
            conn.rollback()
            assert conn.execute(text("SELECT count(*) FROM articles_fts")).scalar() == len(ids)
        assert conn.execute(select(func.count()).select_from(S.stories)).scalar() >= 1
        sizes = conn.execute(select(func.sum(S.stories.c.size))).scalar()
        assert sizes == len(ids)
    return len(ids)


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_store_survives_sigkill_mid_batch(kind, tmp_path):
    url, kwargs = backend_target(kind, tmp_path)
    records = synthetic_records(N_RECORDS, seed=3)
    path = tmp_path / "records.json"
    path.write_text(json.dumps(records))
    open_store(url, **kwargs).close()  # schema exists before the child starts
    try:
        child = _spawn(url, kwargs, path)
        done = 0
        deadline = time.time() + 120
        while done < N_RECORDS // 3 and time.time() < deadline:
            line = child.stdout.readline()
            if not line:
                break
            done = int(line)
        os.kill(child.pid, signal.SIGKILL)  # mid-batch: most likely inside a transaction
        child.wait()
        assert done >= N_RECORDS // 3, child.stderr.read()
        store = open_store(url, **kwargs)
        by_id = {r["id"]: r for r in records}
        stored = _check_consistent(store, by_id)
        assert done <= stored < N_RECORDS
        store.close()
        again = _spawn(url, kwargs, path)  # re-run the whole batch: the rest is added, nothing twice
        _, err = again.communicate(timeout=300)
        assert again.returncode == 0, err
        store = open_store(url, **kwargs)
        assert _check_consistent(store, by_id) == N_RECORDS
        store.close()
    finally:
        if kwargs.get("schema"):
            drop_schema(kwargs["schema"])


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_store_two_concurrent_writers_store_each_article_once(kind, tmp_path):
    url, kwargs = backend_target(kind, tmp_path)
    records = synthetic_records(80, seed=4)
    # Exact copies under other ids race for the same content hash.
    for i in range(0, 80, 8):
        copy = json.loads(json.dumps(records[i]))
        copy["id"] = f"copy-{i}"
        records.append(copy)
    path = tmp_path / "records.json"
    path.write_text(json.dumps(records))
    open_store(url, **kwargs).close()
    try:
        writers = [_spawn(url, kwargs, path, seed) for seed in (1, 2)]
        for w in writers:
            _, err = w.communicate(timeout=300)
            assert w.returncode == 0, err
        store = open_store(url, **kwargs)
        stats = store.stats()
        assert stats["articles"] == 80
        assert stats["entities"] == len({(e["name"], e["type"]) for r in records for e in r["entities"]})
        by_id = {r["id"]: r for r in records}
        assert _check_consistent(store, by_id) == 80
        for i in range(0, 80, 8):
            assert store.resolve(f"copy-{i}") in (records[i]["id"], f"copy-{i}")
        store.close()
    finally:
        if kwargs.get("schema"):
            drop_schema(kwargs["schema"])
