"""Reported speech: "X said/claimed/told Y that ..." -> an indirect quote with its content span."""
from __future__ import annotations

from wirewatch.analyze.quote_attrib import find_via, finite, inside, is_cue
from wirewatch.analyze.quote_data import QuoteData
from wirewatch.analyze.quote_speakers import Resolver, subject_of
from wirewatch.record import Quote

MIN_CONTENT_WORDS = 3


def find_indirect(resolver: Resolver, data: QuoteData, quoted: list[tuple[int, int]],
                  taken: list[tuple[int, int]]) -> list[Quote]:
    """Indirect quotes: a speech verb outside quotes with a clausal complement (before or after it)."""
    doc, text = resolver.doc, resolver.text
    out: list[Quote] = []
    for verb in doc:
        if not is_cue(verb, data) or inside(verb.idx, quoted) or verb.lemma_.lower() in data.naming_lemmas:
            continue
        # A finite verb, or a participle hanging on a clause ("..., adding that ...", "saying she ...").
        if not (finite(verb) or (verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj", "xcomp"))):
            continue
        comp = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if mandative(verb) or (comp is not None and mandative(comp)):
            continue  # "demanding that the board explain why ...": a demand, not a claim
        subj = subject_of(verb)
        if comp is None or subj is None or inside(subj.idx, quoted):
            continue
        if comp.i < verb.i and comp.left_edge.i <= subj.i <= comp.right_edge.i:
            continue  # the subject belongs to the fronted clause itself
        toks = [t for t in comp.subtree if not (t.dep_ == "mark" and t.i == comp.left_edge.i)]
        while toks and (toks[-1].is_punct or toks[-1].is_space):
            toks.pop()
        while toks and toks[0].is_punct:
            toks.pop(0)
        if sum(1 for t in toks if t.is_alpha) < MIN_CONTENT_WORDS:
            continue
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        brk = text.find("\n\n", start, end)
        if brk != -1 or text.rfind("\n\n", verb.idx, start) != -1:
            continue  # the parser joined two paragraphs; reported speech does not cross them
        # Content that is itself a quote ("He said “...”") is the direct quote's business.
        in_quotes = sum(1 for t in toks if inside(t.idx, quoted))
        if in_quotes > len(toks) / 2 or any(s < end and start < e for s, e in taken):
            continue
        who = resolver.speaker(subj, start)
        via = _via_of_verb(resolver, data, verb, quoted)
        out.append(Quote(
            text=text[start:end], start=start, end=end, parts=[[start, end]], kind="indirect",
            speaker=who.entity, speaker_name=who.name, speaker_mention=who.mention,
            cue=verb.text.lower(), via=via.name if via else None, via_entity=via.entity if via else None,
            confidence=0.6 if who.entity or who.label else 0.5))
    return out


def _via_of_verb(resolver: Resolver, data: QuoteData, verb, quoted):
    """An outlet attached to this verb only (not to a coordinated speech verb in the sentence)."""
    # The reported clause and coordinated clauses are not searched: their outlets are theirs.
    skip = list(quoted)
    for child in verb.children:
        if child.dep_ in ("ccomp", "conj"):
            skip.append((child.left_edge.idx, child.right_edge.idx + len(child.right_edge.text)))
    for child in verb.children:
        if child.dep_ in ("ccomp", "conj", "cc", "punct", "nsubj", "nsubjpass", "mark"):
            continue
        lo = verb.idx if child.i > verb.i else child.left_edge.idx
        hi = child.right_edge.idx + len(child.right_edge.text)
        via = find_via(resolver, lo, hi, data, skip)
        if via is not None:
            return via
    return None


def mandative(verb) -> bool:
    """A subjunctive verb ("that the board explain"): bare form, or a plural form with a singular subject."""
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if verb.tag_ == "VB":
        return True
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return verb.tag_ == "VBP" and subj is not None and subj.tag_ in ("NN", "NNP")
