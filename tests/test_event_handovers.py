"""Handing people over: a particle the parser read as "more than" on the number still makes the phrasal verb
("would hand over three hostages"), and handing over prisoners or captives releases them (RETREAT release)."""
from __future__ import annotations

from event_cases import code_of, events_fixture, first_event

CASES = {
    "promised_handover": ("Colombia's FARC guerrillas said they would hand over three hostages to Venezuelan "
                          "President Hugo Chavez."),
    "prisoners": "The rebels handed over 50 prisoners to the International Committee of the Red Cross.",
    # freeing people held needs no named party; freeing a thing is no release
    "freed_unnamed": "The military committee freed dozens of people jailed under the old government.",
    "released_statement": "The ministry released a statement on Tuesday.",
}
events = events_fixture(CASES)


def test_a_promised_handover_is_an_agreement_with_the_receiver(events):
    e = first_event(events, "promised_handover", "AGREE")
    assert (code_of(e["actor"]), code_of(e["recipient"])) == ("COL", "VEN"), e


def test_handing_over_prisoners_releases_them(events):
    e = first_event(events, "prisoners", "RETREAT")
    assert e["mode"] == "release" and "Red Cross" in e["recipient"]["name"], e


def test_freeing_people_held_releases_them_though_none_is_named(events):
    ev = first_event(events, "freed_unnamed", "RETREAT")
    assert ev["mode"] == "release" and ev["actor"] and "committee" in ev["actor"]["name"], ev
    assert not [e for e in events["released_statement"] if e["type"] == "RETREAT"], events["released_statement"]
