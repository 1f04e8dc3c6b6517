"""One event per occurrence, and no more merged than that: an act the report tells undated (so now) and a
later mention brought in with an indefinite noun and a date of its own days earlier ("punishment for an
airstrike on April 1") are two occurrences, so the act of now keeps its own date and is not made background.
"The strike on April 1" (definite) may still be a retelling; that case is decided by the other merge rules."""
from __future__ import annotations

from event_cases import analyse_article

TEXT = ("JERUSALEM — Iran launched hundreds of drones at Israel overnight, the Israeli military said.\n\n"
        "American warplanes and ships downed dozens of drones and missiles, U.S. officials said.\n\n"
        "Iran's Revolutionary Guards said the operation was punishment for an airstrike on April 1 that "
        "destroyed a building next to Iran's embassy in Damascus, killing seven Guards officers.")


def test_an_indefinite_mention_dated_earlier_is_another_occurrence():
    evs = analyse_article(TEXT, published="2024-04-14").to_dict()["events"]
    downed = [e for e in evs if e["type"] == "ASSAULT" and e["actor"] and "warplanes" in e["actor"]["name"]]
    assert downed, evs
    for e in downed:
        assert e["date"]["earliest"] == "2024-04-14" and not e["background"], e
