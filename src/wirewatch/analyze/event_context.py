"""When and where: an event's date from the resolved date expressions, its place from the record's places."""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from wirewatch.analyze.entity_lexicon import load_lexicon
from wirewatch.analyze.event_lexicon import Lexicon
from wirewatch.analyze.event_parties import knowledge_words
from wirewatch.analyze.gazetteer import WORLD_REGION
from wirewatch.record import EventDate, Place, Record

# Place features finer than a country or region: preferred when a sentence names several places.
FINE_FEATURES = {"airport", "facility", "building", "base", "border", "port", "city", "town", "village",
                 "district", "neighborhood", "street", "site", "camp", "landmark", "fac"}
LOCATIVE_PREPS = {"in", "at", "near", "on", "outside", "inside", "across", "along", "around", "over", "within",
                  "throughout", "through", "into", "from", "off"}
RELATIVE_PREPS = {"after", "before", "since", "following", "until", "aftermath"}


def _day(s: Optional[str]) -> Optional[date]:
    try:
        return date.fromisoformat(s[:10]) if s else None
    except ValueError:
        return None


def _party_noun(tok, agents) -> bool:
    """A noun that names a body or an office holder ("service" of "intelligence service", "diplomat", "army"),
    by the actor dictionary's agent nouns (``agents``); a few place-like ones ("capital") stay places."""
    lemma = tok.lemma_.lower()
    if agents is None or lemma in knowledge_words("possessed_place_nouns"):
        return False
    words = [c.lower_ for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i] + [tok.lower_]
    phrase = " ".join(words[-2:])
    sector = agents.agent_sector(phrase) or agents.agent_sector(tok.lower_) or agents.agent_sector(lemma)
    return sector is not None and sector.lower() in knowledge_words("party_noun_sectors")


def _things_date(root) -> bool:
    """The date modifies a noun before it ("the 2015 nuclear deal", "last year's election"): it dates that
    thing, not an act."""
    return root.dep_ in ("compound", "nummod", "amod", "nmod", "poss") and root.head.pos_ in ("NOUN", "PROPN") \
        and root.head.i > root.i


def _reported_further(dclause, trigger) -> bool:
    """The clause is told by a clause below the trigger, not by the trigger itself: "said X, recalling that Y
    happened in 2013" (Y is recalled, its date is not the saying's)."""
    t = dclause
    for _ in range(12):
        if t.i == trigger.i or t.head.i == t.i:
            return False
        if t.dep_ == "ccomp" and t.head.i != trigger.i:
            return True
        t = t.head
    return False


def _clause_head(tok):
    """The nearest verb at or above a token (the clause it belongs to)."""
    t = tok
    for _ in range(12):
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            return t
        t = t.head
    return t


def _told_in_passing(root) -> bool:
    """A date hanging under "since/after/before ..." dates an earlier act referred to, not its sentence."""
    t = root
    for _ in range(6):
        if t.head.i == t.i:
            return False
        if t.dep_ == "prep" and t.lower_ in RELATIVE_PREPS:
            return True
        if t.pos_ in ("VERB", "AUX"):
            return False
        t = t.head
    return False


def _present(verb) -> bool:
    """A clause in the present tense ("want", "are demanding"), not the perfect ("has attacked")."""
    if verb.tag_ in ("VBP", "VBZ") and verb.lemma_.lower() not in ("have", "be"):
        return True
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("is", "are", "am", "'re", "'s")
                                      for c in verb.children)


def _past(verb) -> bool:
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def _ancestors(tok) -> list:
    out, t = [], tok
    while t.head.i != t.i:
        t = t.head
        out.append(t)
    return out


