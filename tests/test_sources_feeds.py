"""sources/feeds and sitemaps: links out of RSS/Atom and news sitemaps; entity bombs refused."""
from __future__ import annotations

import gzip
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "sources"))
from localserver import fixture_text, rss  # noqa: E402

from wirewatch.errors import Rejected  # noqa: E402
from wirewatch.sources.feeds import parse_feed, sniff_kind  # noqa: E402
from wirewatch.sources.pages import canonical_url  # noqa: E402
from wirewatch.sources.sitemaps import parse_sitemap  # noqa: E402

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title><id>urn:x</id>
<updated>2026-03-02T10:00:00Z</updated>
<entry><title>One</title><id>urn:item:1</id><link rel="alternate" href="/news/one.html"/>
<updated>2026-03-02T10:00:00Z</updated></entry>
<entry><title>Two</title><id>https://wire.example.org/two</id><updated>2026-03-01T09:00:00Z</updated></entry>
</feed>"""


def test_feeds_rss_items_with_dates():
    data = rss([("https://wire.example.org/a?utm_source=rss", "A", "Mon, 02 Mar 2026 08:00:00 GMT"),
                ("/relative/b", "B", "")]).encode()
    items = parse_feed(data, "https://wire.example.org/feed.xml")
    assert [i.url for i in items] == ["https://wire.example.org/a?utm_source=rss",
                                      "https://wire.example.org/relative/b"]
    assert items[0].published == "2026-03-02" and items[0].title == "A" and items[1].published is None


def test_feeds_atom_links_made_absolute_and_guid_links_used():
    items = parse_feed(ATOM.encode(), "https://wire.example.org/atom.xml")
    assert [i.url for i in items] == ["https://wire.example.org/news/one.html", "https://wire.example.org/two"]
    assert items[0].guid == "urn:item:1"


def test_feeds_entity_bomb_is_refused_before_parsing():
    with pytest.raises(Rejected) as exc:
        parse_feed(fixture_text("entity_bomb.xml").encode(), "https://wire.example.org/bomb.xml")
    assert exc.value.reason == "blocked" and "entities" in exc.value.detail


def test_feeds_external_entity_and_utf16_tricks_are_refused():
    xxe = b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel>' \
          b'<item><title>&x;</title><link>http://a/</link></item></channel></rss>'
    for data in (xxe, xxe.decode().encode("utf-16")):
        with pytest.raises(Rejected):
            parse_feed(data, "https://wire.example.org/x.xml")
        with pytest.raises(Rejected):
            parse_sitemap(data, "https://wire.example.org/x.xml")


def test_feeds_not_a_feed_is_fetch_failed():
    with pytest.raises(Rejected) as exc:
        parse_feed(b"\x00\x01 binary garbage", "https://wire.example.org/x")
    assert exc.value.reason == "fetch-failed"


def test_sitemaps_news_sitemap_and_index():
    data = fixture_text("news_sitemap.xml.tmpl").replace("{base}", "https://wire.example.org").encode()
    items, children = parse_sitemap(gzip.compress(data), "https://wire.example.org/sitemap.xml.gz")
    assert not children and [i.title for i in items] == ["Workers return after stoppage", "Second report"]
    assert [i.published for i in items] == ["2026-03-01", "2026-03-02"]
    index = (b'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
             b"<sitemap><loc>https://wire.example.org/s1.xml</loc></sitemap></sitemapindex>")
    assert parse_sitemap(index, "x") == ([], ["https://wire.example.org/s1.xml"])


def test_feeds_sniff_kind():
    assert sniff_kind(rss([]).encode()) == "feed" and sniff_kind(ATOM.encode()) == "feed"
    assert sniff_kind(gzip.compress(b'<urlset xmlns="x"></urlset>')) == "sitemap"
    assert sniff_kind(b"<html><body>no</body></html>") is None


def test_canonical_url_drops_tracking_and_fragment():
    assert canonical_url("HTTPS://Wire.Example.org:443/a?utm_source=rss&b=2&a=1#top") == \
        "https://wire.example.org/a?a=1&b=2"


def test_canonical_url_keeps_meaningful_parameters():
    assert canonical_url("https://x.example.org/s?story=123&fbclid=abc&gclid=1") == "https://x.example.org/s?story=123"


def test_feeds_body_naming_a_local_file_is_not_opened(tmp_path):
    secret = tmp_path / "secret.xml"
    secret.write_text(rss([("https://wire.example.org/leak", "Leak", "")]))
    with pytest.raises(Rejected):
        parse_feed(str(secret).encode(), "https://wire.example.org/feed.xml")
