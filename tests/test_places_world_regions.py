"""Continents and regions of several states are places with no country (data/actors/world_regions.tsv).

"West Africa" in a report filed from Conakry is not Guinea; "Africa" is not the Tunisian town of that name,
nor "Asia" a town in the Philippines; and the bloc of "West Africa's regional bloc" is no Guinean body, so
its suspension of Guinea keeps Guinea as the one suspended.
"""
from __future__ import annotations

from event_cases import analyse_article

from wirewatch.analyze.gazetteer import WORLD_REGION, load_gazetteer, world_regions

TEXT = ("CONAKRY — West Africa's regional bloc suspended Guinea on Wednesday. Leaders across Africa, Asia and "
        "the Middle East called for calm.")


def test_world_regions_are_grounded_with_no_country():
    rec = analyse_article(TEXT, published="2021-09-09").to_dict()
    places = {p["name"]: p for p in rec["places"]}
    for name in ("West Africa", "Africa", "Asia", "Middle East"):
        assert places[name]["country"] is None and places[name]["feature"] == WORLD_REGION, places[name]
        assert places[name]["lat"] is not None, places[name]
    assert places["Guinea"]["country"] == "GIN"
    ents = {e["name"]: e for e in rec["entities"]}
    assert ents["West Africa"]["country"] is None and ents["Africa"]["country"] is None, ents


def test_a_regions_body_is_not_the_dateline_countrys():
    rec = analyse_article(TEXT, published="2021-09-09").to_dict()
    e = next(e for e in rec["events"] if e["type"] == "SANCTION")
    assert e["recipient"] and e["recipient"]["country"] == "GIN", e
    assert not (e["actor"] or {}).get("country"), e


def test_the_gazetteer_puts_the_region_first_and_reads_alternate_names():
    gaz = load_gazetteer()
    assert gaz.candidates("Africa")[0].feature == WORLD_REGION
    assert world_regions()["mideast"].name == "Middle East"


def test_a_region_is_the_place_of_an_act_only_when_nothing_nearer_is_named():
    # "West Africa's regional bloc suspended Guinea", filed from Conakry: the act is placed where it was filed
    rec = analyse_article(TEXT, published="2021-09-09").to_dict()
    e = next(e for e in rec["events"] if e["type"] == "SANCTION")
    assert e["place"] and e["place"]["country"] == "GIN", e
