"""FastAPI app: each page builds one data structure from the store's query layer and renders it
as HTML; the same structure is served as JSON under /api. Every HTML page links to its JSON twin."""
from __future__ import annotations

import csv
import io
import secrets
from importlib import resources
from typing import Any, Optional
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from wirewatch.settings import Settings
from wirewatch.web import charts
from wirewatch.web.render import annotate

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
PAGE = 25
MAX_OFFSET = 1_000_000
MAX_ID = 2**62  # larger numeric ids cannot exist (and overflow SQLite integers)
DAY = r"^\d{4}-\d{2}-\d{2}$"


def create_app(settings: Settings, token: Optional[str] = None, store=None) -> FastAPI:
    """The reader over the store named by ``settings.db``; write endpoints need ``token``."""
    from wirewatch.store import open_store

    app = FastAPI(title="wirewatch", version="0.1.0", openapi_url="/api/openapi.json", docs_url=None,
                  redoc_url=None, description="Read-only JSON API over a wirewatch store (writes need a token).")
    app.state.store = store or open_store(settings.db)
    app.state.token = token
    pkg = resources.files("wirewatch.web")
    templates = Jinja2Templates(directory=str(pkg / "templates"))
    templates.env.globals["qs"] = lambda **kw: urlencode({k: v for k, v in kw.items() if v})
    app.mount("/static", StaticFiles(directory=str(pkg / "static")), name="static")
    views = Views(app.state.store)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    def html(request: Request, name: str, data: dict[str, Any], api: str, **extra) -> HTMLResponse:
        return templates.TemplateResponse(request, name, {"data": data, "api": api, **extra})

    # ---- HTML pages ---------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home_page(request: Request, offset: int = Query(0, ge=0, le=MAX_OFFSET)):
        data = views.home(offset)
        return html(request, "home.html", data, f"/api/home?offset={offset}",
                    timelines={s["id"]: charts.bars([(t["day"], t["articles"]) for t in s["timeline"]],
                                                    width=220, height=28, label="articles per day")
                               for s in data["stories"]})

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_id: str):
        data = views.article(article_id)
        return html(request, "article.html", data, f"/api/articles/{article_id}",
                    paragraphs=annotate(data, data["_entity_links"]))

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: str = "", entity: Optional[str] = None, event_type: Optional[str] = None,
                    country: Optional[str] = None, source: Optional[str] = None, since: Optional[str] = None,
                    until: Optional[str] = None, offset: int = Query(0, ge=0, le=MAX_OFFSET)):
        filters = dict(entity=entity, event_type=event_type, country=country, source=source, since=since,
                       until=until)
        data = views.search(q, offset, **filters)
        return html(request, "search.html", data, "/api/search?" + urlencode(
            {k: v for k, v in {"q": q, **filters, "offset": offset}.items() if v}))

    @app.get("/entities/{entity_id}", response_class=HTMLResponse, include_in_schema=False)
    def entity_page(request: Request, entity_id: str):
        data = views.entity(entity_id)
        return html(request, "entity.html", data, f"/api/entities/{entity_id}",
                    chart=charts.bars([(t["month"], t["articles"]) for t in data["timeline"]],
                                      label="articles per month"))

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(request: Request, type: Optional[str] = None, actor: Optional[str] = None,
                    country: Optional[str] = None, since: Optional[str] = None, until: Optional[str] = None,
                    min_confidence: Optional[str] = None,
                    offset: int = Query(0, ge=0, le=MAX_OFFSET)):
        filters = {k: (v or None) for k, v in dict(type=type, actor=actor, country=country, since=since,
                                                    until=until, min_confidence=_confidence(min_confidence)).items()}
        data = views.events(offset=offset, **filters)
        timeline = sorted({(e["earliest"] or "")[:7] for e in data["events"] if e["earliest"]})
        counts = [(m, sum(1 for e in data["events"] if (e["earliest"] or "").startswith(m))) for m in timeline]
        return html(request, "events.html", data, "/api/events?" + urlencode({k: v for k, v in filters.items() if v}),
                    chart=charts.bars(counts, label="events per month"),
                    world=charts.world_map(views.store.event_places(**filters)))

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def story_page(request: Request, story_id: str):
        data = views.story(story_id)
        return html(request, "story.html", data, f"/api/stories/{story_id}",
                    chart=charts.bars([(t["day"], t["articles"]) for t in data["timeline"]],
                                      label="articles per day"))

    # ---- JSON API (same data as the pages) -----------------------------------------------------
    @app.get("/api/home")
    def api_home(offset: int = Query(0, ge=0, le=MAX_OFFSET)) -> dict:
        """Latest stories and articles (the home page's data)."""
        return views.home(offset)

    @app.get("/api/articles")
    def api_articles(offset: int = Query(0, ge=0, le=MAX_OFFSET), limit: int = Query(PAGE, ge=1, le=500),
                     publisher: Optional[str] = None, since: Optional[str] = Query(None, pattern=DAY),
                     until: Optional[str] = Query(None, pattern=DAY)) -> dict:
        """Article summaries, newest first, paginated and filterable."""
        return {"articles": views.store.list_articles(limit=limit, offset=offset, publisher=publisher,
                                                      since=since, until=until), "offset": offset, "limit": limit}

    @app.get("/api/articles/{article_id}")
    def api_article(article_id: str) -> dict:
        """One full record (the contract of `wirewatch show --format json`)."""
        data = views.article(article_id)
        return {k: v for k, v in data.items() if not k.startswith("_")}

    @app.get("/api/search")
    def api_search(q: str = "", entity: Optional[str] = None, event_type: Optional[str] = None,
                   country: Optional[str] = None, source: Optional[str] = None,
                   since: Optional[str] = Query(None, pattern=DAY), until: Optional[str] = Query(None, pattern=DAY),
                   offset: int = Query(0, ge=0, le=MAX_OFFSET)) -> dict:
        """Full-text search with facets and highlighted snippets."""
        return views.search(q, offset, entity=entity, event_type=event_type, country=country, source=source,
                            since=since, until=until)

    @app.get("/api/entities")
    def api_entities(type: Optional[str] = None, country: Optional[str] = None, name: Optional[str] = None,
                     limit: int = Query(50, ge=1, le=500), offset: int = Query(0, ge=0, le=MAX_OFFSET)) -> dict:
        """Canonical entities across the store, most mentioned first."""
        return {"entities": views.store.entities(type=type, country=country, name=name, limit=limit, offset=offset),
                "offset": offset, "limit": limit}

    @app.get("/api/entities/{entity_id}")
    def api_entity(entity_id: str) -> dict:
        """One entity's profile (the entity page's data)."""
        return views.entity(entity_id)

    @app.get("/api/quotes")
    def api_quotes(speaker: Optional[str] = None, limit: int = Query(50, ge=1, le=500),
                   offset: int = Query(0, ge=0, le=MAX_OFFSET)) -> dict:
        """Quotes across the store, optionally by speaker (entity id or name)."""
        return {"quotes": views.store.quotes(speaker=speaker, limit=limit, offset=offset), "offset": offset,
                "limit": limit}

    @app.get("/api/events")
    def api_events(type: Optional[str] = None, actor: Optional[str] = None, country: Optional[str] = None,
                   since: Optional[str] = Query(None, pattern=DAY), until: Optional[str] = Query(None, pattern=DAY),
                   offset: int = Query(0, ge=0, le=MAX_OFFSET), limit: int = Query(200, ge=1, le=1000),
                   format: str = Query("json", pattern="^(json|csv)$"),
                   min_confidence: Optional[float] = Query(None, ge=0, le=1)):
        """Events, filterable (``min_confidence``: the learned confidence, 0-1); ``format=csv`` downloads a
        flat CSV."""
        data = views.events(type=type, actor=actor, country=country, since=since, until=until, offset=offset,
                            limit=limit, min_confidence=min_confidence)
        if format == "csv":
            return Response(events_csv(data["events"]), media_type="text/csv; charset=utf-8",
                            headers={"Content-Disposition": 'attachment; filename="events.csv"'})
        return data

    @app.get("/api/stories")
    def api_stories(since: Optional[str] = Query(None, pattern=DAY), limit: int = Query(50, ge=1, le=500),
                    offset: int = Query(0, ge=0, le=MAX_OFFSET)) -> dict:
        """Story clusters, latest first."""
        return {"stories": views.store.stories(since=since, limit=limit, offset=offset), "offset": offset,
                "limit": limit}

    @app.get("/api/stories/{story_id}")
    def api_story(story_id: str) -> dict:
        """One story: members, sources, merged events, timeline."""
        return views.story(story_id)

    @app.get("/api/stats")
    def api_stats() -> dict:
        """Counts of what the store holds."""
        return views.store.stats()

    def require_token(request: Request) -> None:
        given = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
        if not app.state.token or not given or not secrets.compare_digest(given, app.state.token):
            raise HTTPException(403, "write endpoints need the server's token (Authorization: Bearer ...)")

    @app.post("/api/ingest", dependencies=[Depends(require_token)])
    async def api_ingest(request: Request) -> dict:
        """Ingest one document posted as the request body (text or HTML); needs the token."""
        from wirewatch.ingest import ingest_items
        from wirewatch.sources import RawDocument
        from wirewatch.sources.files import sniff_format

        body = await request.body()
        if len(body) > settings.max_bytes:
            raise HTTPException(413, "document too large")
        raw = RawDocument(data=body, format=sniff_format(body), name="<upload>")
        summary = ingest_items([raw], settings, views.store)
        return {"stored": summary.stored, "present": summary.present, "ids": summary.ids,
                "failed": [r.to_dict() for r in summary.failed]}

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        if request.url.path.startswith("/api/"):
            return JSONResponse({"ok": False, "error": exc.detail, "status": exc.status_code}, exc.status_code)
        return templates.TemplateResponse(request, "error.html", {"data": {"error": exc.detail}, "api": None},
                                          status_code=exc.status_code)

    return app


