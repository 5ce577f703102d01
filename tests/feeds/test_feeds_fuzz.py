"""Only FeedError may escape parse_feed, whatever bytes arrive."""

from __future__ import annotations

from feed_fixtures import FIXTURES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.feeds.errors import FeedError
from reader.feeds.parse import parse_feed
from reader.models import ParsedFeed

SEEDS = [p.read_bytes() for p in sorted(FIXTURES.glob("*.xml")) if p.stat().st_size < 5000]
SEEDS += [p.read_bytes() for p in sorted(FIXTURES.glob("*.json"))]
CONTENT_TYPES = st.sampled_from(
    [None, "application/rss+xml", "application/json", "text/xml; charset=utf-16", "text/html"]
)


def check(data: bytes, content_type: str | None) -> None:
    try:
        feed = parse_feed(data, "https://fuzz.example.com/feed", content_type)
    except FeedError as exc:
        assert exc.reason
        return
    assert isinstance(feed, ParsedFeed)
    for entry in feed.entries:
        assert entry.title and "\x1b" not in entry.title and "\x00" not in entry.title


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2048), CONTENT_TYPES)
def test_random_bytes(data: bytes, content_type: str | None) -> None:
    check(data, content_type)


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 8))):
        op = draw(st.sampled_from(["flip", "cut", "insert", "dup"]))
        pos = draw(st.integers(0, max(0, len(data) - 1)))
        if op == "flip" and data:
            data[pos] = draw(st.integers(0, 255))
        elif op == "cut":
            del data[pos : pos + draw(st.integers(1, 64))]
        elif op == "insert":
            snippet = draw(
                st.sampled_from(
                    [
                        b"<",
                        b">",
                        b"&",
                        b"&amp;",
                        b"]]>",
                        b"<![CDATA[",
                        b"\x00",
                        b"\x1b[31m",
                        b"<!ENTITY x 'y'>",
                        b"&x;",
                        b"</item>",
                        b"<item>",
                        b'"',
                        b"\xff\xfe",
                        b"{",
                    ]
                )
            )
            data[pos:pos] = snippet
        elif op == "dup":
            data[pos:pos] = data[pos : pos + draw(st.integers(1, 200))]
    return bytes(data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated(), CONTENT_TYPES)
def test_mutated_fixture_feeds(data: bytes, content_type: str | None) -> None:
    check(data, content_type)
