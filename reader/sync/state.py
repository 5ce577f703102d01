"""What both sides agreed on at the last sync: the base of the three-way merge.

`sync/state.json` under the data folder, written atomically at the end of each sync. It
belongs to one account: another server or user starts again from no base.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from reader.store.atomic import write_atomic


@dataclass(slots=True)
class SyncState:
    """Subscriptions and entry states as of the last sync."""

    account: str
    # local feed URL -> {"id": server feed id, "category": its category then}
    feeds: dict[str, dict[str, Any]] = field(default_factory=dict)
    # server entry id -> {"a": local article id, "r": read, "s": starred}
    entries: dict[str, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def load(cls, folder: Path, account: str) -> SyncState:
        try:
            data = orjson.loads((folder / "state.json").read_bytes())
        except (OSError, orjson.JSONDecodeError):
            return cls(account)
        if not isinstance(data, dict) or data.get("account") != account:
            return cls(account)
        return cls(account, dict(data.get("feeds") or {}), dict(data.get("entries") or {}))

    def save(self, folder: Path) -> None:
        data = {"account": self.account, "feeds": self.feeds, "entries": self.entries}
        write_atomic(folder / "state.json", orjson.dumps(data))
