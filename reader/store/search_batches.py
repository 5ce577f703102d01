"""Which processes are adding rows to the search index in batches, so that the rows a
killed process held back are noticed and put back (`SearchIndex.begin_batch`).

A refresh adds its rows a thousand at a time, not feed by feed: the per-feed transactions
were most of the index's cost. A refresh killed between two writes has stored articles
that the index does not know. The index counts the batches open (a row in its own meta
table, changed in a transaction), and each process with a batch open holds a shared
`flock` on `<index>.batches`. A count above zero while nobody holds the lock can only be
left by processes that died mid-batch: then the index is rebuilt from the store. The lock
is the kernel's, so it is let go of when a process dies, however it dies.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - not on Unix: rows are written as they come
    fcntl = None  # type: ignore[assignment]


class BatchLock:
    """The shared lock of the batches open in this process (one hold for all of them)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None
        self._depth = 0  # batches open through this lock in this process

    def share(self) -> bool:
        """Hold the lock shared for one more batch. False where file locks are missing (a
        network mount, not Unix): the caller then writes its rows as they come."""
        if self._depth == 0:
            fd = self._open()
            if fd is None:
                return False
            try:
                fcntl.flock(fd, fcntl.LOCK_SH)  # waits only while an opener rebuilds
            except OSError:
                os.close(fd)
                return False
            self._fd = fd
        self._depth += 1
        return True

    @contextlib.contextmanager
    def unshare(self) -> Iterator[bool]:
        """End one batch; inside, True when no batch is open in any process (the lock is
        then held exclusively until the block ends), else False."""
        self._depth -= 1
        if self._depth > 0 or self._fd is None:
            yield False
            return
        fd, self._fd = self._fd, None
        try:
            yield _exclusive_now(fd)
        finally:
            os.close(fd)

    @contextlib.contextmanager
    def alone(self) -> Iterator[bool]:
        """Inside, True when no batch is open in any process (held exclusively until the
        block ends), else False."""
        fd = None if self._depth > 0 else self._open()
        if fd is None:
            yield False
            return
        try:
            yield _exclusive_now(fd)
        finally:
            os.close(fd)

    def _open(self) -> int | None:
        if fcntl is None:
            return None
        try:
            return os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            return None


def _exclusive_now(fd: int) -> bool:
    """Take the lock exclusively if nobody holds it; never wait."""
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:  # held by a batch (or no flock on this file system)
        return False
    return True
