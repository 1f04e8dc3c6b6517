"""FastAPI app: each page builds one data structure (from the store's query layer) and renders it
as HTML; the same structure is served as JSON under /api. Every HTML page links to its JSON twin."""
from __future__ import annotations

import csv
import io
import secrets
from importlib import resources
from typing import Any, Optional

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from wirewatch.settings import Settings
from wirewatch.web.render import annotate

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
PAGE = 25


def create_app(settings: Settings, token: Optional[str] = None, store=None) -> FastAPI:
    """The reader app over the store named by ``settings.db`` (read-only unless a token is set)."""
    from wirewatch.store import open_store

    app = FastAPI(title="wirewatch", version="0.1.0", openapi_url="/api/openapi.json", docs_url=None,
                  redoc_url=None)
    app.state.store = store or open_store(settings.db)
    app.state.token = token
    pkg = resources.files("wirewatch.web")
    templates = Jinja2Templates(directory=str(pkg / "templates"))
    app.mount("/static", StaticFiles(directory=str(pkg / "static")), name="static")

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    def st():
        return app.state.store

    def page(request: Request, name: str, data: dict[str, Any], api: str) -> HTMLResponse:
        return templates.TemplateResponse(request, name, {"data": data, "api": api})

    # ---- data builders (one per page; the HTML and JSON routes share them) -------------------
    def home_data(offset: int) -> dict:
        data = {"articles": st().list_articles(limit=PAGE, offset=offset), "offset": offset, "limit": PAGE,
                "stats": st().stats()}
        if hasattr(st(), "stories"):
            data["stories"] = st().stories(limit=10)
        return data

    def article_data(article_id: str) -> dict:
        rec = st().get_article(article_id)
        if rec is None:
            raise HTTPException(404, f"no article {article_id!r}")
        return rec

    def search_data(q: str, offset: int) -> dict:
        hits = st().search(q, limit=PAGE, offset=offset) if q.strip() else []
        return {"query": q, "results": hits, "offset": offset, "limit": PAGE}

    def entity_data(entity_id: str) -> dict:
        ent = st().get_entity(entity_id)
        if ent is None:
            raise HTTPException(404, f"no entity {entity_id!r}")
        return ent

    def events_data(type: Optional[str], actor: Optional[str], country: Optional[str], since: Optional[str],
                    until: Optional[str], offset: int, limit: int = 200) -> dict:
        rows = st().events(type=type, actor=actor, country=country, since=since, until=until, limit=limit,
                           offset=offset)
        return {"events": rows, "filters": {"type": type, "actor": actor, "country": country, "since": since,
                                            "until": until}, "offset": offset, "limit": limit}

    # ---- HTML -------------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(request: Request, offset: int = Query(0, ge=0)):
        return page(request, "home.html", home_data(offset), f"/api/articles?offset={offset}")

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article(request: Request, article_id: str):
        rec = article_data(article_id)
        return templates.TemplateResponse(request, "article.html", {
            "data": rec, "paragraphs": annotate(rec), "api": f"/api/articles/{article_id}"})

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: str = "", offset: int = Query(0, ge=0)):
        return page(request, "search.html", search_data(q, offset), f"/api/search?q={q}&offset={offset}")

    @app.get("/entities/{entity_id}", response_class=HTMLResponse, include_in_schema=False)
    def entity_page(request: Request, entity_id: str):
        return page(request, "entity.html", entity_data(entity_id), f"/api/entities/{entity_id}")

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(request: Request, type: Optional[str] = None, actor: Optional[str] = None,
                    country: Optional[str] = None, since: Optional[str] = None, until: Optional[str] = None,
                    offset: int = Query(0, ge=0)):
        data = events_data(type or None, actor or None, country or None, since or None, until or None, offset)
        return page(request, "events.html", data, "/api/events")

    # ---- JSON API ---------------------------------------------------------------------------
    @app.get("/api/articles")
    def api_articles(offset: int = Query(0, ge=0)) -> dict:
        """Latest articles, paginated."""
        return home_data(offset)

    @app.get("/api/articles/{article_id}")
    def api_article(article_id: str) -> dict:
        """One full record (the same contract as `wirewatch show --format json`)."""
        return article_data(article_id)

    @app.get("/api/search")
    def api_search(q: str = "", offset: int = Query(0, ge=0)) -> dict:
        """Full-text search with snippets."""
        return search_data(q, offset)

    @app.get("/api/entities")
    def api_entities(type: Optional[str] = None, country: Optional[str] = None,
                     limit: int = Query(50, ge=1, le=500), offset: int = Query(0, ge=0)) -> dict:
        """Canonical entities across the store."""
        return {"entities": st().entities(type=type, country=country, limit=limit, offset=offset),
                "offset": offset, "limit": limit}

    @app.get("/api/entities/{entity_id}")
    def api_entity(entity_id: str) -> dict:
        """One entity with its articles."""
        return entity_data(entity_id)

    @app.get("/api/quotes")
    def api_quotes(speaker: Optional[str] = None, limit: int = Query(50, ge=1, le=500),
                   offset: int = Query(0, ge=0)) -> dict:
        """Quotes across the store, by speaker."""
        return {"quotes": st().quotes(speaker=speaker, limit=limit, offset=offset), "offset": offset,
                "limit": limit}

    @app.get("/api/events")
    def api_events(type: Optional[str] = None, actor: Optional[str] = None, country: Optional[str] = None,
                   since: Optional[str] = None, until: Optional[str] = None, offset: int = Query(0, ge=0),
                   limit: int = Query(200, ge=1, le=1000), format: str = Query("json", pattern="^(json|csv)$")):
        """Events, filterable; ``format=csv`` downloads them as CSV."""
        data = events_data(type, actor, country, since, until, offset, limit)
        if format == "csv":
            return Response(_csv(data["events"]), media_type="text/csv",
                            headers={"Content-Disposition": 'attachment; filename="events.csv"'})
        return data

    @app.get("/api/stats")
    def api_stats() -> dict:
        """Counts of what the store holds."""
        return st().stats()

    def require_token(request: Request) -> None:
        given = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
        if not app.state.token or not secrets.compare_digest(given, app.state.token):
            raise HTTPException(403, "write endpoints need the server's token (Authorization: Bearer ...)")

    @app.post("/api/ingest", dependencies=[Depends(require_token)])
    async def api_ingest(request: Request) -> dict:
        """Ingest one document posted as the request body (needs the token)."""
        from wirewatch.ingest import ingest_items
        from wirewatch.sources import RawDocument
        from wirewatch.sources.files import sniff_format

        body = await request.body()
        if len(body) > settings.max_bytes:
            raise HTTPException(413, "document too large")
        raw = RawDocument(data=body, format=sniff_format(body), name="<upload>")
        summary = ingest_items([raw], settings, st())
        return {"stored": summary.stored, "present": summary.present, "ids": summary.ids,
                "failed": [r.to_dict() for r in summary.failed]}

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        if request.url.path.startswith("/api/"):
            return JSONResponse({"ok": False, "error": exc.detail, "status": exc.status_code}, exc.status_code)
        return templates.TemplateResponse(request, "error.html", {"data": {"error": exc.detail}, "api": None},
                                          status_code=exc.status_code)

    return app


def _csv(rows: list[dict]) -> str:
    buf = io.StringIO()
    if rows:
        writer = csv.DictWriter(buf, fieldnames=list(rows[0].keys()), extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: ("" if v is None else v) for k, v in row.items()})
    return buf.getvalue()
