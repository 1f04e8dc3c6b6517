"""Article text -> safe HTML with stand-off annotations (every piece of text escaped)."""
from __future__ import annotations

from typing import Optional

from markupsafe import Markup, escape


def annotate(record: dict, entity_links: Optional[dict[str, int]] = None) -> list[Markup]:
    """One Markup per paragraph: entity mentions linked, quotes and event evidence marked."""
    text = record["article"]["text"]
    links = entity_links or {}
    mentions = sorted(((m["start"], m["end"], e) for e in record.get("entities", []) for m in e["mentions"]
                       if not m.get("source")),
                      key=lambda m: (m[0], -m[1]))
    entity_spans: list[tuple[int, int, dict]] = []
    for s, e, ent in mentions:  # drop overlapping mentions: the first (longest) wins
        if not entity_spans or s >= entity_spans[-1][1]:
            entity_spans.append((s, e, ent))
    quote_spans = [(s, e, q) for q in record.get("quotes", []) for s, e in q["parts"]]
    event_spans = [(ev["evidence"]["start"], ev["evidence"]["end"], i)
                   for i, ev in enumerate(record.get("events", []))]
    paragraphs = record["article"]["paragraphs"] or [{"start": 0, "end": len(text)}]
    return [_paragraph(text, p["start"], p["end"], entity_spans, quote_spans, event_spans, links)
            for p in paragraphs]


def _paragraph(text, start, end, entity_spans, quote_spans, event_spans, links) -> Markup:
    bounds = {start, end}
    for spans in (entity_spans, quote_spans, event_spans):
        for s, e, _ in spans:
            if s < end and e > start:
                bounds.update((max(s, start), min(e, end)))
    points = sorted(bounds)
    out: list[str] = []
    open_ent = None
    for a, b in zip(points, points[1:]):
        ent = next((x for s, e, x in entity_spans if s <= a and b <= e), None)
        if ent is not open_ent:
            if open_ent is not None:
                out.append("</a>")
            if ent is not None:
                target = links.get(ent["id"])
                href = f"/entities/{target}" if target is not None else f"/search?q={escape(ent['name'])}"
                out.append(f'<a class="ent ent-{escape(ent["type"])}" href="{href}" '
                           f'title="{escape(ent["name"])} · {escape(ent["type"])}'
                           f'{" · " + escape(ent["country"]) if ent.get("country") else ""}">')
            open_ent = ent
        piece = str(escape(text[a:b]))
        quote = next((q for s, e, q in quote_spans if s <= a and b <= e), None)
        event = next((i for s, e, i in event_spans if s <= a and b <= e), None)
        classes, title = [], ""
        if quote is not None:
            classes.append("quote")
            title = f"said by {quote.get('speaker_name') or 'an unknown speaker'}"
            if quote.get("via"):
                title += f", via {quote['via']}"
        if event is not None:
            classes.append(f"event ev-{event}")
        if classes:
            attr = f' title="{escape(title)}"' if title else ""
            piece = f'<span class="{" ".join(classes)}"{attr}>{piece}</span>'
        out.append(piece)
    if open_ent is not None:
        out.append("</a>")
    return Markup("".join(out))
