"""Force to come that a state's speaker announces, with no one named as using it, is the speaker's threat.

"Tokayev said the militants who refused to surrender would be destroyed" is THREATEN by Tokayev against the
militants; "Kyiv would be attacked again" is a Russian threat when a Russian minister says it, and a warning
of no one's named threat when Ukraine's minister does. A body that speaks for no state threatens nothing by
announcing what will be done, and an agent named in the clause stays the actor.
"""
from __future__ import annotations

from event_cases import analyse_cases, code_of

CASES = {
    "militants": "President Kassym-Jomart Tokayev rejected calls for talks with the protesters, adding that "
                 "the militants who refused to surrender would be destroyed.",
    "jailed": "President Alexander Lukashenko said the protesters would be jailed.",
    "russian": "The Russian defence minister said Kyiv would be attacked again.",
    "ukrainian": "Ukraine's defence minister said Kyiv would be attacked again.",
    "agent": "Russian President Vladimir Putin said the militants would be destroyed by Chechen forces.",
}


def _events():
    return analyse_cases(CASES)


def _threats(evs):
    return [e for e in evs if e["type"] == "THREATEN"]


def test_announced_force_is_the_speakers_threat():
    evs = _events()
    e = next(e for e in _threats(evs["militants"]) if e["recipient"] and e["recipient"]["name"] == "militants")
    assert e["actor"]["name"] == "Kassym-Jomart Tokayev", e
    e = next(e for e in _threats(evs["jailed"]))
    assert e["actor"]["name"] == "Alexander Lukashenko" and e["recipient"]["name"] == "protesters", e
    e = next(e for e in _threats(evs["russian"]))
    assert code_of(e["actor"]) == "RUS", e


def test_force_announced_against_ones_own_side_is_no_threat_by_the_speaker():
    evs = _events()
    assert not [e for e in _threats(evs["ukrainian"]) if e["actor"]], evs["ukrainian"]


def test_a_named_agent_stays_the_actor():
    evs = _events()
    assert not [e for e in evs["agent"] if e["actor"] and e["actor"]["name"] == "Vladimir Putin"], evs["agent"]


def test_forcing_ones_way_in_is_storming():
    # by a state's police an assault on the embassy entered; by a crowd, a riot
    evs = analyse_cases({
        "police": "Ecuadorian police forced their way into the Mexican embassy in Quito on Friday.",
        "crowd": "Protesters forced their way into the parliament building in Nairobi.",
    })
    e = next(e for e in evs["police"] if e["type"] == "ASSAULT")
    assert code_of(e["actor"]) == "ECU" and code_of(e["recipient"]) == "MEX", e
    assert [e for e in evs["crowd"] if e["type"] == "PROTEST" and e["mode"] == "riot"], evs["crowd"]
