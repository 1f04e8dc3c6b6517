"""web in a real browser (Playwright driving Debian's chromium): the analyst's path through the reader."""
from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from wirewatch.settings import Settings

ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]


def _need_chromium():
    if not os.path.exists(CHROMIUM):
        if os.environ.get("CI") == "true":
            raise AssertionError("chromium is missing under CI (.ci/run installs it)")
        pytest.skip("chromium not installed")


@pytest.fixture(scope="module")
def server(sample_store):
    import uvicorn

    from wirewatch.web import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(create_app(Settings(db=":unused:"), store=sample_store), host="127.0.0.1", port=port,
                            log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.1)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def page(server):
    _need_chromium()
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        context = browser.new_context(accept_downloads=True, viewport={"width": 1280, "height": 1000})
        pg = context.new_page()
        pg.errors = []
        pg.on("pageerror", lambda exc: pg.errors.append(str(exc)))
        pg.on("dialog", lambda d: (pg.errors.append("dialog:" + d.message), d.dismiss()))
        yield pg
        browser.close()


def shot(page, name):
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_browser_analyst_path_home_search_article_entity_events_csv(page, server):
    page.goto(server + "/")
    assert page.locator("h1").first.inner_text() in ("Latest stories", "Latest articles")
    shot(page, "01-home")

    page.fill("header input[name=q]", "strikes")
    page.click("header button[type=submit]")
    page.wait_for_url("**/search?q=strikes")
    results = page.locator("ol.results li a")
    assert results.count() >= 2
    assert page.locator("ol.results mark").count() >= 1  # highlighted snippets
    shot(page, "02-search")

    results.first.click()
    page.wait_for_url("**/articles/**")
    assert page.locator("article.reader p").count() >= 3
    assert page.locator("a.ent").count() >= 3
    page.locator("details.furniture summary").click() if page.locator("details.furniture").count() else None
    shot(page, "03-article")

    page.locator("article.reader a.ent[href^='/entities/']").first.click()
    page.wait_for_url("**/entities/**")
    assert page.locator("h2", has_text="Mentions over time").count() == 1
    shot(page, "04-entity")

    page.goto(server + "/events")
    total = page.locator("table.events tbody tr").count()
    page.select_option("select[name=type]", "ASSAULT")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/events?type=ASSAULT**")
    rows = page.locator("table.events tbody tr")
    assert 0 < rows.count() < total
    assert all(t == "ASSAULT" for t in page.locator("table.events tbody tr td:first-child .badge").all_inner_texts())
    assert page.locator("svg.worldmap circle").count() >= 1
    shot(page, "05-events")

    with page.expect_download() as info:
        page.click("#download-csv")
    path = info.value.path()
    import csv

    with open(path, newline="", encoding="utf-8") as fh:
        table = list(csv.DictReader(fh))
    assert len(table) == rows.count() and {r["type"] for r in table} == {"ASSAULT"}
    assert not page.errors, page.errors


def test_browser_hostile_article_is_inert(page, server):
    import json
    import urllib.request

    hits = json.load(urllib.request.urlopen(server + "/api/search?q=ferry"))["results"]
    page.goto(server + f"/articles/{hits[0]['id']}")
    page.wait_for_load_state("load")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("article.reader script").count() == 0
    assert page.locator("a[href^='javascript:']").count() == 0
    assert "<script>" in page.locator("article.reader").inner_text()  # shown as text, not run
    shot(page, "06-hostile-article")
    assert not [e for e in page.errors if "dialog" in e]
