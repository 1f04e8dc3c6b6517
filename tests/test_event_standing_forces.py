"""Where forces are stationed is no act: "2,500 American troops are deployed in Iraq" tells a standing
deployment. Sent somewhere ("deployed to the Gulf"), being deployed now ("are being deployed"), or dated
("deployed in Almaty on Friday", a headline's present), it is a mobilisation."""
from __future__ import annotations

from event_cases import analyse_cases

CASES = {
    "standing": "Roughly 2,500 American troops are deployed in Iraq, where they advise local forces.",
    "stationed": "About 900 US soldiers are stationed at the al-Tanf garrison.",
    "sent": "US troops are deployed to the Gulf.",
    "ongoing": "NATO said 3,000 more troops are being deployed in Estonia.",
    "dated": "Russian troops are deployed in Almaty on Friday.",
    "past": "The United States deployed 2,500 troops to Iraq on Monday.",
}


def test_a_standing_deployment_is_no_act():
    evs = analyse_cases(CASES)
    for key in ("standing", "stationed"):
        assert not [e for e in evs[key] if e["type"] == "MOBILIZE"], (key, evs[key])
    for key in ("sent", "ongoing", "dated", "past"):
        assert [e for e in evs[key] if e["type"] == "MOBILIZE"], (key, evs[key])
