"""ONE `newsreader refresh` (a real process) over a mix of hostile and good feeds.

A loopback server plays every kind of bad publisher at once: broken XML, HTML, empty and
binary bodies, 500/410, a redirect loop, a lying charset header, entity bombs and an XXE
aimed at a local secret, a gzip bomb, a 260 MB body, a drip server, 100,000 items, links
in odd schemes, a 260 MB article page and hostile titles. The run must end in bounded time
and memory with exit 0, store every good item, give every broken feed a clear error, and
never let the secret, a control character or an odd-scheme fetch through.
"""

from __future__ import annotations

import json
import random
import threading
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from hostile_util import (
    CONTROLS,
    item,
    page,
    rfc822,
    rss,
    run_cli,
    store_files_text,
    story,
    write_config,
)
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from reader.cli import main
from reader.config import resolve_paths
from reader.store.store import Store

pytestmark = pytest.mark.slow

SECRET_MARKER = "S3CR3T-MARKER-7f1c9a"
GOOD = 3
GOOD_ITEMS = 4
MANY = 100_000
KEEP = 500
BIG = 260 * 1024 * 1024

BILLION_LAUGHS = (
    "<?xml version='1.0'?>\n<!DOCTYPE rss [\n <!ENTITY lol 'lol'>\n"
    + "".join(
        f" <!ENTITY lol{i} '{('&lol' + (str(i - 1) if i > 1 else '') + ';') * 10}'>\n"
        for i in range(1, 10)
    )
    + "]>\n<rss version='2.0'><channel><title>Laughs &lol9;</title>"
    "<item><guid>laugh-1</guid><title>laughs &lol9;</title>"
    "<description>ha &lol9;</description></item></channel></rss>"
)

HOSTILE_TITLES = {
    "rich-bold": "[bold red]x[/]",
    "rich-click": "[@click=app.quit]y[/]",
    "rich-link": "[link=file:///etc/passwd]z[/link]",
    "csi": "\x1b[31mred text\x1b[0m",
    "osc": "\x1b]0;evil\x07 window title",
    "nul": "nul\x00byte",
    "bidi": "\u202eevil bidi",
    "huge": "A" * 1_000_000,
}


def _gzip_bomb() -> bytes:
    comp = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    zeros = bytes(1024 * 1024)
    parts = [comp.compress(zeros) for _ in range(300)]
    parts.append(comp.flush())
    return b"".join(parts)


