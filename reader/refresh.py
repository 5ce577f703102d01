"""Refresh: the one path data takes from the network into the store.

feed → fetch → parse → store → article page fetch → clean → analyse → store. The CLI and
the app both call `refresh()`; neither fetches or parses by itself. Each feed is handled on
its own so that a broken one records its error and never stops the others, and each feed's
new items are written in one batch, never one write per item, then let go of: a refresh
holds only the few feeds in flight. Pages are cleaned and analysed by worker processes
when there are enough of them (`reader.refresh_pool`). A `--feeds-only` refresh never
imports lxml.html, readability, spaCy or httpx (`reader.feeds.direct` sends its GETs).
"""

from __future__ import annotations

import asyncio
import contextvars
import functools
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from reader.config import Settings
from reader.feeds.fetch import Fetcher, FetchResult, FetchSettings
from reader.feeds.parse import FeedError, feed_problem, parse_feed
from reader.models import ParsedEntry, ParsedFeed
from reader.sanitize import is_fetchable
from reader.store.atomic import deferred_dir_sync
from reader.store.index_writer import IndexWriter
from reader.store.records import KEPT_URL, ArticleRecord, FeedRecord, article_id
from reader.store.store import Store, now_iso

if TYPE_CHECKING:  # pragma: no cover - typing only
    from reader.refresh_pool import PagePool
    from reader.stories import Features

PAGE_JOBS = 8
BODY_BATCH = 25  # bodies marked stored per metadata write
# Threads that parse and store fetched feeds: enough to overlap one feed's fsync with the
# next feed's parsing; more only add GIL hand-offs and malloc arenas (peak memory).
STORE_THREADS = 3


@dataclass(slots=True)
class FeedOutcome:
    """What happened to one feed in one refresh."""

    url: str
    title: str
    status: str  # "ok", "not-modified", "failed", "skipped"
    new: int = 0
    error: str | None = None


@dataclass(slots=True)
class RefreshSummary:
    outcomes: list[FeedOutcome] = field(default_factory=list)
    pages: int = 0  # article pages cleaned and stored
    page_failures: int = 0

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def new(self) -> int:
        return sum(o.new for o in self.outcomes)

    def line(self) -> str:
        parts = [
            f"{self.count('ok')} feeds ok",
            f"{self.count('not-modified')} not modified",
            f"{self.count('failed')} failed",
        ]
        if self.count("skipped"):
            parts.append(f"{self.count('skipped')} skipped")
        parts.append(f"{self.new} new articles")
        if self.pages or self.page_failures:
            parts.append(f"{self.pages} pages cleaned")
        return ", ".join(parts)


Progress = Callable[[FeedOutcome, int, int], None]
Analyser = Callable[[str], Any]


def fetch_settings(settings: Settings, jobs: int | None = None) -> FetchSettings:
    return FetchSettings(
        jobs=jobs or settings.jobs,
        per_host=settings.per_host,
        total_timeout=settings.timeout,
        feed_max_bytes=settings.feed_max_mb * 1024 * 1024,
        page_max_bytes=settings.page_max_mb * 1024 * 1024,
    )


def entry_identity(entry: ParsedEntry) -> str | None:
    return entry.guid or entry.link or (entry.title if entry.title else None)


def select_new(
    feed_url: str, fkey: str, entries: Iterable[ParsedEntry], known: set[str], keep: int
) -> dict[str, ParsedEntry]:
    """Items not stored yet, by article id, de-duplicated by guid then link, newest `keep`
    only (an id is worked out once a refresh: the store and the index take these).

    A 100,000-item feed must not turn into 100,000 stored articles: retention applies at
    the door as well as later.
    """
    seen_links: set[str] = set()
    fresh: dict[str, ParsedEntry] = {}
    for entry in entries:
        identity = entry_identity(entry)
        if identity is None:
            continue
        aid = article_id(fkey, identity)
        if aid in known or aid in fresh:
            continue
        if entry.link and entry.link in seen_links:
            continue
        if entry.link:
            seen_links.add(entry.link)
        fresh[aid] = entry
    if keep > 0 and len(fresh) > keep:
        newest = sorted(fresh.items(), key=lambda item: item[1].published or "", reverse=True)
        fresh = dict(newest[:keep])
    return fresh


