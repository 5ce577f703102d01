"""From a page URL to a feed: the page itself, its advertised feeds, or common paths.

People paste a site's address, not its feed's. Every candidate must actually parse as a
feed before it is returned, and only http(s) candidates are fetched (a hostile page may
advertise `file:///etc/passwd` as its "feed").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from lxml import etree
from lxml import html as lxml_html

from reader.feeds.errors import FeedError
from reader.feeds.fetch import Fetcher, FetchResult
from reader.feeds.parse import parse_feed
from reader.models import ParsedFeed
from reader.sanitize import absolute_link, is_fetchable

__all__ = ["FEED_TYPES", "DiscoveryResult", "discover", "find_feed_links", "link_header_feeds"]

FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/feed+json",
        "application/json",
        "application/rdf+xml",
    }
)
COMMON_PATHS = ("/feed", "/rss", "/atom.xml", "/index.xml", "/feed.xml", "/rss.xml")
_LINK_VALUE = re.compile(r"<([^>]*)>((?:\s*;\s*[^;,]+)*)")
_LINK_PARAM = re.compile(r"""\s*;\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*=\s*("([^"]*)"|[^;,\s]*)""")


@dataclass(slots=True)
class DiscoveryResult:
    """The feed found: its URL (to subscribe to), the parsed feed, and the fetch behind it."""

    url: str
    feed: ParsedFeed
    fetch: FetchResult


def find_feed_links(html: bytes, base_url: str) -> list[str]:
    """Feed URLs a page advertises with `<link rel="alternate" type="...">`, in page order."""
    if not html or not html.strip():
        return []
    parser = lxml_html.HTMLParser(no_network=True, remove_comments=True)
    try:
        doc = lxml_html.document_fromstring(html, parser=parser)
    except (etree.ParserError, ValueError):
        return []
    base = base_url
    for base_el in doc.iter("base"):
        href = base_el.get("href")
        if href:
            base = absolute_link(base_url, href) or base_url
        break
    found: list[str] = []
    for link in doc.iter("link"):
        rels = (link.get("rel") or "").lower().split()
        kind = (link.get("type") or "").split(";")[0].strip().lower()
        if "alternate" not in rels or kind not in FEED_TYPES:
            continue
        url = absolute_link(base, link.get("href"))
        if url and url not in found:
            found.append(url)
    return found


def link_header_feeds(header: str | None, base_url: str) -> list[str]:
    """Feed URLs from an HTTP `Link:` header (RFC 8288) with rel=alternate and a feed type."""
    found: list[str] = []
    for match in _LINK_VALUE.finditer(header or ""):
        params = {
            m.group(1).lower(): (m.group(3) if m.group(3) is not None else m.group(2))
            for m in _LINK_PARAM.finditer(match.group(2))
        }
        rels = params.get("rel", "").lower().split()
        kind = params.get("type", "").split(";")[0].strip().lower()
        if "alternate" not in rels or kind not in FEED_TYPES:
            continue
        url = absolute_link(base_url, match.group(1))
        if url and url not in found:
            found.append(url)
    return found


async def discover(fetcher: Fetcher, url: str) -> DiscoveryResult:
    """Find the feed for `url`; raise `FeedError("no feed found at URL")` when there is none.

    A bare "example.org" is taken as https://example.org.
    """
    url = url.strip()
    if not urlsplit(url).scheme:
        url = f"https://{url}"
    if not is_fetchable(url):
        raise FeedError("only http(s) URLs can be discovered")
    first = await fetcher.fetch(url, max_bytes=fetcher.settings.feed_max_bytes)
    if not first.ok or first.content is None:
        raise FeedError(f"could not fetch {url}: {first.error}")
    base = first.final_url or url
    try:
        return DiscoveryResult(url, parse_feed(first.content, base, first.content_type), first)
    except FeedError:
        pass
    candidates = [
        *find_feed_links(first.content, base),
        *link_header_feeds(first.link_header, base),
        *(urljoin(base, path) for path in COMMON_PATHS),
    ]
    tried = {url, base}
    for candidate in candidates:
        if candidate in tried or not is_fetchable(candidate):
            continue
        tried.add(candidate)
        result = await fetcher.fetch(candidate, max_bytes=fetcher.settings.feed_max_bytes)
        if not result.ok or not result.content:
            continue
        try:
            feed = parse_feed(result.content, result.final_url or candidate, result.content_type)
        except FeedError:
            continue
        return DiscoveryResult(candidate, feed, result)
    raise FeedError(f"no feed found at {url}")
