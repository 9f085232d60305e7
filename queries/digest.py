"""The digest: a short, sourced report on one narrative, built only from stored sentences.

Sections follow a researcher's briefing: What, Why it matters, Open
questions, Narrative, Timeline, Perspectives (with their evolution),
Tensions, Status and Sources. Every sentence is a stored sentence (a claim's
or a statement's) or a fixed template filled with stored values (open
questions, status), and cites the documents it comes from as ``[n]``, the
numbers of the Sources list. Nothing is generated freely, and the same store
gives the same digest.

The result is a JSON-ready dict; :mod:`queries.render` turns it into
Markdown or one self-contained HTML page.

Examples
--------
>>> from kg.store import open_store
>>> build_digest(open_store(":memory:"), "no-such-story") is None
True
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta
from typing import Any, Literal

from extractors.records import EVENT_KIND
from extractors.stance import CONSEQUENCE
from extractors.topics import subject_head
from kg.narratives import per_week
from kg.store.base import Row, Store
from kg.vocabulary import ACTIVE_STATUSES, AGREEMENTS, TRENDS
from queries.claims import claim_json
from queries.conflicts import EXPLANATIONS, conflict_sets, figure_key
from queries.figure_names import distinct_figures, giver, listed_figure, source_of
from queries.narratives import list_narratives, narrative_detail, published_per_day
from queries.perspectives import narrative_statements, perspectives
from queries.sentences import clean, stands_alone, told
from queries.sources_named import document_name, published_span, publisher
from queries.tensions import framing_tensions, reading_camps
from queries.timeline import describe_time, timeline_entries

__all__ = ["build_digest", "daily_digests", "narrative_tensions", "since_day"]

#: A figure older than this (before the digest's day) is stale unless restated.
STALE_DAYS = 180
WHAT_SENTENCES = 3
WHY_SENTENCES = 2
NARRATIVE_SENTENCES = 8

#: How much a default (brief) digest keeps; ``long=True`` keeps everything. A
#: five-article story comes to about 1,500 words.
BRIEF = {
    "what": 2,  # extractive sentences after the reconciled figures
    "narrative": 5,
    "questions": 4,
    "timeline": 15,
    "actors": 10,
    "actor_sentences": 1,
    "framings": 2,
    "sides": 4,
    "camp_sides": 2,
}


def since_day(since: str | None, as_of: str | None) -> str | None:
    """``--since`` as a day: a date as given, or ``7d``/``2w`` counted back from ``as_of``."""
    if since is None:
        return None
    match = re.fullmatch(r"(\d+)([dw])", since.strip())
    if match is None:
        return since
    days = int(match.group(1)) * (7 if match.group(2) == "w" else 1)
    anchor = date.fromisoformat(as_of[:10]) if as_of else date.today()
    return (anchor - timedelta(days=days)).isoformat()


def build_digest(
    store: Store,
    narrative_id: str,
    *,
    since: str | None = None,
    as_of: str | None = None,
    long: bool = False,
) -> Row | None:
    """The digest of one narrative (documents seen since ``since``, when given): a brief
    (:data:`BRIEF`) unless ``long``, which keeps every sentence, actor and entry."""
    detail = narrative_detail(store, narrative_id, as_of=as_of)
    if detail is None:
        return None
    day = as_of or detail["last_published"] or detail["last_seen"]
    start = since_day(since, day)
    documents = [d for d in detail["documents"] if start is None or (d.get("seen") or "") >= start]
    claims, sets, sources, statements = _gather(store, documents)
    cite = {s["document"]: s["n"] for s in sources}
    label_words = _label_words(detail)
    said: set[str] = set()  # a sentence is told once, in the first section that tells it
    what = _what(claims, statements, sets, label_words, cite, said, long=long)
    why = _why(claims, statements, cite, said)
    narrative = _narrative(claims, statements, documents, label_words, cite, said)
    questions = _open_questions(sets, claims, cite, day)
    timeline = _timeline(claims, sets, cite)
    perspectives_found = _perspectives(statements, cite)
    tensions = _tensions(sets, statements, cite)
    if not long:
        narrative = narrative[: BRIEF["narrative"]]
        questions = questions[: BRIEF["questions"]]
        timeline = _brief_timeline(timeline)
        # The story's own articles speak in every section; as actors they would only
        # summarise the others (an article with no outlet speaks under its name).
        own = {str(d.get("outlet")) for d in documents if d.get("outlet")}
        own |= {document_name(d) for d in documents} | {str(d.get("title")) for d in documents}
        perspectives_found = _brief_perspectives(perspectives_found, own)
        tensions = _brief_tensions(tensions)
    sections = {
        "what": what,
        "why_it_matters": why,
        "open_questions": questions,
        "narrative": narrative,
        "timeline": timeline,
        "tensions": tensions,
        "perspectives": perspectives_found,
        "status": _status(detail, documents),
    }
    return {
        "title": detail["label"],
        "generated": day,
        "query": narrative_id,
        "since": start,
        "narrative": {
            k: detail[k]
            for k in (
                "id",
                "label",
                "status",
                "first_seen",
                "last_seen",
                "first_published",
                "last_published",
                "actors",
            )
        }
        | {"documents": len(documents)},
        "sections": sections,
        "charts": [_chart(s, cite) for s in sets],
        "conflicts": [s["id"] for s in sets],
        "sources": sources,
    }


def daily_digests(
    store: Store, *, since: str | None, as_of: str | None = None, long: bool = False
) -> list[Row]:
    """A digest for every active narrative with documents seen since ``since``."""
    digests = []
    for narrative in list_narratives(store, min_documents=1, as_of=as_of):
        if narrative["status"] not in ACTIVE_STATUSES and narrative["status"] != "undated":
            continue
        found = build_digest(store, narrative["id"], since=since, as_of=as_of, long=long)
        if found is not None and found["sources"]:
            digests.append(found)
    return digests


def narrative_tensions(store: Store, narrative_id: str) -> list[Row]:
    """The tensions of one narrative (``kg tensions``): each side names its documents."""
    _, sets, sources, statements = _gather(store, list(store.documents(narrative=narrative_id)))
    found = _tensions(sets, statements, {s["document"]: s["n"] for s in sources})
    number = {s["n"]: s["document"] for s in sources}
    for tension in found:
        tension["narrative"] = narrative_id
        for side in tension["sides"]:
            side["documents"] = [number[n] for n in side.pop("sources")]
    return found


def _gather(
    store: Store, documents: list[Row]
) -> tuple[list[Row], list[Row], list[Row], list[Row]]:
    """A story's claims, conflict sets, sources and statements. The sources are its
    documents, then those of other stories that its conflict sets reach."""
    ids = {d["id"] for d in documents}
    claims = [claim_json(r) for d in documents for r in store.claims(document=d["id"])]
    figures = {c["id"] for c in claims if c["kind"] != EVENT_KIND}
    sets = conflict_sets(store, claim_ids=figures) if figures else []
    sets = [s for s in sets if any(c["document"]["id"] in ids for c in s["claims"])]
    others = {
        c["document"]["id"]: c["document"]
        for s in sets
        for c in s["claims"]
        if c["document"]["id"] not in ids
    }
    sources = _sources(documents)
    sources += _sources(list(others.values()), first=len(sources) + 1, in_story=False)
    return claims, sets, sources, narrative_statements(store, documents)


# -- sources -------------------------------------------------------------------------------


def _sources(documents: list[Row], *, first: int = 1, in_story: bool = True) -> list[Row]:
    ordered = sorted(
        documents, key=lambda d: (d.get("seen") or "", d.get("published") or "", d["id"])
    )
    return [
        {
            "n": n,
            "title": d.get("title") or document_name(d),
            "outlet": d.get("outlet"),
            "url": d.get("url"),
            "published": d.get("published"),
            "document": d["id"],
            "in_story": in_story,
        }
        for n, d in enumerate(ordered, start=first)
    ]


def _sentence(text: str, documents: list[str], cite: dict[str, int], **extra: Any) -> Row:
    numbers = sorted({cite[d] for d in documents if d in cite})
    return {"text": clean(text), "sources": numbers, **extra}


# -- what, why, narrative: extractive ------------------------------------------------------


def _candidates(claims: list[Row], statements: list[Row]) -> list[Row]:
    """Every stored sentence of the narrative once: (text, document, start, kind)."""
    seen: set[tuple[str, str]] = set()
    found = []
    for c in claims:
        key = (c["document"]["id"], c["sentence"])
        if key not in seen:
            seen.add(key)
            found.append(
                {"text": c["sentence"], "document": key[0], "start": c["span"][0], "claim": c}
            )
    for s in statements:
        key = (s["document_id"], s["sentence"])
        if key not in seen:
            seen.add(key)
            found.append(
                {
                    "text": s["sentence"],
                    "document": key[0],
                    "start": s["sent_start"],
                    "statement": s,
                }
            )
    return [f for f in found if 40 <= len(clean(f["text"])) <= 400]


def _label_words(detail: Row) -> set[str]:
    return {w.lower() for e in detail["entities"][:6] for w in re.findall(r"\w+", e["name"])}


def _score(candidate: Row, label_words: set[str], in_sets: set[str]) -> float:
    words = {w.lower() for w in re.findall(r"\w+", candidate["text"])}
    score = float(len(words & label_words))
    claim = candidate.get("claim")
    if claim is not None:
        score += 3.0 if claim["id"] in in_sets else 0.0
        score += 1.0 if claim["time"] and claim["time"].get("basis") == "stated" else 0.0
    if candidate["start"] < 600:  # the lead of an article says what it is about
        score += 1.5
    return score


def _what(
    claims: list[Row],
    statements: list[Row],
    sets: list[Row],
    label_words: set[str],
    cite: dict[str, int],
    said: set[str] | None = None,
    *,
    long: bool = True,
) -> list[Row]:
    """The key figures reconciled (:func:`_reconciled`), then the story's gist."""
    said = set() if said is None else said
    in_sets = {c["id"] for s in sets for c in s["claims"]}
    ranked = sorted(
        (c for c in _candidates(claims, statements) if stands_alone(c["text"])),
        key=lambda c: (-_score(c, label_words, in_sets), c["document"], c["start"]),
    )
    chosen, documents = [], set()
    limit = WHAT_SENTENCES if long else BRIEF["what"]
    for candidate in ranked:
        if candidate["document"] in documents:
            continue  # one sentence per article: the gist, not one article's detail
        if told(candidate["text"], said):
            continue
        documents.add(candidate["document"])
        chosen.append(candidate)
        if len(chosen) == limit:
            break
    gist = [_sentence(c["text"], [c["document"]], cite) for c in chosen]
    return _reconciled(sets, cite) + gist


