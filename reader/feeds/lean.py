"""HTTP/1.1 GETs for feeds and pages on plain asyncio streams, without httpx's layers.

Why: a 500-feed `--feeds-only` refresh is bound by one core's worth of Python, and the
HTTP client was the largest part of it. Measured on loopback nginx, 500 feed GETs 8 at a
time: through httpx (client, httpcore pool, h11) 0.62 s of CPU; the same GETs on asyncio
streams with the response head split by hand 0.04 s. A refresh only ever sends GET, so
this is a GET: keep-alive connections per host, bodies framed by Content-Length, chunked
or the connection's close, TLS with httpx's own trust settings, and httpx's cookie jar
(the client's own, so cookies set here are sent there and back).

What stays with httpx: a proxy from the environment, credentials in the URL, a header
value we would not write as it is, and an injected transport (tests). Failures are raised
as httpx's exception types, so the fetcher gives the same reasons as before. The caps,
the deadline and the redirects stay in `reader.feeds.fetch`, which reads the raw body.
"""

from __future__ import annotations

import asyncio
import os
import re
import ssl
import time
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass
from typing import overload

import httpx

Key = tuple[str, str, int]  # scheme, host (IDNA), port
Head = tuple[int, int, str, "Headers"]  # HTTP/1.x minor version, status, reason, headers
_LIMIT = 64 * 1024  # longest response head or chunk-size line, and the read size
_KEEPALIVE = 5.0  # seconds an idle connection is kept (httpx's default too)
_HAPPY_EYEBALLS = 0.25  # seconds before trying a host's next address (anyio's default)
_NO_BODY = frozenset({204, 304})
_BAD_VALUE = re.compile(r"[^\t\x20-\x7e\x80-\xff]")  # what h11 would refuse to send
_STATUS = re.compile(r"HTTP/1\.([01]) (\d{3})(?: (.*))?")
_PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy")


def proxied_by_environment() -> bool:
    """Whether httpx would send requests through a proxy named in the environment."""
    return any(os.environ.get(v) or os.environ.get(v.upper()) for v in _PROXY_VARIABLES)


@dataclass(slots=True)
class _Connection:
    key: Key
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    idle_since: float = 0.0

    def close(self) -> None:
        self.writer.close()


class Headers:
    """A response's headers: case-insensitive, repeated ones joined as httpx joins them."""

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        self.pairs = pairs
        self._values: dict[str, list[str]] = {}
        for name, value in pairs:
            self._values.setdefault(name.lower(), []).append(value)

    @overload
    def get(self, name: str) -> str | None: ...
    @overload
    def get(self, name: str, default: str) -> str: ...

    def get(self, name: str, default: str | None = None) -> str | None:
        values = self._values.get(name.lower())
        return ", ".join(values) if values else default

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._values


class LeanResponse:
    """The part of `httpx.Response` the fetcher reads: status, headers, URL, raw body."""

    def __init__(
        self,
        client: LeanClient,
        connection: _Connection,
        url: httpx.URL,
        head: Head,
    ) -> None:
        minor, self.status_code, self.reason_phrase, self.headers = head
        self.url = url
        self._client = client
        self._connection: _Connection | None = connection
        self._keep = _keeps_alive(minor, self.headers)
        self._length: int | None = None  # bytes of the body left; None: chunked or close
        self._chunked = False
        if self.status_code in _NO_BODY:
            self._length = 0
        elif (self.headers.get("transfer-encoding") or "").strip().lower() == "chunked":
            self._chunked = True
        elif "transfer-encoding" in self.headers:  # h11 refuses any other coding too
            raise httpx.RemoteProtocolError("unsupported Transfer-Encoding")
        else:
            self._length = _content_length(self.headers)
            self._keep = self._keep and self._length is not None
        if self._length == 0:
            self._finish()

    async def aiter_raw(self) -> AsyncIterator[bytes]:
        """The body as received (still compressed), in reads of at most 64 KiB."""
        connection = self._connection
        if connection is None:
            return
        body = self._chunks(connection) if self._chunked else self._plain(connection)
        async for part in body:
            yield part
        self._finish()

    async def _plain(self, connection: _Connection) -> AsyncIterator[bytes]:
        left = self._length
        while left is None or left > 0:
            part = await self._client.read(
                connection, _LIMIT if left is None else min(left, _LIMIT)
            )
            if not part:
                if left is None:  # delimited by the connection's close
                    return
                raise httpx.RemoteProtocolError("server closed the body early")
            if left is not None:
                left -= len(part)
            yield part

    async def _chunks(self, connection: _Connection) -> AsyncIterator[bytes]:
        while True:
            line = await self._client.line(connection)
            size_text = line.split(b";", 1)[0].strip()
            if not size_text or size_text.strip(b"0123456789abcdefABCDEF"):
                raise httpx.RemoteProtocolError("bad chunk size")
            size = int(size_text, 16)
            if size == 0:
                while await self._client.line(connection) not in (b"\r\n", b"\n"):
                    pass  # trailers, ignored
                return
            while size:
                part = await self._client.read(connection, min(size, _LIMIT))
                if not part:
                    raise httpx.RemoteProtocolError("server closed the body early")
                size -= len(part)
                yield part
            if await self._client.line(connection) not in (b"\r\n", b"\n"):
                raise httpx.RemoteProtocolError("chunk not followed by CRLF")

    def _finish(self) -> None:
        """The whole body is read: the connection goes back to the pool when it may."""
        connection, self._connection = self._connection, None
        if connection is not None:
            self._client.release(connection, self._keep)

    async def aclose(self) -> None:
        """Stop reading: a body not read to its end takes its connection with it."""
        connection, self._connection = self._connection, None
        if connection is not None:
            connection.close()


