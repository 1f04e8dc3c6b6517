"""Event party names: generic parties are named as an analyst names them, and a name used as a modifier
is the group's, not a person's surname.

Every sentence here is written for the test; each names one general rule.
"""
from __future__ import annotations

import pytest
from event_cases import analyse_cases, first_event

from wirewatch.analyze.event_parties import country_adjective

CASES = {
    # "supporters of <a state body>" are a group of their own, named for the body
    "followers_of_junta": "Thousands of supporters of the junta marched on the Dutch embassy in Bamako on Monday.",
    "military_rulers": "Hundreds of backers of Mali's new military rulers marched on the Dutch embassy in Bamako.",
    # a spokesperson for a body: the body, named with its country when the text gives it shortly before
    "body_spokesperson": ("Officials in Kabul, the seat of Afghanistan\u2019s internationally recognised government, "
                          "were cautious. A government spokesperson accused the rebels of shelling the town."),
    # a state body read from a nationality adjective keeps its own noun
    "state_body": "The Iranian regime threatened Israel on Tuesday.",
    "forces": "U.S. forces bombed a market in northern Syria.",
    # a class of targets analysts name as such
    "ships": "The militants began firing at ships in the Gulf of Aden last year.",
    "own_ships": "Iranian ships seized a British tanker in the Strait of Hormuz.",
    # crowds are not renamed by their country
    "crowd": "Opposition supporters staged a protest in Nairobi.",
    # "them": the crowd the main clause is about; the police are named for their country
    "them_crowd": "Hundreds of students marched to the parliament in Dhaka, and the police dispersed them.",
    # a state official who resigns under pressure leaves the country's government
    "resigned": ("Protesters stormed the ministry in Lima on Saturday. On Sunday, Peruvian Interior Minister "
                 "Ana Torres resigned."),
    # a body named for its town keeps the town's name; a country with no adjective lends its name
    "town_police": "The Leipzig police detained eleven climate activists at the airport on Friday.",
    "territory_police": "Riot police in Macau arrested dozens of casino workers on Sunday.",
    # a group placed by where it is keeps its own name
    "placed_group": "Security forces killed dozens of protesters in Zahedan.",
}


@pytest.fixture(scope="module")
def events():
    return analyse_cases(CASES)


_event = first_event


def _name(party):
    return (party or {}).get("name")


def test_event_party_names_supporters_of_a_junta(events):
    ev = _event(events, "followers_of_junta", "PROTEST")
    assert _name(ev["actor"]) == "junta supporters"


def test_event_party_names_military_rulers_are_a_junta(events):
    ev = _event(events, "military_rulers", "PROTEST")
    assert _name(ev["actor"]) == "junta supporters"
    assert ev["actor"]["country"] == "MLI"


def test_event_party_names_spokesperson_speaks_for_the_body(events):
    ev = _event(events, "body_spokesperson", "ACCUSE")
    assert _name(ev["actor"]) == "Afghan government"
    assert ev["actor"]["country"] == "AFG" and ev["actor"]["sector"] == "GOV"


def test_event_party_names_state_body_keeps_its_noun(events):
    assert _name(_event(events, "state_body", "THREATEN")["actor"]) == "Iranian regime"
    ev = _event(events, "forces", "ASSAULT")
    assert _name(ev["actor"]) != "forces" and ev["actor"]["country"] == "USA"  # members keep their country's name


def test_event_party_names_ships_are_merchant_shipping(events):
    assert _name(_event(events, "ships", "ASSAULT")["recipient"]) == "merchant shipping"
    actor = _event(events, "own_ships", "COERCE")["actor"]
    assert actor["country"] == "IRN" and _name(actor) != "merchant shipping"  # a state's ships are its own


def test_event_party_names_crowds_keep_their_own_name(events):
    actor = _event(events, "crowd", "PROTEST")["actor"]
    assert "Kenyan" not in (_name(actor) or "")


def test_event_party_names_police_and_the_crowd_they_dispersed(events):
    ev = _event(events, "them_crowd", "COERCE")
    assert _name(ev["actor"]) == "Bangladeshi police"
    assert _name(ev["recipient"]) == "students"


def test_event_party_names_resignation_leaves_the_government(events):
    ev = _event(events, "resigned", "CONCEDE")
    assert _name(ev["recipient"]) == "Peruvian government" and ev["recipient"]["country"] == "PER"


def test_event_party_names_body_named_for_its_town(events):
    actor = _event(events, "town_police", "COERCE")["actor"]
    assert _name(actor) == "Leipzig police" and actor["country"] == "DEU" and actor["sector"] == "COP"
    actor = _event(events, "territory_police", "COERCE")["actor"]
    assert _name(actor) in ("Macau police", "Macao police") and actor["country"] == "MAC"


def test_event_party_names_a_placed_group_keeps_its_name(events):
    recipient = _event(events, "placed_group", "ASSAULT")["recipient"]
    assert recipient["country"] == "IRN" and _name(recipient) == "protesters", recipient


def test_event_party_names_country_adjectives():
    assert country_adjective("LBN", "Lebanon") == "Lebanese"
    assert country_adjective("YEM", "Yemen") == "Yemeni"
    assert country_adjective("GBR", "United Kingdom") == "British"
    assert country_adjective(None) is None


def test_entity_modifier_is_no_surname():
    """"Houthi officials" near "Abdul-Malik al-Houthi": the dictionary's group, not the man's surname."""
    from wirewatch.pipeline import process
    from wirewatch.record import Record
    from wirewatch.settings import Settings
    from wirewatch.sources import RawDocument

    text = ("-\n\nThe United States struck a Houthi radar site near Sanaa on Saturday. The group\u2019s leader, "
            "Abdul-Malik al-Houthi, said the attack would be answered. Houthi officials said the Houthis "
            "would keep fighting.")
    rec = next(iter(process([RawDocument(data=text, format="text", name="t", id="t", title="-")],
                            Settings(published="2024-01-13", n_process=1))))
    assert isinstance(rec, Record)
    person = [e for e in rec.entities if e.type == "PERSON" and "Houthi" in e.name]
    assert person
    spans = {text_of(rec, m) for e in person for m in e.mentions}
    assert spans == {"Abdul-Malik al-Houthi"}


def text_of(rec, m) -> str:
    return rec.article.text[m.start:m.end]


SMALL_CLAUSE_CASES = {
    "persona": "Ecuador declared the U.S. ambassador persona non grata in April 2011.",
    "persona_split": "Ethiopia declared seven senior United Nations humanitarian officials persona non grata.",
    "guilty": "A Thai court found former Prime Minister Thaksin Shinawatra guilty of abusing his power.",
}


@pytest.fixture(scope="module")
def small_clauses():
    return analyse_cases(SMALL_CLAUSE_CASES)


@pytest.mark.parametrize("key, etype, mode, recipient", [
    # a fixed phrase however the parser hangs it, and the subject of a small clause as the one acted on
    ("persona", "SANCTION", "expel", "USA"),
    ("persona_split", "SANCTION", "expel", "IGOUNO"),
    ("guilty", "ACCUSE", "disapprove", "THAGOV"),
])
def test_small_clause_objects_are_the_recipient(small_clauses, key, etype, mode, recipient):
    ev = first_event(small_clauses, key, etype)
    assert ev["mode"] == mode and ev["recipient"] and ev["recipient"]["code"] == recipient, small_clauses[key]
