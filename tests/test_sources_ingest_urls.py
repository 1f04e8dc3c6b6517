"""End to end: `wirewatch ingest URL` fetches a page and runs the real pipeline (spaCy) into a store."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "sources"))
from localserver import LocalServer, article_html  # noqa: E402

from wirewatch.cli import app  # noqa: E402
from wirewatch.store import open_store  # noqa: E402


@pytest.fixture()
def server():
    srv = LocalServer()
    srv.add("/news/1.html", 200, article_html(1), Content_Type="text/html; charset=utf-8")
    srv.add("/robots.txt", 200, "User-agent: *\nDisallow: /private/\n", Content_Type="text/plain")
    yield srv
    srv.close()


def test_ingest_url_through_the_full_pipeline(server, tmp_path, monkeypatch):
    db = str(tmp_path / "w.db")
    monkeypatch.setenv("WIREWATCH_ALLOW_PRIVATE", "1")  # the test server is on 127.0.0.1
    url = server.url("/news/1.html?utm_source=test")
    res = CliRunner().invoke(app, ["ingest", url, server.url("/private/x.html"), "--db", db])
    assert res.exit_code == 1, res.output  # the robots.txt-disallowed page fails, the other is stored
    assert "blocked" in res.output and "robots.txt" in res.output
    store = open_store(db)
    (hit,) = store.search("stoppage overtime")
    rec = store.get_article(hit["id"])
    store.close()
    assert rec["source"]["url"] == server.url("/news/1.html")  # canonical: tracking parameter dropped
    assert rec["article"]["title"].startswith("Workers return to the northern rail depot")
    names = {e["name"] for e in rec["entities"]}
    assert "Peter Otieno" in names
    assert any(q["speaker_name"] and "Otieno" in q["speaker_name"] for q in rec["quotes"])
    assert server.hits["/private/x.html"] == 0


def test_ingest_url_blocked_without_allow_private(server, tmp_path, monkeypatch):
    monkeypatch.delenv("WIREWATCH_ALLOW_PRIVATE", raising=False)
    res = CliRunner().invoke(app, ["ingest", server.url("/news/1.html"), "--db", str(tmp_path / "w.db")])
    assert res.exit_code == 1 and "blocked" in res.output and server.hits["/news/1.html"] == 0
