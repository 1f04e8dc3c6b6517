"""Language analysis: small components, each adding one kind of stand-off annotation.

Order matters and is declared: every component names what it needs and what it adds, and
:func:`check_order` rejects a pipeline whose components come before what they need.
"""
from __future__ import annotations

import sys
import types
from dataclasses import dataclass
from typing import Callable

from wirewatch.record import Record


@dataclass(frozen=True, slots=True)
class Component:
    name: str
    func: Callable  # (record, resources) -> record
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ()

    def __call__(self, record: Record, resources) -> Record:
        return self.func(record, resources)


def check_order(components: list[Component], available: tuple[str, ...] = ("article", "doc")) -> None:
    """Raise ValueError naming the first component whose requirements are not yet provided."""
    have = set(available)
    for comp in components:
        missing = [r for r in comp.requires if r not in have]
        if missing:
            raise ValueError(f"component {comp.name!r} needs {missing} before it")
        have.update(comp.provides)


def default_components() -> list[Component]:
    """The standard analysis components, in order (imported lazily: they pull in spaCy)."""
    from wirewatch.analyze.entities import resolve_entities
    from wirewatch.analyze.dates import resolve_dates
    from wirewatch.analyze.places import resolve_places
    from wirewatch.analyze.quotes import extract_quotes
    from wirewatch.analyze.events import extract_events
    from wirewatch.analyze.event_confidence import score_events

    comps = [
        Component("entities", resolve_entities, ("doc",), ("entities",)),
        Component("dates", resolve_dates, ("doc",), ("dates",)),
        Component("places", resolve_places, ("entities",), ("places",)),
        Component("quotes", extract_quotes, ("doc", "entities"), ("quotes",)),
        Component("events", extract_events, ("doc", "entities", "dates", "places"), ("events",)),
        Component("event_confidence", score_events, ("events",), ("event_confidence",)),
    ]
    check_order(comps)
    return comps


class _CallablePackage(types.ModuleType):
    """Lets ``from wirewatch import analyze; analyze(...)`` work whatever imported this package."""

    def __call__(self, *args, **kwargs):
        from wirewatch.api import analyze as analyze_document

        return analyze_document(*args, **kwargs)


sys.modules[__name__].__class__ = _CallablePackage
