"""Fixtures shared by the test folders that drive the command line."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.cli import main


@pytest.fixture
def cli(tmp_path, capsys) -> Callable[..., tuple[int, str, str]]:
    """Run `newsreader ARGS…` in-process on a fresh data folder: (exit code, stdout, stderr)."""
    data = tmp_path / "data"

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--data-dir", str(data), *args])
        out, err = capsys.readouterr()
        return code, out, err

    run.data = data  # type: ignore[attr-defined]
    return run
