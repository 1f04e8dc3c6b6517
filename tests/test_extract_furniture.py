"""Furniture classification, captions, authors and syndication on dumps from imaginary sites."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from wirewatch.extract import extract_record
from wirewatch.extract.furniture import caption, classify, load_patterns, person_names
from wirewatch.settings import Settings
from wirewatch.sources.raw import RawDocument

FIXTURES = Path(__file__).parent / "fixtures" / "extract"
SITES = yaml.safe_load((FIXTURES / "sites.yaml").read_text(encoding="utf-8"))


def _extract(text: str, settings: Settings = Settings()):
    return extract_record(RawDocument(data=text, format="text", name="<test>"), settings)


def test_extract_sites_fixture_covers_ten_sites():
    assert len({s["site"] for s in SITES}) >= 10


@pytest.mark.parametrize("site", SITES, ids=[s["site"] for s in SITES])
def test_extract_furniture_per_site(site):
    art = _extract(site["text"]).article
    assert art.title == site["title"]
    assert len(art.paragraphs) == site["body_paragraphs"], art.text
    if "body_starts" in site:
        assert art.text.startswith(site["body_starts"])
    if "body_ends" in site:
        assert art.text.endswith(site["body_ends"])
    kinds = {f.text: f.kind for f in art.furniture}
    for line, kind in site.get("furniture", []):
        assert line not in art.text
        assert kinds.get(line) == kind, (line, kinds.get(line))
    if "authors" in site:
        assert art.authors == site["authors"]
    if "publisher" in site:
        assert art.publisher == site["publisher"]
    assert art.syndicated_copy is bool(site.get("syndicated", False))
    assert art.original_url == site.get("original_url")
    for start, credit in site.get("captions", []):
        hits = [c for c in art.captions if c.text.startswith(start)]
        assert hits and hits[0].credit == credit, art.captions
        assert start not in art.text
    if "published" in site:
        assert art.published.date == site["published"]
        assert art.published.inferred is False


def test_extract_paragraph_offsets_point_into_text():
    art = _extract(SITES[0]["text"]).article
    pieces = [art.text[p.start:p.end] for p in art.paragraphs]
    assert "\n\n".join(pieces) == art.text
    assert all(p and p == p.strip() for p in pieces)


def test_extract_long_paragraph_mentioning_related_stays():
    pats = load_patterns()
    long_para = ("Related coverage of the flood was thin, residents said, " * 5).strip()
    assert classify(long_para, pats) is None
    assert classify("Related Coverage", pats).kind == "related"


@pytest.mark.parametrize("line,kind", [
    ("Follow Ruth Abernathy on Bluesky.", "follow"),
    ("Read the full story at the original source", "syndication"),
    ("First published by Coastline Weekly.", "syndication"),
    ("Kestrel Times does not always agree with the opinions of its guest writers.", "disclaimer"),
    ("As an Amazon Associate we earn from qualifying purchases.", "affiliate"),
    ("Recommended for you", "related"),
    ("Scroll to top", "navigation"),
    ("Please disable your adblocker to continue reading.", "prompt"),
    ("Share on WhatsApp", "share"),
    ("By Gustavo Ferreira-Lima", "byline"),
    ("Updated: 11:32 AM", "dateline"),
])
def test_extract_classify_kinds(line, kind):
    hit = classify(line, load_patterns())
    assert hit is not None and hit.kind == kind


@pytest.mark.parametrize("line", [
    "By the end of the week, the river had dropped by a metre.",
    "Follow-up inspections are scheduled for June.",
    "The minister said she would share the report with parliament next week.",
])
def test_extract_story_lines_are_not_furniture(line):
    assert classify(line, load_patterns()) is None


@pytest.mark.parametrize("raw,want", [
    ("Staff", []),
    ("Staff Writer", []),
    ("Lena Ortiz, Senior Political Correspondent", ["Lena Ortiz"]),
    ("Lena Ortiz and Pavel Novak", ["Lena Ortiz", "Pavel Novak"]),
    ("The Associated Press", []),
    ("By Ravi Menon", ["Ravi Menon"]),
    ("Editorial Board", []),
    ("Chief Economics Editor", []),
])
def test_extract_authors_people_only(raw, want):
    assert person_names(raw, load_patterns()) == want


@pytest.mark.parametrize("line,credit", [
    ("Protesters march past the parliament on Friday. (MARIA OLSEN/Reuters via Getty)", "MARIA OLSEN/Reuters via Getty"),
    ("A damaged bridge near the border. (Photo: Karl Weiss/Alpine News)", "Photo: Karl Weiss/Alpine News"),
    ("Smoke rises over the port. Image: Harbour Authority", "Image: Harbour Authority"),
    ("Rescue crews at the scene on Monday. Credit: Nadia Haddad", "Nadia Haddad"),
    ("The senator speaks to reporters. (AP Photo/Lee Whitman)", "AP Photo/Lee Whitman"),
])
def test_extract_caption_credit(line, credit):
    # The credit keeps a "Photo:"/"Image:" label but never the parentheses around it.
    cap = caption(line, load_patterns())
    assert cap is not None and cap.credit == credit
    assert "(" not in cap.credit and not cap.text.endswith(")")


def test_extract_caption_not_found_in_plain_sentence():
    assert caption("The company said profits rose (by about 4%) last year.", load_patterns()) is None


def test_extract_syndication_notice_sets_original_url():
    text = ("Bridge Closed for Repairs\n\nThe old bridge will close for a month while crews replace its deck, "
            "the county said on Monday.\n\nDrivers should use the ring road.\n\n"
            "This story was first published on Valley Voice at https://valleyvoice.example/bridge-closed.\n")
    art = _extract(text).article
    assert art.syndicated_copy is True
    assert art.original_url == "https://valleyvoice.example/bridge-closed"
    assert "Valley Voice" not in art.text


def test_extract_user_furniture_file_extends_patterns(tmp_path):
    extra = tmp_path / "mine.yaml"
    extra.write_text("kinds:\n  podcast:\n    patterns:\n      - '^catch the (?:full )?(?:episode|podcast)\\b'\n",
                     encoding="utf-8")
    text = ("Tide Tables Change\n\nThe harbour office has published new tide tables for the winter.\n\n"
            "Catch the full episode on your favourite app\n")
    art = _extract(text, Settings(furniture=(str(extra),))).article
    assert ("Catch the full episode on your favourite app", "podcast") in [(f.text, f.kind) for f in art.furniture]
    assert "Catch" not in art.text
