"""What one sync did, as one line for people and one object for `--json`."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(slots=True)
class SyncReport:
    server: str
    replayed: int = 0  # journal lines replayed
    feeds_added_here: int = 0
    feeds_added_there: int = 0
    feeds_removed_here: int = 0
    feeds_removed_there: int = 0
    new_entries: int = 0
    sent: dict[str, int] = field(default_factory=dict)  # "read", "unread", "star", "unstar"
    received: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def line(self) -> str:
        def counts(what: dict[str, int]) -> str:
            shown = [f"{n} {name}" for name, n in sorted(what.items()) if n]
            return ", ".join(shown) or "nothing"

        feeds = (
            f"feeds +{self.feeds_added_here}/-{self.feeds_removed_here} here, "
            f"+{self.feeds_added_there}/-{self.feeds_removed_there} there"
        )
        return (
            f"synced with {self.server}: {self.new_entries} new entries, {feeds}; "
            f"sent {counts(self.sent)}; received {counts(self.received)}"
        )

    def to_json(self) -> dict[str, Any]:
        return asdict(self)
