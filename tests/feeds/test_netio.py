"""httpcore on plain asyncio streams (`reader.feeds.netio`): what anyio's backend did for us,
against real sockets: idle connections the server closed, refusals, silences, TLS."""

from __future__ import annotations

import asyncio
import shutil
import ssl
import subprocess
from collections.abc import Awaitable, Callable
from pathlib import Path

import httpx
import pytest

from reader.feeds.fetch import Fetcher, FetchSettings
from reader.feeds.netio import use_asyncio

HELLO = b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello"
Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


async def _serve(handler: Handler, tls: ssl.SSLContext | None = None) -> asyncio.Server:
    return await asyncio.start_server(handler, "127.0.0.1", 0, ssl=tls)


def _port(server: asyncio.Server) -> int:
    return server.sockets[0].getsockname()[1]


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


async def test_kept_alive_connection_is_reused() -> None:
    connections = 0

    async def keep_alive(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal connections
        connections += 1
        while await reader.readuntil(b"\r\n\r\n"):
            writer.write(HELLO)
            await writer.drain()

    server = await _serve(keep_alive)
    async with server, Fetcher() as fetcher:
        for path in ("a", "b", "c"):
            result = await fetcher.fetch(f"http://127.0.0.1:{_port(server)}/{path}")
            assert result.content == b"hello"
    assert connections == 1


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
    assert refused.error == "connection refused"
    assert quiet.error == "no data for 0.2 s"


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
        async with Fetcher() as fetcher:  # the system's trust store: not this certificate
            untrusted = await fetcher.fetch(url)
        transport = httpx.AsyncHTTPTransport(verify=ssl.create_default_context(cafile=cert))
        assert use_asyncio(transport)
        async with httpx.AsyncClient(transport=transport) as client:
            response = await client.get(url)
    assert untrusted.error == "TLS certificate not trusted"
    assert response.content == b"hello"
    assert response.extensions["network_stream"].get_extra_info("ssl_object") is not None
