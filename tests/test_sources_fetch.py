"""sources/fetch: polite bounded fetching against a local server (timeouts, retries, limits, SSRF, robots)."""
from __future__ import annotations

import gzip
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "sources"))
from localserver import LocalServer  # noqa: E402

from wirewatch.errors import Rejected  # noqa: E402
from wirewatch.sources import iter_inputs  # noqa: E402
from wirewatch.sources.fetch import USER_AGENT, Fetcher, FetchPolicy  # noqa: E402

FAST = FetchPolicy(connect_timeout=2, read_timeout=0.5, total_seconds=5, host_delay=0, backoff=0.01,
                   retries=2, allow_private=True, max_bytes=200_000)


@pytest.fixture()
def server():
    srv = LocalServer()
    yield srv
    srv.close()


def fetcher(**changes) -> Fetcher:
    return Fetcher(replace(FAST, **changes))


def test_fetch_sends_user_agent_and_decodes_gzip(server):
    body = b"<html><body><p>hello</p></body></html>"
    server.add("/gz", 200, gzip.compress(body), Content_Type="text/html", Content_Encoding="gzip")
    with fetcher() as f:
        resp = f.get(server.url("/gz"))
    assert resp.status == 200 and resp.body == body
    (_, _, headers, _), = [r for r in server.requests if r[1] == "/gz"]
    assert headers["User-Agent"] == USER_AGENT and "gzip" in headers["Accept-Encoding"]


def test_fetch_slow_server_times_out_after_retries(server):
    def slow(h):
        time.sleep(1.5)
        return 200, {"Content-Type": "text/html"}, b"<p>late</p>"
    server.routes["/slow"] = slow
    started = time.monotonic()
    with fetcher(retries=1) as f, pytest.raises(Rejected) as exc:
        f.get(server.url("/slow"))
    assert exc.value.reason == "fetch-failed" and "timed out" in exc.value.detail
    assert server.hits["/slow"] == 2 and time.monotonic() - started < 8


def test_fetch_retries_500_then_succeeds(server):
    def flaky(h):
        if server.hits["/flaky"] == 1:
            return 500, {}, b"oops"
        return 200, {"Content-Type": "text/html"}, b"<p>ok now</p>"
    server.routes["/flaky"] = flaky
    with fetcher() as f:
        resp = f.get(server.url("/flaky"))
    assert resp.status == 200 and resp.body == b"<p>ok now</p>" and server.hits["/flaky"] == 2


def test_fetch_gives_up_on_persistent_503(server):
    server.add("/down", 503, b"busy")
    with fetcher(retries=2) as f, pytest.raises(Rejected) as exc:
        f.get(server.url("/down"))
    assert exc.value.detail.startswith("HTTP 503 (after 3 tries)") and server.hits["/down"] == 3


def test_fetch_redirect_loop_stops_at_limit(server):
    server.add("/a", 302, b"", Location="/b")
    server.add("/b", 302, b"", Location="/a")
    with fetcher(max_redirects=4) as f, pytest.raises(Rejected) as exc:
        f.get(server.url("/a"))
    assert exc.value.reason == "fetch-failed" and "more than 4 redirects" in exc.value.detail
    assert server.hits["/a"] + server.hits["/b"] == 5


def test_fetch_follows_redirect_chain(server):
    server.add("/old", 301, b"", Location="/new")
    server.add("/new", 200, b"<p>moved</p>", Content_Type="text/html")
    with fetcher() as f:
        resp = f.get(server.url("/old"))
    assert resp.url == server.url("/new") and resp.redirects == [server.url("/old")]


def test_fetch_gzip_bomb_is_cut_off_after_the_decoded_cap(server):
    bomb = gzip.compress(b"\0" * 20_000_000, compresslevel=6)  # ~20 KB on the wire
    assert len(bomb) < 50_000
    server.add("/bomb", 200, bomb, Content_Type="text/html", Content_Encoding="gzip")
    with fetcher(max_bytes=1_000_000) as f, pytest.raises(Rejected) as exc:
        f.get(server.url("/bomb"))
    assert exc.value.reason == "fetch-failed" and "larger than the limit of 1,000,000 bytes" in exc.value.detail


def test_fetch_endless_body_is_cut_off(server):
    def endless(h):
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Connection", "close")
        h.end_headers()
        try:
            for _ in range(10_000):
                h.wfile.write(b"x" * 16384)
        except (BrokenPipeError, ConnectionResetError):
            pass
        return None
    server.routes["/endless"] = endless
    with fetcher(max_bytes=300_000) as f, pytest.raises(Rejected) as exc:
        f.get(server.url("/endless"))
    assert "cut off" in exc.value.detail


def test_fetch_blocks_loopback_without_allow_private(server):
    server.add("/page", 200, b"<p>x</p>", Content_Type="text/html")
    with fetcher(allow_private=False) as f, pytest.raises(Rejected) as exc:
        f.get(server.url("/page"))
    assert exc.value.reason == "blocked" and "loopback" in exc.value.detail
    assert server.hits["/page"] == 0


