"""The held-out part of the stories gold set, served as five outlets' feeds on 127.0.0.1."""

from __future__ import annotations

import sys
from datetime import datetime
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from pytest_httpserver import HTTPServer

GOLD_DIR = Path(__file__).parent / "gold"
sys.path.insert(0, str(GOLD_DIR))


def _rss(title: str, base: str, items: list[dict]) -> str:
    rows = "".join(
        f"<item><title>{escape(a['title'])}</title><link>{base}/{a['id']}.html</link>"
        f"<guid>{base}/{a['id']}.html</guid><pubDate>"
        f"{format_datetime(datetime.fromisoformat(a['published'].replace('Z', '+00:00')))}"
        "</pubDate></item>"
        for a in items
    )
    return (
        f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
        f"<title>{escape(title)}</title><link>{base}/</link>{rows}</channel></rss>"
    )


@pytest.fixture
def outlets():
    """Feeds `/<outlet>.xml` and pages `/<gold id>.html` of the held-out events only."""
    server = HTTPServer(host="127.0.0.1")
    server.start()
    base = server.url_for("").rstrip("/")
    from scoring import load_gold

    articles = [a for a in load_gold()["articles"] if a["part"] == "heldout"]
    by_feed: dict[str, list[dict]] = {}
    for a in articles:
        by_feed.setdefault(a["feed"], []).append(a)
        server.expect_request(f"/{a['id']}.html").respond_with_data(
            a["html"], content_type="text/html; charset=utf-8"
        )
    for feed, items in by_feed.items():
        server.expect_request(f"/{feed}.xml").respond_with_data(
            _rss(items[0]["outlet"], base, items), content_type="application/rss+xml"
        )
    server.feeds = [f"{base}/{feed}.xml" for feed in by_feed]
    server.base = base
    server.articles = articles
    yield server
    server.clear()
    server.stop()
