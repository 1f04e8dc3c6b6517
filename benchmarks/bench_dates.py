"""Dates benchmark: publication-date inference on the extraction dev set, and the seed's dates.

Publication inference runs on each dev page's reference body (no stated date given); the true
day comes from the page's own metadata (article:published_time, datePublished, ...). Figures:
share of pages given a closed range and how many of those ranges hold the true day; share given
only a lower bound and how many hold; mean milliseconds per page. Then the seed through the whole
pipeline, scored with :func:`wirewatch.evaluate.dates.score_record`.
"""
from __future__ import annotations

import gzip
import json
import re
import sys
import time
from pathlib import Path

_META_DATE = re.compile(r"(?:article:published_time|datePublished|\"dateCreated\"|pubdate|publish-date|"
                        r"DC\.date\.issued|sailthru\.date|parsely-pub-date)[\"']?\s*(?:content|:)\s*=?\s*"
                        r"[\"'](\d{4}-\d{2}-\d{2})", re.I)


def _true_days(dev: Path) -> dict[str, str]:
    out = {}
    for page in sorted((dev / "html").glob("*.html.gz")):
        m = _META_DATE.search(gzip.open(page, "rt", errors="replace").read())
        if m and m.group(1) > "1900":
            out[page.name.removesuffix(".html.gz")] = m.group(1)
    return out


def _published(shared: Path) -> dict:
    from wirewatch.extract.published import infer_published

    dev = shared / "extraction-dev"
    truth = json.loads((dev / "ground-truth.json").read_text())
    days = _true_days(dev)
    closed = closed_ok = lower = lower_ok = 0
    start = time.perf_counter()
    for i, (key, day) in enumerate(days.items()):
        body = truth[key]["articleBody"]
        pub = infer_published(body, None, body.split("\n\n"))
        if pub.earliest and pub.latest:
            closed += 1
            closed_ok += pub.earliest <= day <= pub.latest
        elif pub.earliest:
            lower += 1
            lower_ok += pub.earliest <= day
        if i % 20 == 0:
            print(f"dates: published {i}/{len(days)}", file=sys.stderr)
    ms = 1000 * (time.perf_counter() - start) / max(len(days), 1)
    return {"published_pages": len(days), "published_closed_share": round(closed / len(days), 3),
            "published_closed_correct": f"{closed_ok}/{closed}",
            "published_lower_only_share": round(lower / len(days), 3),
            "published_lower_correct": f"{lower_ok}/{lower}", "published_ms_per_page": round(ms, 2)}


def _seed(shared: Path) -> dict:
    from wirewatch.evaluate.dates import score_record
    from wirewatch.pipeline import process
    from wirewatch.settings import load_settings
    from wirewatch.sources import iter_inputs

    settings = load_settings()
    seed = shared / "seeds" / "000_aaaa9ff0aface8f9.txt"
    record = next(process(list(iter_inputs([str(seed)], max_bytes=settings.max_bytes)), settings)).to_dict()
    gold = json.loads((shared / "gold" / "seed.json").read_text())
    score = score_record(record, gold)
    pub = record["article"]["published"]
    return {"seed_dates_precision": score["precision"], "seed_dates_recall": score["recall"],
            "seed_dates_f1": score["f1"], "seed_published": f"{pub.get('earliest')}..{pub.get('latest')}"}


def run(shared: Path, out: Path) -> dict:
    """Named figures for the benchmark table."""
    figures = _published(Path(shared))
    figures.update(_seed(Path(shared)))
    return figures
