"""The page's own stated date comes first; inference only when the page states none."""
from __future__ import annotations

import pytest

from wirewatch.extract import extract_record
from wirewatch.extract.meta import parse_stated_date
from wirewatch.settings import Settings
from wirewatch.sources.raw import RawDocument


def _article(text: str):
    return extract_record(RawDocument(data=text, format="text", name="<t>"), Settings()).article


@pytest.mark.parametrize("text,iso", [
    ("March 4, 2023", "2023-03-04"), ("Jan. 3, 2022", "2022-01-03"), ("3 January 2022", "2022-01-03"),
    ("2022-01-03", "2022-01-03"), ("Sept. 21st, 2019", "2019-09-21"), ("Tuesday, May 7, 2024", "2024-05-07"),
    ("sometime soon", None),
])
def test_extract_parse_stated_date(text, iso):
    assert parse_stated_date(text) == iso


def test_extract_published_line_wins():
    art = _article("Dam Inspection Finds Cracks\n\nPosted on: 12 February 2021\n\n"
                   "Engineers found hairline cracks in the spillway of the old dam last week, the water "
                   "board said, adding that there was no danger to people living downstream.\n")
    assert art.published.date == "2021-02-12"
    assert art.published.inferred is False
    assert "Posted on" not in art.text


def test_extract_wire_dateline_gives_date_and_stays_in_body():
    art = _article("Port Strike Ends\n\nLISBON, March 3, 2023 (Reuters) - Dock workers ended a two-week "
                   "strike on Friday after the port authority agreed to a new pay deal.\n\n"
                   "Ships had queued off the coast for days.\n")
    assert art.published.date == "2023-03-03"
    assert art.text.startswith("LISBON, March 3, 2023")


def test_extract_event_date_in_story_is_not_the_dateline():
    art = _article("Port Strike Ends\n\nOn March 3, 2023, dock workers ended a two-week strike after the port "
                   "authority agreed to a new pay deal.\n\nShips had queued off the coast for days.\n")
    assert art.published.evidence is None or not art.published.evidence.startswith("stated")


def test_extract_repeated_headline_dropped_from_body():
    art = _article("Port Strike Ends\n\nPort Strike Ends\n\nDock workers ended a two-week strike on Friday.\n")
    assert art.text == "Dock workers ended a two-week strike on Friday."


def test_extract_given_title_keeps_first_story_line():
    raw = RawDocument(data="Dock workers ended a two-week strike on Friday.\n\nShips had queued for days.\n",
                      format="text", name="<feed>", title="Port Strike Ends", id="feed-1")
    art = extract_record(raw, Settings()).article
    assert art.title == "Port Strike Ends"
    assert art.text.startswith("Dock workers ended")
    assert len(art.paragraphs) == 2


def test_extract_given_title_repeated_in_text_is_dropped():
    raw = RawDocument(data="Port Strike Ends\n\nDock workers ended a two-week strike on Friday.\n",
                      format="text", name="<feed>", title="Port strike ends")
    art = extract_record(raw, Settings()).article
    assert art.title == "Port strike ends"
    assert art.text == "Dock workers ended a two-week strike on Friday."
