"""Train the event-confidence model (``data/event_confidence.json``) on our own even-numbered sentences.

    python -m wirewatch.evaluate.train_event_confidence [--out PATH]

Training data, all of it tuning data: the even ids of ``samples/plover-own``, each sentence analysed alone
as in the GSR evaluation, and the event-tuning articles (``samples/tuning``), each coded by the rules
without the confidence component. A sentence's event is a positive example when the sentence's gold codes
that event type (each gold coding matches one event, in the coder's order); an article's, as articles are
scored (sentence style): when the assignment of predicted to gold events by type gives it a gold event, or
it matches one of the article's gold events (must or may) by type and parties. The regularisation strength and the
cut are fixed (C_CHOSEN, CUT_CHOSEN, see there) in the flat top of a five-fold cross-validation over
sentences and articles (pooled F1 on the folds left out: event types for sentences, gold events found for
articles), which is run at each training and recorded. Held out, never read here: the odd
ids of our sentences, the GSR development file, the blind readings and the sample-corpus gold.
Needs scikit-learn (a development dependency); the product reads only the JSON it writes.
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from wirewatch.analyze.event_confidence import MODEL_FILE, coder_fingerprint, event_features
from wirewatch.evaluate.plover import gold_type, load_gsr, own_sentences_dir

C_GRID = (0.1, 0.3, 1.0, 3.0)
THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)
# The operating point is fixed, not re-chosen at each training. The cross-validated F1 surface is flat near
# its top (cuts 0.3-0.5 at C 0.3-3 all lie within about one standard error of the best), so its argmax
# jumped with every small coder change and moved every reported figure with it. C 0.3 and cut 0.35 lay in
# that top and did best on the tuning sets the model never sees (GSR even, the odd sample articles). The
# grid is still cross-validated and its best recorded (cv_best), so a drift away from the top shows.
# When article events came to be labelled as articles are scored (by type, see article_examples) the top
# moved up: at C 0.3 cuts 0.4-0.5 share it, and 0.5 did best on those tuning sets (GSR even .881, own
# even .846, odd sample articles .815, against .886/.845/.795 before the change).
# With 152 tuning articles (and events whose author or target the report leaves unnamed kept in articles)
# the cross-validated best settled at C 1.0, cuts 0.35-0.4; C 1.0 and cut 0.4 did at least as well as
# C 0.3 / 0.5 on every tuning set (articles .790 against .784, own even .850 against .846, odd sample
# articles .790 against .780, GSR even .874 both).
C_CHOSEN, CUT_CHOSEN = 1.0, 0.4
FOLDS = 5


def coded_sentences(texts: list[str]) -> list[list]:
    """The rules' events (Event objects, confidence component left out) for each sentence alone."""
    from wirewatch.analyze import default_components
    from wirewatch.pipeline import process
    from wirewatch.record import Record
    from wirewatch.settings import Settings
    from wirewatch.sources import RawDocument

    comps = [c for c in default_components() if c.name != "event_confidence"]
    raws = [RawDocument(data="-\n\n" + t, format="text", name=f"s-{i}", id=f"s-{i}", title="-")
            for i, t in enumerate(texts)]
    return [res.events if isinstance(res, Record) else []
            for res in process(raws, Settings(published="2000-01-01", n_process=1), components=comps)]


def coded_articles(paths: list[Path]) -> list:
    """The rules' records (confidence component left out) of whole articles."""
    from wirewatch.analyze import default_components
    from wirewatch.pipeline import process
    from wirewatch.settings import Settings
    from wirewatch.sources import iter_inputs

    comps = [c for c in default_components() if c.name != "event_confidence"]
    return list(process(iter_inputs([str(p) for p in paths]), Settings(n_process=1), components=comps))


def article_examples() -> list[dict[str, Any]]:
    """Per tuning article: each event's features and label, and which events find each gold event."""
    from wirewatch.evaluate.gold import GoldScorer
    from wirewatch.evaluate.runner import tuning_gold_documents
    from wirewatch.record import Record

    docs = tuning_gold_documents()
    out = []
    for (_, _, gold), rec in zip(docs, coded_articles([p for _, p, _ in docs])):
        if not isinstance(rec, Record):
            continue
        as_dict = rec.to_dict()
        scorer = GoldScorer(gold, {"article": {"text": ""}, **as_dict})
        must = (gold.get("events") or {}).get("must", [])
        may = (gold.get("events") or {}).get("may", [])
        claimed = [(ev, d) for ev, d in zip(rec.events, as_dict["events"]) if not ev.hypothetical]
        # labelled as the articles are scored (GoldScorer.sentence_style): an event is right when the
        # assignment of predicted to gold events by type gives it a gold event, or when it matches one by
        # type and parties (a second mention); a negated event claims nothing and is left unassigned
        told = [i for i, (ev, _) in enumerate(claimed) if not ev.negated]
        taken = {told[e]: g for e, g in scorer.assign([claimed[i][1] for i in told], must).items()}
        rows = [(event_features(ev), int(i in taken or any(scorer.event_pair(d, g) for g in must + may)), ev.type)
                for i, (ev, d) in enumerate(claimed)]
        finds = [{i for i, (_, d) in enumerate(claimed) if scorer.event_pair(d, g) or taken.get(i) == gi}
                 for gi, g in enumerate(must)]
        out.append({"rows": rows, "finds": finds})
    return out


