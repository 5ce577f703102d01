"""`extract`: clean pages (URLs or local HTML files) without storing anything.

Each source is processed once and reported on its own, so one failing page never hides
the others' results.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

from reader.article.clean import clean_page
from reader.config import Settings
from reader.feeds.fetch import Fetcher
from reader.local_files import read_capped
from reader.refresh import fetch_settings
from reader.sanitize import is_fetchable

Fetched = dict[str, tuple[bytes | None, str, str | None]]


async def _fetch_all(urls: list[str], settings: Settings) -> Fetched:
    results: Fetched = {}
    async with Fetcher(fetch_settings(settings)) as fetcher:

        async def one(url: str) -> None:
            page = await fetcher.fetch_page(url)
            results[url] = (page.content, page.final_url or url, page.error)

        await asyncio.gather(*(one(u) for u in urls))
    return results


def extract_sources(
    sources: list[str], settings: Settings, *, plain: bool = False, analysis: bool = True
) -> Iterator[dict[str, Any]]:
    """Yield one result dict per source, in the order given (duplicates processed once)."""
    unique = list(dict.fromkeys(sources))
    urls = [s for s in unique if "://" in s and is_fetchable(s)]
    fetched = asyncio.run(_fetch_all(urls, settings)) if urls else {}
    for source in unique:
        if source in fetched:
            html, base, error = fetched[source]
        elif "://" in source or source.startswith(("data:", "javascript:", "mailto:")):
            html, base, error = None, source, "only http(s) URLs or local files can be extracted"
        else:
            html, error = read_capped(source)
            base = None
        if error or html is None:
            yield {"source": source, "error": error or "nothing fetched"}
            continue
        page = clean_page(html, base)
        text = page.plain if plain else page.text
        result: dict[str, Any] = {
            "source": source,
            "title": page.title,
            "byline": page.byline,
            "published": page.published,
            "text": text,
            "quotes": [],
            "actors": [],
        }
        if page.warning:
            result["warning"] = page.warning
        if analysis and text:
            from reader.article.analyse import analyse

            result.update(analyse(text, author=page.byline).to_json())
        yield result
