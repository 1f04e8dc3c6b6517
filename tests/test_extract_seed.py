"""The canonical seed dump: article fields against the gold reading (extraction only)."""
from __future__ import annotations

import json

import pytest

from conftest import SEED_GOLD, need_shared


@pytest.fixture(scope="module")
def seed_article(seed_path) -> dict:
    # Through the source reader, as the CLI does (``wirewatch.analyze`` the function is shadowed
    # by the ``wirewatch.analyze`` package once that is imported).
    from wirewatch.extract import extract_record
    from wirewatch.settings import Settings
    from wirewatch.sources import iter_inputs

    raw = next(iter_inputs([str(seed_path)]))
    return extract_record(raw, Settings()).to_dict()["article"]


@pytest.fixture(scope="module")
def gold() -> dict:
    return json.loads(need_shared(SEED_GOLD).read_text(encoding="utf-8"))["article"]


def test_extract_seed_title_author_publisher(seed_article, gold):
    assert seed_article["title"] == gold["title"]
    assert seed_article["authors"] == gold["authors"]
    assert seed_article["publisher"] == gold["publisher"]
    assert seed_article["syndicated_copy"] is gold["syndicated_copy"]
    assert seed_article["language"] == "en"


def test_extract_seed_body(seed_article, gold):
    text = seed_article["text"]
    assert len(seed_article["paragraphs"]) == gold["body_paragraphs"]
    assert text.startswith(gold["body_starts_with"])
    assert text.endswith(gold["body_ends_with"])
    for line in gold["must_not_be_in_body"]:
        assert line not in text


def test_extract_seed_caption(seed_article, gold):
    for want in gold["captions"]:
        hits = [c for c in seed_article["captions"] if c["text"].startswith(want["starts_with"])]
        assert hits and hits[0]["credit"] == want["credit"]


def test_extract_seed_furniture_kinds(seed_article):
    kinds = {f["text"].strip('" '): f["kind"] for f in seed_article["furniture"]}
    assert kinds["Follow Frances Martel on Facebook and Twitter."] == "follow"
    assert kinds["Read More From Original Article Here:"] == "syndication"
    assert kinds["*As an Amazon Associate I earn from qualifying purchases"] == "affiliate"
    assert kinds["Back to top button"] == "navigation"
    assert kinds["Adblock Detected"] == "prompt"
    assert kinds["Related Articles"] == "related"
    assert any(k == "disclaimer" for k in kinds.values())


def test_extract_seed_paragraph_offsets(seed_article):
    text = seed_article["text"]
    pieces = [text[p["start"]:p["end"]] for p in seed_article["paragraphs"]]
    assert "\n\n".join(pieces) == text
