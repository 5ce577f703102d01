"""The `[sync]` table of config.toml, and the secrets its commands print.

Secrets are never stored: `api_key_command` / `password_command` run through the shell
when a sync needs them, and their stdout is the secret (a password manager's CLI, `pass`,
`secret-tool`, …). Nothing here writes or prints one.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from typing import Any

from reader.config import ConfigError, Settings

KINDS = ("miniflux", "greader")
KEYS = frozenset({"kind", "url", "api_key_command", "username", "password_command"})
SECRET_TIMEOUT = 60.0  # a password manager may ask for its own passphrase first


class SecretError(Exception):
    """The command that prints the secret failed."""


@dataclass(slots=True, frozen=True)
class SyncConfig:
    """Where to sync and how to log in (the secret itself is fetched only when needed)."""

    kind: str  # "miniflux" (REST API v1) or "greader" (Google Reader API)
    url: str  # the server's root (Miniflux), the API root (greader)
    api_key_command: str = ""
    username: str = ""
    password_command: str = ""

    @property
    def identity(self) -> str:
        """Names the account: the last-synced state belongs to one account only."""
        return f"{self.kind} {self.url} {self.username}"


def parse_sync(table: dict[str, Any], where: str) -> SyncConfig:
    """Check the `[sync]` table the way the rest of config.toml is checked."""
    for key, value in table.items():
        if key not in KEYS:
            raise ConfigError(f"{where}: unknown setting sync.{key}")
        if not isinstance(value, str):
            raise ConfigError(f"{where}: sync.{key} should be str, got {value!r}")
    kind = table.get("kind")
    if kind not in KINDS:
        raise ConfigError(f"{where}: sync.kind should be one of {', '.join(KINDS)}")
    url = str(table.get("url", "")).rstrip("/")
    if not url.startswith(("http://", "https://")):
        raise ConfigError(f"{where}: sync.url should be an http(s) address")
    needed = ("api_key_command",) if kind == "miniflux" else ("username", "password_command")
    for key in needed:
        if not table.get(key):
            raise ConfigError(f"{where}: sync.{key} is needed for kind = {kind!r}")
    return SyncConfig(
        kind=kind,
        url=url,
        api_key_command=table.get("api_key_command", ""),
        username=table.get("username", ""),
        password_command=table.get("password_command", ""),
    )


def sync_config(settings: Settings) -> SyncConfig | None:
    """The configured sync, or None when config.toml has no `[sync]` table."""
    if not settings.sync:
        return None
    return parse_sync(settings.sync, "config.toml")


def read_secret(command: str, name: str) -> str:
    """Run `command` through the shell; its stdout, without the final newline, is the secret.

    The command's own output is never repeated in an error: it may hold the secret.
    """
    try:
        done = subprocess.run(
            command,
            shell=True,
            capture_output=True,
            text=True,
            timeout=SECRET_TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise SecretError(f"sync.{name} took longer than {SECRET_TIMEOUT:.0f} s") from exc
    secret = done.stdout.rstrip("\r\n")
    if done.returncode != 0:
        raise SecretError(f"sync.{name} failed (exit {done.returncode})")
    if not secret:
        raise SecretError(f"sync.{name} printed nothing")
    return secret
