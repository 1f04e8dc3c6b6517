"""The link scorer: pairwise duplicate P/R and B-cubed story P/R."""
from __future__ import annotations

import json

import pytest

from wirewatch.evaluate import links as L


def test_link_evaluate_pairwise_and_bcubed_on_known_clusterings():
    gold = {"a": 1, "b": 1, "c": 2, "d": 3}
    assert L.pairwise(gold, gold)["f1"] == 1.0
    assert L.bcubed(gold, gold) == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    merged = {"a": 1, "b": 1, "c": 1, "d": 1}
    pw = L.pairwise(merged, gold)
    assert pw["recall"] == 1.0 and pw["precision"] == round(1 / 6, 4)
    bc = L.bcubed(merged, gold)
    assert bc["recall"] == 1.0 and bc["precision"] == 0.375  # (2/4 + 2/4 + 1/4 + 1/4) / 4
    split = {"a": 1, "b": 2, "c": 3, "d": 4}
    assert L.bcubed(split, gold)["precision"] == 1.0 and L.bcubed(split, gold)["recall"] == 0.75


def test_link_evaluate_copy_groups_follow_chains(tmp_path):
    groups = L.copy_groups({"a": None, "b": "a", "c": "dir/b", "d": None})
    assert groups["a"] == groups["b"] == groups["c"] != groups["d"]
    path = tmp_path / "labels.json"
    path.write_text(json.dumps({"articles": [{"file": "x/a.txt", "story": "s", "copy_of": None}]}))
    assert L.load_labels(path) == {"a.txt": {"file": "x/a.txt", "story": "s", "copy_of": None}}


def test_link_evaluate_scores_records_with_exact_copy_aliases():
    recs = [{"id": "1", "source": {"path": "/s/a.txt"}, "links": {"duplicate_of": None, "story": 1}},
            {"id": "2", "source": {"path": "/s/b.txt"}, "links": {"duplicate_of": "1", "story": 1}},
            {"id": "3", "source": {"path": "/s/d.txt"}, "links": {"duplicate_of": None, "story": 2}}]
    labels = {"a.txt": {"story": "x", "copy_of": None}, "b.txt": {"story": "x", "copy_of": "a.txt"},
              "c.txt": {"story": "x", "copy_of": "a.txt"}, "d.txt": {"story": "y", "copy_of": None}}
    out = L.score_records(recs, labels, {"c.txt": "1"})
    assert out["duplicates"]["precision"] == 1.0 and out["duplicates"]["recall"] == 1.0
    assert out["stories"]["f1"] == 1.0 and out["missing"] == []


@pytest.mark.slow
def test_link_evaluate_on_bundled_samples_meets_floor():
    if not (L.SAMPLES / "labels.json").is_file():
        pytest.skip("sample labels not written yet")
    out = L.evaluate()
    assert out["duplicates"]["recall"] >= 0.85 and out["duplicates"]["precision"] >= 0.85
    assert out["stories"]["f1"] >= 0.7
