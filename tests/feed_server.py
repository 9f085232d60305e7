"""A real HTTP server on 127.0.0.1 that serves feeds, and faults on purpose.

Routes (every one bounded: no handler loops or waits longer than ``SLOW``):

- ``/files/NAME``: a file from the feeds folder (ETag and Last-Modified, 304
  when the client sends them back);
- ``/status/CODE``: that status;
- ``/flaky/KEY``: 500 on the first request for KEY, then the file ``rss2-content.xml``;
- ``/slow``: headers only after ``SLOW`` seconds;
- ``/loop``: a redirect to itself; ``/redirect/NAME``: to ``/files/NAME``;
- ``/gzip/NAME``: the file gzip-encoded; ``/gzip-bomb``: a small gzip body
  that inflates to many megabytes;
- ``/huge``: a body larger than the clients' cap in the tests;
- ``/truncated``: a feed cut off mid-item; ``/latin1``: a feed that says UTF-8
  in its header but is Windows-1252; ``/bomb``: a billion-laughs document;
- ``/page``: an HTML page (not a feed); ``/article/N``: article pages;
- ``/robots.txt``: disallows ``/article/private``.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

SLOW = 3.0
HUGE = 3 * 1024 * 1024


class FeedServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, folders: list[Path]) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.folders = folders
        self.hits: Counter[str] = Counter()
        self.user_agents: list[str] = []

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def find(self, name: str) -> Path | None:
        for folder in self.folders:
            if (folder / name).is_file():
                return folder / name
        return None

    def start(self) -> FeedServer:
        threading.Thread(target=self.serve_forever, daemon=True).start()
        return self


class _Handler(BaseHTTPRequestHandler):
    server: FeedServer
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:
        self.server.hits[self.path] += 1
        self.server.user_agents.append(self.headers.get("User-Agent", ""))
        route, _, rest = self.path.lstrip("/").partition("/")
        handler = getattr(self, f"_route_{route.replace('-', '_').replace('.', '_')}", None)
        if handler is None:
            self._send(404, b"not found", "text/plain")
        else:
            handler(rest)

    # -- routes ---------------------------------------------------------------
    def _route_files(self, name: str) -> None:
        path = self.server.find(name)
        if path is None:
            self._send(404, b"no such file", "text/plain")
            return
        body = path.read_bytes()
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        if self.headers.get("If-None-Match") == etag:
            self._send(304, b"", None, {"ETag": etag})
            return
        kind = "application/json" if name.endswith(".json") else "application/xml"
        headers = {"ETag": etag, "Last-Modified": "Mon, 02 Mar 2026 09:00:00 GMT"}
        self._send(200, body, kind, headers)

    def _route_status(self, code: str) -> None:
        self._send(int(code), b"status " + code.encode(), "text/plain")

    def _route_flaky(self, key: str) -> None:
        if self.server.hits[self.path] == 1:
            self._send(500, b"try again", "text/plain")
        else:
            self._route_files("rss2-content.xml")

    def _route_slow(self, _: str) -> None:
        time.sleep(SLOW)
        self._send(
            200,
            b"<rss version='2.0'><channel><title>late</title></channel></rss>",
            "application/xml",
        )

    def _route_loop(self, _: str) -> None:
        self._send(302, b"", None, {"Location": "/loop"})

    def _route_redirect(self, name: str) -> None:
        self._send(301, b"", None, {"Location": f"/files/{name}"})

    def _route_gzip(self, name: str) -> None:
        path = self.server.find(name)
        assert path is not None
        self._send(
            200, gzip.compress(path.read_bytes()), "application/xml", {"Content-Encoding": "gzip"}
        )

    def _route_gzip_bomb(self, _: str) -> None:
        self._send(
            200,
            gzip.compress(b"<" + b" " * (50 * 1024 * 1024)),
            "application/xml",
            {"Content-Encoding": "gzip"},
        )

    def _route_huge(self, _: str) -> None:
        self._send(200, b"<rss>" + b" " * HUGE + b"</rss>", "application/xml")

    def _route_truncated(self, _: str) -> None:
        body = (
            b"<?xml version='1.0'?><rss version='2.0'><channel><title>Cut</title>"
            b"<item><title>Whole</title><link>https://cut.example/1</link>"
            b"<description>The port reopened on Monday.</description></item>"
            b"<item><title>Half</title><descr"
        )
        self._send(200, body, "application/xml")

    def _route_latin1(self, _: str) -> None:
        body = (
            "<?xml version='1.0'?><rss version='2.0'><channel><title>Caf\u00e9 News</title>"
            "<item><title>Caf\u00e9 prices</title><link>https://cafe.example/1</link>"
            "<description>Caf\u00e9 owners raised prices 5% in March.</description>"
            "</item></channel></rss>"
        ).encode("cp1252")
        self._send(200, body, "application/xml; charset=utf-8")

    def _route_bomb(self, _: str) -> None:
        body = (
            b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
            b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
            b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
            b"<rss version='2.0'><channel><title>&lol3;</title></channel></rss>"
        )
        self._send(200, body, "application/xml")

    def _route_page(self, _: str) -> None:
        self._send(
            200,
            b"<!DOCTYPE html><html><body><p>Not a feed.</p></body></html>",
            "text/html; charset=utf-8",
        )

    def _route_article(self, number: str) -> None:
        text = (
            f"<!DOCTYPE html><html><head><title>Article {number}</title></head><body>"
            f"<article><h1>Article {number}</h1>"
            f"<p>The full article {number} says container volumes rose 4.2% in December, "
            f"according to the port authority, after a weak November.</p>"
            f"<p>Shipping lines added two routes in January, and freight rates eased "
            f"by about 3% over the month, brokers said on Friday.</p>"
            f"</article></body></html>"
        )
        self._send(200, text.encode(), "text/html; charset=utf-8")

    def _route_robots_txt(self, _: str) -> None:
        self._send(200, b"User-agent: *\nDisallow: /article/private\n", "text/plain")

    # -- plumbing -------------------------------------------------------------
    def _send(
        self, code: int, body: bytes, kind: str | None, headers: dict[str, str] | None = None
    ) -> None:
        self.send_response(code)
        if kind:
            self.send_header("Content-Type", kind)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body and self.command != "HEAD":
            # The client may give up (a size cap): that is the point, not an error.
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(body)
