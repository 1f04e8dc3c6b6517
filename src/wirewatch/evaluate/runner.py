"""`wirewatch eval`: every gold reading we have, analysed in one batch, scored per section."""
from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any, Optional

from wirewatch.evaluate.gold import SECTIONS, prf, score, sentence_style_summary

FLOORS_FILE = "floors.json"


def gold_documents(shared: Optional[Path]) -> list[tuple[str, Path, dict]]:
    """(name, document path, gold) for the seed (from shared/) and the sample-corpus gold files."""
    docs = []
    if shared is not None:
        seed_gold = shared / "gold" / "seed.json"
        if seed_gold.is_file():
            gold = json.loads(seed_gold.read_text("utf-8"))
            docs.append(("seed", shared / gold["document"], gold))
    samples = Path(str(resources.files("wirewatch") / "samples"))
    for gold_path in sorted((samples / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text("utf-8"))
        stem = gold_path.stem
        candidates = [p for p in (samples / "articles").glob(stem + ".*")]
        if candidates:
            docs.append((stem, candidates[0], gold))
    return docs


def blind_gold_documents() -> list[tuple[str, Path, dict]]:
    """(name, document path, gold) of the blind events-only readings (samples/gold-blind/).

    Written without looking at the system's output and never used for tuning: only their pooled
    figures are reported (no per-document misses), so they stay a held-out set.
    """
    samples = Path(str(resources.files("wirewatch") / "samples"))
    docs = []
    for gold_path in sorted((samples / "gold-blind").glob("*.json")):
        gold = json.loads(gold_path.read_text("utf-8"))
        # a reading of a demo-corpus article, or of an article kept apart for held-out evaluation only
        candidates = sorted((samples / "articles").glob(gold_path.stem + ".*")) or \
            sorted((samples / "blind-articles").glob(gold_path.stem + ".*"))
        if candidates:
            docs.append((gold_path.stem, candidates[0], gold))
    return docs


def tuning_gold_documents() -> list[tuple[str, Path, dict]]:
    """(name, document path, gold) of the event-tuning articles (samples/tuning/): extra articles with
    events-and-entities readings, written for developing the event coder. Figures on them are tuning
    figures, never held out."""
    root = Path(str(resources.files("wirewatch") / "samples" / "tuning"))
    docs = []
    for gold_path in sorted((root / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text("utf-8"))
        candidates = sorted((root / "articles").glob(gold_path.stem + ".*"))
        if candidates:
            docs.append(("tuning/" + gold_path.stem, candidates[0], gold))
    return docs


def analyse_all(paths: list[Path]) -> dict[str, dict]:
    """Analyse every document in one pipeline run (models loaded once)."""
    from wirewatch.pipeline import process
    from wirewatch.record import Record
    from wirewatch.settings import Settings
    from wirewatch.sources import iter_inputs

    out = {}
    for path, result in zip(paths, process(iter_inputs([str(p) for p in paths]), Settings())):
        out[str(path)] = result.to_dict() if isinstance(result, Record) else {"error": str(result)}
    return out


def run_eval(shared: Optional[Path], plover: bool = True, links: bool = True) -> dict[str, Any]:
    """Per-document and pooled (micro) precision/recall per section; the PLOVER GSR when available."""
    docs = gold_documents(shared)
    blind = blind_gold_documents()
    tuning = tuning_gold_documents()
    records = analyse_all([p for _, p, _ in docs + blind + tuning])
    per_doc, pooled = {}, {s: {"tp": 0, "fp": 0, "fn": 0} for s in SECTIONS if s != "article"}
    article = {"passed": 0, "total": 0}
    extra: dict[str, list] = {"speaker_accuracy": [], "scare_quotes_taken": 0}
    for name, path, gold in docs:
        rec = records.get(str(path))
        if not rec or "error" in rec:
            per_doc[name] = {"error": (rec or {}).get("error", "not analysed")}
            continue
        scores = score(gold, rec)
        per_doc[name] = scores
        if scores["article"]:
            article["passed"] += scores["article"]["passed"]
            article["total"] += scores["article"]["total"]
        for section in pooled:
            s = scores.get(section) or {}
            for k in ("tp", "fp", "fn"):
                pooled[section][k] += s.get(k, 0)
        q = scores.get("quotes") or {}
        if q.get("speaker_accuracy") is not None:
            extra["speaker_accuracy"].append((q["speaker_accuracy"], q["tp"]))
        extra["scare_quotes_taken"] += q.get("scare_quotes_taken", 0)
    summary = {section: prf(**counts) for section, counts in pooled.items()}
    summary["article"] = article
    weights = sum(w for _, w in extra["speaker_accuracy"])
    summary["quotes"]["speaker_accuracy"] = (round(sum(a * w for a, w in extra["speaker_accuracy"]) / weights, 3)
                                             if weights else None)
    summary["quotes"]["scare_quotes_taken"] = extra["scare_quotes_taken"]
    from wirewatch.evaluate.events import split_summary

    # Event rules were tuned on the odd-numbered sample gold files; the even ones are held out.
    summary["events_by_split"] = split_summary(per_doc)
    if tuning:
        summary["events_by_split"]["tuning"] = _tuning_events(tuning, records, per_doc)
    if blind:
        summary["events_by_split"]["blind"] = _blind_events(blind, records)
    report: dict[str, Any] = {"documents": len(docs), "summary": summary, "per_document": per_doc}
    if plover and shared is not None and (shared / "events" / "plover_gsr_dev.json").is_file():
        try:
            from wirewatch.evaluate.plover import evaluate_gsr

            report["plover_gsr"] = evaluate_gsr(shared / "events" / "plover_gsr_dev.json")
        except ImportError:
            pass
    if plover:
        from wirewatch.evaluate.plover import evaluate_gsr, own_sentences_dir

        if any(own_sentences_dir().glob("*.json")):
            report["plover_own"] = evaluate_gsr(own_sentences_dir())
    if links:
        from wirewatch.evaluate.links import evaluate as evaluate_links

        report["links"] = evaluate_links()
    return report


def _tuning_events(tuning: list[tuple[str, Path, dict]], records: dict[str, dict],
                   per_doc: dict[str, dict]) -> dict[str, Any]:
    """Pooled event P/R/F1 over the tuning articles; their per-document scores (and misses) are kept."""
    return _pooled_events(tuning, records, per_doc)


def _blind_events(blind: list[tuple[str, Path, dict]], records: dict[str, dict]) -> dict[str, Any]:
    """Pooled event P/R/F1 over the blind readings (documents that failed count as all missed)."""
    return _pooled_events(blind, records, None)


def _pooled_events(docs: list[tuple[str, Path, dict]], records: dict[str, dict],
                   per_doc: Optional[dict[str, dict]]) -> dict[str, Any]:
    """Event tp/fp/fn summed over documents (a failed one counts as all missed); per-document scores go
    to ``per_doc`` when given, never for held-out readings."""
    tp = fp = fn = typed = 0
    styled: list[dict] = []
    for name, path, gold in docs:
        must = len((gold.get("events") or {}).get("must", []))
        rec = records.get(str(path))
        if not rec or "error" in rec:
            if per_doc is not None:
                per_doc[name] = {"error": (rec or {}).get("error", "not analysed")}
            fn += must
            styled.append({"fn": must})
            continue
        ev = score(gold, rec, sections=("events",))["events"]
        styled.append(ev.get("sentence_style") or {})
        if per_doc is not None:
            per_doc[name] = {"events": ev}
        tp, fp, fn = tp + ev.get("tp", 0), fp + ev.get("fp", 0), fn + ev.get("fn", 0)
        typed += round((ev.get("type_and_parties_recall") or 0) * must)
    # Found by type and parties alone (date, place, flags not checked): where the misses are.
    return prf(tp, fp, fn) | {"documents": len(docs), "type_and_parties_found": typed,
                              "sentence_style": sentence_style_summary(styled)}


def check_floors(report: dict[str, Any]) -> list[str]:
    """Quality floors pinned in the package: a list of the figures that fell below them."""
    floors = json.loads((resources.files("wirewatch.evaluate") / FLOORS_FILE).read_text("utf-8"))
    failures = []
    for dotted, floor in floors.items():
        value: Any = report
        for key in dotted.split("."):
            value = value.get(key) if isinstance(value, dict) else None
        if value is None or value < floor:
            failures.append(f"{dotted} = {value} < floor {floor}")
    return failures


def print_report(report: dict[str, Any], console) -> None:
    """A table per section, then the documents' misses."""
    from rich.table import Table

    from wirewatch.evaluate.events import sample_split

    table = Table("section", "precision", "recall", "F1", "tp", "fp", "fn", "notes",
                  title=f"wirewatch eval — {report['documents']} gold documents")
    for section, s in report["summary"].items():
        if section == "article":
            table.add_row("article", "", "", "", "", "", "", f"{s['passed']}/{s['total']} checks")
            continue
        if section == "events_by_split":
            for split, f in s.items():
                if isinstance(f, dict) and "precision" in f:
                    table.add_row(f"events ({split})", f"{f['precision']:.3f}", f"{f['recall']:.3f}",
                                  f"{f['f1']:.3f}", str(f.get("tp", "")), str(f.get("fp", "")), str(f.get("fn", "")),
                                  {"odd": "tuning", "even": "held out", "tuning": "tuning articles",
                                   "blind": "held out, written blind"}.get(split, ""))
                st = f.get("sentence_style")
                if st:  # the same articles scored as the PLOVER sentences are: types, then party codes
                    table.add_row(f"  as sentences ({split})", f"{st['precision']:.3f}", f"{st['recall']:.3f}",
                                  f"{st['f1']:.3f}", str(st["tp"]), str(st["fp"]), str(st["fn"]),
                                  f"actor acc {st['actor_accuracy']}, recipient acc {st['recipient_accuracy']}")
            continue
        notes = ""
        if section == "quotes":
            notes = f"speaker acc {s.get('speaker_accuracy')}; scare quotes taken {s.get('scare_quotes_taken')}"
        table.add_row(section, f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"{s['f1']:.3f}", str(s["tp"]),
                      str(s["fp"]), str(s["fn"]), notes)
    console.print(table)
    gsr = report.get("plover_gsr")
    if gsr:
        console.print("[bold]PLOVER GSR development sentences[/bold] (see the note on splits in evaluate/plover.py)")
        console.print_json(data=_drop_keys(gsr, {"per_type", "per_sentence", "details", "misses"}))
    own = report.get("plover_own")
    if own:
        console.print("[bold]Own PLOVER sentences[/bold] (samples/plover-own: even ids tuned, odd held out)")
        console.print_json(data=_drop_keys(own, {"per_type", "per_sentence", "details", "misses"}))
    if report.get("links"):
        console.print("[bold]Links on the sample corpus[/bold] (duplicates: pairwise; stories: B-cubed)")
        console.print_json(data=_drop_keys(report["links"], {"per_article", "details", "clusters"}))
    for name, scores in report["per_document"].items():
        misses = []
        for section, s in scores.items():
            if isinstance(s, dict) and s.get("missed"):
                if section == "events" and sample_split(name) == "even":
                    continue  # held-out event readings: only their pooled figures are shown
                misses.append(f"{section}: {', '.join(map(str, s['missed']))}")
            if section == "article" and s and s.get("failed"):
                misses.append(f"article: {', '.join(s['failed'])}")
        if "error" in scores:
            misses.append(scores["error"])
        if misses:
            console.print(f"[bold]{name}[/bold] — " + " | ".join(misses), markup=True, highlight=False)


def _drop_keys(obj: Any, keys: set[str]) -> Any:
    if isinstance(obj, dict):
        return {k: _drop_keys(v, keys) for k, v in obj.items() if k not in keys}
    return obj
