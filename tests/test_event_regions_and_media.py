"""Several states named by a plural seat noun ("governments across Latin America") stay countryless, and a
word of a longer place name ("America" in "Latin America") is not that name; the medium something is said
on ("denounced the raid on social media") is no target; a breach called so accuses."""
from __future__ import annotations

from event_cases import code_of, events_fixture, first_event

CASES = {
    "latin_governments": "Governments across Latin America condemned the raid.",
    "on_social_media": ("Ecuadorian police stormed the Mexican embassy in Quito on Friday. Former president Rafael "
                        "Correa denounced the raid on social media."),
    "called_breach": ("Ecuadorian police stormed the Mexican embassy in Quito on Friday. Brazil called the raid a clear "
                      "breach of the Vienna Convention."),
    "raid_told_as_arrest": ("QUITO — Mexico broke off relations with Ecuador after Ecuadorian police forced their way "
                            "into the Mexican embassy and arrested Jorge Glas. Brazil condemned the raid."),
    "both_commanders": ("Fighting broke out between army chief General Abdel Fattah al-Burhan and RSF commander "
                        "Mohamed Hamdan Dagalo. U.S. Secretary of State Antony Blinken urged both commanders to end "
                        "the violence."),
    "its_own_relations": ("The presidents of Colombia and Chile condemned the raid. Nicaragua said on Saturday that "
                          "it was breaking off its own relations with Ecuador in solidarity with Mexico."),
}
events = events_fixture(CASES)


def test_several_states_stay_countryless(events):
    e = first_event(events, "latin_governments", "ACCUSE")
    assert e["actor"] is None or not e["actor"]["country"], e


def test_the_medium_is_no_target_and_a_breach_accuses(events):
    e = first_event(events, "on_social_media", "ACCUSE")
    assert e["recipient"] is None or e["recipient"]["name"] != "media", e
    e = first_event(events, "called_breach", "ACCUSE")
    assert code_of(e["actor"]) == "BRA", e


def test_a_raid_condemned_answers_the_force_it_was_told_as(events):
    e = first_event(events, "raid_told_as_arrest", "ACCUSE")
    assert code_of(e["actor"]) == "BRA" and code_of(e["recipient"]) == "ECU", e


def test_both_commanders_asked_are_the_two_told_before(events):
    e = first_event(events, "both_commanders", "REQUEST")
    assert code_of(e["actor"]) == "USA" and e["recipient"]["name"] in (
        "Mohamed Hamdan Dagalo", "Abdel Fattah al-Burhan"), e


def test_a_possessive_pronoun_on_the_object_is_the_actors_own(events):
    e = first_event(events, "its_own_relations", "SANCTION")
    assert (code_of(e["actor"]), code_of(e["recipient"])) == ("NIC", "ECU"), e
