"""Threats told without a threatening verb, and force told through the tool used.

- A retaliation its own side calls sure ("Tehran's response would be harsh", "a response to the sanctions
  is inevitable") threatens whoever did the act it answers; an outsider's forecast threatens nothing.
- "warned of countermeasures against X" threatens X; the countermeasures are not coded as done; a price to
  be exacted from X, costs to be imposed on those responsible, threaten them.
- What the police used a tool to do is done ("used stun grenades to break up crowds"), whichever tool the
  sentence names first.
"""
from __future__ import annotations

from event_cases import code_of, events_fixture, first_event

CASES = {
    "harsh": "Israeli jets struck the Iranian consulate in Damascus on Monday. Iran's ambassador told state "
             "television that Tehran's response would be harsh.",
    "inevitable": "The United States imposed sanctions on Russia on Thursday. Russia's Foreign Ministry said a "
                  "response to the sanctions was inevitable.",
    "forecast": "Israeli jets struck the Iranian consulate in Damascus on Monday. Analysts said Iran's "
                "response would be limited.",
    "foreign_owner": "Israeli jets struck the Iranian consulate in Damascus on Monday. A Saudi official said "
                     "Iran's response would be harsh.",
    "warned_of": "North Korea's foreign minister warned of fiercer military countermeasures against the "
                 "United States.",
    "famine": "The World Health Organization warned of a famine in Gaza.",
    "used_tools": "Riot police used stun grenades, rubber bullets and water cannon to break up crowds in Minsk.",
    "used_one": "Riot police used stun grenades to disperse crowds in Minsk.",
    "tried_to_use": "The rebels tried to use the talks to pressure Kyiv.",
    "exact_price": "Israeli Defence Minister Benny Gantz said Israel will exact a price from Iran at the time that "
                   "suits it.",
    "without_punishment": "Israeli jets killed three Hezbollah commanders on Tuesday. Hezbollah said the killings "
                          "will not pass without punishment.",
    "impose_costs": "Iranian security forces fired on protesters in Zahedan on Friday. On Monday Joe Biden said "
                    "the United States would impose further costs on those responsible.",
}
events = events_fixture(CASES)


def test_a_harsh_response_promised_threatens_the_attacker(events):
    e = first_event(events, "harsh", "THREATEN")
    assert (code_of(e["actor"]), code_of(e["recipient"])) == ("IRN", "ISR"), e


def test_an_inevitable_response_to_sanctions_threatens_their_author(events):
    e = first_event(events, "inevitable", "THREATEN")
    assert (code_of(e["actor"]), code_of(e["recipient"])) == ("RUS", "USA"), e


def test_a_price_exacted_or_costs_imposed_to_come_threaten(events):
    e = first_event(events, "exact_price", "THREATEN")
    assert (code_of(e["actor"]), code_of(e["recipient"])) == ("ISR", "IRN"), e
    e = first_event(events, "without_punishment", "THREATEN")
    assert (code_of(e["actor"]), code_of(e["recipient"])) == ("LBN", "ISR"), e
    e = first_event(events, "impose_costs", "THREATEN")
    assert (code_of(e["actor"]), code_of(e["recipient"])) == ("USA", "IRN"), e


def test_a_forecast_of_someone_elses_response_is_no_threat(events):
    for key in ("forecast", "foreign_owner"):
        assert not [e for e in events[key] if e["type"] == "THREATEN"], (key, events[key])


def test_warning_of_countermeasures_against_a_state_threatens_it(events):
    e = first_event(events, "warned_of", "THREATEN")
    assert (code_of(e["actor"]), code_of(e["recipient"])) == ("PRK", "USA"), e
    # the countermeasures were threatened, not taken
    assert not [x for x in events["warned_of"] if x["type"] == "SANCTION" and not x["hypothetical"]], \
        events["warned_of"]


def test_warning_of_a_famine_threatens_no_one(events):
    assert all(e["recipient"] is None for e in events["famine"] if e["type"] == "THREATEN"), events["famine"]


def test_what_police_used_tools_to_do_is_done(events):
    for key in ("used_tools", "used_one"):
        e = first_event(events, key, "COERCE")
        assert code_of(e["actor"]) == "BLR" and not e["hypothetical"] and e["recipient"], (key, e)


def test_an_attempt_to_use_something_stays_an_attempt(events):
    evs = [e for e in events["tried_to_use"] if not e["hypothetical"]]
    assert all(e["attempted"] for e in evs), evs


def test_a_dispersal_and_mass_arrests_are_two_coercions():
    from event_cases import analyse_article

    rec = analyse_article(
        "MINSK — Riot police used stun grenades and water cannon to break up crowds in Minsk on Sunday night.\n\n"
        "The Interior Ministry said on Monday that about 3,000 people had been detained.\n\n"
        "Police later detained the protest's organisers at their homes.", published="2020-08-10")
    modes = sorted(e.mode for e in rec.events if e.type == "COERCE")
    # the dispersal and the arrests are two acts; the two reports of arrests may be one
    assert "restrict" in modes and "arrest" in modes, [(e.type, e.mode, e.trigger) for e in rec.events]


RELEASE = {
    "detainees": "Belarusian police arrested Roman Protasevich and Sofia Sapega at Minsk airport. Sviatlana "
                 "Tsikhanouskaya, the exiled opposition leader, demanded the release of both detainees.",
    "named": "Belarusian police arrested Roman Protasevich at Minsk airport. The EU demanded the release of "
             "Protasevich.",
    "no_captor": "The EU demanded the release of Protasevich.",
    "resignation": "Protesters demanded the resignation of Prime Minister Hassan Diab.",
}
released = events_fixture(RELEASE)


def test_a_demanded_release_asks_the_captor(released):
    for key in ("detainees", "named"):
        e = first_event(released, key, "REQUEST")
        assert code_of(e["recipient"]) == "BLR" and "police" in e["recipient"]["name"].lower(), (key, e)


def test_with_no_captor_told_the_one_to_be_freed_stays(released):
    e = first_event(released, "no_captor", "REQUEST")
    assert "Protasevich" in (e["recipient"] or {}).get("name", ""), e


def test_a_demanded_resignation_still_asks_the_one_to_resign(released):
    e = first_event(released, "resignation", "REQUEST")
    assert code_of(e["recipient"]) == "LBN", e


def test_reviewing_relations_with_a_state_threatens_it():
    from event_cases import analyse_cases

    evs = analyse_cases({"k": "The EU is reviewing its relations with Belarus."})["k"]
    e = first_event({"k": evs}, "k", "THREATEN")
    assert (code_of(e["actor"]), code_of(e["recipient"])) == ("IGO", "BLR"), e


def test_a_spokesman_threatens_the_other_side_not_his_own_group():
    from event_cases import analyse_cases

    evs = analyse_cases({"k": "US and British jets struck Houthi sites in Yemen on Thursday. President Joe Biden said "
                              "the operation answered Houthi attacks on international shipping. The group's military "
                              "spokesman, Yahya Saree, said the attacks would not go unanswered."})["k"]
    threats = [e for e in evs if e["type"] == "THREATEN" and e["actor"] and "Saree" in e["actor"]["name"]]
    assert threats and all(code_of(e["recipient"]) in ("USA", "GBR") for e in threats), evs
