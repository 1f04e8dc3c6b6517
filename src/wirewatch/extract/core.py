"""Placeholder extraction (replaced by the real one): title line + paragraphs."""
from wirewatch.errors import Rejected
from wirewatch.record import Article, Paragraph, Record, Source, content_id


def extract_record(raw, settings):
    data = raw.data.decode("utf-8", "replace") if isinstance(raw.data, bytes) else raw.data
    blocks = [b.strip() for b in data.split("\n\n") if b.strip()]
    if not blocks:
        raise Rejected(raw.name, "empty")
    title, body = blocks[0], blocks[1:]
    text, paras, pos = "", [], 0
    for b in body:
        if text:
            text += "\n\n"
        paras.append(Paragraph(len(text), len(text) + len(b)))
        text += b
    return Record(id=raw.id or content_id(text), source=Source(path=raw.path, url=raw.url, format=raw.format),
                  article=Article(title=title, text=text, paragraphs=paras))