def examples(gold: list[dict]) -> list[dict[str, Any]]:
    """Per sentence: gold type counts, and each claimed event's features and label."""
    by_text: dict[str, list[dict]] = {}
    for g in gold:
        by_text.setdefault(g["text"], []).append(g)
    texts = sorted(by_text)
    out = []
    for text, events in zip(texts, coded_sentences(texts)):
        types = Counter(gold_type(g) for g in by_text[text])
        left = types.copy()
        rows = []
        for ev in (e for e in events if not e.hypothetical):
            label = int(left[ev.type] > 0)
            left[ev.type] -= label
            rows.append((event_features(ev), label, ev.type))
        out.append({"types": types, "rows": rows})
    return out


def _f1(units: list[dict], keep) -> float:
    """Pooled F1 over sentences (event types) and articles (gold events found) when only events with
    keep(row) == True are claimed."""
    tp = fp = fn = 0
    for s in units:
        if "finds" in s:  # an article
            kept = {i for i, row in enumerate(s["rows"]) if keep(row)}
            found = sum(bool(f & kept) for f in s["finds"])
            tp, fn = tp + found, fn + len(s["finds"]) - found
            fp += sum(1 for i in kept if not s["rows"][i][1])
            continue
        left = s["types"].copy()
        for row in s["rows"]:
            if not keep(row):
                continue
            if left[row[2]] > 0:
                left[row[2]] -= 1
                tp += 1
            else:
                fp += 1
        fn += sum(v for v in left.values() if v > 0)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def train(sentences: list[dict]) -> dict[str, Any]:
    from sklearn import __version__ as sklearn_version
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    def fit(data: list[dict], c: float):
        feats = [r[0] for s in data for r in s["rows"]]
        labels = [r[1] for s in data for r in s["rows"]]
        vec = DictVectorizer()
        model = LogisticRegression(C=c, max_iter=5000).fit(vec.fit_transform(feats), labels)
        return vec, model

    scores: dict[tuple[float, float], list[float]] = {}
    for c in C_GRID:
        for k in range(FOLDS):
            train_part = [s for i, s in enumerate(sentences) if i % FOLDS != k]
            test_part = [s for i, s in enumerate(sentences) if i % FOLDS == k]
            vec, model = fit(train_part, c)
            probs = {}
            for s in test_part:
                if s["rows"]:
                    p = model.predict_proba(vec.transform([r[0] for r in s["rows"]]))[:, 1]
                    probs.update({id(r): q for r, q in zip(s["rows"], p)})
            for t in THRESHOLDS:
                scores.setdefault((c, t), []).append(_f1(test_part, lambda r, t=t: probs[id(r)] >= t))
    (best_c, best_t), best_folds = max(scores.items(), key=lambda kv: (sum(kv[1]) / len(kv[1]), -kv[0][0]))
    folds = scores[(C_CHOSEN, CUT_CHOSEN)]
    vec, model = fit(sentences, C_CHOSEN)
    weights = {name: round(float(w), 4) for name, w in zip(vec.get_feature_names_out(), model.coef_[0])
               if abs(w) >= 1e-4}
    rows = [r for s in sentences for r in s["rows"]]
    n_articles = sum("finds" in s for s in sentences)
    return {
        "weights": dict(sorted(weights.items())), "bias": round(float(model.intercept_[0]), 4),
        # the product's default cut (Settings.min_event_confidence), fixed in the flat top of the CV surface
        "cut": CUT_CHOSEN,
        "trained_on": {"data": "samples/plover-own (even ids) and samples/tuning",
                       "sentences": len(sentences) - n_articles, "articles": n_articles,
                       "events": len(rows), "positives": sum(r[1] for r in rows),
                       "C": C_CHOSEN, "cv_folds": FOLDS, "cv_f1": round(sum(folds) / len(folds), 3),
                       "cv_best": {"C": best_c, "cut": best_t,
                                   "f1": round(sum(best_folds) / len(best_folds), 3)},
                       "f1_without_model": round(_f1(sentences, lambda r: True), 3),
                       "scikit_learn": sklearn_version, "date": date.today().isoformat(),
                       "coder_fingerprint": coder_fingerprint()},
    }


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "data" / MODEL_FILE)
    args = ap.parse_args(argv)
    units = examples(load_gsr(own_sentences_dir(), "even")) + article_examples()
    model = train(units)
    args.out.write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(model["trained_on"], indent=1))


if __name__ == "__main__":
    main()
