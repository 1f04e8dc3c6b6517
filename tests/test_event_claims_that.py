"""A claim that another party did something hostile is an allegation (ACCUSE by the claimer, the act not told
as done); a claim of one's own act reports it; "claimed responsibility" or "victory" accuses no one."""
from __future__ import annotations

from event_cases import code_of, events_fixture, first_event

CASES = {
    "claimed_other": "Armenia's defence ministry claimed that Azerbaijani forces had shelled its positions overnight.",
    "claimed_own": "Russia claimed that its forces had shelled Ukrainian positions near Bakhmut.",
    "claimed_victory": "Russia claimed victory in the battle for Soledar.",
    # a wish in the reported clause is its subject's, not the speaker's
    "reported_wish": ("Biden told reporters that Xi had offered to resume climate talks but wanted the chip "
                      "controls on China eased first."),
}

events = events_fixture(CASES)


def test_a_claim_that_another_attacked_is_an_allegation(events):
    ev = first_event(events, "claimed_other", "ACCUSE")
    assert code_of(ev["actor"]) == "ARM" and code_of(ev["recipient"]) == "AZE", ev
    assert not [e for e in events["claimed_other"] if e["type"] == "ASSAULT"], events["claimed_other"]


def test_a_claim_of_ones_own_act_reports_it(events):
    ev = first_event(events, "claimed_own", "ASSAULT")
    assert code_of(ev["actor"]) == "RUS" and code_of(ev["recipient"]) == "UKR", ev
    assert not [e for e in events["claimed_own"] if e["type"] == "ACCUSE"], events["claimed_own"]


def test_claiming_victory_accuses_no_one(events):
    assert not [e for e in events["claimed_victory"] if e["type"] == "ACCUSE"], events["claimed_victory"]


def test_a_wish_inside_a_reported_clause_is_the_clause_subjects(events):
    ev = first_event(events, "reported_wish", "REQUEST")
    assert "Xi" in (ev["actor"] or {}).get("name", ""), ev
