"""Two date readings in reported speech.

- "Diplomats said the Council would discuss Myanmar on Tuesday" (published Monday): the coming Tuesday, as a
  "would" clause of a report looks ahead of it; "would have attacked on Tuesday" still looks back.
- "said the outrage was shocking, recalling that a plane was forced to land in Vienna in 2013": 2013 dates
  the recalled landing, not the saying; the saying keeps the publication date (and is not background).
"""
from __future__ import annotations

from event_cases import analyse_article, analyse_cases


def _dates(text: str) -> dict[str, str]:
    rec = analyse_article(text, published="2021-02-01")  # a Monday
    return {d.text: d.earliest for d in rec.dates}


def test_a_reported_would_clause_looks_ahead():
    assert _dates("Diplomats said the U.N. Security Council would discuss Myanmar behind closed doors on "
                  "Tuesday.")["on Tuesday"] \
        == "2021-02-02"


def test_would_have_still_looks_back():
    assert _dates("He said the army would have attacked on Tuesday if it could.")["on Tuesday"] == "2021-01-26"


def test_a_recalled_date_does_not_date_the_saying():
    evs = analyse_cases({"k": "Russian foreign ministry spokeswoman Maria Zakharova said the Western outrage was "
                              "shocking, recalling that a plane carrying Bolivian President Evo Morales had been "
                              "forced to land in Vienna in 2013."})["k"]
    e = next(e for e in evs if e["type"] == "ACCUSE")
    assert e["date"]["earliest"] != "2013-01-01" and not e["background"], e


def test_a_things_date_in_an_earlier_sentence_sets_no_time_frame():
    # "last year's peace deal" dates the deal; the attack told next is this week's news, not last year's
    rec = analyse_article("The rebels walked away from last year's peace deal. Government troops attacked their "
                          "positions near Goma.", published="2021-04-15")
    attack = next(e for e in rec.events if e.type == "ASSAULT")
    assert not attack.background and attack.date.earliest == "2021-04-15", (attack.date, attack.date_basis)