def _reconciled(sets: list[Row], cite: dict[str, int]) -> list[Row]:
    """The disputed figures of the story's main conflict set in two sentences, both
    templates over stored values: their range, then what each is (its time, and what
    it counts when the figures count different things), in the order of their time.

    "Figures for Chinese models' share range from 36% to 61%." then "61% is for the
    week ending 24 Feb 2026 [5] and mid 2026 [3]; roughly 45% is for Apr 2026,
    counting Chinese providers [1]; ..."
    """
    for found in sets:
        disputed = {
            i for e in found["explanations"] if e["kind"] not in AGREEMENTS | TRENDS
            for i in e["claims"]
        }  # fmt: skip
        claims = [c for c in found["claims"] if c["id"] in disputed and c["value"] is not None]
        if len({c["value"] for c in claims}) < 2:
            continue
        low = min(claims, key=lambda c: c["value"])
        high = max(claims, key=lambda c: c["value"])
        topic = " ".join(p for p in (found["subject"], found["metric"]) if p) or "this"
        documents = [c["document"]["id"] for c in claims]
        first = _sentence(
            f"Figures for {topic} range from {low['quantity_text']} to {high['quantity_text']}.",
            documents,
            cite,
            kind="reconciled",
        )
        heads = {subject_head(c["subject"]) for c in claims}
        by_value: dict[float, list[Row]] = {}
        for claim in sorted(claims, key=lambda c: (c["time"] or {}).get("start") or "9999"):
            by_value.setdefault(claim["value"], []).append(claim)
        parts = []
        for same in by_value.values():
            figures: dict[Any, list[Row]] = {}
            for claim in same:
                figures.setdefault(figure_key(claim), []).append(claim)
            times = []
            for group in figures.values():
                numbers = sorted(
                    {cite[c["document"]["id"]] for c in group if c["document"]["id"] in cite}
                )
                marks = "".join(f"[{n}]" for n in numbers)
                subject = max((c["subject"] or "" for c in group), key=len)
                counted = f", counting {subject}" if len(heads) > 1 and subject else ""
                # The [n] names the document; a name in brackets says who *gives* the
                # figure, so only an outlet or a party the article attributes it to.
                who = ", ".join(dict.fromkeys(n for c in group if (n := giver(c))))
                who = f" ({who})" if who else ""
                if group[0]["time"] is None:
                    times.append(f"gives no time{counted}{who} {marks}".strip())
                    continue
                when = describe_time(group[0]["time"])
                when = f"the {when}" if when.startswith("week") else when
                times.append(f"is for {when}{counted}{who} {marks}".strip())
            # "61% is for the week ending 24 Feb [5] and mid 2026 [3]": the verb once.
            times[1:] = [t.removeprefix("is for ") if times[0].startswith("is for ") else t
                         for t in times[1:]]  # fmt: skip
            parts.append(f"{same[0]['quantity_text']} " + " and ".join(times))
        second = _sentence(
            _capital("; ".join(parts) + "."), documents, cite, kind="reconciled", cited_inline=True
        )
        return [first, second]
    return []


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _why(
    claims: list[Row], statements: list[Row], cite: dict[str, int], said: set[str] | None = None
) -> list[Row]:
    said = set() if said is None else said
    ranked = sorted(
        (
            c
            for c in _candidates(claims, statements)
            if CONSEQUENCE.search(c["text"]) and stands_alone(c["text"])
        ),
        key=lambda c: (-len(CONSEQUENCE.findall(c["text"])), c["document"], c["start"]),
    )
    chosen = [c for c in ranked if not told(c["text"], said)][:WHY_SENTENCES]
    return [_sentence(c["text"], [c["document"]], cite) for c in chosen]


