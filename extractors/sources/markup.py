"""Markup to plain text: HTML fragments (feed content) and Markdown.

The text a document keeps is what the NLP reads and what character offsets
point into, so block elements become line breaks and inline markup vanishes.
Links are kept apart, as :class:`~extractors.records.Link`, for citations.

Examples
--------
>>> fragment = '<p>Up, <a href="https://x.example/r">says X</a>.</p><p>Next.</p>'
>>> text, links = html_to_text(fragment)
>>> text
'Up, says X.\\nNext.'
>>> links[0].href
'https://x.example/r'
>>> markdown_to_text("# Title\\n\\nSome *bold* [claim](https://y.example).")[0]
'Title\\n\\nSome bold claim.'
"""

from __future__ import annotations

import html
import re

import lxml.etree
import lxml.html

from extractors.records import Link

BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "table",
        "tr",
        "section",
        "article",
        "header",
        "footer",
        "figure",
        "figcaption",
        "dd",
        "dt",
        "hr",
    }
)
DROP_TAGS = ("script", "style", "noscript", "iframe", "svg", "template")


def html_to_text(fragment: str) -> tuple[str, list[Link]]:
    """Readable text and the links of an HTML fragment; never raises."""
    if "<" not in fragment:
        return _tidy(html.unescape(fragment)), []
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return _tidy(re.sub(r"<[^>]+>", " ", html.unescape(fragment))), []
    for bad in root.iter(*DROP_TAGS):
        bad.drop_tree()
    links = [
        Link(href=a.get("href", "").strip(), text=_tidy(a.text_content()))
        for a in root.iter("a")
        if a.get("href", "").strip().startswith(("http://", "https://"))
    ]
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag in BLOCK_TAGS:
            element.tail = "\n" + (element.tail or "")
    return _tidy(root.text_content()), links


def _tidy(text: str) -> str:
    """Fold spaces within lines and drop blank runs, keeping paragraph breaks."""
    lines = (" ".join(line.split()) for line in text.replace("\xa0", " ").splitlines())
    return "\n".join(line for line in lines if line).strip()


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\((\S+?)(?:\s+\"[^\"]*\")?\)")
_MD_HEADING = re.compile(r"^#{1,6}\s+", re.M)
_MD_EMPHASIS = re.compile(r"(\*{1,3}|_{1,3})(\S(?:.*?\S)?)\1")
_MD_CODE = re.compile(r"`([^`]*)`")
_MD_QUOTE = re.compile(r"^>\s?", re.M)


def markdown_to_text(source: str) -> tuple[str, list[Link]]:
    """Plain text and links of Markdown, keeping its line structure."""
    links: list[Link] = []

    def keep_link(match: re.Match[str]) -> str:
        if match.group(0).startswith("!"):
            return match.group(1)
        href = match.group(2)
        if href.startswith(("http://", "https://")):
            links.append(Link(href=href, text=match.group(1)))
        return match.group(1)

    text = _MD_LINK.sub(keep_link, source)
    text = _MD_HEADING.sub("", text)
    text = _MD_QUOTE.sub("", text)
    text = _MD_CODE.sub(r"\1", text)
    text = _MD_EMPHASIS.sub(r"\2", text)
    return text.strip(), links
