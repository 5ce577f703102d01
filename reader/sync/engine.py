"""One sync: log in, replay the journal, merge subscriptions then entries, record the base.

The order is what makes a kill -9 at any point safe: the server is told first, then the
local store, then the new base is written, and only then are the replayed journal lines
dropped. Every step sets states (never toggles), so a sync cut short is simply done again.
A server that cannot be reached at the start changes nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reader.config import Paths, Settings
from reader.store.store import Store, now_iso
from reader.sync.backend import Backend, RemoteEntry, SyncError
from reader.sync.config import SecretError, SyncConfig, read_secret, sync_config
from reader.sync.entries import store_entries
from reader.sync.feeds import sync_feeds
from reader.sync.journal import Journal, server_changes, sync_dir
from reader.sync.merge import merge_flag
from reader.sync.report import SyncReport
from reader.sync.state import SyncState

FLAGS = ("r", "s")  # read, starred (a bookmark here)


def open_backend(config: SyncConfig, settings: Settings) -> Backend:
    """The configured server's client, its secret read from the configured command."""
    try:
        if config.kind == "miniflux":
            from reader.sync.miniflux import MinifluxBackend

            key = read_secret(config.api_key_command, "api_key_command")
            return MinifluxBackend(config.url, key, settings)
        from reader.sync.greader import GReaderBackend

        password = read_secret(config.password_command, "password_command")
        return GReaderBackend(config.url, config.username, password, settings)
    except SecretError as exc:
        raise SyncError(str(exc)) from exc


def configured(settings: Settings) -> SyncConfig:
    config = sync_config(settings)
    if config is None:
        raise SyncError("sync is not set up: add a [sync] table to config.toml")
    return config


def check_login(settings: Settings) -> str:
    """`sync --check`: the user name the server knows us by."""
    backend = open_backend(configured(settings), settings)
    try:
        return backend.login()
    finally:
        backend.close()


def run_sync(store: Store, paths: Paths, settings: Settings) -> SyncReport:
    config = configured(settings)
    backend = open_backend(config, settings)
    try:
        backend.login()  # unreachable or refused: nothing has changed yet
        return _sync(store, backend, sync_dir(paths), config)
    finally:
        backend.close()


def _sync(store: Store, backend: Backend, folder: Path, config: SyncConfig) -> SyncReport:
    journal = Journal(folder)
    batch = journal.read()
    state = SyncState.load(folder, config.identity)
    report = SyncReport(server=config.url, replayed=len(batch.ops))
    changes = sync_feeds(store, backend, state, batch.ops)
    report.feeds_added_here = len(changes.added_here)
    report.feeds_added_there = len(changes.added_there)
    report.feeds_removed_here = len(changes.removed_here)
    report.feeds_removed_there = len(changes.removed_there)
    report.warnings.extend(changes.warnings)
    new = backend.new_entries(set(state.entries))
    feed_urls = {known["id"]: url for url, known in state.feeds.items()}
    pairs = store_entries(store, new, feed_urls)
    report.new_entries = len(pairs)
    _merge_states(store, backend, state, new, pairs, batch.ops, report)
    folder.mkdir(parents=True, exist_ok=True)
    state.save(folder)
    journal.drop(batch.lines)
    # The server polls these feeds: as of now they are as fresh as it has them.
    store.update_feeds({url: {"last_refresh": now_iso(), "error": None} for url in state.feeds})
    return report


def _touched(ops: list[dict[str, Any]]) -> set[tuple[str, str]]:
    """(article id, "r"/"s") for each flag a journalled local action set."""
    letter = {"r": "r", "b": "s"}
    return {
        (aid, letter[op["flag"]])
        for op in ops
        if op.get("op") == "flag" and op.get("flag") in letter
        for aid in op.get("ids", ())
    }


def _merge_states(
    store: Store,
    backend: Backend,
    state: SyncState,
    new: list[RemoteEntry],
    pairs: dict[str, str],
    ops: list[dict[str, Any]],
    report: SyncReport,
) -> None:
    """Each paired entry's read and starred flags, merged three ways, sent, then applied."""
    feeds = {known["id"] for known in state.feeds.values()}
    feed_of = {e.id: e.feed_id for e in new}
    entries = {sid: {**known} for sid, known in state.entries.items() if known.get("f") in feeds}
    for sid, aid in pairs.items():
        entries.setdefault(sid, {"a": aid, "f": feed_of[sid]})
    unread, starred = backend.unread_ids(), backend.starred_ids()
    touched = _touched(ops)
    send: dict[tuple[str, bool], list[str]] = {}
    apply: dict[tuple[str, bool], list[str]] = {}
    for sid, known in entries.items():
        record = store.article(known["a"])
        if record is None:  # gone here (retention): the server's word stands
            continue
        server = {"r": sid not in unread, "s": sid in starred}
        local = {"r": record.read, "s": record.bookmarked}
        for flag in FLAGS:
            mine = (record.id, flag) in touched
            value = merge_flag(known.get(flag), local[flag], server[flag], mine)
            if value != server[flag]:
                send.setdefault((flag, value), []).append(sid)
            if value != local[flag]:
                apply.setdefault((flag, value), []).append(record.id)
            known[flag] = value
    _send(backend, send, report)
    _apply(store, apply, report)
    state.entries = entries


def _name(flag: str, value: bool) -> str:
    on, off = {"r": ("read", "unread"), "s": ("star", "unstar")}[flag]
    return on if value else off


def _send(backend: Backend, send: dict[tuple[str, bool], list[str]], report: SyncReport) -> None:
    for (flag, value), ids in sorted(send.items()):
        if flag == "r":
            backend.set_read(ids, value)
        else:
            backend.set_starred(ids, value)
        report.sent[_name(flag, value)] = len(ids)


def _apply(store: Store, apply: dict[tuple[str, bool], list[str]], report: SyncReport) -> None:
    with server_changes():
        for (flag, value), aids in sorted(apply.items()):
            if flag == "r":
                store.set_read(aids, value)
            else:
                store.set_bookmarked(aids, value)
            report.received[_name(flag, value)] = len(aids)
