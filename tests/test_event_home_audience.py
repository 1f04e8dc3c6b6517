"""A domestic act whose other side the text leaves unnamed is done to the actor's own country.

Analysts code the target of "Tokayev promised a referendum" or "Hun Sen dismissed opposition calls for an
inquiry" as the actor's own country (the domestic audience), so long as the report names no other country
and no international body. Sanctions and aid are never given to oneself; a report naming a second country
keeps the unnamed side null; in an article the rule comes after acts with no target found are withheld, so
it never brings back a misread."""
from __future__ import annotations

import pytest

from event_cases import analyse_article, events_fixture, first_event
from wirewatch.evaluate.plover import party_code

CASES = {
    "referendum": "Kazakhstan's president promised to put constitutional amendments to a national referendum.",
    "dismissed-calls": "Cambodia's prime minister dismissed opposition calls for an independent inquiry into "
                       "the election.",
    "vowed-hunt": "Libya's leader vowed in a televised speech to hunt down protesters house by house.",
    "ceasefire-rebels": "The Tamil Tigers declared a unilateral ceasefire in Sri Lanka's north.",
    "foreign-named": "Ethiopia said it would accept the boundary ruling and hand the disputed town to Eritrea.",
    "un-named": "Indonesia agreed to let United Nations monitors into the province.",
    "sanction-self": "Britain suspended a development programme worth 25 million pounds.",
    "mobilise-foreign": "Armenia declared a general mobilisation after heavy fighting erupted with Azerbaijan.",
}

events = events_fixture(CASES)


@pytest.mark.parametrize("key, etype, code", [
    ("referendum", "AGREE", "KAZ"),
    ("dismissed-calls", "REJECT", "KHM"),
    ("vowed-hunt", "THREATEN", "LBY"),
    ("ceasefire-rebels", "RETREAT", "LKA"),
])
def test_a_domestic_act_is_done_to_the_actors_own_country(events, key, etype, code):
    ev = first_event(events, key, etype)
    assert party_code(ev["actor"]) == code
    assert party_code(ev["recipient"]) == code
    assert ev["recipient"]["entity"] is None and not ev["recipient"]["sector"]  # the country itself, inferred


def test_a_second_country_in_the_report_keeps_the_unnamed_side_open(events):
    ev = first_event(events, "foreign-named", "AGREE")
    assert party_code(ev["recipient"]) != "ETH"
    assert party_code(first_event(events, "mobilise-foreign", "MOBILIZE")["recipient"]) != "ARM"


def test_an_international_body_named_is_not_the_home_audience(events):
    assert party_code(first_event(events, "un-named", "AGREE")["recipient"]) != "IDN"


def test_sanctions_are_never_done_to_oneself(events):
    ev = first_event(events, "sanction-self", "SANCTION")
    assert party_code(ev["recipient"]) != "GBR"


def test_in_an_article_a_withheld_act_is_not_brought_back():
    # an act with no target found in an article is withheld first; the home audience never revives it
    text = ("Police in Lagos arrested dozens of protesters on Monday.\n\nThe protesters had marched on the "
            "governor's office.\n\nNigeria's president praised the decision.")
    rec = analyse_article(text)
    assert not [e for e in rec.events if e.type == "SUPPORT"]


@pytest.mark.parametrize("code, name", [("UKR", "Ukraine"), ("GEO", "Georgia"), ("PNG", "Papua New Guinea"),
                                        ("MMR", "Myanmar"), ("USA", "United States")])
def test_a_country_party_is_named_by_the_gazetteer_not_a_region_listed_under_its_code(code, name):
    # the country table also lists "Donetsk People's Republic" and "Abkhazia" under the state's code
    from wirewatch.analyze.event_lexicon import load_lexicon

    assert load_lexicon().country_names[code] == name


def test_a_home_audience_is_named_as_its_country():
    ev = [e for e in analyse_article("Officials in Kyiv praised the new law.").events if e.type == "SUPPORT"][0]
    assert ev.recipient is not None and ev.recipient.name == "Ukraine"


@pytest.mark.parametrize("text, code", [
    ("Peru's president dissolved Congress on Sunday and sent troops into the streets of Lima.", "PER"),
    ("Bolivia's president went on hunger strike to push Congress into approving an electoral law.", "BOL"),
])
def test_a_bare_congress_is_the_legislature_of_the_country_the_report_names(text, code):
    # "Congress" and "Senate" alone name no one country's body (shared_names.txt), not the US Congress
    evs = [e for e in analyse_article(text).events if e.recipient is not None and e.recipient.name == "Congress"]
    assert evs and all(e.recipient.country == code and e.recipient.sector == "LEG" for e in evs)


def test_a_qualified_senate_keeps_its_country():
    from wirewatch.analyze.actors import load_actor_dictionary

    actors = load_actor_dictionary()
    assert actors.lookup("Senate") is None and actors.lookup("Congress") is None
    assert actors.lookup("U.S. Senate").country == "USA" and actors.lookup("US Congress").country == "USA"
    rec = analyse_article("The Philippine Senate voted on Monday to reject the treaty.")
    senate = next(e for e in rec.entities if e.name == "Philippine Senate")
    assert (senate.country, senate.sector) == ("PHL", "LEG")


def test_a_state_named_as_both_sides_is_no_recipient_of_its_own_act():
    rec = analyse_article("Iraq allowed United Nations weapons inspectors to resume work in November 2002, nearly "
                          "four years after they had been withdrawn from the country.")
    assert not [e for e in rec.events if e.actor is not None and e.recipient is not None
                and e.actor.country == e.recipient.country == "IRQ" and e.recipient.name == "Iraq"
                and e.actor.name == "Iraq"]


