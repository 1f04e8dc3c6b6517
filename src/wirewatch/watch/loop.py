"""The watch loop: poll each due source, fetch its new items once, ingest them, fire alerts."""
from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from typing import Callable, Optional

from wirewatch.errors import Rejected
from wirewatch.settings import Settings
from wirewatch.sources import netguard
from wirewatch.sources.feeds import FeedItem, parse_feed, sniff_kind
from wirewatch.sources.fetch import Fetcher, FetchPolicy
from wirewatch.sources.pages import canonical_url, fetch_document
from wirewatch.sources.sitemaps import parse_sitemap
from wirewatch.watch.alerts import AlertRunner
from wirewatch.watch.state import WatchState

MAX_CHILD_SITEMAPS = 25  # of one sitemap index per poll
MAX_NEW_PER_POLL = 200  # the rest stay unseen and come in on the next polls


@dataclass(slots=True)
class PollReport:
    """What one poll of one source did."""

    source_id: int
    url: str
    outcome: str  # ok | not-modified | fetch-failed | blocked
    status: Optional[int] = None
    detail: str = ""
    listed: int = 0
    new: int = 0
    stored: int = 0
    present: int = 0
    failed: int = 0
    fired: int = 0
    failures: list[Rejected] = field(default_factory=list)


class Watcher:
    """Polls the sources kept in the store's watch tables and ingests what is new."""

    def __init__(self, store, settings: Settings, *, allow_private: bool = False, archive=None,
                 policy: Optional[FetchPolicy] = None, resolve: netguard.Resolver = netguard.system_resolve,
                 emit: Optional[Callable[[str], None]] = None, workers: int = 4):
        self.store = store
        self.settings = settings
        self.state = WatchState(store.engine)
        self.allow_private = allow_private
        self.archive = archive
        self.policy = policy or replace(FetchPolicy(), max_bytes=settings.max_bytes)
        self.resolve = resolve
        self.emit = emit or (lambda line: None)
        self.workers = workers
        self._fetchers: dict[bool, Fetcher] = {}
        self.alerts = AlertRunner(self.state, self.fetcher, self.emit)

    def fetcher(self, allow_private: bool) -> Fetcher:
        """The shared fetcher for sources with or without private addresses allowed."""
        allow = bool(allow_private or self.allow_private)
        if allow not in self._fetchers:
            self._fetchers[allow] = Fetcher(replace(self.policy, allow_private=allow), self.resolve,
                                            archive=self.archive)
        return self._fetchers[allow]

    def close(self) -> None:
        """Close the connections."""
        for f in self._fetchers.values():
            f.close()
        self._fetchers.clear()

    # ------------------------------------------------------------------ polling
    def poll_due(self, now: Optional[float] = None) -> list[PollReport]:
        """Poll every source that is due now."""
        self.alerts._alerts = None  # alerts added since the last round count
        return [self.poll(src) for src in self.state.due_sources(now)]

    def run(self, once: bool = False, stop: Optional[threading.Event] = None, max_sleep: float = 60.0,
            on_report: Optional[Callable[[PollReport], None]] = None) -> None:
        """Poll due sources until stopped (or one round with ``once``), sleeping until the next is due."""
        stop = stop or threading.Event()
        while not stop.is_set():
            for report in self.poll_due():
                if on_report:
                    on_report(report)
            if once:
                return
            nxt = self.state.next_due()
            wait = max_sleep if nxt is None else min(max_sleep, max(0.5, nxt - time.time()))
            stop.wait(wait)

    def poll(self, src: dict) -> PollReport:
        """Fetch one source (conditionally), ingest its unseen items, log the poll."""
        report = PollReport(src["id"], src["url"], "ok")
        fetcher = self.fetcher(src["allow_private"])
        try:
            resp = fetcher.get(src["url"], etag=src.get("etag"), last_modified=src.get("last_modified"))
        except Rejected as rej:
            return self._failed(report, rej.reason, rej.detail, None)
        report.status = resp.status
        if resp.not_modified:
            report.outcome = "not-modified"
            self.state.record_fetch(src["id"], status=304, outcome="not-modified", etag=src.get("etag"),
                                    last_modified=src.get("last_modified"), keep_validators=True)
            return report
        if resp.status != 200:
            return self._failed(report, "fetch-failed", f"HTTP {resp.status}", resp.status)
        try:
            items = self._items(src, resp.body, resp.url, fetcher)
        except Rejected as rej:
            return self._failed(report, rej.reason, rej.detail, resp.status)
        report.listed = len(items)
        self._ingest_new(src, items, fetcher, report)
        self.state.record_fetch(src["id"], status=resp.status, outcome="ok", etag=resp.headers.get("etag"),
                                last_modified=resp.headers.get("last-modified"), n_new=report.new,
                                n_stored=report.stored, n_failed=report.failed)
        return report

    def _failed(self, report: PollReport, reason: str, detail: str, status: Optional[int]) -> PollReport:
        report.outcome, report.detail, report.status = reason, detail, status
        self.state.record_fetch(report.source_id, status=status, outcome=reason, detail=detail,
                                keep_validators=True)
        self.emit(f"source #{report.source_id} {report.url}: {reason}: {detail}")
        return report

    def _items(self, src: dict, body: bytes, url: str, fetcher: Fetcher) -> list[FeedItem]:
        kind = src["kind"] if src["kind"] in ("feed", "sitemap") else (sniff_kind(body) or "feed")
        if kind == "feed":
            return parse_feed(body, url)
        items, children = parse_sitemap(body, url)
        for child in children[:MAX_CHILD_SITEMAPS]:
            try:
                sub = fetcher.get(child)
                if sub.status == 200:
                    more, _ = parse_sitemap(sub.body, child)  # one level of index only
                    items.extend(more)
            except Rejected as rej:
                self.emit(f"source #{src['id']} child sitemap {child}: {rej.reason}: {rej.detail}")
        return items

    def _ingest_new(self, src: dict, items: list[FeedItem], fetcher: Fetcher, report: PollReport) -> None:
        from wirewatch.ingest import ingest_items

        by_key: dict[str, FeedItem] = {}
        for item in items:
            by_key.setdefault(canonical_url(item.url), item)
        fresh = self.state.unseen(list(by_key))
        todo = [(k, it) for k, it in by_key.items() if k in fresh][:MAX_NEW_PER_POLL]
        report.new = len(todo)
        if not todo:
            return
        # Pages are fetched in parallel (the fetcher paces each host); analysis runs here, in order.
        with ThreadPoolExecutor(max_workers=max(1, self.workers)) as pool:
            docs = list(pool.map(lambda kv: fetch_document(fetcher, kv[0], published=kv[1].published), todo))
        results: list[tuple[str, object]] = []
        check_alerts = bool(self.alerts.alerts())

        def on_result(status: str, result) -> None:
            results.append((status, result))
            if status == "stored" and check_alerts:
                report.fired += self.alerts.check(result.to_dict())

        ingest_items(docs, self.settings, self.store, on_result=on_result)
        # The pipeline yields one result per input, in input order.
        for (key, item), (status, result) in zip(todo, results):
            if isinstance(result, Rejected):
                report.failed += 1
                report.failures.append(result)
                outcome = "blocked" if result.reason == "blocked" else "failed" \
                    if result.reason == "fetch-failed" else "rejected"
                self.state.mark_seen(key, source_id=src["id"], guid=item.guid, outcome=outcome,
                                     detail=f"{result.reason}: {result.detail}")
            else:
                report.stored += status == "stored"
                report.present += status == "present"
                self.state.mark_seen(key, source_id=src["id"], guid=item.guid, outcome=status,
                                     record_id=result.id)
