"""Where a state's coercion happened when its own sentence names no place of the act.

- A place in a relative clause describing the one arrested is where that person lives, not where the arrest
  was ("detained Sofia Sapega, a Russian citizen who studies in Vilnius").
- A state's own forces coercing someone, with no place in their sentence, acted at home, not in the other
  country the paragraph names (a story filed from Vilnius about arrests by Belarusian police).
"""
from __future__ import annotations

from event_cases import analyse_article


def _coercion_place(text: str):
    rec = analyse_article(text, published="2021-05-24")
    e = next(e for e in rec.events if e.type == "COERCE")
    return e.place.country if e.place else None


def test_a_place_describing_the_one_arrested_is_not_where_the_arrest_was():
    assert _coercion_place("Belarusian police detained Sofia Sapega, a Russian citizen who studies in Vilnius, "
                           "on Sunday.") != "LTU"


def test_a_states_own_police_arrest_at_home_not_in_the_paragraphs_other_country():
    assert _coercion_place("Belarus faced new European sanctions on Monday.\n\nLithuanian officials met in Vilnius "
                           "on Monday to discuss the crisis. Belarusian police detained two opposition activists the "
                           "same day.") == "BLR"
