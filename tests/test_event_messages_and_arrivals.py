"""Acts told in a message are addressed to whom the message is; an official arriving abroad visits; talks
ended or control handed over are acts on the other side."""
from __future__ import annotations

from event_cases import code_of, events_fixture, first_event

CASES = {
    "in_a_letter": "In a letter to the U.N. Secretary-General, Iraq demanded an end to the sanctions.",
    "sent_a_letter": "Iraq sent a letter to the U.N. Secretary-General demanding an end to the sanctions.",
    "official_arrives": "Norway's foreign minister arrived in Colombo to revive the stalled peace process.",
    "envoy_reaches": "The UN envoy reached Kabul on Sunday.",
    # the visit's own act is coded once, by its own words
    "arrives_for_talks": "The Iranian foreign minister arrived in Damascus for talks with President Assad.",
    # at home, or not an official: no visit
    "home_arrival": "The Pakistani president arrived in Lahore.",
    "refugees_arrive": "Refugees arrived in Greece.",
    "ended_talks": "Colombia's president ended talks with the FARC.",
    "terminated_negotiations": "The Philippine president terminated peace negotiations with communist rebels.",
    "talks_ended": "The talks ended without agreement.",
    "handed_control": "The U.S. military handed control of the airport to Iraqi forces.",
}
events = events_fixture(CASES)


def test_an_act_told_in_a_message_is_addressed_to_its_addressee(events):
    for key in ("in_a_letter", "sent_a_letter"):
        e = first_event(events, key, "REQUEST")
        assert (code_of(e["actor"]), code_of(e["recipient"])) == ("IRQ", "IGO"), (key, e)


def test_an_official_arriving_abroad_visits_that_country(events):
    e = first_event(events, "official_arrives", "CONSULT")
    assert (e["mode"], code_of(e["actor"]), code_of(e["recipient"])) == ("visit", "NOR", "LKA")
    e = first_event(events, "envoy_reaches", "CONSULT")
    assert (code_of(e["actor"]), code_of(e["recipient"])) == ("IGO", "AFG")
    talks = [e for e in events["arrives_for_talks"] if e["type"] == "CONSULT"]
    assert len(talks) == 1 and code_of(talks[0]["recipient"]) == "SYR", talks
    assert not [e for e in events["home_arrival"] + events["refugees_arrive"] if e["type"] == "CONSULT"]


def test_ending_talks_with_a_party_breaks_them_off(events):
    for key, other in (("ended_talks", "COL"), ("terminated_negotiations", "PHL")):
        e = first_event(events, key, "SANCTION")
        assert e["mode"] == "withdraw" and code_of(e["recipient"]) == other, (key, e)
    assert not events["talks_ended"]


def test_control_handed_to_another_is_cooperation(events):
    e = first_event(events, "handed_control", "COOPERATE")
    assert (code_of(e["actor"]), code_of(e["recipient"])) == ("USA", "IRQ")


def test_a_go_between_never_mediates_with_its_own_country():
    from event_cases import analyse_cases

    evs = analyse_cases({"mediated": "Norway mediated talks in Oslo."})
    e = first_event(evs, "mediated", "CONSULT")
    assert code_of(e["actor"]) == "NOR" and code_of(e["recipient"]) != "NOR", e


def test_a_state_s_own_nationals_are_its_people_wherever_they_are():
    from event_cases import analyse_cases

    evs = analyse_cases({"nationals": "Britain urged its nationals to leave Lebanon."})
    e = first_event(evs, "nationals", "REQUEST")
    assert (code_of(e["recipient"]), e["recipient"]["sector"]) == ("GBR", "CVL"), e


def test_a_border_closed_with_a_neighbour_is_closed_on_it_whoever_it_is_closed_to():
    from event_cases import analyse_cases

    evs = analyse_cases({"border": "Hungary closed its border with Serbia to migrants.",
                         "airspace": "Russia closed its airspace to Polish planes."})
    assert code_of(first_event(evs, "border", "SANCTION")["recipient"]) == "SRB"
    assert code_of(first_event(evs, "airspace", "SANCTION")["recipient"]) == "POL"
