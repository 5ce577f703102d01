"""A `--feeds-only` refresh loads only what it needs (issue 12: peak memory vs newsboat).

Run in a fresh interpreter, so that modules other tests imported do not hide an import.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import json, sys
from reader.config import load_settings, resolve_paths
from reader.refresh import refresh
from reader.store.store import Store

paths = resolve_paths(sys.argv[1])
store = Store(paths)
store.add_feed(sys.argv[2])
summary = refresh(store, load_settings(paths), fetch_pages=False)
print(json.dumps({
    "line": summary.line(),
    "stories": "reader.stories" in sys.modules,
    "lxml_html": "lxml.html" in sys.modules,
    "httpx": "httpx" in sys.modules,
    "titles": [record.title for record in store.articles()],
}))
"""


def rss_feed(items: list[tuple[str, str]]) -> bytes:
    """An RSS 2.0 feed of (title as written in the XML, link) items."""
    body = "".join(
        f"<item><title>{title}</title><link>{link}</link><guid>{link}</guid></item>"
        for title, link in items
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Lean</title>'
        f"<link>https://example.org/</link>{body}</channel></rss>"
    ).encode()


def _refresh_feeds_only(tmp_path: Path, url: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "data"), url],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_feeds_only_refresh_imports_neither_stories_nor_lxml_html_nor_httpx(server, tmp_path):
    items = [(f"Plain title {i}", f"https://example.org/a/{i}") for i in range(5)]
    server.expect_request("/feed.xml").respond_with_data(
        rss_feed(items), content_type="application/rss+xml"
    )
    seen = _refresh_feeds_only(tmp_path, server.url_for("/feed.xml"))
    assert "1 feeds ok" in seen["line"] and "5 new articles" in seen["line"], seen
    assert seen["stories"] is False  # nothing analysed: no story to place
    assert seen["lxml_html"] is False  # plain titles: no HTML parser needed
    assert seen["httpx"] is False  # GETs through h11 directly (~10 MB less at peak)


def test_markup_in_a_title_still_becomes_its_text(server, tmp_path):
    server.expect_request("/feed.xml").respond_with_data(
        rss_feed([("&lt;b&gt;Bold&lt;/b&gt; news", "https://example.org/a/1")]),
        content_type="application/rss+xml",
    )
    seen = _refresh_feeds_only(tmp_path, server.url_for("/feed.xml"))
    assert "1 new articles" in seen["line"], seen
    assert seen["titles"] == ["Bold news"]  # lxml.html, loaded when markup shows up
