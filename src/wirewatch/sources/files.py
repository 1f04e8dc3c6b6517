"""Files, directories, globs, standard input, JSONL batches, URLs and WARC archives -> raw documents."""
from __future__ import annotations

import glob
import json
import os
import sys
from pathlib import Path
from typing import Iterable, Iterator, Optional

from wirewatch.errors import Rejected
from wirewatch.sources.raw import RawDocument

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
INPUT_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

Item = RawDocument | Rejected


def sniff_format(data: bytes | str, name: str = "") -> str:
    """'html' or 'text', by suffix first, else by the first bytes."""
    suffix = Path(name).suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "text"
    head = data[:2048].lower() if isinstance(data, bytes) else data[:2048].lower().encode("utf-8", "ignore")
    head = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head or b"<head" in head:
        return "html"
    return "text"


def expand(spec: str) -> list[str]:
    """One command-line input -> the paths it names (a file, a directory tree, or a glob)."""
    if spec == "-":
        return ["-"]
    if os.path.isdir(spec):
        found = []
        for root, dirs, files in os.walk(spec):
            dirs.sort()
            for fname in sorted(files):
                if Path(fname).suffix.lower() in INPUT_SUFFIXES:
                    found.append(os.path.join(root, fname))
        return found
    if any(ch in spec for ch in "*?[") and not os.path.exists(spec):
        return sorted(p for p in glob.glob(spec, recursive=True) if os.path.isfile(p))
    return [spec]


def iter_inputs(specs: Iterable[str], max_bytes: int = 20_000_000, jsonl: Optional[bool] = None,
                stdin=None, allow_private: Optional[bool] = None, archive: Optional[str] = None,
                fetcher=None) -> Iterator[Item]:
    """Yield a raw document (or a rejection naming the input) for everything the specs name.

    An http(s):// spec is fetched (see ``sources.pages.iter_urls``: ``allow_private`` and
    ``archive`` apply to it); a .warc/.warc.gz/.arc/.arc.gz file is streamed record by record.
    """
    from wirewatch.sources.pages import is_url, iter_urls
    from wirewatch.sources.warc import is_archive, iter_warc

    specs = list(specs) if not isinstance(specs, (list, tuple)) else specs
    urls = [s for s in specs if is_url(s)]
    fetched = iter_urls(urls, max_bytes, allow_private, archive, fetcher) if urls else iter(())
    try:
        for spec in specs:
            if is_url(spec):
                yield next(fetched)
                continue
            if is_archive(spec) and os.path.isfile(spec):
                yield from iter_warc(spec, max_bytes)
                continue
            paths = expand(spec)
            if not paths:
                yield Rejected(spec, "missing", "the pattern or directory matched no input files")
            for path in paths:
                yield from _read_path(path, max_bytes, jsonl, stdin)
    finally:
        if hasattr(fetched, "close"):
            fetched.close()  # the page fetcher's connections (and WARC archive)


def _read_path(path: str, max_bytes: int, jsonl: Optional[bool], stdin) -> Iterator[Item]:
    if path == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(max_bytes + 1)
        name = "<stdin>"
    else:
        name = path
        try:
            size = os.path.getsize(path)
        except FileNotFoundError:
            yield Rejected(path, "missing")
            return
        except OSError as exc:
            yield Rejected(path, "unreadable", exc.strerror or str(exc))
            return
        if size > max_bytes and not _is_jsonl(path, jsonl):
            yield Rejected(path, "too-large", f"{size:,} bytes > limit {max_bytes:,}")
            return
        if _is_jsonl(path, jsonl):
            yield from read_jsonl(path, max_bytes)
            return
        try:
            with open(path, "rb") as fh:
                data = fh.read(max_bytes + 1)
        except OSError as exc:
            yield Rejected(path, "unreadable", exc.strerror or str(exc))
            return
    if len(data) > max_bytes:
        yield Rejected(name, "too-large", f"more than {max_bytes:,} bytes")
        return
    if jsonl:
        yield from jsonl_lines(name, data.splitlines(), max_bytes)
        return
    src_path = None if path == "-" else os.path.abspath(path)
    yield RawDocument(data=data, format=sniff_format(data, name), name=name, path=src_path)


def _is_jsonl(path: str, jsonl: Optional[bool]) -> bool:
    return bool(jsonl) or (jsonl is None and Path(path).suffix.lower() in JSONL_SUFFIXES)


def read_jsonl(path: str, max_bytes: int) -> Iterator[Item]:
    """Stream a JSONL batch line by line (a large batch is never loaded whole)."""
    try:
        fh = open(path, "rb")
    except OSError as exc:
        yield Rejected(path, "unreadable", exc.strerror or str(exc))
        return
    with fh:
        yield from jsonl_lines(path, fh, max_bytes)


def jsonl_lines(name: str, lines: Iterable[bytes], max_bytes: int, first: int = 1) -> Iterator[Item]:
    """Batch lines -> raw documents or rejections named ``name:line`` (numbered from ``first``)."""
    for lineno, line in enumerate(lines, first):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        if len(line) > max_bytes:
            yield Rejected(where, "too-large", f"line of {len(line):,} bytes")
            continue
        yield parse_jsonl_item(line, where, Path(name).as_posix() if name != "<stdin>" else None)


def parse_jsonl_item(line: bytes | str, where: str, path: Optional[str] = None) -> Item:
    """One batch line {"id", "text" or "html", "url"?, "published"?, "title"?} -> raw document."""
    try:
        item = json.loads(line)
    except (ValueError, UnicodeDecodeError) as exc:
        return Rejected(where, "not-json", str(exc)[:120])
    if not isinstance(item, dict):
        return Rejected(where, "not-json", f"a JSON {type(item).__name__}, not an object")
    ident = item.get("id")
    ident = None if ident is None else str(ident)
    body_key = "html" if isinstance(item.get("html"), str) else "text" if isinstance(item.get("text"), str) else None
    if body_key is None:
        return Rejected(where, "bad-field", 'needs a "text" or "html" string', ident)
    if item.get("id") is not None and not isinstance(item["id"], (str, int)):
        return Rejected(where, "bad-field", '"id" must be a string or a number')
    for key in ("url", "published", "title"):
        if item.get(key) is not None and not isinstance(item[key], str):
            return Rejected(where, "bad-field", f'"{key}" must be a string', ident)
    return RawDocument(
        data=item[body_key], format="html" if body_key == "html" else "text", name=where,
        path=path, url=item.get("url"), id=ident,
        published=item.get("published"), title=item.get("title"),
    )
