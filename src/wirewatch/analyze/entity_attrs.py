"""From clusters to ``Entity`` records: type, country, sector, code, name, aliases, salience.

Evidence is ranked: the dictionary entry of the entity's fullest name, then what the text
says right at a mention (a nationality adjective, "Iran's", a descriptor noun), then what it
says nearby (an apposition, the organisation a person heads), then spaCy's label votes.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Optional

from wirewatch.analyze.actors import normalize
from wirewatch.analyze.entity_cluster import Cluster, _best
from wirewatch.analyze.entity_lexicon import EntityLexicon
from wirewatch.analyze.entity_spans import P_DICT_FULL, P_NEAR, P_WEAK, Cand, split_words
from wirewatch.analyze.gazetteer import fold, world_regions
from wirewatch.record import Entity, Mention

_TYPES = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT")


class Attributes:
    """Decide the attributes of each cluster; countries may come from other clusters."""

    def __init__(self, doc, text: str, lex: EntityLexicon, actors, clusters: list[Cluster],
                 cluster_of: dict[int, Cluster], on: Optional[str] = None, geo=None):
        self.doc, self.text, self.lex, self.actors = doc, text, lex, actors
        self.clusters, self.cluster_of, self.on = clusters, cluster_of, on
        self.actor: dict[int, object] = {}  # id(cluster) -> dictionary actor
        self.actor_full: dict[int, bool] = {}  # matched the cluster's fullest form
        self.type: dict[int, str] = {}
        self.country: dict[int, Optional[str]] = {}
        self.geo = geo
        self.national: dict[int, str] = {}  # id(cluster) -> country owning an international body's name

    def forms(self, cl: Cluster) -> list[str]:
        """Distinct surface forms (determiner trimmed), in order of first mention."""
        seen, out = set(), []
        for c in sorted(cl.cands, key=lambda c: c.s):
            t = self.doc[c.s:c.e].text
            if t not in seen:
                seen.add(t)
                out.append(t)
        return out

    def resolve(self) -> None:
        """Fill type and country for every cluster (two rounds so references can settle)."""
        for cl in self.clusters:
            self._dictionary(cl)
            self.type[id(cl)] = self._type(cl)
        for _ in range(2):
            for cl in self.clusters:
                self.country[id(cl)] = self._country(cl)
        self.apply_story_country()

    # -- dictionary ---------------------------------------------------------------------------
    def _dictionary(self, cl: Cluster) -> None:
        if self.actors is None or cl.family == "agent":
            return
        if cl.family == "norp":
            # a nationality word is read as its country elsewhere; a people the dictionary names ("Kurds",
            # "Greek Cypriots") brings its entry: where it lives, or no country, and the ethnic sector
            for form in self.forms(cl):
                actor = self._lookup(form)
                if actor is not None and actor.type == "NORP":
                    self.actor[id(cl)] = actor
                    self.actor_full[id(cl)] = True
                    return
            return
        gaz = [c.actor for c in cl.cands if c.actor is not None and not self._national_igo(cl, c.actor)]
        forms = sorted(self.forms(cl), key=lambda f: -len(split_words(f)))
        longest = len(split_words(forms[0])) if forms else 0
        for form in forms:
            actor = self._lookup(form)
            if actor is None or not self._compatible(cl, actor, form):
                continue
            self.actor[id(cl)] = actor
            self.actor_full[id(cl)] = len(split_words(form)) == longest
            return
        if gaz:
            self.actor[id(cl)] = gaz[0]
            self.actor_full[id(cl)] = True
        elif cl.country_key:
            try:
                own = self.actors.country(cl.country_key)
            except Exception:
                own = None
            if own is not None:
                self.actor[id(cl)] = own
                self.actor_full[id(cl)] = True

    def _lookup(self, text: str):
        try:
            return self.actors.lookup(text, on=self.on)
        except TypeError:
            return self.actors.lookup(text)
        except Exception:
            return None

    def _compatible(self, cl: Cluster, actor, form: str = "") -> bool:
        if cl.family == "person":
            return actor.type == "PERSON"
        if self._national_igo(cl, actor):
            return False
        labels = set(cl.labels)
        if actor.type == "PERSON":
            # "senior party leader Asad Umar" tagged an organisation: a full personal name the dictionary
            # holds is that person
            return "PERSON" in labels or (len(split_words(form)) >= 2 and labels <= {"ORG", "PERSON"}
                                          and normalize(form) in {normalize(n) for n in (actor.name, *actor.aliases)})
        return True

    def _national_igo(self, cl: Cluster, actor) -> bool:
        """A stateless international body's name used for a country's own ("Armenia's Security Council",
        "the Russian Security Council"): not that international body, but a body of that country's state."""
        if actor.country or (actor.sector or "").upper() != "IGO" or not any(
                normalize(f) in self.lex.shared_body_names for f in self.forms(cl)):
            return False  # ("Sweden's NATO bid" is still NATO)
        owner = self._owner_country(cl)
        if owner:
            self.national[id(cl)] = owner
        return owner is not None

    def _owner_country(self, cl: Cluster) -> Optional[str]:
        """The one country every mention belongs to ("Armenia's ...", "the Russian ..."), if any."""
        def owner(c) -> Optional[str]:
            before = self.doc[c.s - 1] if c.s >= 1 else None
            if before is not None and before.tag_ == "POS" and c.s >= 2:
                word = self.doc[c.s - 2]
                known = self._lookup(word.text) if word.pos_ == "PROPN" else None
                return known.country if known is not None and known.type == "GPE" else None
            return next((self.actors.country_of_adjective(t.text) for t in (before, self.doc[c.s])
                         if t is not None and t.pos_ == "ADJ" and self.actors.country_of_adjective(t.text)), None)
        owners = {owner(c) for c in cl.cands}
        return owners.pop() if len(owners) == 1 and None not in owners else None

    # -- type ---------------------------------------------------------------------------------
    def _type(self, cl: Cluster) -> str:
        if cl.family == "norp":
            return "NORP"
        if cl.family == "agent":
            return cl.cands[0].label
        # (a person's cluster takes descriptions of its full names only: a bare surname is easily misread as
        # what is near it, "the southern city Duterte ran as mayor")
        described = _best([t for c in cl.cands for t in c.types if cl.family != "person" or len(c.key) >= 2])
        actor = self.actor.get(id(cl))
        if actor is not None and actor.type in _TYPES:
            # a dictionary person must still be a person in the text: "the outlet Rudaw" wins
            if not (described and described != actor.type and actor.type == "PERSON"):
                return actor.type
        if described:
            return described
        if cl.family == "person":
            return "PERSON"
        votes = Counter(l for l in cl.labels if l != "NORP") or Counter(cl.labels)
        if not votes:
            return "ORG"
        top = max(votes.values())
        # ties go to the label of the earliest mention
        for c in sorted(cl.cands, key=lambda c: c.s):
            if votes.get(c.label) == top:
                return c.label
        return "ORG"

    # -- country ------------------------------------------------------------------------------
    def _country(self, cl: Cluster) -> Optional[str]:
        evidence: list[tuple[int, str]] = []
        actor = self.actor.get(id(cl))
        if actor is not None and actor.country:
            evidence.append((P_DICT_FULL if self.actor_full.get(id(cl)) else P_NEAR, actor.country))
        if cl.country_key:
            evidence.append((P_DICT_FULL + 1, cl.country_key))
        if id(cl) in self.national:
            evidence.append((P_DICT_FULL, self.national[id(cl)]))
        elif actor is not None and not actor.country and (actor.sector or "").upper() == "IGO":
            return None  # an international body is no member's: "Sweden's NATO bid" is still NATO's
        for c in cl.cands:
            evidence.extend(c.countries)
            for prio, ref in c.refs:
                other = self.cluster_of.get(id(ref))
                if other is not None and other is not cl and self.country.get(id(other)):
                    evidence.append((prio, self.country[id(other)]))
        # a nationality word is its country whatever spaCy labelled it ("Ukrainian" tagged GPE)
        if not evidence and (cl.family == "norp" or self.type.get(id(cl)) in ("GPE", "LOC", "NORP")):
            iso = self._adjective(cl)
            if iso:
                evidence.append((P_DICT_FULL, iso))
        if not evidence and self.type.get(id(cl)) in ("GPE", "LOC", "FAC") and self.geo is not None:
            iso = self.geo(self.forms(cl))
            if iso:
                evidence.append((P_WEAK, iso))
        return _best(evidence)

    def story_country(self) -> Optional[str]:
        """The country the story is set in: clearly the most mentioned by places and adjectives."""
        counts: Counter = Counter()
        for cl in self.clusters:
            iso = self.country.get(id(cl))
            if iso and self.type.get(id(cl)) in ("GPE", "LOC", "NORP", "FAC") \
                    and not any(c.src == "ship" for c in cl.cands):  # a navy's ship sails far from home
                counts[iso] += len(cl.cands)
        ranked = counts.most_common(2)
        if not ranked or ranked[0][1] < 3:
            return None
        if len(ranked) > 1 and ranked[0][1] < 1.5 * ranked[1][1]:
            return None
        return ranked[0][0]

    def dateline_country(self) -> Optional[str]:
        """The country of a dateline place ("NIAMEY — Thousands ..."): where the reporter filed from."""
        for cl in self.clusters:
            if self.type.get(id(cl)) not in ("GPE", "LOC"):
                continue
            for c in cl.cands:
                a, b = c.chars(self.doc)
                line_start = self.text.rfind("\n", 0, a) + 1
                word = self.text[a:b]
                if self.text[line_start:a].strip() or not word.isupper() or len(word) < 3:
                    continue
                if re.match(r"\s*(?:,[^\n]{0,30}?)?\s*[—–-]", self.text[b:b + 40]):
                    return self.country.get(id(cl))
        return None

    def apply_story_country(self) -> None:
        """Unknown people, places and organisations with no evidence at all: the story's country.

        Named locals quoted in a report are overwhelmingly from where it is set; anything the
        dictionary knows, or that has any evidence of its own, is left alone.
        """
        iso = self.story_country() or self.dateline_country()
        if not iso:
            return
        for cl in self.clusters:
            if self.country.get(id(cl)) or id(cl) in self.actor or cl.family in ("norp", "agent"):
                continue
            if self._international(cl):
                continue  # "African Union Commission chairman X": an international official, no local
            if any(fold(f) in world_regions() for f in self.forms(cl)):
                continue  # "West Africa", "the Middle East": a region of several states, no one country's
            if self.type.get(id(cl)) in ("PERSON", "ORG", "GPE", "LOC", "FAC"):
                self.country[id(cl)] = iso

    def _international(self, cl: Cluster) -> bool:
        """Is the name described as part of an international body (a ref to an IGO the dictionary knows)?"""
        for c in cl.cands:
            for _prio, ref in c.refs:
                other = self.cluster_of.get(id(ref))
                actor = self.actor.get(id(other)) if other is not None else None
                if actor is not None and (actor.sector == "IGO" or (actor.code or "").startswith("IGO")):
                    return True
        return False

    def _adjective(self, cl: Cluster) -> Optional[str]:
        for form in self.forms(cl):
            try:
                iso = self.actors.country_of_adjective(form) if self.actors is not None else None
            except Exception:
                iso = None
            if iso:
                return iso
        return None

    # -- the record ---------------------------------------------------------------------------
    def entity(self, cl: Cluster, eid: str) -> Entity:
        """The Entity of one cluster (salience filled in later)."""
        actor = self.actor.get(id(cl))
        etype = self.type[id(cl)]
        country = self.country.get(id(cl))
        sector = self._sector(cl, actor, etype)
        code = self._code(actor, country, sector, etype)
        name = self._name(cl, actor, etype)
        mentions = sorted({(a, b) for a, b in (c.chars(self.doc) for c in cl.cands)})
        forms = []
        for f in self.forms(cl):
            f = f.strip()
            if f != name and f not in forms:
                forms.append(f)
        role = self._role(cl, actor, etype)
        return Entity(id=eid, name=name, type=etype, country=country, sector=sector, code=code,
                      mentions=[Mention(a, b, self.text[a:b]) for a, b in mentions],
                      aliases=forms, role=role)

    def _role(self, cl: Cluster, actor, etype: str) -> Optional[str]:
        """The dictionary's role for a person, else the first title written before a mention."""
        if etype != "PERSON":
            return None
        if actor is not None and getattr(actor, "role", None):
            return actor.role
        titles = [c.title for c in sorted(cl.cands, key=lambda c: c.s) if c.title]
        return next((t for t in titles if t[:1].isupper()), titles[0] if titles else None)

    def _sector(self, cl: Cluster, actor, etype: str) -> Optional[str]:
        if id(cl) in self.national:
            return "GOV"  # a state's own body bearing an international body's name
        if actor is not None and actor.sector and not (etype != actor.type and actor.type == "PERSON"):
            return self.lex.sector(actor.sector)
        evidence = [s for c in cl.cands for s in c.sectors]
        if etype == "PERSON" and not evidence:
            for c in cl.cands:
                for prio, ref in c.sector_refs:  # "Houthi military spokesman X": the group's sector
                    other = self.cluster_of.get(id(ref))
                    actor_other = self.actor.get(id(other)) if other is not None else None
                    sec = getattr(actor_other, "sector", None) or _best(
                        [x for o in (other.cands if other else []) for x in o.sectors])
                    if sec:
                        evidence.append((prio, sec))
        best = _best(evidence)
        return self.lex.sector(best) if best else None

    def _code(self, actor, country: Optional[str], sector: Optional[str], etype: str) -> Optional[str]:
        if actor is not None and actor.code and (actor.country or None) == country:
            code = actor.code
            if sector and actor.sector and self.lex.sector(actor.sector) != actor.sector:
                code = code.replace(actor.sector, sector)  # MED -> JRN in the code as well
            return code
        if etype == "NORP" and not sector:
            return country
        if country and sector:
            return country + sector
        if etype == "GPE" and country:
            return country
        if not country and sector == "IGO":
            return "IGO"  # an official of an international body the text names ("AU Commission chairman X")
        return None

    def _name(self, cl: Cluster, actor, etype: str) -> str:
        forms = self.forms(cl)
        if actor is not None and cl.family != "norp":
            keys = {tuple(split_words(f)) for f in forms} | cl.keys
            names = [actor.name, *getattr(actor, "aliases", ())]
            if actor.type == "GPE" and actor.country and cl.country_key == actor.country:
                return actor.name  # "U.S.", "America" -> the country's own name
            if tuple(split_words(actor.name)) in keys:
                return actor.name
            if any(_variant_of(f, actor.name) for f in forms if f in names):
                return actor.name  # a listed variant spelling ("Ukrainian International Airlines")
            del names
        if cl.family == "person":
            # the fullest name without its title
            best = max((c for c in cl.cands), key=lambda c: (len(c.key), -c.s))
            return _title_case_from(self.doc[best.s:best.e].text, best.key) or self.doc[best.s:best.e].text
        ship = next((c for c in sorted(cl.cands, key=lambda c: c.s) if c.src == "ship"), None)
        if ship is not None:
            return self.doc[ship.s:ship.e].text  # "USS Carney": the prefix is part of a ship's name
        words = [f for f in forms if not re.fullmatch(r"[A-Z.&]{2,}", f)] or forms
        adjective_free = set()
        for f in words:
            parts = f.split(" ", 1)
            if len(parts) == 2 and parts[1] in words:
                adjective_free.add(f)  # "Iranian Supreme National Security Council" -> the plain one
        words = [f for f in words if f not in adjective_free] or words
        return max(words, key=lambda f: (len(f.split()), -forms.index(f)))


