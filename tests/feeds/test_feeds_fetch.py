"""The shared HTTP client against a real local server: caps, deadlines, redirects, errors."""

from __future__ import annotations

import asyncio
import email.utils
import functools
import os
import socket
import threading
import time
import tracemalloc
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from reader.feeds.fetch import MB, Fetcher, FetchSettings, parse_retry_after

FEED = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'


def settings(**overrides: object) -> FetchSettings:
    base = {"connect_timeout": 2.0, "read_timeout": 5.0, "total_timeout": 5.0}
    base.update(overrides)
    return FetchSettings(**base)  # type: ignore[arg-type]


async def test_plain_fetch_returns_content_and_validators(server: HTTPServer) -> None:
    server.expect_request("/feed").respond_with_data(
        FEED,
        content_type="application/rss+xml",
        headers={"ETag": '"v1"', "Last-Modified": "Mon, 01 Jul 2024 00:00:00 GMT"},
    )
    async with Fetcher(settings()) as fetcher:
        result = await fetcher.fetch_feed(server.url_for("/feed"))
    assert result.ok and result.status == 200
    assert result.content == FEED
    assert result.content_type == "application/rss+xml"
    assert result.etag == '"v1"'
    assert result.last_modified == "Mon, 01 Jul 2024 00:00:00 GMT"
    assert result.final_url == server.url_for("/feed")


async def test_user_agent_is_honest(server: HTTPServer) -> None:
    seen: list[str] = []

    def handler(request: Request) -> Response:
        seen.append(request.headers.get("User-Agent", ""))
        return Response(FEED)

    server.expect_request("/ua").respond_with_handler(handler)
    async with Fetcher(settings()) as fetcher:
        await fetcher.fetch(server.url_for("/ua"))
    assert seen and seen[0].startswith("newsreader/")


async def test_conditional_get_really_yields_304(server: HTTPServer) -> None:
    def handler(request: Request) -> Response:
        if request.headers.get("If-None-Match") == '"abc"':
            return Response(status=304, headers={"ETag": '"abc"'})
        return Response(FEED, headers={"ETag": '"abc"'})

    server.expect_request("/cond").respond_with_handler(handler)
    async with Fetcher(settings()) as fetcher:
        first = await fetcher.fetch_feed(server.url_for("/cond"))
        second = await fetcher.fetch_feed(server.url_for("/cond"), etag=first.etag)
    assert first.content == FEED and not first.not_modified
    assert second.not_modified and second.ok
    assert second.status == 304 and second.content is None
    assert second.etag == '"abc"'


async def test_if_modified_since_is_sent(server: HTTPServer) -> None:
    stamp = "Mon, 01 Jul 2024 00:00:00 GMT"
    server.expect_request("/ims", headers={"If-Modified-Since": stamp}).respond_with_data(
        "", status=304
    )
    async with Fetcher(settings()) as fetcher:
        result = await fetcher.fetch(server.url_for("/ims"), last_modified=stamp)
    assert result.not_modified and result.last_modified == stamp


async def test_http_500_is_an_error_not_an_exception(server: HTTPServer) -> None:
    server.expect_request("/boom").respond_with_data("oops", status=500)
    async with Fetcher(settings()) as fetcher:
        result = await fetcher.fetch(server.url_for("/boom"))
    assert result.error == "HTTP 500 Internal Server Error"
    assert result.content is None and not result.gone


async def test_http_410_marks_gone(server: HTTPServer) -> None:
    server.expect_request("/gone").respond_with_data("", status=410)
    async with Fetcher(settings()) as fetcher:
        result = await fetcher.fetch(server.url_for("/gone"))
    assert result.gone and result.error == "HTTP 410 Gone"


async def test_retry_after_seconds_and_date(server: HTTPServer) -> None:
    later = email.utils.format_datetime(datetime.now(UTC) + timedelta(seconds=120), usegmt=True)
    server.expect_request("/429").respond_with_data("", status=429, headers={"Retry-After": "30"})
    server.expect_request("/503").respond_with_data("", status=503, headers={"Retry-After": later})
    async with Fetcher(settings()) as fetcher:
        limited = await fetcher.fetch(server.url_for("/429"))
        down = await fetcher.fetch(server.url_for("/503"))
    assert limited.retry_after == 30 and limited.error == "HTTP 429 Too Many Requests"
    assert down.retry_after is not None and 100 <= down.retry_after <= 121


def test_parse_retry_after_edge_cases() -> None:
    now = datetime(2024, 7, 1, tzinfo=UTC)
    assert parse_retry_after("0") == 0
    assert parse_retry_after("Mon, 01 Jul 2024 00:01:00 GMT", now) == 60
    assert parse_retry_after("Sun, 30 Jun 2024 00:00:00 GMT", now) == 0  # in the past
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None


