"""Extraction: raw document -> clean article text, furniture, captions and metadata."""
from wirewatch.extract.core import extract_record

__all__ = ["extract_record"]
