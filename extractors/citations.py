"""Document-level citations: footnote markers and their Sources list, and links.

Report-style articles end with a numbered list of sources and cite them inline
with ``[1]``-style markers. :func:`sources_list` finds that list (a heading such
as "Sources" or "References" near the end, then one numbered entry per line)
and reads each entry's title, outlet and date; :func:`footnote_citations`
resolves every marker in the body against it.

Examples
--------
>>> text = "Usage rose.[1]\\n\\nSources\\n- [1] Usage report - Data Desk (2026-06-08)"
>>> entries = sources_list(text)
>>> entries[1].title, entries[1].outlet, entries[1].published
('Usage report', 'Data Desk', '2026-06-08')
>>> [(c.number, c.title) for c in footnote_citations(text)]
[(1, 'Usage report')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from extractors.attribution import sentence_attribution
from extractors.dates import parse_published
from extractors.ids import outlet_from_url
from extractors.nlp import doc_text
from extractors.records import Citation, Claim, EntityMention, Link

_HEADING = re.compile(
    r"^[ \t#*]*(sources|references|notes|citations|bibliography|further reading)"
    r"[ \t*:]*$",
    re.I | re.M,
)
_ENTRY = re.compile(r"^[ \t]*(?:[-*\u2022][ \t]*)?(?:\[(\d{1,3})\]|(\d{1,3})[.)])[ \t]+(.+)$")
_MARKER = re.compile(r"\[(\d{1,3})\]")
_DATE_IN_PARENS = re.compile(r"\(([^()]*\d{4}[^()]*)\)\s*$")
_URL = re.compile(r"https?://\S+")
#: Between an entry's title and a trailing label ("Title — Rohan Paul Twitter").
_LABEL_SEPARATORS = (" \u2014 ", " \u2013 ")
#: Between a title and the outlet that publishers append ("Title - Reuters").
_OUTLET_SEPARATORS = (" - ", " \u00b7 ", " | ")
#: An outlet appended to a title is a short name, not a clause.
MAX_OUTLET_WORDS = 4
#: How far after a sentence's end its footnote markers may run ("[1][2][12]").
MARKER_GAP = 16


@dataclass(slots=True)
class SourceEntry:
    """One numbered entry of a document's Sources list."""

    number: int
    title: str
    outlet: str | None
    published: str | None
    url: str | None
    start: int
    end: int


def sources_list(text: str) -> dict[int, SourceEntry]:
    """The numbered entries under the last Sources-like heading, by number."""
    headings = list(_HEADING.finditer(text))
    if not headings:
        return {}
    heading = headings[-1]
    entries: dict[int, SourceEntry] = {}
    offset = heading.end()
    for line in text[heading.end() :].splitlines(keepends=True):
        match = _ENTRY.match(line.rstrip("\n"))
        if match:
            number = int(match.group(1) or match.group(2))
            entries[number] = _entry(number, match.group(3), offset, offset + len(line.rstrip()))
        elif line.strip() and entries:
            break  # the list is over
        offset += len(line)
    return entries


def body_end(text: str) -> int:
    """Where the article's body ends: at its numbered Sources list, if it has one."""
    entries = sources_list(text)
    if not entries:
        return len(text)
    first = min(entry.start for entry in entries.values())
    heading = list(_HEADING.finditer(text, 0, first + 1))
    return heading[-1].start() if heading else first


def _entry(number: int, body: str, start: int, end: int) -> SourceEntry:
    body = body.strip()
    url_match = _URL.search(body)
    url = url_match.group(0).rstrip(".,;)") if url_match else None
    if url_match:
        body = (body[: url_match.start()] + body[url_match.end() :]).strip()
    published = None
    date_match = _DATE_IN_PARENS.search(body)
    if date_match:
        published = parse_published(date_match.group(1).strip())[0]
        if published:
            body = body[: date_match.start()].strip()
    title, outlet = _title_and_outlet(body)
    return SourceEntry(number, title, outlet or outlet_from_url(url), published, url, start, end)


def _title_and_outlet(body: str) -> tuple[str, str | None]:
    """Split "Title - Outlet — label"; a label that is a tag or slug is not an outlet."""
    label = None
    for separator in _LABEL_SEPARATORS:
        if separator in body:
            body, _, label = (part.strip() for part in body.rpartition(separator))
            break
    outlet = None
    for separator in _OUTLET_SEPARATORS:
        head, found, tail = body.rpartition(separator)
        if found and _looks_like_outlet(tail.strip()):
            body, outlet = head.strip(), tail.strip()
            break
    if outlet is None and label and _looks_like_outlet(label):
        outlet = label
    return body.rstrip(" .\u2026") or body, outlet