class Views:
    """One data builder per page; HTML and JSON routes share them so they always agree."""

    def __init__(self, store):
        self.store = store

    def home(self, offset: int) -> dict:
        return {"stories": self.store.story_overview(limit=8) if offset == 0 else [],
                "articles": self.store.list_articles(limit=PAGE, offset=offset),
                "offset": offset, "limit": PAGE, "stats": self.store.stats()}

    def article(self, article_id: str) -> dict:
        from wirewatch.store.reader import entity_ids_for_article

        rec = self.store.get_article(article_id)
        if rec is None:
            raise HTTPException(404, f"no article {article_id!r}")
        rec["related_articles"] = self.store.related(rec["id"])
        links = rec.get("links") or {}
        rec["copies"] = [self.store.get_article(c) and _summary_of(self.store.get_article(c))
                         for c in links.get("copies") or [] if c != rec["id"]]
        rec["copies"] = [c for c in rec["copies"] if c]
        original = links.get("duplicate_of")
        rec["original"] = _summary_of(self.store.get_article(original)) if original else None
        rec["_entity_links"] = entity_ids_for_article(self.store, rec["id"])
        return rec

    def search(self, q: str, offset: int, **filters) -> dict:
        return self.store.faceted_search(q, limit=PAGE, offset=offset, **{k: v or None for k, v in filters.items()})

    def entity(self, entity_id: str) -> dict:
        ent = self.store.entity_profile(entity_id) if not _huge(entity_id) else None
        if ent is None:
            raise HTTPException(404, f"no entity {entity_id!r}")
        return ent

    def events(self, offset: int = 0, limit: int = 200, **filters) -> dict:
        rows = self.store.events(limit=limit, offset=offset, **filters)
        return {"events": rows, "filters": filters, "offset": offset, "limit": limit}

    def story(self, story_id: str) -> dict:
        story = self.store.story_detail(story_id) if str(story_id).isascii() and str(story_id).isdigit() and not _huge(story_id) else None
        if story is None:
            raise HTTPException(404, f"no story {story_id!r}")
        return story


