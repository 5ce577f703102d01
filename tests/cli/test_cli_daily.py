"""The CLI side of issue 10 ("the reader's daily flow"), on real servers on 127.0.0.1."""

from __future__ import annotations

import json

import pytest
from pytest_httpserver import HTTPServer


@pytest.fixture
def server():
    httpserver = HTTPServer(host="127.0.0.1")
    httpserver.start()
    yield httpserver
    httpserver.clear()
    if httpserver.is_running():
        httpserver.stop()


TRUNCATED_ATOM = (
    '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Cut short</title>'
    '<entry><title>One</title><link href="http://a.test/1"/><id>1</id></entry>'
    '<entry><title>Two</title><link href="http://a.te'
)


def test_malformed_and_truncated_feeds_show_an_error(server, cli):
    server.expect_request("/bad.xml").respond_with_data(
        "<rss><channel><title>Bad<item><title>x</title></channel>",
        content_type="application/rss+xml",
    )
    server.expect_request("/cut.xml").respond_with_data(
        TRUNCATED_ATOM, content_type="application/atom+xml"
    )
    bad, cut = server.url_for("/bad.xml"), server.url_for("/cut.xml")
    from reader.config import resolve_paths
    from reader.store.store import Store

    store = Store(resolve_paths(cli.data))  # `add` checks a feed first: subscribe directly
    store.add_feed(bad)
    store.add_feed(cut)
    store.close()
    _code, _out, err = cli("refresh", "--feeds-only")
    assert "1 failed" in err, err
    feeds = {f["url"]: f for f in json.loads(cli("feeds", "--json")[1])}
    assert "malformed XML" in feeds[bad]["error"]
    assert "malformed XML" in feeds[cut]["error"] and feeds[cut]["unread"] == 2
