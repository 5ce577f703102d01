"""The Google Reader API (Miniflux, FreshRSS, Inoreader, The Old Reader…), behind the
sync interface.

ClientLogin with a user name and password gives an auth token; edits also carry the `T`
token from `/token`. Item ids are kept as decimal strings (the short form every server
accepts); subscriptions are `feed/…` streams, categories `user/-/label/…` tags.
"""

from __future__ import annotations

from typing import Any

from reader.config import Settings
from reader.sync.backend import DEFAULT_CATEGORY, LoginFailed, RemoteEntry, RemoteFeed, SyncError
from reader.sync.convert import block, iso_utc, line
from reader.sync.http import call, in_parallel, make_client

API = "/reader/api/0"
READING_LIST = "user/-/state/com.google/reading-list"
READ = "user/-/state/com.google/read"
STARRED = "user/-/state/com.google/starred"
LABEL = "user/-/label/"
ITEM_PREFIX = "tag:google.com,2005:reader/item/"
IDS_PAGE = 10_000
CONTENTS_BATCH = 100


class GReaderBackend:
    """An account on a Google Reader API server."""

    def __init__(self, url: str, username: str, password: str, settings: Settings) -> None:
        self._client = make_client(url, settings, {})
        self._username = username
        self._password = password
        self._edit_token: str | None = None

    def login(self) -> str:
        response = call(
            self._client,
            "POST",
            "/accounts/ClientLogin",
            data={"Email": self._username, "Passwd": self._password},
        )
        fields = dict(part.split("=", 1) for part in response.text.splitlines() if "=" in part)
        if not fields.get("Auth"):
            raise LoginFailed(f"login failed at {self._client.base_url}")
        self._client.headers["Authorization"] = f"GoogleLogin auth={fields['Auth']}"
        self._edit_token = call(self._client, "GET", f"{API}/token").text.strip()
        return self._username

    def _get(self, path: str, **params: Any) -> Any:
        params = {"output": "json", **params}
        return call(self._client, "GET", f"{API}/{path}", params=params).json()

    def _post(self, path: str, data: dict[str, Any] | list[tuple[str, str]]) -> Any:
        """A form POST; repeated fields (`i=…&i=…`) as lists, plus the edit token."""
        form: dict[str, list[str]] = {}
        for name, value in data.items() if isinstance(data, dict) else data:
            form.setdefault(name, []).append(value)
        form["T"] = [self._edit_token or ""]
        params = {"output": "json"}
        return call(self._client, "POST", f"{API}/{path}", params=params, data=form)

    # -------------------------------------------------------------- feeds
    def feeds(self) -> list[RemoteFeed]:
        docs = self._get("subscription/list").get("subscriptions") or []
        return [_feed(doc) for doc in docs]

    def add_feed(self, url: str, category: str | None) -> RemoteFeed:
        data = {"ac": "subscribe", "s": f"feed/{url}"}
        if category and category != DEFAULT_CATEGORY:
            data["a"] = LABEL + category
        self._post("subscription/edit", data)
        for feed in self.feeds():
            if feed.url == url:
                return feed
        raise SyncError(f"the server did not subscribe to {url}")

    def remove_feed(self, feed_id: str) -> None:
        self._post("subscription/edit", {"ac": "unsubscribe", "s": feed_id})

    def move_feed(self, feed_id: str, category: str | None) -> None:
        label = LABEL + (category or DEFAULT_CATEGORY)
        self._post("subscription/edit", {"ac": "edit", "s": feed_id, "a": label})

    # ------------------------------------------------------------ entries
    def _ids(self, stream: str, **params: Any) -> set[str]:
        """Every item id of a stream, page after page (`continuation`)."""
        found: set[str] = set()
        continuation = None
        while True:
            extra: dict[str, str] = {"c": continuation} if continuation else {}
            doc = self._get("stream/items/ids", s=stream, n=IDS_PAGE, **params, **extra)
            found.update(str(ref["id"]) for ref in doc.get("itemRefs") or [])
            continuation = doc.get("continuation")
            if not continuation:
                return found

    def new_entries(self, known: set[str]) -> list[RemoteEntry]:
        wanted = sorted(self._ids(READING_LIST) - known, key=int)
        batches = [wanted[i : i + CONTENTS_BATCH] for i in range(0, len(wanted), CONTENTS_BATCH)]

        def contents(batch: list[str]) -> list[dict[str, Any]]:
            response = self._post("stream/items/contents", [("i", i) for i in batch])
            return list(response.json().get("items") or [])

        return [_entry(doc) for docs in in_parallel(contents, batches) for doc in docs]

    def unread_ids(self) -> set[str]:
        return self._ids(READING_LIST, xt=READ)

    def starred_ids(self) -> set[str]:
        return self._ids(STARRED)

    def _tag(self, ids: list[str], tag: str, on: bool) -> None:
        for start in range(0, len(ids), CONTENTS_BATCH):
            pairs = [("i", i) for i in ids[start : start + CONTENTS_BATCH]]
            pairs.append(("a" if on else "r", tag))
            self._post("edit-tag", pairs)

    def set_read(self, ids: list[str], read: bool) -> None:
        self._tag(ids, READ, read)

    def set_starred(self, ids: list[str], starred: bool) -> None:
        self._tag(ids, STARRED, starred)

    def close(self) -> None:
        self._client.close()


def _feed(doc: dict[str, Any]) -> RemoteFeed:
    labels = [c.get("label") for c in doc.get("categories") or [] if c.get("label")]
    category = line(labels[0]) if labels else None
    return RemoteFeed(
        id=str(doc["id"]),
        url=str(doc.get("url") or str(doc["id"]).removeprefix("feed/")),
        title=line(doc.get("title")),
        category=None if category in (None, "", DEFAULT_CATEGORY) else category,
    )


def _item_id(value: str) -> str:
    """`tag:google.com,2005:reader/item/00000000000004d2` → `1234`."""
    return str(int(value.removeprefix(ITEM_PREFIX), 16)) if value.startswith(ITEM_PREFIX) else value


def _entry(doc: dict[str, Any]) -> RemoteEntry:
    tags = {str(c) for c in doc.get("categories") or []}
    links = doc.get("canonical") or doc.get("alternate") or [{}]
    content = (doc.get("content") or doc.get("summary") or {}).get("content")
    return RemoteEntry(
        id=_item_id(str(doc["id"])),
        feed_id=str((doc.get("origin") or {}).get("streamId", "")),
        url=links[0].get("href") or None,
        title=line(doc.get("title")),
        published=iso_utc(doc.get("published")),
        author=line(doc.get("author")) or None,
        content=block(content),
        read=any(t.endswith("/state/com.google/read") for t in tags),
        starred=any(t.endswith("/state/com.google/starred") for t in tags),
    )
