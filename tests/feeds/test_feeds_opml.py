"""OPML import/export: folders become tags, and export reads back to the same list."""

from __future__ import annotations

import pytest

from reader.feeds.opml import OpmlError, OutlineFeed, read_opml, write_opml

SAMPLE = b"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>Mine</title></head>
  <body>
    <outline text="Top" xmlUrl="https://top.example.com/feed" type="rss"/>
    <outline text="News">
      <outline title="Daily" xmlURL="https://daily.example.com/rss"/>
      <outline text="Tech">
        <outline text="Gadgets" xmlUrl="https://gadgets.example.com/atom"
                 category="/reviews,deals"/>
      </outline>
    </outline>
    <outline text="Again">
      <outline text="Top twice" xmlUrl="https://top.example.com/feed"/>
    </outline>
    <outline text="Local" xmlUrl="file:///etc/passwd"/>
    <outline text="Empty folder"/>
    <outline xmlUrl="https://untitled.example.com/feed"/>
  </body>
</opml>"""


def test_read_opml_folders_become_tags() -> None:
    feeds = read_opml(SAMPLE)
    assert feeds == [
        OutlineFeed("https://top.example.com/feed", "Top", ["Again"]),
        OutlineFeed("https://daily.example.com/rss", "Daily", ["News"]),
        OutlineFeed(
            "https://gadgets.example.com/atom", "Gadgets", ["News", "Tech", "reviews", "deals"]
        ),
        OutlineFeed("https://untitled.example.com/feed", "https://untitled.example.com/feed", []),
    ]


def test_read_opml_local_files_only_when_allowed() -> None:
    urls = [f.url for f in read_opml(SAMPLE, allow_local=True)]
    assert "file:///etc/passwd" in urls


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"<opml><body>", "malformed XML"),
        (b"<rss version='2.0'/>", "not an OPML document"),
        (b"<opml version='2.0'><head/></opml>", "OPML document without a body"),
    ],
)
def test_read_opml_errors(data: bytes, reason: str) -> None:
    with pytest.raises(OpmlError) as info:
        read_opml(data)
    assert info.value.reason.startswith(reason)


def test_read_opml_never_expands_entities(tmp_path: object) -> None:
    data = b"""<?xml version="1.0"?>
<!DOCTYPE opml [ <!ENTITY x SYSTEM "file:///etc/passwd"> ]>
<opml version="2.0"><body><outline text="a &x;" xmlUrl="https://a.example.com/"/></body></opml>"""
    try:
        feeds = read_opml(data)
    except OpmlError:
        return
    assert "root:" not in repr(feeds)


@pytest.mark.parametrize(
    "feeds",
    [
        [],
        [OutlineFeed("https://a.example.com/feed", "A", [])],
        [
            OutlineFeed("https://a.example.com/feed", "A", []),
            OutlineFeed("https://b.example.com/feed", "B & <b>", ["News"]),
            OutlineFeed("https://c.example.com/feed?x=1&y=2", "C", ["News"]),
            OutlineFeed("https://d.example.com/feed", "D", ["Tech"]),
        ],
        # Several tags: the first is the folder, all are kept in `category`.
        [OutlineFeed("https://e.example.com/feed", "E", ["Tech", "Rust", "Weekly"])],
    ],
)
def test_round_trip(feeds: list[OutlineFeed]) -> None:
    data = write_opml(feeds)
    assert data.startswith(b"<?xml")
    assert read_opml(data) == feeds


def test_write_opml_structure() -> None:
    data = write_opml([OutlineFeed("https://e.example.com/feed", "E", ["Tech", "Rust"])])
    assert b'<outline text="Tech" title="Tech">' in data
    assert b'category="Tech,Rust"' in data
    assert b"<title>newsreader subscriptions</title>" in data
