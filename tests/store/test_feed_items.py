"""A refresh's items of one feed stored in one turn of the feed's lock (issue 12), and
atomic writes that make their folder only when it is missing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sample_entries import entries

from reader.store import atomic
from reader.store.db import FlockFile
from reader.store.records import article_id, feed_key
from reader.store.store import Store

A, B = "https://a.test/feed", "https://b.test/feed"


def _docs(url: str, rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    key = feed_key(url)
    return {
        article_id(key, row["identity"]): {k: v for k, v in row.items() if k != "identity"}
        for row in rows
    }


def _texts(docs: dict[str, Any]) -> dict[str, dict[str, str]]:
    return {aid: {"content": f"<p>{aid}</p>", "summary": "s"} for aid in docs}


def test_a_feeds_items_take_its_file_lock_once(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.add_feed(A)
    docs = _docs(A, entries(5))
    taken: list[Path] = []
    acquire = FlockFile.acquire

    def counted(self: FlockFile) -> None:
        taken.append(self.path)
        acquire(self)

    monkeypatch.setattr(FlockFile, "acquire", counted)
    ids = store.add_feed_items(A, docs, {}, own_text=_texts(docs), keep_per_feed=3, keep_days=0)
    assert ids == list(docs)
    assert taken == [store.paths.db / "locks" / f"{feed_key(A)}.lock"]
    assert len(store.articles()) == 3  # retention in the same turn


def test_feed_text_is_kept_for_new_items_and_forgotten_for_dropped_ones(store: Store) -> None:
    store.add_feed(A)
    first = _docs(A, entries(3))
    store.add_feed_items(A, first, {}, own_text=_texts(first), keep_per_feed=0, keep_days=0)
    again = _docs(A, entries(4))
    texts = {aid: {"content": "changed", "summary": None} for aid in again}
    [new] = store.add_feed_items(A, again, {}, own_text=texts, keep_per_feed=2, keep_days=0)
    kept = {r.id for r in store.articles()}
    assert len(kept) == 2 and new in kept
    for aid in again:
        text = store.feed_content(aid)
        if aid not in kept:
            assert text is None  # dropped by retention: its text goes too
        elif aid == new:
            assert text == {"content": "changed", "summary": None}
        else:
            assert text == {"content": f"<p>{aid}</p>", "summary": "s"}  # not overwritten


def test_a_link_another_feed_carries_is_joined_as_a_copy(store: Store) -> None:
    store.add_feed(A)
    store.add_feed(B)
    [first] = store.add_articles(A, entries(1))
    store.set_read([first])
    links = store.link_index()
    [copy] = store.add_feed_items(
        B, _docs(B, entries(1)), links, own_text=None, keep_per_feed=0, keep_days=0
    )
    assert store.article(first).duplicated and store.article(copy).duplicated
    assert store.article(copy).read  # the copy shares the first one's flags
    assert len(store.articles()) == 1


def test_an_atomic_write_makes_its_folder_only_when_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "new" / "folder" / "file.json"
    atomic.write_atomic(target, b"{}")
    assert target.read_bytes() == b"{}"
    made: list[Path] = []
    mkdir = Path.mkdir

    def counted(self: Path, *args: Any, **kwargs: Any) -> None:
        made.append(self)
        mkdir(self, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", counted)
    status = atomic.write_atomic(target, b'{"a": 1}')
    assert made == []
    assert target.read_bytes() == b'{"a": 1}'
    assert (status.st_ino, status.st_size) == (target.stat().st_ino, 8)
