"""Find quoted stretches of text by their marks, paragraph by paragraph, in any quote style."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

# Opening mark -> the marks that may close it. Straight double quotes and a closing curly
# mark used as an opener (a common typo) are handled by context in _is_opener.
PAIRS = {
    "\u201c": "\u201d\u201c\"",  # “ ... ” (some sources close with a second “ or a straight ")
    "\u201e": "\u201d\u201c",  # „ ... “ / ”
    "\u00ab": "\u00bb",  # « ... »
    "\u201d": "\u201d",  # ” ... ” (same-mark style)
    "\"": "\"\u201d",
    "\u2018": "\u2019",  # ‘ ... ’ (top level only; apostrophes share the closing mark)
}
DOUBLE_OPENERS = "\u201c\u201e\u00ab\u201d\""


@dataclass
class QuoteSpan:
    """One quoted stretch: content offsets (without marks) and where its marks are."""
    start: int
    end: int
    open_pos: int
    close_pos: Optional[int]  # None: not closed before the paragraph ends
    para: int
    continues: bool = False  # unclosed and the next paragraph opens again (newspaper style)


def _is_opener(text: str, i: int, lo: int) -> bool:
    ch = text[i]
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if nxt.isspace() and ch != "\u00ab":
        return False
    if ch in "\u201c\u201e\u00ab":
        return True
    # Straight/ambiguous marks open only after a space, an opening bracket or a dash.
    return prev.isspace() or prev in "([{\u2014\u2013-/:"


def _find_close(text: str, i: int, hi: int) -> Optional[int]:
    ch = text[i]
    closers = PAIRS[ch]
    j = i + 1
    while j < hi:
        c = text[j]
        if c in closers:
            if ch == "\u2018":
                # A closing single mark must not sit inside a word (that is an apostrophe).
                after = text[j + 1] if j + 1 < hi else " "
                if after.isalnum() or text[j - 1].isspace():
                    j += 1
                    continue
            elif c == "\u201c" and ch == "\u201c":
                # A second opening mark closes only when no word follows it directly.
                after = text[j + 1] if j + 1 < hi else " "
                if after.isalnum():
                    return None
            return j
        j += 1
    return None


def _trimmed(text: str, s: int, e: int) -> tuple[int, int]:
    # Drop the space inside guillemets and the comma that hands over to the attribution.
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] == ","):
        e -= 1
    return s, e


def find_quote_spans(text: str, paragraphs: list[tuple[int, int]]) -> list[QuoteSpan]:
    """Every quoted stretch in text order; unclosed quotes run to their paragraph's end."""
    spans: list[QuoteSpan] = []
    for p, (lo, hi) in enumerate(paragraphs):
        i = lo
        while i < hi:
            ch = text[i]
            if ch in PAIRS and _is_opener(text, i, lo):
                close = _find_close(text, i, hi)
                if close is None and ch == "\u2018":
                    i += 1  # an unclosed single mark is most likely an apostrophe
                    continue
                s, e = _trimmed(text, i + 1, close if close is not None else hi)
                if e > s and any(c.isalnum() for c in text[s:e]):
                    spans.append(QuoteSpan(s, e, i, close, p))
                i = (close + 1) if close is not None else hi
                continue
            i += 1
    # A quote left open at a paragraph's end continues when the next paragraph opens with a mark.
    for a, b in zip(spans, spans[1:]):
        if a.close_pos is None and b.para == a.para + 1 and b.open_pos == _first_char(text, paragraphs[b.para]) \
                and text[b.open_pos] in DOUBLE_OPENERS + "\u2018":
            a.continues = True
    return spans


def _first_char(text: str, para: tuple[int, int]) -> int:
    i = para[0]
    while i < para[1] and text[i].isspace():
        i += 1
    return i


def paragraph_bounds(text: str, paragraphs: Optional[list] = None) -> list[tuple[int, int]]:
    """Paragraph (start, end) pairs from the record, else blank-line separated blocks."""
    if paragraphs:
        return [(p.start, p.end) if hasattr(p, "start") else (p["start"], p["end"]) for p in paragraphs]
    out, pos = [], 0
    for block in text.split("\n\n"):
        if block.strip():
            out.append((pos, pos + len(block)))
        pos += len(block) + 2
    return out
