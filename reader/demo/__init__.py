"""The feeds a brand-new store starts with: a bundled demo feed and a few public ones.

`DEMO_FEED` is package data, found next to this module so that it works from a source
checkout and from an installed wheel alike. Its articles are our own writing (fiction apart
from the welcome note) and its links use the `.invalid` domain, so it can be read and
refreshed with no network at all.

The demo is subscribed as `DEMO_URL`, a name rather than a path: the store never holds
where the package happens to be installed (an upgrade or a new venv moves it), and `export`
has no install path to write. The fetcher reads `DEMO_FEED` for it.

`DEFAULT_FEEDS` are well-known public news and technology feeds, the "starter feeds": only
subscribed when the user asks (the palette's "Add starter feeds", `add --starter`); they
are never fetched by the tests.
"""

from __future__ import annotations

from pathlib import Path

DEMO_FEED: Path = Path(__file__).resolve().parent / "demo-feed.xml"
DEMO_URL = "newsreader:demo"
DEMO_TITLE = "newsreader demo"
DEMO_TAG = "newsreader"

# (url, title, tags), the shape `Store.add_feeds` takes.
DEFAULT_FEEDS: list[tuple[str, str, list[str]]] = [
    ("https://feeds.bbci.co.uk/news/rss.xml", "BBC News", ["news"]),
    ("https://feeds.npr.org/1001/rss.xml", "NPR News", ["news"]),
    ("https://www.theguardian.com/world/rss", "The Guardian: World news", ["news"]),
    ("https://www.aljazeera.com/xml/rss/all.xml", "Al Jazeera", ["news"]),
    ("https://feeds.arstechnica.com/arstechnica/index", "Ars Technica", ["tech"]),
    ("https://hnrss.org/frontpage", "Hacker News: Front Page", ["tech"]),
    ("https://lwn.net/headlines/rss", "LWN.net", ["tech"]),
]


def bundled_path(url: str) -> str | None:
    """The file behind a bundled feed's name (`newsreader:demo`), else None."""
    return str(DEMO_FEED) if url == DEMO_URL else None


__all__ = ["DEFAULT_FEEDS", "DEMO_FEED", "DEMO_TAG", "DEMO_TITLE", "DEMO_URL", "bundled_path"]
