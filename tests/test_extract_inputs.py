"""Bad and awkward inputs: empty, binary, legacy encodings, mojibake, HTML without an article."""
from __future__ import annotations

from pathlib import Path

import pytest

from wirewatch.errors import Rejected
from wirewatch.extract import extract_record
from wirewatch.extract.decode import decode, repair_mojibake
from wirewatch.settings import Settings
from wirewatch.sources.raw import RawDocument

FIXTURES = Path(__file__).parent / "fixtures" / "extract"
STORY = ("Harvest Festival Returns\n\n"
         "The village harvest festival returned on Saturday after a three-year pause, with a parade "
         "of decorated tractors and a market selling local cheese.\n\n"
         "Organisers said more than two thousand visitors came, twice as many as they had hoped for.\n")


def _run(data, fmt="text", name="<test>"):
    return extract_record(RawDocument(data=data, format=fmt, name=name), Settings())


def _reason(data, fmt="text") -> str:
    with pytest.raises(Rejected) as err:
        _run(data, fmt)
    return err.value.reason


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", "", "\n\n   \n"])
def test_extract_rejects_empty(data):
    assert _reason(data) == "empty"


def test_extract_rejects_binary_with_nul_bytes():
    assert _reason(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4) == "binary"


def test_extract_rejects_binary_without_nul_bytes():
    data = bytes((i * 7 + 1) % 32 or 1 for i in range(4000))  # control bytes only
    assert _reason(data) == "binary"


def test_extract_latin1_text_decoded():
    text = STORY.replace("village", "village de Saint-Ã‰tienne").replace("cheese", "crème brûlée and café au lait")
    text = text.replace("Ã‰", "É")
    record = _run(text.encode("latin-1"))
    assert "crème brûlée and café au lait" in record.article.text
    assert "Saint-Étienne" in record.article.text


def test_extract_cp1252_quotes_decoded():
    text = STORY.replace("returned", "\u201creturned\u201d")
    record = _run(text.encode("cp1252"))
    assert "\u201creturned\u201d" in record.article.text


def test_extract_mojibake_repaired():
    broken = STORY.replace("cheese", "fromage affinÃ© and crÃ¨me").replace("returned", "â€œreturnedâ€\x9d")
    record = _run(broken)
    assert "fromage affiné and crème" in record.article.text
    assert "\u201creturned\u201d" in record.article.text


def test_extract_curly_quotes_kept():
    assert repair_mojibake("He said \u201cno\u201d \u2014 twice.") == "He said \u201cno\u201d \u2014 twice."


def test_extract_newlines_normalised():
    record = _run(STORY.replace("\n", "\r\n").encode("utf-8"))
    assert "\r" not in record.article.text
    assert len(record.article.paragraphs) == 2


def test_extract_utf16_with_bom_decoded():
    record = _run(STORY.encode("utf-16"))
    assert record.article.title == "Harvest Festival Returns"


def test_extract_decode_reports_encoding_for_broken_utf16():
    with pytest.raises(Rejected) as err:
        decode(b"\xff\xfe" + "ok".encode("utf-16-le") + b"\x00\xd8", "<bad>")
    assert err.value.reason == "encoding"


def test_extract_text_with_only_furniture_is_no_article():
    assert _reason("Back to top\n\nShare this article\n\nAdvertisement\n") == "no-article"


def test_extract_title_only_is_no_article():
    assert _reason("Just a headline\n") == "no-article"


def test_extract_html_without_article_is_no_article():
    assert _reason((FIXTURES / "page_no_article.html").read_bytes(), "html") == "no-article"


def test_extract_html_shell_without_text_is_no_article():
    assert _reason(b"<html><head><title>x</title></head><body><div></div></body></html>", "html") == "no-article"


def test_extract_truncated_html_keeps_what_is_there():
    art = _run((FIXTURES / "page_truncated.html").read_bytes(), "html").article
    assert art.title == "Tramway Extension Opens to Passengers"
    assert art.text.startswith("The long-awaited extension")
    assert "Construction ran eight months late" in art.text


def test_extract_single_newline_dump_splits_paragraphs():
    art = _run(STORY.replace("\n\n", "\n")).article
    assert art.title == "Harvest Festival Returns"
    assert len(art.paragraphs) == 2


def test_extract_hard_wrapped_paragraphs_joined():
    wrapped = ("Harvest Festival Returns\n\n"
               "The village harvest festival returned on Saturday after a three-year\n"
               "pause, with a parade of decorated tractors and a market selling local\n"
               "cheese and bread from the valley farms.\n\n"
               "Organisers said more than two thousand visitors came.\n")
    art = _run(wrapped).article
    assert len(art.paragraphs) == 2
    assert "three-year pause, with a parade" in art.text


def test_extract_dump_without_newlines_has_no_title():
    one_line = " ".join(["The council met again on Tuesday to discuss the new bridge."] * 10)
    art = _run(one_line).article
    assert art.title is None and art.text == one_line


@pytest.mark.slow
def test_extract_large_input_is_linear():
    import time

    para = ("The harbour board said on Monday that the new quay would open in spring, "
            "after two winters of delays caused by storms and a shortage of steel. ")
    small = "Quay Opening Delayed\n\n" + "\n\n".join([para] * 2000)
    big = "Quay Opening Delayed\n\n" + "\n\n".join([para] * 20000)
    settings = Settings()
    import wirewatch.extract.core as core

    saved, core.infer_published = core.infer_published, None  # time extraction only
    try:
        start = time.perf_counter()
        extract_record(RawDocument(data=small, format="text", name="small"), settings)
        t_small = time.perf_counter() - start
        start = time.perf_counter()
        record = extract_record(RawDocument(data=big, format="text", name="big"), settings)
        t_big = time.perf_counter() - start
    finally:
        core.infer_published = saved
    assert len(record.article.paragraphs) == 20000
    assert t_big < 10 * t_small * 3 + 1.0  # ten times the input, not a hundred times the time
