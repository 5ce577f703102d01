"""Cleaned article bodies and their analysis, one compressed file per article.

Bodies are a cache of what can be fetched again, so they are written atomically but
without fsync (0.2 ms instead of 0.6 ms each); a damaged or missing one reads as absent.

Bodies live outside TinyDB: adding one body to a 10k-body TinyDB file cost 265–992 ms,
one small file costs well under a millisecond to write and ~0.05 ms to read, and nothing
has to be opened at start-up (shared/notes/tinydb-measurements.md §7).
"""

from __future__ import annotations

import contextlib
import zlib
from pathlib import Path
from typing import Any

import orjson

from reader.sanitize import clean_line
from reader.store.atomic import quarantine, write_atomic


class BodyStore:
    """Files `bodies/<first 2 of id>/<id>.z`: zlib-compressed JSON."""

    def __init__(self, root: Path, warnings: list[str] | None = None) -> None:
        self.root = root
        self.warnings = warnings if warnings is not None else []

    def _read(self, path: Path) -> dict[str, Any] | None:
        """A missing file reads as None; a damaged one is kept aside, with a warning."""
        try:
            raw = path.read_bytes()
        except OSError:
            return None
        try:
            data = orjson.loads(zlib.decompress(raw))
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
        except (zlib.error, orjson.JSONDecodeError, ValueError) as exc:
            try:
                damage = quarantine(path, clean_line(str(exc), 80) or "unreadable")
            except OSError:
                return None
            self.warnings.append(f"{damage}; it is fetched again by the next refresh")
            return None
        return data

    def _path(self, article_id: str) -> Path:
        return self.root / article_id[:2] / f"{article_id}.z"

    def save(self, article_id: str, body: dict[str, Any]) -> None:
        write_atomic(self._path(article_id), zlib.compress(orjson.dumps(body), 6), durable=False)

    def load(self, article_id: str) -> dict[str, Any] | None:
        """A missing or damaged body reads as "not cached" — the next refresh re-fetches it."""
        return self._read(self._path(article_id))

    def has(self, article_id: str) -> bool:
        return self._path(article_id).exists()

    def delete(self, article_id: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self._path(article_id).unlink()

    # A feed's own item content, kept per feed (one write per feed refresh) so that a
    # `--feeds-only` refresh stores what the feed said without a file per article.
    def _feed_path(self, fkey: str) -> Path:
        return self.root / "feeds" / f"{fkey}.z"

    def load_feed_content(self, fkey: str) -> dict[str, Any]:
        return self._read(self._feed_path(fkey)) or {}

    def merge_feed_content(self, fkey: str, items: dict[str, Any], drop: set[str]) -> None:
        """Add `items`, forget `drop`; callers hold the store lock so merges don't race."""
        data = self.load_feed_content(fkey)
        data.update(items)
        for aid in drop:
            data.pop(aid, None)
        write_atomic(self._feed_path(fkey), zlib.compress(orjson.dumps(data), 1), durable=False)

    def delete_feed_content(self, fkey: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self._feed_path(fkey).unlink()
