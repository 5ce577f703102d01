"""A refresh's rows for the search index: gathered, and written from one thread in batches.

Measured on a 500 × 30 `--feeds-only` refresh, the index written feed by feed (500
transactions of 30 rows) cost more CPU than any other part of storing: each transaction
writes FTS5's new segment and the WAL again (~20,000 `pwrite`s a refresh), and each of its
statements is a point where the index thread lets go of the GIL and then waits to get it
back from the event loop and the store threads. A thousand rows a write make 15 of them.
The batch is crash-safe: `SearchIndex.begin_batch` marks it open, so rows a killed
refresh never wrote are put back the next time the index is opened.

One thread, always the same: SQLite's memory then stays in one malloc arena (written
from the store threads, a 500-feed refresh peaked 4 MB higher).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING

from reader.store.search import Row

if TYPE_CHECKING:  # pragma: no cover - typing only
    from reader.store.store import Store

ROWS_PER_WRITE = 1000
CHARS_PER_WRITE = 1 << 20  # article texts held back at most (a full refresh's bodies)


class IndexWriter:
    """Rows to index, written in batches by a thread of their own; `close` writes the rest."""

    def __init__(self, store: Store) -> None:
        self._store = store  # its index is looked at only once rows come
        self._thread = ThreadPoolExecutor(1, thread_name_prefix="search-index")
        self._turn = threading.Lock()
        self._rows: list[Row] = []
        self._chars = 0
        self._batched = False  # set by `open`: rows are held back until a batch fills
        self._opened = False

    def open(self) -> Future[None]:
        """Open the index (built when missing) and begin a batch; done when both are.

        Before anything is stored: a rebuild racing the store threads read back every
        feed they had stored so far (each article's body looked for), which cost a
        500-feed refresh up to 1 s of CPU and 20 MB of memory.
        """
        self._opened = True
        return self._thread.submit(self._begin)

    def add(self, rows: Iterable[Row]) -> None:
        """Index these rows soon: at once without a batch, else when the batch is full."""
        with self._turn:
            for row in rows:
                self._rows.append(row)
                self._chars += len(row[1]) + len(row[2]) + len(row[3])
            held = len(self._rows) < ROWS_PER_WRITE and self._chars < CHARS_PER_WRITE
            if not self._rows or (self._batched and held):
                return
            batch, self._rows, self._chars = self._rows, [], 0
        self._thread.submit(self._write, batch)

    def close(self) -> None:
        """Write the rows held back, end the batch, and wait for the thread to finish."""
        with self._turn:
            batch, self._rows, self._chars = self._rows, [], 0
        if batch:
            self._thread.submit(self._write, batch)
        if self._opened:
            self._thread.submit(self._end)
        self._thread.shutdown()

    def _begin(self) -> None:
        try:
            self._store.search_index.ready()
            self._batched = self._store.search_index.begin_batch()
        except (sqlite3.Error, OSError) as exc:
            self._store.warnings.append(f"search index not updated: {exc}")

    def _write(self, rows: list[Row]) -> None:
        """Write rows to the search index; it never fails a refresh."""
        try:
            self._store.search_index.add(rows)
        except (sqlite3.Error, OSError) as exc:
            self._store.warnings.append(f"search index not updated: {exc}")

    def _end(self) -> None:
        if not self._batched:
            return
        try:
            self._store.search_index.end_batch()
        except (sqlite3.Error, OSError) as exc:
            self._store.warnings.append(f"search index not updated: {exc}")
