"""The fast lxml path must read our fixture corpus exactly as feedparser does."""

from __future__ import annotations

import time

import pytest
from feed_fixtures import FIXTURES

from reader.feeds.parse import parse_feed, parse_with_feedparser, parse_with_lxml
from reader.models import ParsedFeed

CORPUS = sorted(p.name for p in FIXTURES.glob("*.xml"))


def key(feed: ParsedFeed) -> tuple[object, ...]:
    return (
        feed.title,
        feed.link,
        [(e.title, e.link, e.guid, e.published) for e in feed.entries],
    )


def test_corpus_is_big_enough() -> None:
    assert len(CORPUS) >= 10


@pytest.mark.parametrize("name", CORPUS)
def test_fast_path_equals_feedparser(name: str) -> None:
    data = (FIXTURES / name).read_bytes()
    url = f"https://feeds.example.com/sub/{name}"
    fast = parse_with_lxml(data, url)
    slow = parse_with_feedparser(data, url)
    assert fast.entries, name
    assert key(fast) == key(slow)
    assert parse_feed(data, url).kind == fast.kind  # parse_feed did take the fast path


def test_fast_path_is_much_faster() -> None:
    data = (FIXTURES / "rss20_30items.xml").read_bytes()
    url = "https://bench.example.com/feed"

    def per_call(fn: object, n: int) -> float:
        fn(data, url)  # type: ignore[operator]
        started = time.perf_counter()
        for _ in range(n):
            fn(data, url)  # type: ignore[operator]
        return (time.perf_counter() - started) / n

    fast = per_call(parse_with_lxml, 20)
    slow = per_call(parse_with_feedparser, 5)
    assert fast * 4 < slow, (fast, slow)
