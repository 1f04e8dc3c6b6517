"""Polite, bounded HTTP fetching (httpx): robots.txt, per-host pacing, retries, SSRF checks.

Every request: only http/https; the host is resolved and every address checked (no loopback,
private, link-local, multicast, reserved or metadata address unless allowed) and the connection
goes to the checked address; redirects are followed by hand (each hop checked again, at most
``max_redirects``); the decoded body is streamed with a byte cap and the whole exchange with a
deadline. Failures raise ``Rejected`` with reason "fetch-failed" or "blocked".
"""
from __future__ import annotations

import email.utils
import threading
import time
import urllib.robotparser
from dataclasses import dataclass, field
from typing import Callable, Optional
from urllib.parse import urljoin, urlsplit

import httpx

from wirewatch.errors import Rejected
from wirewatch.sources import netguard
from wirewatch.sources.decoding import DECODE_ERRORS, TooLarge, accept_encoding, decode_stream

USER_AGENT = "wirewatch/0.1 (+https://example.invalid/wirewatch)"
ROBOTS_AGENT = "wirewatch"
REDIRECTS = (301, 302, 303, 307, 308)
RETRY_STATUSES = (500, 502, 503, 504)


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """Limits and manners of fetching (all per request unless said otherwise)."""

    user_agent: str = USER_AGENT
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_seconds: float = 60.0  # deadline for one request including all retries and redirects
    max_bytes: int = 10_000_000  # cap on the DECODED body
    max_redirects: int = 5
    retries: int = 2  # extra tries on 5xx, timeouts and connection errors
    backoff: float = 1.0  # seconds, doubled each retry (Retry-After honoured up to max_backoff)
    max_backoff: float = 30.0
    host_delay: float = 1.0  # minimum seconds between request starts to one host
    host_concurrency: int = 2
    allow_private: bool = False
    allow_hosts: frozenset = frozenset()  # hosts trusted even when they resolve to private addresses
    respect_robots: bool = True
    robots_ttl: float = 3600.0


@dataclass(slots=True)
class Response:
    """A fetched response: the final URL (after redirects), status, headers and decoded body."""

    url: str
    status: int
    headers: dict[str, str]
    body: bytes = b""
    redirects: list[str] = field(default_factory=list)

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";", 1)[0].strip().lower()


class _Host:
    def __init__(self, concurrency: int):
        self.sem = threading.BoundedSemaphore(max(1, concurrency))
        self.lock = threading.Lock()
        self.next_start = 0.0


