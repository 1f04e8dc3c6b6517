"""sources/files: inputs named by paths, directories, globs and JSONL lines."""
from __future__ import annotations

import io

from wirewatch.errors import Rejected
from wirewatch.sources import RawDocument, iter_inputs
from wirewatch.sources.files import parse_jsonl_item, sniff_format


def test_files_directory_glob_and_missing(tmp_path):
    (tmp_path / "a.txt").write_text("Title\n\nBody.")
    (tmp_path / "b.html").write_text("<html><body><p>x</p></body></html>")
    (tmp_path / "skip.png").write_bytes(b"\x89PNG")
    items = list(iter_inputs([str(tmp_path), str(tmp_path / "*.txt"), str(tmp_path / "nope.txt")]))
    assert [type(i) for i in items] == [RawDocument, RawDocument, RawDocument, Rejected]
    assert [i.format for i in items[:3]] == ["text", "html", "text"]
    assert items[3].reason == "missing" and "nope.txt" in str(items[3])


def test_files_too_large_is_rejected_before_reading(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2000)
    (item,) = iter_inputs([str(big)], max_bytes=1000)
    assert isinstance(item, Rejected) and item.reason == "too-large"


def test_files_jsonl_lines_keep_ids_and_reject_bad_lines(tmp_path):
    batch = tmp_path / "batch.jsonl"
    batch.write_text('{"id": "a", "text": "T\\n\\nbody"}\n\nnot json\n[1]\n{"id": 7, "html": "<p>x</p>"}\n'
                     '{"id": "c"}\n{"id": "d", "text": "x", "url": 5}\n')
    items = list(iter_inputs([str(batch)]))
    assert isinstance(items[0], RawDocument) and items[0].id == "a" and items[0].format == "text"
    assert isinstance(items[1], Rejected) and items[1].reason == "not-json" and items[1].input.endswith(":3")
    assert items[2].reason == "not-json"
    assert items[3].id == "7" and items[3].format == "html"
    assert items[4].reason == "bad-field" and items[4].id == "c"
    assert items[5].reason == "bad-field" and items[5].id == "d"


def test_files_stdin_is_read_as_bytes():
    (item,) = iter_inputs(["-"], stdin=io.BytesIO(b"<!DOCTYPE html><html></html>"))
    assert item.format == "html" and item.name == "<stdin>"


def test_files_sniff_format_by_content():
    assert sniff_format(b"  <html><head></head>") == "html"
    assert sniff_format("Plain title\n\nbody") == "text"
    assert parse_jsonl_item(b"\xff\xfe", "x:1").reason == "not-json"
