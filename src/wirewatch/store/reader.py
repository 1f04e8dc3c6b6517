"""Read queries behind the reader's richer pages (entity profiles, faceted search, story pages).

Plain data out, like :mod:`wirewatch.store.queries`; the web pages, their JSON twins and the CLI
all call these, so they always agree.
"""
from __future__ import annotations

from collections import Counter
from typing import Any, Optional

from sqlalchemy import and_, func, or_, select, text

from wirewatch.store import schema as S
from wirewatch.store import search as fts
from wirewatch.store.db import read_tx
from wirewatch.store.queries import event_filters

A, E, M, Q, V = S.articles.c, S.entities.c, S.mentions.c, S.quotes.c, S.events.c
FACET_SIZE = 12
SEARCH_POOL = 300  # ranked hits considered for facets and filters


class ReaderQueries:
    """Mixin for :class:`wirewatch.store.Store` (needs ``self.engine`` and the base queries)."""

    engine: Any

    def entity_profile(self, key: int | str, limit: int = 50) -> Optional[dict[str, Any]]:
        """Entity + aliases, mentions per month, events as actor/recipient, quotes by/about, co-occurring entities."""
        ent = self.get_entity(key, limit=limit)
        if ent is None:
            return None
        eid = ent["id"]
        with read_tx(self.engine) as conn:
            aliases = conn.execute(select(M.text, func.count().label("n")).where(M.entity_id == eid)
                                   .group_by(M.text).order_by(func.count().desc()).limit(12)).all()
            month = func.substr(A.published_date, 1, 7)
            timeline = conn.execute(select(month.label("month"), func.count().label("n"))
                                    .join(S.articles, A.id == M.article_id).where(M.entity_id == eid)
                                    .where(A.published_date.is_not(None)).group_by(month).order_by(month)).all()
            arts = select(M.article_id).where(M.entity_id == eid).distinct().scalar_subquery()
            co = conn.execute(select(E.id, E.name, E.type, E.country,
                                     func.count(func.distinct(M.article_id)).label("n"))
                              .join(S.mentions, M.entity_id == E.id)
                              .where(M.article_id.in_(arts), E.id != eid)
                              .group_by(E.id, E.name, E.type, E.country)
                              .order_by(func.count(func.distinct(M.article_id)).desc(), E.name).limit(15)).all()
            about = conn.execute(select(Q.text, Q.speaker_name, Q.speaker_entity, Q.cue, A.id, A.title,
                                        A.published_date, A.publisher)
                                 .join(S.articles, A.id == Q.article_id)
                                 .join(S.mentions, and_(M.article_id == Q.article_id, M.entity_id == eid,
                                                        M.start >= Q.start, M.end <= Q.end))
                                 .distinct().limit(limit)).all()
        out = dict(ent)
        out["aliases"] = [a.text for a in aliases]
        out["timeline"] = [{"month": t.month, "articles": t.n} for t in timeline]
        out["events_as_actor"] = self.events(actor=ent["name"], limit=limit)
        out["events_as_recipient"] = self.events_for_recipient(eid, limit=limit)
        out["quotes_by"] = self.quotes(speaker=eid, limit=limit)
        out["quotes_about"] = [{"text": q.text, "speaker": q.speaker_name, "speaker_entity": q.speaker_entity,
                                "cue": q.cue, "article": {"id": q.id, "title": q.title, "published": q.published_date,
                                                          "publisher": q.publisher}} for q in about]
        out["related_entities"] = [{"id": c.id, "name": c.name, "type": c.type, "country": c.country or None,
                                    "articles": c.n} for c in co]
        return out

    def events_for_recipient(self, entity_id: int, limit: int = 50) -> list[dict[str, Any]]:
        """Events whose recipient is the entity."""
        from wirewatch.store.queries import _event

        stmt = (select(S.events, A.title, A.published_date, A.publisher, A.url, A.id)
                .join(S.articles, A.id == V.article_id).where(V.recipient_entity == entity_id)
                .order_by(func.coalesce(V.earliest, A.published_date).desc().nulls_last()).limit(limit))
        with read_tx(self.engine) as conn:
            return [_event(r) for r in conn.execute(stmt)]

    def faceted_search(self, query: str, *, entity: Optional[str] = None, event_type: Optional[str] = None,
                       country: Optional[str] = None, source: Optional[str] = None, since: Optional[str] = None,
                       until: Optional[str] = None, limit: int = 20, offset: int = 0) -> dict[str, Any]:
        """Ranked full-text hits filtered by facets, with facet counts over the filtered hits.

        Ranking and filtering use ids only; snippets are made for the page shown, never for the
        whole pool (a snippet costs far more than a match).
        """
        filters = {"entity": entity, "event_type": event_type, "country": country, "source": source,
                   "since": since, "until": until}
        with read_tx(self.engine) as conn:
            if fts.terms(query):
                ids = _ranked_ids(conn, query, SEARCH_POOL)
            else:  # no words: browse by the filters alone, newest first
                ids = [r.id for r in conn.execute(select(A.id).order_by(A.published_date.desc().nulls_last(),
                                                                        A.seq.desc()).limit(SEARCH_POOL))]
            keep = set(ids)
            if entity:
                keep &= {r.article_id for r in conn.execute(
                    select(M.article_id).join(S.entities, E.id == M.entity_id)
                    .where(E.name == entity, M.article_id.in_(ids)))}
            if event_type:
                keep &= {r.article_id for r in conn.execute(
                    select(V.article_id).where(V.type == event_type, V.article_id.in_(ids)))}
            if country:
                keep &= {r.article_id for r in conn.execute(
                    select(M.article_id).join(S.entities, E.id == M.entity_id)
                    .where(E.country == country, M.article_id.in_(ids)))} | {
                    r.article_id for r in conn.execute(select(S.places.c.article_id).where(
                        S.places.c.country == country, S.places.c.article_id.in_(ids)))}
            meta = {r.id: r for r in conn.execute(select(A.id, A.title, A.publisher, A.published_date)
                                                   .where(A.id.in_(keep)))}
            if source:
                keep = {i for i in keep if meta[i].publisher == source}
            if since:
                keep = {i for i in keep if (meta[i].published_date or "") >= since}
            if until:
                keep = {i for i in keep if meta[i].published_date and meta[i].published_date <= until}
            kept = [i for i in ids if i in keep]
            facets = self._facets(conn, kept, meta)
            page_ids = kept[offset:offset + limit]
            snippets = _snippets(conn, query, page_ids) if fts.terms(query) else {}
        results = []
        for aid in page_ids:
            m = meta[aid]
            snip = snippets.get(aid, "")
            results.append({"id": aid, "title": m.title, "publisher": m.publisher, "published": m.published_date,
                            "snippet": fts.plain(snip), "snippet_parts": fts.snippet_parts(snip)})
        return {"query": query, "total": len(kept), "results": results, "facets": facets, "offset": offset,
                "limit": limit, "filters": filters}

    def _facets(self, conn, ids: list[str], meta) -> dict[str, list[dict[str, Any]]]:
        if not ids:
            return {"entity": [], "event_type": [], "country": [], "source": [], "month": []}
        ents = conn.execute(select(E.name, func.count(func.distinct(M.article_id)).label("n"))
                            .join(S.mentions, M.entity_id == E.id).where(M.article_id.in_(ids))
                            .where(E.type.in_(("PERSON", "ORG")))
                            .group_by(E.name).order_by(func.count(func.distinct(M.article_id)).desc(), E.name)
                            .limit(FACET_SIZE)).all()
        types = conn.execute(select(V.type, func.count(func.distinct(V.article_id)).label("n"))
                             .where(V.article_id.in_(ids)).group_by(V.type)
                             .order_by(func.count(func.distinct(V.article_id)).desc(), V.type)).all()
        countries = conn.execute(select(E.country, func.count(func.distinct(M.article_id)).label("n"))
                                 .join(S.mentions, M.entity_id == E.id)
                                 .where(M.article_id.in_(ids), E.country != "", E.type.in_(("GPE", "LOC")))
                                 .group_by(E.country).order_by(func.count(func.distinct(M.article_id)).desc())
                                 .limit(FACET_SIZE)).all()
        sources = Counter(meta[i].publisher for i in ids if i in meta and meta[i].publisher)
        months = Counter((meta[i].published_date or "")[:7] for i in ids if i in meta and meta[i].published_date)
        return {"entity": [{"value": r.name, "count": r.n} for r in ents],
                "event_type": [{"value": r.type, "count": r.n} for r in types],
                "country": [{"value": r.country, "count": r.n} for r in countries],
                "source": [{"value": k, "count": v} for k, v in sources.most_common(FACET_SIZE)],
                "month": [{"value": k, "count": v} for k, v in sorted(months.items())]}

    def story_overview(self, limit: int = 10) -> list[dict[str, Any]]:
        """Latest stories with sources, main actors, event types and member dates (for a timeline)."""
        out = []
        for story in self.stories(limit=limit):
            detail = self.story_detail(story["id"], events_limit=200)
            if detail is None:
                continue
            out.append({k: detail[k] for k in ("id", "title", "first_seen", "last_seen", "size", "sources",
                                                "actors", "event_types", "timeline")})
        return out

    def story_detail(self, story_id: int | str, events_limit: int = 500) -> Optional[dict[str, Any]]:
        """A story: members, sources, merged events (one per type/actor/recipient/day), timeline, actors."""
        story = self.get_story(int(story_id)) if str(story_id).isascii() and str(story_id).isdigit() else None
        if story is None:
            return None
        ids = [m["id"] for m in story["members"]]
        with read_tx(self.engine) as conn:
            actors = conn.execute(select(E.id, E.name, E.type, func.count(func.distinct(M.article_id)).label("n"))
                                  .join(S.mentions, M.entity_id == E.id)
                                  .where(M.article_id.in_(ids), E.type.in_(("PERSON", "ORG")))
                                  .group_by(E.id, E.name, E.type)
                                  .order_by(func.count(func.distinct(M.article_id)).desc(), E.name).limit(8)).all()
        events = [e for aid in ids for e in self.events(article_id=aid, limit=events_limit)]
        merged: dict[tuple, dict[str, Any]] = {}
        for ev in events:
            key = (ev["type"], ev["actor"]["name"], ev["recipient"]["name"], ev["earliest"])
            if key in merged:
                merged[key]["articles"].append(ev["article"]["id"])
            else:
                merged[key] = ev | {"articles": [ev["article"]["id"]]}
        story["events"] = sorted(merged.values(), key=lambda e: (e["earliest"] or "", e["type"]))
        story["event_types"] = [t for t, _ in Counter(e["type"] for e in story["events"]).most_common()]
        story["actors"] = [{"id": a.id, "name": a.name, "type": a.type, "articles": a.n} for a in actors]
        story["timeline"] = sorted(Counter(m["published"] for m in story["members"] if m["published"]).items())
        story["timeline"] = [{"day": d, "articles": n} for d, n in story["timeline"]]
        return story

    def event_places(self, type: Optional[str] = None, actor: Optional[str] = None,
                     country: Optional[str] = None, since: Optional[str] = None,
                     until: Optional[str] = None, min_confidence: Optional[float] = None) -> list[dict[str, Any]]:
        """Event places with coordinates (for the map), counted, under the events page's filters."""
        stmt = (select(V.place_name, V.place_country, func.round(V.place_lat, 2).label("lat"),
                       func.round(V.place_lon, 2).label("lon"), func.count().label("n"))
                .where(V.place_lat.is_not(None), V.place_lon.is_not(None)))
        stmt = event_filters(stmt, type, actor, country, min_confidence)
        if since:
            stmt = stmt.where(V.latest >= since)
        if until:
            stmt = stmt.where(V.earliest <= until)
        stmt = stmt.group_by(V.place_name, V.place_country, "lat", "lon").order_by(func.count().desc()).limit(500)
        with read_tx(self.engine) as conn:
            return [{"name": r.place_name, "country": r.place_country, "lat": r.lat, "lon": r.lon, "events": r.n}
                    for r in conn.execute(stmt)]

