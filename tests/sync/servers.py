"""A throwaway PostgreSQL cluster and a real Miniflux over it, started and stopped by PID.

PostgreSQL runs as the `postgres` user when we are root (initdb refuses root), on a free
port of 127.0.0.1, fsync off. Miniflux gets its settings from the environment, with its
scheduler off (feeds are fetched when the tests say so) and loopback feeds allowed.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

import httpx

MINIFLUX_VERSION = "2.3.5"
ADMIN = ("admin", "admin-secret-1")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def miniflux_binary() -> str | None:
    """$MINIFLUX_BIN, else what `.ci/miniflux.sh` built, else `miniflux` on PATH."""
    cache = os.environ.get("MINIFLUX_CACHE") or str(Path.home() / ".cache/newsreader/miniflux")
    for candidate in (
        os.environ.get("MINIFLUX_BIN"),
        f"{cache}/{MINIFLUX_VERSION}/miniflux.app",
        shutil.which("miniflux"),
    ):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


def postgres_bin() -> Path | None:
    """Debian keeps initdb and pg_ctl in the package's versioned folder, not on PATH."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: p.split("/")[4])
    return Path(found[-1]).parent if found else None


def wait_until(check, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.1)
    raise RuntimeError(f"{what} did not come up within {seconds:.0f} s")


class Postgres:
    """One cluster in its own folder."""

    def __init__(self, bindir: Path, root: Path) -> None:
        self.bindir = bindir
        self.root = root
        self.data = root / "data"
        self.port = free_port()
        self.pid: int | None = None

    def _run(self, *argv: str) -> None:
        prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        subprocess.run([*prefix, *argv], check=True, capture_output=True, timeout=120)

    def start(self) -> None:
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres", "postgres")
        self._run(str(self.bindir / "initdb"), "-D", str(self.data), "-U", "postgres",
                  "-A", "trust", "-E", "UTF8", "--no-sync")  # fmt: skip
        options = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.root} -c fsync=off"
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l",
                  str(self.root / "postgres.log"), "-w", "-o", options, "start")  # fmt: skip
        self.pid = int((self.data / "postmaster.pid").read_text().split()[0])
        self._run(str(self.bindir / "createdb"), "-h", "127.0.0.1", "-p", str(self.port),
                  "-U", "postgres", "miniflux")  # fmt: skip

    @property
    def url(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/miniflux?sslmode=disable"

    def sql(self, statement: str) -> str:
        done = subprocess.run(
            [str(self.bindir / "psql"), "-h", "127.0.0.1", "-p", str(self.port), "-U",
             "postgres", "-d", "miniflux", "-v", "ON_ERROR_STOP=1", "-tAc", statement],
            check=True, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        return done.stdout.strip()

    def stop(self) -> None:
        """SIGINT to the postmaster is PostgreSQL's fast shutdown."""
        if self.pid is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGINT)
            wait_until(lambda: not _alive(self.pid), 30, "postgres shutdown")
        self.pid = None


class Miniflux:
    """A Miniflux process over a Postgres cluster; stop() and start() again at will."""

    def __init__(self, binary: str, database: Postgres, log: Path) -> None:
        self.binary = binary
        self.database = database
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log
        self.process: subprocess.Popen[bytes] | None = None

    def environment(self) -> dict[str, str]:
        return {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "DATABASE_URL": self.database.url,
            "RUN_MIGRATIONS": "1",
            "CREATE_ADMIN": "1",
            "ADMIN_USERNAME": ADMIN[0],
            "ADMIN_PASSWORD": ADMIN[1],
            "LISTEN_ADDR": f"127.0.0.1:{self.port}",
            "BASE_URL": self.url,
            "FETCHER_ALLOW_PRIVATE_NETWORKS": "1",
            "DISABLE_SCHEDULER_SERVICE": "1",
            "WORKER_POOL_SIZE": "2",
            "LOG_LEVEL": "info",
        }

    def start(self) -> None:
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(
                [self.binary], env=self.environment(), stdout=log, stderr=subprocess.STDOUT
            )
        wait_until(self.healthy, 60, f"Miniflux (log: {self.log})")

    def healthy(self) -> bool:
        if self.process is not None and self.process.poll() is not None:
            raise RuntimeError(f"Miniflux exited with {self.process.returncode}; see {self.log}")
        try:
            return httpx.get(f"{self.url}/healthcheck", timeout=2).status_code == 200
        except httpx.HTTPError:
            return False

    def stop(self) -> None:
        if self.process is None:
            return
        os.kill(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.kill(self.process.pid, signal.SIGKILL)
            self.process.wait()
        self.process = None


def _alive(pid: int) -> bool:
    """Running, and not a zombie left for an init that does not reap (a container's)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"
