"""A loopback HTTP server for feeds and article pages of our own writing.

Tests publish feeds at run time (`publish`), so Miniflux and a local refresh fetch them
from 127.0.0.1 like any site: no internet, no stubs.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape

PLACES = ("Morwick", "Hallan Cove", "Ennerby", "Saltmere", "Corran Vale")
TOPICS = ("night ferry", "quay repairs", "library hours", "tide gauge", "market square")


class FeedServer:
    """Serves whatever was published, by path."""

    def __init__(self) -> None:
        self.routes: dict[str, tuple[bytes, str]] = {}
        routes = self.routes

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                found = routes.get(self.path.split("?", 1)[0])
                if found is None:
                    self.send_error(404)
                    return
                body, kind = found
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def publish(self, name: str, count: int, title: str | None = None) -> str:
        """An RSS feed of `count` items (each with its own page); its URL."""
        now = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
        items = []
        for i in range(count):
            place, topic = PLACES[i % len(PLACES)], TOPICS[(i // len(PLACES)) % len(TOPICS)]
            headline = f"{place} {topic}: note {i} from {name}"
            link = f"{self.base}/pages/{name}/{i}.html"
            when = format_datetime(now - timedelta(hours=i))
            summary = f"The {place} desk reports on the {topic}, note {i}."
            items.append(
                f"<item><title>{escape(headline)}</title><link>{link}</link>"
                f"<guid>{link}</guid><pubDate>{when}</pubDate>"
                f"<description>{escape(summary)}</description></item>"
            )
            self.routes[f"/pages/{name}/{i}.html"] = (_page(headline, place, topic), "text/html")
        rss = (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>{escape(title or name.title())}</title><link>{self.base}/</link>"
            f"<description>{escape(name)}</description>{''.join(items)}</channel></rss>"
        )
        self.routes[f"/feeds/{name}.xml"] = (rss.encode(), "application/rss+xml")
        return f"{self.base}/feeds/{name}.xml"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def _page(headline: str, place: str, topic: str) -> bytes:
    paragraphs = "".join(
        f"<p>{escape(text)}</p>"
        for text in (
            f"The harbour council of {place} met on Tuesday to discuss the {topic}.",
            f"“We will keep the {topic} open through the winter,” said Ilse Brandvold, "
            "who chairs the council's transport committee.",
            "Residents asked for later hours and a second crossing on market days, and the "
            "council agreed to publish a timetable before the end of the month.",
            "The work is paid for by the harbour fund, which the council tops up each spring "
            "from mooring fees and the rent of the old net lofts along the quay.",
        )
    )
    html = (
        f"<html><head><title>{escape(headline)}</title></head><body>"
        f"<nav><a href='/'>Home</a></nav><article><h1>{escape(headline)}</h1>"
        f"{paragraphs}</article><footer>The Morwick Courier</footer></body></html>"
    )
    return html.encode()
