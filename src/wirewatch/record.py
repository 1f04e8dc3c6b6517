"""The one record that flows through every stage (the spaCy ``Doc`` of wirewatch).

Every annotation is a stand-off span: ``start``/``end`` are character offsets into
``article.text``. The record is serialised only at the edges (CLI, store, API) through
:func:`Record.to_dict` / :func:`Record.from_dict`; the JSON Schema in ``wirewatch/schema/record.schema.json``
pins that contract.
"""
from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from typing import Any, Optional

RECORD_VERSION = 1


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    source: Optional[str] = None  # None: article.text; "caption:N": article.captions[N].text


@dataclass(slots=True)
class Paragraph:
    start: int
    end: int


@dataclass(slots=True)
class Caption:
    text: str
    credit: Optional[str] = None


@dataclass(slots=True)
class Furniture:
    text: str
    kind: str


@dataclass(slots=True)
class Published:
    date: Optional[str] = None  # ISO day when known exactly (or the midpoint's day of a range)
    earliest: Optional[str] = None
    latest: Optional[str] = None
    inferred: bool = False
    evidence: Optional[str] = None


@dataclass(slots=True)
class Article:
    title: Optional[str] = None
    authors: list[str] = field(default_factory=list)
    publisher: Optional[str] = None
    url: Optional[str] = None
    original_url: Optional[str] = None
    syndicated_copy: bool = False
    published: Published = field(default_factory=Published)
    language: Optional[str] = None
    text: str = ""
    paragraphs: list[Paragraph] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    furniture: list[Furniture] = field(default_factory=list)


@dataclass(slots=True)
class Entity:
    id: str
    name: str
    type: str  # PERSON ORG GPE LOC FAC NORP EVENT ...
    country: Optional[str] = None  # ISO 3166-1 alpha-3
    sector: Optional[str] = None  # PLOVER/CAMEO sector code (GOV, MIL, JRN, ...)
    code: Optional[str] = None  # CAMEO/PLOVER-style actor code, e.g. IRNMIL
    mentions: list[Mention] = field(default_factory=list)
    salience: float = 0.0
    aliases: list[str] = field(default_factory=list)
    role: Optional[str] = None


@dataclass(slots=True)
class DateExpr:
    text: str
    start: int
    end: int
    earliest: Optional[str] = None
    latest: Optional[str] = None
    granularity: Optional[str] = None  # day, week, month, year, range, time ...
    # None: offsets into article.text; "caption:N": offsets into article.captions[N].text
    source: Optional[str] = None


@dataclass(slots=True)
class Place:
    entity: Optional[str]  # entity id
    name: str
    country: Optional[str] = None
    admin1: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    geonameid: Optional[int] = None
    feature: Optional[str] = None  # country, city, admin1, airport, border, ...
    mentions: list[Mention] = field(default_factory=list)


@dataclass(slots=True)
class Quote:
    text: str
    start: int
    end: int
    parts: list[list[int]]
    kind: str  # direct, partial, indirect
    speaker: Optional[str] = None  # entity id
    speaker_name: Optional[str] = None
    speaker_mention: Optional[Mention] = None
    cue: Optional[str] = None
    via: Optional[str] = None  # canonical name of the outlet/document
    via_entity: Optional[str] = None
    confidence: float = 0.0


@dataclass(slots=True)
class EventParty:
    entity: Optional[str]
    name: Optional[str]
    country: Optional[str] = None
    sector: Optional[str] = None
    code: Optional[str] = None


@dataclass(slots=True)
class EventDate:
    earliest: Optional[str] = None
    latest: Optional[str] = None


@dataclass(slots=True)
class Event:
    type: str
    mode: Optional[str] = None
    context: Optional[str] = None
    actor: Optional[EventParty] = None
    recipient: Optional[EventParty] = None
    date: EventDate = field(default_factory=EventDate)
    date_basis: Optional[str] = None  # sentence, paragraph, narrative (carried over), published
    place: Optional[Place] = None
    attempted: bool = False
    failed: bool = False
    negated: bool = False
    hypothetical: bool = False
    background: bool = False
    evidence: Mention = field(default_factory=lambda: Mention(0, 0, ""))
    more_evidence: list[Mention] = field(default_factory=list)
    trigger: Optional[str] = None
    confidence: float = 0.0


@dataclass(slots=True)
class Source:
    path: Optional[str] = None
    url: Optional[str] = None
    format: str = "text"  # text, html, jsonl, warc


@dataclass(slots=True)
class Record:
    id: str
    source: Source
    article: Article
    entities: list[Entity] = field(default_factory=list)
    dates: list[DateExpr] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    links: dict[str, Any] = field(default_factory=dict)
    # Working state of the analysis stages (the spaCy Doc); never serialised.
    doc: Any = field(default=None, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """The stable JSON contract (see wirewatch/schema/record.schema.json)."""
        out: dict[str, Any] = {"id": self.id}
        for f in dataclasses.fields(self):
            if f.name in ("id", "doc"):
                continue
            out[f.name] = _plain(getattr(self, f.name))
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Record":
        """Rebuild a record from :meth:`to_dict` output (store, JSONL)."""
        return _build(cls, data)

    def entity(self, entity_id: Optional[str]) -> Optional[Entity]:
        """The entity with this id, or None."""
        for ent in self.entities:
            if ent.id == entity_id:
                return ent
        return None


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


_NESTED = {
    (Record, "source"): Source, (Record, "article"): Article,
    (Record, "entities"): [Entity], (Record, "dates"): [DateExpr], (Record, "places"): [Place],
    (Record, "quotes"): [Quote], (Record, "events"): [Event],
    (Article, "published"): Published, (Article, "paragraphs"): [Paragraph],
    (Article, "captions"): [Caption], (Article, "furniture"): [Furniture],
    (Entity, "mentions"): [Mention], (Place, "mentions"): [Mention],
    (Quote, "speaker_mention"): Mention,
    (Event, "actor"): EventParty, (Event, "recipient"): EventParty, (Event, "date"): EventDate,
    (Event, "place"): Place, (Event, "evidence"): Mention, (Event, "more_evidence"): [Mention],
}


def _build(cls: type, data: dict[str, Any]) -> Any:
    names = {f.name for f in dataclasses.fields(cls)}
    kwargs = {}
    for key, value in data.items():
        if key not in names or key == "doc":
            continue
        spec = _NESTED.get((cls, key))
        if spec is None or value is None:
            kwargs[key] = value
        elif isinstance(spec, list):
            kwargs[key] = [_build(spec[0], v) for v in value]
        else:
            kwargs[key] = _build(spec, value)
    return cls(**kwargs)


def content_id(text: str) -> str:
    """A stable id for content without an id of its own: 16 hex digits of SHA-256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
