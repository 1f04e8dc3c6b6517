"""The link stage's store glue: runs inside :meth:`Store.add`'s transaction.

Cost per new article is a few indexed lookups (``lsh_bands`` on (band, hash), ``features`` on
(term, day)) plus verification of a handful of candidates, independent of corpus size.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import Any, Optional

from sqlalchemy import Connection, select, text, update

from wirewatch.link import minhash as MH
from wirewatch.link.features import LinkFeatures, link_features
from wirewatch.link import stories as ST
from wirewatch.link.original import Candidate, pick_original
from wirewatch.store import schema as S
from wirewatch.store.db import insert_ignore, upsert

MAX_DUP_CANDIDATES = 20
MAX_STORY_NEIGHBOURS = 30
RELATED_LIMIT = 10


def link_article(conn: Connection, rec: dict[str, Any], seq: int, stories: bool = True,
                 features: Optional[LinkFeatures] = None) -> None:
    """Record the article's signature and bands, join its copies' group, and its story.

    ``features``: the article's :func:`link_features` if already computed (batch workers do).
    """
    aid = str(rec["id"])
    text = (rec.get("article") or {}).get("text") or ""
    feats = features if features is not None else link_features(rec)
    keys = MH.band_keys(MH.signature_from_bytes(feats.minhash))
    best: Optional[tuple[str, MH.Similarity]] = None
    if feats.n_shingles >= MH.MIN_SHINGLES:
        best = _best_copy(conn, text, keys)
    conn.execute(S.signatures.insert(), {"article_id": aid, "minhash": feats.minhash, "n_shingles": feats.n_shingles})
    conn.execute(S.lsh_bands.insert(), [{"band": b, "hash": h, "article_id": aid} for b, h in keys])
    group = _join_group(conn, aid, best[0], best[1].score) if best is not None else None
    if stories:
        _assign_story(conn, rec, aid, seq, group, Counter(feats.terms))


def _best_copy(conn: Connection, text: str, keys: list[tuple[int, int]]) -> Optional[tuple[str, MH.Similarity]]:
    params = {"lim": MAX_DUP_CANDIDATES}
    for i, (band, key) in enumerate(keys):
        params[f"b{i}"], params[f"h{i}"] = band, key
    hits = conn.execute(_candidates_sql(len(keys)), params).all()
    if not hits:
        return None
    a = S.articles.c
    texts = dict(conn.execute(select(a.id, a.text).where(a.id.in_([h.article_id for h in hits]))).all())
    sh = MH.shingles(text)  # only now: most articles have no candidates
    best = None
    for h in hits:
        sim = MH.verify(sh, MH.shingles(texts.get(h.article_id, "")))
        if sim.is_duplicate() and (best is None or sim.score > best[1].score):
            best = (h.article_id, sim)
    return best


@lru_cache(maxsize=4)
def _candidates_sql(n_keys: int):
    # OR of point lookups, not a row-value IN: SQLite only uses the (band, hash) index for the
    # former (MULTI-INDEX OR); PostgreSQL turns it into a BitmapOr of index scans.
    cond = " OR ".join(f"(band = :b{i} AND hash = :h{i})" for i in range(n_keys))
    return text(f"SELECT article_id, count(*) AS n FROM lsh_bands WHERE {cond} "
                "GROUP BY article_id ORDER BY n DESC, article_id LIMIT :lim")


def _join_group(conn: Connection, aid: str, matched: str, similarity: float) -> str:
    """Put ``aid`` in ``matched``'s copies group (founding it if needed); re-pick the original."""
    m = S.dup_members.c
    # The matched article founds the group if it has none yet (idempotent under concurrency).
    conn.execute(insert_ignore(conn, S.dup_members, ["article_id"]).values(
        article_id=matched, group_id=matched, matched_id=None, similarity=None))
    group = conn.execute(select(m.group_id).where(m.article_id == matched)).scalar_one()
    conn.execute(S.dup_members.insert().values(article_id=aid, group_id=group, matched_id=matched,
                                               similarity=round(similarity, 4)))
    a = S.articles.c
    rows = conn.execute(select(a.id, a.seq, a.url, a.canonical_url, a.original_url, a.syndicated_copy,
                               a.published_date).join(S.dup_members, m.article_id == a.id)
                        .where(m.group_id == group)).all()
    original, basis = pick_original([Candidate(r.id, r.seq, r.url, r.canonical_url, r.original_url,
                                               bool(r.syndicated_copy), r.published_date) for r in rows])
    conn.execute(upsert(conn, S.dup_groups, [{"group_id": group, "original_id": original, "basis": basis}],
                        ["group_id"], lambda ex: {"original_id": ex.original_id, "basis": ex.basis}))
    return group


