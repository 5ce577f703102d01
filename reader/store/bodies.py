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

from reader.store.atomic import write_atomic


class BodyStore:
    """Files `bodies/<first 2 of id>/<id>.z`: zlib-compressed JSON."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def _path(self, article_id: str) -> Path:
        return self.root / article_id[:2] / f"{article_id}.z"

    def save(self, article_id: str, body: dict[str, Any]) -> None:
        write_atomic(self._path(article_id), zlib.compress(orjson.dumps(body), 6), durable=False)

    def load(self, article_id: str) -> dict[str, Any] | None:
        """A missing or damaged body reads as "not cached" — the next refresh re-fetches it."""
        try:
            raw = self._path(article_id).read_bytes()
            data = orjson.loads(zlib.decompress(raw))
        except (OSError, zlib.error, orjson.JSONDecodeError):
            return None
        return data if isinstance(data, dict) else None

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
        try:
            data = orjson.loads(zlib.decompress(self._feed_path(fkey).read_bytes()))
        except (OSError, zlib.error, orjson.JSONDecodeError):
            return {}
        return data if isinstance(data, dict) else {}

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
