"""Local evidence around a candidate mention: descriptors, nationality adjectives, possessives, appositions.

Mixed into :class:`~wirewatch.analyze.entity_spans.SpanBuilder`; kept apart to keep modules small.
"""
from __future__ import annotations

from wirewatch.analyze.entity_base import P_LOCAL, P_NEAR, P_WEAK, _POSSESSIVE, Cand
from wirewatch.analyze.entity_lexicon import EntityLexicon


class EvidenceMixin:
    """Record on each candidate what the words around it say about its type, country and sector."""

    def _evidence(self) -> None:
        doc, lex = self.doc, self.lex
        owner: dict[int, Cand] = {}
        for c in self.cands:
            for i in range(c.s, c.e):
                owner[i] = c
        for c in self.cands:
            if c.src in ("loose", "agent"):
                continue
            if c.label != "NORP":
                self._inside(c)
                self._before(c, owner)
            if c.label == "PERSON" and c.title:
                words = c.title.lower().replace("-", " ").split()
                sector = self._agent_sector(" ".join(words)) or self._agent_sector(words[-1])
                if sector:
                    c.sectors.append((P_NEAR, sector))  # "President X" -> GOV, "Gen. X" -> MIL
            if c.label in ("ORG", "PERSON", "FAC", "GPE"):
                self._after(c, owner)
        return None

    def _inside(self, c: Cand) -> None:
        first = self.doc[c.s]
        iso = self._adjective_country(first.text) if c.e - c.s > 1 else None
        if iso:
            c.countries.append((P_LOCAL, iso))
        elif c.e - c.s > 1 and c.label in ("ORG", "FAC", "EVENT"):
            actor = self._lookup(first.text)  # "Kenya National Commission ...": the country's name
            if actor is not None and actor.type == "GPE" and actor.country and actor.code == actor.country:
                c.countries.append((P_NEAR, actor.country))
        if c.label == "ORG" and any(w in self.lex.media_name_words for w in c.key[1:] or c.key):
            c.sectors.append((P_NEAR, "JRN"))

    def _before(self, c: Cand, owner: dict[int, Cand]) -> None:
        """Descriptors, nationality adjectives and possessives right before a name."""
        doc, lex = self.doc, self.lex
        j = c.s - 1
        if j >= 0 and doc[j].lower_ in lex.determiners:
            j -= 1
        # "Iran's Fars News Agency": the possessor's country
        if j >= 1 and doc[j].lower_ in _POSSESSIVE and (j - 1) in owner and owner[j - 1].label == "GPE":
            c.refs.append((P_LOCAL, owner[j - 1]))
            return
        # "the state broadcaster, Rupavahini,": a descriptor set off by a comma
        if j >= 1 and doc[j].text == "," and doc[j - 1].pos_ == "NOUN" and doc[j - 1].is_lower:
            desc = lex.descriptors.get(doc[j - 1].lower_) or lex.descriptors.get(doc[j - 1].lemma_)
            if desc:
                self._describe(c, desc, doc[j - 1], P_NEAR)
            return
        seen = 0
        while j >= 0 and seen < 4:
            t = doc[j]
            if j in owner:
                o = owner[j]
                if o.label == "NORP":
                    iso = self._adjective_country(doc[o.s:o.e].text)
                    if iso:
                        c.countries.append((P_LOCAL, iso))
                elif o.label in ("ORG", "GPE") and (seen or c.label == "PERSON"):
                    c.refs.append((P_NEAR, o))  # "Supreme National Security Council head X"
                    if c.label == "PERSON" and o.label == "ORG":
                        c.sector_refs.append((P_WEAK, o))
                break
            if t.pos_ == "NOUN" and t.is_lower:
                two = f"{t.lower_} {doc[j + 1].lower_}" if j + 1 < c.s else ""
                desc = lex.descriptors.get(two) or lex.descriptors.get(t.lower_) or lex.descriptors.get(t.lemma_)
                if desc and not seen:
                    self._describe(c, desc, t, P_LOCAL)
                elif not seen:
                    sector = self._agent_sector(t.lower_)
                    if sector:
                        c.sectors.append((P_NEAR, sector))
            elif t.lower_ == "based" and j >= 2 and doc[j - 1].text == "-" and (j - 2) in owner \
                    and owner[j - 2].label == "GPE":
                c.refs.append((P_NEAR, owner[j - 2]))  # "the Nairobi-based newspaper X"
                break
            elif not (t.pos_ == "ADJ" or t.lower_ in lex.title_qualifiers or t.text == "-"):
                break
            seen += 1
            j -= 1

    def _describe(self, c: Cand, desc: dict[str, str], tok, prio: int) -> None:
        if desc.get("type"):
            c.types.append((prio, desc["type"]))
        sector = desc.get("sector")  # a descriptor without one ("spokesman") says nothing of it
        if sector:
            c.sectors.append((prio - 1, lex_sector(self.lex, sector)))

    def _after(self, c: Cand, owner: dict[int, Cand]) -> None:
        """Appositions: "X, the head of the Iraqi militia Y," and "Baghdad, Iraq"."""
        doc, lex = self.doc, self.lex
        k = c.e
        if k + 1 >= len(doc) or doc[k].text != ",":
            return
        nxt = doc[k + 1]
        if c.label == "GPE":
            o = owner.get(k + 1)
            if o is not None and o.label == "GPE" and o.s == k + 1:
                c.refs.append((P_NEAR, o))
            return
        if nxt.lower_ not in ("a", "an", "the"):
            return
        found_desc = False
        for i in range(k + 2, min(k + 18, len(doc))):
            t = doc[i]
            if t.text in (",", ".", ";", ")", "(") or t.is_space:
                break
            if i in owner:
                o = owner[i]
                if o.label in ("ORG", "GPE", "NORP") and o is not c:
                    c.refs.append((P_WEAK, o))
                    break
                continue
            if not found_desc and t.pos_ == "NOUN":
                desc = lex.descriptors.get(t.lower_) or lex.descriptors.get(t.lemma_)
                if desc:
                    self._describe(c, desc, t, P_NEAR)
                else:
                    sector = self._agent_sector(t.lower_)
                    if sector:
                        c.sectors.append((P_WEAK, sector))  # "X, a nurse," -> the noun's sector
                found_desc = True


def lex_sector(lex: EntityLexicon, code: str) -> str:
    return lex.sector(code) or code
