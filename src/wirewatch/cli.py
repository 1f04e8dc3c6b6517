"""The command line: thin wrappers over plain functions (pipeline, store queries, exports)."""
from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Iterable, List, Optional

import typer
from rich.console import Console
from rich.table import Table

from wirewatch.errors import Rejected
from wirewatch.settings import Settings, load_settings

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="wirewatch: raw news -> clean, deduplicated, structured, searchable knowledge.")
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

DbOpt = typer.Option(None, "--db", help="SQLite path or postgresql:// URL (default ./wirewatch.db or $WIREWATCH_DB).")
ActorsOpt = typer.Option(None, "--actors", help="Extra actor dictionary (YAML/CSV); repeatable.")
ConfigOpt = typer.Option(None, "--config", help="Config file (TOML, [wirewatch] table).")
MinEventConfidenceOpt = typer.Option(
    None, "--min-event-confidence", min=0.0, max=1.0,
    help="Drop coded events whose learned confidence is under this (default: the cut the confidence "
         "model was trained with; 0 keeps every event the rules code).")


class Fmt(str, Enum):
    json = "json"
    jsonl = "jsonl"
    text = "text"


def _settings(config: Optional[Path] = None, **flags) -> Settings:
    if flags.get("actors") is not None:
        flags["actors"] = tuple(flags["actors"])
    try:
        return load_settings(config, **flags)
    except ValueError as exc:  # a bad value in the config file or the environment
        err.print(f"[red]error[/red] {exc}", markup=True, highlight=False)
        raise typer.Exit(2) from None


def _store(settings: Settings):
    from wirewatch.store import open_store

    return open_store(settings.db)


def _dump(obj) -> str:
    return json.dumps(obj, ensure_ascii=False)


# --------------------------------------------------------------------------------------------
@app.command()
def analyze(
    inputs: List[str] = typer.Argument(..., help="Files, directories, globs or - for standard input."),
    fmt: Optional[Fmt] = typer.Option(None, "--format", "-f",
                                      help="json (one record or a list; default), jsonl (default for .jsonl input), text."),
    published: Optional[str] = typer.Option(None, help="Publication date YYYY-MM-DD to resolve dates against."),
    extract_only: bool = typer.Option(False, "--extract-only", help="Skip language analysis (fast)."),
    min_event_confidence: Optional[float] = MinEventConfidenceOpt,
    actors: Optional[List[str]] = ActorsOpt,
    config: Optional[Path] = ConfigOpt,
):
    """Print the analysis of documents without storing them.

    A .jsonl input (or --format jsonl) is a batch: each line {"id", "text" or "html", "url"?,
    "published"?, "title"?} gives one output line with the same id (or an "error" object).
    """
    from wirewatch.pipeline import process
    from wirewatch.sources import iter_inputs

    if published:
        _check_day(published)
    settings = _settings(config, published=published, extract_only=extract_only or None, actors=actors,
                         min_event_confidence=min_event_confidence)
    if fmt is None:
        fmt = Fmt.jsonl if any(Path(i).suffix.lower() in (".jsonl", ".ndjson") for i in inputs) else Fmt.json
    jsonl_in = True if fmt is Fmt.jsonl and any(i == "-" for i in inputs) else None
    items = iter_inputs(inputs, max_bytes=settings.max_bytes, jsonl=jsonl_in)
    failed = 0
    records = []
    for result in process(items, settings):
        if isinstance(result, Rejected):
            failed += 1
            err.print(f"[red]error[/red] {result}", markup=True, highlight=False)
            if fmt is Fmt.jsonl:
                print(_dump({"id": result.id, "error": result.to_dict()}), flush=True)
            continue
        rec = result.to_dict()
        if fmt is Fmt.jsonl:
            print(_dump(rec), flush=True)
        elif fmt is Fmt.text:
            print_record_text(rec)
        else:
            records.append(rec)
    if fmt is Fmt.json and records:
        print(json.dumps(records[0] if len(records) == 1 else records, ensure_ascii=False, indent=1))
    raise typer.Exit(1 if failed else 0)


