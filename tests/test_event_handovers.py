"""Handing people over: a particle the parser read as "more than" on the number still makes the phrasal verb
("would hand over three hostages"), and handing over prisoners or captives releases them (RETREAT release)."""
from __future__ import annotations

from event_cases import code_of, events_fixture, first_event

CASES = {
    "promised_handover": ("Colombia's FARC guerrillas said they would hand over three hostages to Venezuelan "
                          "President Hugo Chavez."),
    "prisoners": "The rebels handed over 50 prisoners to the International Committee of the Red Cross.",
}
events = events_fixture(CASES)


def test_a_promised_handover_is_an_agreement_with_the_receiver(events):
    e = first_event(events, "promised_handover", "AGREE")
    assert (code_of(e["actor"]), code_of(e["recipient"])) == ("COL", "VEN"), e


def test_handing_over_prisoners_releases_them(events):
    e = first_event(events, "prisoners", "RETREAT")
    assert e["mode"] == "release" and "Red Cross" in e["recipient"]["name"], e
