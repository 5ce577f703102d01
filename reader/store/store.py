"""The one interface the CLI, the refresh and the app use to read and change stored data.

Data is split by how often it changes (shared/notes/tinydb-measurements.md §9):
`db/feeds.json` (subscriptions, rarely written), one `db/articles/<feed>.json` per feed
(bulk metadata, written once per refresh of that feed), one `db/state/<feed>.json` per feed
(read and bookmark flags: tiny, so a mark costs a few milliseconds at any store size), and
bodies in files of their own. Every file is written atomically under a lock: one for
`feeds.json`, one per feed for its two files, so a refresh's writes to different feeds
overlap (threads here, or another process) instead of queueing behind one lock.
"""

from __future__ import annotations

import contextlib
import functools
import heapq
import shutil
import threading
import time
from collections.abc import Callable, Container, Iterable, Mapping
from datetime import UTC, datetime, timedelta
from operator import itemgetter
from pathlib import Path
from typing import Any

from reader.config import Paths
from reader.store.atomic import write_atomic
from reader.store.bodies import BodyStore
from reader.store.db import SCHEMA_VERSION, Database, StoreError, StoreLock
from reader.store.records import (
    FEED_KEY_LEN,
    KEPT_TITLE,
    KEPT_URL,
    ArticleRecord,
    FeedRecord,
    article_id,
    doc_id_of,
    feed_key,
    is_article_id,
    normalise_link,
)
from reader.store.search import SearchIndex

LOCK_TIMEOUT = 30.0
REBUILD_STEP = 100
_NO_FLAGS: Mapping[str, Any] = {}


def _serialised(method: Callable[..., Any]) -> Callable[..., Any]:
    """Subscriptions change as a whole (remove moves bookmarks, deletes files): one turn at a
    time in-process. Per-feed reads and writes take their feed's own turn instead."""

    @functools.wraps(method)
    def wrapper(self: Store, *args: Any, **kwargs: Any) -> Any:
        with self._mutex:
            return method(self, *args, **kwargs)

    return wrapper


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class _Shard:
    """The two files of one feed, article metadata and its read/bookmark state, and their
    lock (the feed's own: writes to other feeds do not wait for it)."""

    def __init__(self, root: Path, key: str, lock: StoreLock, warnings: list[str]) -> None:
        self.lock = lock
        self.articles = Database(root / "articles" / f"{key}.json", lock, warnings, backup=True)
        self.state = Database(root / "state" / f"{key}.json", lock, warnings, backup=True)

    def raw_articles(self) -> dict[str, dict[str, Any]]:
        return self.articles.run(lambda: self.articles.table("articles")._read_table())

    def raw_state(self) -> dict[str, dict[str, Any]]:
        return self.state.run(lambda: self.state.table("state")._read_table())

    def close(self) -> None:
        self.articles.close()
        self.state.close()


