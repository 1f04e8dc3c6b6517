"""Commands for live sources: add-source, watch, sources, alert (registered on the main app)."""
from __future__ import annotations

import json
import re
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

DbOpt = typer.Option(None, "--db", help="SQLite path or postgresql:// URL (default ./wirewatch.db or $WIREWATCH_DB).")
ConfigOpt = typer.Option(None, "--config", help="Config file (TOML, [wirewatch] table).")
PrivateOpt = typer.Option(False, "--allow-private",
                          help="Allow loopback/private/link-local addresses (local use and tests).")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


class Kind(str, Enum):
    auto = "auto"
    feed = "feed"
    sitemap = "sitemap"


class Out(str, Enum):
    text = "text"
    json = "json"


def parse_every(value: str) -> float:
    """'15m', '1h30m', '45s', '2d' or a number of seconds -> seconds (at least 1)."""
    value = value.strip().lower()
    if re.fullmatch(r"\d+(\.\d+)?", value):
        seconds = float(value)
    else:
        parts = re.findall(r"(\d+(?:\.\d+)?)\s*([smhd])", value)
        if not parts or re.sub(r"\d+(?:\.\d+)?\s*[smhd]", "", value).strip():
            raise typer.BadParameter(f"{value!r} is not a duration like 15m, 1h or 90s", param_hint="--every")
        seconds = sum(float(n) * _UNITS[u] for n, u in parts)
    if seconds < 1:
        raise typer.BadParameter("the interval must be at least 1s", param_hint="--every")
    return seconds


def _ctx(db: Optional[str], config: Optional[Path], **flags):
    from wirewatch.settings import load_settings
    from wirewatch.store import open_store
    from wirewatch.watch.state import WatchState

    settings = load_settings(config, db=db, **flags)
    store = open_store(settings.db)
    return settings, store, WatchState(store.engine)


def _consoles():
    from rich.console import Console

    return Console(highlight=False, soft_wrap=True), Console(stderr=True, highlight=False, soft_wrap=True)


def _human(seconds: float) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size and seconds % size == 0:
            return f"{int(seconds // size)}{unit}"
    return f"{seconds:g}s"


