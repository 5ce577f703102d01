"""The store keeps everything it acknowledged, across instances, damage and retention."""

from __future__ import annotations

import pytest
from sample_entries import entries

from reader.config import resolve_paths
from reader.store.db import SCHEMA_VERSION, StoreError
from reader.store.records import is_article_id
from reader.store.store import Store


def test_articles_round_trip_and_dedupe(store):
    store.add_feed("https://a.test/feed", title="A")
    first = store.add_articles("https://a.test/feed", entries(10))
    again = store.add_articles("https://a.test/feed", entries(12))
    assert len(first) == 10 and len(again) == 2
    rows = store.articles()
    assert len(rows) == 12
    assert all(is_article_id(r.id) for r in rows)
    assert [r.sort_key for r in rows] == sorted((r.sort_key for r in rows), reverse=True)


def test_flags_persist_across_instances(store, tmp_path):
    store.add_feed("https://a.test/feed")
    ids = store.add_articles("https://a.test/feed", entries(5))
    store.set_read(ids[:2])
    store.set_bookmarked([ids[4]])
    other = Store(resolve_paths(tmp_path / "data"))
    assert {r.id for r in other.articles(unread=True)} == set(ids[2:])
    assert [r.id for r in other.articles(bookmarked=True)] == [ids[4]]
    other.set_read([ids[2]])
    # The first instance sees the other's write without reopening.
    assert store.article(ids[2]).read
    store.set_read([ids[0]], False)
    assert not other.article(ids[0]).read


def test_interleaved_writers_lose_nothing(store, tmp_path):
    store.add_feed("https://a.test/feed")
    ids = store.add_articles("https://a.test/feed", entries(40))
    other = Store(resolve_paths(tmp_path / "data"))
    for i, aid in enumerate(ids):
        (store if i % 2 else other).set_read([aid])
    assert all(r.read for r in Store(resolve_paths(tmp_path / "data")).articles())


def test_unknown_id_is_an_error_and_writes_nothing(store):
    store.add_feed("https://a.test/feed")
    ids = store.add_articles("https://a.test/feed", entries(2))
    with pytest.raises(StoreError):
        store.set_read([ids[0], "f" * 20])
    assert not store.article(ids[0]).read


def test_retention_keeps_bookmarks(store):
    store.add_feed("https://a.test/feed")
    ids = store.add_articles("https://a.test/feed", entries(30))
    oldest = min(store.articles(), key=lambda r: r.sort_key)
    store.set_bookmarked([oldest.id])
    removed = store.apply_retention("https://a.test/feed", keep_per_feed=10, keep_days=0)
    kept = {r.id for r in store.articles()}
    assert removed == 19  # 20 past the cap of 10, less the bookmarked one
    assert oldest.id in kept and len(kept) == 11
    assert len(ids) == 30


def test_retention_by_age(store):
    store.add_feed("https://a.test/feed")
    store.add_articles(
        "https://a.test/feed",
        [
            {
                "identity": "old",
                "title": "old",
                "link": None,
                "published": "2001-01-01T00:00:00Z",
                "author": None,
            },
            {
                "identity": "new",
                "title": "new",
                "link": None,
                "published": "2999-01-01T00:00:00Z",
                "author": None,
            },
        ],
    )
    assert store.apply_retention("https://a.test/feed", keep_per_feed=0, keep_days=30) == 1
    assert [r.title for r in store.articles()] == ["new"]


def test_damaged_file_is_kept_aside_and_restored(store, tmp_path):
    store.add_feed("https://a.test/feed")
    ids = store.add_articles("https://a.test/feed", entries(3))
    store.add_articles("https://a.test/feed", entries(4))
    shard = next((tmp_path / "data" / "db" / "articles").glob("*.json"))
    shard.write_text('{"articles": {"1": ')  # a hand edit gone wrong
    reopened = Store(resolve_paths(tmp_path / "data"))
    rows = reopened.articles()
    assert {r.id for r in rows} >= set(ids)  # restored from the previous generation
    assert any("damaged" in w and "kept as" in w for w in reopened.warnings)
    kept = list(shard.parent.glob("*.damaged-*"))
    assert kept and kept[0].read_text() == '{"articles": {"1": '


def test_damaged_file_without_backup_starts_empty_but_says_so(tmp_path):
    paths = resolve_paths(tmp_path / "data")
    paths.db.mkdir(parents=True)
    (paths.db / "feeds.json").write_text("not json at all")
    store = Store(paths)
    assert store.feeds() == []
    assert store.warnings and "feeds.json was damaged" in store.warnings[0]
    assert list(paths.db.glob("feeds.json.damaged-*"))


def test_newer_schema_is_refused(tmp_path):
    paths = resolve_paths(tmp_path / "data")
    Store(paths).close()
    feeds = paths.db / "feeds.json"
    feeds.write_text(feeds.read_text().replace(f'"schema":{SCHEMA_VERSION}', '"schema":99'))
    with pytest.raises(StoreError, match="newer newsreader"):
        Store(paths)


