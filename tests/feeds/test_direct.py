"""GETs driven through h11 on asyncio streams (`reader.feeds.direct`), against real sockets:
kept-alive and closed idle connections, framing, refusals, silences, TLS, cookies, and
what still goes to httpx (a proxy from the environment)."""

from __future__ import annotations

import asyncio
import shutil
import ssl
import subprocess
from collections.abc import Awaitable, Callable
from http.cookiejar import CookieJar
from pathlib import Path

import pytest

from reader.feeds.direct import DirectClient
from reader.feeds.fetch import Fetcher, FetchSettings

HELLO = b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello"
Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


async def _serve(handler: Handler, tls: ssl.SSLContext | None = None) -> asyncio.Server:
    return await asyncio.start_server(handler, "127.0.0.1", 0, ssl=tls)


def _port(server: asyncio.Server) -> int:
    return server.sockets[0].getsockname()[1]


async def _answer_every(raw: bytes) -> tuple[asyncio.Server, list[bytes]]:
    """A server answering every request with `raw`, recording the request heads."""
    heads: list[bytes] = []

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while True:
            try:
                heads.append(await reader.readuntil(b"\r\n\r\n"))
            except asyncio.IncompleteReadError:
                return
            writer.write(raw)
            await writer.drain()

    return await _serve(answer), heads


async def test_an_idle_connection_the_server_closed_is_not_reused() -> None:
    connections = 0

    async def once_then_close(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal connections
        connections += 1
        await reader.readuntil(b"\r\n\r\n")
        writer.write(HELLO)  # HTTP/1.1: keep-alive implied, then closed while idle
        await writer.drain()
        writer.close()

    server = await _serve(once_then_close)
    async with server, Fetcher() as fetcher:
        first = await fetcher.fetch(f"http://127.0.0.1:{_port(server)}/a")
        await asyncio.sleep(0.1)
        second = await fetcher.fetch(f"http://127.0.0.1:{_port(server)}/b")
    assert first.content == second.content == b"hello"
    assert connections == 2


async def test_a_kept_alive_connection_closed_as_it_is_reused_is_retried_on_a_new_one() -> None:
    connections = 0

    async def answer_once_then_drop(
        reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        nonlocal connections
        connections += 1
        await reader.readuntil(b"\r\n\r\n")
        writer.write(HELLO)
        await writer.drain()
        await reader.readuntil(b"\r\n\r\n")  # the next request: dropped unanswered
        writer.close()

    server = await _serve(answer_once_then_drop)
    async with server, Fetcher() as fetcher:
        first = await fetcher.fetch(f"http://127.0.0.1:{_port(server)}/a")
        second = await fetcher.fetch(f"http://127.0.0.1:{_port(server)}/b")
    assert (first.content, second.error, second.content) == (b"hello", None, b"hello")
    assert connections == 2


async def test_kept_alive_connection_is_reused() -> None:
    server, heads = await _answer_every(HELLO)
    connections_before = len(heads)
    async with server, Fetcher() as fetcher:
        for path in ("a", "b", "c"):
            result = await fetcher.fetch(f"http://127.0.0.1:{_port(server)}/{path}")
            assert result.content == b"hello"
        idle = sum(len(v) for v in fetcher._direct._idle.values())  # type: ignore[union-attr]
    assert connections_before == 0 and len(heads) == 3 and idle == 1


async def test_refused_and_silent_servers_give_readable_reasons() -> None:
    async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(5)

    server = await _serve(silent)
    closed = await _serve(silent)
    port = _port(closed)
    closed.close()
    await closed.wait_closed()
    async with server, Fetcher(FetchSettings(read_timeout=0.2)) as fetcher:
        refused = await fetcher.fetch(f"http://127.0.0.1:{port}/")
        quiet = await fetcher.fetch(f"http://127.0.0.1:{_port(server)}/")
        unknown = await fetcher.fetch("http://no-such-host.invalid/")
    assert refused.error == "connection refused"
    assert quiet.error == "no data for 0.2 s"
    assert unknown.error == "host not found"


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    if shutil.which("openssl") is None:
        pytest.skip("openssl not installed")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subject = ["-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"]
    files = ["-nodes", "-days", "1", "-keyout", str(key), "-out", str(cert)]
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", *subject, *files],
        check=True,
        capture_output=True,
    )
    return cert, key


async def test_tls_is_verified_and_then_spoken(certificate: tuple[Path, Path]) -> None:
    cert, key = certificate
    tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    tls.load_cert_chain(cert, key)

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(HELLO)
        await writer.drain()

    server = await _serve(answer, tls)
    url = f"https://127.0.0.1:{_port(server)}/"
    async with server:
        async with Fetcher() as fetcher:  # certifi's trust, as httpx's: not this certificate
            untrusted = await fetcher.fetch(url)
        trusted = ssl.create_default_context(cafile=cert)
        client = DirectClient(5, 5, {}, CookieJar(), keep=2, tls=trusted)
        response = await client.get(url, {})
        body = b"".join([part async for part in response.aiter_raw()])
        client.close()
    assert untrusted.error == "TLS certificate not trusted"
    assert (response.status_code, body) == (200, b"hello")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
            b"5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nX-Trailer: 1\r\n\r\n",
            b"hello world",
        ),
        (b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok", b"ok"),
        (b"HTTP/1.0 200 OK\r\n\r\nuntil the close", b"until the close"),
    ],
)
async def test_bodies_framed_by_chunks_length_or_close(raw: bytes, expected: bytes) -> None:
    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(raw)
        writer.close()  # an HTTP/1.0 body without a length ends with the connection

    server = await _serve(answer)
    async with server, Fetcher() as fetcher:
        result = await fetcher.fetch(f"http://127.0.0.1:{_port(server)}/x")
    assert (result.error, result.content) == (None, expected)


