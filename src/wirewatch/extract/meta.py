"""Article metadata helpers: a cheap language guess and stated publication dates."""
from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from importlib import resources
from typing import Optional

from wirewatch.knowledge_yaml import load_yaml

_WORD = re.compile(r"[^\W\d_]+")
_SCRIPTS = (  # scripts that name their language outright
    (re.compile(r"[\uac00-\ud7af\u1100-\u11ff]"), "ko"),
    (re.compile(r"[\u3040-\u30ff]"), "ja"),
    (re.compile(r"[\u4e00-\u9fff]"), "zh"),
    (re.compile(r"[\u0600-\u06ff]"), "ar"),
    (re.compile(r"[\u0590-\u05ff]"), "he"),
    (re.compile(r"[\u0370-\u03ff]"), "el"),
    (re.compile(r"[\u0e00-\u0e7f]"), "th"),
)
_SAMPLE = 5000


@lru_cache(maxsize=1)
def _stopwords() -> dict[str, frozenset[str]]:
    text = resources.files("wirewatch.data").joinpath("stopwords.yaml").read_text(encoding="utf-8")
    return {lang: frozenset(str(w).lower() for w in words) for lang, words in load_yaml(text).items()}


def guess_language(text: str) -> Optional[str]:
    """ISO 639-1 code of the text's language by script, then by function-word counts; None if unsure."""
    sample = text[:_SAMPLE]
    letters = len(_WORD.findall(sample)) or 1
    for pattern, lang in _SCRIPTS:
        if len(pattern.findall(sample)) > 0.2 * letters:
            return lang
    words = [w.lower() for w in _WORD.findall(sample)[:1000]]
    if not words:
        return None
    scores = {lang: sum(1 for w in words if w in stop) for lang, stop in _stopwords().items()}
    best = max(scores, key=scores.get)
    return best if scores[best] >= max(2, 0.08 * len(words)) else None


_ORDINAL = re.compile(r"(\d)(st|nd|rd|th)\b", re.IGNORECASE)
_FORMATS = ("%Y-%m-%d", "%B %d %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y", "%m/%d/%Y", "%A %B %d %Y",
            "%A %d %B %Y", "%a %b %d %Y", "%a %d %b %Y", "%Y/%m/%d", "%d.%m.%Y")


def parse_stated_date(text: str) -> Optional[str]:
    """A stated date ("Jan. 3, 2022", "3 January 2022", "2022-01-03") as an ISO day, else None."""
    clean = _ORDINAL.sub(r"\1", text.replace(",", " ").replace(".", " ")).strip()
    clean = re.sub(r"\bSept\b", "Sep", " ".join(clean.split()), flags=re.IGNORECASE)
    for candidate in (clean, text.strip()):
        for fmt in _FORMATS:
            try:
                return datetime.strptime(candidate, fmt).date().isoformat()
            except ValueError:
                continue
    return None


def iso_day(value: Optional[str]) -> Optional[str]:
    """The YYYY-MM-DD day of an ISO date/time string, when it is a valid date."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None
