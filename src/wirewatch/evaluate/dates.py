"""Score a record's date expressions against gold dates (seed format).

Gold items look like ``{"text": "on Monday", "value": "2022-01-03"}`` or
``{"text": "this weekend", "earliest": "2022-01-01", "latest": "2022-01-02"}``. A predicted
expression matches a gold one when either normalised text contains the other ("Monday" ~
"on Monday") and the midpoint of its range lies inside the gold range (widened by ``slack``
days). Each gold and each prediction is used at most once.
"""
from __future__ import annotations

from datetime import date
from typing import Any, Iterable, Optional

from wirewatch.evaluate.gold import inside, norm


def _norm(text: Optional[str]) -> str:
    return norm(text, article=False)  # "the day before" is a date expression, article and all


def _range(item: dict[str, Any]) -> Optional[tuple[date, date]]:
    lo = item.get("earliest") or item.get("value") or item.get("date")
    hi = item.get("latest") or item.get("value") or item.get("date")
    if not lo or not hi:
        return None
    return date.fromisoformat(lo[:10]), date.fromisoformat(hi[:10])


def _text_match(a: str, b: str) -> bool:
    a, b = _norm(a), _norm(b)
    return bool(a and b) and (a in b or b in a)


def _range_match(pred: Optional[tuple[date, date]], gold: Optional[tuple[date, date]], slack: int) -> bool:
    if gold is None:  # gold says: a date expression with no resolvable bounds
        return pred is None
    return inside(pred, gold, slack)


def score_dates(predicted: Iterable[dict[str, Any]], gold: Iterable[dict[str, Any]], slack: int = 0) -> dict[str, Any]:
    """Precision/recall/F1 of date expressions (text found and range right), plus text-only recall."""
    preds, golds = list(predicted), list(gold)
    used: set[int] = set()
    hits = text_hits = 0
    missed = []
    for g in golds:
        grange = _range(g)
        cands = [i for i, p in enumerate(preds) if i not in used and _text_match(p.get("text"), g.get("text"))]
        if cands:
            text_hits += 1
        good = [i for i in cands if _range_match(_range(preds[i]), grange, slack)]
        if good:
            used.add(good[0])
            hits += 1
        else:
            missed.append(g.get("text"))
    p = hits / len(preds) if preds else 0.0
    r = hits / len(golds) if golds else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "text_recall": round(text_hits / len(golds), 4) if golds else 0.0,
            "predicted": len(preds), "gold": len(golds), "matched": hits, "missed": missed}


def score_record(record: dict[str, Any], gold: dict[str, Any], slack: int = 0) -> dict[str, Any]:
    """Score ``record['dates']`` against ``gold['dates']`` (e.g. shared/gold/seed.json)."""
    return score_dates(record.get("dates", []), gold.get("dates", []), slack)
