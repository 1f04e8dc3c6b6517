"""The other side of an act: a partner behind "with", the ones let in, the second member of a pair the parser
folded into one noun phrase, a titled name whose country word sits deep in its title, the doer of a deed under
inquiry, the one a request is made of, and who lets go of people held."""
from __future__ import annotations

from event_cases import analyse_cases, code_of, events_fixture, first_event

CASES = {
    # a "with" the parser hung down the topic of the talks
    "with_down_topic": "Kenyan President William Ruto discussed the worsening drought in Ethiopia's Somali "
                       "province with Ethiopian Prime Minister Abiy Ahmed by telephone.",
    # a consultation noun names its other side behind "with"
    "noun_with": "A delegation of Sudanese generals flew to Geneva for consultations with Egyptian officials.",
    # ... but talks named only by their other side are the setting of another act
    "talks_setting": "The Palestinian Authority threatened to walk out of peace talks with Israel.",
    # "let X do": the ones let in are whom the agreement is for
    "let_in": "Iran agreed to let U.N. inspectors return to the Fordow enrichment site.",
    "allow_in": "Myanmar agreed to allow Red Cross workers to visit the detention camps.",
    # a content clause hung on the noun as a relative clause
    "assurance": "Tanzania's attorney general gave an assurance that his office would cooperate with Kenyan "
                 "prosecutors in the trial.",
    # "X's government and Y rebels": the possessive is the first side's, the rebels the second
    "folded_pair": "Sudan's government and southern rebels of the Sudan People's Liberation Movement signed "
                   "a peace agreement in Nairobi.",
    "folded_pair_conj": "Colombia's government and FARC rebels signed a final peace agreement in Havana.",
    # a name the recogniser missed, its country word three compounds up its title
    "deep_title": "IMF officials and Argentine Economy Minister Domingo Cavallo discussed the terms of new "
                  "emergency lending.",
    # an inquiry into a deed aims at its doer, not at its victims or where it happened
    "deed_by": "The International Criminal Court opened an investigation into alleged war crimes by Eritrean "
               "troops in Ethiopia.",
    "deed_verb_by": "A UN tribunal began investigating the killing of 30 Ugandan traders in the Congolese town "
                    "of Beni by Rwandan army units in 1999.",
    "into_person": "Nigeria's anti-graft agency opened an investigation into former President Goodluck Jonathan "
                   "over alleged payments from an Italian oil firm.",
    # a request names whom it is made of behind "from" ...
    "asked_from": "Madrid formally requested the extradition of the former Argentine general from Italy.",
    "asked_for_from": "Malawi asked for emergency maize from the World Food Programme.",
    # ... but a withdrawal "from" a place is where forces leave, not who is asked
    "withdrawal_from": "Arab League ministers demanded the withdrawal of Syrian forces from Lebanon.",
    # a passive's agent the parser hung on its object
    "given_by": "UN inspectors were given access by Kazakhstan to the uranium plant.",
    # whoever held people lets them go; a people listed only in the plural still has a singular
    "holder": "Nine Indian fishermen held by the Maldivian coast guard were released on Monday.",
    # an act's "against" hung on its light verb
    "light_against": "More than 500 Kurdish prisoners began a hunger strike on Monday against Turkish prison "
                     "authorities.",
    # "the government" is a state's, not a union named in between
    "gov_anaphor": "Teachers across Kenya stayed home as the Kenya National Union of Teachers launched a "
                   "nationwide strike against the government.",
    # the two sides of a joint undertaking are each other's party, whatever is done to it
    "joint_broken_off": "Prime Minister Narendra Modi and Pakistani leader Nawaz Sharif called off their planned summit.",
    "talks_suspended": "Armenia and Azerbaijan broke off talks in Moscow on Friday.",
    # two sides agreeing are each other's party (the deal's subject is its topic) -- unless they agree to act
    # together against a third
    "agree_pair_topic": "Chile and Argentina agreed to share radar data on illegal fishing fleets from Spain.",
    "agree_pair_against": "Venezuela and Nicaragua agreed to impose tariffs on Panama.",
}

events = events_fixture(CASES)


def test_a_partner_hung_down_the_topic_is_the_recipient(events):
    ev = first_event(events, "with_down_topic", "CONSULT")
    assert code_of(ev["actor"]) == "KEN" and ev["recipient"] and ev["recipient"]["name"] == "Abiy Ahmed", ev


def test_a_consultation_noun_names_its_other_side_behind_with(events):
    ev = first_event(events, "noun_with", "CONSULT")
    assert code_of(ev["actor"]) == "SDN" and code_of(ev["recipient"]) == "EGY"


def test_talks_named_by_their_other_side_alone_are_no_consultation(events):
    assert not [e for e in events["talks_setting"] if e["type"] == "CONSULT"], events["talks_setting"]


def test_the_ones_let_in_are_whom_an_agreement_is_for(events):
    ev = first_event(events, "let_in", "AGREE")
    assert code_of(ev["recipient"]) == "IGO", ev
    ev = first_event(events, "allow_in", "AGREE")
    assert ev["recipient"] and "Red Cross" in ev["recipient"]["name"], ev


def test_a_content_clause_under_the_noun_names_whom_a_promise_is_for(events):
    ev = first_event(events, "assurance", "AGREE")
    assert code_of(ev["actor"]) == "TZA" and code_of(ev["recipient"]) == "KEN", ev


def test_a_pair_folded_into_one_noun_phrase_gives_both_sides(events):
    ev = first_event(events, "folded_pair", "SUPPORT")
    assert code_of(ev["actor"]) == "SDN" and ev["recipient"] and "Liberation" in ev["recipient"]["name"], ev
    ev = first_event(events, "folded_pair_conj", "SUPPORT")
    assert ev["actor"]["name"] == "Colombia" and ev["recipient"] and ev["recipient"]["name"] == "FARC", ev


