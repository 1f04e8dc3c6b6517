"""Praise of a named act, fellows of a participle's doer, agentless measures, people forced back, labels.

- "Oman welcomed the agreement", "Castro welcomed the decision": praise whose object is an act backs that
  act's doer (SUPPORT); a noun of an event kind ("the agreement") names the latest act of that kind, a bare
  "decision", "move" or "announcement" the report's first act.
- "Iraq, Oman and Qatar issued statements praising the step": each of the issuers praises.
- "A curfew was imposed in Cairo": a measure imposed with no one named is aimed at the place it covers.
- "Police pushed the protesters back with tear gas": forcing people back is repression (COERCE); pushing a
  deadline back is nothing.
- "Called the intruders fascist fanatics and vandals", "called the British statement a circus": labels that
  accuse; the nation a judged thing is named for is the one judged.
- "Vietnam welcomed the ruling", "Taiwan rejected the ruling" after a court's ruling: praise or rejection of a
  ruling is aimed at the court that gave it.
- "The tribunal ruled that China had violated the Philippines' sovereign rights": a court finding a party at
  fault accuses it; "prosecutors said he was being investigated" is no finding.
- "Granted clemency to five Iranian nationals": a pardon concedes (CAMEO 0834), no aid.
- "His party will vote against the deal": a refusal announced is made now (REJECT), not a threat.
- "The agreement was welcomed by NATO": passive praise of an act backs its doer too.
- "Responded with 25 percent tariffs on C$155 billion of American goods": a tariff is a sanction (CAMEO 163)
  on the country whose goods it falls on, however the parser hangs the "on".
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
    "ruled": "The tribunal ruled that China had violated the Philippines' sovereign rights.",
    "prosecutors": "Prosecutors said the former president was being investigated for rebellion.",
    "clemency": "The United States granted clemency to five Iranian nationals.",
    "vote_against": "Greece's opposition leader said his party would vote against the deal.",
    "tariffs": "Trudeau responded within hours with 25 percent tariffs on C$155 billion of American goods.",
    "lifted_tariffs": "Washington lifted the tariffs on Canadian steel in 2019.",
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

In a separate statement, Kuwait praised the decision as a step toward stability in the Gulf.

The agreement was also welcomed by Qatar. Bahrain hailed the announcement."""


def test_praise_of_a_named_act_backs_its_doer():
    evs = analyse_article(ARTICLE).to_dict()["events"]
    backing = {code_of(e["actor"]): code_of(e["recipient"]) for e in evs if e["type"] == "SUPPORT"}
    assert backing.get("OMN") in ("SAU", "IRN"), evs
    assert backing.get("KWT") in ("SAU", "IRN"), evs
    assert backing.get("QAT") in ("SAU", "IRN"), evs
    assert backing.get("BHR") in ("SAU", "IRN"), evs  # "the announcement": the news itself



def test_a_court_finding_a_party_at_fault_accuses_it(events):
    found = [e for e in events["ruled"] if e["type"] == "ACCUSE"]
    assert found and code_of(found[0]["recipient"]) == "CHN", events["ruled"]
    assert found[0]["actor"]["name"].lower() == "tribunal"
    assert not [e for e in events["prosecutors"] if e["type"] == "ACCUSE" and e["mode"] == "allege"]


def test_clemency_concedes(events):
    kinds = {e["type"] for e in events["clemency"]}
    assert "CONCEDE" in kinds and "AID" not in kinds, events["clemency"]


RULING = """THE HAGUE — An international tribunal ruled on Tuesday that China had no legal basis for its claims in the
South China Sea, in a case brought by the Philippines.

The Chinese foreign ministry said the award was null and void.

Vietnam welcomed the ruling on Wednesday. Taiwan rejected the ruling, its presidential office said."""


def test_praise_or_rejection_of_a_ruling_is_aimed_at_the_court():
    evs = analyse_article(RULING).to_dict()["events"]
    aimed = {(e["type"], code_of(e["actor"])): (e["recipient"] or {}).get("name", "") for e in evs}
    assert "tribunal" in aimed.get(("SUPPORT", "VNM"), "").lower(), evs
    assert "tribunal" in aimed.get(("REJECT", "TWN"), "").lower(), evs


def test_a_refusal_announced_rejects_now(events):
    kinds = {e["type"] for e in events["vote_against"]}
    assert "REJECT" in kinds and "THREATEN" not in kinds, events["vote_against"]


def test_a_tariff_sanctions_the_country_whose_goods_it_falls_on(events):
    tariffs = [e for e in events["tariffs"] if e["type"] == "SANCTION"]
    assert tariffs and _parties(tariffs[0]) == ("CAN", "USA"), events["tariffs"]
    # lifting tariffs eases them (one RETREAT), no new sanction
    assert [e["type"] for e in events["lifted_tariffs"]] == ["RETREAT"], events["lifted_tariffs"]
