"""parse_feed on our fixture feeds and on hostile input."""

from __future__ import annotations

import time
from pathlib import Path

import feedparser
import pytest
from feed_fixtures import fixture_bytes

from reader.feeds.errors import FeedError
from reader.feeds.parse import (
    normalise_date,
    parse_feed,
    parse_with_feedparser,
    parse_with_lxml,
)

URL = "https://feeds.example.com/feed.xml"


def rss(items: str, *, channel_title: str = "T", prolog: str = "") -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<rss version="2.0"><channel>'
        f"<title>{channel_title}</title><link>https://ex.com/</link>{items}</channel></rss>"
    ).encode()


def test_rss20_basic() -> None:
    feed = parse_feed(fixture_bytes("rss20_basic.xml"), URL)
    assert feed.kind == "rss"
    assert feed.title == "Example Daily"
    assert feed.link == "https://news.example.com/"
    titles = [e.title for e in feed.entries]
    assert titles == [
        "Council approves new bridge",
        "Rain expected over the weekend",
        "Mayor & deputy to meet residents",
        "Library opens late on Thursdays",
    ]  # the duplicate bridge story is gone
    first, rain, mayor, library = feed.entries
    assert first.published == "2024-02-05T10:00:00Z"
    assert rain.published == "2024-02-04T16:30:00Z"
    assert mayor.guid == "news-example-4711" and mayor.published == "2024-02-03T13:05:09Z"
    assert mayor.summary == "<p>A <b>town hall</b> meeting & more.</p>"
    assert library.link == "https://news.example.com/2024/01/library"  # permalink guid
    assert first.summary == "<p>The council voted 7–2 in favour.</p>"


def test_atom_text_constructs_and_links() -> None:
    feed = parse_feed(fixture_bytes("atom_basic.xml"), URL)
    assert feed.kind == "atom"
    assert feed.title == "Atom <Example>"  # type=text: literal, not HTML
    assert feed.link == "https://atom.example.com/"
    ships, xhtml, plain = feed.entries
    assert ships.title == "Ships & boats"
    assert ships.link == "https://atom.example.com/ships"
    assert ships.published == "2024-05-01T08:00:00Z"  # published wins over updated
    assert ships.content == "<p>Content <b>here</b>.</p>"
    assert ships.author == "Feed Author"
    assert xhtml.title == "An XHTML title"
    assert xhtml.content == "<p>Para <em>one</em>.</p>"
    assert xhtml.published == "2024-05-01T06:59:59Z"
    assert plain.title == "Plain text <not a tag>"
    assert plain.link == "https://atom.example.com/plain"  # the HTML alternate, not the PDF
    assert plain.summary == "Plain &amp; simple."  # text construct escaped to HTML
    assert plain.author == "Entry Author"


def test_relative_links_resolved() -> None:
    feed = parse_feed(fixture_bytes("rss20_relative_links.xml"), "https://blog.example.net/a/feed")
    assert [e.link for e in feed.entries] == [
        "https://blog.example.net/posts/first",
        "https://blog.example.net/a/posts/second.html",
        "https://blog.example.net/third?x=1&y=2",
        "https://other.example.com/story",
    ]
    # Without a document URL the channel link is the base.
    feed = parse_feed(fixture_bytes("rss20_relative_links.xml"))
    assert feed.entries[0].link == "https://blog.example.net/posts/first"


def test_atom_xml_base() -> None:
    feed = parse_feed(fixture_bytes("atom_relative.xml"), URL)
    assert feed.link == "https://base.example.com/blog/"
    assert [e.link for e in feed.entries] == [
        "https://base.example.com/blog/2024/one",
        "https://cdn.example.com/other/two.html",
        "https://base.example.com/three",
    ]


