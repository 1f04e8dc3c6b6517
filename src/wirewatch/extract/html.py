"""HTML pages -> main text (trafilatura), captions and page metadata."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Optional

import trafilatura
from trafilatura.utils import load_html

from wirewatch.extract.furniture import Patterns, caption, person_names
from wirewatch.record import Caption

# trafilatura logs every discarded page as a warning; a rejection says it already.
logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)

_SPACES = re.compile(r"\s+")
_CREDIT_CLASS = re.compile(r"credit|copyright|byline|source|attribution|photographer", re.IGNORECASE)


@dataclass(slots=True)
class HtmlPage:
    """What trafilatura and the page's markup say; paragraphs still include furniture."""

    units: list[str] = field(default_factory=list)
    title: Optional[str] = None
    authors: list[str] = field(default_factory=list)
    publisher: Optional[str] = None
    url: Optional[str] = None
    date: Optional[str] = None
    language: Optional[str] = None
    captions: list[Caption] = field(default_factory=list)


def _norm(text: Optional[str]) -> str:
    return _SPACES.sub(" ", text or "").strip()


def _figcaptions(tree, pats: Patterns) -> list[Caption]:
    out = []
    for fig in tree.iter("figcaption"):
        credit_parts = [_norm(el.text_content()) for el in fig.iter()
                        if el is not fig and _CREDIT_CLASS.search(el.get("class", "") or "")]
        credit = next((c for c in credit_parts if c), None)
        text = _norm(fig.text_content())
        if not text:
            continue
        if credit:
            text = _norm(text.replace(credit, ""))
            credit = re.sub(r"^(?:photo|image|credit|picture)s?\s*(?:by|:)\s*", "", credit, flags=re.IGNORECASE)
            out.append(Caption(text=text, credit=credit.strip("() ")))
        else:
            out.append(caption(text, pats) or Caption(text=text))
    return out


def _first(tree, xpath: str) -> Optional[str]:
    for value in tree.xpath(xpath):
        value = _norm(value if isinstance(value, str) else value.text_content())
        if value:
            return value
    return None


def _extract(tree, url: Optional[str], **options):
    return trafilatura.bare_extraction(tree, url=url, include_comments=False, with_metadata=True,
                                       **options)


def parse_html(html: str, pats: Patterns, url: Optional[str] = None) -> Optional[HtmlPage]:
    """Main text and metadata of one page; None when the page holds no article text."""
    tree = load_html(html)
    if tree is None:
        return None
    page = HtmlPage()
    page.captions = _figcaptions(tree, pats)
    lang = _first(tree, "/html/@lang | //meta[@http-equiv='content-language']/@content")
    page.language = lang.split("-")[0].split("_")[0].lower()[:3] if lang else None
    # Precision-first extraction measured best on the development set; recall is the fallback.
    doc = _extract(tree, url, favor_precision=True)
    if doc is None or not (doc.text or "").strip():
        doc = _extract(tree, url, favor_recall=True)
    text = (doc.text or "") if doc is not None else ""
    if not text.strip():
        # Very short or truncated pages: keep whatever paragraph text the markup holds.
        _, text, _ = trafilatura.baseline(tree)
    page.units = [_norm(l) for l in text.split("\n") if _norm(l)]
    if not page.units:
        return None
    if doc is not None:
        page.title = _norm(doc.title) or None
        page.publisher = _norm(doc.sitename) or None
        page.date = doc.date
        page.url = doc.url
        for part in re.split(r";", doc.author or ""):
            for name in person_names(part, pats):
                if name not in page.authors:
                    page.authors.append(name)
    page.title = page.title or _first(tree, "//title")
    page.url = _first(tree, "//link[@rel='canonical']/@href | //meta[@property='og:url']/@content") or page.url
    return page
