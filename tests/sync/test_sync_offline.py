"""Offline first: with the server stopped the app reads and marks; `sync` fails in one line
and changes nothing; once the server is back every action reaches it, even when a sync is
killed -9 half-way (right after the server took the first state change)."""

from __future__ import annotations

import html
import os
import re
import signal
import subprocess
import sys

import pytest
from proxy import Proxy
from sync_support import feed_name, write_config

from reader.config import load_settings, resolve_paths
from reader.tui.app import NewsApp
from reader.tui.widgets.article_list import ArticleList
from reader.tui.widgets.article_view import ArticleView

READ_HERE, BOOKMARKED_HERE = 10, 2


@pytest.fixture
def proxied(reader, miniflux):
    """The reader syncs through a proxy: it can be killed mid-sync at a known point."""
    proxy = Proxy(miniflux.url)
    write_config(reader.data, reader.kind, reader.account, url=proxy.url)
    yield proxy
    proxy.stop()
    if miniflux.process is None:  # a failed test must not leave the server down
        miniflux.start()


async def read_offline(data) -> tuple[str, str]:
    """Open the app with the server down: it lists the cached articles, refreshes (the sync
    fails), opens one (read) and bookmarks it. Its id, and the status line."""
    paths = resolve_paths(data)
    settings = load_settings(paths)
    settings.fetch_pages = False  # the refresh asks the server only
    app = NewsApp(paths, settings, first_run=False)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        articles = app.query_one(ArticleList)
        assert len(articles.articles) == 40  # what the last sync stored, at once
        await pilot.press("R")  # a refresh runs a sync, which fails
        for _ in range(100):
            await pilot.pause(0.1)
            if not app.refreshing:
                break
        await pilot.press("enter", "b")
        await pilot.pause()
        opened = articles.articles[articles.highlighted]
        status = str(app.query_one("#status").render())
        assert app.query_one(ArticleView).article_id == opened.id
        screen = html.unescape(re.sub(r"<[^>]+>", "", app.export_screenshot()))
        # The feed's text at once; the page (its server is up) once fetched in the background.
        screen = screen.replace("\xa0", " ")
        assert "desk reports on the" in screen or "harbour council of" in screen
    return opened.id, status


async def test_offline_actions_reach_the_server_once_it_is_back(
    reader, feeds, request, miniflux, proxied
):
    url = feeds.publish(feed_name(request, "offline"), 40)
    reader.account.subscribe(url)
    reader.ok("sync")

    proxied.stop()
    miniflux.stop()
    opened, status = await read_offline(reader.data)
    assert "sync failed: cannot reach" in status
    rows = [r for r in reader.articles() if r["id"] != opened]
    reader.ok("mark-read", *(r["id"] for r in rows[: READ_HERE - 1]))
    reader.ok("bookmark", rows[READ_HERE]["id"])
    read = {r["link"] for r in reader.articles() if r["read"]}
    starred = {r["link"] for r in reader.articles("--bookmarked")}
    assert (len(read), len(starred)) == (READ_HERE, BOOKMARKED_HERE)

    code, out, err = reader.run("sync")
    assert code != 0 and out == ""
    assert len(err.splitlines()) == 1 and "cannot reach" in err

    miniflux.start()
    proxied.start()
    assert reader.account.links(status="read") == set()  # the failed sync sent nothing

    command = [sys.executable, "-m", "reader", "sync", "--data-dir", str(reader.data)]
    killed = subprocess.Popen(command)
    assert proxied.changed.wait(60), "the sync never changed a state"
    os.kill(killed.pid, signal.SIGKILL)
    assert killed.wait(30) == -signal.SIGKILL
    assert reader.account.links(status="read") == read  # half-way: the reads went through

    _code, _out, err = reader.run("sync")
    assert reader.account.links(status="read") == read
    assert reader.account.links(starred="true") == starred
    assert {r["link"] for r in reader.articles() if r["read"]} == read
    assert {r["link"] for r in reader.articles("--bookmarked")} == starred
    _code, _out, err = reader.run("sync")
    assert "sent nothing; received nothing" in err
