"""HTML pages: main text, metadata, captions and furniture in the extracted body."""
from __future__ import annotations

from pathlib import Path

import pytest

from wirewatch.extract import extract_record
from wirewatch.extract.html import block_texts
from wirewatch.settings import Settings
from wirewatch.sources.raw import RawDocument
from trafilatura.utils import load_html

FIXTURES = Path(__file__).parent / "fixtures" / "extract"


@pytest.fixture(scope="module")
def page():
    data = (FIXTURES / "page_metadata.html").read_bytes()
    return extract_record(RawDocument(data=data, format="html", name="page_metadata.html"), Settings())


def test_extract_html_metadata(page):
    art = page.article
    assert art.title == "Tramway Extension Opens to Passengers"
    assert art.authors == ["Oksana Petrenko"]
    assert art.publisher == "The Lakeside Courant"
    assert art.url == "https://lakeside-courant.example/transport/tramway-extension"
    assert art.language == "en"
    assert art.published.date == "2024-05-17"
    assert art.published.inferred is False


def test_extract_html_body_without_headline_nav_or_footer(page):
    text = page.article.text
    assert text.startswith("The long-awaited extension of the lakeside tramway")
    assert text.endswith("stayed away during the closures.")
    assert "Tramway Extension Opens" not in text
    assert "About us" not in text and "All rights reserved" not in text
    assert len(page.article.paragraphs) == 5


def test_extract_html_figcaption_with_credit(page):
    caps = page.article.captions
    assert [(c.text, c.credit) for c in caps] == [
        ("The first tram crosses the new bridge over the canal.", "Photo: Jonas Richter/Lakeside Courant")]
    assert "first tram crosses" not in page.article.text


def test_extract_html_syndication_notice_in_body(page):
    art = page.article
    assert art.syndicated_copy is True
    assert art.original_url == "https://northshore-transit.example/2024/05/tram-extension"
    assert "originally appeared" not in art.text
    assert any(f.kind == "syndication" for f in art.furniture)


def test_extract_html_record_id_and_source(page):
    assert len(page.id) == 16
    assert page.source.format == "html"


def test_extract_html_raw_title_and_id_win():
    data = (FIXTURES / "page_metadata.html").read_bytes()
    raw = RawDocument(data=data, format="html", name="x", id="item-7", title="Given Title",
                      url="https://feed.example/item-7")
    record = extract_record(raw, Settings())
    assert record.id == "item-7"
    assert record.article.title == "Given Title"
    assert record.source.url == "https://feed.example/item-7"


def test_extract_html_language_from_text_when_no_lang_attribute():
    html = ("<html><head><title>Neue Brücke</title></head><body><article>"
            "<p>Die Stadt hat am Montag die neue Brücke über den Fluss eröffnet, nachdem die Arbeiten "
            "mehr als zwei Jahre gedauert hatten und die Kosten deutlich gestiegen waren.</p>"
            "<p>Der Bürgermeister sagte, dass die Brücke für den Verkehr in der Innenstadt sehr wichtig "
            "sei und dass sie auch von Radfahrern genutzt werden könne.</p>"
            "</article></body></html>")
    record = extract_record(RawDocument(data=html, format="html", name="de"), Settings())
    assert record.article.language == "de"


def test_extract_html_block_texts_skip_navigation():
    tree = load_html("<html><body><nav><ul><li>Home</li></ul></nav><div><p>One paragraph.</p>"
                     "<ul><li>An item</li></ul></div><footer><p>Footer text</p></footer></body></html>")
    assert block_texts(tree) == ["One paragraph.", "An item"]


def test_extract_html_declared_latin1_charset():
    body = ("<p>Le conseil municipal a approuvé mercredi le projet de rénovation du théâtre, après "
            "deux années de débats sur son coût et sur l'avenir du quartier.</p>"
            "<p>Les travaux commenceront à l'été et dureront dix-huit mois, selon la mairie.</p>")
    html = ('<html lang="fr"><head><meta charset="iso-8859-1"><title>Théâtre rénové</title></head>'
            f"<body><article>{body}</article></body></html>")
    art = extract_record(RawDocument(data=html.encode("latin-1"), format="html", name="fr"), Settings()).article
    assert "approuvé mercredi le projet de rénovation du théâtre" in art.text
    assert art.language == "fr"


def test_extract_html_staff_byline_gives_no_author():
    html = ("<html><head><title>Storm Damage</title></head><body><article>"
            "<p>By Staff Reports</p>"
            "<p>High winds tore roofs from several barns in the county overnight, and crews worked through "
            "the morning to clear fallen trees from the main roads.</p>"
            "<p>No one was hurt, the sheriff's office said, but power was still out in two villages.</p>"
            "</article></body></html>")
    art = extract_record(RawDocument(data=html, format="html", name="staff"), Settings()).article
    assert art.authors == []
    assert "By Staff" not in art.text
