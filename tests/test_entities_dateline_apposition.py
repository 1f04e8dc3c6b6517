"""Names split at a dateline dash; a possessive title set off by commas gives a person's country."""
from __future__ import annotations

from wirewatch import analyze


def _ents(text: str) -> dict[str, dict]:
    return {e["name"]: e for e in analyze(text=text)["entities"]}


def test_a_dateline_dash_is_never_inside_a_name():
    # spaCy's small model tags "NIAMEY \u2014 Soldiers" as one ORG here
    text = ("Niger crisis\n\nNIAMEY \u2014 Soldiers in Niger held the president on Sunday. "
            "Niger is calm. The Niger army said so.")
    ents = _ents(text)
    assert not any("\u2014" in n or "Soldiers" in n for n in ents)
    assert ents["Niamey"]["type"] == "GPE" and ents["Niamey"]["country"] == "NER"
    assert [m["text"] for m in ents["Niamey"]["mentions"]] == ["NIAMEY"]


def test_possessive_title_before_a_name_gives_the_country_even_if_spacy_said_org():
    ents = _ents("Summit\n\nVoters in Ghana went to the polls. Ghana was calm. Ghana counted. "
                 "Chad\u2019s president, Mahamat Idriss D\u00e9by, flew to Accra on Sunday evening.")
    deby = ents["Mahamat Idriss D\u00e9by"]
    assert deby["type"] == "PERSON" and deby["country"] == "TCD" and deby["sector"] == "GOV"


def test_an_outlet_called_the_word_is_not_that_word_alone():
    # "The National" is a newspaper; a "National Police chief" belongs to the story's country
    ents = _ents("Haiti arrests\n\nPORT-AU-PRINCE \u2014 National Police chief Leon Charles said 17 suspects "
                 "had been arrested in Haiti. Haiti mourned. Haiti's capital was quiet.")
    assert not any(e["code"] == "AREJRN" for e in ents.values())
    assert ents["Leon Charles"]["country"] == "HTI"


def test_a_nationality_word_tagged_as_a_place_is_its_country_not_the_dateline():
    ents = _ents("Kremlin warns NATO\n\nWASHINGTON \u2014 The Kremlin accused NATO of trying to gain a foothold "
                 "on Ukrainian territory. The United States rejected it. Washington said so.")
    ukrainian = [e for e in ents.values() if any(m["text"] == "Ukrainian" for m in e["mentions"])]
    assert ukrainian and all(e["country"] == "UKR" for e in ukrainian)


def test_his_aide_is_of_the_person_just_named_not_of_the_dateline():
    ents = _ents("Call ends\n\nWASHINGTON \u2014 The call ended. Washington said it was useful. Washington waited. "
                 "Vladimir Putin spoke from Sochi. His foreign policy aide, Yuri Ushakov, said the talks "
                 "had been frank.")
    assert ents["Yuri Ushakov"]["country"] == "RUS"
