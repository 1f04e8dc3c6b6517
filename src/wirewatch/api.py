"""The Python API: one call from a document to its record."""
from __future__ import annotations

from typing import Any, Optional


def analyze(text: Optional[str] = None, *, html: Optional[str] = None, path: Optional[str] = None,
            url: Optional[str] = None, published: Optional[str] = None, title: Optional[str] = None,
            id: Optional[str] = None, extract_only: bool = False, settings=None) -> dict[str, Any]:
    """Analyse one document (plain text, HTML or a file path) and return the record as a dict.

    The same record the CLI prints with ``wirewatch analyze --format json``. Raises
    :class:`wirewatch.errors.Rejected` when the input cannot become a record.
    """
    from wirewatch.errors import Rejected
    from wirewatch.pipeline import process
    from wirewatch.settings import load_settings
    from wirewatch.sources import RawDocument, iter_inputs

    settings = (settings or load_settings()).replace(published=published, extract_only=extract_only or None)
    if path is not None:
        items = list(iter_inputs([path], max_bytes=settings.max_bytes))
    else:
        data = html if html is not None else text
        if data is None:
            raise ValueError("give text, html or path")
        items = [RawDocument(data=data, format="html" if html is not None else "text",
                             name=id or "<text>", url=url, id=id, title=title)]
    result = next(process(items, settings))
    if isinstance(result, Rejected):
        raise result
    return result.to_dict()