def test_bodies_round_trip_and_damage_reads_as_missing(store):
    store.add_feed("https://a.test/feed")
    [aid] = store.add_articles("https://a.test/feed", entries(1))
    store.save_body(aid, {"text": "Hello", "quotes": []})
    assert store.load_body(aid)["text"] == "Hello"
    path = next(store.paths.bodies.rglob("*.z"))
    path.write_bytes(b"garbage")
    assert store.load_body(aid) is None


def test_remove_feed_deletes_its_files(store):
    store.add_feed("https://a.test/feed")
    store.add_feed("https://b.test/feed")
    [aid] = store.add_articles("https://a.test/feed", entries(1))
    store.save_body(aid, {"text": "x"})
    store.remove_feed("https://a.test/feed")
    assert [f.url for f in store.feeds()] == ["https://b.test/feed"]
    assert store.article(aid) is None and store.load_body(aid) is None
    with pytest.raises(StoreError):
        store.remove_feed("https://a.test/feed")


def test_leftover_temp_files_are_removed(tmp_path):
    paths = resolve_paths(tmp_path / "data")
    Store(paths).close()
    tmp = paths.db / ".feeds.json.abc.tmp"
    tmp.write_text("partial")
    Store(paths).close()
    assert not tmp.exists()


def test_normalised_links_compare_what_readers_call_the_same_page():
    from reader.store.records import normalise_link

    same = [
        "https://news.test/story/ferry",
        "HTTPS://NEWS.TEST/story/ferry",
        "https://news.test/story/ferry#top",
        "https://news.test/story/ferry?utm_source=rss&utm_medium=feed",
        "https://News.Test/story/ferry?fbclid=x&gclid=y",
    ]
    assert {normalise_link(u) for u in same} == {"https://news.test/story/ferry"}
    assert normalise_link("https://news.test") == "https://news.test/"
    assert normalise_link("https://news.test/a?id=2") != normalise_link("https://news.test/a?id=3")
    assert normalise_link("https://news.test/Story") != normalise_link("https://news.test/story")
    assert normalise_link(None) is None and normalise_link("not a url") == "not a url"


def test_search_index_batches_keep_the_last_row_of_an_article(tmp_path):
    """Rows go to the index in chunks of statements (issue 12): an article given twice in
    one batch keeps its later row, one indexed again is replaced, and batches longer than
    a chunk are all found."""
    from reader.store.search import PUT_CHUNK, SearchIndex

    index = SearchIndex(tmp_path / "search.sqlite", lambda: [])
    rows = [(f"a{i}", f"title{i} common", "", "") for i in range(PUT_CHUNK * 2 + 7)]
    index.add([*rows, ("a3", "replaced heron", "", "")])
    assert index.search("common") == {r[0] for r in rows} - {"a3"}
    assert index.search("heron") == {"a3"}
    index.add([("a4", "kestrel", "", ""), ("a4", "osprey", "", "")])
    assert index.search("kestrel") == set() and index.search("osprey") == {"a4"}
    assert index.search(f"title{PUT_CHUNK * 2 + 6}") == {f"a{PUT_CHUNK * 2 + 6}"}
    index.close()


def test_search_index_writes_with_a_small_cache_and_queries_with_the_default(tmp_path):
    """Adding rows uses a small SQLite page cache (a refresh's peak memory, issue 12); the
    connection is back at the query cache afterwards, so searches are not slowed."""
    from reader.store.search import QUERY_CACHE_KIB, WRITE_CACHE_KIB, SearchIndex

    index = SearchIndex(tmp_path / "search.sqlite", lambda: [])
    seen: list[int] = []
    put = SearchIndex._put_chunk

    def spy(db, rows):
        seen.append(db.execute("PRAGMA cache_size").fetchone()[0])
        put(db, rows)

    SearchIndex._put_chunk = staticmethod(spy)  # type: ignore[method-assign]
    try:
        index.add([("a1", "heron", "", "")])
    finally:
        SearchIndex._put_chunk = staticmethod(put)  # type: ignore[method-assign]
    assert seen == [-WRITE_CACHE_KIB]
    assert index._db is not None
    assert index._db.execute("PRAGMA cache_size").fetchone()[0] == -QUERY_CACHE_KIB
    assert index.search("heron") == {"a1"}
    index.close()


def test_a_search_index_killed_before_its_tables_is_incomplete_not_damaged(tmp_path):
    """A refresh killed right after SQLite created the index file leaves a database with no
    tables: the index is rebuilt as incomplete, and no "damaged" copy is kept (nothing in it
    was anyone's)."""
    import sqlite3

    from reader.store.search import SearchIndex

    path = tmp_path / "search.sqlite"
    sqlite3.connect(path).execute("PRAGMA journal_mode=WAL").fetchone()
    index = SearchIndex(path, lambda: [("a1", "heron", "", "")])
    assert index.search("heron") == {"a1"}
    assert index.rebuilt == "the search index was not complete"
    assert not list(tmp_path.glob("*.damaged-*"))
    index.close()
