"""Each feed's files have their own lock: a write to one feed never waits for another's."""

from __future__ import annotations

import subprocess
import sys
import threading
import time

from sample_entries import entries

from reader.config import resolve_paths
from reader.store.records import feed_key
from reader.store.store import Store

HOLDER = """
import sys, time
from filelock import FileLock
with FileLock(sys.argv[1]):
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
"""

A, B = "https://a.test/feed", "https://b.test/feed"


def _hold(data, url: str, seconds: float) -> subprocess.Popen:
    """Another process holding one feed's lock, as a writer in the middle of a write does."""
    path = data / "db" / "locks" / f"{feed_key(url)}.lock"
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path), str(seconds)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def test_a_write_to_one_feed_does_not_wait_for_another_feeds_lock(tmp_path):
    data = tmp_path / "data"
    store = Store(resolve_paths(data))
    store.add_feeds([(A, "", []), (B, "", [])])
    holder = _hold(data, B, 3.0)
    try:
        start = time.perf_counter()
        ids = store.add_articles(A, entries(20, "a"))
        store.set_read(ids[:5])
        store.update_feed(A, title="A")  # feeds.json has a lock of its own too
        assert time.perf_counter() - start < 1.5
        start = time.perf_counter()
        store.add_articles(B, entries(20, "b"))  # waits for the other process
        assert time.perf_counter() - start > 1.0
    finally:
        holder.kill()
        holder.wait()
    assert len(store.articles()) == 40
    assert sum(r.read for r in store.articles()) == 5


def test_threads_writing_different_feeds_overlap_and_lose_nothing(tmp_path):
    """Writes from threads (a refresh's) to different feeds run side by side; each
    feed's own writes still take turns, so none is lost."""
    data = tmp_path / "data"
    store = Store(resolve_paths(data))
    urls = [f"https://f{n}.test/feed" for n in range(6)]
    store.add_feeds([(u, "", []) for u in urls])
    errors: list[BaseException] = []

    def write(feed: int, part: int) -> None:
        try:
            for round_ in range(5):
                ids = store.add_articles(urls[feed], entries(10, f"f{feed}p{part}r{round_}-"))
                store.set_read(ids[:2])
        except BaseException as exc:
            errors.append(exc)

    threads = [
        threading.Thread(target=write, args=(f, p)) for f in range(len(urls)) for p in range(2)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    fresh = Store(resolve_paths(data))
    rows = fresh.articles()
    assert len(rows) == len(urls) * 2 * 5 * 10
    assert sum(r.read for r in rows) == len(urls) * 2 * 5 * 2
    assert fresh.warnings == []
