"""Story clustering as pure functions: sparse feature vectors, similarity, story choice, titles.

An article's vector mixes four channels, each L2-normalised then weighted:
text terms (TF-IDF, top terms only), entities (by salience), places and event types. Entities
may be missing (early pipeline); the text channel alone still clusters, entities sharpen it.
Feature names carry a channel prefix: ``w:`` word, ``e:`` entity, ``p:`` place, ``v:`` event type.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from functools import lru_cache
from typing import Any, Iterable, Mapping, Optional

TOP_TERMS = 40  # text terms kept per article (the inverted index stays small)
CHANNEL_WEIGHTS = {"w": 0.65, "e": 0.25, "p": 0.05, "v": 0.05}
WINDOW_DAYS = 7  # stories are clustered among articles within ± this many days
JOIN_THRESHOLD = 0.18  # min similarity to a story member to join its story
MAX_TERM_LEN = 120

_WORD = re.compile(r"[^\W\d_][\w'-]*[^\W_]|[^\W\d_]", re.UNICODE)


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | {"said", "says", "told", "according", "also", "would", "could"}


def words(text: str) -> list[str]:
    """Content words of a text: lower-cased, alphabetic, no stop words, at least 3 letters."""
    stop = _stopwords()
    return [w for w in (m.group(0).lower() for m in _WORD.finditer(text))
            if len(w) >= 3 and w not in stop and len(w) <= MAX_TERM_LEN]


def term_counts(title: Optional[str], text: str) -> Counter:
    """Word counts; the headline counts three times (it names the happening)."""
    counts = Counter(words(text))
    for w in words(title or ""):
        counts[w] += 3
    return counts


def idf(df: int, n_docs: int) -> float:
    """Smoothed inverse document frequency."""
    return math.log((n_docs + 1) / (df + 1)) + 1.0


def _normalise(vec: Mapping[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in vec.values()))
    return {k: v / norm for k, v in vec.items()} if norm > 0 else {}


def feature_vector(record: Mapping[str, Any], counts: Counter, dfs: Mapping[str, int],
                   n_docs: int) -> dict[str, float]:
    """The article's weighted, L2-normalised sparse vector (see module docstring)."""
    text_vec = {w: (1 + math.log(c)) * idf(dfs.get(w, 0), n_docs) for w, c in counts.items()}
    top = dict(sorted(text_vec.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_TERMS])
    channels: dict[str, dict[str, float]] = {"w": _normalise(top)}
    ents: dict[str, float] = {}
    for ent in record.get("entities") or []:
        if not ent.get("name") or ent.get("type") in ("DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY",
                                                      "MONEY", "PERCENT"):
            continue
        weight = ent.get("salience") or 0.0
        weight = weight if weight > 0 else 0.1 * len(ent.get("mentions") or []) or 0.1
        key = f"{ent.get('type')}:{ent['name'].lower()}"[:MAX_TERM_LEN]
        ents[key] = ents.get(key, 0.0) + weight
    channels["e"] = _normalise(ents)
    channels["p"] = _normalise({(p.get("name") or "").lower()[:MAX_TERM_LEN]: 1.0
                                for p in record.get("places") or [] if p.get("name")})
    channels["v"] = _normalise({e["type"]: 1.0 for e in record.get("events") or [] if e.get("type")})
    present = {c: w for c, w in CHANNEL_WEIGHTS.items() if channels[c]}
    total = sum(present.values()) or 1.0
    out: dict[str, float] = {}
    for chan, vec in channels.items():
        share = math.sqrt(present.get(chan, 0.0) / total)
        for key, val in vec.items():
            out[f"{chan}:{key}"] = val * share
    return out  # unit length: the channel shares' squares sum to one


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """Dot product of two unit vectors."""
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(k, 0.0) for k, v in a.items())


def day_number(date: Optional[str]) -> Optional[int]:
    """Days since 1970-01-01 of an ISO date (or datetime) string, None if unparseable."""
    if not date:
        return None
    try:
        return (dt.date.fromisoformat(date[:10]) - dt.date(1970, 1, 1)).days
    except ValueError:
        return None


def choose_story(neighbours: Iterable[tuple[str, float, Optional[int]]],
                 threshold: Optional[float] = None) -> tuple[Optional[int], float]:
    """From ``(article id, similarity, story id)`` neighbours, the story to join and its score.

    A story's score is its best member's similarity plus a small bonus for every further
    member above the threshold (a story several members agree on beats one lucky match).
    """
    threshold = JOIN_THRESHOLD if threshold is None else threshold
    per_story: dict[int, list[float]] = {}
    for _, sim, story in neighbours:
        if story is not None and sim >= threshold:
            per_story.setdefault(story, []).append(sim)
    if not per_story:
        return None, 0.0
    def score(sims: list[float]) -> float:
        sims = sorted(sims, reverse=True)
        return sims[0] + 0.05 * (len(sims) - 1)
    best = max(per_story, key=lambda s: (score(per_story[s]), -s))
    return best, max(per_story[best])
