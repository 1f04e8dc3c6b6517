"""Fighting is mutual (two forces named by their adjectives fought each other); insurgents fight the state
they rise against (a bare "army" facing a country's rebels is that country's); calling someone a name accuses
them."""
from __future__ import annotations

from event_cases import code_of, events_fixture, first_event

CASES = {
    "two_forces_fought": "Ethiopian and Eritrean forces fought fierce battles along their disputed border.",
    "fought_object": "Rebels fought Congolese government troops near Goma.",
    "army_vs_rebels": "The army fought against Tamil rebels in the north.",
    "rebels_vs_army": "Rebels ambushed a Sri Lankan army patrol.",
    "called_a_liar": "Venezuelan President Hugo Chavez on Tuesday called U.S. President George W. Bush a liar.",
    "called_a_dictator": "Chavez called Bush a dictator.",
    # a judgement of an act, not a name, stays the act author's accusation as before
    "called_unacceptable": "Britain called the detention unacceptable.",
}
events = events_fixture(CASES)


def test_two_forces_named_by_their_adjectives_fought_each_other(events):
    e = first_event(events, "two_forces_fought", "ASSAULT")
    assert {code_of(e["actor"]), code_of(e["recipient"])} == {"ETH", "ERI"}, e
    e = first_event(events, "fought_object", "ASSAULT")
    assert code_of(e["recipient"]) == "COD"


def test_a_bare_state_force_facing_a_country_s_insurgents_is_that_country_s(events):
    e = first_event(events, "army_vs_rebels", "ASSAULT")
    assert (code_of(e["actor"]), e["actor"]["sector"], code_of(e["recipient"])) == ("LKA", "MIL", "LKA")
    e = first_event(events, "rebels_vs_army", "ASSAULT")
    assert (code_of(e["actor"]), e["actor"]["sector"]) == ("LKA", "REB")


def test_calling_someone_a_name_accuses_them(events):
    for key in ("called_a_liar", "called_a_dictator"):
        e = first_event(events, key, "ACCUSE")
        assert (code_of(e["actor"]), code_of(e["recipient"])) == ("VEN", "USA"), (key, e)
    assert first_event(events, "called_unacceptable", "ACCUSE")["actor"]["country"] == "GBR"


def test_a_compound_verb_is_read_whole_and_the_last_of_a_group_is_the_group():
    from event_cases import analyse_cases

    evs = analyse_cases({"test_fired": "India test-fired a nuclear-capable missile.",
                         "last_of": "Peru released the last of the Japanese embassy hostages after a long siege.",
                         "restored": "The Nepalese king restored parliament after weeks of protests."})
    assert not [e for e in evs["test_fired"] if e["type"] == "ASSAULT"], evs["test_fired"]
    assert first_event(evs, "test_fired", "MOBILIZE")["actor"]["country"] == "IND"
    assert first_event(evs, "last_of", "RETREAT")["recipient"] is not None
    assert code_of(first_event(evs, "restored", "CONCEDE")["actor"]) == "NPL"


def test_the_two_leaders_or_countries_are_the_pair_told_before():
    from event_cases import analyse_article

    rec = analyse_article("MOSCOW — Chinese President Xi Jinping met Russian President Vladimir Putin on Monday.\n\n"
                          "The two leaders held formal talks in the Kremlin on Tuesday.")
    talks = [e for e in rec.to_dict()["events"] if e["type"] == "CONSULT" and "two leaders" in e["evidence"]["text"]]
    assert talks and {talks[0]["actor"]["name"], talks[0]["recipient"]["name"]} == {"Xi Jinping", "Vladimir Putin"}
    rec = analyse_article("Indian and Pakistani officials met in Delhi on Monday. The two countries agreed to reopen "
                          "the border crossing.")
    agreed = [e for e in rec.to_dict()["events"] if e["type"] == "AGREE"]
    assert agreed and {agreed[0]["actor"]["country"], agreed[0]["recipient"]["country"]} == {"IND", "PAK"}
    # one leader and a city told before are no pair of leaders
    rec = analyse_article("MOSCOW — Chinese President Xi Jinping arrived in Moscow on Monday for a state visit.\n\n"
                          "The two leaders held formal talks in the Kremlin on Tuesday.")
    assert not [e for e in rec.to_dict()["events"] if "two leaders" in e["evidence"]["text"]
                and (e["actor"] or {}).get("name") == "Moscow"]
