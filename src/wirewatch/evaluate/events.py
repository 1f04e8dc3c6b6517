"""Events against gold in the seed format (events.must / may / must_not): precision, recall, field accuracy.

Type and parties match by :meth:`GoldScorer.event_pair`: parties by canonical name (gold entity
aliases apply) or, for a gold country, by its ISO3 code; a gold list (of types or of parties)
accepts any of its values (e.g. ``["COERCE", "ASSAULT"]`` for tear gas). Dates match when the predicted
range's midpoint lies in the gold range widened by one day. Used on the seed and on the
sample-corpus gold files.
"""
from __future__ import annotations

import re
from datetime import timedelta
from typing import Any, Optional

from wirewatch.evaluate.gold import GoldScorer, day_range, sentence_style_summary

FLAGS = ("attempted", "failed", "negated", "hypothetical", "background")


def _fields(e: dict, g: dict) -> dict[str, bool]:
    """Which of the gold's stated fields the predicted event gets right."""
    out = {}
    gr = day_range(g.get("date")) or day_range(g)
    if gr:
        er = day_range(e.get("date"))
        out["date"] = bool(er) and (gr[0] - timedelta(days=1) <= er[0] + (er[1] - er[0]) / 2 <= gr[1] + timedelta(days=1))
    if g.get("country"):
        countries = g["country"] if isinstance(g["country"], list) else [g["country"]]
        out["place"] = ((e.get("place") or {}).get("country") or "").upper() in countries
    if g.get("mode"):
        modes = g["mode"] if isinstance(g["mode"], list) else [g["mode"]]
        out["mode"] = (e.get("mode") or "") in modes
    for f in FLAGS:
        if g.get(f):
            out[f] = bool(e.get(f))
    return out


def score_events(record: dict[str, Any], gold_doc: dict[str, Any]) -> dict[str, Any]:
    """Precision/recall of a record's events against ``gold_doc["events"]`` (must/may/must_not).

    Type and parties match as in :class:`GoldScorer` (one matching rule for every scorer); recall
    counts gold events found by type and parties, ``recall_strict`` those with every stated field.
    """
    gold = gold_doc.get("events") or {}
    must, may, must_not = gold.get("must", []), gold.get("may", []), gold.get("must_not", [])
    scorer = GoldScorer(gold_doc, {"article": {"text": ""}, **record})
    events = record.get("events") or []
    found = strict = 0
    field_hits, field_total = 0, 0
    misses = []
    for g in must:
        hits = [e for e in events if scorer.event_pair(e, g)]
        if not hits:
            misses.append(f"{g['type']} {g.get('actor')} -> {g.get('recipient')}")
            continue
        found += 1
        best = max(hits, key=lambda e: sum(_fields(e, g).values()))
        fl = _fields(best, g)
        field_hits += sum(fl.values())
        field_total += len(fl)
        strict += all(fl.values())
    matched_pred = [e for e in events if any(scorer.event_pair(e, g) for g in must + may)]
    violations = [b for b in must_not if any(
        scorer.event_pair(e, b) and not _excused(e, b) for e in events)]
    p = len(matched_pred) / len(events) if events else 0.0
    r = found / len(must) if must else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3),
            "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
            "recall_strict": round(strict / len(must), 3) if must else 0.0,
            "field_accuracy": round(field_hits / field_total, 3) if field_total else None,
            "predicted": len(events), "gold": len(must), "must_not_violations": len(violations),
            "missed": misses}


def sample_split(name: str) -> Optional[str]:
    """"odd" or "even" from a sample gold file's leading number ("05_..." -> odd); None for others (the seed)."""
    m = re.match(r"(\d+)_", name)
    return None if m is None else ("odd" if int(m.group(1)) % 2 else "even")


def split_summary(per_document: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Pooled event P/R/F1 over the odd-numbered (tuning) and even-numbered (held-out) sample gold files."""
    pools: dict[str, dict[str, int]] = {"odd": {"tp": 0, "fp": 0, "fn": 0}, "even": {"tp": 0, "fp": 0, "fn": 0}}
    styled: dict[str, list] = {"odd": [], "even": []}
    for name, scores in per_document.items():
        half = sample_split(name)
        ev = (scores or {}).get("events") or {}
        if half is None or not ev:
            continue
        if ev.get("sentence_style"):
            styled[half].append(ev["sentence_style"])
        for k in ("tp", "fp", "fn"):
            pools[half][k] += int(ev.get(k, 0))
        # found by type and parties alone (date, place, flags unchecked): where the misses are
        pools[half]["type_and_parties_found"] = pools[half].get("type_and_parties_found", 0) + round(
            (ev.get("type_and_parties_recall") or 0) * (int(ev.get("tp", 0)) + int(ev.get("fn", 0))))
    out = {}
    for half, c in pools.items():
        c = {"type_and_parties_found": 0, **c}
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
        out[half] = {**c, "precision": round(p, 3), "recall": round(r, 3),
                     "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
                     "sentence_style": sentence_style_summary(styled[half])}
    return out


def _excused(e: dict, bad: dict) -> bool:
    """A must_not entry with "not_background" (or "not_negated", "not_hypothetical") forbids the event only
    when the predicted one lacks that flag: a recalled, negated or hypothetical mention is no error."""
    return any(bad.get("not_" + flag) and e.get(flag) for flag in ("background", "negated", "hypothetical"))
