"""The journal of local actions (read, unread, bookmark, subscribe, remove) to replay.

One JSON object a line in `sync/journal.jsonl` under the data folder, appended under a lock
and fsynced before the action returns, so a kill -9 at any moment loses nothing: a torn
last line is skipped, and the next line starts on a line of its own. A sync reads the
lines there are, replays them, and only once the server has them drops exactly those
lines (atomically: the rest is written to a temp file renamed over the journal). Actions
taken while a sync runs land after them and wait for the next one.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
from filelock import FileLock

from reader.config import Paths
from reader.store.atomic import fsync_dir, write_atomic

LOCK_TIMEOUT = 30.0
_quiet = threading.local()  # set while a sync applies the server's changes in this thread


@dataclass(slots=True)
class Batch:
    """The actions read at the start of a sync, and how many lines they took."""

    ops: list[dict[str, Any]]
    lines: int


def sync_dir(paths: Paths) -> Path:
    return paths.data / "sync"


class Journal:
    """The append-only file of local actions waiting for a sync."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "journal.jsonl"
        self._lock = FileLock(str(folder / "journal.lock"), timeout=LOCK_TIMEOUT)
        self._folder = folder

    def record(self, op: dict[str, Any]) -> None:
        """Append one action; durable when this returns. Silent while a sync applies the
        server's own changes in this thread (those are not local actions), and for feeds
        that never sync."""
        if getattr(_quiet, "active", False):
            return
        if "url" in op and not str(op["url"]).startswith(("http://", "https://")):
            return  # local file feeds, the demo and kept bookmarks stay local
        self._folder.mkdir(parents=True, exist_ok=True)
        line = orjson.dumps(op) + b"\n"
        with self._lock:
            new = not self.path.exists()
            with open(self.path, "ab+") as handle:
                if handle.tell() > 0:
                    handle.seek(-1, os.SEEK_END)
                    if handle.read(1) != b"\n":  # a writer was killed mid-line
                        line = b"\n" + line
                handle.write(line)
                handle.flush()
                os.fsync(handle.fileno())
            if new:
                fsync_dir(self._folder)

    def read(self) -> Batch:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return Batch([], 0)
        lines = raw.split(b"\n")
        if lines and lines[-1] == b"":
            lines.pop()
        ops = []
        for text in lines:
            with contextlib.suppress(orjson.JSONDecodeError):
                op = orjson.loads(text)
                if isinstance(op, dict):
                    ops.append(op)
        return Batch(ops, len(lines))

    def drop(self, count: int) -> None:
        """Forget the first `count` lines: the server has them now."""
        if count <= 0:
            return
        with self._lock:
            try:
                lines = self.path.read_bytes().split(b"\n")
            except FileNotFoundError:
                return
            rest = [text for text in lines[count:] if text]
            write_atomic(self.path, b"".join(text + b"\n" for text in rest))


def attach(store: Any, paths: Paths) -> Journal:
    """Record the store's local actions in the journal from now on."""
    journal = Journal(sync_dir(paths))
    store.on_change = journal.record
    return journal


@contextlib.contextmanager
def server_changes() -> Iterator[None]:
    """Changes made in this block come from the server: not journalled as local actions."""
    _quiet.active = True
    try:
        yield
    finally:
        _quiet.active = False
