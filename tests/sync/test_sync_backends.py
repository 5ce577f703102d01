"""Both clients against the real server: setting a state twice leaves it set (Miniflux's
own bookmark call toggles), entries come in pages, a stopped server is `Unreachable`."""

from __future__ import annotations

import pytest
from sync_support import feed_name

from reader.config import load_settings, resolve_paths
from reader.sync import miniflux as miniflux_client
from reader.sync.backend import Unreachable
from reader.sync.config import sync_config
from reader.sync.engine import open_backend


@pytest.fixture
def backend(reader):
    settings = load_settings(resolve_paths(reader.data))
    client = open_backend(sync_config(settings), settings)
    client.login()
    yield client
    client.close()


def test_states_are_set_not_toggled(reader, backend, feeds, request):
    reader.account.subscribe(feeds.publish(feed_name(request, "set"), 3))
    ids = sorted(e.id for e in backend.new_entries(set()))
    assert len(ids) == 3
    for _ in range(2):
        backend.set_starred(ids[:2], True)
        backend.set_read(ids[1:], True)
    assert backend.starred_ids() == set(ids[:2])
    assert backend.unread_ids() == {ids[0]}
    assert reader.account.links(starred="true") and len(reader.account.links(status="read")) == 2
    for _ in range(2):
        backend.set_starred(ids[:1], False)
    assert backend.starred_ids() == {ids[1]}


def test_entries_come_in_pages(reader, backend, feeds, request, monkeypatch):
    monkeypatch.setattr(miniflux_client, "PAGE", 7)  # 40 entries: 6 pages on Miniflux
    reader.account.subscribe(feeds.publish(feed_name(request, "pages"), 40))
    entries = backend.new_entries(set())
    assert len({e.id for e in entries}) == 40
    known = {e.id for e in entries[:25]}
    assert {e.id for e in backend.new_entries(known)} == {e.id for e in entries} - known
    assert len(backend.unread_ids()) == 40


def test_a_stopped_server_is_unreachable(reader, miniflux):
    settings = load_settings(resolve_paths(reader.data))
    client = open_backend(sync_config(settings), settings)
    miniflux.stop()
    try:
        with pytest.raises(Unreachable, match="cannot reach"):
            client.login()
    finally:
        client.close()
        miniflux.start()
