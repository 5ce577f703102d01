"""What the sync tests share besides fixtures: the test's Miniflux account, a newsreader data
folder set up to sync with it, and names of the test's own feeds. A module of its own (not
conftest) so test files import it by a name no other folder uses."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import httpx
import orjson
import pytest
from servers import Miniflux

from reader.cli import main


@dataclass
class Account:
    """A Miniflux user of our own, with an API key and the Google Reader login enabled."""

    server: Miniflux
    username: str
    password: str
    api_key: str
    user_id: int

    def api(self) -> httpx.Client:
        return httpx.Client(
            base_url=self.server.url, headers={"X-Auth-Token": self.api_key}, timeout=30
        )

    def get(self, path: str, **params: object) -> object:
        """What the server holds, read straight from its REST API (not through our client)."""
        with self.api() as api:
            response = api.get(path, params=params)
            response.raise_for_status()
            return response.json()

    def links(self, **params: object) -> set[str]:
        """Links of the entries matching `params` (status=read, starred=true, …)."""
        found = self.get("/v1/entries", limit=1000, **params)
        return {entry["url"] for entry in found["entries"]}

    def feed_urls(self) -> dict[str, str]:
        """Feed URL -> category title."""
        return {f["feed_url"]: f["category"]["title"] for f in self.get("/v1/feeds")}

    def subscribe(self, url: str, category: str | None = None) -> int:
        with self.api() as api:
            body: dict[str, object] = {"feed_url": url}
            if category:
                made = api.post("/v1/categories", json={"title": category})
                made.raise_for_status()
                body["category_id"] = made.json()["id"]
            response = api.post("/v1/feeds", json=body)
            response.raise_for_status()
            return response.json()["feed_id"]

    def star(self, links: set[str]) -> None:
        """Star these entries on the server (its bookmark call toggles: unstarred ones)."""
        entries = self.get("/v1/entries", limit=1000)["entries"]
        with self.api() as api:
            for entry in entries:
                if entry["url"] in links and not entry["starred"]:
                    api.put(f"/v1/entries/{entry['id']}/bookmark").raise_for_status()


@dataclass
class Reader:
    """A newsreader data folder set up to sync with `account` through `kind`."""

    data: Path
    kind: str
    account: Account
    capsys: pytest.CaptureFixture[str]

    def run(self, *argv: str) -> tuple[int, str, str]:
        """`newsreader ARGV --data-dir DATA` in this process: (exit code, stdout, stderr)."""
        self.capsys.readouterr()
        code = main([*argv, "--data-dir", str(self.data)])
        out, err = self.capsys.readouterr()
        return code, out, err

    def ok(self, *argv: str) -> str:
        code, out, err = self.run(*argv)
        assert code == 0, err
        return out

    def articles(self, *argv: str) -> list[dict[str, object]]:
        return orjson.loads(self.ok("list", "--json", *argv))

    def feeds(self) -> dict[str, list[str]]:
        """Local feed URL -> tags."""
        return {f["url"]: f["tags"] for f in orjson.loads(self.ok("feeds", "--json"))}


def write_config(
    data: Path, kind: str, account: Account, *, secret: str | None = None, url: str | None = None
) -> None:
    secret_file = data.parent / f"{data.name}.secret"
    if secret is None:
        secret = account.api_key if kind == "miniflux" else account.password
    secret_file.write_text(secret + "\n")
    data.mkdir(parents=True, exist_ok=True)
    login = (
        f'api_key_command = "cat {secret_file}"'
        if kind == "miniflux"
        else f'username = "{account.username}"\npassword_command = "cat {secret_file}"'
    )
    (data / "config.toml").write_text(
        f'[sync]\nkind = "{kind}"\nurl = "{url or account.server.url}"\n{login}\n'
    )


def feed_name(request: pytest.FixtureRequest, what: str) -> str:
    """A feed path of this test's own (the feed server is shared by the session)."""
    return f"{what}-{request.node.name}".replace("[", "-").replace("]", "")