def test_rdf_and_rss091() -> None:
    rdf = parse_feed(fixture_bytes("rdf_basic.xml"), URL)
    assert rdf.kind == "rdf" and rdf.title == "RDF Site Summary"
    assert [e.guid for e in rdf.entries] == [
        "https://rdf.example.com/a",
        "https://rdf.example.com/b",
    ]
    assert rdf.entries[1].published == "2024-02-02T01:00:00Z"
    assert rdf.entries[0].author == "Tim"
    assert rdf.entries[1].content == "<p>Full</p>"
    old = parse_feed(fixture_bytes("rss091.xml"), URL)
    assert [e.title for e in old.entries] == ["Hello, world", "Second"]
    assert old.entries[0].guid == "http://old.example.com/hello"  # no guid: the link


def test_namespaces_and_missing_titles() -> None:
    feed = parse_feed(fixture_bytes("rss20_namespaces.xml"), URL)
    assert [e.title for e in feed.entries] == ["Episode 12", "Episode 11"]
    assert feed.entries[0].author == "Host One"
    assert feed.entries[1].link == "https://pod.example.com/11"  # atom:link inside RSS
    notes = parse_feed(fixture_bytes("rss20_no_dates.xml"), URL)
    assert all(e.published is None for e in notes.entries)
    derived = notes.entries[2].title
    assert derived.startswith("An item with no title at all") and len(derived) <= 80
    untitled = parse_feed(rss("<item><link>https://ex.com/x</link></item>"))
    assert untitled.entries[0].title == "(untitled)"


def test_entries_without_guid_or_link_get_a_stable_id() -> None:
    data = rss("<item><title>a</title></item><item><title>b</title></item>")
    first = parse_feed(data)
    assert [e.guid for e in first.entries] == [e.guid for e in parse_feed(data).entries]
    assert len({e.guid for e in first.entries}) == 2


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Mon, 05 Feb 2024 10:00:00 GMT", "2024-02-05T10:00:00Z"),
        ("Mon, 05 Feb 2024 10:00:00 +0130", "2024-02-05T08:30:00Z"),
        ("Mon, 05 Feb 2024 10:00:00 PST", "2024-02-05T18:00:00Z"),
        ("2024-02-05T10:00:00Z", "2024-02-05T10:00:00Z"),
        ("2024-02-05T10:00:00.5-02:00", "2024-02-05T12:00:00Z"),
        ("2024-02-05", "2024-02-05T00:00:00Z"),
        ("2024-02-05 10:00:00", "2024-02-05T10:00:00Z"),
        ("not a date", None),
        ("", None),
        (None, None),
        ("Mon, 31 Feb 2024 10:00:00 GMT", None),
        ("Fri, 31 Dec 9999 23:59:59 -1200", None),
    ],
)
def test_normalise_date(raw: str | None, expected: str | None) -> None:
    assert normalise_date(raw) == expected


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty response"),
        (b"   \n\t ", "empty response"),
        (
            b"<!DOCTYPE html><html><head><title>x</title></head><body>hi</body></html>",
            "not a feed: looks like an HTML page",
        ),
        (b"<html><body>hi</body></html>", "not a feed: looks like an HTML page"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "not a feed: binary data"),
        (b"just some words", "not a feed: plain text, not XML or JSON"),
    ],
)
def test_unusable_input_gives_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(FeedError) as info:
        parse_feed(data, URL)
    assert info.value.reason == reason


def test_html_page_that_slips_past_the_sniffer() -> None:
    page = b"<?xml version='1.0'?>\n<html xmlns='http://www.w3.org/1999/xhtml'><body/></html>"
    with pytest.raises(FeedError, match="looks like an HTML page"):
        parse_feed(page, URL)


def test_malformed_xml_reason() -> None:
    with pytest.raises(FeedError) as info:
        parse_feed(b"<?xml version='1.0'?><rss><channel><title>x</tit", URL)
    assert info.value.reason.startswith("malformed XML: ")


def test_malformed_but_recoverable_feed_is_read_by_feedparser() -> None:
    data = rss("<item><title>Fish & Chips</title><link>https://ex.com/f</link></item>")
    feed = parse_feed(data, URL)
    assert feed.kind.startswith("feedparser:")
    assert feed.entries[0].title == "Fish & Chips"


