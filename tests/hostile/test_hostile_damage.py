"""Damaged or hand-edited store files: a clear warning, the file kept aside, commands work."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from hostile_util import run_cli

from reader.cli import main
from reader.config import resolve_paths
from reader.store.records import feed_key
from reader.store.store import Store

FEED = "https://news.example/feed.xml"
OTHER = "https://other.example/rss"
TEXT = "The ferry timetable changes on Monday, the harbour council said."

Cli = Callable[..., tuple[int, str, str]]


@pytest.fixture
def data(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    store = Store(resolve_paths(data))
    for url in (FEED, OTHER):
        store.add_feed(url, title=f"Title of {url}")
    store.update_feed(FEED, last_refresh="2024-07-01T06:00:00Z")  # a second generation
    for url in (FEED, OTHER):
        entries = [
            {
                "identity": f"{url}#{n}",
                "title": f"Story {n}",
                "link": f"{url}/{n}",
                "published": f"2024-07-0{n + 1}T00:00:00Z",
                "author": None,
            }
            for n in range(3)
        ]
        ids = store.add_articles(url, entries)
        for aid in ids:
            store.save_body(
                aid,
                {
                    "source": "page",
                    "text": TEXT,
                    "note": None,
                    "analysed": True,
                    "quotes": [],
                    "actors": [],
                },
            )
        store.update_articles({aid: {"has_body": True} for aid in ids})
        store.set_read(ids[:1])
        store.set_read(ids[1:2])
    store.close()
    return data


@pytest.fixture
def cli(data: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--data-dir", str(data), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def _ids(cli: Cli) -> list[str]:
    code, out, err = cli("list", "--json")
    assert code == 0, err
    return [row["id"] for row in json.loads(out)]


def _assert_commands_work(cli: Cli, articles: int) -> None:
    code, _out, err = cli("feeds", "--json")
    assert code == 0, err
    assert "Traceback" not in err
    ids = _ids(cli)
    assert len(ids) == articles
    code, out, err = cli("show", "--json", ids[0])
    assert json.loads(out)["id"] == ids[0]
    assert code == 0, err
    assert cli("mark-read", ids[-1])[0] == 0
    assert cli("bookmark", ids[-1])[0] == 0
    code, _out, err = cli("list", "--json")
    assert code == 0 and "warning" not in err, err  # the warning is given once, not forever


def _warned(err: str, name: str) -> None:
    assert f"warning: {name} was damaged" in err, err
    assert ".damaged-" in err and "kept as" in err, err


@pytest.mark.parametrize(
    "damage",
    [
        b'{"feeds": {"1": {"url": "https://news.exa',  # torn
        b"\x00\x00\x00\x00",  # zeroed block
        b"[1, 2, 3]",  # valid JSON, not a store
        b'{"feeds": [1, 2]}',  # a table that is not a table
        b"",  # emptied
    ],
    ids=["torn", "zeros", "list", "bad-table", "empty"],
)
def test_damaged_feeds_json(data: Path, cli: Cli, damage: bytes) -> None:
    path = data / "db" / "feeds.json"
    path.write_bytes(damage)
    code, out, err = cli("feeds", "--json")
    assert code == 0, err
    _warned(err, "feeds.json")
    assert "restored the previous copy" in err
    kept = list(path.parent.glob("feeds.json.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == damage
    assert {row["url"] for row in json.loads(out)} == {FEED, OTHER}
    _assert_commands_work(cli, 6)


@pytest.mark.parametrize("sub", ["articles", "state"])
def test_damaged_shard(data: Path, cli: Cli, sub: str) -> None:
    path = data / "db" / sub / f"{feed_key(FEED)}.json"
    good = path.read_bytes()
    path.write_bytes(good[: len(good) // 2])
    code, out, err = cli("list", "--json")
    assert code == 0, err
    _warned(err, path.name)
    assert list(path.parent.glob(f"{path.name}.damaged-*"))
    rows = json.loads(out)
    assert len(rows) == 6  # the previous generation came back
    _assert_commands_work(cli, 6)


def test_hand_edited_state_file_with_wrong_shape(data: Path, cli: Cli) -> None:
    path = data / "db" / "state" / f"{feed_key(FEED)}.json"
    path.write_text('{"state": "all read please"}')
    code, _out, err = cli("list", "--json", "--unread")
    assert code == 0, err
    _warned(err, path.name)
    _assert_commands_work(cli, 6)


def test_damaged_shard_without_a_backup_starts_empty_and_says_so(data: Path, cli: Cli) -> None:
    path = data / "db" / "articles" / f"{feed_key(OTHER)}.json"
    path.with_name(path.name + ".bak").unlink()
    path.write_bytes(b"{not json")
    code, out, err = cli("list", "--json")
    assert code == 0, err
    _warned(err, path.name)
    assert "starting this file empty" in err
    assert len(json.loads(out)) == 3
    _assert_commands_work(cli, 3)


@pytest.mark.parametrize(
    "damage",
    [b"garbage, not zlib", b"x\x9c\x03\x00\x00\x00\x00\x01", b""],
    ids=["not-zlib", "zlib-of-nothing", "empty"],
)
def test_damaged_body_file(data: Path, cli: Cli, damage: bytes) -> None:
    aid = _ids(cli)[0]
    path = data / "bodies" / aid[:2] / f"{aid}.z"
    assert path.exists()
    path.write_bytes(damage)
    code, _out, err = cli("show", "--json", aid)
    assert code == 0, err
    assert f"warning: {path.name} was damaged" in err, err
    assert list(path.parent.glob(f"{path.name}.damaged-*"))
    assert not path.exists()
    # The article is not stuck "with a body" that does not exist: the next refresh fetches it.
    store = Store(resolve_paths(data))
    assert store.body_index(FEED)[aid] is False or store.body_index(OTHER).get(aid) is False
    _assert_commands_work(cli, 6)


def test_hand_edited_feed_record_with_wrong_types(data: Path, cli: Cli) -> None:
    path = data / "db" / "feeds.json"
    doc = json.loads(path.read_bytes())
    for record in doc["feeds"].values():
        if record["url"] == FEED:
            record["title"] = 42
            record["tags"] = "not a list"
            del record["key"]
    path.write_text(json.dumps(doc))
    code, _out, err = cli("feeds", "--json")
    assert code == 0, err
    assert "Traceback" not in err
    _assert_commands_work(cli, 6)


def test_newer_schema_is_refused_clearly(data: Path, cli: Cli) -> None:
    path = data / "db" / "feeds.json"
    doc = json.loads(path.read_bytes())
    doc["meta"]["1"]["schema"] = 99
    path.write_text(json.dumps(doc))
    code, _out, err = cli("list", "--json")
    assert code == 2
    assert "written by a newer newsreader" in err and "Traceback" not in err
    assert json.loads(path.read_bytes())["meta"]["1"]["schema"] == 99  # left alone


def test_damage_warning_reaches_a_real_process_stderr(data: Path) -> None:
    path = data / "db" / "feeds.json"
    path.write_bytes(b"{torn")
    run = run_cli(data, "list", "--json", timeout=30)
    assert run.code == 0, run.err
    assert "warning: feeds.json was damaged" in run.err and "Traceback" not in run.err
    assert len(json.loads(run.out)) == 6
