"""Article pages cleaned and analysed on every core: worker processes for a refresh.

Cleaning (lxml, readability) and analysis (spaCy and our rules) hold the GIL, so threads
would leave all but one core idle. A full refresh hands each fetched page to a pool of
worker processes instead: started with `spawn` (safe from the app's threads, no forked
locks), each loads the model once in its initializer, and pages go in and bodies come back
as plain data (bytes, a `ParsedEntry`, a dict). The fetching stays async in the calling
process. A refresh of a few pages runs in-process: starting workers and loading the model
in each costs more than it saves (see `benchmarks/refresh_pages.py`).
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import pickle
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from reader.models import ParsedEntry

Analyser = Callable[[str], Any]
# Below this many pages to clean and analyse, a refresh stays in one process. Measured: a
# worker needs ~1.6 s of CPU to start, import and load the model (and ~150 MB), a real page
# ~0.55-0.75 s; two workers win from ~5 pages on two idle cores, and 12 leaves the app's
# small refreshes (a feed or two) in one process, with the model it may already hold.
MIN_POOL_PAGES = 12
MIN_POOL_PAGES_NO_ANALYSIS = 60  # cleaning alone: ~60 ms a page, workers start in ~0.6 s
_WATCH_SECONDS = 0.5  # how often a worker checks that the refresh process is still there


def make_body(
    entry: ParsedEntry,
    html: bytes | None,
    url: str | None,
    reason: str | None,
    analyser: Analyser | None,
) -> dict[str, Any] | None:
    """The body to store for one article: its cleaned page, or the feed's own text when
    the page is missing, empty or shorter (`reason` says why); analysed when asked."""
    from reader.article.body import body_from_feed, body_from_page  # lxml: pages only

    feed_body = body_from_feed(entry)
    body = None
    if html:
        body = body_from_page(html, url or entry.link)
        if feed_body and body.get("warning"):
            reason = f"{body['warning']}; showing the feed's own text"
            body = None
        elif feed_body and len(body["text"]) < len(feed_body["text"]):
            reason = "the page's cleaned text was shorter than the feed's own content"
            body = None
    if body is None:
        body = feed_body
        if body is None:
            return None
        body["note"] = reason
    if analyser is not None and body["text"]:
        body.update(analyser(body["text"]).to_json())
        body["analysed"] = True
    return body


def worker_count(jobs: int | None) -> int:
    """Worker processes for a refresh: one per core this process may use, at most `jobs`."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, jobs or cores))


def pays_off(pages: int, workers: int, analyser: Analyser | None) -> bool:
    """Whether `pages` are worth starting `workers` processes for, and they can be: the
    analyser must cross to them (a function of a module, not a closure)."""
    least = MIN_POOL_PAGES if analyser is not None else MIN_POOL_PAGES_NO_ANALYSIS
    return workers > 1 and pages >= least and can_cross(analyser)


def can_cross(analyser: Analyser | None) -> bool:
    try:
        pickle.dumps(analyser)
    except (pickle.PicklingError, AttributeError, TypeError):
        return False
    return True


# ------------------------------------------------------------------ in the workers
_analyser: Analyser | None = None


def _start(analyser: Analyser | None, parent: int) -> None:
    """Worker initializer: keep the analyser and load its model now, once per worker."""
    global _analyser
    _analyser = analyser
    _exit_with_parent(parent)
    if analyser is not None:
        from reader.article.nlp import get_nlp

        get_nlp()


def _exit_with_parent(parent: int) -> None:
    """End this worker when the refresh process is gone: a `kill -9` of the app or of
    `newsreader refresh` gives the pool no chance to shut down, and a worker holding the
    model (~150 MB) would otherwise wait for work forever. `parent` is the pid the pool was
    made in, not what `os.getppid()` says at start: the parent may be gone already."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(_WATCH_SECONDS)
        os._exit(0)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _work(
    entry: ParsedEntry, html: bytes | None, url: str | None, reason: str | None
) -> dict[str, Any] | None:
    return make_body(entry, html, url, reason, _analyser)


def _ready() -> None:
    """A no-op task: it returns once a worker has run its initializer."""


# ------------------------------------------------------------ in the refresh process
class PagePool:
    """A pool of worker processes making bodies; use as `async with`, one per refresh.

    Leaving the block (normally, by an error or by cancellation) cancels the pages not
    started and waits for the workers to finish the one each is on, so no process is left
    behind and an app quitting mid-refresh waits at most one page.
    """

    def __init__(self, workers: int, analyser: Analyser | None) -> None:
        self.workers = workers
        self._executor = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start,
            initargs=(analyser, os.getpid()),
        )

    def warm_up(self) -> None:
        """Start every worker (and load its model) now, while feeds are still fetched."""
        for _ in range(self.workers):
            self._executor.submit(_ready)

    async def make_body(
        self, entry: ParsedEntry, html: bytes | None, url: str | None, reason: str | None
    ) -> dict[str, Any] | None:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, _work, entry, html, url, reason)

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)

    async def __aenter__(self) -> PagePool:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await asyncio.to_thread(self.close)
