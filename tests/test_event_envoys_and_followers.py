"""Envoys ordered out or called home, followers named for whom they follow, and "the government" after a
state medium.

- "Iraq ordered Sweden's ambassador out of the country and called its own charge d'affaires home from
  Stockholm": an expulsion and a recall, both aimed at Sweden (the particle hung on the object or taken
  for it).
- "Supporters of Muqtada al-Sadr" are "Sadr supporters" of his country, not Iraq itself.
- "Iraqi state media reported that the government had suspended ...": the government is Iraq's, never
  the medium that reports it.
"""
from __future__ import annotations

from event_cases import analyse_cases, code_of


def test_envoys_ordered_out_and_called_home():
    evs = analyse_cases({"envoys": "Iraq ordered Sweden's ambassador out of the country on Thursday and called its "
                                   "own charge d'affaires home from Stockholm."})
    modes = {e["mode"] for e in evs["envoys"] if e["type"] == "SANCTION" and code_of(e["actor"]) == "IRQ"
             and code_of(e["recipient"]) == "SWE"}
    assert modes == {"expel", "withdraw"}, evs["envoys"]


def test_followers_are_named_for_whom_they_follow():
    evs = analyse_cases({"sadr": "Supporters of Muqtada al-Sadr stormed the Swedish embassy in Baghdad."})
    e = next(e for e in evs["sadr"] if e["type"] == "PROTEST")
    assert e["actor"]["name"] == "Sadr supporters" and e["actor"]["country"] == "IRQ", e


def test_the_government_is_never_the_medium_reporting_it():
    evs = analyse_cases({"media": "Iraqi state media reported separately that the government had suspended the work "
                                  "permit of the Swedish telecommunications company Ericsson inside Iraq."})
    e = next(e for e in evs["media"] if e["type"] == "SANCTION")
    assert e["actor"]["name"] != "Iraqi state media" and code_of(e["actor"]) == "IRQ", e
