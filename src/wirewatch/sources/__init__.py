"""Inputs -> raw documents: files, directories, globs, stdin, JSONL batches, URLs, WARC archives, feeds."""
from wirewatch.sources.raw import RawDocument
from wirewatch.sources.files import iter_inputs

__all__ = ["RawDocument", "iter_inputs"]
