"""Names an international body shares with a state's own bodies, and international bodies owned by no one.

"Armenia's Security Council" is Armenia's (a government body), not the UN Security Council the dictionary
lists under the alias "Security Council"; "the U.N. Security Council" in the same text still is the UN's.
"Sweden's NATO bid" gives NATO no country: an international body belongs to none of its members.
"""
from __future__ import annotations

import pytest

from event_cases import analyse_article


@pytest.fixture(scope="module")
def entities():
    rec = analyse_article(
        "At an emergency session, Armenia's Security Council decided to ask the Collective Security Treaty "
        "Organisation for military help. France said it would raise the fighting at the U.N. Security "
        "Council.\n\nSweden's NATO bid was approved by Turkey's parliament on Tuesday.")
    return rec.to_dict()["entities"], rec.to_dict()["events"]


def _entity(entities, mention: str) -> dict:
    return next(e for e in entities if any(m["text"] == mention for m in e["mentions"]))


def test_a_countrys_security_council_is_that_states_body(entities):
    e = _entity(entities[0], "Security Council")
    assert (e["country"], e["sector"]) == ("ARM", "GOV") and "United Nations" not in e["name"], e


def test_the_un_security_council_stays_international(entities):
    e = _entity(entities[0], "U.N. Security Council")
    assert e["name"] == "United Nations Security Council" and not e["country"] and e["sector"] == "IGO", e


def test_an_international_body_owned_in_words_by_a_member_has_no_country(entities):
    e = _entity(entities[0], "NATO")
    assert not e["country"] and e["sector"] == "IGO", e


def test_the_national_body_asks_as_its_country(entities):
    req = next(e for e in entities[1] if e["type"] == "REQUEST")
    assert req["actor"]["country"] == "ARM" and not (req["actor"].get("code") or "").startswith("IGO"), req
