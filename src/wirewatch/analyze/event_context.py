"""When and where: an event's date from the resolved date expressions, its place from the record's places."""
from __future__ import annotations

from datetime import date, timedelta
from typing import Optional

from wirewatch.analyze.event_lexicon import Lexicon
from wirewatch.record import EventDate, Place, Record

# Place features finer than a country or region: preferred when a sentence names several places.
FINE_FEATURES = {"airport", "facility", "building", "base", "border", "port", "city", "town", "village",
                 "district", "neighborhood", "street", "site", "camp", "landmark", "fac"}
LOCATIVE_PREPS = {"in", "at", "near", "on", "outside", "inside", "across", "along", "around", "over", "within",
                  "throughout", "into", "from", "off"}
RELATIVE_PREPS = {"after", "before", "since", "following", "until", "aftermath"}


def _day(s: Optional[str]) -> Optional[date]:
    try:
        return date.fromisoformat(s[:10]) if s else None
    except ValueError:
        return None


def _clause_head(tok):
    """The nearest verb at or above a token (the clause it belongs to)."""
    t = tok
    for _ in range(12):
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            return t
        t = t.head
    return t


def _ancestors(tok) -> list:
    out, t = [], tok
    while t.head.i != t.i:
        t = t.head
        out.append(t)
    return out


class EventContext:
    """Date and place lookups for the triggers of one record."""

    def __init__(self, record: Record, lex: Lexicon):
        self.record, self.lex, self.doc = record, lex, record.doc
        pub = record.article.published
        self.pub_earliest = pub.earliest or pub.date
        self.pub_latest = pub.latest or pub.date
        self.dates = []  # (start, end, root token, DateExpr)
        for d in record.dates:
            if getattr(d, "source", None):  # caption dates: offsets into a caption, not the text
                continue
            if not (d.earliest or d.latest):
                continue
            span = self.doc.char_span(d.start, d.end, alignment_mode="expand")
            if span is not None and len(span):
                self.dates.append((d.start, d.end, span.root, d))
        self.places = []  # (start, end, Place)
        for p in record.places:
            for m in p.mentions:
                if m.source is None:
                    self.places.append((m.start, m.end, p))
        self.paragraphs = [(p.start, p.end) for p in record.article.paragraphs] or [(0, len(record.article.text))]

    def paragraph_of(self, pos: int) -> tuple[int, int]:
        """The paragraph span containing a character offset."""
        for s, e in self.paragraphs:
            if s <= pos < e:
                return s, e
        return self.paragraphs[-1] if self.paragraphs else (0, len(self.record.article.text))

    # --- dates -----------------------------------------------------------------------------
    def date_for(self, trigger, sent, paragraph: bool = True) -> tuple[EventDate, str]:
        """(date, basis): attached sentence dates first, then the paragraph, then the publication date."""
        in_sent = [x for x in self.dates if sent.start_char <= x[0] < sent.end_char]
        anc = _ancestors(trigger)
        clause = _clause_head(trigger)
        attached, free, report = [], [], []
        for start, end, root, d in in_sent:
            dclause = _clause_head(root)
            if root.i in {t.i for t in trigger.subtree} or dclause.i == clause.i:
                attached.append((start, d))
            elif dclause in anc:
                # a date of a verb above the trigger: the report's date, or "a year after <event>"
                path = [t.lower_ for t in _ancestors(trigger)[:anc.index(dclause) + 1]]
                if any(w in RELATIVE_PREPS for w in path) or root in anc:
                    continue
                if dclause.lemma_.lower() in self.lex.reporting_verbs:
                    report.append((start, d))
                else:
                    attached.append((start, d))
            elif root in anc:
                continue  # the trigger sits inside the date phrase ("a year after the strike")
            elif dclause.lemma_.lower() in self.lex.reporting_verbs:
                report.append((start, d))
            else:
                free.append((start, d))
        for tier in (attached, free, report):
            if tier:
                _, d = min(tier, key=lambda x: abs(x[0] - trigger.idx))
                return EventDate(d.earliest or d.latest, d.latest or d.earliest), "sentence"
        if not paragraph:  # a passing reference ("the Soleimani strike") is not dated by its neighbours
            return EventDate(self.pub_earliest, self.pub_latest), "published"
        ps, pe = self.paragraph_of(trigger.idx)
        para = [x for x in self.dates if ps <= x[0] < pe and not (sent.start_char <= x[0] < sent.end_char)]
        before = [x for x in para if x[0] < sent.start_char]
        # only a date told before the sentence sets its time frame; a later sentence's date belongs to
        # that sentence's own act ("... killing hundreds. In a conversation leaked last year, ...")
        pick = before[-1] if before else None
        if pick is not None:
            d = pick[3]
            return EventDate(d.earliest or d.latest, d.latest or d.earliest), "paragraph"
        return EventDate(self.pub_earliest, self.pub_latest), "published"

    def is_background(self, when: EventDate, basis: str) -> bool:
        """Dated well before publication (recalled history, not news)."""
        if basis == "published":
            return False
        latest, pub = _day(when.latest), _day(self.pub_earliest)
        return bool(latest and pub and latest < pub - timedelta(days=self.lex.background_days))

    # --- places ----------------------------------------------------------------------------
    def _locative(self, start: int) -> bool:
        """A place mention used as a location ("in Baghdad", "Baghdad's airport"), not as a party or goal."""
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None or not len(span):
            return True
        t = span[0]
        for _ in range(4):
            if t.dep_ in ("compound", "flat", "amod") or (t.dep_ == "punct" and t.head.i != t.i):
                t = t.head
                continue
            break
        if t.dep_ == "appos":
            t = t.head
        if t.dep_ == "poss" or t.dep_ in ("npadvmod",):
            return True
        if t.dep_ == "pobj":
            return t.head.lower_ in LOCATIVE_PREPS
        return False

    def place_for(self, trigger, sent, prefer: Optional[tuple[int, int]] = None,
                  actor_country: Optional[str] = None) -> Optional[Place]:
        """The located place nearest the trigger (facility-level first), else the paragraph, else the actor's country."""
        if prefer is not None:
            for s, e, p in self.places:
                if s < prefer[1] and prefer[0] < e:
                    return p
        subtree = {t.idx for t in trigger.subtree}
        clause = _clause_head(trigger)
        clause_tokens = {t.idx for t in clause.subtree}
        cands = []
        for s, e, p in self.places:
            if not (sent.start_char <= s < sent.end_char) or not self._locative(s):
                continue
            tier = 0 if s in subtree else (1 if s in clause_tokens else 2)
            fine = 0 if (p.feature or "").lower() in FINE_FEATURES else 1
            cands.append((tier, fine, abs(s - trigger.idx), p))
        if cands:
            return min(cands, key=lambda x: x[:3])[3]
        ps, pe = self.paragraph_of(trigger.idx)
        para = [(abs(s - trigger.idx), p) for s, e, p in self.places if ps <= s < pe and self._locative(s)]
        if para:
            return min(para, key=lambda x: x[0])[1]
        if actor_country:  # a domestic act with no stated place happened in the actor's country
            for s, e, p in self.places:
                if p.country == actor_country and (p.feature or "country") == "country":
                    return p
        return None
