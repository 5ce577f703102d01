"""Cookies for GETs sent through `reader.feeds.direct`, in the standard library's jar.

httpx's client kept the cookies a server set and sent them back (some sites set one and
redirect to see it come back); the direct path does the same with the same kind of jar
(`http.cookiejar.CookieJar`, which httpx's `Cookies` wraps), shared with the httpx client
when one is made. Imported only when a response sets a cookie or the jar holds one.
"""

from __future__ import annotations

import urllib.request
from email.message import Message
from http.cookiejar import CookieJar


class _Reply:
    """The one method of a urllib response `CookieJar.extract_cookies` calls."""

    def __init__(self, headers: list[tuple[str, str]]) -> None:
        self._headers = Message()
        for name, value in headers:
            self._headers[name] = value

    def info(self) -> Message:
        return self._headers


def remember(jar: CookieJar, url: str, headers: list[tuple[str, str]]) -> None:
    """Keep the cookies a response to a GET of `url` set."""
    jar.extract_cookies(_Reply(headers), urllib.request.Request(url))  # type: ignore[arg-type]


def cookie_header(jar: CookieJar, url: str) -> str | None:
    """The Cookie header a GET of `url` carries, if any cookie applies."""
    request = urllib.request.Request(url)
    jar.add_cookie_header(request)
    return request.get_header("Cookie")
