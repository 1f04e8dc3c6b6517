"""watch: sources polled on schedule, new items ingested exactly once across restarts, alerts fired once."""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "sources"))
from localserver import LocalServer, article_html, fixture_text, rss  # noqa: E402

from wirewatch.cli import app  # noqa: E402
from wirewatch.store import open_store  # noqa: E402
from wirewatch.watch.state import WatchState  # noqa: E402

runner = CliRunner()
FAST = ["--extract-only", "--host-delay", "0"]


@pytest.fixture()
def server():
    srv = LocalServer()
    srv.feed_items = []

    def feed(h):
        items = [(srv.url(f"/news/{n}.html"), f"Report {n}", "Mon, 02 Mar 2026 08:00:00 GMT") for n in srv.feed_items]
        return 200, {"Content-Type": "application/rss+xml"}, rss(items).encode()
    srv.routes["/feed.xml"] = feed
    for n in range(1, 7):
        srv.add(f"/news/{n}.html", 200, article_html(n), Content_Type="text/html; charset=utf-8")
    yield srv
    srv.close()


def cli(*args: str):
    result = runner.invoke(app, list(args))
    return result


def n_articles(db: Path) -> int:
    store = open_store(str(db))
    try:
        return store.stats()["articles"]
    finally:
        store.close()


def test_watch_ingests_new_items_exactly_once_across_restarts(server, tmp_path):
    db = str(tmp_path / "w.db")
    server.feed_items = [1, 2]
    res = cli("add-source", server.url("/feed.xml"), "--every", "1s", "--allow-private", "--db", db)
    assert res.exit_code == 0, res.output
    assert "added source #1: feed" in res.output
    res = cli("watch", "--once", *FAST, "--db", db)
    assert res.exit_code == 0, res.output
    assert "2 new, 2 stored" in res.output
    server.feed_items = [3, 1, 2]  # one new item at the top
    time.sleep(1.05)  # the source is due again
    res = cli("watch", "--once", *FAST, "--db", db)  # a new process would do the same: state is in the db
    assert res.exit_code == 0, res.output
    assert "3 listed, 1 new, 1 stored" in res.output
    assert [server.hits[f"/news/{n}.html"] for n in (1, 2, 3)] == [1, 1, 1]
    assert n_articles(tmp_path / "w.db") == 3
    assert server.hits["/feed.xml"] == 3  # add-source looked once, then two polls
    (src,) = json.loads(cli("sources", "--format", "json", "--db", db).output)
    store = open_store(db)
    state = WatchState(store.engine)
    assert state.due_sources(now=src["next_due"] - 0.5) == []  # not due before its time
    assert [s["id"] for s in state.due_sources(now=src["next_due"])] == [src["id"]]
    store.close()
    assert (src["n_fetches"], src["n_listed"], src["n_stored"], src["n_failed"]) == (2, 3, 3, 0)
    assert src["last_status"] == "ok" and src["kind"] == "feed"
    assert "Sources" in cli("sources", "--db", db).output


def test_watch_conditional_get_skips_unchanged_feed(server, tmp_path):
    db = str(tmp_path / "w.db")
    body = rss([(server.url("/news/4.html"), "Four", "Mon, 02 Mar 2026 08:00:00 GMT")]).encode()

    def feed(h):
        if h.headers.get("If-None-Match") == '"f1"':
            return 304, {"ETag": '"f1"'}, b""
        return 200, {"ETag": '"f1"', "Content-Type": "application/rss+xml"}, body
    server.routes["/cond.xml"] = feed
    assert cli("add-source", server.url("/cond.xml"), "--every", "1s", "--allow-private", "--db", db).exit_code == 0
    assert "1 stored" in cli("watch", "--once", *FAST, "--db", db).output
    time.sleep(1.05)
    res = cli("watch", "--once", *FAST, "--db", db)
    assert "not-modified" in res.output and server.hits["/news/4.html"] == 1
    log = json.loads(cli("sources", "--log", "--format", "json", "--db", db).output)
    assert [e["status"] for e in log] == [304, 200]


def test_watch_news_sitemap_source(server, tmp_path):
    db = str(tmp_path / "w.db")
    server.add("/news/a1.html", 200, article_html(5), Content_Type="text/html")
    server.add("/news/a2.html", 200, article_html(6), Content_Type="text/html")
    server.add("/sitemap.xml", 200, fixture_text("news_sitemap.xml.tmpl").replace("{base}", server.url("")),
               Content_Type="application/xml")
    res = cli("add-source", server.url("/sitemap.xml"), "--allow-private", "--db", db)
    assert "sitemap" in res.output and "every 15m" in res.output
    res = cli("watch", "--once", *FAST, "--db", db)
    assert "2 new, 2 stored" in res.output, res.output
    store = open_store(db)
    keys = [r["key"] for r in WatchState(store.engine).list_sources() and _seen(store)]
    store.close()
    assert server.url("/news/a2.html") in keys  # tracking parameter dropped from the item's key


def _seen(store):
    from sqlalchemy import select

    from wirewatch.watch.state import seen
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(select(seen))]


def test_watch_entity_bomb_feed_is_refused(server, tmp_path):
    db = str(tmp_path / "w.db")
    server.add("/bomb.xml", 200, fixture_text("entity_bomb.xml"), Content_Type="application/rss+xml")
    assert cli("add-source", server.url("/bomb.xml"), "--kind", "feed", "--allow-private", "--db", db).exit_code == 0
    res = cli("watch", "--once", *FAST, "--db", db)
    assert res.exit_code == 1 and "blocked" in res.output and "entities" in res.output
    (src,) = json.loads(cli("sources", "--format", "json", "--db", db).output)
    assert src["last_status"].startswith("blocked")