def register(app: typer.Typer) -> None:
    """Add the add-source, watch, sources and alert commands to the app."""

    @app.command("add-source")
    def add_source(
        url: str = typer.Argument(..., help="An RSS/Atom feed or a (news) sitemap URL."),
        every: str = typer.Option("15m", "--every", help="Poll interval: 15m, 1h, 90s ..."),
        kind: Kind = typer.Option(Kind.auto, "--kind", help="auto (fetch once and look), feed or sitemap."),
        allow_private: bool = PrivateOpt,
        db: Optional[str] = DbOpt,
        config: Optional[Path] = ConfigOpt,
    ):
        """Watch a feed or sitemap: `wirewatch watch` polls it on its schedule."""
        from dataclasses import replace

        from wirewatch.errors import Rejected
        from wirewatch.sources import netguard
        from wirewatch.sources.feeds import sniff_kind
        from wirewatch.sources.fetch import Fetcher, FetchPolicy

        out, err = _consoles()
        seconds = parse_every(every)
        settings, store, state = _ctx(db, config)
        found = kind.value
        try:
            if kind is Kind.auto:
                with Fetcher(replace(FetchPolicy(), allow_private=allow_private, max_bytes=settings.max_bytes)) as f:
                    resp = f.get(url)
                if resp.status != 200:
                    raise Rejected(url, "fetch-failed", f"HTTP {resp.status}")
                found = sniff_kind(resp.body)
                if found is None:
                    err.print(f"[red]error[/red] {url}: neither an RSS/Atom feed nor a sitemap "
                              f"(content type {resp.content_type or 'unknown'})")
                    raise typer.Exit(1)
            else:
                netguard.resolve_checked(url, allow_private)
        except Rejected as rej:
            err.print(f"[red]error[/red] {rej}", highlight=False)
            if rej.reason == "fetch-failed":
                err.print("(give --kind feed or --kind sitemap to add it without fetching it now)")
            raise typer.Exit(1)
        sid, created = state.add_source(url, found, seconds, allow_private)
        out.print(f"{'added' if created else 'updated'} source #{sid}: {found} {url} every {_human(seconds)}",
                  markup=False)

    @app.command()
    def watch(
        once: bool = typer.Option(False, "--once", help="Poll the due sources once, then exit."),
        allow_private: bool = PrivateOpt,
        archive: Optional[Path] = typer.Option(None, "--archive", help="Keep every fetched response in this "
                                                                      "WARC file (.warc.gz)."),
        extract_only: bool = typer.Option(False, "--extract-only", help="Skip language analysis (fast)."),
        host_delay: float = typer.Option(1.0, "--host-delay", min=0.0,
                                         help="Seconds between two requests to the same host."),
        db: Optional[str] = DbOpt,
        config: Optional[Path] = ConfigOpt,
    ):
        """Poll every due source on its schedule and ingest new articles (Ctrl-C stops)."""
        from dataclasses import replace

        from wirewatch.sources.fetch import FetchPolicy
        from wirewatch.sources.warc import WarcArchive
        from wirewatch.watch.loop import Watcher

        out, err = _consoles()
        settings, store, state = _ctx(db, config, extract_only=extract_only or None)
        if not state.list_sources():
            err.print("no sources yet: add one with `wirewatch add-source URL`")
            raise typer.Exit(1 if once else 0)
        warc = WarcArchive(archive) if archive else None
        policy = replace(FetchPolicy(), max_bytes=settings.max_bytes, host_delay=host_delay)
        watcher = Watcher(store, settings, allow_private=allow_private, archive=warc, policy=policy,
                          emit=lambda line: err.print(line, markup=False))
        failed = []

        def show(rep) -> None:
            if rep.outcome in ("ok", "not-modified"):
                out.print(f"#{rep.source_id} {rep.url}: {rep.outcome}, {rep.listed} listed, {rep.new} new, "
                          f"{rep.stored} stored, {rep.present} already present, {rep.failed} failed"
                          + (f", {rep.fired} alerts" if rep.fired else ""), markup=False)
            else:
                failed.append(rep)
            for rej in rep.failures:
                err.print(f"  failed {rej}", markup=False)

        try:
            watcher.run(once=once, on_report=show)
        except KeyboardInterrupt:
            err.print("stopped")
        finally:
            watcher.close()
            if warc is not None:
                warc.close()
        if once and failed:
            raise typer.Exit(1)

    @app.command()
    def sources(
        remove: Optional[str] = typer.Option(None, "--remove", help="Forget a source (id or URL)."),
        log: bool = typer.Option(False, "--log", help="Show the latest polls instead."),
        fmt: Out = typer.Option(Out.text, "--format", "-f"),
        db: Optional[str] = DbOpt,
        config: Optional[Path] = ConfigOpt,
    ):
        """List the watched sources with last fetch, status and counts."""
        from datetime import datetime, timezone

        from rich.table import Table

        out, err = _consoles()
        _, _, state = _ctx(db, config)
        if remove is not None:
            if not state.remove_source(remove):
                err.print(f"no source {remove!r}")
                raise typer.Exit(1)
            out.print(f"removed source {remove}")
            return
        rows = state.fetch_log(limit=50) if log else state.list_sources()
        if fmt is Out.json:
            print(json.dumps(rows, ensure_ascii=False, indent=1, default=str))
            return
        if log:
            table = Table("source", "at", "status", "outcome", "new", "detail", title="Latest polls")
            for r in rows:
                table.add_row(str(r["source_id"]), r["at"], str(r["status"] or ""), r["outcome"], str(r["n_new"]),
                              r["detail"] or "")
            out.print(table)
            return
        if not rows:
            out.print("no sources yet: add one with `wirewatch add-source URL`")
            return
        table = Table("id", "kind", "url", "every", "last fetch", "status", "next", "fetches", "items", "stored",
                      "failed", title="Sources")
        for r in rows:
            nxt = datetime.fromtimestamp(r["next_due"], timezone.utc).replace(microsecond=0).isoformat() \
                if r["next_due"] else "now"
            table.add_row(str(r["id"]), r["kind"], r["url"], _human(r["every_seconds"]), r["last_fetch_at"] or "never",
                          r["last_status"] or "", nxt, str(r["n_fetches"]), str(r["n_listed"]), str(r["n_stored"]),
                          str(r["n_failed"]))
        out.print(table)

    alert_app = typer.Typer(help="Saved searches that fire on new matching articles or events.",
                            no_args_is_help=True)
    app.add_typer(alert_app, name="alert")

    @alert_app.command("add")
    def alert_add(
        query: str = typer.Argument(..., help='Words that must all occur ("quoted phrase" kept whole); "" for any.'),
        type: Optional[str] = typer.Option(None, "--type", help="PLOVER event type (e.g. ASSAULT): fire per event."),
        country: Optional[str] = typer.Option(None, "--country", help="ISO3 country of an event's actor, "
                                                                      "recipient or place."),
        webhook: Optional[str] = typer.Option(None, "--webhook", help="POST each match as JSON to this URL."),
        log_: bool = typer.Option(False, "--log", help="Write each match as a log line (stderr of watch)."),
        allow_private: bool = PrivateOpt,
        db: Optional[str] = DbOpt,
        config: Optional[Path] = ConfigOpt,
    ):
        """Save a search; `wirewatch watch` fires it once for each new match."""
        from wirewatch.errors import Rejected
        from wirewatch.sources import netguard

        out, err = _consoles()
        if bool(webhook) == bool(log_):
            raise typer.BadParameter("give exactly one of --webhook URL or --log")
        if webhook:
            try:
                netguard.resolve_checked(webhook, allow_private)
            except Rejected as rej:
                err.print(f"[red]error[/red] {rej}", highlight=False)
                raise typer.Exit(1)
        _, _, state = _ctx(db, config)
        aid = state.add_alert(query, type.upper() if type else None, country.upper() if country else None,
                              webhook, allow_private)
        out.print(f"added alert #{aid}", markup=False)

    @alert_app.command("list")
    def alert_list(fmt: Out = typer.Option(Out.text, "--format", "-f"), db: Optional[str] = DbOpt,
                   config: Optional[Path] = ConfigOpt):
        """The saved searches and how often each fired."""
        from rich.table import Table

        out, _ = _consoles()
        _, _, state = _ctx(db, config)
        rows = state.list_alerts()
        if fmt is Out.json:
            print(json.dumps(rows, ensure_ascii=False, indent=1, default=str))
            return
        table = Table("id", "query", "type", "country", "delivery", "fired", "since", title="Alerts")
        for r in rows:
            table.add_row(str(r["id"]), r["query"], r["type"] or "", r["country"] or "", r["webhook"] or "log",
                          str(r["fired"]), r["created_at"])
        out.print(table)

    @alert_app.command("remove")
    def alert_remove(alert_id: int = typer.Argument(..., metavar="ID"), db: Optional[str] = DbOpt,
                     config: Optional[Path] = ConfigOpt):
        """Delete a saved search."""
        out, err = _consoles()
        _, _, state = _ctx(db, config)
        if not state.remove_alert(alert_id):
            err.print(f"no alert #{alert_id}")
            raise typer.Exit(1)
        out.print(f"removed alert #{alert_id}")
