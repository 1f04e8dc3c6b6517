"""Plain-text dumps -> title and paragraph units (blank-line or single-newline separated)."""
from __future__ import annotations

import re
from typing import Optional

from wirewatch.extract.furniture import Patterns, classify

_SENTENCE_END = re.compile(r"[.!?…\"”’'»:;)\]]$")
_WORD = re.compile(r"\w+")
_SPACES = re.compile(r"[ \t\u00a0]+")
MAX_TITLE = 300  # a first line longer than this is story text, not a headline


def _wrapped(lines: list[str], pats: Patterns) -> bool:
    """A hard-wrapped paragraph: long-ish lines that mostly break mid-sentence."""
    if len(lines) < 2:
        return False
    heads = lines[:-1]
    if sum(len(l) for l in heads) / len(heads) < 40:
        return False
    ended = sum(1 for l in heads if _SENTENCE_END.search(l))
    if ended * 2 >= len(heads):
        return False
    return not any(classify(l, pats) for l in lines)


def _units(lines: list[str], pats: Patterns) -> list[str]:
    units: list[str] = []
    block: list[str] = []
    for line in lines + [""]:
        if line:
            block.append(line)
            continue
        if block:
            units.extend([" ".join(block)] if _wrapped(block, pats) else block)
            block = []
    return units


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def split_text(text: str, pats: Patterns, given_title: Optional[str] = None) -> tuple[Optional[str], list[str]]:
    """The title (first non-empty line that is not furniture) and the paragraph units after it.

    With a caller-given title the first line is the title only when it repeats that title;
    otherwise the text is all story (a feed item whose title came separately).
    """
    lines = [_SPACES.sub(" ", l).strip() for l in text.split("\n")]
    title_at = None
    for i, line in enumerate(lines):
        if line and classify(line, pats) is None:
            title_at = i
            break
    if given_title is not None and title_at is not None and _words(lines[title_at]) != _words(given_title):
        title_at = None
    if title_at is None or len(lines[title_at]) > MAX_TITLE:
        # No headline line: a dump that starts straight with story text (or has no newlines).
        return None, _units(lines, pats)
    # Lines above the title are head furniture; they stay units so they are classified and kept.
    rest = lines[:title_at] + [""] + lines[title_at + 1:]
    return lines[title_at], _units(rest, pats)
