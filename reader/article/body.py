"""The stored form of an article body, from its page or from the feed's own content.

Both paths end in the same dict so `show`, the app and the analysis never care where the
text came from; `source` and `note` say it for the reader.
"""

from __future__ import annotations

from typing import Any

import lxml.html
from lxml import etree

from reader.article.clean import clean_page
from reader.article.markdown import render
from reader.models import ParsedEntry
from reader.sanitize import clean_block


def body_from_page(html: bytes, url: str | None) -> dict[str, Any]:
    page = clean_page(html, url)
    return {
        "source": "page",
        "title": page.title,
        "byline": page.byline,
        "published": page.published,
        "text": page.text,
        "note": None,
        "warning": page.warning,
    }


def fragment_text(html: str, base: str | None) -> str:
    """A feed's HTML content (or summary) as Markdown-flavoured text."""
    if not html.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return clean_block(html).strip()
    for bad in root.xpath("//script|//style|//iframe|//object|//embed|//form"):
        bad.drop_tree()
    markdown, _plain = render(root, base)
    return clean_block(markdown).strip()


def body_from_feed(entry: ParsedEntry) -> dict[str, Any] | None:
    """The feed's content (else its summary) as a body; None when the feed says nothing."""
    text = fragment_text(entry.content or entry.summary or "", entry.link)
    if not text:
        return None
    return {
        "source": "feed",
        "title": entry.title,
        "byline": entry.author,
        "published": entry.published,
        "text": text,
        "note": None,
    }
