"""Event coding over whole articles: the narrative's date and place, protests told by gathering verbs,
concessions under pressure, retaliation told by denial, and descriptions that are no told acts.

Every article here is written for the test; none comes from a sample, the seed or the PLOVER GSR.
"""
from __future__ import annotations

import pytest

from event_cases import analyse_article as analyse

from wirewatch.record import Record


def of_type(rec: Record, etype: str) -> list:
    return [e for e in rec.events if e.type == etype and not e.hypothetical]


@pytest.fixture(scope="module")
def farmers() -> Record:
    return analyse("Thousands of farmers marched through Lagos on Saturday to demand lower fuel prices.\n\n"
                   "Police fired tear gas at the marchers near the parliament.")


def test_event_articles_undated_sentence_continues_the_narrative_date(farmers):
    fired = [e for e in farmers.events if e.actor is not None and e.actor.name.endswith("police")]
    assert fired and fired[0].date.earliest == "2023-03-04" and fired[0].date_basis == "narrative"
    assert not fired[0].background


def test_event_articles_undated_sentence_takes_the_story_place(farmers):
    fired = [e for e in farmers.events if e.actor is not None and e.actor.name.endswith("police")]
    assert fired[0].place is not None and fired[0].place.country == "NGA"


def test_event_articles_recalled_date_does_not_reset_the_narrative():
    rec = analyse("Thousands of students rallied in Nairobi on Saturday against the fuel tax.\n\n"
                  "The demonstration, the largest since the floods on Tuesday, February 28, drew an estimated "
                  "10,000 people.\n\nPolice fired tear gas at the students outside parliament.")
    fired = [e for e in rec.events if e.actor is not None and e.actor.name.endswith("police")]
    assert fired and fired[0].date.earliest == "2023-03-04"


def test_event_articles_crowd_pouring_in_to_denounce_is_a_protest():
    rec = analyse("Thousands of students poured into the centre of Nairobi on Saturday to denounce the government.")
    assert of_type(rec, "PROTEST")


def test_event_articles_resignation_after_protests_concedes():
    rec = analyse("Thousands of students rallied in Nairobi on Saturday, demanding the resignation of the cabinet.\n\n"
                  "On Sunday, the Kenyan education minister resigned.")
    assert of_type(rec, "CONCEDE") and not of_type(rec, "RETREAT")


def test_event_articles_plain_resignation_is_a_retreat():
    rec = analyse("The Kenyan education minister resigned on Sunday to run for governor.")
    assert of_type(rec, "RETREAT") and not of_type(rec, "CONCEDE")


def test_event_articles_stopping_short_of_an_act_is_not_the_act():
    rec = analyse("The Kenyan foreign minister stopped short of endorsing the Ugandan strikes.")
    assert not of_type(rec, "SUPPORT")


def test_event_articles_demand_that_attacks_stop_asks_their_author():
    rec = analyse("Rebels attacked cargo ships in the Gulf of Aden on Monday. On Wednesday the Security Council "
                  "passed a resolution demanding that the attacks stop.")
    req = of_type(rec, "REQUEST")
    assert req and req[0].recipient is not None and req[0].recipient.name.lower() == "rebels"


def test_event_articles_attacks_that_will_not_go_unanswered_are_a_threat():
    rec = analyse("Rebel spokesman Ali Hassan said on Monday that the air raids will not go unanswered.")
    assert of_type(rec, "THREATEN")


def test_event_articles_shooting_down_drones_is_no_attack_on_a_party():
    rec = analyse("Ethiopian forces shot down four drones over the border on Tuesday.")
    assert not of_type(rec, "ASSAULT")


def test_event_articles_aim_of_talks_is_no_agreement():
    rec = analyse("Chinese and Russian officials met in Beijing for talks aimed at establishing a joint bank.")
    assert of_type(rec, "CONSULT") and not of_type(rec, "AGREE")


