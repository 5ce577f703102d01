"""httpcore's connections on plain asyncio streams, in place of its anyio backend.

Why: a 500-feed `--feeds-only` refresh is bound by one core's worth of Python, and about
half of that was httpx/httpcore. Of it, anyio's layer cost the most that is not HTTP work:
its typed-attribute lookup behind every idle connection's `is_readable` check (the pool
checks each connection's socket on every request: ~7% of the refresh's GIL time, with
`asyncio.current_task` called each time) and a cancel scope per read and write. Here a
read or a write is one `asyncio.timeout` around the stream call, and the check is one
`poll` on a socket kept at connect time. httpx still does the HTTP (h11), the pooling,
the redirects we vet and the proxies from the environment; only the bytes move here.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
from collections.abc import Iterable
from typing import Any

import httpcore
from httpcore._utils import is_socket_readable

SocketOption = tuple[Any, ...]  # as `socket.setsockopt` takes them
_HAPPY_EYEBALLS = 0.25  # seconds before trying the host's next address (anyio's default too)


class AsyncioStream(httpcore.AsyncNetworkStream):
    """One TCP (or TLS) connection as an asyncio reader and writer."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._reader = reader
        self._writer = writer
        self._socket: socket.socket | None = writer.get_extra_info("socket")

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        try:
            async with asyncio.timeout(timeout):
                return await self._reader.read(max_bytes)
        except TimeoutError as exc:
            raise httpcore.ReadTimeout(str(exc)) from exc
        except OSError as exc:
            raise httpcore.ReadError(str(exc)) from exc

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if not buffer:
            return
        try:
            async with asyncio.timeout(timeout):
                self._writer.write(buffer)
                await self._writer.drain()
        except TimeoutError as exc:
            raise httpcore.WriteTimeout(str(exc)) from exc
        except OSError as exc:
            raise httpcore.WriteError(str(exc)) from exc

    async def aclose(self) -> None:
        # Not waiting for the close to complete, as anyio's socket streams don't: a pool
        # closing many connections (or a cancelled refresh) must not wait on peers.
        self._writer.close()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        try:
            async with asyncio.timeout(timeout):
                await self._writer.start_tls(ssl_context, server_hostname=server_hostname)
        except TimeoutError as exc:
            self._writer.close()
            raise httpcore.ConnectTimeout(str(exc)) from exc
        except (OSError, ssl.SSLError) as exc:  # ssl.SSLError is an OSError; said twice
            self._writer.close()
            raise httpcore.ConnectError(str(exc)) from exc
        return self  # the writer (and its reader) now speak TLS

    def get_extra_info(self, info: str) -> Any:
        if info == "is_readable":  # asked of every idle connection on every request
            return self._reader.at_eof() or (
                self._socket is not None and is_socket_readable(self._socket)
            )
        if info == "ssl_object":
            return self._writer.get_extra_info("ssl_object")
        if info == "client_addr":
            return self._writer.get_extra_info("sockname")
        if info == "server_addr":
            return self._writer.get_extra_info("peername")
        if info == "socket":
            return self._socket
        return None


class AsyncioBackend(httpcore.AsyncNetworkBackend):
    """Opens `AsyncioStream`s; what httpcore's pool calls to connect."""

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[SocketOption] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        try:
            async with asyncio.timeout(timeout):
                reader, writer = await asyncio.open_connection(
                    host,
                    port,
                    local_addr=(local_address, 0) if local_address else None,
                    happy_eyeballs_delay=_HAPPY_EYEBALLS,
                )
        except TimeoutError as exc:
            raise httpcore.ConnectTimeout(str(exc)) from exc
        except OSError as exc:
            raise httpcore.ConnectError(str(exc)) from exc
        stream = AsyncioStream(reader, writer)
        for option in socket_options or ():
            if stream._socket is not None:
                stream._socket.setsockopt(*option)
        return stream

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


def use_asyncio(transport: Any) -> bool:
    """Have an httpx transport's direct connections use `AsyncioBackend`; False (and the
    transport left as it was) when it is not one httpx builds with a plain pool."""
    pool = getattr(transport, "_pool", None)
    if type(pool) is not httpcore.AsyncConnectionPool:  # a proxy, or another httpx
        return False
    pool._network_backend = AsyncioBackend()
    return True
