"""The link stage: exact and near duplicates, syndication originals, stories, related articles.

Pure functions live here (``minhash``: shingles, signatures, band keys, verification;
``original``: which copy is the original; ``stories``: feature vectors and story choice).
The store-touching glue is ``wirewatch.store.linking`` (only ``store/`` writes SQL); it runs
inside :meth:`wirewatch.store.Store.add`'s transaction, so links are never half-written.
"""
from wirewatch.link.minhash import band_keys, content_hash, shingles, signature, verify
from wirewatch.link.original import Candidate, pick_original
from wirewatch.link.stories import choose_story, cosine, feature_vector

__all__ = ["band_keys", "content_hash", "shingles", "signature", "verify", "Candidate", "pick_original",
           "choose_story", "cosine", "feature_vector"]