def test_watch_private_source_needs_allow_private(server, tmp_path):
    db = str(tmp_path / "w.db")
    res = cli("add-source", server.url("/feed.xml"), "--db", db)
    assert res.exit_code == 1 and "blocked" in res.output and "loopback" in res.output
    assert server.hits["/feed.xml"] == 0


def test_watch_failed_page_is_retried_then_given_up(server, tmp_path):
    from dataclasses import replace

    from wirewatch.settings import Settings
    from wirewatch.sources.fetch import FetchPolicy
    from wirewatch.watch.loop import Watcher

    server.feed_items = [1, 2]
    server.add("/news/1.html", 404, "gone")
    store = open_store(str(tmp_path / "w.db"))
    watcher = Watcher(store, Settings(extract_only=True), allow_private=True,
                      policy=replace(FetchPolicy(), host_delay=0, backoff=0.01))
    watcher.state.add_source(server.url("/feed.xml"), "feed", 3600)
    reports = []
    for round_ in range(4):  # each round "in the future", so the source is always due
        reports += watcher.poll_due(now=time.time() + 10_000 * (round_ + 1))
    watcher.close()
    store.close()
    assert [(r.new, r.stored, r.failed) for r in reports] == [(2, 1, 1), (1, 0, 1), (1, 0, 1), (0, 0, 0)]
    assert server.hits["/news/1.html"] == 3 and server.hits["/news/2.html"] == 1  # 3 tries, then left alone
    assert "HTTP 404" in str(reports[0].failures[0])


def test_alerts_fire_once_by_log_and_webhook(server, tmp_path):
    db = str(tmp_path / "w.db")
    server.add("/hook", 204, b"")
    server.feed_items = [1, 2]
    cli("add-source", server.url("/feed.xml"), "--every", "1s", "--allow-private", "--db", db)
    assert cli("alert", "add", "overtime stoppage", "--log", "--db", db).exit_code == 0
    assert cli("alert", "add", '"northern rail depot"', "--webhook", server.url("/hook"), "--allow-private",
               "--db", db).exit_code == 0
    assert cli("alert", "add", "x", "--webhook", server.url("/hook"), "--db", db).exit_code == 1  # blocked
    res = cli("watch", "--once", *FAST, "--db", db)
    assert res.output.count("alert #1 'overtime stoppage'") == 2
    posts = [json.loads(body) for method, path, _, body in server.requests if path == "/hook"]
    assert len(posts) == 1 and posts[0]["alert"]["id"] == 2 and "rail depot" in posts[0]["article"]["title"]
    server.feed_items = [3, 1, 2]
    time.sleep(1.05)
    res = cli("watch", "--once", *FAST, "--db", db)
    assert res.output.count("alert #1") == 1  # only the new article
    rows = json.loads(cli("alert", "list", "--format", "json", "--db", db).output)
    assert [(r["id"], r["fired"]) for r in rows] == [(1, 3), (2, 1)]
    assert cli("alert", "remove", "2", "--db", db).exit_code == 0
    assert cli("alert", "remove", "2", "--db", db).exit_code == 1


def test_alert_matching_rules():
    from wirewatch.watch.alerts import matches, text_matches

    assert text_matches('"rail depot" strike', "The Rail Depot strike ended")
    assert not text_matches('"rail depot"', "the depot by the rail")
    rec = {"id": "r1", "article": {"title": "T", "text": "Shelling near the border"},
           "events": [{"type": "ASSAULT", "actor": {"country": "RUS"}, "recipient": {"country": "UKR"}},
                      {"type": "PROTEST", "place": {"country": "UKR"}}]}
    assert matches({"query": "shelling"}, rec) == [("r1", None)]
    assert [k for k, _ in matches({"query": "", "type": "ASSAULT", "country": "UKR"}, rec)] == ["r1#event0"]
    assert [k for k, _ in matches({"query": "", "country": "UKR"}, rec)] == ["r1#event0", "r1#event1"]
    assert matches({"query": "ceasefire"}, rec) == []


def test_watch_loop_runs_until_stopped_and_archives(server, tmp_path):
    import threading
    from dataclasses import replace

    from warcio.archiveiterator import ArchiveIterator

    from wirewatch.settings import Settings
    from wirewatch.sources.fetch import FetchPolicy
    from wirewatch.sources.warc import WarcArchive
    from wirewatch.watch.loop import Watcher

    server.feed_items = [2]
    store = open_store(str(tmp_path / "w.db"))
    warc = WarcArchive(tmp_path / "kept.warc.gz")
    watcher = Watcher(store, Settings(extract_only=True), allow_private=True, archive=warc,
                      policy=replace(FetchPolicy(), host_delay=0))
    watcher.state.add_source(server.url("/feed.xml"), "feed", 3600)
    stop, seen = threading.Event(), []

    def on_report(rep):
        seen.append(rep)
        stop.set()
    watcher.run(stop=stop, on_report=on_report)
    watcher.close()
    warc.close()
    store.close()
    assert [(r.outcome, r.stored) for r in seen] == [("ok", 1)]
    with open(tmp_path / "kept.warc.gz", "rb") as fh:
        uris = {r.rec_headers.get_header("WARC-Target-URI") for r in ArchiveIterator(fh)}
    assert {server.url("/feed.xml"), server.url("/news/2.html"), server.url("/robots.txt")} <= uris
