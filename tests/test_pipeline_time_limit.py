"""The extraction time limit holds in the main thread and in worker threads (Dask, web server)."""
from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from wirewatch import pipeline
from wirewatch.errors import Rejected
from wirewatch.settings import Settings
from wirewatch.sources.raw import RawDocument


def _spin(raw, settings):
    end = time.monotonic() + 30
    while time.monotonic() < end:  # pure Python: interruptible between bytecodes
        pass
    raise AssertionError("the time limit did not stop the extraction")


def _extract(monkeypatch):
    monkeypatch.setattr("wirewatch.extract.extract_record", _spin)
    raw = RawDocument(data="x", format="text", name="slow.txt", id="slow")
    started = time.monotonic()
    res = pipeline.extract_one(raw, Settings(max_seconds=0.3))
    return res, time.monotonic() - started


def test_time_limit_in_the_main_thread(monkeypatch):
    res, took = _extract(monkeypatch)
    assert isinstance(res, Rejected) and res.reason == "timeout" and res.id == "slow"
    assert took < 5


def test_time_limit_in_a_worker_thread(monkeypatch):
    with ThreadPoolExecutor(1) as pool:
        res, took = pool.submit(_extract, monkeypatch).result(timeout=20)
    assert isinstance(res, Rejected) and res.reason == "timeout"
    assert took < 5


def test_a_block_within_the_limit_leaves_no_stray_exception():
    def work():
        for _ in range(20):
            with pipeline.time_limit(0.05):
                pass
        time.sleep(0.3)  # every timer would have fired by now
        return sum(range(100_000))

    with ThreadPoolExecutor(1) as pool:
        assert pool.submit(work).result(timeout=20) == sum(range(100_000))


def test_timeout_raised_inside_the_block_in_a_thread():
    def work():
        with pytest.raises(pipeline._Timeout):
            with pipeline.time_limit(0.1):
                while True:
                    pass
        return "after"

    with ThreadPoolExecutor(1) as pool:
        assert pool.submit(work).result(timeout=20) == "after"
