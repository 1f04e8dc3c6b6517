"""The link stage's per-article inputs that depend on the article alone.

Computing them is a fifth of the link stage's cost and needs no store, so Dask workers compute
them beside the analysis and the driver's serial link stage only reads them back.
"""
from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from typing import Any, Mapping

from wirewatch.link import minhash as MH
from wirewatch.link import stories as ST


@dataclass(frozen=True, slots=True)
class LinkFeatures:
    minhash: bytes  # MH.signature_bytes of the text's shingles
    n_shingles: int
    terms: dict[str, int]  # ST.term_counts of title and text, in first-seen order

    def to_json(self) -> str:
        """A compact JSON string (stored in the batch's ``articles`` part files)."""
        return json.dumps({"minhash": base64.b64encode(self.minhash).decode("ascii"),
                           "n_shingles": self.n_shingles, "terms": self.terms},
                          ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, data: str) -> "LinkFeatures":
        """Inverse of :meth:`to_json`."""
        obj = json.loads(data)
        return cls(base64.b64decode(obj["minhash"]), int(obj["n_shingles"]), dict(obj["terms"]))


def link_features(rec: Mapping[str, Any]) -> LinkFeatures:
    """The MinHash signature, shingle count and term counts of a record dict's article."""
    art = rec.get("article") or {}
    text = art.get("text") or ""
    sh = MH.shingles(text)
    return LinkFeatures(MH.signature_bytes(MH.signature(sh)), len(sh), dict(ST.term_counts(art.get("title"), text)))
