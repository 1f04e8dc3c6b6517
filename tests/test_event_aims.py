"""Whom an act is aimed at when its object does not say: the maker of what a protest objects to, an
organisation named on premises, the one told a readiness, the other side of a conflict a mobilisation answers;
and who blockades: civilians protest, armed groups and states coerce."""
from __future__ import annotations

from event_cases import code_of, events_fixture, first_event

CASES = {
    # "in protest at X set by Y": Y, wherever the parser hangs the phrase
    "protest_maker": "Truckers blockaded the main highway near Lyon in protest at fuel duties set by the "
                     "European Union.",
    "protest_maker_deep": "Irish fishermen blockaded Dublin and two other ports with their trawlers in protest "
                          "at catch quotas set by the European Commission.",
    # a blockade by civilians protests, by rebels coerces
    "rebel_blockade": "Rebels blockaded the main road into Bangui on Monday.",
    "civil_blockade": "Taxi drivers blockaded the airport road in Nairobi in protest at a new licence fee.",
    # premises: the organisation named on them
    "premises_threat": "Belarus threatened to shut Deutsche Welle offices in Minsk.",
    "premises_raid": "Police raided the BBC offices in New Delhi on Tuesday.",
    # readiness told to a visitor the parser takes "visiting" for a verb of
    "told_visitor": "Myanmar's junta chief told visiting Thai Foreign Minister Don Pramudwinai that Naypyitaw "
                    "was willing to resume dialogue.",
    # a mobilisation after a clash whose other side hangs on the clash's own verb
    "clash_verb": "Tajikistan ordered a partial mobilisation after deadly fighting broke out with Kyrgyzstan.",
    # a force's facility stands for the force ("a rebel base": the parser reads "rebel" as an adjective)
    "rebel_base": "Ethiopian troops captured a key rebel base in the north on Sunday.",
    # troops sent to join an international force are peacekeeping aid for the country it serves
    "join_force": "Ghana sent 800 soldiers to join the UN force in South Sudan.",
    "join_force_promised": "Ghana said it would send 800 soldiers to join the UN force in South Sudan.",
    # a protest's purpose clause hung on the strike noun names whom it presses
    "strike_against_rule": "Ethnic Albanians in Pristina staged a general strike to protest against Serbian rule.",
    # a call for calm with only a place named is a call to that place's country
    "calm_in_place": "The Pope called for an end to the bloodshed in Yemen.",
    # the sides of a conflict named for a country are that country
    "sides_in_conflict": "The UN relief coordinator urged all sides in the Yemeni conflict to open the roads "
                         "to aid convoys.",
    # declining to answer a demand rejects it (prices that decline reject nothing)
    "decline_answer": "Venezuela's president declined to answer a demand from Brasilia to publish the tallies.",
    "prices_decline": "Coffee prices declined sharply in Bogota on Monday.",
    # a call (noun) with what it calls for is a request to the one the clause names; a phone call is not
    "call_that": "The World Health Organization repeated its call that Egypt lift restrictions on medical "
                 "supplies to Sudan.",
    "phone_call": "The president took a phone call from his Kenyan counterpart on Monday.",
    # "the North" / "the South" of a divided country the text names
    "the_north": "Seoul said the North had fired artillery shells near the border island.",
    "the_south": "North Korea accused the South of staging provocative drills.",
    # a body that calls itself international is of no one state; an investigation so called is no party
    "intl_monitors": "International monitors accused pro-government militias of violating the truce in Abyei.",
    "intl_inquiry": "Medical charity MSF called for an independent international investigation into the strike.",
    # the land around a place stands for the place; a town the recogniser took for a person is the town
    "area_around": "Russian forces pulled back from the area around Chernihiv, the Pentagon said.",
    "town_as_person": "Russian forces pulled back from Kherson on Friday.",
    # American departments by their usual short names
    "treasury": "The Treasury Department blacklisted five Iranian shipping companies.",
    # one's own army offered to someone parsed as a dative
    "army_offered": "Damascus has offered its army to Lebanon's president to help him crush the rebellion.",
    # readiness to send soldiers to an international mission is a contribution, no threat
    "ready_mission": "Portugal is ready to send up to 200 soldiers to an international training mission in "
                     "Mozambique, the defence minister said.",
    # goods ferried to survivors are aid
    "ferried": "Indian helicopters ferried food and water to flood survivors near Colombo.",
    # a passive act in someone's custody is that keeper's
    "custody": "A detainee died after being tortured in Iranian police custody, a rights group said.",
    # an alert citing another's act answers it; "combat readiness" is an alert
    "citing": "Iran placed its navy on combat readiness, citing American naval drills in the Gulf.",
    # a grant approved is aid
    "grant": "The Asian Development Bank approved a $200 million grant for rebuilding schools in Nepal.",
    # a strike called is a protest; a strike judged is no strike by the judge; unions are workers
    "strike_called": "Kenyan unions called a nationwide strike over fuel prices.",
    "strike_judged": "The government called the strike illegal.",
    "unions_strike": "Portuguese unions staged a general strike against austerity measures.",
    # "their" after a coordinated subject is all of them, never the last one named; an envoy recalled
    # "from" a state is recalled from that state
    "their_own": "Kuwait, Bahrain and Oman closed their airspace for several hours on Tuesday.",
    "recalled_from": "Sweden and Norway recalled their ambassadors from Minsk.",
    # an IGO named alone leaves countryless doers countryless
    "igo_only": "Fishermen blocked harbours in protest at catch limits set by the European Union.",
    # an attack told by its noun on a place targets the place's country, as the verb does
    "raids_on_towns": "Russia launched air raids on Georgian towns on Saturday.",
    "bombed_towns": "Russian jets bombed Georgian towns on Saturday.",
}