def _confidence(value: Optional[str]) -> Optional[float]:
    """The events page's "least confidence" field: empty is no filter; anything but 0-1 is a 400."""
    if value is None or not value.strip():
        return None
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0.0 <= number <= 1.0:
        raise HTTPException(400, f"min_confidence must be a number from 0 to 1, not {value[:20]!r}")
    return number


def _huge(ident: str) -> bool:
    return str(ident).isascii() and str(ident).isdigit() and int(ident) >= MAX_ID


def _summary_of(rec: Optional[dict]) -> Optional[dict]:
    if not rec:
        return None
    art = rec["article"]
    return {"id": rec["id"], "title": art["title"], "publisher": art["publisher"],
            "published": art["published"].get("date") or art["published"].get("earliest"), "url": art["url"]}


EVENT_COLUMNS = ["type", "mode", "actor", "actor_country", "recipient", "recipient_country", "earliest", "latest",
                 "place", "place_country", "lat", "lon", "flags", "article_id", "article_title", "evidence"]


def events_csv(rows: list[dict]) -> str:
    """Flat CSV, one row per event (the same columns as `wirewatch events --format csv`)."""
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(EVENT_COLUMNS)
    for e in rows:
        writer.writerow([e["type"], e["mode"] or "", e["actor"]["name"] or "", e["actor"]["country"] or "",
                         e["recipient"]["name"] or "", e["recipient"]["country"] or "", e["earliest"] or "",
                         e["latest"] or "", e["place"]["name"] or "", e["place"]["country"] or "",
                         "" if e["place"]["lat"] is None else e["place"]["lat"],
                         "" if e["place"]["lon"] is None else e["place"]["lon"], ",".join(e["flags"]),
                         e["article"]["id"], e["article"]["title"] or "", e["evidence"] or ""])
    return buf.getvalue()
