"""How the main screens look, at 80×24 and 160×48 (pytest-textual-snapshot).

Run `pytest tests/tui/test_snapshots.py --snapshot-update` after an intended change.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_fixtures import fill_store

from reader.config import Settings, resolve_paths
from reader.store.store import Store
from reader.tui.app import NewsApp


@pytest.fixture
def snapshot_home(tmp_path, monkeypatch):
    """A store of fixture articles in its own home."""
    home = tmp_path / "home"
    store = Store(resolve_paths(home))
    fill_store(store)
    store.close()
    monkeypatch.setenv("NEWSREADER_HOME", str(home))
    return home


def app_for(home: Path) -> NewsApp:
    return NewsApp(resolve_paths(home), Settings(refresh_interval=0), first_run=False)


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
def test_main_screen(snap_compare, snapshot_home, size):
    assert snap_compare(app_for(snapshot_home), terminal_size=size)


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
def test_article_open_with_sidebar(snap_compare, snapshot_home, size):
    keys = ["enter"] if size[0] >= 110 else ["enter", "s"]

    async def open_and_settle(pilot) -> None:
        await pilot.press(*keys)
        await pilot.pause(0.8)  # past the feeds pane's delayed count redraw: no race

    assert snap_compare(app_for(snapshot_home), run_before=open_and_settle, terminal_size=size)


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
def test_help_screen(snap_compare, snapshot_home, size):
    assert snap_compare(app_for(snapshot_home), press=["question_mark"], terminal_size=size)


def test_high_contrast_theme(snap_compare, snapshot_home):
    app = app_for(snapshot_home)

    async def switch(pilot) -> None:
        pilot.app.theme = "newsreader-high-contrast"
        await pilot.pause()

    assert snap_compare(app, run_before=switch, terminal_size=(160, 48))
