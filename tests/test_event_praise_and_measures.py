"""Praise of a named act, fellows of a participle's doer, agentless measures, people forced back, labels.

- "Oman welcomed the agreement", "Castro welcomed the decision": praise whose object is an act backs that
  act's doer (SUPPORT); a noun of an event kind ("the agreement") names the latest act of that kind, a bare
  "decision" or "move" the report's first act.
- "Iraq, Oman and Qatar issued statements praising the step": each of the issuers praises.
- "A curfew was imposed in Cairo": a measure imposed with no one named is aimed at the place it covers.
- "Police pushed the protesters back with tear gas": forcing people back is repression (COERCE); pushing a
  deadline back is nothing.
- "Called the intruders fascist fanatics and vandals", "called the British statement a circus": labels that
  accuse; the nation a judged thing is named for is the one judged.
"""
from __future__ import annotations

from event_cases import analyse_article, code_of, events_fixture

CASES = {
    "statements": "Iraq, Oman and Qatar issued statements praising the step.",
    "curfew": "A curfew was imposed in Cairo on Friday.",
    "pushed_back": "Police pushed the protesters back with tear gas.",
    "deadline": "The government pushed back the deadline to March.",
    "fanatics": "Lula called the intruders fascist fanatics and vandals.",
    "circus": "Zakharova called the British statement a circus.",
}
events = events_fixture(CASES)


def _parties(e: dict) -> tuple:
    return code_of(e["actor"]), code_of(e["recipient"])


def test_each_issuer_of_the_statements_praises(events):
    actors = sorted(code_of(e["actor"]) for e in events["statements"] if e["type"] == "SUPPORT")
    assert actors == ["IRQ", "OMN", "QAT"], events["statements"]


def test_a_measure_imposed_by_no_one_named_is_aimed_at_the_place_it_covers(events):
    curfews = [e for e in events["curfew"] if e["type"] == "COERCE"]
    assert curfews and curfews[0]["mode"] == "curfew" and code_of(curfews[0]["recipient"]) == "EGY", curfews


def test_people_forced_back_are_coerced_but_a_deadline_is_not(events):
    forced = [e for e in events["pushed_back"] if e["type"] == "COERCE"]
    assert forced and forced[0]["mode"] == "restrict", events["pushed_back"]
    assert forced[0]["recipient"]["name"].lower() == "protesters"
    assert not [e for e in events["deadline"] if e["type"] == "COERCE"]


def test_labels_that_accuse(events):
    assert [e for e in events["fanatics"] if e["type"] == "ACCUSE"], events["fanatics"]
    circus = [e for e in events["circus"] if e["type"] == "ACCUSE"]
    assert circus and _parties(circus[0]) == ("RUS", "GBR"), circus


ARTICLE = """RIYADH — Saudi Arabia and Iran agreed on Friday to restore diplomatic relations, ending a seven-year rift.

The two governments said their embassies would reopen within two months.

Oman welcomed the agreement on Saturday, its foreign ministry said.

In a separate statement, Kuwait praised the decision as a step toward stability in the Gulf."""


def test_praise_of_a_named_act_backs_its_doer():
    evs = analyse_article(ARTICLE).to_dict()["events"]
    backing = {code_of(e["actor"]): code_of(e["recipient"]) for e in evs if e["type"] == "SUPPORT"}
    assert backing.get("OMN") in ("SAU", "IRN"), evs
    assert backing.get("KWT") in ("SAU", "IRN"), evs

