"""Choosing the original among syndicated copies, with the evidence named."""
from __future__ import annotations

from wirewatch.link.original import Candidate, pick_original


def test_link_original_notice_pointing_at_another_copy_wins():
    members = [Candidate("copy", 1, url="https://b.example/x", original_url="http://www.a.example/story/",
                         published="2024-01-11"),
               Candidate("orig", 2, url="https://a.example/story", published="2024-01-12")]
    assert pick_original(members) == ("orig", "notice")


def test_link_original_canonical_link_beats_dates():
    members = [Candidate("agg", 1, url="https://agg.example/1", canonical_url="https://wire.example/s",
                         published="2024-01-10"),
               Candidate("wire", 2, url="https://wire.example/s", published="2024-01-12")]
    assert pick_original(members) == ("wire", "canonical")


def test_link_original_syndicated_flag_excludes_a_copy():
    members = [Candidate("a", 1, syndicated_copy=True, published="2024-01-10"), Candidate("b", 2)]
    assert pick_original(members) == ("b", "notice")


def test_link_original_earliest_date_then_first_seen():
    members = [Candidate("late", 1, published="2020-08-07"), Candidate("early", 2, published="2020-08-05T10:00")]
    assert pick_original(members) == ("early", "earliest-date")
    same_day = [Candidate("x", 5, published="2020-08-05"), Candidate("y", 3, published="2020-08-05")]
    assert pick_original(same_day) == ("y", "first-seen")
    undated = [Candidate("p", 9), Candidate("q", 4)]
    assert pick_original(undated) == ("q", "first-seen")
