"""Keys that reach the network (r, R, a) and d, against a real server on 127.0.0.1."""

from __future__ import annotations

import pytest
from pytest_httpserver import HTTPServer
from tui_fixtures import FEED_A

from reader.config import Settings, resolve_paths
from reader.store.store import Store
from reader.tui.app import NewsApp
from reader.tui.widgets.article_list import ArticleList

RSS = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>Lakeside Post</title>'
    "<link>{base}/</link>{items}</channel></rss>"
)
ITEM = (
    "<item><title>{title}</title><link>{base}/{n}</link><guid>{base}/{n}</guid>"
    "<pubDate>Mon, 0{n} Jun 2020 10:00:00 +0000</pubDate>"
    "<description>The lake rose {n} inches overnight.</description></item>"
)


@pytest.fixture
def lake():
    server = HTTPServer(host="127.0.0.1")
    server.start()
    base = server.url_for("").rstrip("/")
    items = "".join(ITEM.format(base=base, n=n, title=f"Lake story {n}") for n in (1, 2))
    server.expect_request("/feed.xml").respond_with_data(
        RSS.format(base=base, items=items), content_type="application/rss+xml"
    )
    server.expect_request("/").respond_with_data(
        f'<html><head><link rel="alternate" type="application/rss+xml" href="{base}/feed.xml">'
        "</head><body>Lakeside Post</body></html>",
        content_type="text/html",
    )
    for n in (1, 2):
        server.expect_request(f"/{n}").respond_with_data(
            f"<html><body><article><h1>Lake story {n}</h1>"
            + "".join(
                f"<p>Paragraph {i} of lake story {n}, with words enough to read.</p>"
                for i in range(8)
            )
            + "</article></body></html>",
            content_type="text/html",
        )
    yield server
    server.clear()
    if server.is_running():
        server.stop()


async def settle(app: NewsApp, pilot) -> None:
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_a_adds_a_page_by_autodiscovery_and_refreshes_it(make_app, lake, data_dir):
    app = make_app(Settings(fetch_pages=False))
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.press("a")
        await pilot.press(*lake.url_for("/"))
        await pilot.press("enter")
        await settle(app, pilot)
        assert lake.url_for("/feed.xml") in app.feeds
        assert {"Lake story 1", "Lake story 2"} <= {
            a.title for a in app.query_one(ArticleList).articles
        }
    assert Store(resolve_paths(data_dir)).feed(lake.url_for("/feed.xml")).title == "Lakeside Post"


async def test_R_refreshes_all_and_reports_failures_per_feed(make_app, lake, data_dir):
    Store(resolve_paths(data_dir)).add_feed(lake.url_for("/feed.xml"))
    app = make_app(Settings(timeout=5))
    async with app.run_test(size=(160, 48), notifications=True) as pilot:
        await pilot.press("R")
        await settle(app, pilot)
        titles = {a.title for a in app.query_one(ArticleList).articles}
        assert {"Lake story 1", "Lake story 2"} <= titles
        # The fixture feeds live on .test hosts that do not resolve: they fail, visibly,
        # each with a notification of its own.
        assert app.feeds[FEED_A].error
        messages = [n.message for n in app._notifications]
        assert any(m.startswith("The Morwick Courier:") for m in messages)
        assert any("2 failed" in m for m in messages)
    store = Store(resolve_paths(data_dir))
    story = next(a for a in store.articles() if a.title == "Lake story 1")
    assert "Paragraph 3 of lake story 1" in store.load_body(story.id)["text"]


async def test_r_refreshes_only_the_selected_feed(make_app, lake, data_dir):
    Store(resolve_paths(data_dir)).add_feed(lake.url_for("/feed.xml"))
    app = make_app(Settings(fetch_pages=False, timeout=5))
    async with app.run_test(size=(160, 48)) as pilot:
        feeds = app.query_one("#feeds")
        feeds.focus()
        feeds.highlighted = next(
            i for i, o in enumerate(feeds._options) if o.id == f"feed:{lake.url_for('/feed.xml')}"
        )
        await pilot.press("r")
        await settle(app, pilot)
        assert app.feeds[lake.url_for("/feed.xml")].last_refresh
        assert app.feeds[FEED_A].last_refresh is None  # not touched


