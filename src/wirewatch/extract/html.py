"""HTML pages -> main text (trafilatura), captions and page metadata."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Optional

import trafilatura
from htmldate import find_date
from trafilatura.metadata import examine_meta, extract_meta_json, extract_sitename, extract_title
from trafilatura.settings import Document
from trafilatura.utils import load_html

from wirewatch.extract.decode import repair_mojibake
from wirewatch.extract.furniture import Patterns, caption, person_names
from wirewatch.record import Caption

# trafilatura logs every discarded page as a warning; a rejection says it already.
logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)

_SPACES = re.compile(r"\s+")
_AUTHOR_XPATH = ("(//*[@itemprop='author']//*[@itemprop='name'] | //*[@rel='author'] "
                 "| //*[@itemprop='author'])[position() < 4]")
_CREDIT_CLASS = re.compile(r"credit|copyright|byline|source|attribution|photographer", re.IGNORECASE)


_BLOCKS = ("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd")
_SKIP = {"nav", "footer", "header", "aside", "script", "style", "noscript", "form", "menu"}
FAST_CHARS = 3_000_000
BASELINE_ONLY_CHARS = 8_000_000


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
        text = repair_mojibake(_norm(fig.text_content()))
        if not text:
            continue
        if credit:
            text = _norm(text.replace(credit, ""))
            credit = re.sub(r"^(?:photo |image )?credits?\s*:\s*", "", credit, flags=re.IGNORECASE)
            out.append(Caption(text=text, credit=credit.strip("() ")))
        else:
            out.append(caption(text, pats) or Caption(text=text))
    return out


def block_texts(tree) -> list[str]:
    """Text of each innermost paragraph-like element outside navigation and scripts (linear)."""
    out = []
    for el in tree.iter(*_BLOCKS):
        if any(True for _ in el.iterdescendants(*_BLOCKS)):
            continue
        if any(a.tag in _SKIP for a in el.iterancestors()):
            continue
        text = _norm(el.text_content())
        if text:
            out.append(text)
    return out


def _first(tree, xpath: str) -> Optional[str]:
    for value in tree.xpath(xpath):
        value = _norm(value if isinstance(value, str) else value.text_content())
        if value:
            return value
    return None


def _extract(tree, url: Optional[str], **options):
    return trafilatura.bare_extraction(tree, url=url, include_comments=False, **options)


def page_metadata(tree, url: Optional[str] = None) -> Document:
    """Title, author, site name, URL and date from meta tags, JSON-LD and htmldate.

    A lighter cut of trafilatura's own metadata pass: its tree-wide author and category
    searches cost a third of the extraction time and add little over meta tags and bylines.
    """
    meta = examine_meta(tree)
    try:
        meta = extract_meta_json(tree, meta)
    except Exception:  # malformed JSON-LD must not cost the article
        pass
    if not meta.title:
        meta.title = extract_title(tree)
    if not meta.author:
        meta.author = _first(tree, _AUTHOR_XPATH)
    if not meta.sitename:
        meta.sitename = extract_sitename(tree)
    meta.url = meta.url or url
    meta.date = find_date(tree, url=meta.url, extensive_search=False, original_date=True,
                          outputformat="%Y-%m-%d")
    return meta


def parse_html(html: str, pats: Patterns, url: Optional[str] = None) -> Optional[HtmlPage]:
    """Main text and metadata of one page; None when the page holds no article text."""
    tree = load_html(html)
    if tree is None:
        return None
    page = HtmlPage()
    page.captions = _figcaptions(tree, pats)
    lang = tree.get("lang") or _first(tree, "//head/meta[@http-equiv='content-language']/@content")
    page.language = lang.split("-")[0].split("_")[0].lower()[:3] if lang else None
    # Precision-first extraction measured best on the development set; recall is the fallback.
    # Huge pages skip trafilatura's second-opinion extractors (fast) or trafilatura altogether:
    # its pruning passes grow faster than the page on multi-megabyte trees.
    doc = None
    if len(html) <= BASELINE_ONLY_CHARS:
        fast = len(html) > FAST_CHARS
        doc = _extract(tree, url, favor_precision=True, fast=fast)
        if doc is None or not (doc.text or "").strip():
            doc = _extract(tree, url, favor_recall=True, fast=fast)
    text = (doc.text or "") if doc is not None else ""
    if text.strip():
        page.units = [u for u in (_norm(l) for l in repair_mojibake(text).split("\n")) if u]
    else:
        # Very short, truncated or huge pages: keep whatever paragraph text the markup holds.
        page.units = [repair_mojibake(u) for u in block_texts(tree)]
    if not page.units:
        return None
    meta = page_metadata(tree, url)
    page.title = repair_mojibake(_norm(meta.title)) or None
    page.publisher = _norm(meta.sitename).lstrip("@") or None
    page.date = meta.date
    page.url = meta.url
    if meta.author:
        for part in re.split(r";|\s+\|\s+", meta.author):
            for name in person_names(part, pats):
                if name not in page.authors:
                    page.authors.append(name)
    page.title = page.title or _first(tree, "//title")
    page.url = _first(tree, "//head/link[@rel='canonical']/@href") or page.url
    return page
