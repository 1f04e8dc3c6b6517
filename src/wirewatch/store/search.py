"""Full-text search on both backends, robust to whatever the user types."""
from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Connection, text

# Internal highlight markers (never in news text); turned into ``snippet_parts``.
_OPEN, _CLOSE = "\u27e6", "\u27e7"
_TOKEN = re.compile(r"\w[\w.'-]*\w|\w", re.UNICODE)
_OPERATORS = {"and", "or", "not", "near"}


def terms(query: str) -> list[str]:
    """The query's words (operators, quotes and brackets dropped)."""
    return [t for t in _TOKEN.findall(query or "") if t.lower() not in _OPERATORS][:32]


def fts5_query(query: str) -> str:
    """Each word as a quoted FTS5 phrase, all required (so ``"U.S." AND (`` cannot break MATCH)."""
    return " ".join('"' + t.replace('"', '""') + '"' for t in terms(query))


def snippet_parts(snippet: str) -> list[dict[str, Any]]:
    """``[{"text", "match"}]`` segments: safe to render (escape each text, highlight matches)."""
    parts: list[dict[str, Any]] = []
    for i, chunk in enumerate(re.split(f"[{_OPEN}{_CLOSE}]", snippet or "")):
        if chunk:
            parts.append({"text": chunk, "match": i % 2 == 1})
    return parts


def _result(row) -> dict[str, Any]:
    snip = row.snippet or ""
    return {"id": row.id, "title": row.title, "published": row.published_date, "publisher": row.publisher,
            "url": row.url, "rank": float(row.rank or 0.0),
            "snippet": snip.replace(_OPEN, "").replace(_CLOSE, ""), "snippet_parts": snippet_parts(snip)}


def search(conn: Connection, query: str, limit: int, offset: int) -> list[dict[str, Any]]:
    """Ranked matches (best first) with a highlighted snippet; [] for an empty query."""
    words = terms(query)
    if not words:
        return []
    if conn.dialect.name == "sqlite":
        rows = conn.execute(text(
            "SELECT a.id, a.title, a.published_date, a.publisher, a.url, "
            f"snippet(articles_fts, 1, '{_OPEN}', '{_CLOSE}', '…', 24) AS snippet, "
            "-bm25(articles_fts, 4.0, 1.0) AS rank "
            "FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid "
            "WHERE articles_fts MATCH :q ORDER BY bm25(articles_fts, 4.0, 1.0), a.seq LIMIT :lim OFFSET :off"),
            {"q": fts5_query(query), "lim": limit, "off": offset}).all()
    else:
        rows = conn.execute(text(
            "WITH q AS (SELECT plainto_tsquery('english', :q) AS q), "
            "hits AS (SELECT a.seq, ts_rank(a.tsv, q.q) AS rank FROM articles a, q WHERE a.tsv @@ q.q "
            "ORDER BY rank DESC, a.seq LIMIT :lim OFFSET :off) "
            "SELECT a.id, a.title, a.published_date, a.publisher, a.url, hits.rank, "
            f"ts_headline('english', a.text, q.q, 'StartSel={_OPEN}, StopSel={_CLOSE}, MaxWords=35, MinWords=15') "
            "AS snippet FROM hits JOIN articles a ON a.seq = hits.seq, q ORDER BY hits.rank DESC, a.seq"),
            {"q": " ".join(words), "lim": limit, "off": offset}).all()
    return [_result(r) for r in rows]


OPEN, CLOSE = _OPEN, _CLOSE  # the highlight markers, for other queries that make snippets


def plain(snippet: str) -> str:
    """A snippet without its highlight markers."""
    return (snippet or "").replace(_OPEN, "").replace(_CLOSE, "")
