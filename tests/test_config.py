"""Paths and settings: overrides in the documented order, bad config is an error."""

from __future__ import annotations

import pytest

from reader.cli import main
from reader.config import ConfigError, load_settings, resolve_paths


def test_data_dir_beats_env_beats_platform(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSREADER_HOME", str(tmp_path / "env"))
    assert resolve_paths().data == tmp_path / "env"
    assert resolve_paths(tmp_path / "flag").data == tmp_path / "flag"
    monkeypatch.delenv("NEWSREADER_HOME")
    assert resolve_paths().data.name == "newsreader"


def test_env_home_is_used_by_commands(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("NEWSREADER_HOME", str(tmp_path / "env"))
    assert main(["feeds", "--json"]) == 0
    assert (tmp_path / "env" / "db" / "feeds.json").exists()
    # --data-dir works after the command as well as before it
    assert main(["feeds", "--data-dir", str(tmp_path / "after"), "--json"]) == 0
    assert (tmp_path / "after" / "db" / "feeds.json").exists()


def test_settings_are_read_and_checked(tmp_path):
    paths = resolve_paths(tmp_path)
    assert load_settings(paths).jobs == 16
    paths.config_file.write_text('jobs = 4\ntimeout = 2.5\n[keymap]\nquit = "ctrl+q"\n')
    settings = load_settings(paths)
    assert (settings.jobs, settings.timeout, settings.keymap) == (4, 2.5, {"quit": "ctrl+q"})
    for bad in ('jobs = "many"', "nonsense = 1", "jobs = [", "fetch_pages = 1"):
        paths.config_file.write_text(bad)
        with pytest.raises(ConfigError):
            load_settings(paths)


def test_bad_config_is_a_one_line_error(tmp_path, capsys):
    (tmp_path / "config.toml").write_text("jobs = [")
    assert main(["--data-dir", str(tmp_path), "feeds"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("newsreader:") and "config.toml" in err and "\n" not in err


def test_refresh_interval_defaults_to_30_minutes_and_is_checked(tmp_path):
    paths = resolve_paths(tmp_path)
    assert load_settings(paths).refresh_interval == 30
    paths.config_file.write_text("refresh_interval = 0\n")
    assert load_settings(paths).refresh_interval == 0
    paths.config_file.write_text('refresh_interval = "hourly"\n')
    with pytest.raises(ConfigError):
        load_settings(paths)
