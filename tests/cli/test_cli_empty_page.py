"""An article page with no article in it: the feed's own text is shown, with the reason.

Our own writing: a feed that carries the whole story, and a page that is only a sign-in
shell (what a script-rendered site sends before its scripts run)."""

from __future__ import annotations

import json

from pytest_httpserver import HTTPServer

from reader.config import resolve_paths
from reader.store.store import Store

STORY = (
    "The lighthouse keepers of Skarn Point handed over the keys on Friday, after ninety years "
    "in which a keeper slept under the lamp every night of the year."
)
SHELL = (
    "<html><head><title>Skarn Point</title></head><body><nav><a href='/'>Home</a></nav>"
    "<main><div id='app'><p>Sign in</p></div></main></body></html>"
)


def feed(base: str) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>Skarn Gazette</title><link>{base}/</link><description>News</description>"
        f"<item><title>Keepers leave Skarn Point</title><link>{base}/story</link>"
        f"<guid>{base}/story</guid><pubDate>Fri, 01 May 2026 12:00:00 GMT</pubDate>"
        f"<content:encoded><![CDATA[<p>{STORY}</p>]]></content:encoded></item>"
        "</channel></rss>"
    )


def test_a_page_without_its_article_keeps_the_feeds_text_with_the_reason(cli, monkeypatch):
    from reader.models import Analysis

    monkeypatch.setattr("reader.cli._analyser", lambda: lambda text: Analysis([], []))
    server = HTTPServer(host="127.0.0.1")
    server.start()
    try:
        base = server.url_for("").rstrip("/")
        server.expect_request("/feed.xml").respond_with_data(
            feed(base), content_type="application/rss+xml"
        )
        server.expect_request("/story").respond_with_data(SHELL, content_type="text/html")
        assert cli("add", f"{base}/feed.xml")[0] == 0
        code, _out, err = cli("refresh")
        assert code == 0, err
    finally:
        server.stop()
    row = json.loads(cli("list", "--json")[1])[0]
    shown = json.loads(cli("show", row["id"], "--json")[1])
    assert STORY[:60] in shown["text"]
    body = Store(resolve_paths(cli.data)).load_body(row["id"])
    assert body["source"] == "feed"
    assert "article text found on the page" in body["note"]  # the app shows the note
