"""The extraction metric (word 4-gram multisets, per-page P/R, means, F1, accuracy)."""
from __future__ import annotations

import pytest

from wirewatch.evaluate.extraction import page_counts, score_extraction, score_pages, shingles, tokens


def test_extract_eval_tokens_are_unicode_words():
    assert tokens("Zoë's café, 2024!") == ["Zoë", "s", "café", "2024"]
    assert tokens(None) == []


def test_extract_eval_shingles_multiset_and_short_text():
    assert shingles(["a", "b", "c", "d", "a", "b", "c", "d"])[("a", "b", "c", "d")] == 2
    assert list(shingles(["a", "b"]).items()) == [(("a", "b"), 1)]
    assert not shingles([])


def test_extract_eval_page_counts_normalised():
    ref = "one two three four five"
    c = page_counts(ref, "one two three four six")
    # ref 4-grams: (1234) (2345); predicted: (1234) (2346) -> tp 1, fp 1, fn 1 of 3.
    assert c["tp"] == pytest.approx(1 / 3) and c["fp"] == pytest.approx(1 / 3) and c["fn"] == pytest.approx(1 / 3)
    assert c["exact"] is False
    assert page_counts(ref, "One two three four five")["tp"] < 1  # case-sensitive


def test_extract_eval_exact_match_ignores_punctuation_and_spacing():
    c = page_counts("Hello, world. This is it.", "Hello world\n\nThis is it")
    assert c["exact"] is True and c["tp"] == 1.0


def test_extract_eval_means_f1_and_accuracy():
    pairs = [("a b c d e", "a b c d e"),          # perfect: P=R=1
             ("a b c d e f", "a b c d"),          # P=1, R=1/3
             ("a b c d", None)]                   # nothing predicted: no precision, R=0
    s = score_pages(pairs)
    assert s["precision"] == pytest.approx(1.0)
    assert s["recall"] == pytest.approx((1 + 1 / 3 + 0) / 3)
    assert s["f1"] == pytest.approx(2 * s["precision"] * s["recall"] / (s["precision"] + s["recall"]))
    assert s["accuracy"] == pytest.approx(1 / 3)
    assert s["pages"] == 3


def test_extract_eval_both_empty_is_perfect():
    assert score_pages([("", "")])["f1"] == 1.0


def test_extract_eval_by_id_uses_reference_keys():
    s = score_extraction({"x": "a b c d", "y": "e f g h"}, {"x": "a b c d"})
    assert s["pages"] == 2 and s["accuracy"] == 0.5
