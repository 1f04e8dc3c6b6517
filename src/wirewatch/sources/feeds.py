"""RSS/Atom feeds and news sitemaps -> the article links they list (entity-safe parsing)."""
from __future__ import annotations

import gzip
import io
import re
import time
from dataclasses import dataclass
from typing import Optional
from urllib.parse import urljoin

from wirewatch.errors import Rejected

# An internal DTD subset or any entity declaration is how "billion laughs" and external-entity
# attacks start; news feeds never need one, so such a document is refused before any parser sees it.
_DTD_SUBSET = re.compile(rb"<!DOCTYPE[^>\[]*\[", re.IGNORECASE)
_ENTITY = re.compile(rb"<!ENTITY", re.IGNORECASE)
_ROOT = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(rss|feed|RDF|urlset|sitemapindex)\b")


@dataclass(slots=True)
class FeedItem:
    """One listed article: its link, the feed's id for it, and what the feed says about it."""

    url: str
    guid: Optional[str] = None
    title: Optional[str] = None
    published: Optional[str] = None  # YYYY-MM-DD


def guard_xml(data: bytes, where: str) -> bytes:
    """Refuse XML with entity declarations or an internal DTD subset; gunzip a .gz body (bounded)."""
    if data[:2] == b"\x1f\x8b":
        data = _gunzip(data, where)
    head = data.lstrip()[:16]
    if head.startswith(b"\xff\xfe") or head.startswith(b"\xfe\xff") or b"\x00" in head[:8]:
        # UTF-16 XML: check the declarations in its decoded form.
        probe = data.decode("utf-16", "replace").encode("utf-8", "replace")
    else:
        probe = data
    if _ENTITY.search(probe) or _DTD_SUBSET.search(probe):
        raise Rejected(where, "blocked", "the XML declares entities or an internal DTD (possible entity "
                       "expansion bomb); refused")
    return data


def _gunzip(data: bytes, where: str, cap: int = 50_000_000) -> bytes:
    dec = gzip.GzipFile(fileobj=io.BytesIO(data))
    try:
        out = dec.read(cap + 1)
    except (OSError, EOFError) as exc:
        raise Rejected(where, "fetch-failed", f"bad gzip data: {exc}")
    if len(out) > cap:
        raise Rejected(where, "fetch-failed", f"gunzipped document larger than {cap:,} bytes")
    return out


def sniff_kind(data: bytes) -> Optional[str]:
    """'feed' (RSS/Atom/RDF), 'sitemap' (urlset/sitemapindex) or None."""
    if data[:2] == b"\x1f\x8b":
        try:
            data = _gunzip(data, "")
        except Rejected:
            return None
    m = _ROOT.search(data[:4096])
    if not m:
        return None
    return "sitemap" if m.group(1) in (b"urlset", b"sitemapindex") else "feed"


def parse_feed(data: bytes, base_url: str) -> list[FeedItem]:
    """The entries of an RSS/Atom feed (links made absolute); Rejected if it is not a feed."""
    import feedparser

    data = guard_xml(data, base_url)
    # A stream, never bytes or str: feedparser opens a str URL, and a bytes/str value naming an
    # existing path as a local file; a stream is only read.
    parsed = feedparser.parse(io.BytesIO(data), response_headers={"content-location": base_url},
                              resolve_relative_uris=False, sanitize_html=False)
    if not parsed.entries and parsed.get("bozo") and not parsed.get("feed"):
        exc = parsed.get("bozo_exception")
        raise Rejected(base_url, "fetch-failed", f"not a feed: {exc}")
    items = []
    for entry in parsed.entries:
        link = entry.get("link") or _alternate(entry)
        guid = entry.get("id") or None
        if not link and guid and guid.startswith(("http://", "https://")):
            link = guid
        if not link:
            continue
        items.append(FeedItem(url=urljoin(base_url, link.strip()), guid=guid, title=entry.get("title") or None,
                              published=_day(_when(entry))))
    return items


def _when(entry) -> Optional[time.struct_time]:
    # Ask for "published" only when the entry has it (feedparser warns on its updated fallback).
    keys = entry.keys()
    return entry.get("published_parsed") if "published" in keys else entry.get("updated_parsed")


def _alternate(entry) -> Optional[str]:
    for link in entry.get("links", []):
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return link["href"]
    return None


def _day(parsed: Optional[time.struct_time]) -> Optional[str]:
    if not parsed:
        return None
    return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"
