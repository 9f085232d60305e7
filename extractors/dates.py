"""Publication dates, as feeds, pages and people write them, to ISO 8601.

:func:`parse_published` never raises and never guesses "now": it returns the
ISO date (``YYYY-MM-DD``) or UTC timestamp (``YYYY-MM-DDTHH:MM:SSZ``), or None
with a short reason that a warning can print.

Relative dates ("yesterday", "3 days ago") are refused on purpose: their
meaning depends on when the file is read, which makes a stored date a lie.

Examples
--------
>>> parse_published("2026-04-30")
('2026-04-30', None)
>>> parse_published("Mon, 02 Mar 2026 09:00:00 GMT")
('2026-03-02T09:00:00Z', None)
>>> parse_published("2026-05-04T10:30:00+02:00")
('2026-05-04T08:30:00Z', None)
>>> parse_published("12 May 2026")
('2026-05-12', None)
>>> parse_published("2026-02-30")
(None, 'day is out of range for month')
>>> parse_published("soon")
(None, 'no date found')
"""

from __future__ import annotations

import re
import time
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any

#: Years outside this range are typos (or Unix epoch zero), not news.
MIN_YEAR, MAX_YEAR = 1800, 2200

_ISO_DAY = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_HAS_YEAR = re.compile(r"\b(1[89]\d\d|2[01]\d\d)\b")
_RELATIVE = re.compile(r"\b(ago|yesterday|today|tomorrow|now|last|next)\b", re.I)
_DAY_FORMATS = (
    "%d %B %Y",
    "%d %b %Y",
    "%B %d, %Y",
    "%b %d, %Y",
    "%B %d %Y",
    "%b %d %Y",
    "%Y/%m/%d",
    "%d %B, %Y",
)

ParseResult = tuple[str | None, str | None]


def parse_published(value: Any) -> ParseResult:
    """Parse a publication date; see the module docstring."""
    if value is None:
        return None, "empty"
    if isinstance(value, time.struct_time):
        return _from_struct(value)
    if isinstance(value, datetime):
        return _checked(_iso_timestamp(value))
    if isinstance(value, date):
        return _checked(value.isoformat())
    if isinstance(value, (int, float)):
        return None, "a bare number is not a date"
    text = " ".join(str(value).split())
    if not text:
        return None, "empty"
    for parser in (_parse_iso_day, _parse_iso_timestamp, _parse_rfc822, _parse_day_formats):
        result = parser(text)
        if result is not None:
            return result
    return _parse_free_text(text)


def _checked(iso: str) -> ParseResult:
    year = int(iso[:4])
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None, f"year {year} is not plausible"
    return iso, None


def _iso_timestamp(moment: datetime) -> str:
    if moment.tzinfo is None:
        # A naive time is taken as UTC: feeds that omit the zone mostly mean it.
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _from_struct(value: time.struct_time) -> ParseResult:
    try:
        moment = datetime(*value[:6], tzinfo=timezone.utc)
    except ValueError as exc:
        return None, str(exc)
    return _checked(_iso_timestamp(moment))


def _parse_iso_day(text: str) -> ParseResult | None:
    match = _ISO_DAY.match(text)
    if not match:
        return None
    try:
        day = date(*(int(part) for part in match.groups()))
    except ValueError as exc:
        return None, str(exc)
    return _checked(day.isoformat())


def _parse_iso_timestamp(text: str) -> ParseResult | None:
    if not re.match(r"^\d{4}-\d{2}-\d{2}[T ]\d", text):
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError as exc:
        return None, str(exc)
    return _checked(_iso_timestamp(moment))


def _parse_rfc822(text: str) -> ParseResult | None:
    if not re.search(r"\d{1,2} [A-Za-z]{3} \d{4} \d{1,2}:\d{2}", text):
        return None
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None  # not English RFC 822 ("Seg, 24 Set 2018 ..."): free text may read it
    return _checked(_iso_timestamp(moment))


def _parse_day_formats(text: str) -> ParseResult | None:
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text)
    for fmt in _DAY_FORMATS:
        try:
            return _checked(datetime.strptime(cleaned, fmt).date().isoformat())
        except ValueError:
            continue
    return None


def _parse_free_text(text: str) -> ParseResult:
    if _RELATIVE.search(text):
        return None, "relative dates are not accepted; give the calendar date"
    if not _HAS_YEAR.search(text):
        return None, "no date found"
    import dateparser  # slow to import; only free text needs it

    # Absolute dates only, in any language dateparser knows (feeds are not all
    # English); strict parsing insists on a day, a month and a year.
    parsed = dateparser.parse(text, settings={"STRICT_PARSING": True, "PARSERS": ["absolute-time"]})
    if parsed is None:
        return None, "needs a day, month and year"
    has_time = bool(re.search(r"\d{1,2}:\d{2}", text))
    return _checked(_iso_timestamp(parsed) if has_time else parsed.date().isoformat())
