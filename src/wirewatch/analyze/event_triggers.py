"""Find event triggers in a parsed sentence and read their modality from the dependency tree.

A trigger is a verb ("attacked", "took ... out") or an event noun ("drone strike", "vigil") listed
in events.yaml. Its modality says whether the act happened: an act that is demanded, threatened,
promised or planned is not the act itself (the governing word is coded instead); attempts,
failures, negation and hypotheticals are flags.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from wirewatch.analyze.event_lexicon import Lexicon, Sense
from wirewatch.analyze.event_parties import knowledge_words

# Dependency labels through which a governing cue word reaches the act it governs.
_GOVERNED = {"xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "acomp", "oprd", "attr"}


@dataclass(slots=True)
class Modality:
    governor: Optional[object] = None  # the cue token (demand, threaten, offer ...) that takes the act
    governed_as: Optional[str] = None  # request, threaten, promise, refuse, allegation
    planned: bool = False  # plan/intend/ready/will: a future act
    obligation: bool = False  # must/should
    attempted: bool = False
    failed: bool = False
    negated: bool = False
    nothing_done: bool = False  # negated by a "no" object ("offered no evidence"): nothing done, nothing refused
    hypothetical: bool = False
    reported_by: Optional[object] = None  # the reporting verb above the act, if any
    chain: list = field(default_factory=list)


def lemma_candidates(tok) -> list[str]:
    """The parser's lemma, then regular stems of the surface form when the lemma is off ("staged" -> "stag")."""
    lemma, low = tok.lemma_.lower(), tok.lower_
    out = [lemma]
    if tok.pos_ != "VERB" or lemma == low or "'" in low:
        return out
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""),
                         ("es", ""), ("s", "")):
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            stem = low[: -len(suffix)] + repl
            if stem not in out:
                out.append(stem)
            if not repl and len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] not in out:
                out.append(stem[:-1])  # "stopped" -> "stop"
    return out


def _known(tok, lex: Lexicon) -> str:
    """The first lemma candidate the lexicon knows in any verb table (else the parser's lemma)."""
    if tok.pos_ == "VERB" and tok.lower_ in lex.verb_lemma_fixes:
        return lex.verb_lemma_fixes[tok.lower_]
    cands = lemma_candidates(tok)
    if len(cands) == 1:
        return cands[0]
    for c in cands:
        if c in lex.verb_stems:
            return c
    return cands[0]


def _aid_goods(tok, lemma: str, lex: Lexicon) -> Optional[Sense]:
    """AID for goods, money or arms sent ("sent 50,000 tonnes of fuel to Yemen") or received."""
    m = lex.modality
    if lemma not in m.get("transfer_verbs", ()) and lemma not in m.get("receive_verbs", ()):
        return None
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None:
        return None
    into = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "into" for g in c.children if g.dep_ == "pobj"]
    if any(g.ent_type_ == "LOC" or g.lemma_.lower() in m.get("disposal_sinks", ()) for g in into):
        return None  # "began releasing treated water into the Pacific": into nature, to no one
    words = {obj.lemma_.lower()} | {c.lemma_.lower() for c in obj.children if c.dep_ in ("compound", "amod")}
    of = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
               if g.dep_ == "pobj"), None)  # "50,000 tonnes of fuel", "a consignment of missiles"
    if of is not None:
        words |= {of.lemma_.lower()} | {c.lemma_.lower() for c in of.children if c.dep_ in ("compound", "amod")}
    for mode in ("military", "economic", "humanitarian"):
        if words & m.get(f"aid_goods_{mode}", frozenset()):
            return Sense(type="AID", mode=mode, recipient_preps=("to", "into", "for"))
    return None


