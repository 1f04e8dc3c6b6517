"""Within-document coreference of candidate mentions: one cluster per real-world thing.

Rules, tried in order for each mention (text order): a parenthetical alias joins its name;
nationality adjectives group by country; a short person mention joins the full name it is
the surname or given name of; the same words join; a country name joins the country
(via the dictionary: "U.S." = "America"); an acronym joins the name it spells; a derived
form ("Basiji") joins its base; "the Council" joins the one earlier organisation it can mean.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

from wirewatch.analyze.entity_lexicon import EntityLexicon
from wirewatch.analyze.entity_spans import Cand, _acronym, acronym_matches
from wirewatch.analyze.entity_spans import split_words as _words
from wirewatch.analyze.spans import doc_text

PERSON_LIKE = ("PERSON", "GPE", "LOC", "ORG", "NORP", "")


@dataclass(eq=False, slots=True)
class Cluster:
    """The mentions of one entity, with the family that decides how they match."""
    family: str  # person | norp | agent | other
    cands: list[Cand] = field(default_factory=list)
    keys: set[tuple[str, ...]] = field(default_factory=set)
    country_key: Optional[str] = None  # ISO3 when the cluster is a country

    def add(self, c: Cand) -> None:
        self.cands.append(c)
        if c.key:
            self.keys.add(c.key)
        for k in c.alt_keys:
            self.keys.add(k)

    @property
    def first(self) -> int:
        return min(c.s for c in self.cands)

    def last_before(self, pos: int) -> int:
        return max((c.s for c in self.cands if c.s < pos), default=-1)

    @property
    def labels(self) -> list[str]:
        return [c.label for c in self.cands if c.label]


class Clusterer:
    """Assign every candidate to a cluster (or drop it when it cannot stand alone)."""

    def __init__(self, doc, lex: EntityLexicon, actors, text: Optional[str] = None):
        self.doc, self.lex, self.actors = doc, lex, actors
        self.text = text if text is not None else doc_text(doc)
        self.clusters: list[Cluster] = []
        self.by_key: dict[tuple[str, tuple[str, ...]], Cluster] = {}
        self.of: dict[int, Cluster] = {}  # id(cand) -> cluster
        self.anchors: list[tuple[tuple[str, ...], Cluster]] = []  # person full names (no particles)

    # -- public -------------------------------------------------------------------------------
    def run(self, cands: list[Cand]) -> list[Cluster]:
        """Clusters in order of first mention."""
        self._person_anchors(cands)
        for c in cands:
            if id(c) in self.of:
                continue
            cluster = self._match(c)
            if cluster is None:
                if c.src == "loose" or self._bare_generic(c):
                    continue
                cluster = self._new(self._family(c))
            self._join(cluster, c)
        self._adjectives_to_countries()
        self.clusters = [cl for cl in self.clusters if cl.cands]
        self.clusters.sort(key=lambda cl: cl.first)
        return self.clusters

    def _adjectives_to_countries(self) -> None:
        """"British", "Lebanese": a country's adjective is a mention of that country.

        Adjectives without a country of their own ("Kurdish", "Shiite") stay NORP entities;
        an adjective that modifies an agent noun was already made an agent entity.
        """
        for cl in list(self.clusters):
            if cl.family != "norp" or not cl.country_key or self.actors is None:
                continue
            try:
                own = self.actors.country(cl.country_key)
            except Exception:
                own = None
            if own is None:
                continue
            target = self.by_key.get(("country", (cl.country_key,)))
            if target is None or target is cl:
                cl.family = "other"  # only the adjective names the country: it becomes the country
                self.by_key[("country", (cl.country_key,))] = cl
                continue
            for c in cl.cands:
                target.add(c)
                self.of[id(c)] = target
            cl.cands = []

    def knows(self, key: tuple[str, ...], actor=None) -> bool:
        """Is a name (matching words) already one of the clusters: same words, surname, country?"""
        if ("name", key) in self.by_key:
            return True
        core = self._core(key)
        if any(_affix(core, k) for k, _ in self.anchors):
            return True
        if actor is not None and actor.type == "GPE" and actor.country:
            try:
                own = self.actors.country(actor.country)
            except Exception:
                own = None
            if own is not None and own.name == actor.name and ("country", (actor.country,)) in self.by_key:
                return True
        return False

    # -- helpers ------------------------------------------------------------------------------
    def _new(self, family: str) -> Cluster:
        cl = Cluster(family)
        self.clusters.append(cl)
        return cl

    def _join(self, cl: Cluster, c: Cand) -> None:
        cl.add(c)
        self.of[id(c)] = cl
        fam = "norp" if cl.family == "norp" else "name"
        for k in [c.key, *c.alt_keys]:
            if k:
                self.by_key.setdefault((fam, k), cl)
        iso = self._country_actor(c)
        if iso and cl.country_key is None and cl.family == "other":
            cl.country_key = iso
            self.by_key.setdefault(("country", (iso,)), cl)

    def _family(self, c: Cand) -> str:
        if c.src == "agent":
            return "agent"
        if c.label == "NORP":
            return "norp"
        return "other"

    def _core(self, key: tuple[str, ...]) -> tuple[str, ...]:
        """Name words without particles ("al", "bin", "abu"): what short mentions are matched on."""
        core = tuple(w for w in key if w not in self.lex.name_particles)
        return core or key

    def _person_anchors(self, cands: list[Cand]) -> None:
        """Full person names (two words or more) seed clusters; shorter full forms join longer."""
        full = [c for c in cands if c.label == "PERSON" and len(self._core(c.key)) >= 2
                and not self._not_a_person(c)]
        # longest first, so "Javad Zarif" can join "Mohammad Javad Zarif"
        for c in sorted(full, key=lambda c: (-len(self._core(c.key)), c.s)):
            core = self._core(c.key)
            target = self.by_key.get(("name", c.key))
            if target is None:
                hits = {id(cl): cl for k, cl in self.anchors if _affix(core, k)}
                target = next(iter(hits.values())) if len(hits) == 1 else None
            if target is None:
                target = self._new("person")
                self.anchors.append((core, target))
            self._join(target, c)

    def _not_a_person(self, c: Cand) -> bool:
        """The dictionary knows this name as something else ("Burkina Faso" tagged PERSON)."""
        actor = c.actor if c.actor is not None else self._lookup(self.doc[c.s:c.e].text)
        return actor is not None and actor.type != "PERSON"

    def _match(self, c: Cand) -> Optional[Cluster]:
        if c.alias_of is not None and id(c.alias_of) in self.of:
            return self.of[id(c.alias_of)]
        fam = self._family(c)
        if fam == "norp":
            iso = self._adjective_country(c)
            key = ("norp", (iso,) if iso else c.key)
            cl = self.by_key.get(key)
            if cl is None:
                cl = self._new("norp")
                cl.country_key = iso
                self.by_key[key] = cl
            return cl
        if fam == "agent":
            key = ("agent", (c.label, _best(c.countries) or "", _best(c.sectors) or "") + c.key[-1:])
            cl = self.by_key.get(key)
            if cl is None:
                cl = self._new("agent")
                self.by_key[key] = cl
            return cl
        return (self._person(c) or self._same_person_actor(c) or self.by_key.get(("name", c.key))
                or next((self.by_key[("name", k)] for k in c.alt_keys if ("name", k) in self.by_key), None)
                or self._country(c) or self._acronym(c) or self._derived(c) or self._head(c))

    def _person(self, c: Cand) -> Optional[Cluster]:
        """A surname or given name ("Soleimani", "Abu Mahdi") of exactly one full name."""
        if c.label not in PERSON_LIKE or not c.key or len(c.key) > 3 or not self.anchors:
            return None
        if c.label in ("GPE", "LOC") and self._country_actor(c):
            return None  # "Jordan" the country stays a country
        if self._modifier_of_group(c):
            return None  # "a Houthi radar site" is the movement's, not the man al-Houthi's
        core = self._core(c.key)
        hits = [cl for k, cl in self.anchors if len(core) < len(k) and _affix(core, k)]
        if not hits:
            return None
        if len(hits) == 1:
            return hits[0]
        before = [cl for cl in hits if cl.last_before(c.s) >= 0]
        if not before:
            return None

        def last_full(cl: Cluster) -> int:
            return max((x.s for x in cl.cands if x.s < c.s and len(self._core(x.key)) >= 2), default=-1)

        # a full name told in the same paragraph is what a reader takes the short form to mean ("Sara Duterte
        # quit the cabinet ... Duterte said"); further on, news names a relative in full each time and the
        # story's own person by surname: the one introduced first
        recent = max(before, key=last_full)
        if self._same_paragraph(last_full(recent), c.s):
            return recent
        return min(before, key=lambda cl: cl.first)

    def _modifier_of_group(self, c: Cand) -> bool:
        """A name used as a modifier ("Houthi officials", "Houthi-controlled") that the dictionary knows as
        a group, not a person: it names the group, however like a surname it looks."""
        last = self.doc[c.e - 1]
        modifier = (last.dep_ in ("compound", "amod", "nmod", "npadvmod") and last.head.i >= c.e) or \
            (c.e < len(self.doc) and self.doc[c.e].text in ("-", "\u2010", "\u2011"))
        if not modifier:
            return False
        actor = c.actor if c.actor is not None else self._lookup(self.doc[c.s:c.e].text)
        return actor is not None and actor.type not in ("PERSON", None)

    def _same_person_actor(self, c: Cand) -> Optional[Cluster]:
        """A dictionary name of a person found by the gazetteer ("the Supreme Leader") -> that person."""
        actor = c.actor
        if actor is None or actor.type != "PERSON":
            return None
        core = self._core(tuple(w for w in _words(actor.name)))
        hits = {id(cl): cl for k, cl in self.anchors if k == core or _affix(k, core) or _affix(core, k)}
        return next(iter(hits.values())) if len(hits) == 1 else None

    def _country(self, c: Cand) -> Optional[Cluster]:
        iso = self._country_actor(c)
        return self.by_key.get(("country", (iso,))) if iso else None

    def _country_actor(self, c: Cand) -> Optional[str]:
        """ISO3 when the dictionary says this mention names a country itself."""
        if c.src == "loose":
            return None
        # any label: the small model often calls a country a PERSON or ORG ("Niger")
        actor = c.actor if c.actor is not None else self._lookup(self.doc[c.s:c.e].text)
        if actor is None or actor.type != "GPE" or not actor.country:
            return None
        try:
            own = self.actors.country(actor.country)
        except Exception:
            own = None
        # a city is coded with its country too: only the country's own entry counts
        return actor.country if own is not None and own.name == actor.name else None

    def _lookup(self, text: str):
        if self.actors is None:
            return None
        try:
            return self.actors.lookup(text)
        except Exception:
            return None

    def _adjective_country(self, c: Cand) -> Optional[str]:
        if self.actors is None:
            return None
        try:
            return self.actors.country_of_adjective(self.doc[c.s:c.e].text)
        except Exception:
            return None

    def _acronym(self, c: Cand) -> Optional[Cluster]:
        acro = _acronym(self.doc[c.s:c.e].text)
        if not acro:
            return None
        hits = []
        for cl in self.clusters:
            if cl.family != "other":
                continue
            if any(acronym_matches(acro, list(k)) for k in cl.keys):
                hits.append(cl)
        return hits[0] if len(hits) == 1 else None

    def _derived(self, c: Cand) -> Optional[Cluster]:
        """"Basiji" after "Basij": a one-word mention made from a one-word name by a suffix."""
        if len(c.key) != 1:
            return None
        word = c.key[0]
        # "the Houthis" after "Houthi officials": the plural and the modifier name one group
        for other in (word + "s",) + ((word[:-1],) if word.endswith("s") and len(word) > 4 else ()):
            cl = self.by_key.get(("name", (other,)))
            if cl is not None and cl.family != "person" and not any(x.label == "PERSON" for x in cl.cands) \
                    and (c.label != "PERSON" or self._not_a_person(c)):
                return cl
        for suf in self.lex.derived_suffixes:
            base = word[:-len(suf)]
            if word.endswith(suf) and len(base) >= 4:
                cl = self.by_key.get(("name", (base,)))
                if cl is not None and cl.family != "person":
                    return cl
        return None

    def _head(self, c: Cand) -> Optional[Cluster]:
        """"the Council", "the Security Council": the one earlier organisation with these last words."""
        if c.label not in ("ORG", "") or not c.key or len(c.key) > 3:
            return None
        if len(c.key) == 1 and not (c.key[0] in self.lex.generic_heads and self._after_the(c)):
            return None
        n = len(c.key)
        hits = [cl for cl in self.clusters if cl.family == "other" and cl.last_before(c.s) >= 0
                and any(len(k) > n and (k[-n:] == c.key or _head_words(k, n) == c.key) for k in cl.keys)
                and any(x.label == "ORG" for x in cl.cands)]
        if len(hits) == 1:
            return hits[0]
        if not hits:
            return None
        # several: take the latest only when it is in the same paragraph and no other is
        same = [cl for cl in hits if self._same_paragraph(cl.last_before(c.s), c.s)]
        return same[0] if len(same) == 1 else None

    def _after_the(self, c: Cand) -> bool:
        return c.s > 0 and self.doc[c.s - 1].lower_ == "the"

    def _same_paragraph(self, a: int, b: int) -> bool:
        if a < 0:
            return False
        start, end = self.doc[a].idx, self.doc[b].idx
        return "\n\n" not in self.text[start:end]

    def _bare_generic(self, c: Cand) -> bool:
        """An unresolved "the Council": not a name on its own."""
        return len(c.key) == 1 and c.key[0] in self.lex.generic_heads and c.label == "ORG"


def _head_words(key: tuple[str, ...], n: int) -> tuple[str, ...]:
    """The last n words before "of"/"on"/"for" ("Commission on Human Rights" -> commission)."""
    for i, w in enumerate(key):
        if w in ("of", "on", "for", "in") and i >= n:
            return key[i - n:i]
    return key[-n:]


def _affix(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    n = len(short)
    return 0 < n <= len(full) and (full[-n:] == short or full[:n] == short)


def _best(evidence: list[tuple[int, str]]) -> Optional[str]:
    """The value of the highest-priority evidence (ties: the most frequent, then the first)."""
    if not evidence:
        return None
    top = max(p for p, _ in evidence)
    vals = [v for p, v in evidence if p == top]
    return max(vals, key=lambda v: (vals.count(v), -vals.index(v)))