events = events_fixture(CASES)


def test_a_protest_at_a_thing_is_aimed_at_whoever_made_it(events):
    for key in ("protest_maker", "protest_maker_deep"):
        ev = first_event(events, key, "PROTEST")
        assert code_of(ev["recipient"]) == "IGO", (key, ev)


def test_a_blockade_protests_when_civilians_mount_it_and_coerces_when_rebels_do(events):
    assert first_event(events, "rebel_blockade", "COERCE")["mode"] == "restrict"
    assert not [e for e in events["rebel_blockade"] if e["type"] == "PROTEST"], events["rebel_blockade"]
    ev = first_event(events, "civil_blockade", "PROTEST")
    assert ev["mode"] == "obstruct" and code_of(ev["actor"]) == "KEN", ev


def test_premises_stand_for_the_organisation_named_on_them(events):
    ev = first_event(events, "premises_threat", "THREATEN")
    assert (ev["recipient"] or {}).get("name") == "Deutsche Welle", ev
    raid = [e for e in events["premises_raid"] if (e["recipient"] or {}).get("name") == "BBC"]
    assert raid, events["premises_raid"]


def test_readiness_told_to_a_visitor_is_told_to_them(events):
    ev = first_event(events, "told_visitor", "AGREE")
    assert code_of(ev["recipient"]) == "THA", ev


def test_a_mobilisation_answers_the_side_a_clause_names_on_its_verb(events):
    ev = first_event(events, "clash_verb", "MOBILIZE")
    assert code_of(ev["actor"]) == "TJK" and code_of(ev["recipient"]) == "KGZ", ev


def test_an_international_body_is_no_country_for_the_doers(events):
    ev = first_event(events, "igo_only", "PROTEST")
    assert not code_of(ev["actor"]) and code_of(ev["recipient"]) == "IGO", ev


def test_a_force_facility_stands_for_the_force(events):
    ev = first_event(events, "rebel_base", "ASSAULT")
    assert code_of(ev["actor"]) == "ETH" and (ev["recipient"] or {}).get("sector") == "REB", ev


def test_troops_sent_to_join_an_international_force_are_peacekeeping_aid(events):
    ev = first_event(events, "join_force", "AID")
    assert ev["mode"] == "peacekeeping" and code_of(ev["recipient"]) == "SSD", ev
    promised = events["join_force_promised"]
    assert not [e for e in promised if e["type"] == "THREATEN"], promised
    assert code_of(first_event(events, "join_force_promised", "AGREE")["recipient"]) == "SSD", promised


def test_a_strike_to_protest_against_a_rule_presses_the_ruling_state(events):
    ev = first_event(events, "strike_against_rule", "PROTEST")
    assert code_of(ev["recipient"]) == "SRB", ev


def test_a_call_for_calm_in_a_place_is_made_to_its_country(events):
    ev = first_event(events, "calm_in_place", "REQUEST")
    assert code_of(ev["recipient"]) == "YEM", ev


def test_the_sides_of_a_conflict_named_for_a_country_are_that_country(events):
    assert code_of(first_event(events, "sides_in_conflict", "REQUEST")["recipient"]) == "YEM"


