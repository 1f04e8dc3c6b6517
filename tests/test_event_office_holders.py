"""An office named without its holder is the one person the article gives that office in that country.

"Bolivia's first Indigenous president announced his resignation" is Morales when the article names him as
Bolivia's president; "the Mexican president" is Mexico's, not Bolivia's; a former holder is no one the
article names now, and an office two people of one country hold is left unresolved.
"""
from __future__ import annotations

from event_cases import analyse_cases, code_of

CASES = {
    "bolivia": "President Evo Morales won the vote. Bolivia's first Indigenous president announced his "
               "resignation on Sunday.",
    "mexico": "Mexican President Andres Manuel Lopez Obrador and Bolivian President Evo Morales spoke. The "
              "Mexican president offered asylum to Morales.",
    "former": "President Joe Biden met President Emmanuel Macron. The former president criticised the deal.",
}


def _events():
    return analyse_cases(CASES)


def test_an_office_with_its_country_is_its_holder():
    evs = _events()
    e = next(e for e in evs["bolivia"] if e["type"] in ("RETREAT", "CONCEDE"))
    assert e["actor"]["name"] == "Evo Morales", e
    e = next(e for e in evs["mexico"] if e["type"] == "AID")
    assert e["actor"]["name"] == "Andres Manuel Lopez Obrador" and code_of(e["recipient"]) == "BOL", e


def test_a_former_office_holder_is_not_the_present_one():
    evs = _events()
    assert not [e for e in evs["former"] if e["type"] == "ACCUSE" and e["actor"]
                and e["actor"]["name"] in ("Joe Biden", "Emmanuel Macron")], evs["former"]