def _object_nouns(obj, lex: Lexicon) -> list[str]:
    """The object's lemma and word, then, for a count ("dozens of rockets", "300 of its drones", "55 boxes
    of remains"), those of what is counted."""
    nouns = [obj]
    if obj.pos_ == "PRON" and obj.lower_ in ("it", "them") and obj.head.dep_ == "conj":
        # "introduced a bill but withdrew it": the pronoun is the object of the verb it is joined to
        nouns += [c for c in obj.head.head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"][:1]
    if obj.lower_ in lex.collective_heads or obj.pos_ == "NUM":
        of = next((g for g in obj.children if g.dep_ == "prep" and g.lower_ == "of"), None)
        nouns += [g for g in of.children if g.dep_ == "pobj"][:1] if of is not None else []
    if obj.pos_ == "PROPN":
        # a name with its kind before it ("the reformist daily Salam", "the opposition newspaper Zaman")
        nouns += [c for c in obj.children if c.dep_ in ("compound", "amod") and c.i < obj.i
                  and c.is_lower][-1:]
    # the lemma, then the word as written when the lemma differs ("remains" is not "remain"); a plural name
    # keeps its "s" as its lemma ("two Benin Bronzes"): its singular too
    words = [w for n in nouns for w in (n.lemma_.lower(), n.lower_)]
    words += [n.lower_[:-1] for n in nouns if n.tag_ == "NNPS" and n.lower_.endswith("s")]
    return list(dict.fromkeys(words))


def _dated(prep) -> bool:
    """The preposition introduces a date or time ("on Monday", "at dawn"), not a party or place."""
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    # ("bowing to weeks of protests" bows to the protests)
    return obj is not None and obj.ent_type_ in ("DATE", "TIME") and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in obj.children)


