"""Ending ties and agreements, envoys called home, barricades, fire suffered, feelings about another's act,
and acts a side says another committed.

- Ending relations or revoking, ending or scrapping an agreement with a state reduces relations (SANCTION):
  "was ending relations with Honduras", "revoked its military agreement with the United States"; a decree
  revoked at home is no sanction.
- "Called its ambassador in Tegucigalpa home": the parser takes "home" for the post's place; still a recall.
- Putting up barricades blocks passage: by a crowd PROTEST, by the police COERCE.
- Visas imposed on another's citizens are a sanction on their state.
- "Came under gunfire from Serb gunmen": the one under fire is attacked, the "from" names who fired.
- "Was disappointed with Seoul's decision", "said it was deeply alarmed": a feeling about what another did
  judges it (ACCUSE), aimed at the one whose decision it was.
- "Zelensky said Russia had fired on the corridors": a side telling what another side did to it accuses it,
  besides the act; "..., police said" credits a source, and a ministry telling of its own police's arrests
  accuses no one.
"""
from __future__ import annotations

from event_cases import code_of, events_fixture

CASES = {
    "ending": "Taiwan said it was ending relations with Honduras with immediate effect.",
    "revoked": "Niger's junta revoked its military agreement with the United States.",
    "ended_agreements": "Niamey ended its agreements with two European Union security missions.",
    "decree": "Parliament revoked the decree.",
    "home": "Taiwan then called its ambassador in Tegucigalpa home for consultations.",
    "barricades": "Serbs threw up fresh barricades in northern Mitrovica overnight.",
    "roadblocks": "Police set up roadblocks around the parliament in Tbilisi.",
    "visas": "Morocco imposed visas on Algerian visitors.",
    "under_fire": "Kosovo police came under gunfire from Serb gunmen.",
    "disappointed": "Pompeo said the United States was disappointed with Seoul's decision.",
    "alarmed": "The UN said it was deeply alarmed by events in Cali, where police reportedly fired on "
               "demonstrators.",
    "asserted": "Zelensky said Russia had promised the corridors and then fired on them.",
    "kremlin": "The Kremlin said Ukrainian drones attacked an oil depot in Belgorod.",
    "credited": "Maoist rebels stormed a police post in Nepal's western Rolpa district overnight, killing 11 "
                "officers, the army said.",
    "own_side": "Georgia's Interior Ministry said on Wednesday that police had detained 63 people.",
    "own_act": "Russia's defence ministry said its forces had shelled Ukrainian positions near Bakhmut.",
}

events = events_fixture(CASES)


def _of(evs, etype):
    return [e for e in evs if e["type"] == etype]


def test_ending_relations_and_agreements_with_a_state_is_a_sanction(events):
    for key, actor, recipient in (("ending", "TWN", "HND"), ("revoked", "NER", "USA"),
                                  ("ended_agreements", "NER", "IGO")):
        e = next(iter(_of(events[key], "SANCTION")), None)
        assert e is not None and e["mode"] == "withdraw", (key, events[key])
        assert code_of(e["actor"]) == actor and code_of(e["recipient"]) == recipient, (key, e)
    assert not _of(events["decree"], "SANCTION"), events["decree"]


def test_an_envoy_called_home_from_a_capital_is_recalled(events):
    e = next(iter(_of(events["home"], "SANCTION")), None)
    assert e is not None and code_of(e["actor"]) == "TWN" and code_of(e["recipient"]) == "HND", events["home"]
    assert not _of(events["home"], "REQUEST"), events["home"]


def test_barricades_by_a_crowd_protest_and_by_police_restrict(events):
    e = next(iter(_of(events["barricades"], "PROTEST")), None)
    assert e is not None and e["mode"] == "obstruct", events["barricades"]
    e = next(iter(_of(events["roadblocks"], "COERCE")), None)
    assert e is not None and code_of(e["actor"]) == "GEO", events["roadblocks"]
    assert not _of(events["roadblocks"], "PROTEST"), events["roadblocks"]


def test_visas_imposed_on_a_states_citizens_sanction_it(events):
    e = next(iter(_of(events["visas"], "SANCTION")), None)
    assert e is not None and code_of(e["actor"]) == "MAR" and code_of(e["recipient"]) == "DZA", events["visas"]


def test_the_one_under_fire_is_attacked(events):
    e = next(iter(_of(events["under_fire"], "ASSAULT")), None)
    assert e is not None, events["under_fire"]
    assert code_of(e["recipient"]) == "XKX" and e["actor"]["name"].endswith("gunmen"), e


def test_a_feeling_about_anothers_act_judges_its_author(events):
    e = next(iter(_of(events["disappointed"], "ACCUSE")), None)
    assert e is not None and code_of(e["actor"]) == "USA" and code_of(e["recipient"]) == "KOR", events["disappointed"]
    e = next((e for e in _of(events["alarmed"], "ACCUSE") if code_of(e["actor"]) == "IGO"), None)
    assert e is not None and code_of(e["recipient"]) == "COL", events["alarmed"]


def test_a_side_telling_what_another_did_accuses_it(events):
    for key, accuser, accused in (("asserted", "UKR", "RUS"), ("kremlin", "RUS", "UKR")):
        e = next((e for e in _of(events[key], "ACCUSE") if e["mode"] == "allege"), None)
        assert e is not None and code_of(e["actor"]) == accuser and code_of(e["recipient"]) == accused, (key, events[key])
        assert _of(events[key], "ASSAULT"), (key, events[key])  # the act is still told


def test_a_credited_source_or_ones_own_side_accuses_no_one(events):
    for key in ("credited", "own_side", "own_act"):
        assert not [e for e in _of(events[key], "ACCUSE") if e["mode"] == "allege"], (key, events[key])
