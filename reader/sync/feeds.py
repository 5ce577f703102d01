"""Subscriptions both ways: a feed added or removed on either side follows on the other.

Paired by feed URL. What the last sync saw on both sides (`SyncState.feeds`) tells a feed
new on one side from a feed removed on the other; the journal's last subscribe/remove of
a URL is the local word on it. A feed's first tag is its server category. Local file feeds
(the demo, kept bookmarks, files) stay local.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reader.store.store import Store
from reader.sync.backend import Backend, RemoteFeed, SyncError
from reader.sync.journal import server_changes
from reader.sync.state import SyncState


@dataclass(slots=True)
class FeedChanges:
    """What a sync did to subscriptions."""

    added_here: list[str] = field(default_factory=list)
    added_there: list[str] = field(default_factory=list)
    removed_here: list[str] = field(default_factory=list)
    removed_there: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def syncable(url: str) -> bool:
    return url.startswith(("http://", "https://"))


def last_word(ops: list[dict[str, Any]]) -> dict[str, str]:
    """Each URL's last local subscribe or remove in the journal."""
    return {op["url"]: op["op"] for op in ops if op.get("op") in ("subscribe", "remove")}


def sync_feeds(
    store: Store, backend: Backend, state: SyncState, ops: list[dict[str, Any]]
) -> FeedChanges:
    changes = FeedChanges()
    server = {f.url: f for f in backend.feeds()}
    local = {f.url: f for f in store.feeds() if syncable(f.url)}
    said = last_word(ops)
    for url in sorted(set(server) | set(local) | set(state.feeds)):
        known = url in state.feeds
        if url in server and url in local:
            _pair(store, backend, state, server[url], local[url].tags)
        elif url in server:
            if known or said.get(url) == "remove":
                backend.remove_feed(server[url].id)
                changes.removed_there.append(url)
                state.feeds.pop(url, None)
            else:
                _add_here(store, state, server[url])
                changes.added_here.append(url)
        elif url in local:
            if known and said.get(url) != "subscribe":
                with server_changes():
                    store.remove_feed(url)  # its bookmarks are kept
                changes.removed_here.append(url)
                state.feeds.pop(url, None)
            else:
                _push(backend, state, url, local[url].tags, changes)
        else:
            state.feeds.pop(url, None)
    return changes


def _add_here(store: Store, state: SyncState, feed: RemoteFeed) -> None:
    tags = [feed.category] if feed.category else []
    with server_changes():
        store.add_feed(feed.url, title=feed.title, tags=tags)
    state.feeds[feed.url] = {"id": feed.id, "category": feed.category}


def _push(
    backend: Backend, state: SyncState, url: str, tags: list[str], changes: FeedChanges
) -> None:
    """A local feed the server lacks: the server subscribes (and fetches it)."""
    try:
        feed = backend.add_feed(url, tags[0] if tags else None)
    except SyncError as exc:  # the server could not fetch it: it stays local, said once
        changes.warnings.append(f"the server did not take {url}: {exc}")
        return
    state.feeds[url] = {"id": feed.id, "category": tags[0] if tags else None}
    changes.added_there.append(url)


def _pair(
    store: Store, backend: Backend, state: SyncState, feed: RemoteFeed, tags: list[str]
) -> None:
    """A feed on both sides: its category merged three ways like any field."""
    mine = tags[0] if tags else None
    known = state.feeds.get(feed.url)
    if known is None:  # no base: a category beats none, and ours beats theirs
        merged = mine or feed.category
    elif mine != known.get("category"):
        merged = mine
    else:
        merged = feed.category
    if merged != feed.category:
        backend.move_feed(feed.id, merged)
    if merged != mine:
        rest = [t for t in tags[1:] if t != merged]
        store.update_feed(feed.url, tags=[merged, *rest] if merged else rest)
    state.feeds[feed.url] = {"id": feed.id, "category": merged}
