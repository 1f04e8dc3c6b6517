"""Site furniture: classify short lines (follow, syndication, disclaimer, ...) and photo captions."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Optional


from wirewatch.knowledge_yaml import load_yaml
from wirewatch.record import Caption

# Name particles that may be lowercase inside a person's name.
_PARTICLES = {"de", "da", "del", "della", "der", "den", "di", "du", "la", "le", "van", "von", "al", "el",
              "bin", "ibn", "dos", "das", "y", "e", "st.", "ter", "ten", "mc"}
_NAME_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*")
_UNNAMED = re.compile(r"\(\?P<\w+>")
_NAME_WORD = re.compile(r"^(?:[A-Z\u00C0-\u024F][\w.'’\u00C0-\u024F-]*|[A-Z]\.)$")


@dataclass(slots=True)
class Kind:
    name: str
    patterns: list[re.Pattern]
    max_len: int
    syndicated: bool = False
    require_name: bool = False
    edge_only: bool = False


@dataclass(slots=True)
class Patterns:
    kinds: list[Kind]
    captions: list[re.Pattern]
    caption_max_len: int
    author_reject: frozenset[str]
    body_datelines: list[re.Pattern] = field(default_factory=list)
    not_publisher: frozenset[str] = frozenset()
    max_len: int = 220  # the longest furniture line of any kind (cheap pre-filter)
    # Cheap rejection of story lines: every line-start pattern in one alternation, tried at
    # position 0 only, and the few patterns that may match anywhere.
    starts: Optional[re.Pattern] = None
    anywhere: list[re.Pattern] = field(default_factory=list)


@dataclass(slots=True)
class Hit:
    """One line classified as furniture, with what its named groups captured."""

    kind: str
    groups: dict[str, str] = field(default_factory=dict)
    syndicated: bool = False
    edge_only: bool = False


def _compile(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


def _read(path: Optional[str]) -> dict:
    if path is None:
        text = resources.files("wirewatch.data").joinpath("furniture.yaml").read_text(encoding="utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    return load_yaml(text) or {}


@lru_cache(maxsize=8)
def load_patterns(extra: tuple[str, ...] = ()) -> Patterns:
    """The shipped furniture patterns merged with the user's extra YAML files (loaded once)."""
    kinds: dict[str, dict] = {}
    captions: list[str] = []
    cap_len, default_len = 900, 220
    reject: set[str] = set()
    datelines: list[str] = []
    sections: set[str] = set()
    for i, data in enumerate([_read(None)] + [_read(p) for p in extra]):
        if i == 0:
            default_len = int((data.get("defaults") or {}).get("max_len", default_len))
        for name, spec in (data.get("kinds") or {}).items():
            slot = kinds.setdefault(name, {"patterns": [], "max_len": default_len, "syndicated": False,
                                           "require_name": False, "edge_only": False})
            slot["patterns"].extend(spec.get("patterns") or [])
            for key in ("max_len", "syndicated", "require_name", "edge_only"):
                if key in spec:
                    slot[key] = spec[key]
        cap = data.get("captions") or {}
        captions.extend(cap.get("patterns") or [])
        cap_len = int(cap.get("max_len", cap_len))
        reject.update(w.lower() for w in data.get("author_reject") or [])
        datelines.extend(data.get("body_datelines") or [])
        sections.update(str(w).lower() for w in data.get("not_publisher") or [])
    built = [Kind(name, [_compile(p) for p in spec["patterns"]], int(spec["max_len"]), bool(spec["syndicated"]),
                  bool(spec["require_name"]), bool(spec["edge_only"])) for name, spec in kinds.items()]
    return Patterns(built, [_compile(p) for p in captions], cap_len, frozenset(reject),
                    [_compile(p) for p in datelines], frozenset(sections), max((k.max_len for k in built), default=default_len),
                    *_prefilter(kinds))


def _prefilter(kinds: dict[str, dict]) -> tuple[Optional[re.Pattern], list[re.Pattern]]:
    """Line-start patterns merged into one (tried at position 0 only), plus the others as they are."""
    every = [_UNNAMED.sub("(?:", p) for spec in kinds.values() for p in spec["patterns"]]
    starts = [p[1:] for p in every if p.startswith("^")]
    rest = [_compile(p) for p in every if not p.startswith("^")]
    return (_compile("|".join(f"(?:{p})" for p in starts)) if starts else None), rest


