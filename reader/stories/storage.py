"""`db/stories.json` and `db/stories-evidence.json`: stories stored with the store.

The first holds the stories (which articles, which feeds): small, and all that listing
stories reads. The second holds what placing a new article needs: document frequencies
and the window's features. Both are written the store's way (temp file, fsync, rename,
previous generation kept as `.bak`) under a lock of their own, re-read under that lock so the
app and a cron refresh never lose each other's articles. Their own lock, not the store's:
stories are updated after the store's writes, and holding one lock never waits on the
other. The stories file is written first: a crash between the two writes costs some
evidence (a few IDF counts), never an article's place in its story. A damaged file is kept
aside and that part starts again; nothing the reader did lives here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import orjson
from filelock import FileLock

from reader.config import Paths
from reader.store.atomic import quarantine, write_atomic
from reader.stories.cluster import StoryIndex, Weights

T = TypeVar("T")
LOCK_TIMEOUT = 30.0


class StoryFile:
    """Load, change and save the stories under their lock."""

    def __init__(self, paths: Paths, warnings: list[str] | None = None) -> None:
        self.path: Path = paths.db / "stories.json"
        self.evidence_path: Path = paths.db / "stories-evidence.json"
        self.warnings = warnings if warnings is not None else []
        paths.db.mkdir(parents=True, exist_ok=True)
        self._lock = FileLock(paths.db / ".stories.lock", timeout=LOCK_TIMEOUT)

    def _read(self, path: Path) -> dict[str, Any]:
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return {}
        try:
            data = orjson.loads(raw)
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
        except (orjson.JSONDecodeError, ValueError) as exc:
            with self._lock:
                if path.exists():
                    damage = quarantine(path, str(exc)[:80] or "unreadable")
                    self.warnings.append(f"{damage}; stories start again from new articles")
            return {}
        return data

    def load(self, weights: Weights | None = None, *, evidence: bool = False) -> StoryIndex:
        """The stored stories; with `evidence`, everything needed to place new articles."""
        stories = self._read(self.path)
        more = self._read(self.evidence_path) if evidence else None
        try:
            return StoryIndex.from_json(stories, more, weights)
        except (ValueError, TypeError, AttributeError) as exc:  # hand-edited: wrong types
            with self._lock:
                for path in (self.path, self.evidence_path):
                    if path.exists():
                        self.warnings.append(f"{quarantine(path, str(exc)[:80])}")
            return StoryIndex(weights)

    def change(self, apply: Callable[[StoryIndex], T]) -> T:
        """Re-read under the lock, apply, write atomically: one writer at a time."""
        with self._lock:
            index = self.load(evidence=True)
            result = apply(index)
            index.prune()
            stories, evidence = index.to_json()
            write_atomic(self.path, orjson.dumps(stories), keep_backup=True)
            write_atomic(self.evidence_path, orjson.dumps(evidence))
        return result
