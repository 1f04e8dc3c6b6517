"""Promising a hostile act threatens it; an act done with "no" object did not happen (and refused nothing);
the GSR comparison counts neither negated nor hypothetical events as claims."""
from __future__ import annotations

from event_cases import events_fixture, first_event

from wirewatch.evaluate.plover import score

CASES = {
    "promised_protests": "Nurses' union leaders in Kenya promised a wave of strikes if parliament passed the "
                         "health bill without their changes.",
    "promised_aid": "Japan promised a package of reconstruction aid to Sri Lanka.",
    "no_evidence": "Kabul refused to extradite the suspect, saying Islamabad had offered no evidence of his role.",
    "no_concession": "The junta made no concessions to the protesters.",
}

events = events_fixture(CASES)


def test_promising_a_hostile_act_threatens_it(events):
    ev = first_event(events, "promised_protests", "THREATEN")
    assert not [e for e in events["promised_protests"] if e["type"] == "AGREE"], events["promised_protests"]
    assert ev["actor"] and ev["actor"]["country"] == "KEN"
    first_event(events, "promised_aid", "AGREE")  # a cooperative promise stays one


def test_an_act_with_a_no_object_is_negated_not_refused(events):
    offered = [e for e in events["no_evidence"] if e["actor"] and e["actor"].get("country") == "PAK"]
    assert offered and all(e["negated"] and e["type"] != "REJECT" for e in offered), events["no_evidence"]
    made = [e for e in events["no_concession"] if e["type"] in ("CONCEDE", "REJECT")]
    assert made and all(e["negated"] for e in made if e["type"] == "CONCEDE"), events["no_concession"]


def test_the_gsr_comparison_skips_negated_events():
    gold = [{"text": "s", "event": "REJECT", "source": [{"code": "AFG"}], "target": [{"code": "USA"}]}]
    pred = [[{"type": "REJECT", "actor": {"country": "AFG"}, "recipient": {"country": "USA"}},
             {"type": "AGREE", "negated": True, "actor": {"country": "USA"}, "recipient": None}]]
    assert score(gold, pred)["overall"]["fp"] == 0


VOWS = {
    "vow_trade": "Kenya and Ethiopia vowed on Monday to double bilateral trade within three years.",
    "swore_rights": "Sri Lanka's new government swore to enshrine equal rights for the Tamil minority.",
    "vow_fight": "Houthi leaders vowed to fight on against Saudi-led forces.",
}

vows = events_fixture(VOWS)


def test_a_vow_with_no_hostile_act_is_a_promise(vows):
    assert first_event(vows, "vow_trade", "AGREE") and not [e for e in vows["vow_trade"] if e["type"] == "THREATEN"]
    assert first_event(vows, "swore_rights", "AGREE")["actor"]["country"] == "LKA"


def test_a_vow_to_fight_on_threatens(vows):
    assert first_event(vows, "vow_fight", "THREATEN")


READY = {
    "ready_return": "Kim Jong Il told Chinese Premier Wen Jiabao that Pyongyang was willing to return to "
                    "six-party talks.",
    "ready_strike": "Russia said it was ready to strike Ukrainian positions.",
}

ready = events_fixture(READY)


def test_readiness_to_return_to_talks_is_an_agreement(ready):
    ev = first_event(ready, "ready_return", "AGREE")
    assert ev["actor"]["country"] == "PRK" and ev["recipient"]["country"] == "CHN", ev
    assert first_event(ready, "ready_strike", "THREATEN")["recipient"]["country"] == "UKR"
