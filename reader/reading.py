"""Reading a stored article: its body, or what the feed said, analysed once and kept.

`show` and the app both come here, so an article analysed once opens instantly after,
offline, from either.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from typing import Any

from reader.sanitize import is_fetchable
from reader.store.store import Store

NOT_FETCHED = "article page not fetched yet"
# A Markdown link in stored article text: [words](address); the app numbers them in order.
MARKDOWN_LINK = re.compile(r"\[([^\]\n]*)\]\(((?:[^()\s]|\([^()\s]*\))*)\)")


def article_links(text: str) -> list[dict[str, str]]:
    """The links of an article's text in order (what `L` lists and `show --json` gives)."""
    return [{"text": m.group(1).strip(), "url": m.group(2)} for m in MARKDOWN_LINK.finditer(text)]


def stored_body(store: Store, aid: str) -> dict[str, Any]:
    """The cleaned body; for a `--feeds-only` article, the feed's own content as text."""
    body = store.load_body(aid)
    if body is not None:
        return body
    from reader.article.body import fragment_text  # lxml/readability: only when needed

    record = store.article(aid)
    content = store.feed_content(aid) or {}
    html = content.get("content") or content.get("summary") or ""
    text = fragment_text(html, record.link if record else None)
    return {"source": "feed", "text": text, "note": NOT_FETCHED, "link": record and record.link}


def page_missing(body: dict[str, Any]) -> bool:
    """True for a `--feeds-only` article whose web page can still be fetched."""
    return body.get("note") == NOT_FETCHED and is_fetchable(body.get("link"))


def needs_analysis(body: dict[str, Any]) -> bool:
    return bool(body.get("text")) and not body.get("analysed")


def analyse_and_keep(store: Store, aid: str, body: dict[str, Any]) -> dict[str, Any]:
    """Run the (slow, lazily loaded) analysis and store it with the body."""
    from reader.article.analyse import analyse

    body = {**body, **analyse(body["text"]).to_json(), "analysed": True}
    store.save_body(aid, body)
    names = [n for a in body["actors"] for n in (a["name"], *a.get("aliases", ()))]
    # The feed's own text, analysed, still leaves the page to fetch on the next refresh.
    fetched = body.get("note") != NOT_FETCHED
    store.update_articles({aid: {"has_body": fetched, "actors": names}})
    with contextlib.suppress(sqlite3.Error, OSError):  # a cache: never fails a read
        store.index_articles([aid])
    from reader.stories import place_quietly  # analysed now: it can join its story

    place_quietly(store, [aid])
    return body
