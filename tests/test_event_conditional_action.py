"""Acting against someone, promised on a condition, and whom a reaction voiced abroad addresses.

- "would act against those responsible if the steps were not reversed" threatens (a conditional COERCE),
  and "police acted against the protesters" coerces them.
- "In Washington, ... Blinken called on the army to free all detained officials" in a report from Yangon
  speaks to Myanmar's army: where a reaction is voiced is no place of whom it addresses.
"""
from __future__ import annotations

import pytest

from event_cases import analyse_article, code_of, events_fixture, first_event

CASES = {
    "conditional": "Washington would take action against the generals if the steps were not reversed.",
    "acted": "Police acted against the protesters in Minsk on Sunday.",
}
events = events_fixture(CASES)


def test_action_promised_on_a_condition_is_a_threat(events):
    e = first_event(events, "conditional", "THREATEN")
    assert code_of(e["actor"]) == "USA", e


def test_acting_against_protesters_coerces_them(events):
    e = first_event(events, "acted", "COERCE")
    assert "protesters" in e["recipient"]["name"], e


@pytest.fixture(scope="module")
def yangon():
    return analyse_article(
        "YANGON — Myanmar's military took control of the country on Monday, detaining Aung San Suu Kyi.\n\n"
        "In Washington, White House spokeswoman Jen Psaki said the United States opposed any attempt to "
        "overturn the election results. Secretary of State Antony Blinken called on the army to free all "
        "detained officials.", published="2021-02-01").to_dict()["events"]


def test_a_call_voiced_abroad_addresses_the_army_of_the_report(yangon):
    e = next(e for e in yangon if e["type"] == "REQUEST" and "Blinken" in (e["actor"] or {}).get("name", ""))
    assert code_of(e["recipient"]) == "MMR", e
