"""A learned confidence for each coded event.

The rule-based coder (``events``) finds every act its lexicon and the parse support, including readings
an analyst would not code. This component scores each event with a logistic model over what the coder saw
-- its type and mode, its trigger words, whether it found parties and placed them, whether the article
mentions it again, the coder's own rule confidence -- and sets ``confidence`` to the model's probability
that an analyst codes that event. Users filter on it (``wirewatch events --min-confidence 0.5``,
``/api/events?min_confidence=0.5``). Claimed events under ``Settings.min_event_confidence`` are dropped at
analysis time; by default that is the model's cut (``cut`` in the model file, fixed in the flat top of
the trainer's cross-validation on tuning data), because events under it are more often wrong than right
and cost F1 on every tuning set. Set it to 0 to keep every event the rules code.

The model is data (``data/event_confidence.json``: feature weights, bias, and where they came from),
trained by ``python -m wirewatch.evaluate.train_event_confidence`` on tuning data only: the even half of
our own PLOVER-format sentences and the event-tuning articles. The odd half, the GSR development file, the
blind readings and the sample-corpus gold are never seen in training, so their figures stay held out.
Position in the sentence is deliberately not a feature (see ``event_features``).
"""
from __future__ import annotations

import functools
import json
import math
from importlib import resources as ilr
from typing import Any, Optional

from wirewatch.record import Event, Record

MODEL_FILE = "event_confidence.json"
# The model reads the rule coder's output, so it is stale once the coder or its lexicon changes: the trainer
# records a hash of these files and a test compares it with the files shipped (entities and the actor
# dictionary also shape the features, but less directly; they are not part of the hash).
CODER_FILES = ("analyze/events.py", "analyze/event_*.py", "data/events.yaml", "data/events_cameo.yaml",
               "data/event_parties.yaml", "data/event_countries.tsv")


def coder_fingerprint() -> str:
    """A short hash of the event coder's source and lexicon files (``CODER_FILES``), in path order."""
    import hashlib
    from pathlib import Path

    root = Path(str(ilr.files("wirewatch")))
    h = hashlib.sha256()
    for path in sorted({p for pattern in CODER_FILES for p in root.glob(pattern)}):
        h.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()[:16]


@functools.lru_cache(maxsize=2)
def load_model(path: Optional[str] = None) -> dict[str, Any]:
    """The shipped model (or one at ``path``): {"weights": {feature: w}, "bias", "cut", ...}."""
    if path:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    return json.loads((ilr.files("wirewatch") / "data" / MODEL_FILE).read_text("utf-8"))


def event_features(ev: Event) -> dict[str, float]:
    """What the model reads of one event."""
    f: dict[str, float] = {}
    etype, mode = ev.type, ev.mode or "none"
    trigger = (ev.trigger or "").lower()
    words = trigger.replace("...", " ").split()
    f["type=" + etype] = 1.0
    f["mode=" + etype + "/" + mode] = 1.0
    f["trigger=" + trigger] = 1.0
    f["type_trigger=" + etype + "/" + trigger] = 1.0
    if words:
        f["first_word=" + words[0]] = 1.0
        f["last_word=" + words[-1]] = 1.0
    f["multiword"] = float(len(words) > 1)
    a, r = ev.actor, ev.recipient
    f["has_actor"] = float(a is not None)
    f["has_recipient"] = float(r is not None)
    f["actor_placed"] = float(bool(a and (a.country or a.code)))
    f["recipient_placed"] = float(bool(r and (r.country or r.code)))
    if a and r and a.country and a.country == r.country:
        f["same_country"] = 1.0
    for flag in ("negated", "attempted", "failed", "background"):
        if getattr(ev, flag):
            f["flag=" + flag] = 1.0
    f["rule_confidence"] = float(ev.confidence or 0.0)
    f["more_evidence"] = min(len(ev.more_evidence), 4) / 4  # mentioned again later in the article
    # (an event's place among its sentence's events is left out on purpose: one-sentence gold codes only
    # a sentence's main event, so a model reading position learns to drop every second act -- the
    # "urged" or "seized" an article reports beside its lead act)
    return f


def probability(features: dict[str, float], model: dict[str, Any]) -> float:
    weights = model["weights"]
    z = model["bias"] + sum(v * weights.get(k, 0.0) for k, v in features.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def analysis_cut(settings: Any, model: Optional[dict[str, Any]] = None) -> float:
    """The confidence under which claimed events are dropped: the setting, else the model's own cut."""
    chosen = getattr(settings, "min_event_confidence", None)
    if chosen is not None:
        return float(chosen)
    return float((model or load_model()).get("cut", 0.0))


def score_events(record: Record, res: Any = None) -> Record:
    """Component: the learned confidence on every event; claimed (non-hypothetical) events under
    ``Settings.min_event_confidence`` are dropped (by default the model's cross-validated cut)."""
    if not record.events:
        return record
    model = load_model()
    cut = analysis_cut(getattr(res, "settings", None), model)
    kept = []
    for ev in record.events:
        p = probability(event_features(ev), model)
        ev.confidence = round(p, 2)
        if ev.hypothetical or p >= cut:
            kept.append(ev)
    record.events = kept
    return record
