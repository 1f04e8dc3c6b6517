"""The Store: one interface over SQLite (default) and PostgreSQL; the only writer of SQL."""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Optional, Union

from sqlalchemy import Engine, select
from sqlalchemy.dialects import postgresql, sqlite

from wirewatch.store import linking
from wirewatch.store import schema as S
from wirewatch.store.db import DEFAULT_PATH, insert_ignore, make_engine, read_tx, write_tx
from wirewatch.store.migrations import current_version, migrate
from wirewatch.store.queries import Queries
from wirewatch.store.reader import ReaderQueries
from wirewatch.store.rows import article_row, child_rows, now_iso, upsert_entities

RecordLike = Union[dict[str, Any], Any]  # a record dict or an object with .to_dict()


class Store(Queries, ReaderQueries):
    """A wirewatch database. Write with :meth:`add` / :meth:`record_rejection`; read with the query
    methods (see :class:`wirewatch.store.queries.Queries`), which all return plain dicts/lists."""

    def __init__(self, engine: Engine, url: str):
        self.engine = engine
        self.url = url

    @property
    def dialect(self) -> str:
        """'sqlite' or 'postgresql'."""
        return self.engine.dialect.name

    def migrate(self) -> list[int]:
        """Bring the schema up to date; returns the versions applied (empty if current)."""
        with write_tx(self.engine) as conn:
            return migrate(conn)

    def schema_version(self) -> int:
        """The database's schema version."""
        with read_tx(self.engine) as conn:
            return current_version(conn)

    def close(self) -> None:
        """Release the connections."""
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def add(self, record: RecordLike, *, link: bool = True, stories: bool = True, content: bool = True,
            link_features=None) -> str:
        """Store one record in one transaction: ``"stored"``, or ``"present"`` if its id or clean
        text is already stored (idempotent). ``link`` runs duplicate detection; ``stories`` also
        clusters it into a story (both on by default; benchmarks turn stories off). ``content=False``
        keeps only the article row and its links (no full-text index, entities, quotes, events):
        enough for a scratch store that only links, as the batch link stage's. ``link_features``: the
        record's precomputed :class:`~wirewatch.link.features.LinkFeatures` (else computed here)."""
        rec = record.to_dict() if hasattr(record, "to_dict") else record
        row = article_row(rec)
        with write_tx(self.engine) as conn:
            # ON CONFLICT DO NOTHING on both unique keys (id, content_hash): never read-then-write.
            seq = conn.execute(_article_insert(self.dialect), row).scalar()
            if seq is None:
                _note_alias(conn, rec, row)
                return "present"
            if content:
                if self.dialect == "sqlite":
                    conn.exec_driver_sql("INSERT INTO articles_fts(rowid, title, text) VALUES (?, ?, ?)",
                                         (seq, row["title"] or "", row["text"]))
                ent_ids = upsert_entities(conn, rec)
                for table, rows in child_rows(rec, ent_ids).items():
                    if rows:
                        conn.execute(table.insert(), rows)
            if link:
                linking.link_article(conn, rec, seq, stories=stories, features=link_features)
        return "stored"

    def add_many(self, records, **kwargs) -> dict[str, int]:
        """:meth:`add` each record (one transaction each); counts by outcome."""
        counts = {"stored": 0, "present": 0}
        for rec in records:
            counts[self.add(rec, **kwargs)] += 1
        return counts

    def record_rejection(self, input: Any, reason: Optional[str] = None, detail: str = "") -> None:
        """Keep a rejected input: ``record_rejection(rejected)`` or ``(input, reason, detail)``."""
        if reason is None and hasattr(input, "reason"):
            input, reason, detail = input.input, input.reason, input.detail
        with write_tx(self.engine) as conn:
            conn.execute(S.rejections.insert().values(input=str(input), reason=str(reason), detail=detail or "",
                                                      at=now_iso()))


@lru_cache(maxsize=2)
def _article_insert(dialect: str):
    # Built once: values go in as parameters, so SQLAlchemy's statement cache key stays cheap.
    mod = postgresql if dialect == "postgresql" else sqlite
    return mod.insert(S.articles).on_conflict_do_nothing().returning(S.articles.c.seq)


def _note_alias(conn, rec: dict[str, Any], row: dict[str, Any]) -> None:
    """An exact copy under a new record id: remember which stored article it is (idempotent)."""
    a = S.articles.c
    stored = conn.execute(select(a.id).where((a.id == row["id"]) | (a.content_hash == row["content_hash"]))
                          .order_by(a.seq).limit(1)).scalar()
    if stored is None or stored == row["id"]:
        return
    conn.execute(insert_ignore(conn, S.aliases, ["record_id"]).values(
        record_id=row["id"], article_id=stored, publisher=row["publisher"], url=row["url"],
        source_path=row["source_path"], source_url=row["source_url"], seen_at=row["ingested_at"]))


def open_store(url_or_path: str = DEFAULT_PATH, *, schema: Optional[str] = None, migrate: bool = True) -> Store:
    """Open (creating and migrating) a store.

    ``url_or_path``: a file path -> SQLite (WAL, foreign keys, busy timeout); a
    ``postgresql://`` URL -> PostgreSQL via psycopg 3. ``schema`` (or ``?schema=NAME`` in the URL)
    puts every table in that PostgreSQL schema (created if missing); tests use one per run.
    """
    store = Store(make_engine(url_or_path, schema), url_or_path)
    if migrate:
        store.migrate()
    return store
