"""Schema migrations: empty database -> latest, and a partial upgrade."""
from __future__ import annotations

from sqlalchemy import inspect, text

from wirewatch.store import open_store
from wirewatch.store.migrations import MIGRATIONS


def test_store_migrations_upgrade_an_older_database(tmp_path):
    path = str(tmp_path / "old.db")
    store = open_store(path)
    assert store.schema_version() == len(MIGRATIONS)
    # Pretend the database predates migration 3 (aliases) and everything after it.
    with store.engine.begin() as conn:
        conn.execute(text("DROP TABLE aliases"))
        conn.execute(text("DROP INDEX ix_events_type_earliest"))
        conn.execute(text("DELETE FROM schema_version WHERE version >= 3"))
    store.close()
    store = open_store(path, migrate=False)
    assert store.schema_version() == 2
    assert store.migrate() == list(range(3, len(MIGRATIONS) + 1))
    with store.engine.connect() as conn:
        assert inspect(conn).has_table("aliases")
        assert "ix_events_type_earliest" in {i["name"] for i in inspect(conn).get_indexes("events")}
    assert store.migrate() == []
    store.close()


def test_store_opens_with_wal_and_foreign_keys(tmp_path):
    store = open_store(str(tmp_path / "w.db"))
    with store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 1000
    store.close()
