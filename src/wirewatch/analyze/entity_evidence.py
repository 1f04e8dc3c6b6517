"""Local evidence around a candidate mention: descriptors, nationality adjectives, possessives, appositions.

Mixed into :class:`~wirewatch.analyze.entity_spans.SpanBuilder`; kept apart to keep modules small.
"""
from __future__ import annotations

from wirewatch.analyze.entity_base import P_LOCAL, P_NEAR, P_WEAK, _POSSESSIVE, Cand
from wirewatch.analyze.entity_lexicon import EntityLexicon

_EMPLOYER_WORDS = frozenset({"at", "for", "of", "with", "the"})  # "a researcher at the X Institute"


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
                sector = self._agent_sector(" ".join(words)) or next(
                    (x for w in reversed(words) for x in [self._role_sector(w)] if x and x != "INHERIT"), None)
                if sector:
                    c.sectors.append((P_NEAR, sector))  # "President X" -> GOV, "Gen. X" -> MIL
            if c.label == "PERSON" or (c.label in ("ORG", "GPE") and self._named_after(c) is not None):
                self._after_person(c, owner)
            elif c.label in ("ORG", "FAC", "GPE"):
                self._after(c, owner)
            self._descriptor_after(c, owner)
            self._list_of_places(c, owner)
        return None

    # -- people -------------------------------------------------------------------------------
    def _role_sector(self, noun: str):
        """Sector of a person described by ``noun``: the lexicon's person roles, then the dictionary."""
        roles = self.lex.person_roles or {}
        return roles.get(noun) or self._agent_sector(noun)

    def _person_noun(self, t) -> bool:
        """Does this noun say what a person is (a role, or a descriptor of people)?"""
        return bool(self._role_sector(t.lower_)) or (
            self.lex.descriptors.get(t.lower_) or {}).get("type") == "PERSON" or t.lower_ in self.lex.titles

    def _named_after(self, c: Cand):
        """The noun in "a fisherman named X" / "who gave his name only as X", or None."""
        doc = self.doc
        j = c.s - 1
        if j < 1:
            return None
        prev = doc[j].lower_
        window = [doc[k] for k in range(max(0, j - 8), j)]
        if prev not in ("named", "called") and not (prev == "as" and any(t.lower_ == "name" for t in window)):
            return None
        for t in reversed(window):
            if t.pos_ == "NOUN" and t.is_lower and t.lower_ != "name":
                sector = self._role_sector(t.lower_)
                if sector:
                    return t, sector
        return None

    def _inherit(self, c: Cand, org: Cand, prio: int) -> None:
        """A person who speaks or works for ``org``: its country, and its sector when theirs is open."""
        c.refs.append((prio, org))
        if org.label != "GPE":
            c.sector_refs.append((prio, org))

    def _actor_type(self, o: Cand):
        actor = o.actor if o.actor is not None else self._lookup(self.doc[o.s:o.e].text)
        return getattr(actor, "type", None)

    def _org_like(self, o: Cand) -> bool:
        """An organisation or place, even when spaCy called it a person ("the Houthis'")."""
        if o.label in ("ORG", "GPE", "NORP"):
            return True
        actor = o.actor if o.actor is not None else self._lookup(self.doc[o.s:o.e].text)
        return actor is not None and getattr(actor, "type", None) in ("ORG", "GPE")

    def _possessor(self, j: int, owner: dict[int, Cand]):
        """The named owner of "X's" ending at token ``j`` (the possessive), or "the group's" antecedent."""
        doc = self.doc
        if j < 1 or doc[j].lower_ not in _POSSESSIVE:
            return None
        if (j - 1) in owner and self._org_like(owner[j - 1]):
            return owner[j - 1]
        # "the group's", "the movement's": the latest organisation named before
        if doc[j - 1].is_lower and doc[j - 1].lower_ in self.lex.generic_heads and j >= 2 \
                and doc[j - 2].lower_ == "the":
            before = {id(o): o for k, o in owner.items() if k < j - 2 and o.src != "agent"
                      and o.label in ("ORG", "PERSON") and self._org_like(o) and self._actor_type(o) != "GPE"}
            if before:
                # the organisation the story has named most so far is the one "the group" means
                counts: dict[tuple, int] = {}
                for o in before.values():
                    counts[o.key] = counts.get(o.key, 0) + 1
                return max(before.values(), key=lambda o: (counts[o.key], o.s))
        return None

    def _described_person(self, c: Cand, noun_i: int, owner: dict[int, Cand], prio: int) -> None:
        """Evidence from a description whose head noun is at ``noun_i`` ("the group's military spokesman")."""
        doc = self.doc
        sector = self._role_sector(doc[noun_i].lower_)
        if sector and sector != "INHERIT":
            c.sectors.append((prio, sector))
        # walk back over modifiers to a possessive: "the Houthis' chief negotiator"
        k = noun_i - 1
        while k >= 0 and noun_i - k <= 4 and (doc[k].pos_ in ("ADJ", "NOUN") and doc[k].is_lower):
            k -= 1
        org = self._possessor(k, owner)
        if org is None and k >= 0 and doc[k].lower_ in ("his", "her"):
            org = self._last_person_before(k, c)  # "Putin ... His foreign policy aide, Yuri Ushakov,"
            prio = min(prio, P_WEAK)
        if org is not None:
            self._inherit(c, org, prio)
        elif sector == "INHERIT":
            c.sectors.append((P_WEAK, "GOV"))  # a spokesman of no named body speaks for a government

    def _last_person_before(self, k: int, c: Cand):
        """The person a "his"/"her" at token ``k`` most likely means: the latest one named before it."""
        people = [o for o in self.cands if o.label == "PERSON" and o is not c and o.e <= k and o.src != "loose"]
        return max(people, key=lambda o: o.s) if people else None

    def _after_person(self, c: Cand, owner: dict[int, Cand]) -> None:
        """Appositions of people: "X, a tanker broker in Rotterdam,", "X, the Houthis' chief negotiator,"."""
        doc = self.doc
        named = self._named_after(c)
        if named is not None:
            c.types.append((P_LOCAL, "PERSON"))
            c.sectors.append((P_NEAR, named[1]))
            return
        k = c.e
        if k + 1 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ not in ("a", "an", "the"):
            return
        head, role = None, False
        for i in range(k + 2, min(k + 18, len(doc))):
            t = doc[i]
            if t.text in (",", ".", ";", ")", "(", "\u201c", '"') or t.is_space:
                break
            if i in owner:
                o = owner[i]
                if o is c or not self._org_like(o):
                    continue
                if head is None and o.e < len(doc) and doc[o.e].lower_ in _POSSESSIVE:
                    continue  # taken with the head noun
                if head is not None or o.label != "NORP":
                    c.refs.append((P_WEAK, o))
                    if head is not None and o.label == "ORG" and doc[i - 1].lower_ in _EMPLOYER_WORDS:
                        c.sector_refs.append((P_WEAK, o))  # "a researcher at the X Institute"
                    if head is not None:
                        break
                continue
            if head is None and t.lower_ in ("who", "whose", "that", "which", "at", "in", "of", "for", "from"):
                break  # the description's head noun comes before these
            if head is None and t.pos_ == "NOUN" and t.is_lower and not (
                    i + 1 < len(doc) and doc[i + 1].text == "-"):
                nxt = doc[i + 1] if i + 1 < len(doc) else None
                if not self._person_noun(t) or (nxt is not None and nxt.pos_ == "NOUN" and nxt.is_lower
                                                and self._person_noun(nxt)):
                    continue  # "a 27-year-old ... driver", "a security researcher": look on
                head = i
                if c.label == "PERSON":
                    c.types.append((P_NEAR, "PERSON"))
                self._described_person(c, i, owner, P_NEAR)
                desc = self.lex.descriptors.get(t.lower_) or self.lex.descriptors.get(t.lemma_)
                if desc and desc.get("sector") and not self._role_sector(t.lower_):
                    c.sectors.append((P_WEAK, lex_sector(self.lex, desc["sector"])))

    # -- names followed by what they are ------------------------------------------------------
    def _descriptor_after(self, c: Cand, owner: dict[int, Cand]) -> None:
        """"the Saba news agency", "the Kataeb party", "Hatay and Idlib provinces": the noun after a name."""
        doc, lex = self.doc, self.lex
        k, listed = c.e, False
        # over the rest of a list of names: "Hatay and Kahramanmaras provinces"
        while k < len(doc) and (doc[k].text == "," or doc[k].lower_ == "and") and (k + 1) in owner \
                and owner[k + 1].s == k + 1:
            k, listed = owner[k + 1].e, True
        if k >= len(doc) or not doc[k].is_lower or doc[k].pos_ != "NOUN":
            return
        two = f"{doc[k].lower_} {doc[k + 1].lower_}" if k + 1 < len(doc) else ""
        desc, end = (lex.descriptors.get(two), k + 2) if lex.descriptors.get(two) else (
            lex.descriptors.get(doc[k].lower_) or lex.descriptors.get(doc[k].lemma_), k + 1)
        if not desc or desc.get("type") in (None, "PERSON"):
            return
        if (listed or c.label == "PERSON") and desc["type"] not in ("GPE", "LOC", "FAC"):
            return  # "Iran and Iraq militias": only a place noun is shared by a list
        if end < len(doc) and (doc[end].pos_ in ("PROPN", "NOUN") or doc[end].text[:1].isupper()):
            return  # "the Houthi militia commander X": it describes what follows
        c.types.append((P_LOCAL, desc["type"]))
        if desc.get("sector"):
            c.sectors.append((P_LOCAL - 1, lex_sector(lex, desc["sector"])))

    def _list_of_places(self, c: Cand, owner: dict[int, Cand]) -> None:
        """"the provinces of Saada, Dhamar and Taiz": every name in the list is a place."""
        doc, lex = self.doc, self.lex
        j = c.s - 1
        steps = 0
        while j >= 1 and steps < 12:
            t = doc[j]
            if j in owner:
                j = owner[j].s - 1
            elif t.text == "," or t.lower_ == "and":
                j -= 1
            else:
                break
            steps += 1
        if j < 1 or doc[j].lower_ not in ("of", "at"):
            return
        noun = doc[j - 1]
        desc = lex.descriptors.get(noun.lower_) or lex.descriptors.get(noun.lemma_)
        # "the provinces of X", "the crossings at X and Y" (only a facility is "at")
        kinds = ("GPE", "LOC") if doc[j].lower_ == "of" else ("FAC",)
        if noun.is_lower and desc and desc.get("type") in kinds:
            c.types.append((P_LOCAL, desc["type"]))

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
        elif c.label in ("ORG", "FAC") and len(c.key) > 1 and c.actor is None:
            # "Sri Lanka Air Force", "Sahel Policy Lab": the last kind-word of the name
            words = self.lex.name_word_sectors or {}
            hit = next((words[w] for w in reversed(c.key[1:]) if w in words), None)
            if hit:
                c.sectors.append((P_WEAK, hit))
                c.types.append((P_WEAK, "ORG"))

    def _before(self, c: Cand, owner: dict[int, Cand]) -> None:
        """Descriptors, nationality adjectives and possessives right before a name."""
        doc, lex = self.doc, self.lex
        start = c.s
        if c.label == "PERSON" and c.title:
            start = self._title_before(c.s)[0]  # "Nigeria's President X": look before the title
        j = start - 1
        if j >= 2 and doc[j].lower_ == "of" and doc[j - 1].lemma_.lower() in lex.place_class_nouns \
                and (j - 2) in owner and owner[j - 2].label == "NORP":
            # "the Burkinabe town of Barsalogho": the place is in the adjective's country
            o = owner[j - 2]
            iso = self._adjective_country(doc[o.s:o.e].text)
            if iso:
                c.countries.append((P_LOCAL, iso))
                return
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
            # "The group's spokesman, X,"; a person's title says so even when spaCy called X an ORG
            if (c.label == "PERSON" and not desc) or (desc and desc.get("type") == "PERSON"):
                self._described_person(c, j - 1, owner, P_NEAR)
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
                    role = seen and self._person_noun(doc[j + 1])
                    if role:  # "African Union Commission chairman X": a person, whatever spaCy called X
                        c.types.append((P_NEAR, "PERSON"))
                    if (c.label == "PERSON" or role) and o.label == "ORG":
                        c.sector_refs.append((P_WEAK, o))
                break
            if t.pos_ == "NOUN" and t.is_lower:
                two = f"{t.lower_} {doc[j + 1].lower_}" if j + 1 < c.s else ""
                pair = f"{doc[j - 1].lower_} {t.lower_}" if j >= 1 and not seen else ""
                desc = (lex.descriptors.get(pair) or lex.descriptors.get(two) or lex.descriptors.get(t.lower_)
                        or lex.descriptors.get(t.lemma_))
                if desc and not seen and start < c.s and desc.get("type") not in (None, "PERSON"):
                    # "senior party leader Asad Umar": the word before a title tells the holder's body
                    self._describe(c, dict(desc, type="PERSON"), t, P_LOCAL)
                elif desc and not seen:
                    self._describe(c, desc, t, P_LOCAL)
                elif not seen:
                    sector = self._role_sector(t.lower_) if c.label == "PERSON" else self._agent_sector(t.lower_)
                    if sector and sector != "INHERIT":
                        c.sectors.append((P_NEAR, sector))
            elif t.lower_ in lex.owner_suffixes and j >= 2 and doc[j - 1].text == "-" and (j - 2) in owner:
                o = owner[j - 2]  # "the Nairobi-based newspaper X", "the Houthi-run X channel"
                iso = self._adjective_country(doc[o.s:o.e].text) if o.label == "NORP" else None
                if iso:
                    c.countries.append((P_NEAR, iso))
                elif o.label in ("GPE", "ORG") and (t.lower_ != "based" or o.label == "GPE"):
                    c.refs.append((P_NEAR, o))
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
