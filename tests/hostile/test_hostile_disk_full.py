"""A disk that fills up mid-write: the old file stays whole, the CLI says so in one line.

Two ways: a fault-injecting file handle in reader.store.atomic (always), and a real, tiny
tmpfs filled to the brim (when this machine lets root mount one; CI runs as root).
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hostile_util import item, page, rss, run_cli, story, write_config
from pytest_httpserver import HTTPServer

import reader.store.atomic as atomic
from reader.cli import main
from reader.config import resolve_paths
from reader.store.records import feed_key
from reader.store.store import Store

FEED = "https://news.example/feed.xml"


def _seed(data: Path, feed: str = FEED, n: int = 20) -> list[str]:
    store = Store(resolve_paths(data))
    if store.feed(feed) is None:
        store.add_feed(feed, title="Seeded")
    ids = store.add_articles(
        feed,
        [
            {
                "identity": f"s{i}",
                "title": f"Seeded {i}",
                "link": None,
                "published": f"2024-06-{i % 28 + 1:02d}T00:00:00Z",
                "author": None,
            }
            for i in range(n)
        ],
    )
    store.set_read(ids[:2])
    store.close()
    return ids


def _snapshot(data: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(data)): p.read_bytes()
        for p in (data / "db").rglob("*.json")
        if p.is_file()
    }


class _FullDisk:
    """A file handle that accepts `room` bytes, then fails as a full disk does."""

    def __init__(self, handle: Any, room: int) -> None:
        self._handle = handle
        self._room = room

    def write(self, payload: bytes) -> int:
        if len(payload) > self._room:
            self._handle.write(payload[: self._room])
            self._room = 0
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self._room -= len(payload)
        return self._handle.write(payload)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)

    def __enter__(self) -> _FullDisk:
        return self

    def __exit__(self, *exc: object) -> None:
        self._handle.close()


class _OsWithFullDisk:
    def __init__(self, room: int) -> None:
        self.room = room

    def fdopen(self, fd: int, *args: Any, **kwargs: Any) -> _FullDisk:
        return _FullDisk(os.fdopen(fd, *args, **kwargs), self.room)

    def __getattr__(self, name: str) -> Any:
        return getattr(os, name)


@pytest.mark.parametrize("room", [0, 7, 64])
@pytest.mark.parametrize("command", ["mark-read", "bookmark", "add-articles", "remove"])
def test_injected_enospc_keeps_the_old_files_and_says_so(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    room: int,
    command: str,
) -> None:
    data = tmp_path / "data"
    ids = _seed(data)
    before = _snapshot(data)
    if command == "remove":
        room = min(room, 16)  # feeds.json without its one feed is only ~40 bytes
    monkeypatch.setattr(atomic, "os", _OsWithFullDisk(room))
    if command == "add-articles":  # what a refresh does, through the store API
        store = Store(resolve_paths(data))
        with pytest.raises(OSError) as info:
            store.add_articles(
                FEED,
                [
                    {
                        "identity": "new",
                        "title": "New",
                        "link": None,
                        "published": None,
                        "author": None,
                    }
                ],
            )
        assert info.value.errno == errno.ENOSPC
        # The failed write is not remembered as if it had landed.
        assert "New" not in {r.title for r in store.articles()}
    else:
        args = {
            "mark-read": ["mark-read", ids[5]],
            "bookmark": ["bookmark", ids[6]],
            "remove": ["remove", FEED],
        }[command]
        code = main(["--data-dir", str(data), *args])
        _out, err = capsys.readouterr()
        assert code != 0
        assert err.strip() == "newsreader: could not save: No space left on device", err
    monkeypatch.undo()
    assert not list((data / "db").rglob(".*.tmp")), "a temp file of the failed write remains"
    after = _snapshot(data)
    for name, raw in before.items():
        if name in after:
            assert after[name] == raw, f"{name} changed though its write failed"
            json.loads(raw)
    # The store still works once there is room again.
    assert main(["--data-dir", str(data), "mark-read", ids[7]]) == 0
    assert main(["--data-dir", str(data), "list", "--json"]) == 0
    out, err = capsys.readouterr()
    assert "warning" not in err
    rows = json.loads(out)
    assert {r["id"] for r in rows if r["read"]} == {ids[0], ids[1], ids[7]}


# ------------------------------------------------------------------------ a real tmpfs
@pytest.fixture
def tiny_fs(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "fs"
    mount.mkdir()
    try:
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)],
            capture_output=True,
            timeout=10,
        )
    except (OSError, subprocess.TimeoutExpired):
        pytest.skip("cannot run mount here")
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        for _ in range(20):
            if subprocess.run(["umount", str(mount)], capture_output=True).returncode == 0:
                break
            time.sleep(0.1)
        else:
            subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def _fill(mount: Path) -> Path:
    filler = mount / "filler"
    with contextlib.suppress(OSError), filler.open("wb", buffering=0) as handle:
        block = b"\0" * 65536
        while True:
            handle.write(block)
    with contextlib.suppress(OSError), filler.open("ab", buffering=0) as handle:
        while True:
            handle.write(b"\0")
    return filler


@pytest.mark.slow
def test_a_really_full_disk(tiny_fs: Path) -> None:
    data = tiny_fs / "data"
    write_config(data, timeout=5)
    server = HTTPServer(host="127.0.0.1")
    server.start()
    try:
        base = server.url_for("").rstrip("/")
        items = [
            item(f"n{i}", f"Fresh {i}", f"{base}/s{i}", f"Summary {i}.", minutes=i)
            for i in range(5)
        ]
        server.expect_request("/feed.xml").respond_with_data(
            rss("Fresh", items), content_type="application/rss+xml"
        )
        for i in range(5):
            server.expect_request(f"/s{i}").respond_with_data(
                page(f"Fresh {i}", story(1, i)), content_type="text/html"
            )
        feed = f"{base}/feed.xml"
        ids = _seed(data, feed)
        before = _snapshot(data)
        filler = _fill(tiny_fs)

        for args in (["mark-read", ids[3]], ["refresh"]):
            run = run_cli(data, *args, timeout=60)
            assert run.code != 0, (args, run.err)
            assert "Traceback" not in run.err, run.err
            assert "newsreader: could not save: No space left on device" in run.err, run.err
            after = _snapshot(data)
            for name, raw in before.items():
                assert after.get(name) == raw, f"{name} changed though the disk was full"
        listed = run_cli(data, "list", "--json")
        assert listed.code == 0 and "warning" not in listed.err, listed.err
        assert {r["id"] for r in json.loads(listed.out) if r["read"]} == set(ids[:2])

        filler.unlink()
        run = run_cli(data, "refresh", timeout=60)
        assert run.code == 0, run.err
        store = Store(resolve_paths(data))
        assert store.warnings == []
        titles = {r.title for r in store.articles(feed=feed)}
        assert {f"Fresh {i}" for i in range(5)} <= titles
        assert all(
            store.load_body(r.id) for r in store.articles(feed=feed) if r.title.startswith("Fresh")
        )
        assert (data / "db" / "articles" / f"{feed_key(feed)}.json").exists()
    finally:
        server.clear()
        server.stop()
