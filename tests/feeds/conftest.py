"""Shared helpers for the feed-layer tests: fixture files and a local, threaded HTTP server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytest_httpserver import HTTPServer


@pytest.fixture(scope="module")
def _threaded_server() -> Iterator[HTTPServer]:
    # Threaded, so a test whose handler is still dripping bytes to a client that gave up
    # does not hold up the next request.
    server = HTTPServer(host="127.0.0.1", threaded=True)
    server.start()
    yield server
    server.clear()
    if server.is_running():
        server.stop()


@pytest.fixture
def server(_threaded_server: HTTPServer) -> Iterator[HTTPServer]:
    """A local HTTP server (127.0.0.1 only — the tests never touch the internet)."""
    yield _threaded_server
    _threaded_server.clear()
