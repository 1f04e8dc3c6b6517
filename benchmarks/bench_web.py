"""Reader latency: p50/p95 of the article page, search and the events API over a 50,000-article store.

The store is filled with records cloned from the analysed sample corpus (new ids, shifted dates,
a varied title and first paragraph, so full-text search has a realistic spread). The server runs
as `wirewatch serve` in its own process; the load comes from a second process on loopback, one
request at a time, after a warm-up. Goals (issue 7): p95 < 100 ms for article and events, < 200 ms
for search.
"""
from __future__ import annotations

import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

N_ARTICLES = int(os.environ.get("WIREWATCH_BENCH_WEB_N", "50000"))
REQUESTS = int(os.environ.get("WIREWATCH_BENCH_WEB_REQUESTS", "300"))
ROOT = Path(__file__).resolve().parents[1]
WORDS = ("harbour council budget ferry drought wildfire election recount strike protest ceasefire convoy "
         "sanctions summit pipeline refinery vaccine flood bridge tariff airline militia border").split()

CLIENT = r"""
import json, random, statistics, sys, time, httpx
base, ids, queries, n = sys.argv[1], json.loads(sys.argv[2]), json.loads(sys.argv[3]), int(sys.argv[4])
rng = random.Random(7)
paths = {"article": lambda: f"/articles/{rng.choice(ids)}",
         "search": lambda: "/api/search?q=" + rng.choice(queries),
         "events": lambda: "/api/events?type=" + rng.choice(["ASSAULT", "PROTEST", "CONSULT", "REQUEST"]) + "&limit=50"}
out = {}
with httpx.Client(base_url=base, timeout=30) as client:
    for name, make in paths.items():
        for _ in range(10):
            client.get(make())
        times = []
        for _ in range(n):
            t0 = time.perf_counter()
            r = client.get(make())
            times.append((time.perf_counter() - t0) * 1000)
            assert r.status_code == 200, (name, r.status_code)
        times.sort()
        out[name] = {"p50_ms": round(statistics.median(times), 1), "p95_ms": round(times[int(0.95 * len(times)) - 1], 1),
                     "requests": n}
print(json.dumps(out))
"""


def _templates() -> list[dict]:
    from wirewatch.pipeline import process
    from wirewatch.record import Record
    from wirewatch.settings import Settings
    from wirewatch.sources import iter_inputs

    return [r.to_dict() for r in process(iter_inputs([str(ROOT / "src/wirewatch/samples/articles")]), Settings())
            if isinstance(r, Record)]


def _clone(tpl: dict, i: int, rng: random.Random) -> dict:
    rec = json.loads(json.dumps(tpl))
    rec["id"] = f"bench{i:07d}"
    extra = " ".join(rng.choice(WORDS) for _ in range(6))
    rec["article"]["title"] = f"{tpl['article']['title']} ({extra} {i})"
    # Change only the tail of the text so every stand-off span stays valid.
    rec["article"]["text"] = tpl["article"]["text"] + f"\n\nFiled {i}: {extra}."
    rec["article"]["paragraphs"] = tpl["article"]["paragraphs"] + [
        {"start": len(tpl["article"]["text"]) + 2, "end": len(rec["article"]["text"])}]
    day = date(2019, 1, 1) + timedelta(days=rng.randrange(2000))
    pub = rec["article"]["published"]
    pub.update({"date": day.isoformat(), "earliest": day.isoformat(), "latest": day.isoformat(), "inferred": False})
    for ev in rec["events"]:
        ev["date"] = {"earliest": day.isoformat(), "latest": day.isoformat()}
    rec["links"] = {}
    return rec


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(shared: Path, out: Path) -> dict:
    from wirewatch.store import open_store

    rng = random.Random(11)
    templates = _templates()
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "bench-web.db")
        store = open_store(db)
        t0 = time.perf_counter()
        for i in range(N_ARTICLES):
            store.add(_clone(templates[i % len(templates)], i, rng), link=False, stories=False)
            if i % 5000 == 0:
                print(f"  filled {i}/{N_ARTICLES}", file=sys.stderr, flush=True)
        fill = time.perf_counter() - t0
        port = _free_port()
        server = subprocess.Popen([str(Path(sys.executable).with_name("wirewatch")), "serve", "--db", db,
                                   "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            base = f"http://127.0.0.1:{port}"
            for _ in range(300):
                try:
                    import httpx

                    if httpx.get(base + "/api/stats", timeout=2).status_code == 200:
                        break
                except Exception:
                    time.sleep(0.2)
            ids = [f"bench{rng.randrange(N_ARTICLES):07d}" for _ in range(200)]
            queries = ["houthi strikes", "sanctions", "ferry council", "protest police", "earthquake aid", "summit",
                       "Beirut", "ceasefire talks"]
            load = subprocess.run([sys.executable, "-c", CLIENT, base, json.dumps(ids), json.dumps(queries),
                                   str(REQUESTS)], capture_output=True, text=True, timeout=1800)
            if load.returncode:
                raise RuntimeError(load.stderr[-2000:])
            lat = json.loads(load.stdout)
        finally:
            server.terminate()
            server.wait(timeout=30)
    return {"articles": N_ARTICLES, "fill_seconds": round(fill, 1), "fill_articles_per_s": round(N_ARTICLES / fill, 1),
            **{f"{k}.{m}": v[m] for k, v in lat.items() for m in ("p50_ms", "p95_ms")},
            "goal_article_p95_under_100ms": lat["article"]["p95_ms"] < 100,
            "goal_events_p95_under_100ms": lat["events"]["p95_ms"] < 100,
            "goal_search_p95_under_200ms": lat["search"]["p95_ms"] < 200}
