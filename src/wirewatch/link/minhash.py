"""Near-duplicate detection as pure functions: shingles, MinHash signatures, LSH band keys, verification.

Shingles are word 5-grams of the normalised clean text; the signature is a 128-permutation
MinHash (datasketch); the signature is cut into 32 bands of 4 rows, each band hashed to one
signed 64-bit key, so the store can index ``(band, hash)`` and find candidates by lookup.
With b=32, r=4 a pair is a candidate with probability 1-(1-J^4)^32: 50% at Jaccard 0.42,
97% at 0.6. Candidates are then verified exactly on the shingle sets.
"""
from __future__ import annotations

import hashlib
import re
import struct
import zlib
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from datasketch import MinHash

NUM_PERM = 128
BANDS = 32
ROWS = NUM_PERM // BANDS
SHINGLE = 5
SEED = 1
# A pair is a duplicate when the smaller text's shingles are mostly inside the larger's
# (trimmed copies) or the sets overlap well (edited copies).
MIN_CONTAINMENT = 0.5
MIN_JACCARD = 0.3
# Texts this short carry too few shingles to judge; they match only on identical content.
MIN_SHINGLES = 3

_WORD = re.compile(r"\w+", re.UNICODE)


def normalise_words(text: str) -> list[str]:
    """Lower-cased word tokens (punctuation, case and spacing differences vanish)."""
    return _WORD.findall(text.lower())


def content_hash(text: str) -> str:
    """SHA-256 of the normalised words: the exact-duplicate key."""
    return hashlib.sha256(" ".join(normalise_words(text)).encode("utf-8")).hexdigest()


def shingles(text: str, k: int = SHINGLE) -> set[str]:
    """Word k-grams of the normalised text (the whole text as one shingle when shorter than k)."""
    words = normalise_words(text)
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + k]) for i in range(len(words) - k + 1)}


_PRIME = np.uint64((1 << 61) - 1)
_MAX_HASH = np.uint64((1 << 32) - 1)


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    # datasketch draws the (a, b) permutation parameters; building a MinHash object per article
    # re-validates them (slow), so the signature below applies them directly with numpy.
    a, b = MinHash(num_perm=NUM_PERM, seed=SEED).permutations
    return np.asarray(a, dtype=np.uint64), np.asarray(b, dtype=np.uint64)


def signature(shingle_set: set[str]) -> np.ndarray:
    """The MinHash signature (``NUM_PERM`` uint64 values below 2**32) of a shingle set.

    Same scheme as datasketch's MinHash (universal hashing ``(a*h + b) mod (2**61-1)``, 32 bits
    kept) with crc32 as the shingle hash (stable across processes, far cheaper than sha1).
    """
    a, b = _permutations()
    if not shingle_set:
        return np.full(NUM_PERM, _MAX_HASH, dtype=np.uint64)
    hv = np.fromiter((zlib.crc32(s.encode("utf-8")) for s in shingle_set), dtype=np.uint64,
                     count=len(shingle_set))
    with np.errstate(over="ignore"):
        phv = ((np.outer(hv, a) + b) % _PRIME) & _MAX_HASH
    return phv.min(axis=0)


def signature_bytes(sig: np.ndarray) -> bytes:
    """Compact storage form: NUM_PERM little-endian uint32."""
    return sig.astype("<u4").tobytes()


def signature_from_bytes(data: bytes) -> np.ndarray:
    """Inverse of :func:`signature_bytes`."""
    return np.frombuffer(data, dtype="<u4").astype(np.uint64)


def band_keys(sig: np.ndarray) -> list[tuple[int, int]]:
    """``(band, key)`` pairs: each band's rows hashed to a signed 64-bit integer (fits BIGINT)."""
    raw = sig.astype("<u4").tobytes()
    width = ROWS * 4
    out = []
    for band in range(BANDS):
        digest = hashlib.blake2b(raw[band * width:(band + 1) * width], digest_size=8).digest()
        out.append((band, struct.unpack("<q", digest)[0]))
    return out


def estimated_jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Share of equal MinHash values: an unbiased estimate of the Jaccard similarity."""
    return float(np.mean(a == b))


@dataclass(frozen=True, slots=True)
class Similarity:
    jaccard: float
    containment: float  # |A ∩ B| / min(|A|, |B|)

    @property
    def score(self) -> float:
        """One figure for ranking: the larger of the two."""
        return max(self.jaccard, self.containment)

    def is_duplicate(self) -> bool:
        """The verification rule (see module constants)."""
        return self.containment >= MIN_CONTAINMENT or self.jaccard >= MIN_JACCARD


def verify(a: set[str], b: set[str]) -> Similarity:
    """Exact similarity of two shingle sets."""
    if not a or not b:
        return Similarity(0.0, 0.0)
    inter = len(a & b)
    return Similarity(inter / len(a | b), inter / min(len(a), len(b)))
