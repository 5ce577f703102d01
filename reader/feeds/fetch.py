"""One shared async HTTP client for everything the reader fetches (feeds and article pages).

Why it is written this way:
- Bounded: a global and a per-host semaphore, a connect/read timeout *and* a total deadline
  per request (a server dripping a byte a second never trips a read timeout), a cap on the
  decompressed size, a limit on redirects.
- Memory stays bounded on a gzip bomb: we ask for gzip/deflate only and inflate the raw
  stream ourselves in 64 KiB steps (`zlib` with `max_length`), instead of letting one
  network chunk expand a thousandfold at once.
- It never raises for network or HTTP trouble: a `FetchResult` carries a short reason a
  person can read ("timed out after 60 s", "HTTP 500 Internal Server Error").
- Only http(s) goes out on the network, redirects included. A local file is read only by
  `fetch_feed`, because the user subscribed to that path themselves.
"""

from __future__ import annotations

import asyncio
import email.utils
import errno
import os
import zlib
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from http import HTTPStatus
from http.cookiejar import CookieJar
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Protocol, overload
from urllib.parse import unquote, urljoin, urlsplit
from urllib.request import url2pathname

from reader.feeds.direct import DirectClient, proxied_by_environment, seconds
from reader.feeds.errors import FetchFailed
from reader.sanitize import clean_line, is_fetchable

if TYPE_CHECKING:  # pragma: no cover - typing only; httpx is imported only when it sends
    import httpx

    from reader.feeds.viahttpx import HttpxSender

__all__ = ["FetchResult", "FetchSettings", "Fetcher", "parse_retry_after"]

MB = 1024 * 1024
_CHUNK = 64 * 1024
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
USER_AGENT = "newsreader/0.1 (+https://github.com/newsreader/newsreader; terminal feed reader)"


@dataclass(slots=True)
class FetchSettings:
    """Limits for all fetching; one instance is shared by the whole refresh."""

    jobs: int = 16
    """Requests in flight at once, over all hosts."""
    per_host: int = 8
    """Requests in flight at once to one host (be polite to small sites)."""
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    """Longest silence between two received chunks."""
    total_timeout: float = 60.0
    """Deadline for a whole request: redirects, headers and body together."""
    max_redirects: int = 5
    feed_max_bytes: int = 20 * MB
    """Cap on a feed's decompressed size."""
    page_max_bytes: int = 10 * MB
    """Cap on an article page's decompressed size."""
    user_agent: str = USER_AGENT


@dataclass(slots=True)
class FetchResult:
    """What one fetch produced; `error` is set (and `content` None) when it failed."""

    url: str
    """The URL (or path) that was asked for."""
    final_url: str | None = None
    """Where the content actually came from, after redirects."""
    status: int | None = None
    content: bytes | None = None
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False
    """True on 304 (or an unchanged local file): keep what we have."""
    error: str | None = None
    """Short human-readable reason, e.g. "timed out after 60 s"."""
    gone: bool = False
    """HTTP 410: the publisher says the feed is gone for good."""
    retry_after: int | None = None
    """Seconds to wait, from Retry-After on 429/503."""
    link_header: str | None = None
    """The HTTP Link header, which may point at the site's feeds (used by discovery)."""

    @property
    def ok(self) -> bool:
        return self.error is None


def _size(limit: int) -> str:
    return f"{limit / MB:g} MB" if limit >= MB else f"{limit / 1024:g} KB"


def parse_retry_after(value: str | None, now: datetime | None = None) -> int | None:
    """Retry-After as seconds: delta-seconds or an HTTP-date (RFC 9110 §10.2.3)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return int(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    delta = (when - (now or datetime.now(UTC))).total_seconds()
    return max(0, int(delta + 0.999))


class _Inflater:
    """Decodes Content-Encoding in bounded steps, so output size is checked as it grows."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        self._zlib: zlib._Decompress | None = None
        self._raw_deflate_tried = False
        if encoding in ("gzip", "x-gzip"):
            self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._zlib = zlib.decompressobj()

    def feed(self, data: bytes) -> Iterator[bytes]:
        if self._zlib is None:
            if data:
                yield data
            return
        while data:
            try:
                out = self._zlib.decompress(data, _CHUNK)
            except zlib.error:
                # "deflate" is sometimes sent raw, without the zlib header.
                if self.encoding != "deflate" or self._raw_deflate_tried:
                    raise
                self._raw_deflate_tried = True
                self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
                continue
            self._raw_deflate_tried = True
            if out:
                yield out
            if self._zlib.unconsumed_tail:
                data = self._zlib.unconsumed_tail
            elif self._zlib.eof and self._zlib.unused_data and self.encoding != "deflate":
                data = self._zlib.unused_data  # the next member of a multi-member gzip
                self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
            else:
                data = b""


