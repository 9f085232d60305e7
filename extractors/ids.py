"""Stable identities for documents: canonical URLs, keys, ids and text hashes.

A document's *key* says what makes it the same article on a later run:

- ``url:<canonical url>`` when it has a URL (the same article re-fetched with
  new text is *updated*, not duplicated);
- ``id:<source>|<id>`` when it has only an id (a feed's ``guid``, a JSON Lines
  ``id``), scoped by the *source that issued the id* (:func:`id_scope`), never
  by the file it was read from: the same article exported to two files, or read
  from a file today and a feed tomorrow, keeps one key;
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
>>> document_key(ident="bbc-business-001", scope=id_scope("BBC  News"))
'id:bbc news|bbc-business-001'
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


def id_scope(*sources: str | None) -> str:
    """The scope of an input's own id: the first source named that issues ids.

    Readers pass their candidates most specific first: a feed passes its feed
    URL, then its title; a JSON Lines article its outlet (the user's
    ``--outlet`` first, as for the stored outlet). A URL is kept as written (it
    already names one issuer); a name is folded (case, spacing), so "BBC News"
    and "bbc  news" issue the same ids.

    When no source is named the scope is empty: the id is taken as the store's
    own. The file name is never the scope, because the same article read from
    two files (two exports, a split corpus, a file and later a feed) must stay
    one document. The cost: two unrelated inputs that both number their
    articles "1", "2", ... and name no outlet share keys, so the second is
    reported as *updated*; give them an ``outlet`` (or ``--outlet``) to keep
    them apart.

    Parameters
    ----------
    *sources
        Candidate issuers, most specific first; blanks and None are passed over.

    Returns
    -------
    str
        The scope, or "" when no source is named.

    Examples
    --------
    >>> id_scope(None, "  BBC   News ")
    'bbc news'
    >>> id_scope("https://example.com/feed.json", "Example Daily")
    'https://example.com/feed.json'
    >>> id_scope(None, "")
    ''
    """
    for source in sources:
        named = " ".join(str(source).split()) if source is not None else ""
        if not named:
            continue
        return named if "://" in named else named.casefold()
    return ""


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
