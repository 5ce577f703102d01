"""Full-text search over stored articles: an SQLite FTS5 index kept beside the store.

The index holds each article's title, cleaned text and actor names, tokenised by FTS5's
`unicode61` with diacritics removed, so a search ignores case and accents. It is a cache:
the store's files stay the truth. It is updated where text enters the store (new articles,
saved bodies) and rebuilt from the store when it is missing, damaged or was left half-built
by a killed process. Writes skip fsync (`synchronous=OFF`): a crash can only cost index
rows, and a damaged index is rebuilt.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from reader.store.search_batches import BatchLock

SCHEMA = 2
BUSY_MS = 10_000
BIG_BATCH = 1000  # rows added at once after which the WAL is checkpointed
WRITE_CACHE_KIB = 256  # SQLite page cache while rows are added
QUERY_CACHE_KIB = 2000  # and otherwise (SQLite's default)
PUT_CHUNK = 240  # rows per statement: 4 values a row stay under the 999 bound parameters
# of SQLite builds before 3.32
_WORD = re.compile(r"\w+", re.UNICODE)
ORPHANED = "a refresh was stopped before it indexed all it stored"

Row = tuple[str, str, str, str]  # id, title, text, actor names
Source = Callable[[], Iterable[Row]]  # every article, for a rebuild


class IndexBusy(Exception):
    """Another thread is building the index right now."""


class SearchIndex:
    """One FTS5 file; safe to share between threads (calls take turns)."""

    def __init__(self, path: Path, source: Source) -> None:
        self.path = path
        self._source = source
        self._turn = threading.RLock()
        self._db: sqlite3.Connection | None = None
        # Index row number -> article id, kept in memory: a query then reads only rowids
        # (reading an id column back for 40,000 hits cost 4-5x the match itself).
        self._names: dict[int, str] = {}
        self.rebuilt: str | None = None  # why the index was last rebuilt, for a message
        self._batches = BatchLock(path.with_name(path.name + ".batches"))

    # ------------------------------------------------------------------ opening
    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=BUSY_MS / 1000, check_same_thread=False)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=OFF")
        return db

    def _open(self) -> sqlite3.Connection:
        if self._db is not None:
            return self._db
        reason = None if self.path.exists() else "no search index yet"
        if reason is None:
            try:
                db = self._connect()
                row = db.execute("SELECT value FROM meta WHERE key = 'complete'").fetchone()
                if row is None or row[0] != SCHEMA:
                    reason = "the search index was not complete"
                    db.close()
                elif not self._repaired(db):
                    self._db = db
                    return db
                else:
                    assert self._db is not None
                    return self._db
            except sqlite3.DatabaseError as exc:
                # a process killed between creating the file and its tables left nothing to
                # keep: the index is incomplete, not damaged
                incomplete = str(exc).startswith("no such table")
                reason = (
                    "the search index was not complete"
                    if incomplete
                    else f"the search index was damaged ({exc})"
                )
        self._rebuild(reason or "rebuilt")
        assert self._db is not None
        return self._db

    def _rebuild(self, reason: str) -> None:
        """Move a bad file aside and index every stored article again."""
        if self._db is not None:
            self._db.close()
            self._db = None
        self._names.clear()
        if "damaged" in reason and self.path.exists():
            with contextlib.suppress(OSError):  # kept aside, as the store does
                self.path.replace(
                    self.path.with_name(f"{self.path.name}.damaged-{time.time():.0f}")
                )
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                Path(f"{self.path}{suffix}").unlink()
        db = self._connect()
        db.executescript(
            """
            CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value);
            CREATE TABLE IF NOT EXISTS ids (n INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL);
            CREATE VIRTUAL TABLE IF NOT EXISTS docs USING fts5(
                title, text, actors, tokenize = 'unicode61 remove_diacritics 2',
                prefix = '1 2'
            );
            """
        )
        with db:
            self._put(db, self._source())
            db.execute("INSERT OR REPLACE INTO meta VALUES ('complete', ?)", (SCHEMA,))
        self._compact(db, optimize=True)
        self._db = db
        self.rebuilt = reason

    def _repaired(self, db: sqlite3.Connection) -> bool:
        """Rebuild the index if batches were left open by processes that died (see
        `reader.store.search_batches`); True when it was rebuilt (`db` is closed then)."""
        if not _open_batches(db):
            return False
        with self._batches.alone() as alone:
            if alone:  # open batches, and nobody is writing them: their writers died
                db.close()
                self._rebuild(ORPHANED)
        return alone

    # ------------------------------------------------------------------ batches
    def begin_batch(self) -> bool:
        """Open the index (rebuilt if need be) for rows to come in batches: until
        `end_batch`, a process killed before writing them all leaves a mark the next
        opener sees, and the index is rebuilt then. False where there are no file locks:
        the caller should add its rows as they come."""
        with self._turn:
            db = self._open()
            if not self._batches.share():
                return False
            with db:
                db.execute(
                    "INSERT INTO meta VALUES ('batches', 1) "
                    "ON CONFLICT(key) DO UPDATE SET value = value + 1"
                )
            return True

    def end_batch(self) -> None:
        """A batch's rows are all written; the last batch to end in any process rebuilds
        the index if others were left open by processes that died meanwhile."""
        with self._turn:
            db = self._open()
            with db:
                db.execute("UPDATE meta SET value = value - 1 WHERE key = 'batches'")
            with self._batches.unshare() as alone:
                if alone and _open_batches(db):
                    self._rebuild(ORPHANED)

    # ------------------------------------------------------------------ writing
    def add(self, rows: Iterable[Row]) -> None:
        """Index (or index again) these articles."""
        rows = list(rows)
        if not rows:
            return
        with self._turn:
            db = self._open()
            try:
                # Writes append to FTS5's newest segments: a small page cache does as well
                # as the 2 MB one queries use, and a 500-feed refresh peaked ~2 MB lower.
                db.execute(f"PRAGMA cache_size = -{WRITE_CACHE_KIB}")
                with db:
                    self._put(db, rows)
                if len(rows) >= BIG_BATCH:
                    self._compact(db, optimize=False)
            except sqlite3.DatabaseError as exc:
                self._rebuild(f"the search index was damaged ({exc})")
            finally:
                if self._db is not None:
                    self._db.execute(f"PRAGMA cache_size = -{QUERY_CACHE_KIB}")

    @staticmethod
    def _compact(db: sqlite3.Connection, optimize: bool) -> None:
        """After a big write: fold the WAL into the file (queries that read through a
        100 MB WAL were ~10x slower) and, after a rebuild, merge FTS5's segments."""
        if optimize:
            with db:
                db.execute("INSERT INTO docs(docs) VALUES ('optimize')")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def ready(self) -> None:
        """Open the index now (rebuilding it if need be), not on the first keystroke."""
        with self._turn:
            self._open()

    @staticmethod
    def _put(db: sqlite3.Connection, rows: Iterable[Row]) -> None:
        """Index rows in chunks, three statements per chunk rather than per row."""
        chunk: dict[str, Row] = {}
        for row in rows:
            chunk[row[0]] = row  # the same article twice: the later row wins
            if len(chunk) >= PUT_CHUNK:
                SearchIndex._put_chunk(db, list(chunk.values()))
                chunk.clear()
        if chunk:
            SearchIndex._put_chunk(db, list(chunk.values()))

    @staticmethod
    def _put_chunk(db: sqlite3.Connection, rows: list[Row]) -> None:
        """One chunk of rows in three statements, each one step of SQLite's.

        Not `executemany`: SQLite steps once per row there, and Python lets go of the GIL
        around every step. In a refresh the index thread then waited for the GIL again
        after each row while the event loop and store threads held it (up to the 5 ms
        switch interval each time): 15,000 rows took 3.9 s of wall time beside a busy
        thread, against 1.3 s for the same rows in a statement per chunk.
        """
        ids = [r[0] for r in rows]
        marks = ",".join("?" * len(rows))
        db.execute(f"INSERT OR IGNORE INTO ids (id) VALUES {','.join(['(?)'] * len(rows))}", ids)
        db.execute(
            f"DELETE FROM docs WHERE rowid IN (SELECT n FROM ids WHERE id IN ({marks}))", ids
        )
        db.execute(
            "INSERT INTO docs (rowid, title, text, actors) SELECT ids.n, v.column2, v.column3, "
            f"v.column4 FROM (VALUES {','.join(['(?,?,?,?)'] * len(rows))}) AS v "
            "JOIN ids ON ids.id = v.column1",
            [value for row in rows for value in row],
        )

    # ------------------------------------------------------------------ reading
    def search(self, query: str, *, titles_and_text: bool = False, wait: bool = True) -> set[str]:
        """Ids of the articles holding every word of `query` (the last word as a prefix,
        for search as you type). `titles_and_text` leaves actor names out. With
        `wait=False` (a keystroke in the app) a rebuild in progress raises `IndexBusy`
        instead of blocking until it is done."""
        match = fts_query(query, ["title", "text"] if titles_and_text else None)
        if match is None:
            return set()
        sql = "SELECT rowid FROM docs WHERE docs MATCH ?"
        if not self._turn.acquire(blocking=wait):
            raise IndexBusy("the search index is being built")
        try:
            try:
                rows = self._open().execute(sql, (match,)).fetchall()
                names = self._known_names()
            except sqlite3.DatabaseError as exc:
                self._rebuild(f"the search index was damaged ({exc})")
                rows = self._open().execute(sql, (match,)).fetchall()
                names = self._known_names()
        finally:
            self._turn.release()
        return {names[n] for (n,) in rows if n in names}

    def _known_names(self) -> dict[int, str]:
        """Row numbers to article ids, reading only the rows added since the last look
        (a refresh in another process adds some; none is ever renumbered)."""
        db = self._open()
        known = max(self._names, default=0)
        (last,) = db.execute("SELECT COALESCE(MAX(n), 0) FROM ids").fetchone()
        if last > known:
            self._names.update(db.execute("SELECT n, id FROM ids WHERE n > ?", (known,)))
        return self._names

    def close(self) -> None:
        with self._turn:
            if self._db is not None:
                self._db.close()
                self._db = None


def _open_batches(db: sqlite3.Connection) -> int:
    row = db.execute("SELECT value FROM meta WHERE key = 'batches'").fetchone()
    return int(row[0]) if row else 0


def fts_query(query: str, columns: list[str] | None = None) -> str | None:
    """Words as an FTS5 query: each quoted (no operator syntax gets through), all required."""
    words = _WORD.findall(query)
    if not words:
        return None
    terms = [f'"{w}"' for w in words]
    if not query.rstrip() or query[-1].isalnum():
        terms[-1] += "*"  # still typing the last word
    match = " AND ".join(terms)
    if columns:
        match = "{" + " ".join(columns) + "} : (" + match + ")"
    return match
