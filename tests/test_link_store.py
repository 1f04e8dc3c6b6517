"""The link stage inside the store: copies on both sides, originals, stories, idempotent re-ingest."""
from __future__ import annotations

import json

from sqlalchemy import func, select

from test_store_backends import store  # noqa: F401  (the two-backend fixture)
from wirewatch.link.synthetic import TextMaker, make_record
from wirewatch.store import schema as S

FLOOD = [
    ("Dam bursts above Velmora as monsoon rains swell the Tarsk river",
     "The earthen dam above Velmora burst early on Tuesday after a week of monsoon rains swelled the Tarsk river, "
     "sending a wall of water through three riverside villages. Rescue crews in boats pulled residents from rooftops "
     "while the provincial governor ordered the evacuation of low-lying districts downstream of the reservoir."),
    ("Velmora flood death toll rises as rescuers search collapsed homes",
     "Rescuers searching collapsed homes in Velmora said the death toll from the dam burst had risen to forty, with "
     "dozens still missing along the Tarsk river. Survivors sheltering in schools described the reservoir wall giving "
     "way before dawn; engineers had warned about seepage in the earthen dam last year."),
    ("Engineers warned of seepage at Velmora dam months before collapse",
     "Inspection reports seen by reporters show engineers flagged seepage in the Velmora earthen dam months before it "
     "burst, and recommended lowering the reservoir ahead of the monsoon. The governor said an inquiry would examine "
     "why the Tarsk river reservoir was kept full as rains intensified."),
]
CHESS = [
    ("Oduya takes early lead at Lisbon chess championship",
     "Grandmaster Amara Oduya won her opening two games at the Lisbon chess championship, beating the defending "
     "champion with a daring knight sacrifice in the Sicilian. Commentators called the endgame technique flawless as "
     "the tournament moved into its rapid rounds."),
    ("Oduya clinches Lisbon chess title with a round to spare",
     "Amara Oduya clinched the Lisbon chess championship title with a round to spare after a tense draw in a rook "
     "endgame. The grandmaster, who opened the tournament with a knight sacrifice against the defending champion, "
     "finished two points clear of the field in the rapid and classical rounds."),
]


def _add_all(store, items, day="2024-03-0{}", prefix="f"):
    ids = []
    for i, (title, text) in enumerate(items, 1):
        rec = make_record(f"{prefix}{i}", text, title=title, published=day.format(i), publisher=f"Outlet {i}",
                          url=f"https://outlet{i}.example/{prefix}{i}")
        store.add(rec)
        ids.append(rec["id"])
    return ids


def test_link_copies_are_linked_on_both_sides(store):
    maker = TextMaker(seed=9)
    base = maker.text(250)
    orig = make_record("o", base, title="Original", published="2024-01-12", url="https://wire.example/o")
    copy1 = make_record("c1", "Wire furniture line. " + maker.edit(base, 0.03), title="Copy", published="2024-01-13")
    copy2 = make_record("c2", maker.trim(base, 0.6), title="Trimmed", published="2024-01-14")
    other = make_record("x", maker.text(250), title="Other", published="2024-01-12")
    for rec in (orig, copy1, other):
        assert store.add(rec) == "stored"
    links = store.get_article("o")["links"]
    assert links["copies"] == ["c1"] and links["duplicate_of"] is None and links["original_basis"] == "earliest-date"
    store.add(copy2)  # a later copy updates every member, the original included
    assert store.get_article("o")["links"]["copies"] == ["c1", "c2"]
    c1 = store.get_article("c1")["links"]
    assert c1["duplicate_of"] == "o" and c1["copies"] == ["c2"] and c1["similarity"] > 0.8
    assert store.get_article("c2")["links"]["duplicate_of"] == "o"
    assert store.get_article("x")["links"]["duplicate_of"] is None
    assert store.stats()["duplicates"] == 2


def test_link_syndication_notice_names_a_later_arrival_as_original(store):
    maker = TextMaker(seed=10)
    base = maker.text(200)
    copy = make_record("copy", base + " Republished with permission.", published="2024-01-11")
    copy["article"]["original_url"] = "https://wire.example/story-1"
    copy["article"]["syndicated_copy"] = True
    orig = make_record("orig", base, published="2024-01-12", url="https://wire.example/story-1/")
    store.add(copy)
    store.add(orig)
    links = store.get_article("copy")["links"]
    assert links["duplicate_of"] == "orig" and links["original_basis"] == "notice"


def test_link_stories_cluster_by_text_and_time(store):
    flood = _add_all(store, FLOOD, prefix="f")
    chess = _add_all(store, CHESS, prefix="c")
    later = make_record("late", "Months after the Velmora dam burst, families along the Tarsk river still wait for "
                        "the inquiry the governor promised into why the reservoir was kept full during the monsoon "
                        "rains and why the engineers' seepage warnings went unheeded.",
                        title="Velmora dam families still waiting for answers", published="2024-06-01")
    store.add(later)
    story_of = {i: store.get_article(i)["links"]["story"] for i in flood + chess + ["late"]}
    assert len({story_of[i] for i in flood}) == 1
    assert len({story_of[i] for i in chess}) == 1
    assert story_of["f1"] != story_of["c1"]
    assert story_of["late"] != story_of["f1"]  # months later: outside the window
    st = store.get_story(story_of["f1"])
    assert st["size"] == 3 and {m["id"] for m in st["members"]} == set(flood)
    assert st["title"] in {t for t, _ in FLOOD} and st["first_seen"] == "2024-03-01" and st["last_seen"] == "2024-03-03"
    assert st["sources"] == ["Outlet 1", "Outlet 2", "Outlet 3"]
    assert [s["id"] for s in store.stories(since="2024-05-01")] == [story_of["late"]]
    related = store.get_article("f2")["links"]["related"]
    assert set(related[:2]) == {"f1", "f3"}


def test_link_reingest_creates_no_new_links_or_stories(store):
    maker = TextMaker(seed=12)
    base = maker.text(200)
    recs = [make_record("a", base, published="2024-01-01"), make_record("b", maker.edit(base, 0.02), published="2024-01-02")]
    recs += [make_record(f"t{i}", text, title=title, published=f"2024-03-0{i}") for i, (title, text) in enumerate(FLOOD, 1)]
    for r in recs:
        store.add(r)

    def snapshot():
        with store.engine.connect() as conn:
            counts = {t.name: conn.execute(select(func.count()).select_from(t)).scalar()
                      for t in (S.dup_members, S.dup_groups, S.stories, S.story_members, S.lsh_bands, S.features)}
        return counts, json.dumps([store.get_article(r["id"])["links"] for r in recs], sort_keys=True)

    before = snapshot()
    assert all(store.add(r) == "present" for r in recs)
    assert snapshot() == before
