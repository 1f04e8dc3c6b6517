"""Coups and the reactions to them.

- A state's own forces taking control of their country stage a coup (COERCE seize); rebels taking a city
  still attack it (ASSAULT).
- A sanction that names no one ("said it was suspending $700 million in economic assistance") answers the
  act the report is about, like other reactions: it is aimed at that act's author.
- "The envoys to Washington, Paris and the EU, who had rejected the takeover": "who" is the envoys, however
  the parser hung it on the last place named.
"""
from __future__ import annotations

from event_cases import analyse_article, analyse_cases, code_of

ARTICLE = ("KHARTOUM — Sudan's armed forces took control of the country on Monday, arresting Prime Minister "
           "Abdalla Hamdok.\n\n"
           "The United States denounced the military's actions and said it was suspending $700 million in "
           "emergency economic assistance that had been earmarked to support the transition.")


def test_a_states_forces_taking_their_country_stage_a_coup():
    evs = analyse_cases({
        "coup": "Sudan's armed forces took control of the country on Monday.",
        "rebels": "Rebels of the M23 movement said they had taken control of Goma.",
    })
    assert [e for e in evs["coup"] if e["type"] == "COERCE" and e["mode"] == "seize"], evs["coup"]
    assert not [e for e in evs["coup"] if e["type"] == "ASSAULT"], evs["coup"]
    assert [e for e in evs["rebels"] if e["type"] == "ASSAULT"], evs["rebels"]


def test_an_unaimed_sanction_answers_the_news_acts_author():
    evs = analyse_article(ARTICLE, published="2021-10-27").to_dict()["events"]
    e = next(e for e in evs if e["type"] == "SANCTION")
    assert code_of(e["actor"]) == "USA" and code_of(e["recipient"]) == "SDN", e


def test_who_is_the_envoys_not_the_capitals_they_serve_in():
    evs = analyse_cases({"envoys": "Burhan removed several Sudanese ambassadors, among them the envoys to "
                                   "Washington, Paris and the European Union, who had publicly rejected the takeover."})
    rejects = [e for e in evs["envoys"] if e["type"] == "REJECT"]
    assert rejects and not [e for e in rejects if code_of(e["actor"]) in ("USA", "FRA", "IGO")], evs["envoys"]


def test_dissolving_the_government_coerces_and_the_committee_refers_back():
    evs = analyse_cases({
        "dissolve": "Colonel Mamady Doumbouya dissolved the government and the constitution.",
        "committee": "The officers said they spoke for a body called the National Committee for Reconciliation and "
                     "Development. On Tuesday the committee freed dozens of political prisoners.",
    })
    assert [e for e in evs["dissolve"] if e["type"] == "COERCE" and e["mode"] == "restrict"], evs["dissolve"]
    freed = [e for e in evs["committee"] if e["type"] in ("RETREAT", "CONCEDE")]
    assert freed and freed[0]["actor"] and "Committee" in freed[0]["actor"]["name"], evs["committee"]