async def test_redirect_is_followed(server: HTTPServer) -> None:
    server.expect_request("/old").respond_with_data("", status=301, headers={"Location": "/new"})
    server.expect_request("/new").respond_with_data(FEED)
    async with Fetcher(settings()) as fetcher:
        result = await fetcher.fetch(server.url_for("/old"))
    assert result.ok and result.content == FEED
    assert result.url == server.url_for("/old")
    assert result.final_url == server.url_for("/new")


async def test_redirect_loop_is_an_error(server: HTTPServer) -> None:
    server.expect_request("/a").respond_with_data("", status=302, headers={"Location": "/b"})
    server.expect_request("/b").respond_with_data("", status=302, headers={"Location": "/a"})
    async with Fetcher(settings()) as fetcher:
        result = await fetcher.fetch(server.url_for("/a"))
    assert result.error == "redirect loop"


async def test_too_many_redirects(server: HTTPServer) -> None:
    for i in range(10):
        server.expect_request(f"/r{i}").respond_with_data(
            "", status=307, headers={"Location": f"/r{i + 1}"}
        )
    async with Fetcher(settings(max_redirects=3)) as fetcher:
        result = await fetcher.fetch(server.url_for("/r0"))
    assert result.error == "too many redirects"


@pytest.mark.parametrize(
    "location", ["file:///etc/passwd", "ftp://example.com/x", "javascript:alert(1)", "data:,x"]
)
async def test_redirect_to_other_scheme_is_refused(server: HTTPServer, location: str) -> None:
    server.expect_request("/evil").respond_with_data("", status=302, headers={"Location": location})
    async with Fetcher(settings()) as fetcher:
        result = await fetcher.fetch_feed(server.url_for("/evil"))
    # httpx itself rejects some Locations before we see them ("invalid redirect").
    assert result.error in ("redirect to a non-http(s) URL refused", "invalid redirect")
    assert result.content is None


async def test_slow_headers_hit_the_total_deadline(server: HTTPServer) -> None:
    def handler(request: Request) -> Response:
        time.sleep(2.5)
        return Response(FEED)

    server.expect_request("/slow").respond_with_handler(handler)
    started = time.monotonic()
    async with Fetcher(settings(total_timeout=1.0)) as fetcher:
        result = await fetcher.fetch(server.url_for("/slow"))
    assert result.error == "timed out after 1 s"
    assert time.monotonic() - started < 2.0


async def test_drip_feed_is_cut_off_at_the_deadline(server: HTTPServer) -> None:
    """A byte every 0.3 s never trips the read timeout; the total deadline must."""

    def drip() -> Iterator[bytes]:
        yield b"<"
        for _ in range(40):  # bounded, in case the server never notices we left
            time.sleep(0.3)
            yield b"x"

    server.expect_request("/drip").respond_with_handler(lambda r: Response(drip()))
    started = time.monotonic()
    async with Fetcher(settings(total_timeout=1.0, read_timeout=5.0)) as fetcher:
        result = await fetcher.fetch(server.url_for("/drip"))
    elapsed = time.monotonic() - started
    assert result.error == "timed out after 1 s"
    assert result.content is None
    assert elapsed < 2.0


