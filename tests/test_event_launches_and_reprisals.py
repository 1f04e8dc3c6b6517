"""A missile fired into the sea or over a country with no target named is a show of force (MOBILIZE), and the
reactions condemning "the launch" answer its author; a weapon's description ("cruise missiles") is no party;
a reprisal done is an attack, one vowed is a threat, one told by its means ("retaliated by expelling") is
that means only; "its leader Kim Jong Un" speaks as Kim; "quoted X as saying" makes X the speaker; threats
"met with" weapons are what is answered, not a new act; "its" in "the enemy kept up its threats" is the
enemy's."""
from __future__ import annotations

from event_cases import code_of, events_fixture, first_event

CASES = {
    "icbm_sea": "North Korea fired an intercontinental ballistic missile that came down in the sea off Japan on Friday.",
    "over_japan": "North Korea sent an intermediate-range missile over Japan on Tuesday.",
    "condemned_launch": ("North Korea fired a missile into the sea on Friday. United Nations Secretary-General Antonio "
                         "Guterres strongly condemned the launch."),
    "cruise_at": "Russia fired cruise missiles at Kyiv.",
    "fired_at_ships": "Russia fired missiles at Ukrainian ships in the Black Sea.",
    "retaliated": "Iran retaliated against Israel with a barrage of missiles on Sunday.",
    "vowed_reprisal": "Iran vowed to retaliate against Israel.",
    "by_means": "Moscow retaliated by ordering 20 Czech diplomats to leave the country.",
    "leader_appos": ("North Korea fired a missile on Friday, and its leader Kim Jong Un warned on Saturday that "
                     "Pyongyang would meet nuclear threats from Washington with nuclear weapons."),
    "quoted_as_saying": "KCNA quoted Kim Jong Un as saying that North Korea would attack the United States.",
    "promised_revenge": "Iran promised on Tuesday to take revenge on Israel for the airstrike.",
    "took_revenge": "Iran took revenge on Israel with a drone attack.",
    "held_responsible": "Iran held Washington responsible.",
    "hours_to_disarm": "The rebels gave the Congolese army 48 hours to lay down its arms.",
    "day_off": "The Nigerian government gave its workers a day off.",
}
events = events_fixture(CASES)


def _types(events, key):
    return [e["type"] for e in events[key]]


def test_a_launch_that_strikes_no_one_is_a_show_of_force(events):
    e = first_event(events, "icbm_sea", "MOBILIZE")
    assert code_of(e["actor"]) == "PRK" and "ASSAULT" not in _types(events, "icbm_sea"), events["icbm_sea"]
    e = first_event(events, "over_japan", "MOBILIZE")
    assert code_of(e["recipient"]) == "JPN" and "AID" not in _types(events, "over_japan"), events["over_japan"]
    e = first_event(events, "condemned_launch", "ACCUSE")
    assert code_of(e["recipient"]) == "PRK", e
    # a named target keeps it an attack, at sea too
    e = first_event(events, "fired_at_ships", "ASSAULT")
    assert code_of(e["recipient"]) == "UKR", e


def test_a_weapon_described_is_no_party(events):
    e = first_event(events, "cruise_at", "ASSAULT")
    assert e["recipient"]["name"] == "Kyiv", e


def test_reprisals_done_vowed_or_told_by_their_means(events):
    e = first_event(events, "retaliated", "ASSAULT")
    assert (code_of(e["actor"]), code_of(e["recipient"])) == ("IRN", "ISR"), e
    e = first_event(events, "vowed_reprisal", "THREATEN")
    assert (code_of(e["actor"]), code_of(e["recipient"])) == ("IRN", "ISR"), e
    assert "AGREE" not in _types(events, "vowed_reprisal")
    assert "ASSAULT" not in _types(events, "by_means")
    assert first_event(events, "by_means", "SANCTION")["mode"] == "expel"


def test_speakers_named_in_apposition_or_quoted(events):
    threats = [e for e in events["leader_appos"] if e["type"] == "THREATEN"]
    assert [e["actor"]["name"] for e in threats] == ["Kim Jong Un"], threats  # no threat "from Washington"
    assert code_of(threats[0]["recipient"]) == "USA"
    e = first_event(events, "quoted_as_saying", "THREATEN")
    assert (code_of(e["actor"]), code_of(e["recipient"])) == ("PRK", "USA"), e


def test_revenge_taken_attacks_promised_threatens(events):
    e = first_event(events, "promised_revenge", "THREATEN")
    assert (code_of(e["actor"]), code_of(e["recipient"])) == ("IRN", "ISR"), e
    assert "AGREE" not in _types(events, "promised_revenge")
    e = first_event(events, "took_revenge", "ASSAULT")
    assert (code_of(e["actor"]), code_of(e["recipient"])) == ("IRN", "ISR"), e


def test_holding_someone_responsible_needs_no_for(events):
    e = first_event(events, "held_responsible", "ACCUSE")
    assert (code_of(e["actor"]), code_of(e["recipient"])) == ("IRN", "USA"), e


def test_a_deadline_set_for_a_party_is_an_ultimatum(events):
    e = first_event(events, "hours_to_disarm", "THREATEN")
    assert e["actor"]["sector"] == "REB" and e["recipient"]["name"] == "Congolese army", e
    assert "THREATEN" not in _types(events, "day_off")
