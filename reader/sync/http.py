"""One httpx client for a sync server: the feed fetcher's timeouts, errors as one line.

A server that cannot be reached raises `Unreachable`, a refused login `LoginFailed`, any
other failure `SyncError`: the CLI prints the message, never a traceback.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import httpx

from reader import __version__
from reader.config import Settings
from reader.sync.backend import LoginFailed, SyncError, Unreachable

CONCURRENCY = 4  # requests at once to the sync server
T = TypeVar("T")
R = TypeVar("R")


def make_client(base_url: str, settings: Settings, headers: dict[str, str]) -> httpx.Client:
    timeout = httpx.Timeout(settings.timeout, connect=min(settings.timeout, 10.0))
    return httpx.Client(
        base_url=base_url,
        timeout=timeout,
        headers={"User-Agent": f"newsreader/{__version__} (sync)", **headers},
        follow_redirects=True,
        max_redirects=5,
    )


def call(client: httpx.Client, method: str, path: str, **kwargs: Any) -> httpx.Response:
    """One request; transport failures and error statuses become one-line errors."""
    try:
        response = client.request(method, path, **kwargs)
    except httpx.TimeoutException as exc:
        raise Unreachable(f"cannot reach {client.base_url}: timed out") from exc
    except httpx.TransportError as exc:
        reason = str(exc) or type(exc).__name__
        raise Unreachable(f"cannot reach {client.base_url}: {reason}") from exc
    if response.status_code in (401, 403):
        raise LoginFailed(f"login failed at {client.base_url} (HTTP {response.status_code})")
    if response.status_code >= 400:
        raise SyncError(f"{method} {path}: HTTP {response.status_code}{_detail(response)}")
    return response


def _detail(response: httpx.Response) -> str:
    """The server's own one-line reason (Miniflux: `error_message`), when it gives one."""
    try:
        message = response.json().get("error_message")
    except (ValueError, AttributeError):
        return ""
    return f": {str(message).splitlines()[0][:200]}" if message else ""


def in_parallel(func: Callable[[T], R], items: Iterable[T]) -> list[R]:
    """`func` over `items`, a few requests at once (bounded: the server is shared)."""
    items = list(items)
    if len(items) <= 1:
        return [func(item) for item in items]
    with ThreadPoolExecutor(max_workers=CONCURRENCY) as pool:
        return list(pool.map(func, items))
