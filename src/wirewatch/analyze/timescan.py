"""Find date/time expressions in raw text with patterns (no parser), and guess their tense.

Used on its own by publication-date inference (which must not load spaCy) and, merged with
spaCy's DATE/TIME entities, by the dates component.
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from wirewatch.analyze.timevocab import Vocab, load_vocab

_WORD = re.compile(r"[A-Za-z']+")
_CLAUSE_END = re.compile(r"[.!?;:\n\"\u201c\u201d]")


@functools.lru_cache(maxsize=4)
def _scanner(vocab: Vocab) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in _patterns(vocab)), re.IGNORECASE)


def _patterns(vocab: Vocab) -> list[str]:
    v = vocab
    mon, mfull, wd, wdany = v.month_re, v.month_full_re, v.weekday_re, v.weekday_any_re
    num, vague, unit, part = v.number_re, v.vague_re, v.unit_re, v.part_re
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    year = r"(?:1[89]|2[01])\d\d"
    monx = rf"(?:{mfull}|{mon}\.?(?=\s*\d))"  # abbreviations only right before a number
    # "an overnight curfew" describes the curfew, it does not date the sentence: such words count only when
    # no content word follows them ("fighting overnight", "overnight on Tuesday")
    adjectival = {str(w).lower() for w in v.data.get("adjectival_relative_days", ())}
    joiners = "|".join(re.escape(str(w)) for w in v.data.get("time_joiners", ()))
    not_before_noun = rf"(?!\s+(?!(?:{joiners})\b)[a-z])" if joiners else ""
    rel_days = "|".join(re.escape(k).replace(r"\ ", r"\s+") + (not_before_noun if k.lower() in adjectival else "")
                        for k in sorted(v.data["relative_days"], key=len, reverse=True))
    anchor = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(v.data["anchor_days"], key=len, reverse=True))
    clock = r"\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|\bnoon\b|\bmidnight\b"
    partw = r"(?:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)"
    pats = [
        rf"\b{year}-\d\d-\d\d\b",
        rf"\b\d{{1,2}}/\d{{1,2}}/(?:{year}|\d\d)\b",
        rf"\b(?:(?:{wdany})\.?,?\s+)?{monx}\s+{day}(?:\s*(?:-|\u2013|to|through)\s*{day})?(?:,?\s+{year})?\b",
        rf"\b(?:(?:{wdany})\.?,?\s+)?(?:the\s+)?{day}(?:\s+of)?\s+(?:{mfull}|may\b|{mon}\.?(?=\s*{year}))(?:,?\s+{year})?\b",
        rf"\b(?:{partw}[\s-]+)?{monx}(?:\s+of)?,?\s+{year}\b",
        rf"\b(?:{partw}[\s-]+)?(?:{mfull}|may)\s+(?:of\s+)?(?:this|last|next)\s+year\b",
        rf"\b(?:between|from)\s+{mfull}\s+(?:and|to|until|through)\s+{mfull}(?:,?\s+{year})?\b",
        rf"\b(?P<pa>(?:in|since|by|during|until|before|after|from|of)\s+){mfull}\b(?!\s+\d)",
        rf"\b(?:{partw}[\s-]+|(?:last|this|next)\s+){mfull}\b",
        rf"\b(?:{partw}[\s-]+)?(?:the\s+)?(?:{year}|'\d0)s\b",
        rf"\b(?:{partw}[\s-]+){year}\b",
        rf"\b(?P<pb>(?:in|since|by|during|until|before|after|from)\s+){year}(?:\s*(?:-|\u2013|to)\s*{year})?\b(?!\s*(?:[A-Za-z]*\d|%|percent))",
        rf"\b(?:(?:last|this|next|early|late)\s+)?(?:{v.season_re})(?:\s+(?:of\s+)?{year})?\b(?<=\w)(?=\W)",
        rf"\b(?:{rel_days})\b",
        rf"\b(?:{anchor})\b",
        rf"\b(?:(?:last|this|next|past|coming|the\s+previous|the\s+following)\s+)?{wd}(?:'s)?(?:\s+{part})?(?:\s+at\s+(?:{clock}))?\b",
        rf"\b(?:last|this|next|past|coming)\s+weekend\b",
        rf"\b(?:(?:earlier|later|early|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of)\s+)?(?:last|this|next)\s+(?:week|month|year|decade)\b",
        rf"\b(?:(?:about|nearly|almost|more\s+than|less\s+than|some|roughly|around|just|only|exactly)\s+)?(?:{num}|{vague})\s+{unit}\s+(?:ago|earlier|later|(?:before|prior)(?=\s*(?:[,.;:)]|$)))\b",
        rf"\b(?:the\s+)?(?:past|last|previous|next|coming)\s+(?:(?:{num}|{vague})\s+)?{unit}\b",
        rf"\bin\s+recent\s+{unit}\b",
        rf"\b(?:in|within)\s+(?:{num}|{vague})\s+{unit}(?:'s?\s+time)?\b",
        rf"\b(?:the\s+)?(?:coming|next|past|last)\s+(?:few\s+)?{unit}\b",
        *v.data.get("vague_patterns", []),
        rf"(?:{clock})",
    ]
    return pats


_STARTERS = ("early mid late the last this next past coming between from in since by during until before "
             "after of within earlier later about nearly almost more less some roughly around just only "
             "exactly recently lately at noon midnight").split()
_TOKEN = re.compile(r"[A-Za-z]+|\d+|'\d")


@functools.lru_cache(maxsize=4)
def _starters(vocab: Vocab) -> frozenset[str]:
    """Lower-cased first words a date expression can begin with (matching is tried only there)."""
    v = vocab
    words = set(_STARTERS) | set(v.months) | set(v.weekdays) | set(v.weekday_abbr) | set(v.data.get("seasons", {}))
    for table in (v.numbers, v.vague, v.data["relative_days"], v.data["anchor_days"]):
        words |= {str(k).split()[0].lower() for k in table}
    for pat in v.data.get("vague_patterns", []):
        words |= set(re.findall(r"[a-z]+", pat.split("\\s")[0]))
    return frozenset(words)


def _clean_season(text: str, vocab: Vocab) -> bool:
    """A bare season word ('fall') is only a date with a modifier or a year."""
    words = text.lower().split()
    return len(words) > 1 or words[0] not in vocab.data.get("seasons", {})


def scan(text: str, vocab: Optional[Vocab] = None) -> list[tuple[int, int]]:
    """Character spans of date/time expressions found by patterns, left to right, not overlapping."""
    v = vocab or load_vocab()
    out: list[tuple[int, int]] = []
    rx, starters, done = _scanner(v), _starters(v), 0
    # Trying the big pattern only at plausible first words is ~10x faster than finditer.
    for tok in _TOKEN.finditer(text):
        s0 = tok.start()
        if s0 < done or not (tok.group(0)[0].isdigit() or tok.group(0)[0] == "'" or tok.group(0).lower() in starters):
            continue
        if s0 > 0 and (text[s0 - 1].isalnum() or text[s0 - 1] == "_"):
            continue
        m = rx.match(text, s0)
        if not m or m.end() == s0:
            continue
        done = m.end()
        s, e = m.span()
        for g in ("pa", "pb"):  # a preposition that only licensed the match stays outside
            if m.group(g):
                s = m.end(g)
        frag = text[s:e].rstrip(" ,")
        if frag.endswith(("'s", "\u2019s")):  # 'Thursday's fight': the possessive is not part of the date
            frag = frag[:-2]
        e = s + len(frag)
        if not frag.strip() or not _clean_season(frag, v):
            continue
        if frag[0].islower() and frag.lower() in v.weekdays:
            continue  # weekday names are capitalised in English text
        if in_a_name(text, s, e, v):
            continue
        out.append((s, e))
    return out


_CAP_FUNCTION = {"on", "by", "last", "this", "next", "since", "until", "before", "after", "every", "from",
                 "through", "late", "early", "and", "or", "but", "said", "says", "the", "as", "at", "of", "in"}


def in_a_name(text: str, start: int, end: int, vocab: Optional[Vocab] = None) -> bool:
    """'Black Friday', 'USA Today', 'Cyber Monday': a capitalised day word right after another
    capitalised word (not a preposition or sentence start) belongs to a name, not a date."""
    v = vocab or load_vocab()
    frag = text[start:end]
    first = frag.split()[0].lower().rstrip(",'s’") if frag.split() else ""
    if not frag[:1].isupper() or not (first in v.weekdays or first in v.data["relative_days"]):
        return False
    m = re.search(r"([A-Za-z][\w.&-]*)[ \t]+$", text[max(0, start - 30):start])
    if not m:
        return False
    prev = m.group(1)
    before_prev = text[max(0, start - 30):start][: m.start()].rstrip(" \t")
    sentence_start = not before_prev or before_prev[-1] in ".!?\n\"\u201c\u201d:;\u2014-(["
    return prev[:1].isupper() and prev.lower() not in _CAP_FUNCTION and not sentence_start


def extend_left(text: str, start: int, end: int, vocab: Optional[Vocab] = None) -> int:
    """Pull lead-ins that change the meaning ('as recently as') and 'on' before a weekday into the span."""
    v = vocab or load_vocab()
    before = text[max(0, start - 40):start].lower()
    for lead in sorted(v.data.get("lead_ins", []), key=len, reverse=True):
        if re.search(rf"\b{re.escape(lead)}\s+$", before):
            return start - len(re.search(rf"{re.escape(lead)}\s+$", before).group(0))
    frag = text[start:end]
    first = frag.split()[0].lower().rstrip(",") if frag.split() else ""
    if first in v.weekdays and re.search(r"\bon\s+$", before):
        return start - len(re.search(r"on\s+$", before).group(0))
    return start


def guess_tense(text: str, start: int, end: int, vocab: Optional[Vocab] = None) -> Optional[str]:
    """'past', 'future' or None from the words of the clause around a span (no parser)."""
    v = vocab or load_vocab()
    left = text[max(0, start - 120):start]
    cut = max((m.end() for m in _CLAUSE_END.finditer(left)), default=0)
    words = [w.lower() for w in _WORD.findall(left[cut:])][-12:]
    right = text[end:end + 60]
    cut_r = next((m.start() for m in _CLAUSE_END.finditer(right)), len(right))
    after = [w.lower() for w in _WORD.findall(right[:cut_r])][:4]
    future = set(v.data.get("future_words", []))
    irregular = set(v.data.get("past_irregular", []))
    if any(w in future or w.endswith("'ll") for w in words[-5:]):
        return "future"  # 'will be released on ...': the modal governs the participle after it
    for w in reversed(words):
        if w in future or w.endswith("'ll"):
            return "future"
        if w in irregular or (w.endswith("ed") and len(w) > 4) or w in ("has", "have", "had"):
            return "past"
    for w in after:
        if w in future:
            return "future"
        if w in irregular or (w.endswith("ed") and len(w) > 4):
            return "past"
    return None
