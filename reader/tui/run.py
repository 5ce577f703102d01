"""Entry point for the app, called by `newsreader` with no command."""

from __future__ import annotations

from reader.config import Paths, load_settings


def run_app(paths: Paths) -> int:
    from reader.tui.app import NewsApp

    app = NewsApp(paths, load_settings(paths))
    app.run()
    return 0
