"""Pages a `--feeds-only` refresh stored no text for are fetched later (issue 10, 3)."""

from __future__ import annotations

import json

from courier import STORIES


def _no_analysis(monkeypatch) -> None:
    """spaCy is not what these tests are about: a stub analyser keeps them quick."""
    from reader.models import Analysis

    monkeypatch.setattr("reader.cli._analyser", lambda: lambda text: Analysis([], []))


def test_full_refresh_fetches_pages_a_feeds_only_refresh_left(site, cli, monkeypatch):
    _no_analysis(monkeypatch)
    cli("add", site.url_for("/feed.xml"))
    assert cli("refresh", "--feeds-only")[0] == 0
    rows = json.loads(cli("list", "--json")[1])
    code, out, _ = cli("show", rows[1]["id"], "--json")
    assert "six weeks ahead of plan" not in json.loads(out)["text"]

    code, _out, err = cli("refresh")  # the feed answers 304: no new articles
    assert code == 0 and "1 not modified" in err and "0 new articles" in err, err
    assert f"{len(STORIES)} pages cleaned" in err
    site.stop()  # offline: the page text is stored now
    shown = json.loads(cli("show", rows[1]["id"], "--json")[1])
    assert "six weeks ahead of plan" in shown["text"]


def test_show_fetch_fetches_one_missing_page(site, cli, monkeypatch):
    _no_analysis(monkeypatch)
    cli("add", site.url_for("/feed.xml"))
    assert cli("refresh", "--feeds-only")[0] == 0
    rows = json.loads(cli("list", "--json")[1])
    monkeypatch.setattr("reader.reading.analyse_and_keep", lambda store, aid, body: body)
    code, out, err = cli("show", rows[2]["id"], "--fetch", "--json")
    assert code == 0, err
    assert "Another storm would put us back" in json.loads(out)["text"]