@functools.cache
def gzip_bomb() -> bytes:
    """300 MB of zeros, gzip-compressed to ~300 KB, built without holding 300 MB."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = bytes(MB)
    parts = [compressor.compress(block) for _ in range(300)]
    parts.append(compressor.flush())
    return b"".join(parts)


async def test_gzip_bomb_is_capped_with_bounded_memory(server: HTTPServer) -> None:
    bomb = gzip_bomb()
    assert len(bomb) < 1 * MB
    server.expect_request("/bomb").respond_with_data(
        bomb, headers={"Content-Encoding": "gzip"}, content_type="application/rss+xml"
    )
    tracemalloc.start()
    try:
        async with Fetcher(settings()) as fetcher:
            result = await fetcher.fetch_feed(server.url_for("/bomb"))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.error == "response larger than 20 MB"
    assert result.content is None
    # The cap (20 MB) is the most we ever hold; inflating in 64 KiB steps keeps the
    # peak near it instead of near 300 MB.
    assert peak < 40 * MB, peak


async def test_gzip_body_within_cap_is_decompressed(server: HTTPServer) -> None:
    compressor = zlib.compressobj(6, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    body = compressor.compress(FEED) + compressor.flush()
    server.expect_request("/gz").respond_with_data(body, headers={"Content-Encoding": "gzip"})
    server.expect_request("/deflate").respond_with_data(
        zlib.compress(FEED), headers={"Content-Encoding": "deflate"}
    )
    async with Fetcher(settings()) as fetcher:
        gz = await fetcher.fetch(server.url_for("/gz"))
        deflated = await fetcher.fetch(server.url_for("/deflate"))
    assert gz.content == FEED
    assert deflated.content == FEED


async def test_huge_plain_body_is_capped_while_streaming(server: HTTPServer) -> None:
    """260 MB streamed from a generator (never allocated), no Content-Length."""

    def body() -> Iterator[bytes]:
        chunk = b"x" * 65536
        for _ in range(260 * 16):
            yield chunk

    server.expect_request("/huge").respond_with_handler(lambda r: Response(body()))
    started = time.monotonic()
    async with Fetcher(settings()) as fetcher:
        result = await fetcher.fetch_feed(server.url_for("/huge"))
        page = await fetcher.fetch_page(server.url_for("/huge"))
    assert result.error == "response larger than 20 MB"
    assert page.error == "response larger than 10 MB"
    assert time.monotonic() - started < 10


async def test_declared_content_length_over_cap_is_refused_early(server: HTTPServer) -> None:
    server.expect_request("/big").respond_with_data(b"x" * 2048)
    async with Fetcher(settings()) as fetcher:
        result = await fetcher.fetch(server.url_for("/big"), max_bytes=1024)
    assert result.error == "response larger than 1 KB"


async def test_empty_200_is_fetched_as_empty(server: HTTPServer) -> None:
    server.expect_request("/empty").respond_with_data(b"")
    async with Fetcher(settings()) as fetcher:
        result = await fetcher.fetch(server.url_for("/empty"))
    assert result.ok and result.content == b""


async def test_connection_refused() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    async with Fetcher(settings()) as fetcher:
        result = await fetcher.fetch(f"http://127.0.0.1:{port}/feed")
    assert result.error == "connection refused"


async def test_per_host_limit_is_respected(server: HTTPServer) -> None:
    lock = threading.Lock()
    state = {"now": 0, "max": 0}

    def handler(request: Request) -> Response:
        with lock:
            state["now"] += 1
            state["max"] = max(state["max"], state["now"])
        time.sleep(0.15)
        with lock:
            state["now"] -= 1
        return Response(FEED)

    server.expect_request("/slowish").respond_with_handler(handler)
    async with Fetcher(settings(per_host=2, jobs=8)) as fetcher:
        results = await asyncio.gather(
            *(fetcher.fetch(server.url_for("/slowish")) for _ in range(6))
        )
    assert all(r.ok for r in results)
    assert state["max"] <= 2


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "data:text/html,<script>alert(1)</script>",
        "javascript:alert(1)",
        "ftp://example.com/article",
        "//example.com/no-scheme",
        "/relative/path",
        "",
    ],
)
async def test_fetch_page_refuses_other_schemes_without_io(url: str) -> None:
    calls: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(200, content=b"should not happen")

    async with Fetcher(settings(), transport=httpx.MockTransport(record)) as fetcher:
        page = await fetcher.fetch_page(url)
        raw = await fetcher.fetch(url)
    assert page.error and page.content is None
    assert raw.error and raw.content is None
    assert calls == []


async def test_fetch_feed_reads_a_local_file(tmp_path: Path) -> None:
    path = tmp_path / "my feed.xml"
    path.write_bytes(FEED)
    async with Fetcher(settings()) as fetcher:
        by_path = await fetcher.fetch_feed(str(path))
        by_url = await fetcher.fetch_feed(path.as_uri())
        again = await fetcher.fetch_feed(str(path), last_modified=by_path.last_modified)
    assert by_path.content == FEED and by_url.content == FEED
    assert again.not_modified and again.content is None
    os.utime(path, (0, 0))
    async with Fetcher(settings()) as fetcher:
        changed = await fetcher.fetch_feed(str(path), last_modified=by_path.last_modified)
    assert changed.content == FEED


async def test_fetch_feed_local_file_is_capped_and_errors_are_readable(tmp_path: Path) -> None:
    big = tmp_path / "big.xml"
    big.write_bytes(b"x" * 4096)
    async with Fetcher(settings(feed_max_bytes=1024)) as fetcher:
        too_big = await fetcher.fetch_feed(str(big))
        missing = await fetcher.fetch_feed(str(tmp_path / "nope.xml"))
        directory = await fetcher.fetch_feed(str(tmp_path))
        remote_file = await fetcher.fetch_feed("file://otherhost/etc/passwd")
        ftp = await fetcher.fetch_feed("ftp://example.com/feed.xml")
    assert too_big.error == "file larger than 1 KB"
    assert missing.error == "no such file"
    assert directory.error == "not a regular file"
    assert remote_file.error == "file URL on another host refused"
    assert ftp.error == "unsupported URL scheme 'ftp'"
