"""OPML 2.0 import and export of subscriptions.

Folders become tags: a feed inside "News" › "Tech" gets the tags ["News", "Tech"] (outer
first). OPML 2.0's `category` attribute ("comma-separated … categories"; without slashes
they are tags) carries every tag on export, and the feed is placed in a folder named after
its first tag, so `read_opml(write_opml(x)) == x` holds for any number of tags, as long as
no tag contains a comma. Other readers see at least the first tag as a folder.

Only http(s) feed URLs are imported unless `allow_local=True`: an OPML file comes from
somewhere else, and must not subscribe the reader to `file:///home/you/.ssh/...`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from lxml import etree

from reader.feeds.errors import OpmlError
from reader.sanitize import clean_line, is_fetchable

__all__ = ["OpmlError", "OutlineFeed", "read_opml", "write_opml"]

_PARSER_OPTIONS = {
    "resolve_entities": False,
    "no_network": True,
    "huge_tree": False,
    "load_dtd": False,
    "remove_comments": True,
    "remove_pis": True,
}


@dataclass(slots=True)
class OutlineFeed:
    """One subscription as OPML carries it."""

    url: str
    title: str
    tags: list[str] = field(default_factory=list)
    """Enclosing folders (outer first), then any `category` tags."""


def _attr(el: etree._Element, name: str) -> str:
    """Attribute lookup tolerant of the case variants found in the wild (xmlUrl, xmlurl)."""
    for key, value in el.attrib.items():
        if isinstance(key, str) and key.lower() == name.lower():
            return clean_line(value)
    return ""


def _categories(value: str) -> list[str]:
    tags = []
    for part in value.split(","):
        tag = clean_line(part.strip().strip("/"))
        if tag:
            tags.append(tag)
    return tags


def read_opml(data: bytes, *, allow_local: bool = False) -> list[OutlineFeed]:
    """The feeds of an OPML document, in document order, each URL once."""
    if not data or not data.strip():
        raise OpmlError("empty file")
    try:
        root = etree.fromstring(data, etree.XMLParser(**_PARSER_OPTIONS))
    except etree.XMLSyntaxError as exc:
        raise OpmlError(f"malformed XML: {clean_line(str(exc), 120)}") from None
    if not isinstance(root.tag, str) or etree.QName(root).localname.lower() != "opml":
        raise OpmlError("not an OPML document")
    body = next((c for c in root if isinstance(c.tag, str) and c.tag.lower() == "body"), None)
    if body is None:
        raise OpmlError("OPML document without a body")
    feeds: dict[str, OutlineFeed] = {}
    _walk(body, [], feeds, allow_local)
    return list(feeds.values())


def _walk(
    parent: etree._Element, folders: list[str], out: dict[str, OutlineFeed], allow_local: bool
) -> None:
    for el in parent:
        if not isinstance(el.tag, str) or el.tag.lower() != "outline":
            continue
        label = _attr(el, "text") or _attr(el, "title")
        url = _attr(el, "xmlUrl")
        if url:
            if is_fetchable(url) or allow_local:
                tags = list(dict.fromkeys([*folders, *_categories(_attr(el, "category"))]))
                if url in out:
                    known = out[url]
                    known.tags.extend(t for t in tags if t not in known.tags)
                else:
                    out[url] = OutlineFeed(url=url, title=label or url, tags=tags)
            continue
        _walk(el, [*folders, label] if label else folders, out, allow_local)


def write_opml(feeds: Iterable[OutlineFeed], title: str = "newsreader subscriptions") -> bytes:
    """OPML 2.0 with one folder per first tag; feeds without tags sit at the top level."""
    root = etree.Element("opml", version="2.0")
    head = etree.SubElement(root, "head")
    etree.SubElement(head, "title").text = clean_line(title)
    body = etree.SubElement(root, "body")
    folders: dict[str, etree._Element] = {}
    for feed in feeds:
        parent = body
        if feed.tags:
            first = feed.tags[0]
            if first not in folders:
                folders[first] = etree.SubElement(body, "outline", text=first, title=first)
            parent = folders[first]
        outline = etree.SubElement(parent, "outline", type="rss", text=feed.title)
        outline.set("title", feed.title)
        outline.set("xmlUrl", feed.url)
        if feed.tags:
            outline.set("category", ",".join(feed.tags))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
