"""`refresh` with sync set up: the server is asked for the feeds it polls, local file feeds
are read here, and the synced articles' pages are fetched, cleaned and analysed here."""

from __future__ import annotations

import orjson
from sync_support import Reader, feed_name, write_config


def test_refresh_asks_the_server_and_cleans_pages_here(account, feeds, request, tmp_path, capsys):
    reader = Reader(tmp_path / "data", "miniflux", account, capsys)
    write_config(reader.data, "miniflux", account)
    url = feeds.publish(feed_name(request, "polled"), 3)
    account.subscribe(url)
    local_file = tmp_path / "local.xml"
    mine = feeds.publish(feed_name(request, "file"), 2)
    local_file.write_bytes(feeds.routes[mine.removeprefix(feeds.base)][0])
    reader.ok("add", str(local_file))

    code, _out, err = reader.run("refresh")

    assert code == 0
    assert err.splitlines()[-1].startswith("synced with ")
    assert len(reader.articles("--feed", str(local_file))) == 2  # read here, not synced
    synced = reader.articles("--feed", url)
    assert len(synced) == 3
    shown = orjson.loads(reader.ok("show", synced[0]["id"], "--json"))
    assert "harbour council of" in shown["text"]  # the page, not the feed's summary
    assert any(q["speaker"] == "Ilse Brandvold" for q in shown["quotes"])
    assert str(local_file) not in account.feed_urls()
