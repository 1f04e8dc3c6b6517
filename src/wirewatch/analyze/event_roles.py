"""Actor and recipient of a trigger, read from the dependency parse (nsubj/agent/dobj/pobj ...)."""
from __future__ import annotations

import functools
from typing import Optional

from wirewatch.analyze.event_context import _clause_head
from wirewatch.analyze.event_lexicon import Lexicon, Sense
from wirewatch.analyze.event_parties import (STATE_SECTORS, Party, PartyResolver, _dateline_end, _opposed,
                                          knowledge_words, several_states)
from wirewatch.analyze.event_triggers import misjoined_conjunct, misparsed_predicate, noun_sense, verb_sense
from wirewatch.analyze.gazetteer import load_gazetteer
from wirewatch.record import EventParty




DOMESTIC_SECTORS = frozenset({"GOV", "COP", "JUD", "LEG"})
_VENUE_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE"})  # acts whose "in X" is where they were done
SPEECH_ACT_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN"})  # acts done by speaking  # armies also act abroad; these act at home
MEASURE_TYPES = ("CONCEDE", "COERCE", "THREATEN", "SANCTION", "REJECT")
_HOME_ACTS = frozenset({"COERCE", "ACCUSE", "CONCEDE", "RETREAT"})  # what a government does to its own people

SUBJ = ("nsubj", "csubj")
PASS_SUBJ = ("nsubjpass", "csubjpass")


_SMALL_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5}


def _counted(tok) -> Optional[int]:
    """How many a noun phrase counts ("the three governments": 3), when a small number word says so."""
    return next((_SMALL_NUMBERS[c.lower_] for c in tok.children if c.dep_ == "nummod" and c.lower_ in _SMALL_NUMBERS),
                None)


def _child(tok, deps) -> Optional[object]:
    for c in tok.children:
        if c.dep_ in deps:
            return c
    return None


def _other_side_named(verb) -> bool:
    """"Saudi Arabia and Egypt cut ties with the emirate": the act names its other side ("with"/"against",
    on the verb or its object), known or not, so two coordinated subjects are one side, not each other's."""
    heads = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    return any(c.dep_ == "prep" and c.lower_ in ("with", "against") and any(g.dep_ == "pobj" for g in c.children)
               for h in heads for c in h.children)

def _pobj(prep) -> Optional[object]:
    obj = _child(prep, ("pobj", "pcomp"))
    if obj is not None and obj.dep_ == "pcomp" and obj.tag_ == "VBG":
        # "gave in to striking coal miners": the parser read the participle as a gerund taking an object
        dobj = _child(obj, ("dobj",))
        # (only a participle that describes people: "of funding militants" names a deed, not militants)
        if dobj is not None and dobj.tag_ in ("NNS", "NNPS") and obj.lemma_.lower() in knowledge_words(
                "people_participles") and \
                all(t.dep_ in ("compound", "amod") for t in prep.doc[obj.i + 1:dobj.i]):
            return dobj
    return obj if obj is not None else _stranded_object(prep)


def _stranded_object(prep) -> Optional[object]:
    """"granted asylum to five officers holed up in ...": the parser made the preposition's noun the
    subject of the next clause; the noun phrase right after an object-less preposition is its object."""
    sent_end = prep.sent.end
    for t in prep.doc[prep.i + 1:min(prep.i + 8, sent_end)]:
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("nsubj", "nsubjpass") and t.head.i > t.i:
            between = prep.doc[prep.i + 1:t.i]
            if all(b.head.i == t.i or b.head.i in range(prep.i + 1, t.i) for b in between):
                return t
            return None
        if t.pos_ in ("VERB", "AUX", "CCONJ", "PUNCT", "ADP"):
            return None
    return None


def _objects(verb) -> list:
    """Object-like preposition phrases of a verb: preps, "to X" parsed as a dative, "up to N X"."""
    out = [c for c in verb.children if c.dep_ == "prep" or (c.dep_ == "dative" and c.lower_ in ("to", "for"))]
    for c in verb.children:  # "kidnapped up to 16 advisers": a quantity, not a particle
        if c.dep_ == "prt" and c.lower_ == "up":
            out += [g for g in c.children if g.dep_ == "prep" and g.lower_ == "to"]
    return out


REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves", "ourselves"})


def _same_side(a: Party, b: Party) -> bool:
    """One party twice: the same key, or the same country whatever the sector ("Syria" / "its troops")."""
    return a.key == b.key or (a.kind == b.kind == "country" and a.party.country == b.party.country)


def is_passive(tok) -> bool:
    """A passive verb: has a passive subject or auxiliary, or is a bare participle with a by-agent
    ("shortened by one hour" is a measure, not an agent)."""
    # (an "agent" on a finite verb with an active subject is a misread "by": "the ICC opened an inquiry into
    # crimes | by Eritrean troops")
    active = tok.tag_ != "VBN" and any(c.dep_ == "nsubj" for c in tok.children)
    return any(c.dep_ in PASS_SUBJ + ("auxpass",) or (c.dep_ == "agent" and not _measure(c) and not active)
               for c in tok.children)


def _joins_told_act(noun, verb, via_in: bool) -> bool:
    """"took part in the attacks themselves": joining acts the report told already (a definite noun after
    "take part in" / "participate in") is no new act of the joiner's."""
    return via_in and verb.lemma_.lower() in ("take", "participate") and any(
        c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in noun.children)


