"""Actor dictionary: normalised alias lookups, leader dates, adjectives and agent nouns."""
from __future__ import annotations

import pytest

from wirewatch.analyze.actors import ActorDictionary, load_actor_dictionary, normalize


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return load_actor_dictionary()


def test_actors_normalize_folds_case_apostrophes_diacritics_and_article():
    assert normalize("Kata\u2019ib Hezbollah") == normalize("kata'ib hezbollah")
    assert normalize("U.S.") == normalize("US")
    assert normalize("The Taliban") == normalize("Taliban")
    assert normalize("Antonio Guterres") == normalize("Ant\u00f3nio Guterres")


@pytest.mark.parametrize("text, name, country, sector", [
    ("IRGC", "Islamic Revolutionary Guard Corps", "IRN", "MIL"),
    ("the Revolutionary Guards", "Islamic Revolutionary Guard Corps", "IRN", "MIL"),
    ("Quds Force", "Quds Force", "IRN", "MIL"),
    ("Basiji", "Basij", "IRN", "MIL"),
    ("Kata\u2019ib Hezbollah", "Kata'ib Hezbollah", "IRQ", "UAF"),
    ("Hezbollah Brigades", "Kata'ib Hezbollah", "IRQ", "UAF"),
    ("PMF", "Popular Mobilization Forces", "IRQ", "UAF"),
    ("Supreme National Security Council", "Supreme National Security Council", "IRN", "GOV"),
    ("UN Security Council", "United Nations Security Council", None, "IGO"),
    ("Fars News Agency", "Fars News Agency", "IRN", "JRN"),
    ("the Associated Press", "Associated Press", "USA", "JRN"),
    ("Rudaw", "Rudaw", "IRQ", "JRN"),
    ("Islamic State", "Islamic State", None, "REB"),
    ("Hezbollah", "Hezbollah", "LBN", "UAF"),
])
def test_actors_lookup_aliases(actors, text, name, country, sector):
    actor = actors.lookup(text)
    assert actor is not None, text
    assert (actor.name, actor.country, actor.sector) == (name, country, sector)


@pytest.mark.parametrize("text, iso3", [
    ("U.S.", "USA"), ("US", "USA"), ("the United States", "USA"), ("America", "USA"),
    ("Iran", "IRN"), ("Iraq", "IRQ"), ("Afghanistan", "AFG"), ("Britain", "GBR"), ("Iran's", "IRN"),
])
def test_actors_lookup_countries(actors, text, iso3):
    actor = actors.lookup(text)
    assert actor is not None and actor.type == "GPE" and actor.country == iso3
    assert actors.country(iso3) == actor


def test_actors_people_have_roles_and_countries(actors):
    k = actors.lookup("Khamenei")
    assert (k.name, k.country, k.role) == ("Ali Khamenei", "IRN", "Supreme Leader")
    assert actors.lookup("Soleimani").code == "IRNMIL"
    assert actors.lookup("al-Muhandis").country == "IRQ"
    assert actors.lookup("Zarif").name == "Mohammad Javad Zarif"
    assert actors.lookup("Shamkhani").country == "IRN"


def test_actors_lookup_on_date_picks_the_office_holder(actors):
    assert actors.lookup("Khamenei", on="1985-01-01").role == "President"
    assert actors.lookup("Khamenei", on="2022-01-03").role == "Supreme Leader"
    assert actors.lookup("Biden", on="2012-06-01").role == "Vice President"
    assert actors.lookup("Biden", on="2022-01-03").role == "President"
    assert actors.lookup("Taliban", on="2019-05-01").sector == "REB"
    assert actors.lookup("Taliban", on="2022-01-03").sector == "GOV"
    trump = actors.lookup("Trump", on="2026-01-01")
    assert trump.start == "2025-01-20" and trump.end is None


def test_actors_the_office_named_alone_is_its_holder_on_the_date(actors):
    # "the Pope" is whoever held the office on the report's date
    assert actors.lookup("the Pope", on="1999-06-01").name == "Pope John Paul II"
    assert actors.lookup("the Pope", on="2016-04-16").name == "Pope Francis"
    assert actors.lookup("Pope", on="2025-06-01").country == "VAT"


def test_actors_lookup_all_lists_every_dated_entry(actors):
    roles = {(a.role, a.start) for a in actors.lookup_all("Joe Biden")}
    assert ("President", "2021-01-20") in roles and ("Vice President", "2009-01-20") in roles


def test_actors_generated_leaders_from_countryinfo(actors):
    # CountryInfo's presidents and prime ministers, titles stripped from the canonical name.
    rafsanjani = [a for a in actors.lookup_all("Ali Akbar Hashemi Rafsanjani") if a.role == "President"]
    assert rafsanjani and rafsanjani[0].country == "IRN" and rafsanjani[0].start == "1989-08-03"


@pytest.mark.parametrize("word, iso3", [
    ("Iranian", "IRN"), ("Iranians", "IRN"), ("Afghan", "AFG"), ("American", "USA"),
    ("Iraqi", "IRQ"), ("British", "GBR"), ("Lebanese", "LBN"), ("Israeli", "ISR"),
])
def test_actors_country_of_adjective(actors, word, iso3):
    assert actors.country_of_adjective(word) == iso3


def test_actors_country_of_adjective_rejects_non_adjectives(actors):
    assert actors.country_of_adjective("Tuesday") is None


