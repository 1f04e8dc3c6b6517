"""An embassy stormed by a leader's followers, and the reactions to it: the crowd is named for the one it
follows even when the parser hangs the name elsewhere, "it" in "broke into the mission and set part of it on
fire" is the mission, and "condemned the burning of the mission" / "called the storming unacceptable" are aimed
at the crowd that did it (a deed named by a verb's noun is no one's name)."""
from __future__ import annotations

from event_cases import analyse_article, analyse_cases

STORMING = ("Hundreds of followers of the populist preacher Ahmed Karimzadeh broke into the Danish consulate in "
            "Basra on Friday and set part of it on fire.")


def test_followers_named_by_title_and_name_are_the_leaders_supporters():
    # (the parser makes "Hussein al-Mansouri" a second subject of "stormed")
    evs = analyse_cases({"title": "Hundreds of followers of the Shi'ite cleric Hussein al-Mansouri stormed the "
                                  "Danish consulate."})["title"]
    e = next(e for e in evs if e["type"] in ("PROTEST", "ASSAULT", "COERCE"))
    assert e["actor"] and e["actor"]["name"] == "Mansouri supporters", e


def test_it_in_a_joined_verb_is_the_site_broken_into_not_the_city():
    e = next(e for e in analyse_cases({"s": STORMING})["s"] if e["type"] == "ASSAULT")
    assert e["recipient"] and "consulate" in e["recipient"]["name"].lower(), e
    assert e["recipient"]["country"] == "DNK", e


def test_condemning_the_burning_and_the_storming_answers_the_crowd():
    rec = analyse_article(
        "BASRA, Iraq — " + STORMING + "\n\n"
        "Iraq's foreign ministry condemned the burning of the consulate and said an inquiry had been opened.\n\n"
        "Denmark's foreign minister called the storming of the consulate completely unacceptable.",
        published="2023-07-22")
    acc = [e.to_dict() if hasattr(e, "to_dict") else e for e in rec.to_dict()["events"] if e["type"] == "ACCUSE"]
    by_actor = {(e["actor"] or {}).get("country"): e for e in acc}
    assert "IRQ" in by_actor and "DNK" in by_actor, acc
    for code in ("IRQ", "DNK"):
        assert (by_actor[code]["recipient"] or {}).get("name") == "Karimzadeh supporters", by_actor[code]


def test_a_thing_condemned_is_no_one_named_so_the_reaction_answers_the_act():
    rec = analyse_article(
        "TAIPEI — China's military sent warships and warplanes to encircle Taiwan on Thursday in two days of "
        "large-scale drills.\n\n"
        "Taiwan's defence ministry condemned the exercise as an irrational provocation and said it had deployed "
        "its own forces.\n\n"
        "Kuwait, Bahrain and Oman closed their airspace for several hours.", published="2024-05-24")
    acc = [e for e in rec.to_dict()["events"] if e["type"] == "ACCUSE" and (e["actor"] or {}).get("country") == "TWN"]
    assert acc and (acc[0]["recipient"] or {}).get("country") == "CHN", acc
