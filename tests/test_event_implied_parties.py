"""Parties the text implies without the parser's help: a second person listed after a comma that the parser
left hanging is detained too, and protests told as spreading or breaking out, with no one named, are a
crowd's of the country they happen in."""
from __future__ import annotations

from event_cases import analyse_article, code_of


def test_each_person_listed_after_a_comma_is_detained():
    evs = analyse_article(
        "YANGON — Myanmar's military took control of the country on Monday, detaining State Counsellor Aung San "
        "Suu Kyi, President Win Myint and other leaders of the ruling party in pre-dawn raids.",
        published="2021-02-01").to_dict()["events"]
    held = {e["recipient"]["name"] for e in evs if e["type"] == "COERCE" and e["recipient"]}
    assert {"Aung San Suu Kyi", "Win Myint"} <= held, evs


def test_protests_told_as_spreading_are_a_crowds():
    rec = analyse_article(
        "ISTANBUL — Turkish police detained the mayor of Istanbul on Wednesday.\n\n"
        "Protests spread to Ankara and Izmir on Friday.", published="2025-03-22")
    protests = [e for e in rec.to_dict()["events"] if e["type"] == "PROTEST"]
    assert protests and code_of(protests[0]["actor"]) == "TUR", protests
    assert protests[0]["actor"]["sector"] == "CVL", protests
