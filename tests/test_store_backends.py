"""Store API on both backends: SQLite always; PostgreSQL when reachable (always under CI=true).

Also holds the helpers the other store/link tests import (backend fixture, synthetic records).
"""
from __future__ import annotations

import io
import json
import os
import uuid

import pytest

from wirewatch.link.synthetic import TextMaker, make_record
from wirewatch.store import open_store
from wirewatch.store.export import export
from wirewatch.store.migrations import MIGRATIONS

PG_URL = os.environ.get("WIREWATCH_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
IN_CI = os.environ.get("CI", "").lower() == "true"


def pg_available() -> bool:
    """Whether the test PostgreSQL server answers."""
    try:
        import psycopg

        with psycopg.connect(PG_URL, connect_timeout=3):
            return True
    except Exception:
        return False


def require_pg() -> None:
    """Skip without PostgreSQL, except in CI where its absence is a failure."""
    if not pg_available():
        if IN_CI:
            pytest.fail(f"PostgreSQL is required in CI and not reachable at {PG_URL}")
        pytest.skip("PostgreSQL not reachable")


def drop_schema(schema: str) -> None:
    """Remove a test schema and everything in it."""
    import psycopg

    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


def backend_target(kind: str, tmp_path) -> tuple[str, dict]:
    """``(url_or_path, open_store kwargs)`` for a fresh empty database of that backend."""
    if kind == "sqlite":
        return str(tmp_path / "test.db"), {}
    require_pg()
    return PG_URL, {"schema": f"ww_test_{uuid.uuid4().hex[:12]}"}


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request, tmp_path):
    url, kwargs = backend_target(request.param, tmp_path)
    st = open_store(url, **kwargs)
    yield st
    st.close()
    if kwargs.get("schema"):
        drop_schema(kwargs["schema"])


ENTITY_POOL = [("Houthi", "ORG", "YEM"), ("Joe Biden", "PERSON", "USA"), ("Yemen", "GPE", "YEM"),
               ("Red Sea", "LOC", None), ("Pentagon", "ORG", "USA"), ("Rishi Sunak", "PERSON", "GBR")]


def synthetic_records(n: int, seed: int = 1, words: int = 120) -> list[dict]:
    """``n`` distinct records with entities (mentions), a quote and an event each."""
    maker = TextMaker(seed=seed)
    out = []
    for i in range(n):
        text = maker.text(words)
        ents = []
        for k in range(3):
            name, etype, country = ENTITY_POOL[(i + k) % len(ENTITY_POOL)]
            ents.append({"id": f"e{k + 1}", "name": name, "type": etype, "country": country, "salience": 0.3,
                         "mentions": [{"start": 0, "end": 5, "text": text[:5]}, {"start": 6, "end": 9, "text": text[6:9]}]})
        rec = make_record(f"s{seed}-{i}", text, title=f"Synthetic {i}", published=f"2024-01-{1 + i % 28:02d}",
                          url=f"https://example.org/{seed}/{i}", publisher="Example", entities=ents)
        rec["quotes"] = [{"text": text[:20], "start": 0, "end": 20, "parts": [[0, 20]], "kind": "direct",
                          "speaker": "e2", "speaker_name": ents[1]["name"], "cue": "said", "confidence": 0.9}]
        rec["events"] = [{"type": "ASSAULT", "mode": "airstrike", "actor": {"entity": "e1", "name": ents[0]["name"],
                          "country": ents[0]["country"]}, "recipient": None, "date": {"earliest": "2024-01-11",
                          "latest": "2024-01-11"}, "place": None, "evidence": {"start": 0, "end": 9, "text": text[:9]},
                          "confidence": round(0.3 + 0.1 * (i % 5), 2)}]
        out.append(rec)
    return out


# --- tests ------------------------------------------------------------------------------------

def test_store_migrates_empty_database_to_latest(store):
    assert store.schema_version() == len(MIGRATIONS)
    assert store.migrate() == []  # idempotent on reopen


def test_store_add_is_idempotent_on_id_and_on_text(store):
    rec = synthetic_records(1)[0]
    assert store.add(rec) == "stored"
    assert store.add(rec) == "present"
    same_text = json.loads(json.dumps(rec))
    same_text["id"] = "another-id"
    same_text["article"]["text"] = "  " + rec["article"]["text"].upper() + " "  # case/space only
    assert store.add(same_text) == "present"
    assert store.stats()["articles"] == 1
    assert store.resolve("another-id") == rec["id"]
    assert store.get_article(rec["id"])["links"]["exact_copies"] == ["another-id"]