def _retry_until(result: FetchResult) -> str | None:
    if result.retry_after is None:
        return None
    until = datetime.now(UTC) + timedelta(seconds=min(result.retry_after, 7 * 86400))
    return until.strftime("%Y-%m-%dT%H:%M:%SZ")


def _is_local(url: str) -> bool:
    return not url.startswith(("http://", "https://"))


class Refresher:
    """One refresh run over a store."""

    def __init__(
        self,
        store: Store,
        settings: Settings,
        *,
        jobs: int | None = None,
        fetch_pages: bool = True,
        analyser: Analyser | None = None,
        progress: Progress | None = None,
        workers: int | None = None,
    ) -> None:
        self.store = store
        self.settings = settings
        self.fetch = fetch_settings(settings, jobs)
        self.fetch_pages = fetch_pages
        self.analyser = analyser
        self.progress = progress
        self.summary = RefreshSummary()
        self._analysis_turn = threading.Lock()
        self._feed_state: dict[str, dict[str, Any]] = {}
        self._links: dict[str, str] | None = None  # stored links, to spot one in two feeds
        self._links_turn = threading.Lock()
        self._jobs = jobs
        self._workers = workers  # None: one per core, when enough pages come (see run)
        self._pool: PagePool | None = None
        self._index = IndexWriter(store)
        # Story features of the analysed bodies, worked out batch by batch while the
        # workers analyse later pages: placing them is all that is left after the last one.
        self.features: dict[str, Features] = {}
        self._store_threads = ThreadPoolExecutor(STORE_THREADS, thread_name_prefix="feed-store")

    async def run(self, feeds: list[FeedRecord]) -> RefreshSummary:
        pending: list[tuple[str, ParsedEntry, str]] = []
        placing: asyncio.Future[None] | None = None
        try:
            # A missing index is built now, from what is stored (nothing, the first time),
            # so that the rows this run adds are written once, not all again at the end.
            await asyncio.wrap_future(self._index.open())
            with deferred_dir_sync():
                await self._fetch_all(feeds, pending)
                # Every body is stored: the new articles join their stories while the
                # folders are synced and the workers, the threads and the index close.
                placing = self._place_stories(pending)
        finally:
            if self._pool is not None:
                await asyncio.to_thread(self._pool.close)
            await asyncio.to_thread(self._store_threads.shutdown)
            await asyncio.to_thread(self._index.close)
            if placing is not None:
                await placing
        # Feed state (validators, errors) lands in one write, and only now that the bodies
        # are stored and synced: a refresh killed half-way gets no 304 next time and
        # completes the work.
        self.store.update_feeds(self._feed_state)
        return self.summary

    def _place_stories(
        self, pending: list[tuple[str, ParsedEntry, str]]
    ) -> asyncio.Future[None] | None:
        """Place the new articles in their stories, in a thread; None when nothing was
        analysed (`--feeds-only`, all 304): stories are not even imported then, which cost
        ~8 MB of a feeds-only refresh's peak memory and ~20 ms."""
        if not pending:
            return None
        from reader.stories import place_quietly

        ids = [job[0] for job in pending]
        # A context of its own: the stories' writes sync their folder themselves, outside
        # this refresh's deferred folder syncs (their set is read as the batch ends).
        call = functools.partial(contextvars.Context().run, place_quietly, self.store, ids)
        return asyncio.get_running_loop().run_in_executor(None, call, self.features)

    def _start_pool(self, pages: int) -> None:
        """Start the worker processes once there are enough pages to pay for them, so
        that they load the model while the feeds are still being fetched."""
        if self._pool is not None or not self.fetch_pages or not pages:
            return
        from reader.refresh_pool import PagePool, can_cross, pays_off, worker_count

        if self._workers is None:
            workers = worker_count(self._jobs)
            if not pays_off(pages, workers, self.analyser):
                return
        elif self._workers > 1 and can_cross(self.analyser):
            workers = self._workers
        else:
            return
        self._pool = PagePool(workers, self.analyser)
        self._pool.warm_up()

    async def _fetch_all(
        self, feeds: list[FeedRecord], pending: list[tuple[str, ParsedEntry, str]]
    ) -> None:
        async with Fetcher(self.fetch) as fetcher:
            total = len(feeds)

            queue = iter(feeds)

            async def worker() -> None:
                for feed in queue:  # each feed is taken by one worker
                    outcome, jobs = await self._refresh_feed(fetcher, feed)
                    self.summary.outcomes.append(outcome)
                    pending.extend(jobs)
                    self._start_pool(len(pending))
                    if self.progress:
                        self.progress(outcome, len(self.summary.outcomes), total)

            # `jobs` feeds in flight from fetch to store, not every feed at once: a feed
            # fetched waits to be parsed and stored with its bytes in memory.
            await asyncio.gather(*(worker() for _ in range(min(self.fetch.jobs, total))))
            if self.fetch_pages:
                pending.extend(await asyncio.to_thread(self._missing_pages, feeds, pending))
                self._start_pool(len(pending))
            await self._store_bodies(fetcher, pending)

    def _missing_pages(
        self, feeds: list[FeedRecord], pending: list[tuple[str, ParsedEntry, str]]
    ) -> list[tuple[str, ParsedEntry, str]]:
        """Pages a `--feeds-only` refresh left behind, even when their feed said 304."""
        queued = {aid for aid, _entry, _url in pending}
        jobs = []
        for feed in feeds:
            if feed.gone or _is_local(feed.url):
                continue
            for record in self.store.without_body(feed.url):
                if record.id not in queued:
                    jobs.append((record.id, stored_entry(self.store, record), feed.url))
        return jobs

    async def bodies_only(self, jobs: list[tuple[str, ParsedEntry, str]]) -> None:
        await asyncio.wrap_future(self._index.open())
        try:
            async with Fetcher(self.fetch) as fetcher:
                await self._store_bodies(fetcher, jobs)
        finally:
            await asyncio.to_thread(self._index.close)

    def _note(self, url: str, **fields: Any) -> None:
        self._feed_state.setdefault(url, {}).update(fields)

    async def _refresh_feed(
        self, fetcher: Fetcher, feed: FeedRecord
    ) -> tuple[FeedOutcome, list[tuple[str, ParsedEntry, str]]]:
        title = feed.display_title
        if feed.gone:
            return FeedOutcome(feed.url, title, "skipped", error=feed.error), []
        if feed.retry_after and feed.retry_after > now_iso():
            reason = f"server asked us to wait until {feed.retry_after}"
            return FeedOutcome(feed.url, title, "skipped", error=reason), []
        result = await fetcher.fetch_feed(
            feed.url, etag=feed.etag, last_modified=feed.last_modified
        )
        self._note(feed.url, last_refresh=now_iso())
        if result.error:
            self._note(
                feed.url, error=result.error, gone=result.gone, retry_after=_retry_until(result)
            )
            return FeedOutcome(feed.url, title, "failed", error=result.error), []
        if result.not_modified:
            self._note(feed.url, error=None, retry_after=None)
            return FeedOutcome(feed.url, title, "not-modified"), []
        try:
            # Parse and store in one trip to a store thread: a 100,000-item feed takes
            # seconds to parse and fsyncs take milliseconds, and a blocked event loop would
            # make every other request in flight miss its deadline. One hand-off per feed,
            # not two, and a few threads, not the default six: every thread switch and
            # wake-up is paid for under the GIL, and each thread's malloc arena in memory.
            # (with this task's context, as `to_thread` would: `deferred_dir_sync` lives there)
            loop = asyncio.get_running_loop()
            parsed, (new_count, jobs) = await loop.run_in_executor(
                self._store_threads,
                contextvars.copy_context().run,
                self._parse_and_store,
                feed,
                result,
            )
        except FeedError as exc:
            self._note(feed.url, error=str(exc))
            return FeedOutcome(feed.url, title, "failed", error=str(exc)), []
        problem = feed_problem(parsed)  # read in part (truncated, malformed): say so
        self._note(
            feed.url,
            title=feed.title or parsed.title,
            site=parsed.link,
            error=problem,
            retry_after=None,
            etag=result.etag,
            last_modified=result.last_modified,
        )
        outcome = FeedOutcome(feed.url, parsed.title or title, "ok", new=new_count, error=problem)
        return outcome, jobs

    def _parse_and_store(
        self, feed: FeedRecord, result: FetchResult
    ) -> tuple[ParsedFeed, tuple[int, list[tuple[str, ParsedEntry, str]]]]:
        """Parse a fetched feed and store its new items (in a store thread)."""
        content = result.content or b""
        result.content = None  # the bytes go as soon as they are parsed
        parsed = parse_feed(content, result.final_url or feed.url, result.content_type)
        del content
        return parsed, self._store_entries(feed, parsed)

    def _store_entries(
        self, feed: FeedRecord, parsed: ParsedFeed
    ) -> tuple[int, list[tuple[str, ParsedEntry, str]]]:
        """Store a feed's new items in one write; return their count and the body jobs."""
        stored = self.store.body_index(feed.url)
        fresh = select_new(
            feed.url, feed.key, parsed.entries, set(stored), self.settings.keep_per_feed
        )
        with self._links_turn:
            if self._links is None:
                self._links = self.store.link_index()
        feeds_only = not self.fetch_pages and not _is_local(feed.url)
        ids = self.store.add_feed_items(
            feed.url,
            {aid: _entry_doc(e) for aid, e in fresh.items()},
            self._links,
            # what the feed said, kept for the article pages a later refresh fetches
            own_text={aid: {"content": e.content, "summary": e.summary} for aid, e in fresh.items()}
            if feeds_only
            else None,
            keep_per_feed=self.settings.keep_per_feed,
            keep_days=self.settings.keep_days,
        )
        self._index.add((aid, fresh[aid].title, "", "") for aid in ids)
        if feeds_only:
            self.store.release(feed.url)
            return len(ids), []
        # New items, and items an interrupted refresh left without a body.
        unfinished = set(ids) | {aid for aid, has_body in stored.items() if not has_body}
        jobs = [
            (aid, e, feed.url)
            for aid, e in _by_id(feed.key, parsed.entries).items()
            if aid in unfinished
        ]
        self.store.release(feed.url)
        return len(ids), jobs

    async def _store_bodies(
        self, fetcher: Fetcher, pending: list[tuple[str, ParsedEntry, str]]
    ) -> None:
        """Fetch, clean and analyse each new article; keep the feed's text when better."""
        gate = asyncio.Semaphore(PAGE_JOBS * (self._pool.workers if self._pool else 1))
        if self._pool is not None:
            self._pool.expect(len(pending))
        changes: dict[str, dict[str, Any]] = {}
        rows: list[tuple[str, str, str, str]] = []
        analysed: dict[str, dict[str, Any]] = {}

        async def one(aid: str, entry: ParsedEntry, feed_url: str) -> None:
            async with gate:
                page, reason = await self._fetch_page(fetcher, entry, feed_url)
                if self._pool is not None:
                    html = page.content if page is not None and not page.error else None
                    url = page.final_url if page is not None else None
                    body = await self._pool.make_body(entry, html, url, reason)
                else:
                    body = await asyncio.to_thread(self._make_body, entry, page, reason)
            if body is None:
                return
            self.store.save_body(aid, body)
            names = _actor_names(body)
            rows.append((aid, entry.title, str(body.get("text") or ""), " ".join(names)))
            if body["source"] == "page":
                self.summary.pages += 1
            changes[aid] = {"has_body": True, "note": body.get("note"), "actors": names}
            if body.get("analysed"):
                analysed[aid] = body
            if len(changes) >= BODY_BATCH:
                # Progress lands in batches: a refresh killed now does not redo this work.
                batch, batch_rows, batch_bodies = dict(changes), list(rows), dict(analysed)
                changes.clear()
                rows.clear()
                analysed.clear()
                await asyncio.to_thread(self._flush_bodies, batch, batch_rows, batch_bodies)

        await asyncio.gather(*(one(*job) for job in pending))
        if changes:
            await asyncio.to_thread(self._flush_bodies, changes, rows, analysed)

    def _flush_bodies(
        self,
        changes: dict[str, dict[str, Any]],
        rows: list[tuple[str, str, str, str]],
        analysed: dict[str, dict[str, Any]],
    ) -> None:
        """Mark a batch of bodies stored, index their text, and work out the story
        features of the analysed ones (from the bodies in hand, not read back)."""
        self.store.update_articles(changes)
        self._index.add(rows)
        if analysed:
            from reader.stories import features_for

            for aid, body in analysed.items():
                features = features_for(self.store, aid, body)
                if features is not None:
                    self.features[aid] = features

    async def _fetch_page(
        self, fetcher: Fetcher, entry: ParsedEntry, feed_url: str
    ) -> tuple[FetchResult | None, str | None]:
        """The article's page, or None and the reason why the feed's text stands in."""
        if not self.fetch_pages:
            return None, "article pages not fetched (--feeds-only)"
        if _is_local(feed_url):
            return None, "local feed: its own content is the article"
        if not is_fetchable(entry.link):
            return None, "the link is not an http(s) address"
        page = await fetcher.fetch_page(entry.link or "")
        if page.error:
            self.summary.page_failures += 1
            return page, f"page not fetched: {page.error}"
        return page, None

    def _make_body(
        self, entry: ParsedEntry, page: FetchResult | None, reason: str | None
    ) -> dict[str, Any] | None:
        """One article's body, made in this process (see `reader.refresh_pool.make_body`)."""
        from reader.refresh_pool import make_body

        html = page.content if page is not None and not page.error else None
        url = page.final_url if page is not None else None
        return make_body(entry, html, url, reason, self._analyse if self.analyser else None)

    def _analyse(self, text: str) -> Any:
        assert self.analyser is not None
        with self._analysis_turn:  # one model, one caller at a time
            return self.analyser(text)