def looks_like_names(text: str) -> bool:
    """True when text is a list of capitalised names ("Jane Doe and John Roe")."""
    parts = [p for p in _NAME_SPLIT.split(text.strip()) if p]
    if not parts:
        return False
    for part in parts:
        words = part.split()
        if not 1 <= len(words) <= 6:
            return False
        if not all(_NAME_WORD.match(w) or w.lower() in _PARTICLES for w in words):
            return False
    return True


_SITE_SMALL = {"of", "the", "and", "&", "for", "on", "in", "de", "la", "a"}


def looks_like_site(text: str) -> bool:
    """True for a short title-case name ("Harbor Ledger Media", "The Daily Example.com")."""
    words = text.strip(" .,\"“”").split()
    if not 1 <= len(words) <= 6:
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in _SITE_SMALL for w in words)


def classify(line: str, pats: Patterns) -> Optional[Hit]:
    """The furniture kind of one stripped line, or None when it is (probably) story text."""
    if not line or len(line) > pats.max_len:
        return None
    if not ((pats.starts is not None and pats.starts.match(line)) or any(p.search(line) for p in pats.anywhere)):
        return None
    for kind in pats.kinds:
        if len(line) > kind.max_len:
            continue
        for pat in kind.patterns:
            m = pat.search(line)
            if not m:
                continue
            groups = {k: v.strip() for k, v in m.groupdict().items() if v and v.strip()}
            if kind.require_name and "author" in groups and not looks_like_names(groups["author"]):
                continue
            return Hit(kind.name, groups, kind.syndicated, kind.edge_only)
    return None


def caption(line: str, pats: Patterns) -> Optional[Caption]:
    """A photo caption with its credit (parentheses and "Photo:" label removed), or None."""
    if not line or len(line) > pats.caption_max_len:
        return None
    for pat in pats.captions:
        m = pat.search(line)
        if m and m.group("credit"):
            text = line[:m.start()].rstrip(" \t-–—|:") if m.start() > 0 else line
            return Caption(text=text.strip(), credit=m.group("credit").strip().rstrip("."))
    return None


_MASTHEAD_SPLIT = re.compile(r"\s+[|•»›>—–-]\s+|\s*[|•»›]\s*")


def masthead_publisher(line: str, pats: Patterns) -> Optional[str]:
    """The site name leading a masthead/breadcrumb line ("THE HARBOR LEDGER | World"), or None."""
    head = _MASTHEAD_SPLIT.split(line.strip(), maxsplit=1)[0].strip(" .:")
    if not head or head.lower() in pats.not_publisher or not looks_like_site(head):
        return None
    if head.isupper():
        # Short all-caps words are acronyms (BBC); the rest become title case.
        head = " ".join(w.title() if len(w) > 3 or w in ("THE", "OF", "AND") else w for w in head.split())
    return head


def body_dateline(paragraph: str, pats: Patterns) -> Optional[str]:
    """The date text of a wire dateline opening a story paragraph, or None."""
    head = paragraph[:120]
    for pat in pats.body_datelines:
        m = pat.search(head)
        if m and m.group("date"):
            return m.group("date")
    return None


def person_names(raw: str, pats: Patterns) -> list[str]:
    """People named in a byline/follow fragment; drops "Staff", job titles and outlets."""
    raw = re.sub(r"^(?:by|written by|reported by)\s+", "", raw.strip(), flags=re.IGNORECASE)
    raw = re.split(r"\s+(?:[|•–—-]|for|at|in)\s+", raw, maxsplit=1)[0]
    out = []
    for part in _NAME_SPLIT.split(raw):
        name = part.strip(" .:\"“”'")
        words = name.split()
        if not 2 <= len(words) <= 5:
            continue
        if any(w.lower().strip(".,") in pats.author_reject for w in words):
            continue
        if not all(_NAME_WORD.match(w) or w.lower() in _PARTICLES for w in words):
            continue
        if name.isupper() and len(name) > 3:
            name = name.title()
        out.append(name)
    return out
