"""Goods stopped at the border, goods let into nature, paired judgements and a relative clause's date.

- Stopping a country's goods is an embargo on that country (SANCTION): "barred seafood from ten Japanese
  prefectures", "China's ban on all Japanese seafood"; banning protests at home stays a coercion.
- "Began releasing treated water into the Pacific" sends aid to no one.
- "Described the release as selfish and irresponsible": the judgement is the pair's, whichever word the
  condemning-predicate list knows.
- A date in a relative clause describing one of the act's parties ("the United States, which imposed
  sanctions last week") does not date the act.
"""
from __future__ import annotations

from event_cases import analyse_cases, code_of

CASES = {
    "barred": "Hong Kong barred seafood from ten Japanese prefectures.",
    "ban_noun": "China's ban on all Japanese seafood, which Beijing imposed on Thursday, hurt fishers.",
    "protests": "The government banned protests in the capital.",
    "water": "Tokyo began releasing treated water into the Pacific.",
    "food": "The UN sent food into Gaza.",
    "pair": "China's foreign ministry described Japan's release of the water as extremely selfish and irresponsible.",
    "relcl": "The ministry accused Prague of trying to please the United States, which imposed new sanctions on "
             "Moscow last week.",
}


def _events():
    return analyse_cases(CASES)


def test_stopping_a_countrys_goods_is_an_embargo_on_it():
    evs = _events()
    for key, actor in (("barred", "HKG"), ("ban_noun", "CHN")):
        e = next((e for e in evs[key] if e["type"] == "SANCTION"), None)
        assert e is not None and code_of(e["actor"]) == actor and code_of(e["recipient"]) == "JPN", (key, evs[key])
    assert not [e for e in evs["protests"] if e["type"] == "SANCTION"], evs["protests"]


def test_goods_let_into_nature_are_no_aid():
    evs = _events()
    assert not [e for e in evs["water"] if e["type"] == "AID"], evs["water"]
    assert [e for e in evs["food"] if e["type"] == "AID"], evs["food"]


def test_a_paired_judgement_accuses():
    evs = _events()
    e = next((e for e in evs["pair"] if e["type"] == "ACCUSE"), None)
    assert e is not None and code_of(e["actor"]) == "CHN" and code_of(e["recipient"]) == "JPN", evs["pair"]


def test_a_relative_clauses_date_does_not_date_the_act():
    evs = analyse_cases({"relcl": CASES["relcl"]})  # published 2000-01-01, a Saturday
    e = next(e for e in evs["relcl"] if e["type"] == "ACCUSE")
    assert e["date"]["earliest"] == "2000-01-01", e


def test_more_words_that_condemn_an_act():
    evs = analyse_cases({
        "unpardonable": "Japan's prime minister, Naoto Kan, called the shelling unpardonable.",
        "disproportionate": "The French president said the Israeli response was disproportionate.",
        # the predicate parsed as a modifier after the object
        "after_object": "The US State Department called the move provocative and unhelpful to regional stability.",
    })
    for key, found in evs.items():
        assert [e for e in found if e["type"] == "ACCUSE"], (key, found)


def test_announcing_backing_for_a_side_supports_it():
    evs = analyse_cases({"announced": "Egypt's foreign ministry announced political and military backing for the "
                                      "Saudi-led coalition on Thursday."})["announced"]
    support = [e for e in evs if e["type"] == "SUPPORT"]
    assert support and code_of(support[0]["actor"]) == "EGY", evs
