"""People's sectors and countries from their descriptions, ships, place lists and relabelled names.

Short texts written for these tests, run through the full public ``analyze`` (real actor
dictionary, real spaCy model); one analysis per text, cached for the module.
"""
from __future__ import annotations

import functools

import pytest


@functools.lru_cache(maxsize=None)
def _entities(body: str) -> tuple:
    from wirewatch import analyze

    text = "Harbour town counts the cost of storm damage\n\n" + body
    return tuple(analyze(text=text, published="2023-03-02")["entities"])


def _find(body: str, surface: str) -> dict:
    for e in _entities(body):
        if e["name"] == surface or surface in e["aliases"] or any(m["text"] == surface for m in e["mentions"]):
            return e
    raise AssertionError(f"{surface!r} not found in {[e['name'] for e in _entities(body)]}")


@pytest.mark.parametrize("body, name, sector", [
    ("Floodwater reached the market on Tuesday.\n\n\"We lost everything in an hour,\" said Tomas Ferreira, "
     "a 41-year-old shopkeeper in the old quarter.", "Tomas Ferreira", "CVL"),
    ("Prices rose again this week.\n\nGreta Lindqvist, a commodities analyst at a bank in Oslo, said the "
     "rise would not last.", "Greta Lindqvist", "CVL"),
    ("Freight costs climbed on Monday.\n\n\"Nobody wants the risk,\" said Jonas Albers, a tanker broker "
     "in Hamburg.", "Jonas Albers", "BUS"),
])
def test_apposition_head_noun_gives_the_sector(body, name, sector):
    assert _find(body, name)["sector"] == sector


def test_a_person_named_after_a_role_noun_is_a_person_with_its_sector():
    body = ("The storm flattened the harbour wall.\n\nIn the harbour, a fisherman who gave his name only as "
            "Bruno said his boat had sunk at its mooring.")
    e = _find(body, "Bruno")
    assert e["type"] == "PERSON" and e["sector"] == "CVL"


def test_a_spokesman_takes_the_sector_and_country_of_the_group_he_speaks_for():
    body = ("The Houthis fired missiles at a ship on Monday.\n\nThe group's military spokesman, Karim Bashir, "
            "said in a televised address that the attacks would go on.")
    e = _find(body, "Karim Bashir")
    assert e["country"] == "YEM" and e["sector"] == "REB"


def test_a_possessive_organisation_in_an_apposition_is_the_persons_employer():
    body = ("The Houthis said talks had stalled.\n\nOmar Fadel, the Houthis\u2019 chief negotiator, wrote that "
            "there had been no progress.")
    e = _find(body, "Omar Fadel")
    assert e["country"] == "YEM" and e["sector"] == "REB"


def test_a_spokesman_of_no_named_body_is_government():
    body = "Roads were closed on Friday.\n\nThe spokesman, Pavel Horak, said repairs would take a week."
    assert _find(body, "Pavel Horak")["sector"] == "GOV"


def test_a_multiword_military_title_gives_the_military_sector():
    body = "The army took over the radio station.\n\nColonel Major Issa Karamoko read a statement on air."
    assert _find(body, "Issa Karamoko")["sector"] == "MIL"


def test_ship_prefixes_make_facilities_with_country_and_sector():
    body = ("Warships patrolled the strait.\n\nThe destroyer USS Halvorsen shot down two drones, and "
            "Britain's HMS Kestrel escorted the convoy. The Halvorsen returned to port on Friday.")
    uss = _find(body, "USS Halvorsen")
    assert (uss["type"], uss["country"], uss["sector"]) == ("FAC", "USA", "MIL")
    assert "Halvorsen" in [m["text"] for m in uss["mentions"]]
    hms = _find(body, "HMS Kestrel")
    assert (hms["type"], hms["country"], hms["sector"]) == ("FAC", "GBR", "MIL")


def test_a_merchant_ship_after_its_kind_is_a_business_facility():
    body = "Pirates boarded a vessel off the coast.\n\nThey still hold the car carrier Northern Dawn and its crew."
    e = _find(body, "Northern Dawn")
    assert (e["type"], e["sector"]) == ("FAC", "BUS")


def test_a_name_followed_by_its_kind_takes_type_and_sector():
    body = ("Rebels held a rally in the capital.\n\nThe rebel-run Dawnline channel broadcast the speech, and "
            "the Asrar news agency said turnout was high.")
    assert _find(body, "Asrar")["sector"] == "JRN"
    assert _find(body, "Dawnline")["sector"] == "JRN"


