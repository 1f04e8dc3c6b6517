"""User dictionaries (YAML/CSV) add actors and override shipped ones."""
from __future__ import annotations

from wirewatch.analyze.actors import load_actor_dictionary, read_actor_file


def test_actors_extension_yaml_adds_and_overrides(tmp_path):
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "- {name: Harbour Watch Collective, type: ORG, country: NZL, sector: CVL, aliases: [HWC]}\n"
        "- {name: Reuters, type: ORG, country: CAN, sector: JRN, aliases: [Reuters Wire]}\n",
        encoding="utf-8")
    d = load_actor_dictionary((str(extra),))
    hwc = d.lookup("HWC")
    assert hwc is not None and (hwc.name, hwc.country, hwc.sector) == ("Harbour Watch Collective", "NZL", "CVL")
    reuters = d.lookup("Reuters")
    assert reuters.country == "CAN"  # the user's entry wins
    assert d.lookup("Reuters Wire") == reuters
    assert d.lookup("Thomson Reuters") == reuters  # older spellings still lead to it
    assert load_actor_dictionary().lookup("Reuters").country == "GBR"  # shipped copy untouched


def test_actors_extension_csv_with_pipe_aliases_and_dates(tmp_path):
    extra = tmp_path / "people.csv"
    extra.write_text(
        "name,aliases,type,country,sector,code,role,start,end\n"
        "Jane Quill,Quill|J. Quill,PERSON,AUS,GOV,AUSGOV,Mayor,2020-01-01,2023-12-31\n"
        "Jane Quill,,PERSON,AUS,GOV,AUSGOV,Senator,2024-01-01,\n",
        encoding="utf-8")
    actors = read_actor_file(extra)
    assert actors[0].aliases == ("Quill", "J. Quill")
    d = load_actor_dictionary((str(extra),))
    assert d.lookup("Quill", on="2021-05-05").role == "Mayor"
    assert d.lookup("Jane Quill", on="2025-05-05").role == "Senator"


def test_actors_dictionary_is_cached_per_process():
    assert load_actor_dictionary() is load_actor_dictionary()
