""""The government" told back after a court, and the forces it deploys.

- "The Supreme Court scaled the quotas back ... The government had imposed a curfew": the government is the
  state's executive, never the court (or a parliament) named last.
- "The government ... deployed the army": the army is its own, what it moves, not whom it acts on, also
  while the government told back has no country of its own yet.
"""
from __future__ import annotations

import pytest

from event_cases import analyse_article


@pytest.fixture(scope="module")
def events():
    rec = analyse_article(
        "DHAKA — Protesters marched through the capital on Monday, demanding the prime minister's resignation.\n\n"
        "The unrest began in July as demonstrations against a quota system for public jobs. The Supreme Court "
        "scaled the quotas back on July 21, but the protests grew.\n\n"
        "The government had imposed a curfew, deployed the army and cut mobile internet across the country.",
        published="2024-08-05")
    return rec.to_dict()["events"]


def _told(events, etype):
    return [e for e in events if e["type"] == etype and "deployed the army" in e["evidence"]["text"]]


def test_the_government_is_never_the_court_told_before(events):
    acts = _told(events, "MOBILIZE") + _told(events, "COERCE")
    assert acts and all("Court" not in ((e["actor"] or {}).get("name") or "") for e in acts), acts


def test_the_army_a_government_deploys_is_its_own(events):
    (mob,) = _told(events, "MOBILIZE")
    assert "army" not in ((mob["recipient"] or {}).get("name") or ""), mob
