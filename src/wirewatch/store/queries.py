"""The read side: plain data (dicts/lists) for the CLI, the HTML pages and the JSON API alike."""
from __future__ import annotations

import json
from typing import Any, Iterable, Iterator, Optional, Union

from sqlalchemy import func, or_, select

from wirewatch.store import linking
from wirewatch.store import schema as S
from wirewatch.store import search as fts
from wirewatch.store.db import read_tx

A, E, M, Q, V = S.articles.c, S.entities.c, S.mentions.c, S.quotes.c, S.events.c


def _summary(r) -> dict[str, Any]:
    return {"id": r.id, "title": r.title, "published": r.published_date, "publisher": r.publisher,
            "url": r.url}


class Queries:
    """Read methods of :class:`wirewatch.store.Store` (``self.engine`` is set by the Store)."""

    engine: Any

    def get_article(self, article_id: str) -> Optional[dict[str, Any]]:
        """The full record dict (with current ``links``), or None."""
        with read_tx(self.engine) as conn:
            aid = _resolve(conn, str(article_id))
            raw = None if aid is None else conn.execute(select(A.record).where(A.id == aid)).scalar()
            return None if raw is None else self._record_of(conn, raw, aid)

    def resolve(self, record_id: str) -> Optional[str]:
        """The stored article id for a record id (itself, or the article an exact copy matched)."""
        with read_tx(self.engine) as conn:
            return _resolve(conn, str(record_id))

    def list_articles(self, limit: int = 50, offset: int = 0, *, publisher: Optional[str] = None,
                      since: Optional[str] = None, until: Optional[str] = None,
                      story: Optional[int] = None, newest_first: bool = True) -> list[dict[str, Any]]:
        """Article summaries ``{id, title, published, publisher, url}`` by publication date."""
        stmt = select(A.id, A.title, A.published_date, A.publisher, A.url)
        if publisher:
            stmt = stmt.where(A.publisher == publisher)
        if since:
            stmt = stmt.where(A.published_date >= since)
        if until:
            stmt = stmt.where(A.published_date <= until)
        if story is not None:
            stmt = stmt.join(S.story_members, S.story_members.c.article_id == A.id).where(
                S.story_members.c.story_id == story)
        order = A.published_date.desc() if newest_first else A.published_date.asc()
        stmt = stmt.order_by(order.nulls_last(), A.seq.desc() if newest_first else A.seq).limit(limit).offset(offset)
        with read_tx(self.engine) as conn:
            return [_summary(r) for r in conn.execute(stmt)]

    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
        """Full-text search over title and text: ``{id, title, published, publisher, url, rank,
        snippet, snippet_parts}`` best first; any user syntax is safe (words are quoted)."""
        with read_tx(self.engine) as conn:
            return fts.search(conn, query, limit, offset)

    def entities(self, type: Optional[str] = None, country: Optional[str] = None, limit: int = 50,
                 offset: int = 0, name: Optional[str] = None) -> list[dict[str, Any]]:
        """Entities across documents, most-mentioned first, with article and mention counts."""
        n_art = func.count(func.distinct(M.article_id)).label("articles")
        stmt = (select(E.id, E.name, E.type, E.country, E.sector, E.code, n_art,
                       func.count().label("mentions"))
                .join(S.mentions, M.entity_id == E.id).group_by(E.id, E.name, E.type, E.country, E.sector, E.code))
        if type:
            stmt = stmt.where(E.type == type)
        if country:
            stmt = stmt.where(E.country == country)
        if name:
            stmt = stmt.where(func.lower(E.name).like(f"%{name.lower()}%"))
        stmt = stmt.order_by(n_art.desc(), E.name).limit(limit).offset(offset)
        with read_tx(self.engine) as conn:
            return [_entity(r) | {"articles": r.articles, "mentions": r.mentions} for r in conn.execute(stmt)]

    def get_entity(self, key: Union[int, str], limit: int = 100) -> Optional[dict[str, Any]]:
        """One entity by numeric id or exact name (most-mentioned if ambiguous), with its articles."""
        with read_tx(self.engine) as conn:
            if isinstance(key, int) or str(key).isascii() and str(key).isdigit() and len(str(key)) < 19:
                row = conn.execute(select(E).where(E.id == int(key))).first()
            else:
                row = conn.execute(select(E).outerjoin(S.mentions, M.entity_id == E.id).where(E.name == key)
                                   .group_by(*S.entities.c).order_by(func.count(M.article_id).desc()).limit(1)).first()
            if row is None:
                return None
            arts = conn.execute(select(A.id, A.title, A.published_date, A.publisher, A.url,
                                       func.count().label("mentions"))
                                .join(S.mentions, M.article_id == A.id).where(M.entity_id == row.id)
                                .group_by(A.id, A.title, A.published_date, A.publisher, A.url, A.seq)
                                .order_by(A.published_date.desc().nulls_last(), A.seq.desc()).limit(limit)).all()
            return _entity(row) | {"articles": [_summary(a) | {"mentions": a.mentions} for a in arts]}

    def quotes(self, speaker: Optional[Union[int, str]] = None, article_id: Optional[str] = None,
               limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        """Quotes with their article's date and source; ``speaker`` is an entity id or a name."""
        stmt = (select(Q.text, Q.kind, Q.speaker_name, Q.speaker_entity, Q.cue, Q.confidence, A.id, A.title,
                       A.published_date, A.publisher, A.url).join(S.articles, A.id == Q.article_id))
        if speaker is not None:
            if isinstance(speaker, int) or str(speaker).isascii() and str(speaker).isdigit() and len(str(speaker)) < 19:
                stmt = stmt.where(Q.speaker_entity == int(speaker))
            else:
                ids = select(E.id).where(E.name == speaker)
                stmt = stmt.where(or_(Q.speaker_entity.in_(ids), Q.speaker_name == speaker))
        if article_id:
            stmt = stmt.where(Q.article_id == article_id)
        stmt = stmt.order_by(A.published_date.desc().nulls_last(), A.seq.desc(), Q.n).limit(limit).offset(offset)
        with read_tx(self.engine) as conn:
            return [{"text": r.text, "kind": r.kind, "speaker": r.speaker_name, "speaker_entity": r.speaker_entity,
                     "cue": r.cue, "confidence": r.confidence, "article": _summary(r)} for r in conn.execute(stmt)]

    def events(self, type: Optional[str] = None, actor: Optional[str] = None, country: Optional[str] = None,
               since: Optional[str] = None, until: Optional[str] = None, article_id: Optional[str] = None,
               limit: int = 50, offset: int = 0, min_confidence: Optional[float] = None) -> list[dict[str, Any]]:
        """Events filtered by PLOVER type, actor name, actor/recipient/place country, date range and a
        least confidence."""
        stmt = select(S.events, A.title, A.published_date, A.publisher, A.url, A.id).join(
            S.articles, A.id == V.article_id)
        stmt = event_filters(stmt, type, actor, country, min_confidence)
        if since:
            stmt = stmt.where(func.coalesce(V.latest, V.earliest, A.published_date) >= since)
        if until:
            stmt = stmt.where(func.coalesce(V.earliest, V.latest, A.published_date) <= until)
        if article_id:
            stmt = stmt.where(V.article_id == article_id)
        with read_tx(self.engine) as conn:
            # Newest first by the event's own date (always set: it falls back to publication), so
            # an index on (type, earliest) serves the page; SQLite already sorts NULLs last on DESC.
            newest = V.earliest.desc() if conn.dialect.name == "sqlite" else V.earliest.desc().nulls_last()
            stmt = stmt.order_by(newest, V.article_id, V.n)
            return [_event(r) for r in conn.execute(stmt.limit(limit).offset(offset))]

    def stats(self) -> dict[str, Any]:
        """Counts of everything, plus the publication date range and schema version."""
        tables = {"articles": S.articles, "entities": S.entities, "mentions": S.mentions, "quotes": S.quotes,
                  "events": S.events, "places": S.places, "rejections": S.rejections, "stories": S.stories}
        with read_tx(self.engine) as conn:
            out: dict[str, Any] = {k: conn.execute(select(func.count()).select_from(t)).scalar() for k, t in tables.items()}
            out["duplicates"] = conn.execute(select(func.count()).select_from(S.dup_members).where(
                S.dup_members.c.article_id.not_in(select(S.dup_groups.c.original_id)))).scalar()
            lo, hi = conn.execute(select(func.min(A.published_date), func.max(A.published_date))).one()
            out["published_range"] = [lo, hi]
            out["rejections_by_reason"] = dict(conn.execute(select(S.rejections.c.reason, func.count())
                                                            .group_by(S.rejections.c.reason)).all())
            from wirewatch.store.migrations import current_version
            out["schema_version"] = current_version(conn)
            out["backend"] = conn.dialect.name
        return out

    def rejections(self, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        """Rejected inputs, newest first: ``{input, reason, detail, at}``."""
        r = S.rejections.c
        with read_tx(self.engine) as conn:
            return [dict(x._mapping) for x in conn.execute(select(r.input, r.reason, r.detail, r.at)
                                                           .order_by(r.id.desc()).limit(limit).offset(offset))]

    def iter_records(self, batch: int = 500) -> Iterator[dict[str, Any]]:
        """Every full record dict (with links) in ingest order; streams in batches."""
        last = 0
        while True:
            with read_tx(self.engine) as conn:
                rows = conn.execute(select(A.seq, A.id, A.record).where(A.seq > last).order_by(A.seq).limit(batch)).all()
                recs = [self._record_of(conn, r.record, r.id) for r in rows]
            if not rows:
                return
            yield from recs
            last = rows[-1].seq

    def stories(self, since: Optional[str] = None, limit: int = 50, offset: int = 0,
                min_size: int = 1) -> list[dict[str, Any]]:
        """Stories last seen on/after ``since``, latest first: ``{id, title, first_seen, last_seen, size}``."""
        st = S.stories.c
        stmt = select(S.stories).where(st.size >= min_size)
        if since:
            stmt = stmt.where(st.last_seen >= since)
        stmt = stmt.order_by(st.last_seen.desc().nulls_last(), st.id.desc()).limit(limit).offset(offset)
        with read_tx(self.engine) as conn:
            return [_story(r) for r in conn.execute(stmt)]

    def get_story(self, story_id: int) -> Optional[dict[str, Any]]:
        """A story with its members (most central first) and the distinct sources."""
        st, sm = S.stories.c, S.story_members.c
        with read_tx(self.engine) as conn:
            row = conn.execute(select(S.stories).where(st.id == int(story_id))).first()
            if row is None:
                return None
            members = conn.execute(select(A.id, A.title, A.published_date, A.publisher, A.url, sm.score, sm.centrality)
                                   .join(S.story_members, sm.article_id == A.id).where(sm.story_id == row.id)
                                   .order_by(sm.centrality.desc(), A.seq)).all()
            dups = dict(conn.execute(select(S.dup_members.c.article_id, S.dup_groups.c.original_id)
                                     .join(S.dup_groups, S.dup_groups.c.group_id == S.dup_members.c.group_id)
                                     .where(S.dup_members.c.article_id.in_([m.id for m in members]))).all())
        out = _story(row)
        out["members"] = [_summary(m) | {"score": m.score, "duplicate_of": None if dups.get(m.id) in (None, m.id)
                                         else dups[m.id]} for m in members]
        out["sources"] = sorted({m.publisher for m in members if m.publisher})
        return out

    def related(self, article_id: str, limit: int = 10) -> list[dict[str, Any]]:
        """Related article summaries: same story first, then shared actors/places nearby in time."""
        with read_tx(self.engine) as conn:
            ids = linking.links_for(conn, article_id)["related"][:limit]
            rows = {r.id: r for r in conn.execute(select(A.id, A.title, A.published_date, A.publisher, A.url)
                                                  .where(A.id.in_(ids)))}
        return [_summary(rows[i]) for i in ids if i in rows]

    def links_of(self, ids: Iterable[str]) -> Iterator[tuple[str, dict[str, Any]]]:
        """``(id, links dict)`` for each of ``ids`` stored as an article, in the order given."""
        ids = list(ids)
        a = S.articles.c
        with read_tx(self.engine) as conn:
            for i in range(0, len(ids), 500):
                chunk = ids[i:i + 500]
                stored = {r[0] for r in conn.execute(select(a.id).where(a.id.in_(chunk)))}
                for aid in chunk:
                    if aid in stored:
                        yield aid, linking.links_for(conn, aid)

    def _record_of(self, conn, raw_json: str, aid: str) -> dict[str, Any]:
        rec = json.loads(raw_json)
        rec["links"] = linking.links_for(conn, aid)
        return rec


def event_filters(stmt, type: Optional[str], actor: Optional[str], country: Optional[str],
                  min_confidence: Optional[float] = None):
    """The events pages' filters: PLOVER type, actor (name or entity name), any party's or the place's country,
    the event's learned confidence."""
    if min_confidence:
        stmt = stmt.where(V.confidence >= min_confidence)
    if type:
        stmt = stmt.where(V.type == type)
    if actor:
        stmt = stmt.where(or_(V.actor_name == actor, V.actor_entity.in_(select(E.id).where(E.name == actor))))
    if country:
        stmt = stmt.where(or_(V.actor_country == country, V.recipient_country == country, V.place_country == country))
    return stmt


def _resolve(conn, record_id: str) -> Optional[str]:
    if conn.execute(select(A.id).where(A.id == record_id)).scalar() is not None:
        return record_id
    return conn.execute(select(S.aliases.c.article_id).where(S.aliases.c.record_id == record_id)).scalar()


def _entity(r) -> dict[str, Any]:
    return {"id": r.id, "name": r.name, "type": r.type, "country": r.country or None, "sector": r.sector,
            "code": r.code}


def _story(r) -> dict[str, Any]:
    return {"id": r.id, "title": r.title, "title_article": r.title_article_id, "first_seen": r.first_seen,
            "last_seen": r.last_seen, "size": r.size}


def _event(r) -> dict[str, Any]:
    m = r._mapping
    return {"article": {"id": m["id"], "title": m["title"], "published": m["published_date"],
                        "publisher": m["publisher"], "url": m["url"]},
            "type": m["type"], "mode": m["mode"],
            "actor": {"name": m["actor_name"], "entity": m["actor_entity"], "country": m["actor_country"]},
            "recipient": {"name": m["recipient_name"], "entity": m["recipient_entity"],
                          "country": m["recipient_country"]},
            "earliest": m["earliest"], "latest": m["latest"],
            "place": {"name": m["place_name"], "lat": m["place_lat"], "lon": m["place_lon"],
                      "country": m["place_country"]},
            "flags": (m["flags"] or "").split(",") if m["flags"] else [], "evidence": m["evidence"],
            "confidence": m["confidence"]}
