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


XSS_ARTICLE = """Harbour Council Votes on New Ferry Timetable <script>alert('t')</script>

The harbour council voted on Tuesday to keep the winter ferry timetable <script>window.__pwned = 1</script> for another year, after residents of the outer islands complained about cancelled crossings.

Critics posted a link <a href="javascript:window.__pwned=2">click me</a> and an image <img src=x onerror="window.__pwned=3"> to the council's page, which the council's clerk, Ines Varga, said was "not how we take feedback." She said the vote passed seven to two.

The new timetable starts in November and runs until the end of March, the council said in a statement.
"""


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory):
    """A SQLite store holding a dozen sample articles (full pipeline) and one hostile article."""
    from wirewatch.ingest import ingest_items
    from wirewatch.settings import Settings
    from wirewatch.sources import iter_inputs
    from wirewatch.store import open_store

    folder = tmp_path_factory.mktemp("store")
    hostile = folder / "hostile.txt"
    hostile.write_text(XSS_ARTICLE)
    files = sorted((SAMPLES / "articles").iterdir())
    chosen = [str(p) for p in files if p.name[:2] in {"01", "02", "03", "05", "08", "09", "12", "15", "16", "17",
                                                        "19", "21", "23", "31"}]
    settings = Settings(db=str(folder / "samples.db"))
    store = open_store(settings.db)
    summary = ingest_items(iter_inputs(chosen + [str(hostile)]), settings, store)
    assert not summary.failed, summary.failed
    return store
