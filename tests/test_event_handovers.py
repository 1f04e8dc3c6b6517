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
    # one released is let go, not the one who acts ("the guerrillas were demobilized" stood down themselves)
    "was_released": "Thaksin Shinawatra was released on parole in February.",
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


def test_one_released_in_the_passive_is_let_go(events):
    ev = first_event(events, "was_released", "RETREAT")
    assert ev["recipient"] and ev["recipient"]["name"].endswith("Thaksin Shinawatra"), ev
    assert not (ev["actor"] and "Thaksin" in ev["actor"]["name"]), ev


def test_a_release_with_no_one_named_as_freeing_is_kept_in_an_article():
    from event_cases import analyse_article

    rec = analyse_article("BANGKOK — Thousands rallied in Bangkok on Sunday.\n\nThaksin Shinawatra was released "
                          "on parole on Sunday.\n\nHis party said he would rest at home.", "2024-02-19")
    assert [e for e in rec.events if e.type == "RETREAT" and e.mode == "release"], rec.events
