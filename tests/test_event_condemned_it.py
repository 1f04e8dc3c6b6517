"""Reactions to an act told back as "it", and who else reacted.

- "each denounced it": the object "it" of a condemning verb is the act just told, never the last country
  named; the reaction is aimed at the act's author (nobody, when the author is unknown).
- Every member of an apposed list of countries reacts ("Saudi Arabia, Egypt, Jordan and the UAE"), and so
  does one who "did likewise" ("as did the Arab League").
- Drones flown at a target attack it.
"""
from __future__ import annotations

from event_cases import code_of, events_fixture

CASES = {
    "unknown": "Unknown attackers flew drones at the prime minister's house on Sunday. Saudi Arabia, Egypt, "
               "Jordan and the United Arab Emirates each denounced it, as did the Arab League.",
    "known": "Russian missiles struck Kyiv on Monday. Germany condemned it.",
    "party": "The EU condemned Russia and sanctioned it.",
    "drones": "Rebels flew explosive-laden drones at the army base on Sunday.",
}
events = events_fixture(CASES)


def _accusers(evs):
    return {code_of(e["actor"]) for e in evs if e["type"] == "ACCUSE"}


def test_it_denounced_is_the_attack_not_the_last_country(events):
    accusations = [e for e in events["unknown"] if e["type"] == "ACCUSE"]
    # (aimed at the unknown attackers, or at no one; never at a state)
    assert accusations and all(not (e["recipient"] or {}).get("country") for e in accusations), accusations


def test_every_country_of_an_apposed_list_and_the_one_who_did_likewise_react(events):
    assert _accusers(events["unknown"]) >= {"SAU", "EGY", "JOR", "ARE", "IGO"}, events["unknown"]


def test_it_condemned_after_a_known_attack_aims_at_the_attacker(events):
    e = next(e for e in events["known"] if e["type"] == "ACCUSE")
    assert (code_of(e["actor"]), code_of(e["recipient"])) == ("DEU", "RUS"), e


def test_it_as_the_object_of_other_acts_is_still_a_party(events):
    e = next(e for e in events["party"] if e["type"] == "SANCTION")
    assert code_of(e["recipient"]) == "RUS", e


def test_drones_flown_at_a_base_attack_it(events):
    e = next(e for e in events["drones"] if e["type"] == "ASSAULT")
    assert e["mode"] == "drone", e
    assert not [x for x in events["drones"] if x["type"] == "AID"], events["drones"]


def test_condemning_an_attack_by_no_one_named_is_kept_in_an_article():
    from event_cases import analyse_article

    rec = analyse_article(
        "BAGHDAD — Explosive-laden drones struck the home of Prime Minister Mustafa al-Kadhimi before dawn on "
        "Sunday. He was unhurt.\n\n"
        "No group has said it carried out the attack.\n\n"
        "Jordan condemned the attack. Egypt and Kuwait each denounced it.", published="2021-11-08")
    accusers = {e.actor.country for e in rec.events if e.type == "ACCUSE" and e.actor is not None}
    assert accusers >= {"JOR", "EGY", "KWT"}, [(e.type, e.actor, e.recipient) for e in rec.events]
    assert all(e.recipient is None for e in rec.events if e.type == "ACCUSE")
