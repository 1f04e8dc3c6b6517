"""Ordered schema migrations: ``schema_version`` holds the versions applied.

A migration is ``func(conn) -> None`` run inside the migrating transaction; add new ones at the
end of :data:`MIGRATIONS`, never edit an applied one. Version 1 creates the *current* MetaData,
so every later migration must be idempotent (``checkfirst`` / ``IF NOT EXISTS`` / column checks):
on a fresh database its change already exists. Concurrent openers are serialised (SQLite:
``BEGIN IMMEDIATE``; PostgreSQL: a transaction-level advisory lock).
"""
from __future__ import annotations

import datetime as dt
from typing import Callable

from sqlalchemy import Connection, inspect, select, text

from wirewatch.store import schema as S

Migration = Callable[[Connection], None]


def _initial(conn: Connection) -> None:
    """Version 1: every table of the shared MetaData."""
    S.metadata.create_all(conn, checkfirst=True)


def _fulltext(conn: Connection) -> None:
    """Version 2: full-text search (FTS5 on SQLite; tsvector + GIN on PostgreSQL)."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5("
            "title, text, content='articles', content_rowid='seq', tokenize='porter unicode61')")
    else:
        conn.exec_driver_sql(
            "ALTER TABLE articles ADD COLUMN IF NOT EXISTS tsv tsvector GENERATED ALWAYS AS ("
            "setweight(to_tsvector('english', coalesce(title, '')), 'A') || "
            "setweight(to_tsvector('english', coalesce(text, '')), 'B')) STORED")
        conn.exec_driver_sql("CREATE INDEX IF NOT EXISTS ix_articles_tsv ON articles USING gin (tsv)")


def _aliases(conn: Connection) -> None:
    """Version 3: ``aliases`` (exact copies that arrived under another record id)."""
    S.aliases.create(conn, checkfirst=True)


def _event_type_date_index(conn: Connection) -> None:
    """Version 4: events by type, newest first, read from an index (the events page's query)."""
    conn.exec_driver_sql("CREATE INDEX IF NOT EXISTS ix_events_type_earliest ON events (type, earliest)")


MIGRATIONS: list[Migration] = [_initial, _fulltext, _aliases, _event_type_date_index]

# Any constant works; it only has to be the same in every wirewatch process.
_PG_LOCK_KEY = 0x77697265


def current_version(conn: Connection) -> int:
    """The highest applied version (0 for an empty database)."""
    if not inspect(conn).has_table("schema_version"):
        return 0
    return conn.execute(select(S.schema_version.c.version).order_by(
        S.schema_version.c.version.desc()).limit(1)).scalar() or 0


def migrate(conn: Connection) -> list[int]:
    """Apply the pending migrations on ``conn`` (inside its transaction); return the versions applied."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
    done = current_version(conn)
    applied = []
    for version, func in enumerate(MIGRATIONS, 1):
        if version <= done:
            continue
        func(conn)
        if version == 1 or inspect(conn).has_table("schema_version"):
            conn.execute(S.schema_version.insert().values(
                version=version, applied_at=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")))
        applied.append(version)
    return applied
