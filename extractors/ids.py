"""Stable identities for documents: canonical URLs, keys, ids and text hashes.

A document's *key* says what makes it the same article on a later run:

- ``url:<canonical url>`` when it has a URL (the same article re-fetched with
  new text is *updated*, not duplicated);
- ``id:<origin>|<id>`` when it has only an id (a feed's ``guid``, a JSON Lines
  ``id``), scoped by where it came from so two files' "1" differ;
- ``sha256:<hash of the text>`` otherwise (a plain file: same text, same key).

The id stored is the first 16 hex digits of the key's SHA-256: short enough to
type, long enough (64 bits) that a collision in a news archive is not a worry.

Examples
--------
>>> canonical_url("HTTPS://News.Example.com:443/a/?utm_source=x&b=2&a=1#top")
'https://news.example.com/a?a=1&b=2'
>>> document_key(url="https://news.example.com/a?utm_medium=rss")
'url:https://news.example.com/a'
>>> len(document_id("url:https://news.example.com/a"))
16
>>> outlet_from_url("https://www.theguardian.com/world/2026/may/01/x")
'theguardian.com'
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

#: Query parameters that track a reader, not name an article.
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "mc_cid",
        "mc_eid",
        "ocid",
        "cmpid",
        "ref",
        "ref_src",
        "CMP",
        "ito",
        "at_medium",
        "at_campaign",
        "taid",
        "smid",
        "partner",
    }
)
_DEFAULT_PORTS = {"http": "80", "https": "443"}


def _is_tracking(name: str) -> bool:
    return name.lower().startswith("utm_") or name in TRACKING_PARAMS


def canonical_url(url: str) -> str | None:
    """The URL an article is known by: lower-case scheme and host, no default
    port, fragment or tracking parameters, sorted query, no trailing slash.

    Returns None for anything that is not an absolute http(s) URL.
    """
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return None
    host = parts.hostname.lower()
    if port is not None and str(port) != _DEFAULT_PORTS[scheme]:
        host = f"{host}:{port}"
    query = sorted(
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)
    )
    path = re.sub(r"/{2,}", "/", parts.path).rstrip("/")
    return urlunsplit((scheme, host, path, urlencode(query), ""))


def text_hash(text: str) -> str:
    """SHA-256 of the text, whitespace runs folded: what "unchanged" compares."""
    folded = " ".join(text.split())
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def document_key(
    *, url: str | None = None, ident: str | None = None, scope: str = "", text: str = ""
) -> str:
    """The identity of a document; see the module docstring for the order."""
    canonical = canonical_url(url) if url else None
    if canonical:
        return f"url:{canonical}"
    if ident:
        return f"id:{scope}|{ident.strip()}"
    return f"sha256:{text_hash(text)}"


def document_id(key: str) -> str:
    """The short id stored and shown for a document key."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def outlet_from_url(url: str | None) -> str | None:
    """The site's domain, without ``www.``, as the outlet of last resort."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host
