"""What we store about feeds and articles, and how their keys are made.

Keys are derived from content (a hash of the feed URL, of the item's guid) so that two
processes never race for the next id, a re-fetched item lands on its old record, and an
article id names its feed: `show ID` finds the right file without scanning.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

FEED_KEY_LEN = 8
ITEM_KEY_LEN = 12
ID_LEN = FEED_KEY_LEN + ITEM_KEY_LEN


def feed_key(url: str) -> str:
    return hashlib.sha1(url.encode("utf-8")).hexdigest()[:FEED_KEY_LEN]


def article_id(fkey: str, identity: str) -> str:
    """`identity` is the entry's guid, else its link, else its title."""
    return fkey + hashlib.sha1(identity.encode("utf-8")).hexdigest()[:ITEM_KEY_LEN]


# Where the bookmarks of a removed feed go: never fetched, listed like a feed.
KEPT_URL = "newsreader:kept"
KEPT_TITLE = "Kept bookmarks"

TRACKING = frozenset({"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid"})


def normalise_link(link: str | None) -> str | None:
    """An article link as compared for duplicates: scheme and host lower-cased, the
    fragment and tracking parameters (`utm_*`, `fbclid`, `gclid`, …) dropped."""
    if not link:
        return None
    link = link.strip()
    if "?" not in link and "#" not in link:  # the common case, ~10x cheaper
        start = link.find("://")
        end = link.find("/", start + 3)
        head = link[: end if end >= 0 else len(link)]
        if start > 0 and head == head.lower() and "@" not in head:
            return link if end >= 0 else link + "/"
    try:
        parts = urlsplit(link)
    except ValueError:
        return link
    if not parts.scheme or not parts.netloc:
        return link
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith("utm_") and k.lower() not in TRACKING
    ]
    return urlunsplit(
        (parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", urlencode(query), "")
    )


def doc_id_of(article: str) -> int:
    return int(article[FEED_KEY_LEN:], 16)


def is_article_id(text: str) -> bool:
    return len(text) == ID_LEN and all(c in "0123456789abcdef" for c in text)


@dataclass(slots=True)
class FeedRecord:
    """A subscription and what the last fetch of it taught us."""

    url: str
    key: str
    title: str = ""
    tags: list[str] = field(default_factory=list)
    site: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    last_refresh: str | None = None  # ISO time of the last attempt
    error: str | None = None  # short human-readable reason, None when healthy
    gone: bool = False  # 410 Gone: not fetched again
    retry_after: str | None = None  # ISO time before which the server asked us not to come back
    added: str | None = None

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> FeedRecord:
        """Tolerates a hand-edited record: wrong types fall back to defaults, the key is
        derived from the URL again (it always is), so no command trips over it."""
        known = {k: doc[k] for k in cls.__slots__ if k in doc}  # type: ignore[attr-defined]
        url = known.get("url")
        known["url"] = url = url if isinstance(url, str) else str(url or "")
        known["key"] = feed_key(url)
        if not isinstance(known.get("title", ""), str):
            known["title"] = ""
        tags = known.get("tags", [])
        known["tags"] = [t for t in tags if isinstance(t, str)] if isinstance(tags, list) else []
        for name in (
            "site",
            "etag",
            "last_modified",
            "last_refresh",
            "error",
            "retry_after",
            "added",
        ):
            if name in known and not isinstance(known[name], str | None):
                known[name] = None
        known["gone"] = known.get("gone") is True
        return cls(**known)

    def to_doc(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__slots__}  # type: ignore[attr-defined]

    @property
    def display_title(self) -> str:
        return self.title or self.url


class ArticleRecord:
    """An article's metadata joined with its read and bookmark state.

    A thin view over the stored documents rather than a copy: a view of 50,000 articles
    builds 50,000 of these, and copying twelve fields each cost more than loading them.
    """

    __slots__ = ("_doc", "_flags")

    def __init__(self, doc: Mapping[str, Any], flags: Mapping[str, Any]) -> None:
        self._doc = doc
        self._flags = flags

    id = property(lambda self: str(self._doc.get("id", "")))
    feed = property(lambda self: str(self._doc.get("feed", "")))
    title = property(lambda self: _text(self._doc.get("title")))
    link = property(lambda self: self._doc.get("link"))
    published = property(lambda self: self._doc.get("published"))
    author = property(lambda self: self._doc.get("author"))
    added = property(lambda self: str(self._doc.get("added", "")))
    read = property(lambda self: bool(self._flags.get("r")))
    bookmarked = property(lambda self: bool(self._flags.get("b")))
    has_body = property(lambda self: bool(self._doc.get("has_body")))
    note = property(lambda self: self._doc.get("note"))
    actors = property(lambda self: list(self._doc.get("actors") or ()))
    # Another feed carries the same link: the copies share flags and list as one row.
    duplicated = property(lambda self: bool(self._doc.get("dup")))
    norm = property(lambda self: self._doc.get("norm"))

    @property
    def sort_key(self) -> str:
        return self.published or self.added

    def __repr__(self) -> str:
        return f"ArticleRecord(id={self.id!r}, title={self.title!r}, read={self.read})"

    def to_doc(self) -> dict[str, Any]:
        """A copy of the stored metadata document."""
        return dict(self._doc)

    def to_list_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "feed": self.feed,
            "title": self.title,
            "link": self.link,
            "published": self.published,
            "read": self.read,
            "bookmarked": self.bookmarked,
        }


def _text(value: Any) -> str:
    """A hand-edited store may hold a number or null where a title belongs."""
    return value if isinstance(value, str) else "" if value is None else str(value)
