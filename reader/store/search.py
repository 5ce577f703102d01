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

SCHEMA = 2
BUSY_MS = 10_000
BIG_BATCH = 1000  # rows added at once after which the WAL is checkpointed
WRITE_CACHE_KIB = 256  # SQLite page cache while rows are added
QUERY_CACHE_KIB = 2000  # and otherwise (SQLite's default)
PUT_CHUNK = 500  # rows per statement batch (under SQLite's 32,766 bound parameters)
_WORD = re.compile(r"\w+", re.UNICODE)

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
                else:
                    self._db = db
                    return db
            except sqlite3.DatabaseError as exc:
                reason = f"the search index was damaged ({exc})"
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
        """Index rows in chunks, a few statements per chunk rather than four per row: a
        500-feed refresh adds 15,000 rows, and the per-row calls held the GIL ~0.3 s."""
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
        db.executemany("INSERT OR IGNORE INTO ids (id) VALUES (?)", [(r[0],) for r in rows])
        marks = ",".join("?" * len(rows))
        numbers = dict(
            db.execute(f"SELECT id, n FROM ids WHERE id IN ({marks})", [r[0] for r in rows])
        )
        db.executemany("DELETE FROM docs WHERE rowid = ?", [(numbers[r[0]],) for r in rows])
        db.executemany(
            "INSERT INTO docs (rowid, title, text, actors) VALUES (?, ?, ?, ?)",
            [(numbers[aid], title, text, actors) for aid, title, text, actors in rows],
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