def _narrative(
    claims: list[Row],
    statements: list[Row],
    documents: list[Row],
    label_words: set[str],
    cite: dict[str, int],
    said: set[str] | None = None,
) -> list[Row]:
    """The story in the order of the time it is about: each article's most telling
    sentence that stands on its own and is not told elsewhere in the digest, ordered by
    the time its figure or event is about (undated ones by when they were told)."""
    said = set() if said is None else said
    taken = set(said)
    best: dict[str, Row] = {}
    for candidate in _candidates(claims, statements):
        if not stands_alone(candidate["text"]) or told(candidate["text"], set(taken)):
            continue
        score = _score(candidate, label_words, set())
        current = best.get(candidate["document"])
        if current is None or score > current["score"]:
            best[candidate["document"]] = {**candidate, "score": score}
    order = {
        d["id"]: i
        for i, d in enumerate(sorted(documents, key=lambda d: (d.get("seen") or "", d["id"])))
    }
    picked = sorted(best.values(), key=lambda c: order.get(c["document"], 0))[:NARRATIVE_SENTENCES]
    picked.sort(key=lambda c: (_about(c) or "9999", order.get(c["document"], 0)))
    for candidate in picked:
        told(candidate["text"], said)
    return [_sentence(c["text"], [c["document"]], cite) for c in picked]