def _patient_participle(verb) -> bool:
    """"the remains of soldiers killed in the war": a past participle modifying a noun that has a role of its
    own (not a sentence's lone noun, where the parser often takes the main verb for a participle: "Malaysian
    police arrested X")."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.dep_ != "ROOT" \
        and not any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)  # "conferred with": active


def _measure(agent) -> bool:
    """"by one hour", "by 20 percent": a by-phrase giving an amount."""
    obj = _child(agent, ("pobj",))
    return obj is not None and (obj.ent_type_ in ("TIME", "DATE", "PERCENT", "QUANTITY", "MONEY", "CARDINAL")
                                or any(c.dep_ == "nummod" for c in obj.children))


class RoleReader:
    """Reads actors and recipients for triggers of one record."""

    def __init__(self, parties: PartyResolver, lex: Lexicon):
        self.parties, self.lex = parties, lex
        self.doc_authors: dict[str, Party] = {}
        self._depth = 0
        self.home: Optional[str] = None  # the country the report is set in (set by the coder), if known

    # --- arguments --------------------------------------------------------------------------
    def arg(self, tok) -> Optional[Party]:
        """The party an argument token names; documents stand for their authors, "the two" for a pair."""
        if tok is None:
            return None
        if tok.lemma_.lower() in self.lex.document_nouns:
            return self.author(tok)
        size = _counted(tok)
        if tok.dep_ in ("dobj", "dative", "pobj") and tok.tag_ == "NNS" and (
                any(c.lower_ == "both" and c.dep_ in ("det", "predet", "preconj") for c in tok.children) or (
                size and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children))):
            # "urged both commanders to end the violence": the first of the two; "urged the three countries"
            # the first of the three told before
            group = self._pair_told_before(tok, size or 2)
            if group:
                return group[0]
        if tok.dep_ in ("dobj", "dative", "pobj") and tok.pos_ == "NUM" and _SMALL_NUMBERS.get(tok.lower_, 0) > 2 \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            # "accused the three of smearing China": the first of the three told before, none the accuser's
            group = self._pair_told_before(tok, _SMALL_NUMBERS[tok.lower_])
            if group:
                return group[0]
        return self.parties.party(tok)

    def author(self, doc_tok) -> Optional[Party]:
        """Who issued a letter/statement: subject of the verb publishing it, its possessor, "from X"."""
        lemma = doc_tok.lemma_.lower()
        p = None
        # "vetoed an EU statement", "a UN report accusing X": a name in the document's own phrase is its author,
        # not whoever acts on the document
        p = self._named_in_phrase(doc_tok, ("compound", "nmod", "poss"), ("ORG", "GPE", "NORP"))
        if p is None and doc_tok.dep_ == "dobj" and doc_tok.head.pos_ == "VERB":
            p = self.verb_actor(doc_tok.head)
        if p is None:
            poss = _child(doc_tok, ("poss",))
            p = self.parties.party(poss) if poss is not None else None
        if p is None and doc_tok.dep_ == "pobj" and doc_tok.head.lower_ in ("in", "through", "via"):
            verb = doc_tok.head.head  # "In a letter to X, the regime asked ...": the letter is the regime's
            if verb.pos_ in ("VERB", "AUX"):
                p = self.verb_actor(verb)
        if p is None:
            for prep in doc_tok.children:
                if prep.dep_ == "prep" and prep.lower_ in ("from", "by"):
                    by = _pobj(prep)
                    p = self.parties.party(by)
                    if (p is None or p.kind == "place") and by is not None:
                        # "a report by the UN human rights office": the office is the named body's
                        p = self._named_in_phrase(by, ("compound", "nmod"), ("ORG",)) or p
        if p is not None:
            self.doc_authors[lemma] = p
            return p
        return self.doc_authors.get(lemma)

    def _named_in_phrase(self, tok, deps: tuple[str, ...], labels: tuple[str, ...]) -> Optional[Party]:
        """The first party a name before ``tok`` in its own phrase names ("an EU statement", "the UN human
        rights office"), places left out."""
        for m in tok.children:
            if m.dep_ in deps and m.i < tok.i and m.ent_type_ in labels:
                q = self.parties.party(m)
                if q is not None and q.kind != "place":
                    return q
        return None

    def subject_of(self, verb) -> Optional[object]:
        """The token acting as subject of a verb (passive agents included), following control and coordination."""
        if is_passive(verb):
            agent = _child(verb, ("agent",))
            if agent is None:  # "was shot and gravely wounded by X": one agent for coordinated passives
                agent = next((a for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN"
                              for a in c.children if a.dep_ == "agent"), None)
            if agent is not None and not _measure(agent):
                return _pobj(agent)
            obj = _child(verb, ("dobj",))
            by = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "by" and c.i == obj.i + 1
                       and _pobj(c) is not None and _pobj(c).ent_type_ in ("GPE", "ORG", "NORP", "PERSON")),
                      None) if obj is not None else None
            # "were given access by Kazakhstan": the agent the parser hung on the passive's own object
            if by is not None:
                return _pobj(by)
            # "was tortured in Egyptian police custody": whoever held the victim did it
            held = next((_pobj(c) for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "under")
                         and _pobj(c) is not None and _pobj(c).lemma_.lower() == "custody"), None)
            keeper = next((m for m in held.children if m.dep_ in ("compound", "poss", "nmod") and m.i < held.i),
                          None) if held is not None else None
            return keeper
        if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.lemma_.lower() in ("quote", "cite") \
                and _child(verb.head.head, ("dobj",)) is not None:
            return _child(verb.head.head, ("dobj",))  # "the agency quoted Kim as saying ...": Kim says it
        start = _dateline_end(verb.sent)  # "SANAA — forces struck": the dateline is no subject
        subj = next((c for c in verb.children if c.dep_ in SUBJ and c.i >= start), None)
        if subj is None:  # "DOHA — Israel and Hamas have agreed": the parser made the dateline the subject
            early = next((c for c in verb.children if c.dep_ in SUBJ and c.i < start), None)
            subj = next((a for a in early.children if a.dep_ == "appos" and a.i >= start), None) \
                if early is not None else None
        if subj is not None and subj.pos_ == "PROPN":
            # "followers of the cleric Muqtada al-Sadr stormed ...": the parser made the title's name a second
            # subject; the subject is the phrase before it, whose last word the name directly follows
            first = next((c for c in verb.children if c.dep_ in SUBJ and c.i < subj.i and c.i >= start), None)
            if first is not None and first.right_edge.i + 1 == subj.left_edge.i and first.right_edge.pos_ == "NOUN":
                subj = first
        if subj is not None:
            if subj.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
                head = verb.head
                if subj.lower_ in ("that", "which") and head.lemma_.lower() in knowledge_words("decree_nouns") \
                        and head.dep_ == "dobj" and head.head.pos_ == "VERB":
                    # "the command issued a decree that banned all political activity": its issuer bans
                    return self.subject_of(head.head)
                if subj.lower_ == "who" and head.ent_type_ in ("GPE", "LOC") and head.dep_ in ("pobj", "conj"):
                    # "the envoys to Washington, Paris and the EU, who had rejected the takeover": "who" is people,
                    # the parser hung it on a place named after them
                    while head.dep_ == "conj":
                        head = head.head
                    if head.dep_ == "pobj" and head.head.head.pos_ in ("NOUN", "PROPN"):
                        return head.head.head
                return verb.head
            if subj.lower_ in REFLEXIVES and verb.head.i != verb.i and verb.dep_ in ("ccomp", "oprd", "xcomp"):
                return self.subject_of(verb.head)  # "X declared himself ready to ...": X
            return subj
        if verb.tag_ == "VBD" and verb.dep_ in ("amod", "compound"):
            # "Pakistan shared intelligence with ...": a past-tense verb the parser took for a modifier of its
            # object, with its subject hung on it as a noun-phrase adverbial, is still that name's act
            name = next((c for c in verb.children if c.dep_ in ("npadvmod", "nmod", "compound") and c.i < verb.i
                         and c.i >= start and c.pos_ == "PROPN"), None)
            if name is not None:
                return name
        if misparsed_predicate(verb):
            # "Myanmar's military seized power": the parser made the sentence's verb a modifier of its object
            # (the subject's words hang on the object too); the word just before the verb is the subject's head
            left = [c for c in verb.head.children if start <= c.i < verb.i and c.dep_ in ("amod", "compound", "nmod")]
            if left and left[-1].i == verb.i - 1:
                return left[-1]
        if verb.tag_ in ("VBD", "VBN") and verb.dep_ in ("amod", "compound") and verb.i == start + 1 \
                and verb.doc[start].dep_ == "ROOT" and verb.doc[start].pos_ == "VERB" \
                and verb.doc[start].text.isupper() and len(verb.doc[start]) > 1:
            # "ECOWAS imposed sanctions": a sentence-initial acronym the parser took for the main verb (ECOWAS
            # read as a verb in -ing), with the real verb made a modifier of its object
            return verb.doc[start]
        if verb.dep_ == "ROOT" and verb.lemma_.lower() in self.lex.reporting_verbs:
            # "The ministry dismissed the allegations, said they were ... and ordered ...": a list of predicates the
            # parser read as a report of its first clause; that clause's subject is the whole list's
            first = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i
                          and verb.doc[verb.i - 1].text == ","), None)
            told = _child(first, ("nsubj",)) if first is not None else None
            if told is not None and told.i >= start and told.pos_ in ("NOUN", "PROPN"):
                return told
        if verb.dep_ == "ROOT":
            # "According to an official in Bishkek, Kyrgyzstan and Kazakhstan agreed ...": the parser hung the
            # subject on the fronted phrase as a conjunct; the names after its comma are the subject
            commas = [t.i for t in verb.doc[start:verb.i] if t.text == ","]
            after = verb.doc[commas[-1] + 1:verb.i] if commas else []
            if after and after[0].dep_ in ("conj", "appos") and after[0].pos_ in ("PROPN", "NOUN") \
                    and after[0].head.i < commas[-1] and all(t.head.i != verb.i for t in after):
                return after[0]
        if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and verb.head.head.i != verb.head.i \
                and verb.head.head.lemma_.lower() in self.lex.reporting_verbs \
                and not (verb.lemma_.lower() in knowledge_words("desire_verbs") and _child(verb.head, SUBJ) is not None) \
                and (verb.lemma_.lower() in self.lex.reporting_verbs or self.lex.cue("request", verb.lemma_.lower())
                     or getattr(self.lex.verbs.get(verb.lemma_.lower()), "type", None) in SPEECH_ACT_TYPES):
            # "X said the violence was unacceptable and urged ...": the parser hung the speaker's second
            # act on the reported clause; it is the speaker's
            return self.subject_of(verb.head.head)
        if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep" \
                and verb.head.lower_ in ("by", "after", "before") and verb.head.head.pos_ == "VERB":
            return self.subject_of(verb.head.head)  # "Moscow retaliated by ordering ...": Moscow orders
        if verb.dep_ == "dep" and verb.tag_ == "VBD" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i < verb.i \
                and any(t.text == "," for t in verb.doc[verb.head.i + 1:verb.i]):
            # "opened fire, then boarded and seized all three": a finite verb the parser hung on the one before
            # it with no conjunction is a further act of the same subject
            return self.subject_of(verb.head)
        if verb.dep_ in ("xcomp", "advcl", "conj") and verb.head.i != verb.i:
            if verb.dep_ == "xcomp":
                obj = _child(verb.head, ("dobj",))
                if obj is not None and self.lex.cue("request", verb.head.lemma_.lower()):
                    return obj  # "urged X to act": X acts
            return self.subject_of(verb.head)
        if _patient_participle(verb):
            return None  # "soldiers killed in the battle": a past participle's noun is what it was done to
        if verb.dep_ in ("acl", "relcl") and verb.head.i != verb.i:
            return verb.head
        if verb.dep_ in ("attr", "acomp", "pcomp") and verb.head.lemma_ == "be":
            return _child(verb.head, SUBJ)
        if verb.dep_ == "acomp" and verb.head.pos_ == "VERB":
            return self.subject_of(verb.head)  # "Rwanda stands ready to contribute": Rwanda
        if verb.dep_ in ("ccomp", "conj"):
            # "X, a wing of Y made up of Z, published ...": the parser hung X on an earlier sibling clause
            sibs = [c for c in verb.head.children if c.i < verb.i and c.dep_ == verb.dep_ and _child(c, SUBJ)]
            if sibs:
                return _child(sibs[-1], SUBJ)
        return None

    def verb_actor(self, verb) -> Optional[Party]:
        """The actor of a verbal event."""
        reporter = misjoined_conjunct(verb, self.lex)
        if reporter is not None:
            return self.verb_actor(reporter)  # "denied that X had crossed the border and called on Y": the denier
        subj = self.subject_of(verb)
        if subj is None or (subj.pos_ == "NOUN" and subj.lemma_.lower() in self.lex.nouns):
            speaker = self._reporter_of_misjoined(verb)
            if speaker is not None:
                return speaker
        if subj is None:
            return None
        if subj.lower_ in ("two", "both") or subj.lemma_ == "side":
            pair = self.parties.recent_parties(subj)
            return pair[0] if pair else None
        group = self.pair_for(subj) if subj.tag_ == "NNS" and _counted(subj) else []
        if group:
            return group[0]  # "the three governments pledged": the first of the three told before
        p = self.arg(subj)
        if p is None and misparsed_predicate(verb):
            # "Myanmar's military seized power": the subject's words hang on the object; its possessor places it
            poss = next((c for c in verb.head.children if c.dep_ == "poss" and c.i < subj.i), None)
            owner = self.parties.party(poss) if poss is not None else None
            if owner is not None and owner.party.country:
                p = self.parties._country_party(owner.party.country, self.parties.sector_of(subj), subj.i)
        if p is not None and self._city_before_attack(subj, p):
            return None  # "the Kampala bombings killed 74 people": the city is where, not who
        if p is None and subj.dep_ in SUBJ and subj.pos_ == "NOUN":
            poss = _child(subj, ("poss",))  # "its most significant act was shooting down ..."
            if poss is not None and subj.lemma_.lower() in self.lex.act_nouns:
                p = self.parties.party(poss)
        return p

    def _reporter_of_misjoined(self, verb) -> Optional[Party]:
        """"Maduro said the uprising had been defeated ... and accused Washington of directing it": an active
        verb the parser joined to a passive clause reported by someone, whose own subject is an act and not
        a party, is the reporter's second act."""
        head = verb.head
        if verb.dep_ != "conj" or is_passive(verb) or any(c.dep_ in SUBJ for c in verb.children) \
                or not is_passive(head) or _child(head, ("agent",)) is not None:
            return None
        for _ in range(3):  # (up through the reported clauses: "said X had been defeated, that Y would be ...")
            if head.dep_ == "ccomp" and head.head.lemma_.lower() in self.lex.reporting_verbs:
                return self.verb_actor(head.head)
            if head.dep_ not in ("advcl", "conj", "ccomp") or head.head.i == head.i:
                return None
            head = head.head
        return None

    def _city_before_attack(self, noun, p: Party) -> bool:
        """``p`` is read from a city's name before a hostile event noun ("the Kampala bombings"), not from a
        country or its people ("the U.S. drone strike", "Israeli air strikes")."""
        sense = self.lex.nouns.get(noun.lemma_.lower())
        if noun.pos_ != "NOUN" or sense is None or sense.type not in self.lex.hostile:
            return False
        for c in noun.children:
            if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.i < noun.i:
                places = load_gazetteer().candidates(c.text)
                if places and all((g.feature or "") != "country" for g in places) and \
                        (self.parties.party(c) or p).key == p.key:
                    return True
        return False

    def pair_for(self, subj, modifiers: bool = False) -> list[Party]:
        """Both members of a compound subject ("X and Y", "the two")."""
        if subj is None:
            return []
        if subj.lower_ in ("two", "both") or subj.lemma_ == "side":
            return self.parties.recent_parties(subj)
        size = _counted(subj)
        if subj.tag_ == "NNS" and not any(c.dep_ == "conj" for c in subj.children) and (
                any(c.lower_ == "both" and c.dep_ in ("det", "predet", "preconj") for c in subj.children) or (
                size and any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children))):
            # "the two leaders held talks", "both governments signed"; "the three governments pledged": the
            # first two of the three are the act's two sides
            return self._pair_told_before(subj, size or 2)[:2]
        conj = [c for c in subj.children if c.dep_ == "conj"] or [
            c for a in subj.children if a.dep_ == "appos" for c in a.children if c.dep_ == "conj"]  # "President X and Y"
        split = self._split_pair(subj) if modifiers and not conj else []
        if split:
            return split
        mods = [m for m in subj.children if m.dep_ in ("amod", "compound", "nmod") and m.i < subj.i and m.conjuncts]
        if modifiers and not conj and mods and mods[0].conjuncts:
            # "Chinese and Vietnamese officials held talks": the conjoined modifiers name the two sides
            sides = [self.parties.party(m) for m in (mods[0], mods[0].conjuncts[0])]
            sides = [Party(EventParty(p.party.entity, p.party.name, p.party.country,
                                      p.party.sector or self.parties.sector_of(subj), p.party.code), p.kind, subj.i)
                     for p in sides if p is not None and p.kind != "place" and p.party.country]
            return sides if len(sides) == 2 and sides[0].key != sides[1].key else []
        frm = next((_pobj(c) for c in subj.children if c.dep_ == "prep" and c.lower_ in ("from", "of")
                    and _pobj(c) is not None and _pobj(c).conjuncts), None)
        if modifiers and not conj and frm is not None and subj.pos_ == "NOUN":
            # "Negotiators from Israel and Syria held talks": the two the people come from are the sides
            sides = [self.arg(t) for t in (frm, frm.conjuncts[0])]
            sides = [p for p in sides if p is not None and p.kind != "place" or (p is not None and p.party.country)]
            if len(sides) == 2 and sides[0].key != sides[1].key:
                return [Party(EventParty(p.party.entity, p.party.name, p.party.country,
                                         p.party.sector or self.parties.sector_of(subj), p.party.code),
                              "country" if p.kind == "place" else p.kind, subj.i) for p in sides]
        if conj:
            first, second = self.arg(subj), self.arg(conj[0])
            if first is not None and second is not None and second.key == first.key:
                # "the government and the rebels": a conjunct never refers back to its partner
                second = self.parties.party(conj[0], avoid=first.key)
                if second is not None and second.key == first.key:
                    second = None
            return [p for p in (first, second) if p is not None]
        return []

    def _pair_told_before(self, subj, size: int = 2) -> list[Party]:
        """The two parties of the kind the noun names told in the last sentences: "the two leaders" are
        people, "both governments" states."""
        lemma, roles = subj.lemma_.lower(), knowledge_words("role_nouns")
        kinds = ("person",) if lemma in roles or subj.lower_ in roles else \
            ("country", "org") if lemma in knowledge_words("state_nouns") | knowledge_words("own_state_nouns") \
            or subj.pos_ == "NUM" else ()  # ("both governments", "the three")
        if lemma in ("country", "nation", "state"):
            kinds = ("country",)  # "the two countries": states named as such, not bodies told between
        if not kinds:
            return []
        stateless = ("IGO", "NGO")  # "the two countries" are states, never an international body told between
        # (states are told further back than people: a paragraph of reactions may stand between)
        n, back = (8, 5) if kinds == ("country",) else (4, 3)
        n = max(n, 2 * size)
        if size > 2 and kinds != ("person",):
            # three or more were told together, further back, often by their leaders ("Biden hosted Kishida
            # and Yoon"): a leader stands for his state
            n, back, kinds = 4 * size, 8, kinds + ("person",)
        told = [p for p in self.parties.recent_parties(subj, n, sentences=back) if p.kind in kinds
                and not (kinds != ("person",) and ((p.party.code or "")[:3] in stateless or not p.party.country))]
        if size > 2 and "country" in kinds:
            # "the three" are three states: one party per country (the latest), none the speaker's own
            # ("China's foreign ministry accused the three")
            verb = next((a for a in subj.ancestors if a.pos_ == "VERB"), None)
            said_by = self.subject_of(verb) if verb is not None and subj.dep_ not in SUBJ else None
            speaker = self.parties.party(said_by) if said_by is not None else None
            own = speaker.party.country if speaker is not None else None
            latest = {p.party.country: p for p in told if p.party.country != own}
            told = [p for p in told if latest.get(p.party.country) is p]
        pair = told[-size:]
        armed = STATE_SECTORS | {"REB", "INS", "UAF"}
        if kinds == ("person",) and (self.parties.sector_of(subj) or "") in armed and not (
                len(pair) == size and all((p.party.sector or "") in armed for p in pair)):
            # "urged both commanders to end the violence": the two commanders told before, not a witness
            # quoted in between
            pair = [p for p in self.parties.recent_parties(subj, 8, sentences=8) if p.kind == "person"
                    and (p.party.sector or "") in armed][-size:]
        return pair if len(pair) == size and len({p.key for p in pair}) == size else []

    def _split_pair(self, subj) -> list[Party]:
        """"Sudan's government and southern rebels of the SPLM signed": the parser made the first side a
        modifier of the second ("government" under "rebels", its "and" left hanging); the possessive opening
        the phrase belongs to the first side, the head (with its "of" phrase or the modifier's conjunct) is
        the second."""
        body = next((m for m in subj.children if m.dep_ in ("nmod", "compound") and m.pos_ == "NOUN"
                     and m.i < subj.i and (self.parties.sector_of(m) or "") in STATE_SECTORS
                     and any(c.dep_ == "cc" for c in m.children)), None)
        poss = next((c for c in subj.children if c.dep_ == "poss" and body is not None and c.i < body.i), None)
        owner = self.parties.party(poss) if poss is not None else None
        if owner is None or not owner.party.country or owner.kind == "person":
            return []
        first = self.parties._country_party(owner.party.country, self.parties.sector_of(body), body.i)
        candidates = list(body.conjuncts) + [_pobj(c) for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"]
        for t in candidates:
            second = self.parties.party(t) if t is not None else None
            if second is not None and second.kind != "place" and second.key != first.key:
                return [first, second]
        return []

    def object_party(self, obj, avoid: Optional[Party] = None) -> Optional[Party]:
        """Recipient from a direct object, looking inside a non-party object ("demands from X", "troops to X").

        A place object gives way to a party named inside it ("closed its border with Sudan"); with
        ``avoid`` (the actor), the actor's own side inside the object ("its border") is passed over."""
        if obj.lemma_.lower() in knowledge_words("deal_nouns") | self.lex.document_nouns and (obj.ent_type_ == "LAW" or any(
                c.dep_ == "compound" and c.pos_ == "PROPN" for c in obj.children)):
            return None  # "signed the Geneva Agreement", "left the Paris accord": the place names the text
        p = self.arg(obj)
        first = None
        if p is not None and p.kind != "place":
            if avoid is None or not _same_side(p, avoid):
                return p
            # "the regime asked the institution": an anaphor never points back to the clause's own actor (but
            # "broke off its own relations with Ecuador": a possessive pronoun on the object is the actor's own)
            own = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children)
            q = None if own else self.parties.party(obj, avoid=avoid.key)
            if q is not None and q.kind not in ("place", "group") and not _same_side(q, avoid):
                return q  # (a bare group, "its troops" without "its", is no one else: see verb_roles)
            first = p
        place = p if p is not None and p.kind == "place" else None
        inner = [c for c in obj.children if c.dep_ == "poss"]
        # ("the concerns of the United States about X": a feeling's "of" names who holds it, not its target)
        holder_of = obj.lemma_.lower() in knowledge_words("stance_nouns") or obj.lower_ in knowledge_words("stance_nouns")
        inner += [_pobj(c) for c in obj.children if c.dep_ == "prep" and
                  (c.lower_ in ("from", "of", "to", "by", "on", "against", "with", "for", "between", "into")
                   or (holder_of and c.lower_ in ("about", "over", "at")))
                  and not (holder_of and c.lower_ == "of")]
        # "support for East Timor's independence": the owner of what the object is for
        inner += [g for t in inner[:] if t is not None for g in t.children if g.dep_ == "poss"]
        # "a curfew imposed by X", "the ban issued by X": its author
        inner += [_pobj(a) for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBN"
                  for a in c.children if a.dep_ == "agent" and not _measure(a)]
        for t in inner:
            q = self.parties.party(t) if t is not None else None
            if q is None:
                continue
            if avoid is None or not _same_side(q, avoid):
                return q
            first = first or q
        return first or place

    def _burst_device(self, verb) -> Optional[Party]:
        """"Hezbollah walkie-talkies blew up across Lebanon", "radios used by Hezbollah members blew up": a
        device that bursts names no attacker; whoever owned or carried it is the one hit."""
        if not (verb.lemma_.lower() == "blow" and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)) \
                or _child(verb, ("dobj",)) is not None or is_passive(verb):
            return None
        thing = _child(verb, ("nsubj",))
        if thing is None or thing.pos_ != "NOUN" or self.parties.sector_of(thing) \
                or thing.lemma_.lower() in knowledge_words("striker_nouns") | knowledge_words("weapon_nouns"):
            return None
        owners = [c for c in thing.children if c.dep_ in ("compound", "poss", "nmod") and c.pos_ in ("PROPN", "NOUN")]
        owners += [_pobj(a) for c in thing.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"]
        for o in owners:
            p = self.arg(o) if o is not None else None
            if p is not None and p.kind != "place":
                return p
        return None

    # --- per trigger -------------------------------------------------------------------------
    def verb_roles(self, verb, sense: Sense, prep=None) -> tuple[Optional[Party], Optional[Party]]:
        """(actor, recipient) of a verbal trigger."""
        if verb.tag_ in ("VBN", "VBD") and verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() in \
                knowledge_words("ordering_verbs") and not any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children):
            # "the court ordered Imran Khan held in custody": the one ordered held undergoes it; the orderer acts
            held = _child(verb, ("nsubj", "nsubjpass"))
            if held is not None:
                return self.verb_actor(verb.head), self.arg(held)
        if verb.tag_ in ("VBN", "VBD") and verb.dep_ == "acl" and verb.head.dep_ == "dobj" and verb.head.head.lemma_.lower() \
                in knowledge_words("ordering_verbs"):
            # "ordered the reporter held in custody", the participle hung on the object
            return self.verb_actor(verb.head.head), self.arg(verb.head)
        burst = self._burst_device(verb)
        if burst is not None:
            return None, burst
        if verb.tag_ == "VBG" and verb.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
            # "Fighting between Sudanese troops and rebels killed 20": a gerund used as a noun names its two
            # sides with "between", as the noun "clashes" does
            sides = next((_pobj(c) for c in verb.children if c.dep_ == "prep" and c.lower_ == "between"
                          and _pobj(c) is not None), None)
            pair = self.pair_for(sides, modifiers=True) if sides is not None else []
            if len(pair) == 2:
                return pair[0], pair[1]
        actor = self.verb_actor(verb)
        if actor is None and is_passive(verb) and sense.type in self.lex.hostile:
            actor = self._when_actor(verb)
        if actor is None and is_passive(verb) and sense.type == "RETREAT":
            actor = self._holder(verb)
        recipient = None
        if prep is not None:
            recipient = self.arg(_pobj(prep))
        if recipient is None:
            if is_passive(verb) or _patient_participle(verb):
                subj = _child(verb, PASS_SUBJ) or _child(verb, SUBJ + ("attr",))
                if subj is None:  # "Also targeted ... was X": the subject hangs off the auxiliary
                    for aux in verb.children:
                        if aux.dep_ in ("auxpass", "aux"):
                            subj = _child(aux, SUBJ + PASS_SUBJ) or subj
                if subj is None and verb.dep_ == "acl":
                    subj = verb.head
                if subj is not None:
                    recipient = self.arg(subj)
            else:
                obj = _child(verb, ("dobj", "dative"))
                if obj is not None and obj.dep_ == "dative" and obj.pos_ == "ADP":
                    obj = _child(verb, ("dobj",)) or _pobj(obj)
                if obj is None:  # a small clause: "declared the envoy persona non grata", "found him guilty"
                    idioms = self.lex.modality.get("idiom_complements", ())
                    small = next((c for c in verb.children if c.dep_ == "ccomp"
                                  and (c.pos_ in ("ADJ", "NOUN") or c.lower_ in idioms)), None)
                    obj = _child(small, ("nsubj",)) if small is not None else None
                if obj is not None:
                    recipient = self.object_party(obj, actor)
                if recipient is not None and obj is not None and obj.pos_ == "PRON":
                    # "Bahrain and Oman also welcomed it": a pronoun object is never one of the verb's own subjects
                    subj = self.subject_of(verb)
                    if subj is not None and recipient.token in {t.i for t in [subj, *subj.conjuncts]}:
                        recipient = None
                if recipient is not None and recipient.kind == "group" and not recipient.party.country and \
                        (recipient.party.sector or "") in STATE_SECTORS:
                    # "sent troops to Haiti": bare forces are the actor's means; the "to" party is the aim
                    recipient = self._to_party(_objects(verb), actor, ("to", "into", "against")) or recipient
        obj = _child(verb, ("dobj",))
        if sense.partner and recipient is not None and obj is not None and 0 <= recipient.token \
                and recipient.token in {t.i for t in obj.subtree}:
            recipient = None  # "Thailand and Laos opened the Friendship Bridge": the project is no side
        named_with = recipient is not None and 0 <= recipient.token and verb.doc[recipient.token].dep_ == "pobj" \
            and verb.doc[recipient.token].head.lower_ == "with"  # ("closed its border with Serbia to migrants")
        if recipient is not None and obj is not None and "to" in sense.recipient_preps and not is_passive(verb) \
                and not named_with:
            # "returned two Benin Bronzes to Nigeria", "Inca artefacts ... to Peru": what is handed over is named
            # after someone; the sense's own "to" names who gets it
            # (the parser may hang that "to" inside the goods' own phrase: "Bronzes looted in 1897 | to Nigeria")
            to = self._to_party([c for c in _objects(verb) if c.lower_ in sense.recipient_preps]
                                + [t for t in obj.subtree if t.dep_ == "prep" and t.lower_ == "to"], actor, ("to",))
            recipient = to if to is not None and to.kind != "place" else recipient
        if recipient is None or recipient.kind == "place":
            preps = set(sense.recipient_preps) | self.lex.verb_recipient_preps
            for c in _objects(verb):
                if c.lower_ in preps or (c.head.dep_ == "prt" and _pobj(c) is not None):
                    p = self.arg(_pobj(c))
                    if p is not None and (recipient is None or p.kind != "place"):
                        recipient = p  # "closed its border with Sudan": the party beats the place
                        break
        if recipient is not None and actor is not None and _same_side(recipient, actor) and \
                self._attacks_own_place(verb, sense, actor, recipient):
            pass  # "Bosnian Serb gunners pounded Sarajevo": a group of the country attacks a place in it
        elif recipient is not None and actor is not None and _same_side(recipient, actor):
            # "the regime asked the institution": an anaphor never points back to the clause's own subject
            obj = _child(verb, ("dobj", "dative"))
            recipient = self.parties.party(obj, avoid=actor.key) if obj is not None else None
            if recipient is None or _same_side(recipient, actor) or recipient.kind in ("group", "place"):
                # "offered its troops to Lebanon": the actor's own belongings go to the "to" party
                recipient = None if recipient is None or _same_side(recipient, actor) else recipient
                preps = set(sense.recipient_preps) | self.lex.verb_recipient_preps
                for c in verb.children:
                    if (c.dep_ == "prep" or (c.dep_ == "dative" and c.pos_ == "ADP")) and c.lower_ in preps:
                        # ("to Lebanon's president" parsed as a dative)
                        p = self.arg(_pobj(c))
                        if p is not None and not _same_side(p, actor) and p.kind != "place":
                            recipient = p
                            break
        if sense.type == "ACCUSE":
            # "investigating the killing of 45 villagers by Serbian forces": an inquiry into a deed is aimed at
            # whoever did it, not at its victims
            doer = self._doer_of_deed(obj, verb) if obj is not None else None
            if doer is not None and (actor is None or not _same_side(doer, actor) or doer.kind in ("org", "person")):
                recipient = doer
        if sense.type == "REQUEST":
            # "requested the extradition of Pinochet from Britain", "asked for aid from the WFP": who is asked
            asked = self._asked_from(verb, actor)
            recipient = asked or recipient
        if sense.type == "ACCUSE" and (recipient is None or self._addressee(recipient, verb)):
            # "complained to the UN over Israeli raids": the accused is what the complaint is about
            for c in _objects(verb):
                if c.lower_ in ("over", "about", "against") and _pobj(c) is not None:
                    p = self.object_party(_pobj(c))
                    if p is not None and p.kind != "place" and (actor is None or not _same_side(p, actor)):
                        recipient = p
                        break
        if recipient is None and _child(verb, ("dobj",)) is None:
            # "denounced as a crime Serbia's suppression of ...": the object comes after an "as" predicate
            for c in verb.children:
                if c.dep_ == "prep" and c.lower_ == "as" and _pobj(c) is not None:
                    appos = _child(_pobj(c), ("appos",))
                    p = self.object_party(appos) if appos is not None else None
                    if p is not None and p.kind != "place" and (actor is None or not _same_side(p, actor)):
                        recipient = p
        if recipient is None and verb.lemma_.lower() in self.lex.permit_verbs:
            # "allowed the opposition to stage a rally": the one allowed
            for c in verb.children:
                subj = _child(c, ("nsubj",)) if c.dep_ in ("ccomp", "xcomp") else None
                p = self.arg(subj) if subj is not None else None
                if p is not None and p.kind != "place" and (actor is None or not _same_side(p, actor)):
                    recipient = p
                    break
        if recipient is None and not self.lex.cue("request", verb.lemma_.lower()):
            recipient = self.embedded_recipient(verb, sense, actor)
        if (recipient is None or recipient.kind == "place") and sense.type in self.lex.hostile:
            # ("blockaded ports in protest at X": the ports are where, X is whom)
            recipient = self.aim(verb, actor) or recipient
        if recipient is None and verb.dep_ in ("advcl", "conj") and self._depth < 3:
            obj = _child(verb, ("dobj",))
            if obj is not None and obj.pos_ == "NUM" and not any(c.dep_ == "prep" for c in obj.children):
                # "opened fire on X, killing two and arresting 12": the bare number counts the main act's targets
                self._depth += 1
                try:
                    h = verb
                    while recipient is None and h.dep_ in ("advcl", "conj") and h.head.i != h.i:
                        h = h.head
                        r = self.verb_roles(h, sense)[1]
                        if r is not None and r.kind != "place" and (actor is None or not _same_side(r, actor)):
                            recipient = r
                finally:
                    self._depth -= 1
        venue = recipient is not None and 0 <= recipient.token and verb.doc[recipient.token].dep_ == "pobj" \
            and verb.doc[recipient.token].head.lower_ in ("in", "at") and sense.type in _VENUE_TYPES
        with_party = recipient is not None and 0 <= recipient.token and verb.doc[recipient.token].dep_ == "pobj" \
            and verb.doc[recipient.token].head.lower_ in ("with", "between")
        # "Putin and Erdogan discussed the situation in Syria": a meeting's two sides beat its topic
        topic = recipient is not None and sense.type == "CONSULT" and not with_party
        if (recipient is None or topic) and sense.type.lower() in knowledge_words("with_partner_types") \
                and not is_passive(verb):
            # "discussed the fighting in Idlib with Putin": the parser hangs the partner's "with" down the topic
            partner = self._with_partner(verb, actor)
            if partner is not None:
                recipient, topic = partner, False
        obj = _child(verb, ("dobj",))
        # ("Bahrain and Oman welcomed the deal": praise or blame of a deal judges others' undertaking)
        joint = obj is not None and not with_party and sense.type not in ("SUPPORT", "ACCUSE") and getattr(
            noun_sense(obj, self.lex)[0], "type", None) in ("CONSULT", "AGREE", "COOPERATE")
        # "Japan and Australia agreed to share intelligence on Chinese activity": two sides agreeing are each
        # other's party; what their deal is about is its topic
        # (not when what they agree to do is hostile: "agreed to oppose U.S. sanctions" is aimed at the U.S.)
        deed = _child(verb, ("xcomp",))
        agreeing = sense.type in ("AGREE", "COOPERATE") and not with_party and not is_passive(verb) and not (
            deed is not None and (getattr(verb_sense(deed, self.lex)[0], "type", None) in self.lex.hostile
                                  or deed.lemma_.lower() in knowledge_words("opposing_verbs")))
        if actor is None and recipient is None and (sense.symmetric or joint or sense.type in ("AGREE", "CONSULT")):
            # "the two leaders held talks": no party is read from the pair's own word; the two told before are
            pair = self.pair_for(self.subject_of(verb))
            if len(pair) == 2:
                actor, recipient = pair
        if (recipient is None or venue or topic or joint or agreeing) and actor is not None:
            subj = self.subject_of(verb)
            # "Trump and Kim broke off their summit", "Serbia and Kosovo suspended talks": the two sides of a
            # joint undertaking are each other's party, whatever is done to it
            # "Chinese and Vietnamese officials met": two sides of a meeting ("American and British jets" are allies);
            # "Peru and Ecuador signed a treaty in Brasilia": the sides, not the venue
            pair = self.pair_for(subj, modifiers=sense.symmetric or sense.type == "CONSULT")
            if len(pair) == 2 and (sense.symmetric or joint or sense.type in ("AGREE", "CONSULT", "ASSAULT", "COOPERATE")) \
                    and not _other_side_named(verb):
                actor, recipient = pair
        if sense.type == "RETREAT" and actor is not None and recipient is not None \
                and recipient.kind == "group" and (recipient.party.sector or "") in STATE_SECTORS \
                and recipient.party.country in (None, actor.party.country):
            recipient = None  # "pulled 10,000 troops back from the border": its own forces are the means
        if sense.type == "RETREAT" and actor is None and recipient is not None and is_passive(verb) \
                and sense.mode != "release":
            # "the guerrillas were demobilized": they stood down ("Thaksin was released": he was let go)
            actor, recipient = recipient, None
        if sense.type == "RETREAT" and (recipient is None or recipient.kind == "place"):
            recipient = self.retreat_from(verb, actor) or recipient
        recipient = self._place_target(recipient, actor, verb, sense.type)
        if recipient is None and sense.type in MEASURE_TYPES:
            recipient = self.measure_target(verb, actor)
            if recipient is not None and actor is not None and not actor.party.country and \
                    actor.kind != "place" and (actor.party.sector or "") in self.lex_state_sectors:
                # "President X lifted the curfew imposed in Sudan": who rules by curfew there rules there
                actor = actor.placed_in(recipient.party.country)
        if recipient is None and sense.mode in self.lex.concession_modes:
            recipient = self.office_left(actor, verb)
        if sense.type in self.lex.transfer_types and not is_passive(verb):
            # "delivered a consignment of missiles to Georgia": the "to" party beats what the goods are made of
            obj = _child(verb, ("dobj",))
            if recipient is None or (obj is not None and recipient.token != obj.i):
                # the "to" may hang on the goods ("supplies and a medical team to Nepal")
                held = [obj] + list(obj.conjuncts) if obj is not None else []
                preps = _objects(verb) + [g for o in held for g in o.children if g.dep_ == "prep"]
                recipient = self._to_party(preps, actor, ("to", "into")) or recipient
        if sense.type == "AID" and verb.lemma_.lower() in self.lex.modality.get("receive_verbs", ()):
            # "Mozambique received a credit from the World Bank": the giver acts, the receiver is aided
            giver = next((self.arg(_pobj(c)) for c in _objects(verb) if c.lower_ == "from" and _pobj(c) is not None),
                         None)
            actor, recipient = giver, actor
        if recipient is None and sense.type in ("AGREE", "AID"):
            recipient = self.beneficiary(verb, actor)
        if recipient is None:
            recipient = self.between_party(verb, actor)
        if recipient is None:
            recipient = self.addressee_of_message(verb, actor)
        return self.in_context(actor, recipient, verb, sense.type)

    def addressee_of_message(self, verb, actor: Optional[Party]) -> Optional[Party]:
        """"In a letter to the U.N. Secretary-General, Iraq demanded ...", "in a speech to parliament": an act
        told in a message is addressed to whom the message is."""
        words = knowledge_words("message_nouns")
        msgs = [_pobj(c) for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "through", "via")]
        if verb.dep_ in ("acl", "advcl") and verb.tag_ == "VBG":
            # "sent a letter to the Secretary-General demanding ...": the message the act is told in
            head = verb.head
            msgs += [head] + [c for c in head.children if c.dep_ == "dobj"]
        for msg in msgs:
            if msg is None or msg.lemma_.lower() not in words:
                continue
            tos = [c for c in msg.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"]
            if msg.dep_ == "dobj":  # ("sent a letter | to X": the parser may hang "to" on the verb)
                tos += [c for c in msg.head.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"]
            for to in (c for c in tos if _pobj(c) is not None):
                p = self.arg(_pobj(to))
                if p is not None and p.kind != "place" and (actor is None or not _same_side(p, actor)):
                    return p
        return None

    def between_party(self, tok, actor: Optional[Party]) -> Optional[Party]:
        """The first side, not the actor's own, of a pair named down the act with "between" or a go-between's
        "for" ("offered to act as a go-between in talks between the Philippine government and communist rebels",
        "suspended its facilitation of talks between Colombo and the Tamil Tigers", "an inquiry into an
        exchange of fire between its soldiers and Israeli troops")."""
        for t in tok.subtree:
            if t.dep_ != "prep" or _pobj(t) is None or not (
                    t.lower_ == "between" or (t.lower_ == "for" and t.head.lower_ in ("go-between", "intermediary",
                                                                                        "mediator"))):
                continue
            pair = self.pair_for(_pobj(t), modifiers=True)
            for p in pair:
                if p.kind != "place" and (actor is None or not _same_side(p, actor)):
                    return p
        return None

    def let_in(self, verb) -> list:
        """The ones a permit verb lets act ("let U.N. inspectors return"): the subject of its clause, or the
        compound of a clause the parser made a noun ("let Australian police work")."""
        if verb.lemma_.lower() not in self.lex.permit_verbs:
            return []
        return [g for cl in verb.children if cl.dep_ == "ccomp" for g in cl.children
                if g.dep_ == "nsubj" or (cl.pos_ == "NOUN" and g.dep_ == "compound" and g.i < cl.i)]

    def _holder(self, verb) -> Optional[Party]:
        """"Fishermen held by the Maldivian coast guard were released": whoever held them let them go."""
        subj = _child(verb, PASS_SUBJ)
        held = [c for c in subj.children if c.dep_ == "acl" and c.tag_ == "VBN"
                and c.lemma_.lower() in knowledge_words("holding_verbs")] if subj is not None else []
        for a in (a for c in held for a in c.children if a.dep_ == "agent" and _pobj(a) is not None):
            p = self.arg(_pobj(a))
            if p is not None and p.kind != "place":
                return p
        return None

    def _doer_of_deed(self, obj, verb) -> Optional[Party]:
        """Who did the deed an object names ("the killing of X by Y", "crimes committed by Y"): Y, if a party
        (also when the parser hung that "by" on the active verb after its object)."""
        if obj.lemma_.lower() not in self.lex.nouns and obj.lemma_.lower() not in knowledge_words("deed_nouns"):
            return None
        agents = [_pobj(c) for c in obj.children if c.dep_ == "prep" and c.lower_ == "by"]
        agents += [_pobj(c) for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ == "by" and c.i > obj.i
                   and not is_passive(verb) and _child(c, ("pobj",)) is not None]
        agents += [_pobj(a) for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBN"
                   for a in c.children if a.dep_ == "agent"]
        for t in agents:
            p = self.arg(t) if t is not None else None
            if p is not None and p.kind != "place":
                return p
        return None

    def _asked_from(self, verb, actor: Optional[Party]) -> Optional[Party]:
        """The party behind "from" on a request's verb, its object or its "for" phrase (not a place: "the
        withdrawal of troops from Lebanon" asks the troops' owner, not Lebanon)."""
        held = [verb] + [c for c in verb.children if c.dep_ == "dobj"] + \
            [_pobj(c) for c in _objects(verb) if c.lower_ == "for" and _pobj(c) is not None]
        # ("the extradition of Pinochet | from Britain": the parser may hang the "from" on the person asked for)
        held += [_pobj(c) for h in held[1:] if not self._moved_from(h) for c in h.children
                 if c.dep_ == "prep" and c.lower_ == "of" and _pobj(c) is not None]
        for h in held:
            if h.i != verb.i and self._moved_from(h):
                continue  # "called for the pull-out of Syrian troops from Lebanon": where they leave, not who is asked
            for c in h.children:
                t = _pobj(c) if c.dep_ == "prep" and c.lower_ == "from" else None
                p = self.arg(t) if t is not None else None
                if p is not None and p.kind != "place" and (actor is None or not _same_side(p, actor)):
                    return p
        return None

    def _moved_from(self, noun) -> bool:
        """A removal noun ("withdrawal", "expulsion"), whose "from" is where someone leaves."""
        sense = self.lex.nouns.get(noun.lemma_.lower())
        return sense is not None and (sense.type in ("RETREAT", "SANCTION") or "from" in sense.recipient_preps)

    def _with_partner(self, verb, actor: Optional[Party]) -> Optional[Party]:
        """The first party behind a "with" inside the verb's object, or inside the means it was done by
        ("spoke by telephone with Putin"), not a place, not the actor's side."""
        obj = _child(verb, ("dobj",))
        means = [_pobj(c) for c in verb.children if c.dep_ == "prep" and c.lower_ in ("by", "via", "over")
                 and _pobj(c) is not None]
        for t in [t for o in ([obj] if obj is not None else []) + means for t in o.subtree]:
            if t.dep_ == "prep" and t.lower_ == "with" and _pobj(t) is not None:
                p = self.arg(_pobj(t))
                if p is not None and p.kind != "place" and (actor is None or not _same_side(p, actor)):
                    return p
        return None

    def _to_party(self, preps, actor: Optional[Party], words: tuple[str, ...]) -> Optional[Party]:
        """The first party (a place stands for its country) that one of these prepositions sends something to."""
        for c in preps:
            t = _pobj(c) if c.lower_ in words else None
            p = self.arg(t) if t is not None else None
            if p is not None and p.kind == "place" and p.party.country:
                p = self.parties._country_party(p.party.country, None, p.token)
            if p is not None and p.kind != "place" and (actor is None or not _same_side(p, actor)):
                return p
        return None

    def beneficiary(self, verb, actor: Optional[Party]) -> Optional[Party]:
        """Who a pledge or gift is for: "promised food and tents for Syrian refugees", "offered to help
        Lebanon rebuild", "promised $500 million to help rebuild Afghanistan"."""
        ok = lambda p: p is not None and p.kind != "place" and (actor is None or not _same_side(p, actor))
        cands = [_pobj(c) for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"]
        obj = _child(verb, ("dobj",))
        if obj is not None:
            cands += [_pobj(c) for c in obj.children if c.dep_ == "prep" and c.lower_ == "for"]
        helps = [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in knowledge_words("help_verbs")]
        for h in helps:
            cands += [g for g in h.children if g.dep_ in ("dobj", "nsubj")]
            cands += [g for x in h.children if x.dep_ in ("xcomp", "ccomp") for g in x.children
                      if g.dep_ in ("dobj", "nsubj")]
        for t in cands:
            if t is not None and t.pos_ == "VERB":  # "for Syrian refugees massing along ...": the clause's subject
                t = _child(t, ("nsubj",))
            p = self.object_party(t, actor) if t is not None else None
            if p is not None and p.kind == "place" and p.party.country and \
                    (actor is None or p.party.country != actor.party.country):
                p = self.parties._country_party(p.party.country, None, t.i)  # "rebuild Afghanistan"
            if ok(p):
                return p
        return None

    @staticmethod
    def _attacks_own_place(verb, sense: Sense, actor: Party, recipient: Party) -> bool:
        """A violent act by a group (not the state named as such) on a named place of its own country."""
        if sense.type not in ("ASSAULT", "COERCE") or actor.token < 0 or recipient.token < 0:
            return False
        doc = verb.doc
        return doc[recipient.token].ent_type_ in ("GPE", "LOC", "FAC") and doc[actor.token].ent_type_ != "GPE" \
            and (actor.party.sector or "") not in ("GOV",) and recipient.token != actor.token

    def embedded_recipient(self, verb, sense: Sense, actor: Optional[Party], depth: int = 0) -> Optional[Party]:
        """"refused to lift the curfew on X", "refused to respond to a demand from X": a verb whose act is
        told by its infinitive complement is aimed at whoever that complement is aimed at."""
        if depth > 2:
            return None
        for c in verb.children:
            clausal = c.dep_ == "xcomp" or (c.dep_ == "ccomp" and sense.type in ("THREATEN", "AGREE", "REJECT"))
            if not clausal or c.pos_ not in ("VERB", "AUX") or is_passive(c):
                continue
            cands = []
            cands += self.let_in(c)  # "agreed to let U.N. inspectors return": the ones let in
            obj = _child(c, ("dative",)) if _child(c, ("dobj",)) is not None else None
            if obj is not None and obj.pos_ != "ADP":
                cands.append(obj)  # "agreed to lend Pakistan $6 billion": the one given to
            obj = _child(c, ("dobj",))
            if obj is not None:
                cands.append(obj)
            # "agreed to buy electricity from X", "to host talks between X and Y"
            preps = set(sense.recipient_preps) | self.lex.verb_recipient_preps | {"between", "from"}
            cands += [_pobj(p) for p in _objects(c) if p.lower_ in preps]
            # "walk out of peace talks with Israel", "use force against Taiwan": the party the act's noun names
            nouns = [t for t in cands if t is not None and t.pos_ == "NOUN"]
            outer = [g for p in _objects(c) if p.lower_ == "out" for g in p.children if g.dep_ == "prep"]
            nouns += [_pobj(p) for p in _objects(c) + outer if p.lower_ in ("of", "from") and _pobj(p) is not None]
            cands += [_pobj(g) for t in nouns
                      for g in t.children if g.dep_ == "prep" and g.lower_ in ("with", "against", "between")]
            for t in cands:
                p = self.object_party(t) if t is not None else None
                if p is not None and p.kind != "place" and (actor is None or not _same_side(p, actor)):
                    return p
            p = self.embedded_recipient(c, sense, actor, depth + 1)
            if p is not None:
                return p
        return None

    def aim(self, tok, actor: Optional[Party]) -> Optional[Party]:
        """Whom a hostile act is aimed at when it names no object: "a hunger strike in protest of X's
        refusal", "opened fire to disperse X", "continued the strike to demand the resignation of X"."""
        heads = [tok]
        if tok.pos_ in ("NOUN", "PROPN"):
            lv = self.light_verb_of(tok)
            if lv is not None:
                heads.append(lv)
        ok = lambda p: p is not None and p.kind != "place" and (actor is None or not _same_side(p, actor))
        for h in heads:
            # "in protest at X" on the verb, or within its objects as the parser often hangs it ("blockaded
            # ports with their trawlers in protest at ...")
            preps = [c for c in h.subtree if c.dep_ == "prep" and c.lower_ == "in"
                     and (c.head.i == h.i or _clause_head(c.head).i == h.i)]
            for c in preps:
                pobj = _pobj(c)
                if pobj is None or pobj.lemma_.lower() not in ("protest", "condemnation", "retaliation", "revenge"):
                    continue
                nxt = pobj.doc[pobj.i + 1] if pobj.i + 1 < len(pobj.doc) else None
                # (the parser may hang "at X" on the verb: the preposition right after the noun is its own)
                objects = [g for g in pobj.children if g.dep_ == "prep"] + (
                    [nxt] if nxt is not None and nxt.dep_ == "prep" and nxt.head.i != pobj.i else [])
                for g in objects:
                    if g.lower_ in ("of", "at", "against", "over", "for"):
                        obj = _pobj(g)
                        p = self.object_party(obj) if obj is not None else None
                        if not ok(p) and obj is not None:
                            p = self.maker(obj)  # "in protest at quotas set by the EU": who set them
                        if ok(p):
                            return p
        for h in heads:
            for c in h.children:
                if c.dep_ not in ("advcl", "xcomp") or c.pos_ != "VERB":
                    continue
                if not (any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) or
                        (c.tag_ == "VBG" and self.lex.cue("request", c.lemma_.lower()))):
                    continue  # a purpose ("to disperse X", "demanding that X ..."), not "..., describing it as"
                cands = [g for g in c.children if g.dep_ == "dobj"]
                cands += [_pobj(g) for g in c.children if g.dep_ == "prep" and g.lower_ in ("against", "on", "upon")]
                cands += [_child(g, ("nsubj", "nsubjpass")) for g in c.children if g.dep_ == "ccomp"]
                for t in cands:
                    p = self.object_party(t) if t is not None else None
                    if ok(p):
                        return p
        return None

    def maker(self, thing, preps: tuple[str, ...] = ("by",), read=None) -> Optional[Party]:
        """Who made a thing: its possessor ("the government's decision"), "by" (or ``preps``) X ("the decision
        by the ministry", "calls from student leaders"), the agent of "quotas set by the European Union".
        ``read`` turns the name's token into a party (object_party by default)."""
        read = read or self.object_party
        for c in thing.children:
            t = None
            if c.dep_ == "poss":
                t = c
            elif c.dep_ == "prep" and c.lower_ in preps:
                t = _pobj(c)
            elif c.dep_ == "acl" and c.tag_ == "VBN":
                t = next((_pobj(g) for g in c.children if g.dep_ == "agent"), None)
            p = read(t) if t is not None else None
            if p is not None:
                return p
        return None

    def _when_actor(self, verb) -> Optional[Party]:
        """"two soldiers were killed when troops fired across the border": a passive act with no agent was
        done by whoever acts in its "when" clause."""
        patient = _child(verb, PASS_SUBJ)
        victim = self.arg(patient) if patient is not None else None
        for c in verb.children:
            if c.dep_ == "advcl" and c.pos_ == "VERB" and not is_passive(c) and \
                    any(g.dep_ == "advmod" and g.lower_ == "when" for g in c.children):
                subj = _child(c, SUBJ)
                if subj is None or subj.pos_ not in ("NOUN", "PROPN") or \
                        any(g.dep_ == "poss" for g in subj.children):
                    continue  # "when their vehicle hit a mine": the victims' own belongings act for no one
                p = self.arg(subj)
                if p is not None and p.kind != "place" and (victim is None or not _same_side(p, victim)):
                    return p
        return None

    def retreat_from(self, verb, actor: Optional[Party]) -> Optional[Party]:
        """"withdrew from three villages in X", "guerrillas operating in X were demobilized": a retreat is
        aimed at the party or country it leaves."""
        preps = list(_objects(verb))
        preps += [g for c in verb.children if c.dep_ == "advmod" and c.lower_ in ("back", "away")
                  for g in c.children if g.dep_ == "prep"]  # "pulled troops back from ..."
        for prep in preps:
            t = _pobj(prep) if prep.lower_ in ("from", "out") else None
            if t is None:
                continue
            # "from its border with Ukraine": the neighbour named with the border
            w = next((_pobj(g) for g in t.children if g.dep_ == "prep" and g.lower_ == "with"), None)
            p = (self.arg(w) if w is not None else None) or self.arg(t)
            if p is not None and p.kind != "place" and (actor is None or not _same_side(p, actor)):
                return p
            code = (p.party.country if p is not None else None) or self.parties.located_country(t)
            if code:
                return self.parties._country_party(code, None, t.i)
        if actor is not None and actor.kind != "place":
            code = self.parties.located_country(verb.doc[actor.token])
            if code:
                return self.parties._country_party(code, None, actor.token)
        for prep in _objects(verb):  # "withdrew from the villages in X": where the retreat happens
            t = _pobj(prep) if prep.lower_ in ("in", "inside") else None
            p = self.arg(t) if t is not None else None
            if p is not None and p.kind in ("place", "country") and p.party.country and \
                    (actor is None or actor.party.country != p.party.country):
                return self.parties._country_party(p.party.country, None, t.i)
        return None

    def _addressee(self, p: Party, verb) -> bool:
        """The party is the one spoken to ("complained to X"), not the one spoken about."""
        t = verb.doc[p.token]
        return t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.i == verb.i

    def goods_origin(self, obj) -> Optional[Party]:
        """The country whose goods a trade measure falls on: "on $34 billion of Chinese goods", "on most goods
        from Mexico" (the nation named in the goods' phrase)."""
        for t in obj.subtree:
            if t.ent_type_ in ("NORP", "GPE") and (t.dep_ in ("amod", "compound") or (
                    t.dep_ == "pobj" and t.head.lower_ in ("from", "of"))):
                p = self.parties.party(t)
                if p is not None and p.party.country:
                    return self.parties._country_party(p.party.country, None, t.i)
        return None

    def measure_target(self, tok, actor: Optional[Party]) -> Optional[Party]:
        """"lifted the curfew imposed in Sudan", "imposed martial law": a domestic measure is aimed at the
        territory it covers, else at the acting state's own country."""
        measures = knowledge_words("domestic_measures")

        def is_measure(t) -> bool:
            words = [t.lower_, t.lemma_.lower()]
            prev = [c for c in t.children if c.dep_ in ("compound", "amod") and c.i < t.i]
            if prev:
                words += [" ".join([prev[-1].lower_, t.lower_])]
            if t.dep_ == "pobj" and t.head.lower_ == "of":  # "state of emergency"
                words += [f"{t.head.head.lower_} of {t.lower_}"]
            return any(w in measures for w in words)

        if tok.pos_ in ("NOUN", "PROPN") and is_measure(tok):
            found = tok
        else:  # the measure is the act's object; the parser may hang it further on ("shortened ... the curfew")
            found = next((t for t in tok.subtree if tok.i < t.i <= tok.i + 8 and t.pos_ == "NOUN" and is_measure(t)),
                         None) or next((c for c in tok.children if c.dep_ == "nsubjpass" and is_measure(c)), None)
        if found is None:
            return None
        holders = [found] + ([found.head.head] if found.dep_ == "pobj" and found.head.lower_ == "of" else [])
        if found.head.i == tok.i and found.dep_ in ("nsubjpass", "dobj") and tok.pos_ == "VERB":
            holders.append(tok)  # "a curfew was imposed in Cairo": the place hangs on the verb
        for h in holders:
            code = self.parties.located_country(h)
            if code:
                return self.parties._country_party(code, None, h.i)
        if actor is not None and actor.kind != "place" and actor.party.country and \
                (actor.kind == "country" or (actor.party.sector or "") in self.lex_state_sectors):
            return self.parties._country_party(actor.party.country, None, found.i)
        return None

    def office_left(self, actor: Optional[Party], tok) -> Optional[Party]:
        """A state official who resigns leaves the country's government ("the information minister
        resigned" -> the Lebanese government), named as analysts name it."""
        if actor is None or actor.kind != "person" or not actor.party.country or \
                (actor.party.sector or "") not in ("GOV", "LEG") or (actor.party.code or "").startswith("IGO"):
            return None
        return self.parties.government(actor.party.country, tok.i)

    def in_context(self, actor: Optional[Party], recipient: Optional[Party], tok, etype: str = "") -> tuple:
        """Give a countryless domestic party the country its sentence places it in (PLOVER codes every
        actor by country): the state institution it faces ("Egyptian police dispersed fundamentalist
        demonstrators" -> EGY), else the one country the sentence's places name ("in Baku")."""
        venue = etype == "CONSULT"  # "met in Geneva": a meeting's venue says nothing of who met
        helping = etype in ("AID", "AGREE", "SUPPORT", "COOPERATE", "CONSULT")
        return (self._placed(actor, recipient, tok, venue, helping, etype),
                self._placed(recipient, actor, tok, venue, helping, etype))

    def _placed(self, p: Optional[Party], other: Optional[Party], tok, venue: bool = False,
                helping: bool = False, etype: str = "") -> Optional[Party]:
        if p is None or p.kind in ("place", "country") or p.party.country or (p.party.code or "").startswith(("IGO", "NGO")) \
                or (p.token >= 0 and several_states(tok.doc[p.token])):
            return p
        if p.kind == "person" and not p.party.sector:
            # a private person is placed by nothing but the text's own words -- or by the state institution
            # acting on them ("Ukrainian prosecutors charged Yulia Tymoshenko"). Police and courts act at home;
            # a government or its envoy speaks to foreigners too ("Blinken urged Aliyev"): only its coercion
            # and charges place the person.
            sector = (other.party.sector or "") if other is not None else ""
            if helping or other is None or not other.party.country or other.kind == "place" or \
                    sector not in DOMESTIC_SECTORS or (sector in ("GOV", "LEG") and etype not in _HOME_ACTS):
                return p
            return p.placed_in(other.party.country)
        # where the sentence places things ("in Baku"), unless it is only where a meeting was held
        code = None
        if venue and p.token >= 0:
            code = self._own_place(tok.doc[p.token])  # "Kurdish leaders in Iraq held talks": where they are
        if not venue:
            code = self.parties.sentence_country(tok.sent, exclude=other.token if other is not None else None)
            if code and other is not None and other.kind != "place" and other.party.country not in (None, code) \
                    and (p.party.sector is None or p.party.sector in STATE_SECTORS):
                # "Brazil sent troops to Haiti": a foreign party acts there, whose are the troops? (civilians,
                # militants, protesters are where they live: "bombers killed 23 people in Tel Aviv")
                return p
        # else the state institution it deals with: a government, its police or courts deal with their own
        # people ("Egyptian police dispersed demonstrators"), not so when it helps ("aid for flood victims")
        # (an army too, when it acts on a crowd: "Uzbek troops fired on protesters")
        crowd = (p.party.sector or "") in self.lex.protester_sectors | {"CVL"} or (
            0 <= p.token and tok.doc[p.token].lemma_.lower() in knowledge_words("riot_agents"))
        # a government's promise to opposition, rebels or citizens is made at home ("Ankara promised the Kurds
        # broadcasting rights"); its aid and offers of help may go abroad
        home = etype.lower() in knowledge_words("home_promise_types") and (p.party.sector or "").lower() in knowledge_words(
            "home_promise_sectors")
        # (not when the report is set elsewhere: "Blinken urged both commanders" in a report from Khartoum speaks
        # to Sudan's, not to Americans)
        abroad = self.home is not None and other is not None and other.party.country not in (None, self.home)
        if code is None and (not helping or home) and not abroad and other is not None and other.party.country \
                and other.kind != "place" \
                and ((other.party.sector or "") in DOMESTIC_SECTORS or (other.party.sector == "MIL" and crowd)
                     or (home and other.kind == "country" and not other.party.sector and p.party.sector == "ETH")) and \
                (other.token < 0 or tok.doc[other.token].lemma_.lower() not in knowledge_words("state_facilities")):
            # ("Ankara promised the Kurds ...": a state itself, named by its capital, promises a people at home)
            code = other.party.country
        sectors = {p.party.sector or "", other.party.sector or ""} if other is not None else set()
        if code is None and not helping and other is not None and other.party.country and other.kind != "place" \
                and sectors & {"REB", "INS"} and sectors & STATE_SECTORS:
            # "the army fought Tamil rebels", "rebels ambushed a Sri Lankan army patrol": insurgents fight the
            # state they rise against
            code = other.party.country
        if not code:
            return p
        placed = p.placed_in(code)
        # "police" placed in Lebanon is "Lebanese police"
        return self.parties.named(placed, tok.doc[p.token]) if p.token >= 0 else placed

    def _located(self, p: Party, other: Optional[Party], verb) -> Party:
        """A village or district the gazetteer does not know ("occupied the border town of Badme, ... the
        government in Addis Ababa said"): in the country its own phrase places it, else the one country the
        sentence's places name (the other party's own words left out)."""
        if p.token < 0:
            return p
        code = self.parties.located_country(verb.doc[p.token], agent=False) or self.parties.sentence_country(
            verb.sent, exclude=other.token if other is not None and other.token >= 0 else None)
        if not code:
            return p
        return p.placed_in(code)

    def _own_place(self, head) -> Optional[str]:
        """The country of a place the party's own phrase puts it in ("leaders in Iraq", "rebels in Nepal"),
        also for the first of coordinated parties ("politicians and Kurdish leaders in Iraq")."""
        while head.dep_ in ("amod", "compound", "nmod") and head.head.i != head.i:
            head = head.head  # "Kurdish" of "Kurdish leaders"
        for t in (head, *head.conjuncts):
            for c in t.children:
                obj = next((o for o in c.children if o.dep_ == "pobj"), None) if c.dep_ == "prep" and \
                    c.lower_ in ("in", "from") else None
                if obj is None:
                    continue
                code = self.parties.sentence_country(obj.doc[obj.left_edge.i:obj.right_edge.i + 1])
                if code:
                    return code
        return None

    lex_state_sectors = STATE_SECTORS

    def carrier(self, noun):
        """The token standing in the clause for an event noun: "a wave of strikes" -> "wave"."""
        head = noun.head
        if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in self.lex.quantifier_nouns:
            return head.head
        return noun

    def light_verb_of(self, noun) -> Optional[object]:
        """The light verb carrying a nominal event ("held a vigil", "engaged in a scuffle"), if any."""
        noun = self.carrier(noun)
        head = noun.head
        via_in = noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("in", "into") and head.head.i != head.i
        verb = head.head if via_in else head
        if (noun.dep_ in ("dobj", "nsubjpass") or via_in) and self._is_light(verb):
            return None if _joins_told_act(noun, verb, via_in) else verb
        return None

    def _is_light(self, verb) -> bool:
        """A light verb, also when the lemmatiser missed it ("staged" -> "stag")."""
        low = verb.lower_
        forms = {verb.lemma_.lower(), low}
        if low.endswith("ed"):
            forms |= {low[:-1], low[:-2]}  # "staged" -> "stage", "launched" -> "launch"
        if any(c.dep_ == "prt" and c.lower_ in ("off", "out") for c in verb.children) and "set" in forms:
            return False  # "his arrest set off protests": what caused the act, not who did it
        # a verb with its object ("took part in joint flights")
        forms |= {f"{verb.lemma_.lower()} {c.lower_}" for c in verb.children if c.dep_ == "dobj"}
        if "call" in forms and any(c.dep_ in ("oprd", "ccomp", "xcomp", "acomp") for c in verb.children):
            return False  # "called the strike illegal": a judgement of the act, not a call for it
        return bool(forms & self.lex.light_verbs)

    def noun_roles(self, noun, sense: Sense) -> tuple[Optional[Party], Optional[Party]]:
        """(actor, recipient) of a nominal trigger ("U.S. drone strike", "attack on X", "held a vigil")."""
        actor = recipient = None
        partner_only = False
        for c in noun.children:
            if c.dep_ == "amod" and c.tag_ in ("VBD", "VBN") and c.i < noun.i:
                # "Pakistan shared intelligence ...", misparsed as a modified noun: the verb's subject acts
                # (a participle has one only when an acronym took the verb's place: "ECOWAS imposed sanctions")
                subj = self.subject_of(c)
                p = self.parties.party(subj) if subj is not None else None
                if p is not None and p.kind != "place":
                    actor = actor or p
                continue
            if c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i):
                if c.lower_ in self.lex.mode_cues or _opposed(c):
                    continue  # (a stance or a sponsor: "anti-Syria", "U.S.-hosted talks")
                p = self.parties.party(c)
                if p is None or (c.dep_ != "poss" and self._city_before_attack(noun, p)):
                    continue
                if (p.kind == "person" and c.dep_ != "poss") or \
                        (c.dep_ == "poss" and noun.lemma_.lower() in self.lex.patient_possessive):
                    recipient = recipient or p  # "the Soleimani strike", "his assassination": the target
                elif p.kind != "place":
                    actor = actor or p
        for c in noun.children:
            if c.dep_ != "prep":
                continue
            w = c.lower_
            obj = _pobj(c)
            if w == "by" and actor is None:
                actor = self.arg(obj)
            elif w == "from" and actor is None and sense.type in SPEECH_ACT_TYPES | {"AGREE"}:
                actor = self.arg(obj)  # "calls from student leaders", "an offer from the rebels"
            elif w == "between" and obj is not None:
                # ("clashes between Armenian and Azerbaijani forces": the pair may be the noun's modifiers)
                pair = self.pair_for(obj, modifiers=True)
                if len(pair) == 2:
                    actor, recipient = pair
            elif recipient is None and w in sense.recipient_preps:
                recipient = self.arg(obj)  # the sense's own preposition: "the withdrawal from Cambodia"
                if recipient is None and sense.type == "SANCTION" and w == "on" and obj is not None:
                    recipient = self.goods_origin(obj)  # "tariffs on C$155 billion of American goods"
            elif recipient is None and w in self.lex.noun_recipient_preps:
                if w == "of" and sense.type not in ("ASSAULT", "COERCE", "SANCTION", "AID"):
                    continue
                if w == "with" and not sense.symmetric:
                    if sense.type.lower() not in knowledge_words("with_partner_types"):
                        continue
                    partner_only = True  # (kept only if someone is found holding the talks)
                if w == "on" and sense.type in self.lex.topic_on_types:
                    continue  # "talks on Nagorno-Karabakh": what they are about
                recipient = self.arg(obj)
        if recipient is None and sense.type == "SANCTION" and noun.dep_ == "pobj" and "on" in sense.recipient_preps:
            # "responded with tariffs | on $34 billion of American goods": the "on" hung on the verb
            on = next((_pobj(c) for c in noun.head.head.children if c.dep_ == "prep" and c.lower_ == "on"
                       and c.i > noun.i and _pobj(c) is not None), None)
            recipient = self.goods_origin(on) if on is not None else None
        if actor is None and noun.dep_ == "nsubj" and noun.head.pos_ == "VERB" and _child(noun.head, ("dobj",)) is None:
            # "fighting broke out ... between the army and the RSF": the parser hangs "between" on the verb
            # ("the assault followed a call between Trump and Erdogan": the object's pair, not the subject's)
            for c in noun.head.children:
                if c.dep_ == "prep" and c.lower_ == "between" and _pobj(c) is not None:
                    pair = self.pair_for(_pobj(c), modifiers=True)
                    if len(pair) == 2:
                        actor, recipient = pair
        noun = self.carrier(noun)
        head = noun.head
        via_in = noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("in", "into") and head.head.i != head.i
        verb = head.head if via_in else head
        if actor is None and (noun.dep_ in ("dobj", "nsubjpass") or via_in) and self._is_light(verb) \
                and not _joins_told_act(noun, verb, via_in):
            subj = self.subject_of(verb)
            reciprocal = verb.lemma_.lower() in knowledge_words("reciprocal_verbs")
            pair = self.pair_for(subj, modifiers=sense.symmetric or reciprocal or sense.type == "CONSULT")
            if len(pair) == 2 and (recipient is None or recipient.kind == "place") and not _other_side_named(verb):
                actor, recipient = pair
            else:
                actor = self.verb_actor(verb)
            if recipient is None:
                # "began a hunger strike on Sunday | against Israeli prison authorities": the parser hangs the
                # act's "against" on its light verb
                against = next((_pobj(c) for c in verb.children if c.dep_ == "prep" and c.lower_ == "against"
                                and c.i > noun.i and _pobj(c) is not None), None)
                p = self.arg(against) if against is not None else None
                recipient = p if p is not None and p.kind != "place" else None
        if actor is None and noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "for" \
                and head.head.lemma_.lower() in knowledge_words("travel_verbs"):
            # "Karimov arrived in Ashgabat for a two-day official visit": whoever came for it ("Israeli and
            # Syrian negotiators gathered ... for talks": the two sides of the talks)
            subj = self.subject_of(head.head)
            pair = self.pair_for(subj, modifiers=sense.type == "CONSULT") if subj is not None else []
            if len(pair) == 2 and recipient is None:
                actor, recipient = pair
            else:
                actor = self.verb_actor(head.head)
        if actor is None and sense.type == "CONSULT" and noun.dep_ == "pobj" and head.lower_ in ("in", "during", "over") \
                and head.head.pos_ == "VERB" and head.head.lemma_.lower() in knowledge_words("conversing_verbs"):
            # "told his Portuguese counterpart in a telephone call that ...", "raised their release in a call with
            # X": the call is between the one speaking and the one spoken to
            actor = self.verb_actor(head.head)
            if recipient is None:
                told = next((c for c in head.head.children if c.dep_ in ("dobj", "dative")), None)
                p = self.arg(told) if told is not None else None
                recipient = p if p is not None and p.kind != "place" else None
        if actor is None and recipient is not None and sense.type == "CONSULT" and noun.dep_ == "pobj" \
                and head.lower_ in ("after", "following", "during") and head.head.pos_ == "VERB":
            # "After a phone call with Zelensky, Biden said ...": the one who speaks after it held the call
            p = self.verb_actor(head.head)
            if p is not None and p.kind != "place" and p.key != recipient.key:
                actor = p
        if actor is None and noun.dep_ == "pobj" and head.lower_ == "with" and head.head.pos_ == "VERB" \
                and head.head.lemma_.lower() in knowledge_words("answering_verbs") and not is_passive(head.head) \
                and head.head.dep_ != "xcomp" and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.head.children):
            # "Iran answered the killing with a missile attack"; an answer promised ("would respond with
            # countermeasures") is a threat, not an act told
            actor = self.verb_actor(head.head)
        if recipient is None and sense.type in ("ASSAULT", "COERCE") and noun.dep_ == "pobj" \
                and head.lower_ == "under" and head.head.lemma_.lower() in ("come", "fall", "be", "remain"):
            # "police came under gunfire from Serb gunmen": the one under fire suffers it; "from" names the doer
            recipient = self.verb_actor(head.head)  # (a place under fire: its country, below)
            if actor is None:
                source = next((_pobj(c) for c in list(noun.children) + list(head.head.children)
                               if c.dep_ == "prep" and c.lower_ == "from" and _pobj(c) is not None), None)
                actor = self.arg(source) if source is not None else None
        if recipient is None and sense.type in self.lex.hostile:
            recipient = self.aim(noun, actor)
        if recipient is None and actor is not None and sense.type in MEASURE_TYPES:
            # only a measure someone is said to impose is an act ("the curfew in X" alone is a circumstance)
            recipient = self.measure_target(noun, actor)
        if recipient is None and sense.mode in self.lex.concession_modes:
            recipient = self.office_left(actor, noun)
        if recipient is None and actor is not None:
            recipient = self.between_party(noun, actor)
        if partner_only and actor is None:
            # "threatened to walk out of peace talks with Israel": talks named by their other side alone are
            # the setting of another act, not one told here
            recipient = None
        recipient = self._place_target(recipient, actor, noun, sense.type)  # "air raids on Georgian towns"
        return self.in_context(actor, recipient, noun, sense.type)

    def _place_target(self, recipient: Optional[Party], actor: Optional[Party], tok, etype: str) -> Optional[Party]:
        """An act that can be done to a place (an attack, a siege, aid) done to one targets the place's
        country: "rebels occupied the Liberian town of X", "air raids on Georgian towns"."""
        if recipient is None or recipient.kind != "place" or etype not in self.lex.place_target_types:
            return recipient
        if not recipient.party.country:
            recipient = self._located(recipient, actor, tok)
        if recipient is not None and recipient.kind == "place" and recipient.party.country:
            recipient = self.parties._country_party(recipient.party.country, None, recipient.token)
        return recipient
