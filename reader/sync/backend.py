"""The one small interface every sync server sits behind, and what it hands back.

The engine speaks only these names; `miniflux.py` (REST API v1) and `greader.py` (Google
Reader API) translate. Ids are strings on our side whatever the server uses.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

DEFAULT_CATEGORY = "All"  # Miniflux's first category: a feed there has no tag here


class SyncError(Exception):
    """A sync step failed; the message is one line for the user."""


class Unreachable(SyncError):
    """The server could not be reached at all (offline, refused, timed out)."""


class LoginFailed(SyncError):
    """The server refused our credentials (HTTP 401/403)."""


@dataclass(slots=True, frozen=True)
class RemoteFeed:
    """A subscription on the server."""

    id: str
    url: str
    title: str
    category: str | None  # None: the server's default category (no tag here)


@dataclass(slots=True, frozen=True)
class RemoteEntry:
    """An entry on the server, with its state there."""

    id: str
    feed_id: str
    url: str | None
    title: str
    published: str | None  # ISO-8601 UTC
    author: str | None
    content: str  # HTML as the server keeps it: the feed's text
    read: bool
    starred: bool


class Backend(Protocol):
    """What a sync needs from a server. Flag setters set, never toggle: replay is idempotent."""

    def login(self) -> str:
        """Log in (or check the key); the account's user name."""
        ...

    def feeds(self) -> list[RemoteFeed]: ...

    def add_feed(self, url: str, category: str | None) -> RemoteFeed: ...

    def remove_feed(self, feed_id: str) -> None: ...

    def move_feed(self, feed_id: str, category: str | None) -> None: ...

    def new_entries(self, known: set[str]) -> list[RemoteEntry]:
        """Entries whose ids are not in `known`, with their content."""
        ...

    def unread_ids(self) -> set[str]: ...

    def starred_ids(self) -> set[str]: ...

    def set_read(self, ids: list[str], read: bool) -> None: ...

    def set_starred(self, ids: list[str], starred: bool) -> None: ...

    def close(self) -> None: ...