@pytest.mark.parametrize("name", ["CSTO", "OSCE", "G7", "Pacific Islands Forum", "MINUSMA", "Mercosur"])
def test_regional_organisations_and_un_missions_are_international_bodies(name):
    from wirewatch.analyze.actors import load_actor_dictionary

    actor = load_actor_dictionary().lookup(name)
    assert actor is not None and actor.sector == "IGO" and actor.country is None


def test_an_international_bodys_official_is_no_local_of_the_story():
    rec = analyse_article("KHARTOUM — Heavy fighting broke out in Sudan on Saturday. African Union Commission "
                          "chairman Moussa Faki Mahamat appealed for an immediate ceasefire.")
    person = next(e for e in rec.entities if e.name == "Moussa Faki Mahamat")
    assert (person.type, person.country, person.sector) == ("PERSON", None, "IGO")
    ev = next(e for e in rec.events if e.type == "REQUEST")
    assert ev.actor is not None and party_code({"country": ev.actor.country, "code": ev.actor.code}) == "IGO"


def test_a_promise_is_dated_when_it_was_made_not_when_the_act_is_due():
    rec = analyse_article("OUAGADOUGOU — France said on Wednesday it would withdraw its special forces from "
                          "Burkina Faso within a month.", published="2023-01-26")
    ev = next(e for e in rec.events if e.type == "AGREE")
    assert (ev.date.earliest, ev.date.latest) == ("2023-01-25", "2023-01-25")


# Parties placed by the report as a whole: (text, event type, actor country, recipient country)
PLACED_BY_REPORT = {
    # "the country" refers back to a state only, not to a UN mission named since
    "country-is-a-state": ("Mali's junta ordered the UN mission MINUSMA to leave. MINUSMA was set up in 2013 after "
                           "Islamist fighters overran the north of the country.", "ASSAULT", None, "MLI"),
    # a foreign envoy speaks to the story country's people, not to his own
    "envoy-abroad": ("KHARTOUM — Heavy fighting broke out across Sudan's capital on Saturday between the army and "
                     "the Rapid Support Forces. U.S. Secretary of State Antony Blinken said he was deeply concerned "
                     "and urged both commanders to halt the fighting.", "REQUEST", "USA", "SDN"),
    # a foreign state's unnamed ally is the country the report is set in
    "ally": ("MANILA — Chinese coast guard ships fired water cannon at a Philippine supply boat on Saturday. The "
             "United States condemned the Chinese actions and said it stood with its ally.", "SUPPORT", "USA", "PHL"),
    # a countryless office holder is of the one country the report names
    "office-holder": ("King Gyanendra rejected demands from Nepal's main political parties to restore the dissolved "
                      "parliament.", "REJECT", "NPL", None),
    # a group in a country's institution is of that country
    "in-institution": ("Lawmakers in Kyrgyzstan's parliament petitioned the Kazakh government on Wednesday to lift "
                       "restrictions on Kyrgyz trucks.", "REQUEST", "KGZ", "KAZ"),
}


@pytest.mark.parametrize("key", PLACED_BY_REPORT)
def test_parties_are_placed_by_the_report_as_a_whole(key):
    text, etype, actor, recipient = PLACED_BY_REPORT[key]
    ev = next(e for e in analyse_article(text).events if e.type == etype)
    for party, code in ((ev.actor, actor), (ev.recipient, recipient)):
        assert code is None or (party is not None and party.country == code), (key, ev)


PEOPLE_CASES = {
    "supporters": "Ugandan opposition leader Kizza Besigye threatened to call his supporters onto the streets "
                  "unless the electoral board agreed to a recount.",
    "freed": "Belarus freed more than 40 prisoners in an amnesty announced on state television.",
    "states": "Venezuela accused the five countries of meddling in its affairs.",
    "named_org": "Malawi's ruling party blamed the Alliance for Democracy for the violence that marred the "
                 "Mzimba by-election.",
}
people = events_fixture(PEOPLE_CASES)


@pytest.mark.parametrize("key, etype, code", [
    ("supporters", "THREATEN", "UGA"),  # people the report leaves countryless are of the one country it names
    ("freed", "RETREAT", "BLR"),
    ("states", "ACCUSE", None),  # never several states
    ("named_org", "ACCUSE", "MWI"),  # so is a named organisation the dictionary does not place
])
def test_countryless_people_of_a_one_country_report_are_of_that_country(people, key, etype, code):
    assert party_code(first_event(people, key, etype)["recipient"]) == code


DOERS_CASES = {
    "hunger_strike": "Dozens of jailed Catalan activists went on hunger strike in Spanish prisons, according to "
                     "their lawyers.",
    "opposition_org": "Leaders of the opposition Forum for Democratic Change met President Yoweri Museveni in "
                      "Kampala on Monday.",
    "other_side": "Father Tomasz Wierzbicki forgave the Turkish man who had attacked him, during a visit to his prison "
                  "cell.",
}
doers = events_fixture(DOERS_CASES)


@pytest.mark.parametrize("key, etype, code", [
    ("hunger_strike", "PROTEST", "ESP"),
    ("opposition_org", "CONSULT", "UGA"),
    # a person is not of the country only the other side's own phrase names
    ("other_side", "SUPPORT", None),
])
def test_countryless_doers_of_a_one_country_report_are_of_that_country(doers, key, etype, code):
    assert party_code(first_event(doers, key, etype)["actor"]) == code
