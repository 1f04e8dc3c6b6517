"""PLOVER event coding: triggers -> modality -> roles -> date/place -> one event per occurrence.

Knowledge (verbs, nouns, cues, fallback names) is in ``data/events.yaml``; this module only wires
the helpers together: :mod:`event_triggers` finds triggers and their modality, :mod:`event_roles`
reads actor and recipient from the parse, :mod:`event_context` dates and places them, and
:mod:`event_merge` folds repeated mentions of one occurrence into one event.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any, Optional

from spacy.attrs import LEMMA

from wirewatch.analyze.event_context import RELATIVE_PREPS, EventContext, _clause_head, _day
from wirewatch.analyze.event_lexicon import Lexicon, Sense, load_lexicon
from wirewatch.analyze.event_merge import Draft, combine, merge
from wirewatch.analyze.event_parties import (STATE_SECTORS, Party, PartyResolver, _dateline_end, actor_sector_types,
                                             content_modes, country_adjective, knowledge_words, several_states,
                                             targetless_rule, threat_modes, agreement_content_modes)
from wirewatch.analyze.event_parties import _norm as _norm_name
from wirewatch.analyze.gazetteer import load_gazetteer
from wirewatch.analyze.event_roles import DOMESTIC_SECTORS, RoleReader, _child, _other_side_named, _pobj, is_passive
from wirewatch.analyze.event_triggers import Modality, find_triggers, is_verbal, modality, no_one, noun_sense
from wirewatch.analyze.event_triggers import _known as _known_lemma
from wirewatch.record import Event, EventDate, EventParty, Mention, Record

# Speech acts coded for the word that governs an embedded act.
GOVERNOR_TYPE = {"request": "REQUEST", "threaten": "THREATEN"}


def extract_events(record: Record, res: Any) -> Record:
    """Code the record's PLOVER events (component: needs doc, entities, dates, places)."""
    if record.doc is None:
        return record
    extra = tuple(getattr(getattr(res, "settings", None), "events", ()) or ())
    lex = load_lexicon(extra)
    coder = _Coder(record, res, lex)
    record.events = coder.run()
    return record


def _in_relative_clause(tok, lex: Optional[Lexicon] = None) -> bool:
    """The token is (in) a relative clause ("guerrillas who overran it"), or, given the lexicon, a
    participle phrase that describes a party as one does ("protesters occupying the airports"; not what a
    document says, "a resolution demanding that the attacks stop"); False for None."""
    # (a "when" clause on a time, "shortly after midnight, when Azerbaijani forces opened fire", tells an act
    # at that time, not a party's description)
    return tok is not None and any(
        (a.dep_ == "relcl" and not (a.head.ent_type_ in ("DATE", "TIME") and any(
            c.lower_ == "when" and c.dep_ in ("advmod", "mark") for c in a.children)))
        or (lex is not None and a.dep_ == "acl" and a.tag_ == "VBG" and a.head.pos_ in (
            "NOUN", "PROPN") and a.head.lemma_.lower() not in lex.document_nouns)
        for a in [tok, *tok.ancestors])


def _weapon(tok) -> bool:
    """A weapon or what fires it ("missiles", "Israeli jets", "an airstrike"): it stands for whoever used it."""
    return tok.lemma_.lower() in knowledge_words("weapon_nouns") | knowledge_words("striker_nouns")


def _relative_predicate(tok) -> bool:
    """"the explosion, which he called a terrorist act": in a relative clause the parser makes the predicate
    noun a second object of the judging verb, beside the relative pronoun it describes."""
    return tok.dep_ == "dobj" and tok.pos_ == "NOUN" and any(
        c.dep_ == "dobj" and c.i < tok.i and c.lower_ in ("which", "that", "what") for c in tok.head.children)


def _court(p: Party) -> bool:
    """A court or tribunal (by sector, else by name)."""
    return (p.party.sector or "") == "JUD" or bool(set(_norm_name(p.party.name).split())
                                                   & knowledge_words("court_words"))


def _same_side(a: Party, b: Party) -> bool:
    """The same party, or a party and its own state ("Moscow" and "Russia")."""
    return a.key == b.key or bool(a.party.country and a.party.country == b.party.country
                                  and "country" in (a.kind, b.kind))



def _phrase_head(tok):
    """The noun a name or modifier belongs to ("RED" of "the RED-Tabara rebels" -> "rebels")."""
    while tok.dep_ in ("compound", "amod", "nmod", "punct") and tok.head.i != tok.i and tok.head.i > tok.i:
        tok = tok.head
    return tok

