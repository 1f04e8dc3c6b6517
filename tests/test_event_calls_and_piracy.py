"""What is said in a telephone call is said in a consultation between the speaker and the one spoken to
("told his counterpart in a telephone call that ...", "raised their release in a telephone call with X"; a
"close call" is none); "described the seizure as piracy" and "an act of terrorism" judge the act."""
from __future__ import annotations

from event_cases import analyse_article, analyse_cases, code_of


def test_a_telephone_call_a_statement_is_made_in_is_a_consultation():
    evs = analyse_cases({
        "told": "Foreign Minister Hossein Amir-Abdollahian told his Portuguese counterpart, Paulo Rangel, in a "
                "telephone call that the crew had been freed.",
        "raised": "On April 14, Indian minister Subrahmanyam Jaishankar raised their release in a telephone call "
                  "with Hossein Amir-Abdollahian.",
        "close": "It was a close call for the villagers.",
    })
    for key, other in (("told", "PRT"), ("raised", "IRN")):
        c = [e for e in evs[key] if e["type"] == "CONSULT"]
        assert c and c[0]["mode"] == "phone", evs[key]
        assert other in {code_of(c[0]["actor"]), code_of(c[0]["recipient"])}, c[0]
    assert not [e for e in evs["close"] if e["type"] in ("CONSULT", "REQUEST")], evs["close"]


def test_piracy_and_acts_of_terrorism_are_judgements_of_the_seizer():
    rec = analyse_article(
        "DUBAI — Iran's Revolutionary Guards seized the container ship MSC Aries near the Strait of Hormuz on "
        "Saturday.\n\nIsrael's foreign minister, Israel Katz, described the seizure as piracy carried out by a "
        "criminal regime.\n\nOman called the seizure an act of terrorism.", "2024-04-14").to_dict()
    acc = [e for e in rec["events"] if e["type"] == "ACCUSE"]
    by_actor = {code_of(e["actor"]): e for e in acc}
    for code in ("ISR", "OMN"):
        assert code in by_actor and code_of(by_actor[code]["recipient"]) == "IRN", acc


def test_an_invasion_named_in_a_description_is_no_news_and_one_phrase_judgements():
    evs = analyse_cases({
        "symbol": "Some protesters sprayed the letter Z, a symbol of support for Russia's invasion of Ukraine, on "
                  "the vehicles.",
        "one_phrase": "Prime Minister Recep Tayyip Erdogan called the raid inhumane state terrorism.",
        "exercises": "Turkey cancelled three joint military exercises with Israel on Monday.",
    })
    assert not [e for e in evs["symbol"] if e["type"] == "ASSAULT"], evs["symbol"]
    assert [e for e in evs["one_phrase"] if e["type"] == "ACCUSE"], evs["one_phrase"]
    assert not [e for e in evs["one_phrase"] if e["type"] == "REQUEST"], evs["one_phrase"]
    s = [e for e in evs["exercises"] if e["type"] == "SANCTION"]
    assert s and code_of(s[0]["actor"]) == "TUR" and code_of(s[0]["recipient"]) == "ISR", evs["exercises"]


def test_declaring_a_deal_void_rejects_it_and_calling_an_attack_a_coup_judges_it():
    evs = analyse_cases({
        "void": "After an emergency meeting on Tuesday, the federal cabinet declared the memorandum with Ethiopia "
                "null and void.",
        "void_plain": "Somalia declared the agreement null and void.",
        "coup": "President Julius Maada Bio has since called the attack a failed coup.",
        "success": "Bio called the operation a success.",
    })
    for key in ("void", "void_plain"):
        assert [e for e in evs[key] if e["type"] == "REJECT"], evs[key]
    assert [e for e in evs["coup"] if e["type"] == "ACCUSE"], evs["coup"]
    assert not [e for e in evs["success"] if e["type"] == "ACCUSE"], evs["success"]