class Response(Protocol):
    """A response as the fetcher reads it, from either client."""

    status_code: int
    reason_phrase: str
    url: str

    @property
    def headers(self) -> _HeaderLookup: ...

    def aiter_raw(self) -> AsyncIterator[bytes]: ...

    async def aclose(self) -> None: ...


class _HeaderLookup(Protocol):
    @overload
    def get(self, name: str) -> str | None: ...
    @overload
    def get(self, name: str, default: str) -> str: ...


class Fetcher:
    """Async context manager owning the refresh's HTTP clients.

    Plain GETs go through `reader.feeds.direct` (h11 on asyncio streams); httpx's client
    is made only for what that does not take (`reader.feeds.viahttpx`): a proxy in the
    environment, credentials in a URL, a non-ASCII host, an injected transport.

    >>> async with Fetcher() as fetcher:
    ...     result = await fetcher.fetch_feed("https://example.org/feed.xml")
    """

    def __init__(
        self,
        settings: FetchSettings | None = None,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.settings = settings or FetchSettings()
        self._transport = transport
        self._headers = {"User-Agent": self.settings.user_agent, "Accept-Encoding": "gzip, deflate"}
        self._cookies = CookieJar()  # one jar for both clients
        self._direct: DirectClient | None = None
        self._httpx: HttpxSender | None = None  # made when first needed
        self._open = False
        self._all = asyncio.Semaphore(self.settings.jobs)
        self._hosts: dict[str, asyncio.Semaphore] = {}

    async def __aenter__(self) -> Fetcher:
        s = self.settings
        self._open = True
        if self._transport is None and not proxied_by_environment():
            self._direct = DirectClient(
                s.connect_timeout,
                s.read_timeout,
                {"Accept": "*/*", **self._headers},
                self._cookies,
                keep=s.jobs,
            )
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        self._open = False
        if self._direct is not None:
            self._direct.close()
            self._direct = None
        if self._httpx is not None:
            await self._httpx.aclose()
            self._httpx = None

    async def _send(self, url: str, headers: dict[str, str]) -> Response:
        """GET `url` and read the response head, through whichever client takes it."""
        if self._direct is not None and DirectClient.handles(url):
            return await self._direct.get(url, headers)
        if self._httpx is None:
            from reader.feeds.viahttpx import HttpxSender

            s = self.settings
            self._httpx = HttpxSender(
                s.connect_timeout,
                s.read_timeout,
                s.total_timeout,
                s.jobs,
                self._headers,
                self._cookies,
                self._transport,
            )
        return await self._httpx.get(url, headers)

    # ---------------------------------------------------------------------------------

    async def fetch_feed(
        self, url_or_path: str, etag: str | None = None, last_modified: str | None = None
    ) -> FetchResult:
        """Fetch a subscribed feed: an http(s) URL, or a local path / file:// URL."""
        from reader.demo import bundled_path

        target = bundled_path(url_or_path.strip()) or url_or_path.strip()
        scheme = urlsplit(target).scheme.lower()
        if scheme in ("http", "https"):
            return await self.fetch(
                target,
                etag=etag,
                last_modified=last_modified,
                max_bytes=self.settings.feed_max_bytes,
            )
        if scheme == "file" or scheme == "" or (len(scheme) == 1 and os.name == "nt"):
            return await asyncio.to_thread(self._read_local, target, last_modified)
        return FetchResult(url=url_or_path, error=f"unsupported URL scheme {scheme!r}")

    async def fetch_page(self, url: str) -> FetchResult:
        """Fetch an article page. Only http(s): a feed decides these links, not the user."""
        if not is_fetchable(url):
            return FetchResult(url=url, error="refused: only http(s) links are fetched")
        return await self.fetch(url, max_bytes=self.settings.page_max_bytes)

    async def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        max_bytes: int | None = None,
    ) -> FetchResult:
        """GET an http(s) URL with conditional headers; never raises for network trouble."""
        if not is_fetchable(url):
            return FetchResult(url=url, error="refused: only http(s) links are fetched")
        if not self._open:
            raise RuntimeError("Fetcher used outside 'async with'")
        cap = max_bytes or self.settings.feed_max_bytes
        host = (urlsplit(url).hostname or "").lower()
        host_limit = self._hosts.setdefault(host, asyncio.Semaphore(self.settings.per_host))
        async with self._all, host_limit:
            try:
                async with asyncio.timeout(self.settings.total_timeout):
                    return await self._follow(url, etag, last_modified, cap)
            except TimeoutError:
                reason = f"timed out after {seconds(self.settings.total_timeout)}"
            except FetchFailed as failed:
                reason = failed.reason
            except zlib.error:
                reason = "corrupt compressed response"
            except OSError as exc:
                reason = _os_reason(exc)
        return FetchResult(url=url, error=reason)

    async def _follow(
        self, url: str, etag: str | None, last_modified: str | None, cap: int
    ) -> FetchResult:
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = url
        seen = {url}
        for _ in range(self.settings.max_redirects + 1):
            response = await self._send(current, headers)
            try:
                location = response.headers.get("location")
                if response.status_code in _REDIRECTS and location:
                    try:
                        target = urljoin(response.url, location.strip())
                    except ValueError:
                        raise FetchFailed("invalid redirect") from None
                    if not is_fetchable(target):
                        raise FetchFailed("redirect to a non-http(s) URL refused")
                    if target in seen:
                        raise FetchFailed("redirect loop")
                    seen.add(target)
                    current = target
                    continue
                return await self._read(response, url, etag, last_modified, cap)
            finally:
                await response.aclose()
        raise FetchFailed("too many redirects")

    async def _read(
        self,
        response: Response,
        url: str,
        etag: str | None,
        last_modified: str | None,
        cap: int,
    ) -> FetchResult:
        h = response.headers
        result = FetchResult(
            url=url,
            final_url=response.url,
            status=response.status_code,
            content_type=h.get("content-type"),
            etag=h.get("etag") or None,
            last_modified=h.get("last-modified") or None,
            link_header=h.get("link") or None,
        )
        code = response.status_code
        if code == 304:
            result.not_modified = True
            result.etag = result.etag or etag
            result.last_modified = result.last_modified or last_modified
            return result
        if not 200 <= code < 300:
            result.error = f"HTTP {code} {_phrase(response)}".rstrip()
            result.gone = code == 410
            if code in (429, 503):
                result.retry_after = parse_retry_after(h.get("retry-after"))
            return result
        declared = h.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise FetchFailed(f"response larger than {_size(cap)}")
        encoding = h.get("content-encoding", "identity").strip().lower()
        if encoding not in ("identity", "", "gzip", "x-gzip", "deflate"):
            raise FetchFailed(f"unsupported content encoding {clean_line(encoding, 40)!r}")
        inflater = _Inflater(encoding)
        parts: list[bytes] = []
        total = 0
        async for raw in response.aiter_raw():
            for chunk in inflater.feed(raw):
                total += len(chunk)
                if total > cap:
                    raise FetchFailed(f"response larger than {_size(cap)}")
                parts.append(chunk)
        result.content = b"".join(parts)
        return result

    # ---------------------------------------------------------------------------------

    def _read_local(self, target: str, last_modified: str | None) -> FetchResult:
        """Read a subscribed local file, size-capped; unchanged mtime → not_modified."""
        cap = self.settings.feed_max_bytes
        parts = urlsplit(target)
        if parts.scheme.lower() == "file":
            if parts.netloc not in ("", "localhost"):
                return FetchResult(url=target, error="file URL on another host refused")
            path = Path(url2pathname(unquote(parts.path)))
        else:
            path = Path(target).expanduser()
        try:
            info = path.stat()
            if not path.is_file():
                return FetchResult(url=target, error="not a regular file")
            stamp = email.utils.formatdate(info.st_mtime, usegmt=True)
            if last_modified and last_modified == stamp:
                return FetchResult(
                    url=target,
                    final_url=path.resolve().as_uri(),
                    not_modified=True,
                    last_modified=stamp,
                )
            if info.st_size > cap:
                return FetchResult(url=target, error=f"file larger than {_size(cap)}")
            with path.open("rb") as handle:
                data = handle.read(cap + 1)
        except OSError as exc:
            return FetchResult(url=target, error=_os_reason(exc))
        if len(data) > cap:
            return FetchResult(url=target, error=f"file larger than {_size(cap)}")
        return FetchResult(
            url=target,
            final_url=path.resolve().as_uri(),
            content=data,
            last_modified=stamp,
        )


def _phrase(response: Response) -> str:
    try:
        return HTTPStatus(response.status_code).phrase
    except ValueError:
        return clean_line(response.reason_phrase, 60)


def _os_reason(exc: OSError) -> str:
    if exc.errno == errno.ECONNREFUSED:
        return "connection refused"
    if exc.errno == errno.ENOENT:
        return "no such file"
    if exc.errno == errno.EACCES:
        return "permission denied"
    return clean_line(exc.strerror or str(exc), 120) or "I/O error"
