"""The store: SQLite (default) or PostgreSQL behind one interface; the only package that writes SQL.

    from wirewatch.store import open_store
    store = open_store("wirewatch.db")          # or "postgresql://user@host/db"
    store.add(record_dict)                      # -> "stored" | "present"
    store.get_article(id); store.search("houthi strikes"); store.stories()

See :class:`wirewatch.store.core.Store` (writes) and :class:`wirewatch.store.queries.Queries` (reads).
"""
from wirewatch.store.core import Store, open_store

__all__ = ["Store", "open_store"]
