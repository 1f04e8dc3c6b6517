"""Entity resolution: spaCy's NER spans -> one ``Entity`` per real-world thing, with all its mentions.

Steps (all on the already parsed Doc; no further model passes):

1. candidates (``entity_spans``): NER spans of the kept labels, trimmed of "the" and "'s";
   headline fragments and bare titles dropped; "X (Y)" aliases joined; names the actor
   dictionary knows but spaCy missed added; "the Iranian government" made one agent mention.
2. clusters (``entity_cluster``): surname/given name -> full name, acronyms, countries by
   dictionary code, "Basiji" -> "Basij", "the Council" -> the one earlier council.
3. attributes (``entity_attrs``): type by dictionary, descriptors and votes; country, sector
   and code by dictionary or textual evidence; canonical name; salience.

Policy on nationality adjectives: an adjective the dictionary ties to a country ("Iranian",
"British") is a mention of that country's GPE entity (created from the dictionary's country
entry when only the adjective occurs), which is how the reference readings count them.
Adjectives without a country ("Kurdish", "Shiite Islamist") stay NORP entities. An adjective
that modifies an agent noun ("the Iranian military", "American officials") becomes one
mention of an agent entity instead (ORG for institutions, NORP for groups of people) with
country, sector and code (IRN, MIL, IRNMIL), so later stages find it with
``EntityIndex.at(span)``; the adjective before a name ("the Iraqi militia Y", "the Kurdish
outlet Z") stays a mention of the country and gives the name its country.

Names that appear only in photo captions (outside ``article.text``) are found by a
dictionary lookup and become entities without mentions and with salience 0.

Entity types kept: PERSON ORG GPE LOC FAC NORP EVENT (dates and numbers are the date
resolver's; PRODUCT, WORK_OF_ART, LAW and LANGUAGE are too noisy in the small model).
Ids are "e1", "e2", ... in order of first mention.
"""
from __future__ import annotations

import re

import logging
from typing import Optional

from wirewatch.analyze.entity_attrs import Attributes, salience
from wirewatch.analyze.entity_captions import caption_names
from wirewatch.analyze.entity_cluster import Clusterer
from wirewatch.analyze.entity_lexicon import load_lexicon
from wirewatch.analyze.entity_spans import SpanBuilder, split_words
from wirewatch.record import Entity, Mention, Record

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
    cands = SpanBuilder(doc, lex, actors, headline_end, text).build()
    clusterer = Clusterer(doc, lex, actors, text)
    clusters = clusterer.run(cands)
    attrs = Attributes(doc, text, lex, actors, clusters, clusterer.of, on=record.article.published.date,
                       geo=_geo(res))
    attrs.resolve()
    entities = [attrs.entity(cl, f"e{i}") for i, cl in enumerate(clusters, 1)]
    headline = record.article.title or (text[:headline_end] if headline_end else "")
    salience(entities, len(text), headline)
    entities.extend(_from_captions(record, lex, actors, clusterer, attrs, len(entities)))
    record.entities = entities
    return record


def _from_captions(record: Record, lex, actors, clusterer: Clusterer, attrs: Attributes,
                   n: int) -> list[Entity]:
    """Entities named only in captions: no mentions (captions are outside the text), salience 0."""
    captions = [c.text for c in record.article.captions if c.text]
    if not captions or actors is None:
        return []
    known = {id(a) for a in attrs.actor.values()}
    out = []
    for surface, actor in caption_names(captions, actors, lex):
        key = tuple(split_words(surface))
        if id(actor) in known or clusterer.knows(key, actor):
            continue
        known.add(id(actor))
        name = actor.name if tuple(split_words(actor.name)) == key or actor.type == "GPE" else surface
        sector = lex.sector(actor.sector)
        n += 1
        out.append(Entity(id=f"e{n}", name=name, type=actor.type, country=actor.country,
                          sector=sector, code=actor.code, mentions=_caption_mentions([c.text or "" for c in record.article.captions], surface),
                          salience=0.0,
                          aliases=[surface] if surface != name else [],
                          role=actor.role if actor.type == "PERSON" else None))
    return out


def _caption_mentions(captions: list[str], surface: str) -> list[Mention]:
    """Where a caption names the entity: offsets into that caption's text (source "caption:N")."""
    out = []
    for i, caption in enumerate(captions):
        for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", caption):
            out.append(Mention(m.start(), m.end(), m.group(0), source=f"caption:{i}"))
    return out


def _actors(res):
    """The actor dictionary, or None when it is not available (the resolver still works)."""
    try:
        return res.actors if res is not None else None
    except Exception as exc:  # a missing or broken dictionary must not stop analysis
        log.warning("actor dictionary unavailable: %s", exc)
        return None


def _geo(res):
    if res is None:
        return None
    from wirewatch.analyze.entity_geo import place_country_finder
    return place_country_finder(res)


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
