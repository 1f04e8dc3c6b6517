"""Quotations, their speakers and source chains (direct, partial and indirect speech).

Marks are found first (quote_marks), grouped into quotes (split around an attribution, running
over paragraphs), each group is attributed (quote_attrib: cue verb, speaker, outlet) and judged
quote or quoted term by length, syntax and cue. Cue-less quotes continue the previous speaker.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from wirewatch.analyze.quote_attrib import (SENT_END, Attribution, attribute, clause_window, finite, is_cue,
                                            term_marked)
from wirewatch.analyze.quote_data import QuoteData, load_quote_data
from wirewatch.analyze.quote_indirect import find_indirect
from wirewatch.analyze.quote_marks import QuoteSpan, find_quote_spans, paragraph_bounds
from wirewatch.analyze.quote_speakers import Resolver, subject_of
from wirewatch.record import Quote, Record

WORD = re.compile(r"\w+(?:['\u2019]\w+)*")


@dataclass
class Unit:
    """One quotation made of one or more quoted spans."""
    spans: list[QuoteSpan] = field(default_factory=list)
    att: Attribution = field(default_factory=Attribution)
    kind: str = "direct"
    inherited: bool = False


def extract_quotes(record: Record, res) -> Record:
    """Fill ``record.quotes`` with direct, partial and indirect quotations (text order)."""
    text = record.article.text
    if not text.strip():
        record.quotes = []
        return record
    doc = record.doc if record.doc is not None else res.nlp(text)
    data = load_quote_data()
    paras = paragraph_bounds(text, record.article.paragraphs)
    spans = find_quote_spans(text, paras)
    doc = _parse_for_quotes(text, doc, res)
    resolver = Resolver(record, doc, data)
    resolver.quoted = [(s.start, s.end) for s in spans]
    units = group_spans(text, spans, data, doc)
    accepted = judge_units(text, paras, units, spans, resolver, data)
    quotes = [to_quote(text, u) for u in accepted]
    quoted = [(s.start, s.end) for s in spans]
    taken = [(q.start, q.end) for q in quotes if q.kind == "direct"]
    quotes += find_indirect(resolver, data, quoted, taken)
    record.quotes = sorted(quotes, key=lambda q: (q.start, q.end))
    return record


# spaCy's English tokenizer leaves guillemets glued to words («France); a same-length copy of the
# text with curly marks instead parses cleanly and keeps every character offset.
SAME_LENGTH_MARKS = str.maketrans({"\u00ab": "\u201c", "\u00bb": "\u201d", "\u201e": "\u201c"})


def _parse_for_quotes(text: str, doc, res):
    """The Doc to read attributions from: the pipeline's, or a re-parse when marks confuse it."""
    fixed = text.translate(SAME_LENGTH_MARKS)
    if fixed == text or res is None:
        return doc
    return res.nlp(fixed)


def group_spans(text: str, spans: list[QuoteSpan], data: QuoteData, doc) -> list[Unit]:
    """Join spans that form one quote: split around an attribution, or running over paragraphs."""
    units: list[Unit] = []
    for span in spans:
        prev = units[-1].spans[-1] if units else None
        if prev is not None and (prev.continues or _split_pair(text, prev, span, data, doc)):
            units[-1].spans.append(span)
        else:
            units.append(Unit([span]))
    return units


def _split_pair(text: str, a: QuoteSpan, b: QuoteSpan, data: QuoteData, doc) -> bool:
    # “First half,” X said, “second half.” : one sentence interrupted by its attribution.
    if a.para != b.para or a.close_pos is None:
        return False
    between = text[a.close_pos + 1:b.open_pos]
    if not between.strip() or len(between) > data.max_attribution_chars:
        return False
    if SENT_END.search(between) or not between.rstrip().endswith((",", "\u2014", "\u2013", "-", ":")):
        return False
    if text[a.start:a.end].rstrip().endswith((".", "!", "?")) and between.rstrip().endswith(","):
        return False
    span = doc.char_span(a.close_pos + 1, b.open_pos, alignment_mode="contract")
    if span is not None and any(is_cue(t, data) for t in span):
        return True
    # “First half,” according to the agency, “second half.”
    return any(p.search(between) for p in data.via_patterns)


def _words(text: str, spans: list[QuoteSpan]) -> int:
    return sum(len(WORD.findall(text[s.start:s.end])) for s in spans)


def _has_verb(doc, s: QuoteSpan) -> bool:
    span = doc.char_span(s.start, s.end, alignment_mode="contract")
    return span is not None and any(t.pos_ in ("VERB", "AUX") for t in span)


