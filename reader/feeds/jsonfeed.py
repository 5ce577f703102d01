"""JSON Feed 1.0/1.1 (https://jsonfeed.org/version/1.1) → `ParsedFeed`.

feedparser does not read JSON Feed, so it gets its own small reader. Values of the wrong
type are ignored rather than trusted: a hostile feed may put a list where a string belongs.
"""

from __future__ import annotations

import html
from typing import Any

import orjson

from reader.feeds.errors import FeedError
from reader.feeds.parse import _finish, _resolve, normalise_date, plain_title
from reader.models import ParsedEntry, ParsedFeed
from reader.sanitize import clean_block, clean_line

__all__ = ["parse_json_feed"]

VERSION_PREFIX = "https://jsonfeed.org/version/1"


def parse_json_feed(data: bytes, url: str | None = None) -> ParsedFeed:
    """Parse a JSON Feed document; raise `FeedError` if it is not one."""
    try:
        doc = orjson.loads(data.removeprefix(b"\xef\xbb\xbf"))
    except orjson.JSONDecodeError as exc:
        raise FeedError(f"malformed JSON: {clean_line(str(exc), 120)}") from None
    if not isinstance(doc, dict):
        raise FeedError("not a feed: JSON but not a JSON Feed")
    version = _str(doc.get("version"))
    if not version or not version.startswith(VERSION_PREFIX):
        raise FeedError("not a feed: JSON but not a JSON Feed")
    feed_link = _resolve(url, None, _str(doc.get("home_page_url")))
    feed_author = _author(doc)
    items = doc.get("items")
    entries = [
        _entry(item, url, feed_link, feed_author)
        for item in (items if isinstance(items, list) else [])
        if isinstance(item, dict)
    ]
    return _finish(clean_line(_str(doc.get("title"))), feed_link, entries, "json")


def _str(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)  # ids are strings by spec, but numbers are common in the wild
    return None


def _author(obj: dict[str, Any]) -> str | None:
    """1.1 `authors` (a list) or 1.0 `author` (an object): the names, joined."""
    authors = obj.get("authors")
    if not isinstance(authors, list):
        single = obj.get("author")
        authors = [single] if isinstance(single, dict) else []
    names = [_str(a.get("name")) for a in authors if isinstance(a, dict)]
    joined = ", ".join(n for n in names if n)
    return clean_line(joined) or None


def _entry(
    item: dict[str, Any], url: str | None, feed_link: str | None, feed_author: str | None
) -> ParsedEntry:
    content = _str(item.get("content_html"))
    if not content and (text := _str(item.get("content_text"))):
        content = html.escape(text, quote=False)
    summary = _str(item.get("summary"))
    date = _str(item.get("date_published")) or _str(item.get("date_modified"))
    link = _resolve(url, feed_link, _str(item.get("url")) or _str(item.get("external_url")))
    return ParsedEntry(
        guid=clean_line(_str(item.get("id"))) or None,
        title=plain_title(_str(item.get("title")), is_html=False),
        link=link,
        published=normalise_date(date),
        author=_author(item) or feed_author,
        summary=clean_block(html.escape(summary, quote=False) if summary else None) or None,
        content=clean_block(content) or None,
    )