class EventContext:
    """Date and place lookups for the triggers of one record."""

    def __init__(self, record: Record, lex: Lexicon, actors=None):
        self.record, self.lex, self.doc = record, lex, record.doc
        self.actors = actors  # the run's actor dictionary (agent nouns), as the party resolver has it
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
        self.dateline: Optional[tuple[int, Place]] = None  # (offset, place) of the lede's dateline
        self.home = self._home_country(record.article.text)
        # the time frame the report is telling: the date of the latest news act dated in its own sentence;
        # an undated sentence further on continues that narrative (set by the coder as it reads)
        self.narrative: Optional[EventDate] = None

    def _home_country(self, text: str) -> Optional[str]:
        """The country the report is set in: the one its places (beyond the dateline) clearly point to most
        (at least three mentions, half again as many as the next), else its dateline's ("NIAMEY — ...")."""
        counts: dict[str, int] = {}
        for s, e, p in self.places:
            if not p.country:
                continue
            line_start = text.rfind("\n", 0, s) + 1
            word = text[s:e]
            if self.dateline is None and not text[line_start:s].strip() and word.isupper() and len(word) >= 3 \
                    and re.match(r"\s*(?:/[^\n]{0,30}?|,[^\n]{0,30}?)?\s*[\u2014\u2013-]", text[e:e + 40]):
                self.dateline = (s, p)  # the first place of a dateline ("WASHINGTON/SANAA —": where it was filed)
                continue
            counts[p.country] = counts.get(p.country, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] >= 1.5 * ranked[1][1]):
            return ranked[0][0]  # the country the story's places clearly point to ...
        return self.dateline[1].country if self.dateline is not None else None  # ... else where it was filed

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
        sub = {t.i for t in trigger.subtree}
        for start, end, root, d in in_sent:
            dclause = _clause_head(root)
            if self._dates_reference(root, dclause, trigger):
                continue  # "the largest since the blast on Tuesday": the date of the act referred to
            if _things_date(root) and root.head.i != trigger.i:
                continue  # "violated the 1972 agreement", "left the 2015 nuclear deal": the thing's date
            if dclause.i != clause.i and _present(clause) and _past(dclause):
                continue  # "X announced on June 15 ..., but protesters want ...": now, not June 15
            if root.i in sub and dclause.i != clause.i and _reported_further(dclause, trigger):
                continue  # "said the outrage was shocking, recalling that a plane was forced down in 2013"
            if root.i in sub and dclause.i != clause.i and dclause.dep_ == "relcl" and dclause.head.i != trigger.i:
                continue  # "accused Prague of pleasing the United States, which imposed sanctions last week"
            if root.i in sub or dclause.i == clause.i or (clause.dep_ == "relcl" and start <= clause.head.idx < end and any(
                    c.lower_ in ("when", "as") and c.dep_ in ("advmod", "mark") for c in clause.children)):
                # ("on October 7, when Hamas gunmen stormed ...": the day the "when" clause describes)
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
        pub = _day(self.pub_latest)
        # a date after publication in another sentence ("she would govern until July 2026") is a plan
        # told there, never the time frame of an act told here
        para = [x for x in self.dates if ps <= x[0] < pe and not (sent.start_char <= x[0] < sent.end_char)
                and not (pub and _day(x[3].earliest or x[3].latest) and _day(x[3].earliest or x[3].latest) > pub)]
        # (nor a date told of an earlier act in passing: "the largest since the blast on Tuesday")
        # (nor a thing's date: "sanctioned for trying to influence last year's election", "the 2015 deal")
        before = [x for x in para if x[0] < sent.start_char and not _told_in_passing(x[2]) and not _things_date(x[2])]
        # only a date told before the sentence sets its time frame; a later sentence's date belongs to
        # that sentence's own act ("... killing hundreds. In a conversation leaked last year, ...")
        pick = before[-1] if before else None
        if pick is not None:
            d = pick[3]
            return EventDate(d.earliest or d.latest, d.latest or d.earliest), "paragraph"
        if self.narrative is not None:
            return EventDate(self.narrative.earliest, self.narrative.latest), "narrative"
        return EventDate(self.pub_earliest, self.pub_latest), "published"

    def advance_narrative(self, when: EventDate, basis: str) -> bool:
        """A news act dated in its own sentence (not recalled history, not after publication) sets the
        time frame of the sentences that follow it. A report tells the news first and goes back in time
        for context, so an earlier date ("since the blast on Tuesday") never moves the frame back."""
        lo, hi, pub = _day(when.earliest), _day(when.latest), _day(self.pub_latest)
        if basis != "sentence" or not (lo and hi and pub) or hi > pub or (hi - lo).days > 2 \
                or self.is_background(when, basis):
            return False
        if self.narrative is not None and hi < (_day(self.narrative.latest) or hi):
            return False
        self.narrative = EventDate(when.earliest, when.latest)
        return True

    def reported(self, when: EventDate) -> EventDate:
        """A reported (past) act happened by publication: "until this week" ends on the publication day."""
        lo, hi, pub = _day(when.earliest), _day(when.latest), _day(self.pub_latest)
        if lo and hi and pub and lo <= pub < hi:
            return EventDate(when.earliest, self.pub_latest)
        return when

    @staticmethod
    def _dates_reference(root, dclause, trigger) -> bool:
        """The date hangs on an event noun after "since/after/before ..." (below its clause's verb) that
        the trigger is not part of: it dates that earlier act, not the trigger's."""
        t = root
        for _ in range(8):
            if t.i in (dclause.i, trigger.i) or t.head.i == t.i:
                return False
            if t.lower_ in RELATIVE_PREPS and t.dep_ == "prep" and t.head.i != dclause.i:
                return trigger.i not in {x.i for x in t.subtree}
            t = t.head
        return False

    def is_background(self, when: EventDate, basis: str) -> bool:
        """Dated well before publication (recalled history, not news)."""
        if basis in ("published", "narrative"):
            return False
        latest, pub = _day(when.latest), _day(self.pub_earliest)
        return bool(latest and pub and latest < pub - timedelta(days=self.lex.background_days))

    # --- places ----------------------------------------------------------------------------
    def _locative(self, start: int, speech: bool = False) -> bool:
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
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in \
                load_lexicon().place_class_nouns:
            t = t.head.head  # "in the Kenyan city of Kisumu": located as its "city" is
        if t.dep_ == "poss" and t.head.ent_type_ in ("ORG", "PERSON", "NORP") and t.head.ent_iob_ != "O":
            return False  # "Iran's Revolutionary Guards", "Russia's Vladimir Putin": a party, not a place
        if t.dep_ == "poss":
            # "Baghdad's airport" is where; "Russia's invasion" names who acted; so does "Iran's Revolutionary
            # Guards seized ..."; and what one says of "Russia's intelligence service" is not said in Russia
            # (a strike on "Ukraine's army" still happens there)
            owned = t.head
            doer = owned.dep_ == "nsubj" or (owned.dep_ == "pobj" and owned.head.dep_ == "agent")
            return owned.lemma_.lower() not in self.lex.nouns and not ((speech or doer) and _party_noun(owned, self.actors))
        if t.dep_ in ("npadvmod",):
            # "Tehran-backed rebels", "a Paris-based group": a modifier of a party, not where the act was
            return not (t.i + 1 < len(self.doc) and self.doc[t.i + 1].text == "-" and t.head.i > t.i
                        and t.head.tag_ in ("VBN", "JJ"))
        if t.dep_ == "pobj":
            if t.head.lower_ in ("to", "into") and t.head.head.lemma_.lower() in knowledge_words("visit_words"):
                return True  # "a visit to Kyiv", "travelled to Mongolia": where the visit took place
            return t.head.lower_ in LOCATIVE_PREPS
        return False

    def place_for(self, trigger, sent, prefer: Optional[tuple[int, int]] = None,
                  actor_country: Optional[str] = None, speech: bool = False,
                  target: Optional[tuple[int, int]] = None, filed: bool = False,
                  at_home: bool = False) -> Optional[Place]:
        """The located place nearest the trigger (facility-level first), else the paragraph, else the actor's country.
        With ``at_home`` (a state's own forces coercing someone), the actor's country comes before a paragraph
        place in another country: "Belarusian officers took away Protasevich" in a story filed from Vilnius."""
        if prefer is not None:
            for s, e, p in self.places:
                if s < prefer[1] and prefer[0] < e:
                    return p
        subtree = {t.idx for t in trigger.subtree}
        clause = _clause_head(trigger)
        clause_tokens = {t.idx for t in clause.subtree}
        # a second act coordinated with this one has places of its own ("released the prisoners and flew them
        # to the United States": the release was not in the United States)
        other_act = {t.idx for c in trigger.children if c.dep_ == "conj" and c.pos_ == "VERB" for t in c.subtree}
        # a relative clause describing a party has places of its own ("took away Sofia Sapega, a student who
        # studies in Vilnius": the arrest was not in Vilnius)
        described = {t.idx for r in sent if r.dep_ == "relcl" and r.head.pos_ in ("NOUN", "PROPN")
                     and r.head.i != trigger.i and not r.left_edge.i <= trigger.i <= r.right_edge.i
                     for t in r.subtree}
        cands = []
        for s, e, p in self.places:
            if not (sent.start_char <= s < sent.end_char) or not self._locative(s, speech) or \
                    self._in_reporter(s, trigger) or s in described:
                continue
            tier = 2 if s in other_act else 0 if s in subtree else (1 if s in clause_tokens else 2)
            if tier == 0 and self._embedded(trigger, s):
                tier = 3  # "agreed to let the UN deliver aid from Turkey": where the agreed act happens
            if p.feature == WORLD_REGION:
                tier = 3  # "West Africa's regional bloc", "leaders across the Middle East": no one country's ground
            fine = 0 if (p.feature or "").lower() in FINE_FEATURES else 1
            cands.append((tier, fine, abs(s - trigger.idx), p))
        own = self._actor_place(actor_country)
        if self.dateline is not None and sent.start_char - 40 <= self.dateline[0] < sent.start_char + 5 \
                and not any(c[0] < 2 for c in cands):
            return self.dateline[1]  # a lede act placed nowhere in its own clause happened where it was filed
        if cands:
            best = min(cands, key=lambda x: x[:3])
            return own if best[0] == 3 and own is not None else best[3]
        if target is not None:  # "shelled Kharkiv", "sent aid to Gaza": a struck or aided place is where
            for s, e, p in self.places:
                if s < target[1] and target[0] < e:
                    return p
        ps, pe = self.paragraph_of(trigger.idx)
        para = [(abs(s - trigger.idx), p) for s, e, p in self.places if ps <= s < pe and self._locative(s)
                and not (sent.start_char <= s < sent.end_char)]
        if para:
            nearest = min(para, key=lambda x: x[0])[1]
            if at_home and own is not None and nearest.country and nearest.country != actor_country:
                return own
            return nearest
        if filed and self.dateline is not None:  # talks and statements placed nowhere: where the report was filed
            return self.dateline[1]
        if own is not None:  # a domestic act with no stated place happened in the actor's country
            return own
        # a story told in one place: the act with no place of its own happened where the narrative is
        before = sorted((s, p.name or "", p) for s, e, p in self.places if s < sent.start_char and self._locative(s))
        return before[-1][2] if before else None

    def _in_reporter(self, start: int, trigger) -> bool:
        """The place names where the reporter is ("officials in Washington said"), not where the act was."""
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None or not len(span):
            return False
        t = span[0]
        for _ in range(8):
            if t.head.i == t.i:
                return False
            if t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_.lower() in self.lex.reporting_verbs:
                return trigger.i not in {x.i for x in t.subtree}
            if t.dep_ == "prep" and t.lower_ in ("in", "at", "from") and t.head.i != trigger.i \
                    and t.head.lemma_.lower() in self.lex.reporting_verbs:
                return True  # "..., the ICRC said in Geneva": where it was said, not where it happened
            t = t.head
        return False

    def _actor_place(self, actor_country: Optional[str]) -> Optional[Place]:
        if actor_country:
            for s, e, p in self.places:
                if p.country == actor_country and (p.feature or "country") == "country":
                    return p
        return None

    def _embedded(self, trigger, start: int) -> bool:
        """The place hangs in a clause of its own under the trigger (the content of an agreement or demand)."""
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None or not len(span):
            return False
        t = span[0]
        for _ in range(12):
            if t.i == trigger.i or t.head.i == t.i:
                return False
            if t.dep_ in ("xcomp", "ccomp") and t.pos_ in ("VERB", "AUX") and t.head.i != t.i:
                return True
            t = t.head
        return False
