"""Request modes from what is asked, crowds' violence as riots, two-sided acts, recipients named down the
object, and measures that are only eased (CAMEO 10x, 145; PLOVER modes)."""
from __future__ import annotations

import pytest

from event_cases import analyse_article as analyse

from wirewatch.analyze.event_parties import content_modes, knowledge_words


def _events(text: str, etype: str) -> list:
    return [e for e in analyse(text).events if e.type == etype and not e.hypothetical]


@pytest.mark.parametrize("text, mode", [
    ("Kenya's opposition leader called on President Mwai Kibaki to resign on Friday.", "change"),
    ("The African Union appealed on Sunday for an immediate ceasefire in Sudan.", "yield"),
    ("Pakistan asked China on Tuesday for emergency loans.", "assist"),
    ("The envoy urged both sides on Monday to return to talks.", "meet"),
])
def test_request_mode_follows_what_is_asked(text, mode):
    found = _events(text, "REQUEST")
    assert found and found[0].mode == mode


def test_request_with_no_known_content_keeps_no_mode():
    found = _events("Ghana's finance minister asked parliament on Monday to publish the audit report.", "REQUEST")
    assert found and found[0].mode is None


def test_content_modes_are_data_and_first_list_wins():
    table = content_modes()
    assert table["resign"] == "change" and table["ceasefire"] == "yield" and table["talks"] == "meet"
    assert "request" in knowledge_words("content_mode_types")


@pytest.mark.parametrize("text", [
    "Protesters ransacked police posts in Conakry on Tuesday.",
    "Stone-throwing youths clashed with police in Kisumu on Friday.",
])
def test_crowd_violence_is_a_riot(text):
    riots = _events(text, "PROTEST")
    assert riots and riots[0].mode == "riot"
    assert not _events(text, "ASSAULT")


def test_soldiers_storming_a_building_assault():
    assert _events("Soldiers stormed the rebel headquarters in Bangui on Monday.", "ASSAULT")


def test_two_named_sides_of_a_joint_act_face_each_other():
    ev = _events("President Barack Obama and Russian President Dmitry Medvedev signed a new arms treaty "
                 "in Prague on Thursday.", "SUPPORT")
    assert ev and {ev[0].actor.country, ev[0].recipient.country} == {"USA", "RUS"}
    ev = _events("Peruvian and Ecuadorean troops clashed in the Cenepa valley on Thursday.", "ASSAULT")
    assert ev and {ev[0].actor.country, ev[0].recipient.country} == {"PER", "ECU"}


def test_a_list_of_allies_is_one_side():
    ev = _events("Australia, Bahrain, Canada and the Netherlands provided support to the operation, "
                 "officials said on Friday.", "SUPPORT")
    assert all(e.recipient is None or e.recipient.country not in ("AUS", "BHR", "CAN", "NLD") for e in ev)


def test_recipient_named_down_the_object():
    ev = _events("Brazilian federal police launched a probe into alleged kickbacks at state oil firm Petrobras "
                 "on Monday.", "ACCUSE")
    assert ev and ev[0].recipient is not None and ev[0].recipient.country == "BRA"
    ev = _events("The European Union suspended most of its sanctions against Myanmar on Monday.", "RETREAT")
    assert ev and ev[0].recipient is not None and ev[0].recipient.country == "MMR"


def test_an_eased_measure_is_not_told_anew():
    rec = analyse("The European Union suspended most of its sanctions against Myanmar on Monday.")
    assert not [e for e in rec.events if e.type == "SANCTION"]


def test_a_government_speaking_to_a_foreigner_does_not_make_him_its_national():
    ev = _events("Blinken telephoned Aliyev on Tuesday and urged him to halt military action.", "REQUEST")
    assert ev and (ev[0].recipient is None or ev[0].recipient.country != "USA")
    ev = _events("Ukrainian prosecutors charged Yulia Tymoshenko with abuse of office on Friday.", "ACCUSE")
    assert ev and ev[0].recipient is not None and ev[0].recipient.country == "UKR"


def test_curated_agent_nouns_are_parties_of_their_country():
    ev = _events("Bolivian police arrested dozens of coca growers near La Paz on Tuesday.", "COERCE")
    assert ev and ev[0].recipient is not None and ev[0].recipient.country == "BOL"


def test_an_army_firing_on_a_crowd_fires_on_its_own_people():
    ev = _events("Uzbek troops fired on thousands of protesters on Friday.", "ASSAULT")
    assert ev and ev[0].recipient is not None and ev[0].recipient.country == "UZB"


@pytest.mark.parametrize("text, recipient", [
    ("Ethiopian authorities kept the ban on demonstrations in place on Monday despite repeated appeals "
     "from the opposition.", "ETH"),
    ("Iran resumed uranium enrichment at Natanz on Monday in defiance of a deadline set by the U.N. "
     "Security Council.", "IGO"),
])
def test_acting_despite_a_request_rejects_it(text, recipient):
    ev = _events(text, "REJECT")
    assert any(e.recipient is not None and (e.recipient.country or (e.recipient.code or "")[:3]) == recipient
               for e in ev)


def test_despite_something_that_is_no_request_is_no_refusal():
    assert not _events("The Kenyan team won the final in Nairobi despite the rain on Sunday.", "REJECT")


