"""Quote benchmark: wirewatch vs textacy's direct_quotations on the seed and the sample gold articles.

Both read the same article text and the same spaCy parse. Figures: direct/partial quote precision,
recall and F1, speaker accuracy (over gold quotes found) for each, and wirewatch's indirect-speech
recall. Gold: ``shared/gold/seed.json`` and ``src/wirewatch/samples/gold/*.json`` (seed format).
"""
from __future__ import annotations

import html as htmllib
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

from wirewatch.evaluate.quotes import evaluate_quotes

SAMPLES = Path(__file__).resolve().parent.parent / "src" / "wirewatch" / "samples"
QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e "


def gold_documents(shared: Path) -> list[tuple[Path, dict]]:
    """(article path, gold) for the seed and every sample gold file whose article exists."""
    out = []
    seed = shared / "gold" / "seed.json"
    if seed.is_file():
        gold = json.loads(seed.read_text(encoding="utf-8"))
        out.append((shared / gold["document"], gold))
    for path in sorted((SAMPLES / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        article = SAMPLES / gold.get("document", "")
        if article.is_file() and (gold.get("quotes") or {}).get("must") is not None:
            out.append((article, gold))
    return out


def article_text(path: Path) -> str:
    """The article body as wirewatch's extractor gives it; a crude fallback if extraction fails."""
    try:
        from wirewatch.extract import extract_record
        from wirewatch.settings import Settings
        from wirewatch.sources import iter_inputs

        raw = next(iter(iter_inputs([str(path)], max_bytes=Settings().max_bytes)))
        return extract_record(raw, Settings()).article.text
    except Exception as exc:  # the extractor is not this benchmark's subject
        print(f"bench_quotes: extraction failed for {path.name} ({exc}); using raw text", file=sys.stderr)
    raw = path.read_text(encoding="utf-8")
    if path.suffix in (".html", ".htm"):
        paras = re.findall(r"<p[^>]*>(.*?)</p>", raw, flags=re.S | re.I)
        return "\n\n".join(htmllib.unescape(re.sub(r"<[^>]+>", "", p)).strip() for p in paras)
    return raw


def wirewatch_record(text: str, nlp, doc):
    """Run the entity resolver (when it works) and the quote component on one text."""
    from wirewatch.analyze.quotes import extract_quotes
    from wirewatch.record import Article, Record, Source

    record = Record(id="bench", source=Source(), article=Article(text=text))
    record.doc = doc
    res = _Res(nlp)
    try:
        from wirewatch.analyze.entities import resolve_entities
        record = resolve_entities(record, res) or record
    except Exception as exc:
        print(f"bench_quotes: entities failed ({type(exc).__name__}); quotes without them", file=sys.stderr)
        record.entities = []
    return extract_quotes(record, res)


class _Res:
    def __init__(self, nlp):
        self.nlp = nlp
        from wirewatch.settings import Settings
        self.settings = Settings()

    def __getattr__(self, name):  # actors/gazetteer: the full Resources when a component asks
        from wirewatch.analyze.resources import resources_for
        return getattr(resources_for(self.settings), name)


def textacy_record(text: str, doc) -> dict[str, Any]:
    """textacy's direct quotations as a record dict in wirewatch's quote shape."""
    from textacy.extract.triples import direct_quotations

    quotes = []
    try:
        found = [(0, tri) for tri in direct_quotations(doc)]
    except ValueError:
        # textacy refuses a whole document with an odd number of marks (an apostrophe, a quote
        # running over paragraphs); give it each paragraph on its own instead, to be fair.
        found = []
        pos = 0
        for block in text.split("\n\n"):
            span = doc.char_span(pos, pos + len(block), alignment_mode="contract")
            pos += len(block) + 2
            if span is None or len(span) == 0:
                continue
            try:
                found += [(span.start_char, tri) for tri in direct_quotations(span.as_doc())]
            except Exception:
                continue
    for offset, tri in found:
        content = tri.content
        s, e = offset + content.start_char, offset + content.end_char
        while s < e and text[s] in QUOTE_MARKS:
            s += 1
        while e > s and text[e - 1] in QUOTE_MARKS:
            e -= 1
        speaker = " ".join(t.text for t in tri.speaker)
        quotes.append({"kind": "direct", "text": text[s:e], "parts": [[s, e]], "speaker_name": speaker,
                       "speaker_mention": {"text": speaker}, "cue": " ".join(t.text for t in tri.cue).lower()})
    return {"article": {"text": text}, "quotes": quotes}


def run(shared: Path, out: Path) -> dict[str, Any]:
    """Side-by-side quote scores of wirewatch and textacy on the same texts and parses."""
    from wirewatch.analyze.resources import load_nlp
    from wirewatch.settings import Settings

    nlp = load_nlp(Settings().spacy_model)
    docs = gold_documents(Path(shared))
    ours, theirs = [], []
    t_ours = t_theirs = t_quotes = 0.0
    for path, gold in docs:
        print(f"bench_quotes: {path.name}", file=sys.stderr)
        text = article_text(path)
        doc = nlp(text)
        t0 = time.perf_counter()
        record = wirewatch_record(text, nlp, doc)
        t_ours += time.perf_counter() - t0
        t1 = time.perf_counter()
        from wirewatch.analyze.quotes import extract_quotes
        extract_quotes(record, _Res(nlp))  # the quote component alone, entities already resolved
        t_quotes += time.perf_counter() - t1
        ours.append((record, gold))
        t0 = time.perf_counter()
        theirs.append((textacy_record(text, doc), gold))
        t_theirs += time.perf_counter() - t0
    a, b = evaluate_quotes(ours), evaluate_quotes(theirs)
    if out:
        Path(out).mkdir(parents=True, exist_ok=True)
        (Path(out) / "quotes_detail.json").write_text(json.dumps({"wirewatch": a, "textacy": b}, indent=1))
    figures: dict[str, Any] = {"documents": len(docs), "gold_quotes": a["must"]}
    for name, s in (("wirewatch", a), ("textacy", b)):
        for key in ("precision", "recall", "f1", "speaker_accuracy", "full_accuracy", "must_not_hits"):
            figures[f"{name}_{key}"] = s[key]
    figures["wirewatch_indirect_recall"] = a["indirect_recall"]
    figures["wirewatch_indirect_speaker_accuracy"] = a["indirect_speaker_accuracy"]
    figures["wirewatch_ms_per_doc"] = round(1000 * t_ours / max(len(docs), 1), 1)  # entities + quotes
    figures["wirewatch_quotes_only_ms_per_doc"] = round(1000 * t_quotes / max(len(docs), 1), 1)
    figures["textacy_ms_per_doc"] = round(1000 * t_theirs / max(len(docs), 1), 1)
    return figures


if __name__ == "__main__":
    print(json.dumps(run(Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared"),
                         Path(sys.argv[2] if len(sys.argv) > 2 else "/tmp/qw")), indent=1))
