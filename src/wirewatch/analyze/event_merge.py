"""One event per real occurrence: merge mentions of the same act within an article."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Optional

from wirewatch.analyze.event_parties import STATE_SECTORS, Party, _norm, knowledge_words
from wirewatch.record import Event, EventDate

COARSE_FEATURES = {"country", "admin1", "region", "subdivision", "continent", None, ""}


@dataclass(slots=True)
class Draft:
    """An event mention before merging, with what merging needs to know."""
    event: Event
    actor: Optional[Party]
    recipient: Optional[Party]
    sent_index: int
    definite: bool  # "the strike": refers back to an occurrence already told
    lemma: str
    mode_from_cue: bool = False
    lemmas: frozenset = frozenset()  # trigger words of every mention folded into this one
    nominal: bool = False  # told by an event noun ("the strikes"), not a verb
    trigger_i: int = -1  # index of the trigger token in the Doc
    judges_unknown: bool = False  # a reaction to an act whose author the report does not know


def _same_party(a: Optional[Party], b: Optional[Party]) -> Optional[bool]:
    """True/False when both known; None when either is unknown."""
    if a is None or b is None:
        return None
    if a.key == b.key:
        return True
    pa, pb = a.party, b.party
    if "country" in (a.kind, b.kind) and {a.kind, b.kind} & {"group", "org"} and pa.country \
            and pa.country == pb.country and ((pa if a.kind != "country" else pb).sector or "") in STATE_SECTORS:
        return True  # "an attack on Americans" and one on "American forces": a state and its own forces
    if pa.entity and pb.entity:
        return pa.entity == pb.entity
    na, nb = _norm(pa.name), _norm(pb.name)
    if na and nb and (na.endswith(" " + nb) or nb.endswith(" " + na)):
        return True  # "Qasem Soleimani" / "Soleimani"
    if a.kind == "country" and b.kind == "country":
        return pa.country == pb.country
    return False


def _day(s):
    try:
        return date.fromisoformat(s[:10]) if s else None
    except ValueError:
        return None


# A report dated only by its publication happened about then: a later mention dated more than this long
# before is another occurrence ("That fighting ended in November 2020" is not this week's attack told first).
# (A later undated "the strike" may still refer back to a strike dated years ago: only the order says which.)
REPORTED_NOW_DAYS = 31


def _recalled_after_news(first: Event, later: Event) -> bool:
    """A news act dated by publication, then a mention of the same kind dated well before it."""
    if first.date_basis != "published" or first.background or later.date_basis not in ("sentence", "paragraph"):
        return False
    published, told_latest = _day(first.date.earliest), _day(later.date.latest)
    return bool(published and told_latest and told_latest < published - timedelta(days=REPORTED_NOW_DAYS))


def _dates_overlap(a: Event, b: Event) -> bool:
    first, later = (a, b) if a.evidence.start <= b.evidence.start else (b, a)
    if _recalled_after_news(first, later):
        return False
    weak = ("published", "narrative")  # no date of its own: may be any told occurrence
    if a.date_basis in weak or b.date_basis in weak:
        return True
    a0, a1, b0, b1 = (_day(a.date.earliest), _day(a.date.latest), _day(b.date.earliest), _day(b.date.latest))
    if None in (a0, a1, b0, b1):
        return True
    one = timedelta(days=1)
    return a0 - one <= b1 and b0 - one <= a1


# A later indefinite mention dated more than this many days before an undated act is another occurrence.
NEW_OCCURRENCE_DAYS = 2


def _another_dated_before(a: Draft, b: Draft) -> bool:
    """"Warplanes downed dozens of drones [undated: now] ... the operation was punishment for an airstrike on
    April 1": a mention brought in with an indefinite noun and a date of its own days before the report's
    undated act introduces another occurrence; "the strike on April 1" may still be the same one."""
    first, later = (a, b) if a.event.evidence.start <= b.event.evidence.start else (b, a)
    if not later.nominal or later.definite or later.event.date_basis != "sentence" \
            or first.event.date_basis not in ("published", "narrative"):
        return False
    now, told = _day(first.event.date.earliest), _day(later.event.date.latest)
    return bool(now and told and told < now - timedelta(days=NEW_OCCURRENCE_DAYS))


def _elsewhere(a: Event, b: Event) -> bool:
    """Two mentions of an act a place can hold told in two different towns ("protests spread to Khartoum",
    "demonstrations were also reported in Batumi"): two occurrences, however alike their parties."""
    if a.type not in knowledge_words("located_types"):
        return False
    pa, pb = a.place, b.place
    if pa is None or pb is None or (pa.feature or None) in COARSE_FEATURES or (pb.feature or None) in COARSE_FEATURES:
        return False
    if pa.geonameid and pb.geonameid:
        return pa.geonameid != pb.geonameid
    return _norm(pa.name) != _norm(pb.name)


def compatible(a: Draft, b: Draft) -> bool:
    """Could two mentions describe one occurrence?"""
    ea, eb = a.event, b.event
    if ea.type != eb.type or ea.negated != eb.negated or ea.hypothetical != eb.hypothetical:
        return False
    if ea.type.lower() in knowledge_words("mode_distinct_types") and ea.mode and eb.mode and ea.mode != eb.mode \
            and not _lemmas(a) & _lemmas(b):
        return False  # police who dispersed a crowd and detained 5,000 did two things, not one
    same_actor, same_recipient = _same_party(a.actor, b.actor), _same_party(a.recipient, b.recipient)
    if same_actor is False or same_recipient is False:
        # symmetric acts may be told either way round
        # (one trigger read both ways, "accused each other", is one act of any type)
        if (ea.type not in knowledge_words("mutual_types") and a.trigger_i != b.trigger_i) or not (
                _same_party(a.actor, b.recipient) and _same_party(a.recipient, b.actor)):
            return False
    if not _dates_overlap(ea, eb) or _another_dated_before(a, b) or _elsewhere(ea, eb):
        return False
    if same_actor or same_recipient:
        return True
    if _bare(a) or _bare(b):
        # "The strikes, which ..." with no party of its own is a repeat of the same kind of act nearby
        bare = a if _bare(a) else b
        return bare.definite or abs(a.sent_index - b.sent_index) <= 2
    near = abs(a.sent_index - b.sent_index) <= 1
    shared = bool(_lemmas(a) & _lemmas(b)) or bool(ea.mode and ea.mode == eb.mode)
    # "the strike" refers back to a strike already told; otherwise only neighbouring sentences merge
    return shared and (b.definite or a.definite or near)


def _bare(d: Draft) -> bool:
    """A mention naming neither party."""
    return d.actor is None and d.recipient is None


def _lemmas(d: Draft) -> frozenset:
    return d.lemmas | {d.lemma}


def _width(e: Event) -> int:
    a, b = _day(e.date.earliest), _day(e.date.latest)
    return (b - a).days if a and b else 10 ** 6


def _score(d: Draft) -> tuple:
    e = d.event
    basis = {"sentence": 2, "paragraph": 1}.get(e.date_basis or "", 0)
    return (basis + (d.actor is not None) + (d.recipient is not None), -d.sent_index)


def merge(drafts: list[Draft]) -> list[list[Draft]]:
    """Group compatible mentions (text order; each joins the first group it fits every member of)."""
    groups: list[list[Draft]] = []
    for d in drafts:
        for g in groups:
            if all(compatible(x, d) for x in g):
                g.append(d)
                break
        else:
            groups.append([d])
    return groups


def combine(group: list[Draft]) -> Draft:
    """One event from a group of mentions: the best-informed mention leads, the others fill gaps."""
    lead = max(group, key=_score)
    e = lead.event
    actor = lead.actor or next((d.actor for d in group if d.actor), None)
    recipient = lead.recipient or next((d.recipient for d in group if d.recipient), None)
    e.actor = actor.party if actor else None
    e.recipient = recipient.party if recipient else None
    cue_modes = [d.event.mode for d in group if d.mode_from_cue and d.event.mode]
    e.mode = cue_modes[0] if cue_modes else (e.mode or next((d.event.mode for d in group if d.event.mode), None))
    dated = [d for d in group if d.event.date_basis == "sentence"] or \
            [d for d in group if d.event.date_basis == "paragraph"]
    if dated and e.date_basis not in ("sentence",):
        best = min(dated, key=lambda d: _width(d.event)).event
        e.date, e.date_basis = EventDate(best.date.earliest, best.date.latest), best.date_basis
    # a party-less repeat ("the strikes have made ...", said a broker in Rotterdam) may be told
    # somewhere else: its place is used only when no mention naming a party has one
    placed = [d for d in group if d.event.place is not None]
    named = [d for d in placed if not _bare(d)]
    places = [d.event.place for d in (named or placed)]
    fine = [p for p in places if (p.feature or None) not in COARSE_FEATURES]
    if fine and (e.place is None or (e.place.feature or None) in COARSE_FEATURES):
        e.place = fine[0]
    elif e.place is None and places:
        e.place = places[0]
    for flag in ("attempted", "failed", "background"):
        setattr(e, flag, any(getattr(d.event, flag) for d in group))
    seen = {(e.evidence.start, e.evidence.end)}
    for d in sorted(group, key=lambda x: x.event.evidence.start):
        ev = d.event.evidence
        if (ev.start, ev.end) not in seen:
            seen.add((ev.start, ev.end))
            e.more_evidence.append(ev)
    e.confidence = min(0.99, max(d.event.confidence for d in group) + 0.05 * (len(group) - 1))
    return Draft(e, actor, recipient, lead.sent_index, lead.definite, lead.lemma, lead.mode_from_cue,
                 frozenset().union(*(_lemmas(d) for d in group)), all(d.nominal for d in group), lead.trigger_i)
