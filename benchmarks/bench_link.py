"""Link-stage benchmark: near-duplicate detection quality and insert cost as the store grows.

Inserts 100,000 synthetic articles (Zipf-vocabulary random texts, ~300 words) into a fresh SQLite
store with planted copies at known word-edit rates (1/5/10/20% replace/delete/insert) and trims
(first 50% / 80%). Records are *dedup-only*: ``Store.add(rec, stories=False)`` — article row, FTS
row, MinHash signature, LSH bands, candidate lookup and verification — not the NLP pipeline and
not story clustering. Figures: duplicate recall per edit rate, overall precision, mean insert ms per
article around 10k and 100k stored articles (goal: ratio <= 1.5), peak RSS, and a projection to 1M
from the measured curve. ``WIREWATCH_BENCH_LINK_N`` overrides the article count (smoke runs).
"""
from __future__ import annotations

import math
import os
import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

from wirewatch.link.synthetic import TextMaker, make_record
from wirewatch.store import open_store

EDIT_RATES = (0.01, 0.05, 0.10, 0.20)
TRIMS = (0.8, 0.5)
WORDS = 300
WINDOW = 1000  # articles averaged per timing checkpoint


def _plan(n: int, per_kind: int, seed: int = 5) -> dict[int, tuple[int, str, float]]:
    """position -> (original position, kind, amount) for the planted copies."""
    rng = random.Random(seed)
    kinds = [("edit", r) for r in EDIT_RATES] + [("trim", k) for k in TRIMS]
    plan: dict[int, tuple[int, str, float]] = {}
    for kind, amount in kinds:
        placed = 0
        while placed < per_kind:
            pos = rng.randrange(n // 20, n)
            orig = rng.randrange(0, pos)
            if pos in plan or orig in plan or pos in {o for o, _, _ in plan.values()}:
                continue
            plan[pos] = (orig, kind, amount)
            placed += 1
    return plan


def _progress(msg: str) -> None:
    print(f"[bench_link] {msg}", file=sys.stderr, flush=True)


def run(shared: Path, out: Path) -> dict:
    """Run the benchmark; return named figures (see module docstring)."""
    n = int(os.environ.get("WIREWATCH_BENCH_LINK_N", "100000"))
    per_kind = max(10, min(300, n // 300))
    plan = _plan(n, per_kind)
    maker = TextMaker(seed=3)
    texts: dict[int, str] = {}  # only originals of planted copies are kept in memory
    needed = {orig for orig, _, _ in plan.values()}
    tmp = tempfile.mkdtemp(prefix="ww-bench-link-")
    store = open_store(os.path.join(tmp, "bench.db"))
    times: list[float] = []
    cpu: list[float] = []  # process CPU time per insert: robust when the machine is shared
    gen_time = 0.0
    try:
        for i in range(n):
            t0 = time.perf_counter()
            if i in plan:
                orig, kind, amount = plan[i]
                text = maker.edit(texts[orig], amount) if kind == "edit" else maker.trim(texts[orig], amount)
            else:
                text = maker.text(WORDS)
            if i in needed:
                texts[i] = text
            rec = make_record(f"a{i}", text, title=f"Article {i}")
            t1 = time.perf_counter()
            gen_time += t1 - t0
            c1 = time.process_time()
            store.add(rec, stories=False)
            times.append(time.perf_counter() - t1)
            cpu.append(time.process_time() - c1)
            if (i + 1) % 10_000 == 0:
                _progress(f"{i + 1:,} stored; last {WINDOW} at {1000 * sum(times[-WINDOW:]) / WINDOW:.2f} ms/article"
                          f" wall, {1000 * sum(cpu[-WINDOW:]) / WINDOW:.2f} ms CPU")
        quality = _quality(store, plan, n)
        db_bytes = sum(f.stat().st_size for f in Path(tmp).iterdir())
    finally:
        store.close()
        shutil.rmtree(tmp, ignore_errors=True)
    curve = {k: 1000 * sum(times[k - WINDOW:k]) / WINDOW for k in range(10_000, n + 1, 10_000) if k >= WINDOW}
    cpu_curve = {k: 1000 * sum(cpu[k - WINDOW:k]) / WINDOW for k in range(10_000, n + 1, 10_000) if k >= WINDOW}
    cpu_10k = cpu_curve.get(10_000) or 1000 * sum(cpu[:WINDOW]) / max(1, min(WINDOW, len(cpu)))
    cpu_end = 1000 * sum(cpu[-WINDOW:]) / min(WINDOW, len(cpu))
    at_10k = curve.get(10_000) or 1000 * sum(times[:WINDOW]) / max(1, min(WINDOW, len(times)))
    at_end = 1000 * sum(times[-WINDOW:]) / min(WINDOW, len(times))
    proj = _project(curve, 1_000_000)
    out_fig = {
        "articles": n, "planted_copies": len(plan), "dedup_only": True,
        "insert_ms_at_10k": round(at_10k, 3), f"insert_ms_at_{n // 1000}k": round(at_end, 3),
        "insert_ratio_end_vs_10k": round(at_end / at_10k, 3) if at_10k else None,
        "insert_ms_projected_1M": round(proj, 3),
        "insert_cpu_ms_at_10k": round(cpu_10k, 3), f"insert_cpu_ms_at_{n // 1000}k": round(cpu_end, 3),
        "insert_cpu_ratio_end_vs_10k": round(cpu_end / cpu_10k, 3) if cpu_10k else None,
        "insert_cpu_ms_projected_1M": round(_project(cpu_curve, 1_000_000), 3) if cpu_curve else None,
        "load_average_1min_at_end": round(os.getloadavg()[0], 2),
        "insert_total_s_projected_1M": round(_project_total(curve, 1_000_000), 1),
        "insert_total_s": round(sum(times), 1), "text_generation_s": round(gen_time, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "db_mb": round(db_bytes / 2**20, 1), "db_mb_projected_1M": round(db_bytes / 2**20 * 1_000_000 / n, 0),
        "curve_ms_per_article": {f"{k // 1000}k": round(v, 3) for k, v in curve.items()},
        "curve_cpu_ms_per_article": {f"{k // 1000}k": round(v, 3) for k, v in cpu_curve.items()},
    }
    out_fig.update(quality)
    return out_fig


def _quality(store, plan: dict[int, tuple[int, str, float]], n: int) -> dict:
    """Recall per kind (copy grouped with its original) and precision over all predicted copies."""
    from sqlalchemy import select

    from wirewatch.store import schema as S

    with store.engine.connect() as conn:
        groups = dict(conn.execute(select(S.dup_members.c.article_id, S.dup_members.c.group_id)).all())
    found: dict[str, list[int]] = {}
    for pos, (orig, kind, amount) in plan.items():
        key = f"dup_recall_{kind}_{int(round(amount * 100))}pct"
        # An edit can leave the normalised text unchanged: then it is an exact copy (an alias).
        a1, a2 = store.resolve(f"a{pos}"), store.resolve(f"a{orig}")
        g1, g2 = groups.get(a1), groups.get(a2)
        found.setdefault(key, []).append(int(a1 == a2 or (g1 is not None and g1 == g2)))
    out = {k: round(sum(v) / len(v), 4) for k, v in sorted(found.items())}
    # Every grouped article that is neither a planted copy nor an original of one is a false positive.
    planted = {f"a{p}" for p in plan} | {f"a{o}" for o, _, _ in plan.values()}
    false_pos = [a for a in groups if a not in planted]
    true_pos = sum(sum(v) for v in found.values())
    out["dup_precision"] = round(true_pos / (true_pos + len(false_pos)), 4) if true_pos + len(false_pos) else 1.0
    out["dup_recall_all"] = round(true_pos / len(plan), 4) if plan else 1.0
    out["dup_false_positive_articles"] = len(false_pos)
    return out


def _fit(curve: dict[int, float]) -> tuple[float, float]:
    """Least squares of ms/article against log10(stored): B-tree lookups grow with log n."""
    xs = [math.log10(k) for k in curve]
    ys = list(curve.values())
    if len(xs) < 2:
        return (ys[0] if ys else 0.0), 0.0
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    var = sum((x - mx) ** 2 for x in xs)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / var if var else 0.0
    return my - slope * mx, slope


def _project(curve: dict[int, float], target: int) -> float:
    a, b = _fit(curve)
    return max(a + b * math.log10(target), max(curve.values()) if curve else 0.0)


def _project_total(curve: dict[int, float], target: int) -> float:
    a, b = _fit(curve)
    step = 10_000
    return sum(max(a + b * math.log10(k), 0.0) * step / 1000 for k in range(step, target + 1, step))
