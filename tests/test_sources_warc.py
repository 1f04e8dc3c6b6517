"""sources/warc: HTML response records streamed out of WARC/ARC archives; everything else skipped."""
from __future__ import annotations

import gzip
import io

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from wirewatch.errors import Rejected
from wirewatch.sources import RawDocument, iter_inputs
from wirewatch.sources.warc import iter_warc

PAGE = b"<html><head><title>Dock strike ends</title></head><body><p>Workers returned.</p></body></html>"


def _response(writer, uri, body, ctype="text/html; charset=utf-8", status="200 OK", encoding=None):
    headers = [("Content-Type", ctype)]
    if encoding == "gzip":
        body = gzip.compress(body)
        headers.append(("Content-Encoding", "gzip"))
    headers.append(("Content-Length", str(len(body))))
    http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=http))


def make_warc(path, gz=True):
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=gz)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "wirewatch tests"}))
        req = StatusAndHeaders("GET / HTTP/1.1", [("Host", "wire.example.org")], is_http_request=True)
        w.write_record(w.create_warc_record("https://wire.example.org/a", "request", payload=io.BytesIO(b""),
                                            http_headers=req))
        _response(w, "https://wire.example.org/a", PAGE)
        _response(w, "https://wire.example.org/logo.png", b"\x89PNG....", ctype="image/png")
        _response(w, "https://wire.example.org/gone", b"<html>gone</html>", status="404 Not Found")
        _response(w, "https://wire.example.org/b", PAGE.replace(b"Dock", b"Rail"), encoding="gzip")
        _response(w, "https://wire.example.org/big", b"<html>" + b"x" * 5000 + b"</html>")
        w.write_record(w.create_warc_record("https://wire.example.org/meta", "metadata",
                                            payload=io.BytesIO(b"note: x"), warc_content_type="text/plain"))


def test_warc_yields_only_html_responses(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    make_warc(path)
    items = list(iter_warc(str(path), max_bytes=4000))
    docs = [i for i in items if isinstance(i, RawDocument)]
    assert [d.url for d in docs] == ["https://wire.example.org/a", "https://wire.example.org/b"]
    assert docs[0].data == PAGE and docs[1].data.startswith(b"<html><head><title>Rail")  # gzip undone
    assert all(d.format == "html" for d in docs) and "crawl.warc.gz#" in docs[0].name
    (big,) = [i for i in items if isinstance(i, Rejected)]
    assert big.reason == "too-large" and "/big" in big.input


def test_warc_plain_and_through_iter_inputs(tmp_path):
    path = tmp_path / "crawl.warc"
    make_warc(path, gz=False)
    items = list(iter_inputs([str(path)]))
    assert [i.url for i in items if isinstance(i, RawDocument)] == [
        "https://wire.example.org/a", "https://wire.example.org/b", "https://wire.example.org/big"]


def test_warc_arc_file_is_read(tmp_path):
    body = b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n" + PAGE
    version = b"1 0 wirewatch-tests\nURL IP-address Archive-date Content-type Archive-length\n"
    head = b"filedesc://t.arc 0.0.0.0 20260301000000 text/plain %d\n" % len(version) + version + b"\n"
    rec = b"https://wire.example.org/old 192.0.2.1 20260301000000 text/html %d\n" % len(body) + body + b"\n"
    path = tmp_path / "old.arc.gz"
    path.write_bytes(gzip.compress(head) + gzip.compress(rec))  # one gzip member per record, as ARC files are
    (doc,) = list(iter_inputs([str(path)]))
    assert isinstance(doc, RawDocument) and doc.url == "https://wire.example.org/old" and doc.data == PAGE


def test_warc_corrupt_archive_is_rejected(tmp_path):
    path = tmp_path / "bad.warc.gz"
    path.write_bytes(b"this is not an archive at all\n" * 3)
    items = list(iter_warc(str(path)))
    assert len(items) == 1 and items[0].reason == "unreadable"
    assert list(iter_warc(str(tmp_path / "none.warc")))[0].reason == "missing"
