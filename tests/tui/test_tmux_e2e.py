"""The installed `newsreader`, driven in a real terminal (tmux) as a person would."""

from __future__ import annotations

import os
import shutil
import subprocess
import time

import pytest

pytestmark = pytest.mark.tmux

NEWSREADER = shutil.which("newsreader")


# A private server with no config file: a tmux the machine already runs (with its own
# sizes and options) must not decide the size of our terminal.
SOCKET = f"nr-e2e-{time.monotonic_ns()}"


# pytest exports COLUMNS=80/LINES=24 and Textual (via shutil) believes them over the
# terminal; the server must not pass them on to the app.
TMUX_ENV = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}


def _tmux(*args: str) -> str:
    command = ["tmux", "-L", SOCKET, "-f", "/dev/null", *args]
    return subprocess.run(command, capture_output=True, text=True, check=True, env=TMUX_ENV).stdout


def _start(session: str, command: str) -> None:
    """A 120x40 terminal, pinned: wide enough for the three-pane layout with the sidebar."""
    for attempt in range(3):  # the last test's server may still be shutting down
        try:
            _tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "40", command)
            break
        except subprocess.CalledProcessError:
            if attempt == 2:
                raise
            time.sleep(0.5)
    _tmux("set-option", "-t", session, "window-size", "manual")
    _tmux("resize-window", "-t", session, "-x", "120", "-y", "40")
    size = _tmux("display-message", "-p", "-t", session, "#{window_width}x#{window_height}")
    assert size.strip() == "120x40", size


def _wait_for(session: str, needle: str, timeout: float = 30.0) -> str:
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = _tmux("capture-pane", "-p", "-t", session)
        if needle in screen:
            return screen
        time.sleep(0.3)
    raise AssertionError(f"{needle!r} never appeared; screen was:\n{screen}")


def _session_alive(session: str) -> bool:
    probe = subprocess.run(
        ["tmux", "-L", SOCKET, "has-session", "-t", session], capture_output=True
    )
    return probe.returncode == 0


@pytest.mark.skipif(
    not shutil.which("tmux") or not NEWSREADER, reason="needs tmux and an installed newsreader"
)
def test_first_launch_read_bookmark_quit_relaunch(tmp_path):
    session = f"nr-e2e-{time.monotonic_ns()}"
    command = f"{NEWSREADER} --data-dir {tmp_path / 'data'}"
    _start(session, command)
    try:
        _wait_for(session, "Welcome to newsreader")
        _tmux("send-keys", "-t", session, "j", "Enter")
        _wait_for(session, "Quotes")
        _wait_for(session, "—")  # a quote with its speaker in the sidebar
        _tmux("send-keys", "-t", session, "b")
        _wait_for(session, "★")
        _tmux("send-keys", "-t", session, "q")  # closes the article: the app still runs
        _wait_for(session, "Select an article and press Enter")
        assert _session_alive(session)
        _tmux("send-keys", "-t", session, "q")  # on All unread, q quits
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and _session_alive(session):
            time.sleep(0.2)
        # Relaunch: the bookmark and read state are still there.
        _start(session, command)
        _wait_for(session, "All unread  5 articles")  # the one read is gone from unread
        _tmux("send-keys", "-t", session, "B")
        screen = _wait_for(session, "Bookmarks  1 article")
        assert "★" in screen and "Skelby" in screen
    finally:
        subprocess.run(["tmux", "-L", SOCKET, "kill-server"], capture_output=True)


@pytest.mark.skipif(
    not shutil.which("tmux") or not NEWSREADER, reason="needs tmux and an installed newsreader"
)
def test_o_hands_the_terminal_to_browser_and_back_and_q_steps_back(tmp_path):
    """Issue 10, 1 and 2: a terminal $BROWSER leaves no trace; q goes back before it quits."""
    out = tmp_path / "url.txt"
    browser = tmp_path / "fakelynx"
    browser.write_text(
        f'#!/bin/sh\nprintf "BROWSER-WAS-HERE %s\\n" "$1"\nprintf "%s" "$1" > {out}\nsleep 0.5\n'
    )
    browser.chmod(0o755)
    session = f"nr-e2e-{time.monotonic_ns()}"
    command = f"env BROWSER={browser} {NEWSREADER} --data-dir {tmp_path / 'data'}"
    _start(session, command)
    try:
        _wait_for(session, "Welcome to newsreader")
        _tmux("send-keys", "-t", session, "Enter")
        _wait_for(session, "Quotes")
        _tmux("send-keys", "-t", session, "o")
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not out.exists():
            time.sleep(0.1)
        assert out.read_text().startswith("http")
        time.sleep(1.0)  # the browser has exited and the app has repainted
        screen = _wait_for(session, "Quotes")
        assert "BROWSER-WAS-HERE" not in screen
        _tmux("send-keys", "-t", session, "q")  # back from the article: still running
        _wait_for(session, "Select an article and press Enter")
        assert _session_alive(session)
        # `/` finds an article by a word only in its text, as you type.
        _tmux("send-keys", "-t", session, "/", "aquifer")
        screen = _wait_for(session, "1 article")
        assert "Soil bacterium" in screen and "Skelby" not in screen
        _tmux("send-keys", "-t", session, "Escape")
        _wait_for(session, "Skelby")
        _tmux("send-keys", "-t", session, "q")
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and _session_alive(session):
            time.sleep(0.2)
        assert not _session_alive(session)
    finally:
        subprocess.run(["tmux", "-L", SOCKET, "kill-server"], capture_output=True)
