"""The other side of two-sided acts: a partner behind "with", the ones let in, the second member of a pair the
parser folded into one noun phrase, and a titled name whose country word sits deep in its title."""
from __future__ import annotations

from event_cases import events_fixture, first_event

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
}

events = events_fixture(CASES)


def _code(party):
    return party and (party.get("country") or (party.get("code") or "")[:3])


def test_a_partner_hung_down_the_topic_is_the_recipient(events):
    ev = first_event(events, "with_down_topic", "CONSULT")
    assert _code(ev["actor"]) == "KEN" and ev["recipient"] and ev["recipient"]["name"] == "Abiy Ahmed", ev


def test_a_consultation_noun_names_its_other_side_behind_with(events):
    ev = first_event(events, "noun_with", "CONSULT")
    assert _code(ev["actor"]) == "SDN" and _code(ev["recipient"]) == "EGY"


def test_talks_named_by_their_other_side_alone_are_no_consultation(events):
    assert not [e for e in events["talks_setting"] if e["type"] == "CONSULT"], events["talks_setting"]


def test_the_ones_let_in_are_whom_an_agreement_is_for(events):
    ev = first_event(events, "let_in", "AGREE")
    assert _code(ev["recipient"]) == "IGO", ev
    ev = first_event(events, "allow_in", "AGREE")
    assert ev["recipient"] and "Red Cross" in ev["recipient"]["name"], ev


def test_a_content_clause_under_the_noun_names_whom_a_promise_is_for(events):
    ev = first_event(events, "assurance", "AGREE")
    assert _code(ev["actor"]) == "TZA" and _code(ev["recipient"]) == "KEN", ev


def test_a_pair_folded_into_one_noun_phrase_gives_both_sides(events):
    ev = first_event(events, "folded_pair", "SUPPORT")
    assert _code(ev["actor"]) == "SDN" and ev["recipient"] and "Liberation" in ev["recipient"]["name"], ev
    ev = first_event(events, "folded_pair_conj", "SUPPORT")
    assert ev["actor"]["name"] == "Colombia" and ev["recipient"] and ev["recipient"]["name"] == "FARC", ev


def test_a_country_word_deep_in_a_title_places_the_name(events):
    ev = first_event(events, "deep_title", "CONSULT")
    assert {_code(ev["actor"]), _code(ev["recipient"])} == {"IGO", "ARG"}, ev
