"""Typed rejections with stable reason codes (never a silent ``None``)."""
from __future__ import annotations

from dataclasses import dataclass

# Stable reason codes: the CLI prints them, the store records them, tests pin them.
REASONS = {
    "missing": "no such file or directory",
    "unreadable": "the input could not be read",
    "empty": "the input is empty",
    "binary": "the input is binary, not text",
    "too-large": "the input is larger than the size limit",
    "encoding": "the text encoding could not be determined",
    "no-article": "no article text was found",
    "not-json": "the JSONL line is not a JSON object",
    "bad-field": "a JSONL field is missing or of the wrong type",
    "timeout": "processing took longer than the time limit",
    "stage-failed": "an analysis stage failed",
    "fetch-failed": "the document could not be fetched",
    "blocked": "the address is not allowed",
}


class WirewatchError(Exception):
    """Base class of wirewatch's own errors."""


@dataclass(slots=True)
class Rejected(WirewatchError):
    """An input that cannot become a record: which input, a stable reason code, and details."""

    input: str
    reason: str
    detail: str = ""
    id: str | None = None  # the caller's id of the input (JSONL), so batch output keeps it

    def __post_init__(self) -> None:
        if self.reason not in REASONS:
            raise ValueError(f"unknown rejection reason {self.reason!r}")

    def __str__(self) -> str:
        tail = f": {self.detail}" if self.detail else ""
        return f"{self.input}: {self.reason} ({REASONS[self.reason]}){tail}"

    def to_dict(self) -> dict:
        return {"id": self.id, "input": self.input, "reason": self.reason, "detail": self.detail}


class StageError(WirewatchError):
    """A pipeline component raised or returned something that is not a record."""

    def __init__(self, stage: str, message: str):
        super().__init__(f"stage {stage!r} failed: {message}")
        self.stage = stage
