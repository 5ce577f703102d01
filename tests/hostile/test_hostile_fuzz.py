"""Fuzz the refresh pipeline's pure parts end to end (colleagues fuzz parse and clean alone).

Mutated real article pages through the page → body path, and mutated feeds through
parse → select_new → body (page or feed text) → the stored JSON, as `Refresher` runs them:
only FeedError may escape parsing, nothing escapes the rest, and whatever comes out is
storable and free of control characters.
"""

from __future__ import annotations

from pathlib import Path

import orjson
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.config import Settings
from reader.feeds.errors import FeedError
from reader.feeds.fetch import FetchResult
from reader.feeds.parse import parse_feed
from reader.refresh import Refresher, _entry_doc, select_new

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PAGES = [p.read_bytes()[:12_000] for p in sorted((FIXTURES / "pages").glob("*.html"))]
FEEDS = [
    p.read_bytes()
    for p in sorted((FIXTURES / "feeds").glob("*"))
    if p.suffix in (".xml", ".json") and p.stat().st_size < 6000
]
SNIPPETS = [
    b"<",
    b">",
    b"&",
    b"&#0;",
    b"&#x1b;",
    b"\x1b]0;x\x07",
    b"\x00",
    b"\xe2\x80\xae",
    b"<script>",
    b"</p>",
    b"<p>",
    b"<![CDATA[",
    b"]]>",
    b"<item>",
    b"</item>",
    b"<a href='javascript:x'>",
    b"<a href='file:///etc/passwd'>",
    b"<meta charset=utf-16>",
    b"<!ENTITY x SYSTEM 'file:///etc/passwd'>",
    b"&x;",
    b"\xff\xfe",
    b"{",
    b'"',
]
CONTROLS = ("\x1b", "\x07", "\x00", "\u202e")
FUZZ = settings(
    max_examples=300,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@st.composite
def mutated(draw: st.DrawFn, seeds: list[bytes]) -> bytes:
    data = bytearray(draw(st.sampled_from(seeds)))
    for _ in range(draw(st.integers(1, 10))):
        op = draw(st.sampled_from(["flip", "cut", "insert", "dup"]))
        pos = draw(st.integers(0, max(0, len(data) - 1)))
        if op == "flip" and data:
            data[pos] = draw(st.integers(0, 255))
        elif op == "cut":
            del data[pos : pos + draw(st.integers(1, 400))]
        elif op == "insert":
            data[pos:pos] = draw(st.sampled_from(SNIPPETS))
        else:
            data[pos:pos] = data[pos : pos + draw(st.integers(1, 300))]
    return bytes(data)


def _refresher() -> Refresher:
    return Refresher(None, Settings(), fetch_pages=True, analyser=None)  # type: ignore[arg-type]


def _assert_storable(body: dict | None) -> None:
    if body is None:
        return
    assert isinstance(body["text"], str)
    orjson.loads(orjson.dumps(body))
    for bad in CONTROLS:
        assert bad not in body["text"]
        assert bad not in (body.get("title") or "")


@FUZZ
@given(mutated(PAGES))
def test_mutated_pages_become_storable_bodies(html: bytes) -> None:
    from reader.models import ParsedEntry

    entry = ParsedEntry(
        guid="g",
        title="t",
        link="https://fuzz.example/a",
        published=None,
        summary="<p>The feed's own summary of the story.</p>",
    )
    page = FetchResult(url=entry.link, final_url=entry.link, status=200, content=html)
    body = _refresher()._make_body(entry, page, None)
    _assert_storable(body)
    assert body is not None and body["text"]


@FUZZ
@given(
    mutated(FEEDS),
    st.sampled_from(
        [None, "application/rss+xml", "text/html", "application/json", "text/xml; charset=utf-16"]
    ),
    st.one_of(st.none(), mutated(PAGES)),
)
def test_mutated_feeds_through_select_and_body(
    data: bytes, content_type: str | None, page_html: bytes | None
) -> None:
    try:
        feed = parse_feed(data, "https://fuzz.example/feed", content_type)
    except FeedError as exc:
        assert exc.reason
        return
    fresh = select_new("https://fuzz.example/feed", "0badf00d", feed.entries, set(), keep=3)
    assert len(fresh) <= 3
    refresher = _refresher()
    for entry in fresh.values():
        orjson.dumps(_entry_doc(entry))
        page = None
        if page_html is not None and entry.link:
            page = FetchResult(url=entry.link, final_url=entry.link, status=200, content=page_html)
        _assert_storable(refresher._make_body(entry, page, "fuzz"))
