"""A note or letter of protest is a diplomatic protest (ACCUSE), handed or sent by its author; a rebuke drawn
"from" someone is theirs however the parser hangs the "from"; the European Parliament is an EU body."""
from __future__ import annotations

from event_cases import code_of, events_fixture, first_event

CASES = {
    "note_of_protest": ("The Lithuanian foreign ministry handed a note of protest to Belarus's charge d'affaires over "
                        "the flow of migrants."),
    "drew_rebuke": "The bill drew a stinging rebuke from the European Parliament on Thursday.",
    "received_warning": "Iran received a warning from Washington.",
}
events = events_fixture(CASES)


def test_a_note_of_protest_accuses_and_is_no_demonstration(events):
    e = first_event(events, "note_of_protest", "ACCUSE")
    assert (code_of(e["actor"]), code_of(e["recipient"])) == ("LTU", "BLR"), e
    assert "PROTEST" not in [x["type"] for x in events["note_of_protest"]]


def test_a_reaction_drawn_from_someone_is_theirs(events):
    e = first_event(events, "drew_rebuke", "ACCUSE")
    assert e["actor"]["name"] == "European Parliament" and (e["actor"]["code"] or "").startswith("IGO"), e
    e = first_event(events, "received_warning", "THREATEN")
    assert (code_of(e["actor"]), code_of(e["recipient"])) == ("USA", "IRN"), e
