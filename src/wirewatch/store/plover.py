"""Event exports: PLOVER data-field JSON objects and flat CSV rows, from a serialised record.

Pure functions over ``Record.to_dict()`` output, so the store, the CLI and the web layer can all
call them on stored records without the analysis stack.
"""
from __future__ import annotations

from typing import Any, Optional

FLAGS = ("attempted", "failed", "negated", "hypothetical", "background")


def _party(p: Optional[dict]) -> list[dict[str, Any]]:
    if not p or not (p.get("name") or p.get("entity") or p.get("country") or p.get("code")):
        return []
    code = p.get("code") or p.get("country") or ""
    return [{"actorText": p.get("name") or "", "code": code, "country": p.get("country") or "",
             "sector": p.get("sector") or "", "entity": p.get("entity") or ""}]


def _day(date: dict) -> str:
    lo, hi = (date or {}).get("earliest"), (date or {}).get("latest")
    return lo if lo and lo == hi else (lo or hi or "")


def _modes(e: dict) -> str:
    # PLOVER keeps modality as auxiliary modes next to the event's own mode
    aux = [f for f in ("hypothetical", "negated") if e.get(f)]
    if e.get("background"):
        aux.append("historical")
    return ",".join([m for m in [e.get("mode")] if m] + [("negation" if a == "negated" else a) for a in aux])


def to_plover(record: dict[str, Any]) -> list[dict[str, Any]]:
    """One PLOVER data-field object per event of the record (GSR-style source/target lists)."""
    article = record.get("article") or {}
    pub = (article.get("published") or {})
    out = []
    for i, e in enumerate(record.get("events") or []):
        place = e.get("place") or {}
        ev = e.get("evidence") or {}
        out.append({
            "id": f"{record.get('id')}-{i + 1:03d}",
            "date": _day(e.get("date")),
            "event": e.get("type"),
            "mode": _modes(e),
            "context": e.get("context") or "",
            "source": _party(e.get("actor")),
            "target": _party(e.get("recipient")),
            "eventText": e.get("trigger") or "",
            "eventLoc": ({"placeName": place.get("name"), "country": place.get("country"),
                          "lat": place.get("lat"), "lon": place.get("lon"),
                          "geonameid": place.get("geonameid")} if place else {}),
            "text": ev.get("text") or "",
            "language": article.get("language") or "en",
            "publication": article.get("publisher") or "",
            "url": article.get("url") or "",
            "publicationDate": pub.get("date") or "",
            "dateRange": {"earliest": (e.get("date") or {}).get("earliest"),
                          "latest": (e.get("date") or {}).get("latest"), "basis": e.get("date_basis")},
            "flags": {f: bool(e.get(f)) for f in FLAGS},
            "evidence": [{"start": m.get("start"), "end": m.get("end")} for m in [ev] + list(e.get("more_evidence") or [])
                         if m],
            "confidence": e.get("confidence", 0.0),
            "recordId": record.get("id"),
        })
    return out


CSV_FIELDS = ("record_id", "event_no", "type", "mode", "context", "actor", "actor_entity", "actor_country",
              "actor_sector", "actor_code", "recipient", "recipient_entity", "recipient_country",
              "recipient_sector", "recipient_code", "date_earliest", "date_latest", "date_basis", "place",
              "place_country", "lat", "lon") + FLAGS + ("trigger", "evidence_start", "evidence_end", "mentions",
                                                         "confidence", "evidence")


def events_csv_rows(record: dict[str, Any]) -> list[dict[str, Any]]:
    """One flat row per event (keys in :data:`CSV_FIELDS` order)."""
    rows = []
    for i, e in enumerate(record.get("events") or []):
        a, r = e.get("actor") or {}, e.get("recipient") or {}
        d, place, ev = e.get("date") or {}, e.get("place") or {}, e.get("evidence") or {}
        row = {
            "record_id": record.get("id"), "event_no": i + 1, "type": e.get("type"), "mode": e.get("mode") or "",
            "context": e.get("context") or "",
            "actor": a.get("name") or "", "actor_entity": a.get("entity") or "", "actor_country": a.get("country") or "",
            "actor_sector": a.get("sector") or "", "actor_code": a.get("code") or "",
            "recipient": r.get("name") or "", "recipient_entity": r.get("entity") or "",
            "recipient_country": r.get("country") or "", "recipient_sector": r.get("sector") or "",
            "recipient_code": r.get("code") or "",
            "date_earliest": d.get("earliest") or "", "date_latest": d.get("latest") or "",
            "date_basis": e.get("date_basis") or "",
            "place": place.get("name") or "", "place_country": place.get("country") or "",
            "lat": place.get("lat") if place.get("lat") is not None else "",
            "lon": place.get("lon") if place.get("lon") is not None else "",
            "trigger": e.get("trigger") or "", "evidence_start": ev.get("start"), "evidence_end": ev.get("end"),
            "mentions": 1 + len(e.get("more_evidence") or []), "confidence": e.get("confidence", 0.0),
            "evidence": " ".join((ev.get("text") or "").split()),
        }
        for f in FLAGS:
            row[f] = bool(e.get(f))
        rows.append({k: row[k] for k in CSV_FIELDS})
    return rows
