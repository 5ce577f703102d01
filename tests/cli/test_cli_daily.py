"""The CLI side of issue 10 ("the reader's daily flow"), on real servers on 127.0.0.1."""

from __future__ import annotations

import json

import pytest
from pytest_httpserver import HTTPServer


@pytest.fixture
def server():
    httpserver = HTTPServer(host="127.0.0.1")
    httpserver.start()
    yield httpserver
    httpserver.clear()
    if httpserver.is_running():
        httpserver.stop()


TRUNCATED_ATOM = (
    '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Cut short</title>'
    '<entry><title>One</title><link href="http://a.test/1"/><id>1</id></entry>'
    '<entry><title>Two</title><link href="http://a.te'
)


def test_malformed_and_truncated_feeds_show_an_error(server, cli):
    server.expect_request("/bad.xml").respond_with_data(
        "<rss><channel><title>Bad<item><title>x</title></channel>",
        content_type="application/rss+xml",
    )
    server.expect_request("/cut.xml").respond_with_data(
        TRUNCATED_ATOM, content_type="application/atom+xml"
    )
    bad, cut = server.url_for("/bad.xml"), server.url_for("/cut.xml")
    from reader.config import resolve_paths
    from reader.store.store import Store

    store = Store(resolve_paths(cli.data))  # `add` checks a feed first: subscribe directly
    store.add_feed(bad)
    store.add_feed(cut)
    store.close()
    _code, _out, err = cli("refresh", "--feeds-only")
    assert "1 failed" in err, err
    feeds = {f["url"]: f for f in json.loads(cli("feeds", "--json")[1])}
    assert "malformed XML" in feeds[bad]["error"]
    assert "malformed XML" in feeds[cut]["error"] and feeds[cut]["unread"] == 2


def _rss(title: str, items: list[tuple[str, str]]) -> str:
    body = "".join(
        f"<item><title>{t}</title><link>{link}</link><guid>{link}</guid>"
        f"<pubDate>Mon, 01 Jun 2020 1{i}:00:00 +0000</pubDate></item>"
        for i, (t, link) in enumerate(items)
    )
    head = f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>'
    return f"{head}{body}</channel></rss>"


@pytest.fixture
def two_feeds(server, cli):
    """Two feeds carrying one story, under links that differ only in tracking and case."""
    shared = "https://news.test/story/ferry"
    server.expect_request("/a.xml").respond_with_data(
        _rss(
            "Courier",
            [
                ("Night ferry approved", shared + "?utm_source=rss#top"),
                ("Quay repairs", "https://news.test/story/quay"),
            ],
        ),
        content_type="application/rss+xml",
    )
    server.expect_request("/b.xml").respond_with_data(
        _rss("Gazette", [("Ferry: council says yes", "HTTPS://NEWS.TEST/story/ferry?fbclid=x")]),
        content_type="application/rss+xml",
    )
    a, b = server.url_for("/a.xml"), server.url_for("/b.xml")
    assert cli("add", a, b)[0] == 0
    assert cli("refresh", "--feeds-only")[0] == 0
    return a, b


def test_one_link_from_two_feeds_is_listed_once(two_feeds, cli):
    a, b = two_feeds
    rows = json.loads(cli("list", "--json")[1])
    assert len(rows) == 2
    [ferry] = [r for r in rows if "erry" in r["title"]]
    assert ferry["also_in"] == [b if ferry["feed"] == a else a]
    # Each feed's own view still has it; reading it anywhere reads it everywhere.
    assert len(json.loads(cli("list", "--feed", b, "--json")[1])) == 1
    assert cli("mark-read", ferry["id"])[0] == 0
    assert json.loads(cli("list", "--feed", b, "--unread", "--json")[1]) == []
    feeds = {f["url"]: f["unread"] for f in json.loads(cli("feeds", "--json")[1])}
    assert feeds == {a: 1, b: 0}
    # Removing one of the feeds keeps the article for the other.
    assert cli("remove", ferry["feed"])[0] == 0
    left = json.loads(cli("list", "--json")[1])
    assert any("erry" in r["title"] for r in left)


def test_mark_read_feed_and_all(two_feeds, cli):
    a, b = two_feeds
    code, _out, err = cli("mark-read", "--feed", b)
    assert code == 0, err
    feeds = {f["url"]: f["unread"] for f in json.loads(cli("feeds", "--json")[1])}
    assert feeds == {a: 1, b: 0}  # the shared story is read in both
    assert cli("mark-read", "--all")[0] == 0
    assert json.loads(cli("list", "--unread", "--json")[1]) == []
    assert cli("mark-read", "--feed", "https://nowhere.test/x")[0] == 2
    assert cli("mark-read")[0] == 2


