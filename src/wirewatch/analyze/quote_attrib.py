"""Attribution of a quote: its speech verb (cue), the speaker, and the outlet it came through."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from wirewatch.analyze.quote_data import QuoteData
from wirewatch.analyze.quote_speakers import Resolver, Who, subject_of
from wirewatch.analyze.spans import doc_text

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
    span = doc.char_span(pos, min(hi, len(doc_text(doc))), alignment_mode="expand")
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
              content: tuple[int, int], quoted: list[tuple[int, int]], embedded: bool = False) -> Attribution:
    """Find the cue verb governing a quote and its subject: after a part first, then before the quote.

    A quote inside a sentence (``embedded``) looks before itself first: the verb that governs it.
    """
    doc = resolver.doc
    att = Attribution()
    if embedded:
        cue = _cue_before(doc, data, before, content, quoted)
        if cue is not None:
            att.cue, att.side = cue, "before"
            subj = subject_of(cue) or _left_nsubj(doc, cue, before, quoted)
            if subj is not None and not inside(subj.idx, quoted):
                att.speaker = resolver.speaker(subj, content[0])
    for after in (afters if att.cue is None else []):
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
            subj = subject_of(cue) or _left_nsubj(doc, cue, before, quoted)
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
        if (first_word is not None and tok.i == first_word.i) or (subj is not None and subj.idx >= window[0] and not inside(subj.idx, quoted)):
            return tok
    return None


def _cue_before(doc, data: QuoteData, window: tuple[int, int], content: tuple[int, int], quoted):
    span = doc.char_span(window[0], window[1], alignment_mode="expand")
    if span is None:
        return None
    # The nearest speech verb that governs the quoted words (Khamenei declared Soleimani "...").
    near = nearest_cue(doc, data, content, quoted)
    if near is not None and window[0] <= near.idx < window[1]:
        return near
    # Otherwise a colon or comma hands the floor over ("He said: ...").
    if doc_text(doc)[window[0]:window[1]].rstrip().endswith((":", ",")):
        for tok in reversed(list(span)):
            if window[0] <= tok.idx < window[1] and not inside(tok.idx, quoted) and is_cue(tok, data) \
                    and not _relative(tok):
                return tok
    return None


def nearest_cue(doc, data: QuoteData, content: tuple[int, int], quoted):
    """The first speech verb outside quotes on the way up from the quoted words' head."""
    qspan = doc.char_span(content[0], content[1], alignment_mode="expand")
    if qspan is None or len(qspan) == 0:
        return None
    roots = [t for t in qspan if not (qspan.start <= t.head.i < qspan.end) or t.head.i == t.i]
    if not roots:
        return None
    # Paragraph breaks bound speech: the parser sometimes joins paragraphs into one sentence.
    text = doc_text(doc)
    cues = [a for a in roots[0].ancestors if not inside(a.idx, quoted) and is_cue(a, data) and not _relative(a)
            and "\n\n" not in text[min(a.idx, content[0]):max(a.idx, content[1])]]
    if not cues:
        return None
    best = cues[0]
    # A speech verb inside reported speech ("said that the operation answered 'x'") yields to the
    # verb that reports it.
    for higher in cues[1:]:
        if best.dep_ in ("ccomp", "conj") and best.head.i in {c.i for c in higher.subtree} and \
                all(a.dep_ in ("ccomp", "conj") or a.i == higher.i for a in _path(best, higher)):
            best = higher
        else:
            break
    return best


def _path(low, high):
    out, tok = [], low
    while tok.i != high.i and tok.head.i != tok.i:
        out.append(tok)
        tok = tok.head
    return out


def finite(verb) -> bool:
    """A verb in a finite form, or with an auxiliary ("will say", "has told")."""
    if verb.tag_ in ("VBD", "VBZ", "VBP"):
        return True
    return any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def term_marked(doc, data: QuoteData, content: tuple[int, int]) -> bool:
    """A quoted term introduced as a name ("so-called 'students'"): a naming word modifies it."""
    qspan = doc.char_span(content[0], content[1], alignment_mode="expand")
    if qspan is None:
        return False
    for tok in qspan:
        for child in tok.children:
            if child.dep_ in ("amod", "acl") and child.i < qspan.start and child.lemma_.lower() in data.naming_lemmas:
                return True
            # "the 'peace plan' is a cover": an article outside the marks makes the quoted words a
            # phrase the writer refers to, when that phrase is a clause's subject.
            if child.dep_ == "det" and child.i < qspan.start and tok.dep_ in ("nsubj", "nsubjpass") \
                    and not (qspan.start <= tok.head.i < qspan.end):
                return True
    return False


def _left_nsubj(doc, verb, window: tuple[int, int], quoted):
    # A misparse may hang the subject on a participle ("A communique read out ... said"):
    # the nearest subject to the verb's left in the same clause window stands in.
    for tok in reversed(list(doc[:verb.i])):
        if tok.idx < window[0]:
            return None
        if tok.dep_ in ("nsubj", "nsubjpass") and not inside(tok.idx, quoted) and tok.tag_ not in ("WP", "WDT"):
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
