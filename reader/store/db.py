"""Opening TinyDB files the one safe way: atomic storage, a lock per write, damage kept aside.

Processes take turns per write, not per life: the app can stay open while cron runs
`newsreader refresh`, each write re-reads the file under the lock, applies its change and
writes it back, so neither side's change is lost.
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from tinydb import TinyDB
from tinydb.table import Table

from reader.store.atomic import AtomicStorage, DamagedFileError

SCHEMA_VERSION = 1


class StoreError(Exception):
    """The store cannot do what was asked; the message is for the user."""


class LockedTable(Table):
    """A table whose every read-modify-write happens under the store's file lock."""

    lock: FileLock

    def _update_table(self, updater: Callable[[dict[int, Mapping[str, Any]]], None]) -> None:
        with self.lock:
            self._next_id = None
            super()._update_table(updater)

    def apply(self, updater: Callable[[dict[int, Mapping[str, Any]]], None]) -> None:
        """Run one custom change (e.g. insert-if-absent for a batch) as one atomic write."""
        self._update_table(updater)


class Database:
    """One TinyDB file with its lock; remembers a damage report instead of losing it."""

    def __init__(self, path: Path, lock: FileLock, warnings: list[str], backup: bool) -> None:
        self.path = path
        self._lock = lock
        self._warnings = warnings
        self._backup = backup
        self._db = self._open()

    def _open(self) -> TinyDB:
        db = TinyDB(self.path, storage=AtomicStorage, backup=self._backup)
        db.table_class = _bind_lock(self._lock)
        return db

    def table(self, name: str) -> LockedTable:
        table = self._db.table(name, cache_size=0)
        assert isinstance(table, LockedTable)
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
        try:
            with self.guarded():
                return fn()
        except StoreRecovered:
            return fn()

    def apply(self, table: str, updater: Callable[[dict[int, Mapping[str, Any]]], None]) -> None:
        """One change to one table as one atomic, locked write."""
        try:
            self.run(lambda: self.table(table).apply(updater))
        except Timeout as exc:
            raise StoreError("the store is busy (another newsreader holds its lock)") from exc

    def close(self) -> None:
        self._db.close()


class StoreRecovered(Exception):
    """Internal: a damaged file was moved aside and the call should be retried."""


_bound: dict[int, type[LockedTable]] = {}


def _bind_lock(lock: FileLock) -> type[LockedTable]:
    """A LockedTable subclass carrying this store's lock (TinyDB builds tables by class)."""
    cls = _bound.get(id(lock))
    if cls is None:
        cls = type("BoundLockedTable", (LockedTable,), {"lock": lock})
        _bound[id(lock)] = cls
    return cls
