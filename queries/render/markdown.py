"""A digest as Markdown: for a terminal, a wiki or an e-mail.

Every field is flattened to one line and "<" before a tag-like character is
escaped, so that no title can open a heading, a list or raw HTML.
"""

from __future__ import annotations

import re
from typing import Any

from queries.render.fields import (
    EMPTY,
    SECTIONS,
    actor_names,
    citation_numbers,
    dict_of,
    dicts_of,
    one_line,
    question_tag,
    sections_of,
    subtitle_parts,
    web_url,
)

__all__ = ["to_markdown"]

# In Markdown, "<" before a letter, "/", "!" or "?" could open raw HTML or an autolink.
_MD_TAG = re.compile(r"<(?=[A-Za-z/!?])")


def _md(value: Any) -> str:
    """One line of feed text for Markdown: nothing that opens a tag or breaks the line."""
    return _MD_TAG.sub(r"\\<", one_line(value))


def _md_cites(sources: Any) -> str:
    return "".join(f"[{n}]" for n in citation_numbers(sources))


def _md_sentence(sentence: dict[str, Any]) -> str:
    if sentence.get("cited_inline"):
        return _md(sentence.get("text"))  # cites each figure where it stands: "61% ... [5]"
    return " ".join(p for p in (_md(sentence.get("text")), _md_cites(sentence.get("sources"))) if p)


def _md_paragraph(sentences: Any) -> list[str]:
    found = [_md_sentence(s) for s in dicts_of(sentences)]
    return [" ".join(found)] if found else [EMPTY]


def _md_questions(sentences: Any) -> list[str]:
    lines = []
    for sentence in dicts_of(sentences):
        tag = question_tag(sentence)
        lines.append(f"- {_md_sentence(sentence)}" + (f" *({_md(tag)})*" if tag else ""))
    return lines or [EMPTY]


def _md_timeline(entries: Any) -> list[str]:
    lines = []
    for entry in dicts_of(entries):
        when = _md(entry.get("when")) or _md(entry.get("start")) or "undated"
        line = f"- **{when}**: {_md_sentence(entry)}"
        if entry.get("conflict"):
            line += " *(disputed: see Tensions)*"  # the set's id is for machines (JSON)
        lines.append(line)
    return lines or [EMPTY]


def _md_perspectives(perspectives: Any) -> list[str]:
    lines: list[str] = []
    for view in dicts_of(perspectives):
        role = _md(view.get("role")) or _md(view.get("kind"))
        lines += [f"### {_md(view.get('actor')) or 'Unnamed actor'}", ""]
        if role:
            lines += [f"*{role}*", ""]
        lines += [*_md_paragraph(view.get("summary")), ""]
        evolution = dict_of(view.get("evolution"))
        lines += [f"Evolution: {_md_sentence(evolution) or 'not known.'}", ""]
    return lines[:-1] or [EMPTY]


def _md_tensions(tensions: Any) -> list[str]:
    lines = []
    for tension in dicts_of(tensions):
        kind = _md(tension.get("kind"))
        topic = _md(tension.get("topic")) or "Tension"
        lines.append(
            f"- **{topic}**" + (f" ({kind})" if kind else "") + f": {_md_sentence(tension)}"
        )
        for side in dicts_of(tension.get("sides")):
            lines.append(f"  - {_md(side.get('actor')) or 'Unnamed'}: {_md_sentence(side)}")
    return lines or [EMPTY]


def _md_status(status: Any) -> list[str]:
    status = dict_of(status)
    lines = [_md(status.get("text")) or EMPTY]
    weeks = dicts_of(status.get("per_week"))
    if weeks:
        counts = ", ".join(f"{_md(w.get('week'))}: {_md(w.get('documents'))}" for w in weeks[-8:])
        # A long story would fill the line with weeks: the latest eight, and say so.
        which = f" (last 8 of {len(weeks)})" if len(weeks) > 8 else ""
        lines += ["", f"Documents per week{which}: {counts}."]
    return lines


def _md_sources(sources: Any) -> list[str]:
    lines = []
    for source in dicts_of(sources):
        line = f"- [{_md(source.get('n'))}] {_md(source.get('title')) or 'Untitled'}"
        if source.get("outlet"):
            line += f" — {_md(source['outlet'])}"
        if source.get("published"):
            line += f" ({_md(source['published'])})"
        url = web_url(source.get("url"))
        if url:
            line += f" <{url}>"
        elif source.get("url"):
            # Not a web address: plain text, so that no renderer makes it a link.
            line += f" (address: {_md(source['url'])})"
        if source.get("in_story") is False:
            line += " *(another story, in a conflict set)*"
        lines.append(line)
    return lines or [EMPTY]


_MD_SECTIONS = {
    "what": _md_paragraph,
    "why_it_matters": _md_paragraph,
    "open_questions": _md_questions,
    "narrative": _md_paragraph,
    "timeline": _md_timeline,
    "perspectives": _md_perspectives,
    "tensions": _md_tensions,
    "status": _md_status,
}


def to_markdown(digest: dict[str, Any]) -> str:
    """The digest as Markdown: a title, a subtitle, the sections in order, the sources.

    Every section is there, with "Nothing found." when it is empty, so that
    digests read alike; every sentence ends with its citations ``[n]``.
    """
    lines = [f"# {_md(digest.get('title')) or 'Digest'}", ""]
    subtitle = " · ".join(_md(p) for p in subtitle_parts(digest))
    if subtitle:
        lines += [subtitle, ""]
    actors = actor_names(digest)
    if actors:
        lines += [f"Actors: {', '.join(_md(a) for a in actors)}", ""]
    sections = sections_of(digest)
    for key, heading in SECTIONS:
        lines += [f"## {heading}", "", *_MD_SECTIONS[key](sections.get(key)), ""]
    lines += ["## Sources", "", *_md_sources(digest.get("sources"))]
    return "\n".join(lines).rstrip() + "\n"
