"""Helpers shared by the knowledge files under ``wirewatch/data`` (lexicons users can extend)."""
from __future__ import annotations

from typing import Any


def merge_user_data(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """Overlay a user's file on the shipped one: lists extend, mappings merge, scalars replace."""
    out = dict(base)
    for key, value in extra.items():
        if isinstance(value, list) and isinstance(out.get(key), list):
            out[key] = out[key] + value
        elif isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = {**out[key], **value}
        else:
            out[key] = value
    return out
