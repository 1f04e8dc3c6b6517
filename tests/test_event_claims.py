"""Across sentences: who claimed an unattributed attack, the name a described group goes by, and which
earlier act a condemnation of "the bombing" answers."""
from __future__ import annotations

import pytest

from event_cases import analyse_article as analyse

BOMBING = ("MOGADISHU — A suicide bomber drove a truck packed with explosives into a checkpoint in Mogadishu on "
           "Saturday, killing 14 soldiers. {claim} Later on Sunday, the U.S. military said an American drone had "
           "struck a militant commander near Jilib. Somalia's president condemned the bombing.")


def _by_type(rec, etype: str) -> list:
    return [e for e in rec.events if e.type == etype and not e.hypothetical]


def _first_attack(rec):
    return min(_by_type(rec, "ASSAULT"), key=lambda e: e.evidence.start)


@pytest.mark.parametrize("claim", [
    "Al-Shabaab claimed responsibility for the attack.",
    "Al-Shabaab claimed the attack in a statement on its radio station.",
    "Al-Shabaab took responsibility on Saturday night.",
])
def test_a_claim_names_the_unnamed_attacker(claim):
    attack = _first_attack(analyse(BOMBING.format(claim=claim)))
    assert attack.actor is not None and attack.actor.name.lower() == "al-shabaab"


def test_a_denied_claim_names_no_one():
    attack = _first_attack(analyse(BOMBING.format(claim="Al-Shabaab did not claim the attack.")))
    assert attack.actor is None or attack.actor.name != "Al-Shabaab"


def test_a_claim_never_overrides_a_named_attacker():
    text = ("Russian forces shelled the town of Avdiivka on Monday, killing four civilians. "
            "A local militia claimed the attack in a post online. Kyiv condemned the shelling.")
    attack = _first_attack(analyse(text))
    assert attack.actor is not None and attack.actor.country == "RUS"


def test_the_group_is_the_name_it_goes_by():
    text = BOMBING.format(claim="Al-Qaeda's East African affiliate, known as Al-Shabaab, claimed the attack.")
    attack = _first_attack(analyse(text))
    assert attack.actor is not None and attack.actor.name.lower() == "al-shabaab"


def test_condemning_the_bombing_answers_the_bomber_not_the_later_drone_strike():
    rec = analyse(BOMBING.format(claim="Al-Shabaab claimed the attack."))
    condemned = [e for e in _by_type(rec, "ACCUSE") if "condemned the bombing" in e.evidence.text]
    assert condemned and condemned[0].recipient is not None
    assert condemned[0].recipient.name.lower() == "al-shabaab"


def test_condemning_the_drone_strike_answers_its_author():
    text = BOMBING.format(claim="Al-Shabaab claimed the attack.").replace(
        "condemned the bombing", "condemned the drone strike")
    condemned = [e for e in _by_type(analyse(text), "ACCUSE") if "condemned the drone strike" in e.evidence.text]
    assert condemned and condemned[0].recipient is not None and condemned[0].recipient.country == "USA"


def test_an_article_keeps_no_event_that_names_no_party():
    text = ("NAIROBI — Kenyan police arrested three opposition lawmakers on Tuesday. The arrests followed a week "
            "of protests over food prices. \"People wanted to burn the station,\" a witness said. "
            "By evening the death toll had risen to 12, with 40 people injured.")
    events = analyse(text).events
    assert any(e.type == "COERCE" and e.actor is not None for e in events)
    assert all(e.actor is not None or e.recipient is not None for e in events)



def test_an_article_withholds_a_speech_act_whose_doer_it_cannot_name_but_keeps_an_unclaimed_attack():
    text = ("KANDAHAR — A roadside bomb struck a police patrol outside Kandahar on Sunday, killing four officers. "
            "The provincial governor condemned the attack. Relief groups appealed to Kabul to let medics reach "
            "the wounded.")
    events = analyse(text).events
    assert any(e.type == "ASSAULT" and e.actor is None and e.recipient is not None for e in events)
    assert not any(e.type == "REQUEST" and e.actor is None for e in events)


def test_pressing_an_offensive_carries_it_on_and_asks_for_nothing():
    text = ("Russian forces kept up attacks in the east on Monday, shelling towns and pressing an offensive near "
            "Bakhmut, Ukrainian officials said.")
    events = analyse(text).events
    assert not any(e.type == "REQUEST" for e in events)
    assert any(e.type == "ASSAULT" and e.actor is not None and e.actor.country == "RUS" for e in events)


def test_a_quoted_question_is_not_a_request():
    text = ("Others were less certain. Mariam Diallo, who runs a women's association in Gao, said thousands of "
            "people relied on the mission's patrols and clinics. \"If they go, who will protect the roads?\" "
            "she asked.")
    assert not any(e.type == "REQUEST" for e in analyse(text).events)


def test_an_article_withholds_an_agentless_arrest_but_keeps_the_police_action():
    text = ("MINSK — Belarusian riot police dispersed a rally in central Minsk on Sunday. Two other leading "
            "challengers were also kept off the ballot; one of them, the banker Viktor Babaryka, was arrested in "
            "June. The opposition called the vote a farce.")
    coerce = [e for e in analyse(text).events if e.type == "COERCE"]
    assert any(e.actor is not None and e.actor.country == "BLR" for e in coerce)
    assert all(e.actor is not None for e in coerce)


def test_election_rallies_are_no_demonstrations():
    rec = analyse("A suicide bomber killed the opposition leader at an election rally in Rawalpindi.")
    assert not any(e.type == "PROTEST" for e in rec.events)
    rec = analyse("Opposition supporters held a rally in Nairobi to protest the vote count.")
    assert any(e.type == "PROTEST" for e in rec.events)
