"""Helpers for the hostile tests: real processes with their peak memory, feeds, store dumps."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import threading
import time
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

CLI = [sys.executable, "-m", "reader"]
CONTROLS = ("\x1b", "\x07", "\x00", "\u202e")


@dataclass
class Run:
    code: int
    out: str
    err: str
    seconds: float
    maxrss_mb: float  # peak resident memory of this one child


def child_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "NEWSREADER_HOME"}
    env["PYTHONUNBUFFERED"] = "1"
    return env


def run_cli(data: Path, *args: str, timeout: float = 60) -> Run:
    """`newsreader --data-dir DATA ARGS…` as a real process, with its own peak RSS (wait4)."""
    proc = subprocess.Popen(
        [*CLI, "--data-dir", str(data), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        env=child_env(),
    )
    chunks: dict[str, bytes] = {}

    def drain(name: str, stream) -> None:
        chunks[name] = stream.read()

    readers = [
        threading.Thread(target=drain, args=(n, s), daemon=True)
        for n, s in (("out", proc.stdout), ("err", proc.stderr))
    ]
    for r in readers:
        r.start()
    started = time.monotonic()
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() - started > timeout:
            proc.kill()
            os.wait4(proc.pid, 0)
            proc.returncode = -9
            raise AssertionError(f"newsreader {' '.join(args)} ran past {timeout} s")
        time.sleep(0.02)
    elapsed = time.monotonic() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    for r in readers:
        r.join(10)
    return Run(
        code=proc.returncode,
        out=chunks.get("out", b"").decode("utf-8", "replace"),
        err=chunks.get("err", b"").decode("utf-8", "replace"),
        seconds=elapsed,
        maxrss_mb=usage.ru_maxrss / 1024,  # KiB on Linux
    )


def write_config(data: Path, **settings: object) -> None:
    data.mkdir(parents=True, exist_ok=True)
    lines = []
    for key, value in settings.items():
        if isinstance(value, bool):
            lines.append(f"{key} = {'true' if value else 'false'}")
        elif isinstance(value, str):
            lines.append(f'{key} = "{value}"')
        else:
            lines.append(f"{key} = {value!r}")
    (data / "config.toml").write_text("\n".join(lines) + "\n")


BASE_DATE = datetime(2024, 7, 1, 6, 0, tzinfo=UTC)


def rfc822(minutes: int) -> str:
    return format_datetime(BASE_DATE + timedelta(minutes=minutes), usegmt=True)


def item(
    guid: str, title: str, link: str | None = None, description: str | None = None, minutes: int = 0
) -> str:
    parts = [f"<guid isPermaLink='false'>{escape(guid)}</guid>", f"<title>{escape(title)}</title>"]
    if link is not None:
        parts.append(f"<link>{escape(link)}</link>")
    if description is not None:
        parts.append(f"<description>{escape(description)}</description>")
    parts.append(f"<pubDate>{rfc822(minutes)}</pubDate>")
    return "<item>" + "".join(parts) + "</item>"


def rss(title: str, items: list[str] | str) -> bytes:
    body = items if isinstance(items, str) else "".join(items)
    return (
        "<?xml version='1.0' encoding='utf-8'?>\n<rss version='2.0'><channel>"
        f"<title>{escape(title)}</title><link>https://example.invalid/</link>"
        f"{body}</channel></rss>"
    ).encode()


def page(title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<html><head><title>{escape(title)}</title></head><body>"
        "<nav><a href='/'>Home</a></nav>"
        f"<article><h1>{escape(title)}</h1>{body}</article>"
        "<footer>footer</footer></body></html>"
    )


def story(feed: int, n: int) -> list[str]:
    return [
        f"Story {n} of feed {feed}: the harbour council met on Tuesday to discuss the ferry "
        f"timetable, and members agreed that the evening sailing would move by an hour.",
        f"Residents of the old town had asked for the change for months, said one member of "
        f"the transport committee, who added that the cost was modest (feed {feed}, item {n}).",
        "The council will review the timetable again in the autumn, once the new boat is in "
        "service and the numbers of passengers on each crossing are known.",
    ]


def store_files_text(data: Path) -> dict[Path, bytes]:
    """Every file under the data dir, as bytes; zlib bodies decompressed."""
    out: dict[Path, bytes] = {}
    for path in data.rglob("*"):
        if not path.is_file():
            continue
        raw = path.read_bytes()
        if path.suffix == ".z":
            with contextlib.suppress(zlib.error):
                raw = zlib.decompress(raw)
        out[path] = raw
    return out
