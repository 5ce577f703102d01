"""GETs through httpx's client: for what `reader.feeds.direct` does not take.

That is a proxy named in the environment (httpx honours it: no transport is passed, so
httpx reads `HTTP_PROXY`, `NO_PROXY`, … itself), credentials in the URL, a non-ASCII host
name, and a transport injected by a caller (tests). Imported only then: httpx costs
~10 MB and ~80 ms to import. Its exceptions become `FetchFailed` with the same reasons
the direct path gives.
"""

from __future__ import annotations

import errno
import sys
from collections.abc import AsyncIterator, Mapping
from http.cookiejar import CookieJar

# httpx imports its command-line client (click, rich, pygments) whenever they happen to be
# installed (Textual brings rich); we never run it: ~6 MB and ~100 modules. A None entry
# makes that one import fail, which httpx expects and handles.
sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
import httpx  # noqa: E402

from reader.feeds.errors import FetchFailed  # noqa: E402
from reader.sanitize import clean_line  # noqa: E402


class HttpxResponse:
    """An httpx response as the fetcher reads it; httpx's errors become `FetchFailed`."""

    def __init__(self, response: httpx.Response, describe: _Describe) -> None:
        self._response = response
        self._describe = describe
        self.status_code = response.status_code
        self.reason_phrase = response.reason_phrase
        self.headers = response.headers
        self.url = str(response.url)

    async def aiter_raw(self) -> AsyncIterator[bytes]:
        try:
            async for part in self._response.aiter_raw():
                yield part
        except httpx.HTTPError as exc:
            raise FetchFailed(self._describe(exc)) from None

    async def aclose(self) -> None:
        await self._response.aclose()


class HttpxSender:
    """The one `httpx.AsyncClient` of a fetcher, made when first needed."""

    def __init__(
        self,
        connect_timeout: float,
        read_timeout: float,
        pool_timeout: float,
        jobs: int,
        headers: Mapping[str, str],
        cookies: CookieJar,
        transport: httpx.AsyncBaseTransport | None,
    ) -> None:
        self._describe = _Describe(connect_timeout, read_timeout)
        self._client = httpx.AsyncClient(
            timeout=httpx.Timeout(
                connect=connect_timeout, read=read_timeout, write=read_timeout, pool=pool_timeout
            ),
            limits=httpx.Limits(max_connections=jobs, max_keepalive_connections=jobs),
            follow_redirects=False,  # followed by the fetcher, to vet every hop's scheme
            headers=dict(headers),
            cookies=cookies,
            transport=transport,
        )

    async def get(self, url: str, headers: Mapping[str, str]) -> HttpxResponse:
        try:
            request = self._client.build_request("GET", url, headers=dict(headers))
        except httpx.InvalidURL:
            raise FetchFailed("invalid URL") from None
        try:
            response = await self._client.send(request, stream=True)
        except httpx.InvalidURL:
            # httpx builds the next request from Location even when not following;
            # a Location it cannot parse lands here (the request URL was checked above).
            raise FetchFailed("invalid redirect") from None
        except httpx.HTTPError as exc:
            raise FetchFailed(self._describe(exc)) from None
        return HttpxResponse(response, self._describe)

    async def aclose(self) -> None:
        await self._client.aclose()


class _Describe:
    """httpx's exceptions in the words a person reads next to a broken feed."""

    def __init__(self, connect_timeout: float, read_timeout: float) -> None:
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout

    def __call__(self, exc: httpx.HTTPError) -> str:
        if isinstance(exc, httpx.ConnectTimeout):
            return f"connection timed out after {self.connect_timeout:g} s"
        if isinstance(exc, httpx.ReadTimeout):
            return f"no data for {self.read_timeout:g} s"
        if isinstance(exc, httpx.TimeoutException):
            return "timed out"
        if isinstance(exc, httpx.ConnectError):
            return _connect_error(exc)
        if isinstance(exc, httpx.RemoteProtocolError):
            return "server broke the HTTP protocol or closed the connection"
        if isinstance(exc, httpx.ReadError):
            return "connection lost while reading"
        if isinstance(exc, httpx.DecodingError):
            return "could not decode the response"
        if isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
            return "invalid URL"
        return clean_line(str(exc), 120) or type(exc).__name__


def _connect_error(exc: httpx.ConnectError) -> str:
    cause = _os_cause(exc)
    if cause is not None and cause.errno == errno.ECONNREFUSED:
        return "connection refused"
    text = str(exc) if cause is None else f"{exc} ({cause})"
    lowered = text.lower()
    if "refused" in lowered or f"errno {errno.ECONNREFUSED}" in lowered:
        return "connection refused"
    if "name or service" in lowered or "nodename" in lowered or "getaddrinfo" in lowered:
        return "host not found"
    if "certificate" in lowered:
        return "TLS certificate not trusted"
    return f"could not connect: {clean_line(text, 120)}"


def _os_cause(exc: BaseException) -> OSError | None:
    """The OSError behind an httpx error (anyio hides it behind a generic message)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and current.errno is not None:
            return current
        if isinstance(current, BaseExceptionGroup):
            for inner in current.exceptions:
                found = _os_cause(inner)
                if found is not None:
                    return found
        current = current.__cause__ or current.__context__
    return None
