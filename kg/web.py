"""HTTP for feeds and article pages, bounded in every direction.

A newsroom polls hundreds of feeds for months, so the client assumes the
network and the servers are hostile or broken, and bounds everything: one
connect/read timeout per socket operation and a deadline per request, a
body-size cap (checked again after decompression, against gzip bombs),
a fixed number of redirects with loop detection, a fixed number of retries
(with backoff) on 5xx, 429 and timeouts, at most N requests per host at once
with a politeness delay between them. It never raises for a network failure:
a :class:`Response` always comes back, with ``error`` saying what went wrong
in one line.

Only ``http`` and ``https`` URLs are fetched, redirects included.

Examples
--------
>>> client = HttpClient(retries=0)
>>> client.get("file:///etc/passwd").error
'only http and https URLs are fetched'
"""

from __future__ import annotations

import http.client
import socket
import ssl
import threading
import time
import urllib.error
import urllib.request
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import Message
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

from kg import __version__

USER_AGENT = f"kg/{__version__} (news and claims knowledge graph; +https://pypi.org/project/kg/)"
ACCEPT_FEEDS = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, "
    "text/xml;q=0.9, */*;q=0.5"
)
CHUNK = 64 * 1024
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


@dataclass(slots=True)
class Response:
    """What one GET came to: a status and body, or a one-line error."""

    url: str
    status: int = 0  # 0 when no HTTP response arrived at all
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    error: str | None = None
    attempts: int = 1

    @property
    def ok(self) -> bool:
        return self.error is None and self.status == 200

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "")


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Redirects are followed by :class:`HttpClient` itself, to bound and check them."""

    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


class _HostGate:
    """At most ``per_host`` requests to one host at once, ``delay`` seconds apart."""

    def __init__(self, per_host: int, delay: float) -> None:
        self.per_host, self.delay = per_host, delay
        self._lock = threading.Lock()
        self._slots: dict[str, threading.Semaphore] = {}
        self._next: dict[str, float] = {}

    def __call__(self, host: str) -> _HostSlot:
        with self._lock:
            slot = self._slots.setdefault(host, threading.Semaphore(self.per_host))
        return _HostSlot(self, host, slot)

    def wait_turn(self, host: str) -> None:
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next.get(host, now))
            self._next[host] = start + self.delay
        if start > now:
            time.sleep(start - now)


class _HostSlot:
    def __init__(self, gate: _HostGate, host: str, slot: threading.Semaphore) -> None:
        self.gate, self.host, self.slot = gate, host, slot

    def __enter__(self) -> None:
        self.slot.acquire()
        self.gate.wait_turn(self.host)

    def __exit__(self, *exc: object) -> None:
        self.slot.release()


class HttpClient:
    """A polite, bounded HTTP GET; see the module docstring.

    Parameters
    ----------
    timeout
        Seconds for the connection and for each read; ``deadline`` bounds a
        whole request (a server that trickles bytes cannot hold it forever).
    max_bytes
        The largest body accepted, after decompression.
    retries, backoff
        Retries after a 5xx, 429, timeout or dropped connection, waiting
        ``backoff * 2**n`` seconds (or the server's Retry-After, capped).
    """

    def __init__(
        self,
        *,
        user_agent: str = USER_AGENT,
        timeout: float = 10.0,
        deadline: float = 60.0,
        max_bytes: int = 20 * 1024 * 1024,
        max_redirects: int = 5,
        retries: int = 2,
        backoff: float = 1.0,
        per_host: int = 2,
        delay: float = 1.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.user_agent = user_agent
        self.timeout, self.deadline = timeout, deadline
        self.max_bytes, self.max_redirects = max_bytes, max_redirects
        self.retries, self.backoff = retries, backoff
        self._gate = _HostGate(per_host, delay)
        self._sleep = sleep
        self._opener = urllib.request.build_opener(_NoRedirects)
        self._robots: dict[str, RobotFileParser | None] = {}
        self._robots_lock = threading.Lock()

    # -- the one public verb ------------------------------------------------
    def get(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        accept: str = ACCEPT_FEEDS,
    ) -> Response:
        """GET ``url``: conditional when given a validator, following redirects."""
        visited: list[str] = []
        current = url
        for _ in range(self.max_redirects + 1):
            if not _is_web_url(current):
                return Response(current, error="only http and https URLs are fetched")
            if current in visited:
                return Response(url, error=f"redirect loop ({' -> '.join(visited[-3:])})")
            visited.append(current)
            response = self._get_with_retries(current, etag, last_modified, accept)
            if response.status in (301, 302, 303, 307, 308) and response.error is None:
                location = response.headers.get("location")
                if not location:
                    return _failed(response, f"HTTP {response.status} without a Location")
                current = urljoin(current, location)
                continue
            return response
        return Response(url, error=f"more than {self.max_redirects} redirects")

    def allowed_by_robots(self, url: str) -> bool:
        """Whether the site's robots.txt lets our user agent fetch ``url``.

        An unreachable robots.txt allows; a 401/403 on it forbids (as
        RobotFileParser reads it). Fetched once per site per client.
        """
        parts = urlsplit(url)
        site = f"{parts.scheme}://{parts.netloc}"
        with self._robots_lock:
            known = site in self._robots
        if not known:
            parser: RobotFileParser | None = None
            response = self.get(f"{site}/robots.txt", accept="text/plain")
            if response.ok:
                parser = RobotFileParser()
                parser.parse(response.body.decode("utf-8", "replace").splitlines())
            elif response.status in (401, 403):
                parser = RobotFileParser()
                parser.parse(["User-agent: *", "Disallow: /"])
            with self._robots_lock:
                self._robots[site] = parser
        robots = self._robots[site]
        return robots is None or robots.can_fetch(self.user_agent, url)

    # -- one URL, with retries ------------------------------------------------
    def _get_with_retries(
        self, url: str, etag: str | None, last_modified: str | None, accept: str
    ) -> Response:
        host = urlsplit(url).netloc.lower()
        response = Response(url)
        for attempt in range(self.retries + 1):
            with self._gate(host):
                response = self._get_once(url, etag, last_modified, accept)
            response.attempts = attempt + 1
            if not _worth_retrying(response) or attempt == self.retries:
                return response
            self._sleep(self._wait(response, attempt))
        return response

    def _wait(self, response: Response, attempt: int) -> float:
        retry_after = response.headers.get("retry-after", "")
        if retry_after.isdigit():
            return min(float(retry_after), 30.0)
        return float(self.backoff * 2**attempt)

    def _get_once(
        self, url: str, etag: str | None, last_modified: str | None, accept: str
    ) -> Response:
        request = urllib.request.Request(url, headers=self._headers(etag, last_modified, accept))
        started = time.monotonic()
        try:
            with self._opener.open(request, timeout=self.timeout) as raw:
                headers = _lower(raw.headers)
                body = self._read(raw, headers, started)
                return Response(url, raw.status, body, headers)
        except urllib.error.HTTPError as exc:
            headers = _lower(exc.headers) if exc.headers else {}
            if exc.code in (301, 302, 303, 304, 307, 308):
                return Response(url, exc.code, b"", headers)
            return Response(url, exc.code, b"", headers, error=_http_reason(exc.code))
        except _TooLarge:
            return Response(url, 200, error=f"body larger than {self.max_bytes:,} bytes")
        except _TooSlow:
            return Response(url, 200, error=f"took longer than {self.deadline:g} s")
        except TimeoutError:
            return Response(url, error=f"timed out after {self.timeout:g} s")
        except zlib.error:
            return Response(url, 200, error="compressed body is corrupt")
        except ssl.SSLError as exc:
            return Response(url, error=f"TLS error ({exc.reason or exc})")
        except urllib.error.URLError as exc:
            return Response(url, error=_network_reason(exc.reason))
        except (http.client.HTTPException, ConnectionError, OSError) as exc:
            return Response(url, error=_network_reason(exc))

    def _headers(self, etag: str | None, last_modified: str | None, accept: str) -> dict[str, str]:
        headers = {
            "User-Agent": self.user_agent,
            "Accept": accept,
            "Accept-Encoding": "gzip, deflate",
        }
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return headers

    def _read(
        self, raw: http.client.HTTPResponse, headers: dict[str, str], started: float
    ) -> bytes:
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise _TooLarge
        encoding = headers.get("content-encoding", "").lower()
        inflater = _inflater(encoding)
        parts: list[bytes] = []
        size = 0
        while True:
            if time.monotonic() - started > self.deadline:
                raise _TooSlow
            chunk = raw.read(CHUNK)
            if not chunk:
                break
            if inflater is not None:
                # max_length bounds what one small compressed chunk may become.
                chunk = inflater.decompress(chunk, self.max_bytes - size + 1)
                if inflater.unconsumed_tail:
                    raise _TooLarge
            size += len(chunk)
            if size > self.max_bytes:
                raise _TooLarge
            parts.append(chunk)
        if inflater is not None:
            parts.append(inflater.flush())
        return b"".join(parts)


class _TooLarge(Exception):
    pass


class _TooSlow(Exception):
    pass


def _inflater(encoding: str) -> zlib._Decompress | None:
    if encoding in ("gzip", "x-gzip"):
        return zlib.decompressobj(16 + zlib.MAX_WBITS)
    if encoding == "deflate":
        return zlib.decompressobj()
    return None


def _is_web_url(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _worth_retrying(response: Response) -> bool:
    if response.status in RETRY_STATUSES:
        return True
    return (
        response.status == 0
        and response.error is not None
        and ("timed out" in response.error or "connection" in response.error)
    )


def _lower(headers: Message) -> dict[str, str]:
    return {k.lower(): v for k, v in headers.items()}


def _failed(response: Response, reason: str) -> Response:
    response.error = reason
    return response


_HTTP_REASONS = {
    401: "HTTP 401 unauthorised: the feed needs a login",
    403: "HTTP 403 forbidden: the server refuses us",
    404: "HTTP 404 not found: check the URL",
    410: "HTTP 410 gone: the feed was removed; take it off the list",
    429: "HTTP 429 too many requests: poll less often",
}


def _http_reason(code: int) -> str:
    if code in _HTTP_REASONS:
        return _HTTP_REASONS[code]
    if code >= 500:
        return f"HTTP {code}: the server failed; kg retries next run"
    return f"HTTP {code}"


def _network_reason(reason: object) -> str:
    if isinstance(reason, socket.gaierror):
        return "host not found (DNS); check the URL"
    if isinstance(reason, TimeoutError):
        return "timed out"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused; is the server up?"
    if isinstance(reason, ConnectionResetError):
        return "connection reset by the server"
    text = str(reason).strip() or type(reason).__name__
    return f"connection failed ({text})"
