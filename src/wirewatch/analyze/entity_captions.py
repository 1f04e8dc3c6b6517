"""Entities named only in photo captions (which are not part of ``article.text``).

Captions get no spaCy pass (cost): capitalised word runs are looked up in the actor
dictionary. A name that is already an entity of the text adds nothing; a new one becomes an
entity without mentions (there is no offset into the text to point at) and salience 0.
"""
from __future__ import annotations

import re
from typing import Iterable, Optional

from wirewatch.analyze.entity_lexicon import EntityLexicon
from wirewatch.analyze.entity_spans import split_words

_WORD = re.compile(r"[A-Za-z\u00C0-\u024F][\w\u2019'.\-]*")
_CONNECT = {"of", "and", "the", "al", "el", "de", "for"}
_MAX = 6


def caption_names(captions: Iterable[str], actors, lex: EntityLexicon) -> list[tuple[str, object]]:
    """(surface text, actor) for each dictionary name in the captions, first occurrence only."""
    if actors is None:
        return []
    out, seen = [], set()
    for text in captions:
        words = [(m.group().rstrip(".\u2019'"), m.start()) for m in _WORD.finditer(text or "")]
        i = 0
        while i < len(words):
            w = words[i][0]
            if not w[:1].isupper() or w.lower() in lex.determiners:
                i += 1
                continue
            hit = _longest(words, i, actors, lex)
            if hit is None:
                i += 1
                continue
            end, surface, actor = hit
            key = tuple(split_words(surface))
            if key not in seen:
                seen.add(key)
                out.append((surface, actor))
            i = end
    return out


def _longest(words, i: int, actors, lex: EntityLexicon) -> Optional[tuple[int, str, object]]:
    j = i + 1
    while j < len(words) and j - i < _MAX and (words[j][0][:1].isupper() or words[j][0].lower() in _CONNECT):
        j += 1
    for end in range(j, i, -1):
        if words[end - 1][0].lower() in _CONNECT:
            continue
        surface = " ".join(w for w, _ in words[i:end])
        if end - i == 1 and (surface.lower() in lex.common_capitalised or len(surface) < 3
                             or surface.lower() in lex.titles):
            continue
        try:
            actor = actors.lookup(surface)
        except Exception:
            actor = None
        if actor is not None and getattr(actor, "type", None) in ("PERSON", "ORG", "GPE", "LOC", "FAC"):
            return end, surface, actor
    return None