class Store:
    """Facade over the store files; safe to use from several processes at once."""

    def __init__(self, paths: Paths) -> None:
        self.paths = paths
        self.warnings: list[str] = []
        # Told of each local action (read, bookmark, subscribe, remove): the sync journal.
        self.on_change: Callable[[dict[str, Any]], None] | None = None
        self._mutex = threading.RLock()
        paths.db.mkdir(parents=True, exist_ok=True)
        (paths.db / "locks").mkdir(exist_ok=True)
        self._lock = StoreLock(paths.db / ".lock", LOCK_TIMEOUT)  # feeds.json's
        self._feeds = Database(paths.db / "feeds.json", self._lock, self.warnings, backup=True)
        self._shards: dict[str, _Shard] = {}
        self._shard_locks: dict[str, StoreLock] = {}  # kept when a shard's data is released
        self._shards_turn = threading.Lock()
        self.bodies = BodyStore(paths.bodies, self.warnings)
        self.search_index = SearchIndex(paths.data / "search.sqlite", self._search_rows)
        self._clean_leftovers()
        self._check_schema()

    # ----------------------------------------------------------------- housekeeping
    def _clean_leftovers(self) -> None:
        """Temp files of a writer killed mid-write are garbage: the rename never happened.

        Under the file's lock, because a live writer in another process holds it while its
        own temp file exists (`.NAME.<random>.tmp`, named after the file it replaces).
        """
        leftovers: dict[str, list[Path]] = {"feeds": list(self.paths.db.glob(".feeds.json.*tmp"))}
        for folder in (self.paths.db / "articles", self.paths.db / "state"):
            if folder.is_dir():
                for tmp in folder.glob(".*.json.*tmp"):
                    leftovers.setdefault(tmp.name[1 : 1 + FEED_KEY_LEN], []).append(tmp)
        for key, files in leftovers.items():
            with self._lock if key == "feeds" else self._shard_lock(key):
                for tmp in files:
                    with contextlib.suppress(OSError):
                        tmp.unlink()

    def _check_schema(self) -> None:
        meta = self._feeds.run(lambda: self._feeds.table("meta").get(doc_id=1))
        if meta is None:
            self._feeds.apply("meta", lambda table: table.update({1: {"schema": SCHEMA_VERSION}}))
        elif meta.get("schema", 0) > SCHEMA_VERSION:
            raise StoreError(
                f"the store in {self.paths.data} was written by a newer newsreader "
                f"(schema {meta['schema']}, this version reads {SCHEMA_VERSION})"
            )

    def _shard(self, key: str) -> _Shard:
        shard = self._shards.get(key)
        if shard is None:
            with self._shards_turn:
                shard = self._shards.get(key)
                if shard is None:
                    lock = self._shard_locks.get(key)
                    if lock is None:
                        lock = StoreLock(self.paths.db / "locks" / f"{key}.lock", LOCK_TIMEOUT)
                        self._shard_locks[key] = lock
                    shard = self._shards[key] = _Shard(self.paths.db, key, lock, self.warnings)
        return shard

    def release(self, feed_url: str) -> None:
        """Forget one feed's files held in memory (they are read again when next needed):
        a refresh going through 500 feeds need not keep every feed's articles."""
        with self._shards_turn:
            self._shards.pop(feed_key(feed_url), None)

    def _shard_lock(self, key: str) -> StoreLock:
        return self._shard(key).lock

    def close(self) -> None:
        self.search_index.close()
        self._feeds.close()
        for shard in self._shards.values():
            shard.close()

    # ------------------------------------------------------------------------ feeds
    @_serialised
    def feeds(self) -> list[FeedRecord]:
        raw = self._feeds.run(lambda: self._feeds.table("feeds")._read_table())
        return [FeedRecord.from_doc(doc) for doc in raw.values()]

    @_serialised
    def feed(self, url: str) -> FeedRecord | None:
        key = feed_key(url)
        doc = self._feeds.run(lambda: self._feeds.table("feeds").get(doc_id=int(key, 16)))
        return FeedRecord.from_doc(doc) if doc and doc.get("url") == url else None

    @_serialised
    def add_feed(self, url: str, *, title: str = "", tags: Iterable[str] = ()) -> FeedRecord:
        record = FeedRecord(
            url=url, key=feed_key(url), title=title, tags=list(tags), added=now_iso()
        )
        doc_id = int(record.key, 16)

        def insert(table: dict[int, Mapping[str, Any]]) -> None:
            existing = table.get(doc_id)
            if existing is not None:
                if existing.get("url") == url:
                    raise StoreError(f"already subscribed to {url}")
                raise StoreError(f"{url} collides with the stored feed {existing.get('url')}")
            table[doc_id] = record.to_doc()

        self._feeds.apply("feeds", insert)
        if self.on_change:
            self.on_change({"op": "subscribe", "url": url, "tags": record.tags})
        return record

    @_serialised
    def add_feeds(self, records: Iterable[tuple[str, str, list[str]]]) -> list[FeedRecord]:
        """Subscribe to many feeds in one write (OPML import); known URLs are skipped."""
        added: list[FeedRecord] = []

        def insert(table: dict[int, Mapping[str, Any]]) -> None:
            for url, title, tags in records:
                record = FeedRecord(
                    url=url, key=feed_key(url), title=title, tags=tags, added=now_iso()
                )
                if int(record.key, 16) not in table:
                    table[int(record.key, 16)] = record.to_doc()
                    added.append(record)

        self._feeds.apply("feeds", insert)
        if self.on_change:
            for record in added:
                self.on_change({"op": "subscribe", "url": record.url, "tags": record.tags})
        return added

    @_serialised
    def update_feed(self, url: str, **fields: Any) -> None:
        doc_id = int(feed_key(url), 16)

        def change(table: dict[int, Mapping[str, Any]]) -> None:
            if doc_id in table:
                table[doc_id] = {**table[doc_id], **fields}

        self._feeds.apply("feeds", change)

    @_serialised
    def update_feeds(self, changes: dict[str, dict[str, Any]]) -> None:
        """Several feeds' fetch state in one write (a refresh of 500 feeds: one write)."""
        by_id = {int(feed_key(url), 16): fields for url, fields in changes.items()}

        def change(table: dict[int, Mapping[str, Any]]) -> None:
            for doc_id, fields in by_id.items():
                if doc_id in table:
                    table[doc_id] = {**table[doc_id], **fields}

        if by_id:
            self._feeds.apply("feeds", change)

    @_serialised
    def remove_feed(self, url: str) -> None:
        record = self.feed(url)
        if record is None:
            raise StoreError(f"not subscribed to {url}")
        articles = self._shard_records(record)
        self._keep_bookmarks(record, [a for a in articles if a.bookmarked])

        # The one write first: if it fails (a full disk), nothing has been deleted yet.
        def drop(table: dict[int, Mapping[str, Any]]) -> None:
            table.pop(int(record.key, 16), None)

        self._feeds.apply("feeds", drop)
        for article in articles:
            self.bodies.delete(article.id)
        self.bodies.delete_feed_content(record.key)
        shard = self._shards.pop(record.key, None)
        if shard is not None:
            shard.close()
        with self._shard_lock(record.key):
            for sub in ("articles", "state"):
                for path in (self.paths.db / sub).glob(f"{record.key}.json*"):
                    with contextlib.suppress(OSError):
                        path.unlink()
        if self.on_change:
            self.on_change({"op": "remove", "url": url})

    def _keep_bookmarks(self, leaving: FeedRecord, marked: list[ArticleRecord]) -> None:
        """No remove deletes a bookmark: what no other feed still carries moves to the
        "Kept bookmarks" feed (never fetched), with its text and flags."""
        if marked and any(a.duplicated for a in marked):
            groups = self.copies()
            marked = [
                a
                for a in marked
                if not any(c.feed != leaving.url for c in groups.get(a.norm or "", ()))
            ]
        if not marked or leaving.url == KEPT_URL:
            return
        if self.feed(KEPT_URL) is None:
            self.add_feeds([(KEPT_URL, KEPT_TITLE, [])])
        key = feed_key(KEPT_URL)
        docs, flags = {}, {}
        for article in marked:
            aid = article_id(key, article.id)
            docs[doc_id_of(aid)] = {**article.to_doc(), "id": aid, "feed": KEPT_URL}
            flags[doc_id_of(aid)] = {"b": True, "r": article.read}
            body = self.load_body(article.id)
            if body is not None:
                self.save_body(aid, body)
        shard = self._shard(key)
        shard.articles.apply("articles", lambda table: table.update(docs))
        shard.state.apply("state", lambda table: table.update(flags))

    # --------------------------------------------------------------------- articles
    def add_articles(
        self, feed_url: str, entries: list[dict[str, Any]], links: dict[str, str] | None = None
    ) -> list[str]:
        """Store new entries of one feed in one write; entries already stored are skipped.

        Each entry dict needs `identity` (guid, else link) plus the article fields. `links`
        is `link_index()` (a refresh builds it once and passes it to every feed): an entry
        whose link another feed already carries is stored as a copy that shares the first
        one's flags, and lists as one row with it.
        """
        key = feed_key(feed_url)
        docs: dict[str, dict[str, Any]] = {}
        for entry in entries:  # the first of two with one identity is kept
            fields = {k: v for k, v in entry.items() if k != "identity"}
            docs.setdefault(article_id(key, entry["identity"]), fields)
        if links is None:
            links = self.link_index()
        new_ids, copies = self._insert(feed_url, docs, links)
        if copies:
            self._join_copies(key, copies)
        return new_ids

    def add_feed_items(
        self,
        feed_url: str,
        docs: Mapping[str, dict[str, Any]],
        links: dict[str, str],
        *,
        own_text: Mapping[str, Any] | None,
        keep_per_feed: int,
        keep_days: int,
    ) -> list[str]:
        """A refresh's new items of one feed (article id -> fields): stored as
        `add_articles` stores them, retention applied, and the feed's own text for each
        new one (`own_text`, id -> content and summary) kept, all under one hold of the
        feed's lock: one `flock` a feed instead of three.

        Copies of other feeds' articles are joined to them after the lock is let go of:
        waiting for another feed's lock while holding this one could deadlock with a
        refresh doing the same the other way round.
        """
        key = feed_key(feed_url)
        with self._shard_lock(key):
            new_ids, copies = self._insert(feed_url, docs, links)
            doomed = self._retain(key, keep_per_feed, keep_days)
            texts = {aid: own_text[aid] for aid in new_ids if aid in own_text} if own_text else {}
            if texts or doomed:
                self.bodies.merge_feed_content(key, texts, doomed)
        if copies:
            self._join_copies(key, copies)
        return new_ids

    def _insert(
        self, feed_url: str, docs: Mapping[str, dict[str, Any]], links: dict[str, str]
    ) -> tuple[list[str], dict[str, str]]:
        """Add the articles not stored yet, in one write; return their ids, and each new
        copy of a link another feed stored first with the id of that first copy."""
        key = feed_key(feed_url)
        added_at = now_iso()
        new_ids: list[str] = []
        copies: dict[str, str] = {}

        def insert(table: dict[int, Mapping[str, Any]]) -> None:
            for aid, fields in docs.items():
                doc_id = doc_id_of(aid)
                if doc_id in table:
                    continue
                doc = {**fields, "id": aid, "feed": feed_url, "added": added_at}
                norm = normalise_link(doc.get("link"))
                if norm:
                    doc["norm"] = norm
                    first = links.setdefault(norm, aid)
                    if first[:FEED_KEY_LEN] != key:
                        doc["dup"] = True
                        copies[aid] = first
                table[doc_id] = doc
                new_ids.append(aid)

        self._shard(key).articles.apply("articles", insert)
        return new_ids, copies

    def _join_copies(self, key: str, copies: dict[str, str]) -> None:
        """Mark the first copies as duplicated too, and give new copies their flags."""
        self.update_articles({first: {"dup": True} for first in copies.values()})
        flags: dict[int, dict[str, Any]] = {}
        for aid, first in copies.items():
            state = self._shard(first[:FEED_KEY_LEN]).raw_state().get(str(doc_id_of(first)))
            if state:
                flags[doc_id_of(aid)] = dict(state)
        if flags:
            self._shard(key).state.apply("state", lambda table: table.update(flags))

    def link_index(self) -> dict[str, str]:
        """Each normalised article link stored, with the id of its first copy."""
        index: dict[str, str] = {}
        for record in self.feeds():
            for doc in self._shard(record.key).raw_articles().values():
                norm = doc.get("norm")
                if norm:
                    index.setdefault(norm, doc["id"])
        return index

    def copies(self) -> dict[str, list[ArticleRecord]]:
        """Normalised link -> every stored copy of it, for links more than one feed carries."""
        groups: dict[str, list[ArticleRecord]] = {}
        for record in self.feeds():
            shard = self._shard(record.key)
            state = shard.raw_state()
            for doc_id, doc in shard.raw_articles().items():
                if doc.get("dup") and doc.get("norm"):
                    flags = state.get(doc_id, _NO_FLAGS)
                    groups.setdefault(doc["norm"], []).append(ArticleRecord(doc, flags))
        return groups

    def also_in(self, rows: Iterable[ArticleRecord]) -> dict[str, list[str]]:
        """For each duplicated row, the other feeds that carried its link."""
        wanted = [r for r in rows if r.duplicated]
        if not wanted:
            return {}
        groups = self.copies()
        return {
            r.id: [c.feed for c in groups.get(r.norm or "", []) if c.feed != r.feed] for r in wanted
        }

    def body_index(self, feed_url: str) -> dict[str, bool]:
        """Each stored article id of a feed, with whether its body is stored."""
        docs = self._shard(feed_key(feed_url)).raw_articles().values()
        # A body file that is gone (deleted, or kept aside as damaged) is fetched again.
        return {doc["id"]: bool(doc.get("has_body")) and self.bodies.has(doc["id"]) for doc in docs}

    def without_body(self, feed_url: str) -> list[ArticleRecord]:
        """A feed's articles whose cleaned body is not stored (a `--feeds-only` refresh)."""
        docs = self._shard(feed_key(feed_url)).raw_articles().values()
        # The flag only (no stat per body file): this runs over every feed on each refresh.
        return [ArticleRecord(doc, _NO_FLAGS) for doc in docs if not doc.get("has_body")]

    def update_articles(self, changes: dict[str, dict[str, Any]]) -> None:
        """Change stored metadata (e.g. body saved) with one write per feed touched."""
        for key, group in _group_by_feed(changes).items():
            shard = self._shard(key)

            def change(table: dict[int, Mapping[str, Any]], group: dict[str, Any] = group) -> None:
                for aid, fields in group.items():
                    doc_id = doc_id_of(aid)
                    if doc_id in table:
                        table[doc_id] = {**table[doc_id], **fields}

            shard.articles.apply("articles", change)

    def _shard_records(self, feed: FeedRecord) -> list[ArticleRecord]:
        shard = self._shard(feed.key)
        state = shard.raw_state()
        out = []
        for doc_id, doc in shard.raw_articles().items():
            flags = state.get(doc_id, {})
            out.append(ArticleRecord(doc, flags))
        return out

    def articles(
        self,
        *,
        unread: bool = False,
        bookmarked: bool = False,
        feed: str | None = None,
        tag: str | None = None,
        query: str | None = None,
        actor: str | None = None,
        ids: Container[str] | None = None,
        limit: int | None = None,
    ) -> list[ArticleRecord]:
        """Matching articles, newest first, one row per link (copies listed once).

        Filters run on the stored documents and only the matches become records: at
        50,000 articles, building every record first cost most of the time of a view.
        `tag` is a folder: every feed carrying that tag, compared case-insensitively.
        `ids` keeps only those articles (the hits of a search).
        """
        feeds = self.feeds()
        if feed is not None:
            feeds = [f for f in feeds if f.url == feed]
        if tag is not None:
            folded = tag.casefold()
            feeds = [f for f in feeds if any(t.casefold() == folded for t in f.tags)]
        needle = query.casefold() if query else None
        who = actor.casefold() if actor else None
        hits: list[tuple[str, Mapping[str, Any], Mapping[str, Any]]] = []
        seen: set[str] = set()  # links of duplicated articles already listed
        for record in feeds:
            shard = self._shard(record.key)
            state = shard.raw_state()
            for doc_id, doc in shard.raw_articles().items():
                flags = state.get(doc_id, _NO_FLAGS)
                if unread and flags.get("r"):
                    continue
                if bookmarked and not flags.get("b"):
                    continue
                if needle and needle not in doc.get("title", "").casefold():
                    continue
                if who and who not in (a.casefold() for a in doc.get("actors", ())):
                    continue
                if ids is not None and doc.get("id") not in ids:
                    continue
                if doc.get("dup"):
                    if doc.get("norm") in seen:
                        continue
                    seen.add(doc.get("norm", ""))
                hits.append((doc.get("published") or doc.get("added", ""), doc, flags))
        if limit is None:
            hits.sort(key=itemgetter(0), reverse=True)
        else:
            hits = heapq.nlargest(limit, hits, key=itemgetter(0))
        return [ArticleRecord(doc, flags) for _key, doc, flags in hits]

    def article(self, aid: str) -> ArticleRecord | None:
        if not is_article_id(aid):
            return None
        shard = self._shard(aid[:8])
        doc_key = str(doc_id_of(aid))
        doc = shard.raw_articles().get(doc_key)
        if doc is None:
            return None
        return ArticleRecord(doc, shard.raw_state().get(doc_key, {}))

    def unread_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for record in self.feeds():
            shard = self._shard(record.key)
            articles, state = shard.raw_articles(), shard.raw_state()
            read = sum(1 for key, flags in state.items() if flags.get("r") and key in articles)
            counts[record.url] = len(articles) - read
        return counts

    # ------------------------------------------------------------------- user state
    def set_read(self, ids: Iterable[str], value: bool = True) -> None:
        self._set_flag(ids, "r", value)

    def set_bookmarked(self, ids: Iterable[str], value: bool = True) -> None:
        self._set_flag(ids, "b", value)

    def _set_flag(self, ids: Iterable[str], flag: str, value: bool) -> None:
        """One atomic write per feed touched; unknown ids are an error before any write."""
        wanted = list(dict.fromkeys(ids))
        records = [self.article(aid) for aid in wanted]
        missing = [aid for aid, record in zip(wanted, records, strict=True) if record is None]
        if missing:
            raise StoreError(f"no article with id {missing[0]}")
        norms = {r.norm for r in records if r is not None and r.duplicated}
        if norms:  # a link several feeds carry: every copy takes the mark
            groups = self.copies()
            wanted += [c.id for norm in norms for c in groups.get(norm, ())]
            wanted = list(dict.fromkeys(wanted))
        stamp = now_iso()
        for key, group in _group_by_feed({aid: {} for aid in wanted}).items():
            shard = self._shard(key)

            def change(table: dict[int, Mapping[str, Any]], group: dict[str, Any] = group) -> None:
                for aid in group:
                    doc_id = doc_id_of(aid)
                    flags = {**table.get(doc_id, {}), flag: value, f"{flag}t": stamp}
                    table[doc_id] = flags

            shard.state.apply("state", change)
        if self.on_change:
            self.on_change({"op": "flag", "flag": flag, "value": value, "ids": wanted})

    # ----------------------------------------------------------------------- search
    def search(self, query: str, *, limit: int | None = None) -> list[ArticleRecord]:
        """Articles holding every word of `query` in title, text or actor names; newest
        first, one row per link, as `articles()` lists them."""
        return self.articles(ids=self.search_index.search(query), limit=limit)

    def index_articles(self, ids: Iterable[str]) -> None:
        """Put these articles (title, stored text, actor names) in the search index."""
        rows = []
        for aid in ids:
            record = self.article(aid)
            if record is not None:
                rows.append(search_row(record, self.load_body(aid)))
        self.search_index.add(rows)

    def _search_rows(self) -> Iterable[tuple[str, str, str, str]]:
        """Every stored article, for a rebuild of the index. It pauses a moment every
        REBUILD_STEP rows: a rebuild in the app's background must not starve its keys."""
        count = 0
        for feed in self.feeds():
            for doc in list(self._shard(feed.key).raw_articles().values()):
                record = ArticleRecord(doc, _NO_FLAGS)
                yield search_row(record, self.load_body(record.id))
                count += 1
                if count % REBUILD_STEP == 0:
                    time.sleep(0.002)

    # ----------------------------------------------------------------------- bodies
    def save_body(self, aid: str, body: dict[str, Any]) -> None:
        self.bodies.save(aid, body)

    def load_body(self, aid: str) -> dict[str, Any] | None:
        return self.bodies.load(aid)

    def save_feed_content(self, feed_url: str, items: dict[str, Any]) -> None:
        """What the feed itself said about each item (HTML content/summary), one write."""
        if items:
            with self._shard_lock(feed_key(feed_url)):
                self.bodies.merge_feed_content(feed_key(feed_url), items, set())

    def feed_content(self, aid: str) -> dict[str, Any] | None:
        return self.bodies.load_feed_content(aid[:8]).get(aid)

    # -------------------------------------------------------------------- retention
    def apply_retention(self, feed_url: str, *, keep_per_feed: int, keep_days: int) -> int:
        """Drop the oldest articles past the limits; bookmarked articles always stay."""
        key = feed_key(feed_url)
        with self._shard_lock(key):
            doomed = self._retain(key, keep_per_feed, keep_days)
            if doomed:
                self.bodies.merge_feed_content(key, {}, doomed)
        return len(doomed)

    def _retain(self, key: str, keep_per_feed: int, keep_days: int) -> set[str]:
        """Apply retention to one feed's files (its lock held); the ids dropped, whose
        feed text the caller forgets."""
        shard = self._shard(key)
        if keep_days <= 0 and len(shard.raw_articles()) <= keep_per_feed:
            return set()  # the common case on every refresh: nothing to look at
        state = shard.raw_state()
        articles = [ArticleRecord(doc, state.get(i, {})) for i, doc in shard.raw_articles().items()]
        articles.sort(key=lambda a: a.sort_key, reverse=True)
        cutoff = (
            (datetime.now(UTC) - timedelta(days=keep_days)).strftime("%Y-%m-%dT%H:%M:%SZ")
            if keep_days > 0
            else None
        )
        doomed = [
            a
            for rank, a in enumerate(articles)
            if not a.bookmarked
            and (
                (keep_per_feed > 0 and rank >= keep_per_feed)
                or (cutoff is not None and a.sort_key < cutoff)
            )
        ]
        if not doomed:
            return set()
        doc_ids = {doc_id_of(a.id) for a in doomed}

        def drop(table: dict[int, Mapping[str, Any]]) -> None:
            for doc_id in doc_ids:
                table.pop(doc_id, None)

        shard.articles.apply("articles", drop)
        shard.state.apply("state", drop)
        for article in doomed:
            self.bodies.delete(article.id)
        return {a.id for a in doomed}

    # ----------------------------------------------------------------- app settings
    def save_ui_state(self, data: dict[str, Any]) -> None:
        import orjson

        write_atomic(self.paths.ui_state, orjson.dumps(data))

    def load_ui_state(self) -> dict[str, Any]:
        import orjson

        try:
            data = orjson.loads(self.paths.ui_state.read_bytes())
        except (OSError, orjson.JSONDecodeError):
            return {}
        return data if isinstance(data, dict) else {}

    def copy_to(self, target: Path) -> None:
        """Used by tests and benchmarks to snapshot a store."""
        shutil.copytree(self.paths.data, target)


def search_row(record: ArticleRecord, body: Mapping[str, Any] | None) -> tuple[str, str, str, str]:
    """What the search index holds for one article."""
    actors = " ".join(record.actors)
    return (record.id, record.title, str((body or {}).get("text") or ""), actors)


def _group_by_feed(changes: dict[str, dict[str, Any]]) -> dict[str, dict[str, dict[str, Any]]]:
    groups: dict[str, dict[str, dict[str, Any]]] = {}
    for aid, fields in changes.items():
        groups.setdefault(aid[:8], {})[aid] = fields
    return groups
