"""Bytes to text: binary detection and encodings, one small function each."""

from __future__ import annotations

import codecs

#: Control bytes that text files do contain.
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\b\x1b")
SNIFF = 8192


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control bytes in the head of the file mean binary."""
    head = data[:SNIFF]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for byte in head if byte < 32 and byte not in _TEXT_CONTROLS)
    return controls > len(head) * 0.05


def charset_of(content_type: str) -> str | None:
    """The charset of a Content-Type header, if it names one Python knows."""
    for part in content_type.split(";")[1:]:
        name, _, value = part.strip().partition("=")
        if name.lower() == "charset" and value:
            try:
                return codecs.lookup(value.strip("\"' ")).name
            except LookupError:
                return None
    return None


def decode(data: bytes, declared: str | None = None) -> tuple[str, str | None]:
    """The text, and the fallback encoding used when it was not UTF-8 (else None).

    A charset declared by the server is tried first; a wrong one (bytes it
    cannot decode) falls back to UTF-8 and then Windows-1252.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), None
    if declared and declared not in ("utf-8", "ascii"):
        try:
            return data.decode(declared), None
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        # Windows-1252 is what non-UTF-8 English news text almost always is;
        # it maps every byte but five, which become U+FFFD rather than an error.
        return data.decode("cp1252", errors="replace"), "Windows-1252"
