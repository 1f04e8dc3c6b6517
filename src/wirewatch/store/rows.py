"""A record dict -> the rows of every table (pure, except the entity upsert)."""
from __future__ import annotations

import datetime as dt
import json
from typing import Any, Optional

from sqlalchemy import Connection, and_, or_, select

from wirewatch.link.minhash import content_hash
from wirewatch.store import schema as S
from wirewatch.store.db import insert_ignore

FLAG_NAMES = ("attempted", "failed", "negated", "hypothetical", "background")


def now_iso() -> str:
    """UTC now, ISO 8601 to the second."""
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def article_row(rec: dict[str, Any]) -> dict[str, Any]:
    """The ``articles`` row of a record dict."""
    art = rec.get("article") or {}
    pub = art.get("published") or {}
    src = rec.get("source") or {}
    text = art.get("text") or ""
    return {
        "id": str(rec["id"]), "content_hash": content_hash(text),
        "title": art.get("title"), "text": text,
        "published_date": pub.get("date"), "published_earliest": pub.get("earliest"),
        "published_latest": pub.get("latest"), "publisher": art.get("publisher"),
        "url": art.get("url"), "canonical_url": art.get("canonical_url"),
        "original_url": art.get("original_url"), "language": art.get("language"),
        "syndicated_copy": bool(art.get("syndicated_copy")),
        "source_path": src.get("path"), "source_url": src.get("url"),
        "record": json.dumps({**rec, "links": {}}, ensure_ascii=False, separators=(",", ":")),
        "ingested_at": now_iso(),
    }


def _key(name: Optional[str], etype: Optional[str], country: Optional[str]) -> tuple[str, str, str]:
    return ((name or "").strip()[:500], (etype or "MISC")[:16], (country or "")[:8])


def upsert_entities(conn: Connection, rec: dict[str, Any]) -> dict[str, int]:
    """Insert the record's entities (once across documents); map local entity id -> global id."""
    wanted: dict[tuple[str, str, str], dict] = {}
    local: dict[str, tuple[str, str, str]] = {}
    for ent in rec.get("entities") or []:
        key = _key(ent.get("name"), ent.get("type"), ent.get("country"))
        if not key[0]:
            continue
        local[str(ent.get("id"))] = key
        wanted.setdefault(key, {"name": key[0], "type": key[1], "country": key[2],
                                "sector": ent.get("sector"), "code": ent.get("code")})
    if not wanted:
        return {}
    # Sorted keys: concurrent writers take the unique-index locks in one order (no deadlock).
    keys = sorted(wanted)
    conn.execute(insert_ignore(conn, S.entities, ["name", "type", "country"]), [wanted[k] for k in keys])
    ids: dict[tuple[str, str, str], int] = {}
    e = S.entities.c
    for i in range(0, len(keys), 100):
        chunk = keys[i:i + 100]
        # OR of equalities: SQLite cannot use the unique index for a row-value IN.
        match = or_(*[and_(e.name == n, e.type == t, e.country == c) for n, t, c in chunk])
        for row in conn.execute(select(e.id, e.name, e.type, e.country).where(match)):
            ids[(row.name, row.type, row.country)] = row.id
    return {lid: ids[key] for lid, key in local.items() if key in ids}


def child_rows(rec: dict[str, Any], ent_ids: dict[str, int]) -> dict[Any, list[dict]]:
    """Rows of mentions, quotes, events and places for one record (by table)."""
    aid = str(rec["id"])
    out: dict[Any, list[dict]] = {S.mentions: [], S.quotes: [], S.events: [], S.places: []}
    for ent in rec.get("entities") or []:
        gid = ent_ids.get(str(ent.get("id")))
        if gid is None:
            continue
        for m in ent.get("mentions") or []:
            out[S.mentions].append({"article_id": aid, "entity_id": gid, "local_id": str(ent.get("id")),
                                    "start": m.get("start", 0), "end": m.get("end", 0),
                                    "text": m.get("text") or "", "salience": ent.get("salience") or 0.0})
    for n, q in enumerate(rec.get("quotes") or []):
        out[S.quotes].append({"article_id": aid, "n": n, "text": q.get("text") or "", "kind": q.get("kind"),
                              "speaker_entity": ent_ids.get(str(q.get("speaker"))),
                              "speaker_name": q.get("speaker_name"), "cue": q.get("cue"),
                              "start": q.get("start"), "end": q.get("end"), "confidence": q.get("confidence")})
    for n, ev in enumerate(rec.get("events") or []):
        actor, recip = ev.get("actor") or {}, ev.get("recipient") or {}
        place, date = ev.get("place") or {}, ev.get("date") or {}
        out[S.events].append({
            "article_id": aid, "n": n, "type": ev.get("type") or "", "mode": ev.get("mode"),
            "actor_entity": ent_ids.get(str(actor.get("entity"))), "actor_name": actor.get("name"),
            "recipient_entity": ent_ids.get(str(recip.get("entity"))), "recipient_name": recip.get("name"),
            "actor_country": actor.get("country"), "recipient_country": recip.get("country"),
            "earliest": date.get("earliest"), "latest": date.get("latest"),
            "place_name": place.get("name"), "place_lat": place.get("lat"), "place_lon": place.get("lon"),
            "place_country": place.get("country"),
            "flags": ",".join(f for f in FLAG_NAMES if ev.get(f)) or None,
            "evidence": (ev.get("evidence") or {}).get("text"), "confidence": ev.get("confidence")})
    for p in rec.get("places") or []:
        if not p.get("name"):
            continue
        out[S.places].append({"article_id": aid, "name": p["name"], "country": p.get("country"),
                              "admin1": p.get("admin1"), "lat": p.get("lat"), "lon": p.get("lon"),
                              "geonameid": p.get("geonameid"), "feature": p.get("feature")})
    return out