def _about(candidate: Row) -> str | None:
    """The start of the time a candidate sentence's claim is about, if it has one."""
    claim = candidate.get("claim")
    return (claim.get("time") or {}).get("start") if claim else None


# -- open questions, timeline, perspectives, tensions, status --------------------------------


#: The longest timeline a digest shows.
TIMELINE_ENTRIES = 40

#: The kinds of open question a digest asks (each ``open_questions`` entry's ``kind``).
QuestionKind = Literal["unresolved_conflict", "no_primary_source", "stale_figure"]

UNRESOLVED = {
    "contradiction": "Which figure holds for {topic}: {listed}?",
    "different_date": "When does the figure for {topic} apply: {listed}?",
    "revised": "Which revision holds for {topic}: {listed}?",
}


def _open_questions(
    sets: list[Row], claims: list[Row], cite: dict[str, int], day: str | None
) -> list[Row]:
    questions = []
    for found in sets:
        topic = " ".join(p for p in (found["subject"], found["metric"]) if p)
        by_id = {c["id"]: c for c in found["claims"]}
        # One question per kind of disagreement, naming only the claims that disagree:
        # the trend's earlier points are history, not an open question.
        for kind in UNRESOLVED:
            involved = [
                by_id[i]
                for e in found["explanations"]
                if e["kind"] == kind
                for i in e["claims"]
                if i in by_id
            ]
            if not involved:
                continue
            values = distinct_figures(involved)
            listed = "; ".join(listed_figure(v) for v in values[:5])
            questions.append(
                _question(
                    "unresolved_conflict",
                    UNRESOLVED[kind].format(topic=topic, listed=listed),
                    [c["document"]["id"] for c in values],
                    cite,
                    conflict=found["id"],
                )
            )
    in_sets = {c["id"] for s in sets for c in s["claims"]}
    # An article that gives a figure twice, once with its source, has sourced it.
    sourced = {_figure_of_article(c) for c in claims if c["attributed_to"] or c["cited"]}
    unsourced = [
        c
        for c in claims
        if c["kind"] != EVENT_KIND
        and not c["attributed_to"]
        and not c["cited"]
        and c["id"] in in_sets
        and _figure_of_article(c) not in sourced
    ]
    for claim in unsourced[:3]:
        questions.append(
            _question(
                "no_primary_source",
                f"Where does {claim['quantity_text']} for {claim['subject'] or 'this'} "
                f"{claim['metric'] or ''} come from? {giver(claim) or 'Its article'} names"
                " no source.",
                [claim["document"]["id"]],
                cite,
            )
        )
    if day:
        limit = (date.fromisoformat(day[:10]) - timedelta(days=STALE_DAYS)).isoformat()
        for found in sets:
            dated = [c for c in found["claims"] if c["time"]]
            if dated and max(c["time"]["end"] for c in dated) < limit:
                newest = max(dated, key=lambda c: c["time"]["end"])
                figure = f"{newest['quantity_text']} ({describe_time(newest['time'])})"
                about = f"{found['subject'] or 'this'} {found['metric'] or ''}".strip()
                questions.append(
                    _question(
                        "stale_figure",
                        f"Is {figure} still current for {about}?",
                        [newest["document"]["id"]],
                        cite,
                    )
                )
    return questions