async def test_d_removes_a_feed_after_confirmation(make_app, data_dir):
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        feeds = app.query_one("#feeds")
        feeds.focus()
        feeds.highlighted = next(
            i for i, o in enumerate(feeds._options) if o.id == f"feed:{FEED_A}"
        )
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("n")  # keep it
        await pilot.pause()
        assert FEED_A in app.feeds
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert FEED_A not in app.feeds
        assert all(a.feed != FEED_A for a in app.query_one(ArticleList).articles)
    assert Store(resolve_paths(data_dir)).feed(FEED_A) is None


async def test_first_launch_shows_the_demo_with_quotes_and_actors(tmp_path):
    paths = resolve_paths(tmp_path / "fresh")
    app = NewsApp(paths, Settings())
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        articles = app.query_one(ArticleList).articles
        assert len(articles) == 6 and articles[0].title == "Welcome to newsreader"
        await pilot.press("j", "enter")
        await pilot.pause(0.5)  # analysis starts once an article has stayed open a moment
        await settle(app, pilot)
        sidebar = app.query_one("#sidebar")
        assert sidebar.quotes and any(q["speaker"] for q in sidebar.quotes)
        kinds = {a["kind"] for a in sidebar.actors.values()}
        assert {"person", "organization"} <= kinds


async def test_opening_a_feeds_only_article_fetches_its_page(tmp_path, lake, monkeypatch):
    """Issue 10, 3: the page arrives while reading, not never."""
    import asyncio
    import time

    from reader.models import Analysis
    from reader.refresh import refresh

    monkeypatch.setattr(
        "reader.article.analyse.analyse", lambda text: Analysis(quotes=[], actors=[])
    )
    paths = resolve_paths(tmp_path / "lake")
    store = Store(paths)
    store.add_feed(lake.url_for("/feed.xml"), title="Lakeside Post")
    await asyncio.to_thread(refresh, store, Settings(), fetch_pages=False)
    store.close()
    app = NewsApp(paths, Settings(), first_run=False)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.press("enter")
        started = time.monotonic()
        await settle(app, pilot)
        view = app.query_one("#reading")
        assert any("Paragraph 7 of lake story 2" in line for line in view.text_lines())
        assert time.monotonic() - started < 10
    assert Store(paths).load_body(app.open_article.id)["source"] == "page"


async def test_add_dialog_guesses_the_scheme_keeps_the_text_takes_a_tag(make_app, lake, data_dir):
    """Issue 10, 10: no scheme, a failure that keeps what was typed, an existing feed, a tag."""
    app = make_app(Settings(fetch_pages=False, timeout=5))
    said: list[str] = []
    async with app.run_test(size=(160, 48)) as pilot:
        app.notify = lambda message, **kw: said.append(message)
        await pilot.press("a", *lake.url_for("/nothing-here"), "enter")
        await settle(app, pilot)
        dialog = app.screen
        assert dialog.query_one("#url").value == lake.url_for("/nothing-here")
        assert "could not add it" in str(dialog.query_one("#error").render())
        await pilot.press("escape")
        bare = lake.url_for("/feed.xml").removeprefix("http://")
        await pilot.press("a", *bare, "tab", *"Lakes", "enter")
        await settle(app, pilot)
        feed = app.feeds[lake.url_for("/feed.xml")]
        assert feed.tags == ["Lakes"]
        await pilot.press("a", *lake.url_for("/feed.xml"), "enter")
        await settle(app, pilot)
        assert said[-1].startswith("already subscribed")  # and no refresh summary after


async def test_refresh_by_itself_on_start_and_one_quiet_notice_offline(make_app, lake, data_dir):
    """Build: refresh_interval; a refresh older than it runs on start; offline, one notice."""
    store = Store(resolve_paths(data_dir))
    for feed in store.feeds():  # the last refresh was long ago
        store.update_feed(feed.url, last_refresh="2020-01-01T00:00:00Z")
    store.add_feed(lake.url_for("/feed.xml"))
    said: list[str] = []
    app = make_app(Settings(fetch_pages=False, timeout=5), auto_refresh=True)
    async with app.run_test(size=(160, 48)) as pilot:
        app.notify = lambda message, **kw: said.append(message)
        await pilot.pause()
        await settle(app, pilot)
        assert "Lake story 1" in {a.title for a in app.query_one(ArticleList).articles}
        assert said == []  # a quiet refresh
        lake.stop()  # offline now
        app._refresh_by_itself()
        await settle(app, pilot)
        assert len(said) == 1 and said[0].startswith("offline?")
    quiet = make_app(Settings(refresh_interval=0), auto_refresh=True)
    async with quiet.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        assert not quiet.refreshing