def judge_units(text: str, paras: list[tuple[int, int]], units: list[Unit], spans: list[QuoteSpan],
                resolver: Resolver, data: QuoteData) -> list[Unit]:
    """Attribute every unit, keep real quotations, and carry speakers on to cue-less ones."""
    doc = resolver.doc
    all_marks = [(s.open_pos, (s.close_pos + 1) if s.close_pos is not None else s.end) for s in spans]
    quoted = [(s.start, s.end) for s in spans]
    accepted: list[Unit] = []
    for unit in units:
        first, last = unit.spans[0], unit.spans[-1]
        own = {(s.open_pos, (s.close_pos + 1) if s.close_pos is not None else s.end) for s in unit.spans}
        others = [m for m in all_marks if m not in own]
        before, _ = clause_window(text, paras[first.para], first.open_pos, first.close_pos, others)
        afters = []
        for a, b in zip(unit.spans, unit.spans[1:]):
            if a.close_pos is not None and a.para == b.para:
                afters.append((a.close_pos + 1, b.open_pos))
        if last.close_pos is not None:
            afters.append(clause_window(text, paras[last.para], last.open_pos, last.close_pos, others)[1])
        lead = text[before[0]:before[1]].strip()
        embedded = bool(lead) and not lead.endswith((":", ",", "\u2014", "\u2013"))
        unit.att = attribute(resolver, data, afters, before, (first.start, last.end), quoted, embedded)
        words = _words(text, unit.spans)
        first_alpha = next((c for c in text[first.start:first.end] if c.isalpha()), "")
        unit.kind = "partial" if embedded and (first_alpha.islower() or words < 4) else "direct"
        cued = unit.att.cue is not None or unit.att.speaker is not None
        content = (first.start, last.end)
        if unit.kind == "partial":
            # One or two quoted words are speech only when the nearest speech verb above them is
            # finite and they are not introduced as a name ("so-called"): a term, not a quote.
            term = term_marked(doc, data, content)
            single_ok = unit.att.side == "before" and finite(unit.att.cue) and not term
            ok = (cued and ((words >= data.min_words_partial and not (term and words < 4)) or single_ok)) or \
                 (words >= data.min_words_uncued_partial and _has_verb(doc, first))
        else:
            ends = text[last.start:last.end].rstrip()[-1:] in ".!?,\u2026" or last.close_pos is None
            ok = cued or (words >= data.min_words_uncued_direct and (ends or words >= 8))
        if not ok:
            continue
        if unit.att.speaker is None and unit.kind == "direct":
            prev = _inherit(unit, accepted, paras, text)
            if prev is not None and prev.spans[-1].para == first.para and unit.att.cue is None:
                # “A,” she said. “B.” : one quotation in two parts, as a reader takes it.
                prev.spans.extend(unit.spans)
                continue
        if unit.att.speaker is None and unit.kind == "direct":
            _introduced(unit, resolver, data, paras, text)
        accepted.append(unit)
    return accepted


def _inherit(unit: Unit, accepted: list[Unit], paras: list[tuple[int, int]], text: str) -> Optional[Unit]:
    # A quote with no cue of its own continues the last speaker of its paragraph, or of the
    # previous paragraph when it opens its paragraph (the newspaper convention).
    first = unit.spans[0]
    for prev in reversed(accepted):
        if prev.att.speaker is None:
            continue
        same_para = prev.spans[-1].para == first.para
        opens_para = first.open_pos == _first_char(text, paras[first.para])
        if same_para or (opens_para and prev.spans[-1].para == first.para - 1):
            unit.att.speaker, unit.att.via = prev.att.speaker, unit.att.via or prev.att.via
            unit.inherited = True
            return prev
        return None
    return None


def _introduced(unit: Unit, resolver: Resolver, data: QuoteData, paras, text: str) -> None:
    # "Rita Khoury described the scene." followed by a cue-less quote: the sentence just before
    # the quote (same paragraph, or the previous one when the quote opens its paragraph) names it.
    doc = resolver.doc
    first = unit.spans[0]
    lo = paras[first.para - 1][0] if first.open_pos == _first_char(text, paras[first.para]) and first.para else \
        paras[first.para][0]
    sents = [s for s in doc.sents if s.end_char <= first.open_pos + 1 and s.start_char >= lo]
    if not sents:
        return
    sent = sents[-1]
    for verb in reversed(list(sent)):
        lemma = verb.lemma_.lower()
        if verb.pos_ in ("VERB", "AUX") and lemma in data.cue_lemmas and not resolver.in_quote(verb.idx) \
                and verb.dep_ != "relcl":
            subj = subject_of(verb)
            if subj is not None and not resolver.in_quote(subj.idx):
                unit.att.speaker = resolver.speaker(subj, first.start)
                unit.att.cue = verb  # "X described the scene." then the quote: the cue is that verb
                unit.inherited = True
                return


def _first_char(text: str, para: tuple[int, int]) -> int:
    i = para[0]
    while i < para[1] and text[i].isspace():
        i += 1
    return i


def to_quote(text: str, unit: Unit) -> Quote:
    """The record's Quote for an accepted unit."""
    parts = [[s.start, s.end] for s in unit.spans]
    att = unit.att
    who, via = att.speaker, att.via
    if unit.inherited:
        conf = 0.7
    elif att.cue is not None and who is not None:
        conf = 0.9 if (who.entity or who.label) else 0.8
    elif who is not None:
        conf = 0.7
    else:
        conf = 0.4
    if unit.kind == "partial":
        conf -= 0.1
    return Quote(
        text=" ".join(text[s:e] for s, e in parts), start=parts[0][0], end=parts[-1][1], parts=parts,
        kind=unit.kind, speaker=who.entity if who else None, speaker_name=who.name if who else None,
        speaker_mention=who.mention if who else None,
        cue=att.cue.text.lower() if att.cue is not None else None,
        via=via.name if via else None, via_entity=via.entity if via else None, confidence=round(conf, 2))
