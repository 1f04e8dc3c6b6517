"""The watcher's own tables (sources, fetch log, seen items, alerts, fired alerts) on the store's engine."""
from __future__ import annotations

import time
from datetime import datetime, timezone
from typing import Any, Optional

from sqlalchemy import (Boolean, Column, Float, Integer, MetaData, String, Table, Text, UniqueConstraint, func,
                        select, update)

from wirewatch.store.db import insert_ignore, read_tx, write_tx

metadata = MetaData()

sources = Table(
    "watch_sources", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("url", Text, nullable=False, unique=True),
    Column("kind", String(16), nullable=False),  # feed | sitemap
    Column("every_seconds", Float, nullable=False),
    Column("allow_private", Boolean, nullable=False, default=False),
    Column("added_at", String(32), nullable=False),
    Column("next_due", Float, nullable=False, default=0.0),  # unix time
    Column("etag", Text),
    Column("last_modified", Text),
    Column("last_fetch_at", String(32)),
    Column("last_status", Text),
    Column("n_fetches", Integer, nullable=False, default=0),
    Column("n_listed", Integer, nullable=False, default=0),  # distinct new items seen in the source
    Column("n_stored", Integer, nullable=False, default=0),
    Column("n_failed", Integer, nullable=False, default=0),
)

fetch_log = Table(
    "watch_fetch_log", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source_id", Integer, nullable=False, index=True),
    Column("at", String(32), nullable=False),
    Column("status", Integer),  # HTTP status, or None when no response
    Column("outcome", String(32), nullable=False),  # ok | not-modified | fetch-failed | blocked
    Column("detail", Text),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("n_new", Integer, nullable=False, default=0),
)

seen = Table(
    "watch_seen", metadata,
    Column("key", Text, primary_key=True),  # the canonical URL
    Column("source_id", Integer),
    Column("guid", Text),
    Column("first_seen", String(32), nullable=False),
    Column("outcome", String(16), nullable=False),  # stored | present | failed | blocked
    Column("detail", Text),
    Column("record_id", String(64)),
    Column("attempts", Integer, nullable=False, default=1),
)

alerts = Table(
    "watch_alerts", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("query", Text, nullable=False),
    Column("type", String(64)),
    Column("country", String(8)),
    Column("webhook", Text),
    Column("allow_private", Boolean, nullable=False, default=False),
    Column("created_at", String(32), nullable=False),
)

fired = Table(
    "watch_fired", metadata,
    Column("alert_id", Integer, nullable=False),
    Column("key", Text, nullable=False),  # article id, or "article id#event n"
    Column("article_id", String(64), nullable=False),
    Column("at", String(32), nullable=False),
    Column("delivered", String(16), nullable=False, default="pending"),  # ok | failed | log | pending
    Column("detail", Text),
    UniqueConstraint("alert_id", "key", name="uq_watch_fired"),
)

MAX_ATTEMPTS = 3  # a page that failed to fetch is tried again on later polls, this many times in all


