"""First run: a fresh store gets the bundled demo feed and the public defaults, once."""

from __future__ import annotations

import importlib.util
import socket
from urllib.parse import urlsplit

import feedparser
import lxml.html
import pytest

from reader.config import load_settings, resolve_paths
from reader.demo import DEFAULT_FEEDS, DEMO_FEED, DEMO_URL
from reader.firstrun import MARKER, add_starter_feeds, first_run
from reader.store.store import Store

DEMO_ARTICLES = 6


@pytest.fixture
def store(tmp_path):
    s = Store(resolve_paths(tmp_path / "data"))
    yield s
    s.close()


def test_fresh_store_gets_only_the_demo_by_name(store):
    """Issue 10, 9: no public feeds subscribed silently, no install path stored."""
    assert first_run(store) is True
    [demo] = store.feeds()
    assert demo.url == DEMO_URL and str(DEMO_FEED) not in demo.url
    assert demo.tags == ["newsreader"]
    assert demo.title == "newsreader demo"
    assert store.load_ui_state()[MARKER] is True


def test_starter_feeds_are_added_on_request_once(store):
    first_run(store)
    added = add_starter_feeds(store)
    assert {f.url for f in added} == {url for url, _t, _tags in DEFAULT_FEEDS}
    feeds = {f.url: f for f in store.feeds()}
    for url, title, tags in DEFAULT_FEEDS:
        assert feeds[url].title == title and feeds[url].tags == tags
    assert add_starter_feeds(store) == []


def test_only_once_even_after_every_feed_is_removed(store):
    store.save_ui_state({"theme": "light"})
    assert first_run(store) is True
    assert store.load_ui_state() == {"theme": "light", MARKER: True}  # merged, not replaced
    assert first_run(store) is False
    for feed in store.feeds():
        store.remove_feed(feed.url)
    assert store.feeds() == []
    assert first_run(store) is False
    assert store.feeds() == []


def test_store_with_feeds_is_left_alone(store):
    store.add_feed("https://example.test/feed.xml")
    assert first_run(store) is False
    assert [f.url for f in store.feeds()] == ["https://example.test/feed.xml"]
    assert store.load_ui_state()[MARKER] is True


def test_demo_feed_parses_with_full_articles():
    assert DEMO_FEED.is_absolute() and DEMO_FEED.is_file()
    parsed = feedparser.parse(DEMO_FEED.read_bytes())
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.feed.title == "newsreader demo"
    assert len(parsed.entries) == DEMO_ARTICLES
    assert parsed.entries[0].title == "Welcome to newsreader"
    guids = set()
    for entry in parsed.entries:
        assert urlsplit(entry.link).hostname == "demo.newsreader.invalid"
        assert entry.author and entry.published_parsed.tm_year == 2026
        guids.add(entry.id)
        html = entry.content[0].value
        words = len(lxml.html.fromstring(html).text_content().split())
        assert 350 <= words <= 600, (entry.title, words)
        assert "“" in html or entry is parsed.entries[0]  # the news articles quote people
    assert len(guids) == DEMO_ARTICLES


def test_default_feeds_are_https_and_tagged():
    assert 6 <= len(DEFAULT_FEEDS) <= 8
    assert len({url for url, _t, _tags in DEFAULT_FEEDS}) == len(DEFAULT_FEEDS)
    for url, title, tags in DEFAULT_FEEDS:
        assert url.startswith("https://") and title
        assert tags and set(tags) <= {"news", "tech"}


def _refresh_ready() -> bool:
    try:
        return all(
            importlib.util.find_spec(name) is not None
            for name in ("reader.feeds.fetch", "reader.feeds.parse", "reader.article.clean")
        )
    except ImportError:
        return False


@pytest.mark.skipif(not _refresh_ready(), reason="feed fetching/parsing not landed yet")
def test_demo_feed_refreshes_offline(store, monkeypatch):
    from reader.refresh import refresh

    def no_network(*args, **kwargs):
        raise AssertionError(f"network touched: {args!r}")

    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket.socket, "connect_ex", no_network)

    assert first_run(store) is True
    summary = refresh(store, load_settings(store.paths), feeds=[DEMO_URL], analyser=None)
    assert [o.status for o in summary.outcomes] == ["ok"], summary.outcomes
    assert summary.new == DEMO_ARTICLES
    assert summary.pages == 0 and summary.page_failures == 0  # no article page was fetched
    articles = store.articles()
    assert len(articles) == DEMO_ARTICLES
    assert {a.title for a in articles} >= {"Welcome to newsreader"}
    for article in articles:
        body = store.load_body(article.id)
        assert body is not None, article.title
        assert body["source"] == "feed"
        assert body["text"].strip()
        assert "local feed" in (body["note"] or "")
    # A second refresh finds nothing new (the file did not change).
    again = refresh(store, load_settings(store.paths), feeds=[DEMO_URL], analyser=None)
    assert again.new == 0
