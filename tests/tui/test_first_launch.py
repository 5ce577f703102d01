"""First launch in the app (issue 10, 6 and 9): only the demo, rows at once, starters on ask."""

from __future__ import annotations

import time

from reader.config import Settings, resolve_paths
from reader.demo import DEFAULT_FEEDS, DEMO_URL
from reader.store.store import Store
from reader.tui.app import NewsApp
from reader.tui.widgets.article_list import ArticleList


async def test_first_launch_shows_demo_rows_within_a_second_and_nothing_else(tmp_path):
    paths = resolve_paths(tmp_path / "fresh")
    app = NewsApp(paths, Settings())
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        first_frame = time.monotonic()
        articles = app.query_one(ArticleList)
        while not articles.articles and time.monotonic() - first_frame < 5:
            await pilot.pause(0.02)
        assert articles.articles, "no rows"
        assert time.monotonic() - first_frame <= 1.0
        assert articles.articles[0].title == "Welcome to newsreader"
        for _ in range(3):  # the refresh, then the analysis it starts
            await app.workers.wait_for_complete()
            await pilot.pause()
    store = Store(paths)
    assert [f.url for f in store.feeds()] == [DEMO_URL]
    # "Analysed after": once the rows are up, every demo article gets its quotes and actors.
    assert all(store.load_body(a.id).get("analysed") for a in store.articles())


async def test_add_starter_feeds_palette_command(tmp_path, monkeypatch):
    paths = resolve_paths(tmp_path / "fresh")
    app = NewsApp(paths, Settings())
    refreshed = []
    monkeypatch.setattr(app, "run_refresh", lambda urls, **kw: refreshed.append(urls))
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        [command] = [
            c for c in app.get_system_commands(app.screen) if c.title == "Add starter feeds"
        ]
        command.callback()
        await pilot.pause()
    urls = {url for url, _t, _tags in DEFAULT_FEEDS}
    assert {f.url for f in Store(paths).feeds()} == urls | {DEMO_URL}
    assert set(refreshed[-1]) == urls  # only the new feeds are fetched (not in this test)
