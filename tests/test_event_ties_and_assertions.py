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
  accuses no one. So does a side saying another hosts, arms or trains armed groups.
- "it had informed Taipei it was breaking off relations": the pronoun subject of a clause reported by the same
  pronoun means what that one means, not a name told in between.
- "Phee returned to Niamey": a trip back to a foreign capital is a visit; a return home codes nothing.
- "China reserved the right to respond": keeping one's own right to answer threatens.
- "Poland had stopped transferring arms to Ukraine": help stopped is withdrawn (SANCTION), not given; raising
  tariffs on another's goods sanctions it.
- "The Knesset passed a law banning UNRWA", "approved laws that would bar UNRWA": what an adopted law does is
  done by whoever adopted it (no threat: the "would" is the law's); "warned it would bar" stays a threat.
- "Ireland, Norway, Slovenia and Spain ... pledged to keep working with donors": a joint pledge is made to
  others, not among those who make it; "A, B and C signed a deal" is still among them.
- Ringing a building: by a crowd PROTEST, by troops MOBILIZE, by armed men COERCE; turning a person back at the
  gates restricts them.
- "Russia regards Armenia as an ally", "regarded Nkurunziza as Burundi's legitimate president": holding a party
  to be an ally or a rightful leader backs it; "does not regard" backs no one.
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
    "backing": "Ndayishimiye said Rwanda was hosting, feeding, financing and training the RED-Tabara rebels.",
    "arming": "Kinshasa says Rwanda is arming and training the M23 rebels.",
    "pronoun": "The Honduran foreign ministry said that it recognised the People's Republic of China, that Taiwan "
               "was part of China, and that it had informed Taipei it was breaking off relations.",
    "returned": "Phee returned to Niamey in December.",
    "home_again": "Zelensky returned to Ukraine on Friday.",
    "white_house": "The dispute was the first open clash since Trump returned to the White House.",
    "ally": "Peskov said Russia still regards Armenia as an ally.",
    "legitimate": "The State Department said Washington still regarded Nkurunziza as Burundi's legitimate president.",
    "not_ally": "Russia does not regard Armenia as an ally.",
    "stopped": "Morawiecki said Poland had stopped transferring arms to Ukraine.",
    "sending": "Poland sent weapons to Ukraine.",
    "law_banning": "The Knesset passed a law banning UNRWA from operating in Israel.",
    "laws_would": "Israel's parliament has approved two laws that would bar the UN agency for Palestinian "
                  "refugees from operating on Israeli soil.",
    "warned_bar": "Russia warned it would bar Western journalists.",
    "joint_pledge": "Ireland, Norway, Slovenia and Spain condemned the legislation in a joint statement, warning "
                    "that it set a serious precedent, and pledged to keep working with donor countries.",
    "trilateral": "Armenia, Azerbaijan and Russia signed a ceasefire agreement in Moscow.",
    "crowd_ring": "Demonstrators in Bishkek surrounded the parliament building on Thursday.",
    "troops_ring": "Soldiers ringed the parliament building in Bardo.",
    "turned_back": "At dawn soldiers turned back the speaker, Rached Ghannouchi, at the gates.",
    "tariffs": "Petro instructed his trade minister to raise tariffs on US imports by 25 percent.",
    "reserved": "China's foreign ministry said China reserved the right to respond further as needed.",
    "worried": "Lapid said he was worried about Algeria's role in the region.",
    "meritless": "Blinken said South Africa's submission was meritless.",
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


def test_a_side_saying_another_backs_armed_groups_accuses_it(events):
    for key, accuser in (("backing", "BDI"), ("arming", "COD")):
        e = next((e for e in _of(events[key], "ACCUSE") if e["mode"] == "allege"), None)
        assert e is not None and code_of(e["actor"]) == accuser and code_of(e["recipient"]) == "RWA", (key, events[key])
    assert any(e["mode"] == "military" for e in _of(events["arming"], "AID")), events["arming"]


def test_a_pronoun_under_the_same_pronoun_means_the_same_party(events):
    e = next(iter(_of(events["pronoun"], "SANCTION")), None)
    assert e is not None and code_of(e["actor"]) == "HND", events["pronoun"]


def test_a_return_abroad_is_a_visit_and_home_is_none(events):
    e = next(iter(_of(events["returned"], "CONSULT")), None)
    assert e is not None and e["mode"] == "visit" and code_of(e["recipient"]) == "NER", events["returned"]
    for key in ("home_again", "white_house"):
        assert not _of(events[key], "CONSULT"), (key, events[key])


def test_reserving_the_right_to_respond_threatens(events):
    e = next(iter(_of(events["reserved"], "THREATEN")), None)
    assert e is not None and code_of(e["actor"]) == "CHN", events["reserved"]


def test_worries_and_meritless_claims_judge(events):
    e = next(iter(_of(events["worried"], "ACCUSE")), None)
    assert e is not None and code_of(e["actor"]) == "ISR" and code_of(e["recipient"]) == "DZA", events["worried"]
    e = next(iter(_of(events["meritless"], "ACCUSE")), None)
    assert e is not None and code_of(e["recipient"]) == "ZAF", events["meritless"]


def test_holding_a_party_an_ally_or_rightful_leader_backs_it(events):
    for key, actor, recipient in (("ally", "RUS", "ARM"), ("legitimate", "USA", "BDI")):
        e = next(iter(_of(events[key], "SUPPORT")), None)
        assert e is not None and code_of(e["actor"]) == actor and code_of(e["recipient"]) == recipient, (key, events[key])
    assert not _of(events["not_ally"], "SUPPORT"), events["not_ally"]


def test_stopped_help_is_withdrawn_and_tariffs_sanction(events):
    e = next(iter(_of(events["stopped"], "SANCTION")), None)
    assert e is not None and e["mode"] == "discontinue" and code_of(e["recipient"]) == "UKR", events["stopped"]
    assert not _of(events["stopped"], "AID"), events["stopped"]
    assert _of(events["sending"], "AID") and not _of(events["sending"], "SANCTION"), events["sending"]
    e = next(iter(_of(events["tariffs"], "SANCTION")), None)
    assert e is not None and code_of(e["actor"]) == "COL" and code_of(e["recipient"]) == "USA", events["tariffs"]


def test_an_adopted_law_does_what_it_says(events):
    for key in ("law_banning", "laws_would"):
        e = next(iter(_of(events[key], "COERCE")), None)
        assert e is not None and code_of(e["actor"]) == "ISR" and not e["hypothetical"], (key, events[key])
        assert not _of(events[key], "THREATEN"), (key, events[key])
    assert _of(events["warned_bar"], "THREATEN") and not _of(events["warned_bar"], "COERCE"), events["warned_bar"]


def test_ringing_a_building_by_whom_and_turning_back(events):
    assert [e["mode"] for e in _of(events["crowd_ring"], "PROTEST")] == ["obstruct"], events["crowd_ring"]
    assert _of(events["troops_ring"], "MOBILIZE") and not _of(events["troops_ring"], "PROTEST"), events["troops_ring"]
    e = next(iter(_of(events["turned_back"], "COERCE")), None)
    assert e is not None and e["recipient"]["name"] == "Rached Ghannouchi", events["turned_back"]


def test_a_joint_pledge_is_not_among_its_makers(events):
    pledges = _of(events["joint_pledge"], "AGREE")
    assert pledges and all(e["recipient"] is None for e in pledges), events["joint_pledge"]
    deals = [e for e in events["trilateral"] if e["type"] in ("AGREE", "SUPPORT")]
    assert deals and all(e["recipient"] is not None for e in deals), events["trilateral"]
