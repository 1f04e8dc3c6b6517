"""Knowledge files are word lists: 'on', 'off', 'yes' and 'no' stay words (YAML 1.1 would make them booleans)."""
from __future__ import annotations

from importlib import resources

import pytest

from wirewatch.knowledge_yaml import load_yaml


def test_on_off_yes_no_stay_words_and_true_false_stay_booleans():
    data = load_yaml("preps: [into, on, off, to]\nwords: [yes, no, Yes, NO]\nflag: true\nother: False\nn: 3\n")
    assert data == {"preps": ["into", "on", "off", "to"], "words": ["yes", "no", "Yes", "NO"],
                    "flag": True, "other": False, "n": 3}


@pytest.mark.parametrize("name", ["events.yaml", "events_cameo.yaml", "event_parties.yaml", "entities.yaml",
                                  "quotes.yaml", "stopwords.yaml", "dates.yaml", "furniture.yaml"])
def test_no_shipped_word_list_holds_a_boolean(name):
    data = load_yaml((resources.files("wirewatch") / "data" / name).read_text("utf-8"))

    def lists(node):
        if isinstance(node, dict):
            for v in node.values():
                yield from lists(v)
        elif isinstance(node, list):
            yield node
            for v in node:
                yield from lists(v)

    assert not [x for lst in lists(data) for x in lst if isinstance(x, bool)]


def test_a_sanction_lifted_on_a_country_aims_at_it():
    from event_cases import analyse_cases, first_event

    ev = first_event(analyse_cases({"k": "The European Union lifted most of its sanctions on Myanmar in April 2013."}),
                     "k", "RETREAT")
    assert (ev.get("recipient") or {}).get("country") == "MMR"
