"""Bodies named in words the recogniser splits ("Tamil rebels", "the Hague war crimes tribunal"), things that
stand for their owners ("an army helicopter", "boats belonging to X"), addressees no party can be read from
("urged world leaders"), verbs whose preposition is a date, not a particle, and acts done today for a
recalled one."""
from __future__ import annotations

from event_cases import code_of, events_fixture, first_event

CASES = {
    # a people's name and what the force is, as the dictionary lists a rebel group
    "people_rebels": "Tamil rebels ambushed an army patrol in the north, killing 12 soldiers.",
    "place_rebels": "Kachin rebels attacked an army post near Myitkyina.",
    # an international court named by its seat
    "seat_tribunal": "Croatia extradited a former general to The Hague war crimes tribunal.",
    "seat_tribunal_refused": "Belgrade refused to hand over war criminals to the Hague tribunal.",
    # a headline's capitalised common noun is no name
    "headline_word": "Aid group demands inquiry after strike destroys clinic in Kunduz",
    # an addressee named in words no party comes from is unknown, not the actor's own country
    "world_leaders": "The Pope urged world leaders to act on climate change.",
    "mediate_between": "Indonesia offered to mediate between the two Koreas.",
    # a preposition introducing a date completes no phrasal verb ("fire on")
    "fired_on_monday": "Yeltsin fired his prime minister and the entire cabinet on Monday.",
    "fired_on_crowd_monday": "Troops fired on protesters in Andijan on Monday.",
    # ramming a vessel is force used on those aboard; ramming a bill through is not
    "rammed_boat": "A Chinese coast guard ship rammed a Philippine supply boat near the shoal.",
    "rammed_bill": "The government rammed the budget bill through parliament.",
    # a facility named by an adjective is its force's
    "naval_base": "Rebels shelled a naval base near the port.",
    # a vehicle named for the state body it belongs to is that body's
    "army_helicopter": "Syrian rebels shot down an army helicopter near Aleppo.",
    "government_helicopter": "Syrian rebels shot down a government helicopter near Idlib.",
    # a thing's owner told after it
    "boats_belonging": "The Sri Lankan navy sank three boats belonging to the Tamil Tigers off the northeast coast.",
    "tanker_operated": "Iran seized a tanker operated by a Greek company in the Gulf.",
    # asylum is granted to foreigners only
    "asylum": "Ecuador granted asylum to WikiLeaks founder Julian Assange.",
    # a hanging is an execution; a banner hung is nothing
    "hanged": "Bangladesh hanged five former army officers for the 1975 killing of the country's founding leader.",
    "banner": "Protesters hung banners from the bridge.",
}
events = events_fixture(CASES)


def test_a_force_named_by_its_people_is_the_listed_group(events):
    e = first_event(events, "people_rebels", "ASSAULT")
    assert e["actor"]["name"] == "Liberation Tigers of Tamil Eelam"
    assert (e["actor"]["country"], e["actor"]["sector"]) == ("LKA", "REB")
    assert code_of(first_event(events, "place_rebels", "ASSAULT")["actor"]) == "MMR"


def test_an_international_court_named_by_its_seat_is_no_country_s(events):
    for key in ("seat_tribunal", "seat_tribunal_refused"):
        e = events[key][0]
        assert code_of(e["recipient"]) == "IGO", (key, e)
        assert e["recipient"]["country"] is None


def test_a_capitalised_headline_word_is_no_listed_name(events):
    for e in events["headline_word"]:
        assert (e["actor"] or {}).get("name") != "Aid Group", e


def test_an_unreadable_addressee_is_unknown_not_the_actor_s_country(events):
    e = first_event(events, "world_leaders", "REQUEST")
    assert code_of(e["actor"]) == "VAT"
    assert e["recipient"] is None
    e = events["mediate_between"][0]
    assert code_of(e["actor"]) == "IDN"
    assert code_of(e["recipient"]) != "IDN"


def test_a_date_after_fire_makes_no_shooting(events):
    assert not [e for e in events["fired_on_monday"] if e["type"] == "ASSAULT"]
    e = first_event(events, "fired_on_crowd_monday", "ASSAULT")
    assert e["mode"] == "firearms"
    assert e["date"]["earliest"] == "1999-12-27"  # the Monday before the 2000-01-01 publication


def test_ramming_a_vessel_is_an_assault_and_ramming_a_bill_is_nothing(events):
    e = first_event(events, "rammed_boat", "ASSAULT")
    assert (code_of(e["actor"]), code_of(e["recipient"])) == ("CHN", "PHL")
    assert not [e for e in events["rammed_bill"] if e["type"] == "ASSAULT"]


def test_a_facility_named_by_an_adjective_is_its_force_s(events):
    e = first_event(events, "naval_base", "ASSAULT")
    assert e["recipient"]["name"] == "naval forces"
    assert e["recipient"]["sector"] == "MIL"


def test_a_vehicle_named_for_a_state_body_is_that_body_s(events):
    e = first_event(events, "army_helicopter", "ASSAULT")
    assert (code_of(e["recipient"]), e["recipient"]["sector"]) == ("SYR", "MIL")
    e = first_event(events, "government_helicopter", "ASSAULT")
    assert (code_of(e["recipient"]), e["recipient"]["sector"]) == ("SYR", "GOV")


def test_a_thing_s_owner_told_after_it_is_the_party(events):
    e = first_event(events, "boats_belonging", "ASSAULT")
    assert (code_of(e["actor"]), code_of(e["recipient"]), e["recipient"]["sector"]) == ("LKA", "LKA", "REB")
    e = first_event(events, "tanker_operated", "COERCE")
    assert code_of(e["recipient"]) == "GRC"


def test_asylum_is_never_granted_to_one_s_own_people(events):
    e = first_event(events, "asylum", "AID")
    assert e["mode"] == "asylum"
    assert code_of(e["recipient"]) != "ECU"


def test_a_hanging_is_todays_answer_to_a_recalled_killing(events):
    hanged = [e for e in events["hanged"] if e["type"] == "ASSAULT" and code_of(e["actor"]) == "BGD"]
    assert hanged, events["hanged"]
    assert not hanged[0]["background"]
    assert hanged[0]["date"]["earliest"] == "2000-01-01"  # the publication day, not 1975
    assert not [e for e in events["banner"] if e["type"] == "ASSAULT"]


def test_a_lowercase_common_noun_is_no_nationality():
    from event_cases import analyse_cases

    # "reunion" is the adjective table's word for Reunion (France); "family reunions" are nobody's
    evs = analyse_cases({"reunions": "Seoul offered food aid to Pyongyang in exchange for family reunions."})
    e = first_event(evs, "reunions", "AGREE")
    assert code_of(e["recipient"]) == "PRK", e
