"""GETs driven through h11 on plain asyncio streams, without httpx's client and pool.

Why: a 500-feed `--feeds-only` refresh is bound by one core's worth of Python, and the
HTTP client was the largest part of it. Measured on loopback nginx, 500 feed GETs 8 at a
time: through httpx (client, httpcore's pool, anyio's locks and cancel scopes, h11)
0.57–0.71 s of CPU; the same GETs driven through h11 here 0.10 s. Importing httpx also
costs ~10 MB of a refresh's peak memory and ~80 ms, so this path does not import it.

h11 (the HTTP/1.1 engine httpx itself speaks through) owns the protocol: request and
response framing, chunked bodies, header validation, 1xx responses, keep-alive rules. What
is ours is the plumbing around it: one asyncio connection per request in flight, kept
alive per host while idle, timeouts per operation, TLS with the same trust as httpx, and a
cookie jar. What it does not take (`handles`): credentials in the URL and non-ASCII host
names, which httpx encodes (`reader.feeds.viahttpx`), and proxies, checked by the fetcher.
Failures are raised as `FetchFailed` with the reason the fetcher has always given.
"""

from __future__ import annotations

import asyncio
import errno
import os
import socket
import ssl
import time
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field
from http.cookiejar import CookieJar
from typing import overload
from urllib.parse import SplitResult, quote, urlsplit

import h11

from reader.feeds.errors import FetchFailed
from reader.sanitize import clean_line

Key = tuple[str, str, int]  # scheme, host, port
_READ = 64 * 1024
_HEAD_LIMIT = 100 * 1024  # longest response head h11 buffers (httpcore's limit too)
_KEEPALIVE = 5.0  # seconds an idle connection is kept (httpx's default too)
_HAPPY_EYEBALLS = 0.25  # seconds before trying a host's next address (anyio's default)
_TARGET_SAFE = "/%:@!$&'()*+,;=-._~?"  # kept as they are in a request target
_PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy")
_BROKE = "server broke the HTTP protocol or closed the connection"


def proxied_by_environment() -> bool:
    """Whether a proxy is named in the environment (then httpx sends, and honours it)."""
    return any(os.environ.get(v) or os.environ.get(v.upper()) for v in _PROXY_VARIABLES)


def seconds(value: float) -> str:
    return f"{value:g} s"


@dataclass(slots=True)
class _Connection:
    key: Key
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    protocol: h11.Connection = field(
        default_factory=lambda: h11.Connection(h11.CLIENT, max_incomplete_event_size=_HEAD_LIMIT)
    )
    idle_since: float = 0.0
    heard: bool = False  # a byte of the response to the request in flight has come

    def close(self) -> None:
        self.writer.close()


class Headers:
    """A response's headers: case-insensitive; repeated ones joined as httpx joins them."""

    def __init__(self, raw: list[tuple[bytes, bytes]]) -> None:
        self._values: dict[str, list[str]] = {}
        for name, value in raw:  # h11 gives names lower-cased
            self._values.setdefault(name.decode("ascii"), []).append(_text(value))

    @overload
    def get(self, name: str) -> str | None: ...
    @overload
    def get(self, name: str, default: str) -> str: ...

    def get(self, name: str, default: str | None = None) -> str | None:
        values = self._values.get(name.lower())
        return ", ".join(values) if values else default

    def pairs(self) -> list[tuple[str, str]]:
        return [(name, value) for name, values in self._values.items() for value in values]


def _text(value: bytes) -> str:
    """A header value as text: UTF-8 when it is, else Latin-1 (as httpx decodes them)."""
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        return value.decode("latin-1")


class DirectResponse:
    """What the fetcher reads of a response: status, headers, URL and the raw body."""

    def __init__(self, client: DirectClient, connection: _Connection, url: str, head: h11.Response):
        self.status_code = head.status_code
        self.reason_phrase = _text(head.reason)
        self.headers = Headers(list(head.headers))
        self.url = url
        self._client = client
        self._connection: _Connection | None = connection

    async def aiter_raw(self) -> AsyncIterator[bytes]:
        """The body as received (still compressed), a network read at a time."""
        connection = self._connection
        while connection is not None:
            event = await self._client.next_event(connection)
            if isinstance(event, h11.Data):
                yield bytes(event.data)
            elif isinstance(event, h11.EndOfMessage):
                self._connection = None
                self._client.release(connection)
                return
            else:  # h11 gives only data and the end after a response head
                raise FetchFailed(_BROKE)

    async def aclose(self) -> None:
        """Stop reading: a body not read to its end takes its connection with it."""
        connection, self._connection = self._connection, None
        if connection is not None:
            connection.close()


