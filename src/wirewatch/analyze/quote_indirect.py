"""Reported speech: "X said/claimed/told Y that ..." -> an indirect quote with its content span."""
from __future__ import annotations

from wirewatch.analyze.quote_attrib import find_via, inside, is_cue
from wirewatch.analyze.quote_data import QuoteData
from wirewatch.analyze.quote_speakers import Resolver, subject_of
from wirewatch.record import Quote

MIN_CONTENT_WORDS = 3


def find_indirect(resolver: Resolver, data: QuoteData, quoted: list[tuple[int, int]],
                  taken: list[tuple[int, int]]) -> list[Quote]:
    """Indirect quotes: a speech verb outside quotes with a following clausal complement."""
    doc, text = resolver.doc, resolver.text
    out: list[Quote] = []
    for verb in doc:
        if not is_cue(verb, data) or inside(verb.idx, quoted) or verb.lemma_.lower() in data.naming_lemmas:
            continue
        if not _finite(verb):
            continue  # "demanding that the council explain ...": a demand, not reported speech
        comp = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
        subj = subject_of(verb)
        if comp is None or subj is None or inside(subj.idx, quoted) or subj.i > verb.i:
            continue
        toks = [t for t in comp.subtree if not (t.dep_ == "mark" and t.i == comp.left_edge.i)]
        while toks and (toks[-1].is_punct or toks[-1].is_space):
            toks.pop()
        while toks and toks[0].is_punct:
            toks.pop(0)
        if sum(1 for t in toks if t.is_alpha) < MIN_CONTENT_WORDS:
            continue
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        # Content that is itself a quote ("He said “...”") is the direct quote's business.
        in_quotes = sum(1 for t in toks if inside(t.idx, quoted))
        if in_quotes > len(toks) / 2 or any(s < end and start < e for s, e in taken):
            continue
        who = resolver.speaker(subj, start)
        sent = verb.sent
        via = find_via(resolver, sent.start_char, sent.end_char, data, quoted)
        out.append(Quote(
            text=text[start:end], start=start, end=end, parts=[[start, end]], kind="indirect",
            speaker=who.entity, speaker_name=who.name, speaker_mention=who.mention,
            cue=verb.text.lower(), via=via.name if via else None, via_entity=via.entity if via else None,
            confidence=0.6 if who.entity or who.label else 0.5))
    return out


def _finite(verb) -> bool:
    """A verb in a finite indicative form, or with an auxiliary ("will say", "has told")."""
    if verb.tag_ in ("VBD", "VBZ", "VBP"):
        return True
    return any(c.dep_ in ("aux", "auxpass") for c in verb.children)
