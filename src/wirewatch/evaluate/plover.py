"""Event coding against the PLOVER gold-standard sentences (GSR): type P/R/F1 and actor/recipient codes.

Each sentence is analysed alone (publication date 2000-01-01) in one batch, so the model loads once.
Older GSR names are mapped to the current 16 types. ``split`` selects even or odd sentence numbers
(the last number of the GSR id) so that lexicon tuning on one half can be reported on the other.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any, Iterable, Optional

OLD_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
# Legacy CAMEO country codes in the GSR that differ from ISO 3166 alpha-3.
CAMEO_TO_ISO = {"JAP": "JPN", "VTN": "VNM", "ITL": "ITA", "KSV": "XKX", "KOS": "XKX"}
# The GSR's code field holds a country or "IGO" (its README: "country/IGO code"): an international party with
# no country, an agency of states or a non-governmental one (CAMEO "NGO...", the Red Cross, Amnesty), can
# only be written "IGO" there. Both sides of the comparison fold the two into one class.
STATELESS_CODES = {"NGO": "IGO"}


def load_gsr(path: Path, split: str = "all") -> list[dict[str, Any]]:
    """GSR records (documentation header skipped), optionally only even or odd ids.

    ``path`` may be a directory of GSR-format files (our own sentence set), read in name order.
    """
    path = Path(path)
    files = sorted(path.glob("*.json")) if path.is_dir() else [path]
    data = [rec for f in files for rec in json.loads(f.read_text(encoding="utf-8"))]
    out = []
    for rec in data:
        if rec.get("event") == "DOCUMENT" or not rec.get("text"):
            continue
        num = int("".join(c for c in rec["id"].rsplit("-", 1)[-1] if c.isdigit()) or 0)
        if (split == "even" and num % 2) or (split == "odd" and not num % 2):
            continue
        out.append(rec)
    return out


def gold_type(rec: dict) -> str:
    """The GSR event type in current PLOVER names."""
    return OLD_NAMES.get(rec["event"], rec["event"])


def _codes(parties: Any) -> set[str]:
    if not isinstance(parties, list):
        return set()
    codes = {str(p.get("code") or "").upper()[:3] for p in parties if p.get("code")}
    return {STATELESS_CODES.get(c, CAMEO_TO_ISO.get(c, c)) for c in codes}


def party_code(p: Optional[dict]) -> Optional[str]:
    """A predicted party's comparable code: its country, else the first three letters of its code (IGO;
    an international NGO compares as IGO, as the GSR writes it)."""
    if not p:
        return None
    if p.get("country"):
        return p["country"].upper()
    code = (p.get("code") or "").upper()[:3]
    return STATELESS_CODES.get(code, code) or None


def analyse_sentences(texts: list[str], published: str = "2000-01-01",
                      min_event_confidence: Optional[float] = None) -> list[list[dict]]:
    """Events (as dicts) for each sentence analysed alone, in one pipeline batch (events under the
    default confidence cut dropped, as the product does, unless another cut is given)."""
    from wirewatch.pipeline import process
    from wirewatch.record import Record
    from wirewatch.settings import Settings
    from wirewatch.sources import RawDocument

    # The extractor takes the first block as the title: give a placeholder so the sentence is the body.
    raws = [RawDocument(data="-\n\n" + t, format="text", name=f"gsr-{i}", id=f"gsr-{i}", title="-")
            for i, t in enumerate(texts)]
    return [res.to_dict()["events"] if isinstance(res, Record) else []
            for res in process(raws, Settings(published=published, n_process=1,
                                              min_event_confidence=min_event_confidence))]


def score(gold: list[dict], predicted: list[list[dict]]) -> dict[str, Any]:
    """Type P/R/F1 per type and overall; actor/recipient code accuracy over type-matched events."""
    tp, fp, fn = Counter(), Counter(), Counter()
    judged: list[tuple[float, bool]] = []  # (confidence, type asked for by the gold) of each claimed event
    actor_ok = actor_n = rec_ok = rec_n = 0
    actor_named = rec_named = 0  # of those, how many name a party at all (unknown parties stay null)
    by_text: dict[str, list[tuple[dict, list[dict]]]] = {}
    for g, evs in zip(gold, predicted):
        by_text.setdefault(g["text"], []).append((g, evs))
    for items in by_text.values():
        # a hypothetical or negated event claims nothing happened: the GSR codes only what happened
        pool = [e for e in items[0][1] if not (e.get("hypothetical") or e.get("negated"))]
        for g, _ in items:  # a sentence with several gold codings counts each
            t = gold_type(g)
            hit = next((e for e in pool if e["type"] == t), None)
            if hit is None:
                fn[t] += 1
                continue
            tp[t] += 1
            pool.remove(hit)
            gs, gt = _codes(g.get("source")), _codes(g.get("target"))
            if gs:
                actor_n += 1
                actor_ok += party_code(hit.get("actor")) in gs
                actor_named += party_code(hit.get("actor")) is not None
            if gt:
                rec_n += 1
                rec_ok += party_code(hit.get("recipient")) in gt
                rec_named += party_code(hit.get("recipient")) is not None
        for e in pool:  # predicted events no gold coding asked for
            fp[e["type"]] += 1
        for e in items[0][1]:
            if not (e.get("hypothetical") or e.get("negated")):
                judged.append((e.get("confidence") or 0.0, not any(x is e for x in pool)))
    types = sorted(set(tp) | set(fp) | set(fn))
    return {"overall": _prf(sum(tp.values()), sum(fp.values()), sum(fn.values())),
            "per_type": {t: _prf(tp[t], fp[t], fn[t]) for t in types},
            "sentences": len(by_text), "gold_events": len(gold),
            "actor_accuracy": round(actor_ok / actor_n, 3) if actor_n else None, "actor_n": actor_n,
            "recipient_accuracy": round(rec_ok / rec_n, 3) if rec_n else None, "recipient_n": rec_n,
            # accuracy where a party was named: the GSR codes an unattributed attack by its place, we leave it null
            "actor_named_accuracy": round(actor_ok / actor_named, 3) if actor_named else None,
            "recipient_named_accuracy": round(rec_ok / rec_named, 3) if rec_named else None,
            "confidence_calibration": calibration(judged)}


CONFIDENCE_BINS = (0.0, 0.3, 0.5, 0.7, 0.9)


def calibration(judged: list[tuple[float, bool]]) -> list[dict[str, Any]]:
    """How often claimed events in each confidence band are events the gold codes (type level)."""
    out = []
    for lo, hi in zip(CONFIDENCE_BINS, CONFIDENCE_BINS[1:] + (1.01,)):
        band = [ok for c, ok in judged if lo <= c < hi]
        out.append({"confidence": f"{lo:.1f}-{min(hi, 1.0):.1f}", "events": len(band),
                    "right": round(sum(band) / len(band), 3) if band else None})
    return out


def _prf(tp: int, fp: int, fn: int) -> dict[str, Any]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "tp": tp, "fp": fp, "fn": fn}


def evaluate_gsr(path: Path, splits: Iterable[str] = ("even", "odd", "all")) -> dict[str, Any]:
    """Score every split (analysing all sentences once); ``path`` is a GSR file or a directory of them."""
    records = load_gsr(path, "all")
    texts = sorted({r["text"] for r in records})
    events = dict(zip(texts, analyse_sentences(texts)))
    out = {}
    for split in splits:
        gold = load_gsr(path, split)
        out[split] = score(gold, [events[g["text"]] for g in gold])
    return out


def own_sentences_dir() -> Path:
    """Our own GSR-format sentences (samples/plover-own): even ids tune the lexicon, odd ids are held out."""
    return Path(__file__).resolve().parent.parent / "samples" / "plover-own"


if __name__ == "__main__":  # python -m wirewatch.evaluate.plover [GSR.json]
    import sys

    path = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/events/plover_gsr_dev.json")
    print(json.dumps(evaluate_gsr(path), indent=1))
