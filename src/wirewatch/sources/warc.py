"""WARC/ARC archives: stream HTML response records in; keep fetched responses out (warcio)."""
from __future__ import annotations

import io
import os
import threading
from pathlib import Path
from typing import Iterator

from wirewatch.errors import Rejected
from wirewatch.sources.raw import RawDocument

ARCHIVE_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_archive(spec: str) -> bool:
    """True if the name is a WARC or ARC file (plain or gzipped)."""
    return spec.lower().endswith(ARCHIVE_SUFFIXES)


def iter_warc(path: str, max_bytes: int = 20_000_000) -> Iterator[RawDocument | Rejected]:
    """Yield one raw document per HTML response record, reading the archive as a stream.

    Records that are not HTTP 200 responses with an HTML content type (requests, metadata,
    revisits, images, redirects ...) are skipped; a body over ``max_bytes`` is rejected without
    being read whole; a corrupt archive yields one rejection and stops.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        fh = open(path, "rb")
    except FileNotFoundError:
        yield Rejected(path, "missing")
        return
    except OSError as exc:
        yield Rejected(path, "unreadable", exc.strerror or str(exc))
        return
    abspath = os.path.abspath(path)
    with fh:
        if not _looks_like_archive(fh):
            yield Rejected(path, "unreadable", "not a WARC/ARC archive (no WARC/ or filedesc:// header)")
            return
        try:
            for n, rec in enumerate(ArchiveIterator(fh, arc2warc=True), 1):
                if rec.rec_type != "response" or rec.http_headers is None:
                    continue
                if rec.http_headers.get_statuscode() != "200":
                    continue
                ctype = (rec.http_headers.get_header("Content-Type") or "").split(";", 1)[0].strip().lower()
                if ctype not in HTML_TYPES:
                    continue
                uri = rec.rec_headers.get_header("WARC-Target-URI") or ""
                name = f"{path}#{n}" + (f" {uri}" if uri else "")
                # content_stream() undoes chunking and Content-Encoding as it reads.
                data = rec.content_stream().read(max_bytes + 1)
                if len(data) > max_bytes:
                    yield Rejected(name, "too-large", f"record body over {max_bytes:,} bytes")
                    continue
                yield RawDocument(data=data, format="html", name=name, path=abspath, url=uri or None)
        except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
            yield Rejected(path, "unreadable", f"not a readable WARC/ARC archive: {exc}")


def _looks_like_archive(fh) -> bool:
    """The first record starts with "WARC/" (WARC) or "filedesc://" (ARC), gzipped or not."""
    import zlib

    head = fh.read(4096)
    fh.seek(0)
    if head[:2] == b"\x1f\x8b":
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error:
            return False
    return head.lstrip(b"\r\n").startswith((b"WARC/", b"filedesc://"))


class WarcArchive:
    """Appends every fetched response to a gzipped WARC file (thread-safe)."""

    def __init__(self, path: str | Path):
        from warcio.warcwriter import WARCWriter

        self.path = Path(path)
        self._fh = open(self.path, "ab")
        self._writer = WARCWriter(self._fh, gzip=True)
        self._lock = threading.Lock()

    def write(self, resp, http_version: str = "HTTP/1.1") -> None:
        """Keep one response (the body as decoded; Content-Encoding and length headers rewritten)."""
        from warcio.statusandheaders import StatusAndHeaders

        skip = {"content-encoding", "transfer-encoding", "content-length"}
        headers = [(k, v) for k, v in resp.headers.items() if k.lower() not in skip]
        headers.append(("Content-Length", str(len(resp.body))))
        status = StatusAndHeaders(f"{resp.status} {_reason(resp.status)}", headers,
                                  protocol=http_version or "HTTP/1.1")
        with self._lock:
            record = self._writer.create_warc_record(resp.url, "response", payload=io.BytesIO(resp.body),
                                                     http_headers=status)
            self._writer.write_record(record)
            self._fh.flush()

    def close(self) -> None:
        """Close the file."""
        with self._lock:
            self._fh.close()


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"
