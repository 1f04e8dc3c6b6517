"""web: pages and their JSON twins agree, filters work, writes need the token, everything is escaped."""
from __future__ import annotations

import csv
import io
import warnings

import pytest

warnings.filterwarnings("ignore", category=DeprecationWarning)
from fastapi.testclient import TestClient  # noqa: E402

from wirewatch.settings import Settings  # noqa: E402
from wirewatch.web import create_app  # noqa: E402


@pytest.fixture(scope="module")
def client(sample_store):
    return TestClient(create_app(Settings(db=":unused:"), token="s3cret", store=sample_store))


def _article_id(client, title_word):
    hits = client.get("/api/search", params={"q": title_word}).json()["results"]
    assert hits, title_word
    return hits[0]["id"]


def test_web_every_page_renders_and_links_its_json_twin(client):
    aid = _article_id(client, "ferry")
    story = client.get("/api/stories").json()["stories"][0]["id"]
    entity = client.get("/api/entities").json()["entities"][0]["id"]
    for page, twin in [("/", "/api/home"), (f"/articles/{aid}", f"/api/articles/{aid}"),
                       ("/search?q=strikes", "/api/search?q=strikes"), (f"/entities/{entity}", f"/api/entities/{entity}"),
                       ("/events", "/api/events"), (f"/stories/{story}", f"/api/stories/{story}")]:
        html = client.get(page)
        assert html.status_code == 200, page
        assert "Content-Security-Policy" in html.headers and "script-src 'self'" in html.headers["Content-Security-Policy"]
        assert twin.split("?")[0] in html.text, f"{page} does not link {twin}"
        assert client.get(twin).status_code == 200, twin


def test_web_article_json_is_the_record_contract(client):
    from wirewatch.schema import validate_record

    rec = client.get(f"/api/articles/{_article_id(client, 'Houthi')}").json()
    validate_record(rec)
    assert rec["links"].get("story") is not None


def test_web_hostile_article_renders_inert(client):
    aid = _article_id(client, "ferry")
    page = client.get(f"/articles/{aid}").text
    assert "<script>" not in page and "<img" not in page
    assert 'href="javascript:' not in page
    assert "&lt;script&gt;" in page
    search = client.get("/search", params={"q": "<script>alert(1)</script> ferry"}).text
    assert "<script>alert(1)</script>" not in search


def test_web_search_facets_filter_results(client):
    data = client.get("/api/search", params={"q": "strikes"}).json()
    assert data["total"] >= 2 and data["facets"]["source"]
    source = data["facets"]["source"][0]["value"]
    narrowed = client.get("/api/search", params={"q": "strikes", "source": source}).json()
    assert 0 < narrowed["total"] <= data["total"]
    assert all(r["publisher"] == source for r in narrowed["results"])
    assert any(p["match"] for r in data["results"] for p in r["snippet_parts"])


def test_web_events_filter_and_csv_download(client):
    everything = client.get("/api/events").json()["events"]
    assault = client.get("/api/events", params={"type": "ASSAULT"}).json()["events"]
    assert assault and all(e["type"] == "ASSAULT" for e in assault) and len(assault) < len(everything)
    resp = client.get("/api/events", params={"type": "ASSAULT", "format": "csv"})
    assert resp.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(resp.text)))
    assert len(rows) == len(assault) and {r["type"] for r in rows} == {"ASSAULT"}
    assert client.get("/api/events", params={"since": "not-a-date"}).status_code == 422


def test_web_events_filter_by_learned_confidence_on_page_and_api(client):
    everything = client.get("/api/events", params={"limit": 1000}).json()["events"]
    confident = client.get("/api/events", params={"limit": 1000, "min_confidence": 0.7}).json()["events"]
    assert all(e["confidence"] >= 0.7 for e in confident)
    assert len(confident) == sum(e["confidence"] >= 0.7 for e in everything) < len(everything)
    page = client.get("/events", params={"min_confidence": "0.7"})
    assert page.status_code == 200 and "min_confidence=0.7" in page.text
    assert client.get("/events", params={"min_confidence": ""}).status_code == 200  # "any confidence"
    assert client.get("/events", params={"min_confidence": "high"}).status_code == 400
    assert client.get("/api/events", params={"min_confidence": 2}).status_code == 422


def test_web_entity_profile_has_timeline_events_and_cooccurrence(client):
    events = client.get("/api/events", params={"limit": 1000}).json()["events"]
    actor = next(e["actor"] for e in events if e["actor"]["entity"] is not None)
    prof = client.get(f"/api/entities/{actor['entity']}").json()
    assert prof["name"] == actor["name"]
    assert prof["timeline"] and prof["related_entities"] and prof["aliases"]
    assert any(e["actor"]["entity"] == actor["entity"] for e in prof["events_as_actor"])
    assert {a["id"] for a in prof["articles"]} >= {e["article"]["id"] for e in prof["events_as_actor"]}


def test_web_writes_need_the_token_and_errors_are_json(client):
    body = "Test Title For Upload\n\nA short upload about a bridge reopening in Porto on Monday after repairs."
    assert client.post("/api/ingest", content=body).status_code == 403
    assert client.post("/api/ingest", content=body, headers={"Authorization": "Bearer wrong"}).status_code == 403
    missing = client.get("/api/articles/nope")
    assert missing.status_code == 404 and missing.json()["ok"] is False
    assert client.get("/articles/nope").status_code == 404


def test_web_read_only_without_a_token(sample_store):
    ro = TestClient(create_app(Settings(db=":unused:"), token=None, store=sample_store))
    assert ro.post("/api/ingest", content="x", headers={"Authorization": "Bearer "}).status_code == 403
