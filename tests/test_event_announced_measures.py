"""Measures told in the passive after an authority's announcement ("the army said ... The government was
dissolved and a curfew was imposed") are that authority's own acts, when it speaks for the state where they are
taken; "the government" told after an army is that country's government, never the army; a court that
"dissolved" a party or "removed" an office holder coerces them, and "the same court" is the court that acted
before, not one named in passing."""
from __future__ import annotations

from event_cases import analyse_article, analyse_cases


def _events(text: str, published: str = "2021-04-21") -> list[dict]:
    return analyse_article(text, published).to_dict()["events"]


def test_passive_measures_after_the_armys_announcement_are_the_armys():
    evs = _events("BAMAKO, Mali — The Malian army said on Tuesday that it had taken charge of the country.\n\n"
                  "In the same broadcast, the army said a military committee would run the country for a year. "
                  "The government and the national assembly were dissolved, and a nationwide curfew was imposed.")
    coerce = [e for e in evs if e["type"] == "COERCE"]
    assert coerce, evs
    assert all((e["actor"] or {}).get("country") == "MLI" for e in coerce), coerce
    dissolved = [e for e in coerce if (e["recipient"] or {}).get("country") == "MLI"]
    assert dissolved and all("army" not in (e["recipient"]["name"] or "").lower() for e in dissolved), coerce


def test_an_announcement_of_arrests_abroad_is_not_the_announcers_act():
    evs = _events("The U.S. State Department said two American citizens had been detained.")
    assert not [e for e in evs if e["type"] == "COERCE" and (e["actor"] or {}).get("country") == "USA"], evs


ESTONIAN_EXPULSION = ("The talks between the two neighbours collapsed on Monday.\n\n"
                      "Two Estonian diplomats were expelled from Moscow on Tuesday, the Estonian foreign ministry "
                      "said.\n\nThe ministry said it would respond in kind.")


def test_a_state_announcing_its_own_diplomats_expelled_from_abroad_is_not_the_expeller():
    evs = _events(ESTONIAN_EXPULSION)
    assert not [e for e in evs if e["type"] == "SANCTION" and (e["actor"] or {}).get("country") == "EST"], evs


def test_a_measure_told_with_no_author_in_an_article_keeps_its_target():
    # the expelled are named and the expeller is not: still news, its actor left unknown
    evs = _events(ESTONIAN_EXPULSION)
    expel = [e for e in evs if e["type"] == "SANCTION" and e["mode"] == "expel"]
    assert expel and expel[0]["actor"] is None and expel[0]["recipient"]["country"] == "EST", evs


def test_a_court_dissolving_a_party_and_removing_an_office_holder():
    evs = analyse_cases({
        "dissolve": "The Constitutional Court dissolved the Future Forward party on Friday.",
        "remove": "Two days later the Constitutional Court removed her predecessor, Somchai Wongsawat, from his post.",
        "remove_bare": "The Constitutional Court removed her predecessor, Somchai Wongsawat, for abuse of power.",
        "crowd": "The crowd dissolved after an hour.",
    })
    d = next(e for e in evs["dissolve"] if e["type"] == "COERCE")
    assert "Future Forward" in (d["recipient"] or {}).get("name", ""), d
    for key in ("remove", "remove_bare"):
        r = next(e for e in evs[key] if e["type"] == "COERCE")
        assert (r["recipient"] or {}).get("name") == "Somchai Wongsawat", r
    assert not [e for e in evs["crowd"] if e["type"] == "COERCE"], evs["crowd"]


def test_the_same_court_is_the_court_that_acted():
    evs = _events("BANGKOK — The Constitutional Court ruled on Wednesday that the prime minister had broken the law.\n\n"
                  "The case went back to a bribe handed to Supreme Court staff in 2008. The prime minister said he "
                  "respected the decision. His party chose a new candidate on Thursday.\n\n"
                  "Last week the same court dissolved the largest opposition party, Move Forward.", "2024-08-16")
    d = next(e for e in evs if e["type"] == "COERCE" and "Move Forward" in ((e["recipient"] or {}).get("name") or ""))
    assert d["actor"]["name"] == "Constitutional Court", d


def test_the_government_of_a_named_leader_and_a_pair_told_before():
    evs = _events("KHARTOUM, Sudan — Burhan and Dagalo were allies until recently. Together they removed the "
                  "transitional government of Prime Minister Abdalla Hamdok in October 2021.", "2023-04-16")
    r = next(e for e in evs if e["type"] == "COERCE")
    assert r["actor"] and "Burhan" in r["actor"]["name"], r
    assert (r["recipient"] or {}).get("country") == "SDN", r


def test_a_named_rebel_group_in_apposition_and_the_rebels_are_never_a_state_body():
    evs = _events("N'DJAMENA, Chad — The military council took power on Tuesday. The rebels, the Front for Change "
                  "and Concord in Chad, rejected the council.")
    r = next(e for e in evs if e["type"] == "REJECT")
    assert "Front for Change" in (r["actor"] or {}).get("name", ""), r
    assert "council" in ((r["recipient"] or {}).get("name") or "").lower(), r