def stored_entry(store: Store, record: ArticleRecord) -> ParsedEntry:
    """A stored article as its feed entry, with the content the feed carried."""
    content = store.feed_content(record.id) or {}
    return ParsedEntry(
        guid=None,
        title=record.title,
        link=record.link,
        published=record.published,
        author=record.author,
        summary=content.get("summary"),
        content=content.get("content"),
    )


def fetch_article(
    store: Store, settings: Settings, aid: str, *, analyser: Analyser | None = None
) -> dict[str, Any] | None:
    """Fetch, clean (and analyse) one stored article's page now; its stored body after."""
    record = store.article(aid)
    if record is None or not is_fetchable(record.link):
        return None
    runner = Refresher(store, settings, analyser=analyser)
    asyncio.run(runner.bodies_only([(aid, stored_entry(store, record), record.feed)]))
    from reader.stories import place_quietly

    place_quietly(store, [aid], runner.features)
    return store.load_body(aid)


def _by_id(fkey: str, entries: Iterable[ParsedEntry]) -> dict[str, ParsedEntry]:
    return {
        article_id(fkey, identity): e
        for e in entries
        if (identity := entry_identity(e)) is not None
    }


def _entry_doc(entry: ParsedEntry) -> dict[str, Any]:
    return {
        "title": entry.title,
        "link": entry.link,
        "published": entry.published,
        "author": entry.author,
    }


def _actor_names(body: dict[str, Any]) -> list[str]:
    names: list[str] = []
    for actor in body.get("actors", ()):
        names.append(actor["name"])
        names.extend(actor.get("aliases", ()))
    return names


def refresh(
    store: Store,
    settings: Settings,
    *,
    feeds: list[str] | None = None,
    jobs: int | None = None,
    fetch_pages: bool = True,
    analyser: Analyser | None = None,
    progress: Progress | None = None,
    workers: int | None = None,
) -> RefreshSummary:
    """Refresh the given feed URLs (all when None) and return what happened.

    `jobs` bounds the feeds fetched at once and the worker processes that clean and
    analyse pages; `workers` sets the latter exactly (1: all in this process; None: one
    per core, at most `jobs`, when there are enough pages to pay for starting them)."""
    records = [r for r in store.feeds() if r.url != KEPT_URL]  # kept bookmarks: no source
    if feeds is not None:
        wanted = set(feeds)
        records = [r for r in records if r.url in wanted]
    runner = Refresher(
        store,
        settings,
        jobs=jobs,
        fetch_pages=fetch_pages,
        analyser=analyser,
        progress=progress,
        workers=workers,
    )
    return asyncio.run(runner.run(records))
