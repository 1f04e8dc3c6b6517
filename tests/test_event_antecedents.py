"""Definite descriptions read back to the party they mean: "the party" is a political party the text has called
so (however far back), "the government" a state's; names joined by hyphenated connectives stay whole; a title's
word for a body ("party leader X") makes X a person."""
from __future__ import annotations

from event_cases import analyse_article, code_of

ARTICLE = (
    "Supporters of the opposition Bangladesh Jatiya-e-Mukti party marched through Dhaka on Monday after "
    "the arrest of their leader.\n\n"
    "In Chittagong, a crowd broke through the gates of the navy's Eastern Command Headquarters. Police fired "
    "tear gas in several towns.\n\n"
    "At least four people were killed, officials said. Police said they had detained 300 people, and senior "
    "party leader Rashed Karim was held outside the court.\n\n"
    "The navy called the attack an outrage. The government sent troops into Chittagong and Sylhet.\n\n"
    "Home Minister Anis Rahman accused the party of planning the violence."
)


def _record():
    return analyse_article(ARTICLE, "2023-05-10").to_dict()


def test_hyphen_joined_names_and_titled_people():
    rec = _record()
    names = {e["name"]: e for e in rec["entities"]}
    assert "Bangladesh Jatiya-e-Mukti" in names, sorted(names)
    assert names["Rashed Karim"]["type"] == "PERSON", names["Rashed Karim"]


def test_the_party_and_the_government_read_back_to_what_they_mean():
    rec = _record()
    accuse = [e for e in rec["events"] if e["type"] == "ACCUSE"
              and "Rahman" in ((e["actor"] or {}).get("name") or "")]
    assert accuse and (accuse[0]["recipient"] or {}).get("name") == "Bangladesh Jatiya-e-Mukti", accuse
    sent = [e for e in rec["events"] if e["type"] == "MOBILIZE"]
    assert sent and code_of(sent[0]["actor"]) == "BGD", sent
    assert "Headquarters" not in (sent[0]["actor"] or {}).get("name", ""), sent
