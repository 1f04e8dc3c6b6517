"""The shipped actor/place data: well-formed, consistent codes, within the size budget."""
from __future__ import annotations

from pathlib import Path

import pytest

from wirewatch.analyze.actors import DATA_DIR, load_actor_dictionary
from wirewatch.analyze.gazetteer import load_gazetteer

TYPES = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}  # NORP: a people ("Kosovo Albanians")


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


@pytest.mark.parametrize("name, on, country, role", [
    ("Ivan Duque", "2021-07-08", "COL", "President"),
    ("Tokayev", "2022-01-06", "KAZ", "President"),
    ("Sergei Ryabkov", "2019-08-02", "RUS", None),
    ("Bongo", "2023-08-30", "GAB", "President"),
    ("Jacinda Ardern", "2019-03-15", "NZL", "Prime Minister"),
    ("Hemedti", "2021-10-25", "SDN", None),
    ("Tedros Adhanom Ghebreyesus", "2020-03-11", None, None),
])
def test_office_holders_since_2010_are_known(actors, name, on, country, role):
    # the generated tables stop in 2016; officeholders_<region>.yaml carries who held office since 2010
    actor = actors.lookup(name, on=on)
    assert actor is not None and actor.type == "PERSON" and actor.country == country
    assert role is None or actor.role == role
    assert actor.start is None or actor.start <= on


def test_office_holder_files_cover_every_region():
    files = {p.stem for p in Path(DATA_DIR).glob("officeholders_*.yaml")}
    assert files >= {"officeholders_" + r for r in ("africa", "americas", "asia", "europe", "mena", "igo")}


def test_common_demonyms_name_their_country(actors):
    for word, iso in (("Uzbek", "UZB"), ("Nigerien", "NER"), ("Nepali", "NPL"), ("Lao", "LAO"), ("Tajik", "TJK")):
        assert actors.country_of_adjective(word) == iso, word