def _check_day(value: str) -> None:
    from datetime import date

    try:
        date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a YYYY-MM-DD date", param_hint="--published")


def print_record_text(rec: dict) -> None:
    """A readable rendering of one record for the terminal."""
    art = rec["article"]
    pub = art["published"]
    when = pub.get("date") or "unknown"
    if pub.get("inferred"):
        when = f"{pub.get('earliest')}..{pub.get('latest')} (inferred: {pub.get('evidence')})"
    out.print(f"[bold]{art['title'] or '(no title)'}[/bold]  [dim]{rec['id']}[/dim]")
    out.print(f"by {', '.join(art['authors']) or 'unknown'} · {art['publisher'] or 'unknown publisher'} · {when}"
              + (" · syndicated copy" if art["syndicated_copy"] else ""), markup=False)
    out.print()
    out.print(art["text"], markup=False)
    for cap in art["captions"]:
        out.print(f"\n[caption] {cap['text']}", markup=False)
    if art["furniture"]:
        out.print(f"\n[dim]furniture removed: {len(art['furniture'])} items "
                  f"({', '.join(sorted({f['kind'] for f in art['furniture']}))})[/dim]")
    if rec["entities"]:
        table = Table("entity", "type", "country", "sector", "mentions", title="Entities")
        for e in sorted(rec["entities"], key=lambda e: -e.get("salience", 0))[:25]:
            table.add_row(e["name"], e["type"], e.get("country") or "", e.get("sector") or "", str(len(e["mentions"])))
        out.print(table)
    if rec["quotes"]:
        table = Table("speaker", "cue", "via", "quote", title="Quotes")
        for q in rec["quotes"]:
            table.add_row(q.get("speaker_name") or "?", q.get("cue") or "", q.get("via") or "", q["text"][:90])
        out.print(table)
    if rec["events"]:
        table = Table("type", "actor", "recipient", "date", "flags", title="Events")
        for ev in rec["events"]:
            flags = [k for k in ("attempted", "failed", "negated", "hypothetical", "background") if ev.get(k)]
            d = ev.get("date") or {}
            table.add_row(ev["type"], (ev.get("actor") or {}).get("name") or "", (ev.get("recipient") or {}).get("name") or "",
                          f"{d.get('earliest') or ''}..{d.get('latest') or ''}", " ".join(flags))
        out.print(table)