def test_add_starter_and_export_without_the_demo_path(cli):
    from reader.config import resolve_paths
    from reader.demo import DEFAULT_FEEDS, DEMO_FEED
    from reader.firstrun import first_run
    from reader.store.store import Store

    first_run(Store(resolve_paths(cli.data)))
    code, _out, err = cli("add", "--starter")
    assert code == 0 and f"{len(DEFAULT_FEEDS)} starter feeds" in err
    feeds = json.loads(cli("feeds", "--json")[1])
    assert len(feeds) == len(DEFAULT_FEEDS) + 1
    code, out, _err = cli("export")
    assert code == 0 and str(DEMO_FEED) not in out and "newsreader:demo" not in out
    assert out.count("<outline") >= len(DEFAULT_FEEDS)


def test_search_finds_a_word_only_in_the_body_and_rebuilds_a_damaged_index(site, cli, monkeypatch):
    """Build: full-text search, CLI twin of `/`; same JSON and order as `list`."""
    from reader.models import Analysis

    monkeypatch.setattr("reader.cli._analyser", lambda: lambda text: Analysis([], []))
    cli("add", site.url_for("/feed.xml"))
    assert cli("refresh")[0] == 0
    code, out, err = cli("search", "hydrologist", "--json")  # only in story 2's page text
    assert code == 0, err
    [hit] = json.loads(out)
    assert hit["title"] == "River Alder falls after a week of floods"
    listed = {r["id"]: r for r in json.loads(cli("list", "--json")[1])}
    assert hit == listed[hit["id"]]
    # Case, accents, every word, a prefix while typing; an operator is just a word.
    assert len(json.loads(cli("search", "HYDROLOGÍST agency", "--json")[1])) == 1
    assert json.loads(cli("search", "hydrologist ferry", "--json")[1]) == []
    assert len(json.loads(cli("search", "hydrolo", "--json")[1])) == 1
    assert cli("search", 'NOT "x" OR', "--json")[0] == 0
    rows = json.loads(cli("search", "said", "--json", "--limit", "2")[1])
    assert len(rows) == 2 and rows == sorted(rows, key=lambda r: r["published"], reverse=True)
    index = cli.data / "search.sqlite"
    index.write_bytes(b"not a database at all" * 100)
    code, out, err = cli("search", "hydrologist", "--json")
    assert code == 0 and len(json.loads(out)) == 1 and "rebuilt" in err
    index.unlink()
    assert len(json.loads(cli("search", "hydrologist", "--json")[1])) == 1


def test_show_json_lists_the_article_links_in_order(cli):
    """Build: links; the CLI twin of `L`."""
    from reader.config import resolve_paths
    from reader.store.store import Store

    store = Store(resolve_paths(cli.data))
    store.add_feed("https://a.test/feed")
    [aid] = store.add_articles(
        "https://a.test/feed",
        [
            {
                "identity": "x",
                "title": "T",
                "link": "https://a.test/x",
                "published": None,
                "author": None,
            }
        ],
    )
    text = "See [the plan](https://a.test/plan) and [a script](javascript:alert(1))."
    store.save_body(aid, {"source": "page", "text": text, "analysed": True})
    store.close()
    shown = json.loads(cli("show", aid, "--json")[1])
    assert shown["links"] == [
        {"text": "the plan", "url": "https://a.test/plan"},
        {"text": "a script", "url": "javascript:alert(1)"},
    ]


def test_remove_never_deletes_a_bookmark(site, cli, monkeypatch):
    """Build (duplicates): no remove ever deletes a bookmark."""
    monkeypatch.setattr("reader.cli._analyser", lambda: None)
    feed = site.url_for("/feed.xml")
    cli("add", feed)
    assert cli("refresh", "--feeds-only")[0] == 0
    rows = json.loads(cli("list", "--json")[1])
    assert cli("bookmark", rows[1]["id"])[0] == 0
    assert cli("remove", feed)[0] == 0
    [kept] = json.loads(cli("list", "--bookmarked", "--json")[1])
    assert kept["title"] == rows[1]["title"] and kept["link"] == rows[1]["link"]
    assert kept["feed"] == "newsreader:kept"
    assert json.loads(cli("show", kept["id"], "--json")[1])["title"] == rows[1]["title"]
    _code, _out, err = cli("refresh")  # the kept bookmarks are never fetched
    assert "no feeds" in err or "0 failed" in err, err
    assert "newsreader:kept" not in cli("export")[1]


def test_list_tag_is_the_folder_view(cli):
    """Build: folders; the CLI twin of Enter on a folder heading."""
    from reader.config import resolve_paths
    from reader.store.store import Store

    store = Store(resolve_paths(cli.data))
    for n, tag in enumerate(["Local", "local", "World"]):
        url = f"https://f{n}.test/feed"
        store.add_feed(url, tags=[tag])
        store.add_articles(
            url,
            [{"identity": "x", "title": f"T{n}", "link": None, "published": None, "author": None}],
        )
    store.close()
    rows = json.loads(cli("list", "--tag", "LOCAL", "--json")[1])
    assert sorted(r["title"] for r in rows) == ["T0", "T1"]
