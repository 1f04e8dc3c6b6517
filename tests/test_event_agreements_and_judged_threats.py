"""Agreements not to act, meetings by handshake, disputes taken to a body, and threats named in judgement.

- "Agreed that neither country would threaten or use force against the other" is an agreement, no threat.
- "Maduro and Ali shook hands" is a meeting of the two.
- "Would take the matter to the UN Security Council" asks the council to act; "the council took up the
  matter" asks nothing.
- "Described the announcements as a direct threat" judges them (ACCUSE); the word "threat" tells no threat.
"""
from __future__ import annotations

from event_cases import analyse_cases, code_of

CASES = {
    "neither": "The presidents of Venezuela and Guyana agreed on Thursday that neither country would threaten or "
               "use force against the other.",
    "hands": "Nicolas Maduro and Irfaan Ali shook hands on Thursday.",
    "matter": "Guyana said it would take the matter to the United Nations Security Council.",
    "took_up": "The United Nations Security Council took up the matter on Friday.",
    "judged": "Guyana's president described Venezuela's announcements as a direct threat to Guyana's sovereignty.",
}


def test_agreements_meetings_and_appeals_to_a_body():
    evs = analyse_cases(CASES)
    assert not [e for e in evs["neither"] if e["type"] == "THREATEN"], evs["neither"]
    assert [e for e in evs["neither"] if e["type"] == "AGREE"], evs["neither"]
    e = next(e for e in evs["hands"] if e["type"] == "CONSULT")
    assert {e["actor"]["name"], e["recipient"]["name"]} == {"Nicolas Maduro", "Irfaan Ali"}, e
    e = next(e for e in evs["matter"] if e["type"] == "REQUEST")
    assert code_of(e["actor"]) == "GUY" and "Security Council" in e["recipient"]["name"], e
    assert not [e for e in evs["took_up"] if e["type"] == "REQUEST"], evs["took_up"]


def test_a_threat_named_in_judgement_is_an_accusation():
    evs = analyse_cases(CASES)
    assert [e for e in evs["judged"] if e["type"] == "ACCUSE" and code_of(e["actor"]) == "GUY"], evs["judged"]
    assert not [e for e in evs["judged"] if e["type"] == "THREATEN"], evs["judged"]


def test_a_place_an_agreement_is_named_for_is_no_party_to_it():
    evs = analyse_cases({
        "geneva": "Venezuela and Britain signed the Geneva Agreement.",
        "minsk": "Russia and Ukraine signed the Minsk agreements.",
    })
    for key, pair in (("geneva", {"VEN", "GBR"}), ("minsk", {"RUS", "UKR"})):
        signed = [e for e in evs[key] if e["type"] in ("SUPPORT", "AGREE")]
        assert signed and all({code_of(e["actor"]), code_of(e["recipient"])} == pair for e in signed), evs[key]