def test_declining_to_answer_a_demand_rejects_it(events):
    ev = first_event(events, "decline_answer", "REJECT")
    assert code_of(ev["actor"]) == "VEN" and code_of(ev["recipient"]) == "BRA", ev
    assert not [e for e in events["prices_decline"] if e["type"] == "REJECT"], events["prices_decline"]


def test_a_call_noun_with_what_it_calls_for_is_a_request(events):
    ev = first_event(events, "call_that", "REQUEST")
    assert code_of(ev["recipient"]) == "EGY", ev
    assert not [e for e in events["call_that"] if e["type"] == "CONCEDE"], events["call_that"]  # only called for
    assert not [e for e in events["phone_call"] if e["type"] == "REQUEST"], events["phone_call"]


def test_the_north_and_the_south_are_the_halves_of_the_divided_country_named(events):
    assert code_of(first_event(events, "the_north", "ASSAULT")["actor"]) == "PRK"
    ev = first_event(events, "the_south", "ACCUSE")
    assert code_of(ev["actor"]) == "PRK" and code_of(ev["recipient"]) == "KOR", ev


def test_a_body_that_calls_itself_international_is_an_international_party(events):
    assert code_of(first_event(events, "intl_monitors", "ACCUSE")["actor"]) == "IGO"
    ev = first_event(events, "intl_inquiry", "REQUEST")
    assert "investigation" not in ((ev["recipient"] or {}).get("name") or ""), ev


def test_a_withdrawal_from_around_a_town_is_from_the_town_s_country(events):
    for key in ("area_around", "town_as_person"):
        ev = first_event(events, key, "RETREAT")
        assert code_of(ev["recipient"]) == "UKR", (key, ev)


def test_a_department_known_by_its_short_name_is_its_state_s(events):
    ev = first_event(events, "treasury", "SANCTION")
    assert code_of(ev["actor"]) == "USA" and code_of(ev["recipient"]) == "IRN", ev


def test_own_army_offered_to_someone_is_offered_to_them(events):
    assert code_of(first_event(events, "army_offered", "AGREE")["recipient"]) == "LBN"


def test_readiness_to_send_soldiers_to_an_international_mission_is_a_contribution(events):
    assert not [e for e in events["ready_mission"] if e["type"] == "THREATEN"], events["ready_mission"]
    assert code_of(first_event(events, "ready_mission", "AGREE")["recipient"]) == "MOZ"


def test_goods_ferried_to_survivors_are_aid(events):
    ev = first_event(events, "ferried", "AID")
    assert code_of(ev["actor"]) == "IND" and code_of(ev["recipient"]) == "LKA", ev


def test_an_act_in_someone_s_custody_is_the_keeper_s(events):
    assert code_of(first_event(events, "custody", "ASSAULT")["actor"]) == "IRN"


def test_an_alert_citing_another_s_act_answers_it(events):
    ev = first_event(events, "citing", "MOBILIZE")
    assert ev["mode"] == "alert" and code_of(ev["actor"]) == "IRN" and code_of(ev["recipient"]) == "USA", ev


def test_a_grant_approved_is_aid(events):
    ev = first_event(events, "grant", "AID")
    assert code_of(ev["actor"]) == "IGO" and code_of(ev["recipient"]) == "NPL", ev


def test_a_strike_called_is_a_protest_and_a_strike_judged_is_not(events):
    ev = first_event(events, "strike_called", "PROTEST")
    assert code_of(ev["actor"]) == "KEN" and code_of(ev["recipient"]) == "KEN", ev
    assert not [e for e in events["strike_judged"] if e["type"] == "PROTEST"], events["strike_judged"]
    ev = first_event(events, "unions_strike", "PROTEST")
    assert (ev["actor"] or {}).get("sector") == "LAB" and code_of(ev["recipient"]) == "PRT", ev


def test_their_after_a_coordinated_subject_is_all_of_them(events):
    for e in events["their_own"]:
        assert code_of(e["recipient"]) in (None, ""), events["their_own"]
    recalled = [e for e in events["recalled_from"] if e["type"] == "SANCTION"]
    assert recalled and all(code_of(e["recipient"]) == "BLR" for e in recalled), events["recalled_from"]


def test_an_attack_noun_on_a_place_targets_its_country_as_the_verb_does(events):
    for key in ("raids_on_towns", "bombed_towns"):
        ev = first_event(events, key, "ASSAULT")
        assert code_of(ev["actor"]) == "RUS" and code_of(ev["recipient"]) == "GEO", (key, ev)
