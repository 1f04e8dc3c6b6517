"""Models and knowledge loaded once per process and shared by the components."""
from __future__ import annotations

import functools
import os
from typing import Any

from wirewatch.settings import Settings


class Resources:
    """Lazily loaded spaCy pipeline, actor dictionary and gazetteer for one settings object."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._cache: dict[str, Any] = {}

    def _get(self, key: str, factory):
        if key not in self._cache:
            self._cache[key] = factory()
        return self._cache[key]

    @property
    def nlp(self):
        return self._get("nlp", lambda: load_nlp(self.settings.spacy_model))

    @property
    def actors(self):
        from wirewatch.analyze.actors import load_actor_dictionary
        return self._get("actors", lambda: load_actor_dictionary(self.settings.actors))

    @property
    def gazetteer(self):
        from wirewatch.analyze.gazetteer import load_gazetteer
        return self._get("gazetteer", load_gazetteer)


@functools.lru_cache(maxsize=4)
def load_nlp(model: str):
    """Load the installed spaCy pipeline (never downloads: the model is a pinned PyPI package)."""
    import spacy

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    nlp = spacy.load(model)
    if "parser" in nlp.pipe_names and "paragraph_breaks" not in nlp.pipe_names:
        nlp.add_pipe("paragraph_breaks", before="parser")
    return nlp


def _register_components() -> None:
    from spacy.language import Language

    if "paragraph_breaks" in Language.factories:
        return

    @Language.component("paragraph_breaks")
    def paragraph_breaks(doc):
        """A sentence never runs across a paragraph break (the parser otherwise joins some), nor across a
        semicolon between two clauses ("India blamed militants backed by Pakistan; Islamabad denied any
        involvement": the parser otherwise reads the first clause as what the second denies)."""
        for tok in doc[:-1]:
            if tok.is_space and "\n" in tok.text:
                doc[tok.i + 1].is_sent_start = True
            elif tok.text == ";" and not doc[tok.i + 1].is_space:
                doc[tok.i + 1].is_sent_start = True
        return doc


_register_components()


@functools.lru_cache(maxsize=8)
def resources_for(settings: Settings) -> Resources:
    """One Resources per settings object per process."""
    return Resources(settings)
