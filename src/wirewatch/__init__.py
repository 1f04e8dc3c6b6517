"""wirewatch: raw news -> clean, deduplicated, structured, searchable knowledge.

    from wirewatch import analyze
    record = analyze(path="article.txt")   # the same record as `wirewatch analyze --format json`
"""
from __future__ import annotations

__version__ = "0.1.0"

# ``wirewatch.analyze`` is both the analysis subpackage and the public function: importing any
# submodule would rebind the package attribute, so the subpackage itself is made callable
# (it forwards to :func:`wirewatch.api.analyze`) and one name serves both uses.
from wirewatch import analyze  # noqa: E402  (the callable subpackage)

__all__ = ["analyze", "__version__"]
