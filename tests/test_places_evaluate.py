"""Scoring places against gold in the seed format."""
from __future__ import annotations

from wirewatch.evaluate.places import haversine_km, score_places

GOLD = [
    {"name": "Baghdad", "country": "IRQ", "lat": 33.34, "lon": 44.40},
    {"name": "Basra", "country": "IRQ", "lat": 30.51, "lon": 47.81},
    {"name": "Iraq", "country": "IRQ"},
]


def test_places_evaluate_perfect():
    preds = [dict(g) for g in GOLD]
    out = score_places(preds, GOLD)
    assert (out["precision"], out["recall"], out["f1"]) == (1.0, 1.0, 1.0)


def test_places_evaluate_distance_and_country_matter():
    preds = [
        {"name": "Baghdad", "country": "IRQ", "lat": 33.5, "lon": 44.6},  # ~25.5 km off: miss
        {"name": "Basra", "country": "IRN", "lat": 30.51, "lon": 47.81},  # wrong country
        {"name": "the Iraq", "country": "IRQ"},  # article folded away
        {"name": "Kabul", "country": "AFG", "lat": 34.5, "lon": 69.2},  # not in gold
    ]
    out = score_places(preds, GOLD)
    assert out["tp"] == 1 and out["recall"] == round(1 / 3, 4) and out["precision"] == 0.25
    assert out["precision_named"] == round(1 / 3, 4)
    assert set(out["missed"]) == {"Baghdad", "Basra"}


def test_places_evaluate_haversine():
    assert abs(haversine_km(0, 0, 0, 1) - 111.19) < 0.1
