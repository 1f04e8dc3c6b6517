"""Shared pieces of the entity resolver: the candidate mention and word normalisation."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Optional

_APOS = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_DIGIT = re.compile(r"\d")
_POSSESSIVE = {"'s", "\u2019s", "'", "\u2019"}
# Lower-case words inside a name ("Organization for Security and Cooperation in Europe", "Bingu wa
# Mutharika", "Zine el-Abidine Ben Ali"): a run across them is looked up whole in the actor dictionary.
_CONNECTORS = {"of", "and", "the", "for", "al", "el", "de", "-", "&", "in", "wa", "bin", "ibn", "van", "von",
               "der", "da", "dos", "du", "la", "le", "y"}
_MAX_GAZ_WORDS = 8
_CAP_WORD = r"(?:(?:al|el|ad|ul|bin)-)?[A-Z][\w.\u2019'&-]*"
_CAP_RUN = re.compile(_CAP_WORD + r"(?:[ \t]+(?:(?:of|and|the|for|al|de|el|in|wa|bin|ibn|van|von|der|da|dos|du|la|le|y)"
                      r"[ \t]+)*" + _CAP_WORD + ")*")

# Evidence priorities: the higher wins when two sources disagree.
P_DICT_FULL, P_LOCAL, P_NEAR, P_WEAK = 4, 3, 2, 1


def norm_word(text: str) -> str:
    """Lower-case matching form of one word: unified apostrophes, no dots."""
    return text.translate(_APOS).lower().replace(".", "")


def split_words(text: str) -> list[str]:
    """Matching words of a name: hyphens and spaces separate, dots and possessives go."""
    text = text.translate(_APOS).lower().replace(".", "")
    if text.endswith("'s"):
        text = text[:-2]
    return [w for w in re.split(r"[\s\-]+", text) if w and w != "'"]


@dataclass(eq=False, slots=True)
class Cand:
    """One candidate mention: a token span with its label and the evidence seen around it."""
    s: int
    e: int
    label: str
    src: str  # ner | gaz | paren | agent | loose
    key: tuple[str, ...] = ()  # matching words (no determiner, title or possessive)
    alt_keys: list[tuple[str, ...]] = field(default_factory=list)
    title: Optional[str] = None
    alias_of: Optional["Cand"] = None
    actor: Any = None  # dictionary actor found for this exact span
    countries: list[tuple[int, str]] = field(default_factory=list)
    sectors: list[tuple[int, str]] = field(default_factory=list)
    types: list[tuple[int, str]] = field(default_factory=list)
    refs: list[tuple[int, "Cand"]] = field(default_factory=list)  # country of another mention
    sector_refs: list[tuple[int, "Cand"]] = field(default_factory=list)  # a person's organisation

    def chars(self, doc) -> tuple[int, int]:
        last = doc[self.e - 1]
        return doc[self.s].idx, last.idx + len(last.text)


_TITLE = Cand(0, 0, "", "title")  # marks tokens of a person's title in the gazetteer pass
