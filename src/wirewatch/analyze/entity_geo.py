"""Country of a place name the actor dictionary does not know, from the shared gazetteer.

Only a fallback for the ``country`` of GPE/LOC/FAC entities (most populous match first);
full place resolution (coordinates, admin areas, ambiguity) is the places component's job.
The gazetteer is the one ``res.gazetteer`` the places component loads anyway.
"""
from __future__ import annotations

from typing import Callable, Iterable, Optional

from wirewatch.analyze.gazetteer import fold, other_name, world_regions


def place_country_finder(res) -> Optional[Callable[[Iterable[str]], Optional[str]]]:
    """A function forms -> ISO3 of the first form the gazetteer knows, or None without a gazetteer."""
    try:
        gazetteer = res.gazetteer
    except Exception:  # no gazetteer installed: entities simply get no fallback country
        return None

    def country_of_place(forms: Iterable[str]) -> Optional[str]:
        for form in forms:
            if fold(form) in world_regions():
                return None  # "Africa", "the Middle East": several states' region, not a town of that name
            try:
                places = gazetteer.candidates(form)
            except Exception:
                return None
            places = [p for p in places if getattr(p, "feature", None) != "subdivision" and getattr(p, "country", None)]
            # (a bare region name, "Chaco", "Bolivar", is several countries': the story decides)
            # a place of the very name (or a spelling of it) before one found by another name ("Salisbury" is
            # no longer Harare's name)
            own = [p for p in places if getattr(p, "feature", None) == "country"
                   or not other_name(fold(p.name), fold(form))]
            if own or places:
                return (own or places)[0].country
        return None

    return country_of_place