def _looks_like_outlet(text: str) -> bool:
    words = text.split()
    return (
        0 < len(words) <= MAX_OUTLET_WORDS
        and text[:1].isupper()
        and not re.fullmatch(r"[\w-]+:[\w:-]+", text)
    )


def footnote_citations(text: str) -> list[Citation]:
    """A citation for every ``[n]`` marker in the body that the Sources list resolves."""
    entries = sources_list(text)
    if not entries:
        return []
    body_end = min(entry.start for entry in entries.values())
    citations = []
    for match in _MARKER.finditer(text, 0, body_end):
        entry = entries.get(int(match.group(1)))
        if entry is None:
            continue
        citations.append(
            Citation(
                kind="footnote",
                source=entry.outlet or entry.title,
                role="source",
                text=match.group(0),
                start=match.start(),
                end=match.end(),
                url=entry.url,
                title=entry.title,
                outlet=entry.outlet,
                published=entry.published,
                number=entry.number,
            )
        )
    return citations


def link_citations(links: list[Link]) -> list[Citation]:
    """A citation for each distinct hyperlink of the document's markup."""
    seen: set[str] = set()
    citations = []
    for link in links:
        if link.href in seen:
            continue
        seen.add(link.href)
        citations.append(
            Citation(
                kind="link",
                source=outlet_from_url(link.href) or link.href,
                text=link.text,
                url=link.href,
                title=link.text or None,
                outlet=outlet_from_url(link.href),
            )
        )
    return citations


def claim_citations(
    doc: Doc, claims: list[Claim], mentions: list[EntityMention], links: list[Link]
) -> list[Citation]:
    """Every citation of a document, linked to the claims it supports.

    Speakers and data sources come from each claim sentence's attribution;
    footnote markers support the claims of the sentence they close; a link
    supports the claims whose sentence holds its anchor text. Footnote and link
    sources are added to those claims' ``cited`` lists.
    """
    citations = _attribution_citations(doc, claims, mentions)
    text = doc_text(doc)
    for citation in footnote_citations(text):
        citation.claims = _claims_before_marker(claims, citation.start, text)
        citations.append(citation)
    for citation in link_citations(links):
        citation.claims = [
            i for i, c in enumerate(claims) if citation.text and citation.text in c.sentence
        ]
        citations.append(citation)
    for citation in citations:
        for i in citation.claims:
            if citation.source not in claims[i].cited:
                claims[i].cited.append(citation.source)
    return citations


def _attribution_citations(
    doc: Doc, claims: list[Claim], mentions: list[EntityMention]
) -> list[Citation]:
    by_sentence: dict[tuple[int, int], list[int]] = {}
    for i, claim in enumerate(claims):
        by_sentence.setdefault((claim.sent_start, claim.sent_end), []).append(i)
    citations = []
    for (start, end), indices in by_sentence.items():
        sent = doc.char_span(start, end, alignment_mode="expand")
        if sent is None:
            continue
        inside = [m for m in mentions if start <= m.start and m.end <= end]
        for source in sentence_attribution(sent, inside).sources:
            reached = [i for i in indices if source.reaches(claims[i].start)]
            if not reached:
                continue
            citations.append(
                Citation(
                    kind=source.kind,
                    source=source.name,
                    role=source.role,
                    text=source.text,
                    start=source.start,
                    end=source.end,
                    claims=reached,
                )
            )
    return citations


def _claims_before_marker(claims: list[Claim], marker: int, text: str) -> list[int]:
    """Claims of the sentence a marker closes ("... LLMs.[1][2]").

    A parser may put markers after a full stop at the start of the next
    sentence; those still belong to the sentence before.
    """
    found = []
    for i, claim in enumerate(claims):
        inside = claim.sent_start <= marker < claim.sent_end
        opens_sentence = inside and _only_markers(text[claim.sent_start : marker])
        gap = marker - claim.sent_end
        closes = 0 <= gap <= MARKER_GAP and _only_markers(text[claim.sent_end : marker])
        if (inside and not opens_sentence) or closes:
            found.append(i)
    return found


def _only_markers(text: str) -> bool:
    return not _MARKER.sub("", text).strip()
