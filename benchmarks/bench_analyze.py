"""Analysis throughput: the whole analyze step beside bare spaCy ``nlp.pipe`` on the same texts.

Texts: the seed article and variants of it (paragraphs rotated, so no two documents are equal)
plus the sample corpus in ``src/wirewatch/samples/articles/``. Everything runs in one child
process (one model load, one process, ``n_process=1``) so that the peak resident memory of
that process can be reported; the child writes its figures as it goes, so a stage that
hangs or fails still leaves the earlier figures. Figures: words per second of bare
``nlp.pipe``, of the pipeline with only the entity component, of the full pipeline
(``wirewatch.pipeline.process``), the ratios to bare spaCy (goal >= 0.8), and peak RSS.
"""
from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "src" / "wirewatch" / "samples" / "articles"
SEED_VARIANTS = 24
CHILD_TIMEOUT = 900


def _texts(shared: Path) -> list[str]:
    """Article texts as the extractor gives them (seed variants first, then the samples)."""
    from wirewatch.pipeline import extract_one
    from wirewatch.record import Record
    from wirewatch.settings import Settings
    from wirewatch.sources import iter_inputs

    settings = Settings()
    paths = [shared / "seeds" / "000_aaaa9ff0aface8f9.txt"] + sorted(SAMPLES.glob("*"))
    texts = []
    for path in paths:
        if not path.is_file():
            continue
        for raw in iter_inputs([str(path)], max_bytes=settings.max_bytes):
            rec = extract_one(raw, settings)
            if isinstance(rec, Record) and rec.article.text:
                texts.append(rec.article.text)
    if texts:
        seed_paras = texts[0].split("\n\n")
        for k in range(1, SEED_VARIANTS):
            r = k % len(seed_paras)
            texts.append("\n\n".join(seed_paras[r:] + seed_paras[:r]))
    return texts


def _child(out_file: str, shared: str) -> None:
    """Measure in this process; append each figure to ``out_file`` as soon as it is known."""
    from wirewatch.analyze import Component, default_components
    from wirewatch.analyze.entities import resolve_entities
    from wirewatch.analyze.resources import resources_for
    from wirewatch.errors import Rejected
    from wirewatch.pipeline import process
    from wirewatch.settings import Settings
    from wirewatch.sources.raw import RawDocument

    figures: dict[str, Any] = {}

    def save(**kw):
        figures.update(kw)
        Path(out_file).write_text(json.dumps(figures))

    texts = _texts(Path(shared))
    words = sum(len(t.split()) for t in texts)
    save(documents=len(texts), words=words)
    settings = Settings().replace(n_process=1)
    res = resources_for(settings)
    nlp = res.nlp
    list(nlp.pipe(texts[:2]))  # warm-up: lazy model parts
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=settings.batch_size, n_process=1):
        pass
    bare = time.perf_counter() - t0
    save(spacy_words_per_s=round(words / bare, 1))
    print(f"bench_analyze: spaCy {words / bare:.0f} words/s", file=sys.stderr)

    def run(components, label):
        docs = [RawDocument(data=t, format="text", name=f"doc{i}") for i, t in enumerate(texts)]
        list(process(docs[:1], settings, components))  # warm-up: dictionary, lexicons
        t0 = time.perf_counter()
        results = list(process(docs, settings, components))
        took = time.perf_counter() - t0
        failed = sum(isinstance(r, Rejected) for r in results)
        wps = words / took
        save(**{f"{label}_words_per_s": round(wps, 1), f"{label}_ratio": round(wps * bare / words, 3),
                f"{label}_rejected": failed})
        print(f"bench_analyze: {label} {wps:.0f} words/s ({failed} rejected)", file=sys.stderr)

    run([Component("entities", resolve_entities, ("doc",), ("entities",))], "entities_only")
    run(default_components(), "analyze")


def run(shared: Path, out: Path) -> dict:
    """Figures of the analyze benchmark (see module docstring)."""
    with tempfile.NamedTemporaryFile("r", suffix=".json", delete=False) as fh:
        out_file = fh.name
    code = f"import sys; sys.path.insert(0, {str(ROOT)!r}); from benchmarks.bench_analyze import _child; " \
           f"_child({out_file!r}, {str(shared)!r})"
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    status = "ok"
    try:
        proc = subprocess.run([sys.executable, "-c", code], timeout=CHILD_TIMEOUT, cwd=str(ROOT))
        if proc.returncode != 0:
            status = f"child exited {proc.returncode}"
    except subprocess.TimeoutExpired:
        status = f"timed out after {CHILD_TIMEOUT}s"
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    try:
        figures = json.loads(Path(out_file).read_text() or "{}")
    except (OSError, json.JSONDecodeError):
        figures = {}
    finally:
        try:
            os.unlink(out_file)
        except OSError:
            pass
    figures["status"] = status
    if peak_kb > before:  # ru_maxrss is the largest child so far (KiB on Linux)
        figures["peak_rss_mb"] = round(peak_kb / 1024, 1)
    figures["goal_ratio"] = 0.8
    return figures


if __name__ == "__main__":
    print(json.dumps(run(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared", Path("."))))
