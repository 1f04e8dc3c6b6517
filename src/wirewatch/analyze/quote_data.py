"""The quotation knowledge file (cue verbs, via patterns, speaker heads), loaded once."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional


from wirewatch.analyze.knowledge import merge_user_data
from wirewatch.knowledge_yaml import load_yaml

DATA_PATH = Path(__file__).resolve().parent.parent / "data" / "quotes.yaml"


@dataclass(frozen=True)
class QuoteData:
    cue_lemmas: frozenset[str]
    naming_lemmas: frozenset[str]
    via_patterns: tuple[re.Pattern, ...]
    media_heads: frozenset[str]
    via_bad_labels: frozenset[str]
    document_nouns: frozenset[str]
    publish_lemmas: frozenset[str]
    proxy_heads: frozenset[str]
    pronouns: dict[str, tuple[str, ...]]
    min_words_uncued_direct: int
    min_words_partial: int
    min_words_uncued_partial: int
    max_attribution_chars: int




@functools.lru_cache(maxsize=4)
def load_quote_data(extra: Optional[str] = None) -> QuoteData:
    """Read data/quotes.yaml (plus an optional user file with the same keys)."""
    raw = load_yaml(DATA_PATH.read_text(encoding="utf-8"))
    if extra:
        raw = merge_user_data(raw, load_yaml(Path(extra).read_text(encoding="utf-8")) or {})
    low = lambda key: frozenset(str(x).lower() for x in raw.get(key, []))
    return QuoteData(
        cue_lemmas=low("cue_lemmas"),
        naming_lemmas=low("naming_lemmas"),
        via_patterns=tuple(re.compile(p, re.IGNORECASE) for p in raw.get("via_patterns", [])),
        media_heads=low("media_heads"),
        via_bad_labels=frozenset(raw.get("via_bad_labels", [])),
        document_nouns=low("document_nouns"),
        publish_lemmas=low("publish_lemmas"),
        proxy_heads=low("proxy_heads"),
        pronouns={str(k).lower(): tuple(v) for k, v in (raw.get("pronouns") or {}).items()},
        min_words_uncued_direct=int(raw.get("min_words_uncued_direct", 3)),
        min_words_partial=int(raw.get("min_words_partial", 2)),
        min_words_uncued_partial=int(raw.get("min_words_uncued_partial", 8)),
        max_attribution_chars=int(raw.get("max_attribution_chars", 220)),
    )