class Site:
    """The hostile publisher: paths, hits, and what was served."""

    def __init__(self, server: HTTPServer, secret: Path) -> None:
        self.server = server
        self.base = server.url_for("").rstrip("/")
        self.hits: list[str] = []
        self._lock = threading.Lock()
        self.secret = secret
        self.feeds: dict[str, str] = {}  # name -> url
        self.known_paths: set[str] = set()

    def url(self, path: str) -> str:
        return self.base + path

    def serve(self, path: str, handler) -> None:
        self.known_paths.add(path)

        def wrapped(request: Request) -> Response:
            with self._lock:
                self.hits.append(request.path)
            return handler(request)

        self.server.expect_request(path).respond_with_handler(wrapped)

    def serve_bytes(
        self,
        path: str,
        body: bytes,
        content_type: str = "application/rss+xml",
        status: int = 200,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.serve(
            path,
            lambda _r: Response(
                body, status=status, content_type=content_type, headers=headers or {}
            ),
        )

    def feed(self, name: str, path: str) -> None:
        self.feeds[name] = self.url(path)

    def count(self, path: str) -> int:
        with self._lock:
            return self.hits.count(path)


def build_site(server: HTTPServer, secret: Path) -> Site:
    site = Site(server, secret)
    # --- good feeds, each item with an article page longer than its description
    for f in range(GOOD):
        items = []
        for n in range(GOOD_ITEMS):
            path = f"/good/{f}/story/{n}"
            site.serve_bytes(
                path, page(f"Good {f}.{n}", story(f, n)).encode(), "text/html; charset=utf-8"
            )
            items.append(
                item(
                    f"good-{f}-{n}",
                    f"Good story {f}.{n}",
                    site.url(path),
                    f"Short summary {f}.{n}.",
                    minutes=n,
                )
            )
        site.serve_bytes(f"/good/{f}.xml", rss(f"Good feed {f}", items))
        site.feed(f"good{f}", f"/good/{f}.xml")
    # --- charset: the header says utf-8, the declaration (and the bytes) say windows-1252
    charset = (
        "<?xml version='1.0' encoding='windows-1252'?>\n<rss version='2.0'><channel>"
        "<title>Café “quotes”</title><item><guid>cs-1</guid>"
        "<title>Naïve résumé — €5</title><description>Prix: 5 €</description>"
        "</item></channel></rss>"
    ).encode("cp1252")
    site.serve_bytes("/charset.xml", charset, "text/xml; charset=utf-8")
    site.feed("charset", "/charset.xml")
    # --- broken feeds
    site.serve_bytes("/malformed.xml", b"<?xml version='1.0'?><rss><channel><title>x</tit")
    site.serve_bytes(
        "/html.xml",
        b"<!DOCTYPE html><html><head><title>Blog</title></head>"
        b"<body><p>Not a feed</p></body></html>",
        "text/html",
    )
    site.serve_bytes("/empty.xml", b"")
    site.serve_bytes("/binary.xml", random.Random(3).randbytes(50_000), "application/octet-stream")
    site.serve_bytes("/e500.xml", b"oops", "text/plain", status=500)
    site.serve_bytes("/gone.xml", b"gone", "text/plain", status=410)
    site.serve_bytes("/loop1.xml", b"", status=302, headers={"Location": "/loop2.xml"})
    site.serve_bytes("/loop2.xml", b"", status=302, headers={"Location": "/loop1.xml"})
    site.serve_bytes("/laughs.xml", BILLION_LAUGHS.encode())
    xxe = (
        f"<?xml version='1.0'?>\n<!DOCTYPE rss [ <!ENTITY xxe SYSTEM '{secret.as_uri()}'> ]>\n"
        "<rss version='2.0'><channel><title>Steal &xxe;</title>"
        "<item><guid>xxe-1</guid><title>steal &xxe;</title>"
        "<description>&xxe;</description></item></channel></rss>"
    ).encode()
    site.serve_bytes("/xxe.xml", xxe)
    site.serve_bytes("/gzipbomb.xml", _gzip_bomb(), headers={"Content-Encoding": "gzip"})

    def huge(_r: Request) -> Response:
        chunk = b"<item>" + b"x" * (64 * 1024 - 6)
        return Response((chunk for _ in range(BIG // len(chunk))), content_type="text/xml")

    site.serve("/huge.xml", huge)

    def drip(_r: Request) -> Response:
        def forever() -> Iterator[bytes]:
            yield b"<?xml version='1.0'?><rss><channel>"
            while True:
                time.sleep(1)
                yield b" "

        return Response(forever(), content_type="text/xml")

    site.serve("/drip.xml", drip)
    # --- 100,000 items in shuffled order; only the newest KEEP may be stored
    order = list(range(MANY))
    random.Random(11).shuffle(order)
    many = "".join(f"<item><guid>m{n}</guid><pubDate>{rfc822(n)}</pubDate></item>" for n in order)
    site.serve_bytes("/many.xml", rss("Many", many))
    # --- links in schemes that must never be fetched; each has feed text to fall back on
    odd_links = {
        "file": secret.as_uri(),
        "data": f"data:text/html,<p>DATA-URL-BODY {'z' * 400}</p>",
        "javascript": "javascript:fetch('/js-probe')",
        "ftp": site.url("/ftp-probe").replace("http://", "ftp://"),
    }
    site.odd_links = odd_links
    site.serve_bytes(
        "/odd.xml",
        rss(
            "Odd links",
            [
                item(f"odd-{scheme}", f"Odd {scheme}", link, f"Feed text for the {scheme} item.")
                for scheme, link in odd_links.items()
            ],
        ),
    )
    # --- a 260 MB article page: capped, the feed's own text is kept with a note
    site.serve("/bigpage", huge)
    site.serve_bytes(
        "/bigpage.xml",
        rss(
            "Big page",
            [item("big-1", "Big page story", site.url("/bigpage"), "The feed's own text of it.")],
        ),
    )
    # --- hostile titles: raw control bytes are not XML, so feedparser's loose path reads them
    title_items = []
    for key, title in HOSTILE_TITLES.items():
        path = f"/titles/{key}"
        site.serve_bytes(path, page("Calm page", story(9, len(title_items))).encode(), "text/html")
        title_items.append(
            f"<item><guid>title-{key}</guid><title>{title}</title>"
            f"<link>{site.url(path)}</link><description>About {key}.</description></item>"
        )
    site.serve_bytes("/titles.xml", rss("Titles", title_items))
    for name in (
        "malformed",
        "html",
        "empty",
        "binary",
        "e500",
        "gone",
        "laughs",
        "xxe",
        "gzipbomb",
        "huge",
        "drip",
        "many",
        "odd",
        "bigpage",
        "titles",
    ):
        site.feed(name, f"/{name}.xml")
    site.feed("loop", "/loop1.xml")
    return site


EXPECTED_ERRORS = {
    "malformed": "malformed XML",
    "html": "looks like an HTML page",
    "empty": "empty response",
    "binary": "binary data",
    "e500": "HTTP 500",
    "gone": "HTTP 410",
    "loop": "redirect loop",
    "gzipbomb": "larger than 10 MB",
    "huge": "larger than 10 MB",
    "drip": "timed out after 3 s",
}


class World:
    data: Path
    site: Site
    run: object
    second: object


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    root = tmp_path_factory.mktemp("hostile")
    secret = root / "secret.txt"
    secret.write_text(f"{SECRET_MARKER}\n")
    server = HTTPServer(host="127.0.0.1", threaded=True)
    server.start()
    try:
        site = build_site(server, secret)
        data = root / "data"
        write_config(
            data, timeout=3, jobs=16, per_host=16, feed_max_mb=10, page_max_mb=1, keep_per_feed=KEEP
        )
        store = Store(resolve_paths(data))
        for url in site.feeds.values():
            store.add_feed(url)
        store.close()
        w = World()
        w.data, w.site = data, site
        w.run = run_cli(data, "refresh", timeout=60)
        # A second, narrow refresh: the gone feed is skipped without a request.
        w.second = run_cli(
            data, "refresh", "--feed", site.feeds["gone"], "--feed", site.feeds["good0"], timeout=60
        )
        yield w
    finally:
        server.clear()
        server.stop()


def _store(w: World) -> Store:
    return Store(resolve_paths(w.data))


def _cli(w: World, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(w.data), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_refresh_ends_in_bounded_time_and_memory_with_exit_0(world: World) -> None:
    run = world.run
    assert run.code == 0, run.err
    assert "Traceback" not in run.err
    assert run.seconds < 60
    assert run.maxrss_mb < 600, f"peak RSS {run.maxrss_mb:.0f} MB"
    assert world.second.code == 0, world.second.err


def test_every_good_item_is_stored_with_its_page(world: World) -> None:
    store = _store(world)
    for f in range(GOOD):
        rows = store.articles(feed=world.site.feeds[f"good{f}"])
        assert sorted(r.title for r in rows) == [f"Good story {f}.{n}" for n in range(GOOD_ITEMS)]
        for r in rows:
            body = store.load_body(r.id)
            assert body is not None and body["source"] == "page", r.title
            assert "harbour council met on Tuesday" in body["text"]
            assert body["note"] is None


@pytest.mark.parametrize(("name", "expected"), sorted(EXPECTED_ERRORS.items()))
def test_each_broken_feed_has_a_clear_error(
    world: World, capsys: pytest.CaptureFixture[str], name: str, expected: str
) -> None:
    code, out, _err = _cli(world, capsys, "feeds", "--json")
    assert code == 0
    rows = {row["url"]: row for row in json.loads(out)}
    error = rows[world.site.feeds[name]]["error"]
    assert error and expected in error, error
    assert f"failed: {world.site.feeds[name]}: " in world.run.err or expected in world.run.err


def test_healthy_feeds_have_no_error(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    _code, out, _err = _cli(world, capsys, "feeds", "--json")
    rows = {row["url"]: row for row in json.loads(out)}
    for name in ("good0", "good1", "good2", "charset", "many", "odd", "bigpage", "titles"):
        assert rows[world.site.feeds[name]]["error"] is None, name


def test_gone_feed_is_marked_and_never_fetched_again(world: World) -> None:
    store = _store(world)
    gone = store.feed(world.site.feeds["gone"])
    assert gone is not None and gone.gone
    assert world.site.count("/gone.xml") == 1
    assert world.site.count("/good/0.xml") == 2  # the second refresh did run


def test_lying_charset_header_still_gives_the_right_text(world: World) -> None:
    store = _store(world)
    feed = store.feed(world.site.feeds["charset"])
    assert feed is not None and feed.title == "Café “quotes”"
    rows = store.articles(feed=world.site.feeds["charset"])
    assert [r.title for r in rows] == ["Naïve résumé — €5"]
    body = store.load_body(rows[0].id)
    assert body is not None and "5 €" in body["text"]


def test_entity_bombs_never_expand_and_xxe_never_leaks(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    files = store_files_text(world.data)
    assert files, "the store is empty"
    for path, raw in files.items():
        assert SECRET_MARKER.encode() not in raw, path
        assert b"lollollol" not in raw, path
    outputs = [world.run.out, world.run.err, world.second.out, world.second.err]
    for args in (("feeds", "--json"), ("list", "--json"), ("feeds",), ("list",)):
        outputs.append("".join(_cli(world, capsys, *args)[1:]))
    store = _store(world)
    for name in ("xxe", "laughs", "odd"):
        for r in store.articles(feed=world.site.feeds[name]):
            outputs.append(_cli(world, capsys, "show", "--json", r.id)[1])
    for text in outputs:
        assert SECRET_MARKER not in text
        assert "lollollol" not in text


def test_hundred_thousand_items_keep_exactly_the_newest(world: World) -> None:
    store = _store(world)
    rows = store.articles(feed=world.site.feeds["many"])
    assert len(rows) == KEEP
    shard = next((world.data / "db" / "articles").glob(f"{rows[0].id[:8]}.json"))
    assert len(json.loads(shard.read_bytes())["articles"]) == KEEP
    wanted = {rfc822(n) for n in range(MANY - KEEP, MANY)}
    from email.utils import parsedate_to_datetime

    got = {r.published for r in rows}
    want_iso = {parsedate_to_datetime(d).strftime("%Y-%m-%dT%H:%M:%SZ") for d in wanted}
    assert got == want_iso


def test_odd_scheme_links_are_never_fetched_and_fall_back_to_feed_text(world: World) -> None:
    assert all(path in world.site.known_paths for path in world.site.hits), sorted(
        set(world.site.hits) - world.site.known_paths
    )
    assert "/ftp-probe" not in world.site.hits and "/js-probe" not in world.site.hits
    store = _store(world)
    rows = store.articles(feed=world.site.feeds["odd"])
    assert len(rows) == len(world.site.odd_links)
    for r in rows:
        scheme = r.title.split()[-1]
        assert r.link == world.site.odd_links[scheme]
        body = store.load_body(r.id)
        assert body is not None and body["source"] == "feed", r.title
        assert body["text"] == f"Feed text for the {scheme} item."
        assert body["note"] == "the link is not an http(s) address"
        assert "DATA-URL-BODY" not in json.dumps(body)


def test_huge_article_page_is_capped_and_the_feed_text_kept_with_a_note(world: World) -> None:
    assert world.site.count("/bigpage") == 1
    store = _store(world)
    [row] = store.articles(feed=world.site.feeds["bigpage"])
    body = store.load_body(row.id)
    assert body is not None and body["source"] == "feed"
    assert body["text"] == "The feed's own text of it."
    assert body["note"] == "page not fetched: response larger than 1 MB"
    assert row.note == body["note"]
    assert (
        sum(p.stat().st_size for p in (world.data / "bodies").rglob("*") if p.is_file())
        < 5 * 1024 * 1024
    )


def test_hostile_titles_are_stored_capped_and_shown_literally_without_controls(
    world: World,
) -> None:
    store = _store(world)
    rows = {r.id: r for r in store.articles(feed=world.site.feeds["titles"])}
    assert len(rows) == len(HOSTILE_TITLES)
    shard = world.data / "db" / "articles" / f"{next(iter(rows))[:8]}.json"
    assert shard.stat().st_size < 50_000  # the 1 MB title was capped before storing

    listed = run_cli(world.data, "list", "--json", "--feed", world.site.feeds["titles"])
    plain = run_cli(world.data, "list", "--feed", world.site.feeds["titles"])
    outputs = [listed, plain]
    titles = [row["title"] for row in json.loads(listed.out)]
    for markup in ("[bold red]x[/]", "[@click=app.quit]y[/]", "[link=file:///etc/passwd]z[/link]"):
        assert markup in titles
        assert markup in plain.out
    # Literally, minus the control characters (no ESC means no escape sequence).
    for literal in ("[31mred text[0m", "]0;evil window title", "nulbyte", "evil bidi"):
        assert literal in titles
    huge = [t for t in titles if t.startswith("AAAA")]
    assert len(huge) == 1 and len(huge[0]) <= 2000
    for aid in rows:
        shown = run_cli(world.data, "show", "--json", aid)
        assert shown.code == 0, shown.err
        data = json.loads(shown.out)
        assert data["text"], aid
        outputs.append(shown)
        for value in (data["title"], data["text"]):
            for bad in CONTROLS:
                assert bad not in value
        outputs.append(run_cli(world.data, "show", aid))
    for run in outputs:
        for bad in CONTROLS:
            assert bad not in run.out, (bad, run.out[:200])
            assert bad not in run.err
        assert "\\u001b" not in run.out and "\\u0007" not in run.out