@pytest.mark.parametrize("noun, sector", [
    ("military", "MIL"), ("army", "MIL"), ("troops", "MIL"), ("soldiers", "MIL"),
    ("government", "GOV"), ("regime", "GOV"), ("police", "COP"), ("rebels", "REB"),
    ("militia", "UAF"), ("militias", "UAF"),
])
def test_actors_agent_sector(actors, noun, sector):
    assert actors.agent_sector(noun) == sector


def test_actors_surnames_contain_known_people(actors):
    names = actors.surnames()
    assert "soleimani" in names and "khamenei" in names
    assert "the" not in names


def test_actors_country_institutions_and_places(actors):
    assert actors.lookup("Iranian military").code == "IRNMIL"
    assert actors.lookup("Iraq's government").code == "IRQGOV"
    assert actors.lookup("Pentagon").sector == "MIL"
    gaza = actors.lookup("Gaza")
    assert gaza.country == "PSE" and gaza.role == "region"
    assert actors.lookup("Helmand").country == "AFG"
    assert actors.country("PSE").name == "Palestine"


def test_actors_lookup_between_terms_takes_the_last_one_held(actors):
    trump = actors.lookup("Trump", on="2022-01-03")
    assert (trump.start, trump.end) == ("2017-01-20", "2021-01-20")


def test_a_bracketed_acronym_and_a_rebel_groups_singular_are_aliases():
    from wirewatch.analyze.actors import actor_from_row

    a = actor_from_row({"name": "Liberation Tigers of Tamil Eelam (ltte)", "type": "ORG", "country": "LKA",
                        "sector": "REB", "aliases": "Tamil Tigers"})
    assert {"LTTE", "Liberation Tigers of Tamil Eelam", "Tamil Tiger"} <= set(a.aliases)
    region = actor_from_row({"name": "Continuity Irish Republican Army (cira)", "type": "ORG", "sector": "REB",
                             "code": "WEUREB"})
    assert "CIRA" not in region.aliases  # a region-coded row is not reached by a bare acronym
    state = actor_from_row({"name": "Armed Forces of Italy", "type": "ORG", "country": "ITA", "sector": "MIL",
                            "aliases": "Italian forces"})
    assert "Italian force" not in state.aliases



@pytest.mark.parametrize("text, on, name, country", [
    # cabinet members whose CountryInfo entries carry birth notes ("[B:19370101]"), and people only Phoenix's
    # CountryInfo-derived entries hold: reachable by their names, with the office on the date
    ("Colin Powell", "2002-06-01", "Colin Powell", "USA"),
    ("Madeleine Albright", "1998-06-01", "Madeleine Albright", "USA"),
    ("Condoleezza Rice", "2006-06-01", "Condoleezza Rice", "USA"),
    # a Phoenix spelling of a CountryInfo person
    ("Yasser Arafat", "2000-01-01", "Yasir Arafat", "PSE"),
    # short forms of three-word names: no middle name; no mother's surname where people carry two
    ("Laurent Kabila", "1998-01-01", "Laurent Desire Kabila", "COD"),
    ("Carlos Menem", "1995-01-01", "Carlos Saul Menem", "ARG"),
    ("Andres Pastrana", "2000-01-01", "Andres Pastrana Arango", "COL"),
])
def test_actors_officials_by_the_names_the_news_uses(actors, text, on, name, country):
    hit = actors.lookup(text, on=on)
    assert hit is not None and hit.name == name and hit.country == country, hit
    assert "[" not in hit.name


def test_actors_no_name_carries_a_birth_or_death_note(actors):
    assert not [a.name for a in actors if "[b:" in a.name.lower() or "[d:" in a.name.lower()]


def test_actors_short_names_skip_family_name_first_countries():
    from wirewatch.analyze.actors import _short_names

    assert _short_names("Kim Jong Il", "PRK") == []
    assert _short_names("Vicente Fox Quesada", "MEX") == ["Vicente Quesada", "Vicente Fox"]
    assert _short_names("Laurent Desire Kabila", "COD") == ["Laurent Kabila"]
    assert _short_names("Abdel Fattah el-Sisi", "EGY") == []


def test_build_script_reads_no_birth_note_as_a_name():
    """scripts/build_actors.py: a CountryInfo government line's "[B:...]" note is not part of the name."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "scripts" / "build_actors.py"
    spec = importlib.util.spec_from_file_location("build_actors", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    rows = mod.government_rows({"government": ["COLIN_POWELL_ [USAGOV 20010120 - 20050126] [B:19370101]"]},
                               "USA", {"USA"})
    assert [r["name"] for r in rows] == ["Colin Powell"]
    assert rows[0]["start"] == "2001-01-20" and rows[0]["country"] == "USA"


def test_actors_a_bracketed_acronym_is_an_alias_and_a_gloss_is_none(actors):
    # "Liberation Tigers of Tamil Eelam (ltte)" in the source table: shown by its name, reached by both
    tigers = actors.lookup("LTTE")
    assert tigers is not None and tigers.name == "Liberation Tigers of Tamil Eelam"
    assert actors.lookup("Liberation Tigers of Tamil Eelam (ltte)").name == tigers.name
    # an alias's gloss ("Korea (north)", "America (country)") is no name of its own
    assert actors.lookup("north") is None and actors.lookup("country") is None
    assert actors.lookup("Korea (north)").country == "PRK"
