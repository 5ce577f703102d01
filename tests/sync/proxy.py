"""A loopback HTTP proxy in front of Miniflux that says when a state change went through.

It lets a test kill `newsreader sync` at a known point in the middle of a sync: right
after the server has answered the first request that changes entry states, before the
sync has written anything here. Stopping it closes its port (connection refused), as a
stopped server would; starting it again reopens the same port.
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx

STATE_CHANGES = ("PUT /v1/entries", "POST /reader/api/0/edit-tag")
HOP_HEADERS = {"host", "content-length", "connection", "transfer-encoding", "content-encoding"}


class Proxy:
    def __init__(self, upstream: str) -> None:
        self.upstream = upstream
        self.changed = threading.Event()  # set once a state change has been answered
        self.port = 0
        self.httpd: ThreadingHTTPServer | None = None
        self.start()
        self.url = f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _forward(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_HEADERS}
                answer = httpx.request(
                    self.command,
                    proxy.upstream + self.path,
                    headers=headers,
                    content=body,
                    timeout=30,
                )
                self.send_response(answer.status_code)
                for name, value in answer.headers.items():
                    if name.lower() not in HOP_HEADERS:
                        self.send_header(name, value)
                self.send_header("Content-Length", str(len(answer.content)))
                self.end_headers()
                self.wfile.write(answer.content)
                self.wfile.flush()
                if f"{self.command} {self.path.split('?')[0]}".startswith(STATE_CHANGES):
                    proxy.changed.set()

            do_GET = do_PUT = do_POST = do_DELETE = _forward

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.port = self.httpd.server_address[1]
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def stop(self) -> None:
        if self.httpd is not None:
            self.httpd.shutdown()
            self.httpd.server_close()
            self.httpd = None
