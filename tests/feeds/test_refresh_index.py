"""The search index during a refresh: built (when missing) before any feed is stored."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from reader.config import load_settings, resolve_paths
from reader.refresh import refresh
from reader.store.search import SearchIndex
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
    ready, add_articles = SearchIndex.ready, Store.add_articles

    def slow_first_ready(self: SearchIndex) -> None:
        if not events:
            time.sleep(0.3)  # an index that takes a while to open or build
        ready(self)
        events.append("index ready")

    def recorded_add(self: Store, *args: Any, **kwargs: Any) -> list[str]:
        events.append("feed stored")
        return add_articles(self, *args, **kwargs)

    monkeypatch.setattr(SearchIndex, "ready", slow_first_ready)
    monkeypatch.setattr(Store, "add_articles", recorded_add)
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
