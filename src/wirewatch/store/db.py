"""Engines and transactions for both backends (SQLite file, PostgreSQL via psycopg 3)."""
from __future__ import annotations

import contextlib
import os
import re
from typing import Callable, Iterator, Optional
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from sqlalchemy import Connection, Engine, Table, create_engine, event
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError

DEFAULT_PATH = "wirewatch.db"
BUSY_TIMEOUT_MS = 30_000
_SCHEMA_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")


def is_postgres_url(url_or_path: str) -> bool:
    """True for ``postgresql://`` / ``postgres://`` / ``postgresql+driver://`` URLs."""
    return re.match(r"^postgres(ql)?(\+\w+)?://", url_or_path) is not None


def split_schema(url: str, schema: Optional[str]) -> tuple[str, Optional[str]]:
    """Take a ``?schema=NAME`` query parameter out of the URL (an explicit argument wins)."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    found = [v for k, v in query if k == "schema"]
    rest = [(k, v) for k, v in query if k != "schema"]
    return urlunsplit(parts._replace(query=urlencode(rest))), schema or (found[0] if found else None)


def make_engine(url_or_path: str, schema: Optional[str] = None) -> Engine:
    """An engine for a path (SQLite: WAL, foreign keys, busy timeout) or a PostgreSQL URL."""
    if is_postgres_url(url_or_path):
        url, schema = split_schema(url_or_path, schema)
        url = re.sub(r"^postgres(ql)?(\+\w+)?://", "postgresql+psycopg://", url)
        connect_args = {}
        if schema:
            if not _SCHEMA_NAME.match(schema):
                raise ValueError(f"bad schema name {schema!r}")
            connect_args["options"] = f"-csearch_path={schema}"
        engine = create_engine(url, connect_args=connect_args, pool_pre_ping=True)
        if schema:
            try:
                with engine.begin() as conn:
                    conn.exec_driver_sql(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
            except IntegrityError:
                pass  # another process created it at the same moment (IF NOT EXISTS is not atomic)
        return engine
    if "://" in url_or_path:
        url = url_or_path
    else:
        path = os.path.abspath(url_or_path or DEFAULT_PATH)
        url = f"sqlite:///{path}"
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    _sqlite_events(engine)
    return engine


def _sqlite_events(engine: Engine) -> None:
    # pysqlite's own transaction handling defers BEGIN unpredictably; take it over so a write
    # transaction starts with BEGIN IMMEDIATE (no lock-upgrade deadlocks between writers).
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA synchronous = NORMAL")  # WAL + NORMAL: durable on commit except power loss
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        mode = "IMMEDIATE" if conn.info.pop("write", False) else "DEFERRED"
        conn.exec_driver_sql(f"BEGIN {mode}")


@contextlib.contextmanager
def write_tx(engine: Engine) -> Iterator[Connection]:
    """One write transaction (committed on success, rolled back on any exception)."""
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            conn.info["write"] = True
        with conn.begin():
            yield conn


@contextlib.contextmanager
def read_tx(engine: Engine) -> Iterator[Connection]:
    """One read transaction (a consistent snapshot)."""
    with engine.connect() as conn:
        with conn.begin():
            yield conn


def insert_ignore(conn: Connection, table: Table, index_elements: Optional[list] = None):
    """``INSERT … ON CONFLICT DO NOTHING`` for the connection's dialect."""
    mod = postgresql if conn.dialect.name == "postgresql" else sqlite
    return mod.insert(table).on_conflict_do_nothing(index_elements=index_elements)


def upsert(conn: Connection, table: Table, rows: list[dict], keys: list[str], update: Callable):
    """``INSERT rows … ON CONFLICT (keys) DO UPDATE SET update(excluded)`` for the dialect."""
    mod = postgresql if conn.dialect.name == "postgresql" else sqlite
    stmt = mod.insert(table).values(rows)
    return stmt.on_conflict_do_update(index_elements=keys, set_=update(stmt.excluded))
