"""Sitemaps (news sitemaps, plain urlsets and sitemap indexes) -> article links."""
from __future__ import annotations

from typing import Optional

from lxml import etree

from wirewatch.errors import Rejected
from wirewatch.sources.feeds import FeedItem, guard_xml

NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"


def _parser() -> etree.XMLParser:
    # No entities, no DTD, no network, no huge trees: the document is data, never instructions.
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                           recover=False, remove_comments=True)


def parse_sitemap(data: bytes, base_url: str) -> tuple[list[FeedItem], list[str]]:
    """(articles of a urlset, child sitemap URLs of a sitemap index)."""
    data = guard_xml(data, base_url)
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        raise Rejected(base_url, "fetch-failed", f"not a sitemap: {exc}")
    tag = etree.QName(root).localname
    if tag == "sitemapindex":
        return [], [loc for loc in (_text(sm, "loc") for sm in _children(root, "sitemap")) if loc]
    if tag != "urlset":
        raise Rejected(base_url, "fetch-failed", f"not a sitemap: root element <{tag}>")
    items = []
    for url in _children(root, "url"):
        loc = _text(url, "loc")
        if not loc:
            continue
        news = url.find(f"{{{NEWS_NS}}}news")
        title = published = None
        if news is not None:
            title = _text(news, "title", NEWS_NS)
            published = _text(news, "publication_date", NEWS_NS)
        published = published or _text(url, "lastmod")
        items.append(FeedItem(url=loc, guid=None, title=title, published=_day(published)))
    return items, []


def _children(root, name: str):
    return [el for el in root if isinstance(el.tag, str) and etree.QName(el).localname == name]


def _text(el, name: str, ns: Optional[str] = None) -> Optional[str]:
    for child in el:
        if not isinstance(child.tag, str):
            continue
        q = etree.QName(child)
        if q.localname == name and (ns is None or q.namespace == ns):
            return (child.text or "").strip() or None
    return None


def _day(value: Optional[str]) -> Optional[str]:
    if value and len(value) >= 10 and value[4] == "-" and value[7] == "-":
        return value[:10]
    return None
