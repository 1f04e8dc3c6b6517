"""Places: ground the GPE/LOC/FAC entities of a record in the gazetteer, using the story's countries.

A name with several candidates (Basra, Paris, Tripoli) takes the one in the countries the article
talks about most; otherwise the most populous. Facilities and features ("Baghdad's international
airport", "the Iranian-Afghan border") resolve to the place they are attached to, with ``feature``
naming what they are.
"""
from __future__ import annotations

import functools
import math
import re
from collections import Counter
from pathlib import Path
from typing import Optional

from wirewatch.analyze.gazetteer import REGION_FEATURES, GazPlace, fold, other_name, world_regions
from wirewatch.record import Entity, Mention, Place, Record

PLACE_TYPES = ("GPE", "LOC", "FAC")
FEATURES_FILE = Path(__file__).resolve().parent.parent / "data" / "actors" / "place_features.tsv"


@functools.lru_cache(maxsize=1)
def feature_nouns() -> dict[str, str]:
    """Head noun of a facility/feature phrase -> feature label ("airfield" -> "airport")."""
    out: dict[str, str] = {}
    if FEATURES_FILE.exists():
        for line in FEATURES_FILE.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                noun, _, label = line.partition("\t")
                out[noun.strip().lower()] = (label.strip() or noun.strip()).lower()
    return out


def resolve_places(record: Record, res) -> Record:
    """Fill ``record.places`` from the record's place-like entities and facility phrases."""
    gaz, actors = res.gazetteer, res.actors
    context = story_countries(record, res)
    places: dict[tuple, Place] = {}
    for ent in record.entities:
        if ent.type not in PLACE_TYPES:
            continue
        admin = _named_as_region(ent, record.article.text)
        place = resolve_entity(ent, gaz, actors, context, admin=admin)
        if place is not None:
            if admin and place.feature in REGION_FEATURES and place.country:
                ent.country = place.country  # the entity's gazetteer guess was a town of the same name
            _merge(places, place)
    for place in scan_features(record, gaz, actors, context):
        _merge(places, place)
    record.places = sorted(places.values(), key=lambda p: (p.mentions[0].start if p.mentions else 1 << 30))
    return record


def _merge(places: dict[tuple, Place], place: Place) -> None:
    key = (fold(place.name), place.country, place.feature)
    cur = places.get(key)
    if cur is None:
        places[key] = place
        return
    seen = {(m.start, m.end) for m in cur.mentions}
    cur.mentions.extend(m for m in place.mentions if (m.start, m.end) not in seen)
    cur.mentions.sort(key=lambda m: m.start)
    if cur.entity is None:
        cur.entity = place.entity


def story_countries(record: Record, res) -> Counter:
    """How strongly the article is about each country (entity countries weighted by mentions,
    nationality adjectives), plus "ISO3/admin1" keys for the states/provinces it names."""
    ctx: Counter = Counter()
    for ent in record.entities:
        if ent.country:
            ctx[ent.country] += max(1, len(ent.mentions))
        if ent.type in ("GPE", "LOC"):
            for p in res.gazetteer.candidates(ent.name)[:3]:
                if p.feature == "admin1":
                    ctx[f"{p.country}/{p.admin1}"] += max(1, len(ent.mentions))
    text = record.article.text or ""
    for word in set(re.findall(r"\b[A-Z][a-z]+(?:s)?\b", text)):
        iso3 = res.actors.country_of_adjective(word)
        if iso3:
            ctx[iso3] += 1
    return ctx


def _country_actor(name: str, actors, on: Optional[str] = None):
    actor = actors.lookup(name, on) if actors is not None else None
    if actor is not None and actor.type == "GPE" and actor.country and actor.code == actor.country \
            and not actor.role:
        return actor
    return None


# Population is worth log10(people); the story's share of a country adds up to COUNTRY_WEIGHT,
# a state/province the story names adds ADMIN_WEIGHT, the entity's own country ENTITY_WEIGHT.
# Tuned so that "Paris" in a story about the US stays in France unless Texas is named, while
# "Tripoli" follows a story that is mostly about Lebanon.
COUNTRY_WEIGHT, ADMIN_WEIGHT, ENTITY_WEIGHT = 1.5, 2.0, 2.0
# A place found only by a former or other name ("Salisbury" for Harare) yields to places of that very name.
OTHER_NAME_PENALTY = 2.0
ADMIN1_POPULATION = 3_000_000  # US states carry no population in the gazetteer


