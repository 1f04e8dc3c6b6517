"""Country of a place name the actor dictionary does not know, from the shared gazetteer.

Only a fallback for the ``country`` of GPE/LOC/FAC entities (most populous match first);
full place resolution (coordinates, admin areas, ambiguity) is the places component's job.
The gazetteer is the one ``res.gazetteer`` the places component loads anyway.
"""
from __future__ import annotations

from typing import Callable, Iterable, Optional


def place_country_finder(res) -> Optional[Callable[[Iterable[str]], Optional[str]]]:
    """A function forms -> ISO3 of the first form the gazetteer knows, or None without a gazetteer."""
    try:
        gazetteer = res.gazetteer
    except Exception:  # no gazetteer installed: entities simply get no fallback country
        return None

    def country_of_place(forms: Iterable[str]) -> Optional[str]:
        for form in forms:
            try:
                places = gazetteer.candidates(form)
            except Exception:
                return None
            for place in places:
                if getattr(place, "feature", None) == "subdivision":
                    continue  # a bare region name ("Chaco", "Bolivar") is several countries': the story decides
                if getattr(place, "country", None):
                    return place.country
        return None

    return country_of_place
