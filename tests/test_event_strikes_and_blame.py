"""Impact verbs strike places only by force (a weapon or an armed party as subject, never an earthquake or
sanctions); blame laid on someone ("bore sole responsibility for") accuses them; a judgement told in a
relative clause ("which he called a terrorist act by X") accuses the act's author; the charge's own words
("accused them of smearing Beijing") name no one accused; dismissing people "as" something disparages them."""
from __future__ import annotations

from event_cases import code_of, events_fixture, first_event

CASES = {
    "missiles_hit_city": "Russian missiles hit Kyiv on Monday.",
    "state_struck_city": "Russia struck the Ukrainian city of Kharkiv.",
    "passive_struck": "Kyiv was struck by Russian missiles overnight.",
    "rebels_positions": "The rebels struck government positions near Goma.",
    "conjoined_strike": "Chinese coast guard ships blocked the boat's path and then struck it with water cannon.",
    "earthquake": "A powerful earthquake struck Morocco.",
    "earthquake_passive": "Morocco was struck by a powerful earthquake.",
    "sanctions_hit": "Western sanctions hit the Russian economy hard.",
    "tariffs": "The United States hit China with new tariffs.",
    "storm": "The typhoon hit the Philippines.",
    "bore_responsibility": "NATO said Russia had failed to comply and bore sole responsibility for the collapse of the treaty.",
    "would_bear": "The Kremlin said Kyiv would bear responsibility for any escalation.",
    "took_responsibility": "The rebels said they took full responsibility for the attack.",
    "relative_judgement": "The Kremlin condemned the explosion, which it called a terrorist act by Ukraine.",
    "act_by_author": "President Joe Biden called the bombing a cowardly act by Russia.",
    "dismissed_people": "President Erdogan dismissed the Kurdish opposition as terrorists.",
    "dismissed_claims": "The Sudanese army dismissed the claims as lies.",
    "accused_them": "Japan and South Korea held talks on Friday. The Chinese ministry accused them of smearing Beijing.",
}
events = events_fixture(CASES)


def _types(events, key):
    return [e["type"] for e in events[key]]


def test_a_weapon_or_an_armed_party_strikes_a_place(events):
    for key in ("missiles_hit_city", "state_struck_city", "passive_struck"):
        e = first_event(events, key, "ASSAULT")
        assert (code_of(e["actor"]), code_of(e["recipient"])) == ("RUS", "UKR"), (key, e)
    e = first_event(events, "rebels_positions", "ASSAULT")
    assert e["actor"]["sector"] == "REB" and code_of(e["recipient"]) == "COD", e
    # the subject of the first of two joined verbs strikes too
    assert code_of(first_event(events, "conjoined_strike", "ASSAULT")["actor"]) == "CHN"


def test_nature_and_sanctions_strike_no_one(events):
    for key in ("earthquake", "earthquake_passive", "sanctions_hit", "tariffs", "storm"):
        assert "ASSAULT" not in _types(events, key), (key, events[key])


def test_blame_laid_on_a_party_accuses_it(events):
    e = first_event(events, "bore_responsibility", "ACCUSE")
    assert e["actor"]["name"] == "NATO" and code_of(e["recipient"]) == "RUS", e
    # a warning of blame to come is no accusation made; taking responsibility is one's own act
    assert "ACCUSE" not in _types(events, "would_bear")
    assert "ACCUSE" not in _types(events, "took_responsibility")


def test_a_judgement_names_the_author_of_the_act_judged(events):
    e = first_event(events, "relative_judgement", "ACCUSE")
    assert (code_of(e["actor"]), code_of(e["recipient"])) == ("RUS", "UKR"), e
    e = first_event(events, "act_by_author", "ACCUSE")
    assert (code_of(e["actor"]), code_of(e["recipient"])) == ("USA", "RUS"), e


def test_the_charge_names_no_one_accused(events):
    e = first_event(events, "accused_them", "ACCUSE")
    # not the place named in the charge, nor the country the accuser's own name is of
    assert e["recipient"] is None or code_of(e["recipient"]) in ("JPN", "KOR"), e


def test_dismissing_people_as_something_accuses_them_dismissing_a_claim_rejects_it(events):
    e = first_event(events, "dismissed_people", "ACCUSE")
    assert (code_of(e["actor"]), e["mode"], e["recipient"]["name"]) == ("TUR", "disapprove", "Kurdish opposition"), e
    assert "ACCUSE" not in _types(events, "dismissed_claims") and "REJECT" in _types(events, "dismissed_claims")
