"""Attribution of a quote: its speech verb (cue), the speaker, and the outlet it came through."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from wirewatch.analyze.quote_data import QuoteData
from wirewatch.analyze.quote_speakers import Resolver, Who, subject_of

# A sentence ends at . ! ? (not after a lone capital, as in "U.S.") followed by space or a mark.
SENT_END = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])[.!?]+[\"\u201d\u2019)]*(?=\s|$)")


@dataclass
class Attribution:
    cue: Optional[object] = None  # the cue verb token
    speaker: Optional[Who] = None
    via: Optional[Who] = None
    side: str = ""  # "after", "before" or "" (none found)


def is_cue(token, data: QuoteData) -> bool:
    """A speech verb: a verb whose lemma is in the cue list."""
    return token.pos_ in ("VERB", "AUX") and (token.lemma_.lower() in data.cue_lemmas
                                               or token.lower_ in data.cue_lemmas)


def inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """True when a character offset lies within one of the (start, end) spans."""
    return any(s <= pos < e for s, e in spans)


def find_via(resolver: Resolver, lo: int, hi: int, data: QuoteData,
             quoted: list[tuple[int, int]]) -> Optional[Who]:
    """The outlet named in text[lo:hi] by a via pattern ("according to X", "told X", ...).

    A named entity beats a common noun phrase ("according to a translation" loses to
    "in a statement on Telegram"); otherwise the first pattern in the data file wins.
    """
    text = resolver.text
    found: list[Who] = []
    for pat in data.via_patterns:
        for m in pat.finditer(text, lo, hi):
            if inside(m.start(), quoted):
                continue
            who = _noun_phrase_at(resolver, m.end(), hi, data)
            if who is not None:
                found.append(who)
    named = [w for w in found if w.entity or w.label]
    return (named or found or [None])[0]


def _noun_phrase_at(resolver: Resolver, pos: int, hi: int, data: QuoteData) -> Optional[Who]:
    """The noun phrase starting at ``pos``, named by its head ("Iran's Fars News Agency" -> the agency)."""
    from wirewatch.record import Mention

    doc = resolver.doc
    span = doc.char_span(pos, min(hi, len(doc.text)), alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    first = span[0]
    if first.is_punct or first.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ"):
        return None
    head = first
    while head.dep_ in ("compound", "amod", "nmod", "det", "poss", "case", "nummod", "punct") \
            and head.head.i > head.i and head.head.idx < hi:
        head = head.head
    ent = resolver.ent_span(head)
    if ent is not None and ent.label_ in data.via_bad_labels:
        return None
    if ent is not None:
        who = resolver.named(ent.start_char, ent.end_char)
    else:
        while first.i < head.i and (first.dep_ in ("det", "poss", "case") or first.is_punct):
            first = doc[first.i + 1]
        end = head.idx + len(head.text)
        who = resolver.named(first.idx, end) if first.i == head.i else None
        if who is None:
            words = resolver.text[first.idx:end]
            who = Who(Mention(first.idx, end, words), None, words, None)
    heads = data.media_heads | data.document_nouns
    if who.label not in ("ORG", "PERSON", "WORK_OF_ART", "PRODUCT", "FAC") \
            and head.lower_ not in heads and head.lemma_.lower() not in heads:
        return None
    return who


def clause_window(text: str, para: tuple[int, int], open_pos: int, close_pos: Optional[int],
                  neighbours: list[tuple[int, int]]) -> tuple[tuple[int, int], tuple[int, int]]:
    """The text before the quote back to its sentence start and after it to the sentence end.

    Both windows stop at the paragraph's edges and at neighbouring quotes.
    """
    lo, hi = para
    before_lo = lo
    for s, e in neighbours:
        if e <= open_pos:
            before_lo = max(before_lo, e)
    for m in SENT_END.finditer(text, before_lo, open_pos):
        before_lo = m.end()
    after_lo = (close_pos + 1) if close_pos is not None else hi
    after_hi = hi
    if close_pos is not None and text[close_pos - 1:close_pos] in (".", "!", "?", "\u2026"):
        # “... there.” Then a new sentence: nothing after the mark belongs to this quote,
        # unless the attribution follows in lower case (“Why?” she asked).
        nxt = text[after_lo:hi].lstrip()[:1]
        if nxt.isupper() or not nxt:
            return (before_lo, open_pos), (after_lo, after_lo)
    for s, e in neighbours:
        if s >= after_lo:
            after_hi = min(after_hi, s)
    m = SENT_END.search(text, after_lo, after_hi)
    if m is not None:
        # A quote that ends its own sentence ("...here.” She said) keeps nothing after it.
        after_hi = m.end()
    return (before_lo, open_pos), (after_lo, after_hi)


def attribute(resolver: Resolver, data: QuoteData, afters: list[tuple[int, int]], before: tuple[int, int],
              content: tuple[int, int], quoted: list[tuple[int, int]]) -> Attribution:
    """Find the cue verb governing a quote and its subject: after a part first, then before the quote."""
    doc = resolver.doc
    att = Attribution()
    for after in afters:
        cue = _cue_after(doc, data, after, quoted)
        if cue is None:
            continue
        att.cue, att.side = cue, "after"
        subj = subject_of(cue)
        if subj is not None and subj.idx >= after[0] and not inside(subj.idx, quoted):
            att.speaker = resolver.speaker(subj, content[0])
        else:
            nxt = _next_nominal(doc, cue, after[1])
            if nxt is not None:
                att.speaker = resolver.speaker(nxt, content[0])
        break
    if att.cue is None:
        cue = _cue_before(doc, data, before, content, quoted)
        if cue is not None:
            att.cue, att.side = cue, "before"
            subj = subject_of(cue)
            if subj is not None and not inside(subj.idx, quoted):
                att.speaker = resolver.speaker(subj, content[0])
    for lo, hi in ([before] + afters) if att.side == "before" else (afters + [before]):
        att.via = find_via(resolver, lo, hi, data, quoted)
        if att.via is not None:
            break
    if att.cue is None and att.via is not None and any(
            "according to" in resolver.text[lo:hi].lower() for lo, hi in afters + [before]):
        # "..., according to the ministry" with no speech verb: the source is the speaker.
        att.speaker, att.via = att.via, None
    return att


def _cue_after(doc, data: QuoteData, window: tuple[int, int], quoted):
    span = doc.char_span(window[0], window[1], alignment_mode="expand")
    if span is None:
        return None
    first_word = next((t for t in span if not t.is_punct and not t.is_space), None)
    for tok in span:
        if tok.idx < window[0] or tok.idx >= window[1] or inside(tok.idx, quoted) or not is_cue(tok, data):
            continue
        if tok.lemma_.lower() in data.naming_lemmas or _relative(tok):
            continue
        subj = subject_of(tok)
        # "..." she said / "..." said the minister: the subject follows the quote, or the verb comes first.
        if tok is first_word or (subj is not None and subj.idx >= window[0] and not inside(subj.idx, quoted)):
            return tok
    return None


def _cue_before(doc, data: QuoteData, window: tuple[int, int], content: tuple[int, int], quoted):
    span = doc.char_span(window[0], window[1], alignment_mode="expand")
    if span is None:
        return None
    text = doc.text
    colon = text[window[0]:window[1]].rstrip().endswith((":", ","))
    qspan = doc.char_span(content[0], content[1], alignment_mode="expand")
    q_heads = set()
    if qspan is not None:
        for tok in qspan:
            for anc in tok.ancestors:
                q_heads.add(anc.i)
    for tok in reversed(list(span)):
        if tok.idx >= window[1] or inside(tok.idx, quoted) or not is_cue(tok, data) or _relative(tok):
            continue
        # The quote must depend on the verb, unless a colon/comma hands the floor over ("He said: ...").
        if tok.i in q_heads or colon:
            return tok
    return None


def _next_nominal(doc, verb, hi: int):
    for tok in doc[verb.i + 1:]:
        if tok.idx >= hi:
            return None
        if tok.pos_ in ("PROPN", "NOUN", "PRON"):
            head = tok
            while head.dep_ in ("compound", "amod") and head.head.i > head.i and head.head.idx < hi:
                head = head.head
            return head
    return None


def _relative(verb) -> bool:
    """A speech verb in a relative clause ("a man who said he was ...") introduces no quote."""
    return verb.dep_ == "relcl" or any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT")
                                       for c in verb.children)
