"""Article-level event coding: generic groups placed where the report is set, demonstrators coded as
protesters, reactions aimed at the news act they answer, crowd-control weapons, the lede's dateline.

Every article here is written for the test; none comes from a sample, the seed or the PLOVER GSR.
"""
from __future__ import annotations

import pytest

from wirewatch.pipeline import process
from wirewatch.record import Record
from wirewatch.settings import Settings
from wirewatch.sources import RawDocument


def analyse(text: str, published: str = "2023-03-06") -> Record:
    raw = RawDocument(data="-\n\n" + text, format="text", name="t", id="t", title="-")
    rec = next(iter(process([raw], Settings(published=published, n_process=1))))
    assert isinstance(rec, Record)
    return rec


def events(rec: Record, etype: str) -> list:
    return [e for e in rec.events if e.type == etype]


@pytest.fixture(scope="module")
def crackdown() -> Record:
    return analyse(
        "LAGOS — Crowds marched through Lagos on Saturday chanting slogans against the government.\n\n"
        "Police fired water cannon at the demonstrators near the parliament.\n\n"
        "Riot police detained dozens of protesters on Sunday.\n\n"
        "Britain condemned the crackdown.\n\n"
        "The African Union urged restraint.\n\n"
        "The U.S. State Department called on the government to change course.")


def test_event_article_countryless_police_take_the_story_country(crackdown):
    coerce = events(crackdown, "COERCE")
    assert coerce, crackdown.events
    assert all(e.actor is not None and e.actor.country == "NGA" for e in coerce)
    assert {e.actor.name for e in coerce} == {"Nigerian police"}


def test_event_article_water_cannon_is_crowd_control_not_an_attack():
    rec = analyse("Police in Accra fired water cannon at demonstrators outside parliament on Friday.")
    fired = [e for e in rec.events if e.trigger and e.trigger.startswith("fired")]
    assert fired and fired[0].type == "COERCE" and fired[0].mode == "restrict"
    assert fired[0].recipient is not None and fired[0].recipient.name == "protesters"
    assert fired[0].actor is not None and fired[0].actor.name == "Ghanaian police"


def test_event_article_crowds_marching_are_protesters_against_the_government(crackdown):
    protest = events(crackdown, "PROTEST")
    assert protest and protest[0].actor is not None
    assert (protest[0].actor.name, protest[0].actor.country) == ("protesters", "NGA")


def test_event_article_detention_has_the_plover_arrest_mode(crackdown):
    detained = [e for e in events(crackdown, "COERCE") if e.trigger == "detained"]
    assert detained and detained[0].mode == "arrest"


def test_event_article_condemnation_targets_the_author_of_the_news_act(crackdown):
    accuse = [e for e in events(crackdown, "ACCUSE") if e.actor is not None and e.actor.country == "GBR"]
    assert accuse and accuse[0].recipient is not None and accuse[0].recipient.country == "NGA"


def test_event_article_call_for_restraint_targets_no_one(crackdown):
    request = [e for e in events(crackdown, "REQUEST") if e.actor is not None and "African Union" in e.actor.name]
    assert request and request[0].recipient is None


def test_event_article_a_body_calling_on_the_government_is_not_its_own_recipient(crackdown):
    request = [e for e in events(crackdown, "REQUEST") if e.actor is not None and e.actor.country == "USA"]
    assert request
    assert request[0].recipient is None or request[0].recipient.name != request[0].actor.name


def test_event_article_nationals_rallying_are_protesters_of_their_country():
    rec = analyse("Thousands of Kenyans rallied in Nairobi on Saturday against the new tax.")
    protest = events(rec, "PROTEST")
    assert protest and protest[0].actor is not None
    assert (protest[0].actor.name, protest[0].actor.country) == ("protesters", "KEN")
    assert protest[0].recipient is not None and protest[0].recipient.name == "Kenyan government"


def test_event_article_named_supporters_keep_their_name_when_they_march():
    rec = analyse("Thousands of supporters of Mali's military rulers marched on the French embassy in Bamako.")
    protest = events(rec, "PROTEST")
    assert protest and protest[0].actor is not None and protest[0].actor.name == "junta supporters"


def test_event_article_ships_of_a_coast_guard_are_the_coast_guard():
    rec = analyse("Chinese coast guard ships fired water cannon at a Vietnamese fishing boat on Friday.")
    coerce = events(rec, "COERCE")
    assert coerce and coerce[0].actor is not None
    assert (coerce[0].actor.name, coerce[0].actor.country) == ("Chinese coast guard", "CHN")


def test_event_article_lede_act_happens_at_the_dateline():
    rec = analyse("HANOI — Vietnam and Japan signed an agreement on maritime security on Tuesday.")
    signed = [e for e in rec.events if e.trigger and e.trigger.startswith("signed")]
    assert signed and signed[0].place is not None and signed[0].place.country == "VNM"


def test_event_article_setting_fire_is_an_assault():
    rec = analyse("Protesters stormed the city hall in Lima and set fire to police cars on Monday.")
    assert events(rec, "ASSAULT")