def verb_sense(tok, lex: Lexicon) -> tuple[Optional[Sense], Optional[str], Optional[object]]:
    """(sense, key, prep token) for a verb token, trying phrasal and verb+object forms first."""
    lemma = _known(tok, lex)
    if tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and not tok.doc[tok.i - 1].whitespace_ \
            and f"{tok.doc[tok.i - 2].lower_}-{lemma}" in lex.verbs:
        key = f"{tok.doc[tok.i - 2].lower_}-{lemma}"  # "test-fired a missile": the compound verb, not "fire"
        return lex.verbs[key], key, None
    # particles, also when the parser takes them for adverbs ("stepped down" as advmod)
    prts = [c for c in tok.children if c.dep_ == "prt" or (
        c.dep_ == "advmod" and c.i == tok.i + 1 and c.lower_ in lex.meaning_particles | {"up"}) or (
        # "pulled their fighters back": the particle after the object
        c.dep_ == "advmod" and c.lower_ == "back" and c.i > tok.i and any(
            o.dep_ == "dobj" and o.i < c.i for o in tok.children))]
    # "ordered Sweden's ambassador out of the country", "called its envoy home": a particle the parser hung on
    # the object, or took for the object itself
    prts += [g for o in tok.children if o.dep_ in ("dobj", "oprd") for g in [o, *o.children]
             if g.i > tok.i and g.lower_ in ("out", "home") and g.dep_ in ("prep", "advmod", "dobj", "oprd")
             and f"{lemma} {g.lower_}" in lex.verbs]
    # "called its ambassador in Tegucigalpa home": "home" taken for the object of the envoy's post
    prts += [g for o in tok.children if o.dep_ == "dobj" for c in o.children if c.dep_ == "prep" and c.lower_ == "in"
             for g in c.children if g.dep_ == "pobj" and g.lower_ == "home" and f"{lemma} home" in lex.verbs]
    prts += [c for c in tok.children if c.dep_ == "advmod" and c.i > tok.i + 1 and c.lower_ in ("out", "home")
             and f"{lemma} {c.lower_}" in lex.verbs and c not in prts]
    # "hand over three hostages": the parser may read the particle as "more than" on the number
    prts += [d for d in tok.subtree if d.i == tok.i + 1 and d.dep_ == "quantmod" and f"{lemma} {d.lower_}" in lex.verbs]
    # "set free", "broke free": a predicate adjective completes the verb as a particle does
    prts += [c for c in tok.children if (c.dep_ in ("oprd", "acomp") or (c.dep_ in ("ccomp", "advmod") and c.pos_ in (
        "ADJ", "NOUN"))) and f"{lemma} {c.lower_}" in lex.verbs]  # ("said sorry": the parser's adverb)
    # a fixed phrase the parser splits anywhere below the verb ("declared X persona non grata")
    idioms = lex.modality.get("idiom_complements", ())
    prts += [d for d in tok.subtree if d.i > tok.i and d.lower_ in idioms and f"{lemma} {d.lower_}" in lex.verbs
             and d not in prts][:1]
    for p in prts:
        key = f"{lemma} {p.lower_}"
        obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
        for noun in _object_nouns(obj, lex) if obj is not None else ():
            if f"{key} {noun}" in lex.verb_objects:
                # "called off the talks" (not "called off the strike"): the phrasal verb with its object
                return lex.verb_objects[f"{key} {noun}"], f"{key} {noun}", None
        if key in lex.verbs:
            # ("said sorry | to the Herero": the recipient's preposition may hang on the completing word)
            held = next((c for c in p.children if c.dep_ == "prep" and c.lower_ in lex.verbs[key].recipient_preps),
                        None)
            return lex.verbs[key], key, held
        for c in tok.children:  # "stood up for Zimbabwe", "spoke up for Belgrade": particle and preposition
            if c.dep_ == "prep" and f"{key} {c.lower_}" in lex.verbs:
                return lex.verbs[f"{key} {c.lower_}"], f"{key} {c.lower_}", c
    if any(p.lower_ in lex.meaning_particles for p in prts):
        return None, None, None  # "pushed out", "backed down", "held off": an unlisted phrasal verb is another verb
    for c in tok.children:
        # (a duration the parser hung as an adverb: "gave the coup leaders a week | to release Bazoum")
        if c.dep_ in ("dobj", "nsubjpass", "xcomp") or (c.dep_ == "npadvmod" and c.pos_ == "NOUN"):
            for noun in _object_nouns(c, lex):  # (also "fired dozens of rockets": what is counted)
                if f"{lemma} {noun}" in lex.verb_objects:
                    return lex.verb_objects[f"{lemma} {noun}"], f"{lemma} {noun}", None
    goods = _aid_goods(tok, lemma, lex)
    if goods is not None:
        return goods, f"{lemma} {goods.mode or 'aid'}", None
    if tok.dep_ == "acl" and (tok.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in tok.children)):
        key = f"{lemma} {tok.head.lemma_.lower()}"  # "a question (being) asked": listed as no event
        if key in lex.verb_objects and not lex.verb_objects[key].type:
            return lex.verb_objects[key], key, None
    # "put under investigation", "took into custody", "went on strike": verb + preposition + object
    for c in tok.children:
        if c.dep_ == "prep":
            for g in c.children:
                if g.dep_ == "pobj":
                    key = f"{lemma} {c.lower_} {g.lemma_.lower()}"
                    if key in lex.verb_objects:
                        return lex.verb_objects[key], key, None
    for c in tok.children:
        if c.dep_ == "prep" and not _dated(c):  # ("fired his minister on Monday" fires no one "on")
            key = f"{lemma} {c.lower_}"
            if key in lex.verbs:
                return lex.verbs[key], key, c
        if c.dep_ in ("advcl", "ccomp"):
            # "pushing for the US to support X": the preposition introduces a clause
            mark = _for_mark(c)
            if mark is not None and f"{lemma} for" in lex.verbs:
                return lex.verbs[f"{lemma} for"], f"{lemma} for", None
    if lemma in lex.verbs:
        return lex.verbs[lemma], lemma, None
    joint = next((c for c in tok.children if c.dep_ == "advmod" and c.lower_ in lex.modality.get(
        "joint_adverbs", ())), None)
    if joint is not None:  # "began jointly clearing landmines": a shared undertaking is cooperation
        return Sense(type="COOPERATE", symmetric=True), f"{joint.lower_} {lemma}", None
    force = next((c for c in tok.children if c.dep_ == "advmod" and c.lower_ in lex.modality.get(
        "force_adverbs", ())), None)
    moved = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if force is not None and moved is not None and (moved.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or (
            moved.tag_ in ("NNS", "NNPS") and moved.pos_ in ("NOUN", "PROPN"))):
        return Sense(type="COERCE"), f"{force.lower_} {lemma}", None  # "forcibly removed opposition lawmakers"
    return None, None, None


