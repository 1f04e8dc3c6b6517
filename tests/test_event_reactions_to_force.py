"""A reaction naming no act answers the force told before it, before any penalty told since.

"Belarusian authorities ... arrested an opposition journalist"; "EU leaders suspended the permits of
Belarusian airlines"; "Blinken condemned what he called a shocking act": the act condemned is the arrest,
not the EU's sanction (itself an answer to it).
"""
from __future__ import annotations

import pytest

from event_cases import analyse_article, code_of


@pytest.fixture(scope="module")
def events():
    return analyse_article(
        "VILNIUS — Belarusian authorities arrested an opposition journalist on Sunday after his flight was "
        "diverted to Minsk.\n\n"
        "On Monday the European Union suspended the operating permits of Belarusian airlines.\n\n"
        "In Washington, Secretary of State Antony Blinken condemned what he called a shocking act.",
        published="2021-05-25").to_dict()["events"]


def test_a_condemnation_answers_the_force_not_the_penalty(events):
    e = next(e for e in events if e["type"] == "ACCUSE" and "Blinken" in (e["actor"] or {}).get("name", ""))
    assert code_of(e["recipient"]) == "BLR", e