# --- stories ----------------------------------------------------------------------------------

def _assign_story(conn: Connection, rec: dict[str, Any], aid: str, seq: int, group: Optional[str],
                  counts: Counter) -> None:
    """Put the article in the story of its copies group, else of its nearest neighbours, else a new one.

    ``seq`` (the article's insert sequence number) stands for the corpus size in IDF: with one
    writer it is the count; gaps and concurrent writers only make IDF slightly smoother.
    """
    art = rec.get("article") or {}
    pub = art.get("published") or {}
    day = ST.day_number(pub.get("date") or pub.get("earliest"))
    terms = sorted(counts)
    dfs: dict[str, int] = {}
    if terms:
        # One fixed statement, executemany: no per-article statement compilation.
        conn.execute(_DF_UPSERT, [{"t": t} for t in terms])
        td = S.term_df.c
        for i in range(0, len(terms), 500):
            dfs.update(conn.execute(select(td.term, td.df).where(td.term.in_(terms[i:i + 500]))).all())
    vec = ST.feature_vector(rec, counts, dfs, max(1, seq))
    if vec:
        conn.execute(S.features.insert(), [{"article_id": aid, "term": t, "weight": w, "day": day}
                                           for t, w in vec.items()])
    neighbours = _neighbours(conn, aid, vec, day)
    m = S.story_members.c
    # A copy belongs to its original's story whatever the text features say.
    dm = S.dup_members.c
    story, score = None, 0.0
    if group is not None:
        story = conn.execute(select(m.story_id).join(S.dup_members, dm.article_id == m.article_id)
                             .where(dm.group_id == group).limit(1)).scalar()
        score = 1.0 if story is not None else 0.0
    if story is None:
        story, score = ST.choose_story(neighbours)
    title, date = art.get("title"), pub.get("date") or pub.get("earliest")
    if story is None:
        story = conn.execute(S.stories.insert().values(title=title, title_article_id=aid, first_seen=date,
                                                       last_seen=date, size=0).returning(S.stories.c.id)).scalar_one()
        score = 1.0
    conn.execute(S.story_members.insert().values(article_id=aid, story_id=story, score=round(score, 4),
                                                 centrality=0.0))
    _update_story(conn, story, aid, neighbours, date)


def _neighbours(conn: Connection, aid: str, vec: dict[str, float], day: Optional[int]) -> list[tuple[str, float, Optional[int]]]:
    """Articles sharing features within the time window: ``(id, dot product, story id)``."""
    if not vec:
        return []
    params: dict[str, Any] = {"aid": aid, "lim": MAX_STORY_NEIGHBOURS}
    for i, (term, weight) in enumerate(vec.items()):
        params[f"t{i}"], params[f"w{i}"] = term, weight
    if day is not None:
        params["lo"], params["hi"] = day - ST.WINDOW_DAYS, day + ST.WINDOW_DAYS
    rows = conn.execute(_neighbours_sql(len(vec), day is not None), params).all()
    return [(r.article_id, float(r.dot), r.story_id) for r in rows]


@lru_cache(maxsize=256)
def _neighbours_sql(n_terms: int, windowed: bool):
    # The query vector joins as a VALUES list, so the dot product is computed in the database
    # over the (term, day) index; one cached statement per vector length.
    values = ", ".join(f"(:t{i}, CAST(:w{i} AS DOUBLE PRECISION))" for i in range(n_terms))
    # Undated articles stay reachable: they cannot be placed outside the window.
    window = "AND (f.day BETWEEN :lo AND :hi OR f.day IS NULL) " if windowed else ""
    return text(
        f"WITH q(term, w) AS (VALUES {values}), "
        "hits AS (SELECT f.article_id, SUM(f.weight * q.w) AS dot FROM features f JOIN q ON f.term = q.term "
        f"WHERE f.article_id <> :aid {window}GROUP BY f.article_id ORDER BY dot DESC, f.article_id LIMIT :lim) "
        "SELECT hits.article_id, hits.dot, sm.story_id FROM hits "
        "LEFT JOIN story_members sm ON sm.article_id = hits.article_id ORDER BY hits.dot DESC, hits.article_id")