def test_unknown_xml_root() -> None:
    with pytest.raises(FeedError, match="not a feed"):
        parse_feed(b"<?xml version='1.0'?><catalog><book>x</book></catalog>", URL)


def test_charset_declared_in_xml_beats_a_lying_header() -> None:
    expected = "Naïve résumé — €5"
    for name in ("rss20_windows1252.xml", "rss20_utf8.xml"):
        for header in (None, "text/xml; charset=iso-8859-1", "application/xml; charset=utf-8"):
            feed = parse_feed(fixture_bytes(name), URL, header)
            assert feed.title == "Café “quotes”", (name, header)
            assert feed.entries[0].title == expected, (name, header)


def test_undeclared_windows1252_uses_the_header_or_a_fallback() -> None:
    data = fixture_bytes("rss20_undeclared_cp1252.xml")
    for header in ("text/xml; charset=windows-1252", None):
        feed = parse_feed(data, URL, header)
        assert feed.entries[0].title == "Naïve résumé — €5"


def test_utf16_with_bom() -> None:
    data = fixture_bytes("rss20_utf8.xml").decode("utf-8").replace("UTF-8", "UTF-16")
    feed = parse_feed(data.encode("utf-16"), URL)
    assert feed.entries[0].title == "Naïve résumé — €5"


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title>
<item><title>laughs &lol9;</title><link>https://ex.com/1</link></item></channel></rss>
"""


def _all_text(feed: object) -> str:
    return repr(feed)


@pytest.mark.parametrize("parser", [parse_feed, parse_with_lxml, parse_with_feedparser])
def test_billion_laughs_never_expands(parser: object) -> None:
    started = time.monotonic()
    try:
        feed = parser(BILLION_LAUGHS.encode(), URL)  # type: ignore[operator]
    except FeedError:
        return
    except Exception as exc:  # parse_with_lxml may decline (its _NotFast)
        assert type(exc).__name__ == "_NotFast"
        return
    finally:
        assert time.monotonic() - started < 2
    assert "lollollol" not in _all_text(feed)
    assert len(_all_text(feed)) < 10_000


def _xxe(secret_path: Path) -> bytes:
    return f"""<?xml version="1.0"?>
