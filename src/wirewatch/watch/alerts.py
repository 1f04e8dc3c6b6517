"""Saved searches: match new records, fire each match once (webhook POST or a log line)."""
from __future__ import annotations

import json
import logging
import re
from typing import Any, Callable, Optional

from wirewatch.errors import Rejected

log = logging.getLogger("wirewatch.alerts")
_WORD = re.compile(r"\w[\w.'-]*\w|\w", re.UNICODE)
_PHRASE = re.compile(r'"([^"]+)"')
_OPERATORS = {"and", "or", "not", "near"}


def query_terms(query: str) -> list[str]:
    """The query as lower-case terms: quoted phrases kept whole, other words one by one."""
    phrases = [p.strip().lower() for p in _PHRASE.findall(query or "") if p.strip()]
    rest = _PHRASE.sub(" ", query or "")
    words = [w.lower() for w in _WORD.findall(rest) if w.lower() not in _OPERATORS]
    return phrases + words


def text_matches(query: str, text: str) -> bool:
    """Every term of the query occurs in the text as whole words (case-insensitive)."""
    low = text.lower()
    for term in query_terms(query):
        if not re.search(r"(?<!\w)" + re.escape(term) + r"(?!\w)", low):
            return False
    return True


def _country_of(event: dict) -> set[str]:
    out = set()
    for part in ("actor", "recipient", "place"):
        c = (event.get(part) or {}).get("country")
        if c:
            out.add(c.upper())
    return out


def matches(alert: dict, record: dict) -> list[tuple[str, Optional[dict]]]:
    """(key, event or None) for each way a record matches an alert: the article once, or with
    --type/--country each matching event once."""
    art = record.get("article") or {}
    text = f"{art.get('title') or ''}\n{art.get('text') or ''}"
    if (alert.get("query") or "").strip() and not text_matches(alert["query"], text):
        return []
    rid = record["id"]
    want_type = (alert.get("type") or "").upper() or None
    want_country = (alert.get("country") or "").upper() or None
    if not want_type and not want_country:
        return [(rid, None)]
    hits = []
    for n, ev in enumerate(record.get("events") or []):
        if want_type and (ev.get("type") or "").upper() != want_type:
            continue
        if want_country and want_country not in _country_of(ev):
            continue
        hits.append((f"{rid}#event{n}", ev))
    return hits


def payload(alert: dict, record: dict, event: Optional[dict]) -> dict[str, Any]:
    """What a webhook receives (and a log line shows)."""
    art = record.get("article") or {}
    body = {"alert": {"id": alert["id"], "query": alert["query"], "type": alert.get("type"),
                      "country": alert.get("country")},
            "article": {"id": record["id"], "title": art.get("title"), "url": art.get("url"),
                        "publisher": art.get("publisher"),
                        "published": (art.get("published") or {}).get("date")}}
    if event is not None:
        body["event"] = {"type": event.get("type"), "actor": (event.get("actor") or {}).get("name"),
                         "recipient": (event.get("recipient") or {}).get("name"),
                         "place": (event.get("place") or {}).get("name"),
                         "date": event.get("date"), "evidence": (event.get("evidence") or {}).get("text")}
    return body


class AlertRunner:
    """Checks new records against the saved searches and delivers each match once."""

    def __init__(self, state, fetcher_for: Callable[[bool], Any], emit: Callable[[str], None] = None):
        self.state = state
        self.fetcher_for = fetcher_for  # allow_private -> a Fetcher for webhooks
        self.emit = emit or (lambda line: log.warning(line))
        self._alerts: Optional[list[dict]] = None

    def alerts(self) -> list[dict]:
        if self._alerts is None:
            self._alerts = self.state.list_alerts()
        return self._alerts

    def check(self, record: dict) -> int:
        """Fire every alert the record matches and that has not fired for it; returns how many fired."""
        n = 0
        for alert in self.alerts():
            for key, event in matches(alert, record):
                if not self.state.claim_fire(alert["id"], key, record["id"]):
                    continue
                n += 1
                self._deliver(alert, key, payload(alert, record, event))
        return n

    def _deliver(self, alert: dict, key: str, body: dict) -> None:
        art = body["article"]
        what = f" event {body['event']['type']}" if "event" in body else ""
        line = (f"alert #{alert['id']} {alert['query']!r}{what}: {art.get('title') or '(no title)'} "
                f"[{art['id']}] {art.get('url') or ''}").rstrip()
        if not alert.get("webhook"):
            self.emit(line)
            self.state.fire_delivered(alert["id"], key, "log")
            return
        try:
            resp = self.fetcher_for(bool(alert.get("allow_private"))).post_json(
                alert["webhook"], json.dumps(body, ensure_ascii=False).encode("utf-8"))
            ok = 200 <= resp.status < 300
            self.state.fire_delivered(alert["id"], key, "ok" if ok else "failed", f"HTTP {resp.status}")
            if not ok:
                self.emit(f"{line} (webhook answered HTTP {resp.status})")
        except Rejected as rej:
            self.state.fire_delivered(alert["id"], key, "failed", f"{rej.reason}: {rej.detail}")
            self.emit(f"{line} (webhook not delivered: {rej.reason}: {rej.detail})")
