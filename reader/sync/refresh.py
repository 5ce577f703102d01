"""A refresh with sync set up: the server is asked, not the feeds it polls.

Sync first (its outcome is the first line of the summary, a failure never stops the rest);
then the feeds the server does not hold (local files, the demo, feeds it refused) are
refreshed as always; then the pages of the synced articles are fetched, cleaned and
analysed here, as a refresh does for its own. Without `[sync]` this is `reader.refresh`.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

from reader.config import Paths, Settings
from reader.refresh import (
    Analyser,
    FeedOutcome,
    Progress,
    Refresher,
    RefreshSummary,
    stored_entry,
)
from reader.refresh import refresh as plain_refresh
from reader.store.records import KEPT_URL
from reader.store.store import Store
from reader.sync.backend import SyncError
from reader.sync.config import sync_config
from reader.sync.journal import sync_dir
from reader.sync.state import SyncState


@dataclass(slots=True)
class SyncedSummary(RefreshSummary):
    """A refresh's summary whose line starts with what the sync did (or why it failed)."""

    sync: FeedOutcome | None = None

    def line(self) -> str:
        feeds = [o for o in self.outcomes if o is not self.sync]
        rest = RefreshSummary(feeds, self.pages, self.page_failures).line()
        if self.sync is None:
            return rest
        if self.sync.status == "failed":
            return f"sync failed: {self.sync.error}; {rest}"
        return f"{self.sync.title}; {rest}"


def refresh(
    store: Store,
    settings: Settings,
    *,
    feeds: list[str] | None = None,
    fetch_pages: bool = True,
    analyser: Analyser | None = None,
    progress: Progress | None = None,
    **options: Any,
) -> RefreshSummary:
    """`reader.refresh.refresh`, with the sync server standing in for the feeds it holds.

    `options` (`jobs`, `workers`) go to the plain refresh unchanged."""
    config = sync_config(settings)
    common = {"fetch_pages": fetch_pages, "analyser": analyser, "progress": progress, **options}
    if config is None:
        return plain_refresh(store, settings, feeds=feeds, **common)
    outcome = sync_outcome(store, store.paths, settings)
    if progress:
        progress(outcome, 1, 1)
    synced = set(SyncState.load(sync_dir(store.paths), config.identity).feeds)
    wanted = feeds if feeds is not None else [f.url for f in store.feeds() if f.url != KEPT_URL]
    summary = plain_refresh(
        store, settings, feeds=[url for url in wanted if url not in synced], **common
    )
    if fetch_pages:
        summary.pages += synced_pages(store, settings, [u for u in wanted if u in synced], analyser)
    # The sync counts as one source: all failed (sync included) is what "offline" means.
    outcomes = [outcome, *summary.outcomes]
    return SyncedSummary(outcomes, summary.pages, summary.page_failures, sync=outcome)


def sync_outcome(store: Store, paths: Paths, settings: Settings) -> FeedOutcome:
    """The sync as one line of a refresh: ok with its counts, or failed with the reason."""
    from reader.sync.engine import run_sync

    config = sync_config(settings)
    url = config.url if config else ""
    try:
        report = run_sync(store, paths, settings)
    except SyncError as exc:
        return FeedOutcome(url, "sync", "failed", error=str(exc))
    return FeedOutcome(url, report.line(), "ok", new=report.new_entries)


def synced_pages(
    store: Store, settings: Settings, feeds: list[str], analyser: Analyser | None
) -> int:
    """Fetch, clean and analyse the pages of synced articles not done yet; how many."""
    jobs = [
        (record.id, stored_entry(store, record), url)
        for url in feeds
        for record in store.without_body(url)
    ]
    if not jobs:
        return 0
    runner = Refresher(store, settings, analyser=analyser)
    asyncio.run(runner.bodies_only(jobs))
    return runner.summary.pages