def _question(
    kind: QuestionKind, text: str, documents: list[str], cite: dict[str, int], **extra: Any
) -> Row:
    return _sentence(text, documents, cite, kind=kind, **extra)


def _timeline(claims: list[Row], sets: list[Row], cite: dict[str, int]) -> list[Row]:
    told = [e for e in timeline_entries(claims, sets) if _worth_telling(e)]
    if len(told) > TIMELINE_ENTRIES:
        told = _shortened(told, TIMELINE_ENTRIES)
    entries = []
    for entry in told:
        documents = [s["document"] for s in entry["sources"]]
        entries.append(
            {
                "start": entry["start"],
                "end": entry["end"],
                "granularity": entry["granularity"],
                "when": entry["when"],
                "text": clean(entry["text"]),
                "sources": sorted({cite[d] for d in documents if d in cite}),
                "conflict": entry["conflict"],
            }
        )
    return entries


def _shortened(entries: list[Row], size: int) -> list[Row]:
    """Every disputed point, and the others evenly spread from the first to the last,
    so that a long story's timeline still runs its whole length."""
    disputed = [i for i, e in enumerate(entries) if e["conflict"]][:size]
    others = [i for i, e in enumerate(entries) if not e["conflict"]]
    slots = size - len(disputed)
    if slots <= 0 or not others:
        picked = disputed
    elif slots == 1:
        picked = [*disputed, others[-1]]
    else:
        step = (len(others) - 1) / (slots - 1)
        picked = [*disputed, *{others[round(k * step)] for k in range(slots)}]
    return [entries[i] for i in sorted(set(picked))]


def _worth_telling(entry: Row) -> bool:
    """A dated point a reader can follow: disputed, or saying who did what, or what a
    figure measures about whom (a bare "10%" says nothing on a timeline)."""
    if entry["conflict"]:
        return True
    return any(c["subject"] and (c["metric"] or c["kind"] == EVENT_KIND) for c in entry["claims"])


