"""The crowd that joins or gathers for a protest demonstrates ("thousands joined the annual march", "streamed
out of the park for Hong Kong's annual march": a place's march is its people's); a lowercase event noun
closing a date-like phrase is no date; a jury or tribunal named for its town is a court of that country."""
from __future__ import annotations

from event_cases import code_of, events_fixture, first_event

CASES = {
    "joined_march": "Thousands of people joined the annual march in Hong Kong on Monday.",
    "gathered_for": ("HONG KONG — Tens of thousands of people streamed out of Victoria Park on Monday afternoon for "
                     "Hong Kong's annual July 1 march."),
    "jury": "A New York jury convicted Viktor Bout in 2011.",
}
events = events_fixture(CASES)


def test_a_crowd_joining_or_gathering_for_a_protest_demonstrates(events):
    for key in ("joined_march", "gathered_for"):
        e = first_event(events, key, "PROTEST")
        assert e["actor"]["name"] == "protesters" and code_of(e["actor"]) == "HKG", (key, e)


def test_a_jury_named_for_its_town_is_that_country_s_court(events):
    e = first_event(events, "jury", "ACCUSE")
    assert (e["actor"]["name"], code_of(e["actor"]), e["actor"]["sector"]) == ("New York jury", "USA", "JUD"), e
