"""``_manifest.json``: which partitions are finished (written atomically after each one)."""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

MANIFEST = "_manifest.json"
VERSION = 1


def load(out: Path) -> dict[str, Any]:
    """The manifest in ``out``, or an empty one (a corrupt manifest counts as none: all is redone)."""
    try:
        data = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
        if data.get("version") == VERSION and isinstance(data.get("partitions"), dict):
            return data
    except (OSError, ValueError):
        pass
    return {"version": VERSION, "partitions": {}}


def save(out: Path, data: dict[str, Any]) -> None:
    """Write the manifest via a temp file and an atomic rename."""
    out.mkdir(parents=True, exist_ok=True)
    tmp = out / f".{MANIFEST}.{os.getpid()}.tmp"
    tmp.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(tmp, out / MANIFEST)


def is_done(out: Path, data: dict[str, Any], name: str, key: str) -> bool:
    """A partition is done if the manifest lists it with the same key and all its files exist."""
    entry = data["partitions"].get(name)
    if not entry or entry.get("key") != key:
        return False
    return all((out / rel).is_file() for rel in entry.get("files", {}).values())