@pytest.mark.parametrize(
    "raw",
    [
        b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort",  # then the close
        b"HTTP/1.1 200 OK\r\nContent-Length: 1, 2\r\n\r\nx",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\nx",
        b"HTTP/1.1 200 OK\r\n folded: line\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        b"SMTP ready\r\n\r\n",
        b"",  # closed without a word
    ],
)
async def test_broken_responses_are_protocol_errors(raw: bytes) -> None:
    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(raw)
        writer.close()

    server = await _serve(answer)
    async with server, Fetcher() as fetcher:
        result = await fetcher.fetch(f"http://127.0.0.1:{_port(server)}/x")
    assert result.error == "server broke the HTTP protocol or closed the connection"


async def test_request_head_and_cookies_round_trip() -> None:
    server, heads = await _answer_every(
        b"HTTP/1.1 200 OK\r\nSet-Cookie: seen=1; Path=/\r\nContent-Length: 0\r\n\r\n"
    )
    port = _port(server)
    async with server, Fetcher() as fetcher:
        await fetcher.fetch(f"http://127.0.0.1:{port}/a b?q=\u00fc", etag='"v1"')
        await fetcher.fetch(f"http://127.0.0.1:{port}/again")
    first, second = (h.decode("latin-1").split("\r\n") for h in heads)
    assert first[0] == "GET /a%20b?q=%C3%BC HTTP/1.1"
    assert f"Host: 127.0.0.1:{port}" in first
    assert 'If-None-Match: "v1"' in first and "Accept-Encoding: gzip, deflate" in first
    assert any(line.startswith("User-Agent: newsreader/") for line in first)
    assert not any(line.startswith("Cookie:") for line in first)
    assert "Cookie: seen=1" in second


async def test_a_header_value_h11_would_not_write_is_refused_unsent() -> None:
    server, heads = await _answer_every(b"HTTP/1.1 304 Not Modified\r\n\r\n")
    async with server, Fetcher() as fetcher:
        result = await fetcher.fetch(f"http://127.0.0.1:{_port(server)}/", etag="a\r\nX: y")
    assert result.error is not None and result.error.startswith("request refused")
    assert heads == []


async def test_a_proxy_named_in_the_environment_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    """httpx sends when a proxy is configured, and goes through it."""
    proxy, heads = await _answer_every(b"HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nvia proxy")
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{_port(proxy)}")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    async with proxy, Fetcher() as fetcher:
        result = await fetcher.fetch("http://feeds.example.org/rss")
    assert result.content == b"via proxy"
    assert heads[0].startswith(b"GET http://feeds.example.org/rss HTTP/1.1")