def test_event_articles_reported_act_ends_by_publication():
    rec = analyse("Until this week, the World Food Programme delivered aid to Gode through a single road.",
                  published="2023-03-07")
    aid = of_type(rec, "AID")
    assert aid and all(e.date.latest[:10] <= "2023-03-07" for e in aid)


def test_event_articles_present_demand_is_not_dated_by_a_past_clause():
    rec = analyse("Kenya's education minister announced on February 20 that the bill had been suspended, but "
                  "students are demanding her resignation.")
    req = of_type(rec, "REQUEST")
    assert req and req[0].date.earliest != "2023-02-20"
    assert of_type(rec, "CONCEDE")  # shelving the contested bill


def test_event_articles_crowd_control_on_protesters_is_coercion():
    rec = analyse("Police used pepper spray and batons on protesters outside the assembly in Lagos.")
    coerce = of_type(rec, "COERCE")
    assert coerce and coerce[0].recipient is not None and coerce[0].recipient.name == "protesters"


def test_event_articles_followed_suit_repeats_the_act_with_a_new_actor():
    rec = analyse("France suspended development aid to Niger on Saturday. "
                  "The European Union took a similar step the same day.")
    sanctions = of_type(rec, "SANCTION")
    actors = {e.actor.name for e in sanctions if e.actor is not None}
    assert {"France", "European Union"} <= actors
    eu = next(e for e in sanctions if e.actor is not None and e.actor.name == "European Union")
    assert eu.recipient is not None and eu.recipient.country == "NER" and eu.date.earliest == "2023-03-04"


def test_event_articles_either_or_acts_are_told_once():
    rec = analyse("Since November the rebels have attacked or threatened more than two dozen cargo ships.")
    assert of_type(rec, "ASSAULT") and not of_type(rec, "THREATEN")


def test_event_articles_quitting_after_protests_concedes():
    rec = analyse("Thousands of students rallied in Nairobi on Saturday against the cabinet.\n\n"
                  "On Sunday, the Kenyan education minister quit.")
    assert of_type(rec, "CONCEDE")


def test_event_articles_saying_someone_was_responsible_accuses_them():
    rec = analyse("Kenya's interior minister said on Monday that the rebels were responsible for the bombing.")
    acc = of_type(rec, "ACCUSE")
    assert acc and acc[0].recipient is not None and acc[0].recipient.name.lower() == "rebels"


def test_event_articles_denied_responsibility_is_no_accusation():
    rec = analyse("Kenya's interior minister said on Monday that the rebels were not responsible for the bombing.")
    assert not [e for e in of_type(rec, "ACCUSE") if e.trigger.endswith("responsible")]


def test_event_articles_place_of_the_reporting_officials_is_not_the_acts():
    rec = analyse("Canada provided food aid, officials in Washington said.")
    aid = of_type(rec, "AID")
    assert aid and (aid[0].place is None or aid[0].place.country != "USA")
    assert aid[0].recipient is None or aid[0].recipient.country != "USA"


def test_an_act_dated_days_before_the_lead_news_is_recalled_context():
    """The lead news (dated in its own sentence) anchors the report; an act dated more than recalled_days
    before it is context the report recalls, however recent; the news itself and acts of the same days are not."""
    from event_cases import analyse_article

    text = ("MOGADISHU — A suicide bomber killed 20 people at a checkpoint near the airport on Thursday, "
            "officials said.\n\n"
            "Al-Shabaab fighters seized the town of Jowhar on August 12, days before the new government was "
            "sworn in.")
    evs = analyse_article(text, "2022-08-26").to_dict()["events"]
    lead = [e for e in evs if e["type"] == "ASSAULT" and "bomber" in e["evidence"]["text"]]
    recalled = [e for e in evs if "Jowhar" in e["evidence"]["text"] and e["type"] in ("ASSAULT", "COERCE")]
    assert lead and not lead[0]["background"], evs
    assert recalled and recalled[0]["background"], evs
