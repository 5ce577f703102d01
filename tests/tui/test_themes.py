"""Themes are files: each loads and registers, a bad one is skipped, the choice is kept."""

from __future__ import annotations

from pathlib import Path

from reader.config import Settings
from reader.tui.themes import load_themes, themes_dir

REPO_THEMES = Path(__file__).resolve().parents[2] / "themes"


def test_every_shipped_theme_loads():
    loaded = load_themes()
    names = {t.name for t in loaded.themes}
    assert {"newsreader-dark", "newsreader-light", "newsreader-high-contrast"} <= names
    assert loaded.warnings == []
    if REPO_THEMES.is_dir():
        assert {p.stem for p in REPO_THEMES.glob("*.toml")} == names


def test_installed_package_finds_its_themes():
    folder = themes_dir()
    assert folder.is_dir() and any(folder.glob("*.toml"))


def test_bad_theme_files_are_skipped_with_a_reason(tmp_path):
    (tmp_path / "good.toml").write_text('name = "good"\nprimary = "#336699"\n')
    (tmp_path / "colour.toml").write_text('name = "bad-colour"\nprimary = "not-a-colour"\n')
    (tmp_path / "field.toml").write_text('name = "x"\nprimary = "#fff"\nsparkle = true\n')
    (tmp_path / "toml.toml").write_text('name = "x\n')
    loaded = load_themes(tmp_path)
    assert [t.name for t in loaded.themes] == ["good"]
    assert len(loaded.warnings) == 3 and all("skipped" in w for w in loaded.warnings)


async def test_themes_register_and_the_choice_is_remembered(make_app):
    app = make_app(Settings(theme="newsreader-dark"))
    async with app.run_test(size=(100, 30)) as pilot:
        assert "newsreader-high-contrast" in app.available_themes
        assert app.theme == "newsreader-dark"
        app.theme = "newsreader-light"
        await pilot.pause()
    again = make_app(Settings(theme="newsreader-dark"))
    async with again.run_test(size=(100, 30)):
        assert again.theme == "newsreader-light"
