"""Fetched web pages -> raw documents; canonical URLs (courlan)."""
from __future__ import annotations

import os
from typing import Iterable, Iterator, Optional

from wirewatch.errors import Rejected
from wirewatch.sources.raw import RawDocument

TEXT_TYPES = ("text/plain",)
HTML_TYPES = ("text/html", "application/xhtml+xml", "")  # "" = no Content-Type: sniff


def is_url(spec: str) -> bool:
    """True for an http:// or https:// input."""
    return spec[:8].lower().startswith(("http://", "https://"))


def canonical_url(url: str) -> str:
    """The URL normalised for identity: lower-case host, default port and fragment dropped,
    tracking parameters removed, query sorted (courlan); the input itself if courlan refuses it."""
    from courlan import normalize_url

    try:
        # Not strict: strict mode also drops meaningful parameters such as ?story=123.
        return normalize_url(url.strip(), strict=False).split("#", 1)[0]
    except (ValueError, TypeError, AttributeError):
        return url.strip().split("#", 1)[0]


def env_flag(name: str) -> bool:
    """A boolean environment switch (1/true/yes)."""
    return os.environ.get(name, "").strip().lower() in ("1", "true", "yes", "on")


def fetch_document(fetcher, url: str, *, published: Optional[str] = None,
                   title: Optional[str] = None) -> RawDocument | Rejected:
    """Fetch one page as a raw document (named and identified by its canonical URL) or a rejection."""
    from wirewatch.sources.files import sniff_format

    try:
        resp = fetcher.get(url)
    except Rejected as rej:
        return rej
    if resp.status != 200:
        return Rejected(url, "fetch-failed", f"HTTP {resp.status}")
    ctype = resp.content_type
    if ctype in TEXT_TYPES:
        fmt = "text"
    elif ctype in HTML_TYPES:
        fmt = "html" if ctype else sniff_format(resp.body)
    else:
        return Rejected(url, "fetch-failed", f"unsupported content type {ctype!r}")
    if not resp.body.strip():
        return Rejected(url, "empty", "the server sent an empty body")
    final = canonical_url(resp.url)
    return RawDocument(data=resp.body, format=fmt, name=url, url=final, published=published, title=title)


def iter_urls(urls: Iterable[str], max_bytes: int, allow_private: Optional[bool] = None,
              archive: Optional[str] = None, fetcher=None) -> Iterator[RawDocument | Rejected]:
    """Fetch each URL politely, one after the other (``allow_private`` defaults to $WIREWATCH_ALLOW_PRIVATE,
    ``archive`` to $WIREWATCH_ARCHIVE)."""
    from dataclasses import replace

    from wirewatch.sources.fetch import Fetcher, FetchPolicy
    from wirewatch.sources.warc import WarcArchive

    own = fetcher is None
    warc = None
    if own:
        allow = env_flag("WIREWATCH_ALLOW_PRIVATE") if allow_private is None else allow_private
        archive = archive or os.environ.get("WIREWATCH_ARCHIVE") or None
        warc = WarcArchive(archive) if archive else None
        fetcher = Fetcher(replace(FetchPolicy(), allow_private=allow, max_bytes=max_bytes), archive=warc)
    try:
        for url in urls:
            yield fetch_document(fetcher, url)
    finally:
        if own:
            fetcher.close()
            if warc is not None:
                warc.close()