def test_fetch_redirect_to_private_address_is_blocked(server):
    # "wire.test" resolves to the test server and is trusted (allow_hosts); the redirect goes to
    # 127.0.0.1 by address, which is not.
    server.add("/go", 302, b"", Location=f"http://127.0.0.1:{server.port}/inside")
    server.add("/inside", 200, b"secret", Content_Type="text/plain")
    policy = replace(FAST, allow_private=False, allow_hosts=frozenset({"wire.test"}), respect_robots=False)
    with Fetcher(policy, resolve=lambda host, port: ["127.0.0.1"]) as f:
        with pytest.raises(Rejected) as exc:
            f.get(f"http://wire.test:{server.port}/go")
    assert exc.value.reason == "blocked" and "127.0.0.1" in exc.value.detail
    assert server.hits["/go"] == 1 and server.hits["/inside"] == 0
    assert server.requests[0][2]["Host"] == f"wire.test:{server.port}"  # pinned address, real Host header


def test_fetch_dns_answer_is_checked_and_pinned(server):
    # A name resolving to a private address is refused before any connection.
    with Fetcher(replace(FAST, allow_private=False), resolve=lambda host, port: ["10.1.2.3"]) as f:
        with pytest.raises(Rejected) as exc:
            f.get("http://news.example.invalid/story")
    assert exc.value.reason == "blocked" and "10.1.2.3" in exc.value.detail and "private" in exc.value.detail


def test_fetch_only_http_and_https(server):
    with fetcher() as f:
        for url in ("file:///etc/passwd", "ftp://example.com/x", "gopher://example.com/"):
            with pytest.raises(Rejected) as exc:
                f.get(url)
            assert exc.value.reason == "blocked" and "only http and https" in exc.value.detail


def test_fetch_respects_robots_txt_disallow(server):
    server.add("/robots.txt", 200, "User-agent: *\nDisallow: /private/\n", Content_Type="text/plain")
    server.add("/private/x", 200, b"<p>no</p>", Content_Type="text/html")
    server.add("/public/y", 200, b"<p>yes</p>", Content_Type="text/html")
    with fetcher() as f:
        with pytest.raises(Rejected) as exc:
            f.get(server.url("/private/x"))
        assert exc.value.reason == "blocked" and "robots.txt" in exc.value.detail
        assert f.get(server.url("/public/y")).body == b"<p>yes</p>"
    assert server.hits["/private/x"] == 0 and server.hits["/robots.txt"] == 1  # cached per host


def test_fetch_conditional_get_returns_304(server):
    def cond(h):
        if h.headers.get("If-None-Match") == '"v1"':
            return 304, {"ETag": '"v1"'}, b""
        return 200, {"ETag": '"v1"', "Last-Modified": "Mon, 02 Mar 2026 08:00:00 GMT",
                     "Content-Type": "application/rss+xml"}, b"<rss/>"
    server.routes["/feed"] = cond
    with fetcher() as f:
        first = f.get(server.url("/feed"))
        again = f.get(server.url("/feed"), etag=first.headers["etag"],
                      last_modified=first.headers["last-modified"])
    assert first.status == 200 and again.not_modified and again.body == b""
    assert server.requests[-1][2]["If-Modified-Since"] == "Mon, 02 Mar 2026 08:00:00 GMT"


def test_fetch_per_host_rate_limit_spaces_requests(server):
    server.add("/r", 200, b"<p>x</p>", Content_Type="text/html")
    with fetcher(host_delay=0.2, respect_robots=False) as f:
        started = time.monotonic()
        for _ in range(3):
            f.get(server.url("/r"))
    assert time.monotonic() - started >= 0.4


def test_iter_inputs_fetches_urls_and_archives_them(server, tmp_path, monkeypatch):
    monkeypatch.delenv("WIREWATCH_ALLOW_PRIVATE", raising=False)
    server.add("/story.html", 200, "<html><body><p>story</p></body></html>", Content_Type="text/html")
    server.add("/plain.txt", 200, "Title\n\nBody", Content_Type="text/plain; charset=utf-8")
    server.add("/img.png", 200, b"\x89PNG", Content_Type="image/png")
    warc = tmp_path / "out.warc.gz"
    urls = [server.url(p) for p in ("/story.html", "/plain.txt", "/img.png")]
    items = list(iter_inputs(urls, allow_private=True, archive=str(warc)))
    assert [getattr(i, "format", None) for i in items[:2]] == ["html", "text"]
    assert items[0].url == server.url("/story.html") and items[0].name == urls[0]
    assert isinstance(items[2], Rejected) and "unsupported content type" in items[2].detail
    blocked = list(iter_inputs([urls[0]]))
    assert isinstance(blocked[0], Rejected) and blocked[0].reason == "blocked"
    from warcio.archiveiterator import ArchiveIterator
    with open(warc, "rb") as fh:
        uris = [r.rec_headers.get_header("WARC-Target-URI") for r in ArchiveIterator(fh) if r.rec_type == "response"]
    assert server.url("/story.html") in uris and server.url("/robots.txt") in uris