def test_store_get_article_round_trips_the_record(store):
    rec = synthetic_records(1)[0]
    store.add(rec)
    got = store.get_article(rec["id"])
    assert {k: v for k, v in got.items() if k != "links"} == {k: v for k, v in rec.items() if k != "links"}
    assert set(got["links"]) >= {"duplicate_of", "copies", "similarity", "original_basis", "story", "related"}
    assert store.get_article("nope") is None


def test_store_queries_return_plain_data(store):
    recs = synthetic_records(6)
    for r in recs:
        store.add(r)
    stats = store.stats()
    assert stats["articles"] == 6 and stats["entities"] == len(ENTITY_POOL)
    assert stats["mentions"] == 6 * 3 * 2 and stats["quotes"] == 6 and stats["events"] == 6
    ents = store.entities(type="PERSON")
    assert {e["name"] for e in ents} == {"Joe Biden", "Rishi Sunak"}
    ent = store.get_entity("Houthi")
    assert ent["type"] == "ORG" and ent["country"] == "YEM" and len(ent["articles"]) == 3
    assert store.get_entity(ent["id"])["name"] == "Houthi"
    qs = store.quotes(speaker="Joe Biden")
    assert qs and all(q["speaker"] == "Joe Biden" and q["article"]["published"] for q in qs)
    evs = store.events(type="ASSAULT", country="USA", since="2024-01-01", until="2024-01-31")
    assert evs and all(e["actor"]["country"] == "USA" for e in evs)
    sure = store.events(min_confidence=0.5)
    assert sure and len(sure) < 6 and all(e["confidence"] >= 0.5 for e in sure)
    listed = store.list_articles(limit=3)
    assert len(listed) == 3 and listed[0]["published"] >= listed[-1]["published"]
    assert len(list(store.iter_records(batch=4))) == 6


def test_store_search_ranks_and_survives_user_syntax(store):
    recs = synthetic_records(3)
    recs[1]["article"]["title"] = "Airstrikes on Houthi radar sites"
    recs[1]["article"]["text"] += " The U.S. said the airstrikes hit radar sites."
    for r in recs:
        store.add(r)
    hits = store.search("airstrikes radar")
    assert [h["id"] for h in hits] == [recs[1]["id"]]
    assert any(p["match"] for p in hits[0]["snippet_parts"])
    for nasty in ['"U.S." AND (', "radar OR", "NOT", '"', "(((", "*", "radar:sites", "'; DROP TABLE articles;--"]:
        assert isinstance(store.search(nasty), list)
    assert store.search("") == []
    assert store.stats()["articles"] == 3


def test_store_records_rejections(store):
    from wirewatch.errors import Rejected

    store.record_rejection(Rejected("a.bin", "binary", "NUL bytes"))
    store.record_rejection("b.txt", "empty")
    assert [r["reason"] for r in store.rejections()] == ["empty", "binary"]
    assert store.stats()["rejections_by_reason"] == {"binary": 1, "empty": 1}


def test_store_exports_jsonl_csv_parquet(store, tmp_path):
    import csv

    import pyarrow.parquet as pq

    for r in synthetic_records(4):
        store.add(r)
    buf = io.StringIO()
    assert export(store, "jsonl", buf) == 4
    lines = [json.loads(x) for x in buf.getvalue().splitlines()]
    assert len(lines) == 4 and all("links" in x and x["article"]["text"] for x in lines)
    buf = io.StringIO()
    assert export(store, "csv", buf) == 4
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert len(rows) == 4 and rows[0]["entities"]
    assert export(store, "parquet", tmp_path / "pq") == 4
    assert pq.read_table(tmp_path / "pq" / "articles.parquet").num_rows == 4
    assert pq.read_table(tmp_path / "pq" / "mentions.parquet").num_rows == 4 * 3 * 2
    assert pq.read_table(tmp_path / "pq" / "events.parquet").num_rows == 4
    with pytest.raises(ValueError):
        export(store, "xml", buf)
