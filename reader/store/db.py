"""Opening TinyDB files the one safe way: atomic storage, a lock per write, damage kept aside.

Processes take turns per write, not per life: the app can stay open while cron runs
`newsreader refresh`, each write re-reads the file under the lock, applies its change and
writes it back, so neither side's change is lost. Each feed's files have a lock of their
own (`feeds.json` another), so writes to different feeds overlap instead of queueing.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

try:
    import fcntl
except ImportError:  # pragma: no cover - not on Unix: filelock does it all
    fcntl = None  # type: ignore[assignment]
from tinydb import TinyDB
from tinydb.table import Table

from reader.store.atomic import AtomicStorage, DamagedFileError

SCHEMA_VERSION = 1


class StoreError(Exception):
    """The store cannot do what was asked; the message is for the user."""


_POLL = 0.02  # seconds between tries while another process holds a file lock
_NO_FLOCK = frozenset({errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOLCK})


class LockTimeout(TimeoutError):
    """Another process held a store lock for longer than the timeout (an OSError)."""


class FlockFile:
    """An exclusive `flock` on one lock file: the same lock filelock's `FileLock` takes on
    Unix (so both exclude each other), without its per-call bookkeeping in Python.

    Measured: filelock's acquire and release cost ~160 µs a pair, ~11% of the GIL time of a
    500-feed `--feeds-only` refresh (two pairs per feed); this costs a few syscalls. The file
    is opened per acquisition and closed on release (a refresh may touch a thousand feeds'
    locks: kept open they would use up the descriptor limit), and stays on disk, so every
    waiter locks the same inode. Not re-entrant: `StoreLock` counts for it.
    """

    def __init__(self, path: Path, timeout: float) -> None:
        self.path = path
        self.timeout = timeout
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + self.timeout
        try:
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:  # another process has it
                    if time.monotonic() >= deadline:
                        raise LockTimeout(f"{self.path} held by another process") from None
                    time.sleep(_POLL)
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)  # closing the only descriptor releases the flock


class StoreLock:
    """One file's (or one feed's files') lock: a turn in this process, then the file lock.

    Threads take their in-process turn first: a thread waiting on a file lock polls it
    every 20 ms, and the turn also keeps a reader from seeing TinyDB's cached table while
    another thread changes it in place. Re-entrant, like the turn: the file lock is taken
    by the outermost entry and let go of by its exit.
    """

    def __init__(self, path: Path, timeout: float) -> None:
        self.turn = threading.RLock()
        self._path = path
        self._timeout = timeout
        self._depth = 0
        # Made on the first write: the app reads 1,000 feeds' files at start-up, and making
        # their file locks up front cost ~50 ms of it.
        self._file: FlockFile | Any = None  # filelock's FileLock where flock is missing

    def __enter__(self) -> StoreLock:
        self.turn.acquire()
        try:
            if self._depth == 0:
                self._acquire_file()
        except BaseException:
            self.turn.release()
            raise
        self._depth += 1
        return self

    def _acquire_file(self) -> None:
        if self._file is None and fcntl is not None:
            self._file = FlockFile(self._path, timeout=self._timeout)
        if isinstance(self._file, FlockFile):
            try:
                self._file.acquire()
                return
            except OSError as exc:
                if exc.errno not in _NO_FLOCK:
                    raise
            # A file system without flock (some network mounts): filelock falls back to
            # a lock file made exclusively, as it always did here.
            self._file = None
        from filelock import FileLock, Timeout  # imported only here: ~17 ms otherwise

        if self._file is None:
            self._file = FileLock(self._path, timeout=self._timeout)
        try:
            self._file.acquire()
        except Timeout as exc:
            raise LockTimeout(f"{self._path} held by another process") from exc

    def __exit__(self, *_exc: object) -> None:
        try:
            self._depth -= 1
            if self._depth == 0:
                assert self._file is not None
                self._file.release()
        finally:
            self.turn.release()


class LockedTable(Table):
    """A table whose every read-modify-write happens under its file's lock."""

    lock: StoreLock

    def _update_table(self, updater: Callable[[dict[int, Mapping[str, Any]]], None]) -> None:
        with self.lock:
            self._next_id = None
            super()._update_table(updater)

    def apply(self, updater: Callable[[dict[int, Mapping[str, Any]]], None]) -> None:
        """Run one custom change (e.g. insert-if-absent for a batch) as one atomic write."""
        self._update_table(updater)


class Database:
    """One TinyDB file with its lock; remembers a damage report instead of losing it."""

    def __init__(self, path: Path, lock: StoreLock, warnings: list[str], backup: bool) -> None:
        self.path = path
        self._lock = lock
        self._warnings = warnings
        self._backup = backup
        self._db = self._open()

    def _open(self) -> TinyDB:
        db = TinyDB(self.path, storage=AtomicStorage, backup=self._backup)
        db.table_class = LockedTable
        return db

    def table(self, name: str) -> LockedTable:
        table = self._db.table(name, cache_size=0)
        assert isinstance(table, LockedTable)
        table.lock = self._lock  # TinyDB builds tables itself: the lock is set after
        return table

    @contextlib.contextmanager
    def guarded(self) -> Iterator[None]:
        """Turn a damaged file into a warning and a fresh start from its backup."""
        try:
            yield
        except DamagedFileError as damage:
            self._recover(damage)
            raise StoreRecovered(str(damage)) from damage

    def _recover(self, damage: DamagedFileError) -> None:
        backup = self.path.with_name(self.path.name + ".bak")
        note = str(damage)
        if backup.exists():
            with self._lock:
                shutil.copyfile(backup, self.path)
            note += "; restored the previous copy"
        else:
            note += "; starting this file empty"
        self._warnings.append(note)
        self._db = self._open()

    def run(self, fn: Callable[[], Any]) -> Any:
        """Run a read or write, retrying once after recovering from a damaged file."""
        with self._lock.turn:
            try:
                with self.guarded():
                    return fn()
            except StoreRecovered:
                return fn()

    def apply(self, table: str, updater: Callable[[dict[int, Mapping[str, Any]]], None]) -> None:
        """One change to one table as one atomic, locked write."""
        try:
            self.run(lambda: self.table(table).apply(updater))
        except LockTimeout as exc:
            raise StoreError("the store is busy (another newsreader holds its lock)") from exc

    def close(self) -> None:
        self._db.close()


class StoreRecovered(Exception):
    """Internal: a damaged file was moved aside and the call should be retried."""
