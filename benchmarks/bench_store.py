"""Store benchmark: full-record ingest (entities, quotes, events, links and stories), query latency
and export throughput on SQLite, with synthetic records (no NLP pipeline).

``WIREWATCH_BENCH_STORE_N`` overrides the record count (default 3,000).
"""
from __future__ import annotations

import io
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from wirewatch.link.synthetic import TextMaker, make_record
from wirewatch.store import open_store
from wirewatch.store.export import export

ENTITIES = [(f"Person {i}", "PERSON", "USA") for i in range(200)] + [(f"Org {i}", "ORG", "GBR") for i in range(100)]


def _records(n: int):
    maker = TextMaker(seed=21)
    for i in range(n):
        text = maker.text(350)
        ents = []
        for k in range(6):
            name, etype, country = ENTITIES[(i * 7 + k * 13) % len(ENTITIES)]
            ents.append({"id": f"e{k}", "name": name, "type": etype, "country": country, "salience": 0.2,
                         "mentions": [{"start": 0, "end": 4, "text": text[:4]}]})
        rec = make_record(f"r{i}", text, title=" ".join(maker.words(8)), published=f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
                          publisher=f"Outlet {i % 17}", entities=ents)
        rec["quotes"] = [{"text": text[:40], "start": 0, "end": 40, "parts": [[0, 40]], "kind": "direct",
                          "speaker": "e0", "speaker_name": ents[0]["name"]}]
        rec["events"] = [{"type": "ACCUSE", "actor": {"entity": "e1", "name": ents[1]["name"]},
                          "date": {"earliest": rec["article"]["published"]["date"]},
                          "evidence": {"start": 0, "end": 5, "text": text[:5]}}]
        yield rec


def _ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(1000 * (time.perf_counter() - t))
    return round(statistics.median(times), 3)


def run(shared: Path, out: Path) -> dict:
    """Run the benchmark; return named figures."""
    n = int(os.environ.get("WIREWATCH_BENCH_STORE_N", "3000"))
    tmp = tempfile.mkdtemp(prefix="ww-bench-store-")
    store = open_store(os.path.join(tmp, "bench.db"))
    try:
        t0, c0 = time.perf_counter(), time.process_time()
        for i, rec in enumerate(_records(n), 1):
            store.add(rec)
            if i % 1000 == 0:
                print(f"[bench_store] {i:,} stored", file=sys.stderr, flush=True)
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        figures = {
            "records": n, "ingest_ms_per_record": round(1000 * wall / n, 3),
            "ingest_cpu_ms_per_record": round(1000 * cpu / n, 3),
            "search_ms": _ms(lambda: store.search("vokaba OR \"U.S.\" (", limit=20), 20),
            "get_article_ms": _ms(lambda: store.get_article(f"r{n // 2}"), 20),
            "entities_ms": _ms(lambda: store.entities(limit=50), 5),
            "get_entity_ms": _ms(lambda: store.get_entity("Person 3"), 10),
            "stories_ms": _ms(lambda: store.stories(limit=50), 10),
            "stats_ms": _ms(store.stats, 5),
        }
        t = time.perf_counter()
        export(store, "jsonl", io.StringIO())
        figures["export_jsonl_records_per_s"] = round(n / (time.perf_counter() - t), 1)
        figures["db_mb"] = round(sum(f.stat().st_size for f in Path(tmp).iterdir()) / 2**20, 1)
        figures["stories"] = store.stats()["stories"]
        return figures
    finally:
        store.close()
        shutil.rmtree(tmp, ignore_errors=True)
