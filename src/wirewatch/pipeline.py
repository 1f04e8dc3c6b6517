"""The runner: raw documents -> extracted records -> parsed -> analysed, in batches.

Each stage is a plain function; the runner calls them in order, checks what each returns
and turns any failure into a :class:`Rejected` naming the input and the stage, so one bad
document never stops a batch.
"""
from __future__ import annotations

import contextlib
import signal
import threading
from itertools import islice
from typing import Iterable, Iterator, Optional

from wirewatch.errors import Rejected, StageError
from wirewatch.record import Record
from wirewatch.settings import Settings
from wirewatch.sources.raw import RawDocument

Result = Record | Rejected

# Below this many documents a second process costs more (model load) than it saves.
MULTIPROCESS_MIN_DOCS = 64


class _Timeout(Exception):
    pass


@contextlib.contextmanager
def time_limit(seconds: float):
    """Raise _Timeout in this thread if the block runs longer than ``seconds``.

    The main thread uses SIGALRM; other threads (Dask workers, the web server's pool) a timer
    that raises _Timeout asynchronously in the running thread. Both interrupt Python code
    between bytecodes only (a long single C call finishes first).
    """
    if seconds <= 0:
        yield
    elif threading.current_thread() is threading.main_thread():
        with _alarm_limit(seconds):
            yield
    else:
        with _thread_limit(seconds):
            yield


@contextlib.contextmanager
def _alarm_limit(seconds: float):
    def _alarm(signum, frame):
        raise _Timeout()

    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextlib.contextmanager
def _thread_limit(seconds: float):
    import ctypes

    tid = threading.get_ident()
    lock = threading.Lock()
    state = {"done": False, "fired": False}

    def _fire():
        with lock:  # never raise into the thread once it has left the block
            if not state["done"]:
                state["fired"] = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(tid), ctypes.py_object(_Timeout))

    timer = threading.Timer(seconds, _fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["done"] = True
        timer.cancel()
        if state["fired"]:
            # Delivered late (after the block's last bytecode)? Clear it so it cannot escape elsewhere.
            ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(tid), None)


def extract_one(raw: RawDocument, settings: Settings) -> Result:
    """Extraction with the time limit; every failure becomes a typed rejection."""
    from wirewatch.extract import extract_record

    try:
        with time_limit(settings.max_seconds):
            record = extract_record(raw, settings)
    except Rejected as rej:
        rej.id = rej.id or raw.id
        return rej
    except _Timeout:
        return Rejected(raw.name, "timeout", f"extraction took over {settings.max_seconds:g}s", raw.id)
    except Exception as exc:  # a bug on one input must not stop the batch
        return Rejected(raw.name, "stage-failed", f"extract: {type(exc).__name__}: {exc}", raw.id)
    if not isinstance(record, Record):
        return Rejected(raw.name, "stage-failed", f"extract returned {type(record).__name__}", raw.id)
    if settings.published:
        _override_published(record, settings.published)
    return record


def _override_published(record: Record, day: str) -> None:
    pub = record.article.published
    pub.date = pub.earliest = pub.latest = day
    pub.inferred = False
    pub.evidence = "given by the caller"


def process(items: Iterable[RawDocument | Rejected], settings: Settings,
            components: Optional[list] = None) -> Iterator[Result]:
    """Run the whole pipeline over raw documents; rejections pass through in input order."""
    comps = None
    chunk_size = max(settings.batch_size * 4, 1)
    iterator = iter(items)
    while True:
        chunk = list(islice(iterator, chunk_size))
        if not chunk:
            return
        extracted = [item if isinstance(item, Rejected) else extract_one(item, settings) for item in chunk]
        if settings.extract_only:
            yield from extracted
            continue
        if comps is None:
            from wirewatch.analyze import default_components
            comps = components if components is not None else default_components()
        yield from analyze_records(extracted, settings, comps)


def analyze_records(results: list[Result], settings: Settings, components: list) -> Iterator[Result]:
    """Parse every record's text with one nlp.pipe call, then run the components on each."""
    from wirewatch.analyze.resources import resources_for

    res = resources_for(settings)
    records = [r for r in results if isinstance(r, Record)]
    n_process = settings.n_process or (2 if len(records) >= MULTIPROCESS_MIN_DOCS else 1)
    docs = res.nlp.pipe((r.article.text for r in records), batch_size=settings.batch_size,
                        n_process=n_process)
    for record, doc in zip(records, docs):
        record.doc = doc
    for result in results:
        if isinstance(result, Rejected):
            yield result
            continue
        yield run_components(result, res, components)


def run_components(record: Record, res, components: list) -> Result:
    """Run the analysis components in order; name the stage that failed."""
    for comp in components:
        try:
            out = comp(record, res)
            if not isinstance(out, Record):
                raise StageError(comp.name, f"returned {type(out).__name__}, not a Record")
            record = out
        except Exception as exc:
            name = record.source.path or record.source.url or record.id
            return Rejected(name, "stage-failed", f"{comp.name}: {type(exc).__name__}: {exc}", record.id)
    record.doc = None  # the Doc is working state; free it
    return record