def _variant_of(form: str, canonical: str) -> bool:
    """A multi-word alias that shares most of its words with the canonical name.

    Some dictionaries lump distinct bodies under one entry (Basij under the Revolutionary Guards);
    only a close variant of the canonical name is renamed to it.
    """
    a = {w.lower() for w in split_words(form) if len(w) > 2}
    b = {w.lower() for w in split_words(canonical) if len(w) > 2}
    return len(a) >= 2 and len(a & b) * 2 >= max(len(a), len(b))


def _title_case_from(text: str, key: tuple[str, ...]) -> Optional[str]:
    """The part of ``text`` that spells ``key`` (drops a leading title such as "Martyr")."""
    words = text.split()
    for i in range(len(words)):
        if tuple(split_words(" ".join(words[i:]))) == key:
            return " ".join(words[i:])
    return None


def salience(entities: list[Entity], text_len: int, headline: str) -> None:
    """Rank by mention count, earliness and presence in the headline; the top entity gets 1.0."""
    if not entities:
        return
    head = " ".join(split_words(headline)) if headline else ""
    max_n = max(len(e.mentions) for e in entities) or 1
    raw = []
    for e in entities:
        n = len(e.mentions)
        first = min(m.start for m in e.mentions) / max(text_len, 1)
        in_head = bool(head) and any(
            re.search(r"\b" + re.escape(" ".join(split_words(x))) + r"\b", head)
            for x in {e.name, *e.aliases} if split_words(x))
        score = 0.55 * n / max_n + 0.25 * (1.0 - first) + 0.2 * in_head
        if e.type == "NORP":
            score *= 0.5  # an adjective is rarely what the story is about
        raw.append(score)
    top = max(raw) or 1.0
    for e, r in zip(entities, raw):
        e.salience = round(r / top, 3)
