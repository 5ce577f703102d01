"""The installed `newsreader`, driven in a real terminal (tmux) as a person would."""

from __future__ import annotations

import shutil
import subprocess
import time

import pytest

pytestmark = pytest.mark.tmux

NEWSREADER = shutil.which("newsreader")


def _tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], capture_output=True, text=True, check=True).stdout


def _wait_for(session: str, needle: str, timeout: float = 30.0) -> str:
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = _tmux("capture-pane", "-p", "-t", session)
        if needle in screen:
            return screen
        time.sleep(0.3)
    raise AssertionError(f"{needle!r} never appeared; screen was:\n{screen}")


@pytest.mark.skipif(not shutil.which("tmux") or not NEWSREADER,
                    reason="needs tmux and an installed newsreader")
def test_first_launch_read_bookmark_quit_relaunch(tmp_path):
    session = f"nr-e2e-{time.monotonic_ns()}"
    command = f"{NEWSREADER} --data-dir {tmp_path / 'data'}"
    _tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "40", command)
    try:
        _wait_for(session, "Welcome to newsreader")
        _tmux("send-keys", "-t", session, "j", "Enter")
        _wait_for(session, "Quotes")
        _wait_for(session, "—")  # a quote with its speaker in the sidebar
        _tmux("send-keys", "-t", session, "b")
        _wait_for(session, "★")
        _tmux("send-keys", "-t", session, "q")
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and session in _tmux("list-sessions"):
            time.sleep(0.2)
        # Relaunch: the bookmark and read state are still there.
        _tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "40", command)
        _wait_for(session, "All unread  5 articles")  # the one read is gone from unread
        _tmux("send-keys", "-t", session, "B")
        screen = _wait_for(session, "Bookmarks  1 articles")
        assert "★" in screen and "Skelby" in screen
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
