"""A loopback feed server for the benchmarks: N generated RSS 2.0 feeds × M items.

Everything it serves is generated here from a fixed word list and a seed, so runs are
repeatable and nothing comes from the network:

* ``/feed/<n>.xml``         RSS 2.0, M items of ~1.3 KB each (title, link, guid, pubDate,
                            description); 30 items ≈ 39 KB. ETag and Last-Modified are
                            sent; a matching ``If-None-Match`` (or ``If-Modified-Since``)
                            gets ``304 Not Modified``.
* ``/article/<n>/<i>.html`` a simple generated article page for item i of feed n.

Optional latency (``latency_ms``) is slept in the handler thread before each answer,
304s included, so it behaves like a far-away server without using CPU.

It listens on loopback only. ``hosts=K`` listens on 127.0.0.1 … 127.0.0.K (all loopback
on Linux) and spreads the feeds over them, which is what a real subscription list looks
like to a client that limits requests per host. It is bounded: it stops when its ``with``
block ends, and in any case after ``max_seconds`` (default 30 min).

Use from Python::

    with FeedServer(feeds=100, items=30, latency_ms=50) as server:
        urls = server.feed_urls()

or standalone (``python benchmarks/feedserver.py --feeds 10 --items 30``) to poke at it.
"""

from __future__ import annotations

import argparse
import contextlib
import email.utils
import hashlib
import random
import re
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape

# Our own word list (no external text): enough variety for realistic sizes and for a
# search over titles to hit a few percent of them.
_WORDS = """
account agency airport analysis answer april archive area army article autumn balance bank
barrier battle border bridge budget cabinet campaign canal capital carbon census century
chamber channel charter circuit citizen climate coalition coast colony committee company
congress council county court credit crisis culture current customer debate decade deficit
delegate demand deputy desert design detail district doctor drought economy editor
election energy engine estate evening evidence export factory farmer ferry festival
finance fishery forest fortune freight frontier garden glacier governor grain harbour
harvest highway history holiday hospital housing income industry inquiry island journal
judge justice kingdom labour language lawyer leader league library licence market mayor
meadow measure medicine member mineral minister mission monsoon museum nation network
notice ocean office orchard output parliament partner pension people permit pilot planet
plateau police policy port poverty premier press prison profit project province railway
rainfall record reform region report republic reserve resort river school science season
senate service settler shipyard signal society soldier station statute steel strike summit
supply surgeon survey tariff teacher telegraph tenant territory theatre timber tourism
trade traffic treaty tribunal tunnel union valley vessel village voter wage warden weather
welfare winter worker yield
""".split()  # noqa: SIM905
_VERBS = """
approves rejects opens closes delays expands reviews announces confirms debates
""".split()  # noqa: SIM905
_FIRST = """
Ada Bram Carys Dov Elin Farid Greta Hugo Ines Joss Kiri Lars Mira Nils Oona
""".split()  # noqa: SIM905
_LAST = """
Abbott Brenner Castell Dunmore Ekberg Falk Grantham Holm Iversen Jarvis
""".split()  # noqa: SIM905
_BASE_TIME = 1_767_225_600  # 2026-01-01T00:00:00Z: fixed, so dates (and ETags) repeat


