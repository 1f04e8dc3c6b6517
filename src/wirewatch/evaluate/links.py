"""Link-stage scores: pairwise P/R/F1 of duplicate detection and B-cubed P/R/F1 of story clustering.

Gold: ``samples/labels.json`` giving, per article file name, ``story`` (a label) and ``copy_of``
(the file name of the article it copies, or null). Accepted shapes: ``{file: {...}}``,
``{"articles": {file: {...}}}`` or a list of ``{"file": ..., "story": ..., "copy_of": ...}``.
"""
from __future__ import annotations

import itertools
import json
import os
import tempfile
from pathlib import Path
from typing import Any, Hashable, Iterable, Mapping, Optional

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _prf(tp: float, n_pred: float, n_gold: float) -> dict[str, float]:
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def load_labels(path: Path) -> dict[str, dict[str, Any]]:
    """``{file name: {"story": ..., "copy_of": ...}}`` from any accepted labels shape."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if isinstance(data, dict) and isinstance(data.get("articles"), (dict, list)):
        data = data["articles"]
    if isinstance(data, list):
        data = {d.get("file") or d.get("name") or d.get("path"): d for d in data}
    return {os.path.basename(k): v for k, v in data.items() if isinstance(v, dict)}


def copy_groups(copy_of: Mapping[str, Optional[str]]) -> dict[str, str]:
    """Union the ``copy_of`` pointers into groups: item -> group representative."""
    parent = {k: k for k in copy_of}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for item, target in copy_of.items():
        if target:
            parent[find(item)] = find(os.path.basename(target))
    return {k: find(k) for k in list(parent)}


def pairs(clusters: Mapping[Hashable, Hashable]) -> set[frozenset]:
    """Unordered pairs of items sharing a cluster."""
    by: dict[Hashable, list] = {}
    for item, c in clusters.items():
        by.setdefault(c, []).append(item)
    return {frozenset(p) for members in by.values() for p in itertools.combinations(sorted(members, key=str), 2)}


def pairwise(pred: Mapping[Hashable, Hashable], gold: Mapping[Hashable, Hashable]) -> dict[str, float]:
    """Pairwise precision/recall/F1 of same-cluster pairs (items missing from pred are singletons)."""
    gp, pp = pairs(gold), pairs({k: v for k, v in pred.items() if k in gold})
    return _prf(len(gp & pp), len(pp), len(gp)) | {"gold_pairs": len(gp), "predicted_pairs": len(pp)}


def bcubed(pred: Mapping[Hashable, Hashable], gold: Mapping[Hashable, Hashable]) -> dict[str, float]:
    """B-cubed precision/recall/F1 over the gold items (unpredicted items count as singletons)."""
    items = list(gold)
    if not items:
        return _prf(0, 0, 0)
    pred_of = {i: pred.get(i, ("singleton", i)) for i in items}
    p_sum = r_sum = 0.0
    for i in items:
        same_pred = {j for j in items if pred_of[j] == pred_of[i]}
        same_gold = {j for j in items if gold[j] == gold[i]}
        both = len(same_pred & same_gold)
        p_sum += both / len(same_pred)
        r_sum += both / len(same_gold)
    p, r = p_sum / len(items), r_sum / len(items)
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def score_records(records: Iterable[dict], labels: Mapping[str, dict],
                  stored_as: Optional[Mapping[str, str]] = None) -> dict[str, Any]:
    """Scores of stored records (with ``links``) against labels keyed by source file name.

    ``stored_as`` maps a file name to the stored article id when it differs from the record found
    by source path (an exact copy is stored once, under the first copy's id).
    """
    by_file: dict[str, dict] = {}
    by_id: dict[str, dict] = {}
    for rec in records:
        path = (rec.get("source") or {}).get("path") or ""
        by_file[os.path.basename(path)] = rec
        by_id[rec["id"]] = rec
    for fname, aid in (stored_as or {}).items():
        if fname not in by_file and aid in by_id:
            by_file[fname] = by_id[aid]
    files = [f for f in labels if f in by_file]
    gold_dup = copy_groups({f: labels[f].get("copy_of") for f in files})
    gold_dup = {f: g for f, g in gold_dup.items() if f in by_file}
    id_to_file: dict[str, str] = {}
    for f in files:
        id_to_file.setdefault(by_file[f]["id"], f)
    pred_dup = {}
    for f in files:
        links = by_file[f].get("links") or {}
        root = links.get("duplicate_of") or by_file[f]["id"]
        pred_dup[f] = id_to_file.get(root, root)
    gold_story = {f: labels[f].get("story") for f in files if labels[f].get("story") is not None}
    pred_story = {f: (by_file[f].get("links") or {}).get("story") for f in files}
    pred_story = {f: s for f, s in pred_story.items() if s is not None}
    # Originals: for each labelled copy stored as its own article, is its predicted original the gold one?
    judged = [f for f in files if labels[f].get("copy_of") and by_file[f]["id"] != by_file.get(
        os.path.basename(labels[f]["copy_of"]), {}).get("id")]
    right = sum(1 for f in judged if pred_dup[f] == os.path.basename(labels[f]["copy_of"]))
    return {"articles": len(files), "missing": sorted(set(labels) - set(by_file)),
            "originals": {"accuracy": round(right / len(judged), 4) if judged else 1.0, "judged": len(judged)},
            "duplicates": pairwise(pred_dup, gold_dup), "stories": bcubed(pred_story, gold_story),
            "story_pairs": pairwise(pred_story, gold_story)}


def evaluate(samples: Path = SAMPLES, db: Optional[str] = None, settings=None) -> dict[str, Any]:
    """Run the pipeline over ``samples/articles``, store the records (temporary SQLite unless ``db``),
    and score links against ``samples/labels.json``."""
    from wirewatch.errors import Rejected
    from wirewatch.pipeline import process
    from wirewatch.settings import Settings
    from wirewatch.sources import iter_inputs
    from wirewatch.store import open_store

    labels = load_labels(samples / "labels.json")
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(db or os.path.join(tmp, "eval.db"))
        try:
            rejected, record_ids = [], {}
            for result in process(iter_inputs([str(samples / "articles")]), settings or Settings()):
                if isinstance(result, Rejected):
                    rejected.append(result.input)
                else:
                    store.add(result)
                    record_ids[os.path.basename(result.source.path or "")] = result.id
            stored_as = {f: store.resolve(rid) for f, rid in record_ids.items()}
            out = score_records(store.iter_records(), labels, {f: a for f, a in stored_as.items() if a})
        finally:
            store.close()
    out["rejected"] = rejected
    return out