def choose(cands: list[GazPlace], context: Counter, country: Optional[str] = None,
           named_as_region: bool = False, name: Optional[str] = None) -> Optional[GazPlace]:
    """The candidate best supported by the story's countries and states, else the most populous. A
    first-level subdivision known only from ISO 3166-2 needs the story to be about its country, or the text to
    call it a state or province ("Zamfara state"): "the Chaco" in a Paraguayan story is no Argentine province."""
    cands = [c for c in cands if c.feature != "subdivision" or named_as_region
             or context.get(c.country or "", 0) > 0 or c.country == country]
    if not cands:
        return None
    if name and fold(name) in world_regions():
        return world_regions()[fold(name)]  # "West Africa", "the Middle East": that region, no one country
    total = sum(v for k, v in context.items() if "/" not in k) or 1
    own_name = fold(name) if name and any(fold(c.name) == fold(name) for c in cands) else None

    def score(p: GazPlace) -> float:
        pop = p.population or (ADMIN1_POPULATION if p.feature == "admin1" else 0)
        s = math.log10(pop + 10)
        if own_name is not None and p.feature != "country" and other_name(fold(p.name), own_name):
            s -= OTHER_NAME_PENALTY
        s += COUNTRY_WEIGHT * context.get(p.country or "", 0) / total
        if p.admin1 and context.get(f"{p.country}/{p.admin1}") and p.feature != "admin1":
            s += ADMIN_WEIGHT
        if country and p.country == country:
            s += ENTITY_WEIGHT
        if p.feature == "country":
            s += 1.0
        if p.feature == "subdivision":
            s -= 0.1  # the dictionaries' own region of that name first (it may carry coordinates)
        return s

    return max(cands, key=score)


_REGION_WORD = re.compile(r"\s+(state|province|region|governorate|prefecture|oblast|district)\b", re.I)


def _named_as_region(ent: Entity, text: str) -> Optional[str]:
    """"Borno state", "Helmand province": the region word following the name somewhere in the text."""
    for m in ent.mentions:
        hit = _REGION_WORD.match(text, m.end) if m.source is None and m.end <= len(text) else None
        if hit:
            return hit.group(1).lower()
    return None


def resolve_entity(ent: Entity, gaz, actors, context: Counter, admin: Optional[str] = None) -> Optional[Place]:
    """Ground one entity (None when no gazetteer entry fits); ``admin``: the text calls it a state or
    province, so a first-level region of that name beats a town ("Borno state" is Nigeria's, not a German
    village)."""
    # "American" or "Iranian" names the country's people, not a place where something happened.
    mentions = [m for m in ent.mentions
                if actors is None or not actors.country_of_adjective(m.text.removesuffix("s"))]
    actor = _country_actor(ent.name, actors)
    if actor is not None:
        return _country_place(ent.id, ent.name, actor.country, gaz, mentions)
    for name in (ent.name, *ent.aliases):
        cands = gaz.candidates(name)
        if admin:
            regions = [c for c in gaz.candidates(f"{name} {admin.title()}") + cands
                       if c.feature in REGION_FEATURES]
            cands = regions or cands
        if ent.type == "FAC":
            cands = []  # a facility is never the city of the same name: ground it below
        best = choose(cands, context, ent.country, named_as_region=bool(admin or _REGION_WORD.search(name)),
                      name=name)
        if best is not None:
            if best.feature == "country":
                return _country_place(ent.id, ent.name, best.country, gaz, mentions)
            return _from_gaz(ent.id, ent.name, best, mentions)
    host, feature = _facility_host(ent.name, gaz, actors, context, ent.country)
    if host is not None and ent.country and host.country != ent.country:
        host = None  # "West Bank" is the Palestinian territories', not a town called West abroad
    if host is not None:
        return _from_gaz(ent.id, ent.name, host, mentions, feature or ent.type.lower())
    if ent.country:  # a named place we cannot find (a district, a base): at least its country
        cp = gaz.country(ent.country)
        if cp is not None:
            return Place(entity=ent.id, name=ent.name, country=ent.country, lat=None, lon=None,
                         feature=feature or ("facility" if ent.type == "FAC" else "place"),
                         mentions=mentions)
    return None


def _country_place(ent_id, name, iso3, gaz, mentions) -> Place:
    cp = gaz.country(iso3)
    return Place(entity=ent_id, name=name, country=iso3, admin1=None,
                 lat=cp.lat if cp else None, lon=cp.lon if cp else None,
                 geonameid=cp.geonameid if cp else None, feature="country", mentions=mentions)


def _from_gaz(ent_id, name, p: GazPlace, mentions, feature: Optional[str] = None) -> Place:
    return Place(entity=ent_id, name=name, country=p.country, admin1=p.admin1, lat=p.lat, lon=p.lon,
                 geonameid=p.geonameid, feature=feature or p.feature, mentions=mentions)


_WORD = re.compile(r"[A-Za-z\u00c0-\u024f][\w'\u2019.-]*")


@functools.lru_cache(maxsize=1)
def _qualifiers() -> frozenset[str]:
    """Words that are no host place alone: qualifiers ("North") and generic feature words ("Delta",
    "Valley": the Nile Delta is not in a Canadian town called Delta)."""
    from wirewatch.analyze.entity_lexicon import load_lexicon

    lex = load_lexicon()
    return lex.place_name_qualifiers | lex.subdivision_generic_words