# --------------------------------------------------------------------------------------------
@app.command()
def ingest(
    inputs: List[str] = typer.Argument(..., help="Files, directories, globs or - (JSONL batches by .jsonl suffix)."),
    db: Optional[str] = DbOpt,
    published: Optional[str] = typer.Option(None, help="Publication date YYYY-MM-DD for every input."),
    allow_private: bool = typer.Option(False, "--allow-private",
                                       help="Allow fetching URLs on loopback/private addresses (local use, tests)."),
    archive: Optional[str] = typer.Option(None, "--archive", help="Keep every fetched response in this WARC file."),
    min_event_confidence: Optional[float] = MinEventConfidenceOpt,
    actors: Optional[List[str]] = ActorsOpt,
    config: Optional[Path] = ConfigOpt,
):
    """Analyse and store documents, URLs or WARC archives (idempotent: the same content is stored once)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from wirewatch.ingest import ingest_items
    from wirewatch.sources import iter_inputs
    from wirewatch.sources.files import expand

    if published:
        _check_day(published)
    settings = _settings(config, db=db, published=published, actors=actors,
                         min_event_confidence=min_event_confidence)
    store = _store(settings)
    total = sum(len(expand(i)) for i in inputs if i != "-") or None
    progress = Progress(TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
                        TimeElapsedColumn(), console=err, transient=False, disable=not err.is_terminal)
    with progress:
        task = progress.add_task("ingesting", total=total)
        items = iter_inputs(inputs, max_bytes=settings.max_bytes, allow_private=allow_private or None,
                            archive=archive)
        summary = ingest_items(items, settings, store,
                               on_result=lambda *_: progress.advance(task))
    print_summary(summary)
    raise typer.Exit(1 if summary.failed else 0)


def print_summary(summary) -> None:
    table = Table("stored", "already present", "failed", title="Ingest summary")
    table.add_row(str(summary.stored), str(summary.present), str(len(summary.failed)))
    out.print(table)
    for rej in summary.failed:
        err.print(f"[red]failed[/red] {rej}", highlight=False)


# --------------------------------------------------------------------------------------------
@app.command()
def search(query: str, db: Optional[str] = DbOpt, limit: int = 20, offset: int = 0,
           fmt: Fmt = typer.Option(Fmt.text, "--format", "-f")):
    """Full-text search, ranked, with snippets."""
    store = _store(_settings(db=db))
    hits = store.search(query, limit=limit, offset=offset)
    if fmt is not Fmt.text:
        print(json.dumps(hits, ensure_ascii=False, indent=1 if fmt is Fmt.json else None))
        return
    if not hits:
        out.print("no matches")
    for hit in hits:
        out.print(f"[bold]{hit.get('title') or '(no title)'}[/bold] [dim]{hit['id']} · "
                  f"{hit.get('publisher') or ''} · {hit.get('published') or ''}[/dim]")
        out.print("  " + (hit.get("snippet") or "").replace("\n", " "), markup=False)


@app.command()
def show(ident: str = typer.Argument(..., metavar="ID",
                                     help="Article id; story:N (or a bare number) for a story; entity:N or a name."),
         db: Optional[str] = DbOpt, fmt: Fmt = typer.Option(Fmt.text, "--format", "-f")):
    """Show one stored article (or entity, or story) by id."""
    store = _store(_settings(db=db))
    obj, kind = store.get_article(ident), "article"
    if obj is None and ident.lower().startswith("story:") and ident[6:].isascii() and ident[6:].isdigit():
        obj, kind = store.story_detail(ident[6:]), "story"
    if obj is None and ident.lower().startswith("entity:"):
        obj, kind = store.entity_profile(ident[7:]), "entity"
    if obj is None and ident.isascii() and ident.isdigit():
        obj, kind = store.story_detail(ident), "story"
    if obj is None:
        obj, kind = store.entity_profile(ident), "entity"
    if obj is None:
        err.print(f"no article, story or entity with id {ident!r}")
        raise typer.Exit(1)
    if fmt is not Fmt.text:
        print(json.dumps(obj, ensure_ascii=False, indent=1))
    elif kind == "article":
        print_record_text(obj)
    else:
        out.print_json(data=obj)


@app.command()
def export(fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl, csv, parquet, plover, events-csv"),
           output: Optional[Path] = typer.Option(None, "--out", "-o", help="File (or directory for parquet)."),
           db: Optional[str] = DbOpt):
    """Export the whole store: jsonl (one full record per line), csv, parquet, plover, events-csv."""
    from wirewatch.store.export import export as do_export

    store = _store(_settings(db=db))
    if fmt == "parquet" and output is None:
        raise typer.BadParameter("parquet needs --out DIR", param_hint="--out")
    count = do_export(store, fmt, output if output is not None else sys.stdout)
    err.print(f"exported {count} rows as {fmt}")


@app.command()
def entities(db: Optional[str] = DbOpt, type: Optional[str] = typer.Option(None, "--type"),
             country: Optional[str] = None, limit: int = 50, fmt: Fmt = typer.Option(Fmt.text, "--format", "-f")):
    """List stored canonical entities (with article counts)."""
    rows = _store(_settings(db=db)).entities(type=type, country=country, limit=limit)
    _table(rows, fmt, ["id", "name", "type", "country", "sector", "articles"], "Entities")


@app.command()
def quotes(db: Optional[str] = DbOpt, speaker: Optional[str] = None, limit: int = 50,
           fmt: Fmt = typer.Option(Fmt.text, "--format", "-f")):
    """What people said across all articles, with dates and sources."""
    rows = _store(_settings(db=db)).quotes(speaker=speaker, limit=limit)
    if fmt is Fmt.text:
        rows = [{"speaker": r["speaker"], "cue": r["cue"], "kind": r["kind"], "published": r["article"]["published"],
                 "source": r["article"]["publisher"], "text": r["text"]} for r in rows]
    _table(rows, fmt, ["speaker", "cue", "kind", "published", "source", "text"], "Quotes")


@app.command()
def events(db: Optional[str] = DbOpt, type: Optional[str] = typer.Option(None, "--type"),
           actor: Optional[str] = None, country: Optional[str] = None, since: Optional[str] = None,
           until: Optional[str] = None, limit: int = 100, fmt: Fmt = typer.Option(Fmt.text, "--format", "-f"),
           min_confidence: Optional[float] = typer.Option(
               None, "--min-confidence", min=0.0, max=1.0,
               help="Only events whose learned confidence is at least this (0-1).")):
    """Stored PLOVER events, filterable."""
    rows = _store(_settings(db=db)).events(type=type, actor=actor, country=country, since=since, until=until,
                                           limit=limit, min_confidence=min_confidence)
    if fmt is Fmt.text:
        rows = [{"type": r["type"], "mode": r["mode"], "actor": r["actor"]["name"], "recipient": r["recipient"]["name"],
                 "when": f"{r['earliest'] or ''}..{r['latest'] or ''}", "place": r["place"]["name"],
                 "flags": ",".join(r["flags"]), "article": r["article"]["id"]} for r in rows]
    _table(rows, fmt, ["type", "mode", "actor", "recipient", "when", "place", "flags", "article"], "Events")


@app.command()
def stories(db: Optional[str] = DbOpt, since: Optional[str] = None, limit: int = 50,
            fmt: Fmt = typer.Option(Fmt.text, "--format", "-f")):
    """Story clusters: the same happening told by several sources."""
    store = _store(_settings(db=db))
    rows = [row | {"sources": (store.get_story(row["id"]) or {}).get("sources", [])}
            for row in store.stories(since=since, limit=limit)]
    _table(rows, fmt, ["id", "title", "first_seen", "last_seen", "size", "sources"], "Stories")


def _table(rows: list[dict], fmt: Fmt, columns: list[str], title: str) -> None:
    if fmt is Fmt.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    if fmt is Fmt.jsonl:
        for row in rows:
            print(_dump(row))
        return
    table = Table(*columns, title=title)
    for row in rows:
        table.add_row(*[_cell(row.get(c)) for c in columns])
    out.print(table)


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(map(str, value))
    text = str(value)
    return text if len(text) <= 100 else text[:97] + "..."


# --------------------------------------------------------------------------------------------
@app.command()
def serve(db: Optional[str] = DbOpt, host: str = "127.0.0.1", port: int = 8000,
          token: Optional[str] = typer.Option(None, envvar="WIREWATCH_TOKEN", help="Enables write endpoints.")):
    """Serve the reader (web UI + JSON API) over a store."""
    import uvicorn

    from wirewatch.web import create_app

    settings = _settings(db=db)
    out.print(f"wirewatch reader on http://{host}:{port}  (store: {settings.db})")
    uvicorn.run(create_app(settings, token=token), host=host, port=port, log_level="warning")


@app.command("eval")
def evaluate(shared: Path = typer.Option(Path("../shared"), help="The shared/ folder with the seed gold."),
             fmt: Fmt = typer.Option(Fmt.text, "--format", "-f")):
    """Precision/recall per section against the seed gold and the sample-corpus gold."""
    from wirewatch.evaluate.runner import run_eval

    report = run_eval(shared)
    if fmt is not Fmt.text:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return
    from wirewatch.evaluate.runner import print_report

    print_report(report, out)


from wirewatch.cli_watch import register as _register_watch; _register_watch(app)  # noqa: E402,E702

from wirewatch.cli_batch import register as _register_batch; _register_batch(app)  # noqa: E402,E702


def main() -> None:
    app()


if __name__ == "__main__":
    main()