class _Coder:
    def __init__(self, record: Record, res: Any, lex: Lexicon):
        self.record, self.lex, self.doc = record, lex, record.doc
        self.parties = PartyResolver(record, res, lex)
        self.roles = RoleReader(self.parties, lex)
        self.ctx = EventContext(record, lex, actors=self.parties.actors)
        self.roles.home = self.parties.home = self.ctx.home

    def run(self) -> list[Event]:
        drafts: list[Draft] = []
        self._refs: list[tuple[int, int, str, str]] = []
        self._last_actor: dict[str, list[Party]] = {}  # type -> actors of occurrences told so far ("the raids")
        self._told_acts: list[Draft] = []  # news acts in the order told (actor known or not)
        self._blamed: dict[int, Party] = {}  # event noun -> author named by "blamed on"/"claimed by" (this sentence)
        self._pressure = False  # a protest or a demand told so far: a resignation after it accedes to it
        # a report of protests (told anywhere in it): people arrested or dispersed are the demonstrators
        # (compared as lemma hashes in one array read: reading every token's lemma string is slow; a
        # capitalised "March" is the month, not a march)
        lemma_ids = set(self.doc.to_array([LEMMA]).ravel().tolist()) if len(self.doc) else set()
        self._protest_told = any(self.doc.vocab.strings[w] in lemma_ids for w in self.lex.protest_words)
        # the spans of direct quotes: what a speaker says happened, told in the speaker's words
        self._quoted = [(a, b) for q in (self.record.quotes or []) if q.kind == "direct"
                        for a, b in (q.parts or [(q.start, q.end)])]
        self._so_far = drafts
        self._report_codes: Optional[set[str]] = None  # every country the report names (read when first needed)
        for si, sent in enumerate(self.doc.sents):
            told = self._sentence(si, sent)
            drafts.extend(told)
            self._pressure = self._pressure or any(
                d.event.type in self.lex.pressure_types and not (d.event.hypothetical or d.event.negated)
                for d in told)
            # the first news act dated in this sentence sets the time frame of the undated ones after it
            next((d for d in told if not (d.event.hypothetical or d.event.negated)
                  and self.ctx.advance_narrative(d.event.date, d.event.date_basis or "")), None)
        for d in drafts:
            self._implied_crowd(d)
        groups = merge(drafts)
        merged = [combine(g) for g in groups]
        self._claims(merged)  # "Al-Shabaab claimed the bombing": the claim names the attack's author first
        # an event noun that, after merging, still names nobody ("Explosions were heard") is a
        # mention of something, not a codable event: PLOVER needs at least one party
        # So is a verb with no one named as doing it ("A number of people were detained", "The crossing was
        # closed"); "militants bombed a market" names its doers even when no country is known for them.
        merged = [d for d in merged if not (d.actor is None and d.recipient is None and (
            d.nominal or (0 <= d.trigger_i and self.roles.subject_of(self.doc[d.trigger_i]) is None)))]
        self._background_by_association(merged)
        self._reaction_targets(merged)
        self._welcomed_acts(merged)
        self._rulings_judged(merged)
        for d in merged:  # (a condemnation left unaimed because nobody is known to have done the act)
            if d.event.type == "ACCUSE" and d.recipient is None and d.actor is not None:
                d.judges_unknown = self._judges_unattributed(d, merged)
        self._judged_abroad(merged)
        self._recalled_context(merged)  # (after the reactions: a recent recalled act is still what they judge)
        merged = self._visits(merged)
        merged += self._implied_protests(merged)
        merged = self._withhold_targetless(merged)
        return [self._home_audience(d).event for d in merged]

    def _culprit(self, tok, governed, actor: Optional[Party]) -> Optional[Party]:
        """The party meant by "those responsible", "the perpetrators", "the attackers" as the object of an
        act or of the act it governs: the author of the latest hostile act told so far (not the actor's side)."""
        heads = [tok] + ([a for a, _ in governed[1]] if governed else [])
        objs = [c for h in heads for c in h.children if c.dep_ in ("dobj", "nsubjpass", "dative")]
        objs += [g for h in heads for c in h.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        if not any(o.lemma_.lower() in knowledge_words("perpetrator_nouns") or (o.lower_ == "those" and any(
                c.lower_ == "responsible" for c in o.children)) for o in objs):
            return None
        for d in reversed(self._so_far):
            if d.event.type in self.lex.reacted_types and d.actor is not None and not d.event.hypothetical \
                    and (actor is None or not _same_side(d.actor, actor)):
                return d.actor
        return None

    def _claims(self, merged: list[Draft]) -> None:
        """"ISIS-K claimed responsibility (for the bombing)", "the group claimed the attack": the claimer is
        the author of the attack told before the claim whose actor was unknown or only described ("a
        suicide bomber", "gunmen")."""
        low = self.doc.text.lower()
        if "claim" not in low and "responsibility" not in low:
            return  # a cheap look before reading every token
        claim_verbs = knowledge_words("claim_verbs")
        for tok in self.doc:
            if tok.lemma_.lower() not in claim_verbs or tok.pos_ != "VERB" or not any(
                    c.dep_ == "dobj" and self._claimed(tok, c) for c in tok.children):
                continue
            if any(c.dep_ == "neg" for c in tok.children):
                continue
            claimer = self.roles.verb_actor(tok)
            if claimer is None or claimer.kind == "place":
                continue
            pos = tok.idx
            attacks = [d for d in merged if d.event.type == "ASSAULT" and d.event.evidence.start <= pos
                       and self._described_only(d.actor)]
            if attacks:
                d = max(attacks, key=lambda d: d.event.evidence.start)
                old = d.actor
                d.actor, d.event.actor = claimer, claimer.party
                for other in merged:  # reactions already aimed at "the suicide bomber" now aim at the claimer
                    if old is not None and other.recipient is not None and other.recipient.key == old.key:
                        other.recipient, other.event.recipient = claimer, claimer.party

    def _claimed(self, verb, obj) -> bool:
        """What a claim verb takes to be a claim of an attack: responsibility or credit ("took
        responsibility"), or the attack itself ("claimed the bombing"; only after "claim")."""
        if obj.lemma_.lower() in knowledge_words("claim_objects"):
            return True
        sense = noun_sense(obj, self.lex)[0] if verb.lemma_.lower() == "claim" else None
        return sense is not None and sense.type == "ASSAULT"

    def _described_only(self, actor: Optional[Party]) -> bool:
        """An attacker the text does not name: none, a group, or a description ("an Afghan suicide bomber")."""
        if actor is None or actor.kind == "group":
            return True
        return actor.party.entity is None and 0 <= actor.token < len(self.doc) \
            and self.doc[actor.token].pos_ == "NOUN"

    def _withhold_targetless(self, merged: list[Draft]) -> list[Draft]:
        """In an article (not a lone sentence), an act that still has no recipient after the story's
        context was used (reaction targets, the report's country, antecedents) is most often a misread
        ("Russia denied any role" with no one found): withheld, except for types whose target PLOVER
        leaves optional (appeals, demonstrations, deployments). A lone sentence has no such context, so
        its events keep a null recipient."""
        rule = targetless_rule()
        sentences = sum(1 for _ in self.doc.sents)
        if sentences < rule["min_sentences"]:
            return merged
        # and one naming no party at all after that context was used ("the letter requested", "people
        # wanted to kill them", a death toll) codes nothing: PLOVER needs at least one party
        # Speech acts and cooperation always have a doer: one the story's context could not name was misread
        return [d for d in merged if (d.recipient is not None or d.event.type in rule["optional_types"]
                                      or d.judges_unknown)
                and (d.actor is not None or d.recipient is not None)
                and (d.actor is not None or d.event.type not in rule["doer_types"]
                     or (d.event.mode or "") in rule["doerless_modes"])]

    def _implied_protests(self, merged: list[Draft]) -> list[Draft]:
        """"Police cleared thousands of protesters from outside parliament": a counted crowd of protesters the
        state's forces act on was protesting, against that state, though no verb tells the protest. Added
        when no protest by them is told within a sentence of it."""
        if not self._protest_told:
            return []
        out = []
        for d in merged:
            r, a = d.recipient, d.actor
            if d.event.type not in ("COERCE", "ASSAULT") or r is None or a is None or r.token < 0 \
                    or d.event.hypothetical or d.event.negated or (a.party.sector or "") not in STATE_SECTORS \
                    or (r.party.sector or "") != "CVL" or self.doc[r.token].lemma_.lower() not in \
                    knowledge_words("protester_nouns"):
                continue
            crowd = self.doc[r.token]
            counted = any(c.dep_ in ("nummod", "quantmod") for c in crowd.children) or (
                crowd.head.lower_ == "of" and crowd.head.head.lower_ in self.lex.crowd_nouns)
            if not counted or any(x.event.type == "PROTEST" and abs(x.sent_index - d.sent_index) <= 1
                                  for x in merged + out):
                continue
            code = a.party.country or r.party.country
            target = self.parties._country_party(code, "GOV", r.token) if code else None
            ev = replace(d.event, type="PROTEST", mode="demo", actor=r.party,
                         recipient=target.party if target else None, more_evidence=[],
                         trigger=self.doc[r.token].text, attempted=False, failed=False)
            out.append(Draft(ev, r, target, d.sent_index, False, crowd.lemma_.lower(), trigger_i=r.token))
        return out

    def _reaction_targets(self, merged: list[Draft]) -> None:
        """A reaction that names no one ("France condemned the coup", "the EU urged restraint", "Moscow
        denied any role") answers the news act the report is about: its recipient is the author of the
        latest hostile act told before it (else the first one after), when that is another side."""
        acts = [d for d in merged if d.event.type in self.lex.reacted_types and d.actor is not None
                and not (d.event.hypothetical or d.event.negated or d.event.background)]
        if not acts:  # a report of no hostile act: only a denial has something to answer (its accuser)
            for d in merged:
                if d.event.type == "REJECT" and d.recipient is None and d.actor is not None:
                    accuser = self._accuser(d, merged)
                    if accuser is not None:
                        d.recipient, d.event.recipient = accuser.actor, accuser.actor.party
            return
        for d in merged:
            e = d.event
            if e.type not in self.lex.reaction_types or d.actor is None or (
                    e.type == "REQUEST" and ((e.mode or "") in knowledge_words("unaimed_request_modes")
                                             or not (e.mode or self._asks_an_end(d)))):
                continue
            if d.recipient is not None and (d.recipient.key == d.actor.key or (
                    e.type in ("THREATEN", "ACCUSE", "REJECT") and d.recipient.kind == "country"
                    and d.actor.kind in ("country", "person") and d.actor.party.sector in (None, "GOV")
                    and d.recipient.party.country == d.actor.party.country)):
                # "the ministry called on the government": another body; "Putin warned that if attacks on
                # Russian territory continued ...": the threat is aimed at the attackers, not at Russia; "Iraq
                # denied that its territory was used": the denial answers its accuser, not Iraq
                d.recipient, e.recipient = None, None
            if d.recipient is not None or self._appeal_to_all(d) or self._names_someone_else(d):
                continue
            if e.type == "REJECT":  # "Moscow denied any role": the denial answers whoever accused it
                accuser = self._accuser(d, merged)
                if accuser is not None:
                    d.recipient, e.recipient = accuser.actor, accuser.actor.party
                    continue
            pos = e.evidence.start
            before = [a for a in acts if a.event.evidence.start <= pos and a is not d]
            after = [a for a in acts if a.event.evidence.start > pos]
            # force is what reactions answer before penalties: a sanction told since is often itself an answer
            # to that force ("EU leaders agreed to ban Belarusian airlines ... Blinken condemned the act")
            order = sorted(before, key=lambda a: (a.event.type.lower() in knowledge_words("penalty_types"),
                                                  -a.event.evidence.start)) + after
            other = self._judged_act(d, reacted=False) if e.type in ("ACCUSE", "REJECT") else None
            if other is not None:
                # "Washington was quick to criticise the talks": the talks' holders are judged, not the author
                # of the latest attack (the recipient stays unknown when the report names none); a request's
                # object is what it asks for ("appealed for a ceasefire"), no act judged
                held = next((a for a in sorted(merged, key=lambda a: -a.event.evidence.start)
                             if a.event.type == other[0] and a is not d and a.actor is not None
                             and a.event.evidence.start <= pos and a.actor.key != d.actor.key), None)
                if held is None and other[0] == "PROTEST":
                    # "called the storming of the embassy unacceptable" where the storming was told as the
                    # force used in it ("broke in and set it on fire"): that force's non-state author
                    kin = knowledge_words("kindred_force_types")
                    held = next((a for a in sorted(acts, key=lambda a: -a.event.evidence.start)
                                 if a.event.type.lower() in kin and a.event.evidence.start <= pos
                                 and (a.actor.party.sector or "GOV") not in STATE_SECTORS
                                 and not _same_side(a.actor, d.actor)), None)
                if held is not None:
                    d.recipient, e.recipient = held.actor, held.actor.party
                continue
            judged = self._judged_act(d)
            if judged:  # "condemned the coup": the first act of that kind the report tells, then the rest
                judged_type, noun = judged
                # (force told as the other kind of force: "condemned the raid" after police "forced their way
                # into the embassy and arrested" someone, told as COERCE, answers that act before any sanction)
                kin = knowledge_words("kindred_force_types") if judged_type.lower() in knowledge_words(
                    "kindred_force_types") else frozenset()
                order = sorted((a for a in acts if a.event.type == judged_type and a is not d),
                               key=lambda a: a.event.evidence.start) + sorted(
                    (a for a in acts if a.event.type.lower() in kin and a.event.type != judged_type and a is not d),
                    key=lambda a: a.event.evidence.start) + order
                like = self._told_like(noun, judged_type, [a for a in acts if a is not d])
                if like is not None:  # "condemned the bombing": the bombing, not the drone strike after it
                    order.insert(0, like)
                named = [a for a in order if a.event.type == judged_type or a.event.type.lower() in kin]
                if named and all(self._own_act(d, a) for a in named):
                    continue  # the act named is the reactor's own side's: no other act is what it judges
            for a in order:
                if self._own_act(d, a):
                    # a state, or its leader, does not react to its own act (its people and rebels may)
                    continue
                d.recipient, e.recipient = a.actor, a.actor.party
                break

    def _welcomed_acts(self, merged: list[Draft]) -> None:
        """"Castro welcomed the decision", "the EU welcomed the deal", "Oman praised the step": praise of an
        act named by a noun backs that act's doer. A noun of an event kind ("the deal", "the release") names
        the latest act of that kind told before it; a bare "decision", "move" or "it" names the report's own
        news, the first act it tells (reactions answer the news, not the latest aside)."""
        verbs = knowledge_words("welcoming_verbs")
        for d in merged:
            e = d.event
            if e.type != "SUPPORT" or d.actor is None or d.trigger_i < 0 or (
                    d.recipient is not None and not _same_side(d.recipient, d.actor)) \
                    or d.nominal or self.doc[d.trigger_i].lemma_.lower() not in verbs:
                continue
            tok = self.doc[d.trigger_i]
            obj = _child(tok, ("dobj", "nsubjpass"))  # ("the agreement was welcomed by NATO")
            if obj is None:
                continue
            court = self._court_ruling(obj, d, merged)
            if court is not None:  # "hailed the judgment as a great day": the court that gave it
                d.recipient, e.recipient = court, court.party
                continue
            sense = noun_sense(obj, self.lex)[0]
            kind = sense.type if sense is not None and sense.type not in self.lex.hostile else None
            if kind is None and obj.lemma_.lower() in knowledge_words("deal_nouns") - {"talks", "plan"}:
                kind = "AGREE"  # "welcomed the agreement": the deal told as agreed
            if kind is None and not (obj.lemma_.lower() in self.lex.act_nouns or obj.lower_ in ("it", "this")
                                     or obj.lemma_.lower() in knowledge_words("welcomed_news_nouns")):
                continue
            pos = e.evidence.start
            told = [a for a in merged if a is not d and a.actor is not None and a.event.evidence.start < pos
                    and a.event.type not in self.lex.hostile and a.event.type != "SUPPORT"
                    and not (a.event.hypothetical or a.event.negated or a.event.background)
                    and (kind is None or a.event.type == kind) and not self._own_act(d, a)]
            if not told:
                continue
            act = max(told, key=lambda a: a.event.evidence.start) if kind else \
                min(told, key=lambda a: a.event.evidence.start)
            d.recipient, e.recipient = act.actor, act.actor.party

    def _rulings_judged(self, merged: list[Draft]) -> None:
        """"Taiwan rejected the ruling", "Morocco condemned the court's decision": a stand taken
        on a court's ruling, with no one else named, is aimed at the court."""
        for d in merged:
            if d.event.type not in ("REJECT", "ACCUSE") or d.actor is None or d.trigger_i < 0 or (
                    d.recipient is not None and not _same_side(d.recipient, d.actor)):
                continue
            tok = self.doc[d.trigger_i]
            obj = _child(tok, ("dobj", "nsubjpass")) or next(
                (_pobj(c) for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "over", "about")
                 and _pobj(c) is not None), None)
            court = self._court_ruling(obj, d, merged) if obj is not None else None
            if court is not None:
                d.recipient, d.event.recipient = court, court.party

    def _court_ruling(self, obj, d: Draft, merged: list[Draft]) -> Optional[Party]:
        """The court whose ruling ``obj`` names ("the judgment", "the court's ruling", "the award"): its
        possessor, else the latest court told before acting, else named before."""
        if obj.lemma_.lower() not in knowledge_words("ruling_nouns"):
            if obj.lemma_.lower() != "decision":
                return None
            owner = _child(obj, ("poss",))  # "the court's decision" (a bare "decision" may be anyone's)
            p = self.roles.arg(owner) if owner is not None else None
            return p if p is not None and (p.party.sector or "") == "JUD" else None
        owner = _child(obj, ("poss",))
        p = self.roles.arg(owner) if owner is not None else None
        if p is not None and (p.party.sector or "") == "JUD" and p.key != d.actor.key:
            return p
        pos = d.event.evidence.start
        acted = [a for a in merged if a.actor is not None and (a.actor.party.sector or "") == "JUD"
                 and a.event.evidence.start < pos and a.actor.key != d.actor.key]
        if acted:
            return max(acted, key=lambda a: a.event.evidence.start).actor
        for t in reversed(self.doc[max(0, d.trigger_i - 600):d.trigger_i]):
            if t.pos_ not in ("PROPN", "NOUN") or t.dep_ in ("compound", "amod"):
                continue
            p = self.roles.arg(t)
            if p is not None and (p.party.sector or "") == "JUD" and p.key != d.actor.key:
                return p
        return None

    @staticmethod
    def _accuser(d: Draft, merged: list[Draft]) -> Optional[Draft]:
        """The latest accusation told before a denial, aimed at the denier's side by another."""
        return next((a for a in sorted(merged, key=lambda a: -a.event.evidence.start)
                     if a.event.type == "ACCUSE" and a.event.evidence.start <= d.event.evidence.start
                     and a.actor is not None and a.recipient is not None
                     and a.actor.key != d.actor.key and _same_side(a.recipient, d.actor)), None)

    def _judges_unattributed(self, d: Draft, merged: list[Draft]) -> bool:
        """The reaction judges an act the report tells with no author ("denounced the attack", "condemned it"
        after drones were flown at the prime minister's house by no one named): aimed at nobody, and still news."""
        pos = d.event.evidence.start
        told = [a for a in merged if a.event.type in self.lex.reacted_types and a is not d
                and a.event.evidence.start <= pos and not (a.event.hypothetical or a.event.negated)]
        judged = self._judged_act(d)
        if judged is not None:
            told = [a for a in told if a.event.type == judged[0]]
        elif not (0 <= d.trigger_i and any(c.dep_ == "dobj" and c.lower_ in ("it", "this")
                                            for c in self.doc[d.trigger_i].children)):
            return False
        latest = max(told, key=lambda a: a.event.evidence.start, default=None)
        return latest is not None and latest.actor is None

    def _asks_an_end(self, d: Draft) -> bool:
        """A request of no stated kind answers a hostile act only when it asks for what ends or redresses
        one ("called for calm", "demanded an inquiry"); "called for blood donations" or a bare "as soon as
        Rabat asked" asks nothing of an act's author."""
        if not 0 <= d.trigger_i < len(self.doc):
            return True
        tok = self.doc[d.trigger_i]
        asked = [c for c in tok.children if c.dep_ in ("dobj", "xcomp", "ccomp")]
        asked += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "on")
                  for g in c.children if g.dep_ in ("pobj", "pcomp")]
        # "called for the guns to fall silent": an act asked of someone
        asked += [c for c in tok.children if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ == "for" for m in c.children)]
        if tok.pos_ == "NOUN":  # "an appeal for calm", "calls for an inquiry"
            asked += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children]
        words = self.lex.appeal_objects | knowledge_words("redress_words")
        return any(a.pos_ in ("VERB", "AUX") or a.lemma_.lower() in words or a.lower_ in words for a in asked)

    @staticmethod
    def _own_act(d: Draft, a: Draft) -> bool:
        """The act ``a`` is the reactor's own, or its own state's (for a state or a state official), or one
        done together with it ("Saudi Arabia and Egypt cut ties": neither answers the other)."""
        return a.actor.key == d.actor.key or (0 <= d.trigger_i == a.trigger_i and d.sent_index == a.sent_index) or (
            a.actor.party.country and a.actor.party.country == d.actor.party.country and (
                d.actor.kind == "country" or (d.actor.kind == "person" and (d.actor.party.sector or "") in STATE_SECTORS))
            and (a.actor.party.sector or "GOV") in STATE_SECTORS)

    # --- one sentence ------------------------------------------------------------------------
    def _sentence(self, si: int, sent) -> list[Draft]:
        triggers = [t for t in find_triggers(sent, self.lex) if self._has_needed_object(t)
                    and not self._judgement(t[0])]
        trig_idx = {t.i for t, *_ in triggers}
        # "Washington declined to ease sanctions": a refusing verb that is no trigger of its own still refuses
        # the act it governs (as "refused to" does)
        refusing = self.lex.modality.get("negating_verbs", ())
        for tok, sense, *_ in list(triggers):
            gov = tok.head
            if tok.dep_ == "xcomp" and gov.pos_ == "VERB" and gov.i not in trig_idx and sense.type in \
                    self.lex.cooperative and gov.lemma_.lower() in refusing and gov.lemma_.lower() != "fail":
                triggers.append((gov, Sense(type="REJECT"), gov.lemma_.lower(), False, None))
                trig_idx.add(gov.i)
        self._sense_of = {t.i: s.type for t, s, *_ in triggers}
        out: list[Draft] = []
        governors: dict[int, tuple[str, list]] = {}
        warnings: list[tuple[object, Party]] = []  # (warning verb, author of the act it warns of)
        absorbed: set[int] = set()
        mods: dict[int, Modality] = {}
        self._mods = mods  # (read by _asserted_acts)
        for tok, sense, key, nominal, prep in triggers:
            m = modality(tok, self.lex, nominal, trig_idx)
            if m.governor is not None and self._judgement(m.governor):
                m.governor, m.governed_as = None, None  # "called the strikes barbaric": judged, not requested
            concern = None
            if m.governor is not None and m.governed_as == "threaten" and nominal:
                concern = self._warned_of(m.governor, tok, sense)
                if concern is not None:  # "warned of a build-up of Serbian troops": a concern, no threat
                    warnings.append((m.governor, concern))
            mods[tok.i] = m
            if m.governor is not None and concern is None:
                governors.setdefault(m.governor.i, (m.governed_as, []))[1].append((tok, sense))
        # "reiterated its demand that Israel ease ...": the parser hangs the demanded clause on the verb
        # that carries the demand noun; the clause is the demand's content, not an act of its own
        by_tok = {t.i: (t, sn) for t, sn, *_ in triggers}
        for tok, sense, key, nominal, prep in triggers:
            if not nominal or sense.type != "REQUEST" or tok.dep_ != "dobj":
                continue
            for c in tok.head.children:
                if c.dep_ == "ccomp" and c.i in mods and mods[c.i].governor is None and \
                        any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
                    mods[c.i].governor, mods[c.i].governed_as = tok, "request"
                    governors.setdefault(tok.i, ("request", []))[1].append(by_tok[c.i])
        # a participle hanging off a governed act shares its fate ("to target X, killing hundreds")
        for tok, sense, key, nominal, prep in triggers:
            m = mods[tok.i]
            if m.governor is None and tok.dep_ in ("advcl", "conj") and tok.head.i in mods \
                    and mods[tok.head.i].governor is not None:
                m.governor, m.governed_as = mods[tok.head.i].governor, mods[tok.head.i].governed_as
            elif m.governor is None and not nominal and tok.dep_ == "advcl" and tok.tag_ == "VBG" \
                    and tok.head.i not in mods and tok.head.i < tok.i:
                # "... to target soldiers, killing hundreds" hung by the parser on a copula further up:
                # the comma participle goes with the nearest act before it
                prev = next((t for t in reversed(self.doc[tok.head.i + 1:tok.i]) if t.pos_ == "VERB"), None)
                if prev is not None and prev.i in mods and mods[prev.i].governor is not None:
                    m.governor, m.governed_as = mods[prev.i].governor, mods[prev.i].governed_as
        # an event noun that is the subject of a verbal trigger is the same act ("a drone strike took X out")
        for tok, sense, key, nominal, prep in triggers:
            if not nominal:
                subj = self._same_act_noun(tok, trig_idx)
                if subj is not None and mods[subj.i].governor is None:
                    absorbed.add(subj.i)
        by_i = {t.i: (t, s, k, n, p) for t, s, k, n, p in triggers}
        threats, skip = self._retaliation_threats(si, sent, triggers)
        # "a lorry bomb blamed on al-Shabaab": the attribution names the attack's author; no accusation is told
        self._blamed = {}
        for tok in sent:
            if tok.pos_ == "VERB" and tok.tag_ == "VBN" and tok.dep_ == "acl" and tok.head.pos_ == "NOUN" \
                    and tok.lemma_.lower() in knowledge_words("attribution_participles"):
                on = next((_pobj(c) for c in tok.children if (c.dep_ == "prep" and c.lower_ == "on")
                           or (c.dep_ == "agent" and tok.lemma_.lower() == "claim")), None)
                author = self.roles.arg(on) if on is not None else None
                if author is not None and author.kind != "place":
                    self._blamed[tok.head.i] = author
                    skip.add(tok.i)
        # "... retook the village from guerrillas who overran it last month": an act told in a relative
        # clause describes a party of the sentence's own act; it is coded only when the sentence has no other
        main = [t for t, *_ in triggers if (not _in_relative_clause(t, self.lex) or self._reaction_to_antecedent(t))
                and (mods[t.i].governor is None or (mods[t.i].governed_as == "purpose" and _known_lemma(
                    mods[t.i].governor, self.lex) in self.lex.gathering_verbs))]
        if main:
            # (also an act named by a noun its relative clause carries: "servants who take part in a strike")
            skip |= {t.i for t, s, k, n, p in triggers
                     if _in_relative_clause(self.roles.light_verb_of(t) if n else t, self.lex)
                     and not self._reaction_to_antecedent(t) and self._enacted_law(t) is None}
        # "following the invasion", "after fierce fighting": a reference, when the sentence tells another act
        refs = {t.i for t, s, k, n, p in triggers if n and self._reference_adjunct(t)}
        told = {t.i for t, *_ in triggers if mods[t.i].governor is None and t.i not in refs}
        refs = refs if told else set()
        refs |= {t.i for t, s, k, n, p in triggers if n and self._in_description(t)}
        concerned = {w.i for w, _ in warnings}
        for tok, sense, key, nominal, prep in triggers:
            m = mods[tok.i]
            if tok.i in skip or tok.i in concerned:
                continue  # (a warning about another's act: coded as the concern, _concerns)
            if m.governor is not None or tok.i in absorbed or (m.obligation and m.reported_by is not None):
                continue  # governed, folded into its verb, or demanded ("X said Y must ...")
            if nominal and self._is_response_object(tok, sense, by_i):
                continue
            if not nominal and tok.dep_ == "conj" and self._sense_of.get(tok.head.i) == sense.type \
                    and _child(tok, ("nsubj",)) is None and self._named_owner(tok) is None and (
                    sense.type.lower() in knowledge_words("left_place_types") or not any(
                        c.dep_ in ("dobj", "dative") and (lambda p: p is not None and p.party.country
                                                          and p.kind != "place")(self.roles.arg(c))
                        for c in tok.children)):
                # "killed two and wounded five": one act told with two verbs ("welcomed the deal and thanked
                # Qatar" names a party of its own: coded, and merged with the first when it is the same act;
                # "resigned and fled Bangladesh" leaves a place)
                continue
            if not nominal and tok.dep_ == "conj" and tok.head.i in self._sense_of and any(
                    c.dep_ == "cc" and c.lower_ == "or" for c in tok.head.children if tok.head.i < c.i < tok.i):
                continue  # "attacked or threatened two dozen ships": either act, told once by the first verb
            if not nominal and tok.dep_ == "advcl" and self._sense_of.get(tok.head.i) == sense.type and \
                    self._same_act_clause(tok):
                continue  # "killed 23 when they blew themselves up", "shelled the town, killing five": one act
            if not nominal and sense.type == "REQUEST" and tok.dep_ in ("advcl", "acl") and \
                    self._sense_of.get(tok.head.i) == "PROTEST":
                continue  # "demonstrated ... calling for independence": the protest's demand, not a second event
            if not nominal and self._standing(tok):
                continue  # "2,500 American troops are deployed in Iraq": where forces are, no act
            if nominal and sense.type == "THREATEN" and self._judged_as(tok):
                continue  # "described the announcements as a direct threat": the judgement (an ACCUSE), no threat
            d = self._draft(si, sent, tok, sense, key, nominal, prep, m, governors.get(tok.i))
            if d is None or self._noise(tok, d, key):
                continue
            if d.actor is None and self._in_quote(tok):
                continue  # "... who is executing it?" inside a quoted letter: no one is said to have acted
            if d.actor is None and d.recipient is None and not nominal and self._descriptive(tok):
                continue  # "the money pledged", "talks aimed at establishing ties": a description, no told act
            if nominal and ((d.actor is None and d.recipient is None and self._circumstance(tok, trig_idx))
                            or tok.i in refs or self._undone(tok)):
                # context, not a new event; remember it: "in the aftermath of the strike" recalls that strike
                self._refs.append((sent.start_char, sent.end_char, tok.lemma_.lower(), sense.type))
                continue
            subj = self._same_act_noun(tok, trig_idx) if not nominal else None
            if subj is not None and subj.i in absorbed:
                self._absorb(d, by_i[subj.i], sent)
            out.append(d)
            out.extend(self._conjunct_actors(tok, d, nominal))
            out.extend(self._conjunct_recipients(d))
            if not d.event.hypothetical and not d.event.negated:
                self._told_acts.append(d)
            if d.actor is not None and not d.event.hypothetical and not d.event.negated:
                self._last_actor.setdefault(d.event.type, []).append(d.actor)
        out.extend(threats)
        out.extend(self._promised_responses(si, sent))
        # "protesters gathered outside parliament against the bill": a gathering against something protests
        for tok in sent:
            if tok.i in trig_idx or tok.i in governors or not is_verbal(tok) \
                    or _known_lemma(tok, self.lex) not in self.lex.gathering_verbs:
                continue
            if not any(c.dep_ == "prep" and c.lower_ == "against" for c in tok.children):
                continue
            d = self._draft(si, sent, tok, Sense(type="PROTEST", mode="demo"), tok.lemma_.lower(), False, None,
                            modality(tok, self.lex, False, trig_idx), None)
            if d is not None and d.actor is not None and not (d.event.negated or d.event.hypothetical):
                out.append(d)
        # governing words that are not triggers themselves ("vowed to", "insisted that", "want X to")
        for gi, (kind, acts) in governors.items():
            if kind == "purpose" and gi not in trig_idx:
                d = self._gathering(si, sent, self.doc[gi], acts, trig_idx)
                if d is not None:
                    out.append(d)
                    self._last_actor.setdefault("PROTEST", []).extend([d.actor] if d.actor else [])
                continue
            if gi in trig_idx or (kind not in GOVERNOR_TYPE and kind != "command"):
                continue
            gov = self.doc[gi]
            # "ordered the newspaper to suspend publication": the one who orders does the act to the one ordered
            sense = acts[0][1] if kind == "command" else Sense(type=GOVERNOR_TYPE[kind])
            if not is_verbal(gov) and self._is_response_object(gov, sense, by_i):
                continue  # "rebuffed a US request to fly in supplies": the request is what the refusal answers
            d = self._draft(si, sent, gov, sense, gov.lemma_.lower(), not is_verbal(gov), None,
                            modality(gov, self.lex, not is_verbal(gov), trig_idx), (kind, acts))
            if d is not None and kind == "command" and self._own_force(gov):
                # "ordered the security forces to prevent ...": the forces carry the order out; the target
                # is the ordered act's own
                act, act_sense = acts[0]
                r = self._act_recipient(act, act_sense)
                if r is None and act_sense.type in self.lex.hostile:
                    continue
                d.recipient, d.event.recipient = r, (r.party if r is not None else None)
            if d is not None:
                out.append(d)
        out.extend(self._obligations(si, sent, trig_idx, governors))
        out.extend(self._concerns(si, sent, warnings, governors))
        out.extend(self._readiness(si, sent, trig_idx))
        out.extend(self._arrivals(si, sent, trig_idx))
        out.extend(self._blame(si, sent))
        out.extend(self._condemnation(si, sent))
        out.extend(self._defiance(si, sent, trig_idx))
        out.extend(self._right_asserted(si, sent))
        out.extend(self._endorsements(si, sent))
        if not out:
            out.extend(self._same_again(si, sent))
        self._promised_consequences(out)
        self._reported_violations(out)
        self._stopped_help(out)
        self._enacted_measures(out)
        out.extend(self._asserted_acts(si, sent, out))
        self._share_adjunct_targets(out)
        self._not_ruled_out(out)
        return out

    def _promised_consequences(self, drafts: list[Draft]) -> None:
        """"Hezbollah promised that Israel would receive its just punishment", "vowed that the enemy would pay
        dearly": a promise that another side will suffer is a threat to that side (CAMEO 13), not an agreement."""
        for d in drafts:
            if d.event.type != "AGREE" or not 0 <= d.trigger_i < len(self.doc):
                continue
            tok = self.doc[d.trigger_i]
            if tok.lemma_.lower() not in knowledge_words("promising_verbs"):
                continue
            content = _child(tok, ("ccomp",))
            if content is None or any(c.dep_ == "neg" for c in content.children):
                continue
            suffered = content.lemma_.lower() in knowledge_words("suffering_verbs") and (
                any(c.dep_ == "dobj" and c.lemma_.lower() in knowledge_words("suffered_nouns")
                    for c in content.children)
                or any(c.dep_ == "advmod" and c.lower_ in knowledge_words("suffering_adverbs") for c in content.children))
            sufferer = self.roles.arg(_child(content, ("nsubj",))) if suffered else None
            if sufferer is None or sufferer.kind == "place" or (d.actor is not None and _same_side(sufferer, d.actor)):
                continue
            d.event.type, d.event.mode = "THREATEN", None
            d.recipient, d.event.recipient = sufferer, sufferer.party

    def _reported_violations(self, drafts: list[Draft]) -> None:
        """"Blinken said the Taliban had grossly violated the Doha agreement": a breach of a commitment reported
        by another side is that side's accusation (CAMEO 112), not the breaker's own rejection."""
        for d in drafts:
            if d.event.type != "REJECT" or d.actor is None or not 0 <= d.trigger_i < len(self.doc):
                continue
            tok = self.doc[d.trigger_i]
            if tok.lemma_.lower() not in knowledge_words("breach_verbs") or tok.dep_ != "ccomp" \
                    or tok.head.lemma_.lower() not in self.lex.reporting_verbs:
                continue
            speaker = self.roles.verb_actor(tok.head)
            if speaker is None or speaker.kind == "place" or _same_side(speaker, d.actor):
                continue
            d.event.type, d.event.mode = "ACCUSE", "accuse"
            d.recipient, d.event.recipient = d.actor, d.actor.party
            d.actor, d.event.actor = speaker, speaker.party

    def _enacted_measures(self, drafts: list[Draft]) -> None:
        """"Parliament approved two laws that would bar UNRWA from operating", "passed a law banning UNRWA": what
        an adopted law does is done by whoever adopted it, when it was adopted (the "would" is the law's own
        future, not a condition)."""
        for d in drafts:
            sense = self._sense_of.get(d.trigger_i, "")
            if d.actor is not None or sense.lower() not in knowledge_words("enacted_types") \
                    or d.event.type not in (sense, "THREATEN") \
                    or d.nominal or not 0 <= d.trigger_i < len(self.doc) or d.event.negated:
                continue
            law = self._enacted_law(self.doc[d.trigger_i])
            if law is None:
                continue
            adopter = self.roles.verb_actor(law.head)
            if adopter is None or adopter.kind == "place" or (d.recipient is not None and d.recipient.key == adopter.key):
                continue
            d.actor, d.event.actor = adopter, adopter.party
            d.event.type = sense  # ("laws that would bar X": no threat, the law's own future)
            clause = [t for t in law.children if t.dep_ in ("relcl", "acl")]  # (and the act's own words)
            if d.event.hypothetical and any(c.lower_ == "would" for t in [self.doc[d.trigger_i], *clause]
                                            for c in t.children):
                d.event.hypothetical = False

    @staticmethod
    def _enacted_law(tok):
        """The adopted law whose clause an act is ("passed a law banning X", "approved laws that would bar X
        ... and sever contact with it"), else None."""
        while tok.dep_ == "conj" and tok.head.i < tok.i:
            tok = tok.head
        law = tok.head if tok.dep_ in ("relcl", "acl") else None
        if law is None or law.lemma_.lower() not in knowledge_words("enacted_nouns") \
                or law.dep_ not in ("dobj", "nsubjpass") or law.head.lemma_.lower() not in knowledge_words("enacting_verbs"):
            return None
        return law

    def _stopped_help(self, drafts: list[Draft]) -> None:
        """"Poland had stopped transferring arms to Ukraine": help that its giver stops is withdrawn (CAMEO
        16x, SANCTION discontinue), not given."""
        for d in drafts:
            if d.event.type.lower() not in knowledge_words("stopped_help_types") or d.nominal \
                    or not 0 <= d.trigger_i < len(self.doc) or d.event.hypothetical or d.event.negated:
                continue
            tok = self.doc[d.trigger_i]
            stop = tok.head
            if tok.tag_ != "VBG" or tok.dep_ not in ("xcomp", "ccomp", "dobj") \
                    or stop.lemma_.lower() not in knowledge_words("stopping_verbs") \
                    or any(c.dep_ == "neg" for c in stop.children):
                continue
            d.event.type, d.event.mode = "SANCTION", "discontinue"

    def _asserted_acts(self, si: int, sent, drafts: list[Draft]) -> list[Draft]:
        """"Zelensky said Russia had fired on the corridors", "Kirby said the plane was brought down by Russian
        air defences": a side saying another side used force or coercion accuses it (CAMEO 112), besides
        telling the act. Not a side telling its own act, and not what news media or bystanders relate."""
        out = []
        for d in drafts:
            backing = d.event.type.lower() in knowledge_words("asserted_backing_types") and d.recipient is not None \
                and ((d.recipient.party.sector or "").lower() in knowledge_words("backed_armed_sectors") or (
                    0 <= d.recipient.token and _phrase_head(self.doc[d.recipient.token]).lower_ in knowledge_words(
                        "backed_armed_nouns")))  # ("the RED-Tabara rebels": a group named only by its kind)
            if (d.event.type not in self.lex.hostile and not backing) or d.actor is None \
                    or d.actor.kind == "place" or d.event.hypothetical or d.event.negated or d.trigger_i < 0:
                continue
            m = self._mods.get(d.trigger_i)
            rep = m.reported_by if m is not None else None
            if rep is None:  # "said Rwanda was hosting, feeding and training ...": the first of joined acts
                first = self.doc[d.trigger_i]
                while first.dep_ == "conj" and first.head.i < first.i:
                    first = first.head
                rep = first.head if first.dep_ == "ccomp" else None
            finding = rep is not None and rep.lemma_.lower() in knowledge_words("finding_verbs")
            if rep is None or not (rep.lemma_.lower() in knowledge_words("asserting_verbs") or finding) \
                    or any(c.dep_ == "neg" for c in rep.children) or rep.i > d.trigger_i:
                continue  # ("..., police said": a source credited after the news, not an accusation)
            speaker = self.roles.verb_actor(rep)
            if speaker is None or speaker.kind == "place" or _same_side(speaker, d.actor) \
                    or (speaker.party.sector or "") in self.lex.nonpolitical_sectors \
                    or (speaker.kind == "person" and not speaker.party.sector):
                continue
            # a court finding that a party broke the law or another's rights accuses it of any hostile act
            # ("the tribunal ruled that China had violated the Philippines' sovereign rights"), its own state's
            # included; anyone else accuses only of force or coercion
            court = (speaker.party.sector or "") == "JUD" and finding
            if d.event.type.lower() not in knowledge_words("asserted_act_types") and not backing and not court:
                continue
            if finding and not court:
                continue
            home = speaker.party.country or ("IGO" if (speaker.party.code or "").startswith("IGO") else None)
            state = [(p.party.sector or "GOV") in STATE_SECTORS for p in (speaker, d.actor)]
            if (home is None and not court) or (home == d.actor.party.country and state[0] == state[1] and not court):
                # (an interior ministry telling of arrests by its police relates its own side's act; the
                # opposition telling of them accuses the state)
                continue
            if any(x.event.type == "ACCUSE" and x.actor is not None and x.actor.key == speaker.key
                   for x in drafts + out):
                continue  # the sentence already tells this side's accusation ("accused Russia of ...")
            when, basis = self.ctx.date_for(rep, sent)
            ev = Event(type="ACCUSE", mode="allege", actor=speaker.party, recipient=d.actor.party, date=when,
                       date_basis=basis, place=self.ctx.place_for(rep, sent, None, speaker.party.country),
                       background=self.ctx.is_background(when, basis),
                       evidence=Mention(sent.start_char, sent.end_char, sent.text),
                       trigger=f"{rep.text} ... {self.doc[d.trigger_i].text}", confidence=0.5)
            out.append(Draft(ev, speaker, d.actor, si, False, rep.lemma_.lower(), trigger_i=rep.i))
        return out

    def _not_ruled_out(self, drafts: list[Draft]) -> None:
        """"refused to rule out a coup", "did not rule out military action against Ukraine": declining to
        exclude a hostile act holds it out as possible, a threat (CAMEO 13), not a rejection."""
        refusing = set(self.lex.modality.get("negating_verbs", ()))
        for d in drafts:
            if d.event.type != "REJECT" or d.trigger_i < 0:
                continue
            tok = self.doc[d.trigger_i]
            if tok.lemma_.lower() in refusing:  # "refused to rule out": the refusal carries the ruling out
                tok = next((c for c in tok.children if c.dep_ == "xcomp"), tok)
            if tok.lemma_.lower() != "rule" or not any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
                continue
            refused = tok.dep_ == "xcomp" and tok.head.lemma_.lower() in refusing
            if not (d.event.negated or refused):
                continue
            obj = _child(tok, ("dobj",))
            sense = noun_sense(obj, self.lex)[0] if obj is not None else None
            if (sense is None or sense.type not in self.lex.hostile) and obj is not None and (
                    obj.lemma_.lower() == "force" or any(m.lower_ == "military" for m in obj.children)):
                sense = Sense(type="ASSAULT")  # "the use of force", "military action"
            if sense is None or sense.type not in self.lex.hostile:
                continue
            d.event.type, d.event.mode, d.event.negated = "THREATEN", None, False
            _, target = self.roles.noun_roles(obj, sense)
            if target is not None and (d.actor is None or target.key != d.actor.key):
                d.recipient, d.event.recipient = target, target.party
            elif d.recipient is not None and d.actor is not None and d.recipient.party.country == d.actor.party.country:
                d.recipient, d.event.recipient = None, None  # (its own country is whom it answers to)

    def _share_adjunct_targets(self, drafts: list[Draft]) -> None:
        """"marched on the French embassy, tearing down its nameplate, hurling stones and setting fire to a
        door": what the actor did along the way (a participle adjunct, or acts joined to it) was done to the
        main act's target, unless the adjunct names a party of its own."""
        by_trigger = {d.trigger_i: d for d in drafts if d.trigger_i >= 0}
        for d in drafts:
            if d.trigger_i < 0:
                continue
            tok = t = self.doc[d.trigger_i]
            for _ in range(4):
                if t.dep_ != "conj" or t.head.i == t.i:
                    break
                t = t.head
            if not (t.dep_ == "advcl" and t.tag_ == "VBG" and not any(c.dep_ in ("mark", "nsubj") for c in t.children)):
                continue
            # the main act: the verb the adjunct hangs on, or the act it tries ("attempted to attack ...")
            h = by_trigger.get(t.head.i) or next((by_trigger[c.i] for c in t.head.children
                                                  if c.dep_ == "xcomp" and c.i in by_trigger), None)
            if h is None or h is d or (h.actor.key if h.actor else None) != (d.actor.key if d.actor else None):
                continue
            r = d.recipient
            own = r is not None and 0 <= r.token != tok.i and r.token in {x.i for x in tok.subtree}
            # (one of several people the act was split into, "detaining Suu Kyi, President Win Myint", is its own)
            own = own or (r is not None and r.kind == "person" and any(
                x is not d and x.trigger_i == d.trigger_i and x.recipient is not None for x in drafts))
            if own and r.kind != "place" and h.event.type == d.event.type and (
                    h.recipient is None or self._place_target(h.recipient)):
                # "attempted to attack Baghdad's airport, targeting a facility home to American forces": the
                # adjunct names whom the act was aimed at
                h.recipient, h.event.recipient = r, r.party
                continue
            if h.recipient is None or d.actor is None or own:
                continue  # ("... burning an American flag": a party named there is its own target)
            d.recipient, d.event.recipient = h.recipient, h.recipient.party

    def _place_target(self, p: Party) -> bool:
        """A target that is only a place: a place party, or one read from a city's name ("Baghdad's airport" ->
        Baghdad), not a state or a body."""
        if p.kind == "place":
            return True
        if not 0 <= p.token < len(self.doc) or p.party.country is None:
            return False
        t = self.doc[p.token]
        return t.ent_type_ in ("GPE", "LOC", "FAC") and _norm_name(p.party.name) == _norm_name(t.text) \
            and _norm_name(t.text) != _norm_name(self.lex.country_names.get(p.party.country, ""))

    def _blame(self, si: int, sent) -> list[Draft]:
        """"Z said X was responsible for Y", "Z held X responsible for Y": Z accuses X (CAMEO 112)."""
        out = []
        for adj in sent:
            if adj.lower_ not in self.lex.blame_adjectives and adj.lemma_.lower() not in knowledge_words("blame_nouns"):
                continue
            held = adj.head.lemma_.lower() in self.lex.blame_verbs or (
                adj.head.dep_ == "dobj" and adj.head.head.lemma_.lower() in self.lex.blame_verbs)
            if not held and not any(c.dep_ == "prep" and c.lower_ == "for"
                                    for c in list(adj.children) + list(adj.head.children)):
                continue  # ("held the United States responsible as Israel's backer" needs no "for")
            head = adj.head
            clause = head  # ("said X had failed to comply and bore ..."): up the conjuncts to the reported clause
            while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
                clause = clause.head
            if adj.dep_ == "dobj" and head.lemma_.lower() in knowledge_words("blame_bearing_verbs") and \
                    clause.dep_ == "ccomp" and clause.head.lemma_.lower() in self.lex.reporting_verbs:
                # "said Russia bore sole responsibility for the collapse" (not "would bear": a warning)
                if any(c.tag_ == "MD" for c in head.children):
                    continue
                accuser, accused, rep = self.roles.verb_actor(clause.head), \
                    _child(head, ("nsubj",)) or _child(clause, ("nsubj",)), clause.head
            elif adj.dep_ == "acomp" and head.dep_ == "ccomp" and \
                    head.head.lemma_.lower() in self.lex.reporting_verbs:
                accuser, accused, rep = self.roles.verb_actor(head.head), _child(head, ("nsubj",)), head.head
            elif adj.dep_ in ("amod", "oprd", "acomp", "xcomp", "ccomp") and head.dep_ == "dobj" and \
                    head.head.lemma_.lower() in self.lex.blame_verbs:
                accuser, accused, rep = self.roles.verb_actor(head.head), head, head.head
            elif adj.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "advcl") and head.lemma_.lower() in self.lex.blame_verbs \
                    and (adj.dep_ != "advcl" or adj.i > head.i):  # ("held Israel fully responsible", misparsed)
                accuser, accused, rep = self.roles.verb_actor(head), _child(head, ("dobj",)), head
            else:
                continue
            if any(c.dep_ == "neg" for c in list(head.children) + list(rep.children)):
                continue  # "said X was not responsible": a denial
            recipient = self.roles.arg(accused) if accused is not None else None
            if recipient is None or (accuser is not None and accuser.key == recipient.key):
                continue
            when, basis = self.ctx.date_for(rep, sent)
            ev = Event(type="ACCUSE", mode="accuse", actor=accuser.party if accuser else None,
                       recipient=recipient.party, date=when, date_basis=basis,
                       place=self.ctx.place_for(rep, sent, None, accuser.party.country if accuser else None),
                       background=self.ctx.is_background(when, basis),
                       evidence=Mention(sent.start_char, sent.end_char, sent.text),
                       trigger=f"{rep.text} ... {adj.text}", confidence=0.55)
            out.append(Draft(ev, accuser, recipient, si, False, adj.lower_))
        return out

    def _judgement(self, tok) -> bool:
        """"called the detention unacceptable": a verb passing judgement (coded by _condemnation), not a call."""
        return tok.pos_ == "VERB" and tok.lemma_.lower() in self.lex.judging_verbs and any(
            (c.dep_ in ("oprd", "xcomp", "acomp") and c.pos_ == "ADJ") or c.dep_ == "oprd" for c in tok.children)

    def _warned_of(self, warn, act, sense: Sense) -> Optional[Party]:
        """The author of another's act a warning is about ("the United States warned of a large build-up of
        Serbian troops"): a concern voiced, not a threat, and the act stays untold (it may be yet to come);
        None when the act is the warner's own or unnamed ("warned of countermeasures against Sweden"
        threatens)."""
        if warn.lemma_.lower() not in knowledge_words("concern_warning_verbs") or act.head.dep_ != "prep" \
                or act.head.lower_ not in ("of", "about") or act.head.head.i != warn.i:
            return None
        author = self.roles.noun_roles(act, sense)[0]
        if author is None and sense.type == "MOBILIZE":  # "a build-up of Serbian troops": the troops' side
            forces = next((_pobj(c) for c in act.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            author = self.roles.arg(forces) if forces is not None else None
        warner = self.roles.verb_actor(warn)
        if author is None or warner is None or author.kind == "place" or _same_side(author, warner):
            return None
        return author

    def _concerns(self, si: int, sent, warnings: list, governors: dict) -> list[Draft]:
        """A warning about another's act is a concern voiced against its author (CAMEO 111, ACCUSE)."""
        out = []
        for warn, author in warnings:
            if warn.i in governors:
                continue  # the warning also threatens something of its own: coded as that threat
            warner = self.roles.verb_actor(warn)
            when, basis = self.ctx.date_for(warn, sent)
            ev = Event(type="ACCUSE", mode="disapprove", actor=warner.party, recipient=author.party, date=when,
                       date_basis=basis, place=self.ctx.place_for(warn, sent, None, warner.party.country),
                       background=self.ctx.is_background(when, basis),
                       evidence=Mention(sent.start_char, sent.end_char, sent.text), trigger=warn.text,
                       confidence=0.5)
            out.append(Draft(ev, warner, author, si, False, warn.lemma_.lower(), trigger_i=warn.i))
        return out

    def _national_body(self, code: Optional[str], noun: str, sector: str, token: int = -1) -> Party:
        """A state body the text implies but does not name, named for its country ("Russian police")."""
        adj = country_adjective(code, self.lex.country_names.get(code)) if code else None
        return Party(EventParty(None, f"{adj} {noun}" if adj else noun, code, sector), "group", token)

    def _reaction_to_antecedent(self, tok) -> bool:
        """"fired missiles at bases in Iraq, an attack Baghdad condemned": a reaction told in a relative clause
        on an act noun is the reaction itself, not a description of a party."""
        sense = self.lex.verbs.get(tok.lemma_.lower()) if tok.pos_ == "VERB" else None
        return tok.dep_ == "relcl" and sense is not None and sense.type in self.lex.response_types \
            and tok.head.pos_ == "NOUN" and tok.head.lemma_.lower() in self.lex.nouns \
            and getattr(self.lex.nouns[tok.head.lemma_.lower()], "type", "") in self.lex.hostile

    def _object_predicate(self, tok) -> bool:
        """"called the killing a terrorist act": the parser hangs the predicate noun as an object of the
        object; a noun with its own article after the judged object is what it was called."""
        return tok.dep_ in ("dobj", "npadvmod") and tok.head.dep_ in ("dobj", "oprd") and tok.head.i < tok.i and \
            tok.head.head.lemma_.lower() in self.lex.judging_verbs and any(
                c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in tok.children)

    def _condemnation(self, si: int, sent) -> list[Draft]:
        """A judgement passed on what someone did is an accusation (CAMEO 111): "Z called the detention
        unacceptable", "Z said the violence was unacceptable", "Z said it was incomprehensible that ...",
        "Z said he was appalled". Its target is the act's author, found later like any reaction's."""
        out = []
        for word in sent:
            judging = word.head.head if word.dep_ == "pobj" and word.head.lower_ == "as" else (
                word.head if word.dep_ == "oprd" and any(c.dep_ == "dobj" and c.i < word.i for c in word.head.children)
                else None)  # "described the attack as a coup", "called the attack a failed coup"
            named_as = judging is not None and judging.lemma_.lower() in self.lex.judging_verbs \
                and self.lex.nouns.get(word.lemma_.lower()) is not None and \
                self.lex.nouns[word.lemma_.lower()].type in self.lex.hostile and not (
                    word.dep_ == "oprd" and self.lex.nouns[word.lemma_.lower()].type == "THREATEN") and not any(
                    c.dep_ == "dobj" and c.lower_ == "what" for c in judging.children)
            # ("what Israel described as pre-emptive strikes": a side naming its own act, no judgement)
            if word.lower_ not in self.lex.condemning_predicates and word.lemma_.lower() not in \
                    self.lex.condemning_predicates and not named_as:
                continue
            while word.dep_ == "conj" and word.head.pos_ == word.pos_ and word.head.i < word.i:
                word = word.head  # "described the release as selfish and irresponsible": the first of the pair
            if word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.lemma_.lower() in ("act", "form"):
                word = word.head.head  # "called the blast an act of terrorism": the act is the predicate
            # "called the killing a heinous act": the judging word qualifies the predicate noun
            adj = word.head if word.dep_ == "amod" and word.head.pos_ == "NOUN" and (word.head.dep_ in (
                "oprd", "attr", "xcomp") or _relative_predicate(word.head) or self._object_predicate(word.head) or (
                word.head.dep_ == "pobj" and word.head.head.lower_ == "as")) else word
            role = "oprd" if _relative_predicate(adj) else adj.dep_
            hung = None  # the judging verb, when the parser hung the predicate on the object
            if self._object_predicate(adj):
                role, hung = "oprd", adj.head.head  # "called the killing a terrorist act", parsed as nested objects
            elif role == "amod" and adj.i > adj.head.i and adj.head.dep_ == "dobj" \
                    and adj.head.head.lemma_.lower() in self.lex.judging_verbs:
                # "called the move provocative and unhelpful": the predicate parsed as a modifier after the object
                role, hung = "oprd", adj.head.head
            elif role == "dobj" and adj.head.lemma_.lower() in self.lex.judging_verbs and any(
                    c.dep_ == "dobj" and c.i < adj.i for c in adj.head.children):
                role = "oprd"  # "called the prisoners terrorists", parsed as two objects
            elif role == "dobj" and adj.head.lemma_.lower() in self.lex.judging_verbs and adj.pos_ == "NOUN" and any(
                    c.dep_ in ("amod", "compound") and c.pos_ == "NOUN" and c.i < adj.i and noun_sense(c, self.lex)[0]
                    for c in adj.children):
                role = "oprd"  # "called the raid inhumane state terrorism", parsed as one noun phrase
            elif role == "dobj" and adj.head.lemma_.lower() in knowledge_words("naming_verbs") and adj.pos_ == "NOUN" \
                    and (adj.lower_ in self.lex.condemning_predicates
                         or adj.lemma_.lower() in self.lex.condemning_predicates) and any(
                        c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < adj.i for c in adj.children):
                role = "oprd"  # "called the sheets forgeries", parsed as one noun phrase
            if role in ("pobj", "amod", "acomp") and adj.head.lower_ == "as" and \
                    adj.head.head.dep_ == "dobj" and adj.head.head.head.lemma_.lower() in self.lex.judging_verbs:
                # "described the announcements | as a direct threat": the "as" hung on the object
                adj, role = adj.head.head, "oprd"
            elif role in ("pobj", "amod", "acomp") and adj.head.lower_ == "as" and \
                    adj.head.head.lemma_.lower() in self.lex.judging_verbs:
                # "denounced the announcement as an attempted coup", "described his removal as a coup"
                adj, role = adj.head, "oprd"
            if role not in ("acomp", "oprd", "attr", "xcomp", "ccomp"):
                continue
            head = hung if hung is not None else adj.head
            if role == "ccomp":  # "said he was deeply shocked by ...": the participle heads the clause
                if adj.tag_ != "VBN" or head.lemma_.lower() not in self.lex.reporting_verbs:
                    continue
                rep = head
            elif role in ("oprd", "xcomp") and head.lemma_.lower() in self.lex.judging_verbs:
                rep = head  # "called the detention unacceptable"
            elif head.dep_ == "ccomp" and head.head.lemma_.lower() in self.lex.reporting_verbs:
                rep = head.head  # "said the violence was unacceptable"
            elif head.dep_ == "ROOT" or head.lemma_.lower() in self.lex.reporting_verbs:
                continue  # the reporter's own judgement, or no one's
            else:
                continue
            if any(c.dep_ == "neg" for c in list(head.children) + list(rep.children)):
                continue  # "said it was not unacceptable"
            speaker = rep
            if rep.tag_ == "VBG" and rep.dep_ == "advcl" and rep.head.dep_ == "ccomp" \
                    and self.doc[rep.i - 1].text == ",":
                # "X demanded that Y lift its sanctions, calling them illegal": the comma'd participle is X's,
                # however the parser hung it
                speaker = rep.head.head
            accuser = self.roles.verb_actor(speaker)
            if accuser is None:
                continue
            judged = None  # "called Burhan a criminal": the one judged, when it is a party and not an act
            obj = _child(rep, ("dobj",)) if rep.lemma_.lower() in self.lex.judging_verbs else None
            if obj is None and rep.lemma_.lower() in self.lex.judging_verbs:
                # "called U.S. President George W. Bush a liar": the parser makes the one named a second predicate
                obj = next((c for c in rep.children if c.dep_ == "oprd" and c.i < adj.i and c.i != adj.i), None)
            owner = _child(obj, ("poss",)) if obj is not None else None
            if owner is None and obj is not None and obj.pos_ == "NOUN":
                # "called the British statement a circus": the nation the judged thing is named for
                owner = next((c for c in obj.children if c.dep_ in ("amod", "compound")
                              and c.ent_type_ in ("NORP", "GPE") and c.i < obj.i), None)
            # ("called it a real threat": "it" is the act just told, judged like any act, never the last party)
            # ("described Morales's removal as a coup": whose removal it was is not who is judged)
            suffered = obj is not None and obj.lemma_.lower() in knowledge_words("suffered_act_nouns")
            if owner is not None and not suffered:  # "called Australia's decision a stab in the back": its author
                judged = self.roles.arg(owner)
            elif obj is not None and not suffered and obj.lemma_.lower() not in self.lex.act_nouns \
                    and obj.lower_ not in ("it", "this") \
                    and not noun_sense(obj, self.lex)[0] \
                    and not (named_as and obj.pos_ != "PROPN"):  # ("described the diversion as hijacking": an act)
                judged = self.roles.arg(obj)
            if judged is None and adj is not word:
                # "called the bombing a cowardly act by terrorists": the act's author, however the "by" was hung
                by = [c for c in adj.children if c.dep_ == "prep" and c.lower_ == "by"] + \
                    [c for c in rep.children if c.dep_ == "agent" and c.i > adj.i and _relative_predicate(adj)]
                author = next((_pobj(c) for c in by if _pobj(c) is not None), None)
                judged = self.roles.arg(author) if author is not None else None
            if judged is None and obj is None and word.pos_ != "NOUN":
                # "was disappointed with Seoul's decision", "deeply concerned by the army's move": the author of
                # what the feeling is about
                about = next((_pobj(c) for c in word.children if c.dep_ == "prep"
                              and c.lower_ in ("with", "by", "over", "at", "about") and _pobj(c) is not None), None)
                owner = _child(about, ("poss",)) if about is not None else None
                if owner is None and role == "acomp":  # "said South Africa's decision was unacceptable"
                    judged_thing = _child(head, ("nsubj",))
                    owner = _child(judged_thing, ("poss",)) if judged_thing is not None and \
                        judged_thing.lemma_.lower() not in knowledge_words("suffered_act_nouns") else None
                judged = self.roles.arg(owner) if owner is not None else None
            pred = adj if adj.pos_ == "NOUN" else (word if word.pos_ == "NOUN" else None)
            if judged is None and pred is not None:
                # "condemned the explosions as a criminal Israeli aggression": the nation the judged act is named for
                nation = next((c for c in pred.children if c.dep_ in ("amod", "compound")
                               and c.ent_type_ in ("NORP", "GPE")), None)
                judged = self.roles.arg(nation) if nation is not None else None
            if judged is not None and (judged.kind == "place" or judged.key == accuser.key):
                judged = None
            when, basis = self.ctx.date_for(rep, sent)
            ev = Event(type="ACCUSE", mode="disapprove", actor=accuser.party,
                       recipient=judged.party if judged else None, date=when,
                       date_basis=basis,
                       place=self.ctx.place_for(rep, sent, None, accuser.party.country),
                       background=self.ctx.is_background(when, basis),
                       evidence=Mention(sent.start_char, sent.end_char, sent.text),
                       trigger=f"{rep.text} ... {adj.text}", confidence=0.5)
            out.append(Draft(ev, accuser, judged, si, False, adj.lower_, trigger_i=rep.i))
        return out

    def _defiance(self, si: int, sent, trig_idx: set[int]) -> list[Draft]:
        """Acting despite a request rejects it (CAMEO 12x): "kept the ban in place despite appeals from the
        opposition", "resumed enrichment in defiance of a deadline set by the Security Council". The act's
        actor rejects; the request's author, when named, is the recipient."""
        out = []
        defying = knowledge_words("defiance_preps")
        asks = knowledge_words("proposal_nouns") | knowledge_words("objection_nouns")
        for prep in sent:
            if prep.dep_ != "prep" or prep.lower_ not in defying and not (
                    prep.lower_ == "in" and _pobj(prep) is not None and _pobj(prep).lower_ in defying):
                continue
            noun = _pobj(prep)
            if noun is not None and noun.lower_ in defying:  # "in spite of X", "in defiance of X"
                noun = next((_pobj(c) for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if noun is None or noun.lemma_.lower() not in asks:
                continue
            verb = prep.head
            if not is_verbal(verb) or any(c.dep_ == "neg" for c in verb.children):
                continue
            if "REJECT" in (self._sense_of.get(verb.i), self._sense_of.get(verb.head.i)):
                continue  # "refused to lift the ban despite appeals": the refusal is told already
            actor = self.roles.verb_actor(verb)
            if actor is None or actor.kind == "place":
                continue
            author = (self._proposer(noun) if noun.i in self._sense_of else None) or self._named_author(noun)
            if author is not None and (author.kind == "place" or author.key == actor.key or (
                    _same_side(author, actor) and (actor.party.sector or "GOV") in STATE_SECTORS
                    and (author.party.sector or "GOV") in STATE_SECTORS)):
                author = None  # (striking workers defying their president's appeal are two sides)
            actor, author = self.roles.in_context(actor, author, verb, "REJECT")
            when, basis = self.ctx.date_for(verb, sent)
            ev = Event(type="REJECT", mode=None, actor=actor.party,
                       recipient=author.party if author else None, date=when, date_basis=basis,
                       place=self.ctx.place_for(verb, sent, None, actor.party.country),
                       background=self.ctx.is_background(when, basis),
                       evidence=Mention(sent.start_char, sent.end_char, sent.text),
                       trigger=f"{verb.text} ... {prep.text} {noun.text}", confidence=0.5)
            out.append(Draft(ev, actor, author, si, False, noun.lemma_.lower(), trigger_i=verb.i))
        return out

    def _right_asserted(self, si: int, sent) -> list[Draft]:
        """"Starmer said Israel has the right to defend itself", "Obama said Turkey had a right to defend its
        airspace": a speaker asserting a party's right to act (to defend itself, to respond) backs it (SUPPORT,
        as analysts code statements of support). Told by the narrator, no one is said to back anyone."""
        out = []
        acts = knowledge_words("asserted_right_verbs")
        for noun in sent:
            if noun.lemma_.lower() == "right" and noun.dep_ == "dobj" \
                    and noun.head.lemma_.lower() in knowledge_words("reserving_verbs"):
                d = self._reserved_right(si, sent, noun, acts)
                if d is not None:
                    out.append(d)
                continue
            if noun.lemma_.lower() != "right" or noun.pos_ != "NOUN" or noun.dep_ != "dobj" \
                    or noun.head.lemma_.lower() not in ("have", "retain", "exercise"):
                continue
            if not any(c.dep_ == "acl" and c.lemma_.lower() in acts and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in noun.children):
                continue
            have = noun.head
            if any(c.dep_ == "neg" for c in have.children) or have.dep_ not in ("ccomp", "conj") \
                    or have.head.lemma_.lower() not in self.lex.reporting_verbs:
                continue
            speaker = self.roles.verb_actor(have.head)
            holder = self.roles.verb_actor(have)
            if holder is None:  # "said Turkey, like every country, had a right": the name hung on "said"
                named = next((c for c in have.head.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN"
                              and c.i < have.i), None)
                holder = self.roles.arg(named) if named is not None else None
            if speaker is None or holder is None or speaker.kind == "place" or holder.kind == "place" \
                    or _same_side(speaker, holder):
                continue
            when, basis = self.ctx.date_for(have.head, sent)
            ev = Event(type="SUPPORT", mode=None, actor=speaker.party, recipient=holder.party, date=when,
                       date_basis=basis, place=self.ctx.place_for(have.head, sent, None, speaker.party.country),
                       background=self.ctx.is_background(when, basis),
                       evidence=Mention(sent.start_char, sent.end_char, sent.text),
                       trigger=f"{have.head.text} ... {noun.text} to", confidence=0.6)
            out.append(Draft(ev, speaker, holder, si, False, "right", trigger_i=have.head.i))
        return out

    def _endorsements(self, si: int, sent) -> list[Draft]:
        """"Washington still regarded Nkurunziza as Burundi's legitimate president", "Russia regards Armenia as
        an ally": holding a party to be one's ally or its country's rightful leader backs it (CAMEO 05x,
        SUPPORT)."""
        out = []
        for verb in sent:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in knowledge_words("regarding_verbs") \
                    or any(c.dep_ == "neg" for c in verb.children) or verb.i in self._sense_of:
                continue  # ("no longer recognised Maduro as the legitimate leader": the trigger's own reading)
            obj = _child(verb, ("dobj",))
            pred = next((_pobj(c) for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                         and _pobj(c) is not None), None) or _child(verb, ("oprd",))
            if obj is None or pred is None or not (
                    pred.lemma_.lower() in knowledge_words("endorsing_predicates") or any(
                        c.dep_ == "amod" and c.lower_ in knowledge_words("endorsing_predicates") for c in pred.children)):
                continue
            actor, held = self.roles.verb_actor(verb), self.roles.arg(obj)
            if actor is None or held is None or "place" in (actor.kind, held.kind) or actor.key == held.key:
                continue
            when, basis = self.ctx.date_for(verb, sent)
            ev = Event(type="SUPPORT", mode=None, actor=actor.party, recipient=held.party, date=when,
                       date_basis=basis, place=self.ctx.place_for(verb, sent, None, actor.party.country),
                       background=self.ctx.is_background(when, basis),
                       evidence=Mention(sent.start_char, sent.end_char, sent.text),
                       trigger=f"{verb.text} ... as {pred.text}", confidence=0.5)
            out.append(Draft(ev, actor, held, si, False, verb.lemma_.lower(), trigger_i=verb.i))
        return out

    def _reserved_right(self, si: int, sent, noun, acts: frozenset) -> Optional[Draft]:
        """"China reserved the right to respond further", "kept the right to use the necessary means": a side
        keeping its own right to answer holds force out against whoever it answers (CAMEO 13, THREATEN); the
        one threatened is found later like any reaction's target."""
        keep = noun.head
        # (the parser may hang the infinitive on the verb: "reserved its right, under the Charter, to defend")
        act = next((c for c in list(noun.children) + list(keep.children) if c.dep_ in ("acl", "advcl", "xcomp")
                    and c.i > noun.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        if act is None or act.lemma_.lower() not in acts | knowledge_words("reserved_means_verbs") \
                or any(c.dep_ == "neg" for c in keep.children):
            return None
        holder = self.roles.verb_actor(keep)
        if holder is None or holder.kind == "place":
            return None
        when, basis = self.ctx.date_for(keep, sent)
        ev = Event(type="THREATEN", mode=None, actor=holder.party, recipient=None, date=when, date_basis=basis,
                   place=self.ctx.place_for(keep, sent, None, holder.party.country),
                   background=self.ctx.is_background(when, basis),
                   evidence=Mention(sent.start_char, sent.end_char, sent.text),
                   trigger=f"{keep.text} ... {noun.text} to {act.text}", confidence=0.5)
        return Draft(ev, holder, None, si, False, "right", trigger_i=keep.i)

    def _same_again(self, si: int, sent) -> list[Draft]:
        """"The European Union took a similar step", "Germany followed suit": the act just told, again,
        by another actor (to the same recipient; on the same day unless the sentence dates it)."""
        lex = self.lex
        for tok in sent:
            if not is_verbal(tok):
                continue
            obj = _child(tok, ("dobj",))
            if obj is None:
                continue
            key = f"{tok.lemma_.lower()} {obj.lemma_.lower()}"
            same = key in lex.repeat_phrases or (
                tok.lemma_.lower() in lex.light_verbs | {"take"} and obj.lemma_.lower() in lex.repeat_nouns
                and any(c.dep_ == "amod" and c.lower_ in lex.repeat_modifiers for c in obj.children))
            if not same:
                continue
            actor = self.roles.verb_actor(tok)
            prev = [d for d in self._so_far if si - 2 <= d.sent_index < si and not d.event.hypothetical
                    and not d.event.negated and d.actor is not None]
            if actor is None or actor.kind == "place" or not prev:
                return []
            src = prev[-1]
            if src.actor is not None and src.actor.key == actor.key:
                return []
            recipient = src.recipient if src.recipient is None or src.recipient.key != actor.key else None
            when, basis = self.ctx.date_for(tok, sent)
            if basis != "sentence":  # "the same day"
                when, basis = EventDate(src.event.date.earliest, src.event.date.latest), src.event.date_basis
            ev = replace(src.event, actor=actor.party, recipient=recipient.party if recipient else None,
                         date=when, date_basis=basis, more_evidence=[],
                         place=self.ctx.place_for(tok, sent, None, actor.party.country) or src.event.place,
                         background=self.ctx.is_background(when, basis),
                         evidence=Mention(sent.start_char, sent.end_char, sent.text),
                         trigger=f"{tok.text} {obj.text}", confidence=min(src.event.confidence, 0.6))
            return [Draft(ev, actor, recipient, si, False, src.lemma, src.mode_from_cue, src.lemmas, src.nominal)]
        return []

    def _retaliation_threats(self, si: int, sent, triggers) -> tuple[list[Draft], set[int]]:
        """"X said any attack would be met with force": THREATEN from X to the attack's author.

        The retaliation verb is no event of its own ("met" is no meeting); a hypothetical act ("any
        attack") is not coded either, while a real one ("the overnight raids would be answered") is.
        """
        out, skip = [], set()
        lex = self.lex
        modal = lex.modality.get("future_aux", frozenset()) | lex.modality.get("hypothetical_aux", frozenset())
        for tok, sense, key, nominal, prep in triggers:
            verb = tok.head
            if not nominal or sense.type not in lex.hostile or tok.dep_ not in ("nsubj", "nsubjpass"):
                continue
            vl = verb.lemma_.lower()
            obj = _child(verb, ("dobj",))
            # "the attacks will not go unanswered/unpunished": a promised retaliation, told by denial
            # ("... will not pass without punishment and revenge": the same, told with "without")
            unanswered = any(c.dep_ == "neg" for c in verb.children) and any(
                (c.dep_ in ("acomp", "oprd", "xcomp", "advmod") and c.lower_ in lex.retaliation_states)
                or (c.dep_ == "prep" and c.lower_ == "without" and _pobj(c) is not None
                    and _pobj(c).lemma_.lower() in lex.retaliation_nouns)
                for c in verb.children)
            if vl not in lex.retaliation_verbs and not unanswered and not (
                    vl in lex.consequence_verbs and obj is not None and obj.lemma_.lower() in lex.retaliation_nouns):
                continue
            if not any(c.dep_ in ("aux", "auxpass") and c.lower_ in modal for c in verb.children):
                continue
            rep = verb.head if verb.dep_ in ("ccomp", "xcomp", "conj") and verb.head.i != verb.i else None
            up = rep
            for _ in range(4):  # "said that 73 strikes had killed five ... and that the attacks will ...":
                if up is None or up.lemma_.lower() in lex.reporting_verbs:  # the report, past the conjuncts
                    break
                up = up.head if up.dep_ in ("ccomp", "xcomp", "conj") and up.head.i != up.i else None
            if up is not None and up.lemma_.lower() in lex.reporting_verbs:
                rep = up
            speaker = self.roles.verb_actor(rep) if rep is not None else None
            author, _ = self.roles.noun_roles(tok, sense)
            if author is None:
                author = self._told(sense.type, speaker)
            if speaker is not None and author is not None and speaker.key == author.key:
                author = None
            skip.add(verb.i)
            if any(c.dep_ == "det" and c.lower_ in ("any", "every", "further") for c in tok.children):
                skip.add(tok.i)
            if speaker is None and author is None:
                continue
            anchor = rep if rep is not None else verb
            when, basis = self.ctx.date_for(anchor, sent)
            ev = Event(type="THREATEN", actor=speaker.party if speaker else None,
                       recipient=author.party if author else None, date=when, date_basis=basis,
                       place=self.ctx.place_for(anchor, sent, None, speaker.party.country if speaker else None),
                       background=self.ctx.is_background(when, basis),
                       evidence=Mention(sent.start_char, sent.end_char, sent.text),
                       trigger=f"{tok.text} ... {verb.text}", confidence=0.55)
            out.append(Draft(ev, speaker, author, si, False, verb.lemma_.lower()))
        return out, skip

    def _promised_responses(self, si: int, sent) -> list[Draft]:
        """"Iran's envoy said Tehran's response would be harsh", "Moscow said a response to the sanctions was
        inevitable": a retaliation its own side promises threatens whoever did the act it answers (the act
        named after "to", else the latest attack or coercion told by another side)."""
        lex = self.lex
        modal = lex.modality.get("future_aux", frozenset()) | lex.modality.get("hypothetical_aux", frozenset())
        out = []
        for tok in sent:
            verb = tok.head
            if tok.pos_ != "NOUN" or tok.dep_ != "nsubj" or tok.lemma_.lower() not in lex.retaliation_nouns \
                    or verb.lemma_.lower() != "be" or any(c.dep_ == "neg" for c in verb.children):
                continue
            comp = _child(verb, ("acomp", "attr"))
            promised = any(c.dep_ == "aux" and c.lower_ in modal for c in verb.children) or (
                comp is not None and comp.lower_ in knowledge_words("certain_words"))
            if comp is None or not promised or any(
                    c.dep_ == "det" and c.lower_ in ("any", "no") for c in tok.children):
                continue
            rep = verb.head if verb.dep_ in ("ccomp", "conj") and verb.head.i != verb.i else None
            speaker = self.roles.verb_actor(rep) if rep is not None and \
                rep.lemma_.lower() in lex.reporting_verbs else None
            owner = self.roles.arg(_child(tok, ("poss",)))
            if speaker is None or speaker.kind == "place" or (owner is not None and not _same_side(owner, speaker)
                                                              and owner.party.country != speaker.party.country):
                continue  # only the side that would answer promises an answer (not an analyst's forecast)
            target = None
            to = next((_pobj(c) for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"), None)
            if to is not None:
                act = self.lex.nouns.get(to.lemma_.lower())
                target = self.roles.noun_roles(to, act)[0] if act is not None and act.type else self.roles.arg(to)
            if target is None:
                target = next((p for t in ("ASSAULT", "COERCE", "SANCTION")
                               for p in [self._told(t, speaker)] if p is not None), None)
            if target is None or _same_side(target, speaker):
                continue
            when, basis = self.ctx.date_for(rep, sent)
            ev = Event(type="THREATEN", actor=speaker.party, recipient=target.party, date=when, date_basis=basis,
                       place=self.ctx.place_for(rep, sent, None, speaker.party.country),
                       background=self.ctx.is_background(when, basis),
                       evidence=Mention(sent.start_char, sent.end_char, sent.text),
                       trigger=f"{tok.text} ... {comp.text}", confidence=0.55)
            out.append(Draft(ev, speaker, target, si, False, tok.lemma_.lower()))
        return out

    def _missile_test(self, tok) -> bool:
        """A missile launched into the sea or over a country, with no target named (see _draft)."""
        obj = _child(tok, ("dobj", "nsubjpass"))
        if obj is None or obj.lemma_.lower() not in knowledge_words("test_missile_nouns"):
            return False
        for c in list(tok.children) + list(obj.children):
            target = _pobj(c) if c.dep_ == "prep" and c.lower_ in ("at", "against", "on", "toward", "towards") else None
            p = self.roles.arg(target) if target is not None else None
            if p is not None:
                return False  # "fired missiles at Kyiv"
        sea = knowledge_words("open_sea_words")
        return any(t.lemma_.lower() in sea for t in tok.subtree) or any(
            c.dep_ == "prep" and c.lower_ == "over" for c in list(tok.children) + list(obj.children))

    def _received_from(self, noun, actor: Optional[Party], recipient: Optional[Party]):
        """"The bill drew a stinging rebuke | from the European Parliament": the parser hangs the author of a
        drawn rebuke on the verb; whoever or whatever drew it (a bill's author) is the one rebuked."""
        verb = noun.head
        source = next((_pobj(c) for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                       and _pobj(c) is not None), None)
        actor = self.roles.arg(source) if source is not None else None
        if actor is None or actor.kind == "place":
            return None, recipient
        subj = _child(verb, ("nsubj",))
        if recipient is None and subj is not None:
            recipient = self.roles.object_party(subj, actor)
        return actor, recipient if recipient is None or not _same_side(recipient, actor) else None

    def _consequence_bearer(self, tok, actor: Optional[Party]) -> Optional[Party]:
        """"warned that Vilnius would bear all the consequences", "said Washington would face a response": the
        one told to face the consequences is the one threatened."""
        for clause in (c for c in tok.children if c.dep_ in ("ccomp", "xcomp")):
            obj = _child(clause, ("dobj",))
            if clause.lemma_.lower() not in self.lex.consequence_verbs or obj is None \
                    or not {obj.lemma_.lower(), obj.lower_} & self.lex.retaliation_nouns:
                continue
            subj = _child(clause, ("nsubj",))
            p = self.roles.arg(subj) if subj is not None else None
            if p is not None and p.kind != "place" and (actor is None or not _same_side(p, actor)):
                return p
        return None

    def _act_place_country(self, act, sense: Sense) -> Optional[Party]:
        """"threatened to resume attacks in Israel": a threatened act with no target targets where it happens."""
        if sense.type not in self.lex.place_target_types:
            return None
        for t in act.subtree:
            if t.dep_ == "pobj" and t.head.lower_ in ("in", "inside", "across") and t.head.head.i in (act.i, act.head.i):
                p = self.parties.party(t)
                if p is not None and p.kind == "country":
                    return p
        return None

    def _announcer(self, tok, recipient: Party) -> Optional[Party]:
        """"said the militants who refused to surrender would be destroyed": force to come, with no one named as
        using it, is the announcing state's own -- a threat by the speaker, when the speaker speaks for a state
        and the ones to suffer it are not of the speaker's side ("warned that Kyiv would be attacked", said in
        Kyiv, is a warning, not a threat)."""
        if not is_passive(tok) or any(c.dep_ == "agent" for c in tok.children):
            return None
        head = tok.head if tok.dep_ == "ccomp" else None
        if head is None or head.lemma_.lower() not in self.lex.reporting_verbs:
            return None
        speaker = self.roles.verb_actor(head)
        if speaker is None or speaker.kind == "place" or _same_side(speaker, recipient) or not (
                speaker.kind == "country" or (speaker.party.sector or "") in STATE_SECTORS):
            return None
        return speaker

    def _measure_announcer(self, tok, sent, place, recipient: Optional[Party]) -> Optional[Party]:
        """"the army said ... The government was dissolved, a curfew was imposed and the borders were closed":
        measures told in the passive, with no one named as taking them, are the announcing authority's own,
        when it speaks for the state where they are taken. The announcer is the speaker of the reporting verb
        above the measure, else of the sentence before it in the same paragraph when this one reports nothing
        itself."""
        verb = tok
        while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i < verb.i:
            verb = verb.head  # "were dissolved, a curfew was imposed": one list of measures
        reporting = self.lex.reporting_verbs
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in reporting:
            head = verb.head
        elif verb.dep_ == "ROOT" and sent.start > 0 and not any(
                t.lemma_.lower() in reporting and t.pos_ == "VERB" for t in sent):
            before = self.doc[sent.start - 1].sent
            if self.ctx.paragraph_of(before.start_char) != self.ctx.paragraph_of(sent.start_char):
                return None
            head = before.root if before.root.lemma_.lower() in reporting else None
        else:
            return None
        speaker = self.roles.verb_actor(head) if head is not None else None
        if speaker is not None and not speaker.party.country and self.ctx.home \
                and (speaker.party.sector or "") in STATE_SECTORS:
            # "the army said": the army of the country the report is set in
            speaker = Party(replace(speaker.party, country=self.ctx.home), speaker.kind, speaker.token)
        if speaker is None or speaker.kind == "place" or not speaker.party.country or not (
                speaker.kind == "country" or (speaker.party.sector or "") in STATE_SECTORS):
            return None
        # (the state where the measures are taken: "the US said two Americans had been detained in Russia"
        # announces another state's act)
        where = {place.country if place is not None else None, self.ctx.home}
        if recipient is not None and (recipient.party.sector or "") in STATE_SECTORS and (
                place is None or place.country in (None, recipient.party.country)):
            # "the government was dissolved": the state's own institutions ("its diplomats were expelled from
            # Moscow" is another state's act)
            where.add(recipient.party.country)
        if speaker.party.country not in where or (recipient is not None and recipient.key == speaker.key):
            return None
        return speaker

    def _permitted(self, tok) -> Optional[Party]:
        """"agreed to let the UN deliver aid": whoever is let/allowed is the recipient of the agreement."""
        for c in tok.children:
            if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in self.lex.permit_verbs:
                for g in c.children:
                    if g.dep_ in ("dobj", "nsubj", "ccomp", "xcomp"):
                        arg = g if g.dep_ in ("dobj", "nsubj") else _child(g, ("nsubj",))
                        p = self.roles.arg(arg) if arg is not None else None
                        if p is not None and p.kind != "place":
                            return p
        return None

    def _named_owner(self, tok) -> Optional[Party]:
        """"criticised what it called Israel's disproportionate use of force": the one whose act the
        judgement names."""
        said = _child(tok, ("ccomp",))
        if said is None or said.lemma_.lower() not in self.lex.judging_verbs:
            return None
        named = _child(said, ("oprd",))
        owner = next((c for c in named.children if c.dep_ == "poss"), None) if named is not None else None
        r = self.roles.arg(owner) if owner is not None and owner.pos_ == "PROPN" else None
        return r if r is not None and r.kind != "place" else None

    def _act_author(self, obj) -> Optional[Party]:
        """Who did an act named as an object ("condemned the raids"): its own actor, else the last one told."""
        etype = self._sense_of.get(obj.i)
        if etype is None or etype not in self.lex.hostile:
            return None
        author, _ = self.roles.noun_roles(obj, Sense(type=etype))
        if author is not None:
            return author
        like = self._told_like(obj, etype, self._told_acts)
        if like is not None:  # that act's author, or no one yet (a later claim may name one)
            return like.actor
        return self._told(etype, None)

    def _told_like(self, noun, etype: str, acts: list[Draft]) -> Optional[Draft]:
        """"condemned the bombing" after a suicide bombing and a drone strike: the latest of ``acts`` told
        (before the noun, else the nearest after it) by the same word or of the same kind (mode), if any."""
        sense = noun_sense(noun, self.lex)[0]
        mode, lemma = (sense.mode if sense is not None else None), noun.lemma_.lower()
        stem = lemma[:-3] if lemma.endswith("ing") and len(lemma) > 6 else lemma  # "bombing" ~ "bomber"
        # "shootdown" ~ "shot down", "crackdown" ~ "cracked down": a noun of a verb and its particle
        stem = next((stem[:-len(p)] for p in ("down", "out", "off", "over") if stem.endswith(p)
                     and len(stem) >= len(p) + 4), stem)
        # those told before the noun first, latest first; then those told after it, nearest first
        kind = [d for d in sorted(acts, key=lambda d: (d.event.evidence.start > noun.idx,
                                                       abs(noun.idx - d.event.evidence.start)))
                if d.event.type == etype and 0 <= d.trigger_i < len(self.doc)]
        for d in kind:  # told by the same word, or in a sentence with the noun's stem
            if lemma in d.lemmas or d.lemma == lemma or any(
                    t.lemma_.lower().startswith(stem) for t in self.doc[d.trigger_i].sent
                    if t.pos_ in ("NOUN", "VERB", "ADJ")):
                return d
        if lemma in knowledge_words("launch_nouns"):
            # "condemned the launch": a missile fired, before any other movement of forces told since
            fired = next((d for d in kind if self._missile_test(self.doc[d.trigger_i])), None)
            if fired is not None:
                return fired
        for d in kind:  # of the same kind: its mode, or a cue of its mode in its sentence
            if mode is not None and (d.event.mode == mode or any(
                    self.lex.mode_cues.get(t.lemma_.lower()) == mode for t in self.doc[d.trigger_i].sent
                    if t.pos_ in ("NOUN", "VERB", "ADJ"))):
                return d
        return None

    def _praised_author(self, tok, actor: Optional[Party]) -> Optional[Party]:
        """"welcomed the release", "praised the vote by the Turkish parliament": praise for an act is aimed at
        whoever did it (named with the act, else the last actor of that kind of act told)."""
        obj = _child(tok, ("dobj",))
        if obj is None:
            return None
        by = [_pobj(c) for c in list(obj.children) + list(tok.children) if c.dep_ == "prep" and c.lower_ == "by"]
        for t in by:
            p = self.roles.arg(t) if t is not None else None
            if p is not None and p.kind != "place" and (actor is None or p.key != actor.key):
                return p
        etype = self._sense_of.get(obj.i)
        if etype is None and obj.pos_ == "PRON" and obj.lower_ in ("it", "this"):
            # "Bahrain and Oman also welcomed it": the act told last, by another side
            last = next((x for x in reversed(self._told_acts) if x.actor is not None and x.event.evidence.start < tok.idx
                         and x.event.type in self.lex.cooperative and (actor is None or not _same_side(x.actor, actor))),
                        None)
            return last.actor if last is not None else None
        if etype is None:
            return None
        author, _ = self.roles.noun_roles(obj, Sense(type=etype))
        author = author or self._told(etype, actor)
        return author if author is not None and (actor is None or author.key != actor.key) else None

    def _pressed(self, tok) -> bool:
        """The act is told as done under pressure in its own clause ("resigned after weeks of protests",
        "stepped down amid demands for her resignation")."""
        words = self.lex.protest_words | knowledge_words("proposal_nouns") | knowledge_words("objection_nouns")
        clause = [tok] + [c for c in tok.children if c.dep_ == "conj"]  # "resigned and fled after protests"
        # ("resigned and fled, ending 15 years in power after weeks of protests": the participle's phrase too)
        clause += [c for v in clause for c in v.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
        # ("resigned after protesters set parliament ablaze": a clause told after its marker too)
        return any((c.dep_ == "prep" and c.lower_ in knowledge_words("pressure_preps") or c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in knowledge_words("pressure_preps") for m in c.children))
            and any(t.lemma_.lower() in words for t in c.subtree) for v in clause for c in v.children)

    def _pressed_sentence(self, tok) -> bool:
        """The act's sentence tells it done under pressure ("Under pressure from mass protests, X stepped down,
        conceding that ..."): any of its verbs is pressed."""
        return any(self._pressed(v) for v in tok.sent if v.pos_ in ("VERB", "AUX"))

    def _proposer(self, obj) -> Optional[Party]:
        """"dismissed calls from student leaders", "accepted the rebels' offer": a response to a request,
        offer or threat is aimed at whoever made it (named in the phrase; never guessed)."""
        etype = self._sense_of.get(obj.i)
        if etype is None and obj.lemma_.lower() in knowledge_words("proposal_nouns"):
            etype = "REQUEST"
        if etype is None or etype not in self.lex.speech_act_nouns:
            return None
        author, _ = self.roles.noun_roles(obj, Sense(type=etype))
        return author or self._named_author(obj)

    def _named_author(self, noun) -> Optional[Party]:
        """Who made a request, offer or objection named by a noun: its possessor, "from"/"by" X (also behind
        its "of" phrase: "offers of help from four countries"), or the agent of "a deadline set by X"."""
        of = next((_pobj(c) for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        for holder in (noun, of):
            author = self.roles.maker(holder, ("from", "by"), self.roles.arg) if holder is not None else None
            if author is not None:
                return author
        return None

    def _told(self, etype: str, other_than: Optional[Party]) -> Optional[Party]:
        """The actor of the latest occurrence of this type told so far, not ``other_than`` nor one of the same
        non-state actor code (its group)."""
        for p in reversed(self._last_actor.get(etype, [])):
            # (a spokesman coded as his group, "YEMREB", is that group's side: "Yahya Saree" and "the Houthis")
            if other_than is None or (p.key != other_than.key and not (
                    p.party.code and p.party.code == other_than.party.code and p.party.sector not in (None, "GOV"))):
                return p
        return None

    def _noise(self, tok, d: Draft, key: Optional[str] = None) -> bool:
        """Reporting furniture ("asked not to be named"), party-less generic verbs, and commerce."""
        lemmas = [t.lemma_.lower() for t in self.doc[tok.i:min(tok.i + 8, tok.sent.end)]]
        span = self.parties.span_at(tok.idx, tok.idx + len(tok.text))
        if span is not None and span.label in ("ORG", "PERSON", "WORK_OF_ART", "FAC", "NORP") and \
                tok.pos_ == "PROPN" and span.end - span.start > len(tok.text):
            return True  # a word of a name ("the punk band Pussy Riot", "Operation Desert Storm") tells no act
        if tok.tag_ == "VBN" and tok.dep_ == "acl" and tok.lemma_.lower() in ("want", "seek"):
            return True  # "officials wanted in connection with the bombing": a description, not a request
        if tok.lemma_.lower() == "ask":
            asked = [t for c in tok.children if c.dep_ == "ccomp" for t in c.subtree]
            asked += list(tok.doc[max(tok.sent.start, tok.i - 3):tok.i])  # '"...?" she asked'
            if any(t.text == "?" for t in asked):
                return True  # '"Who will protect the roads?" she asked': a question, not a request
            if tok.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in tok.children) \
                    and any(c.dep_ == "prep" and c.lower_ in ("about", "whether") for c in tok.children):
                return True  # "Asked about the reports, a spokesman said": a reporter's question put to him
        for frame in self.lex.speech_frames:
            if tuple(lemmas[:len(frame)]) == frame:
                return True
        if tok.lemma_.lower() == "call" and any(c.dep_ == "dobj" and c.lemma_.lower() in self.lex.condemning_predicates
                                                for c in tok.children):
            return True  # "called the raid inhumane state terrorism" (one noun phrase to the parser): a judgement
        if tok.lemma_.lower() == "call" and any(self._object_predicate(g) for c in tok.children
                                                if c.dep_ in ("dobj", "oprd") for g in c.children):
            return True  # "called Russia's move an act of aggression": a naming, not a call for anything
        need = self.lex.trigger_requires.get(tok.lemma_.lower()) if tok.pos_ == "VERB" else \
            self.lex.noun_requires.get(tok.lemma_.lower()) if tok.pos_ == "NOUN" else None
        if need and key and " " in key and (key in self.lex.verb_objects or key in self.lex.verbs
                                            or (tok.pos_ == "NOUN" and key in self.lex.nouns)):  # "telephone call"
            need = None  # "called a nationwide strike": a verb-and-object sense the lexicon knows is its own word
        if need and any(c.dep_ == "prt" and f"{tok.lemma_.lower()} {c.lower_}" in self.lex.verbs for c in tok.children):
            need = None  # "called up former soldiers": the phrasal verb is its own word
        if need and not any(c.dep_ in need or (c.dep_ == "prep" and c.lower_ in need) for c in tok.children):
            return True  # "called the strikes limited": "call" asks only "for"/"on" someone or "to" act
        if tok.lemma_.lower() not in self.lex.weak_triggers:
            return False
        if d.actor is None and d.recipient is None:
            return True  # "charterers are asking for rates", "insurers lifted premiums"
        nonpol = self.lex.nonpolitical_sectors
        actor_np = d.actor is None or (d.actor.party.sector in nonpol)
        recip_np = d.recipient is None or (d.recipient.party.sector in nonpol)
        return actor_np and recip_np and (d.actor is None or d.actor.party.sector in nonpol)

    def _conjunct_recipients(self, d: Draft) -> list[Draft]:
        """"detaining Aung San Suu Kyi, President Win Myint and others": each person detained is an arrest of
        their own (analysts code one per person), as each actor of "A and B struck X" acts on their own."""
        r = d.recipient
        if d.event.type.lower() not in knowledge_words("per_person_types") or r is None or r.kind != "person" \
                or r.token < 0:
            return []
        head = self.doc[r.token]
        out, seen = [], {r.key} | ({d.actor.key} if d.actor is not None else set())
        for c in tuple(head.conjuncts) + tuple(self._listed_after(head)):
            p = self.roles.arg(c)
            if p is None or p.kind != "person" or p.key in seen:
                continue
            seen.add(p.key)
            ev = replace(d.event, recipient=p.party, more_evidence=[])
            out.append(Draft(ev, d.actor, p, d.sent_index, d.definite, d.lemma, d.mode_from_cue, d.lemmas,
                             d.nominal, d.trigger_i))
        return out

    def _implied_crowd(self, d: Draft) -> None:
        """"Protests spread to Ankara", "demonstrations broke out in Batumi": protests told as happening, with no
        one named, are a crowd's (civilian protesters of the country they happen in, else of the report's)."""
        if d.event.type != "PROTEST" or not d.nominal or d.actor is not None or d.recipient is not None \
                or d.trigger_i < 0 or d.event.hypothetical or d.event.negated:
            return
        noun = self.doc[d.trigger_i]
        if noun.dep_ != "nsubj" or noun.head.lemma_.lower() not in knowledge_words("occurrence_verbs"):
            return
        code = (d.event.place.country if d.event.place is not None else None) or self.ctx.home
        if not code:
            return
        d.actor = Party(EventParty(None, "protesters", code, "CVL"), "group", d.trigger_i)
        d.event.actor = d.actor.party

    def _listed_after(self, head) -> list:
        """Names listed after a name that the parser failed to conjoin ("detaining Aung San Suu Kyi, President
        Win Myint and other leaders", the second name left hanging as a bare dependent of the verb): the
        head of each further person's name after a comma. (An apposition, "his lawyer, Jane Doe", names the
        same person and is not read.)"""
        doc, out, i = self.doc, [], head.i + 1
        while i < len(doc) and doc[i].text == ",":
            name = next((e for e in doc[i + 1:i + 5].ents if e.label_ == "PERSON"), None)
            if name is None or name.root.dep_ not in ("dep", "conj", "npadvmod") or any(
                    t.pos_ not in ("PROPN", "PUNCT") for t in doc[i + 1:name.start]):
                break
            out.append(name.root)
            i = name.end
        return out

    def _conjunct_actors(self, tok, d: Draft, nominal: bool) -> list[Draft]:
        """"A and B struck X": the record holds one actor, so B gets its own event B -> X."""
        if d.actor is None:
            return []
        verb = self.roles.light_verb_of(tok) if nominal else tok
        if verb is None:
            return []
        subj = self.roles.subject_of(verb)
        if verb.dep_ == "acl" and 0 <= d.actor.token < len(self.doc) and (subj is None or (
                subj.i != d.actor.token and not subj.conjuncts)):
            # "Iraq, Oman and Qatar issued statements praising the step": the participle's doer is the
            # statements' issuer, found through them; its fellows are found the same way
            subj = self.doc[d.actor.token]
        if subj is None:
            return []
        co_subjects = {subj.i} | {c.i for c in subj.conjuncts}
        if d.recipient is not None and d.recipient.token in co_subjects \
                and tok.lemma_.lower() in knowledge_words("promising_verbs"):
            # "Ireland, Norway, Slovenia and Spain ... pledged to keep working with donors": a joint pledge is made
            # to others, never among those who make it (a deal three sign is among them)
            d.recipient, d.event.recipient = None, None
        out, seen = [], {d.actor.key} | ({d.recipient.key} if d.recipient is not None else set())
        conj = [c for c in subj.conjuncts if c.i != subj.i] or [
            # "President X and Y"; "Saudi Arabia, Egypt, Jordan and the UAE" read as an apposed list
            c for a in subj.children if a.dep_ == "appos" and a.conjuncts for c in (a,) + tuple(a.conjuncts)
            if c.i != subj.i]
        # "... each denounced it, as did the Arab League": the one who did likewise
        conj += [g for c in verb.children if c.dep_ == "advcl" and c.lemma_.lower() == "do" and any(
            m.dep_ == "mark" and m.lower_ == "as" for m in c.children) for g in c.children if g.dep_ == "nsubj"]
        # "American and British forces": the conjoined modifiers name several actors of one noun
        mods = [c for m in subj.children if m.dep_ in ("amod", "compound") and m.conjuncts
                for c in (m,) + tuple(m.conjuncts)]
        seen_countries = {d.actor.party.country} if d.actor.party.country else set()
        twin = None
        for c in conj + mods:
            p = self.roles.arg(c) if c in conj else self.parties.party(c)
            if p is not None and c not in conj and p.party.country in seen_countries:
                continue
            if p is not None and p.party.country:
                seen_countries.add(p.party.country)
            if p is not None and c not in conj and p.kind == "country" and not p.party.sector:
                p.party.sector = self.parties.sector_of(subj)
            if p is not None and p.key == d.actor.key and c in conj and p.kind != "place" and p.token != d.actor.token:
                twin = twin or p  # "Nepal's ruling parties and Maoist rebels agreed": both sides of one country
            if p is None or p.kind == "place" or p.key in seen:
                continue
            if d.recipient is not None and p.party.country and p.party.country == d.recipient.party.country \
                    and d.event.type in ("CONSULT", "AGREE", "COOPERATE", "SUPPORT", "ASSAULT"):
                continue  # "Putin and Erdogan talked": Erdogan is the other side already, not a second actor
            seen.add(p.key)
            ev = replace(d.event, actor=p.party, more_evidence=[])
            out.append(Draft(ev, p, d.recipient, d.sent_index, d.definite, d.lemma, d.mode_from_cue, d.lemmas,
                             d.nominal, d.trigger_i))
        sense = (self.lex.nouns if nominal else self.lex.verbs).get(d.lemma)
        # ("Bahrain and Oman welcomed it": two who praise something praise it, not each other)
        praising = not nominal and getattr(self.lex.verbs.get(tok.lemma_.lower()), "mode", None) == "praise"
        if len(out) == 1 and d.recipient is None and not praising and (
                d.event.type.lower() in knowledge_words("joint_types") or (sense is not None and sense.symmetric)) \
                and not _other_side_named(tok if not nominal else tok.head):
            # "Obama and Medvedev signed a treaty", "Peruvian and Ecuadorean troops clashed": with no one else
            # named, each of two sides acts on the other (a list of four allies is one side)
            other = out[0].actor
            if not other.party.country:  # "Nepal's ruling parties and Maoist rebels": placed beside the first
                other = self.roles.in_context(d.actor, other, tok, d.event.type)[1]
            d.recipient, d.event.recipient = other, other.party
            for o in out:
                o.recipient, o.event.recipient = d.actor, d.actor.party
        elif not out and twin is not None and d.recipient is None \
                and d.event.type.lower() in knowledge_words("joint_types"):
            d.recipient, d.event.recipient = twin, twin.party  # two sides read as one party: each other's
        return out

    def _same_act_noun(self, verb, trig_idx: set[int]):
        """An event noun naming the verb's own act: its subject ("a strike killed X") or "in the strike"."""
        vs = self._sense_of.get(verb.i)
        same = lambda t: t is not None and t.i in trig_idx and vs is not None and self._sense_of.get(t.i) == vs
        subj = _child(verb, ("nsubj",))
        if same(subj):
            return subj
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "during"):
                obj = _child(prep, ("pobj",))
                if same(obj):
                    return obj
        return None

    def _undone(self, noun) -> bool:
        """An act named as what another act ends or eases ("suspended most of its sanctions against Myanmar",
        "lifted the curfew"): the easing is the news, the measure is not told anew."""
        t = noun
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.dep_ == "dobj":
            t = t.head.head  # "most of its sanctions"
        if t.dep_ != "dobj":
            return False
        return (self._sense_of.get(t.head.i) or "").lower() in knowledge_words("undoing_types")

    def _circumstance(self, noun, trig_idx: set[int]) -> bool:
        """A party-less event noun in an adjunct of another act ("after fierce fighting", "during a summit")."""
        t = noun
        for _ in range(4):
            h = t.head
            if h.i == t.i:
                return False
            if h.i in trig_idx:
                return t.dep_ in ("prep", "pobj", "pcomp", "npadvmod", "advcl") or noun.dep_ == "pobj"
            if h.pos_ in ("VERB", "AUX") and h.i not in trig_idx:
                return False
            t = h
        return False

    def _named_only_by(self, place, sent, party: Party) -> bool:
        """Every mention of the place in the sentence is the party's own name ("Iran has ...")."""
        t = self.doc[party.token]
        name = [t] + [c for c in t.children if c.dep_ in ("compound", "flat") and c.i < t.i]
        lo, hi = min(x.idx for x in name), t.idx + len(t.text)
        return all(lo <= m.start < hi for m in place.mentions if sent.start_char <= m.start < sent.end_char)

    def _protested_facility(self, tok, actor: Optional[Party]) -> Optional[Party]:
        """"rallied outside the US embassy in Manila": a demonstration at a state's mission targets that state."""
        for c in tok.children:
            if c.dep_ != "prep" or c.lower_ not in ("outside", "at", "near", "before", "to", "toward", "towards"):
                continue
            t = _pobj(c)
            if t is None or t.lemma_.lower() not in knowledge_words("state_facilities"):
                continue
            p = self.parties.party(t)
            # (exiles protest at their own state's mission abroad: "Uighur exiles outside the Chinese consulate")
            mission = t.lemma_.lower() in knowledge_words("mission_facilities")
            if p is not None and p.kind != "place" and p.party.country and \
                    (actor is None or mission or p.party.country != actor.party.country):
                return p
        return None

    def _protest_purpose(self, tok, actor: Optional[Party]) -> Optional[Party]:
        """"boycotted state schools to press Serbian authorities for ...", "began a hunger strike in Bangkok to
        demand an end to military rule in Rangoon": the state a protest's purpose clause presses is its target
        (its government when the clause names only a place)."""
        # (on the act's object too: "staged a general strike | to protest against Serbian rule")
        clauses = list(tok.children) + [g for c in tok.children if c.dep_ == "dobj" for g in c.children]
        for c in clauses:
            if c.dep_ not in ("advcl", "xcomp", "relcl", "acl") or c.lemma_.lower() not in knowledge_words("pressure_verbs") \
                    or not any(a.lower_ == "to" for a in c.children if a.dep_ in ("aux", "mark")):
                continue
            for t in c.subtree:
                if t.i == c.i or t.pos_ not in ("NOUN", "PROPN") or t.dep_ not in ("dobj", "pobj", "compound", "nsubj"):
                    continue
                p = self.roles.arg(t)
                if p is None:  # "to protest against Serbian rule": the state whose rule it is
                    code = next((x for x in (self.parties.code_of(m.text)[0] for m in t.children
                                             if m.dep_ == "amod" and m.i < t.i) if x and x != "IGO"), None)
                    p = self.parties._country_party(code, None, t.i) if code else None
                if p is None or not p.party.country or (actor is not None and p.key == actor.key):
                    continue
                if p.kind in ("place", "country") and not p.party.sector:
                    return self.parties.government(p.party.country, t.i)
                return p
        return None

    def _own_force(self, gov) -> bool:
        """The one ordered is an armed or police force (the orderer's instrument, not its target)."""
        obj = _child(gov, ("dobj",))
        if obj is None:
            return False
        p = self.roles.arg(obj)
        sector = (p.party.sector if p is not None else None) or self.lex.agent_sectors.get(obj.lemma_.lower()) \
            or self.lex.agent_sectors.get(obj.lower_)
        return sector in ("MIL", "COP")

    def _same_act_clause(self, tok) -> bool:
        """An adverbial clause that retells its head's act: "when/as/while ..." or a bare participle."""
        marks = [c.lower_ for c in tok.children if c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB")]
        if marks:
            if marks[0] in ("as", "while"):
                # "Asmara accused Addis Ababa of X, while Ethiopia accused Eritrea of Y": a clause whose own
                # named subject is another side tells that side's act (a counter-accusation), not a retelling
                own, first = (_child(t, ("nsubj",)) for t in (tok, tok.head))
                a, b = (self.roles.arg(x) if x is not None and x.pos_ == "PROPN" else None for x in (own, first))
                if a is not None and b is not None and a.kind != "place" and not _same_side(a, b):
                    return False
            return marks[0] in ("when", "as", "while")
        return tok.tag_ == "VBG" and not any(c.dep_ == "aux" for c in tok.children)

    def _judged_as(self, noun) -> bool:
        """The noun is what a judging verb calls its object ("described X as a threat", "branded it a threat")."""
        if noun.dep_ == "pobj" and noun.head.lower_ == "as":
            up = noun.head.head
            up = up.head if up.dep_ == "dobj" else up
            return up.lemma_.lower() in self.lex.judging_verbs
        return noun.dep_ == "oprd" and noun.head.lemma_.lower() in self.lex.judging_verbs

    def _threat_mode(self, governed: Optional[tuple[str, list]], sense: Sense, tok) -> Optional[str]:
        """A threat's mode, read from the act threatened ("threatened to impose sanctions": restrict; "vowed
        to strike back": violence; "threatened Belarus with new sanctions"): the governed act's, else the
        planned act's own (data: threat_modes)."""
        modes = threat_modes()
        acts = [s for _, s in governed[1]] if governed and governed[0] in ("threaten", "promise") else []
        acts += [s for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" and _pobj(c) is not None
                 for s in [noun_sense(_pobj(c), self.lex)[0]] if s is not None]
        for s in acts + [sense]:
            if s.type == "THREATEN":
                continue
            mode = modes.get(f"{s.type}/{s.mode or ''}".upper()) or modes.get(s.type.upper())
            if mode:
                return mode
        return None

    def _standing(self, tok) -> bool:
        """"Roughly 2,500 American troops are deployed in Iraq", "soldiers are stationed at the base": a present
        passive of stationing, with no direction ("deployed to"), tells where forces are, not a deployment."""
        if tok.lemma_.lower() not in knowledge_words("stationed_verbs") or tok.tag_ != "VBN":
            return False
        if not any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in tok.children):
            return False
        # ("are deployed in Poland after the attack", "... on Monday": a headline's present, an act)
        return not any((c.dep_ == "prep" and c.lower_ in ("to", "into", "toward", "towards", "after", "following"))
                       or (c.dep_ in ("npadvmod", "prep") and any(g.ent_type_ in ("DATE", "TIME") for g in c.subtree))
                       for c in tok.children)

    def _descriptive(self, tok) -> bool:
        """A non-finite verb that describes a thing or an aim ("the money pledged", "the wounded", "aimed at
        establishing", "negotiations to reduce arms"), not a clause telling an act; a noun that states an
        intent ("willingness to mediate") still governs a coded act."""
        nonfinite = tok.tag_ in ("VBG", "VBN") or (tok.tag_ == "VB" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children))
        if not nonfinite or any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in tok.children):
            return False
        if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
            hl = tok.head.lemma_.lower()
            return not any(self.lex.cue(k, hl) for k in ("plan", "request", "threaten", "promise", "negating_nouns"))
        return tok.dep_ in ("pcomp", "amod", "nsubj", "nsubjpass", "dobj", "pobj")

    def _in_quote(self, tok) -> bool:
        """The token lies inside a direct quotation."""
        return any(a <= tok.idx < b for a, b in self._quoted)

    def _in_description(self, noun) -> bool:
        """"the letter Z, a symbol of support for Russia's invasion of Ukraine": an act named inside an
        apposition describing something that is no event is a reference, never news."""
        t = noun
        while t.dep_ in ("pobj", "prep", "poss", "compound", "amod") and t.head.i != t.i and t.head.pos_ != "VERB":
            t = t.head
            if t.dep_ == "appos" and t.pos_ == "NOUN" and t.lemma_.lower() not in self.lex.nouns:
                return True
        return False

    def _reference_adjunct(self, noun) -> bool:
        """An event noun told as the occasion of the clause ("following the invasion of X", "since last
        month's raid", "in the wake of the execution"): a reference to an act, not the act reported."""
        if any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) and any(
                c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in self.lex.reference_participles
                for c in noun.children):
            return True  # "the curfew imposed after the coup": a standing measure named, not a new act
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in self.lex.retaliation_verbs and (
                noun.head.i not in self._sense_of or any(c.dep_ == "prep" and c.lower_ == "with"
                                                         for c in noun.head.subtree)):
            # ("would meet nuclear threats from Washington with nuclear weapons": what is answered, not a meeting)
            return True  # "the operation answered Houthi attacks": the occasion of the response
        inquiry = knowledge_words("inquiry_words")
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in inquiry:
            return True  # "to investigate a suspected gas attack": what is looked into, not told anew
        if noun.dep_ == "pobj" and noun.head.lower_ in ("into", "of", "on"):
            h = noun.head.head
            if h.lemma_.lower() in inquiry or (h.lemma_.lower() == "look" and noun.head.lower_ == "into") or any(
                    c.dep_ == "dobj" and c.lemma_.lower() in inquiry for c in h.children):
                # "an inquiry into an air strike" (also hung on "opened"), "to look into the killing"
                return True
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return False
        prep = noun.head
        words = self.lex.reference_preps
        if prep.lower_ in words:
            return True
        # "in the wake of", "in response to", "because of": the preposition hangs on a noun or adverb
        h = prep.head
        return prep.lower_ in ("of", "to", "for") and h.lemma_.lower() in words

    def _has_needed_object(self, trig) -> bool:
        """Ambiguous verbs ("execute a plan", "target a market") count only with a party as object."""
        tok, sense, key, nominal, prep = trig
        if not nominal and key in knowledge_words("means_told_verbs") and any(
                c.dep_ == "prep" and c.lower_ == "by" and _child(c, ("pcomp",)) is not None for c in tok.children):
            return False  # "Moscow retaliated by ordering 20 Czech diplomats out": the means is the act told
        if not nominal and sense.type in self.lex.transfer_types:
            # "a letter handed over to the UN", "delivered a message": passing on a document is no aid
            theme = _child(tok, ("dobj", "nsubjpass"))
            if theme is None and tok.dep_ == "acl":
                theme = tok.head
            if theme is not None and theme.lemma_.lower() in self.lex.document_nouns:
                return False
        if not nominal and key in knowledge_words("agent_subject_verbs"):
            # "Celebrations gave way to looting": only a party yields; a happening turning into another is none
            subj = _child(tok, ("nsubj",))
            agent = subj is not None and (subj.pos_ in ("PRON", "PROPN") or subj.ent_type_ in (
                "PERSON", "ORG", "GPE", "NORP") or self.parties.sector_of(subj) is not None
                or subj.lemma_.lower() in self.lex.anaphoric_org_heads | self.lex.anaphoric_gpe_heads)
            if subj is not None and not agent:
                return False
        if not nominal and key in knowledge_words("clause_only_verbs"):
            clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
            if clause is None:
                return False
            # "Russia claimed that its forces had captured the town": a claim of one's own act reports it
            speaker, doer = self.roles.verb_actor(tok), self.roles.verb_actor(clause)
            return not (speaker is not None and doer is not None and _same_side(speaker, doer))
        if nominal or key not in self.lex.needs_party_object:
            return True
        obj = _child(tok, ("dobj", "nsubjpass"))
        p = self.roles.arg(obj) if obj is not None else None
        if key in knowledge_words("named_party_verbs") and obj is not None and obj.pos_ == "NOUN" \
                and obj.lemma_.lower() in knowledge_words("defended_conduct_nouns"):
            # "defended Pakistan's record / Bashir's attendance": speaking up for what a named party did
            owner = next((self.roles.arg(c) for c in obj.children if c.dep_ == "poss"), None)
            if owner is not None and owner.kind in ("country", "person", "org"):
                return True
        if p is not None and key in knowledge_words("named_party_verbs"):
            # "China defended North Korea / its ally": a named state, group or person, not a city held
            # ("forces defended Mogadishu") nor a decision ("defended the decision")
            ent = self.parties.span_at(obj.idx, obj.idx + len(obj.text))
            if ent is None or ent.label not in ("PERSON", "ORG", "NORP", "GPE") or (
                    ent.label == "GPE" and p.party.country and _norm_name(ent.name) != _norm_name(
                        self.lex.country_names.get(p.party.country, ""))):
                body = obj.pos_ == "NOUN" and (self.parties.sector_of(obj) is not None or obj.lemma_.lower() in (
                    knowledge_words("relation_nouns") | knowledge_words("role_nouns")))
                return body and p.kind != "place"  # "its ally", "Nicaragua's government", "the Taliban rulers"
        if key in knowledge_words("armed_subject_verbs"):
            # "Russian missiles hit Kyiv", "Russia struck the city of Kharkiv": a place is struck when a weapon or
            # an armed party does it (an earthquake, a storm or sanctions "hit" no one by force)
            if p is not None and p.kind != "place" and key not in knowledge_words("figurative_impact_verbs"):
                return True  # ("militants struck a police convoy")
            if p is None and obj is not None:  # "a rocket hit a house in Sderot": a weapon strikes whatever it hits
                # ("the rebels struck government positions": an armed party strikes military sites)
                # (a subject that is itself an event noun, "a roadside bomb struck a patrol", is coded as that noun)
                subj = self._striker(tok)
                return subj is not None and not noun_sense(subj, self.lex)[0] and (
                    _weapon(subj) or obj.lemma_.lower() in knowledge_words("military_site_nouns")) and \
                    self._armed_striker(tok)
            return (p is not None or self._struck_place(tok) is not None) and self._armed_striker(tok)
        if p is None and obj is not None and key in knowledge_words("release_verbs"):
            # "freed dozens of people", "the crew had been freed": people held, named or not
            held = [obj] + [_pobj(c) for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"]
            return any(t is not None and t.lemma_.lower() in knowledge_words("captive_nouns") for t in held)
        return p is not None and p.kind != "place"

    def _armed_striker(self, tok) -> bool:
        """The subject of an impact verb is a weapon or an armed party, and no "with" names a means other than
        force ("hit Russia with tariffs" is a sanction)."""
        subj = self._striker(tok)
        if subj is None:
            return is_passive(tok)  # "Kyiv was struck overnight" (by whom, the report tells elsewhere)
        if any(c.dep_ == "prep" and c.lower_ == "with" and _pobj(c) is not None
               and _pobj(c).lemma_.lower() in knowledge_words("nonforce_means") for c in tok.children):
            return False
        if _weapon(subj):
            return True
        actor = self.roles.verb_actor(tok)
        armed = knowledge_words("armed_sectors") | {"mil", "ins", "spy"}  # (state forces and insurgents too)
        return actor is not None and actor.kind in ("country", "group", "org") and (
            actor.kind == "country" or (actor.party.sector or "").lower() in armed)

    @staticmethod
    def _striker(tok):
        """Who or what strikes: the active subject, or the passive's "by" agent."""
        if is_passive(tok):
            return next((_pobj(c) for c in tok.children if c.dep_ == "agent" and _pobj(c) is not None), None)
        while _child(tok, ("nsubj",)) is None and tok.dep_ == "conj":  # "blocked the boat and then struck it"
            tok = tok.head
        return _child(tok, ("nsubj",))

    def _struck_place(self, tok):
        """"hit near the port", "slammed into a building": the place struck behind an impact preposition."""
        return next((_pobj(c) for c in tok.children if c.dep_ == "prep" and c.lower_ in ("into", "on", "near")
                     and _pobj(c) is not None), None)

    def _disparaged(self, tok, recipient: Party) -> bool:
        """"Lukashenko dismissed the demonstrators as being controlled from abroad": dismissing people "as"
        something disparages them (CAMEO 111), where dismissing a claim or an offer "as" lies rejects it."""
        if tok.lemma_.lower() not in knowledge_words("disparaging_verbs") or not any(
                c.dep_ == "prep" and c.lower_ == "as" for c in list(tok.children) + [
                    g for c in tok.children if c.dep_ == "dobj" for g in c.children]):
            return False
        obj = _child(tok, ("dobj",))
        return obj is not None and 0 <= recipient.token and recipient.token in {t.i for t in obj.subtree} and \
            recipient.kind in ("person", "group", "org", "country") and not noun_sense(obj, self.lex)[0] and \
            obj.lemma_.lower() not in self.lex.document_nouns

    def _is_response_object(self, tok, sense: Sense, by_i: dict) -> bool:
        """"rejected an appeal", "accepted demands": the referenced speech act is context of the response."""
        head_tok = tok.head
        if tok.dep_ == "pobj" and head_tok.dep_ == "prep" and head_tok.lower_ in ("to", "for", "on"):
            head_tok = head_tok.head  # "agreed to a ceasefire", "called for sanctions"
        elif tok.dep_ not in ("dobj", "nsubjpass"):
            return False
        head = by_i.get(head_tok.i)
        if head is None:
            return False
        if sense.type in self.lex.speech_act_nouns and head[1].type in self.lex.response_types:
            return True
        if tok.dep_ == "dobj" and head[1].type == sense.type:
            return True  # "extended the curfew" (a curfew act), "imposed sanctions": one act, told by the verb
        if tok.dep_ in ("dobj", "nsubjpass") and head[2] in self.lex.verb_objects \
                and head[2].split()[-1] == tok.lemma_.lower():
            return True  # "tightened the blockade": the noun is part of the verb's own trigger
        # "lifted the curfew", "halted aid", "demanded the withdrawal": the object is what the act is about
        return head[1].type in self.lex.object_absorbing_types

    def _draft(self, si, sent, tok, sense: Sense, key: str, nominal: bool, prep, m: Modality,
               governed: Optional[tuple[str, list]]) -> Optional[Draft]:
        if nominal:
            actor, recipient = self.roles.noun_roles(tok, sense)
            if actor is None and tok.dep_ == "dobj" and tok.head.lemma_.lower() in knowledge_words("reception_verbs"):
                actor, recipient = self._received_from(tok, actor, recipient)
        else:
            actor, recipient = self.roles.verb_roles(tok, sense, prep)
        blamed = self._blamed
        subj = tok if nominal else (self.roles.subject_of(tok) if blamed else None)
        if subj is not None and subj.i in blamed and (actor is None or actor.token == subj.i or (
                0 <= actor.token and self.doc[actor.token].pos_ != "PROPN" and actor.party.entity is None)):
            actor = blamed[subj.i]  # "a bomb blamed on al-Shabaab devastated ...": al-Shabaab did it
        etype, mode = sense.type, sense.mode
        if recipient is None and not nominal and sense.recipient_preps:
            # "stopped issuing visas | to Canadian citizens": the act's own verb carries the preposition
            recipient = next((p for x in tok.children if x.dep_ == "xcomp" for c in x.children
                              if c.dep_ == "prep" and c.lower_ in sense.recipient_preps and _pobj(c) is not None
                              for p in [self.roles.arg(_pobj(c))] if p is not None and p.kind != "place"), None)
        if not nominal and etype in ("ASSAULT", "AID") and self._missile_test(tok):
            # "fired a ballistic missile that came down in the sea", "sent a missile over Japan": a launch that
            # strikes no one is a show of force (CAMEO 15x, MOBILIZE), not an attack nor a delivery of arms
            etype, mode = "MOBILIZE", "troops"
            sense = replace(sense, type=etype, mode=mode)
            over = next((_pobj(c) for c in list(tok.children) + [g for o in tok.children if o.dep_ == "dobj"
                                                                   for g in o.children]
                         if c.dep_ == "prep" and c.lower_ == "over"), None)
            recipient = self.roles.arg(over) if over is not None else None
        if not nominal and etype == "REJECT" and recipient is not None and self._disparaged(tok, recipient):
            etype, mode = "ACCUSE", "disapprove"  # "dismissed the demonstrators as paid agents"
            sense = replace(sense, type=etype, mode=mode)
        if etype == "ASSAULT" and key in knowledge_words("takeover_keys") and actor is not None \
                and recipient is not None and recipient.kind == "country" and actor.party.country \
                and actor.party.country == recipient.party.country and (actor.party.sector or "") in STATE_SECTORS:
            # "Sudan's armed forces took control of the country": a state's own forces taking it over stage a
            # coup (PLOVER COERCE seize), not an attack on it (rebels taking a city still attack)
            etype, mode = "COERCE", "seize"
            sense = replace(sense, type=etype, mode=mode)
        culprit = self._culprit(tok, governed, actor)
        if culprit is not None:
            recipient = culprit  # "vowed to hunt down those responsible": the author of the act told before
        if actor is None and not nominal and tok.dep_ == "ccomp" and \
                tok.head.lemma_.lower() in self.lex.self_announce_verbs and \
                any(c.dep_ == "auxpass" for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children):
            actor = self.roles.verb_actor(tok.head)  # "Lam announced that the bill had been suspended"
            if actor is not None and recipient is not None and actor.key == recipient.key:
                actor = None
        embedded_types = [s.type for _, s in governed[1]] if governed else []
        if governed and governed[0] in ("threaten", "promise"):
            # the threatened/promised act's target is the recipient of the threat/promise
            if recipient is None:
                for act, s in governed[1]:
                    r = self._act_recipient(act, s) or self._act_place_country(act, s)
                    if r is not None and (actor is None or r.key != actor.key):
                        # placed as the threatening party sees it ("warned it could outlaw the Brotherhood")
                        recipient = self.roles.in_context(actor, r, tok, s.type)[1]
                        break
            # only the act the promise names directly decides ("agreed to postpone the protest" is no threat)
            direct = [s.type for act, s in governed[1] if act.head.i == tok.i]
            # "agreed not to attack": a promise to refrain from a hostile act is an agreement; "vowed not to
            # lay down their arms", one to refrain from a cooperative act, a rejection
            # ("agreed that neither country would threaten the other": a subject of no one refrains too)
            refrained = bool(direct) and any(c.dep_ == "neg" or no_one(c) for act, _ in governed[1]
                                             if act.head.i == tok.i for c in act.children)
            hostile = any(t in self.lex.hostile for t in direct)
            if refrained and (governed[0] == "promise" or tok.lemma_.lower() in ("vow", "swear", "pledge")):
                # ("pledged not to seek another term", neither hostile nor cooperative, stays a promise)
                etype = "REJECT" if all(t in self.lex.cooperative for t in direct) else "AGREE"
            elif governed[0] == "promise" and hostile:
                etype = "THREATEN"
            elif governed[0] == "threaten" and not (
                    tok.lemma_.lower() in ("vow", "swear", "pledge")
                    and not any(s.type in self.lex.hostile for _, s in governed[1])):
                # ("vowed to deepen cooperation", "vowed to double bilateral trade" stay promises: AGREE; a
                # vow names a threat only with a hostile act in what is vowed)
                etype = "THREATEN"
            elif governed[0] == "threaten":
                etype = "AGREE"
        if etype == "THREATEN" and recipient is None and not nominal:
            recipient = self._consequence_bearer(tok, actor)
        if recipient is not None and actor is not None and self._own_forces(recipient, actor, etype):
            recipient = None  # "Russia massed troops near the border", "Fiji offered to contribute troops"
        if recipient is None and actor is not None and actor.party.country and etype == "MOBILIZE":
            # "massed troops near the Ukrainian border": the neighbour whose border it is
            # (the parser may hang the place on the forces moved: "massed troops | near the border")
            holders = [tok] + [c for c in tok.children if c.dep_ == "dobj"]
            recipient = next((r for h in holders for c in h.children if c.dep_ == "prep" and _pobj(c) is not None
                              and _pobj(c).lemma_.lower() in knowledge_words("border_nouns")
                              for r in [self._to_country(_pobj(c), actor)] if r is not None), None)
            if recipient is None:
                # "massed troops near Ukraine": forces gathered by a foreign country are aimed at it
                recipient = next((r for h in holders for c in h.children if c.dep_ == "prep"
                                  and c.lower_ in knowledge_words("approach_preps") and _pobj(c) is not None
                                  and _pobj(c).ent_type_ == "GPE"
                                  for r in [self._to_country(_pobj(c), actor)] if r is not None), None)
            if recipient is None and any(_pobj(c) is not None and _pobj(c).lemma_.lower() in knowledge_words(
                    "border_nouns") for h in holders for c in h.children if c.dep_ == "prep"):
                # ("moved troops to the border | with Pakistan": the neighbour hung on the verb)
                recipient = next((r for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
                                  and _pobj(c) is not None for r in [self._to_country(_pobj(c), actor)]
                                  if r is not None), None)
        if recipient is None and not nominal and etype in self.lex.act_object_types:
            objs = [c for c in tok.children if c.dep_ == "dobj"]
            objs += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("against", "over")
                     for g in c.children if g.dep_ == "pobj"]
            for obj in objs:
                r = self._act_author(obj)
                if r is not None and (actor is None or r.key != actor.key):
                    recipient = r
                    break
        if recipient is None and not nominal and etype == "ACCUSE":
            # "Amnesty alleged that government forces bombed villages", "..., Amnesty alleged": the accused
            # is whoever the alleged act is told of
            said = _child(tok, ("ccomp",))
            r = self._named_owner(tok)
            if r is not None and (actor is None or not _same_side(r, actor)):
                recipient = r
            if said is not None and (not is_verbal(said) or said.lemma_.lower() in self.lex.reporting_verbs
                                     or said.lemma_.lower() in self.lex.judging_verbs):
                said = None  # "criticised what it called X": a naming, not an act told of someone
            r = self.roles.verb_actor(said) if said is not None else None
            if r is not None and r.kind != "place" and (actor is None or not _same_side(r, actor)):
                recipient = r
        if recipient is None and not nominal and etype == "SUPPORT":
            recipient = self._praised_author(tok, actor)
        if recipient is None and not nominal and etype in self.lex.response_types:
            obj = _child(tok, ("dobj",))
            r = self._proposer(obj) if obj is not None else None
            if r is not None and r.kind != "place" and (actor is None or r.key != actor.key):
                recipient = r
        if recipient is None and not nominal and etype in self.lex.permit_types:
            recipient = self._permitted(tok)
        if (etype == "REQUEST" or (governed and governed[0] == "request")) and recipient is None:
            recipient = self._requestee(tok)
            if recipient is None:
                recipient = self._demanded_act_author(tok, actor)
        if (etype == "REQUEST" or (governed and governed[0] == "request")) and recipient is not None \
                and self._released_one(tok, recipient):
            # "demanded the release of both detainees": the one asked is whoever holds them (when told)
            recipient = self._captor(recipient, actor) or recipient
        if recipient is None and actor is not None and etype.lower() in knowledge_words("deep_recipient_types"):
            recipient = self._deep_party(tok, nominal, actor, etype)
            if recipient is not None and not recipient.party.country:
                recipient = self.roles.in_context(actor, recipient, tok, etype)[1]  # "a probe into Petrobras"
        if etype == "COERCE" and mode == "deport" and recipient is not None and (
                (recipient.party.sector or "") in self.lex.expel_sectors
                or (recipient.party.code or "")[:3] in self.lex.expel_sectors
                or (recipient.kind in ("country", "group", "person") and recipient.party.country
                    and (actor is None or recipient.party.country != actor.party.country)
                    and (recipient.party.sector or "GOV") in STATE_SECTORS
                    # ("deported 1,000 Myanmar nationals": private people, though no sector names them)
                    and not (0 <= recipient.token and self.doc[recipient.token].lemma_.lower()
                             in knowledge_words("private_people_nouns")))):
            # forcing out an aid agency, a mission or another state's people ("expelled French troops",
            # "expelled Russia") reduces relations (CAMEO 166); private people are deported (CAMEO 174)
            etype, mode = "SANCTION", "expel"
            sense = replace(sense, type=etype, mode=mode)
        if etype == "SANCTION" and mode == "withdraw" and actor is None and recipient is not None \
                and not nominal and is_passive(tok) and recipient.party.country:
            # "Qatar's ambassador was recalled from Cairo": the envoy's own state recalls him from the host
            actor = self.parties._country_party(recipient.party.country, "GOV", recipient.token)
            host = None
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "from" and _pobj(c) is not None:
                    host = self.roles.arg(_pobj(c))
            subj = _child(tok, ("nsubjpass",))
            for c in (subj.children if subj is not None else ()):
                if host is None and c.dep_ == "prep" and c.lower_ in ("to", "in") and _pobj(c) is not None:
                    host = self.roles.arg(_pobj(c))  # "the French ambassador to Washington"
            recipient = host if host is not None and host.party.country != actor.party.country else None
        if etype == "CONCEDE" and not nominal and tok.lemma_.lower() in self.lex.permit_verbs \
                and recipient is not None and actor is not None and (
                    (recipient.party.code or "").startswith("IGO") or (recipient.party.sector or "") in ("IGO", "NGO")
                    or (recipient.party.country and recipient.party.country != actor.party.country)):
            # "let UN inspectors back into the country", "allowed WFP trucks to enter": allowing international
            # involvement is a retreat (CAMEO 086), not a concession to one's own people
            etype, mode = "RETREAT", "access"
            sense = replace(sense, type=etype, mode=mode)
        place_party = None
        if actor is not None and actor.kind == "place":
            actor = None  # "in Galle Face Green" is where, not who
        if recipient is not None and recipient.kind == "place":
            place_party, recipient = recipient, None
            code = place_party.party.country
            if etype.lower() in knowledge_words("left_place_types") and code and actor is not None \
                    and actor.party.country and code != actor.party.country:
                # "completed their withdrawal from southern Lebanon": a pull-out is from the state it leaves
                recipient = self.parties._country_party(code, None, place_party.token)
            elif key in knowledge_words("place_recipient_keys") and code and actor is not None \
                    and actor.party.country and code != actor.party.country:
                # "opened an embassy in Tehran": a mission is opened to the state it sits in
                recipient = self.parties._country_party(code, None, place_party.token)
        if etype == "CONSULT" and recipient is None and actor is not None:
            recipient = self._host(sent, actor)
        if actor is not None and etype.lower() in knowledge_words("prompted_types") and (
                recipient is None or recipient.party.country in (None, actor.party.country)):
            recipient = self._prompter(tok, actor) or recipient
        if etype.lower() in knowledge_words("self_mobilizing_types") and actor is None and not nominal \
                and is_passive(tok) and recipient is not None and recipient.party.country \
                and (recipient.party.sector or "") in STATE_SECTORS:
            # "Police in Paris were placed on maximum alert", "Rwandan troops were moved up to the border":
            # the forces put on alert are the ones mobilising; at home unless a conflict names the other side
            actor = recipient
            recipient = self._adversary(tok, actor) or self._to_country(tok, actor) or \
                self.parties._country_party(actor.party.country, None, actor.token)
        if recipient is None and actor is not None and etype.lower() in knowledge_words("pressed_types"):
            recipient = self._presser(tok, actor)
        if recipient is None and actor is not None and etype.lower() in knowledge_words("adversary_types"):
            recipient = self._adversary(tok, actor)
        negated, hypothetical = m.negated, m.hypothetical
        if etype == "RETREAT" and mode in self.lex.concession_modes and (self._pressure or self._pressed(tok)):
            # "the minister resigned" in a report of protests and demands: acceding to demands for a change
            # in leadership (CAMEO 0831, CONCEDE), not a retreat
            etype, mode = "CONCEDE", None
            sense = replace(sense, type=etype, mode=None)
            code = actor.party.country if actor is not None else None
            if code and self._protest_told and self._pressed_sentence(tok) and (recipient is None or recipient.kind == "country" or (
                    recipient.party.sector or "") in STATE_SECTORS) and (recipient is None or recipient.party.country == code):
                # "resigned after weeks of protests": the clause names whose demand it meets (CAMEO 0831); told
                # only somewhere in the report, the resignation leaves the office (the government)
                recipient = Party(EventParty(None, "protesters", code, "CVL"), "group", tok.i)
        mission = self._joined_mission(tok) if etype == "MOBILIZE" and actor is not None else None
        if etype == "MOBILIZE" and ((recipient is not None and (recipient.party.code or "").startswith("IGO"))
                                    or mission is not None):
            # "send a battalion to the UN mission in Lebanon", "troops to join the UN force in Lebanon": forces
            # lent to an international mission are peacekeeping aid (CAMEO 074), not a show of force; for the
            # country the mission serves when one is named
            etype, mode = "AID", "peacekeeping"
            sense = replace(sense, type=etype, mode=mode)
            if mission is not None and (recipient is None or recipient.kind == "place"
                                        or (recipient.party.code or "").startswith("IGO")):
                recipient = self._beyond_venue(tok, actor, mission)
        promised = [c for c in tok.children if c.dep_ == "dobj"] if etype == "AGREE" and not nominal else []
        promised += [g for c in promised for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                     for g in p.children if g.dep_ == "pobj"]  # "a wave of protests"
        if promised and self.lex.cue("promise", tok.lemma_.lower()) and any(
                getattr(self.lex.nouns.get(c.lemma_.lower()), "type", None) in self.lex.hostile for c in promised):
            # "union leaders promised a wave of street protests if ...": promising a hostile act threatens it
            etype, mode = "THREATEN", None
            sense = replace(sense, type=etype, mode=None)
        # (a refusal announced is made now: "his party will vote against the deal" rejects it, no threat)
        if m.planned and not hypothetical and etype not in ("REQUEST", "THREATEN", "ACCUSE", "AGREE", "REJECT"):
            if etype.lower() in knowledge_words("announced_force_types") and actor is None and recipient is not None:
                actor = self._announcer(tok, recipient)
            etype = "AGREE" if etype in self.lex.cooperative else "THREATEN"
        if actor is not None and etype.lower() in knowledge_words("handover_types"):
            # "extradited Mancuso to the United States", "refused to hand over bin Laden to the US": a person
            # handed over is the thing passed; the state or court receiving him is the aim
            dest = self._handover_destination(tok, actor)
            if dest is not None and (recipient is None or recipient.kind == "person" or not recipient.party.country
                                     or recipient.party.country != dest.party.country):
                recipient = dest
        if recipient is not None and actor is not None and actor.party.country and (
                (recipient.party.country == actor.party.country
                 # (rebels of the same country are another side: "the government and FARC rebels signed")
                 and (recipient.kind == "country" or (recipient.party.sector or "") in STATE_SECTORS
                      or not recipient.party.sector)) or (
                    etype == "MOBILIZE" and not recipient.party.country
                    and (recipient.party.sector or "") in STATE_SECTORS)) \
                and etype.lower() in knowledge_words("foreign_aim_types"):
            # "lifted the U.S. trade embargo against Vietnam", "put its forces on alert as China staged drills":
            # the actor's own measure or forces are its means; another state named down the act is the aim
            for alt in (self._deep_party(tok, nominal, actor, etype), self._content_party(tok, actor)):
                if alt is not None and alt.party.country and alt.party.country != actor.party.country:
                    recipient = alt
                    break
        joint = etype.lower() in knowledge_words("joint_types") and self._joint_subject(tok, nominal)
        if recipient is None and actor is not None and not joint \
                and etype.lower() in knowledge_words("content_recipient_types"):
            recipient = self._condition_party(tok, actor) or self._content_party(tok, actor) \
                or self._addressee(tok, actor)
        if recipient is None and actor is not None and etype.lower() in knowledge_words("demanded_clause_types"):
            recipient = self._demanded_party(tok, actor) or self._calmed_country(tok, actor)
        if recipient is not None and actor is not None and etype in self.lex.cooperative:
            recipient = self._beyond_venue(tok, actor, recipient)
        if recipient is not None and actor is not None and not recipient.party.country \
                and etype.lower() in knowledge_words("home_promise_types"):
            recipient = self.roles.in_context(actor, recipient, tok, etype)[1]  # "promised the rebels ..."
        if negated and etype in self.lex.cooperative and not m.failed and not m.nothing_done:
            # (not "offered no evidence": nothing was offered, and nothing refused either)
            etype, negated = "REJECT", False
        by_sector = actor_sector_types().get(key or tok.lemma_.lower()) if actor is not None else None
        if by_sector is None and key and actor is not None:
            # "blockaded ports" (a verb-and-object sense) is still a blockade; "struck a deal" is no strike
            by_verb = actor_sector_types().get(tok.lemma_.lower())
            if by_verb and any(alt[0] == sense.type for alt in by_verb.values()):
                by_sector = by_verb
        if by_sector and etype == sense.type:
            # a boycott or blockade by civilians protests (CAMEO 14x); by a state or its forces it sanctions
            # or coerces (CAMEO 163, 191)
            sector = actor.party.sector or ""
            civil = sector in self.lex.protester_sectors | {"PTY"} or (
                0 <= actor.token and self.doc[actor.token].lower_ in self.lex.crowd_nouns) or (
                # farmers, fishermen, traders, clergy: any group of people outside the state
                actor.kind in ("country", "group") and sector and sector not in STATE_SECTORS | {"IGO", "NGO"}
                and sector.lower() not in knowledge_words("armed_sectors"))  # (rebels blockading a road coerce)
            # (a country named alone is the state; "Bolivian coca growers" are not, though named by theirs)
            # ("ethnic Russians", "Palestinians": a people named by nationality is no state)
            state = not civil and ((actor.kind == "country" and not actor.party.sector
                                    and (actor.token < 0 or (self.doc[actor.token].pos_ == "PROPN"
                                                             and self.doc[actor.token].ent_type_ != "NORP")))
                                   or (actor.party.sector or "") in STATE_SECTORS)
            # an armed group's act has its own coding where the table gives one ("armed men stormed a village")
            armed = sector.lower() in knowledge_words("armed_sectors") and "armed" in by_sector
            alt = by_sector.get("armed" if armed else "civil" if civil else "state" if state else "")
            if alt:
                etype, mode = alt[0], (alt[1] if len(alt) > 1 else None)
                sense = replace(sense, type=etype, mode=mode)
        doer = self.doc[actor.token] if actor is not None and 0 <= actor.token else (
            None if nominal else self.roles.subject_of(tok))
        if etype.lower() in knowledge_words("riot_types") and doer is not None \
                and doer.lemma_.lower() in knowledge_words("riot_agents"):
            # "protesters ransacked police posts", "youths clashed with police": a crowd's violence is a riot
            etype, mode = "PROTEST", "riot"
            sense = replace(sense, type=etype, mode=mode)
        if mode is None and etype.lower() in knowledge_words("content_mode_types"):
            mode = self._content_mode(tok)
        elif mode is None and etype == "AGREE" and not nominal:
            mode = self._content_mode(tok, agreement_content_modes())  # "agreed to a pause in the fighting"
        mode, from_cue = self._mode(tok, etype, mode, nominal, actor)
        if etype == "REQUEST" and mode == "meet" and recipient is None and actor is not None:
            recipient = self._forum(tok, actor)
        if recipient is None and actor is not None and not nominal and key and len(key.split()) > 1:
            recipient = self._phrase_object_owner(tok, key, actor)
        if not from_cue and actor is not None and actor.kind == "country" and mode in self.lex.state_modes:
            mode = self.lex.state_modes[mode]  # "the United States bombed X": an air raid
        referential = nominal and not self.roles.light_verb_of(tok)
        when, basis = self.ctx.date_for(tok, sent, paragraph=not referential)
        if m.planned and not hypothetical and etype in ("AGREE", "THREATEN") and sense.type != etype \
                and m.reported_by is not None:
            # "France said on Wednesday it would withdraw its forces within a month": the promise is coded,
            # dated when it was made, not when the promised act is due
            when, basis = self.ctx.date_for(m.reported_by, sent)
            when = self.ctx.reported(when)
        elif not (m.planned or hypothetical or m.obligation or governed) and not (
                not nominal and (tok.tag_ in ("VB", "VBZ", "VBP") or tok.lower_ == "will")):
            when = self.ctx.reported(when)  # a told act, not a future one, lies before publication
        prefer = None
        if place_party is not None:
            t = self.doc[place_party.token]
            prefer = (t.idx, t.idx + len(t.text))
        target = None
        if recipient is not None and 0 <= recipient.token and etype.lower() in knowledge_words("target_place_types"):
            t = self.doc[recipient.token]
            target = (t.idx, t.idx + len(t.text))
        place = self.ctx.place_for(tok, sent, prefer, actor.party.country if actor else None,
                                   speech=etype.lower() in knowledge_words("speech_place_types"), target=target,
                                   filed=etype.lower() in knowledge_words("filed_place_types"),
                                   at_home=etype == "COERCE" and actor is not None and bool(actor.party.country)
                                   and (actor.kind == "country"
                                        or (actor.party.sector or "").lower() in knowledge_words("home_force_sectors")))
        if etype == "PROTEST" and actor is None and not nominal:
            actor = self._crowd(tok)
        elif etype == "PROTEST" and (actor is None or (actor.kind == "country" and 0 <= actor.token and self.doc[
                actor.token].dep_ == "poss" and self.doc[actor.token].head.i == tok.i)):
            # ("Hong Kong's annual march": a place's march is its people's, whoever joins it)
            # "thousands of people joined the march", "crowds streamed out of the park for the annual march":
            # the crowd that joins or gathers for a protest demonstrates
            verb = self.roles.light_verb_of(tok)
            if verb is None and tok.dep_ == "pobj" and tok.head.lower_ in ("for", "to", "into") \
                    and tok.head.head.lemma_.lower() in self.lex.gathering_verbs | {"join"}:
                verb = tok.head.head
            crowd = self._crowd(verb) if verb is not None else None
            if crowd is not None:
                actor = crowd.placed_in(actor.party.country) if actor is not None else crowd
        if etype == "COERCE" and recipient is not None and recipient.kind in ("country", "group") \
                and 0 <= recipient.token and self.doc[recipient.token].lower_ in self.lex.crowd_nouns \
                and (self._protest_told or mode == "restrict"):
            e = recipient.party  # "the crowd in Nairobi" dispersed: Kenyan protesters, not Kenya
            recipient = Party(EventParty(None, "protesters", e.country, "CVL"), "group", recipient.token)
        if etype == "THREATEN" and recipient is None and self._protest_told and actor is not None \
                and (actor.party.sector or "") == "COP" and not hypothetical:
            # "Police warned that officers would use force to disperse anyone who entered" in a report of
            # protests: the police's warning is to the demonstrators
            recipient = Party(EventParty(None, "protesters", actor.party.country, "CVL"), "group", tok.i)
        if etype == "COERCE" and recipient is None and not nominal and (self._protest_told or mode == "restrict"):
            # "arrested dozens of people", "457 people were detained" in a report of protests, "fired tear
            # gas at the crowd": the demonstrators; with no agent named, arrests at home are the police's
            # (as analysts code them)
            recipient = self._crowd(tok, ("dobj", "nsubjpass")) or self._crowd(
                next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("at", "on", "against")),
                     tok), ("pobj",))
            if recipient is not None and actor is None and mode == "arrest" and is_passive(tok):
                actor = Party(EventParty(None, "police", None, "COP"), "group", -1)
        if etype == "ASSAULT" and actor is None and recipient is not None and not nominal and is_passive(tok) \
                and self._protest_told and (recipient.party.sector or "") == "COP" \
                and not any(c.dep_ == "agent" for c in tok.children):
            # "70 officers were injured over the weekend" in a report of protests: hurt by the crowd they faced;
            # officers named by no one's name are the police (of the report's country, if none is stated)
            code = recipient.party.country or self.ctx.home
            actor = Party(EventParty(None, "protesters", code, "CVL"), "group", -1)
            if recipient.party.entity is None:
                recipient = self._national_body(code, "police", "COP", recipient.token)
        if etype == "COERCE" and mode == "arrest" and actor is None and recipient is not None and not nominal \
                and is_passive(tok) and place is not None and place.country \
                and any(sent.start_char <= pm.start < sent.end_char for pm in place.mentions):
            # "Griner was detained at Moscow's Sheremetyevo airport": an arrest with no agent named is the
            # work of the police of the country where it happened (as analysts code it)
            actor = self._national_body(place.country, "police", "COP")
        elif etype == "COERCE" and mode == "arrest" and actor is None and recipient is not None and not nominal \
                and is_passive(tok) and not any(c.dep_ == "agent" for c in tok.children) and self.ctx.home \
                and recipient.party.country in (None, self.ctx.home) \
                and (place is None or place.country in (None, self.ctx.home)):
            # "Two former chief ministers were placed under house arrest" in a report from one country: its
            # own people detained at home, by that country's security forces (as analysts code it)
            actor = self._national_body(self.ctx.home, "security forces", "COP")
        if etype == "ACCUSE" and actor is None and recipient is not None and place is not None and place.country \
                and {tok.lemma_.lower(), *(key or "").lower().split()} & knowledge_words("state_judicial_triggers") \
                and (is_passive(tok) if not nominal else (lambda v: v is not None and is_passive(v))(
                    self.roles.light_verb_of(tok))) \
                and any(sent.start_char <= pm.start < sent.end_char for pm in place.mentions):
            # "a banker was placed under investigation in Spain", "were charged with espionage in
            # Tehran": with no agent named, the prosecuting authorities of the country where it happened
            actor = self._national_body(place.country, "authorities", "JUD")
        if etype == "COERCE" and actor is None and not nominal and is_passive(tok) and tok.dep_ == "ccomp" \
                and tok.head.lemma_.lower() in self.lex.reporting_verbs:
            # "Police chief X said 17 suspects had been arrested": the police report their own arrests
            speaker = self.roles.verb_actor(tok.head)
            if speaker is not None and (speaker.party.sector or "") == "COP":
                actor = speaker
        # ("a curfew was imposed": the passive verb the measure is the subject of)
        told_by = (tok.head if tok.dep_ == "nsubjpass" else self.roles.light_verb_of(tok)) if nominal else tok
        if etype in ("COERCE", "SANCTION") and actor is None and told_by is not None and is_passive(told_by) \
                and not any(c.dep_ == "agent" for c in told_by.children):
            actor = self._measure_announcer(told_by, sent, place, recipient)
        actor = self._at_home(actor, place, sent)
        if recipient is not None and mode == "sue" and _court(recipient):
            recipient = None  # "take the case to the International Court of Justice": the court is the forum
        recipient = self._at_home(recipient, place, sent, actor, etype)
        if etype == "AID" and recipient is None and actor is not None and actor.party.country:
            recipient = self._aided_country(actor, place, sent, tok)
        if actor is not None and (etype == "PROTEST" or (etype == "ASSAULT" and 0 <= actor.token and
                                                         self.doc[actor.token].lower_ in self.lex.crowd_nouns)):
            actor = self._as_protesters(actor)  # "crowds stormed the mayor's office and set it on fire"
        if etype == "PROTEST" and not nominal and (recipient is None or (
                actor is not None and recipient.party.country == actor.party.country)):
            recipient = self._protested_facility(tok, actor) or self._protest_purpose(tok, actor) or recipient
        if etype == "PROTEST" and nominal and (recipient is None or (
                actor is not None and recipient.party.country == actor.party.country)):
            # "began a hunger strike to demand ...", "staged a general strike to protest against Serbian rule"
            carrier = self.roles.light_verb_of(tok)
            recipient = self._protest_purpose(tok, actor) or (
                self._protest_purpose(carrier, actor) if carrier is not None else None) or recipient
        definite = nominal and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)
        # a new located act ("a car bomb explosion in Beirut") may name no actor; a definite or bare
        # plural noun ("the march came before ...", "rallies in the Sahel") refers back or generalises
        new_act = nominal and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
        if not nominal and not new_act:  # "A car bomb explosion in Kabul killed ...": the act is its subject
            subj = _child(tok, ("nsubj",))
            new_act = subj is not None and (subj.lemma_.lower() in self.lex.nouns or subj.lower_ in self.lex.nouns) \
                and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subj.children)
        if recipient is None and (actor is not None or new_act) \
                and etype in self.lex.place_target_types \
                and place is not None and place.country \
                and any(sent.start_char <= m.start < sent.end_char for m in place.mentions):
            # PLOVER convention: an act with no stated target (a protest, a bombing, arrests) targets the
            # country where it happens ("demonstrated in Kirkuk" -> Iraq); only a place named in the sentence
            code = place.country
            recipient = Party(EventParty(None, self.lex.country_names.get(code, code), code), "country", tok.i)
            if etype == "PROTEST":  # a demonstration in a country is aimed at its government
                recipient = self.parties.government(code, tok.i)
            if actor is not None and actor.key == recipient.key and self._named_only_by(place, sent, actor):
                recipient = None  # "Iran ... killed": the country named as the actor is no place of the act
        if etype == "PROTEST" and recipient is None and actor is not None and actor.party.country \
                and (not nominal or self.roles.light_verb_of(tok) is not None) \
                and (actor.kind == "group" or (actor.kind == "country" and 0 <= actor.token and (
                    self.doc[actor.token].ent_type_ == "NORP"
                    or (actor.party.sector or "") in self.lex.protester_sectors)) or (
                    # "The Bangladesh Nationalist Party boycotted the election": a party or union at home
                    actor.kind == "org" and ((actor.party.sector or "") in self.lex.protester_sectors | {"OPP", "PTY"}
                                             or set((actor.party.name or "").lower().split())
                                             & knowledge_words("political_org_words")))):
            # "15,000 people marched to the village": a demonstration at home with no target named is
            # aimed at the government of the country it happens in
            if place is None or place.country in (None, actor.party.country):
                recipient = self.parties.government(actor.party.country, tok.i)
        if etype == "PROTEST" and recipient is not None and recipient.kind == "person" \
                and not recipient.party.country and actor is not None and actor.party.country \
                and self.parties.sentence_country(sent) in (None, actor.party.country):
            # "marched ... to oppose Carrie Lam's bill": a leader protested against at home is of that country
            recipient = recipient.placed_in(actor.party.country)
        if etype == "CONCEDE" and recipient is None and actor is not None and actor.party.country \
                and actor.kind != "place" and self._protest_told and self._pressed_sentence(tok):
            # "withdrew the bill after two nights of protests": yielded to the protesters, whoever yields
            recipient = Party(EventParty(None, "protesters", actor.party.country, "CVL"), "group", tok.i)
        if etype == "CONCEDE" and recipient is None and actor is not None and actor.party.country \
                and actor.kind != "place" and ((actor.party.sector or "") in STATE_SECTORS or (
                    actor.kind == "country" and self.lex.country_names.get(actor.party.country) == actor.party.name)):
            # "the French government withdrew the law", "parliament repealed the clause": a state yields to
            # its own people when no one else is named (PLOVER codes the target by country); in a report
            # of protests and demands, to the protesters
            code = actor.party.country
            recipient = (Party(EventParty(None, "protesters", code, "CVL"), "group", tok.i)
                         if self._pressure or (self._protest_told and self._pressed_sentence(tok))
                         else self.parties._country_party(code, None, tok.i))
        if (actor is not None and not actor.party.country) or (recipient is not None and not recipient.party.country):
            # a party still countryless after every rule ("Tamil Tiger rebels ... in Colombo"): placed by the
            # final act's context, as the roles reader places the parties it reads
            actor, recipient = self.roles.in_context(actor, recipient, tok, etype)
        if recipient is not None and not recipient.party.country and actor is not None and actor.party.country \
                and etype.lower() in knowledge_words("joint_types") and self._joint_subject(tok, nominal) \
                and self.parties.sentence_country(sent) in (None, actor.party.country):
            # "Nepal's ruling parties and Maoist rebels agreed": the one country the sentence is about is both sides'
            recipient = recipient.placed_in(actor.party.country)
        if actor is not None and recipient is not None and actor.key == recipient.key and (
                actor.kind == recipient.kind == "country" or not sense.symmetric):
            # a state named as both sides read nothing of the other ("withdrawn from the country"), nor does a
            # group asking itself ("despite appeals from Kurdish politicians")
            recipient = None
        if sense.partner and (recipient is None or actor is None):
            return None  # "Kenya opened a bridge": a joint undertaking needs its two sides
        conf = 0.45 + 0.15 * (actor is not None) + 0.15 * (recipient is not None) + 0.1 * (not nominal)
        conf -= 0.2 * hypothetical
        if etype == "THREATEN" and (etype != sense.type or not mode):
            mode = self._threat_mode(governed, sense, tok)  # (the mode of what is threatened)
        elif etype != sense.type:
            mode = None
        ev = Event(type=etype, mode=mode, context=sense.context,
                   actor=actor.party if actor else None, recipient=recipient.party if recipient else None,
                   date=when, date_basis=basis, place=place, attempted=m.attempted, failed=m.failed,
                   negated=negated, hypothetical=hypothetical,
                   background=self.ctx.is_background(when, basis),
                   evidence=Mention(sent.start_char, sent.end_char, sent.text),
                   trigger=self._trigger_text(tok, key), confidence=round(max(0.05, min(conf, 0.95)), 2))
        return Draft(ev, actor, recipient, si, definite, tok.lemma_.lower(), from_cue, nominal=nominal,
                     trigger_i=tok.i)

    def _visits(self, merged: list[Draft]) -> list[Draft]:
        """A visit is a consultation with whoever is visited: a place abroad stands for its state ("visited a
        camp on Lesbos": Greece); a place at home is no one's ("visited the Yasukuni shrine"), so that trip
        codes nothing."""
        out = []
        for d in merged:
            r, a = d.recipient, d.actor
            # (a town is read as its country's party, named as the town: "visited Marseille")
            if d.event.type == "CONSULT" and (d.event.mode or "") == "visit" and r is not None and a is not None \
                    and a.party.country and a.party.country == r.party.country and 0 <= d.trigger_i \
                    and self.doc[d.trigger_i].lemma_.lower() in knowledge_words("travel_verbs") | {"return"}:
                continue  # "Zelensky returned to Ukraine", "Trump returned to the White House": a trip home
            if d.event.type == "CONSULT" and (d.event.mode or "") == "visit" and r is not None and r.party.country \
                    and (r.kind == "place" or (r.kind == "country" and r.party.name != self.lex.country_names.get(
                        r.party.country))):
                if a is not None and a.party.country == r.party.country:
                    continue
                if r.kind == "place":
                    d.recipient = self.parties._country_party(r.party.country, None, r.token)
                    d.event.recipient = d.recipient.party
            out.append(d)
        return out

    def _judged_abroad(self, merged: list[Draft]) -> None:
        """A complaint about an act no one is named doing, done in another country ("Japan protested the
        detention of a Japanese businessman in Beijing"), is aimed at the state where it was done."""
        for d in merged:
            e = d.event
            if e.type != "ACCUSE" or d.actor is None or not d.actor.party.country or (
                    d.recipient is not None and d.recipient.party.country != d.actor.party.country):
                continue  # (a state does not complain to itself of its own national's detention)
            judged = self._judged_act(d)
            if judged is None:
                continue
            # (noun.subtree holds the "in"/"at" phrases of the act and of its patient: "of a pastor in Shenyang")
            where = [g for c in judged[1].subtree if c.dep_ == "prep" and c.lower_ in ("in", "at")
                     for g in c.children if g.dep_ == "pobj"]
            for g in where:
                p = self.roles.arg(g)
                if p is not None and p.kind in ("place", "country") and p.party.country \
                        and p.party.country != d.actor.party.country:
                    d.recipient = self.parties._country_party(p.party.country, None, g.i)
                    e.recipient = d.recipient.party
                    break

    def _judged_act(self, d: Draft, reacted: bool = True) -> Optional[tuple[str, Any]]:
        """The type of the act a reaction names as its object ("condemned the coup" -> COERCE) and the
        noun naming it, if any; with ``reacted`` False, an act of another kind ("criticised the talks")."""
        if d.trigger_i < 0:
            return None
        tok = self.doc[d.trigger_i]
        objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        objs += [g for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ in ("over", "by", "for", "about")
                 for g in c.children if g.dep_ == "pobj"]
        for obj in objs:
            sense = noun_sense(obj, self.lex)[0]
            if sense is None and obj.lemma_.lower() in knowledge_words("launch_nouns"):
                of = next((_pobj(c) for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                if of is not None:  # "the launch of an offensive" judges the offensive
                    obj, sense = of, noun_sense(of, self.lex)[0]
                elif reacted:
                    return "MOBILIZE", obj  # "condemned the launch": a missile fired (see _told_like)
            if sense is not None and sense.type and (sense.type in self.lex.reacted_types) == reacted:
                return sense.type, obj
        return None

    def _names_someone_else(self, d: Draft) -> bool:
        """The reaction's object is someone the coder could not place ("asked allies for ...", "accused
        the opposition of ..."): not the news act's author."""
        if d.trigger_i < 0:
            return False
        tok = self.doc[d.trigger_i]
        for obj in (c for c in tok.children if c.dep_ in ("dobj", "dative")):
            if obj.pos_ == "PRON" or obj.lemma_.lower() in self.lex.act_nouns or noun_sense(obj, self.lex)[0] \
                    or obj.lemma_.lower() in knowledge_words("stance_nouns") \
                    or obj.lemma_.lower() in knowledge_words("matter_nouns"):
                continue  # "condemned it", "condemned the move", "condemned the attacks": an act
            if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children):
                return True  # "closed their airspace": the actor's own, aimed at no one in particular
            if obj.pos_ == "NOUN" and not obj.ent_type_ and not self.parties.sector_of(obj) \
                    and obj.lower_ not in knowledge_words("role_nouns") and obj.lemma_.lower() not in \
                    self.lex.crowd_nouns and obj.lemma_.lower() not in knowledge_words("state_nouns"):
                continue  # "condemned the exercise", "the burning of the embassy": a thing done, no one named
            if d.event.type == "SANCTION" and (obj.pos_ == "NUM" or obj.ent_type_ == "MONEY" or any(
                    obj.lemma_.lower() in self.lex.modality.get(f"aid_goods_{m}", ())
                    for m in ("economic", "humanitarian", "military"))):
                continue  # "suspended $700 million in assistance": what is withheld, not whom
            return True
        return False

    def _appeal_to_all(self, d: Draft) -> bool:
        """A call for restraint, calm or dialogue is addressed to every side, not to one."""
        if d.trigger_i < 0:
            return False
        tok = self.doc[d.trigger_i]
        objs = [c for c in tok.children if c.dep_ in ("dobj", "pobj", "xcomp", "ccomp")]
        objs += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        return any(o.lemma_.lower() in self.lex.appeal_objects for o in objs)

    def _own_forces(self, p: Party, actor: Party, etype: str) -> bool:
        """The party is the actor's own armed force, what it moves or offers, not whom it acts on ("Pakistan
        put its armed forces on alert", "Russia massed troops near its border", "offered to contribute
        troops"): for the acts of own_force_types. (A state may arrest or fire on soldiers of its own.)"""
        # (a bare "troops" is not placed yet: a countryless force counts as the actor's own)
        t = self.doc[p.token] if 0 <= p.token else None
        if t is not None and t.dep_ == "compound":
            t = t.head  # "Republican Guard troops": the troops the name is compounded on
        if etype == "MOBILIZE" and p.kind == "org" and t is not None and p.party.country in (None, actor.party.country) \
                and t.pos_ == "NOUN" and (self.parties.sector_of(t) or "") == "MIL":
            return True  # "Iraq massed Republican Guard troops near the border": forces one masses are one's own
        # (a state body not placed yet, "the government" told back, owns the forces of wherever it is)
        unplaced_state = not actor.party.country and (actor.party.sector or "") in STATE_SECTORS
        if etype.lower() not in knowledge_words("own_force_types") or p.token < 0 \
                or not (actor.party.country or unplaced_state) or p.kind not in ("group", "country") \
                or (p.party.country not in (None, actor.party.country) and not unplaced_state) \
                or (p.party.sector or "") not in ("MIL", "UAF", "REB"):
            return False
        t = self.doc[p.token]
        if t.pos_ != "NOUN":
            return False  # a named force ("the Republican Guard") is a party of its own
        if any(c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her") for c in t.children):
            return True  # "its armed forces", "their fighters"
        state = (actor.kind == "country" and not actor.party.sector) or (actor.party.sector or "") in STATE_SECTORS
        return state and (p.party.sector or "") == "MIL"

    def _home_audience(self, d: Draft) -> Draft:
        """A domestic act with its other side unnamed is done to the actor's own country: the report names no
        country but the actor's (and no international body), e.g. "Tokayev promised a referendum on the
        constitution", "Hun Sen dismissed opposition calls for an inquiry" (see home_audience_types). Given
        last, after the coder has judged (and withheld) acts on the parties the text names."""
        if self._report_codes is None:
            self._report_codes = self.parties.codes_between(0, len(self.doc.text))
        actor, r = d.actor, d.recipient
        if actor is not None and r is not None and not actor.party.country and not actor.party.code \
                and actor.kind in ("person", "org", "group") and (actor.party.sector or "") in DOMESTIC_SECTORS \
                and r.party.country and self._report_codes == {r.party.country}:
            # "King Gyanendra rejected demands from Nepal's parties": an office holder or state body the report
            # leaves countryless is of the one country it names
            d.actor = actor = actor.placed_in(r.party.country)
            d.event.actor = actor.party
        if actor is not None and actor.kind in ("org", "group", "person") and not actor.party.country \
                and not actor.party.code and len(self._report_codes) == 1 \
                and not next(iter(self._report_codes)).startswith(("IGO", "NGO")) \
                and not (actor.token >= 0 and several_states(self.doc[actor.token])) \
                and not (actor.kind == "person" and self._countries_only_within(r)):
            # "Dozens of jailed Basque separatists went on hunger strike in Spanish prisons", "Roma families
            # blocked a road in Belgrade": the doers a report naming one country leaves countryless are of it
            # (a person is not of the country only its other side is from: "Pope Francis forgave the Turkish man";
            # nor are fishermen protesting "quotas set by the European Union" of a country called IGO)
            d.actor = actor = actor.placed_in(next(iter(self._report_codes)))
            d.event.actor = actor.party
        if actor is None or actor.kind == "place" or not actor.party.country:
            return d
        if self._report_codes - {actor.party.country}:
            return d
        if r is not None and r.kind in ("org", "group", "person") and not r.party.country and not r.party.code \
                and ((r.party.sector or "") in DOMESTIC_SECTORS or r.kind in ("group", "person")
                     or (r.kind == "org" and r.party.entity is not None)) \
                and not (r.token >= 0 and several_states(self.doc[r.token])) \
                and (d.event.mode or "") not in knowledge_words("foreigner_modes"):
            # "promised protests if Congress passed the bill": a state body the report leaves countryless
            # is of the one country it names; so are people ("Myanmar freed 600 prisoners", "FARC rebels
            # kidnapped Ingrid Betancourt")
            d.recipient = r.placed_in(actor.party.country)
            d.event.recipient = d.recipient.party
        if d.recipient is None and d.event.type.lower() in knowledge_words("home_audience_types") \
                and (d.event.mode or "") not in knowledge_words("mediation_modes") \
                and not self._unresolved_addressee(d.trigger_i):  # (a go-between never mediates with its own)
            d.recipient = self.parties._country_party(actor.party.country, None, d.trigger_i)
            d.event.recipient = d.recipient.party
        return d

    def _unresolved_addressee(self, i: int) -> bool:
        """The act names whom it is done to, in words no party could be read from ("urged world leaders",
        "mediate between the two Koreas"): its other side is unknown, not the actor's own country."""
        if not 0 <= i < len(self.doc):
            return False
        tok = self.doc[i]
        heads = [tok] + [c for c in tok.children if c.dep_ == "xcomp"]  # "offered to mediate between ..."
        args = [c for h in heads for c in h.children if c.dep_ in ("dobj", "dative")]
        args += [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("between", "to", "with")
                 for g in c.children if g.dep_ == "pobj"]
        roles = knowledge_words("role_nouns")
        # a name no party was read from, or people of no one state ("world leaders", "foreign envoys")
        return any(self._countryless_place_name(a) or (
            (self.parties.sector_of(a) or a.lower_ in roles or a.lemma_.lower() in roles)
            and any(m.dep_ in ("amod", "compound") and m.lower_ in knowledge_words("stateless_modifiers")
                    for m in a.children)) for a in args)

    def _countryless_place_name(self, tok) -> bool:
        """A place or people the text names that no country could be found for ("the two Koreas")."""
        if tok.pos_ != "PROPN" or tok.ent_type_ not in ("GPE", "NORP", "LOC"):
            return False
        span = self.parties.span_at(tok.idx, tok.idx + len(tok.text))
        return span is not None and not self.parties._country(span)

    def _countries_only_within(self, p: Optional[Party]) -> bool:
        """The report's countries are all named within this party's own phrase ("the Turkish man")."""
        if p is None or p.token < 0:
            return False
        t = self.doc[p.token]
        start, end = self.doc[t.left_edge.i].idx, t.idx + len(t.text)
        return not (self.parties.codes_between(0, start) | self.parties.codes_between(end, len(self.doc.text)))

    def _at_home(self, p: Optional[Party], place, sent, actor: Optional[Party] = None,
                 etype: str = "") -> Optional[Party]:
        """A countryless generic group ("police", "protesters") belongs where the act happened: the place
        its sentence names, else the country the report is set in (its dateline, its places). A place named
        only as the actor ("Brazil, Colombia and Mexico called on the electoral authorities" in a report from
        Caracas) is not where the act happened."""
        if p is None or p.kind != "group" or p.party.country or (p.party.code or "").startswith(("IGO", "NGO")):
            return p
        if p.token >= 0 and several_states(self.doc[p.token]):
            return p
        ps, pe = self.ctx.paragraph_of(sent.start_char)
        # the place its sentence or paragraph names ("Police detained dozens" after "... in Yerevan"),
        # else the country the report is set in
        acting = set()
        if actor is not None and actor.kind == "country" and 0 <= actor.token:
            t = self.doc[actor.token]
            acting = {c.idx for c in (t, *t.conjuncts)}  # the actor's own name and its conjoined peers
        # (where a reaction was voiced is no place of whom it addresses: "In Washington, ... Blinken called on
        # the army to free all detained officials" in a report from Yangon means Myanmar's army)
        voiced = etype in self.lex.reaction_types and actor is not None and self.ctx.home is not None \
            and actor.party.country not in (None, self.ctx.home)
        here = place is not None and place.country and not voiced and any(
            ps <= m.start < pe and m.start not in acting for m in place.mentions)
        code = place.country if here else (self.ctx.home or (place.country if place is not None else None))
        if not code:
            return p
        e = p.party
        if p.token < 0:  # a party the text implies but never names ("were arrested"): named for its country
            adj = country_adjective(code, self.lex.country_names.get(code))
            return Party(EventParty(e.entity, f"{adj} {e.name}" if adj else e.name, code, e.sector, e.code),
                         p.kind, p.token)
        return self.parties.named(p.placed_in(code), self.doc[p.token])

    def _aided_country(self, actor: Party, place, sent, tok) -> Optional[Party]:
        """Aid sent with no recipient named goes where the report is set: the place its sentence or paragraph
        names, else the story's country ("Qatar dispatched a rescue unit" in a report on a Moroccan quake)."""
        ps, pe = self.ctx.paragraph_of(sent.start_char)
        here = place is not None and place.country and any(ps <= m.start < pe for m in place.mentions)
        code = place.country if here else self.ctx.home
        if not code or code == actor.party.country:
            return None
        return self.parties._country_party(code, None, tok.i)

    def _arrivals(self, si, sent, trig_idx: set[int]) -> list[Draft]:
        """"Spanish rescuers landed in Marrakech", "NATO peacekeeping troops have arrived in Bosnia": aid
        personnel arriving in a country aid it (AID; peacekeeping when they are peacekeepers)."""
        out = []
        for verb in sent:
            if verb.i in trig_idx or verb.pos_ != "VERB" or verb.lemma_.lower() not in knowledge_words("arrival_verbs"):
                continue
            subj = _child(verb, ("nsubj",))
            if subj is None:
                continue
            words = {t.lemma_.lower() for t in subj.subtree}
            if not words & knowledge_words("aid_agents"):
                visit = self._official_arrival(si, sent, verb, trig_idx)
                if visit is not None:
                    out.append(visit)
                continue
            actor = self.roles.verb_actor(verb)
            if actor is None:  # "the first deployment of NATO peacekeeping troops"
                actor = next((p for t in subj.subtree if t.dep_ == "pobj" and t.head.lower_ == "of"
                              for p in [self.roles.arg(t)] if p is not None), None)
            if actor is None or actor.kind == "place" or not actor.party.country and \
                    not (actor.party.code or "").startswith(("IGO", "NGO")):
                continue  # (an aid agency has no country: "a Red Cross convoy reached Srebrenica")
            obj = _child(verb, ("dobj",))  # "reached the town of Srebrenica": the place reached
            target = (min(t.idx for t in obj.subtree), max(t.idx + len(t) for t in obj.subtree)) \
                if obj is not None else None
            place = self.ctx.place_for(verb, sent, target=target)
            recipient = self._aided_country(actor, place, sent, verb)
            if recipient is None:
                continue
            when, basis = self.ctx.date_for(verb, sent)
            mode = "peacekeeping" if any(w.startswith("peacekeep") for w in words) else "humanitarian"
            ev = Event(type="AID", mode=mode, actor=actor.party, recipient=recipient.party, date=self.ctx.reported(when),
                       date_basis=basis, place=place, background=self.ctx.is_background(when, basis),
                       evidence=Mention(sent.start_char, sent.end_char, sent.text), trigger=verb.text,
                       confidence=0.55)
            out.append(Draft(ev, actor, recipient, si, False, verb.lemma_.lower(), trigger_i=verb.i))
        return out

    def _official_arrival(self, si, sent, verb, trig_idx: set[int]) -> Optional[Draft]:
        """"Norway's foreign minister arrived in Colombo to revive the peace process": an official of a state
        or international body arriving in another country visits it (CONSULT visit), unless the sentence
        codes the visit's own act ("arrived in Damascus for talks with Assad")."""
        if any(t.i in trig_idx for t in verb.subtree if t.i != verb.i):
            return None
        actor = self.roles.verb_actor(verb)
        if actor is None or actor.kind == "place" or (actor.party.sector or "") not in ("GOV", "IGO") \
                or not (actor.party.country or (actor.party.code or "").startswith("IGO")):
            return None
        where = [_pobj(c) for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "at")]
        where += [c for c in verb.children if c.dep_ == "dobj"]  # "reached Kabul"
        host = next((p for t in where if t is not None for p in [self.roles.arg(t)]
                     if p is not None and p.kind in ("place", "country") and p.party.country
                     and p.party.country != actor.party.country), None)
        if host is None:
            return None
        recipient = self.parties._country_party(host.party.country, None, host.token)
        place = self.ctx.place_for(verb, sent)
        when, basis = self.ctx.date_for(verb, sent)
        ev = Event(type="CONSULT", mode="visit", actor=actor.party, recipient=recipient.party,
                   date=self.ctx.reported(when), date_basis=basis, place=place,
                   background=self.ctx.is_background(when, basis),
                   evidence=Mention(sent.start_char, sent.end_char, sent.text), trigger=verb.text, confidence=0.55)
        return Draft(ev, actor, recipient, si, False, verb.lemma_.lower(), trigger_i=verb.i)

    def _crowd(self, verb, deps: tuple[str, ...] = ("nsubj",)) -> Optional[Party]:
        """The demonstrators of "crowds marched", "thousands of people rallied": a party only as such."""
        start = _dateline_end(verb.sent)  # "PARIS — Thousands marched": the dateline is no subject
        subj = next((c for c in verb.children if c.dep_ in deps and c.i >= start), None)
        for _ in range(2):
            if subj is None:
                return None
            of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if obj is None or obj.lower_ not in self.lex.crowd_nouns:
                break
            subj = obj
        if subj.lower_ not in self.lex.crowd_nouns and subj.lemma_.lower() not in self.lex.crowd_nouns and not (
                deps == ("nsubj",) and subj.tag_ == "NNS" and not subj.ent_type_):
            return None  # (any plural group that marches or rallies demonstrates: "members of civic groups")
        return Party(EventParty(None, "protesters", None, "CVL"), "group", subj.i)

    def _as_protesters(self, p: Party) -> Party:
        """Who demonstrates is coded as protesters of their country, however the text counts them
        ("thousands of Lebanese", "crowds", "demonstrators"), as analysts' actor codes do."""
        tok = self.doc[p.token] if p.token >= 0 else None
        if tok is None or p.kind == "person" or (p.kind == "org" and p.party.entity):
            return p
        if p.kind == "country" and not (tok.ent_type_ == "NORP" and tok.tag_ in ("NNPS", "NNS", "NNP")
                                        and tok.lower_.endswith("s")) and tok.lower_ not in self.lex.crowd_nouns:
            return p  # "Iran protested": a state's protest is diplomatic ("crowds in Almaty" are protesters)
        if p.kind == "group" and ((p.party.sector or "") not in self.lex.protester_sectors
                                  or _norm_name(p.party.name) not in self.lex.crowd_nouns):
            return p  # a group with a name of its own ("junta supporters", "students") keeps it
        e = p.party
        return Party(EventParty(None, "protesters", e.country, e.sector if p.kind == "group" else "CVL"),
                     "group", p.token)

    def _act_recipient(self, act, sense: Sense) -> Optional[Party]:
        if is_verbal(act):
            _, r = self.roles.verb_roles(act, sense)
        else:
            _, r = self.roles.noun_roles(act, sense)
        return r

    def _released_one(self, tok, p: Party) -> bool:
        """The party is the one a requested release (or return, extradition) would free ("demanded the release
        of X", "called for his release"), not the one asked to do it."""
        if p.token < 0:
            return False
        acts = [c for c in tok.children if c.dep_ == "dobj"] + [
            _pobj(c) for c in tok.children if c.dep_ == "prep" and _pobj(c) is not None]
        if tok.pos_ == "NOUN":
            acts.append(tok)
        for act in acts:
            if act.lemma_.lower() not in knowledge_words("patient_of_nouns"):
                continue
            freed = [g for c in act.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.subtree]
            freed += [g for c in act.children if c.dep_ == "poss" for g in c.subtree]
            if any(g.i == p.token or (g.pos_ == "PRON" and (lambda q: q is not None and q.key == p.key)(
                    self.roles.arg(g))) for g in freed):
                return True  # (also "his release", the pronoun read back to the one held)
        return False

    def _captor(self, held: Party, asker: Optional[Party]) -> Optional[Party]:
        """Whoever holds the party, by the latest arrest, abduction or seizure told: of that party if one
        is told, else of anyone (None when none is told)."""
        seized = [d for d in reversed(self._so_far) if d.event.type == "COERCE" and d.actor is not None
                  and not (d.event.hypothetical or d.event.negated)
                  and (d.event.mode or "") in knowledge_words("holding_modes")
                  and (asker is None or not _same_side(d.actor, asker))]
        own = next((d for d in seized if d.recipient is not None and d.recipient.key == held.key), None)
        d = own or (seized[0] if seized else None)
        return d.actor if d is not None else None

    def _requestee(self, gov) -> Optional[Party]:
        """Who is asked: the object ("urged X"), "call on X", or the subject of the demanded clause."""
        if not is_verbal(gov):
            # "its demand that Israel ease ...": the clause hangs on the noun, or on the verb carrying it
            clauses = [c for c in gov.children if c.dep_ in ("acl", "ccomp")]
            if gov.dep_ == "dobj":
                clauses += [c for c in gov.head.children if c.dep_ == "ccomp"]
            for c in clauses:
                if any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
                    p = self.roles.arg(_child(c, ("nsubj", "nsubjpass")))
                    if p is not None:
                        return p
        obj = _child(gov, ("dobj",))
        if obj is not None:
            # "made an appeal": a document object names its author, who is the asker, not the one asked
            asker = self.roles.verb_actor(gov) if is_verbal(gov) else None
            p = self.roles.object_party(obj, asker)
            if p is not None and (asker is None or p.key != asker.key):
                return p
        for c in gov.children:
            if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to", "from"):
                p = self.roles.arg(_child(c, ("pobj",)))
                if p is not None:
                    return p
            if c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "advcl" and any(
                    g.dep_ == "mark" and g.lower_ == "for" for g in c.children)):  # "pushing for X to support"
                subj = _child(c, ("nsubj", "nsubjpass"))
                if subj is None and c.pos_ == "NOUN" and any(g.dep_ == "mark" for g in c.children):
                    # "demanded that President Robert Mugabe resign", the verb misread as a noun: its name
                    subj = next((g for g in reversed(list(c.children)) if g.dep_ == "compound"
                                 and g.pos_ == "PROPN"), None)
                if subj is not None:
                    p = self.roles.arg(subj)
                    if p is not None:
                        return p
        return None

    def _gathering(self, si, sent, gov, acts, trig_idx) -> Optional[Draft]:
        """"Thousands poured into the square to vent their fury at X": a crowd gathering for a protest,
        a demand or a denunciation demonstrates (PROTEST) against the one its purpose names."""
        if not is_verbal(gov) or _known_lemma(gov, self.lex) not in self.lex.gathering_verbs:
            return None
        purposes = [(a, s) for a, s in acts if s.type in self.lex.gathering_purposes]
        if not purposes:
            return None
        sense = Sense(type="PROTEST", mode="demo")
        d = self._draft(si, sent, gov, sense, gov.lemma_.lower(), False, None,
                        modality(gov, self.lex, False, trig_idx), None)
        if d is None or d.event.negated or d.event.hypothetical:
            return None
        a = d.actor
        if a is not None and a.kind == "country" and 0 <= a.token and self.doc[a.token].ent_type_ == "NORP":
            # "Thousands of Lebanese poured into central Beirut": a crowd of a nationality demonstrates
            d.actor = Party(EventParty(None, "protesters", a.party.country, "CVL"), "group", a.token)
            d.event.actor = d.actor.party
        for act, s in purposes:
            r = self._act_recipient(act, s)
            if r is None:
                objs = [c for c in act.children if c.dep_ == "dobj"]
                objs += [g for c in act.children if c.dep_ == "prep" and c.lower_ in ("against", "over", "at")
                         for g in c.children if g.dep_ == "pobj"]
                r = next((x for x in (self._act_author(o) for o in objs) if x is not None), None)
            if r is not None and r.kind != "place" and (d.actor is None or r.key != d.actor.key):
                d.recipient, d.event.recipient = r, r.party
                break
        if d.actor is not None and d.recipient is not None and d.actor.key == d.recipient.key:
            d.recipient, d.event.recipient = None, None  # "thousands of Lebanese ... in Beirut": no target named
        if d.actor is None and d.recipient is None:
            return None
        return d

    def _demanded_act_author(self, gov, asker: Optional[Party]) -> Optional[Party]:
        """"demanding that the attacks stop": whoever carries out the act to be stopped is the one asked."""
        clauses = [c for c in gov.children if c.dep_ in ("ccomp", "xcomp")]
        if gov.dep_ in ("acl", "relcl") and not is_verbal(gov.head):
            clauses += [c for c in gov.head.children if c.dep_ in ("acl",) and c.i != gov.i]
        for c in clauses:
            subj = _child(c, ("nsubj", "nsubjpass"))
            if subj is None or subj.i not in self._sense_of:
                continue
            author = self._act_author(subj)
            if author is not None and (asker is None or author.key != asker.key):
                return author
        return None

    def _mode(self, tok, etype: str, mode: Optional[str], nominal: bool, actor) -> tuple[Optional[str], bool]:
        """The mode from modifiers ("drone strike", "suicide bombers") over the word's default."""
        if etype not in ("ASSAULT", "COERCE", "PROTEST"):
            return mode, False
        words = [c for c in tok.children if c.dep_ in ("compound", "amod", "npadvmod", "nmod")]
        words += [g for c in words for g in c.children if g.dep_ in ("compound", "amod")]
        subj = _child(tok, ("nsubj", "agent"))
        if subj is not None and subj.dep_ == "agent":
            subj = _child(subj, ("pobj",))
        if subj is not None:
            words.append(subj)
            words += [c for c in subj.children if c.dep_ in ("compound", "amod")]
        if not nominal:  # the weapon fired or launched: "fired dozens of cruise missiles", "launched drones"
            for obj in (c for c in tok.children if c.dep_ == "dobj"):
                of = next((g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                           for g in p.children if g.dep_ == "pobj"), None)
                for o in (obj, of) if of is not None else (obj,):
                    words += [o] + [c for c in o.children if c.dep_ in ("compound", "amod")]
                    words += [c for c in o.children if c.dep_ == "conj"]
        for w in words:
            cue = self.lex.mode_cues.get(w.lower_) or self.lex.mode_cues.get(w.lemma_.lower())
            if cue and etype != "ASSAULT" and cue in knowledge_words("weapon_modes"):
                continue  # "used stun grenades to break up crowds": crowd control, not a bombing
            if cue:
                return cue, True
        return mode, False

    def _deep_party(self, tok, nominal: bool, actor: Party, etype: str) -> Optional[Party]:
        """The party an act is aimed at when it is named a few words down its object ("suspended most of its
        sanctions against Myanmar", "a probe into alleged kickbacks at state oil firm Petrobras"): the nearest
        one behind the prepositions of data/event_parties.yaml deep_preps, never the actor's own side."""
        preps = knowledge_words("deep_preps") | ({"by"} if etype == "ACCUSE" else set())
        if not nominal and any(c.dep_ == "dobj" and c.pos_ in ("PRON", "NUM") for c in tok.children):
            # "accused them of smearing Beijing", "accused the three of ...": the one accused was named before;
            # the charge's own words name no target
            return None
        # (a verb's own prepositions too: "opened an investigation | into X" hangs "into" on the verb)
        # (and a refused or halted act's object: "refused to release the next instalment of a loan to X")
        content = [c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"] if not nominal else []
        frontier = [c for v in [tok] + content for c in v.children if c.dep_ == "dobj"] + [tok] + content \
            if not nominal else [tok] + [v for v in (self.roles.light_verb_of(tok),) if v is not None]
        for _depth in range(3):  # ("launched a probe | into X": the light verb's prepositions too)
            nxt = []
            for t in frontier:
                for c in t.children:
                    if c.dep_ == "prep" and c.lower_ in preps and _pobj(c) is not None:
                        if etype == "ACCUSE" and _child(c, ("pcomp",)) is not None:
                            continue  # "accused the Gulf state of funding militants": the charge, not the accused
                        nxt.append(_pobj(c))
                    elif c.dep_ in ("poss", "appos") and t.i != tok.i:
                        nxt.append(c)
                    elif c.dep_ == "amod" and c.pos_ == "ADJ" and t.i != tok.i:
                        nxt.append(c)  # "a programme worth 25 million pounds | to Malawi"
                    elif c.dep_ == "acl" and etype == "ACCUSE" and t.i != tok.i:
                        # "an inquiry into crimes allegedly committed by Burundian security forces"
                        nxt += [_pobj(g) for g in c.children if g.dep_ == "agent" and _pobj(g) is not None]
            for t in sorted(nxt, key=lambda t: t.i):
                p = self.roles.arg(t)
                if p is None or p.kind == "place" or p.key == actor.key:
                    continue
                if not _same_side(p, actor) or (etype == "ACCUSE" and (
                        p.kind in ("org", "person") or (t.dep_ == "pobj" and t.head.lower_ == "by"))):
                    # a probe by prosecutors may look into a firm or an official of their own state, or into
                    # what its own forces did ("an inquiry into an air strike by U.S. forces")
                    return p
            frontier = nxt
        return None

    def _presser(self, tok, actor: Party) -> Optional[Party]:
        """"Bowing to pressure from Athens, Macedonia dropped ...", "refused, dismissing demands from the
        opposition", "despite an appeal from the president": a concession or refusal answers whoever pressed,
        asked or objected, named with the request in the same clause (placed at home when countryless)."""
        nouns = knowledge_words("proposal_nouns") | knowledge_words("objection_nouns")
        clause = [tok] + [c for c in tok.children if c.dep_ in ("advcl", "conj", "xcomp")]
        for t in (w for v in clause for w in v.subtree):
            if t.pos_ != "NOUN" or t.lemma_.lower() not in nouns:
                continue
            p = self._named_author(t) or next((self.roles.arg(c) for c in t.children if c.dep_ == "compound"
                                               and c.i < t.i and self.roles.arg(c) is not None), None)
            if p is None:  # "dismissed opposition calls": the body named by the compound, placed at home
                body = next((c for c in t.children if c.dep_ in ("compound", "nsubj") and c.i < t.i
                             and c.pos_ == "NOUN" and self.parties.sector_of(c)), None)
                author = next((_pobj(c) for c in t.children if c.dep_ == "prep" and c.lower_ in ("from", "by")),
                              None)
                if body is None and author is not None:  # "calls from student leaders": who asked, unnamed
                    body = next((w for w in (author, *[c for c in author.children if c.dep_ == "compound"])
                                 if w.pos_ == "NOUN" and self.parties.sector_of(w)), None)
                if body is not None:
                    p = Party(EventParty(None, body.lower_, None, self.parties.sector_of(body)), "group", body.i)
            if p is None or p.kind == "place" or p.key == actor.key:
                continue
            return self.roles.in_context(actor, p, tok, "CONCEDE")[1] if not p.party.country else p
        return None

    def _handover_destination(self, tok, actor: Party) -> Optional[Party]:
        """The party a handover verb (data: handover_verbs) delivers to, in the act or the act it governs."""
        verbs = [tok] + [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]
        for v in verbs:
            if v.lemma_.lower() not in knowledge_words("handover_verbs"):
                continue
            for c in v.children:
                obj = _pobj(c) if c.dep_ == "prep" and c.lower_ in ("to", "into") else None
                p = self.roles.arg(obj) if obj is not None else None
                if p is not None and p.kind != "place" and p.kind != "person" and p.key != actor.key:
                    return p
        return None

    def _prompter(self, tok, actor: Party) -> Optional[Party]:
        """"put its forces on alert as China staged drills", "hours after Indian warplanes struck": an alert
        answers whoever did the act told in its "as"/"after"/"when" clause."""
        verb = self.roles.light_verb_of(tok) or tok
        for c in verb.children:
            clause = None
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in knowledge_words("prompting_marks")
                                         for m in c.children):
                clause = c
            elif c.dep_ in ("prep", "npadvmod") and (c.lower_ in knowledge_words("prompting_marks") or any(
                    g.dep_ == "prep" and g.lower_ in knowledge_words("prompting_marks") for g in c.children)):
                clause = next((g for g in c.subtree if g.pos_ == "VERB" and g.dep_ in ("pcomp", "advcl", "pobj")),
                              None)
            subj = self.roles.subject_of(clause) if clause is not None else None
            if clause is None and c.dep_ == "advcl" and c.lemma_.lower() in ("cite", "blame"):
                # "citing South Korean military drills": whoever did the act cited
                thing = _child(c, ("dobj",))
                subj = thing if thing is not None else None
            p = self.roles.arg(subj) if subj is not None else None
            if p is None and subj is not None and subj.pos_ == "NOUN":
                p = self.roles.object_party(subj)  # ("South Korean drills": the state whose drills they are)
            if p is not None and p.kind != "place" and p.party.country and p.party.country != actor.party.country:
                return self.parties._country_party(p.party.country, None, subj.i) if p.kind == "group" else p
        return None

    def _joined_mission(self, tok) -> Optional[Party]:
        """The international force troops are sent to join or serve in ("to join the UN force in Lebanon",
        "as part of the UN peacekeeping force"), read from the act's own clause."""
        for t in tok.subtree:
            if t.pos_ != "NOUN" or t.lemma_.lower() not in knowledge_words("hosted_mission_nouns") or t.i == tok.i:
                continue
            for m in t.children:
                if m.dep_ not in ("compound", "amod", "nmod") or m.i > t.i:
                    continue
                if m.lower_ in ("international", "multinational", "peacekeeping"):
                    # "an international training mission in Mali": no body named, still no one state's
                    return Party(EventParty(None, f"{m.lower_} {t.lower_}", None, None, "IGO"), "org", m.i)
                p = self.roles.arg(m)
                if p is not None and (p.party.code or "").startswith("IGO"):
                    return Party(p.party, p.kind, m.i)
        return None

    def _adversary(self, tok, actor: Party) -> Optional[Party]:
        """"went on alert as tensions with India soared", "a ceasefire in its campaign against Spain",
        "backed down in its dispute with Kiev": a mobilisation, truce or climb-down is aimed at the other
        side of the conflict the sentence names."""
        for t in tok.sent:
            if t.pos_ != "NOUN" or t.lemma_.lower() not in knowledge_words("conflict_nouns"):
                continue
            preps = list(t.children)
            verb = _clause_head(t)
            nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
            if nxt is not None and nxt.pos_ == "VERB" and not _child(nxt, ("nsubj", "nsubjpass")):
                verb = nxt  # (a subjectless verb right after the noun is the noun's, whatever the parse says)
            if verb.i != tok.i and verb.pos_ == "VERB" and t.i < verb.i:
                # "after heavy fighting erupted with Azerbaijan": the other side hangs on the conflict's verb
                preps += [c for c in verb.children if c.i > verb.i]
            for c in preps:
                other = _pobj(c) if c.dep_ == "prep" and c.lower_ in ("with", "against") else None
                p = self.roles.arg(other) if other is not None else None
                if p is None or p.kind == "place" or p.key == actor.key:
                    continue
                if p.party.country == actor.party.country and (p.party.sector or "GOV") in STATE_SECTORS \
                        and (actor.party.sector or "GOV") in STATE_SECTORS:
                    continue  # its own state's side
                return p
        return None

    def _beyond_venue(self, tok, actor: Party, recipient: Party) -> Party:
        """Whom a cooperative act is for, when the party read is only where it happens or what it is named
        after: the country hosting an international force ("contribute troops to a UN force in Sierra Leone"),
        a party named further down the act rather than a town ("fly supplies into Goma to help Rwandan
        refugees", "accept the Algiers agreement with Eritrea", "send a delegation to Mexico City for talks
        with the opposition")."""
        if recipient.token < 0:
            return recipient
        t = self.doc[recipient.token]
        if (recipient.party.code or "").startswith("IGO"):
            noun = t.head if t.dep_ in ("compound", "nmod", "amod") else t
            # (troops sent "to" the force; a force accepted is the body's: "would accept a UN force in East Timor")
            if noun.lemma_.lower() in knowledge_words("hosted_mission_nouns") and (
                    (noun.dep_ == "pobj" and noun.head.lower_ in ("to", "for"))
                    or (noun.dep_ == "dobj" and noun.head.lemma_.lower() in ("join", "reinforce", "bolster"))):
                # ("troops to join the UN force in Lebanon")
                # "in X" on the force, or on the verb sending to it ("contribute soldiers to the force | in Haiti")
                for prep in list(noun.children) + list(noun.head.children) + list(noun.head.head.children):
                    where = _child(prep, ("pobj",)) if prep.dep_ == "prep" and prep.lower_ == "in" else None
                    p = self.roles.arg(where) if where is not None else None
                    if p is not None and p.party.country and p.party.country != actor.party.country:
                        return self.parties._country_party(p.party.country, None, where.i)
            return recipient
        places = load_gazetteer().candidates(recipient.party.name or "")
        town = recipient.kind == "place" or (recipient.kind == "country" and bool(places)
                                             and places[0].feature == "city")
        # a town one goes to ("into Goma", "to Mexico City"), or a thing named after one ("the Algiers agreement")
        venue = t.dep_ == "pobj" and t.head.lower_ in ("to", "into", "in", "at") and t.head.head.pos_ == "VERB"
        named_for = (t.pos_ == "NOUN" and any(c.dep_ == "compound" and c.ent_type_ in ("GPE", "LOC")
                                              for c in t.lefts for c in c.subtree)) \
            or (t.dep_ == "compound" and t.head.pos_ == "NOUN")
        if not town or not (venue or named_for):
            return recipient
        phrase = {t.i}  # the name and the noun phrase it names ("the Moscow ceasefire accord")
        while t.dep_ in ("compound", "nmod") and t.head.pos_ in ("NOUN", "PROPN"):
            t = t.head
            phrase.add(t.i)
        alt = self._content_party(tok, actor, skip=phrase)
        return alt if alt is not None and alt.kind != "place" and alt.key != recipient.key else recipient

    def _to_country(self, tok, actor: Party) -> Optional[Party]:
        """"moved up to the border with Congo": the foreign country forces are sent toward, if named."""
        for t in tok.subtree:
            if t.ent_type_ in ("GPE", "NORP") and t.dep_ in ("pobj", "compound", "amod", "poss"):
                p = self.roles.arg(t)
                if p is not None and p.party.country and p.party.country != actor.party.country:
                    return self.parties._country_party(p.party.country, None, t.i)
        return None

    def _host(self, sent, actor: Party) -> Optional[Party]:
        """"Modi travelled to Mongolia, the first visit there", "flew into Rome for talks": a visit or talks
        abroad are held with the host state (CAMEO 042/043), named where the traveller went."""
        for verb in sent:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in knowledge_words("travel_verbs"):
                continue
            for c in verb.children:
                dest = _pobj(c) if c.dep_ == "prep" and c.lower_ in ("to", "into", "in") else None
                if dest is None or dest.ent_type_ not in ("GPE", "LOC"):
                    continue
                p = self.roles.arg(dest)
                code = p.party.country if p is not None else None
                if code and code != actor.party.country:
                    return self.parties._country_party(code, None, dest.i)
        return None

    def _condition_party(self, tok, actor: Party) -> Optional[Party]:
        """"threatened to strike unless Paris cut its support", "would strike if Taipei moved toward
        independence": a threat or promise on a condition is aimed at whoever must meet it."""
        heads = [tok] + [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]
        heads += [g for h in heads[1:] for g in h.children if g.dep_ in ("xcomp", "ccomp", "conj")]
        up = tok  # "said it was prepared to ease sanctions | if the government held elections": the clause above
        while up.dep_ in ("xcomp", "acomp") and up.head.i != up.i and len(heads) < 8:
            up = up.head
            heads.append(up)
        for h in heads:
            for c in h.children:
                if c.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ in knowledge_words("condition_marks")
                                                for m in c.children):
                    continue
                subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
                p = self.roles.arg(subj) if subj is not None else None
                if p is not None and p.kind != "place" and not (p.key == actor.key):
                    return self.roles.in_context(actor, p, tok, "THREATEN")[1] if not p.party.country else p
        return None

    def _joint_subject(self, tok, nominal: bool) -> bool:
        """"A and B agreed ...": a coordinated subject does a joint act with each other (see _conjunct_actors)."""
        verb = self.roles.light_verb_of(tok) if nominal else tok
        subj = self.roles.subject_of(verb) if verb is not None else None
        return subj is not None and any(c.i != subj.i for c in subj.conjuncts)

    def _addressee(self, tok, actor: Party) -> Optional[Party]:
        """"told opposition parties he would step down", "assured Tokyo that Hanoi would open ...": a promise
        told to someone is made to them (the object of the telling verb the promise is said under)."""
        head = tok
        while head.dep_ in ("ccomp", "xcomp", "conj", "acomp") and head.head.i != head.i:
            head = head.head
            if head.lemma_.lower() in knowledge_words("addressing_verbs"):
                obj = next((c for c in head.children if c.dep_ in ("dobj", "dative")), None)
                if obj is None:  # "told visiting Premier Wen that ...": the parser makes "visiting" a verb
                    obj = next((g for c in head.children if c.dep_ == "xcomp" and c.tag_ == "VBG"
                                and c.lemma_.lower() in knowledge_words("visit_words")
                                for g in c.children if g.dep_ == "dobj"), None)
                p = self.roles.arg(obj) if obj is not None else None
                return p if p is not None and p.kind != "place" and not _same_side(p, actor) else None
        return None

    def _content_party(self, tok, actor: Party, skip: set = frozenset()) -> Optional[Party]:
        """Whom a promise or offer is for when only what is promised names them ("willing to stage joint
        drills with American forces", "pledged to make concessions to the rebels", "offered to train Somali
        troops"): the nearest party down the promised clause, never the promiser's own side or a place."""
        preps = knowledge_words("content_preps")
        # (an infinitive the parser hung as an adverbial clause after an inserted phrase is still what is
        # promised: "vowed in July 2018 | to work with Abiy")
        frontier = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp", "dobj", "acl", "prep") or (
            c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))]
        if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass"):  # "stage joint drills | with X"
            frontier += [c for c in tok.head.children if c.dep_ in ("prep", "dative")]
        for _depth in range(4):
            found, nxt = [], []
            for t in frontier:
                if t.dep_ in ("dobj", "dative", "pobj", "conj") and t.pos_ in ("NOUN", "PROPN"):
                    found.append(t)
                found += self.roles.let_in(t)  # "agreed to let U.N. inspectors return": the ones let in
                if t.dep_ == "prep" and t.lower_ not in preps:
                    continue
                nxt += [c for c in t.children if c.dep_ in ("xcomp", "ccomp", "dobj", "dative", "prep", "pobj",
                                                             "conj", "compound", "amod", "nmod")
                        and not (c.dep_ in ("compound", "amod", "nmod") and t.dep_ != "dobj")]
                # "gave an assurance that his office would cooperate with X": a content clause the parser
                # hung on the noun as a relative clause ("that" its marker, not its subject)
                nxt += [c for c in t.children if c.dep_ in ("relcl", "acl") and t.dep_ == "dobj"
                        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
            for t in sorted(found, key=lambda t: t.i):
                if t.i in skip or (t.head.lower_ == "in" and t.ent_type_ in ("GPE", "LOC", "FAC")):
                    continue  # "a deal signed in Addis Ababa": where, not for whom
                p = self.roles.arg(t)
                if p is not None and p.kind == "group" and not p.party.country \
                        and (p.party.sector or "") in STATE_SECTORS:
                    continue  # "sent troops to the border with Ukraine": bare forces are the means
                if p is not None and p.kind != "place" and not _same_side(p, actor):
                    return p
            frontier = nxt
        return None

    def _demanded_party(self, tok, actor: Party) -> Optional[Party]:
        """Who must give what a demand asks for when only the thing asked names them ("demanded guarantees that
        NATO would not expand", "sought assurances that Israel would withdraw"): the subject of the clause the
        demanded noun carries, unless it is the demander's own side."""
        things = [tok] if tok.pos_ == "NOUN" else [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        for thing in things:
            for clause in thing.children:
                if clause.dep_ not in ("acl", "ccomp", "relcl") or not any(c.dep_ == "mark" for c in clause.children):
                    continue
                subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                p = self.roles.arg(subj) if subj is not None else None
                if p is not None and p.kind != "place" and not _same_side(p, actor):
                    return p
        return None

    def _calmed_country(self, tok, actor: Party) -> Optional[Party]:
        """Whom a call for calm is made to when only where names them ("called for an end to the violence in
        Syria", "urged restraint in Kashmir"): the country of that place, not the caller's own."""
        things = [tok] if tok.pos_ == "NOUN" else [c for c in tok.children if c.dep_ == "dobj"]
        things += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
                   if g.dep_ == "pobj"]
        for thing in things:
            if thing.lemma_.lower() not in knowledge_words("calming_nouns"):
                continue
            for t in thing.subtree:
                if t.dep_ != "pobj" or t.head.lower_ != "in":
                    continue
                p = self.roles.arg(t)
                code = p.party.country if p is not None and p.kind in ("place", "country") else None
                if code and code != actor.party.country:
                    return self.parties._country_party(code, None, t.i)
        return None

    def _phrase_object_owner(self, tok, key: str, actor: Party) -> Optional[Party]:
        """Whom a verb-and-object phrase is about, when the object noun names them ("rushed to the defence of
        Zimbabwe", "came to Myanmar's defence"): the object's "of" object or possessor, not the actor's side."""
        word = key.split()[-1]
        for t in tok.subtree:
            if t.lemma_.lower() != word or t.pos_ != "NOUN":
                continue
            owner = _child(t, ("poss",))
            if owner is None:
                owner = next((_child(c, ("pobj",)) for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            p = self.roles.arg(owner) if owner is not None else None
            if p is not None and p.kind != "place" and not _same_side(p, actor):
                return p
        return None

    def _forum(self, tok, actor: Party) -> Optional[Party]:
        """The body a meeting is asked of ("called for an emergency session of the Security Council", "asked for
        a summit of EU leaders"): the "of" object of the meeting noun asked for, not the asker's own side."""
        nouns = [c for c in tok.children if c.dep_ == "dobj"]
        nouns += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
                  if g.dep_ == "pobj"]
        if tok.pos_ == "NOUN":
            nouns.append(tok)
        for noun in nouns:
            if noun.lemma_.lower() not in knowledge_words("forum_nouns"):
                continue
            for prep in noun.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    p = self.roles.arg(_child(prep, ("pobj",)))
                    if p is not None and p.kind != "place" and not _same_side(p, actor):
                        return p
        return None

    def _content_mode(self, tok, table: Optional[dict[str, str]] = None) -> Optional[str]:
        """The mode of a request or refusal from what it asks for or refuses ("called on X to resign": change,
        "appealed for a ceasefire": yield), nearest words first; None when nothing in data/event_parties.yaml
        content_modes is named."""
        table = content_modes() if table is None else table
        # (not an adverbial clause: "called on growers to clear the roads, offering talks" asks for no talks)
        frontier = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp", "dobj", "prep", "acl", "oprd")]
        for _depth in range(4):
            nxt = []
            for t in sorted(frontier, key=lambda t: t.i):
                lemma = t.lemma_.lower()
                # (the particle may be parsed as an adverb: "pull | back its troops")
                prt = next((c.lower_ for c in t.children if c.dep_ == "prt" or (
                    c.dep_ == "advmod" and c.lower_ in ("back", "out", "down", "off", "up"))), None)
                found = (table.get(f"{lemma} {prt}") if prt else None) or table.get(lemma) or table.get(t.lower_)
                if found and t.pos_ in ("VERB", "NOUN", "ADJ", "AUX"):
                    return found
                nxt += [c for c in t.children if c.dep_ in ("xcomp", "ccomp", "dobj", "pobj", "prep", "conj",
                                                             "nsubjpass", "acl", "compound", "amod", "oprd")]
            frontier = nxt
        return None

    def _absorb(self, d: Draft, noun_trigger: tuple, sent) -> None:
        """Fold a subject event noun into its verb ("A U.S. drone strike ... took X out")."""
        tok, sense, key, nominal, prep = noun_trigger
        actor, recipient = self.roles.noun_roles(tok, sense)
        if actor is not None and recipient is not None and any(
                c.dep_ == "prep" and c.lower_ == "between" for c in tok.children):
            # "Fighting between troops and rebels killed 20 people": the two sides fought each other; the dead
            # are the fight's toll, not a third party
            d.actor, d.event.actor = actor, actor.party
            d.recipient, d.event.recipient = recipient, recipient.party
        if d.actor is None and actor is not None:
            d.actor, d.event.actor = actor, actor.party
        mode, from_cue = self._mode(tok, sense.type, sense.mode, True, None)
        if mode and (from_cue or not d.event.mode):
            d.event.mode, d.mode_from_cue = mode, from_cue
        if d.event.date_basis != "sentence":
            when, basis = self.ctx.date_for(tok, sent)
            if basis == "sentence":
                d.event.date, d.event.date_basis = when, basis
                d.event.background = self.ctx.is_background(when, basis)
        d.event.trigger = f"{self._trigger_text(tok, key)} ... {d.event.trigger}"
        d.lemmas = d.lemmas | {tok.lemma_.lower()}

    def _trigger_text(self, tok, key: str) -> str:
        parts = [tok] + [c for c in tok.children if c.dep_ in ("prt",) or
                         (c.dep_ in ("compound", "amod") and c.lower_ in key.split())]
        return " ".join(t.text for t in sorted(parts, key=lambda t: t.i))

    def _obligations(self, si, sent, trig_idx: set[int], governors: dict) -> list[Draft]:
        """"Z said X must do Y": a REQUEST from Z to X (whatever Y is)."""
        out = []
        for tok in sent:
            if tok.pos_ != "VERB" or tok.dep_ != "ccomp":
                continue
            if not any(c.dep_ == "aux" and c.lower_ in self.lex.modality.get("obligation_aux", ()) for c in tok.children):
                continue
            rep = tok.head
            if rep.lemma_.lower() not in self.lex.reporting_verbs | {"reiterate", "conclude", "insist"}:
                continue
            actor = self.roles.verb_actor(rep)
            subj = _child(tok, ("nsubj",))
            recipient = self.roles.arg(subj) if subj is not None else None
            if actor is None and recipient is None:
                continue
            when, basis = self.ctx.date_for(tok, sent)
            ev = Event(type="REQUEST", actor=actor.party if actor else None,
                       recipient=recipient.party if recipient else None, date=when, date_basis=basis,
                       place=self.ctx.place_for(tok, sent), background=self.ctx.is_background(when, basis),
                       evidence=Mention(sent.start_char, sent.end_char, sent.text),
                       trigger=f"{tok.text} (must)", confidence=0.5)
            out.append(Draft(ev, actor, recipient, si, False, "must"))
        return out

    def _readiness(self, si, sent, trig_idx: set[int]) -> list[Draft]:
        """"Lima was ready to work hand in hand with Quito", "Jakarta is willing to let monitors in": a
        stated readiness to act is an expressed intent to cooperate (CAMEO 03, AGREE), whatever the act;
        an act the lexicon knows is coded at that act instead (a readiness to attack threatens)."""
        out = []
        for adj in sent:
            if adj.pos_ != "ADJ" or adj.lower_ not in self.lex.modality.get("ready_adjectives", ()) \
                    or adj.dep_ not in ("acomp", "amod", "ccomp") or adj.head.i == adj.i:
                continue
            act = next((c for c in adj.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
            # an act the lexicon knows is coded there; "willing to return to talks" names an act noun that
            # nothing carries (no light verb), so the readiness is the event
            if act is None or any(t.i in trig_idx and (t.pos_ in ("VERB", "AUX") or t.dep_ in ("dobj", "nsubjpass"))
                                  for t in act.subtree):
                continue
            cop = adj.head
            actor = self.roles.verb_actor(cop)
            if actor is None or actor.kind == "place":
                continue
            recipient = None
            if cop.dep_ == "ccomp" and cop.head.lemma_.lower() in self.lex.reporting_verbs:
                # "told Ecuador that Lima was ready to ...": the one told
                told = _child(cop.head, ("dobj", "dative"))
                recipient = self.roles.arg(told) if told is not None else None
            if recipient is None:  # ("told visiting Premier Wen that Pyongyang was willing": the parse is odd)
                recipient = self._addressee(adj, actor)
            if recipient is None or recipient.kind == "place" or recipient.key == actor.key:
                recipient = self.roles.embedded_recipient(adj, Sense(type="AGREE"), actor)
            if recipient is not None and (recipient.kind == "place" or (
                    recipient.kind == "group" and not recipient.party.country)):
                recipient = None  # "prepared to name a new prime minister": an office, not a party
            negated = any(c.dep_ == "neg" for c in cop.children) or any(c.dep_ == "neg" for c in adj.children)
            act_sense = self.lex.verbs.get(act.lemma_.lower())
            hostile = act_sense is not None and act_sense.type in self.lex.hostile
            mission = self._joined_mission(act)
            if mission is not None:
                # "ready to send 500 soldiers to an international training mission in Mali": a contribution
                hostile = False
                recipient = self._beyond_venue(act, actor, mission) if recipient is None or \
                    (recipient.party.code or "").startswith("IGO") else recipient
            when, basis = self.ctx.date_for(cop, sent)
            # ready to strike (at X) threatens X; ready to talk agrees
            etype = "REJECT" if negated else ("THREATEN" if hostile else "AGREE")
            if hostile and recipient is None:
                recipient = self._act_recipient(act, act_sense) or next(
                    (r for c in act.children if c.dep_ == "prep" and c.lower_ in ("at", "on", "against")
                     and _pobj(c) is not None for r in (self.roles.arg(_pobj(c)),) if r is not None), None)
            ev = Event(type=etype, actor=actor.party,
                       recipient=recipient.party if recipient else None, date=when, date_basis=basis,
                       place=self.ctx.place_for(cop, sent), background=self.ctx.is_background(when, basis),
                       evidence=Mention(sent.start_char, sent.end_char, sent.text),
                       trigger=f"{adj.text} to {act.text}", confidence=0.5)
            out.append(Draft(ev, actor, recipient, si, False, adj.lemma_.lower()))
        return out

    def _recalled_context(self, merged: list[Draft]) -> None:
        """An act dated days before the news the report leads with is context it recalls ("The Taliban seized
        Kabul on August 15" in a report of an airport bombing eleven days later; "three days after the ICC
        issued a warrant"): background, however recent. The lead news is the first act dated in its own
        sentence that is told as happening (not recalled history)."""
        lead = next((d for d in sorted(merged, key=lambda x: x.event.evidence.start)
                     if d.event.date_basis == "sentence" and not (d.event.background or d.event.hypothetical
                                                                  or d.event.negated)), None)
        anchor = _day(lead.event.date.earliest) if lead is not None else None
        if anchor is None:
            return
        for d in merged:
            latest = _day(d.event.date.latest)
            if d.event.date_basis == "sentence" and latest is not None \
                    and (anchor - latest).days > self.lex.recalled_days:
                d.event.background = True

    def _answers_recalled(self, d: Draft, recalled: Draft) -> bool:
        """The act is done for or about the recalled one ("hanged five officers for the 1975 killing",
        "condemned the 1994 massacre"): today's answer to history, not history itself. An act told "after"
        or "since" a recalled one stays recalled with it."""
        n = len(self.doc)
        if not (0 <= d.trigger_i < n and 0 <= recalled.trigger_i < n) or d.trigger_i == recalled.trigger_i:
            return False
        t = self.doc[recalled.trigger_i]
        for _ in range(6):
            if t.head.i == t.i:
                return False
            if t.dep_ == "prep" and t.lower_ in RELATIVE_PREPS:
                return False
            if t.head.i == d.trigger_i:
                return True
            t = t.head
        return False

    def _background_by_association(self, merged: list[Draft]) -> None:
        """An undated act told in the same sentence as a recalled one is recalled too ("after the 2020 strike, ...")."""
        recalled = [d for d in merged if d.event.background]
        for d in merged:
            # "the strike" with nothing dated of its own refers back to a recalled strike of the same kind
            if not d.event.background and d.event.date_basis in ("published", "narrative") and d.definite and any(
                    r.event.type == d.event.type and (r.lemmas | {r.lemma}) & (d.lemmas | {d.lemma}) for r in recalled):
                d.event.background = True
        bg_sents: dict[tuple[int, int], Draft] = {}
        for d in merged:
            if d.event.background:
                for ev in [d.event.evidence] + d.event.more_evidence:
                    bg_sents[(ev.start, ev.end)] = d
        for start, end, lemma, etype in self._refs:
            for d in merged:
                if d.event.background and d.event.type == etype and lemma in (d.lemmas | {d.lemma}):
                    bg_sents.setdefault((start, end), d)
        for d in merged:
            e = d.event
            if e.background or e.date_basis not in ("published", "narrative"):
                continue
            src = bg_sents.get((e.evidence.start, e.evidence.end))
            if src is not None and not self._answers_recalled(d, src):
                other = src.event
                e.background = True
                e.date = EventDate(other.date.earliest, e.date.latest)
                e.date_basis = "sentence"
