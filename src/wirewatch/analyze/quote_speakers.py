"""Speaker and outlet mentions -> entities: names, pronouns, "the letter", "a spokesperson for X"."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from wirewatch.analyze.quote_data import QuoteData
from wirewatch.analyze.spans import EntityIndex
from wirewatch.record import Mention, Record
from wirewatch.analyze.spans import doc_text

DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}


@dataclass
class Who:
    """A resolved speaker or outlet: the mention in the text and what it refers to."""
    mention: Mention
    entity: Optional[str] = None  # entity id when the entity resolver knows it
    name: Optional[str] = None  # canonical name, else the mention text
    label: Optional[str] = None  # PERSON, ORG, ... when known


def _strip_det(text: str) -> str:
    words = text.split()
    while words and words[0].lower() in DETERMINERS and len(words) > 1:
        words = words[1:]
    out = " ".join(words)
    return out[:-2] if out.endswith(("'s", "\u2019s")) else out


class Resolver:
    """Resolve mentions against ``record.entities``, falling back to spaCy's ``doc.ents``."""

    def __init__(self, record: Record, doc, data: QuoteData):
        self.doc, self.data = doc, data
        self.index = EntityIndex(record) if record.entities else None
        # The original text: the doc may be a same-length re-parse with normalised quote marks.
        self.text = record.article.text if len(record.article.text) == len(doc_text(doc)) else doc_text(doc)
        self._speakers: Optional[list] = None
        self.quoted: list[tuple[int, int]] = []  # quoted content spans (set by the caller)

    def in_quote(self, pos: int) -> bool:
        """True when a character offset lies inside quoted content."""
        return any(s <= pos < e for s, e in self.quoted)

    # --- named things -------------------------------------------------------------------
    def ent_span(self, token):
        """The doc entity covering a token (None if none)."""
        if token.ent_type_:
            for ent in self.doc.ents:
                if ent.start <= token.i < ent.end:
                    return ent
        return None

    def named(self, start: int, end: int) -> Optional[Who]:
        """The entity at a character span, from the record's entities or from doc.ents."""
        mention = Mention(start, end, self.text[start:end])
        if self.index is not None:
            ent = self.index.at(start, end)
            if ent is not None:
                return Who(mention, ent.id, ent.name, ent.type)
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            ents = [e for e in span.ents if e.label_ not in self.data.via_bad_labels]
            # English noun phrases end in their head: "the Dutch salvage firm Smit Salvage" is the firm.
            named = [e for e in ents if e.label_ in ("ORG", "PERSON")] or ents
            if named:
                ent = named[-1]
                return Who(mention, None, _strip_det(ent.text), ent.label_)
        return None

    def previous_speaker(self, pos: int, types: tuple[str, ...], labelled: bool = False) -> Optional[Who]:
        """The subject of the last speech verb before ``pos`` (within ~two paragraphs) that fits."""
        if self._speakers is None:
            self._speakers = []
            for verb in self.doc:
                lemma = verb.lemma_.lower()
                if verb.pos_ in ("VERB", "AUX") and lemma in self.data.cue_lemmas \
                        and lemma not in self.data.naming_lemmas and not self.in_quote(verb.idx):
                    subj = subject_of(verb)
                    if subj is not None and subj.pos_ != "PRON" and subj.tag_ not in ("WP", "WDT") \
                            and not self.in_quote(subj.idx):
                        self._speakers.append((subj.idx, subj))
        cands = [(p, t) for p, t in self._speakers if p < pos and pos - p < 1200]
        for _, tok in reversed(cands):
            who = self.speaker(tok, pos)
            person_only = types == ("PERSON",)
            # Number agreement: "he" is not "officers"; "they" may be "officers" or an organisation.
            if person_only and tok.tag_ in ("NNS", "NNPS"):
                continue
            if person_only and tok.lemma_.lower() in self.data.document_nouns:
                continue
            if who.label in types:
                return who
            if labelled:
                continue
            # The small model mislabels names; a speaker in the same paragraph is trusted unless
            # it is plainly a place, and a common noun ("a group") only there.
            if self.same_paragraph(tok.idx, pos) and who.label not in ("GPE", "LOC", "FAC"):
                return who
            if who.label is None and tok.pos_ == "PROPN" and not person_only:
                return who
        return None

    def same_paragraph(self, a: int, b: int) -> bool:
        """True when two offsets lie in the same paragraph (no blank line between them)."""
        lo, hi = min(a, b), max(a, b)
        return "\n\n" not in self.text[lo:hi]

    def previous_of_types(self, pos: int, types: tuple[str, ...]) -> Optional[Who]:
        """The last entity mention of one of these types ending before ``pos``."""
        if self.index is not None:
            found = self.index.before(pos, types)
            if found:
                s, e, ent = found[0]
                return Who(Mention(s, e, self.text[s:e]), ent.id, ent.name, ent.type)
            return None
        best = None
        for ent in self.doc.ents:
            if ent.end_char <= pos and ent.label_ in types:
                best = ent
        if best is None:
            return None
        name = _strip_det(best.text)
        return Who(Mention(best.start_char, best.end_char, best.text), None, name, best.label_)

    # --- a speaker token ----------------------------------------------------------------
    def speaker(self, token, quote_start: int, describe: bool = True) -> Who:
        """The speaker mention headed by ``token``, resolved to an entity where possible."""
        low = token.lower_
        if token.tag_ in ("WP", "WDT") and token.head.dep_ == "relcl" and token.head.head is not token:
            return self.speaker(token.head.head, quote_start, describe=False)  # "a man who said": the man
        if token.pos_ == "PRON" or low in self.data.pronouns:
            types = self.data.pronouns.get(low, ("PERSON",))
            mention = Mention(token.idx, token.idx + len(token.text), token.text)
            ante = self.previous_speaker(token.idx, tuple(types)) or self.previous_of_types(token.idx, tuple(types))
            if ante is not None:
                return Who(mention, ante.entity, ante.name, ante.label)
            return Who(mention, None, token.text, None)
        # An appositive name is better than its title: "the spokesman, Yahya Saree, said".
        for child in token.children:
            if child.dep_ == "appos" and child.pos_ == "PROPN":
                who = self.named(*self._extent(child))
                if who is not None:
                    return who
        start, end = self._extent(token)
        who = self.named(token.idx, token.idx + len(token.text))
        if who is not None and token.pos_ == "PROPN":
            who.mention = Mention(start, end, self.text[start:end])
            return who
        lemma = token.lemma_.lower()
        mention = Mention(start, end, self.text[start:end])
        if lemma in self.data.document_nouns or low in self.data.document_nouns:
            author = self.document_author(token, quote_start)
            if author is not None:
                return Who(mention, author.entity, author.name, author.label)
        if lemma in self.data.proxy_heads or low in self.data.proxy_heads:
            owner = self._owner(token)
            if owner is not None:
                return Who(mention, owner.entity, owner.name, owner.label)
            named = self._named_earlier(token)
            if named is not None:
                return Who(mention, named.entity, named.name, named.label)
        if who is not None:
            who.mention = mention
            return who
        ref = self.definite(token)
        if ref is not None:
            return Who(mention, ref.entity, ref.name, ref.label)
        # An unnamed speaker keeps what describes it: "a man who said he was a teacher".
        for child in (token.rights if describe and token.pos_ == "NOUN" else ()):
            if child.dep_ in ("relcl", "acl") and not self.in_quote(child.idx):
                end = child.right_edge.idx + len(child.right_edge.text)
                while end > mention.start and self.text[end - 1] in ",.;:":
                    end -= 1
                mention = Mention(mention.start, end, self.text[mention.start:end])
                break
        return Who(mention, None, _strip_det(mention.text), None)

    def _extent(self, token) -> tuple[int, int]:
        """Character extent of the noun phrase a speaker token heads (no clauses, no appositions)."""
        ent = self.ent_span(token)
        if ent is not None and token.pos_ == "PROPN":
            return ent.start_char, ent.end_char
        left = token
        for child in token.lefts:
            if child.dep_ in ("det", "amod", "compound", "poss", "nummod", "nmod", "case") and child.i < left.i:
                left = child.left_edge if child.dep_ in ("poss", "compound") else child
        right = token
        for child in token.rights:
            # Keep "for/of/at X" on proxy heads: "a spokesperson for the ministry".
            if child.dep_ == "prep" and child.lower_ in ("for", "of", "at", "in", "from", "with"):
                if token.lemma_.lower() in self.data.proxy_heads or token.lower_ in self.data.proxy_heads:
                    right = child.right_edge
                break
        while right.i > token.i and right.is_punct:
            right = self.doc[right.i - 1]
        return left.idx, right.idx + len(right.text)

    def definite(self, token) -> Optional[Who]:
        """"the organisation", "the group's": the last organisation that spoke in this paragraph."""
        if token.pos_ != "NOUN" or token.tag_ != "NN":
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return None
        named = self._named_earlier(token)
        if named is not None:
            return named
        found = self.previous_speaker(token.idx, ("ORG", "NORP", "GPE"), labelled=True)
        if found is not None and self.same_paragraph(found.mention.start, token.idx):
            return found
        return None

    def _named_earlier(self, token) -> Optional[Who]:
        """"the spokesman" -> the person earlier introduced as "spokesman Amadou Abdramane"."""
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children):
            return None
        for cand in reversed(list(self.doc[:token.i])):
            if cand.lower_ != token.lower_ or self.in_quote(cand.idx):
                continue
            near = [cand.head] if cand.dep_ == "compound" else []
            near += [c for c in cand.children if c.dep_ == "appos"]
            for tok in near:
                if tok.ent_type_ == "PERSON":
                    return self.named(*self._span_chars(tok))
        return None

    def _owner(self, token) -> Optional[Who]:
        """Whom a proxy speaker speaks for: "spokesperson for X", "X's spokesman"."""
        for child in token.children:
            if child.dep_ == "poss":
                if child.pos_ == "PRON":
                    types = self.data.pronouns.get(child.lower_, ("ORG", "GPE", "NORP"))
                    who = self.previous_speaker(child.idx, tuple(types)) or \
                        self.previous_of_types(child.idx, tuple(types))
                else:
                    who = self.named(*self._span_chars(child)) or self.definite(child)
                if who is not None:
                    return who
            if child.dep_ == "prep" and child.lower_ in ("for", "of", "at"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        who = self.named(*self._span_chars(pobj))
                        if who is not None:
                            return who
            if child.dep_ == "compound" and child.ent_type_ in ("ORG", "GPE", "NORP"):
                who = self.named(child.idx, child.idx + len(child.text))
                if who is not None:
                    return who
        return None

    def _span_chars(self, token) -> tuple[int, int]:
        ent = self.ent_span(token)
        if ent is not None:
            return ent.start_char, ent.end_char
        return token.left_edge.idx, token.right_edge.idx + len(token.right_edge.text)

    def document_author(self, token, before: int) -> Optional[Who]:
        """Who published the document named by ``token`` ("the letter") earlier in the text."""
        noun = token.lemma_.lower()
        best = None
        for cand in self.doc:
            if cand.idx >= before:
                break
            if cand.lemma_.lower() != noun or cand.i == token.i:
                continue
            author = self._author_of(cand)
            if author is not None:
                best = author  # the latest publication before the quote wins
        return best

    def _author_of(self, noun) -> Optional[Who]:
        # "X published a letter" / "a letter from X" / "X's letter" / "a letter signed by X".
        for child in noun.children:
            if child.dep_ == "poss":
                return self.speaker(child, noun.idx)
            if child.dep_ == "prep" and child.lower_ in ("from", "by"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return self.speaker(pobj, noun.idx)
            if child.dep_ == "acl" and child.lemma_.lower() in self.data.publish_lemmas:
                for agent in child.children:
                    if agent.dep_ == "agent":
                        for pobj in agent.children:
                            if pobj.dep_ == "pobj":
                                return self.speaker(pobj, noun.idx)
        verb = noun.head
        if noun.dep_ in ("dobj", "obj") and verb.lemma_.lower() in self.data.publish_lemmas:
            subj = subject_of(verb) or self._left_subject(verb)
            if subj is not None:
                return self.speaker(subj, noun.idx)
        return None

    def _left_subject(self, verb):
        # A misparse can hang the subject on a neighbouring clause ("X, a wing made up of
        # so-called 'students', published a letter"): take the nearest subject to the left in
        # the sentence that is not the subject of a speech verb (the reporter of the clause).
        for tok in reversed(list(self.doc[verb.sent.start:verb.i])):
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i != verb.i:
                if tok.head.lemma_.lower() in self.data.cue_lemmas:
                    return None
                return tok
        return None


def subject_of(verb):
    """The nominal subject of a verb, following conjunctions up ("X said and added")."""
    seen = 0
    while verb is not None and seen < 4:
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.dep_ != "expl":
                return child
        if verb.dep_ in ("conj", "advcl", "xcomp") and verb.head is not verb:
            verb = verb.head
            seen += 1
            continue
        return None
    return None
