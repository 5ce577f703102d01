"""Article pages cleaned and analysed on every core: worker processes for a refresh.

Cleaning (lxml, readability) and analysis (spaCy and our rules) hold the GIL, so threads
would leave all but one core idle. A full refresh hands each fetched page to a pool of
worker processes instead: started with `spawn` (safe from the app's threads, no forked
locks), each loads the model once in its initializer, and pages go in and bodies come back
as plain data (bytes, a `ParsedEntry`, a dict). The fetching stays async in the calling
process. A refresh of a few pages runs in-process: starting workers and loading the model
in each costs more than it saves (see `benchmarks/refresh_pages.py`).

A worker takes pages a few at a time (`BATCH_PAGES`): it cleans each, then runs the model
over all their texts at once (`analyse_many`), which costs ~25% less CPU a page in spaCy's
parser and NER than a page at a time, with the same results. The pool hands out a batch
as soon as a worker would otherwise wait, and smaller ones towards the end of the refresh,
so that pages keep flowing and the workers finish together.
"""

from __future__ import annotations

import asyncio
import functools
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
BatchAnalyser = Callable[[list[str]], list[Any]]
Page = tuple[ParsedEntry, bytes | None, str | None, str | None]  # entry, html, url, reason
Body = dict[str, Any] | None
# Below this many pages to clean and analyse, a refresh stays in one process. Measured: a
# worker needs ~1.6 s of CPU to start, import and load the model (and ~150 MB), a real page
# ~0.55-0.75 s; two workers win from ~5 pages on two idle cores, and 12 leaves the app's
# small refreshes (a feed or two) in one process, with the model it may already hold.
MIN_POOL_PAGES = 12
MIN_POOL_PAGES_NO_ANALYSIS = 60  # cleaning alone: ~60 ms a page, workers start in ~0.6 s
_WATCH_SECONDS = 0.5  # how often a worker checks that the refresh process is still there
# Pages a worker cleans and then analyses together. Measured on 40 wcxb-dev pages, spaCy's
# CPU a page (HeldGreedy): 219 ms one at a time, 167 in batches of 4, 168 of 8; a batch
# of 4 is ~1.5 s of a worker's time, so the last one leaves the other worker idle little.
BATCH_PAGES = 4


def make_body(
    entry: ParsedEntry,
    html: bytes | None,
    url: str | None,
    reason: str | None,
    analyser: Analyser | None,
) -> dict[str, Any] | None:
    """The body to store for one article: its cleaned page, or the feed's own text when
    the page is missing, empty or shorter (`reason` says why); analysed when asked."""
    return make_bodies([(entry, html, url, reason)], _one_by_one(analyser))[0]


def clean_body(entry: ParsedEntry, html: bytes | None, url: str | None, reason: str | None) -> Body:
    """`make_body` without the analysis."""
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
    return body


def make_bodies(pages: list[Page], analyse_many: BatchAnalyser | None) -> list[Body]:
    """`make_body` of each page, the texts analysed in one call once all are cleaned."""
    bodies = [clean_body(*page) for page in pages]
    if analyse_many is not None:
        todo = [body for body in bodies if body is not None and body["text"]]
        for body, analysis in zip(todo, analyse_many([b["text"] for b in todo]), strict=True):
            body.update(analysis.to_json())
            body["analysed"] = True
    return bodies


def batched(analyser: Analyser | None) -> BatchAnalyser | None:
    """`analyser` over several texts: `analyse_many` for `analyse` (the model run once over
    them all), otherwise a call a text."""
    if analyser is None:
        return None
    from reader.article.analyse import analyse, analyse_many

    return analyse_many if analyser is analyse else _one_by_one(analyser)


def _one_by_one(analyser: Analyser | None) -> BatchAnalyser | None:
    """`analyser` over several texts, a call a text."""
    if analyser is None:
        return None
    return lambda texts: [analyser(text) for text in texts]


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
_analyse_many: BatchAnalyser | None = None


def _start(analyser: Analyser | None, parent: int) -> None:
    """Worker initializer: keep the analyser and load its model now, once per worker."""
    global _analyse_many
    _analyse_many = batched(analyser)
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


def _work(pages: list[Page]) -> list[Body]:
    return make_bodies(pages, _analyse_many)


def _ready() -> None:
    """A no-op task: it returns once a worker has run its initializer."""


# ------------------------------------------------------------ in the refresh process
class PagePool:
    """A pool of worker processes making bodies; use as `async with`, one per refresh.

    Pages wait here until a batch goes to a worker: at once when a worker is free, else
    when `BATCH_PAGES` are waiting (one batch queued behind the busy workers, so that a
    worker never waits for the next). Leaving the block (normally, by an error or by
    cancellation) cancels the batches not started and waits for the workers to finish the
    one each is on, so no process is left behind and an app quitting mid-refresh waits at
    most one batch.
    """

    def __init__(self, workers: int, analyser: Analyser | None, batch: int = BATCH_PAGES) -> None:
        self.workers = workers
        self.batch = batch
        self._executor = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start,
            initargs=(analyser, os.getpid()),
        )
        self._waiting: list[tuple[Page, asyncio.Future[Body]]] = []
        self._running = 0  # batches handed to the workers and not back yet
        self._to_come: int | None = None  # pages still to be asked for, when known

    def warm_up(self) -> None:
        """Start every worker (and load its model) now, while feeds are still fetched."""
        for _ in range(self.workers):
            self._executor.submit(_ready)

    def expect(self, pages: int) -> None:
        """`make_body` will be called `pages` times from now: the last batches are made
        smaller, so that no worker is left with several pages while the other is idle."""
        self._to_come = pages

    async def make_body(
        self, entry: ParsedEntry, html: bytes | None, url: str | None, reason: str | None
    ) -> Body:
        future: asyncio.Future[Body] = asyncio.get_running_loop().create_future()
        self._waiting.append(((entry, html, url, reason), future))
        if self._to_come is not None:
            self._to_come = max(0, self._to_come - 1)
        self._dispatch()
        return await future

    def _batch_size(self) -> int:
        if self._to_come is None:
            return self.batch
        left = len(self._waiting) + self._to_come
        return max(1, min(self.batch, left // (2 * self.workers)))

    def _dispatch(self) -> None:
        """Hand out the waiting pages as the rule in the class docstring says."""
        self._waiting = [(page, future) for page, future in self._waiting if not future.done()]
        while self._waiting and self._running <= self.workers:
            size = self._batch_size()
            if self._running >= self.workers and len(self._waiting) < size:
                return  # every worker busy, one batch may queue: let it fill first
            taken, self._waiting = self._waiting[:size], self._waiting[size:]
            futures = [future for _, future in taken]
            try:
                done = self._executor.submit(_work, [page for page, _ in taken])
            except RuntimeError as error:  # the pool is shutting down
                for future in futures:
                    future.set_exception(error)
                continue
            self._running += 1
            wrapped = asyncio.wrap_future(done)
            wrapped.add_done_callback(functools.partial(self._finished, futures))

    def _finished(self, futures: list[asyncio.Future[Body]], done: asyncio.Future) -> None:
        self._running -= 1
        error = None if done.cancelled() else done.exception()
        for i, future in enumerate(futures):
            if future.done():  # its caller was cancelled
                continue
            if done.cancelled():
                future.cancel()
            elif error is not None:
                future.set_exception(error)
            else:
                future.set_result(done.result()[i])
        self._dispatch()

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)

    async def __aenter__(self) -> PagePool:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await asyncio.to_thread(self.close)
