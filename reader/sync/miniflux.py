"""Miniflux's REST API v1, behind the sync interface.

Authenticated by an API key (`X-Auth-Token`). Entries come in pages, a few pages at once.
Miniflux's bookmark call toggles the star, so `set_starred` reads each entry's state first:
replaying it twice leaves the same star.
"""

from __future__ import annotations

from typing import Any

from reader.config import Settings
from reader.sync.backend import DEFAULT_CATEGORY, RemoteEntry, RemoteFeed, SyncError
from reader.sync.convert import block, iso_utc, line
from reader.sync.http import call, in_parallel, make_client

PAGE = 250  # entries per request
STATUS_BATCH = 500  # entry ids per status update


class MinifluxBackend:
    """A Miniflux account reached with an API key."""

    def __init__(self, url: str, api_key: str, settings: Settings) -> None:
        self._client = make_client(url, settings, {"X-Auth-Token": api_key})
        self._categories: dict[str, int] | None = None

    def _json(self, method: str, path: str, **kwargs: Any) -> Any:
        response = call(self._client, method, path, **kwargs)
        return response.json() if response.content else None

    def login(self) -> str:
        return str(self._json("GET", "/v1/me").get("username", ""))

    # -------------------------------------------------------------- feeds
    def feeds(self) -> list[RemoteFeed]:
        return [_feed(doc) for doc in self._json("GET", "/v1/feeds")]

    def _category_id(self, title: str | None) -> int | None:
        """The category's id, created when missing; None for the default category."""
        if self._categories is None:
            docs = self._json("GET", "/v1/categories")
            self._categories = {d["title"].casefold(): d["id"] for d in docs}
        if not title or title.casefold() == DEFAULT_CATEGORY.casefold():
            return None
        found = self._categories.get(title.casefold())
        if found is None:
            found = self._json("POST", "/v1/categories", json={"title": title})["id"]
            self._categories[title.casefold()] = found
        return found

    def add_feed(self, url: str, category: str | None) -> RemoteFeed:
        body: dict[str, Any] = {"feed_url": url}
        category_id = self._category_id(category)
        if category_id is not None:
            body["category_id"] = category_id
        feed_id = self._json("POST", "/v1/feeds", json=body)["feed_id"]
        return _feed(self._json("GET", f"/v1/feeds/{feed_id}"))

    def remove_feed(self, feed_id: str) -> None:
        call(self._client, "DELETE", f"/v1/feeds/{int(feed_id)}")

    def move_feed(self, feed_id: str, category: str | None) -> None:
        category_id = self._category_id(category or DEFAULT_CATEGORY)
        if category_id is None:  # the default one: its id is the lowest
            category_id = min(self._categories.values()) if self._categories else None
        if category_id is not None:
            self._json("PUT", f"/v1/feeds/{int(feed_id)}", json={"category_id": category_id})

    # ------------------------------------------------------------ entries
    def _entries(self, **params: Any) -> list[dict[str, Any]]:
        """Every entry matching `params`: the first page says how many pages follow."""
        params = {"order": "id", "direction": "asc", "limit": PAGE, **params}
        first = self._json("GET", "/v1/entries", params=params)
        docs: list[dict[str, Any]] = list(first.get("entries") or [])
        offsets = range(PAGE, int(first.get("total") or 0), PAGE)

        def page(offset: int) -> list[dict[str, Any]]:
            found = self._json("GET", "/v1/entries", params={**params, "offset": offset})
            return list(found.get("entries") or [])

        for more in in_parallel(page, offsets):
            docs.extend(more)
        return docs

    def new_entries(self, known: set[str]) -> list[RemoteEntry]:
        after = max((int(i) for i in known if i.isdigit()), default=0)
        docs = self._entries(after_entry_id=after) if after else self._entries()
        return [_entry(d) for d in docs if str(d["id"]) not in known]

    def unread_ids(self) -> set[str]:
        return {str(d["id"]) for d in self._entries(status="unread")}

    def starred_ids(self) -> set[str]:
        return {str(d["id"]) for d in self._entries(starred="true")}

    def set_read(self, ids: list[str], read: bool) -> None:
        status = "read" if read else "unread"
        for start in range(0, len(ids), STATUS_BATCH):
            batch = [int(i) for i in ids[start : start + STATUS_BATCH]]
            call(self._client, "PUT", "/v1/entries", json={"entry_ids": batch, "status": status})

    def set_starred(self, ids: list[str], starred: bool) -> None:
        def one(entry_id: str) -> None:
            entry = self._json("GET", f"/v1/entries/{int(entry_id)}")
            if bool(entry.get("starred")) != starred:  # the call toggles: only when it differs
                call(self._client, "PUT", f"/v1/entries/{int(entry_id)}/bookmark")

        in_parallel(one, ids)

    def close(self) -> None:
        self._client.close()


def _feed(doc: dict[str, Any]) -> RemoteFeed:
    category = (doc.get("category") or {}).get("title")
    if not isinstance(doc.get("feed_url"), str):
        raise SyncError("the server sent a feed without an address")
    return RemoteFeed(
        id=str(doc["id"]),
        url=doc["feed_url"],
        title=line(doc.get("title")),
        category=None if category == DEFAULT_CATEGORY else line(category) or None,
    )


def _entry(doc: dict[str, Any]) -> RemoteEntry:
    return RemoteEntry(
        id=str(doc["id"]),
        feed_id=str(doc["feed_id"]),
        url=doc.get("url") or None,
        title=line(doc.get("title")),
        published=iso_utc(doc.get("published_at")),
        author=line(doc.get("author")) or None,
        content=block(doc.get("content")),
        read=doc.get("status") == "read",
        starred=bool(doc.get("starred")),
    )