def noun_sense(tok, lex: Lexicon) -> tuple[Optional[Sense], Optional[str]]:
    """(sense, key) for an event noun, compounds ("hunger strike") before the bare noun."""
    lemma, low = tok.lemma_.lower(), tok.lower_
    for c in tok.children:
        if c.dep_ in ("compound", "amod") and c.i < tok.i:
            for key in (f"{c.lower_} {low}", f"{c.lemma_.lower()} {lemma}"):
                if key in lex.nouns:
                    return lex.nouns[key], key
    for c in tok.children:  # "a state of emergency", "a ban on seafood": the noun with its "of"/"on" phrase
        if c.dep_ == "prep" and c.lower_ in ("of", "on"):
            for g in c.children:
                key = f"{lemma} {c.lower_} {g.lemma_.lower()}"
                if g.dep_ == "pobj" and key in lex.nouns:
                    return lex.nouns[key], key
    for key in (low, lemma):
        if key in lex.nouns:
            return lex.nouns[key], key
    # (also on a compound before the noun: "joint | training flights")
    mods = [c for c in tok.children if c.i < tok.i] + [g for c in tok.children if c.dep_ == "compound" and c.i < tok.i
                                                        for g in c.children if g.i < c.i]
    joint = next((c for c in mods if c.dep_ == "amod" and c.lower_ in lex.modality.get("joint_modifiers", ())), None)
    if joint is None:  # "a jointly run border market"
        joint = next((g for c in mods if c.dep_ == "amod" for g in c.children if g.dep_ == "advmod"
                      and g.lower_ in lex.modality.get("joint_adverbs", ())), None)
    if joint is not None and tok.pos_ == "NOUN" and lemma not in lex.document_nouns \
            and lemma not in lex.modality.get("joint_exceptions", ()):
        # "a joint project", "joint training flights": a shared undertaking is cooperation (CAMEO 06)
        return Sense(type="COOPERATE", symmetric=True), f"{joint.lower_} {lemma}"
    return None, None


def is_verbal(tok) -> bool:
    """A verb used as a predicate (not "attempted" or "armed" as an adjective)."""
    return tok.pos_ == "VERB" and (tok.dep_ not in ("amod", "compound") or misparsed_predicate(tok))


def misparsed_predicate(tok) -> bool:
    """A past-tense verb the parser hung as a modifier on the sentence's object, made the root: "Myanmar's
    military seized power" (a participle used as an adjective is tagged VBN, never VBD)."""
    return tok.tag_ == "VBD" and tok.dep_ == "amod" and tok.head.dep_ == "ROOT" and tok.head.pos_ == "NOUN" \
        and tok.head.i == tok.i + 1


def trailing_attribution(tok, lex: Lexicon) -> bool:
    """An allegation verb after the clause it governs ("..., a local MP alleged"): it attributes the clause."""
    return tok.lemma_.lower() in lex.modality.get("trailing_attribution_verbs", ()) and any(
        c.dep_ == "ccomp" and c.i < tok.i for c in tok.children)


def _warns_of_a_state(tok, lex: Lexicon) -> bool:
    """A warning whose content is a state, not an act ("aid groups warned that the coming days were
    critical"): a statement, no threat."""
    if tok.lemma_.lower() not in lex.modality.get("stating_warning_verbs", ()):
        return False
    said = next((c for c in tok.children if c.dep_ == "ccomp"), None)
    # (a state to come is a consequence threatened: "warned that its response would be more severe",
    # "that its fighters would remain ready to resume combat")
    return said is not None and said.lemma_.lower() in lex.modality.get("stative_verbs", ()) and not any(
        d.dep_ in ("xcomp", "ccomp", "advcl") or (d.dep_ == "aux" and d.lower_ in lex.modality.get(
            "future_aux", ()) | lex.modality.get("hypothetical_aux", ())) for d in said.subtree if d is not said)


