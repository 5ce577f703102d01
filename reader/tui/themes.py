"""Themes are data: every `*.toml` in the themes folder becomes a Textual theme.

Adding a theme is adding a file. A file that does not load (bad TOML, unknown field, a
colour Textual cannot parse) is skipped with a warning: Textual itself would accept a bad
colour and crash only when the theme is selected.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path

from textual.color import Color, ColorParseError
from textual.theme import Theme

import reader

_COLOUR_FIELDS = (
    "primary",
    "secondary",
    "warning",
    "error",
    "success",
    "accent",
    "foreground",
    "background",
    "surface",
    "panel",
    "boost",
)
_ALLOWED = {f.name for f in fields(Theme)}


@dataclass(slots=True)
class LoadedThemes:
    themes: list[Theme] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def themes_dir() -> Path:
    """Installed wheel: `reader/themes`; source checkout: the top-level `themes/`."""
    packaged = Path(reader.__file__).resolve().parent / "themes"
    if packaged.is_dir():
        return packaged
    return Path(reader.__file__).resolve().parent.parent / "themes"


def load_theme(path: Path) -> Theme:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    unknown = set(data) - _ALLOWED
    if unknown:
        raise ValueError(f"unknown field {sorted(unknown)[0]!r}")
    if not isinstance(data.get("name"), str) or not isinstance(data.get("primary"), str):
        raise ValueError("needs a name and a primary colour")
    for key in _COLOUR_FIELDS:
        if key in data:
            Color.parse(data[key])
    return Theme(**data)


def load_themes(folder: Path | None = None) -> LoadedThemes:
    loaded = LoadedThemes()
    folder = folder or themes_dir()
    for path in sorted(folder.glob("*.toml")) if folder.is_dir() else []:
        try:
            loaded.themes.append(load_theme(path))
        except (
            OSError,
            UnicodeDecodeError,
            tomllib.TOMLDecodeError,
            ValueError,
            TypeError,
            ColorParseError,
        ) as exc:
            loaded.warnings.append(f"theme {path.name} skipped: {exc}")
    return loaded
