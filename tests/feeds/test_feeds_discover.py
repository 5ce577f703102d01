"""Feed discovery: advertised links, Link headers, common paths — all verified by parsing."""

from __future__ import annotations

import pytest
from feed_fixtures import fixture_bytes
from pytest_httpserver import HTTPServer

from reader.feeds.discover import discover, find_feed_links, link_header_feeds
from reader.feeds.errors import FeedError
from reader.feeds.fetch import Fetcher, FetchSettings

PAGE = b"""<!DOCTYPE html><html><head>
<title>Site</title>
<link rel="stylesheet" href="/style.css">
<link rel="alternate" type="application/rss+xml" title="RSS" href="/feeds/rss.xml">
<link rel="Alternate" type="application/atom+xml" href="https://other.example.com/atom">
<link rel="alternate" type="application/feed+json" href="feed.json">
<link rel="alternate" type="text/html" hreflang="fr" href="/fr/">
<link rel="alternate" type="application/rss+xml" href="/feeds/rss.xml">
</head><body>hi</body></html>"""


def test_find_feed_links_resolves_and_filters() -> None:
    assert find_feed_links(PAGE, "https://site.example.com/blog/") == [
        "https://site.example.com/feeds/rss.xml",
        "https://other.example.com/atom",
        "https://site.example.com/blog/feed.json",
    ]


def test_find_feed_links_respects_base_and_survives_junk() -> None:
    page = (
        b'<html><head><base href="https://cdn.example.com/x/">'
        b'<link rel="alternate" type="application/atom+xml" href="a.xml"></head></html>'
    )
    assert find_feed_links(page, "https://site.example.com/") == ["https://cdn.example.com/x/a.xml"]
    assert find_feed_links(b"", "https://site.example.com/") == []
    assert find_feed_links(b"\x00\xff garbage", "https://site.example.com/") == []


def test_link_header_feeds() -> None:
    header = (
        '</feed.atom>; rel="alternate"; type="application/atom+xml", '
        "<https://site.example.com/style.css>; rel=stylesheet, "
        "<rss.xml>; rel=alternate; type=application/rss+xml"
    )
    assert link_header_feeds(header, "https://site.example.com/a/") == [
        "https://site.example.com/feed.atom",
        "https://site.example.com/a/rss.xml",
    ]
    assert link_header_feeds("", "https://site.example.com/") == []
    assert link_header_feeds("nonsense", "https://site.example.com/") == []


def fast() -> FetchSettings:
    return FetchSettings(connect_timeout=2, read_timeout=5, total_timeout=5)


async def test_discover_a_feed_url_directly(server: HTTPServer) -> None:
    server.expect_request("/feed.xml").respond_with_data(fixture_bytes("rss20_basic.xml"))
    async with Fetcher(fast()) as fetcher:
        found = await discover(fetcher, server.url_for("/feed.xml"))
    assert found.url == server.url_for("/feed.xml")
    assert found.feed.title == "Example Daily"


async def test_discover_via_rel_alternate(server: HTTPServer) -> None:
    page = b'<html><head><link rel="alternate" type="application/atom+xml" href="/atom">'
    server.expect_request("/").respond_with_data(page, content_type="text/html")
    server.expect_request("/atom").respond_with_data(fixture_bytes("atom_basic.xml"))
    async with Fetcher(fast()) as fetcher:
        found = await discover(fetcher, server.url_for("/"))
    assert found.url == server.url_for("/atom")
    assert found.feed.kind == "atom"


async def test_discover_skips_advertised_links_that_are_not_feeds(server: HTTPServer) -> None:
    page = (
        b'<html><head><link rel="alternate" type="application/rss+xml" href="/broken">'
        b'<link rel="alternate" type="application/rss+xml" href="file:///etc/passwd">'
        b"</head></html>"
    )
    server.expect_request("/").respond_with_data(page, content_type="text/html")
    server.expect_request("/broken").respond_with_data(b"<html>not a feed</html>")
    server.expect_request("/index.xml").respond_with_data(fixture_bytes("rdf_basic.xml"))
    async with Fetcher(fast()) as fetcher:
        found = await discover(fetcher, server.url_for("/"))
    assert found.url == server.url_for("/index.xml")


async def test_discover_via_link_header(server: HTTPServer) -> None:
    server.expect_request("/").respond_with_data(
        b"<html><body>no head links</body></html>",
        content_type="text/html",
        headers={"Link": '</j.json>; rel="alternate"; type="application/feed+json"'},
    )
    server.expect_request("/j.json").respond_with_data(
        fixture_bytes("jsonfeed11.json"), content_type="application/feed+json"
    )
    async with Fetcher(fast()) as fetcher:
        found = await discover(fetcher, server.url_for("/"))
    assert found.url == server.url_for("/j.json") and found.feed.kind == "json"


async def test_discover_common_path(server: HTTPServer) -> None:
    server.expect_request("/").respond_with_data(b"<html><body>plain</body></html>")
    server.expect_request("/rss").respond_with_data(fixture_bytes("rss20_basic.xml"))
    async with Fetcher(fast()) as fetcher:
        found = await discover(fetcher, server.url_for("/"))
    assert found.url == server.url_for("/rss")


async def test_discover_nothing(server: HTTPServer) -> None:
    server.expect_request("/").respond_with_data(b"<html><body>plain</body></html>")
    async with Fetcher(fast()) as fetcher:
        with pytest.raises(FeedError, match="no feed found at"):
            await discover(fetcher, server.url_for("/"))
        with pytest.raises(FeedError, match="only http"):
            await discover(fetcher, "file:///etc/passwd")


async def test_discover_unreachable(server: HTTPServer) -> None:
    server.expect_request("/down").respond_with_data("", status=503)
    async with Fetcher(fast()) as fetcher:
        with pytest.raises(FeedError, match="HTTP 503"):
            await discover(fetcher, server.url_for("/down"))