def test_a_country_word_deep_in_a_title_places_the_name(events):
    ev = first_event(events, "deep_title", "CONSULT")
    assert {code_of(ev["actor"]), code_of(ev["recipient"])} == {"IGO", "ARG"}, ev


def test_an_inquiry_into_a_deed_aims_at_its_doer(events):
    assert code_of(first_event(events, "deed_by", "ACCUSE")["recipient"]) == "ERI"
    assert code_of(first_event(events, "deed_verb_by", "ACCUSE")["recipient"]) == "RWA"


def test_an_inquiry_into_a_person_aims_at_that_person(events):
    ev = first_event(events, "into_person", "ACCUSE")
    assert ev["recipient"] and ev["recipient"]["name"] == "Goodluck Jonathan", ev


def test_a_request_is_made_of_the_party_behind_from(events):
    assert code_of(first_event(events, "asked_from", "REQUEST")["recipient"]) == "ITA"
    assert code_of(first_event(events, "asked_for_from", "REQUEST")["recipient"]) == "IGO"
    assert code_of(first_event(events, "withdrawal_from", "REQUEST")["recipient"]) != "LBN"


def test_a_passive_agent_hung_on_the_object_acts(events):
    ev = first_event(events, "given_by", "RETREAT")
    assert code_of(ev["actor"]) == "KAZ" and code_of(ev["recipient"]) == "IGO", ev


def test_whoever_held_people_releases_them(events):
    ev = first_event(events, "holder", "RETREAT")
    assert code_of(ev["actor"]) == "MDV" and ev["actor"]["name"] == "Maldivian coast guard", ev
    assert code_of(ev["recipient"]) == "IND", ev


def test_an_against_hung_on_the_light_verb_names_the_target(events):
    ev = first_event(events, "light_against", "PROTEST")
    assert code_of(ev["recipient"]) == "TUR", ev


def test_the_government_refers_back_to_a_state_not_a_union(events):
    ev = first_event(events, "gov_anaphor", "PROTEST")
    assert ev["recipient"] and ev["recipient"]["name"] != ev["actor"]["name"] and code_of(ev["recipient"]) == "KEN", ev


MEMBERS = {
    "made_up_of": "Haiti's president was gunned down at his home by a squad made up largely of former "
                  "Colombian soldiers.",
    "force_of_body": "An African Union force composed of Kenyan and Ugandan troops attacked al-Shabaab positions.",
    "proclaimed_by": "A state of emergency was proclaimed in Ethiopia in October 2016 by the government of Prime "
                     "Minister Hailemariam Desalegn.",
}

members = events_fixture(MEMBERS)


def test_a_body_named_for_no_one_is_its_members(members):
    assert code_of(first_event(members, "made_up_of", "ASSAULT")["actor"]) == "COL"
    # a body that is someone's keeps its owner
    assert code_of(first_event(members, "force_of_body", "ASSAULT")["actor"]) == "IGO"


def test_a_measure_proclaimed_by_a_government_is_its_act(members):
    assert code_of(first_event(members, "proclaimed_by", "COERCE")["actor"]) == "ETH"


AUTHORS = {
    "report_by_office": "A report by the UN human rights office accused Nicaraguan police of torturing detained "
                        "protesters.",
}

authors = events_fixture(AUTHORS)


def test_a_report_by_a_bodys_office_is_that_bodys(authors):
    ev = first_event(authors, "report_by_office", "ACCUSE")
    assert code_of(ev["actor"]) == "IGO" and code_of(ev["recipient"]) == "NIC", ev


BETWEEN = {
    "go_between": "Switzerland offered to act as a go-between in talks between the Colombian government and "
                  "ELN rebels.",
    "facilitation": "Norway suspended its facilitation of talks between Bogota and the FARC.",
    "mediator": "Egypt threatened to pull out of its role as mediator between Israel and Hamas.",
}

between = events_fixture(BETWEEN)


def test_a_third_party_act_on_a_pair_is_aimed_at_its_first_side(between):
    assert code_of(first_event(between, "go_between", "AGREE")["recipient"]) == "COL"
    assert code_of(first_event(between, "facilitation", "SANCTION")["recipient"]) == "COL"
    assert code_of(first_event(between, "mediator", "THREATEN")["recipient"]) == "ISR"


def test_named_forces_one_masses_are_ones_own():
    evs = analyse_cases({"massed": "Iraq massed tens of thousands of Republican Guard troops near its border "
                                   "with Kuwait."})
    ev = first_event(evs, "massed", "MOBILIZE")
    assert code_of(ev["actor"]) == "IRQ" and code_of(ev["recipient"]) == "KWT", ev


def test_the_sides_of_a_joint_undertaking_are_each_others_party(events):
    ev = first_event(events, "joint_broken_off", "SANCTION")
    assert {code_of(ev["actor"]), code_of(ev["recipient"])} == {"IND", "PAK"}, events["joint_broken_off"]
    ev = first_event(events, "talks_suspended", "SANCTION")
    assert {code_of(ev["actor"]), code_of(ev["recipient"])} == {"ARM", "AZE"}, ev


def test_two_sides_agreeing_are_each_others_party_unless_they_act_against_a_third(events):
    ev = first_event(events, "agree_pair_topic", "AGREE")
    assert {code_of(ev["actor"]), code_of(ev["recipient"])} == {"CHL", "ARG"}, events["agree_pair_topic"]
    assert all(code_of(e["recipient"]) == "PAN" for e in events["agree_pair_against"]
               if e["recipient"]), events["agree_pair_against"]
