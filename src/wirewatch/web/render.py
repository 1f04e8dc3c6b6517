"""Article text -> safe HTML with stand-off annotations as links (every piece escaped)."""
from __future__ import annotations

from markupsafe import Markup, escape


def annotate(record: dict) -> list[Markup]:
    """One Markup string per paragraph, entities linked and quotes marked; nothing unescaped."""
    text = record["article"]["text"]
    marks: list[tuple[int, int, str, dict]] = []
    for ent in record.get("entities", []):
        for m in ent["mentions"]:
            marks.append((m["start"], m["end"], "entity", ent))
    quote_marks = []
    for i, q in enumerate(record.get("quotes", [])):
        for s, e in q["parts"]:
            quote_marks.append((s, e, i, q))
    paragraphs = record["article"]["paragraphs"] or [{"start": 0, "end": len(text)}]
    return [_paragraph(text, p["start"], p["end"], marks, quote_marks) for p in paragraphs]


def _paragraph(text: str, start: int, end: int, marks, quote_marks) -> Markup:
    # Entity mentions never overlap each other; quotes are drawn as a class on the enclosed runs.
    ents = sorted((m for m in marks if m[0] >= start and m[1] <= end), key=lambda m: (m[0], -m[1]))
    bounds = {start, end}
    for s, e, *_ in ents:
        bounds.update((s, e))
    for s, e, *_ in quote_marks:
        if s < end and e > start:
            bounds.update((max(s, start), min(e, end)))
    points = sorted(bounds)
    out: list[str] = []
    ent_at = {}
    for s, e, _, ent in ents:
        if all(not (s < e2 and e > s2) for s2, e2 in ent_at):
            ent_at[(s, e)] = ent
    open_ent = None
    for a, b in zip(points, points[1:]):
        piece = escape(text[a:b])
        quote = next((q for s, e, i, q in quote_marks if s <= a and b <= e), None)
        if quote is not None:
            who = escape(quote.get("speaker_name") or "unknown speaker")
            piece = Markup(f'<span class="quote" title="said by {who}">{piece}</span>')
        ent = next((v for (s, e), v in ent_at.items() if s <= a and b <= e), None)
        if ent is not None:
            if open_ent is not ent:
                if open_ent is not None:
                    out.append("</a>")
                out.append(f'<a class="ent ent-{escape(ent["type"])}" href="/entities/{escape(_eid(ent))}" '
                           f'title="{escape(ent["name"])} · {escape(ent["type"])}">')
                open_ent = ent
        elif open_ent is not None:
            out.append("</a>")
            open_ent = None
        out.append(str(piece))
    if open_ent is not None:
        out.append("</a>")
    return Markup("".join(out))


def _eid(ent: dict) -> str:
    return str(ent.get("store_id") or ent.get("name"))
