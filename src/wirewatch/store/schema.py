"""The store's tables, in one SQLAlchemy Core ``MetaData`` shared by SQLite and PostgreSQL.

Full-text search is dialect-specific and created by the migrations (``store/fts.py``):
SQLite gets an FTS5 external-content table ``articles_fts`` over ``articles(title, text)``
keyed on ``articles.seq``; PostgreSQL gets a generated ``tsv`` column with a GIN index.
"""
from __future__ import annotations

from sqlalchemy import (BigInteger, Boolean, Column, Float, ForeignKey, Index, Integer, LargeBinary,
                        MetaData, String, Table, Text, UniqueConstraint)

metadata = MetaData()

# SQLite only autoincrements an INTEGER PRIMARY KEY; BigInteger keeps PostgreSQL roomy.
SeqType = BigInteger().with_variant(Integer(), "sqlite")

schema_version = Table(
    "schema_version", metadata,
    Column("version", Integer, primary_key=True),
    Column("applied_at", String(32), nullable=False),
)

articles = Table(
    "articles", metadata,
    Column("seq", SeqType, primary_key=True, autoincrement=True),  # ingest order; FTS rowid
    Column("id", String(64), nullable=False, unique=True),  # the record id
    Column("content_hash", String(64), nullable=False, unique=True),  # SHA-256 of normalised text
    Column("title", Text), Column("text", Text, nullable=False),
    Column("published_date", String(32)), Column("published_earliest", String(32)),
    Column("published_latest", String(32)),
    Column("publisher", Text), Column("url", Text), Column("canonical_url", Text),
    Column("original_url", Text), Column("language", String(16)),
    Column("syndicated_copy", Boolean, nullable=False, default=False),
    Column("source_path", Text), Column("source_url", Text),
    Column("record", Text, nullable=False),  # the full record dict as JSON
    Column("ingested_at", String(32), nullable=False),
    Index("ix_articles_published", "published_date"),
)

entities = Table(
    "entities", metadata,
    Column("id", SeqType, primary_key=True, autoincrement=True),
    Column("name", Text, nullable=False), Column("type", String(16), nullable=False),
    # '' rather than NULL so the unique key holds on both backends (NULLs never collide).
    Column("country", String(8), nullable=False, default=""),
    Column("sector", String(16)), Column("code", String(32)),
    UniqueConstraint("name", "type", "country", name="uq_entities_key"),
)

mentions = Table(
    "mentions", metadata,
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("entity_id", BigInteger, ForeignKey("entities.id"), nullable=False),
    Column("local_id", String(32), nullable=False),  # the entity id inside the record (e.g. "e3")
    Column("start", Integer, nullable=False), Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("salience", Float, nullable=False, default=0.0),
    Index("ix_mentions_article", "article_id"), Index("ix_mentions_entity", "entity_id"),
)

quotes = Table(
    "quotes", metadata,
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("n", Integer, nullable=False),
    Column("text", Text, nullable=False), Column("kind", String(16)),
    Column("speaker_entity", BigInteger, ForeignKey("entities.id")),
    Column("speaker_name", Text), Column("cue", Text), Column("start", Integer), Column("end", Integer),
    Column("confidence", Float),
    Index("ix_quotes_article", "article_id"), Index("ix_quotes_speaker", "speaker_entity"),
)

events = Table(
    "events", metadata,
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("n", Integer, nullable=False),
    Column("type", String(32), nullable=False), Column("mode", String(32)),
    Column("actor_entity", BigInteger, ForeignKey("entities.id")), Column("actor_name", Text),
    Column("recipient_entity", BigInteger, ForeignKey("entities.id")), Column("recipient_name", Text),
    Column("actor_country", String(8)), Column("recipient_country", String(8)),
    Column("earliest", String(32)), Column("latest", String(32)),
    Column("place_name", Text), Column("place_lat", Float), Column("place_lon", Float),
    Column("place_country", String(8)),
    Column("flags", String(64)),  # comma list: attempted,failed,negated,hypothetical,background
    Column("evidence", Text), Column("confidence", Float),
    Index("ix_events_article", "article_id"), Index("ix_events_type", "type"),
    Index("ix_events_earliest", "earliest"), Index("ix_events_type_earliest", "type", "earliest"),
)

places = Table(
    "places", metadata,
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("name", Text, nullable=False), Column("country", String(8)), Column("admin1", Text),
    Column("lat", Float), Column("lon", Float), Column("geonameid", BigInteger), Column("feature", String(32)),
    Index("ix_places_article", "article_id"), Index("ix_places_name", "name"),
)

rejections = Table(
    "rejections", metadata,
    Column("id", SeqType, primary_key=True, autoincrement=True),
    Column("input", Text, nullable=False), Column("reason", String(32), nullable=False),
    Column("detail", Text), Column("at", String(32), nullable=False),
)

# --- link stage -------------------------------------------------------------------------------

signatures = Table(
    "signatures", metadata,
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("minhash", LargeBinary, nullable=False),  # num_perm uint32 hash values, little-endian
    Column("n_shingles", Integer, nullable=False),
)

lsh_bands = Table(
    "lsh_bands", metadata,
    Column("band", Integer, nullable=False), Column("hash", BigInteger, nullable=False),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Index("ix_lsh_bands_key", "band", "hash"),
)

# One row per article in a group of copies; group_id is the first member's id (stable).
dup_members = Table(
    "dup_members", metadata,
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("group_id", String(64), nullable=False),
    Column("matched_id", String(64)),  # the copy it was found through (None for the first member)
    Column("similarity", Float),
    Index("ix_dup_members_group", "group_id"),
)

dup_groups = Table(
    "dup_groups", metadata,
    Column("group_id", String(64), primary_key=True),
    Column("original_id", String(64), nullable=False),
    Column("basis", String(32), nullable=False),  # notice, canonical, earliest-date, first-seen
)

# Sparse feature vector per article (top text terms, entities, places, event types), used to
# find story neighbours through an inverted index instead of scanning the corpus.
features = Table(
    "features", metadata,
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("term", String(128), nullable=False), Column("weight", Float, nullable=False),
    Column("day", Integer),  # days since 1970 of the publication (or ingest) date
    Index("ix_features_term_day", "term", "day"), Index("ix_features_article", "article_id"),
)

term_df = Table(
    "term_df", metadata,
    Column("term", String(128), primary_key=True), Column("df", BigInteger, nullable=False),
)

stories = Table(
    "stories", metadata,
    Column("id", SeqType, primary_key=True, autoincrement=True),
    Column("title", Text), Column("title_article_id", String(64)),
    Column("first_seen", String(32)), Column("last_seen", String(32)),
    Column("size", Integer, nullable=False, default=0),
    Index("ix_stories_last_seen", "last_seen"),
)

story_members = Table(
    "story_members", metadata,
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("story_id", BigInteger, ForeignKey("stories.id"), nullable=False),
    Column("score", Float),  # similarity to the story when it joined (1.0 for the founder)
    Column("centrality", Float, nullable=False, default=0.0),
    Index("ix_story_members_story", "story_id"),
)

# Records whose clean text was already stored under another id (exact copies): id -> article.
aliases = Table(
    "aliases", metadata,
    Column("record_id", String(64), primary_key=True),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("publisher", Text), Column("url", Text), Column("source_path", Text), Column("source_url", Text),
    Column("seen_at", String(32), nullable=False),
    Index("ix_aliases_article", "article_id"),
)

# Tables holding per-article rows, in dependency order (deleted children first).
ARTICLE_CHILDREN = (aliases, mentions, quotes, events, places, signatures, lsh_bands, dup_members, features,
                    story_members)
