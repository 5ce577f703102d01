"""Server entries stored as a refresh stores feed items, paired with local articles.

An entry whose link the feed already carries here is that article (a feed read locally
before sync was set up keeps its articles and their state); any other is stored new,
with the server's content as the feed's text. Fetching, cleaning and analysing its page
stay local work (`reader.sync.refresh`).
"""

from __future__ import annotations

import contextlib
import sqlite3
from itertools import groupby
from typing import Any

from reader.store.records import article_id, feed_key, normalise_link
from reader.store.store import Store
from reader.sync.backend import RemoteEntry


def store_entries(
    store: Store, entries: list[RemoteEntry], feed_urls: dict[str, str]
) -> dict[str, str]:
    """Store new entries feed by feed (one write each); server id -> local article id."""
    pairs: dict[str, str] = {}
    links = store.link_index()
    ordered = sorted(entries, key=lambda e: e.feed_id)
    for feed_id, group in groupby(ordered, key=lambda e: e.feed_id):
        url = feed_urls.get(feed_id)
        if url is None:  # a feed this sync did not pair (the server could not say)
            continue
        pairs.update(_store_feed(store, url, list(group), links))
    return pairs


def _store_feed(
    store: Store, url: str, entries: list[RemoteEntry], links: dict[str, str]
) -> dict[str, str]:
    key = feed_key(url)
    here = {normalise_link(r.link): r.id for r in store.articles(feed=url) if r.link}
    pairs: dict[str, str] = {}
    docs: list[dict[str, Any]] = []
    content: dict[str, dict[str, Any]] = {}
    for entry in entries:
        aid = here.get(normalise_link(entry.url)) if entry.url else None
        if aid is None:
            identity = entry.url or f"sync:{entry.id}"
            aid = article_id(key, identity)
            docs.append(
                {
                    "identity": identity,
                    "title": entry.title,
                    "link": entry.url,
                    "published": entry.published,
                    "author": entry.author,
                }
            )
            content[aid] = {"content": entry.content or None, "summary": None}
        pairs[entry.id] = aid
    new = set(store.add_articles(url, docs, links))
    store.save_feed_content(url, {aid: c for aid, c in content.items() if aid in new})
    with contextlib.suppress(sqlite3.Error, OSError):  # the index is a cache
        store.search_index.ready()
        store.index_articles(new)
    store.release(url)
    return pairs
