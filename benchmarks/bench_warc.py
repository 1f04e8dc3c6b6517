"""WARC ingest benchmark: the same pages ingested from a .warc.gz archive and from .html files.

Builds N pages (default 300; ``WIREWATCH_BENCH_WARC_N``) from the sample articles in
``src/wirewatch/samples/articles/`` (text samples wrapped as HTML; each copy made distinct by a
numbered closing paragraph), writes them once as gzipped WARC response records (with request and
metadata records in between, which the reader must skip) and once as files, then ingests each
into a fresh SQLite store through ``ingest_items`` with ``Settings(extract_only=True)``. Figures:
pages/s for each input, their ratio (goal: WARC >= 0.9x files), and the read-only rate (records
yielded per second, no extraction). ``WIREWATCH_BENCH_WARC_FULL=1`` also runs the full pipeline.
"""
from __future__ import annotations

import html
import io
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from wirewatch.ingest import ingest_items
from wirewatch.settings import Settings
from wirewatch.sources import iter_inputs
from wirewatch.store import open_store

SAMPLES = Path(__file__).resolve().parents[1] / "src" / "wirewatch" / "samples" / "articles"


def _progress(msg: str) -> None:
    print(f"[bench_warc] {msg}", file=sys.stderr, flush=True)


def _as_html(path: Path) -> str:
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix == ".html":
        return text
    paras = [p.strip() for p in text.split("\n\n") if p.strip()]
    title = html.escape(paras[0] if paras else path.stem)
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paras[1:])
    return f"<!DOCTYPE html><html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}" \
           f"</article></body></html>"


def make_pages(n: int) -> list[tuple[str, bytes]]:
    """(url, html bytes) for n distinct pages cycled from the samples."""
    bases = [_as_html(p) for p in sorted(SAMPLES.glob("*")) if p.suffix in (".html", ".txt")]
    pages = []
    for i in range(n):
        page = bases[i % len(bases)]
        extra = f"<p>Archive copy {i} of this report, kept for the benchmark.</p>"
        page = page.replace("</body>", extra + "</body>", 1) if "</body>" in page else page + extra
        pages.append((f"https://bench.example.org/{i // len(bases)}/{i}.html", page.encode("utf-8")))
    return pages


def write_warc(pages: list[tuple[str, bytes]], path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "wirewatch bench"}))
        for url, body in pages:
            req = StatusAndHeaders("GET / HTTP/1.1", [("Host", "bench.example.org")], is_http_request=True)
            w.write_record(w.create_warc_record(url, "request", payload=io.BytesIO(b""), http_headers=req))
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                               ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http))
            w.write_record(w.create_warc_record(url, "metadata", payload=io.BytesIO(b"fetchTimeMs: 12\n"),
                                                warc_content_type="text/plain"))


def write_files(pages: list[tuple[str, bytes]], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i, (_, body) in enumerate(pages):
        (folder / f"{i:05d}.html").write_bytes(body)


def _ingest(spec: str, settings: Settings, tmp: Path, tag: str) -> tuple[float, int, int]:
    db = tmp / f"{tag}.db"
    if db.exists():
        db.unlink()
    store = open_store(str(db))
    try:
        started = time.perf_counter()
        summary = ingest_items(iter_inputs([spec], max_bytes=settings.max_bytes), settings, store)
        elapsed = time.perf_counter() - started
    finally:
        store.close()
    return elapsed, summary.stored + summary.present, len(summary.failed)


def _read_rate(spec: str) -> float:
    started = time.perf_counter()
    n = sum(1 for _ in iter_inputs([spec]))
    return n / max(time.perf_counter() - started, 1e-9)


def run(shared: Path, out: Path) -> dict:
    """Run the benchmark; return named figures (see module docstring)."""
    n = int(os.environ.get("WIREWATCH_BENCH_WARC_N", "300"))
    tmp = Path(tempfile.mkdtemp(prefix="bench_warc_"))
    try:
        pages = make_pages(n)
        warc, files = tmp / "pages.warc.gz", tmp / "files"
        write_warc(pages, warc)
        write_files(pages, files)
        _progress(f"{n} pages: WARC {warc.stat().st_size:,} bytes, files {sum(len(b) for _, b in pages):,} bytes")
        figures: dict = {"pages": n, "warc_bytes": warc.stat().st_size}
        figures["read_warc_records_per_s"] = round(_read_rate(str(warc)), 1)
        figures["read_files_per_s"] = round(_read_rate(str(files)), 1)
        modes = [("extract", Settings(extract_only=True))]
        if os.environ.get("WIREWATCH_BENCH_WARC_FULL") == "1":
            modes.append(("full", Settings()))
        for mode, settings in modes:
            _ingest(str(files), settings, tmp, "warmup")  # imports, caches, model load: outside the timing
            best = {"files": None, "warc": None}
            for rep in range(2):  # alternate the order; keep each input's best run
                for kind, spec in (("files", str(files)), ("warc", str(warc)))[:: 1 if rep == 0 else -1]:
                    elapsed, ok, failed = _ingest(spec, settings, tmp, f"{mode}-{kind}")
                    _progress(f"{mode} {kind}: {ok} ok, {failed} failed in {elapsed:.2f}s")
                    if best[kind] is None or elapsed < best[kind][0]:
                        best[kind] = (elapsed, ok, failed)
            for kind in ("files", "warc"):
                elapsed, ok, failed = best[kind]
                figures[f"{mode}_{kind}_pages_per_s"] = round(ok / elapsed, 2)
                figures[f"{mode}_{kind}_failed"] = failed
            figures[f"{mode}_warc_vs_files"] = round(figures[f"{mode}_warc_pages_per_s"]
                                                     / figures[f"{mode}_files_pages_per_s"], 3)
        return figures
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    import json

    print(json.dumps(run(Path("../shared"), Path("benchmarks/results")), indent=1))
