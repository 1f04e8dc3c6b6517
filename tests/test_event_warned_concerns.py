"""A warning about another's act voices a concern against its author (ACCUSE), no threat by the warner:
"the United States warned of a large build-up of Serbian troops" accuses Serbia, and the build-up it warns
of is not told as done (it may be yet to come). A warning of one's own act still threatens ("warned of
countermeasures against Sweden"). "A build-up", which the tokenizer splits, is a mobilisation."""
from __future__ import annotations

from event_cases import analyse_cases, code_of


def test_a_warning_about_anothers_act_is_a_concern_not_a_threat():
    evs = analyse_cases({
        "buildup": "The United States warned of a large build-up of Serbian troops close to the boundary.",
        "offensive": "The UN warned of a Russian offensive in the east.",
        "own": "Russia warned of countermeasures against Sweden.",
        "done": "Serbia carried out a large build-up of troops close to the boundary.",
    })
    for key, accused in (("buildup", "SRB"), ("offensive", "RUS")):
        assert [e for e in evs[key] if e["type"] == "ACCUSE" and code_of(e["recipient"]) == accused], evs[key]
        assert not [e for e in evs[key] if e["type"] in ("THREATEN", "MOBILIZE", "ASSAULT")], evs[key]
    assert [e for e in evs["own"] if e["type"] == "THREATEN" and code_of(e["recipient"]) == "SWE"], evs["own"]
    assert [e for e in evs["done"] if e["type"] == "MOBILIZE" and code_of(e["actor"]) == "SRB"], evs["done"]
