"""Opening an article's web address: $BROWSER in the foreground, else the desktop opener.

A `$BROWSER` command may be a terminal program (lynx, w3m over SSH), so it always runs
with the app suspended and the terminal handed over to it. Without `$BROWSER`, the
platform's opener (xdg-open, open) runs detached, so a desktop browser never paints over
the app. With neither, the caller gets a message to show instead of silence.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass

OPENERS = ("xdg-open", "open", "wslview")


@dataclass(frozen=True, slots=True)
class Launch:
    """How to open one URL: the command, and whether it needs the terminal."""

    argv: list[str]
    foreground: bool


def browser_command(url: str, env: dict[str, str] | None = None) -> Launch | None:
    """The command that opens `url`, or None when there is nothing to open it with."""
    env = os.environ if env is None else env
    for entry in (env.get("BROWSER") or "").split(os.pathsep):
        try:
            words = shlex.split(entry)
        except ValueError:
            continue
        if not words or shutil.which(words[0]) is None:
            continue
        if any("%s" in w for w in words):
            return Launch([w.replace("%s", url) for w in words], foreground=True)
        return Launch([*words, url], foreground=True)
    for opener in OPENERS:
        if shutil.which(opener):
            return Launch([opener, url], foreground=False)
    return None


def run_foreground(launch: Launch) -> int:
    """Run a terminal browser on the real terminal; its exit status."""
    try:
        return subprocess.run(launch.argv, check=False).returncode
    except OSError:
        return 127


def run_detached(launch: Launch) -> bool:
    """Start a desktop opener in its own session, its output thrown away."""
    try:
        subprocess.Popen(
            launch.argv,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=sys.platform != "win32",
        )
    except OSError:
        return False
    return True