_DF_UPSERT = text("INSERT INTO term_df (term, df) VALUES (:t, 1) ON CONFLICT (term) DO UPDATE SET df = term_df.df + 1")
_CENTRALITY = text("UPDATE story_members SET centrality = centrality + :d WHERE article_id = :a")
# One statement for the story's size, title (its most central titled member) and date span.
_STORY_UPDATE = text(
    # Typed parameters: PostgreSQL cannot infer the type of a bare ":x IS NULL".
    "UPDATE stories SET size = size + 1, "
    "title = CASE WHEN CAST(:title_id AS TEXT) IS NULL THEN title ELSE CAST(:title AS TEXT) END, "
    "title_article_id = COALESCE(CAST(:title_id AS TEXT), title_article_id), "
    "first_seen = CASE WHEN CAST(:date AS TEXT) IS NOT NULL AND (first_seen IS NULL OR first_seen > CAST(:date AS TEXT)) "
    "THEN CAST(:date AS TEXT) ELSE first_seen END, "
    "last_seen = CASE WHEN CAST(:date AS TEXT) IS NOT NULL AND (last_seen IS NULL OR last_seen < CAST(:date AS TEXT)) "
    "THEN CAST(:date AS TEXT) ELSE last_seen END "
    "WHERE id = :story")


def _update_story(conn: Connection, story: int, aid: str, neighbours, date: Optional[str]) -> None:
    m = S.story_members.c
    mates = [(n, sim) for n, sim, s in neighbours if s == story]
    own = sum(sim for _, sim in mates)
    conn.execute(update(S.story_members).where(m.article_id == aid).values(centrality=own))
    if mates:
        conn.execute(_CENTRALITY, [{"d": sim, "a": n} for n, sim in mates])
    a, st = S.articles.c, S.stories.c
    central = conn.execute(select(a.id, a.title).join(S.story_members, m.article_id == a.id)
                           .where(m.story_id == story, a.title.is_not(None))
                           .order_by(m.centrality.desc(), a.seq).limit(1)).first()
    conn.execute(_STORY_UPDATE, {"story": story, "date": date, "title": central.title if central else None,
                                 "title_id": central.id if central else None})


# --- reading ----------------------------------------------------------------------------------

def links_for(conn: Connection, aid: str) -> dict[str, Any]:
    """The record's ``links`` dict, computed from the link tables (so both sides stay current)."""
    m, g = S.dup_members.c, S.dup_groups.c
    out: dict[str, Any] = {"duplicate_of": None, "copies": [], "exact_copies": [], "similarity": None,
                           "original_basis": None, "story": None, "related": []}
    row = conn.execute(select(m.group_id, m.similarity).where(m.article_id == aid)).first()
    if row is not None:
        grp = conn.execute(select(g.original_id, g.basis).where(g.group_id == row.group_id)).first()
        members = [r[0] for r in conn.execute(select(m.article_id).join(S.articles, S.articles.c.id == m.article_id)
                                              .where(m.group_id == row.group_id).order_by(S.articles.c.seq))]
        out["similarity"] = row.similarity
        if grp is not None:
            out["original_basis"] = grp.basis
            if grp.original_id == aid:
                out["copies"] = [x for x in members if x != aid]
            else:
                out["duplicate_of"] = grp.original_id
                out["copies"] = [x for x in members if x not in (aid, grp.original_id)]
    al = S.aliases.c
    out["exact_copies"] = [r[0] for r in conn.execute(select(al.record_id).where(al.article_id == aid)
                                                      .order_by(al.seen_at, al.record_id))]
    sm = S.story_members.c
    out["story"] = conn.execute(select(sm.story_id).where(sm.article_id == aid)).scalar()
    out["related"] = related(conn, aid, out["story"], exclude={aid, out["duplicate_of"], *out["copies"]})
    return out


def related(conn: Connection, aid: str, story: Optional[int], exclude: set, limit: int = RELATED_LIMIT) -> list[str]:
    """Same story first (most central first), then articles sharing actors/places nearby in time."""
    sm, a = S.story_members.c, S.articles.c
    out: list[str] = []
    if story is not None:
        for (other,) in conn.execute(select(sm.article_id).join(S.articles, a.id == sm.article_id)
                                     .where(sm.story_id == story).order_by(sm.centrality.desc(), a.seq)):
            if other not in exclude and other not in out:
                out.append(other)
    if len(out) >= limit:
        return out[:limit]
    f = S.features.c
    mine = conn.execute(select(f.term, f.weight, f.day).where(
        f.article_id == aid, f.term.like("e:%") | f.term.like("p:%"))).all()
    if mine:
        vec = {r.term: r.weight for r in mine}
        for other, _, _ in _neighbours(conn, aid, vec, mine[0].day):
            if other not in exclude and other not in out:
                out.append(other)
    return out[:limit]

