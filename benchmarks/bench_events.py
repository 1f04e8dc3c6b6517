"""Event coding benchmark: PLOVER GSR type F1 and actor/recipient accuracy per split, seed event checks."""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def run(shared: Path, out: Path) -> dict:
    """Figures for the benchmark table (progress on stderr only)."""
    from wirewatch import analyze
    from wirewatch.evaluate.events import score_events
    from wirewatch.evaluate.plover import evaluate_gsr

    figures: dict = {}
    t0 = time.time()
    print("events: PLOVER GSR ...", file=sys.stderr)
    gsr = evaluate_gsr(Path(shared) / "events" / "plover_gsr_dev.json")
    for split, res in gsr.items():
        figures[f"gsr_{split}_type_f1"] = res["overall"]["f1"]
        figures[f"gsr_{split}_actor_acc"] = res["actor_accuracy"]
        figures[f"gsr_{split}_recipient_acc"] = res["recipient_accuracy"]
        figures[f"gsr_{split}_actor_named_acc"] = res["actor_named_accuracy"]
        figures[f"gsr_{split}_recipient_named_acc"] = res["recipient_named_accuracy"]
    figures["gsr_seconds"] = round(time.time() - t0, 1)
    print("events: seed ...", file=sys.stderr)
    seed = Path(shared) / "seeds" / "000_aaaa9ff0aface8f9.txt"
    gold = json.loads((Path(shared) / "gold" / "seed.json").read_text(encoding="utf-8"))
    rec = analyze(path=str(seed))
    s = score_events(rec, gold)
    figures.update({"seed_event_recall": s["recall"], "seed_event_precision": s["precision"],
                    "seed_must_not_violations": s["must_not_violations"]})
    out.mkdir(parents=True, exist_ok=True)
    (Path(out) / "events_gsr.json").write_text(json.dumps(gsr, indent=1), encoding="utf-8")
    return figures
