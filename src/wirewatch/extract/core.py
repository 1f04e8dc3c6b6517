"""Extraction: raw document -> Record with clean article text, furniture, captions and metadata."""
from __future__ import annotations

import re
from typing import Optional

from wirewatch.errors import Rejected
from wirewatch.extract.body import Sorted, sort_paragraphs
from wirewatch.extract.decode import decode
from wirewatch.extract.furniture import Patterns, body_dateline, load_patterns
from wirewatch.extract.html import parse_html
from wirewatch.extract.meta import guess_language, iso_day, parse_stated_date
from wirewatch.extract.text import split_text
from wirewatch.record import Article, Paragraph, Published, Record, Source, content_id
from wirewatch.settings import Settings
from wirewatch.sources.raw import RawDocument

_WORD = re.compile(r"\w+")
# An HTML page whose story part has fewer words than this is a navigation or app shell.
MIN_HTML_WORDS = 12

try:  # owned by another engineer; until it exists the date stays empty unless the page states it
    from wirewatch.extract.published import infer_published
except ImportError:  # pragma: no cover - depends on the other module being present
    infer_published = None


def extract_record(raw: RawDocument, settings: Settings) -> Record:
    """Decode, extract and sort one raw document into a Record (raises Rejected)."""
    pats = load_patterns(tuple(settings.furniture))
    is_html = raw.format == "html"
    text = decode(raw.data, raw.name, html=is_html)
    if is_html:
        article = _from_html(text, raw, pats)
    else:
        article = _from_text(text, raw, pats)
    if not article.text.strip():
        raise Rejected(raw.name, "no-article", "no body text after removing site furniture")
    if raw.title:
        article.title = raw.title
    if raw.url and not article.url:
        article.url = raw.url
    if not article.published.date and not article.published.earliest:
        article.published = _infer(article)
    return Record(id=raw.id or content_id(article.text),
                  source=Source(path=raw.path, url=raw.url, format=raw.format), article=article)


def _from_text(text: str, raw: RawDocument, pats: Patterns) -> Article:
    title, units = split_text(text, pats, raw.title)
    if not units:
        raise Rejected(raw.name, "no-article", "only a title line, no body")
    # Some dumps repeat the headline as the first line of the story.
    if title and units and _same(units[0], title):
        units = units[1:]
    found = sort_paragraphs(units, pats, loose_edges=True)
    article = _article(found, title)
    article.published = _stated(found.stated_date or _opening_dateline(found, pats) or found.updated_date)
    return article


def _opening_dateline(found: Sorted, pats: Patterns) -> Optional[str]:
    return body_dateline(found.body[0], pats) if found.body else None


def _from_html(html: str, raw: RawDocument, pats: Patterns) -> Article:
    page = parse_html(html, pats, url=raw.url)
    if page is None:
        raise Rejected(raw.name, "no-article", "the page holds no article text")
    # Captions the extractor kept inline are captions, not story text.
    cap_texts = {c.text for c in page.captions if c.text}
    units = [u for u in page.units if u not in cap_texts]
    # The headline the extractor repeats at the top is the title, not story text.
    if units and page.title and _same(units[0], page.title):
        units = units[1:]
    found = sort_paragraphs(units, pats, loose_edges=False)
    if len(_WORD.findall(" ".join(found.body))) < MIN_HTML_WORDS:
        raise Rejected(raw.name, "no-article", "the page holds no article text")
    found.captions = page.captions + found.captions
    article = _article(found, page.title, page.language)
    article.authors = page.authors + [a for a in found.authors if a not in page.authors]
    article.publisher = page.publisher or found.publisher
    article.url = page.url
    day = iso_day(page.date)
    article.published = (Published(date=day, earliest=day, latest=day, evidence="page metadata")
                         if day else _stated(found.stated_date or _opening_dateline(found, pats) or found.updated_date))
    return article


def _same(a: str, b: str) -> bool:
    return _WORD.findall(a.lower()) == _WORD.findall(b.lower())


def _article(found: Sorted, title: Optional[str], language: Optional[str] = None) -> Article:
    text, paragraphs = join_paragraphs(found.body)
    return Article(title=title, authors=list(found.authors), publisher=found.publisher,
                   original_url=found.original_url, syndicated_copy=found.syndicated,
                   language=language or guess_language(text), text=text, paragraphs=paragraphs,
                   captions=found.captions, furniture=found.furniture)


def join_paragraphs(body: list[str]) -> tuple[str, list[Paragraph]]:
    """Paragraphs joined with a blank line, with each one's offsets into the joined text."""
    paragraphs, pos = [], 0
    for para in body:
        paragraphs.append(Paragraph(pos, pos + len(para)))
        pos += len(para) + 2
    return "\n\n".join(body), paragraphs


def _stated(date_text: Optional[str]) -> Published:
    day = parse_stated_date(date_text) if date_text else None
    if not day:
        return Published()
    return Published(date=day, earliest=day, latest=day, evidence=f"stated: {date_text}")


INFER_MAX_PARAGRAPHS = 80


def _infer(article: Article) -> Published:
    if infer_published is None:
        return article.published
    # The evidence for a publication date sits near the top; a huge dump costs seconds otherwise.
    body = [article.text[p.start:p.end] for p in article.paragraphs[:INFER_MAX_PARAGRAPHS]]
    return infer_published("\n\n".join(body), article.title, body)
