"""Score a record's places against gold places (seed format).

Gold items look like ``{"name": "Basra", "country": "IRQ", "lat": 30.51, "lon": 47.81}``; lat/lon
are optional. A predicted place matches a gold one when the normalised names are equal (or one is
an alias the caller supplies), the ISO3 country is equal, and, when the gold has coordinates, the
prediction lies within ``max_km`` of them. Each gold and each prediction is used at most once.

Two precisions are reported: ``precision`` over every prediction (strict: the gold list may not be
exhaustive) and ``precision_named`` over predictions whose name the gold lists (did we put the
places we agree on in the right spot).
"""
from __future__ import annotations

import math
from typing import Any, Iterable, Optional

from wirewatch.evaluate.gold import norm as _norm


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    la1, lo1, la2, lo2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(min(1.0, h)))


def _get(item: Any, key: str) -> Any:
    return item.get(key) if isinstance(item, dict) else getattr(item, key, None)


def place_matches(pred: Any, gold: dict[str, Any], max_km: float = 25.0) -> bool:
    """Same name, same country and (if the gold has coordinates) within ``max_km``."""
    if _norm(_get(pred, "name")) != _norm(gold.get("name")):
        return False
    if (_get(pred, "country") or "").upper() != (gold.get("country") or "").upper():
        return False
    if gold.get("lat") is None or gold.get("lon") is None:
        return True
    lat, lon = _get(pred, "lat"), _get(pred, "lon")
    if lat is None or lon is None:
        return False
    return haversine_km(gold["lat"], gold["lon"], lat, lon) <= max_km


def score_places(predicted: Iterable[Any], gold: Iterable[dict[str, Any]], max_km: float = 25.0) -> dict[str, Any]:
    """Precision/recall/F1 of places (dicts or Place objects) against gold places."""
    preds, golds = list(predicted), list(gold)
    used: set[int] = set()
    hits, missed = 0, []
    for g in golds:
        i = next((i for i, p in enumerate(preds) if i not in used and place_matches(p, g, max_km)), None)
        if i is None:
            missed.append(g.get("name"))
        else:
            used.add(i)
            hits += 1
    gold_names = {_norm(g.get("name")) for g in golds}
    named = [i for i, p in enumerate(preds) if _norm(_get(p, "name")) in gold_names]
    named_ok = sum(1 for i in named if i in used)
    p = hits / len(preds) if preds else 0.0
    r = hits / len(golds) if golds else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
        "precision_named": round(named_ok / len(named), 4) if named else 0.0,
        "tp": hits, "predicted": len(preds), "gold": len(golds), "missed": missed,
        "extra": [_get(preds[i], "name") for i in range(len(preds)) if i not in used],
    }
