"""Statements about a blast with no named attacker: a promise that the other side "would receive its
punishment" or "pay dearly" threatens it; "held X fully responsible" accuses X however the parser hangs
"responsible"; a judged act named for a nation ("a criminal Israeli aggression") is aimed at that nation; a device
that blew up names no attacker, its owner is the one hit; a court that "ordered the reporter held in custody"
detains the reporter."""
from __future__ import annotations

from event_cases import analyse_cases, code_of

CASES = {
    "punishment": "Hezbollah vowed that Israel would receive its just punishment.",
    "dearly": "Hamas promised that Israel would pay dearly.",
    "compensation": "The minister promised that farmers would receive compensation.",
    "held": "Hezbollah said it held Israel fully responsible for what it called a criminal aggression.",
    "nation": "Prime Minister Najib Mikati condemned the explosions as a criminal Israeli aggression.",
    "device": "Hezbollah walkie-talkies blew up across Lebanon on Wednesday.",
    "bridge": "Rebels blew up a bridge near the town.",
    "custody": "A Moscow court ordered the Wall Street Journal reporter held in custody for two months.",
}


def test_a_promise_of_suffering_is_a_threat_to_the_sufferer():
    evs = analyse_cases(CASES)
    for key in ("punishment", "dearly"):
        t = [e for e in evs[key] if e["type"] == "THREATEN"]
        assert t and code_of(t[0]["recipient"]) == "ISR", evs[key]
        assert not [e for e in evs[key] if e["type"] == "AGREE"], evs[key]
    assert not [e for e in evs["compensation"] if e["type"] == "THREATEN"], evs["compensation"]


def test_blame_and_nation_named_judgements_aim_at_the_nation():
    evs = analyse_cases(CASES)
    for key in ("held", "nation"):
        acc = [e for e in evs[key] if e["type"] == "ACCUSE"]
        assert acc and all(code_of(e["recipient"]) == "ISR" for e in acc), evs[key]


def test_a_device_that_blew_up_hits_its_owner_and_names_no_attacker():
    evs = analyse_cases(CASES)
    a = next(e for e in evs["device"] if e["type"] == "ASSAULT")
    assert a["actor"] is None and a["recipient"]["name"] == "Hezbollah", a
    b = next(e for e in evs["bridge"] if e["type"] == "ASSAULT")
    assert b["actor"] and b["actor"]["name"].lower() == "rebels", b


def test_a_court_ordering_someone_held_detains_them():
    evs = analyse_cases(CASES)
    c = next(e for e in evs["custody"] if e["type"] == "COERCE")
    assert c["actor"] and c["actor"]["country"] == "RUS" and "court" in c["actor"]["name"].lower(), c
    assert c["recipient"] and "Wall Street Journal" in c["recipient"]["name"], c
