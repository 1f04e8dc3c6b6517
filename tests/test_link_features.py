"""Link features computed apart (as batch workers do) give the store exactly the links it computes itself."""
from __future__ import annotations

from wirewatch.link import minhash as MH
from wirewatch.link.features import LinkFeatures, link_features
from wirewatch.store import open_store


def _rec(i: int, text: str, title: str = "Port strike") -> dict:
    return {"id": f"a{i}", "article": {"title": title, "text": text, "published": {"date": "2024-03-0%d" % (i % 9 + 1)}}}


BASE = ("Dock workers at the northern port walked out on Monday over pay, halting container traffic "
        "and leaving dozens of ships waiting offshore while the union and the port authority met. ") * 3


def test_link_features_round_trip_through_json():
    f = link_features(_rec(1, BASE))
    back = LinkFeatures.from_json(f.to_json())
    assert back == f
    assert f.n_shingles == len(MH.shingles(BASE)) and f.terms["port"] >= 3 + 3  # title counts three times
    assert list(MH.signature_from_bytes(back.minhash)) == list(MH.signature(MH.shingles(BASE)))


def test_precomputed_features_give_the_same_links(tmp_path):
    recs = [_rec(1, BASE), _rec(2, BASE + "The strike ended late on Tuesday."),
            _rec(3, "Farmers blocked the highway with tractors to protest fuel prices. " * 4, "Farm protest")]
    with open_store(str(tmp_path / "a.db")) as plain, open_store(str(tmp_path / "b.db")) as fed:
        for r in recs:
            plain.add(r)
            fed.add(r, link_features=LinkFeatures.from_json(link_features(r).to_json()))
        a = dict(plain.links_of([r["id"] for r in recs]))
        b = dict(fed.links_of([r["id"] for r in recs]))
    assert a == b
    assert a["a2"]["duplicate_of"] == "a1" and a["a3"]["story"] != a["a1"]["story"]