def _sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(_WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def _title(rng: random.Random) -> str:
    a, b, c = rng.choice(_WORDS), rng.choice(_WORDS), rng.choice(_WORDS)
    return f"{a.capitalize()} {c} {rng.choice(_VERBS)} {b} plan after {rng.choice(_WORDS)} review"


def _quote(rng: random.Random) -> str:
    speaker = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
    said = _sentence(rng, 10)[:-1]
    role = rng.choice(["minister", "director", "spokesperson"])
    return f"“{said},” said {speaker}, the {rng.choice(_WORDS)} {role}."


class Corpus:
    """The generated feeds and pages; built once, served as bytes."""

    def __init__(self, feeds: int, items: int, seed: int = 1, desc_chars: int = 850) -> None:
        self.feeds = feeds
        self.items = items
        self.seed = seed
        self.desc_chars = desc_chars
        self._feed_cache: dict[int, tuple[bytes, str, str]] = {}
        self._lock = threading.Lock()
        self.base_url = "http://127.0.0.1"

    def _rng(self, *parts: int) -> random.Random:
        return random.Random(hash((self.seed, *parts)) & 0xFFFFFFFF)

    def item(self, feed: int, i: int) -> dict[str, str]:
        rng = self._rng(feed, i)
        paragraphs = []
        size = 0
        while size < self.desc_chars:
            para = (
                _quote(rng)
                if rng.random() < 0.3
                else " ".join(_sentence(rng, rng.randint(8, 16)) for _ in range(2))
            )
            paragraphs.append(para)
            size += len(para) + 7
        when = _BASE_TIME - (feed * 7 + i) * 3600
        return {
            "title": _title(rng),
            "paragraphs": paragraphs,
            "date": email.utils.formatdate(when, usegmt=True),
            "guid": f"urn:bench:{self.seed}:{feed}:{i}",
        }

    def feed_bytes(self, feed: int, host: str) -> tuple[bytes, str, str]:
        """(body, etag, last_modified) of one feed, generated once."""
        with self._lock:
            cached = self._feed_cache.get(feed)
        if cached is not None:
            return cached
        base = f"http://{host}"
        out = [
            '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n<channel>\n',
            f"<title>Bench feed {feed}</title>\n<link>{base}/site/{feed}/</link>\n",
            f"<description>Generated feed {feed} for benchmarks</description>\n",
        ]
        for i in range(self.items):
            it = self.item(feed, i)
            desc = escape("".join(f"<p>{p}</p>" for p in it["paragraphs"]))
            out.append(
                "<item>\n"
                f"  <title>{escape(it['title'])}</title>\n"
                f"  <link>{base}/article/{feed}/{i}.html</link>\n"
                f'  <guid isPermaLink="false">{it["guid"]}</guid>\n'
                f"  <pubDate>{it['date']}</pubDate>\n"
                f"  <description>{desc}</description>\n"
                "</item>\n"
            )
        out.append("</channel>\n</rss>\n")
        body = "".join(out).encode("utf-8")
        etag = '"' + hashlib.sha1(body).hexdigest()[:20] + '"'
        modified = email.utils.formatdate(_BASE_TIME, usegmt=True)
        entry = (body, etag, modified)
        with self._lock:
            self._feed_cache[feed] = entry
        return entry

    def page_bytes(self, feed: int, i: int) -> bytes:
        it = self.item(feed, i)
        rng = self._rng(feed, i, 99)
        extra = [_sentence(rng, rng.randint(10, 20)) for _ in range(12)]
        body = "\n".join(f"<p>{escape(p)}</p>" for p in [*it["paragraphs"], *extra])
        return (
            "<!doctype html><html><head><meta charset='utf-8'>"
            f"<title>{escape(it['title'])}</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
            f"<article><h1>{escape(it['title'])}</h1><p class='byline'>By "
            f"{rng.choice(_FIRST)} {rng.choice(_LAST)}</p>\n{body}</article>"
            "<footer>© Bench Press</footer></body></html>"
        ).encode()


_FEED = re.compile(r"^/feed/(\d+)\.xml$")
_PAGE = re.compile(r"^/article/(\d+)/(\d+)\.html$")


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, like a real server
    server_version = "benchfeeds/1"

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        srv: FeedServer = self.server.owner  # type: ignore[attr-defined]
        if srv.latency:
            time.sleep(srv.latency)
        path = self.path.split("?", 1)[0]
        host = self.headers.get("Host") or f"127.0.0.1:{srv.port}"
        if m := _FEED.match(path):
            n = int(m.group(1))
            if n >= srv.corpus.feeds:
                return self._send(404, b"no such feed", "text/plain")
            body, etag, modified = srv.corpus.feed_bytes(n, host)
            inm = self.headers.get("If-None-Match")
            ims = self.headers.get("If-Modified-Since")
            matches = inm and etag in [t.strip() for t in inm.split(",")]
            if matches or (not inm and ims == modified):
                srv.count("304")
                return self._send(304, b"", None, etag=etag, modified=modified)
            srv.count("feed")
            return self._send(
                200, body, "application/rss+xml; charset=utf-8", etag=etag, modified=modified
            )
        if m := _PAGE.match(path):
            srv.count("page")
            return self._send(
                200,
                srv.corpus.page_bytes(int(m.group(1)), int(m.group(2))),
                "text/html; charset=utf-8",
            )
        srv.count("404")
        self._send(404, b"not found", "text/plain")

    def _send(
        self,
        code: int,
        body: bytes,
        ctype: str | None,
        *,
        etag: str | None = None,
        modified: str | None = None,
    ) -> None:
        self.send_response(code)
        if ctype:
            self.send_header("Content-Type", ctype)
        if etag:
            self.send_header("ETag", etag)
        if modified:
            self.send_header("Last-Modified", modified)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body:
            self.wfile.write(body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256
    allow_reuse_address = True


class FeedServer:
    """Context manager: serves the corpus on loopback in background threads."""

    def __init__(
        self,
        feeds: int,
        items: int = 30,
        latency_ms: float = 0.0,
        *,
        hosts: int = 1,
        seed: int = 1,
        max_seconds: float = 1800.0,
    ) -> None:
        if not 1 <= hosts <= 250:
            raise ValueError("hosts must be 1..250")
        self.corpus = Corpus(feeds, items, seed)
        self.latency = latency_ms / 1000.0
        self.hosts = [f"127.0.0.{k}" for k in range(1, hosts + 1)]
        self.max_seconds = max_seconds
        self.port = 0
        self._servers: list[_Server] = []
        self._threads: list[threading.Thread] = []
        self._timer: threading.Timer | None = None
        self._counts: dict[str, int] = {}
        self._count_lock = threading.Lock()

    def count(self, what: str) -> None:
        with self._count_lock:
            self._counts[what] = self._counts.get(what, 0) + 1

    def counts(self, reset: bool = False) -> dict[str, int]:
        with self._count_lock:
            out = dict(self._counts)
            if reset:
                self._counts.clear()
        return out

    def start(self) -> FeedServer:
        for attempt in range(20):
            try:
                self._bind_all()
                break
            except OSError:
                self._close_servers()
                if attempt == 19:
                    raise
        for server in self._servers:
            t = threading.Thread(
                target=server.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True
            )
            t.start()
            self._threads.append(t)
        self._timer = threading.Timer(self.max_seconds, self.stop)
        self._timer.daemon = True
        self._timer.start()
        return self

    def _bind_all(self) -> None:
        first = _Server((self.hosts[0], 0), _Handler)
        first.owner = self  # type: ignore[attr-defined]
        self.port = first.server_address[1]
        self._servers = [first]
        for host in self.hosts[1:]:  # the same port on each further loopback address
            srv = _Server((host, self.port), _Handler)
            srv.owner = self  # type: ignore[attr-defined]
            self._servers.append(srv)

    def _close_servers(self) -> None:
        for srv in self._servers:
            srv.server_close()
        self._servers = []

    def stop(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
        for srv in self._servers:
            srv.shutdown()
        self._close_servers()

    def __enter__(self) -> FeedServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def host_of(self, n: int) -> str:
        return self.hosts[n % len(self.hosts)]

    def feed_urls(self) -> list[str]:
        return [
            f"http://{self.host_of(n)}:{self.port}/feed/{n}.xml" for n in range(self.corpus.feeds)
        ]

    def warm(self) -> None:
        """Generate every feed up front, so the first client does not pay for it."""
        for n in range(self.corpus.feeds):
            self.corpus.feed_bytes(n, f"{self.host_of(n)}:{self.port}")

    def opml(self, title: str = "bench") -> bytes:
        lines = [
            '<?xml version="1.0" encoding="utf-8"?>',
            '<opml version="2.0">',
            f"<head><title>{escape(title)}</title></head>",
            "<body>",
        ]
        for n, url in enumerate(self.feed_urls()):
            lines.append(f'<outline type="rss" text="Bench feed {n}" xmlUrl="{escape(url)}"/>')
        lines += ["</body>", "</opml>", ""]
        return "\n".join(lines).encode("utf-8")


def loopback_hosts_work(count: int) -> bool:
    """127.0.0.2… are loopback on Linux; not everywhere (macOS needs aliases)."""
    if count <= 1:
        return True
    try:
        with socket.socket() as s:
            s.bind((f"127.0.0.{count}", 0))
        return True
    except OSError:
        return False


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--feeds", type=int, default=10)
    ap.add_argument("--items", type=int, default=30)
    ap.add_argument("--latency-ms", type=float, default=0)
    ap.add_argument("--hosts", type=int, default=1)
    ap.add_argument("--seconds", type=float, default=300, help="stop after this long")
    args = ap.parse_args()
    with FeedServer(
        args.feeds, args.items, args.latency_ms, hosts=args.hosts, max_seconds=args.seconds
    ) as server:
        for url in server.feed_urls()[:5]:
            print(url)
        print(f"… {args.feeds} feeds; stops in {args.seconds:g} s (Ctrl-C to stop now)")
        with contextlib.suppress(KeyboardInterrupt):
            time.sleep(args.seconds)


if __name__ == "__main__":
    main()
