"""The entity scorer on hand-made records and gold readings (no model needed)."""
from __future__ import annotations

from wirewatch.evaluate.entities import evaluate_entities, score_entities

GOLD = {"entities": {
    "must": [
        {"name": "Marcus Okonkwo", "type": "PERSON", "aliases": ["Okonkwo"], "country": "NGA"},
        {"name": "Northern Grain Growers Association", "type": "ORG", "aliases": ["NGGA"], "sector": "civilian"},
        {"name": "Kenya", "type": "GPE", "country": "KEN"},
    ],
    "may": ["Nairobi"],
    "must_not": [{"text": "Okonkwo", "type": "GPE"}],
}}


def ent(name, etype, mentions, country=None, sector=None):
    return {"name": name, "type": etype, "country": country, "sector": sector,
            "mentions": [{"start": 0, "end": 0, "text": m} for m in mentions]}


def test_entities_evaluate_perfect_record():
    rec = {"entities": [ent("Marcus Okonkwo", "PERSON", ["Marcus Okonkwo", "Okonkwo"], "NGA"),
                        ent("Northern Grain Growers Association", "ORG", ["NGGA"], sector="CVL"),
                        ent("Kenya", "LOC", ["Kenya"], "KEN"), ent("Nairobi", "GPE", ["Nairobi"], "KEN")]}
    s = score_entities(rec, GOLD)
    assert (s["precision"], s["recall"], s["must_not_hit"]) == (1.0, 1.0, 0)
    assert s["split"] == [] and s["missed"] == []


def test_entities_evaluate_counts_errors():
    rec = {"entities": [ent("Marcus Okonkwo", "PERSON", ["Marcus Okonkwo"], "KEN"),
                        ent("Okonkwo", "GPE", ["Okonkwo"]),
                        ent("Kenya", "GPE", ["Kenya"], "KEN"),
                        ent("Random Thing", "ORG", ["Random Thing"])]}
    s = score_entities(rec, GOLD)
    assert s["recall_found"] == round(2 / 3, 3)  # Okonkwo found (wrong country), Kenya; NGGA missed
    assert s["tp"] == 1 and s["fn"] == 2
    assert s["missed"] == ["Northern Grain Growers Association"]
    assert len(s["wrong_attributes"]) == 1
    assert s["must_not_hit"] == 1
    assert s["unlisted"] == ["Random Thing"]
    total = evaluate_entities([(rec, GOLD), (rec, GOLD)])
    assert total["tp"] == 2 and total["must_not_hit"] == 2
