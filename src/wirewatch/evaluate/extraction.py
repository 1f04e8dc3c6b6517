"""Extraction scorer: the article-extraction-benchmark metric (word 4-gram multisets per page)."""
from __future__ import annotations

import re
from collections import Counter
from typing import Iterable, Mapping, Optional

_TOKEN = re.compile(r"\w+")


def tokens(text: Optional[str]) -> list[str]:
    """Unicode ``\\w+`` tokens, case kept (the benchmark's tokenisation)."""
    return _TOKEN.findall(text or "")


def shingles(toks: list[str], n: int = 4) -> Counter:
    """Multiset of word n-grams; a text shorter than n tokens is one shorter shingle."""
    if not toks:
        return Counter()
    if len(toks) < n:
        return Counter([tuple(toks)])
    return Counter(tuple(toks[i:i + n]) for i in range(len(toks) - n + 1))


def page_counts(reference: Optional[str], predicted: Optional[str]) -> dict[str, float]:
    """tp/fp/fn of one page, normalised by tp+fp+fn, plus whether the token lists match exactly."""
    ref_toks, pred_toks = tokens(reference), tokens(predicted)
    ref, pred = shingles(ref_toks), shingles(pred_toks)
    tp = sum((ref & pred).values())
    fp = sum((pred - ref).values())
    fn = sum((ref - pred).values())
    total = tp + fp + fn
    if total:
        tp, fp, fn = tp / total, fp / total, fn / total
    return {"tp": tp, "fp": fp, "fn": fn, "exact": ref_toks == pred_toks}


def _ratio(tp: float, other: float) -> Optional[float]:
    # Undefined (left out of the mean) when the denominator is empty.
    return tp / (tp + other) if tp + other > 0 else None


def score_pages(pairs: Iterable[tuple[Optional[str], Optional[str]]]) -> dict[str, float]:
    """Mean precision, mean recall, their F1 and exact-token accuracy over (reference, predicted) pairs."""
    precisions, recalls, exact, n = [], [], 0, 0
    for reference, predicted in pairs:
        c = page_counts(reference, predicted)
        n += 1
        exact += bool(c["exact"])
        perfect = c["fp"] == 0 and c["fn"] == 0
        p = 1.0 if perfect else _ratio(c["tp"], c["fp"])
        r = 1.0 if perfect else _ratio(c["tp"], c["fn"])
        if p is not None:
            precisions.append(p)
        if r is not None:
            recalls.append(r)
    prec = sum(precisions) / len(precisions) if precisions else 0.0
    rec = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"precision": prec, "recall": rec, "f1": f1, "accuracy": exact / n if n else 0.0, "pages": n}


def score_extraction(reference: Mapping[str, str], predicted: Mapping[str, Optional[str]]) -> dict[str, float]:
    """Score predicted article bodies against reference bodies, both keyed by page id."""
    return score_pages((reference[k], predicted.get(k)) for k in sorted(reference))