def _keeps_alive(minor: int, headers: Headers) -> bool:
    tokens = {t.strip().lower() for t in (headers.get("connection") or "").split(",")}
    return "keep-alive" in tokens if minor == 0 else "close" not in tokens


def _content_length(headers: Headers) -> int | None:
    value = headers.get("content-length")
    if value is None:
        return None
    lengths = {v.strip() for v in value.split(",")}
    if len(lengths) != 1 or not next(iter(lengths)).isdigit():
        raise httpx.RemoteProtocolError("bad Content-Length")
    return int(lengths.pop())


class _Stale(Exception):
    """Internal: a kept-alive connection was closed before it answered; try a new one."""


class LeanClient:
    """GETs over kept-alive connections, at most `keep` of them idle at once."""

    def __init__(
        self,
        connect_timeout: float,
        read_timeout: float,
        headers: Mapping[str, str],
        cookies: httpx.Cookies,
        keep: int,
        tls: ssl.SSLContext | None = None,
    ) -> None:
        """`tls`: the context for https (by default httpx's, with its trust settings)."""
        self._connect_timeout = connect_timeout
        self._read_timeout = read_timeout
        self._headers = dict(headers)
        self.cookies = cookies
        self._keep = keep
        self._idle: dict[Key, list[_Connection]] = {}
        self._idle_count = 0
        self._tls = tls

    def handles(self, url: httpx.URL, headers: Mapping[str, str]) -> bool:
        """Whether this GET can go here (else httpx sends it)."""
        return (
            url.scheme in ("http", "https")
            and not url.userinfo
            and not any(_BAD_VALUE.search(v) for v in headers.values())
        )

    async def get(self, url: httpx.URL, headers: Mapping[str, str]) -> LeanResponse:
        """Send a GET and read the response's head; the body is read by the caller."""
        key = (url.scheme, url.raw_host.decode("ascii"), url.port or _default_port(url))
        request = self._request(url, headers)
        while True:
            connection = self._take_idle(key)
            reused = connection is not None
            if connection is None:
                connection = await self._connect(key)
            try:
                await self._write(connection, request)
                head = await self._read_head(connection, reused)
                response = LeanResponse(self, connection, url, head)
            except _Stale:
                connection.close()
                continue  # GET is safe to send again, and only a reused one is stale
            except BaseException:
                connection.close()
                raise
            if "set-cookie" in response.headers:
                self.cookies.extract_cookies(_as_httpx(response))
            return response

    def _request(self, url: httpx.URL, headers: Mapping[str, str]) -> bytes:
        lines = [f"GET {url.raw_path.decode('ascii')} HTTP/1.1", f"Host: {url.netloc.decode()}"]
        lines += [f"{name}: {value}" for name, value in {**self._headers, **headers}.items()]
        if self.cookies.jar:
            probe = httpx.Request("GET", url)
            self.cookies.set_cookie_header(probe)
            if cookie := probe.headers.get("cookie"):
                lines.append(f"Cookie: {cookie}")
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")

    async def _connect(self, key: Key) -> _Connection:
        scheme, host, port = key
        tls = self._tls_context() if scheme == "https" else None
        try:
            async with asyncio.timeout(self._connect_timeout):
                reader, writer = await asyncio.open_connection(
                    host,
                    port,
                    ssl=tls,
                    server_hostname=host if tls else None,
                    happy_eyeballs_delay=_HAPPY_EYEBALLS,
                    limit=_LIMIT,
                )
        except TimeoutError as exc:
            raise httpx.ConnectTimeout(str(exc) or "timed out") from exc
        except OSError as exc:  # ssl.SSLError included: a certificate not trusted
            raise httpx.ConnectError(str(exc)) from exc
        return _Connection(key, reader, writer)

    def _tls_context(self) -> ssl.SSLContext:
        if self._tls is None:  # made on first use: ~15 ms, and plain http needs none
            self._tls = httpx.create_ssl_context()
        return self._tls

    async def _write(self, connection: _Connection, request: bytes) -> None:
        try:
            async with asyncio.timeout(self._read_timeout):
                connection.writer.write(request)
                await connection.writer.drain()
        except TimeoutError as exc:
            raise httpx.WriteTimeout("timed out") from exc
        except OSError as exc:
            raise httpx.WriteError(str(exc)) from exc

    async def _read_head(
        self, connection: _Connection, reused: bool
    ) -> tuple[int, int, str, Headers]:
        """Status and headers of the response (informational 1xx ones skipped)."""
        while True:
            try:
                async with asyncio.timeout(self._read_timeout):
                    raw = await connection.reader.readuntil(b"\r\n\r\n")
            except asyncio.IncompleteReadError as exc:
                if reused and not exc.partial:
                    raise _Stale from None
                raise httpx.RemoteProtocolError("server disconnected without a response") from exc
            except asyncio.LimitOverrunError as exc:
                raise httpx.RemoteProtocolError("response head too long") from exc
            except TimeoutError as exc:
                raise httpx.ReadTimeout("timed out") from exc
            except OSError as exc:
                if reused:
                    raise _Stale from None
                raise httpx.ReadError(str(exc)) from exc
            head = _parse_head(raw)
            if not 100 <= head[1] < 200:
                return head
            reused = False  # an answer came: the connection was alive

    async def read(self, connection: _Connection, size: int) -> bytes:
        """Up to `size` bytes of a body; b"" at the end of the stream."""
        try:
            async with asyncio.timeout(self._read_timeout):
                return await connection.reader.read(size)
        except TimeoutError as exc:
            raise httpx.ReadTimeout("timed out") from exc
        except OSError as exc:
            raise httpx.ReadError(str(exc)) from exc

    async def line(self, connection: _Connection) -> bytes:
        """One line of a chunked body's framing, its CRLF included."""
        try:
            async with asyncio.timeout(self._read_timeout):
                return await connection.reader.readuntil(b"\n")
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError) as exc:
            raise httpx.RemoteProtocolError("bad chunked body") from exc
        except TimeoutError as exc:
            raise httpx.ReadTimeout("timed out") from exc
        except OSError as exc:
            raise httpx.ReadError(str(exc)) from exc

    def _take_idle(self, key: Key) -> _Connection | None:
        idle = self._idle.get(key)
        while idle:
            connection = idle.pop()
            self._idle_count -= 1
            fresh = time.monotonic() - connection.idle_since < _KEEPALIVE
            if fresh and not connection.reader.at_eof() and not connection.writer.is_closing():
                return connection
            connection.close()
        return None

    def release(self, connection: _Connection, keep: bool) -> None:
        """A connection whose response was read to its end: kept for the next GET."""
        if not keep or self._idle_count >= self._keep or connection.writer.is_closing():
            connection.close()
            return
        connection.idle_since = time.monotonic()
        self._idle.setdefault(connection.key, []).append(connection)
        self._idle_count += 1

    def close(self) -> None:
        for idle in self._idle.values():
            for connection in idle:
                connection.close()
        self._idle.clear()
        self._idle_count = 0


def _default_port(url: httpx.URL) -> int:
    return 443 if url.scheme == "https" else 80


def _parse_head(raw: bytes) -> Head:
    """(HTTP minor version, status, reason, headers) of a response head."""
    text = raw.decode("latin-1")
    status_line, _, rest = text[:-4].partition("\r\n")
    match = _STATUS.fullmatch(status_line)
    if match is None:
        raise httpx.RemoteProtocolError("bad status line")
    pairs = []
    for line in rest.split("\r\n") if rest else ():
        name, colon, value = line.partition(":")
        if not colon or not name or name != name.strip() or line[0] in " \t":
            raise httpx.RemoteProtocolError("bad header line")  # folded lines too, as h11
        pairs.append((name, value.strip(" \t")))
    return int(match[1]), int(match[2]), match[3] or "", Headers(pairs)


def _as_httpx(response: LeanResponse) -> httpx.Response:
    """Just enough of an httpx response for its cookie jar to read Set-Cookie from."""
    return httpx.Response(
        response.status_code,
        headers=response.headers.pairs,
        request=httpx.Request("GET", response.url),
    )
