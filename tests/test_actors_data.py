"""The shipped actor/place data: well-formed, consistent codes, within the size budget."""
from __future__ import annotations

from pathlib import Path

import pytest

from wirewatch.analyze.actors import DATA_DIR, load_actor_dictionary
from wirewatch.analyze.gazetteer import load_gazetteer

TYPES = {"PERSON", "ORG", "GPE", "LOC", "FAC"}


@pytest.fixture(scope="module")
def actors():
    return load_actor_dictionary()


def test_actors_data_dir_stays_small():
    total = sum(p.stat().st_size for p in Path(DATA_DIR).iterdir() if p.is_file())
    assert total < 15_000_000


def test_actors_data_types_countries_and_dates_are_valid(actors):
    gaz = load_gazetteer()
    for actor in actors:
        assert actor.type in TYPES, actor
        assert actor.country is None or gaz.country(actor.country) is not None, actor
        for day in (actor.start, actor.end):
            assert day is None or (len(day) == 10 and day[4] == "-" and day[7] == "-"), actor
        if actor.start and actor.end:
            assert actor.start <= actor.end, actor


def test_actors_data_covers_every_country(actors):
    countries = actors.countries()
    assert len(countries) >= 200
    assert all(c.code == c.country and c.type == "GPE" for c in countries)


def test_actors_data_has_media_and_igos(actors):
    media = [a for a in actors if a.sector == "JRN"]
    igos = [a for a in actors if a.sector == "IGO"]
    assert len(media) >= 80 and len(igos) >= 100