def _facility_host(name: str, gaz, actors, context: Counter,
                   country: Optional[str] = None) -> tuple[Optional[GazPlace], Optional[str]]:
    """For "Baghdad International Airport": (Baghdad, "airport"). Longest known place inside wins; among
    places of one length, the one the story (and the entity's own country) supports best: "North Darfur"
    is in Darfur, not in a town called North."""
    words = _WORD.findall(name)
    nouns = feature_nouns()
    feature = None
    for w in reversed(words):
        lw = w.lower().strip(".")
        if lw in nouns:
            feature = nouns[lw]
            break
    for n in range(min(4, len(words)), 0, -1):
        found: list[GazPlace] = []
        for i in range(len(words) - n + 1):
            span = " ".join(words[i:i + n])
            span = re.sub(r"['\u2019]s$", "", span)
            if span.lower() in nouns:
                continue
            actor = _country_actor(span, actors)
            if actor is not None:
                cp = gaz.country(actor.country)
                if cp is not None:
                    return cp, feature
            iso3 = actors.country_of_adjective(span) if actors is not None else None
            if iso3 and gaz.country(iso3):
                return gaz.country(iso3), feature
            if span[:1].isupper() and not (n == 1 and span.lower() in _qualifiers()):
                found += [c for c in gaz.candidates(span) if c.feature != "admin1" or n > 1]
        best = choose(found, context, country)
        if best is not None:
            return best, feature
    return None, feature


# "Baghdad's international airport", "the Iranian-Afghan border", "the airport in Baghdad".
_POSSESSIVE = re.compile(
    r"\b((?:[A-Z][\w\u00c0-\u024f-]+\s){0,2}[A-Z][\w\u00c0-\u024f-]+)['\u2019]s\s+"
    r"((?:[a-z]+\s){0,2}[a-z]+)\b")
_ADJ_PAIR = re.compile(r"\b([A-Z][a-z]+)(?:\s*[-\u2013/]\s*|\s+and\s+)([A-Z][a-z]+)\s+(border|frontier|boundary)\b")
_OF_IN = re.compile(r"\b(?:the\s+)?((?:[a-z]+\s){0,2}[a-z]+)\s+(?:in|of|near|outside)\s+"
                    r"((?:[A-Z][\w\u00c0-\u024f-]+\s?){1,3})")


def scan_features(record: Record, gaz, actors, context: Counter) -> list[Place]:
    """Facility/feature phrases in the text that name no entity of their own."""
    text = record.article.text or ""
    nouns = feature_nouns()
    out: list[Place] = []
    for m in _POSSESSIVE.finditer(text):
        words = m.group(2).lower().split()
        hit = next((i for i, w in enumerate(words) if w in nouns), None)
        if hit is None:
            continue
        host = _host_place(m.group(1), gaz, actors, context)
        if host is not None:
            end = m.start(2) + len(" ".join(m.group(2).split()[:hit + 1]))
            out.append(_phrase_place(host, m.start(), end, nouns[words[hit]], text))
    for m in _ADJ_PAIR.finditer(text):
        isos = [actors.country_of_adjective(m.group(i)) or _iso_of_name(m.group(i), actors) for i in (1, 2)]
        if all(isos) and isos[0] != isos[1]:
            host = gaz.country(isos[0])
            if host is not None:
                phrase = text[m.start():m.end()]
                out.append(Place(entity=None, name=phrase, country=isos[0], lat=None, lon=None,
                                 feature="border", mentions=[Mention(m.start(), m.end(), phrase)]))
    for m in _OF_IN.finditer(text):
        noun = m.group(1).lower().split()[-1]
        if noun not in nouns:
            continue
        host = _host_place(m.group(2).strip(), gaz, actors, context)
        if host is not None:
            start = m.start(1) - (4 if text[max(0, m.start(1) - 4):m.start(1)].lower() == "the " else 0)
            out.append(_phrase_place(host, start, m.end(2), nouns[noun], text))
    return out


def _iso_of_name(word: str, actors) -> Optional[str]:
    actor = _country_actor(word, actors)
    return actor.country if actor else None


def _host_place(name: str, gaz, actors, context: Counter) -> Optional[GazPlace]:
    actor = _country_actor(name, actors)
    if actor is not None:
        return gaz.country(actor.country)
    return choose([c for c in gaz.candidates(name) if c.feature != "admin1"], context, name=name)


def _phrase_place(host: GazPlace, start: int, end: int, feature: str, text: str) -> Place:
    phrase = text[start:end].rstrip()
    return Place(entity=None, name=phrase, country=host.country, admin1=host.admin1,
                 lat=host.lat, lon=host.lon, geonameid=host.geonameid, feature=feature,
                 mentions=[Mention(start, start + len(phrase), phrase)])


def place_of_entity(record: Record, entity_id: Optional[str]) -> Optional[Place]:
    """The resolved place of an entity (for events and other consumers), or None."""
    for place in record.places:
        if place.entity == entity_id and entity_id is not None:
            return place
    return None