def find_triggers(sent, lex: Lexicon) -> list[tuple[object, Sense, str, bool, Optional[object]]]:
    """(token, sense, key, nominal, prep) for every trigger in the sentence."""
    out = []
    for tok in sent:
        if is_verbal(tok):
            if trailing_attribution(tok, lex) or _warns_of_a_state(tok, lex):
                continue  # "..., a local MP alleged" only attributes the clause before it
            sense, key, prep = verb_sense(tok, lex)
            if sense is not None and sense.type:  # a typeless verb+object ("ask a question") is no event
                out.append((tok, sense, key, False, prep))
        elif tok.pos_ in ("NOUN", "PROPN") and tok.dep_ != "compound" and (
                tok.ent_type_ not in ("DATE", "TIME") or (tok.is_lower and tok.pos_ == "NOUN" and tok.ent_iob_ != "B")):
            # (a lowercase noun ending a date-like phrase is no date: "Hong Kong's annual July 1 march")
            # (a month is no act: "in March 2018" is not a march)
            sense, key = noun_sense(tok, lex)
            if tok.dep_ == "pobj" and tok.head.lower_ == "of" and f"{tok.head.head.lemma_.lower()} of {tok.lemma_.lower()}" \
                    in lex.nouns:
                continue  # "a note of protest": the phrase's head is the event ("note of protest"), not "protest"
            if sense is not None and sense.type:  # a typeless compound ("election rally") is no event
                out.append((tok, sense, key, True, None))
    return out


def _for_mark(clause):
    """The "for" that opens a clause ("for the US to support ..."), if any."""
    return next((g for g in clause.children if g.dep_ == "mark" and g.lower_ == "for"), None)


def _is_infinitive(tok) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def misjoined_conjunct(tok, lex: Lexicon):
    """The reporting verb a finite conjunct really continues when the parser joined it to the reported clause
    ("denied that its forces had crossed the border and called on Bishkek to stop", "said the deal would
    strengthen X, and warned the Emirates"): a past-tense verb with no subject or auxiliary of its own cannot
    share the clause's auxiliary, so it is the reporter's next act. None when the conjunct is regular."""
    h = tok.head
    if tok.dep_ != "conj" or tok.tag_ != "VBD" or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass")
                                                       for c in tok.children):
        return None
    if h.tag_ not in ("VB", "VBN", "VBG") or not any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to"
                                                      for c in h.children):
        return None
    if getattr(verb_sense(tok, lex)[0], "type", None) not in lex.modality.get("reporter_act_types", ()):
        return None  # ("said Russia had promised the corridors and then fired on them": the clause's own act)
    reporters = lex.reporting_verbs | frozenset(lex.modality.get("denying_verbs", ()))
    for a in list(h.ancestors)[:6]:
        if a.pos_ == "VERB" and a.tag_ in ("VBD", "VBZ", "VBP") and a.lemma_.lower() in reporters \
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in a.children):
            return a
    return None


def no_one(subj) -> bool:
    """A subject naming no one ("neither country", "no group"): the act it does is not done."""
    return subj.dep_ in ("nsubj", "nsubjpass") and any(
        g.dep_ == "det" and g.lower_ in ("neither", "no") for g in subj.children)


def _told_past(verb) -> bool:
    """A verb in the past tense, or with a perfect auxiliary ("stormed", "had stormed")."""
    return verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have", "'d")
                                     for c in verb.children)


