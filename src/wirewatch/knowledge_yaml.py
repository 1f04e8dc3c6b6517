"""Reading the knowledge files (``wirewatch/data/*.yaml`` and users' extensions).

YAML 1.1, which PyYAML follows, reads a bare ``on``, ``off``, ``yes`` or ``no`` as a boolean, so a word list
such as ``deep_preps: [into, on, to]`` or a stopword list with ``no`` silently held ``True``/``False``
instead of the words. Knowledge files are word lists first: only ``true``/``false`` are booleans here
(as in YAML 1.2).
"""
from __future__ import annotations

import re
from typing import IO, Any, Union

import yaml

_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_BOOL = "tag:yaml.org,2002:bool"


class KnowledgeLoader(_Base):  # type: ignore[misc, valid-type]
    """A safe loader whose only booleans are true/false."""


KnowledgeLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != _BOOL]
    for first, resolvers in _Base.yaml_implicit_resolvers.items()}
KnowledgeLoader.add_implicit_resolver(_BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


def load_yaml(source: Union[str, bytes, IO]) -> Any:
    """Parse one knowledge file's text (or open file) safely, keeping on/off/yes/no as words."""
    return yaml.load(source, Loader=KnowledgeLoader)
