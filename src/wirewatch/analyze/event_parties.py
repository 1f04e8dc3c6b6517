"""Who did what to whom: map a syntactic argument (a spaCy token) to an event party.

A party is a resolved entity of the record when there is one (with its country, sector and code),
else a country-level group named by a nationality adjective or country name ("American soldiers"
-> United States, MIL). Unknown stays unknown: a token that names nobody yields None.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Optional


from wirewatch.analyze.entity_lexicon import load_lexicon as entity_lexicon
from wirewatch.analyze.event_lexicon import Lexicon
from wirewatch.analyze.gazetteer import fold, world_regions
from wirewatch.knowledge_yaml import load_yaml
from wirewatch.record import EventParty, Record

PLACE_LABELS = {"FAC", "LOC"}
NON_PARTY_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "QUANTITY", "PERCENT"}
ACTOR_LABELS = {"GPE", "ORG", "NORP", "PERSON"}
STATE_SECTORS = frozenset({"GOV", "COP", "MIL", "JUD", "SPY", "LEG"})
PARTITIVES = {"half", "third", "quarter", "fifth", "tenth", "part", "portion", "rest", "remainder", "percent",
              "last", "bulk", "majority"}  # ("released the last of the hostages")
NP_DEPS = {"compound", "amod", "poss", "nmod", "det", "nummod", "quantmod", "case", "flat"}


# Forces whose facilities stand for them when no country is named ("a rebel base", "an army post").
ARMED_FACILITY_SECTORS = frozenset({"REB", "UAF", "INS", "MIL", "COP", "CRM"})


@dataclass(slots=True)
class Party:
    """A resolved party plus what the coder needs to know about it."""
    party: EventParty
    kind: str  # country, org, person, group, place
    token: int  # index of the head token it came from

    def placed_in(self, country: str) -> "Party":
        """The same party placed in ``country`` (its entity, name, sector and code kept); a region of several
        states ("West Africa's regional bloc", data/actors/world_regions.tsv) is placed in no one country."""
        e = self.party
        if not e.country and fold(e.name or "") in world_regions():
            return self
        return Party(EventParty(e.entity, e.name, country, e.sector, e.code), self.kind, self.token)

    @property
    def key(self) -> str:
        """Identity used when merging mentions of one occurrence."""
        p = self.party
        if self.kind == "country" and p.country:
            return "C:" + p.country + ":" + (p.sector or "")
        return "E:" + (p.entity or _norm(p.name) or "")


def _norm(s: Optional[str]) -> str:
    s = (s or "").lower().replace("\u2019", "'")
    s = re.sub(r"[^\w' .-]+", " ", s)
    return re.sub(r"^(the|a|an) ", "", " ".join(s.split()))


@dataclass(slots=True)
class _Span:
    start: int
    end: int
    label: str
    name: str
    entity: Any  # wirewatch.record.Entity or None (spaCy-only fallback)


class PartyResolver:
    """Resolve tokens of one record's Doc to parties, using entities, the actor dictionary and fallbacks."""

    def __init__(self, record: Record, res: Any, lex: Lexicon):
        self.record, self.lex, self.doc = record, lex, record.doc
        self.actors = _actor_dictionary(res)
        # the text's resolved date expressions: "on Wednesday" is a time, never a party
        self._date_spans = sorted((d.start, d.end) for d in record.dates if not getattr(d, "source", None))
        spans: list[_Span] = []
        for ent in record.entities:
            for m in ent.mentions:
                if m.source is None:  # caption mentions have caption offsets
                    spans.append(_Span(m.start, m.end, ent.type, ent.name, ent))
        if not spans:  # entity resolver absent: fall back to the parser's named entities
            for ent in self.doc.ents:
                name = re.sub(r"^(the|The)\s+", "", ent.text)
                spans.append(_Span(ent.start_char, ent.end_char, ent.label_, name, None))
        # direct quotes: "they"/"we" inside one is the speaker's frame, not the narrative's
        self.quoted = [(q.start, q.end) for q in getattr(record, "quotes", None) or []
                       if getattr(q, "kind", "") == "direct"]
        spans.sort(key=lambda s: (s.start, -s.end))
        self.spans = spans
        self.home: Optional[str] = None  # the country the report is set in (set by the coder), if known
        self._starts = [s.start for s in spans]

    # --- lookups ---------------------------------------------------------------------------
    def span_at(self, start: int, end: int) -> Optional[_Span]:
        """The entity span overlapping [start, end) most (memoised: the coder asks about the same tokens often)."""
        cache = self.__dict__.setdefault("_span_cache", {})
        key = (start, end)
        if key in cache:
            return cache[key]
        i = bisect.bisect_left(self._starts, end)
        best, best_ov = None, 0
        for s in self.spans[max(0, i - 40):i]:
            ov = min(end, s.end) - max(start, s.start)
            if ov > best_ov:
                best, best_ov = s, ov
        cache[key] = best
        return best

    def code_of(self, text: str) -> tuple[Optional[str], Optional[str]]:
        """(country or IGO code, sector) for a name or adjective, from the actor dictionary or the table."""
        key = _norm(text)
        if not key:
            return None, None
        hit = self._dictionary(text)
        if hit[0]:
            return hit
        if key in self.lex.names:
            return self.lex.names[key]
        if key.endswith("s") and key[:-1] in self.lex.names:
            return self.lex.names[key[:-1]]
        # a longer name that contains a country adjective or name ("Iranian Supreme National Security Council"),
        # unless it names a region ("Latin American", "South America": no state, whatever word it contains)
        words = key.replace("-", " ").split()
        if any(" ".join(words[i:i + 2]) in knowledge_words("region_names") for i in range(len(words) - 1)):
            return None, None
        lead = self.lex.names.get(words[0]) if words else None
        if lead and lead[0] and lead[0] != "IGO":
            return lead[0], None
        for n in (3, 2, 1):
            for i in range(len(words) - n + 1):
                sub = " ".join(words[i:i + n])
                code = self.lex.names.get(sub)
                if code and code[0] and len(sub) > 2:
                    return code[0], None
        return None, None

    def _dictionary(self, text: str) -> tuple[Optional[str], Optional[str]]:
        if self.actors is None:
            return None, None
        try:
            hit = self.actors.lookup(text)
        except Exception:  # the dictionary is another component's; never let it break coding
            hit = None
        if hit is None:
            if text[:1].islower():
                return None, None  # a nationality is capitalised: "family reunions" are not Reunion's
            try:
                country = self.actors.country_of_adjective(text)
            except Exception:
                country = None
            return (country, None) if country else (None, None)
        get = (lambda k: hit.get(k)) if isinstance(hit, dict) else (lambda k: getattr(hit, k, None))
        if get("type") in ("PERSON", "ORG") and text.islower() and " " not in text.strip():
            # "a ban", "the rice": a common noun is nobody's surname; "an independent institute" is no
            # newspaper ("The Independent")
            return None, None
        prefix = (get("code") or "")[:3]
        if prefix not in ("IGO", "NGO") and prefix not in self.lex.country_names:
            prefix = ""  # a region or creed code ("WAFREB", "BUDREB") says no country: left to the context
        return get("country") or prefix or None, get("sector")

    def sector_of(self, tok) -> Optional[str]:
        """Agent sector of a head noun ("soldiers" -> MIL), read with the words compounded on it when the
        dictionary names the phrase ("opposition leaders" -> CVL, "civil servants" -> GOV)."""
        phrase = self.agent_phrase(tok)
        if phrase is not None:
            return self.actors.agent_sector(phrase)
        return self.lex.agent_sectors.get(tok.lower_) or self.lex.agent_sectors.get(tok.lemma_.lower())

    def agent_phrase(self, tok) -> Optional[str]:
        """The longest agent phrase ending in the noun that the dictionary gives a sector ("civil servants")."""
        if self.actors is None:
            return None
        cache = self.__dict__.setdefault("_phrase_cache", {})  # (asked for the same tokens many times)
        if tok.i not in cache:
            try:
                cache[tok.i] = next((ph for ph in _compound_phrases(tok) if self.actors.agent_sector(ph)), None)
            except Exception:  # the dictionary is another component's; never let it break coding
                cache[tok.i] = None
        return cache[tok.i]

    # --- parties -------------------------------------------------------------------------
    def party(self, tok, depth: int = 0, avoid: Optional[str] = None) -> Optional[Party]:
        """The party a token (an argument head) names, or None; a generic noun keeps its own words."""
        hosted = self._hosted(tok, depth, avoid)
        if hosted is not None:
            return hosted
        p = self._party(tok, depth, avoid)
        if p is None and tok is not None and tok.pos_ == "NOUN" and depth < 3:
            # "a squad made up largely of former Colombian soldiers": a body no one is named for is its members
            members = next((g for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in ("make", "compose", "consist")
                            for pr in c.children if pr.dep_ == "prep" and pr.lower_ == "of"
                            for g in pr.children if g.dep_ == "pobj"), None)
            p = self.party(members, depth + 1, avoid) if members is not None else None
            if p is None and self._international(tok) and (tok.tag_ == "NNS" or self.sector_of(tok)) \
                    and tok.lemma_.lower() not in self.lex.nouns:
                # "international monitors", "the international war crimes tribunal": a body of no one state
                return Party(EventParty(None, self.generic_phrase(tok), None, self.sector_of(tok), "IGO"),
                             "group", tok.i)
            return p if p is not None and p.kind != "place" else None
        if p is not None and p.kind in ("group", "org") and p.token == getattr(tok, "i", None) \
                and not p.party.country and not p.party.code and self._international(tok):
            p = Party(replace(p.party, code="IGO"), p.kind, p.token)
        return self.named(p, tok) if p is not None else p

    @staticmethod
    def _misparsed_title(tok):
        """"followers of the Shi'ite cleric Muqtada al-Sadr stormed": a title noun the person's name directly
        follows, though the parser hung the name elsewhere (as a second subject): the name's head."""
        if tok is None or tok.pos_ != "NOUN" or tok.i + 1 >= len(tok.doc):
            return None
        nxt = tok.doc[tok.i + 1]
        if nxt.ent_type_ != "PERSON" or nxt.ent_iob_ != "B":
            return None
        name = next((e for e in tok.doc.ents if e.start == nxt.i), None)
        if name is None or name.root.head.i == tok.i or tok.is_ancestor(name.root):
            return None
        return name.root

    def _hosted(self, tok, depth: int, avoid: Optional[str]) -> Optional[Party]:
        """"a facility currently home to some American forces", "bases in Iraq hosting American troops": a site
        named for the forces it holds stands for them (what is aimed at it is aimed at them)."""
        # (the tagger lemmatises "bases" as "basis")
        if tok is None or tok.pos_ != "NOUN" or depth >= 3 or not {tok.lemma_.lower(), tok.lower_[:-1] if tok.lower_.endswith(
                "s") else tok.lower_} & (self.lex.facility_nouns | knowledge_words("site_nouns")):
            return None
        held = [g for c in tok.children if c.dep_ in ("advmod", "amod") and c.lower_ == "home"
                for pr in c.children if pr.dep_ == "prep" and pr.lower_ == "to" for g in pr.children if g.dep_ == "pobj"]
        held += [g for c in tok.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in knowledge_words("hosting_verbs")
                 for g in c.children if g.dep_ == "dobj"]
        # "bases where American troops are stationed"
        held += [g for c in tok.children if c.dep_ == "relcl" and any(w.lower_ == "where" for w in c.children)
                 and c.lemma_.lower() in knowledge_words("hosting_verbs") | knowledge_words("stationed_verbs")
                 for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
        for g in held:
            if (self.sector_of(g) or "") not in STATE_SECTORS:
                continue  # forces, troops, soldiers (not "home to 2 million people")
            p = self._party(g, depth + 1, avoid)
            if p is not None and p.kind != "place" and p.party.country:
                return p
        return None

    def _listed_body(self, tok) -> Optional[Party]:
        """"Tamil rebels", "Kachin rebels", "the Hague war crimes tribunal": a force or international body
        named by a people or place and what it is, as the actor dictionary lists a rebel group, militia or
        international body, is that body (the recogniser tags only "Tamil", "Hague")."""
        if tok.pos_ != "NOUN" or self.actors is None or not (
                self.sector_of(tok) or tok.lemma_.lower() in self.lex.anaphoric_org_heads):
            return None
        # (a name, not a capitalised headline word: "Aid group demands ...")
        mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod") and c.text[:1].isupper()
                and (c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "LOC", "ORG"))]
        if not mods:
            return None
        try:
            hit = self.actors.lookup(tok.doc[mods[0].i:tok.i + 1].text)
        except Exception:  # the dictionary is another component's; never let it break coding
            return None
        if hit is None or hit.type != "ORG" or not ((hit.sector or "") in ("REB", "UAF", "INS") or (
                not hit.country and (hit.code or "")[:3] in ("IGO", "NGO")
                and tok.lower_ not in knowledge_words("role_nouns"))):  # ("the UN envoy" is a person)
            return None
        return Party(EventParty(None, hit.name, hit.country, hit.sector, hit.code), "org", tok.i)

    @staticmethod
    def _international(tok) -> bool:
        """The noun phrase calls itself international ("international monitors", "the international tribunal");
        a force or mission is left to the country it serves ("lead a multinational mission to Haiti")."""
        return tok.lemma_.lower() not in knowledge_words("hosted_mission_nouns") and any(
            c.dep_ == "amod" and c.lower_ in ("international", "multinational") for c in tok.children)

    def _party(self, tok, depth: int = 0, avoid: Optional[str] = None) -> Optional[Party]:
        if tok is None or depth > 3:
            return None
        low = tok.lower_
        if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "via", "over") and (
                tok.lemma_.lower() in knowledge_words("medium_nouns") or low in knowledge_words("medium_nouns")):
            return None  # "denounced the raid on social media": where it was said, no one it is aimed at
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in knowledge_words("area_nouns"):
            # "pulled back from the area around Kyiv", "the outskirts of Goma": the place the area is of
            for prep in tok.children:
                if prep.dep_ != "prep" or prep.lower_ not in ("around", "of", "near", "outside"):
                    continue
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                p = self.party(obj, depth + 1, avoid) if obj is not None else None
                if p is not None and p.kind in ("place", "country"):
                    return p
        if tok.text in ("North", "South") and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "the":
            half = self._divided_country(tok.text)
            if half is not None:
                return self._country_party(half, None, tok.i)
        if tok.lemma_.lower() in self.lex.collective_heads or tok.lower_ in self.lex.collective_heads:
            # "thousands of Iraqi Kurds", "a group of refugees": the members are the party
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                    if obj is not None:
                        return self.party(obj, depth + 1, avoid)
        if tok.ent_type_ in ("CARDINAL", "PERCENT", "QUANTITY") or tok.lemma_.lower() in PARTITIVES:
            # "one third of the guerrillas", "two of the soldiers", "20 percent of voters": a part of the party
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                    if obj is not None:
                        return self.party(obj, depth + 1, avoid)
        if tok.ent_type_ in NON_PARTY_LABELS or self._in_date(tok):
            return None
        listed = self._listed_body(tok)
        if listed is not None:
            return listed
        if tok.pos_ == "NOUN":
            # "boats belonging to the Tamil Tigers", "a ship operated by Iran": the owner
            for acl in (c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in knowledge_words("owning_verbs")):
                obj = next((g for c in acl.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "to")
                            for g in c.children if g.dep_ == "pobj"), None)
                owner = self.party(obj, depth + 1, avoid) if obj is not None else None
                if owner is not None and owner.kind != "place":
                    return owner
        if tok.pos_ == "NOUN" and depth < 3 and (self.sector_of(tok) or "") in STATE_SECTORS:
            # "her Sikh bodyguards", "his own army": a state body someone has is of that person's state
            # (the person is not the body)
            poss = next((c for c in tok.children if c.dep_ == "poss"), None)
            owner = self.party(poss, depth + 1, avoid) if poss is not None else None
            if owner is not None and owner.kind == "person":
                if owner.party.country:
                    return self._country_party(owner.party.country, self.sector_of(tok), tok.i)
                return Party(EventParty(None, tok.lower_, None, self.sector_of(tok)), "group", tok.i)
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in knowledge_words("weapon_nouns") and depth < 2:
            # "killed by a missile fired from a U.S. drone", "an Israeli shell": a weapon stands for whoever
            # fired it, named in its own phrase
            for t in tok.subtree:
                if t.i != tok.i and (t.ent_type_ in ("NORP", "GPE", "ORG") or t.dep_ in ("pobj", "agent")):
                    q = self.party(t, depth + 1, avoid)
                    if q is not None and q.kind != "place":
                        return q
        if tok.lemma_.lower() in knowledge_words("striker_nouns") | knowledge_words("weapon_nouns") and \
                tok.ent_type_ in ("ORG", "") and tok.tag_ in ("NNS", "NNPS", "NN"):
            # ("Warplanes, together with cruise missiles, hit 60 targets": a sentence-initial plural taken for a
            # name) a bare weapon is no party
            if not any((c.dep_ in ("amod", "compound", "nmod") and (
                    c.ent_type_ in ("NORP", "GPE", "ORG", "LANGUAGE") or self.code_of(c.text)[0]
                    or self.sector_of(c)))  # ("an army helicopter": the army's)
                       or c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("of", "from")) for c in tok.children):
                # (with an owner named, "Russian missiles", the owner's group is read below; "cruise missiles"
                # name no owner)
                return None
        if tok.pos_ == "NOUN":
            # "the Islamic State's Afghan branch, known as ISIS-K": the name given is the party
            alias = next((g for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in
                          knowledge_words("naming_participles") for p in c.children
                          if p.dep_ == "prep" and p.lower_ == "as" for g in p.children
                          if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
            named = self.party(alias, depth + 1, avoid) if alias is not None else None
            if named is not None and named.kind != "place":
                return named
        if tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and tok.tag_ == "NN" and tok.lower_ in self.lex.nouns \
                and tok.lower_.endswith("ing"):
            # "Arab League foreign ministers meeting in Cairo called on ...": the parser made the participle a
            # noun with the people as its compound; they are the subject
            people = next((c for c in tok.children if c.dep_ == "compound" and c.tag_ == "NNS"), None)
            p = self.party(people, depth + 1, avoid) if people is not None else None
            if p is not None and p.kind != "place":
                return p
        if low == "state" and any(p.dep_ == "prep" and p.lower_ == "of" for p in tok.children):
            # "the state of Palestine" is that state; "a state of emergency / siege" a measure, not a state
            of = next(p for p in tok.children if p.dep_ == "prep" and p.lower_ == "of")
            obj = next((c for c in of.children if c.dep_ == "pobj"), None)
            named = self.party(obj, depth + 1, avoid) if obj is not None and obj.pos_ == "PROPN" else None
            return named if named is not None and named.kind in ("country", "place") and named.party.country \
                else None
        if tok.pos_ == "PRON" and low in ("us", "we", "our", "me", "i", "you", "your"):
            return None  # the speaker's own side ("they shelled us"), never the country "US"
        if low in self.lex.pronouns and tok.pos_ == "PRON":
            if low in ("they", "them", "their") and any(a <= tok.idx < b for a, b in self.quoted):
                return None
            group = self._coordinated_subject(tok) if low in ("they", "them", "their") else None
            if group is None and low == "they" and tok.dep_ == "nsubj" and tok.sent.start > 0:
                # "Burhan and Dagalo were allies. Together they removed ...": the people the sentence before was
                # about, named as a pair of subjects
                root = self.doc[tok.sent.start - 1].sent.root
                pair = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                other = next((c for c in pair.children if c.dep_ == "conj"), None) if pair is not None else None
                if other is not None and all((lambda p: p is not None and p.kind == "person")(
                        self.party(t, depth + 1)) for t in (pair, other)):
                    group = pair
            if group is not None:  # "Jordan, Iraq and Lebanon closed their airspace": all of them, told first
                return self.party(group, depth + 1)
            owner = tok.head if tok.dep_ == "poss" else None
            subj = next((c for c in owner.head.children if c.dep_ == "nsubj"), None) \
                if owner is not None and owner.dep_ == "dobj" else None
            if subj is not None and subj.pos_ == "NOUN" and subj.i < tok.i and not person_word(subj) \
                    and low in ("its", "their"):
                # "if the enemy kept up its threats": the clause's own subject owns them, named or not
                return self.party(subj, depth + 1, avoid)
            return self.antecedent(tok, depth, avoid=avoid)
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in self.lex.proxy_nouns:
            # "its leader Kim Jong Un warned": the one named in apposition speaks, whoever "its" points to
            named = next((self.party(c, depth + 1, avoid) for c in tok.children if c.dep_ == "appos"
                          and c.ent_type_ == "PERSON"), None)
            if named is not None and named.kind == "person":
                return named
            # "Macron's office said", "the Houthis' spokesman said": the possessor speaks and acts
            poss = next((c for c in tok.children if c.dep_ == "poss"), None)
            if poss is None:  # "a spokesman for the army", "the office of the president"
                prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "of")), None)
                poss = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
            p = self.party(poss, depth + 1, avoid) if poss is not None else None
            if p is not None and p.kind != "place":
                return p
            if poss is None:  # "a government spokesperson", "a police spokesman": the body speaks
                body = next((c for c in tok.children if c.dep_ == "compound" and c.i < tok.i and c.pos_ == "NOUN"
                             and (c.lemma_.lower() in self.lex.anaphoric_org_heads
                                  or (self.sector_of(c) or "") in STATE_SECTORS)), None)
                p = self.institution(body, depth) if body is not None else None
                if p is not None and not p.party.country and not p.party.code:
                    # "Afghan rebel leaders": the phrase's own country word places the body
                    code = next((c for c in (self.code_of(m.text)[0] for m in self._np_modifiers(tok)
                                             if m.i != body.i) if c), None)
                    if code and code != "IGO":
                        p = self.named(p.placed_in(code), body)
                if p is not None:
                    return p
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in knowledge_words("national_nouns"):
            # "France evacuated its citizens", "Britain's nationals": the owner's people, wherever they are
            poss = next((c for c in tok.children if c.dep_ == "poss"), None)
            owner = self.party(poss, depth + 1, avoid) if poss is not None else None
            if owner is not None and owner.kind in ("country", "org") and owner.party.country:
                return self._country_party(owner.party.country, "CVL", tok.i)
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in knowledge_words("own_state_nouns"):
            # "Qatar's emir said his country was willing": the state of whoever "his" refers to
            poss = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
            owner = self.party(poss, depth + 1, avoid) if poss is not None else None
            if owner is not None and owner.party.country:
                return self._country_party(owner.party.country, "GOV" if tok.lemma_.lower() == "government"
                                           else None, tok.i)
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in knowledge_words("state_facilities") and tok.dep_ in ("nsubj", "poss") \
                and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
            # "the ministry said / accused ...": the institution named before speaks, not a building
            ante = self.antecedent(tok, depth, labels=("ORG",), avoid=avoid)
            if ante is not None and tok.lemma_.lower() in _norm(ante.party.name).split():
                return ante
            if tok.dep_ == "nsubj" and tok.lemma_.lower() in self.lex.anaphoric_gpe_heads:
                # "New Delhi hit back on Tuesday. The foreign ministry dismissed the allegations": the ministry
                # of the state told last speaks
                state = self.antecedent(tok, depth, labels=("GPE",), avoid=avoid)
                if state is not None and state.party.country and state.kind in ("country", "place"):
                    return self.named(self._country_party(state.party.country, "GOV", tok.i), tok)
        if tok.pos_ in ("NOUN", "PROPN") and any(g.lower_ == "ethnic" for c in tok.children
                                                 for g in (c,) + tuple(c.children)):
            # "ethnic Albanian fighters based in southern Serbia": an ethnic group is coded where it lives
            # (else where its sentence is set: "ethnic Russians protested in Riga", "blocked the roads into
            # the Kosovo town of X, preventing ethnic Albanians from leaving"); so are its homes
            code = self.located_country(tok) or self.sentence_country(tok.sent)
            if code:
                return self._country_party(code, self.sector_of(tok), tok.i)
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in self.lex.facility_nouns:
            # "a Cambodian refugee camp", "an army base": the people the facility is named for, else a place
            group = next((c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i
                          and c.pos_ in ("NOUN", "ADJ") and self.sector_of(c)), None)  # ("a rebel base": JJ)
            code = next((c for c in (self.code_of(m.text)[0] for m in self._np_modifiers(tok)
                                     if m.i != (group.i if group is not None else -1)) if c), None)
            if group is not None and code and code != "IGO":
                return self._country_party(code, self.sector_of(group), tok.i)
            if group is not None and not code and self.sector_of(group) in ARMED_FACILITY_SECTORS:
                # "captured a key rebel base", "overran a police post": the force the facility belongs to
                # (named for its adjective's force: "a naval base" is the naval forces')
                name = group.lower_ + " forces" if group.pos_ == "ADJ" or group.lower_.endswith("al") else \
                    group.lower_ if group.lower_.endswith(("s", "y", "ce")) else group.lower_ + "s"
                return Party(EventParty(None, name, None, self.sector_of(group)), "group", tok.i)
            for m in self._np_modifiers(tok):
                # "a Houthi military base", "a Hamas training camp": the armed group the facility is named for
                mspan = self.span_at(m.idx, m.idx + len(m.text))
                if mspan is not None and mspan.label in ("ORG", "NORP") and m.dep_ in ("nmod", "compound", "amod"):
                    owner = self._from_span(mspan, m)
                    if owner.kind in ("org", "group") and (owner.party.sector or "") in ("REB", "MIL", "UAF", "INS") \
                            or (owner.kind == "org" and _norm(mspan.name) in self.lex.org_names
                                and not owner.party.code):
                        return Party(owner.party, owner.kind, tok.i)
                    if owner.kind == "org" and mspan.label == "ORG" \
                            and tok.lemma_.lower() in knowledge_words("premises_nouns"):
                        return Party(owner.party, owner.kind, tok.i)  # "British Council offices": the Council
            if code and code != "IGO" and tok.lemma_.lower() in knowledge_words("state_facilities"):
                return self._country_party(code, "GOV", tok.i)  # "the Nigerian embassy" speaks for Nigeria
            # the place keeps its country when the phrase names it ("the Liberian town of X", "a base in X")
            if code == "IGO":
                code = None
            return Party(EventParty(None, tok.text, code or self.located_country(tok, agent=False)), "place", tok.i)
        named = self._named_holder(tok) or self._office_holder(tok) or self._named_body(tok, depth, avoid)
        if named is not None:
            return named
        span = self.span_at(tok.idx, tok.idx + len(tok.text))
        if span is not None and span.label in NON_PARTY_LABELS:
            return None
        if span is not None and span.label in PLACE_LABELS:
            return Party(EventParty(_eid(span), span.name, self._country(span)), "place", tok.i)
        if span is not None and span.label in ACTOR_LABELS | {"FAC"}:
            return self._from_span(span, tok)
        for mod in (c for c in tok.children if c.dep_ == "amod" and c.i < tok.i
                    and c.lower_ in knowledge_words("ownership_participles")):
            # "the British-flagged tanker Stena Impero", "a Greek-owned freighter": the flag's or owner's country
            # (before the ship's own name, which names no country)
            owner = next((c for c in mod.children if c.dep_ in ("npadvmod", "amod", "compound", "nmod")
                          and c.i < mod.i), None)
            code = self.code_of(owner.text)[0] if owner is not None else None
            if code and code != "IGO":
                name = self.doc[owner.i:tok.i + 1].text
                return Party(EventParty(None, name, code, self.sector_of(tok)), "group", tok.i)
        # modifiers inside the noun phrase: "U.S. forces", "Iranian regime", "Lebanon's president";
        # named organisations first ("a Ukrainian International Airlines airliner")
        mods = [m for m in self._np_modifiers(tok) if m.i >= _dateline_end(tok.sent)]
        mods.sort(key=lambda t: 0 if (self.span_at(t.idx, t.idx + len(t.text)) or _NOSPAN).label == "ORG" else 1)
        for mod in mods:
            if mod.dep_ == "poss" and tok.lemma_.lower() in knowledge_words("relation_nouns"):
                continue  # "its steadfast Czech ally": the ally is another party than its owner
            if mod.dep_ == "poss" and (mod.lower_ in self.lex.pronouns or self._is_definite_head(mod)):
                p = self.party(mod, depth + 1, avoid)
                if p is not None and p.kind != "place":
                    if p.kind == "country":
                        p = Party(EventParty(p.party.entity, p.party.name, p.party.country,
                                             p.party.sector or self.sector_of(tok), p.party.code), p.kind, tok.i)
                    return p
                continue
            mspan = self.span_at(mod.idx, mod.idx + len(mod.text))
            if mspan is not None and mspan.label == "PERSON" and mod.dep_ == "compound" and tok.pos_ == "NOUN" \
                    and self.sector_of(tok) and mod.i == _dateline_end(tok.sent) and mspan.end - mspan.start == len(mod):
                continue  # "Riot police ..." opening a sentence: a capitalised word, no person's name
            if mspan is not None and mspan.label in ACTOR_LABELS:
                p = self._from_span(mspan, mod)
                if p.kind in ("group", "org") and not p.party.country and tok.lemma_.lower() in knowledge_words("epithet_heads"):
                    continue  # "the Baltic nation", "the Gulf state": an epithet for a country told before
                if p.kind == "country":
                    p.party.sector = p.party.sector or self.sector_of(tok)
                    p.token = tok.i
                elif p.kind == "group":  # a people: "Kosovo Albanian students" are students, "Bosnian Serb
                    p.party.sector = self.sector_of(tok) or p.party.sector  # forces" an armed force
                    p.token = tok.i
                return p
            if mspan is not None and mspan.end - mspan.start > len(mod.text):
                continue  # "across Latin America": a word of a longer name is not that name ("America")
            code, sector = self.code_of(mod.text)
            if code:
                return self._country_party(code, self.sector_of(tok) or sector, tok.i)
        if tok.lemma_.lower() in knowledge_words("ally_nouns") and self.home:
            # "said it stood with its ally" in a report set in the Philippines: the ally the report is about
            poss = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
            owner = self.party(poss, depth + 1, avoid) if poss is not None else None
            if owner is not None and owner.party.country and owner.party.country != self.home \
                    and not any(c.dep_ in ("amod", "compound") for c in tok.children):
                return self._country_party(self.home, None, tok.i)
        # "urged both sides to exercise restraint": as the object of an act, the pair told before (as a
        # subject, "both sides agreed", the caller reads the pair itself)
        sides_object = tok.lemma_ == "side" and tok.tag_ == "NNS" and tok.dep_ not in ("nsubj", "nsubjpass") \
            and any(c.lower_ == "both" for c in tok.children)
        if (low in ("two", "both", "sides") or tok.lemma_ == "side") and not sides_object:
            code = self.located_country(tok, agent=False) if tok.lemma_ == "side" else None
            if code and code not in ("IGO", "NGO"):
                return self._country_party(code, None, tok.i)  # "all sides in the Sudanese conflict"
            return None  # compound reference: resolved by the caller
        if tok.tag_ == "NNS" and depth == 0 and (sides_object or self.sector_of(tok) or tok.lemma_.lower() in knowledge_words(
                "state_nouns")) and (any(c.lower_ == "both" for c in tok.children) or (
                any(c.dep_ == "nummod" and c.lower_ == "two" for c in tok.children)
                and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children))):
            # "urged both commanders to end the violence", "the two countries": the pair told before (the
            # first of them, as for a conjoined recipient), never the one speaking of them
            # whoever speaks of them: the subject of the governing verb and of any reporting verb above it
            # ("Blinken said he was concerned and urged both commanders")
            verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
            heads = [verb] + [a for a in tok.ancestors if a.lemma_.lower() in self.lex.reporting_verbs]
            speaker = {t.i for v in heads if v is not None for c in v.children if c.dep_ in ("nsubj", "nsubjpass")
                       for t in c.subtree}
            # (a private person quoted in between is no side: "both commanders" are office holders or bodies)
            pair = [p for p in self.recent_parties(tok, 2, sentences=3, skip=speaker) if p.key != avoid
                    and (p.kind != "person" or (p.party.sector or "") in STATE_SECTORS | {"REB", "UAF"})]
            if pair:
                return pair[0]
        if tok.pos_ == "NOUN" and (self.sector_of(tok) or tok.lower_ in knowledge_words("role_nouns")):
            # "the president of Armenia", "supporters of X", "leaders of the coalition": the role's holder
            # belongs to the "of" party's side
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            obj = self._misparsed_title(obj) or obj
            q = self.party(obj, depth + 1, avoid) if obj is not None else None
            if q is None and tok.tag_ == "NNS":  # "judges at the International Criminal Court": its members
                at = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "at"), None)
                body = next((c for c in at.children if c.dep_ == "pobj"), None) if at is not None else None
                q = self.party(body, depth + 1, avoid) if body is not None else None
                q = q if q is not None and q.kind == "org" else None
            if q is not None and q.kind != "place" and tok.lemma_.lower() in knowledge_words("follower_nouns") \
                    and obj.pos_ == "NOUN" and q.kind in ("country", "group") and self._state_body(obj, q):
                # "supporters of the junta", "backers of Mali's military rulers": civilians of their own,
                # named for the body they back ("backers of the junta" -> "junta supporters")
                return Party(EventParty(None, self.generic_phrase(obj) + " supporters", q.party.country,
                                        self.sector_of(tok)), "group", tok.i)
            if q is not None and q.kind == "person" and tok.lemma_.lower() in knowledge_words("follower_nouns") \
                    and q.party.name:
                # "supporters of Muqtada al-Sadr", "followers of the cleric X": a group named for the one they
                # follow ("Sadr supporters"), of that person's country, not the country itself
                surname = q.party.name.split()[-1]
                surname = surname.split("-", 1)[1].title() if surname.lower().startswith("al-") else surname
                return Party(EventParty(None, f"{surname} supporters", q.party.country, self.sector_of(tok)),
                             "group", tok.i)
            if q is not None and q.kind != "place":
                if q.party.country and (q.kind == "country" or self.sector_of(tok) != "GOV" or (
                        q.kind == "person" and tok.lemma_.lower() in knowledge_words("executive_heads"))):
                    # ("the government of Prime Minister Abdalla Hamdok": his country's government)
                    return self._country_party(q.party.country, self.sector_of(tok), tok.i)
                if q.kind != "person":
                    return q
        if self._is_definite_head(tok) or (tok.lower_ in self.lex.anaphoric_org_heads and tok.pos_ == "NOUN"
                                           and tok.dep_ == "poss"):
            labels = ("ORG", "GPE") if tok.lemma_.lower() in self.lex.anaphoric_gpe_heads else ("ORG",)
            ante = self.antecedent(tok, depth, labels=labels, avoid=avoid, sector=self.sector_of(tok))
            if ante is not None:
                return ante
        code, sector = self.code_of(tok.text)
        if code and _norm(tok.text) in self.lex.org_names:
            return Party(EventParty(None, tok.text, None if code == "IGO" else code, sector,
                                    "IGO" if code == "IGO" else None), "org", tok.i)
        if code:
            return self._country_party(code, sector or self.sector_of(tok), tok.i)
        if tok.pos_ == "NOUN" and (self.sector_of(tok) or not (
                tok.lemma_.lower() in knowledge_words("deed_nouns")
                or tok.lemma_.lower() in self.lex.document_nouns or tok.lemma_.lower() in knowledge_words("deal_nouns")
                or tok.lemma_.lower() in self.lex.nouns or tok.lower_ in self.lex.nouns)):
            # "students throughout Indonesia", "workers in Lagos", "fighters based in southern Serbia",
            # "a newspaper based in Beirut": a group placed in a country ("from" only for agent nouns:
            # "the withdrawal from X" is no party of X); "a treaty signed in Brasilia", "talks in Addis
            # Ababa" are no one
            # ("governments across Latin America": several states, placed by no one country)
            code = None if several_states(tok) else self.located_country(tok, agent=bool(self.sector_of(tok)))
            if code:
                sector = self.sector_of(tok)
                if tok.tag_ == "NNS" and sector and sector not in STATE_SECTORS and code not in ("IGO", "NGO"):
                    # "protesters in Zahedan", "workers in Lagos": a group of people keeps its own name
                    return Party(EventParty(None, self.agent_phrase(tok) or tok.lower_, code, sector), "group", tok.i)
                return self._country_party(code, sector, tok.i)
        body = self.generic_phrase(tok) if tok.pos_ == "NOUN" and tok.lemma_.lower() in knowledge_words(
            "vehicle_nouns") else None
        if body in knowledge_words("state_bodies"):
            # "shot down an army helicopter", "rammed a coast guard cutter": the body the vehicle belongs to
            sector = self.lex.agent_sectors.get(body) or (self.actors.agent_sector(body) if self.actors else None)
            return Party(EventParty(None, body, None, sector), "group", tok.i)
        if tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos") \
                and self.generic_phrase(tok) in _generic_names().values():
            # "fired at ships", "the military rulers": a class the analysts name as such ("merchant shipping")
            return Party(EventParty(None, self.generic_phrase(tok), None, self.sector_of(tok)), "group", tok.i)
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in self.lex.anaphoric_org_heads:
            # "the Azadliq opposition coalition": an organisation named by a proper noun the recogniser missed
            names = [c for c in tok.children if c.dep_ in ("nmod", "compound") and c.i < tok.i and c.pos_ == "PROPN"]
            if names:
                words = [t for t in tok.doc[names[0].i:tok.i + 1] if not t.is_punct]
                words = [t for t in words if t.head.i == tok.i or t.head.i == names[0].i and t.dep_ == "compound"
                         or t.i == tok.i]
                sector = self.sector_of(tok) or next((self.sector_of(c) for c in tok.children
                                                      if c.dep_ == "compound" and self.sector_of(c)), None)
                return Party(EventParty(None, " ".join(w.text for w in words), None, sector), "org", tok.i)
        if tok.pos_ == "PROPN" and tok.i == _dateline_end(tok.sent) and tok.lower_ in self.lex.agent_sectors:
            # "Police in Minsk detained ...": a capitalised common noun opening the sentence, no name
            code = self.located_country(tok)
            adj = country_adjective(code, self.lex.country_names.get(code)) if code else None
            name = f"{adj} {tok.lower_}" if adj and tok.lower_ in knowledge_words("state_bodies") else tok.lower_
            return Party(EventParty(None, name, code, self.lex.agent_sectors[tok.lower_]), "group", tok.i)
        if tok.pos_ == "PROPN" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "poss") \
                and tok.is_title:
            # a name the entity recogniser missed: keep the name, claim no country ("the Senate", a body many
            # states have, keeps its kind: a legislature)
            words = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [tok]
            sector = self.sector_of(tok) if len(words) == 1 else None
            return Party(EventParty(None, " ".join(w.text for w in words), None, sector), "org", tok.i)
        # (the parser makes a sentence's subject its root when it takes the verb for a modifier: "Stone-throwing
        # youths clashed with police")
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "ROOT") \
                and (tok.tag_ in ("NNS", "NNPS") or tok.lower_.endswith("s")) and \
                (tok.lower_ in self.lex.agent_sectors or
                 (tok.tag_ == "NNS" and self.sector_of(tok) not in (None, "PPL"))):  # not bare "people"
            # "protesters stormed ...", "police fired ...", "farmers marched": a countryless group is still a party
            # (named with the phrase that gives its kind: "opposition leaders", "civil servants")
            # (a phrase the dictionary names says more than its head noun: "armed men" are no civilians)
            phrase = self.agent_phrase(tok)
            sector = (self.sector_of(tok) if phrase and " " in phrase else None) \
                or self.lex.agent_sectors.get(tok.lower_) or self.sector_of(tok)
            return Party(EventParty(None, phrase or tok.lower_, None, sector), "group", tok.i)
        if tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and tok.tag_ == "NN" \
                and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children) and self.sector_of(tok):
            # "a journalist was killed", "a soldier was wounded": one member of a group is a party too
            return Party(EventParty(None, tok.lower_, None, self.sector_of(tok)), "group", tok.i)
        if tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos") \
                and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children) \
                and (tok.lemma_.lower() in self.lex.anaphoric_org_heads or tok.lower_ in self.lex.anaphoric_org_heads
                     or ((self.sector_of(tok) or "") in STATE_SECTORS | {"OPP"} and tok.lower_ not in knowledge_words("role_nouns"))):
            # "the government", "the army", "the ruling party" with nothing to refer back to: the institution
            # of the country the text is about (the coder places it, or leaves it countryless)
            words = [c for c in tok.lefts if c.dep_ in ("amod", "compound") and not c.ent_type_] + [tok]
            return Party(EventParty(None, " ".join(w.lower_ for w in words), None, self.sector_of(tok)), "group", tok.i)
        return None

    def government(self, code: str, token: int) -> Party:
        """A country's government, named as analysts name it ("Lebanese government")."""
        adj = country_adjective(code, self.lex.country_names.get(code))
        name = f"{adj} government" if adj else self.lex.country_names.get(code, code)
        return Party(EventParty(None, name, code, "GOV"), "country", token)

    def _office_holder(self, tok) -> Optional[Party]:
        """"Bolivia's first Indigenous president", "the Mexican foreign minister": an office the text names
        with its country but not its holder is the one person the article gives that role in that country
        (from the entities' roles); a former holder, or an office several people hold, is no one in
        particular. A bare "the president" is left alone: which country's is not said."""
        if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.lower_ not in knowledge_words("office_heads") \
                or any(c.dep_ == "appos" for c in tok.children):
            return None
        words = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i} | {tok.lower_}
        if words & knowledge_words("past_office_words"):
            return None  # "the former president", "the late king"
        # its country: "Bolivia's", "Bolivian", "of Finland"
        mods = [m for m in tok.children if m.dep_ in ("poss", "amod", "compound") and m.i < tok.i]
        mods += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        code = next((c for c in (self.code_of(" ".join(t.text for t in m.subtree if t.dep_ != "case"))[0]
                                 for m in mods) if c and c != "IGO"), None)
        if code is None and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            return None  # "the president of the commission": an office of something else
        holders = [e for e in self.record.entities if e.type == "PERSON" and e.role
                   and set(e.role.lower().split()) <= words and e.role.lower().split()[-1] == tok.lower_
                   and (code is None or e.country == code)]
        if len(holders) != 1 or code is None:
            return None
        e = holders[0]
        return Party(EventParty(e.id, e.name, e.country, e.sector, e.code), "person", tok.i)

    def _named_body(self, tok, depth: int, avoid: Optional[str]) -> Optional[Party]:
        """"The rebels, the Front for Change and Concord in Chad, rejected ...": a group the text names in
        apposition is that organisation."""
        if tok.pos_ != "NOUN" or tok.tag_ != "NNS" or not self.sector_of(tok) or depth >= 3:
            return None
        # (or a "conjunct" the parser made of it: a comma and no "and" between)
        appos = next((c for c in tok.children if c.pos_ == "PROPN" and (c.dep_ == "appos" or (
            c.dep_ == "conj" and tok.doc[tok.i + 1].text == "," and not any(
                x.dep_ == "cc" for x in tok.children if tok.i < x.i < c.i)))), None)
        span = self.span_at(appos.idx, appos.idx + len(appos.text)) if appos is not None else None
        if span is None or span.label != "ORG":
            return None
        p = self._party(appos, depth + 1, avoid)
        return p if p is not None and p.kind in ("org", "group") else None

    def _named_holder(self, tok) -> Optional[Party]:
        """"Germany's foreign minister, Heiko Maas, said": the office holder the text names acts (with the
        office's country when the person has none of their own), as analysts code named officials."""
        if tok.pos_ != "NOUN" or not (tok.lower_ in knowledge_words("role_nouns") or self.sector_of(tok)):
            return None
        appos = next((c for c in tok.children if c.dep_ == "appos"), None)
        span = self.span_at(appos.idx, appos.idx + len(appos.text)) if appos is not None else None
        if span is None or span.label != "PERSON":
            return None
        p = self._from_span(span, appos)
        if not p.party.country and not p.party.code:
            code = next((c for c in (self.code_of(m.text)[0] for m in self._np_modifiers(tok)) if c), None)
            if code and code != "IGO":
                p.party.country = code
        p.token = tok.i
        return p

    # --- generic names ---------------------------------------------------------------------
    def generic_phrase(self, tok) -> str:
        """The words naming a generic party ("the new military rulers" -> "junta", "riot police" ->
        "riot police"): its common-noun and adjective modifiers without nationality, then the analysts'
        name for the phrase when data/event_parties.yaml gives one."""
        mods = [c for c in tok.lefts if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ")
                and not c.ent_type_ and c.lower_ not in knowledge_words("name_stopwords")
                and not self.code_of(c.text)[0]]
        # nested compounds belong to the name too: "coast guard ships" ("coast" modifies "guard")
        words = [w.lower_ for c in mods for w in sorted(
            [x for x in c.lefts if x.dep_ == "compound" and x.pos_ == "NOUN" and not x.ent_type_] + [c],
            key=lambda x: x.i)]
        body = " ".join(words)
        if tok.lemma_.lower() in knowledge_words("vehicle_nouns") and body in knowledge_words("state_bodies"):
            return body  # "coast guard ships", "police cars": the body they belong to acts
        phrase = " ".join(words + [tok.lower_])
        names = _generic_names()
        return names.get(phrase) or phrase  # "naval vessels" are no merchant shipping

    def _state_body(self, tok, p: Party) -> bool:
        """A state institution named by a common noun: "the government", "the junta", "military rulers"."""
        phrase = self.generic_phrase(tok)
        return (p.party.sector or "") in STATE_SECTORS or (self.sector_of(tok) or "") in STATE_SECTORS \
            or tok.lemma_.lower() in self.lex.anaphoric_gpe_heads or phrase != " ".join(
                [c.lower_ for c in tok.lefts if c.dep_ in ("compound", "amod")] + [tok.lower_]) \
            and phrase in _generic_names().values()

    def named(self, p: Party, tok) -> Party:
        """A state body read from a generic noun keeps the noun's words with its country's adjective: "the
        police" placed in Lebanon -> "Lebanese police", "the Iranian regime"; "ships" -> "merchant shipping"."""
        if tok is None or p.token != tok.i or tok.pos_ != "NOUN" or p.kind not in ("country", "group"):
            return p
        e = p.party
        code = e.country
        low = tok.lemma_.lower()
        if not code or low in _country_nouns() or tok.lower_ in self.lex.proxy_nouns \
                or (tok.tag_ == "NN" and tok.lower_ in knowledge_words("role_nouns")):
            return p
        # a state's bodies are named for the state ("Lebanese police", "Iranian regime"); its members
        # ("soldiers", "troops"), crowds, workers and supporters keep their own word ("protesters")
        body = low in self.lex.anaphoric_gpe_heads or tok.lower_ in self.lex.anaphoric_gpe_heads \
            or self.generic_phrase(tok) in knowledge_words("state_bodies") or (
            tok.tag_ == "NN" and ((self.sector_of(tok) or "") in STATE_SECTORS or low in self.lex.anaphoric_org_heads))
        if not (body or tok.lower_ in _generic_names()):
            return p
        phrase = self.generic_phrase(tok)
        if p.kind == "group" and _norm(e.name) not in (_norm(phrase), tok.lower_, _norm(" ".join(
                [c.lower_ for c in tok.lefts if c.dep_ in ("amod", "compound") and not c.ent_type_] + [tok.lower_]))):
            return p  # a name the group was given otherwise
        # a body named for a town or region in its own phrase keeps that name ("Aachen police", "Hong Kong
        # police"): the town, not the country, is how readers know it
        other_name = p.kind == "country" and e.name not in (None, self.lex.country_names.get(code, code))
        place_named = other_name and body and any(_norm(m.text) in _norm(e.name).split()
                                                  for m in tok.lefts if m.dep_ in ("compound", "nmod"))
        if other_name and not place_named:
            return p
        if phrase in _generic_names().values():
            if p.kind == "country":
                return p  # "Iranian ships" are Iran's, no merchant shipping
            name = phrase  # "merchant shipping", "junta": the analysts' name stands alone
        else:
            # (a short country name with no adjective serves as one: "Hong Kong riot police")
            short = self.lex.country_names.get(code, "")
            adj = e.name if place_named else country_adjective(code, self.lex.country_names.get(code)) \
                or (short if p.kind == "country" and 0 < len(short.split()) <= 2 else None)
            if not adj:
                return p
            name = adj + " " + phrase
        return Party(EventParty(e.entity, name, e.country, e.sector, e.code), p.kind, p.token)

    def institution(self, body, depth: int = 0) -> Optional[Party]:
        """The body a compound noun names ("a government spokesperson", "a police statement"): the same
        institution named with its owner shortly before ("Yemen's government ... a government
        spokesperson"), else the generic body, countryless until the coder places it."""
        lemma = body.lemma_.lower()
        start = body.sent.start
        for _ in range(max(1, self.lex.anaphora_sentences)):
            if start == 0:
                break
            start = self.doc[start - 1].sent.start
        for t in reversed(self.doc[start:body.i]):
            if t.lemma_.lower() == lemma and t.pos_ == "NOUN" and t.dep_ != "compound":
                q = self.party(t, depth + 1)
                if q is None or q.kind != "country":
                    q = self._possessor_country(t) or q
                if q is not None and q.kind == "country" and q.party.country:
                    sector = q.party.sector or self.sector_of(body) or "GOV"
                    return self.named(Party(EventParty(None, self.lex.country_names.get(q.party.country),
                                                       q.party.country, sector), "country", body.i), body)
        return Party(EventParty(None, self.generic_phrase(body), None, self.sector_of(body) or
                                ("GOV" if lemma in self.lex.anaphoric_gpe_heads else None)), "group", body.i)

    def _possessor_country(self, t) -> Optional[Party]:
        """"Yemen's internationally recognised government" read on the surface when the parse attached
        the possessor elsewhere: a country name and "'s" right before the noun's modifiers."""
        i = t.i - 1
        while i > t.sent.start and self.doc[i].pos_ in ("ADV", "ADJ", "VERB", "NOUN") \
                and self.doc[i].dep_ in ("advmod", "amod", "compound"):
            i -= 1
        if i <= t.sent.start or self.doc[i].lower_ not in ("'s", "\u2019s"):
            return None
        owner = self.doc[i - 1]
        span = self.span_at(owner.idx, owner.idx + len(owner.text))
        if span is None or span.label != "GPE":
            return None
        code = self._country(span)
        return self._country_party(code, self.sector_of(t), t.i) if code else None

    @staticmethod
    def _coordinated_subject(pron) -> Optional[object]:
        """The coordinated subject ("A, B and C") of the clause a plural pronoun sits in, when it comes before."""
        t = pron
        for _ in range(6):
            if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
                break
            t = t.head
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.i > pron.i or not any(c.i != subj.i for c in subj.conjuncts):
            return None
        return subj

    def _divided_country(self, half: str) -> Optional[str]:
        """"the North" in a report naming South Korea (or North Korea) is North Korea: the half of a divided
        country the text names by its other half or its own full name."""
        cache = self.__dict__.setdefault("_halves", {})
        if half not in cache:
            cache[half] = None
            # the text's own "North X"/"South X", then the names of the countries its entities belong to
            # ("Seoul said the North ...")
            words = [m.group(1) for m in re.finditer(r"\b(?:North|South)(?:ern)?\s+([A-Z][a-z]+)", self.doc.text)]
            for sp in self.spans:
                code = sp.entity.country if sp.entity is not None else None
                name = self.lex.country_names.get(code or "", "").split(" ", 1)
                if len(name) == 2 and name[0] in ("North", "South"):
                    words.append(name[1])
            for word in words:
                code = self.code_of(f"{half} {word}")[0]
                if code and code != "IGO" and code != self.code_of(word)[0]:
                    cache[half] = code
                    break
        return cache[half]

    def located_country(self, tok, agent: bool = True) -> Optional[str]:
        """Country of a place the noun is located in: "workers in Lagos", "a newspaper based in Beirut"."""
        words = ("in", "throughout", "from", "across") if agent else ("in", "throughout", "across")
        preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in words]
        for acl in tok.children if agent else ():  # "guerrillas operating in X", "refugees living in X"
            if acl.dep_ == "acl" and acl.tag_ in ("VBN", "VBG"):
                preps += [c for c in acl.children if c.dep_ == "prep" and c.lower_ in ("in", "throughout", "across")]
        for prep in preps:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is None:
                continue
            near = [c for c in obj.children if c.dep_ in ("compound", "appos", "poss")]  # "in Kyrgyzstan's parliament"
            near += [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"  # "the city of X"
                     for g in c.children if g.dep_ == "pobj"]
            for t in [obj] + near:
                span = self.span_at(t.idx, t.idx + len(t.text))
                if span is not None and span.label in ("GPE", "LOC", "FAC"):
                    code = self._country(span)
                    if code:
                        return code
            if obj.lemma_.lower() in knowledge_words("conflict_nouns"):
                # "all sides in the Sudanese conflict": the country the conflict is named for
                code = next((x for x in (self.code_of(m.text)[0] for m in obj.children
                                         if m.dep_ in ("amod", "compound") and m.i < obj.i) if x and x != "IGO"), None)
                if code:
                    return code
        return None

    def sentence_country(self, sent, exclude: Optional[int] = None) -> Optional[str]:
        """The one country the sentence's place names (cities, regions, countries) point to, else None.

        Nationality adjectives ("Iranian") describe people, not where the act is, and are left out, as
        is the other party's own name (``exclude``: its head token) and a stance ("anti-Syria")."""
        skip = None
        if exclude is not None:  # the other party's own words ("the Israeli army"), not where it is ("in Baku")
            t = self.doc[exclude]
            left = [x for c in t.lefts for x in c.subtree] + [t]
            skip = (min(x.idx for x in left), t.idx + len(t))
        codes = set()
        i = bisect.bisect_left(self._starts, sent.start_char)
        for sp in self.spans[i:]:
            if sp.start >= sent.end_char:
                break
            if sp.label not in ("GPE", "LOC", "FAC") or (skip and skip[0] <= sp.start < skip[1]):
                continue
            toks = [t for t in self.doc.char_span(sp.start, sp.end, alignment_mode="expand") or ()]
            if not toks or all(t.pos_ == "ADJ" or t.ent_type_ == "NORP" for t in toks) or _opposed(toks[0]):
                continue
            if toks[-1].dep_ in ("amod",) or toks[-1].head.dep_ == "amod":
                continue
            prep = toks[-1].head if toks[-1].dep_ == "pobj" else None
            if prep is not None and (prep.lower_ in ("against", "with") or (
                    prep.lower_ == "for" and prep.head.pos_ == "VERB")):
                # "spying for Israel", "sanctions against Iran": a party served or opposed, no place (a "tribunal
                # for Rwanda" is still Rwanda's)
                continue
            code = self._country(sp)
            if code and code != "IGO":  # "the European Union" is tagged a place at times: no country to be in
                codes.add(code)
        return codes.pop() if len(codes) == 1 else None

    def codes_between(self, start: int, end: int) -> set[str]:
        """Every country or IGO code the named entities in [start, end) carry (places, peoples, bodies, people)."""
        codes = set()
        i = bisect.bisect_left(self._starts, start)
        for sp in self.spans[i:]:
            if sp.start >= end:
                break
            code = (sp.entity.country or sp.entity.code) if sp.entity is not None else self.code_of(sp.name)[0]
            if code:
                codes.add(code.upper()[:3])
        return codes

    def _np_modifiers(self, tok) -> list:
        out = []
        for c in tok.children:
            if c.dep_ in ("compound", "amod", "poss", "nmod") and c.i < tok.i:
                out.append(c)
                out.extend(g for g in c.children if g.dep_ in ("compound", "poss", "amod"))
                if tok.pos_ == "PROPN" and c.pos_ == "PROPN" and c.dep_ == "compound":
                    # a name's title chain ("Argentine Economy Minister Domingo Cavallo"): the country word
                    # sits as deep as the title is long
                    out.extend(g for t in c.children if t.dep_ == "compound" for g in t.subtree
                               if g.i < t.i and g.dep_ in ("compound", "amod"))
                if c.lower_ == "led":  # "US-led forces": the leader names the side ("US-backed" does not)
                    out.extend(g for g in c.children if g.dep_ in ("npadvmod", "compound", "nmod"))
        for c in tok.children:
            if c.dep_ == "appos":
                out.append(c)
                out.extend(g for g in c.children if g.dep_ in ("compound", "amod", "poss"))
        return [m for m in out if not _opposed(m)]

    def _from_span(self, span: _Span, tok) -> Party:
        if re.match(r"(?i)(anti|pro|non|counter)\s*[-\u2010\u2011]", span.name):
            # "pro-Russia activists": a stance, not a nationality
            return Party(EventParty(_eid(span), span.name), "org", tok.i)
        ent = span.entity
        code = (ent.country if ent is not None else None)
        sector = ent.sector if ent is not None else None
        igo = None
        if not code:
            c, s = self.code_of(span.name)
            code, sector = c, sector or s
        if code == "NGO":
            code = None  # an NGO's code says no country ("MSF", "the Red Cross"): its entity keeps the code
        if code == "IGO" or (ent is not None and (ent.code or "").startswith("IGO")):
            igo, code = "IGO", None
        if span.label == "GPE" and not code and not igo and tok.dep_ not in ("compound", "amod", "nmod", "poss"):
            # a town the gazetteer does not know ("the border town of Badme") is a place, placed by its context
            # (as a modifier it still names the people: "Chechen refugees")
            return Party(EventParty(_eid(span), span.name), "place", tok.i)
        if span.label == "PERSON" and self._igo_role(span, tok):
            # "U.N. mediator X", "X, the United Nations relief coordinator": the office, not the passport
            return Party(EventParty(_eid(span), span.name, None, sector, "IGO"), "person", tok.i)
        if span.label == "NORP" and code and not igo and self._people(span.name):
            # "Turkish Kurd refugees", "Greek Cypriots": a people coded where it lives, not that state
            return Party(EventParty(_eid(span), span.name, code, sector), "group", tok.i)
        if span.label in ("GPE", "NORP") and code and not igo and _norm(span.name) not in self.lex.org_names:
            name = span.name if (span.label == "GPE" or ent is not None) else self.lex.country_names.get(code, span.name)
            return Party(EventParty(_eid(span), name, code, sector, ent.code if ent is not None else None),
                         "country", tok.i)
        if span.label in ("PERSON", "NORP", "ORG") and not code:
            # "Serbian President X", "Kenzo Oshima, the UN coordinator": country from the noun phrase
            head = tok
            while head.dep_ in ("compound", "flat") and head.head.i != head.i:
                head = head.head
            for mod in self._np_modifiers(head):
                if span.start <= mod.idx < span.end:
                    # a word of the name itself ("Karen National Union"): only a country word counts, never
                    # another actor the word happens to name ("The National", a newspaper)
                    c = (self.lex.names.get(_norm(mod.text)) or (None, None))[0]
                else:
                    c, _ = self.code_of(mod.text)
                if not c and mod.dep_ == "poss":  # "Sierra Leone's Revolutionary United Front"
                    c, _ = self.code_of(" ".join(t.text for t in mod.subtree if t.dep_ != "case"))
                if c:
                    if c == "IGO":
                        igo = "IGO"
                    else:
                        code = c
                    break
        kind = "person" if span.label == "PERSON" else "org"
        party = EventParty(_eid(span), span.name, code, sector,
                           (ent.code if ent is not None and ent.code else igo))
        return Party(party, kind, tok.i)

    def _people(self, name: str) -> bool:
        """The dictionary names a people ("Kosovo Albanians"), not only a nationality word ("Albanian")."""
        try:
            hit = self.actors.lookup(name) if self.actors is not None else None
        except Exception:
            return False
        return hit is not None and getattr(hit, "type", None) == "NORP"

    def _igo_role(self, span: _Span, tok) -> bool:
        """A person named with an international organisation's title before any country ("UN envoy X")."""
        head = tok
        while head.dep_ in ("compound", "flat") and head.head.i != head.i:
            head = head.head
        for mod in self._np_modifiers(head):
            if span.start <= mod.idx < span.end:
                continue  # the name itself
            mspan = self.span_at(mod.idx, mod.idx + len(mod.text))
            text = mspan.name if mspan is not None and mspan.label == "ORG" else mod.text
            code = self.code_of(text)[0]
            if code:
                return code == "IGO"
        return False

    def _country_party(self, code: str, sector: Optional[str], i: int) -> Party:
        if code in ("IGO", "NGO"):
            return Party(EventParty(None, None, None, sector, code), "org", i)
        name = self.lex.country_names.get(code, code)
        return Party(EventParty(None, name, code, sector), "country", i)

    def _country(self, span: _Span) -> Optional[str]:
        if span.entity is not None and span.entity.country:
            return span.entity.country
        code = self.code_of(span.name)[0]
        return None if code in ("IGO", "NGO") else code

    def _dateline_tokens(self) -> frozenset:
        """Indices of the tokens of every sentence's leading dateline (computed once per document)."""
        if getattr(self, "_dateline_idx", None) is None:
            self._dateline_idx = frozenset(i for sent in self.doc.sents for i in range(sent.start, _dateline_end(sent)))
        return self._dateline_idx

    def antecedent(self, tok, depth: int = 0, labels: tuple[str, ...] = (),
                   avoid: Optional[str] = None, sector: Optional[str] = None) -> Optional[Party]:
        """Nearest preceding party for a pronoun or a definite generic noun.

        Looks in the same and previous sentence first, then further back (``anaphora_sentences``):
        "the group" two sentences after "the Houthis" still means the Houthis. A definite description
        with an agent sector ("the militia" -> REB) prefers a candidate of that sector.
        """
        person = tok.lower_ in ("he", "his", "him", "she", "her")
        if tok.lower_ in ("it", "this") and tok.dep_ == "dobj" and \
                tok.head.lemma_.lower() in knowledge_words("act_condemning_verbs"):
            return None  # "each denounced it": what is condemned is the act just told, not a party
        want = labels or (("PERSON",) if person else ("GPE", "ORG", "NORP"))
        if tok.dep_ == "nsubj" and tok.lower_ in ("it", "he", "she", "they") and depth < 4:
            # "said that it had informed Taipei it was breaking off relations": the same pronoun as subject of
            # the clause that reports this one means the same party (not a name told in between)
            head = tok.head
            while head.dep_ in ("ccomp", "conj", "xcomp") and head.head.i != head.i:
                head = head.head
                above = next((c for c in head.children if c.dep_ == "nsubj" and c.lower_ == tok.lower_), None)
                if above is not None:
                    return self.party(above, depth + 1, avoid)
        shared = self._shared_object(tok, want, depth, avoid)
        if shared is not None:
            return shared
        starts = [tok.sent.start]
        for _ in range(max(1, self.lex.anaphora_sentences)):
            if starts[-1] == 0:
                break
            starts.append(self.doc[starts[-1] - 1].sent.start)
        windows = [starts[min(1, len(starts) - 1)], starts[-1]]
        if labels and tok.lemma_.lower() in knowledge_words("political_org_words") | knowledge_words("court_words"):
            windows.append(0)  # "the party", "the court" may mean one named paragraphs back, as no other can be
        for start in dict.fromkeys(windows):
            pick = self._pick(tok, start, want, depth, avoid, sector, bool(labels))
            if pick is not None:
                return pick
        return None

    def _shared_object(self, tok, want: tuple[str, ...], depth: int, avoid: Optional[str]) -> Optional[Party]:
        """"called Ilham Aliyev and pressed him to halt": an object pronoun of a verb joined to one whose
        object is a party of the wanted kind means that party, not the last subject told."""
        if tok.lower_ == "it":
            return self._shared_site(tok, depth, avoid)
        if tok.dep_ != "dobj" or tok.lower_ not in ("him", "her", "them") or tok.head.dep_ != "conj":
            return None
        first = tok.head.head
        # (not "oprd": "called him a traitor" names what he is called)
        for obj in (c for c in first.children if c.dep_ in ("dobj", "dative")):
            span = self.span_at(obj.idx, obj.idx + len(obj.text))
            group = tok.lower_ == "them" and obj.tag_ == "NNS" and self.sector_of(obj)  # "detained the leaders"
            if not group and (span is None or span.label not in want):
                continue
            p = self.party(obj, depth + 1)
            if p is not None and p.kind != "place" and not (avoid and p.key == avoid):
                return p
        return None

    def _shared_site(self, tok, depth: int, avoid: Optional[str]) -> Optional[Party]:
        """"broke into the embassy and set part of it on fire": "it" in the object of a verb joined to one whose
        object is a building or body is that object, not a place named after it ("the embassy in Baghdad")."""
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("pobj", "prep", "dobj") and verb.head is not verb:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_ != "conj" or tok.dep_ not in ("dobj", "pobj"):
            return None
        first = verb.head
        objs = [c for c in first.children if c.dep_ == "dobj"]
        objs += [g for c in first.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        for obj in objs:
            if obj.pos_ != "NOUN" or person_word(obj):
                continue
            p = self.party(obj, depth + 1)
            if p is not None and p.kind != "place" and not (avoid and p.key == avoid):
                return p
        return None

    def _pick(self, tok, start: int, want: tuple[str, ...], depth: int, avoid: Optional[str],
              sector: Optional[str], definite: bool) -> Optional[Party]:
        cands = []
        dateline = self._dateline_tokens()
        for t in self.doc[start:tok.i]:
            if t.i in dateline:
                continue  # "GOMA, Democratic Republic of Congo — ...": the dateline names no party
            if t.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj", "poss", "compound", "appos") or t.ent_type_:
                span = self.span_at(t.idx, t.idx + len(t.text))
                if span is not None and span.label in want:
                    cands.append((t.dep_ in ("nsubj", "nsubjpass"), t))
                elif span is None and not person_word(t) and self._is_definite_head(t) and "ORG" in want:
                    cands.append((t.dep_ in ("nsubj", "nsubjpass"), t))  # "the group ... it": chain back
                elif span is None and (want == ("PERSON",) or (tok.lower_ == "it" and "ORG" in want)) \
                        and t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN" \
                        and t.tag_ == "NN" and (self.sector_of(t) or "") in STATE_SECTORS \
                        and any(c.dep_ == "poss" for c in t.children):
                    # "Lesotho's prime minister told ... he would step down": an office holder named by office;
                    # "Ethiopia's government rejected ..., saying it would not": a state body named by its state
                    cands.append((True, t))
                elif span is None and tok.lower_ in ("they", "them", "their") and t.dep_ in ("nsubj", "nsubjpass") \
                        and (t.pos_, t.tag_) in (("NOUN", "NNS"), ("PROPN", "NNPS")) and not labels_only(want) \
                        and (self.sector_of(t) or (tok.lower_ == "them" and t.lower_ in self.lex.collective_heads)):
                    # "thousands of X marched ... police dispersed them": the crowd acted on
                    cands.append((True, t))  # "police said they had arrested ...": a plural agent noun
        if tok.lower_ in ("it", "its") and not definite:
            # "The region broke away ... Azerbaijan retook large parts of it": a place told as the subject since
            # the last party is what "it" means; it is no party, so nothing older is taken for it either
            places = entity_lexicon().place_class_nouns
            # (the subject of a sentence's main clause: "say the valley is theirs" tells of the sayers)
            last_place = max((t.i for t in self.doc[start:tok.i] if t.dep_ in ("nsubj", "nsubjpass")
                              and t.head.dep_ == "ROOT" and t.pos_ == "NOUN" and t.lemma_.lower() in places
                              and any(c.lower_ == "the" for c in t.children)), default=-1)
        else:
            last_place = -1
        parties = []
        for is_subj, t in cands:
            p = self.party(t, depth + 1)
            if p is None or p.kind == "place" or (avoid and p.key == avoid):
                continue
            if avoid and t.dep_ in ("amod", "compound", "poss", "nmod") and t.head.i != tok.i:
                # "the Chinese ministry accused them": the avoided party's own modifier is that party too
                owner = self.party(t.head, depth + 1)
                if owner is not None and owner.key == avoid:
                    continue
            parties.append((is_subj, p))
        if last_place >= 0 and all(0 <= p.token < last_place for _, p in parties):
            return None
        if definite and tok.pos_ == "NOUN" and tok.lemma_.lower() in knowledge_words("state_nouns"):
            # "the north of the country": a state, never an international body or a countryless group
            # (and a state itself: "the kingdom's defence" told after "The White House said" is no office's)
            parties = [(s, p) for s, p in parties if p.kind == "country"]
            # "Saudi Arabia cut ties with the emirate": a state described in an act's object is not its subject
            own = _clause_subject_tokens(tok)
            parties = [(s, p) for s, p in parties if p.token not in own] if tok.dep_ not in (
                "nsubj", "nsubjpass") else parties
        if not parties:
            return None
        if definite and tok.pos_ == "NOUN":
            # head match first: "the ministry" is the last party named "... Ministry", "the party" the last
            # "... Party" (a plain mention order would pick any organisation in between)
            head = tok.lemma_.lower()
            same = [(s, p) for s, p in parties if head in _norm(p.party.name).split()]
            media = knowledge_words("medium_nouns")
            if not same and head in self.lex.anaphoric_gpe_heads and any(
                    media & set(_norm(p.party.name).split()) for _, p in parties):
                # "Iraqi state media reported that the government had suspended ...": a medium, even a state
                # one, is never the government; its country's is
                parties = [(s, p) if not media & set(_norm(p.party.name).split()) else
                           (s, self._country_party(p.party.country, "GOV", p.token) if p.party.country else None)
                           for s, p in parties]
                parties = [(s, p) for s, p in parties if p is not None]
                if not parties:
                    return None
            if same:
                parties = same
                if head in knowledge_words("court_words"):
                    # the court that acted ("the court ruled"), not one named in passing ("Supreme Court staff")
                    parties = [(s, p) for s, p in parties if s] or parties
            elif head in knowledge_words("court_words"):
                # "the same court dissolved its predecessor": a court, never a party or a state named in between
                parties = [(s, p) for s, p in parties if (p.party.sector or "") == "JUD"]
                if not parties:
                    return None
                parties = [(s, p) for s, p in parties if s] or parties
            elif head in knowledge_words("political_org_words"):
                # "accused the party of planning the violence": a political body, never a firm or a medium
                # named in between ("blocked YouTube and Twitter")
                parties = [(s, p) for s, p in parties if p.kind != "person"
                           and (p.party.sector or "") not in STATE_SECTORS  # (nor "the government", a court)
                           and (p.party.sector or "") not in knowledge_words("commercial_sectors")
                           and not (p.party.code or "").startswith("MNC")]
                if not parties:
                    return None
                # one the text has called so ("Khan's Pakistan Tehreek-e-Insaf party"), or a party by sector
                parties = [(s, p) for s, p in parties if (p.party.sector or "") in ("PTY", "OPP")
                           or self._called(p, head)]
                if not parties:
                    return None  # (then further back: antecedent reads the whole report for "the party")
        if sector:
            same = [(s, p) for s, p in parties if p.party.sector == sector]
            if same:
                parties = same
            elif definite and sector in ("REB", "OPP"):
                # "the rebels" never refers back to a state body ("the military council took power ... The
                # rebels rejected the council")
                parties = [(s, p) for s, p in parties if (p.party.sector or "") not in STATE_SECTORS
                           and p.kind != "country"]
                if not parties:
                    return None
            elif definite and tok.lemma_.lower() in self.lex.anaphoric_gpe_heads:
                # "the Nigeria Labour Congress launched a strike against the federal government": a
                # government is a state's, never a union or party named in between
                states = [(s, p) for s, p in parties if p.kind == "country"]
                if not states and not any((p.party.sector or "") in STATE_SECTORS for _, p in parties):
                    return None  # ("stormed the army's General Headquarters ... the government sent troops")
                if not states and tok.lemma_.lower() in knowledge_words("executive_heads"):
                    # "The Supreme Court scaled the quotas back ... The government had imposed a curfew": a court
                    # or a legislature is never the government
                    parties = [(s, p) for s, p in parties if (p.party.sector or "") not in ("JUD", "LEG")]
                    if not parties:
                        return None
                    # "the army said ... The government was dissolved": an army or police force is never the
                    # government either; its country's is
                    parties = [(s, p) if (p.party.sector or "") not in ("MIL", "COP") else
                               (s, self._country_party(p.party.country, "GOV", tok.i) if p.party.country else None)
                               for s, p in parties]
                    parties = [(s, p) for s, p in parties if p is not None]
                    if not parties:
                        return None
                parties = states or parties
        subj = [p for is_subj, p in parties if is_subj]
        # "he/they" prefer the last subject; possessives ("his", "its") and definite nouns the last mention
        possessive = tok.dep_ == "poss" or tok.lower_ in ("his", "her", "its", "their")
        return subj[-1] if subj and not definite and not possessive else parties[-1][1]

    def _called(self, p: Party, noun: str) -> bool:
        """Some mention of the party's entity is followed by the noun ("the Kataeb party")."""
        ent = next((sp for sp in self.spans if sp.entity is not None and _eid(sp) == p.party.entity), None) \
            if p.party.entity else None
        if ent is None:
            return False
        for m in ent.entity.mentions:
            nxt = self.doc.char_span(m.end, m.end + 40, alignment_mode="expand") if m.end < len(self.doc.text) else None
            words = [t for t in (nxt or ()) if not t.is_space][:1]
            if words and words[0].lemma_.lower() == noun:
                return True
        return False

    def _in_date(self, tok) -> bool:
        i = bisect.bisect_right(self._date_spans, (tok.idx, 1 << 30)) - 1
        return i >= 0 and self._date_spans[i][0] <= tok.idx < self._date_spans[i][1]

    def _is_definite_head(self, t) -> bool:
        """"the group", "the militia": a definite generic head that itself refers back."""
        return t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in self.lex.anaphoric_org_heads \
            and any(c.lower_ in ("the", "this", "that") for c in t.children) \
            and not any(c.dep_ == "nummod" and c.lower_ != "two" for c in t.children)  # "the 27 member states"

    def recent_parties(self, before_tok, n: int = 2, sentences: int = 1, skip: frozenset = frozenset()) -> list[Party]:
        """The last ``n`` distinct actor-like parties before a token (for "the two", "both sides"), told in its
        sentence or the ``sentences - 1`` before it, not at the token indices ``skip``."""
        start = before_tok.sent.start
        for _ in range(sentences - 1):
            if start == 0:
                break
            start = self.doc[start - 1].sent.start
        out: list[Party] = []
        seen = set()
        for t in reversed(list(self.doc[start:before_tok.i])):
            if (t.dep_ in ("compound", "amod") and not (t.dep_ == "amod" and t.ent_type_ == "NORP" and t.conjuncts)) \
                    or not t.ent_type_ and t.pos_ != "PROPN":
                continue  # (a nationality conjoined with another names a side: "Indian and Pakistani officials")
            if t.i in skip or (t.dep_ == "pobj" and t.head.lower_ in knowledge_words("location_preps")):
                continue  # "clashed in Khartoum": where, not who
            p = self.party(t)
            if p is not None and p.kind != "place" and p.key not in seen:
                seen.add(p.key)
                out.append(p)
            if len(out) == n:
                break
        return list(reversed(out))


_NOSPAN = _Span(0, 0, "", "", None)
_NOPARTY = Party(EventParty(None, None), "none", -1)


def _dateline_end(sent) -> int:
    """Index of the first token after a leading dateline ("WASHINGTON/SANAA — ..."), else the sentence start."""
    cache = sent.doc.user_data.setdefault("wirewatch_dateline_end", {})  # asked for every role of every act
    end = cache.get(sent.start)
    if end is None:
        end = cache[sent.start] = _find_dateline_end(sent)
    return end


def _find_dateline_end(sent) -> int:
    for t in sent[:10]:
        if t.text in ("\u2014", "\u2013", "--") :
            head = [x for x in sent[:t.i - sent.start] if not x.is_punct]
            if head and all(x.is_upper or x.text.isupper() for x in head):
                return t.i + 1
            # "GOMA, Democratic Republic of Congo — ...": the city in capitals, then its country
            comma = next((x for x in sent[:t.i - sent.start] if x.text == ","), None)
            if comma is not None and head and head[0].text.isupper() and len(head[0].text) > 2 and all(
                    x.text.isupper() for x in head if x.i < comma.i) and all(
                    x.is_title or x.lower_ in ("of", "the", "and") for x in head if x.i > comma.i):
                return t.i + 1
            break
    return sent.start


_DATA = Path(__file__).resolve().parent.parent / "data" / "event_parties.yaml"


@functools.lru_cache(maxsize=None)
def several_states(tok) -> bool:
    """"the three countries", "Western nations", "governments across Latin America": several states, which no
    one country's context places."""
    return tok.tag_ == "NNS" and (tok.lemma_.lower() in knowledge_words("state_nouns")
                                  or tok.lemma_.lower() in knowledge_words("state_seat_nouns"))


@functools.lru_cache(maxsize=None)
def knowledge_words(key: str) -> frozenset:
    """A word list of data/event_parties.yaml, lower-cased, read once (and built once per key: the coder
    asks for these lists thousands of times per article)."""
    return frozenset(str(w).lower() for w in _knowledge().get(key) or ())


@functools.lru_cache(maxsize=1)
def _knowledge() -> dict:
    """data/event_parties.yaml: measures, role nouns and state facilities used in reading parties."""
    try:
        return load_yaml(_DATA.read_text(encoding="utf-8")) or {}
    except OSError:
        return {}


def targetless_rule() -> dict:
    """When an article's events without a recipient are withheld (see events._withhold_targetless)."""
    raw = _knowledge().get("targetless") or {}
    return {"min_sentences": int(raw.get("min_sentences", 3)),
            "optional_types": frozenset(raw.get("optional_types") or ()),
            "doer_types": frozenset(raw.get("doer_types") or ()),
            "doerless_modes": frozenset(raw.get("doerless_modes") or ())}


@functools.lru_cache(maxsize=1)
def actor_sector_types() -> dict:
    return {str(k).lower(): v for k, v in (_knowledge().get("actor_sector_types") or {}).items()}


@functools.lru_cache(maxsize=1)
def agreement_content_modes() -> dict[str, str]:
    """Word of what an agreement settles -> its AGREE mode ("a pause in the fighting": ceasefire)."""
    return {str(w).lower(): str(mode) for mode, words in (_knowledge().get("agreement_content_modes") or {}).items()
            for w in words or ()}


@functools.lru_cache(maxsize=1)
def threat_modes() -> dict[str, str]:
    """Threatened act ("TYPE/mode", else "TYPE") -> the THREATEN mode (data/event_parties.yaml threat_modes)."""
    return {str(k).upper(): str(v) for k, v in (_knowledge().get("threat_modes") or {}).items()}


@functools.lru_cache(maxsize=1)
def content_modes() -> dict[str, str]:
    """Word (lemma, or "verb particle") of an asked-for or refused act -> PLOVER mode; the first list wins."""
    out: dict[str, str] = {}
    for mode, words in (_knowledge().get("content_modes") or {}).items():
        for w in words or ():
            out.setdefault(str(w).lower(), str(mode))
    return out


@functools.lru_cache(maxsize=1)
def _generic_names() -> dict:
    return {str(k).lower(): str(v) for k, v in (_knowledge().get("generic_names") or {}).items()}


def _clause_subject_tokens(tok) -> set[int]:
    """Token indices of the subject (and its conjuncts, with their compound names) of the clause a token
    sits in; not their owners ("Sudan's armed forces took control of the country": the country is Sudan)."""
    head = tok
    while head.head.i != head.i and head.pos_ not in ("VERB", "AUX"):
        head = head.head
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return set()
    return {t.i for s in (subj, *subj.conjuncts) for t in (s, *s.children) if t is s or t.dep_ == "compound"}


def _country_nouns() -> frozenset:
    """Nouns that name the country itself, not one of its bodies ("the country", "the nation")."""
    return frozenset({"country", "nation", "state", "kingdom", "republic", "people", "land"})


_ACTOR_DATA = Path(__file__).resolve().parent.parent / "data" / "actors"


@functools.lru_cache(maxsize=1)
def _adjectives() -> dict:
    """ISO3 -> nationality adjectives (lower case) from the actor dictionary's tables."""
    out: dict[str, list[str]] = {}
    for name in ("adjectives.tsv", "adjectives_curated.tsv"):
        try:
            text = (_ACTOR_DATA / name).read_text(encoding="utf-8")
        except OSError:
            continue
        for line in text.splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            word, _, code = line.partition("\t")
            out.setdefault(code.strip().upper(), []).append(word.strip().lower())
    return out


def country_adjective(code: Optional[str], country_name: Optional[str] = None) -> Optional[str]:
    """The nationality adjective of a country ("LBN" -> "Lebanese"): data/event_parties.yaml's override,
    else the one-word adjective of the dictionary sharing the longest start with the country's name."""
    if not code:
        return None
    override = (_knowledge().get("country_adjectives") or {}).get(code)
    if override:
        return str(override)
    stems = [w for w in _norm(country_name or "").split() if len(w) >= 4]
    best, score = None, 3
    for word in _adjectives().get(code, ()):
        if " " in word or word.endswith("s") or word == _norm(country_name):
            continue
        n = max((len(_common_prefix(word, s)) for s in stems), default=0)
        if n > score or (n == score and best is not None and len(word) < len(best)):
            best, score = word, n
    return best.capitalize() if best else None


def _common_prefix(a: str, b: str) -> str:
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return a[:i]


def _opposed(t) -> bool:
    """"anti-Syria", "pro-Western": a country named as a stance, not as the party's own."""
    doc = t.doc
    stance, dash = ("anti", "pro", "non", "counter"), ("-", "\u2010", "\u2011")
    if t.lower_.split("-", 1)[0] in stance and "-" in t.lower_:
        return True  # one token: "pro-Russia"
    if t.lower_ in stance + dash and t.i + 1 < len(doc) and (doc[t.i + 1].text in dash or t.text in dash):
        return True  # the stance word or its dash
    if t.i >= 2 and doc[t.i - 1].text in dash and doc[t.i - 2].lower_ in stance:
        return True
    # "U.S.-hosted talks", "Norwegian-brokered talks": the host or broker is a third party, not a side
    sponsor = knowledge_words("sponsor_participles")
    if "-" in t.text and t.lower_.rsplit("-", 1)[-1] in sponsor:
        return True
    return t.i + 2 < len(doc) and doc[t.i + 1].text in dash and doc[t.i + 2].lower_ in sponsor


def labels_only(want: tuple[str, ...]) -> bool:
    """A lookup restricted to people (he/she) or to one kind of name."""
    return want == ("PERSON",)


def person_word(t) -> bool:
    """A personal pronoun: never an organisation's antecedent."""
    return t.lower_ in ("he", "his", "him", "she", "her", "i", "me", "we", "you")


def _eid(span: _Span) -> Optional[str]:
    return span.entity.id if span.entity is not None else None


def _actor_dictionary(res: Any):
    try:
        return res.actors
    except Exception:  # module not there yet, or failed to load: fall back to the shipped table
        return None


def _compound_phrases(tok) -> list[str]:
    """The head noun with the common-noun modifiers written right before it, longest first
    ("civil servants", "servants"); named modifiers ("Syrian") are the party's country, not its kind."""
    words, i = [tok], tok.i - 1
    while i >= 0 and tok.doc[i].head.i == tok.i and tok.doc[i].dep_ in ("compound", "amod") \
            and not tok.doc[i].ent_type_ and tok.doc[i].pos_ in ("NOUN", "ADJ"):
        words.insert(0, tok.doc[i])
        i -= 1
    return [" ".join(w.lower_ for w in words[k:]) for k in range(len(words))]
