"""A real Miniflux over a throwaway PostgreSQL for the session, and one fresh Miniflux user
per test (its own feeds, entries and Google Reader login), so tests never see each
other's data. Without PostgreSQL or a Miniflux binary (`.ci/miniflux.sh` builds one) the
tests are skipped, except under CI=true, where that fails the run.
"""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
from pathlib import Path

import httpx
import pytest
from feedserver import FeedServer
from servers import ADMIN, Miniflux, Postgres, miniflux_binary, postgres_bin
from sync_support import Account, Reader, write_config

_users = itertools.count(1)


def _missing(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"sync tests need a real server: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def miniflux():
    binary, bindir = miniflux_binary(), postgres_bin()
    if binary is None:
        _missing("no Miniflux binary: run .ci/miniflux.sh (Go >= 1.26)")
    if bindir is None:
        _missing("no PostgreSQL: apt-get install postgresql")
    root = Path(tempfile.mkdtemp(prefix="newsreader-miniflux-"))
    root.chmod(0o755)
    database = Postgres(bindir, root / "pg")
    (root / "pg").mkdir()
    server = Miniflux(binary, database, root / "miniflux.log")
    try:
        database.start()
        database.sql("CREATE EXTENSION IF NOT EXISTS pgcrypto")
        server.start()
        yield server
    finally:
        server.stop()
        database.stop()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def feeds():
    server = FeedServer()
    yield server
    server.close()


@pytest.fixture
def account(miniflux) -> Account:
    username, password = f"reader{os.getpid()}x{next(_users)}", "pass-word-42"
    created = httpx.post(
        f"{miniflux.url}/v1/users",
        auth=ADMIN,
        json={"username": username, "password": password},
        timeout=30,
    )
    created.raise_for_status()
    key = httpx.post(
        f"{miniflux.url}/v1/api-keys",
        auth=(username, password),
        json={"description": "newsreader tests"},
        timeout=30,
    )
    key.raise_for_status()
    user_id = created.json()["id"]
    # The Google Reader endpoint is a per-user integration the REST API cannot switch on.
    miniflux.database.sql(
        "UPDATE integrations SET googlereader_enabled = 't', "
        f"googlereader_username = '{username}', "
        f"googlereader_password = crypt('{password}', gen_salt('bf')) WHERE user_id = {user_id}"
    )
    return Account(miniflux, username, password, key.json()["token"], user_id)


@pytest.fixture(params=["miniflux", "greader"])
def reader(request, account, tmp_path, capsys) -> Reader:
    data = tmp_path / "data"
    write_config(data, request.param, account)
    return Reader(data, request.param, account, capsys)