def now_iso() -> str:
    """The current UTC time, ISO 8601 to the second."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


class WatchState:
    """Read and write the watcher's tables (created on first use; safe to open again)."""

    def __init__(self, engine):
        self.engine = engine
        metadata.create_all(engine, checkfirst=True)

    # ---------------------------------------------------------------- sources
    def add_source(self, url: str, kind: str, every_seconds: float, allow_private: bool = False) -> tuple[int, bool]:
        """(source id, created?): adding a known URL updates its schedule and kind instead."""
        with write_tx(self.engine) as conn:
            row = conn.execute(select(sources.c.id).where(sources.c.url == url)).first()
            if row:
                conn.execute(update(sources).where(sources.c.id == row.id).values(
                    kind=kind, every_seconds=every_seconds, allow_private=allow_private))
                return row.id, False
            res = conn.execute(sources.insert().values(url=url, kind=kind, every_seconds=every_seconds,
                                                       allow_private=allow_private, added_at=now_iso(),
                                                       next_due=0.0, n_fetches=0, n_listed=0, n_stored=0,
                                                       n_failed=0))
            return res.inserted_primary_key[0], True

    def remove_source(self, ident: str) -> bool:
        """Forget a source by id or URL (its seen items stay seen)."""
        col = sources.c.id if str(ident).isdigit() else sources.c.url
        key = int(ident) if str(ident).isdigit() else ident
        with write_tx(self.engine) as conn:
            return conn.execute(sources.delete().where(col == key)).rowcount > 0

    def list_sources(self) -> list[dict[str, Any]]:
        """Every source with its schedule, last fetch, status and counts."""
        with read_tx(self.engine) as conn:
            return [dict(r._mapping) for r in conn.execute(select(sources).order_by(sources.c.id))]

    def due_sources(self, now: Optional[float] = None) -> list[dict[str, Any]]:
        """The sources whose next poll time has come."""
        now = time.time() if now is None else now
        with read_tx(self.engine) as conn:
            rows = conn.execute(select(sources).where(sources.c.next_due <= now).order_by(sources.c.next_due))
            return [dict(r._mapping) for r in rows]

    def next_due(self) -> Optional[float]:
        """When the next source is due (unix time), or None without sources."""
        with read_tx(self.engine) as conn:
            return conn.execute(select(func.min(sources.c.next_due))).scalar()

    def record_fetch(self, source_id: int, *, status: Optional[int], outcome: str, detail: str = "",
                     etag: Optional[str] = None, last_modified: Optional[str] = None, n_new: int = 0,
                     n_stored: int = 0, n_failed: int = 0, keep_validators: bool = False) -> None:
        """Log one poll and update the source's status, validators, counts and next due time."""
        at = now_iso()
        with write_tx(self.engine) as conn:
            src = conn.execute(select(sources).where(sources.c.id == source_id)).first()
            if src is None:
                return
            conn.execute(fetch_log.insert().values(source_id=source_id, at=at, status=status, outcome=outcome,
                                                   detail=detail, etag=etag, last_modified=last_modified,
                                                   n_new=n_new))
            values = dict(last_fetch_at=at, last_status=outcome + (f": {detail}" if detail else ""),
                          n_fetches=src.n_fetches + 1, n_listed=src.n_listed + n_new,
                          n_stored=src.n_stored + n_stored, n_failed=src.n_failed + n_failed,
                          next_due=time.time() + src.every_seconds)
            if not keep_validators:
                values.update(etag=etag, last_modified=last_modified)
            conn.execute(update(sources).where(sources.c.id == source_id).values(**values))

    def fetch_log(self, source_id: Optional[int] = None, limit: int = 50) -> list[dict[str, Any]]:
        """The latest polls (newest first)."""
        stmt = select(fetch_log).order_by(fetch_log.c.id.desc()).limit(limit)
        if source_id is not None:
            stmt = stmt.where(fetch_log.c.source_id == source_id)
        with read_tx(self.engine) as conn:
            return [dict(r._mapping) for r in conn.execute(stmt)]

    # ---------------------------------------------------------------- seen items
    def unseen(self, keys: list[str]) -> set[str]:
        """The keys never seen, or seen only as failed fetches still worth another try."""
        if not keys:
            return set()
        done: set[str] = set()
        with read_tx(self.engine) as conn:
            for i in range(0, len(keys), 500):
                chunk = keys[i:i + 500]
                rows = conn.execute(select(seen.c.key, seen.c.outcome, seen.c.attempts).where(seen.c.key.in_(chunk)))
                for r in rows:
                    if r.outcome != "failed" or r.attempts >= MAX_ATTEMPTS:
                        done.add(r.key)
        return {k for k in keys if k not in done}

    def mark_seen(self, key: str, *, source_id: Optional[int], guid: Optional[str], outcome: str,
                  detail: str = "", record_id: Optional[str] = None) -> None:
        """Remember an item and what became of it (a retried failure counts its attempts)."""
        with write_tx(self.engine) as conn:
            row = conn.execute(select(seen.c.attempts).where(seen.c.key == key)).first()
            if row is None:
                conn.execute(insert_ignore(conn, seen).values(key=key, source_id=source_id, guid=guid,
                                                              first_seen=now_iso(), outcome=outcome,
                                                              detail=detail, record_id=record_id, attempts=1))
            else:
                conn.execute(update(seen).where(seen.c.key == key).values(
                    outcome=outcome, detail=detail, record_id=record_id, attempts=row.attempts + 1))

    def count_seen(self) -> int:
        """How many items have been seen."""
        with read_tx(self.engine) as conn:
            return conn.execute(select(func.count()).select_from(seen)).scalar() or 0

    # ---------------------------------------------------------------- alerts
    def add_alert(self, query: str, type: Optional[str], country: Optional[str], webhook: Optional[str],
                  allow_private: bool = False) -> int:
        """Save a search; returns its id."""
        with write_tx(self.engine) as conn:
            res = conn.execute(alerts.insert().values(query=query, type=type, country=country, webhook=webhook,
                                                      allow_private=allow_private, created_at=now_iso()))
            return res.inserted_primary_key[0]

    def list_alerts(self) -> list[dict[str, Any]]:
        """Every saved search, with how often it fired."""
        counts = select(fired.c.alert_id, func.count().label("fired")).group_by(fired.c.alert_id).subquery()
        stmt = (select(alerts, func.coalesce(counts.c.fired, 0).label("fired"))
                .outerjoin(counts, counts.c.alert_id == alerts.c.id).order_by(alerts.c.id))
        with read_tx(self.engine) as conn:
            return [dict(r._mapping) for r in conn.execute(stmt)]

    def remove_alert(self, alert_id: int) -> bool:
        """Delete a saved search (and its fired log)."""
        with write_tx(self.engine) as conn:
            conn.execute(fired.delete().where(fired.c.alert_id == alert_id))
            return conn.execute(alerts.delete().where(alerts.c.id == alert_id)).rowcount > 0

    def claim_fire(self, alert_id: int, key: str, article_id: str) -> bool:
        """Record that an alert fires for key; False if it already fired (so it fires once)."""
        with write_tx(self.engine) as conn:
            res = conn.execute(insert_ignore(conn, fired, ["alert_id", "key"]).values(
                alert_id=alert_id, key=key, article_id=article_id, at=now_iso(), delivered="pending"))
            return (res.rowcount or 0) > 0

    def fire_delivered(self, alert_id: int, key: str, delivered: str, detail: str = "") -> None:
        """Note how a fired alert was delivered."""
        with write_tx(self.engine) as conn:
            conn.execute(update(fired).where((fired.c.alert_id == alert_id) & (fired.c.key == key))
                         .values(delivered=delivered, detail=detail))

    def fired_log(self, alert_id: Optional[int] = None) -> list[dict[str, Any]]:
        """Fired alerts, oldest first."""
        stmt = select(fired).order_by(fired.c.at, fired.c.key)
        if alert_id is not None:
            stmt = stmt.where(fired.c.alert_id == alert_id)
        with read_tx(self.engine) as conn:
            return [dict(r._mapping) for r in conn.execute(stmt)]
