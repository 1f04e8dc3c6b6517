"""The entity resolver's word lists (``data/entities.yaml``), loaded once per process."""
from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

from wirewatch.analyze.knowledge import merge_user_data
from wirewatch.knowledge_yaml import load_yaml

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "entities.yaml"
ENV_EXTRA = "WIREWATCH_ENTITY_LEXICON"


@dataclass(frozen=True, slots=True)
class EntityLexicon:
    keep_labels: frozenset[str]
    determiners: frozenset[str]
    titles: frozenset[str]  # lower-case phrases, words joined by one space
    title_max_words: int
    title_qualifiers: frozenset[str]
    name_particles: frozenset[str]
    derived_suffixes: tuple[str, ...]
    descriptors: dict[str, dict[str, str]]
    media_name_words: frozenset[str]
    sector_aliases: dict[str, str]
    agent_sector_aliases: dict[str, str]
    institution_nouns: dict[str, str]  # noun -> sector code
    generic_heads: frozenset[str]
    common_capitalised: frozenset[str]
    headline_max_span_words: int
    person_roles: dict[str, str] = None  # noun -> sector code or "INHERIT"
    ship_prefixes: dict[str, dict[str, str]] = None  # "USS" -> {country, sector}
    owner_suffixes: frozenset[str] = frozenset()
    given_names: frozenset[str] = frozenset()
    possessed_agents: bool = False
    name_word_sectors: dict[str, str] = None
    place_class_nouns: frozenset[str] = frozenset()  # "city", "district": "the city of X" names a place
    place_name_qualifiers: frozenset[str] = frozenset()  # "North" of "North Darfur": no place on its own
    subdivision_generic_words: frozenset[str] = frozenset()  # "Plateau", "Centre": a region only with its kind
    shared_body_names: frozenset[str] = frozenset()  # "Security Council": an international body's, or a state's

    def sector(self, code: Optional[str]) -> Optional[str]:
        """The wirewatch sector code for a dictionary sector code."""
        if not code:
            return None
        code = code.upper()
        return self.sector_aliases.get(code, code)

    def agent_sector(self, code: Optional[str]) -> Optional[str]:
        """The wirewatch sector code for an agent-noun sector code (its own aliases)."""
        if not code:
            return None
        code = code.upper()
        return self.agent_sector_aliases.get(code, code)




def _lower(items) -> frozenset[str]:
    return frozenset(str(x).lower() for x in items or ())


@functools.lru_cache(maxsize=4)
def load_lexicon(extra: Optional[str] = None) -> EntityLexicon:
    """The shipped lexicon, merged with a user file (argument or $WIREWATCH_ENTITY_LEXICON)."""
    import yaml

    with open(DATA_FILE, encoding="utf-8") as fh:
        data = load_yaml(fh) or {}
    extra = extra or os.environ.get(ENV_EXTRA)
    if extra:
        with open(extra, encoding="utf-8") as fh:
            data = merge_user_data(data, load_yaml(fh) or {})
    titles = _lower(data.get("titles"))
    return EntityLexicon(
        keep_labels=frozenset(str(x).upper() for x in data.get("keep_labels") or ()),
        determiners=_lower(data.get("determiners")),
        titles=titles,
        title_max_words=max((len(t.split()) for t in titles), default=1),
        title_qualifiers=_lower(data.get("title_qualifiers")),
        name_particles=_lower(data.get("name_particles")),
        derived_suffixes=tuple(sorted((str(s).lower() for s in data.get("derived_suffixes") or ()),
                                      key=len, reverse=True)),
        descriptors={str(k).lower(): dict(v or {}) for k, v in (data.get("descriptors") or {}).items()},
        media_name_words=_lower(data.get("media_name_words")),
        sector_aliases={str(k).upper(): str(v).upper() for k, v in (data.get("sector_aliases") or {}).items()},
        agent_sector_aliases={str(k).upper(): str(v).upper()
                              for k, v in (data.get("agent_sector_aliases") or {}).items()},
        institution_nouns={str(k).lower(): str(v).upper()
                           for k, v in (data.get("institution_nouns") or {}).items()},
        generic_heads=_lower(data.get("generic_heads")),
        common_capitalised=_lower(data.get("common_capitalised")),
        headline_max_span_words=int(data.get("headline_max_span_words") or 3),
        person_roles={str(k).lower(): str(v).upper() for k, v in (data.get("person_roles") or {}).items()},
        ship_prefixes={str(k): {a: str(b).upper() for a, b in (v or {}).items()}
                       for k, v in (data.get("ship_prefixes") or {}).items()},
        owner_suffixes=_lower(data.get("owner_suffixes")),
        given_names=_lower(data.get("given_names")),
        possessed_agents=bool(data.get("possessed_agents", False)),
        name_word_sectors={str(k).lower(): str(v).upper()
                           for k, v in (data.get("name_word_sectors") or {}).items()},
        place_class_nouns=_lower(data.get("place_class_nouns")),
        shared_body_names=_lower(data.get("shared_body_names")),
        place_name_qualifiers=_lower(data.get("place_name_qualifiers")),
        subdivision_generic_words=_lower(data.get("subdivision_generic_words")),
    )
