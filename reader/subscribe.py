"""Turning what a user typed after `add` into feed URLs we can subscribe to.

A feed URL is taken as it is, a page URL is resolved by autodiscovery, a local file is
accepted when it parses as a feed. Other schemes are refused before any I/O.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path

from reader.config import Settings
from reader.feeds.discover import discover
from reader.feeds.errors import FeedError
from reader.feeds.fetch import Fetcher
from reader.feeds.parse import parse_feed
from reader.local_files import read_capped
from reader.refresh import fetch_settings
from reader.sanitize import is_fetchable


class SubscribeError(Exception):
    """Nothing could be resolved."""


@dataclass(slots=True)
class FoundFeed:
    url: str
    title: str


def _local(source: str) -> FoundFeed | str:
    data, error = read_capped(source)
    if data is None:
        return error or "unreadable"
    try:
        parsed = parse_feed(data, None)
    except FeedError as exc:
        return str(exc)
    return FoundFeed(url=str(Path(source).expanduser().resolve()), title=parsed.title)


async def _remote(sources: list[str], settings: Settings) -> dict[str, FoundFeed | str]:
    found: dict[str, FoundFeed | str] = {}
    async with Fetcher(fetch_settings(settings)) as fetcher:

        async def one(url: str) -> None:
            try:
                result = await discover(fetcher, url)
            except FeedError as exc:
                found[url] = str(exc)
                return
            found[url] = FoundFeed(url=result.url, title=result.feed.title)

        await asyncio.gather(*(one(u) for u in sources))
    return found


def with_scheme(source: str) -> str:
    """`example.org/feed.xml` means https://example.org/feed.xml, unless it is a file here."""
    source = source.strip()
    if "://" in source or is_fetchable(source) or Path(source).expanduser().exists():
        return source
    host = source.split("/", 1)[0]
    if "." in host.strip(".") and " " not in source and not source.startswith((".", "~", "/")):
        return f"https://{source}"
    return source


def resolve_sources(sources: list[str], settings: Settings) -> list[tuple[str, FoundFeed | str]]:
    """Each source with its feed, or with a one-line reason it is not one."""
    typed = sources
    sources = [with_scheme(s) for s in sources]
    remote = [s for s in sources if is_fetchable(s)]
    resolved = asyncio.run(_remote(remote, settings)) if remote else {}
    # A scheme we guessed (https) that got nowhere: plain http is the other guess.
    retry = {
        s: "http://" + s.removeprefix("https://")
        for s, t in zip(sources, typed, strict=True)
        if s != t and isinstance(resolved.get(s), str)
    }
    if retry:
        again = asyncio.run(_remote(list(retry.values()), settings))
        for s, plain in retry.items():
            if not isinstance(again[plain], str):
                resolved[s] = again[plain]
    out: list[tuple[str, FoundFeed | str]] = []
    for source in sources:
        if source in resolved:
            out.append((source, resolved[source]))
        elif "://" in source or source.split(":", 1)[0] in {"data", "javascript", "mailto"}:
            out.append((source, "only http(s) URLs or local feed files can be added"))
        else:
            out.append((source, _local(source)))
    return out