class Fetcher:
    """One polite HTTP client shared by a run (thread-safe)."""

    def __init__(self, policy: FetchPolicy = FetchPolicy(), resolve: netguard.Resolver = netguard.system_resolve,
                 archive=None, transport: Optional[httpx.BaseTransport] = None, sleep: Callable = time.sleep):
        self.policy = policy
        self.resolve = resolve
        self.archive = archive  # a WarcArchive keeping every response, or None
        self.sleep = sleep
        timeout = httpx.Timeout(policy.read_timeout, connect=policy.connect_timeout)
        self.client = httpx.Client(timeout=timeout, follow_redirects=False, trust_env=False,
                                   transport=transport)
        self._hosts: dict[str, _Host] = {}
        self._hosts_lock = threading.Lock()
        self._robots: dict[tuple[str, str, int], tuple[float, Optional[urllib.robotparser.RobotFileParser], str]] = {}
        self._robots_lock = threading.Lock()

    def close(self) -> None:
        """Close the connections (the archive, shared between fetchers, is closed by its owner)."""
        self.client.close()

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------------ public
    def get(self, url: str, *, etag: Optional[str] = None, last_modified: Optional[str] = None,
            max_bytes: Optional[int] = None, robots: bool = True) -> Response:
        """GET a URL politely; a 304 comes back as a Response with ``not_modified`` (empty body)."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return self._request("GET", url, headers, None, max_bytes, robots)

    def post_json(self, url: str, payload: bytes) -> Response:
        """POST a JSON body (webhooks): the same address rules, no robots.txt, no retries on 5xx."""
        return self._request("POST", url, {"Content-Type": "application/json"}, payload, 100_000, False)

    # ------------------------------------------------------------------ internals
    def _request(self, method: str, url: str, headers: dict, body: Optional[bytes], max_bytes: Optional[int],
                 robots: bool) -> Response:
        pol = self.policy
        cap = max_bytes or pol.max_bytes
        deadline = time.monotonic() + pol.total_seconds
        start_url, hops = url, []
        for _hop in range(pol.max_redirects + 1):
            if robots and pol.respect_robots and method == "GET":
                self._check_robots(url, deadline)
            resp = self._with_retries(method, url, headers, body, cap, deadline)
            if resp.status in REDIRECTS and "location" in resp.headers:
                hops.append(url)
                url = urljoin(url, resp.headers["location"].strip())
                if method == "POST" and resp.status in (301, 302, 303):
                    method, body = "GET", None
                continue
            resp.redirects = hops
            return resp
        raise Rejected(start_url, "fetch-failed", f"more than {pol.max_redirects} redirects "
                       f"(last: {' -> '.join(hops[-3:])})")

    def _with_retries(self, method, url, headers, body, cap, deadline) -> Response:
        pol = self.policy
        attempt = 0
        while True:
            retry_after = None
            try:
                resp = self._once(method, url, headers, body, cap, deadline)
                if resp.status not in RETRY_STATUSES or method != "GET":
                    return resp
                problem = f"HTTP {resp.status}"
                retry_after = _retry_after(resp.headers.get("retry-after"))
            except _Transient as exc:
                problem = str(exc)
            if attempt >= pol.retries:
                raise Rejected(url, "fetch-failed", f"{problem} (after {attempt + 1} tries)")
            wait = min(pol.max_backoff, retry_after if retry_after is not None else pol.backoff * (2 ** attempt))
            if time.monotonic() + wait >= deadline:
                raise Rejected(url, "fetch-failed", f"{problem}; no time left to retry "
                               f"(limit {pol.total_seconds:g}s)")
            attempt += 1
            self.sleep(wait)

    def _once(self, method, url, headers, body, cap, deadline) -> Response:
        pol = self.policy
        scheme, host, port, addr = netguard.resolve_checked(url, pol.allow_private, self.resolve, pol.allow_hosts)
        target, req_headers, ext = _pinned(url, scheme, host, port, addr)
        req_headers.update({"User-Agent": pol.user_agent, "Accept-Encoding": accept_encoding(),
                            "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"})
        req_headers.update(headers)
        slot = self._host(host)
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise Rejected(url, "fetch-failed", f"time limit of {pol.total_seconds:g}s reached")
        with slot.sem:
            self._pace(slot)
            timeout = httpx.Timeout(min(pol.read_timeout, remaining), connect=min(pol.connect_timeout, remaining))
            try:
                with self.client.stream(method, target, headers=req_headers, content=body, timeout=timeout,
                                        extensions=ext) as r:
                    resp_headers = {k.lower(): v for k, v in r.headers.items()}
                    data = b""
                    if r.status_code not in REDIRECTS and r.status_code != 304:
                        data = self._read_body(url, r, cap, deadline)
            except httpx.TimeoutException as exc:
                raise _Transient(f"timed out ({type(exc).__name__}, limit {pol.read_timeout:g}s)")
            except (httpx.NetworkError, httpx.RemoteProtocolError) as exc:
                raise _Transient(f"connection failed: {type(exc).__name__}: {exc}")
            except httpx.HTTPError as exc:
                raise Rejected(url, "fetch-failed", f"{type(exc).__name__}: {exc}")
        resp = Response(url=url, status=r.status_code, headers=resp_headers, body=data)
        if self.archive is not None and method == "GET":
            self.archive.write(resp, r.http_version)
        return resp

    def _read_body(self, url: str, r: httpx.Response, cap: int, deadline: float) -> bytes:
        declared = r.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > cap and not r.headers.get("content-encoding"):
            raise Rejected(url, "fetch-failed", f"body of {int(declared):,} bytes is larger than the "
                           f"limit of {cap:,} bytes")
        parts, total = [], 0
        try:
            for piece in decode_stream(r.iter_raw(), r.headers.get("content-encoding", ""), cap):
                parts.append(piece)
                total += len(piece)
                if time.monotonic() > deadline:
                    raise Rejected(url, "fetch-failed", f"response still arriving after the time limit of "
                                   f"{self.policy.total_seconds:g}s (cut off at {total:,} bytes)")
        except TooLarge:
            raise Rejected(url, "fetch-failed", f"decoded body larger than the limit of {cap:,} bytes "
                           "(cut off; endless response or decompression bomb)")
        except DECODE_ERRORS as exc:
            raise Rejected(url, "fetch-failed", f"cannot decode body: {type(exc).__name__}: {exc}")
        return b"".join(parts)

    def _host(self, host: str) -> _Host:
        with self._hosts_lock:
            if host not in self._hosts:
                self._hosts[host] = _Host(self.policy.host_concurrency)
            return self._hosts[host]

    def _pace(self, slot: _Host) -> None:
        # Reserve the next start time under the lock, sleep outside it.
        with slot.lock:
            now = time.monotonic()
            start = max(now, slot.next_start)
            slot.next_start = start + self.policy.host_delay
        if start > now:
            self.sleep(start - now)

    def _check_robots(self, url: str, deadline: float) -> None:
        scheme, host, port = netguard.split_url(url)
        key = (scheme, host, port)
        with self._robots_lock:
            cached = self._robots.get(key)
        if cached is None or cached[0] < time.monotonic():
            cached = self._load_robots(url, key)
            with self._robots_lock:
                self._robots[key] = cached
        _, parser, why = cached
        if parser is None:
            raise Rejected(url, "blocked", f"robots.txt of {host} could not be read ({why}); not fetching")
        if not parser.can_fetch(ROBOTS_AGENT, url):
            raise Rejected(url, "blocked", f"robots.txt of {host} disallows this URL")

    def _load_robots(self, url: str, key) -> tuple:
        scheme, host, port = key
        default = 443 if scheme == "https" else 80
        robots_url = f"{scheme}://{host if ':' not in host else '[' + host + ']'}" \
                     f"{'' if port == default else ':' + str(port)}/robots.txt"
        expires = time.monotonic() + self.policy.robots_ttl
        parser = urllib.robotparser.RobotFileParser(robots_url)
        try:
            resp = self._request("GET", robots_url, {}, None, 512_000, robots=False)
        except Rejected as rej:
            if rej.reason == "blocked":
                raise Rejected(url, "blocked", rej.detail)
            # RFC 9309: an unreachable robots.txt means "assume everything is disallowed" for now.
            return (time.monotonic() + 300, None, rej.detail)
        if 400 <= resp.status < 500:
            parser.allow_all = True
        elif resp.status >= 500:
            return (time.monotonic() + 300, None, f"HTTP {resp.status}")
        else:
            parser.parse(resp.body.decode("utf-8", "replace").splitlines())
        return (expires, parser, "")


class _Transient(Exception):
    """A timeout or connection error: worth another try."""


def _pinned(url: str, scheme: str, host: str, port: int, addr: str) -> tuple[str, dict, dict]:
    """The URL rewritten to the checked address, with Host header and TLS name of the real host."""
    parts = urlsplit(url)
    default = 443 if scheme == "https" else 80
    ip_host = f"[{addr}]" if ":" in addr else addr
    netloc = ip_host if port == default else f"{ip_host}:{port}"
    path = parts.path or "/"
    target = f"{scheme}://{netloc}{path}" + (f"?{parts.query}" if parts.query else "")
    host_header = (f"[{host}]" if ":" in host else host) + ("" if port == default else f":{port}")
    ext = {"sni_hostname": host} if scheme == "https" else {}
    return target, {"Host": host_header}, ext


def _retry_after(value: Optional[str]) -> Optional[float]:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())
