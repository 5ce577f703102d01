"""A store filled from fixture data (no network) and an app over it."""

from __future__ import annotations

import pytest
from tui_fixtures import fill_store

from reader.config import Settings, resolve_paths
from reader.store.store import Store
from reader.tui.app import NewsApp


@pytest.fixture
def data_dir(tmp_path):
    path = tmp_path / "data"
    store = Store(resolve_paths(path))
    fill_store(store)
    store.close()
    return path


@pytest.fixture
def make_app(data_dir):
    def make(settings: Settings | None = None, *, auto_refresh: bool = False) -> NewsApp:
        paths = resolve_paths(data_dir)
        settings = settings or Settings()
        if not auto_refresh:  # the fixture feeds live on .test hosts: refresh when asked
            settings.refresh_interval = 0
        return NewsApp(paths, settings, first_run=False)

    return make
