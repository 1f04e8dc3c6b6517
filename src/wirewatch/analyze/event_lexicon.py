"""Event-coding knowledge (verbs, nouns, modality cues, fallback actor names) loaded once per process."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Optional

from wirewatch.knowledge_yaml import load_yaml

DATA = Path(__file__).resolve().parent.parent / "data"


@dataclass(frozen=True, slots=True)
class Sense:
    """What a trigger word means: PLOVER type, mode, context and how to find its recipient."""
    type: str
    mode: Optional[str] = None
    context: Optional[str] = None
    recipient_preps: tuple[str, ...] = ()
    symmetric: bool = False
    partner: bool = False  # an act only with another side named ("opened a bridge" alone is no cooperation)


@dataclass(slots=True)
class Lexicon:
    verbs: dict[str, Sense]
    nouns: dict[str, Sense]
    light_verbs: frozenset[str]
    noun_recipient_preps: frozenset[str]
    topic_on_types: frozenset[str]
    mode_cues: dict[str, str]
    modality: dict[str, frozenset[str]]
    cooperative: frozenset[str]
    hostile: frozenset[str]
    reporting_verbs: frozenset[str]
    anaphoric_org_heads: frozenset[str]
    pronouns: frozenset[str]
    background_days: int
    recalled_days: int  # an act dated more days before the lead news than this is recalled context
    agent_sectors: dict[str, str]
    verb_objects: dict[str, Sense] = field(default_factory=dict)
    document_nouns: frozenset[str] = frozenset()
    act_nouns: frozenset[str] = frozenset()
    needs_party_object: frozenset[str] = frozenset()
    patient_possessive: frozenset[str] = frozenset()
    facility_nouns: frozenset[str] = frozenset()
    org_names: frozenset[str] = frozenset()  # extra_actors entries that name organisations, not countries
    speech_act_nouns: frozenset[str] = frozenset()
    response_types: frozenset[str] = frozenset()
    object_absorbing_types: frozenset[str] = frozenset()
    collective_heads: frozenset[str] = frozenset()
    verb_recipient_preps: frozenset[str] = frozenset()
    names: dict[str, tuple[Optional[str], Optional[str]]] = field(default_factory=dict)  # phrase -> (code, sector)
    country_names: dict[str, str] = field(default_factory=dict)  # ISO3 -> a display name
    verb_lemma_fixes: dict[str, str] = field(default_factory=dict)  # "forgave" -> "forgive", "hopes" -> "hope"
    weak_triggers: frozenset[str] = frozenset()  # generic verbs coded only with a resolved party
    speech_frames: tuple[tuple[str, ...], ...] = ()  # lemma runs that are reporting furniture, not acts
    nonpolitical_sectors: frozenset[str] = frozenset()  # actors whose weak-verb acts are not political events
    trigger_requires: dict[str, frozenset[str]] = field(default_factory=dict)  # lemma -> needed deps/preps
    noun_requires: dict[str, frozenset[str]] = field(default_factory=dict)  # the same for event nouns
    quantifier_nouns: frozenset[str] = frozenset()
    permit_verbs: frozenset[str] = frozenset()  # "agreed to let/allow X ...": X is the recipient
    permit_types: frozenset[str] = frozenset()
    proxy_nouns: frozenset[str] = frozenset()  # "X's office/spokesman": X is the party
    retaliation_verbs: frozenset[str] = frozenset()
    consequence_verbs: frozenset[str] = frozenset()
    retaliation_nouns: frozenset[str] = frozenset()
    place_target_types: frozenset[str] = frozenset()  # types whose unstated target is the place's country
    reaction_types: frozenset[str] = frozenset()  # reactions whose unnamed target is the news act's author
    reacted_types: frozenset[str] = frozenset()  # the news acts reactions answer
    appeal_objects: frozenset[str] = frozenset()  # "urged restraint": a call to every side
    condemning_predicates: frozenset[str] = frozenset()  # "unacceptable": a judgement that accuses
    judging_verbs: frozenset[str] = frozenset()  # "called X unacceptable", "described X as illegal"
    protester_sectors: frozenset[str] = frozenset()  # group sectors coded "protesters" when they demonstrate
    crowd_nouns: frozenset[str] = frozenset()  # "crowds", "people": a party only as demonstrators
    protest_words: frozenset[str] = frozenset()  # words that make a report one of protests
    act_object_types: frozenset[str] = frozenset()
    state_modes: dict[str, str] = field(default_factory=dict)  # default mode -> mode when a state acts  # "a wave of strikes": the event noun is the "of" object
    anaphora_sentences: int = 3  # how many sentences back a definite description or pronoun may reach
    anaphoric_gpe_heads: frozenset[str] = frozenset()  # heads that may also point back to a country
    verb_stems: frozenset[str] = frozenset()  # first words of every verb and verb+object key
    transfer_types: frozenset[str] = frozenset()  # handing over things: not an event when the thing is a document
    expel_sectors: frozenset[str] = frozenset()  # forced out, these are expelled (SANCTION), not deported
    meaning_particles: frozenset[str] = frozenset()  # particles that make a phrasal verb another verb
    reference_participles: frozenset[str] = frozenset()  # "the curfew imposed ...": a standing measure
    reference_preps: frozenset[str] = frozenset()  # "following/after/in the wake of <act>": a reference
    gathering_verbs: frozenset[str] = frozenset()  # "poured into the square to denounce X": a demonstration
    gathering_purposes: frozenset[str] = frozenset()
    concession_modes: frozenset[str] = frozenset()  # RETREAT modes that concede when under pressure
    pressure_types: frozenset[str] = frozenset()
    self_announce_verbs: frozenset[str] = frozenset()  # "X announced that Y had been suspended": X did it
    retaliation_states: frozenset[str] = frozenset()  # "will not go unanswered": a threatened retaliation
    repeat_phrases: frozenset[str] = frozenset()  # "followed suit": the act just told, by another actor
    repeat_nouns: frozenset[str] = frozenset()  # "took a similar step"
    repeat_modifiers: frozenset[str] = frozenset()
    blame_adjectives: frozenset[str] = frozenset()  # "said X was responsible for Y": an accusation
    blame_verbs: frozenset[str] = frozenset()  # "held X responsible for Y"


    def cue(self, kind: str, word: str) -> bool:
        """True when ``word`` is a modality cue of this kind (request, threaten, attempt ...)."""
        return word in self.modality.get(kind, ())


def _sense(value: Any) -> Sense:
    if isinstance(value, str):
        return Sense(type=value)
    if value is None:
        return Sense(type="")  # listed as no event: "ask a question", "strike a balance"
    return Sense(type=value["type"], mode=value.get("mode"), context=value.get("context"),
                 recipient_preps=tuple(value.get("recipient_preps", ())), symmetric=bool(value.get("symmetric")),
                 partner=bool(value.get("partner")))


# A phrasal verb ending in a preposition ("stand by", "side with", "rally behind") takes its target there.
_TARGET_PARTICLES = frozenset({"by", "with", "behind", "against", "on", "at", "around", "round", "into", "for", "to"})


def _verb_sense(key: str, value: Any) -> Sense:
    sense = _sense(value)
    last = key.rsplit(" ", 1)[-1] if " " in key else ""
    if sense.type and last in _TARGET_PARTICLES and last not in sense.recipient_preps:
        sense = replace(sense, recipient_preps=sense.recipient_preps + (last,))
    return sense


def _merge(base: dict, extra: dict) -> dict:
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            base[key] = _merge(dict(base[key]), value)
        else:
            base[key] = value
    return base


def _read_countries(text: str) -> tuple[dict, dict]:
    names, display = {}, {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        phrase, code, kind = (line.split("\t") + ["", ""])[:3]
        names.setdefault(phrase.lower(), (code, None))
        if kind == "country" and code not in display:
            display[code] = phrase
    return names, display


def _combined_senses(groups: list, heads: str = "verbs", joint: str = " ") -> dict:
    """Verb+object senses given as families (every verb with every object: "withdraw|scrap|revoke" x
    "decree|tax|fare" -> CONCEDE), or noun+"on"+object ones ("ban on seafood"); an explicit entry wins over a
    combined one."""
    out = {}
    for g in groups:
        value = {k: v for k, v in g.items() if k not in (heads, "objects")}
        for head in g.get(heads) or ():
            for obj in g.get("objects") or ():
                out[f"{head}{joint}{obj}"] = value
    return out


@functools.lru_cache(maxsize=8)
def load_lexicon(extra: tuple[str, ...] = ()) -> Lexicon:
    """The shipped events.yaml and its CAMEO-breadth companion (plus user files layered on top, later
    files winning)."""
    raw = load_yaml((DATA / "events.yaml").read_text(encoding="utf-8"))
    raw = _merge(raw, load_yaml((DATA / "events_cameo.yaml").read_text(encoding="utf-8")) or {})
    for path in extra:
        raw = _merge(raw, load_yaml(Path(path).read_text(encoding="utf-8")) or {})
    names, display = _read_countries((DATA / "event_countries.tsv").read_text(encoding="utf-8"))
    orgs = set()
    for phrase, (code, sector) in (raw.get("extra_actors") or {}).items():
        names[str(phrase).lower()] = (code, sector)
        if code == "IGO" or sector in ("REB", "MIL", "NGO"):
            orgs.add(str(phrase).lower())
    # a country is shown by its gazetteer name: the table also lists breakaway regions and old or local
    # names under the state's code ("Abkhazia", "Donetsk People's Republic", "Myanmar [burma]")
    from wirewatch.analyze.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    for code in set(display) | gaz.country_codes():  # (a territory the table lists only by adjective: Macau)
        place = gaz.country(code)
        if place is not None and place.name:
            display[code] = re.sub(r"^The ", "", place.name)
    modality = {k: frozenset(v) for k, v in raw.get("modality", {}).items() if isinstance(v, list)}
    raw["verb_objects"] = {**_combined_senses(raw.get("combined_verb_objects") or []), **(raw.get("verb_objects") or {})}
    raw["nouns"] = {**_combined_senses(raw.get("combined_noun_objects") or [], "nouns", " on "),
                    **(raw.get("nouns") or {})}
    return Lexicon(
        verbs={k: _verb_sense(k, v) for k, v in raw.get("verbs", {}).items()},
        nouns={k: _sense(v) for k, v in raw.get("nouns", {}).items()},
        light_verbs=frozenset(raw.get("light_verbs", ())),
        noun_recipient_preps=frozenset(raw.get("noun_recipient_preps", ())),
        topic_on_types=frozenset(raw.get("topic_on_types", ())),
        mode_cues=dict(raw.get("mode_cues", {})),
        modality=modality,
        cooperative=frozenset(raw.get("cooperative", ())),
        hostile=frozenset(raw.get("hostile", ())),
        reporting_verbs=frozenset(raw.get("reporting_verbs", ())),
        anaphoric_org_heads=frozenset(raw.get("anaphoric_org_heads", ())),
        pronouns=frozenset(raw.get("pronouns", ())),
        background_days=int(raw.get("background_days", 45)),
        recalled_days=int(raw.get("recalled_days", 2)),
        agent_sectors=dict(raw.get("agent_sectors", {})),
        verb_objects={k: _sense(v) for k, v in raw.get("verb_objects", {}).items()},
        document_nouns=frozenset(raw.get("document_nouns", ())),
        act_nouns=frozenset(raw.get("act_nouns", ())),
        needs_party_object=frozenset(raw.get("needs_party_object", ())),
        patient_possessive=frozenset(raw.get("patient_possessive", ())),
        facility_nouns=frozenset(raw.get("facility_nouns", ())),
        speech_act_nouns=frozenset(raw.get("speech_act_nouns", ())),
        response_types=frozenset(raw.get("response_types", ())),
        object_absorbing_types=frozenset(raw.get("object_absorbing_types", ())),
        collective_heads=frozenset(raw.get("collective_heads", ())),
        verb_recipient_preps=frozenset(raw.get("verb_recipient_preps", ())),
        names=names,
        org_names=frozenset(orgs),
        country_names=display,
        verb_lemma_fixes={str(k).lower(): str(v).lower() for k, v in (raw.get("verb_lemma_fixes") or {}).items()},
        weak_triggers=frozenset(raw.get("weak_triggers", ())),
        speech_frames=tuple(tuple(str(f).lower().split()) for f in raw.get("speech_frames", ())),
        nonpolitical_sectors=frozenset(raw.get("nonpolitical_sectors", ())),
        anaphora_sentences=int(raw.get("anaphora_sentences", 3)),
        trigger_requires={k: frozenset(v) for k, v in (raw.get("trigger_requires") or {}).items()},
        noun_requires={k: frozenset(v) for k, v in (raw.get("noun_requires") or {}).items()},
        quantifier_nouns=frozenset(raw.get("quantifier_nouns", ())),
        state_modes=dict(raw.get("state_modes") or {}),
        retaliation_verbs=frozenset(raw.get("retaliation_verbs", ())),
        proxy_nouns=frozenset(raw.get("proxy_nouns", ())),
        permit_verbs=frozenset(raw.get("permit_verbs", ())),
        permit_types=frozenset(raw.get("permit_types", ())),
        consequence_verbs=frozenset(raw.get("consequence_verbs", ())),
        retaliation_nouns=frozenset(raw.get("retaliation_nouns", ())),
        place_target_types=frozenset(raw.get("place_target_types", ())),
        protester_sectors=frozenset(raw.get("protester_sectors", ())),
        reaction_types=frozenset(raw.get("reaction_types", ())),
        reacted_types=frozenset(raw.get("reacted_types", ())),
        appeal_objects=frozenset(raw.get("appeal_objects", ())),
        condemning_predicates=frozenset(raw.get("condemning_predicates", ())),
        judging_verbs=frozenset(raw.get("judging_verbs", ())),
        crowd_nouns=frozenset(raw.get("crowd_nouns", ())),
        protest_words=frozenset(raw.get("protest_words", ())),
        act_object_types=frozenset(raw.get("act_object_types", ())),
        anaphoric_gpe_heads=frozenset(raw.get("anaphoric_gpe_heads", ())),
        reference_preps=frozenset(raw.get("reference_preps", ())),
        gathering_verbs=frozenset(raw.get("gathering_verbs", ())),
        gathering_purposes=frozenset(raw.get("gathering_purposes", ())),
        concession_modes=frozenset(raw.get("concession_modes", ())),
        pressure_types=frozenset(raw.get("pressure_types", ())),
        self_announce_verbs=frozenset(raw.get("self_announce_verbs", ())),
        retaliation_states=frozenset(raw.get("retaliation_states", ())),
        repeat_phrases=frozenset(raw.get("repeat_phrases", ())),
        repeat_nouns=frozenset(raw.get("repeat_nouns", ())),
        repeat_modifiers=frozenset(raw.get("repeat_modifiers", ())),
        blame_adjectives=frozenset(raw.get("blame_adjectives", ())),
        blame_verbs=frozenset(raw.get("blame_verbs", ())),
        reference_participles=frozenset(raw.get("reference_participles", ())),
        meaning_particles=frozenset(raw.get("meaning_particles", ())),
        expel_sectors=frozenset(raw.get("expel_sectors", ())),
        transfer_types=frozenset(raw.get("transfer_types", ())),
        verb_stems=frozenset(str(k).split()[0] for k in list(raw.get("verbs", {})) + list(raw.get("verb_objects", {}))),
    )
