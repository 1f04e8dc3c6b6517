"""Quote scores against a gold reading in the seed format (quotes.must / may / must_not / indirect_may).

A predicted direct or partial quote matches a gold item when its text (parts joined) contains the
gold ``starts_with``. Recall counts ``must`` items found; precision counts predicted direct/partial
quotes that match a ``must`` or ``may`` item; speaker accuracy is over the ``must`` items found.
"""
from __future__ import annotations

from typing import Any, Iterable, Optional

from wirewatch.evaluate.gold import norm


def aliases(gold: dict) -> dict[str, str]:
    """Normalised alias -> canonical name, from the gold's entity list."""
    out = {}
    for ent in (gold.get("entities") or {}).get("must", []):
        for name in [ent["name"]] + ent.get("aliases", []):
            out[norm(name)] = ent["name"]
    return out


def _plain(record: Any) -> dict:
    return record.to_dict() if hasattr(record, "to_dict") else record


def quote_text(q: dict, text: str) -> str:
    """The quote's words: its parts joined, else its own text."""
    if q.get("parts") and text:
        return " ".join(text[s:e] for s, e in q["parts"])
    return q.get("text") or ""


def speaker_ok(q: dict, gold_speaker: Optional[str], alias: dict[str, str]) -> bool:
    """The predicted speaker names the gold speaker (canonically, or the mention contains it)."""
    if not gold_speaker:
        return True
    name = q.get("speaker_name") or ""
    if alias.get(norm(name), name) == gold_speaker or norm(name) == norm(gold_speaker):
        return True
    mention = (q.get("speaker_mention") or {}).get("text") or ""
    want = norm(gold_speaker)
    return bool(want) and (want in norm(name) or want in norm(mention))


def _same(a: Optional[str], b: Optional[str], alias: dict[str, str]) -> bool:
    na, nb = norm(a), norm(b)
    return alias.get(na, a) == alias.get(nb, b) or na == nb or bool(na and nb and (nb in na or na in nb))


def score_quotes(record: Any, gold: dict) -> dict[str, Any]:
    """Counts for one record against one gold reading (see module docstring)."""
    rec = _plain(record)
    text = (rec.get("article") or {}).get("text", "")
    alias = aliases(gold)
    g = gold.get("quotes") or {}
    preds = [q for q in rec.get("quotes", []) if q.get("kind") in ("direct", "partial")]
    texts = [norm(quote_text(q, text)) for q in preds]
    found = speaker_right = full_right = 0
    misses: list[str] = []
    wrong_speaker: list[str] = []
    for item in g.get("must", []):
        hits = [q for q, t in zip(preds, texts) if norm(item["starts_with"]) in t]
        if not hits:
            misses.append(item["starts_with"][:50])
            continue
        found += 1
        good = [q for q in hits if speaker_ok(q, item.get("speaker"), alias)]
        speaker_right += bool(good)
        if not good:
            wrong_speaker.append(f"{item['starts_with'][:30]!r}: want {item.get('speaker')}, "
                                 f"got {[q.get('speaker_name') for q in hits]}")
        if item.get("cue"):
            good = [q for q in good if norm(q.get("cue")) == norm(item["cue"])]
        if item.get("via"):
            good = [q for q in good if _same(q.get("via"), item["via"], alias)]
        if item.get("continues_with"):
            good = [q for q in good if norm(item["continues_with"]) in norm(quote_text(q, text))]
        full_right += bool(good)
    wanted = [norm(i["starts_with"]) for i in g.get("must", []) + g.get("may", [])]
    correct = sum(1 for t in texts if any(w and w in t for w in wanted))
    extra = [t[:40] for t in texts if not any(w and w in t for w in wanted)]
    bad = [b for b in g.get("must_not", []) if any(t == norm(b) for t in texts)]
    ind_gold = g.get("indirect_may", [])
    ind_preds = [q for q in rec.get("quotes", []) if q.get("kind") == "indirect"]
    ind_found = ind_speaker = 0
    ind_misses: list[str] = []
    for item in ind_gold:
        hits = [q for q in ind_preds if norm(item["content_starts_with"]) in norm(quote_text(q, text))]
        ind_found += bool(hits)
        if not hits:
            ind_misses.append(item["content_starts_with"][:50])
        ind_speaker += any(speaker_ok(q, item.get("speaker"), alias) for q in hits)
    return {"must": len(g.get("must", [])), "found": found, "speaker_right": speaker_right,
            "full_right": full_right, "predicted": len(preds), "correct": correct,
            "must_not_hits": len(bad), "indirect_gold": len(ind_gold), "indirect_found": ind_found,
            "indirect_speaker_right": ind_speaker, "indirect_predicted": len(ind_preds),
            "misses": misses, "wrong_speaker": wrong_speaker, "unmatched": extra, "indirect_misses": ind_misses}


def _rate(num: int, den: int) -> float:
    return round(num / den, 3) if den else 0.0


def summarize(counts: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Micro-averaged precision, recall, F1 and speaker accuracy over several scored records."""
    tot: dict[str, int] = {}
    n = 0
    for c in counts:
        n += 1
        for k, v in c.items():
            if isinstance(v, int):
                tot[k] = tot.get(k, 0) + v
    p, r = _rate(tot.get("correct", 0), tot.get("predicted", 0)), _rate(tot.get("found", 0), tot.get("must", 0))
    return {
        "documents": n, "precision": p, "recall": r, "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
        "speaker_accuracy": _rate(tot.get("speaker_right", 0), tot.get("found", 0)),
        "full_accuracy": _rate(tot.get("full_right", 0), tot.get("must", 0)),
        "must_not_hits": tot.get("must_not_hits", 0),
        "indirect_recall": _rate(tot.get("indirect_found", 0), tot.get("indirect_gold", 0)),
        "indirect_speaker_accuracy": _rate(tot.get("indirect_speaker_right", 0), tot.get("indirect_found", 0)),
        **{k: tot.get(k, 0) for k in ("must", "found", "predicted", "correct")},
    }


def evaluate_quotes(pairs: Iterable[tuple[Any, dict]]) -> dict[str, Any]:
    """Score (record, gold) pairs: the micro-averaged summary plus per-document counts."""
    per_doc: dict[str, Any] = {}
    counts = []
    for record, gold in pairs:
        c = score_quotes(record, gold)
        counts.append(c)
        per_doc[gold.get("document") or str(len(per_doc))] = c
    out = summarize(counts)
    out["per_document"] = per_doc
    return out
