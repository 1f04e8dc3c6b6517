"""Entity scores against a gold reading in the seed format (entities.must / may / must_not).

A predicted entity *names* a gold item when its name or one of its mention texts equals
(normalised) the gold name or an alias. A gold item is *found* when an entity names it with
a compatible type (GPE and LOC are interchangeable); it is *right* when that entity also has
the gold country and sector. Recall uses right items (``recall``) and found items
(``recall_found``); precision counts predicted entities of the kept types that name a
``must`` or ``may`` item; ``split`` counts gold items spread over several entities and
``must_not_hit`` the forbidden (text, type) pairs that occur.
"""
from __future__ import annotations

from typing import Any, Iterable

from wirewatch.evaluate.gold import GOLD_SECTORS, norm, prf

SCORED_TYPES = ("PERSON", "ORG", "GPE", "LOC", "FAC")


def _plain(record: Any) -> dict:
    return record.to_dict() if hasattr(record, "to_dict") else record


def _names(ent: dict) -> set[str]:
    return {norm(ent.get("name"))} | {norm(m.get("text")) for m in ent.get("mentions", [])}


def _wanted(g: dict) -> set[str]:
    return {norm(x) for x in [g["name"], *g.get("aliases", [])]}


def _type_ok(ent: dict, g: dict) -> bool:
    types = {"GPE": {"GPE", "LOC"}, "LOC": {"GPE", "LOC"}}.get(g["type"], {g["type"]})
    return ent.get("type") in types


def _attrs_ok(ent: dict, g: dict) -> bool:
    if g.get("country") and (ent.get("country") or "").upper() != g["country"].upper():
        return False
    if g.get("sector"):
        allowed = GOLD_SECTORS.get(g["sector"], {g["sector"].upper()})
        if (ent.get("sector") or "").upper() not in allowed:
            return False
    return True


def score_entities(record: Any, gold: dict) -> dict[str, Any]:
    """Counts and scores for one record against one gold reading (see module docstring)."""
    rec = _plain(record)
    g = gold.get("entities") or {}
    must = g.get("must", [])
    may = {norm(x) for x in g.get("may", [])}
    ents = [e for e in rec.get("entities", []) if e.get("type") in SCORED_TYPES]
    found, right, split, wrong_attrs = [], [], [], []
    for item in must:
        want = _wanted(item)
        naming = [e for e in ents if _names(e) & want]
        typed = [e for e in naming if _type_ok(e, item)]
        if typed:
            found.append(item["name"])
        if any(_attrs_ok(e, item) for e in typed):
            right.append(item["name"])
        elif typed:
            e = typed[0]
            wrong_attrs.append(f"{item['name']}: got country={e.get('country')} sector={e.get('sector')}, "
                               f"want {item.get('country')} {item.get('sector')}")
        if len(typed) > 1:
            split.append(item["name"])
    gold_names = set().union(*(_wanted(i) for i in must)) if must else set()
    matched = [e for e in ents if _names(e) & (gold_names | may)]
    unmatched = [e["name"] for e in ents if e not in matched]
    errors = [f"{b['text']} as {b['type']}" for b in g.get("must_not", [])
              if any(e.get("type") == b["type"] and norm(b["text"]) in _names(e) for e in rec.get("entities", []))]
    out = prf(len(right), len(ents) - len(matched), len(must) - len(right))
    out["recall_found"] = round(len(found) / len(must), 3) if must else 1.0
    out["missed"] = [i["name"] for i in must if i["name"] not in found]
    out["wrong_attributes"] = wrong_attrs
    out["split"] = split
    out["unlisted"] = unmatched
    out["must_not_hit"] = len(errors)
    out["must_not"] = errors
    return out


def evaluate_entities(pairs: Iterable[tuple[Any, dict]]) -> dict[str, Any]:
    """Micro-averaged scores over (record, gold) pairs, with the per-document results."""
    tp = fp = fn = found = total = must_not = split = 0
    docs = []
    for record, gold in pairs:
        s = score_entities(record, gold)
        n_must = len((gold.get("entities") or {}).get("must", []))
        tp, fp, fn = tp + s["tp"], fp + s["fp"], fn + s["fn"]
        found += round(s["recall_found"] * n_must)
        total += n_must
        must_not += s["must_not_hit"]
        split += len(s["split"])
        docs.append(s)
    out = prf(tp, fp, fn)
    out["recall_found"] = round(found / total, 3) if total else 1.0
    out["must_not_hit"] = must_not
    out["split"] = split
    out["documents"] = docs
    return out
