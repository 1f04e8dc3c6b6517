"""Who an object pronoun or "the two countries" means.

- "phoned President X and pressed him to halt": the pronoun object of a verb joined to one whose object is a
  party means that party, not the last subject told ("Putin was doing everything ..." a sentence before).
- "detained the opposition leaders and later released them": a group object is taken up the same way.
- "urged the two countries to settle": the two states told before, read past an international body
  named in between, and further back than the two people "the two leaders" would be; "the three countries"
  are the three told before (the first of them is the recipient).
"""
from __future__ import annotations

from event_cases import analyse_cases, code_of, first_event
import pytest

CASES = {
    "pressed_him": ("Pashinyan spoke by telephone with Russian President Vladimir Putin. The Kremlin said Putin "
                    "was doing everything he could to calm the situation. Blinken said he had also phoned "
                    "Azerbaijani President Ilham Aliyev and pressed him to halt hostilities."),
    "released_them": "Police detained the opposition leaders on Monday and released them on Tuesday.",
    "two_countries": ("Mexico broke off relations with Ecuador on Friday. Brazil condemned the raid. "
                      "Diplomats said the OAS Permanent Council would take up the dispute next week. "
                      "The U.S. State Department urged the two countries to settle their differences."),
    "three_countries": ("The United States, Britain and Australia announced a new security pact. Chinese foreign "
                        "ministry spokesman Zhao Lijian said the deal undermined peace. He urged the three countries "
                        "to abandon what he called a Cold War mentality."),
}


@pytest.fixture(scope="module")
def events():
    return analyse_cases(CASES)


def test_a_pronoun_object_joined_to_a_named_object_is_that_party(events):
    e = first_event(events, "pressed_him", "REQUEST")
    assert e["recipient"]["name"] == "Ilham Aliyev" and code_of(e["recipient"]) == "AZE", e


def test_a_group_object_is_taken_up_by_them(events):
    e = first_event(events, "released_them", "RETREAT")
    assert "opposition leaders" in (e["recipient"] or {}).get("name", ""), e


def test_the_two_countries_are_the_states_told_before(events):
    e = first_event(events, "two_countries", "REQUEST")
    assert code_of(e["actor"]) == "USA" and code_of(e["recipient"]) in ("MEX", "ECU"), e


def test_the_three_countries_are_the_states_told_before(events):
    e = first_event(events, "three_countries", "REQUEST")
    assert code_of(e["actor"]) == "CHN" and code_of(e["recipient"]) in ("USA", "GBR", "AUS"), e
