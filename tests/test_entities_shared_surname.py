"""Two people of one family in a report: a bare surname means the one whose full name was told in its own
paragraph, else the story's own person (the one introduced first); descriptions near a bare surname ("the city
Duterte ran") never make a person a place; "Marcos" is "Ferdinand Marcos Jr." (generational suffixes aside)."""
from __future__ import annotations

from event_cases import analyse_article

TEXT = ("MANILA — Former president Rodrigo Duterte was arrested at the airport on Tuesday on a warrant from the "
        "International Criminal Court. President Ferdinand Marcos Jr. said the police had followed the law.\n\n"
        "Vice President Sara Duterte, his daughter, called the arrest a betrayal. Sara Duterte said she would fly "
        "to The Hague.\n\n"
        "Supporters gathered in Davao City, the southern city Duterte ran as mayor for two decades. Marcos said "
        "the government had only honoured its commitments to Interpol.")


def test_a_bare_surname_in_a_later_paragraph_is_the_story_s_person():
    rec = analyse_article(TEXT, "2025-03-12").to_dict()
    by_name = {e["name"]: e for e in rec["entities"]}
    rodrigo, sara = by_name["Rodrigo Duterte"], by_name["Sara Duterte"]
    bare = TEXT.rindex("Duterte ran")
    assert any(m["start"] == bare for m in rodrigo["mentions"]), rodrigo["mentions"]
    assert not any(m["start"] == bare for m in sara["mentions"]), sara["mentions"]
    assert rodrigo["type"] == "PERSON" and sara["type"] == "PERSON", (rodrigo["type"], sara["type"])
    marcos = by_name["Ferdinand Marcos Jr."]
    assert any(m["start"] == TEXT.rindex("Marcos said") for m in marcos["mentions"]), marcos["mentions"]