class DirectClient:
    """GETs over kept-alive connections, at most `keep` of them idle at once."""

    def __init__(
        self,
        connect_timeout: float,
        read_timeout: float,
        headers: Mapping[str, str],
        cookies: CookieJar,
        keep: int,
        tls: ssl.SSLContext | None = None,
    ) -> None:
        """`tls`: the context for https (by default one with httpx's trust settings)."""
        self._connect_timeout = connect_timeout
        self._read_timeout = read_timeout
        self._headers = [(name.encode(), value.encode()) for name, value in headers.items()]
        self.cookies = cookies
        self._keep = keep
        self._idle: dict[Key, list[_Connection]] = {}
        self._idle_count = 0
        self._tls = tls

    @staticmethod
    def handles(url: str) -> bool:
        """Whether this GET can go here (else httpx sends it)."""
        parts = urlsplit(url)
        host = parts.hostname or ""
        return "@" not in parts.netloc and host.isascii() and bool(host)

    async def get(self, url: str, headers: Mapping[str, str]) -> DirectResponse:
        """Send a GET and read the response's head; the caller reads the body."""
        parts = urlsplit(url)
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError:
            raise FetchFailed("invalid URL") from None
        key = (parts.scheme, (parts.hostname or "").lower(), port)
        request = self._request(url, parts, headers)
        while True:
            connection = self._take_idle(key)
            reused = connection is not None
            if connection is None:
                connection = await self._connect(key)
            try:
                head = await self._exchange(connection, request, reused)
            except _Stale:
                connection.close()
                continue  # a GET is safe to send again, and only a reused one is stale
            except BaseException:
                connection.close()
                raise
            response = DirectResponse(self, connection, url, head)
            if response.headers.get("set-cookie") is not None:
                from reader.feeds.cookies import remember

                remember(self.cookies, url, response.headers.pairs())
            return response

    def _request(self, url: str, parts: SplitResult, headers: Mapping[str, str]) -> h11.Request:
        target = quote(parts.path or "/", safe=_TARGET_SAFE)
        if parts.query:
            target += "?" + quote(parts.query, safe=_TARGET_SAFE)
        fields = [(b"Host", parts.netloc.encode("ascii")), *self._headers]
        fields += [(name.encode(), value.encode()) for name, value in headers.items()]
        if len(self.cookies):
            from reader.feeds.cookies import cookie_header

            if cookie := cookie_header(self.cookies, url):
                fields.append((b"Cookie", cookie.encode()))
        try:
            return h11.Request(method="GET", target=target, headers=fields)
        except h11.LocalProtocolError as exc:
            raise FetchFailed(f"request refused: {clean_line(str(exc), 80)}") from None

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
                    limit=_READ,
                )
        except TimeoutError:
            raise FetchFailed(
                f"connection timed out after {seconds(self._connect_timeout)}"
            ) from None
        except OSError as exc:  # ssl.SSLError included: a certificate not trusted
            raise FetchFailed(_connect_reason(exc)) from None
        return _Connection(key, reader, writer)

    def _tls_context(self) -> ssl.SSLContext:
        if self._tls is None:  # made on first use: ~30 ms, and plain http needs none
            from reader.feeds.trust import ssl_context

            self._tls = ssl_context()
        return self._tls

    async def _exchange(
        self, connection: _Connection, request: h11.Request, reused: bool
    ) -> h11.Response:
        """Send the request; return the response head (informational 1xx ones skipped)."""
        state = connection.protocol
        data = (state.send(request) or b"") + (state.send(h11.EndOfMessage()) or b"")
        try:
            async with asyncio.timeout(self._read_timeout):
                connection.writer.write(data)
                await connection.writer.drain()
        except TimeoutError:
            raise FetchFailed("timed out") from None
        except OSError:
            if reused:
                raise _Stale from None
            raise FetchFailed("connection lost while sending") from None
        while True:
            try:
                event = await self.next_event(connection)
            except _Closed as closed:
                if reused:  # closed while idle, before it read our request
                    raise _Stale from None
                raise FetchFailed(closed.reason) from None
            if isinstance(event, h11.Response):
                return event
            reused = False  # an informational response: the connection was alive

    async def next_event(self, connection: _Connection) -> h11.Event:
        """h11's next event from the connection, reading from the network as it asks."""
        state = connection.protocol
        while True:
            try:
                event = state.next_event()
            except h11.RemoteProtocolError:
                raise FetchFailed(_BROKE) from None
            if event is not h11.NEED_DATA:
                assert not isinstance(event, type)  # PAUSED comes only to servers
                return event
            try:
                async with asyncio.timeout(self._read_timeout):
                    data = await connection.reader.read(_READ)
            except TimeoutError:
                raise FetchFailed(f"no data for {seconds(self._read_timeout)}") from None
            except OSError:
                if not connection.heard:
                    raise _Closed("connection lost while reading") from None
                raise FetchFailed("connection lost while reading") from None
            if not data and not connection.heard:
                raise _Closed(_BROKE)
            connection.heard = True
            state.receive_data(data)

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

    def release(self, connection: _Connection) -> None:
        """A connection whose response was read to its end: kept for the next GET."""
        state = connection.protocol
        reusable = state.our_state is h11.DONE and state.their_state is h11.DONE
        if not reusable or self._idle_count >= self._keep or connection.writer.is_closing():
            connection.close()
            return
        state.start_next_cycle()
        connection.heard = False
        connection.idle_since = time.monotonic()
        self._idle.setdefault(connection.key, []).append(connection)
        self._idle_count += 1

    def close(self) -> None:
        for idle in self._idle.values():
            for connection in idle:
                connection.close()
        self._idle.clear()
        self._idle_count = 0


class _Stale(Exception):
    """Internal: a kept-alive connection was closed before it answered; try a new one."""


class _Closed(Exception):
    """Internal: the connection closed before a byte of the response came."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _connect_reason(exc: OSError) -> str:
    """Why a connection could not be made, in the words `reader.feeds.fetch` uses."""
    if isinstance(exc, ssl.SSLCertVerificationError):
        return "TLS certificate not trusted"
    if isinstance(exc, socket.gaierror):
        return "host not found"
    if exc.errno == errno.ECONNREFUSED or "refused" in str(exc).lower():
        return "connection refused"
    return f"could not connect: {clean_line(str(exc), 120)}"
