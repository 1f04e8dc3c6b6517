"""Near-duplicate primitives: shingles, signatures, band keys, verification."""
from __future__ import annotations

import numpy as np

from wirewatch.link import minhash as MH
from wirewatch.link.synthetic import TextMaker


def test_link_shingles_ignore_case_punctuation_and_spacing():
    a = MH.shingles("The U.S. struck   Houthi targets, officials said on Friday.")
    b = MH.shingles("the u s struck houthi targets officials said on friday")
    assert a == b and len(a) == 10 - 5 + 1
    assert MH.shingles("too short") == {"too short"}
    assert MH.content_hash("A  b, C.") == MH.content_hash("a b c")


def test_link_signature_is_deterministic_and_estimates_jaccard():
    maker = TextMaker(seed=2)
    a = maker.text(400)
    b = maker.edit(a, 0.05)
    sa, sb = MH.signature(MH.shingles(a)), MH.signature(MH.shingles(b))
    assert np.array_equal(sa, MH.signature(MH.shingles(a)))
    assert np.array_equal(MH.signature_from_bytes(MH.signature_bytes(sa)), sa)
    exact = MH.verify(MH.shingles(a), MH.shingles(b)).jaccard
    assert abs(MH.estimated_jaccard(sa, sb) - exact) < 0.15


def test_link_band_keys_fit_bigint_and_collide_for_copies():
    maker = TextMaker(seed=3)
    a = maker.text(300)
    ka = MH.band_keys(MH.signature(MH.shingles(a)))
    assert len(ka) == MH.BANDS and all(-2**63 <= h < 2**63 for _, h in ka)
    kb = MH.band_keys(MH.signature(MH.shingles(maker.edit(a, 0.02))))
    kc = MH.band_keys(MH.signature(MH.shingles(maker.text(300))))
    assert set(ka) & set(kb)
    assert not set(ka) & set(kc)


def test_link_verify_accepts_trims_and_light_edits_rejects_unrelated():
    maker = TextMaker(seed=4)
    a = maker.text(300)
    assert MH.verify(MH.shingles(a), MH.shingles(maker.trim(a, 0.5))).is_duplicate()
    assert MH.verify(MH.shingles(a), MH.shingles(maker.edit(a, 0.05))).is_duplicate()
    assert not MH.verify(MH.shingles(a), MH.shingles(maker.text(300))).is_duplicate()
    assert MH.verify(set(), MH.shingles(a)).score == 0.0
