"""A small news site of our own writing, served for real on 127.0.0.1."""

from __future__ import annotations

import json

import pytest
from courier import STORIES, feed_xml, page_html
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response


@pytest.fixture
def site():
    """Serves /feed.xml (with ETag), /story/N, /index.html (autodiscovery).

    A server of its own per test, so a test may stop it to prove offline reading.
    """
    httpserver = HTTPServer(host="127.0.0.1")
    httpserver.start()
    base = httpserver.url_for("").rstrip("/")
    hits: list[str] = []

    def feed_handler(request: Request) -> Response:
        hits.append(request.path)
        body = feed_xml(base)
        etag = '"v1"'
        if request.headers.get("If-None-Match") == etag:
            return Response(status=304, headers={"ETag": etag})
        return Response(body, content_type="application/rss+xml", headers={"ETag": etag})

    httpserver.expect_request("/feed.xml").respond_with_handler(feed_handler)
    for i, story in enumerate(STORIES):
        httpserver.expect_request(f"/story/{i}").respond_with_data(
            page_html(*story), content_type="text/html; charset=utf-8"
        )
    httpserver.expect_request("/index.html").respond_with_data(
        page_html("Front page", "Today", ["Nothing here but links."]),
        content_type="text/html",
    )
    httpserver.hits = hits
    httpserver.base = base
    yield httpserver
    httpserver.clear()
    if httpserver.is_running():
        httpserver.stop()


def as_json(text: str):
    return json.loads(text)
