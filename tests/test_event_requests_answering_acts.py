"""Which requests answer the hostile act a report is about.

A request naming no addressee answers the latest hostile act (its author is asked) only when it asks for what
ends or redresses an act: an inquiry, the guns falling silent. A call for blood donations, or a bare
"as soon as Rabat asked", asks nothing of the attacker.
"""
from __future__ import annotations

import pytest

from event_cases import analyse_article, code_of


@pytest.fixture(scope="module")
def events():
    rec = analyse_article(
        "Azerbaijani forces shelled Armenian border towns on Monday, Armenia said.\n\n"
        "The Armenian Red Cross called for blood donations. France said it stood ready to help as soon as "
        "Yerevan asked.\n\n"
        "The European Union called for an inquiry. European Council President Charles Michel called for the guns "
        "to fall silent.")
    return rec.to_dict()["events"]


def _requests(events, words):
    return [e for e in events if e["type"] == "REQUEST" and words in e["evidence"]["text"]]


@pytest.mark.parametrize("words", ["blood donations", "Yerevan asked"])
def test_a_request_for_help_asks_nothing_of_the_attacker(events, words):
    assert all(code_of(e["recipient"]) != "AZE" for e in _requests(events, words)), _requests(events, words)


@pytest.mark.parametrize("words", ["called for an inquiry", "guns to fall silent"])
def test_an_appeal_to_end_the_fighting_answers_the_attack(events, words):
    found = _requests(events, words)
    assert found and code_of(found[0]["recipient"]) == "AZE", found
