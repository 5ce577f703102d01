"""Where newsreader keeps its files and which settings a user may change.

Paths come from platformdirs so Linux, macOS and Windows each get their usual places;
`--data-dir` or `NEWSREADER_HOME` moves everything (data, config) under one folder, which is
what tests and a second profile want.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import platformdirs

APP_NAME = "newsreader"
ENV_HOME = "NEWSREADER_HOME"


class ConfigError(Exception):
    """config.toml exists but cannot be used."""


@dataclass(slots=True)
class Settings:
    """User-tunable settings, read from the `[newsreader]`-less top level of config.toml."""

    jobs: int = 16  # feeds fetched at once
    per_host: int = 8  # requests at once to one host (newsboat's reload-threads default)
    timeout: float = 60.0  # total deadline per request, seconds
    feed_max_mb: int = 20
    page_max_mb: int = 10
    keep_days: int = 0  # 0: keep articles regardless of age
    keep_per_feed: int = 2000  # newest N per feed; bookmarked ones are always kept
    fetch_pages: bool = True
    refresh_interval: int = 30  # minutes between refreshes while the app is open; 0: never
    theme: str = "newsreader-dark"
    story_unread_collapsed: bool = False  # Stories view: a story with unread counts as one
    story_read_on_open: bool = False  # opening one article of a story marks the story read
    keymap: dict[str, str] = field(default_factory=dict)
    sync: dict[str, str] = field(default_factory=dict)  # the [sync] table: reader.sync.config


@dataclass(slots=True, frozen=True)
class Paths:
    """All the places newsreader reads or writes."""

    data: Path
    config_file: Path

    @property
    def db(self) -> Path:
        return self.data / "db"

    @property
    def bodies(self) -> Path:
        return self.data / "bodies"

    @property
    def ui_state(self) -> Path:
        return self.data / "ui.json"


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> Paths:
    """`--data-dir` beats `NEWSREADER_HOME` beats the platform's user dirs."""
    chosen = data_dir or os.environ.get(ENV_HOME)
    if chosen:
        root = Path(chosen).expanduser().resolve()
        return Paths(data=root, config_file=root / "config.toml")
    return Paths(
        data=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        config_file=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "config.toml",
    )


def load_settings(paths: Paths) -> Settings:
    """Read config.toml if present; unknown keys and wrong types are errors, not silence."""
    settings = Settings()
    try:
        raw = paths.config_file.read_bytes()
    except FileNotFoundError:
        return settings
    except OSError as exc:
        raise ConfigError(f"cannot read {paths.config_file}: {exc.strerror}") from exc
    try:
        data: dict[str, Any] = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{paths.config_file} is not valid TOML: {exc}") from exc
    known = {f.name: f for f in fields(Settings)}
    for key, value in data.items():
        if key not in known:
            raise ConfigError(f"{paths.config_file}: unknown setting {key!r}")
        default = getattr(settings, key)
        if isinstance(default, bool) != isinstance(value, bool) or not isinstance(
            value, type(default) if not isinstance(default, float) else (int, float)
        ):
            raise ConfigError(
                f"{paths.config_file}: {key} should be {type(default).__name__}, got {value!r}"
            )
        setattr(settings, key, value)
    if settings.sync:
        from reader.sync.config import parse_sync  # its own keys are checked there

        parse_sync(settings.sync, str(paths.config_file))
    return settings
