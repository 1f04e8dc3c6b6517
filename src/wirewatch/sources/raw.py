"""The raw document: what a source hands to extraction."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional


@dataclass(slots=True)
class RawDocument:
    data: bytes | str
    format: str  # "text" or "html"
    name: str  # how errors name this input (path, path:line, URL)
    path: Optional[str] = None
    url: Optional[str] = None
    id: Optional[str] = None  # a caller-given id (JSONL); else the record id is a content hash
    published: Optional[str] = None
    title: Optional[str] = None
