"""The headless twin end to end, against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import json

from courier import STORIES


def test_subscribe_refresh_read_offline(site, cli):
    code, _out, err = cli("add", site.url_for("/index.html"))  # a page: autodiscovery
    assert code == 0, err
    assert "subscribed" in err

    code, out, err = cli("refresh")
    assert code == 0, err
    assert "1 feeds ok" in err and f"{len(STORIES)} new articles" in err

    code, out, _ = cli("list", "--json")
    rows = json.loads(out)
    assert [r["title"] for r in rows] == [s[0] for s in STORIES]  # newest first
    assert set(rows[0]) == {
        "id",
        "feed",
        "title",
        "link",
        "published",
        "read",
        "bookmarked",
        "also_in",
        "story",
    }
    assert rows[0]["feed"] == site.url_for("/feed.xml")
    assert rows[0]["story"] is None  # one feed: no story across outlets

    site.stop()  # offline from here on
    code, out, _ = cli("show", rows[1]["id"], "--json")
    assert code == 0
    shown = json.loads(out)
    assert set(shown) == {
        "id",
        "title",
        "link",
        "published",
        "author",
        "text",
        "quotes",
        "actors",
        "links",
    }
    assert "six weeks ahead of plan" in shown["text"]
    assert "Sign up for our morning newsletter" not in shown["text"]
    assert "Share on Facebook" not in shown["text"]
    speakers = {q["speaker"] for q in shown["quotes"]}
    assert "Tomas Lindqvist" in speakers
    names = {a["name"]: a for a in shown["actors"]}
    assert names["Tomas Lindqvist"]["kind"] == "person"
    assert any(n.startswith("Valtora") and a["kind"] == "organization" for n, a in names.items())


def test_conditional_get_and_flags(site, cli):
    cli("add", site.url_for("/feed.xml"))
    assert cli("refresh", "--feeds-only")[0] == 0
    code, _out, err = cli("refresh", "--feeds-only")
    assert code == 0 and "1 not modified" in err and "0 new articles" in err
    assert site.hits == ["/feed.xml"] * 3  # add (to check it), refresh, refresh (304)

    rows = json.loads(cli("list", "--json")[1])
    first, second = rows[0]["id"], rows[1]["id"]
    assert cli("mark-read", first)[0] == 0
    assert cli("bookmark", second)[0] == 0
    unread = json.loads(cli("list", "--unread", "--json")[1])
    assert first not in {r["id"] for r in unread} and len(unread) == len(STORIES) - 1
    marked = json.loads(cli("list", "--bookmarked", "--json")[1])
    assert [r["id"] for r in marked] == [second]
    assert cli("mark-unread", first)[0] == 0 and cli("unbookmark", second)[0] == 0
    rows = json.loads(cli("list", "--json", "--limit", "2")[1])
    assert len(rows) == 2 and not any(r["read"] or r["bookmarked"] for r in rows)
    feeds = json.loads(cli("feeds", "--json")[1])
    assert feeds == [
        {
            "url": site.url_for("/feed.xml"),
            "title": "The Morwick Courier",
            "tags": [],
            "unread": len(STORIES),
            "last_refresh": feeds[0]["last_refresh"],
            "error": None,
        }
    ]


def test_feeds_only_keeps_feed_text(site, cli):
    cli("add", site.url_for("/feed.xml"))
    cli("refresh", "--feeds-only")
    rows = json.loads(cli("list", "--json")[1])
    shown = json.loads(cli("show", rows[0]["id"], "--json")[1])
    assert shown["text"] == STORIES[0][1]


def test_opml_round_trip_of_many_feeds(site, cli, tmp_path):
    outlines = "".join(
        f'<outline type="rss" text="Feed {i}" xmlUrl="{site.url_for(f"/f{i}.xml")}"/>'
        for i in range(55)
    )
    opml = tmp_path / "subs.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><head><title>x</title></head><body>'
        f'<outline text="World">{outlines}</outline></body></opml>'
    )
    for i in range(55):
        site.expect_request(f"/f{i}.xml").respond_with_data(
            f'<rss version="2.0"><channel><title>Feed {i}</title>'
            f"<item><title>Item {i}</title><guid>g{i}</guid></item></channel></rss>",
            content_type="application/rss+xml",
        )
    assert cli("import", str(opml))[0] == 0
    code, _out, err = cli("refresh")
    assert code == 0 and "55 feeds ok" in err and "55 new articles" in err
    feeds = json.loads(cli("feeds", "--json")[1])
    assert len(feeds) == 55 and all(f["tags"] == ["World"] for f in feeds)
    out_file = tmp_path / "out.opml"
    assert cli("export", str(out_file))[0] == 0
    other = tmp_path / "other"
    from reader.cli import main

    assert main(["--data-dir", str(other), "import", str(out_file)]) == 0
    assert main(["--data-dir", str(other), "feeds", "--json"]) == 0


def test_a_broken_feed_never_stops_the_others(site, cli):
    site.expect_request("/broken.xml").respond_with_data("<rss><channel><title>x", status=200)
    site.expect_request("/gone.xml").respond_with_data("", status=410)
    site.expect_request("/error.xml").respond_with_data("oops", status=500)
    for path in ("/feed.xml", "/broken.xml", "/gone.xml", "/error.xml"):
        cli("add", site.url_for(path)) if path == "/feed.xml" else None
    # Broken feeds cannot be added through `add` (it checks), so import them.
    from reader.cli import main

    opml = cli.data.parent / "b.opml"
    opml.write_text(
        '<opml version="2.0"><body>'
        + "".join(
            f'<outline xmlUrl="{site.url_for(p)}"/>'
            for p in ("/broken.xml", "/gone.xml", "/error.xml")
        )
        + "</body></opml>"
    )
    assert main(["--data-dir", str(cli.data), "import", str(opml)]) == 0
    code, _out, err = cli("refresh", "--feeds-only")
    assert code == 0
    assert "1 feeds ok" in err and "3 failed" in err
    feeds = {f["url"]: f for f in json.loads(cli("feeds", "--json")[1])}
    assert feeds[site.url_for("/feed.xml")]["error"] is None
    assert feeds[site.url_for("/gone.xml")]["error"]
    assert "500" in feeds[site.url_for("/error.xml")]["error"]
    assert feeds[site.url_for("/broken.xml")]["error"]
    assert len(json.loads(cli("list", "--json")[1])) == len(STORIES)
    # A gone feed is not fetched again.
    _code, _out, err = cli("refresh", "--feeds-only")
    assert "1 skipped" in err


def test_bad_input_fails_cleanly_and_writes_nothing(cli, tmp_path):
    (tmp_path / "bad.opml").write_text("this is not opml")
    for args in (
        ("show", "0" * 20),
        ("show", "nonsense"),
        ("mark-read", "0" * 20),
        ("import", str(tmp_path / "bad.opml")),
        ("import", str(tmp_path / "missing.opml")),
        ("add", "ftp://example.test/feed"),
        ("add", "javascript:alert(1)"),
        ("add", str(tmp_path / "nope.xml")),
        ("add", str(tmp_path / "bad.opml")),
    ):
        code, _out, err = cli(*args)
        assert code != 0, args
        assert err.strip() and len(err.strip().splitlines()) == 1, (args, err)
    assert json.loads(cli("feeds", "--json")[1]) == []


def test_extract_local_and_remote(site, cli, tmp_path):
    page = tmp_path / "story.html"
    from courier import page_html

    page.write_text(page_html(*STORIES[2]))
    code, out, _ = cli(
        "extract", str(page), site.url_for("/story/1"), "file:///etc/passwd", "--json"
    )
    assert code == 1  # one source failed
    lines = [json.loads(line) for line in out.splitlines()]
    assert [x["source"] for x in lines] == [
        str(page),
        site.url_for("/story/1"),
        "file:///etc/passwd",
    ]
    assert lines[0]["title"] == STORIES[2][0]
    assert "hydrologist" in lines[0]["text"]
    assert any(q["speaker"] == "Amara Okafor" for q in lines[0]["quotes"])
    assert "error" in lines[2] and "root:" not in out
    code, out, _ = cli("extract", str(page), "--json", "--plain", "--no-analysis")
    [plain] = [json.loads(line) for line in out.splitlines()]
    assert plain["quotes"] == [] and plain["actors"] == []
    assert "#" not in plain["text"] and "](" not in plain["text"]
