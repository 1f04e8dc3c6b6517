"""Reactions to a missile launch, and cases taken to a court.

- "condemned the launch": the missile fired, not the latest other movement of forces told since (a drill
  ordered by the other side); "the launch of an offensive" judges the offensive.
- "would take the case to the International Court of Justice": the court is where the case is heard; the
  case is against the author of the act at issue.
"""
from __future__ import annotations

import pytest

from event_cases import analyse_article, code_of


@pytest.fixture(scope="module")
def events():
    launch = analyse_article(
        "SEOUL — North Korea fired an intercontinental ballistic missile into the sea off Japan on Friday.\n\n"
        "South Korean President Yoon Suk Yeol ordered the military to strengthen its joint defence posture "
        "with American forces.\n\n"
        "UN Secretary-General Antonio Guterres condemned the launch.")
    court = analyse_article(
        "QUITO — Ecuadorian police stormed the Mexican embassy on Friday.\n\n"
        "Foreign Minister Alicia Barcena said Mexico would take the case to the International Court of Justice.")
    return launch.to_dict()["events"], court.to_dict()["events"]


def test_condemning_the_launch_answers_the_missile_fired(events):
    e = next(e for e in events[0] if e["type"] == "ACCUSE" and "Guterres" in (e["actor"] or {}).get("name", ""))
    assert code_of(e["recipient"]) == "PRK", e


def test_the_court_a_case_is_taken_to_is_the_forum(events):
    e = next(e for e in events[1] if e["type"] == "ACCUSE" and code_of(e["actor"]) == "MEX")
    assert "Court" not in (e["recipient"] or {}).get("name", "") and code_of(e["recipient"]) == "ECU", e
