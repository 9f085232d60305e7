"""Perspectives: who says what in a narrative, and whether their position moved.

Actors are the resolved speakers of the narrative's statements (people,
organisations, outlets, and unnamed groups such as "analysts tracking the
data"); "he" and "the company" count for the actor they stand for, and a
report's own summary of someone counts for the report (its outlet or title),
about them. Each actor gets its statements in time order
(:func:`actor_positions`), each showing the words attributed (``content``),
its ``attribution_cue`` and the speaker as written (``speaker_mention``); an
extractive summary (the most telling first: those that take a stance, then
the latest), and its evolution (:func:`evolution`): consistent, or shifted,
with the dates and words that show it. The actors that matter most come
first, at most :data:`SHOWN_ACTORS` unless asked for all.

Rows stored before statements kept their content lack the new keys; they
read as their sentence (:func:`with_content`).

Statement rows are plain dicts as a store returns them, each with its
``document`` (``id``, ``title``, ``outlet``, ``url``, ``published``); see
:func:`narrative_statements`.

Examples
--------
>>> from kg.store import open_store
>>> narrative_statements(open_store(":memory:"), [])
[]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from extractors.records import SPEAKER_KINDS
from extractors.stance import STANCE_FAMILIES, stance_poles
from kg.store.base import Row, Store

#: Sentences in an actor's summary.
SUMMARY_SENTENCES = 2
#: Actors shown by default: the rest are detail (``limit=None`` gives them all).
SHOWN_ACTORS = 10
#: Who speaks a report's summary when its document has no outlet or title.
REPORT = "the report"
#: Named actors before groups on ties: people, organisations, outlets, then groups.
KIND_ORDER = {kind: rank for rank, kind in enumerate(SPEAKER_KINDS)}


def narrative_statements(store: Store, documents: Sequence[Row]) -> list[Row]:
    """The statements of these documents, each with its ``document`` (id, title,
    outlet, url, published) as :mod:`queries.tensions` reads them."""
    by_id = {d["id"]: d for d in documents}
    rows = []
    for statement in store.statements(list(by_id)):
        doc = by_id[statement["document_id"]]
        rows.append(
            with_content(
                {
                    **statement,
                    "document": {
                        k: doc.get(k) for k in ("id", "title", "outlet", "url", "published")
                    },
                    "seen": doc.get("seen"),
                }
            )
        )
    return rows


def with_content(statement: Row) -> Row:
    """The row with the statement keys that older rows lack, read off what they have.

    The content is the sentence, the cue unknown, the speaker as written the
    speaker, and the kind "direct" for a quotation, else "indirect".

    Examples
    --------
    >>> row = with_content({"speaker": "A", "via": "quote", "sentence": "A said: hi."})
    >>> row["content"], row["kind"], row["speaker_mention"]
    ('A said: hi.', 'direct', 'A')
    """
    row = dict(statement)
    if not row.get("content"):
        row["content"] = row.get("sentence") or ""
        row["content_start"] = row.get("sent_start")
        row["content_end"] = row.get("sent_end")
    row.setdefault("attribution_cue", "")
    if not row.get("kind"):  # (a row stored without its kind: a report's summary by its speaker)
        quoted = "direct" if row.get("via") == "quote" else "indirect"
        row["kind"] = "summary" if row.get("speaker") == REPORT else quoted
    row["speaker_mention"] = row.get("speaker_mention") or row.get("speaker", "")
    row.setdefault("about", None)
    if row.get("kind") == "summary":
        document = statement_document(row)
        row["speaker"] = str(document.get("outlet") or document.get("title") or REPORT)
        # A report with no outlet speaks by its title: it is a report, not an outlet.
        row["speaker_kind"] = "outlet" if document.get("outlet") else "report"
    return row


def narrative_perspectives(
    store: Store, narrative_id: str, *, limit: int | None = SHOWN_ACTORS
) -> list[Row]:
    """The perspectives of one narrative (``kg perspectives``; ``limit=None``: every actor)."""
    documents = list(store.documents(narrative=narrative_id))
    return perspectives(narrative_statements(store, documents), limit=limit)


def perspectives(statements: list[Row], *, limit: int | None = SHOWN_ACTORS) -> list[Row]:
    """One entry per actor, those that matter most first; at most ``limit`` (None: all).

    An actor matters by the documents it speaks in or a report sums it up in,
    then by its statements and those summaries (named actors before groups on
    ties): a voice heard across the story before one quoted at length once.
    Each entry also lists the reports' summaries of the actor (``summarised``),
    spoken by the report, never put in the actor's mouth.

    Examples
    --------
    >>> def row(id, speaker, kind="person", doc="d1"):
    ...     return {"id": id, "speaker": speaker, "speaker_kind": kind, "via": "said",
    ...             "sentence": speaker + " said so.", "sent_start": 0,
    ...             "document": {"id": doc, "published": "2026-06-01"}}
    >>> rows = [row("1", "A"), row("2", "A", doc="d2"), row("3", "B"),
    ...         row("4", "analysts", "group")]
    >>> [e["actor"] for e in perspectives(rows)]
    ['A', 'B', 'analysts']
    >>> [e["actor"] for e in perspectives(rows, limit=1)]
    ['A']
    """
    statements = [with_content(s) for s in statements]
    # A report's summaries are the report's statements, and also tell whom the story is about.
    summarised: dict[str, list[Row]] = {}
    for s in statements:
        if s.get("kind") == "summary" and s.get("about"):
            summarised.setdefault(str(s["about"]).casefold(), []).append(s)
    entries = []
    by_name: dict[str, list[Row]] = {}
    for said in actor_positions(statements).values():
        # One actor written once with and once without a linked entity is still one actor.
        name = Counter(s["speaker"] for s in said).most_common(1)[0][0]
        by_name.setdefault(name.casefold(), []).extend(said)
    for said in by_name.values():
        said.sort(key=time_key)
        kind = Counter(s["speaker_kind"] for s in said).most_common(1)[0][0]
        roles = [s["speaker_role"] for s in said if s.get("speaker_role")]
        actor = Counter(s["speaker"] for s in said).most_common(1)[0][0]
        names = {actor.casefold(), *(statement_actor(s).casefold() for s in said)}
        entries.append(
            {
                # The name as most often written, not the canonical entity key.
                "actor": actor,
                "kind": kind,
                "role": Counter(roles).most_common(1)[0][0] if roles else "",
                "statements": said,
                "summary": summary(said),
                "evolution": evolution(said),
                # What reports sum up of the actor, in the report's words (not the actor's).
                "summarised": sorted(
                    (r for n in names for r in summarised.get(n, [])), key=time_key
                ),
            }
        )
    entries += _summed_up_only(summarised, entries)
    entries.sort(key=_weight)
    return entries[:limit] if limit is not None else entries


#: The role of an actor known only from a report's summary of them.
SUMMED_UP = "as a report sums them up"


def _summed_up_only(summarised: dict[str, list[Row]], entries: list[Row]) -> list[Row]:
    """An entry for each actor a report sums up who says nothing in the story's own
    words: their summaries are their whole entry, spoken by the report (the role
    says so), never put in their mouth."""
    heard = {
        name.casefold()
        for e in entries
        for name in (e["actor"], *(statement_actor(s) for s in e["statements"]))
    }
    found = []
    for key, rows in summarised.items():
        if key in heard:
            continue
        rows = sorted(rows, key=time_key)
        found.append(
            {
                "actor": Counter(str(r["about"]) for r in rows).most_common(1)[0][0],
                "kind": "",  # a summary says who it is about, not what kind of actor
                "role": SUMMED_UP,
                "statements": [],
                "summary": summary(rows),
                "evolution": evolution(rows),
                "summarised": rows,
            }
        )
    return found


def _weight(entry: Row) -> tuple[int, int, bool, int, str]:
    """Documents the actor speaks in or is summed up in, then statements and summaries;
    at equal weight, an actor heard in their own words before one only summed up."""
    said = entry["statements"] + entry["summarised"]
    documents = {statement_document(s).get("id") for s in said}
    return (
        -len(documents),
        -len(said),
        not entry["statements"],
        KIND_ORDER.get(entry["kind"], 9),
        entry["actor"],
    )


def summary(said: list[Row]) -> list[Row]:
    """The actor's most telling statements, in time order: stance first, then the latest.

    Words said once are shown once: a report's one sentence that sums up two people
    is one line, about both.

    >>> rows = [{"sentence": "X and Y disagree.", "about": "X"},
    ...         {"sentence": "X and Y disagree.", "about": "Y"}]
    >>> [(r["sentence"], r["about"]) for r in summary(rows)]
    [('X and Y disagree.', 'X, Y')]
    """
    said = _distinct(said)
    ranked = sorted(range(len(said)), key=lambda i: (-len(said[i].get("stance") or []), -i))[
        :SUMMARY_SENTENCES
    ]
    return [said[i] for i in sorted(ranked)]


def _distinct(said: list[Row]) -> list[Row]:
    """The statements with the same words once, the first of them, about all whom they
    are about (a copy where names were added)."""
    first: dict[str, int] = {}
    kept: list[Row] = []
    for row in said:
        words = " ".join(str(row.get("content") or row.get("sentence") or "").split()).casefold()
        if words not in first:
            first[words] = len(kept)
            kept.append(row)
            continue
        earlier = kept[first[words]]
        about = [a for a in (earlier.get("about"), row.get("about")) if a]
        if len(set(about)) > 1:
            kept[first[words]] = {**earlier, "about": ", ".join(dict.fromkeys(about))}
    return kept


def actor_positions(statements: list[Row]) -> dict[str, list[Row]]:
    """Statements grouped by speaker, each group in time order.

    The key is the speaker's entity when it has one (``speaker_entity``), else
    the speaker as written; groups come in the order of their first statement.
    Time order is the document's publication date (undated last), then the
    document, then the sentence's place in it.

    Parameters
    ----------
    statements
        Statement rows (see the module docstring).

    Returns
    -------
    dict of str to list of dict
        The rows themselves (not copies), by actor.

    Examples
    --------
    >>> def row(id, speaker, published, start):
    ...     return {"id": id, "speaker": speaker, "sent_start": start,
    ...             "document": {"id": "d" + id, "published": published}}
    >>> found = actor_positions([row("1", "B", "2026-06-01", 0), row("2", "A", "2026-05-01", 9),
    ...                          row("3", "B", "2026-04-01", 5)])
    >>> {actor: [s["id"] for s in said] for actor, said in found.items()}
    {'B': ['3', '1'], 'A': ['2']}
    """
    groups: dict[str, list[Row]] = {}
    for statement in sorted(statements, key=time_key):
        groups.setdefault(statement_actor(statement), []).append(statement)
    return groups


def evolution(statements: list[Row]) -> Row:
    """Whether one actor's position held or moved over time.

    "shifted" when the actor takes one pole of a stance family in a dated
    statement and the opposite pole in a later-dated one (the text names both
    stance words and their dates); "single" for one statement; else
    "consistent".

    Parameters
    ----------
    statements
        The statement rows of one actor (from :func:`actor_positions`).

    Returns
    -------
    dict
        ``{"kind": "consistent" | "shifted" | "single", "text": str,
        "statements": [ids]}``: for "shifted" the two statements that show it,
        otherwise all of them in time order.

    Examples
    --------
    >>> def row(id, published, stance):
    ...     return {"id": id, "speaker": "A", "sent_start": 0, "stance": stance,
    ...             "document": {"id": "d" + id, "published": published}}
    >>> moved = evolution([row("1", "2026-04-02", ["durable"]), row("2", "2026-06-01", ["spot"])])
    >>> moved["kind"], moved["statements"]
    ('shifted', ['1', '2'])
    >>> moved["text"]
    'shifted from durable (2026-04-02) to spot (2026-06-01)'
    >>> held = evolution([row("1", "2026-04-02", ["durable"]), row("2", "2026-06-01", ["lasting"])])
    >>> held["text"]
    'consistent: durable, lasting across 2 statements (2026-04-02 to 2026-06-01)'
    >>> evolution([row("1", None, [])])["kind"]
    'single'
    """
    ordered = sorted(statements, key=time_key)
    ids = [s["id"] for s in ordered]
    dates = [d for d in (statement_date(s) for s in ordered) if d]
    if len(ordered) <= 1:
        text = f"one statement ({dates[0]})" if dates else "one statement"
        return {"kind": "single", "text": text, "statements": ids}
    shift = _shift(ordered)
    if shift is not None:
        return shift
    words = list(
        dict.fromkeys(w for s in ordered for _, w in stance_poles(s.get("stance")).values())
    )
    text = "consistent" + (f": {', '.join(words)}" if words else "")
    text += f" across {len(ordered)} statements"
    if dates:
        text += f" ({dates[0]} to {dates[-1]})" if dates[0] != dates[-1] else f" ({dates[0]})"
    return {"kind": "consistent", "text": text, "statements": ids}


def _shift(ordered: list[Row]) -> Row | None:
    """The first flip of a family's pole between a dated statement and a later-dated one."""
    for family in sorted(STANCE_FAMILIES):
        held: tuple[str, str, str, Row] | None = None  # pole, word, date, statement
        for statement in ordered:
            date = statement_date(statement)
            taken = stance_poles(statement.get("stance")).get(family)
            if not date or taken is None:
                continue
            pole, word = taken
            if held is not None and pole != held[0] and date > held[2]:
                return {
                    "kind": "shifted",
                    "text": f"shifted from {held[1]} ({held[2]}) to {word} ({date})",
                    "statements": [held[3]["id"], statement["id"]],
                }
            if held is None or pole == held[0]:
                held = (pole, word, date, statement)
    return None


# -- statement rows ------------------------------------------------------------------------


def statement_document(statement: Row) -> Row:
    """The statement's document (id, title, outlet, url, published), else an empty dict."""
    document = statement.get("document")
    return document if isinstance(document, dict) else {}


def statement_date(statement: Row) -> str:
    """The day its document was published, else ""."""
    published = statement_document(statement).get("published")
    return str(published)[:10] if published else ""


def time_key(statement: Row) -> tuple[bool, str, str, int, str]:
    """The order statements are read in: publication date (undated last), document, place."""
    date = statement_date(statement)
    return (
        not date,
        date,
        str(statement_document(statement).get("id") or ""),
        int(statement.get("sent_start") or 0),
        str(statement["id"]),
    )


def statement_actor(statement: Row) -> str:
    """Who speaks: the speaker's entity when it has one, else the speaker (resolved)."""
    return str(statement.get("speaker_entity") or statement["speaker"])


def statement_content(statement: Row) -> str:
    """The words attributed, else (an older row) the sentence."""
    return str(statement.get("content") or statement.get("sentence") or "")


def actor_key(statement: Row) -> str:
    """The speaker as compared: one actor whatever the capitals."""
    return statement_actor(statement).casefold()