def _perspectives(statements: list[Row], cite: dict[str, int]) -> list[Row]:
    found = []
    for entry in perspectives(statements, limit=None):
        evolution = entry["evolution"]
        by_id = {s["id"]: s for s in entry["statements"] + entry["summarised"]}
        evolved = [by_id[i]["document_id"] for i in evolution.get("statements", []) if i in by_id]
        found.append(
            {
                "actor": entry["actor"],
                "kind": entry["kind"],
                "role": entry["role"],
                "summary": [
                    _sentence(s["sentence"], [s["document_id"]], cite) for s in entry["summary"]
                ],
                "evolution": {
                    "kind": evolution["kind"],
                    "text": evolution["text"],
                    "sources": sorted({cite[d] for d in evolved if d in cite}),
                },
            }
        )
    return found


def _brief_perspectives(found: list[Row], own: set[str] | None = None) -> list[Row]:
    """The actors that matter most, at most ``BRIEF["actors"]``: named actors (a name
    with a capital: "engineers", "multiple reports" are no actor; nor is the story's own
    outlet, whose sentences summarise the others), one sentence each, the first that
    stands on its own ("It's undeniable," he said" does not)."""
    named = [
        p for p in found if str(p["actor"])[:1].isupper() and str(p["actor"]) not in (own or ())
    ]
    named.sort(key=lambda p: -len(p["summary"]))
    keep = {id(p) for p in named[: BRIEF["actors"]]}
    return [
        p | {"summary": _standing(p["summary"])[: BRIEF["actor_sentences"]]}
        for p in found
        if id(p) in keep
    ]


def _standing(sentences: list[Row]) -> list[Row]:
    """Sentences that stand on their own first, the others after, each in its order."""
    return sorted(sentences, key=lambda s: not stands_alone(s["text"]))


def _brief_tensions(found: list[Row]) -> list[Row]:
    """Every tension over figures, the first framings, a few sides each; a framing
    between the voices of a framing before it, or in its words, is told once."""
    framings = 0
    kept: list[Row] = []
    shown: set[str] = set()
    voices: set[Any] = set()
    for tension in found:
        framing = tension["kind"] == "framing"
        sides = [s for s in tension["sides"] if not (framing and s["text"] in shown)]
        camps = {s.get("camp") for s in sides}
        heard = {s.get("actor") for s in sides} <= voices
        if framing and (len(camps) < 2 or heard or framings >= BRIEF["framings"]):
            continue
        framings += framing
        per_camp: Counter[Any] = Counter()
        chosen = set()
        for index in _voices_first(sides):
            camp = sides[index].get("camp")
            per_camp[camp] += 1
            if per_camp[camp] <= (BRIEF["sides"] if camp is None else BRIEF["camp_sides"]):
                chosen.add(index)
        sides = [side for i, side in enumerate(sides) if i in chosen]
        shown.update(side["text"] for side in sides)
        voices.update(side.get("actor") for side in sides if framing)
        kept.append(tension | {"sides": sides})
    return kept


def _voices_first(sides: list[Row]) -> list[int]:
    """Indexes of ``sides``, each camp's first side per actor before any actor's second:
    a brief gives a reading's voices before it repeats one. (Sides with no camp are the
    figures of a dispute, each a figure of its own, kept in order.)"""
    seen: set[tuple[Any, Any]] = set()
    first: list[int] = []
    again: list[int] = []
    for index, side in enumerate(sides):
        key = (side.get("camp"), side.get("actor"))
        repeated = key in seen and side.get("camp") is not None
        (again if repeated else first).append(index)
        seen.add(key)
    return first + again


def _brief_timeline(entries: list[Row]) -> list[Row]:
    """Every disputed point and the first entry of each other time, then evenly spread
    (:func:`_shortened`) when that is still too long: every period keeps a voice."""
    seen: set[str] = set()
    kept = []
    for entry in entries:
        if entry["conflict"] or entry["when"] not in seen:
            kept.append(entry)
        seen.add(entry["when"])
    limit = BRIEF["timeline"]
    return _shortened(kept, limit) if len(kept) > limit else kept