<!DOCTYPE rss [ <!ENTITY xxe SYSTEM "{secret_path.as_uri()}"> ]>
<rss version="2.0"><channel><title>t &xxe;</title>
<item><title>steal &xxe;</title><description>&xxe;</description>
<link>https://ex.com/1</link></item></channel></rss>
""".encode()


@pytest.mark.parametrize("parser", [parse_feed, parse_with_lxml, parse_with_feedparser])
def test_xxe_never_reads_local_files(tmp_path: Path, parser: object) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENTS")
    try:
        feed = parser(_xxe(secret), URL)  # type: ignore[operator]
    except FeedError:
        return
    except Exception as exc:
        assert type(exc).__name__ == "_NotFast"
        return
    assert "TOP-SECRET" not in _all_text(feed)


def test_feedparser_itself_does_not_resolve_external_entities(tmp_path: Path) -> None:
    """Belt and braces: even without our DOCTYPE stripping, feedparser stays off the disk."""
    import io

    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENTS")
    result = feedparser.parse(io.BytesIO(_xxe(secret)))
    assert "TOP-SECRET" not in repr(result)


def test_hundred_thousand_items_in_bounded_time() -> None:
    item = (
        "<item><title>Item {0}</title><link>https://ex.com/{0}</link>"
        "<pubDate>Mon, 01 Jul 2024 06:15:00 +0000</pubDate></item>"
    )
    data = rss("".join(item.format(i) for i in range(100_000)))
    started = time.monotonic()
    feed = parse_feed(data, URL)
    elapsed = time.monotonic() - started
    assert len(feed.entries) == 100_000
    assert feed.kind == "rss"
    assert elapsed < 15, elapsed


def test_huge_title_is_capped() -> None:
    data = rss(f"<item><title>{'A' * 1_000_000}</title><link>https://ex.com/1</link></item>")
    feed = parse_feed(data, URL)
    assert len(feed.entries[0].title) <= 2000
    assert feed.entries[0].title.endswith("…")


def test_markup_and_control_characters_in_titles() -> None:
    title = (
        "[bold red]x[/] [@click=app.quit]y[/] [link=file:///etc/passwd]z[/link]"
        "&#x1b;]8;;http://evil&#x1b;\\ok\u202eevil\u2066 &#x7;bell"
    )
    # ESC, BEL, NUL cannot appear in XML 1.0 at all; they come via feedparser's loose parser.
    raw_controls = "\x1b[31mred\x1b[0m \x1b]0;title\x07 nul\x00 \u202ertl"
    for data in (
        rss(f"<item><title>{title}</title><link>https://ex.com/1</link></item>"),
        rss(f"<item><title>{raw_controls}</title><link>https://ex.com/2</link></item>"),
    ):
        feed = parse_feed(data, URL)
        got = feed.entries[0].title
        for bad in ("\x1b", "\x07", "\x00", "\u202e", "\u2066"):
            assert bad not in got
    markup = parse_feed(rss(f"<item><title>{title}</title></item>"), URL).entries[0].title
    assert markup.startswith(
        "[bold red]x[/] [@click=app.quit]y[/] [link=file:///etc/passwd]z[/link]"
    )


@pytest.mark.parametrize(
    "link",
    ["file:///etc/passwd", "data:text/html,hi", "javascript:alert(1)", "ftp://ex.com/a"],
)
def test_odd_link_schemes_are_kept_as_text(link: str) -> None:
    """Links are data; fetch_page refuses them (see test_feeds_fetch)."""
    feed = parse_feed(rss(f"<item><title>x</title><link>{link}</link></item>"), URL)
    assert feed.entries[0].link == link


def test_json_feed_11_and_10() -> None:
    feed = parse_feed(fixture_bytes("jsonfeed11.json"), "https://json.example.com/feed.json")
    assert feed.kind == "json" and feed.title == "JSON Example"
    assert feed.link == "https://json.example.com/"
    hello, second, third = feed.entries  # "not an object" skipped, duplicate dropped
    assert hello.title == "Hello JSON" and hello.author == "Jay, Son"
    assert hello.published == "2024-08-01T14:00:00Z"
    assert hello.content == "<p>Hi</p>"
    assert second.guid == "2" and second.link == "https://json.example.com/2"
    assert second.content == "No title here, just &lt;text&gt; content"
    assert second.title == "Sum"  # derived from the summary
    assert third.title == "(untitled)" and third.author == "Old Style"
    old = parse_feed(fixture_bytes("jsonfeed10.json"), None, "application/feed+json")
    assert old.entries[0].author == "Solo"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b'{"version": "https://jsonfeed.org/version/1.1", "items": [', "malformed JSON"),
        (b'{"hello": "world"}', "not a feed: JSON but not a JSON Feed"),
        (b"[1, 2, 3]", "not a feed: JSON but not a JSON Feed"),
    ],
)
def test_json_that_is_not_a_feed(data: bytes, reason: str) -> None:
    with pytest.raises(FeedError) as info:
        parse_feed(data, URL, "application/json")
    assert info.value.reason.startswith(reason)


def test_malformed_feed_with_no_items_is_an_error():
    """Issue 10, 12: was accepted as a feed titled 'Badx</body></html>'."""
    from reader.feeds.errors import FeedError

    with pytest.raises(FeedError, match="malformed XML"):
        parse_feed(b"<rss><channel><title>Bad<item><title>x</title></channel>", None)


def test_truncated_atom_keeps_its_items_and_says_it_was_cut():
    from reader.feeds.parse import feed_problem

    data = (
        b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>'
        b'<entry><title>One</title><link href="http://a.test/1"/><id>1</id></entry>'
        b'<entry><title>Two</title><link href="http://a.te'
    )
    parsed = parse_feed(data, "http://x.test/feed")
    assert parsed.entries[0].title == "One"
    assert "malformed XML" in (feed_problem(parsed) or "")