def _prospective(verb, lex: Lexicon) -> bool:
    """A clause about the future or an obligation ("must agree", "will withdraw", "plans to sign")."""
    modal = lex.modality.get("future_aux", frozenset()) | lex.modality.get("obligation_aux", frozenset()) \
        | lex.modality.get("hypothetical_aux", frozenset())
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in modal for c in verb.children):
        return True
    h = verb.head
    return verb.dep_ == "xcomp" and h.i != verb.i and (lex.cue("plan", h.lemma_.lower()) or lex.cue(
        "request", h.lemma_.lower()) or lex.cue("threaten", h.lemma_.lower()) or lex.cue("promise", h.lemma_.lower()))


def modality(tok, lex: Lexicon, nominal: bool, trigger_tokens: set[int]) -> Modality:
    """Read the modality of the act at ``tok`` from its own dependents and the words governing it."""
    m = Modality()
    light_verbs = lex.light_verbs
    low = lambda t: lex.verb_lemma_fixes.get(t.lower_) or t.lemma_.lower()  # noqa: E731 ("hopes" -> "hope")
    # "did not attack Ukraine or deploy troops", "will not attack Gaza or arrest anyone": a verb conjoined in
    # the same form, without its own subject or auxiliary, shares the first verb's negation and auxiliaries
    # ("did not storm the town but arrested the mayor" does not)
    shared = [c for c in tok.head.children if c.dep_ in ("neg", "aux", "auxpass")] if (
        not nominal and tok.dep_ == "conj" and tok.head.pos_ == "VERB" and tok.tag_ == tok.head.tag_
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg") for c in tok.children)
        and not any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in tok.head.children)
        # ("would not be bullied and called on the EU to ...": a speaker's call joined to a passive is its own)
        and not (any(c.dep_ == "auxpass" for c in tok.head.children)
                 and (lex.cue("request", low(tok)) or low(tok) in lex.reporting_verbs))) else []
    for c in list(tok.children) + shared:
        if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") or (
                c.dep_ == "advmod" and c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children)):
            m.negated = True  # (also "no longer recognised him")
        if not nominal and c.dep_ == "dobj" and any(g.dep_ == "det" and g.lower_ == "no" for g in c.children):
            m.negated = m.nothing_done = True  # "offered no evidence": nothing was offered
        if not nominal and no_one(c):
            m.negated = True  # "neither country would use force", "no group claimed the attack"
        if c.dep_ in ("aux", "auxpass"):
            w = c.lower_
            if w in lex.modality.get("hypothetical_aux", ()) and w != "would":
                m.hypothetical = True
            elif w in lex.modality.get("future_aux", ()):
                m.planned = True
            if w in lex.modality.get("obligation_aux", ()):
                m.obligation = True
        if c.dep_ == "mark" and c.lower_ in lex.modality.get("conditional_marks", ()):
            m.hypothetical = True
        if c.dep_ == "mark" and c.lower_ in lex.modality.get("prospective_marks", ()) and \
                tok.dep_ == "advcl" and _prospective(tok.head, lex) and not _told_past(tok):
            # "must agree before they demobilize": the act has not happened yet ("will send a mission, three
            # days after soldiers stormed the palace" tells a past act)
            m.hypothetical = True
        if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in lex.modality.get("conditional_marks", ())
                                     for g in c.children):
            m.planned = True  # "will X if/unless Y": a conditional commitment or threat
        if nominal and c.dep_ == "det" and c.lower_ in lex.modality.get("nonspecific_dets", ()):
            m.hypothetical = True  # "warned against any attack": no particular attack happened
        if nominal and c.dep_ in ("amod", "compound") and c.lower_ in lex.modality.get("attempt_adjectives", ()):
            m.attempted = True
            if c.lower_ in lex.modality.get("failed_adjectives", ()):
                m.failed = True
    # headline style "Terrorists Demand Attack": a cue word as a modifier of the act noun
    if nominal:
        for c in tok.children:
            if c.dep_ in ("compound", "amod") and c.i < tok.i:
                for kind in ("request", "threaten"):
                    if lex.cue(kind, c.lemma_.lower()) or lex.cue(kind, c.lower_):
                        m.governor, m.governed_as = c, kind
                        return m
    # "accused Bosnian Serb forces of executing thousands", "accused the army of a campaign of ethnic
    # cleansing": the act is what is alleged, however the parser hung the "of" phrase
    path_of, a = False, tok
    for _ in range(6):
        if a.head.i == a.i:
            break
        if a.dep_ == "prep" and a.lower_ in ("of", "for", "with"):
            path_of = True
        a = a.head
        if path_of and a.pos_ == "VERB" and a.lemma_.lower() in lex.modality.get("allegation_verbs", ()) \
                and a.i in trigger_tokens:
            m.governor, m.governed_as = a, "allegation"
            return m
        if a.pos_ == "VERB" and a.dep_ not in ("xcomp", "pcomp"):
            if a.lemma_.lower() not in lex.modality.get("allegation_verbs", ()):
                break
    # a nominal act that is the subject of "failed"/"was thwarted"
    if tok.dep_ in ("nsubj", "nsubjpass") and low(tok.head) in lex.modality.get("fail", ()):
        m.attempted = m.failed = True
    g = misjoined_conjunct(tok, lex) if not nominal else None
    g = tok if g is None else g  # (a misjoined conjunct shares its reporting verb's modality, not the clause's)
    clausal = True  # negation/modals above apply only through clausal complements, not "response to the attack"
    for _ in range(6):
        h = g.head
        if h.i == g.i:
            break
        d = g.dep_
        if d in ("xcomp", "acl", "relcl", "advcl") and _is_infinitive(g):
            # "became the first member to recognise X": the first (or only) one to act has acted; what
            # governs "became" still applies ("hopes to become the first to recognise X")
            doer = h if h.pos_ in ("NOUN", "PROPN") else next((c for c in h.children if c.dep_ == "attr"), None)
            if doer is not None and any(o.lower_ in lex.modality.get("ordinal_doer_words", ())
                                        for o in doer.children):
                g = doer.head if doer is h and doer.dep_ == "attr" else h
                continue
        passes = d in _GOVERNED or (d == "advcl" and (_is_infinitive(g) or _for_mark(g) is not None)) \
            or (d == "conj" and g.pos_ == "NOUN") \
            or (d == "conj" and g.pos_ == "VERB" and h.pos_ == "VERB" and h.dep_ in ("ccomp", "xcomp")) \
            or (d == "acl" and h.pos_ == "NOUN" and (lex.cue("request", h.lemma_.lower())
                                                   or lex.cue("threaten", h.lemma_.lower())
                                                   or lex.cue("negating_nouns", h.lemma_.lower())
                                                   or lex.cue("plan", h.lemma_.lower())))
        if not passes:
            if d in ("ccomp", "advcl", "conj") and low(h) in lex.reporting_verbs:
                m.reported_by = h
            break
        hl = low(h)
        m.chain.append(h)
        if (hl in lex.reporting_verbs and h.pos_ == "VERB") or (d == "ccomp" and trailing_attribution(h, lex)):
            m.reported_by = h
            break
        if nominal and d == "dobj" and h.pos_ == "VERB" and hl in lex.modality.get("pursuing_verbs", ()) \
                and getattr(lex.nouns.get(g.lemma_.lower()), "type", None) in lex.hostile:
            break  # "pressing an offensive near Bakhmut": carrying the attack on, not asking for one
        if lex.cue("request", hl) and (h.pos_ in ("VERB", "NOUN", "PROPN")):
            m.governor, m.governed_as = h, "request"
            break
        if nominal and d == "dobj" and lex.cue("promise", hl) and h.pos_ == "VERB":
            m.governor, m.governed_as = h, "promise"  # "pledged 50 million euros in aid": promised, not given
            break
        if nominal and d == "prep" and g.lower_ == "of" and lex.cue("threaten", hl) and h.pos_ == "VERB":
            m.governor, m.governed_as = h, "threaten"  # "warned of retaliation": threatened, not done
            break
        if h.i in trigger_tokens and d in ("dobj", "pobj", "prep", "attr") and nominal:
            break  # "condemned the attack": the attack is its own event
        if lex.cue("threaten", hl):
            m.governor, m.governed_as = h, "threaten"
            break
        if lex.cue("command", hl) and d == "xcomp" and h.pos_ == "VERB" and any(
                c.dep_ == "dobj" for c in h.children):
            m.governor, m.governed_as = h, "command"  # "ordered X to leave": the order is the act
            break
        if lex.cue("promise", hl) and d in ("xcomp", "ccomp", "dobj", "advcl"):
            m.governor, m.governed_as = h, "promise"
            break
        if hl in lex.modality.get("negating_verbs", ()) and hl != "fail" and d == "xcomp":
            m.governor, m.governed_as = h, "refuse"
            break
        if hl == "short" and d == "prep" and h.head.i != h.i and lex.cue("short_of_verbs", low(h.head)):
            m.governor, m.governed_as = h.head, "refuse"  # "stopped short of endorsing X": X was not endorsed
            break
        if lex.cue("negating_nouns", hl) and h.pos_ == "NOUN" and d == "acl":
            m.governor, m.governed_as = h, "refuse"  # "its refusal to accept X": X was not accepted
            break
        if h.i in trigger_tokens and d in ("pcomp", "pobj", "prep", "ccomp", "xcomp"):
            # "accused X of attacking", "denied that it attacked": the act is the content of the speech act
            m.governor, m.governed_as = h, "allegation"
            break
        if lex.cue("plan", hl) or (h.pos_ == "ADJ" and hl in lex.modality.get("ready_adjectives", ())):
            m.planned = True
        if lex.cue("attempt", hl):
            m.attempted = True
        if hl == "fail" and d == "xcomp":
            m.attempted, m.failed, m.negated = True, True, True
        if d == "xcomp" and hl in lex.modality.get("enacting_verbs", ()):
            g = h
            continue
  # "voted to delist X": delisting is what the vote did
        if d in ("xcomp", "advcl") and _is_infinitive(g) and not (lex.cue("attempt", hl) or lex.cue("plan", hl)
                                                                   or hl == "fail"):
            if h.pos_ in ("VERB", "AUX") and hl != "have":
                if g is tok and low(tok) in lex.modality.get("inquiry_verbs", ()) and any(
                        c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.lemma_.lower() in
                        lex.modality.get("inquiry_bodies", ()) for c in h.children):
                    g = h
                    continue  # "set up a panel to investigate X": the inquiry is the act told
                if g is tok and not nominal and h.tag_ == "VBD" and not any(c.dep_ == "neg" for c in h.children) \
                        and hl in knowledge_words("travel_verbs") and getattr(
                        lex.verbs.get(low(tok)), "type", "").lower() in knowledge_words("travel_purpose_types"):
                    g = h
                    continue  # "flew to Riyadh to meet the king": the meeting travelled to was held
                # "used bombs to target X": a purpose, not a reported act
                m.governor, m.governed_as = h, "purpose"
                break
        clausal = clausal and (d in ("xcomp", "ccomp") or (d == "dobj" and hl in light_verbs))
        for c in (h.children if clausal else ()):
            if c.dep_ == "neg" and hl not in lex.reporting_verbs:
                m.negated = True
            if c.dep_ == "aux" and c.lower_ in lex.modality.get("hypothetical_aux", ()) and c.lower_ != "would":
                m.hypothetical = True
            if c.dep_ == "aux" and c.lower_ in lex.modality.get("future_aux", ()):
                m.planned = True
            if c.dep_ == "aux" and c.lower_ in lex.modality.get("obligation_aux", ()):
                m.obligation = True
        g = h
    if not nominal and tok.dep_ == "acl" and tok.head.lemma_.lower() in lex.modality.get("capability_nouns", ()) \
            and _is_infinitive(tok):
        m.hypothetical = True  # "could limit Washington's ability to support Guinea": a capacity, no act
    return m
