"""The date vocabulary (data/dates.yaml), loaded once, with the regex pieces built from it."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Optional

from wirewatch.knowledge_yaml import load_yaml


def _alt(words) -> str:
    """A regex alternation of words, longest first so 'sept' wins over 'sep'."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True, eq=False)
class Vocab:
    """Word lists and constants for date parsing; every regex piece is a non-capturing alternation."""

    data: dict[str, Any]
    months: dict[str, int]
    weekdays: dict[str, int]
    weekday_abbr: dict[str, int]
    numbers: dict[str, int]
    vague: dict[str, tuple[int, int]]
    ordinals: dict[str, int]
    units: dict[str, str]
    month_re: str
    month_full_re: str
    weekday_re: str
    weekday_any_re: str
    number_re: str
    vague_re: str
    unit_re: str
    ordinal_re: str
    season_re: str
    part_re: str

    def number(self, word: str) -> Optional[int]:
        """An integer from digits or a number word ('two', 'a couple of')."""
        word = " ".join(word.lower().split())
        if word.isdigit():
            return int(word)
        return self.numbers.get(word)

    def ordinal(self, word: str) -> Optional[int]:
        """An integer from '2nd' or 'second'."""
        word = word.lower()
        m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", word)
        return int(m.group(1)) if m else self.ordinals.get(word)


@functools.lru_cache(maxsize=4)
def load_vocab(path: Optional[str] = None) -> Vocab:
    """Load data/dates.yaml (or a user file of the same shape) once per process."""
    if path:
        text = Path(path).read_text(encoding="utf-8")
    else:
        text = resources.files("wirewatch").joinpath("data/dates.yaml").read_text(encoding="utf-8")
    data = load_yaml(text)
    months = {k.lower(): int(v) for k, v in data["months"].items()}
    weekdays = {k.lower(): int(v) for k, v in data["weekdays"].items()}
    abbr = {k.lower(): int(v) for k, v in data.get("weekday_abbreviations", {}).items()}
    numbers = {str(k).lower(): int(v) for k, v in data["numbers"].items()}
    vague = {str(k).lower(): (int(v[0]), int(v[1])) for k, v in data.get("vague_numbers", {}).items()}
    ordinals = {k.lower(): int(v) for k, v in data["ordinals"].items()}
    units = {k.lower(): v for k, v in data["units"].items()}
    full_months = [m for m in months if len(m) > 3 and m != "sept"]
    return Vocab(
        data=data, months=months, weekdays=weekdays, weekday_abbr=abbr, numbers=numbers,
        vague=vague, ordinals=ordinals, units=units,
        month_re=f"(?:{_alt(months)})", month_full_re=f"(?:{_alt(full_months)})",
        weekday_re=f"(?:{_alt(weekdays)})", weekday_any_re=f"(?:{_alt(list(weekdays) + list(abbr))})",
        number_re=rf"(?:\d+|{_alt(numbers)})", vague_re=f"(?:{_alt(vague)})",
        unit_re=f"(?:{_alt(units)})", ordinal_re=rf"(?:\d+(?:st|nd|rd|th)|{_alt(ordinals)})",
        season_re=f"(?:{_alt(data.get('seasons', {}))})", part_re=f"(?:{_alt(data.get('parts_of_day', []))})",
    )
