"""Synthetic batch corpora for tests and benchmarks: variants of the bundled sample articles."""
from __future__ import annotations

import json
import random
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "articles"


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]


def variants(n: int, seed: int = 7, max_paragraphs: int = 5) -> list[dict]:
    """``n`` JSONL items {"id", "text"}: each keeps a sample's head and lightly permutes its body.

    Neighbouring variants of one sample share most paragraphs, so the batch has near-duplicates
    and stories for the link stage to find.
    """
    rng = random.Random(seed)
    sources = [_paragraphs(p.read_text(encoding="utf-8")) for p in sorted(SAMPLES.glob("*.txt"))]
    sources = [s for s in sources if len(s) >= 3]
    items = []
    for i in range(n):
        paras = sources[i % len(sources)]
        head = paras[:1]
        body = [p for p in paras[1:] if len(p) >= 80]  # skip share bars and other short furniture
        start = rng.randrange(2) if len(body) > max_paragraphs else 0
        body = body[start: start + max_paragraphs - rng.randrange(2)]
        if len(body) > 2 and rng.random() < 0.6:  # swap two neighbouring body paragraphs
            j = rng.randrange(len(body) - 1)
            body[j], body[j + 1] = body[j + 1], body[j]
        if len(body) > 3 and rng.random() < 0.3:  # drop one
            body.pop(rng.randrange(1, len(body)))
        items.append({"id": f"gen-{i:05d}", "text": "\n\n".join(head + body) + "\n"})
    return items


def write_jsonl(path: Path, items: list[dict], bad_lines: dict[int, str] | None = None) -> Path:
    """Write items as JSONL; ``bad_lines`` {index: raw line} inserts broken lines before those items."""
    bad_lines = bad_lines or {}
    with open(path, "w", encoding="utf-8") as fh:
        for i, item in enumerate(items):
            if i in bad_lines:
                fh.write(bad_lines[i].rstrip("\n") + "\n")
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    return path
