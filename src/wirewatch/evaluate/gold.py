"""Precision/recall of one record against a reference reading in the seed-gold format.

Recall counts the gold ``must`` items found; precision counts predicted items that match a
``must`` or ``may`` item among all predicted items of the kinds the gold lists. A gold reading
is not exhaustive, so precision here is "precision against what the analyst listed"; the
``must_not`` items are counted separately as errors.
"""
from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, timedelta
from typing import Any, Optional

GOLD_SECTORS = {
    "military": {"MIL", "SPY", "PRM"}, "militia": {"REB", "MIL", "PRM", "UAF", "MILITIA"},
    "government": {"GOV", "LEG", "ELI", "JUD"}, "media": {"JRN", "MED"}, "international": {"IGO", "UNO"},
    "rebel": {"REB", "UAF", "INS"}, "police": {"COP"}, "business": {"BUS"}, "civilian": {"CVL", "HRI"},
    "party": {"PTY"},
}


def norm(text: Optional[str], article: bool = True) -> str:
    """Case, accents ("António" = "Antonio"), apostrophes, punctuation and (unless ``article=False``) a
    leading article folded away.

    The one text normaliser of every scorer in this package."""
    s = unicodedata.normalize("NFKD", (text or "").lower())
    s = "".join(c for c in s if not unicodedata.combining(c)).replace("\u2019", "'").replace("\u2018", "'")
    s = " ".join(re.sub(r"[^\w' ]+", " ", s).split())
    return re.sub(r"^(the|a|an) ", "", s) if article else s


def _day(value: Optional[str]) -> Optional[date]:
    return date.fromisoformat(value[:10]) if value else None


def day_range(obj: Any) -> Optional[tuple[date, date]]:
    if not obj:
        return None
    if isinstance(obj, str):
        return (_day(obj), _day(obj))
    lo = obj.get("earliest") or obj.get("date") or obj.get("value")
    hi = obj.get("latest") or obj.get("date") or obj.get("value")
    return (_day(lo), _day(hi)) if lo and hi else None


def inside(rec: Optional[tuple[date, date]], gold: Optional[tuple[date, date]], slack: int = 0) -> bool:
    """The midpoint of the record's range lies in the gold range (widened by ``slack`` days)."""
    if rec is None or gold is None:
        return False
    mid = rec[0] + (rec[1] - rec[0]) / 2
    return gold[0] - timedelta(days=slack) <= mid <= gold[1] + timedelta(days=slack)


def prf(tp: int, fp: int, fn: int) -> dict[str, Any]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