@pytest.mark.parametrize("text, name", [
    ("Malawian President Bingu wa Mutharika appealed to the World Food Programme on Monday for maize.",
     "Bingu Wa Mutharika"),
    ("President Zine el-Abidine Ben Ali pledged on Sunday not to seek another term.", "Zine el Abidine Ben Ali"),
    ("The Organization for Security and Cooperation in Europe criticised the vote on Monday.",
     "Organization for Security and Cooperation in Europe"),
])
def test_dictionary_names_with_lower_case_words_inside_are_one_entity(text, name):
    rec = analyse(text)
    assert name.lower() in [e.name.lower() for e in rec.entities]  # one entity, whichever source spells it


def test_a_told_act_with_no_one_named_is_no_event():
    rec = analyse("A number of people were detained near the border crossing on Tuesday, the guards said.")
    assert not [e for e in rec.events if e.type == "COERCE"]


@pytest.mark.parametrize("text, etype", [
    ("Serbian negotiators haggled for eleven hours with their Kosovo counterparts in Brussels on Monday.",
     "CONSULT"),
    ("Ethiopia's parliament voted on Thursday to delist Ginbot 7 as a terrorist organisation.", "CONCEDE"),
    ("The IMF released a tranche of its loan to Pakistan on Friday.", "AID"),
])
def test_second_pass_lexicon_entries_code(text, etype):
    assert _events(text, etype)


def test_his_country_is_the_state_of_the_one_speaking():
    ev = _events("Qatar's emir said on Monday his country was willing to broker talks between Fatah and Hamas.",
                 "AGREE")
    assert ev and ev[0].actor is not None and ev[0].actor.country == "QAT"


def test_accepting_offers_answers_whoever_offered():
    ev = _events("Morocco said on Sunday it had accepted offers of help from Spain and Qatar.", "AGREE")
    assert ev and ev[0].recipient is not None and ev[0].recipient.country in ("ESP", "QAT")


def test_resigning_after_protests_in_the_same_clause_is_a_concession():
    text = "Prime Minister Sheikh Hasina resigned on Monday and fled Bangladesh after weeks of student-led protests."
    assert _events(text, "CONCEDE") and not _events(text, "RETREAT")
    assert _events("Kenya's finance minister resigned on Monday after a row over his expenses.", "RETREAT")


def test_the_one_who_enforces_a_measure_or_comes_for_a_visit_is_its_actor():
    ev = _events("Solomon Islands police enforced a night curfew across Honiara on Monday.", "COERCE")
    assert ev and ev[0].actor is not None and ev[0].actor.country == "SLB"
    ev = _events("Uzbek President Islam Karimov arrived in Ashgabat on Tuesday for a two-day official visit.",
                 "CONSULT")
    assert ev and ev[0].actor is not None and ev[0].actor.country == "UZB"


def test_an_allegation_is_aimed_at_whoever_the_alleged_act_is_told_of():
    ev = _events("Amnesty International alleged on Monday that Sudanese government forces bombed villages in "
                 "Darfur.", "ACCUSE")
    assert ev and ev[0].recipient is not None and ev[0].recipient.country == "SDN"


def test_an_allegation_after_its_clause_attributes_the_act_told():
    # "..., Amnesty alleged" is attribution, as "..., Amnesty said" is: the bombing is the act told
    text = "Sudanese government forces bombed villages in Darfur, Amnesty International alleged on Monday."
    ev = _events(text, "ASSAULT")
    assert ev and ev[0].actor is not None and ev[0].actor.country == "SDN"
    assert not _events(text, "ACCUSE")


def test_a_naming_inside_a_criticism_accuses_no_one_of_it():
    ev = _events("The statement criticised what it called China's aggressive behaviour on Friday.", "ACCUSE")
    assert all(e.recipient is None or e.recipient.country == "CHN" for e in ev)


def test_readiness_to_strike_threatens_its_target():
    ev = _events("Ethiopian Prime Minister Meles Zenawi declared on Monday his army ready to strike at Somalia's "
                 "Islamic Courts Union.", "THREATEN")
    assert ev and ev[0].actor.country == "ETH" and ev[0].recipient is not None and ev[0].recipient.country == "SOM"
    assert not _events("Lima said on Monday it was ready to work hand in hand with Quito.", "THREATEN")


def test_a_phrasal_verb_ending_in_a_preposition_takes_its_target_there():
    from wirewatch.analyze.event_lexicon import load_lexicon

    assert "by" in load_lexicon().verbs["stand by"].recipient_preps
    ev = _events("Jamaica stood by Guyana on Monday in its border row with Venezuela.", "SUPPORT")
    assert ev and ev[0].recipient is not None and ev[0].recipient.country == "GUY"


def test_every_act_of_an_allegation_is_alleged_not_told():
    text = ("Sudan's army spokesman alleged on Monday that South Sudanese forces had crossed the border and "
            "seized the Heglig oil field.")
    assert _events(text, "ACCUSE") and not _events(text, "COERCE")


def test_a_city_before_an_attack_is_where_not_who():
    ev = _events("The Kampala bombings killed 74 people watching the World Cup final on Sunday.", "ASSAULT")
    assert all(e.actor is None or e.actor.country != "UGA" for e in ev)
    ev = _events("A U.S. drone strike in Baghdad killed the commander on Friday.", "ASSAULT")
    assert ev and ev[0].actor is not None and ev[0].actor.country == "USA"