def _tensions(sets: list[Row], statements: list[Row], cite: dict[str, int]) -> list[Row]:
    found = []
    for conflict in sets:
        disagreeing = [
            e
            for e in conflict["explanations"]
            if e["kind"] in EXPLANATIONS and e["kind"] not in AGREEMENTS | TRENDS
        ]
        if not disagreeing:
            continue
        by_id = {c["id"]: c for c in conflict["claims"]}
        sides, said = [], set()
        for claim in distinct_figures(
            [by_id[i] for e in disagreeing for i in e["claims"] if i in by_id]
        ):
            if (source_of(claim), claim["sentence"]) in said:
                continue  # two figures of one sentence ("from 70% to 40%") are one side
            said.add((source_of(claim), claim["sentence"]))
            sides.append(
                {
                    "actor": source_of(claim),
                    "text": clean(claim["sentence"]),
                    "sources": sorted({cite.get(claim["document"]["id"], 0)} - {0}),
                }
            )
        topic = " ".join(p for p in (conflict["subject"], conflict["metric"]) if p)
        kinds = ", ".join(sorted({e["kind"].replace("_", " ") for e in disagreeing}))
        found.append(
            {
                "kind": "figures",
                "topic": topic,
                "text": f"The figures for {topic} disagree ({kinds}).",
                "conflict": conflict["id"],
                "sides": sides,
            }
        )
    for tension in reading_camps(framing_tensions(statements), statements):
        camps = [_camp(camp, cite, number) for number, camp in enumerate(tension["camps"], 1)]
        names = [_names(camp) for camp in camps]
        found.append(
            {
                "kind": "framing",
                "topic": tension["topic"],
                "text": f"{names[0]} read {tension['topic']} one way, {names[1]} another."
                if len(names) == 2
                else f"{' and '.join(names)} read {tension['topic']} differently.",
                "conflict": None,
                "sides": [side for camp in camps for side in camp],
            }
        )
    return found


def _camp(sides: list[Row], cite: dict[str, int], number: int) -> list[Row]:
    return [
        {
            "actor": side["speaker"],
            "camp": number,
            "text": clean(side["sentence"]),
            "sources": sorted({cite.get(side["document"]["id"], 0)} - {0}),
        }
        for side in sides
    ]


def _names(camp: list[Row]) -> str:
    actors = list(dict.fromkeys(str(s["actor"]) for s in camp))
    return actors[0] if len(actors) == 1 else ", ".join(actors[:-1]) + " and " + actors[-1]


def _status(detail: Row, documents: list[Row]) -> Row:
    outlets = Counter(d.get("outlet") for d in documents if d.get("outlet"))
    # Weeks of the dates the articles carry: the day a batch was fetched is not news.
    weeks = per_week(published_per_day(documents))
    text = (
        f"{detail['status'].capitalize()}: {len(documents)} documents"
        + (f" from {len(outlets)} outlets" if outlets else "")
        + ", "
        + published_span(detail.get("first_published"), detail.get("last_published"))
        + (f"; {weeks[-1]['documents']} in the latest week." if weeks else ".")
    )
    return {"status": detail["status"], "text": text, "per_week": weeks}


def _chart(conflict: Row, cite: dict[str, int]) -> Row:
    kinds: dict[str, str] = {}
    for explanation in conflict["explanations"]:
        for claim_id in explanation["claims"]:
            kinds.setdefault(claim_id, explanation["kind"])
    points = []
    for claim in conflict["claims"]:
        if not claim["time"] or claim["value"] is None:
            continue
        points.append(
            {
                "date": claim["time"]["start"],
                "end": claim["time"]["end"],
                "value": claim["value"],
                "low": claim["low"],
                "high": claim["high"],
                "label": claim["quantity_text"],
                # Who published it, else whom it cites, else its source's number: a chart
                # label is short, and a file name is none.
                "outlet": publisher(claim["document"])
                or claim["attributed_to"]
                or f"[{cite.get(claim['document']['id'], '?')}]",
                "source": cite.get(claim["document"]["id"], 0),
                "relation": kinds.get(claim["id"], "corroborates"),
            }
        )
    points.sort(key=lambda p: (p["date"], p["value"], p["outlet"]))
    topic = " · ".join(p for p in (conflict["subject"], conflict["metric"]) if p)
    units = Counter(c["unit"] for c in conflict["claims"] if c["unit"])
    return {
        "id": conflict["id"],
        "title": topic or conflict["id"],
        "unit": units.most_common(1)[0][0] if units else "",
        "points": points,
    }


def _figure_of_article(claim: dict[str, Any]) -> tuple[Any, ...]:
    """One figure of one article, however often the article gives it."""
    return claim["document"]["id"], claim["kind"], claim.get("unit"), claim.get("value")
