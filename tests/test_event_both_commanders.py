""""Both commanders" are the two commanders told before, not a witness quoted in between.

"Clashes broke out between the army of General Burhan and the RSF of General Dagalo ... 'The shooting comes
from every side,' said Amna Yousif, a pharmacist ... Blinken urged both commanders to end the violence":
the request is addressed to the two armed leaders.
"""
from __future__ import annotations

import pytest

from event_cases import analyse_article, code_of


@pytest.fixture(scope="module")
def events():
    return analyse_article(
        "KHARTOUM — Sudan's army, led by General Abdel Fattah al-Burhan, fought the paramilitary Rapid Support "
        "Forces of General Mohamed Hamdan Dagalo in the capital on Saturday.\n\n"
        "\"The shooting comes from every side,\" said Amna Yousif, a pharmacist in the capital, reached by "
        "telephone. Her neighbour, Omar Salih, said the power had been cut.\n\n"
        "U.S. Secretary of State Antony Blinken urged both commanders to end the violence immediately.",
        published="2023-04-16").to_dict()["events"]


def test_both_commanders_are_the_armed_leaders(events):
    e = next(e for e in events if e["type"] == "REQUEST" and "Blinken" in (e["actor"] or {}).get("name", ""))
    assert code_of(e["recipient"]) == "SDN" and e["recipient"]["name"] not in ("Amna Yousif", "Omar Salih"), e
