"""Acts answered with force, bodily force, expelled spokesmen, and the dates of acts told in a "when" clause
or recalled with "that fighting".

- Whoever answers an act with another did that other act ("Iran responded with a missile attack"); an answer
  only promised ("would respond with countermeasures") names no doer of a told act.
- Wrestling, tackling or shoving a person is an assault; tackling inflation is not.
- Expelling a mission's spokesman reduces relations with the mission (SANCTION expel), as with envoys.
- "Relations collapsed on Thursday, when X declared ...": the act is dated by the day the clause describes,
  not by a date told inside the act's own reasons.
- A report dated only by its publication is not the same occurrence as fighting recalled from years before
  ("That fighting ended in November 2020"), so the two are not merged into one background event.
"""
from __future__ import annotations

import pytest

from event_cases import analyse_article, code_of, events_fixture, first_event

CASES = {
    "responded": "Iran responded with a missile attack on American bases in Iraq.",
    "answered": "Tehran answered the killing days later with a drone attack on a base in Syria.",
    "promised_answer": "Moscow said it would respond with countermeasures if NATO deploys weapons in Sweden.",
    "wrestled": "The consul was wrestled to the ground by police officers as he tried to block the door.",
    "tackled": "Riot police tackled the protesters outside the parliament.",
    "tackle_inflation": "The finance minister promised to tackle inflation and wrestle with the budget.",
    "spokesman": "Mali restricted the mission's flights and expelled its human rights spokesman over his comments.",
}
events = events_fixture(CASES)


@pytest.mark.parametrize("key,actor", [("responded", "IRN"), ("answered", "IRN")])
def test_whoever_answers_with_an_attack_made_it(events, key, actor):
    assert code_of(first_event(events, key, "ASSAULT")["actor"]) == actor


def test_an_answer_only_promised_names_no_doer_of_a_told_act(events):
    told = [e for e in events["promised_answer"] if e["type"] == "SANCTION" and not e["hypothetical"]]
    assert not any(code_of(e["actor"]) == "RUS" for e in told), told


@pytest.mark.parametrize("key,recipient", [("wrestled", "consul"), ("tackled", "protesters")])
def test_bodily_force_on_a_person_is_an_assault(events, key, recipient):
    e = first_event(events, key, "ASSAULT")
    assert e["mode"] == "beat" and recipient in (e["recipient"] or {}).get("name", ""), e


def test_tackling_a_problem_is_no_assault(events):
    assert not [e for e in events["tackle_inflation"] if e["type"] == "ASSAULT"]


def test_expelling_a_missions_spokesman_reduces_relations(events):
    e = first_event(events, "spokesman", "SANCTION")
    assert e["mode"] == "expel" and code_of(e["actor"]) == "MLI", e


@pytest.fixture(scope="module")
def articles():
    collapse = analyse_article(
        "Relations had already collapsed on Thursday, when Ecuador declared the Mexican ambassador persona "
        "non grata over remarks suggesting that the murder of a candidate last August had swung the vote.",
        published="2024-04-07")
    recalled = analyse_article(
        "Azerbaijani forces opened fire on Armenian positions near Jermuk shortly after midnight, the Armenian "
        "defence ministry said.\n\n"
        "The two neighbours fought a six-week war over Nagorno-Karabakh in 2020. That fighting ended in "
        "November 2020 with a truce brokered by Moscow.")
    return collapse.to_dict()["events"], recalled.to_dict()["events"]


def test_an_act_in_a_when_clause_takes_the_day_it_describes(articles):
    e = next(e for e in articles[0] if e["type"] == "SANCTION")
    assert e["date"]["earliest"] == e["date"]["latest"] == "2024-04-04", e


def test_news_dated_by_publication_is_not_merged_with_recalled_fighting(articles):
    e = next(e for e in articles[1] if e["type"] == "ASSAULT" and code_of(e["actor"]) == "AZE")
    assert not e["background"] and e["date"]["earliest"] == "2023-03-06", e
    assert all("November 2020" not in x["text"] for x in e.get("more_evidence") or []), e