def test_every_name_in_a_list_of_provinces_is_a_place():
    body = ("Strikes hit several areas overnight.\n\nBlasts were heard in the provinces of Marib, Dhamar and "
            "Taiz before dawn.")
    for name in ("Dhamar", "Taiz"):
        assert _find(body, name)["type"] in ("GPE", "LOC")


def test_names_before_a_shared_place_noun_are_places():
    body = "Rescuers worked through the night.\n\nBuildings collapsed in Hatay and Malatya provinces on Monday."
    for name in ("Hatay", "Malatya"):
        assert _find(body, name)["type"] in ("GPE", "LOC")


def test_crossings_at_names_are_facilities():
    body = "Aid convoys were waiting.\n\nThe crossings at Bab Nour and Tal Safa will open on Tuesday."
    assert _find(body, "Bab Nour")["type"] == "FAC"


def test_a_given_name_turns_an_org_span_into_a_person():
    from wirewatch.analyze.entity_lexicon import load_lexicon

    assert "olaf" in load_lexicon().given_names
    body = ("Leaders met in Berlin.\n\nOlaf Scholz told reporters that the talks had been useful, and "
            "Scholz later left for Paris.")
    assert _find(body, "Olaf Scholz")["type"] == "PERSON"


def test_possessed_institutions_become_agents_when_enabled(tmp_path, monkeypatch):
    from wirewatch import analyze
    from wirewatch.analyze.entity_lexicon import ENV_EXTRA, load_lexicon

    extra = tmp_path / "lexicon.yaml"
    extra.write_text("possessed_agents: true\n", encoding="utf-8")
    monkeypatch.setenv(ENV_EXTRA, str(extra))
    load_lexicon.cache_clear()
    try:
        text = ("Officials meet in the south\n\nOfficials in the port city, the seat of Yemen's internationally "
                "recognised government, were more guarded on Friday.")
        ents = analyze(text=text, published="2023-03-02")["entities"]
    finally:
        monkeypatch.delenv(ENV_EXTRA)
        load_lexicon.cache_clear()
    gov = [e for e in ents if any(m["text"].endswith("recognised government") for m in e["mentions"])]
    assert gov and (gov[0]["type"], gov[0]["country"], gov[0]["sector"]) == ("ORG", "YEM", "GOV")
    assert any(e["name"] == "Yemen" for e in ents)  # the country keeps its own mention


def test_relabel_people_turns_an_org_span_with_a_given_name_into_a_person():
    import spacy
    from spacy.tokens import Span

    from wirewatch.analyze.entity_lexicon import load_lexicon
    from wirewatch.analyze.entity_spans import SpanBuilder

    nlp = spacy.blank("en")
    doc = nlp("Yesterday Olaf Brandt met the Harbour Institute and Lina Varga spoke.")
    doc.ents = [Span(doc, 1, 3, label="ORG"), Span(doc, 5, 7, label="ORG"), Span(doc, 8, 10, label="ORG")]
    builder = SpanBuilder(doc, load_lexicon(), None, 0, doc.text)
    builder._from_ner()
    builder._relabel_people()
    labels = {doc[c.s:c.e].text: c.label for c in builder.cands}
    assert labels["Olaf Brandt"] == "PERSON" and labels["Lina Varga"] == "PERSON"
    assert labels["Harbour Institute"] == "ORG"


def test_kind_words_in_unknown_organisation_names_give_the_sector():
    body = ("The capital was quiet on Sunday.\n\nThe Northland Air Force said two jets had landed, and "
            "Mira Solberg of the Fjordvik Institute said the move was symbolic.")
    assert _find(body, "Northland Air Force")["sector"] == "MIL"
    assert _find(body, "Fjordvik Institute")["sector"] == "CVL"


def test_a_dateline_sets_the_country_of_unplaced_people():
    from wirewatch import analyze

    text = ("Crowds gather at the palace\n\nNIAMEY \u2014 Thousands gathered outside the palace on Sunday, and "
            "France condemned the march while Paris recalled staff.\n\n\"We want our own leaders,\" said "
            "Idrissa Kone, a 30-year-old teacher who joined the march.")
    ents = analyze(text=text, published="2023-07-31")["entities"]
    person = next(e for e in ents if e["name"] == "Idrissa Kone")
    assert person["country"] == "NER"


def test_a_possessive_before_a_title_gives_the_persons_country():
    body = ("Leaders met on Friday.\n\nKenya's President Amara Odhiambo said the bloc would meet again, and "
            "Odhiambo left for home.")
    assert _find(body, "Amara Odhiambo")["country"] == "KEN"
