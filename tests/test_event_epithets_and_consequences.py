"""An epithet for a country ("the Baltic nation") refers back to the country told before, not to a region;
the one told it will bear or face the consequences is the one threatened; an "-ing" word after "of" names
people only when it describes them ("gave in to striking tin miners", not "accused X of funding")."""
from __future__ import annotations

from event_cases import code_of, events_fixture, first_event

CASES = {
    "baltic_nation": ("China downgraded its diplomatic relations with Lithuania on Friday, accusing the Baltic "
                      "nation of undermining its sovereignty."),
    "bear_consequences": "China recalled its ambassador, warning that Vilnius would bear all the consequences.",
    "face_consequences": "Russia warned that Washington would face consequences.",
    "striking_miners": "The Bolivian government gave in to striking tin miners on Friday.",
    "charge_gerund": "Britain accused the Russian government of harbouring hackers.",
}
events = events_fixture(CASES)


def test_an_epithet_for_a_country_refers_back_to_it(events):
    e = first_event(events, "baltic_nation", "ACCUSE")
    assert (code_of(e["actor"]), code_of(e["recipient"])) == ("CHN", "LTU"), e


def test_whoever_is_told_to_bear_the_consequences_is_threatened(events):
    e = first_event(events, "bear_consequences", "THREATEN")
    assert (code_of(e["actor"]), code_of(e["recipient"])) == ("CHN", "LTU"), e
    e = first_event(events, "face_consequences", "THREATEN")
    assert (code_of(e["actor"]), code_of(e["recipient"])) == ("RUS", "USA"), e


def test_a_participle_names_people_only_when_it_describes_them(events):
    e = first_event(events, "striking_miners", "CONCEDE")
    assert e["recipient"]["name"] == "miners", e
    e = first_event(events, "charge_gerund", "ACCUSE")
    assert code_of(e["recipient"]) == "RUS" and e["recipient"]["name"] != "hackers", e