def entity_ids_for_article(store, article_id: str) -> dict[str, int]:
    """The record's local entity ids (e1, e2 ...) -> the store's canonical entity ids."""
    with read_tx(store.engine) as conn:
        return dict(conn.execute(select(M.local_id, M.entity_id).where(M.article_id == article_id).distinct()).all())


def _ranked_ids(conn, query: str, limit: int) -> list[str]:
    """Article ids matching the query, best first (no snippets)."""
    words = fts.terms(query)
    if conn.dialect.name == "sqlite":
        rows = conn.execute(text(
            "SELECT a.id FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid "
            "WHERE articles_fts MATCH :q ORDER BY bm25(articles_fts, 4.0, 1.0), a.seq LIMIT :lim"),
            {"q": fts.fts5_query(query), "lim": limit})
    else:
        rows = conn.execute(text(
            "SELECT a.id FROM articles a, plainto_tsquery('english', :q) q WHERE a.tsv @@ q "
            "ORDER BY ts_rank(a.tsv, q) DESC, a.seq LIMIT :lim"), {"q": " ".join(words), "lim": limit})
    return [r.id for r in rows]


def _snippets(conn, query: str, ids: list[str]) -> dict[str, str]:
    """Highlighted snippets for the given articles only."""
    if not ids:
        return {}
    words = fts.terms(query)
    params = {f"i{n}": aid for n, aid in enumerate(ids)}
    marks = ", ".join(f":i{n}" for n in range(len(ids)))
    if conn.dialect.name == "sqlite":
        rows = conn.execute(text(
            f"SELECT a.id, snippet(articles_fts, 1, '{fts.OPEN}', '{fts.CLOSE}', '…', 24) AS snippet "
            f"FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid "
            f"WHERE articles_fts MATCH :q AND a.id IN ({marks})"), {"q": fts.fts5_query(query), **params})
    else:
        rows = conn.execute(text(
            f"SELECT a.id, ts_headline('english', a.text, plainto_tsquery('english', :q), "
            f"'StartSel={fts.OPEN}, StopSel={fts.CLOSE}, MaxWords=35, MinWords=15') AS snippet "
            f"FROM articles a WHERE a.id IN ({marks})"), {"q": " ".join(words), **params})
    return {r.id: r.snippet or "" for r in rows}
