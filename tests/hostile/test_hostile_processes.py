"""Real `newsreader refresh` processes killed at random moments, and marks made meanwhile.

After every SIGKILL the store opens without a warning and lists unique ids; a final,
unkilled refresh completes all the work (every item stored, every article with a body);
and marks made by two other processes while a refresh runs are never lost.
"""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hostile_util import CLI, child_env, item, page, rss, run_cli, story, write_config
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from reader.cli import main
from reader.config import resolve_paths
from reader.store.store import Store

pytestmark = pytest.mark.slow

FEEDS = 30
ITEMS = 4
EXTRA = 2  # items each feed gains once the site is "updated"


class Site:
    def __init__(self, server: HTTPServer) -> None:
        self.base = server.url_for("").rstrip("/")
        self.updated = False
        for f in range(FEEDS):
            slow_feed = f % 7 == 0
            slow_pages = f % 5 == 0

            def feed(_r: Request, f: int = f, slow: bool = slow_feed) -> Response:
                if slow:
                    time.sleep(0.3)
                count = ITEMS + (EXTRA if self.updated else 0)
                items = [
                    item(
                        f"p{f}-{n}",
                        f"Feed {f} story {n}",
                        f"{self.base}/f{f}/s{n}",
                        f"Summary {f}.{n}.",
                        minutes=n,
                    )
                    for n in range(count)
                ]
                return Response(rss(f"Feed {f}", items), content_type="application/rss+xml")

            server.expect_request(f"/f{f}.xml").respond_with_handler(feed)
            for n in range(ITEMS + EXTRA):
                html = page(f"Feed {f} story {n}", story(f, n)).encode()

                def article(_r: Request, html: bytes = html, slow: bool = slow_pages) -> Response:
                    if slow:
                        time.sleep(0.4)
                    return Response(html, content_type="text/html; charset=utf-8")

                server.expect_request(f"/f{f}/s{n}").respond_with_handler(article)

    def feed_urls(self) -> list[str]:
        return [f"{self.base}/f{f}.xml" for f in range(FEEDS)]


@pytest.fixture
def site() -> Iterator[Site]:
    server = HTTPServer(host="127.0.0.1", threaded=True)
    server.start()
    try:
        yield Site(server)
    finally:
        server.clear()
        server.stop()


@pytest.fixture
def data(tmp_path: Path, site: Site) -> Path:
    data = tmp_path / "data"
    write_config(data, timeout=10, per_host=8)
    store = Store(resolve_paths(data))
    store.add_feeds((url, "", []) for url in site.feed_urls())
    store.close()
    return data


def _cli_json(data: Path, capsys: pytest.CaptureFixture[str], *args: str):
    code = main(["--data-dir", str(data), *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "warning" not in err, err
    return json.loads(out)


def _check_store(data: Path, capsys: pytest.CaptureFixture[str]) -> list[dict]:
    store = Store(resolve_paths(data))
    assert store.warnings == []
    assert len(store.feeds()) == FEEDS
    store.close()
    rows = _cli_json(data, capsys, "list", "--json")
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert not list((data / "db").rglob(".*.tmp")), "a leftover temp file survived a start"
    assert not list(data.rglob("*.damaged-*"))
    return rows


def test_sigkilled_refreshes_leave_a_sound_store_and_the_next_run_completes(
    data: Path, site: Site, capsys: pytest.CaptureFixture[str]
) -> None:
    rng = random.Random(20240701)
    counts = []
    for _ in range(20):
        proc = subprocess.Popen(
            [*CLI, "--data-dir", str(data), "refresh"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=child_env(),
        )
        time.sleep(rng.uniform(0.15, 2.2))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        counts.append(len(_check_store(data, capsys)))
    assert max(counts) > 0, "no kill landed after the first write: raise the delays"

    final = run_cli(data, "refresh", timeout=90)
    assert final.code == 0, final.err
    assert "0 failed" in final.err
    rows = _check_store(data, capsys)
    expected = {f"Feed {f} story {n}" for f in range(FEEDS) for n in range(ITEMS)}
    assert {r["title"] for r in rows} == expected
    for row in rows:
        shown = _cli_json(data, capsys, "show", "--json", row["id"])
        assert shown["text"].strip(), row["title"]
        assert "harbour council met on Tuesday" in shown["text"]


MARKER = """
import sys, json
from reader.config import resolve_paths
from reader.store.store import Store
store = Store(resolve_paths(sys.argv[1]))
for aid in json.loads(sys.argv[2]):
    store.set_read([aid])
    print(aid, flush=True)  # acknowledged: set_read returned
"""


def test_marks_made_during_a_refresh_are_never_lost(
    data: Path, site: Site, capsys: pytest.CaptureFixture[str]
) -> None:
    first = run_cli(data, "refresh", "--feeds-only", timeout=90)
    assert first.code == 0, first.err
    ids = [r["id"] for r in _cli_json(data, capsys, "list", "--json")]
    assert len(ids) == FEEDS * ITEMS
    site.updated = True  # the refresh now has new items, pages and bodies to write
    refresh = subprocess.Popen(
        [*CLI, "--data-dir", str(data), "refresh"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=child_env(),
        text=True,
    )
    time.sleep(0.4)
    markers = [
        subprocess.Popen(
            [sys.executable, "-c", MARKER, str(data), json.dumps(part)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=child_env(),
        )
        for part in (ids[::2], ids[1::2])
    ]
    acknowledged: list[str] = []
    for proc in markers:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        acknowledged += out.split()
    overlap = refresh.poll() is None
    _out, err = refresh.communicate(timeout=120)
    assert refresh.returncode == 0, err
    assert overlap, "the markers finished after the refresh: no concurrency was tested"
    assert sorted(acknowledged) == sorted(ids)
    rows = _check_store(data, capsys)
    read = {r["id"] for r in rows if r["read"]}
    assert set(acknowledged) <= read
    assert len(rows) == FEEDS * (ITEMS + EXTRA)
    assert {r["id"] for r in rows if not r["read"]} == set(r["id"] for r in rows) - set(ids)