class GoldScorer:
    """Scores a record dict section by section against one gold reading."""

    def __init__(self, gold: dict, record: dict):
        self.gold, self.rec = gold, record
        self.text = record["article"]["text"]
        self.alias: dict[str, str] = {}
        self.gold_entity = {}
        for ent in gold.get("entities", {}).get("must", []):
            self.gold_entity[ent["name"]] = ent
            for name in [ent["name"], *ent.get("aliases", [])]:
                self.alias[norm(name)] = ent["name"]

    def canon(self, name: Optional[str]) -> str:
        return self.alias.get(norm(name), name or "")

    # ---- article: a list of checks, reported as passed/total ----------------------------------
    def article(self) -> dict[str, Any]:
        g, a = self.gold.get("article") or {}, self.rec["article"]
        if not g:
            return {}
        checks = {
            "title": (a.get("title") or "").strip() == g.get("title", "").strip(),
            "authors": not g.get("authors") or any(norm(x) == norm(y) for x in a["authors"] for y in g["authors"]),
            "publisher": "publisher" not in g or norm(a.get("publisher")) == norm(g.get("publisher")),
            "syndicated_copy": "syndicated_copy" not in g or a.get("syndicated_copy") is g["syndicated_copy"],
            "paragraphs": "body_paragraphs" not in g or len(a["paragraphs"]) == g["body_paragraphs"],
            "body_start": self.text.lstrip().startswith(g.get("body_starts_with", "")),
            "body_end": self.text.rstrip().endswith(g.get("body_ends_with", "")),
            "no_furniture": all(line not in self.text for line in g.get("must_not_be_in_body", [])),
        }
        for cap in g.get("captions", []):
            hit = [c for c in a["captions"] if c["text"].startswith(cap["starts_with"])]
            checks[f"caption:{cap['starts_with'][:20]}"] = bool(hit) and (
                not cap.get("credit") or norm(cap["credit"]) in norm((hit[0].get("credit") or "") + " " + hit[0]["text"]))
        gp = g.get("published")
        if gp and gp.get("earliest"):
            checks["published"] = inside(day_range(a["published"]), (_day(gp["earliest"]), _day(gp["latest"])))
            checks["published_inferred"] = bool(a["published"].get("inferred")) == bool(gp.get("inferred"))
        passed = sum(checks.values())
        return {"passed": passed, "total": len(checks), "failed": [k for k, v in checks.items() if not v]}

    # ---- entities ------------------------------------------------------------------------------
    def _names(self, ent: dict) -> set[str]:
        return {norm(ent.get("name"))} | {norm(m.get("text")) for m in ent.get("mentions", [])}

    def entity_ok(self, ent: dict, g: dict) -> bool:
        want = {norm(x) for x in [g["name"], *g.get("aliases", [])]}
        if not self._names(ent) & want:
            return False
        types = {"GPE": {"GPE", "LOC"}, "LOC": {"GPE", "LOC"}}.get(g["type"], {g["type"]})
        if ent.get("type") not in types:
            return False
        if g.get("country") and (ent.get("country") or "").upper() != g["country"]:
            return False
        if g.get("sector") and (ent.get("sector") or "").upper() not in GOLD_SECTORS.get(g["sector"], {g["sector"]}):
            return False
        return True

    def entities(self) -> dict[str, Any]:
        gold = self.gold.get("entities") or {}
        if not gold:
            return {}
        ents = [e for e in self.rec["entities"] if e["type"] in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP")]
        must = gold.get("must", [])
        may = {norm(x) for x in gold.get("may", [])}
        found = [g for g in must if any(self.entity_ok(e, g) for e in ents)]
        matched = [e for e in ents if any(self._names(e) & {norm(n) for n in [g["name"], *g.get("aliases", [])]}
                                          for g in must) or self._names(e) & may]
        errors = [b for b in gold.get("must_not", []) if any(
            e["type"] == b["type"] and norm(b["text"]) in self._names(e) for e in self.rec["entities"])]
        out = prf(len(found), len(ents) - len(matched), len(must) - len(found))
        out["missed"] = [g["name"] for g in must if g not in found]
        out["must_not_hit"] = len(errors)
        return out

    # ---- dates -------------------------------------------------------------------------------
    def dates(self) -> dict[str, Any]:
        gold = self.gold.get("dates") or []
        if not gold:
            return {}
        recs = self.rec["dates"]

        def hits(g):
            return [r for r in recs if norm(r["text"]) and (norm(g["text"]) in norm(r["text"])
                                                             or norm(r["text"]) in norm(g["text"]))]
        found = [g for g in gold if any(inside(day_range(r), day_range(g)) for r in hits(g))]
        listed = [r for r in recs if any(norm(g["text"]) in norm(r["text"]) or norm(r["text"]) in norm(g["text"])
                                         for g in gold)]
        wrong = [r for r in listed if not any(inside(day_range(r), day_range(g)) for g in gold
                                              if r in hits(g))]
        out = prf(len(found), len(wrong), len(gold) - len(found))
        out["missed"] = [g["text"] for g in gold if g not in found]
        return out

    # ---- places ------------------------------------------------------------------------------
    def places(self) -> dict[str, Any]:
        gold = self.gold.get("places") or []
        if not gold:
            return {}
        recs = self.rec["places"]

        def km(p, g):
            if p.get("lat") is None or "lat" not in g:
                return 0 if "lat" not in g else 1e9
            la1, lo1, la2, lo2 = map(math.radians, (g["lat"], g["lon"], p["lat"], p["lon"]))
            h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
            return 12742 * math.asin(math.sqrt(h))

        def ok(p, g):
            return norm(p["name"]) == norm(g["name"]) and (p.get("country") or "") == g["country"] and km(p, g) <= 25
        found = [g for g in gold if any(ok(p, g) for p in recs)]
        wrong = [p for p in recs if any(norm(p["name"]) == norm(g["name"]) for g in gold)
                 and not any(ok(p, g) for g in gold)]
        out = prf(len(found), len(wrong), len(gold) - len(found))
        out["missed"] = [g["name"] for g in gold if g not in found]
        return out

    # ---- quotes ------------------------------------------------------------------------------
    def quote_text(self, q: dict) -> str:
        if q.get("parts"):
            return " ".join(self.text[s:e] for s, e in q["parts"])
        return q.get("text") or ""

    def quotes(self) -> dict[str, Any]:
        gold = self.gold.get("quotes") or {}
        if not gold:
            return {}
        direct = [q for q in self.rec["quotes"] if q["kind"] in ("direct", "partial")]
        must = gold.get("must", [])
        allowed = must + gold.get("may", [])

        def same(q, g):
            return norm(g["starts_with"]) in norm(self.quote_text(q))

        found, speaker_ok, full_ok = [], 0, 0
        for g in must:
            hits = [q for q in direct if same(q, g)]
            if not hits:
                continue
            found.append(g)
            q = hits[0]
            spk = self.canon(q.get("speaker_name")) == g["speaker"] or norm(q.get("speaker_name")) == norm(g["speaker"])
            speaker_ok += spk
            cue = not g.get("cue") or norm(q.get("cue")) == norm(g["cue"])
            via = not g.get("via") or self.canon(q.get("via")) == g["via"] or norm(g["via"]) in norm(q.get("via"))
            cont = not g.get("continues_with") or norm(g["continues_with"]) in norm(self.quote_text(q))
            full_ok += spk and cue and via and cont
        fp = [q for q in direct if not any(same(q, g) for g in allowed)]
        out = prf(len(found), len(fp), len(must) - len(found))
        out["speaker_accuracy"] = round(speaker_ok / len(found), 3) if found else None
        out["all_fields_accuracy"] = round(full_ok / len(found), 3) if found else None
        out["scare_quotes_taken"] = sum(1 for b in gold.get("must_not", []) for q in direct
                                        if norm(self.quote_text(q)) == norm(b))
        ind = gold.get("indirect_may", [])
        out["indirect_found"] = sum(1 for g in ind if any(
            q["kind"] == "indirect" and norm(g["content_starts_with"]) in norm(self.quote_text(q))
            for q in self.rec["quotes"]))
        out["indirect_listed"] = len(ind)
        return out

    # ---- events ------------------------------------------------------------------------------
    def party(self, rec_party: Optional[dict], gold_name: Any) -> bool:
        if isinstance(gold_name, list):  # a list means any of its values is right
            return any(self.party(rec_party, name) for name in gold_name)
        if gold_name is None:
            return not rec_party or not (rec_party.get("name") or rec_party.get("entity"))
        if not rec_party:
            return False
        if self.canon(rec_party.get("name")) == gold_name or norm(gold_name) == norm(rec_party.get("name")):
            return True
        ge = self.gold_entity.get(gold_name)
        return bool(ge and ge["type"] == "GPE" and ge.get("country")
                    and (rec_party.get("country") or "").upper() == ge["country"])

    def event_pair(self, e: dict, g: dict) -> bool:
        if e["type"] not in (g["type"] if isinstance(g["type"], list) else [g["type"]]):
            return False
        pair = self.party(e.get("actor"), g.get("actor")) and self.party(e.get("recipient"), g.get("recipient"))
        if not pair and g.get("symmetric"):
            pair = self.party(e.get("actor"), g.get("recipient")) and self.party(e.get("recipient"), g.get("actor"))
        return pair

    def event_full(self, e: dict, g: dict) -> bool:
        if not self.event_pair(e, g):
            return False
        gr = day_range(g.get("date")) or day_range(g)
        if gr and not inside(day_range(e.get("date")), gr, slack=1):
            return False
        countries = g.get("country")
        if countries and ((e.get("place") or {}).get("country") or "") not in (
                countries if isinstance(countries, list) else [countries]):
            return False
        if any(g.get(flag) and not e.get(flag) for flag in ("attempted", "failed", "background")):
            return False
        modes = g.get("mode")
        if modes and (e.get("mode") or "") not in (modes if isinstance(modes, list) else [modes]):
            return False
        return True

    def events(self) -> dict[str, Any]:
        gold = self.gold.get("events") or {}
        if not gold:
            return {}
        evs = self.rec["events"]
        must = gold.get("must", [])
        allowed = must + gold.get("may", [])
        found = [g for g in must if any(self.event_full(e, g) for e in evs)]
        typed = [g for g in must if any(self.event_pair(e, g) for e in evs)]
        fp = [e for e in evs if not any(self.event_pair(e, g) for g in allowed)]
        errors = [b for b in gold.get("must_not", []) if any(
            self.event_pair(e, b) and not _excused(e, b) for e in evs)]
        out = prf(len(found), len(fp), len(must) - len(found))
        out["type_and_parties_recall"] = round(len(typed) / len(must), 3) if must else None
        out["missed"] = [f"{g['type']} {g.get('actor')}->{g.get('recipient')}" for g in must if g not in found]
        out["must_not_hit"] = len(errors)
        out["sentence_style"] = self.sentence_style(evs, must, allowed)
        return out

    def sentence_style(self, evs: list[dict], must: list[dict], allowed: list[dict]) -> dict[str, int]:
        """The article scored as the PLOVER sentences are (evaluate/plover.py): event types found, and the
        actor's and recipient's country codes of each found event. Each gold event takes one predicted event
        of its type: as many gold events as can be (an optimal assignment, so that the gold's order never
        decides), then as many whose parties match by name as can be, then as many right party codes; a
        predicted event left over is a false positive unless it
        matches a gold event by type and parties (a second mention of a found one). Party accuracy counts
        gold parties with a country or IGO code (the gold's entity list gives it)."""
        from wirewatch.evaluate.plover import party_code

        # as for the sentences, a hypothetical or negated event claims nothing happened: it is neither found
        # nor false
        evs = [e for e in evs if not (e.get("hypothetical") or e.get("negated"))]
        taken = self.assign(evs, must)  # {predicted index: gold index}
        by_gold = {gi: ei for ei, gi in taken.items()}
        pool = [e for i, e in enumerate(evs) if i not in taken]
        c = {"tp": 0, "fp": 0, "fn": 0, "actor_ok": 0, "actor_n": 0, "recipient_ok": 0, "recipient_n": 0}
        for gi, g in enumerate(must):
            if gi not in by_gold:
                c["fn"] += 1
                continue
            hit = evs[by_gold[gi]]
            c["tp"] += 1
            for role in ("actor", "recipient"):
                codes = self._party_codes(g.get(role))
                if codes:
                    c[role + "_n"] += 1
                    c[role + "_ok"] += party_code(hit.get(role)) in codes
        c["fp"] = sum(1 for e in pool if not any(self.event_pair(e, g) for g in allowed))
        return c

    def assign(self, evs: list[dict], must: list[dict]) -> dict[int, int]:
        """Which predicted event each gold event takes ({predicted: gold}): the assignment of the greatest
        weight, where only an event of a gold type may be taken and the weights rank, in this order, gold
        events found, parties matched by name, party codes right."""
        from scipy.optimize import linear_sum_assignment

        from wirewatch.evaluate.plover import party_code

        if not evs or not must:
            return {}
        weights = [[0] * len(evs) for _ in must]
        for gi, g in enumerate(must):
            types = g["type"] if isinstance(g["type"], list) else [g["type"]]
            codes = [self._party_codes(g.get(role)) for role in ("actor", "recipient")]
            for ei, e in enumerate(evs):
                if e["type"] in types:
                    weights[gi][ei] = 100 + 10 * self.event_pair(e, g) + sum(
                        party_code(e.get(role)) in c for role, c in zip(("actor", "recipient"), codes) if c)
        rows, cols = linear_sum_assignment(weights, maximize=True)
        return {int(ei): int(gi) for gi, ei in zip(rows, cols) if weights[gi][ei]}

    def _party_codes(self, gold_party: Any) -> set[str]:
        """Country (or IGO) codes of a gold party, any of whose names may be meant."""
        codes = set()
        for name in gold_party if isinstance(gold_party, list) else [gold_party]:
            ge = self.gold_entity.get(self.canon(name)) if name else None
            if ge is None:
                continue
            if ge.get("country"):
                codes.add(str(ge["country"]).upper())
            elif str(ge.get("sector") or "").lower() in ("igo", "international"):
                codes.add("IGO")
        return codes


def sentence_style_summary(counts: list[dict[str, int]]) -> dict[str, Any]:
    """Pooled sentence-style figures: type P/R/F1 and party code accuracy."""
    tot = {k: sum(c.get(k, 0) for c in counts) for k in
           ("tp", "fp", "fn", "actor_ok", "actor_n", "recipient_ok", "recipient_n")}
    out = prf(tot["tp"], tot["fp"], tot["fn"])
    for role in ("actor", "recipient"):
        n = tot[role + "_n"]
        out[role + "_accuracy"] = round(tot[role + "_ok"] / n, 3) if n else None
        out[role + "_n"] = n
    return out


SECTIONS = ("article", "entities", "dates", "places", "quotes", "events")


def score(gold: dict, record: dict, sections=SECTIONS) -> dict[str, Any]:
    """Every section's figures for one document."""
    scorer = GoldScorer(gold, record)
    return {name: getattr(scorer, name)() for name in sections}


def _excused(e: dict, bad: dict) -> bool:
    """A must_not entry with "not_background" (or "not_negated", "not_hypothetical") forbids the event only
    when the predicted one lacks that flag: a recalled, negated or hypothetical mention is no error."""
    return any(bad.get("not_" + flag) and e.get(flag) for flag in ("background", "negated", "hypothetical"))
