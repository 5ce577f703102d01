"""The search index during a refresh: built (when missing) before any feed is stored, and
repaired after a refresh killed with rows held back."""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from reader.config import load_settings, resolve_paths
from reader.refresh import refresh
from reader.store.search import ORPHANED, SearchIndex
from reader.store.store import Store


def _feed(n: int) -> bytes:
    items = "".join(
        f"<item><title>Harbour story {n}-{i}</title><link>https://example.org/{n}/{i}</link>"
        f"<guid>urn:{n}:{i}</guid></item>"
        for i in range(3)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>F{n}</title>{items}'
        "</channel></rss>"
    ).encode()


def test_the_index_is_ready_before_any_feed_is_stored(
    server: HTTPServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rebuild racing the store threads read back (and held) what they had stored."""
    events: list[str] = []
    ready, add_items = SearchIndex.ready, Store.add_feed_items

    def slow_first_ready(self: SearchIndex) -> None:
        if not events:
            time.sleep(0.3)  # an index that takes a while to open or build
        ready(self)
        events.append("index ready")

    def recorded_add(self: Store, *args: Any, **kwargs: Any) -> list[str]:
        events.append("feed stored")
        return add_items(self, *args, **kwargs)

    monkeypatch.setattr(SearchIndex, "ready", slow_first_ready)
    monkeypatch.setattr(Store, "add_feed_items", recorded_add)
    paths = resolve_paths(tmp_path / "data")
    store = Store(paths)
    for n in range(3):
        server.expect_request(f"/f{n}.xml").respond_with_data(
            _feed(n), content_type="application/rss+xml"
        )
        store.add_feed(server.url_for(f"/f{n}.xml"))
    summary = refresh(store, load_settings(paths), fetch_pages=False)
    assert summary.new == 9
    assert events[0] == "index ready" and events.count("feed stored") == 3
    assert len(store.search_index.search("harbour")) == 9


REFRESH = """
import sys
from reader.config import load_settings, resolve_paths
from reader.refresh import refresh
from reader.store.store import Store
paths = resolve_paths(sys.argv[1])
refresh(Store(paths), load_settings(paths), fetch_pages=False)
"""


def test_a_refresh_killed_before_writing_its_index_rows_is_repaired(
    server: HTTPServer, tmp_path: Path
) -> None:
    """Rows are written to the index a thousand at a time; a refresh killed with rows held
    back has stored articles the index does not know, until the next open repairs it."""
    paths = resolve_paths(tmp_path / "data")
    store = Store(paths)
    release = threading.Event()

    def hang(_request: Request) -> Response:
        release.wait(30)  # the last feed keeps the refresh busy until it is killed
        return Response(_feed(9), content_type="application/rss+xml")

    for n in range(3):
        server.expect_request(f"/k{n}.xml").respond_with_data(
            _feed(n), content_type="application/rss+xml"
        )
        store.add_feed(server.url_for(f"/k{n}.xml"))
    server.expect_request("/hang.xml").respond_with_handler(hang)
    store.add_feed(server.url_for("/hang.xml"))
    store.close()
    proc = subprocess.Popen([sys.executable, "-c", REFRESH, str(tmp_path / "data")])
    try:
        deadline = time.monotonic() + 30
        while len(list((paths.db / "articles").glob("*.json"))) < 3:
            assert time.monotonic() < deadline and proc.poll() is None
            time.sleep(0.02)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        release.set()
    after = Store(paths)
    stored = {r.id for r in after.articles()}
    assert len(stored) == 9
    assert after.search_index.search("harbour") == stored
    assert after.search_index.rebuilt == ORPHANED
    after.close()
