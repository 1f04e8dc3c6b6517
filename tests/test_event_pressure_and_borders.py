"""A concession told under pressure in its own sentence yields to the protesters ("resigned after weeks of
protests", "withdrew it after two nights of protests"); told only somewhere in the report, a resignation
leaves the office. Forces massed at a neighbour's border are aimed at that neighbour. A pronoun object
takes the object of the verb it is joined to when the sense depends on it ("introduced a bill but withdrew
it" withdraws a bill: CONCEDE, not RETREAT)."""
from __future__ import annotations

from event_cases import code_of, events_fixture, first_event

CASES = {
    "resigned_after_clause": ("Burkina Faso's President Blaise Compaore resigned in October 2014 after protesters "
                              "set parliament ablaze."),
    "resigned_participle": ("Prime Minister Sheikh Hasina of Bangladesh resigned on Monday and fled the country, "
                            "ending 15 years in power after weeks of student-led protests."),
    "stepped_down_conceding": ("Under pressure from mass street protests, Armenian Prime Minister Serzh Sargsyan "
                               "stepped down, conceding that the opposition leader had been right."),
    "withdrew_it": ("Georgia's ruling Georgian Dream party introduced a similar bill in March 2023 but withdrew it "
                    "after two nights of street protests."),
    "massed_adjective": "Russia has massed troops near the Ukrainian border.",
    "border_with": "India moved troops to the border with Pakistan.",
    "resignation_elsewhere": ("Protesters stormed the ministry in Lima on Saturday. On Sunday, Peruvian Interior "
                              "Minister Ana Torres resigned."),
}
events = events_fixture(CASES)


def test_a_concession_pressed_in_its_own_sentence_yields_to_the_protesters(events):
    for key, country in (("resigned_after_clause", "BFA"), ("resigned_participle", "BGD"),
                         ("stepped_down_conceding", "ARM"), ("withdrew_it", "GEO")):
        concessions = [e for e in events[key] if e["type"] == "CONCEDE"]
        assert concessions and all(e["recipient"]["name"] == "protesters" for e in concessions), (key, events[key])
        assert code_of(concessions[0]["recipient"]) == country
    # one concession, not one per verb telling it ("stepped down, conceding that ...")
    assert len([e for e in events["stepped_down_conceding"] if e["type"] == "CONCEDE"]) == 1
    assert "RETREAT" not in [e["type"] for e in events["withdrew_it"]]


def test_a_resignation_told_apart_from_the_protests_leaves_the_government(events):
    e = first_event(events, "resignation_elsewhere", "CONCEDE")
    assert e["recipient"]["name"] != "protesters" and code_of(e["recipient"]) == "PER", e


def test_forces_massed_at_a_neighbours_border_are_aimed_at_it(events):
    e = first_event(events, "massed_adjective", "MOBILIZE")
    assert (code_of(e["actor"]), code_of(e["recipient"])) == ("RUS", "UKR"), e
    e = first_event(events, "border_with", "MOBILIZE")
    assert (code_of(e["actor"]), code_of(e["recipient"])) == ("IND", "PAK"), e
