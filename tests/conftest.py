"""Shared fixtures: paths, the shared/ folder, one analysed seed per session."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WIREWATCH_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "seeds" / "000_aaaa9ff0aface8f9.txt"
SEED_GOLD = SHARED / "gold" / "seed.json"
SAMPLES = ROOT / "src" / "wirewatch" / "samples"


def need_shared(path: Path) -> Path:
    """shared/ is part of CI; outside CI a missing copy skips the test."""
    if not path.exists():
        if os.environ.get("CI") == "true":
            raise AssertionError(f"{path} is missing under CI")
        pytest.skip(f"{path} not available")
    return path


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return need_shared(SEED)


@pytest.fixture(scope="session")
def seed_record(seed_path) -> dict:
    from wirewatch import analyze

    return analyze(path=str(seed_path))
