"""The timeline: what happened when, according to whom.

Dated claims and events in the order of the time they are *about* (not when
they were published), each shown at its granularity. Several sources giving
the same figure (or reporting the same event) for the same time are one
entry that lists them all; entries whose claims are in a conflict set say
which.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from extractors.topics import subject_terms
from kg.errors import KgError
from kg.store.base import Store
from queries.claims import list_claims
from queries.conflicts import conflict_sets
from queries.sources_named import source_label
from queries.timeline_wording import MOST_WORDS, clause, inflected, plain_sentence

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def timeline(
    store: Store,
    about: str | None = None,
    *,
    since: str | None = None,
    until: str | None = None,
    undated: bool = False,
) -> list[dict[str, Any]]:
    """Entries in time order; ``about`` is an entity (name or alias) or else a text."""
    claims = _claims_about(store, about, since, until)
    ids = {c["id"] for c in claims if c["kind"] != "event"}
    sets = conflict_sets(store, claim_ids=ids) if ids else []
    return timeline_entries(claims, sets, undated=undated)


def timeline_entries(
    claims: list[dict[str, Any]], sets: list[dict[str, Any]], *, undated: bool = False
) -> list[dict[str, Any]]:
    """Claims (``kg claims --json`` shape) as timeline entries, marked with the conflict
    sets they are in."""
    in_set = {c["id"]: s["id"] for s in sets for c in s["claims"]}
    entries: dict[tuple[Any, ...], dict[str, Any]] = {}
    for claim in claims:
        time = claim["time"]
        if time is None and not undated:
            continue
        if claim["kind"] != "event" and not (claim["subject"] or claim["subject_entity"]):
            continue  # a figure of nothing named says nothing a reader can place
        if claim.get("hedge") == "conditional" or _quoted(claim) or _about_itself(claim):
            # What may be, a number in a name ("two loops") and a figure talked about
            # ("the 61% figure describes ...") are no events of their time.
            continue
        key = _entry_key(claim)
        entry = entries.get(key)
        if entry is None:
            text = _describe(claim)
            if not text:
                continue  # nothing of it reads well: no entry rather than a junk one
            entry = entries[key] = {
                "start": time["start"] if time else None,
                "end": time["end"] if time else None,
                "granularity": time["granularity"] if time else None,
                "when": describe_time(time),
                "text": text,
                "claims": [],
                "sources": [],
                "conflict": None,
            }
        entry["claims"].append(claim)
        source = _source(claim)
        if source not in entry["sources"]:
            entry["sources"].append(source)
        entry["conflict"] = entry["conflict"] or in_set.get(claim["id"])
    return sorted(
        _said_once(_told_once(list(entries.values()))),
        key=lambda e: (e["start"] is None, e["start"] or "", e["end"] or "", e["text"]),
    )


def _told_once(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The entries less those an article tells twice: one figure of one article, once at
    "Jan 2026" and once at "early Jan 2026", is one entry, at the finer time.

    >>> def entry(start, end, when):
    ...     claim = {"kind": "share", "unit": "percent", "value": 10.0,
    ...              "document": {"id": "d1"}}
    ...     return {"start": start, "end": end, "when": when, "claims": [claim],
    ...             "sources": [], "conflict": None}
    >>> [e["when"] for e in _told_once([entry("2026-01-01", "2026-01-31", "Jan 2026"),
    ...                                entry("2026-01-01", "2026-01-10", "early Jan 2026")])]
    ['early Jan 2026']
    """
    # The finest time first: a coarser time of one figure that holds it is told twice.
    return _folded(entries, _span_days, lambda k, e: _same_figure(k, e) and _within(k, e))


def _said_once(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The entries less those another entry of the same sentence and time already says:
    "China added 540 GW" is inside "China added 540 GW, 8.5 times US additions".

    >>> def entry(text):
    ...     claim = {"sentence": "China added 540 GW, 8.5 times US additions.",
    ...              "document": {"id": "d1"}}
    ...     return {"start": "2025-01-01", "end": "2025-12-31", "text": text,
    ...             "claims": [claim], "sources": ["d1"], "conflict": None}
    >>> [e["text"] for e in _said_once([entry("China added 540 GW"),
    ...                                 entry("China added 540 GW, 8.5 times US additions")])]
    ['China added 540 GW, 8.5 times US additions']
    """
    return _folded(entries, lambda e: -len(e["text"]), _same_telling)  # the fullest first


def _folded(
    entries: list[dict[str, Any]],
    order: Callable[[dict[str, Any]], Any],
    same: Callable[[dict[str, Any], dict[str, Any]], bool],
) -> list[dict[str, Any]]:
    """The entries in ``order``, each one ``same`` as an entry kept before folded into
    it: its claims, sources and conflict join the kept one's."""
    kept: list[dict[str, Any]] = []
    for entry in sorted(entries, key=order):
        twin = next((k for k in kept if same(k, entry)), None)
        if twin is None:
            kept.append(entry)
            continue
        twin["claims"].extend(entry["claims"])
        twin["sources"].extend(s for s in entry["sources"] if s not in twin["sources"])
        twin["conflict"] = twin["conflict"] or entry["conflict"]
    return kept


def _same_telling(fuller: dict[str, Any], entry: dict[str, Any]) -> bool:
    """Whether ``fuller`` says all ``entry`` says: one sentence, one time, its words."""
    if (fuller["start"], fuller["end"]) != (entry["start"], entry["end"]):
        return False
    told = {(c["document"]["id"], c.get("sentence")) for c in fuller["claims"]}
    if not all((c["document"]["id"], c.get("sentence")) in told for c in entry["claims"]):
        return False
    return fuller["text"].startswith(entry["text"].rstrip(". "))


def _span_days(entry: dict[str, Any]) -> tuple[bool, int]:
    """Undated last, then by how many days the entry's time spans."""
    if not entry["start"] or not entry["end"]:
        return True, 0
    days = date.fromisoformat(entry["end"][:10]) - date.fromisoformat(entry["start"][:10])
    return False, days.days


def _same_figure(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two entries give one figure of one article (not an event's)."""
    first, second = a["claims"][0], b["claims"][0]
    if first["kind"] == "event" or second["kind"] == "event":
        return False
    figure = ("kind", "unit", "value")
    if any(first.get(k) != second.get(k) for k in figure):
        return False
    articles = {c["document"]["id"] for c in a["claims"]}
    return any(c["document"]["id"] in articles for c in b["claims"])


def _within(inner: dict[str, Any], outer: dict[str, Any]) -> bool:
    """Whether ``outer``'s time holds ``inner``'s (both dated)."""
    if not (inner["start"] and inner["end"] and outer["start"] and outer["end"]):
        return False
    return bool(outer["start"] <= inner["start"] and inner["end"] <= outer["end"])


def _claims_about(
    store: Store, about: str | None, since: str | None, until: str | None
) -> list[dict[str, Any]]:
    if about is None:
        return list_claims(store, since=since, until=until)
    try:
        return list_claims(store, entity=about, since=since, until=until)
    except KgError:
        return list_claims(store, metric=about, since=since, until=until)


def _entry_key(claim: dict[str, Any]) -> tuple[Any, ...]:
    time = claim["time"] or {}
    subject = tuple(sorted(subject_terms(claim["subject"], claim["subject_entity"])))
    if claim["kind"] == "event":
        return (time.get("start"), time.get("end"), "event", subject, claim["metric"])
    return (
        time.get("start"),
        time.get("end"),
        claim["kind"],
        claim["unit"],
        claim["value"],
        subject,
    )


#: How an entry says that its figure is not a reported fact.
HEDGES = {"projected": "forecast"}


def _describe(claim: dict[str, Any]) -> str:
    """The entry's words: its sentence's own (:func:`clause`), else the whole sentence
    when it is short and states this figure alone, else a template of the stored fields
    when it reads well ("" when nothing does); a forecast or a conditional figure says so."""
    text = clause(claim) or _short_sentence(claim) or _readable_template(claim)
    hedge = HEDGES.get(claim.get("hedge") or "")
    return f"{text} ({hedge})" if text and hedge else text


#: A year in a sentence is its time, not another figure.
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _short_sentence(claim: dict[str, Any]) -> str:
    """The claim's sentence, when it is short and holds no figure but the claim's own
    ("Gene Sharp, whose writing helped inspire the Arab Spring, dies at 90")."""
    sentence = plain_sentence(claim)
    if not sentence or len(sentence.split()) > MOST_WORDS:
        return ""
    rest = _YEAR.sub("", sentence.replace(claim.get("quantity_text") or "\0", " "))
    if re.search(r"\d", rest):
        return ""  # another figure: the sentence is not this one's alone
    return sentence.rstrip(".")


#: A figure that is a modifier ("a 10-part series", "a 5-year-old girl"), not a reading.
_MODIFIER = re.compile(r"^\S+-[A-Za-z][\w-]*$")


def _readable_template(claim: dict[str, Any]) -> str:
    """:func:`_template`, unless its fields would read as junk: an event told by a verb's
    lemma alone ("rhetoric come"), a figure that only modifies a noun ("10-part"), a
    metric repeating the subject's words ("girl girl") or naming someone ("sue Swift")."""
    if claim["kind"] == "event":
        return ""
    subject = claim["subject"] or claim["subject_entity"] or ""
    metric = claim["metric"] or ""
    if _MODIFIER.match(claim["quantity_text"] or ""):
        return ""
    if {w.casefold() for w in subject.split()} & {w.casefold() for w in metric.split()}:
        return ""
    if any(w[:1].isupper() for w in metric.split()):
        return ""
    if metric and not _counted_by_verb(claim) and _as_verb(metric.split()[0], claim):
        return ""  # "sites threaten: nearly half": a verb's lemma is no measure
    if metric and not _counted_by_verb(claim) and _not_a_measure(metric, claim):
        return ""
    return _template(claim)


#: A word a measure's name never holds: "more than the average" compares, it measures not.
_COMPARING = "than"


def _not_a_measure(metric: str, claim: dict[str, Any]) -> bool:
    """A metric that would read as junk beside its figure: one the figure repeats
    ("unemployed: about five million unemployed"), a comparison ("more than the
    average: up 24%") or a compound read backwards ("growth gdp", the sentence saying
    "GDP growth").

    >>> claim = {"quantity_text": "about five million unemployed", "sentence": ""}
    >>> _not_a_measure("unemployed", claim), _not_a_measure("jobless rate", claim)
    (True, False)
    >>> _not_a_measure("growth gdp", {"quantity_text": "2.3%", "sentence": "GDP growth was 2.3%"})
    True
    """
    words = metric.casefold().split()
    figure = set((claim.get("quantity_text") or "").casefold().split())
    if set(words) & figure or _COMPARING in words:
        return True
    sentence = (claim.get("sentence") or "").casefold()
    backwards = " ".join(reversed(words))
    return len(words) == 2 and backwards in sentence and metric.casefold() not in sentence


def _as_verb(word: str, claim: dict[str, Any]) -> bool:
    """Whether the sentence uses ``word`` only inflected, as a verb ("threatened" for
    "threaten"), never as written."""
    sentence = claim.get("sentence") or ""
    if re.search(rf"\b{_AFTER_AUXILIARY} {re.escape(word)}\b", sentence, re.IGNORECASE):
        return True  # "plans to provide £5bn", "will spend $6bn"
    if re.search(rf"\b{re.escape(word)}\b", sentence, re.IGNORECASE):
        return False
    return bool(inflected(word).search(sentence))


#: Words a verb's plain form follows: "to provide", "will spend".
_AFTER_AUXILIARY = r"(?:to|will|would|could|can|may|might|should|must|did|does|do)"


def _template(claim: dict[str, Any]) -> str:
    """ "Subject metric: figure" from the stored fields; a metric that is only a verb's
    lemma before the counted noun ("process tokens") leaves the noun to the figure:
    "American providers: 2.94 trillion tokens"."""
    subject = claim["subject"] or claim["subject_entity"] or ""
    if claim["kind"] == "event":
        return " ".join(p for p in (subject, claim["metric"] or "") if p)
    metric = claim["metric"] or ""
    figure = claim["quantity_text"] or ""
    counted = _counted_by_verb(claim)
    if counted:
        metric = ""
        if not re.search(rf"\b{re.escape(counted)}\b", figure, re.IGNORECASE):
            figure = f"{figure} {counted}"
    if claim.get("change") in ("increase", "decrease"):
        figure = f"{'up' if claim['change'] == 'increase' else 'down'} {figure}"
    elif metric and subject and set(subject.casefold().split()) <= set(figure.casefold().split()):
        return f"{figure} {metric}"  # a count of its subject: "191 people killed"
    if not metric and subject:
        return f"{subject}: {figure}"
    return " ".join(p for p in (subject, metric + ":" if metric else "", figure) if p)


def _counted_by_verb(claim: dict[str, Any]) -> str:
    """The counted noun of a metric made of a verb's lemma and that noun ("process
    tokens", the sentence saying "processed"), else ""."""
    words = (claim.get("metric") or "").split()
    unit = str(claim.get("unit") or "")
    if len(words) != 2 or words[1].casefold() != unit.casefold():
        return ""
    sentence = claim.get("sentence") or ""
    verb = words[0]
    as_written = re.search(rf"\b{re.escape(verb)}\b", sentence, re.IGNORECASE)
    return words[1] if inflected(verb).search(sentence) and not as_written else ""


def _quoted(claim: dict[str, Any]) -> bool:
    """Whether the figure is the whole of a quotation: a name ("its "two loops"
    strategy"), not a measure."""
    figure = claim.get("quantity_text") or ""
    sentence = claim.get("sentence") or ""
    return bool(figure) and any(
        f"{o}{figure}{c}" in sentence for o, c in (('"', '"'), ("“", "”"), ("'", "'"), ("‘", "’"))
    )


def _about_itself(claim: dict[str, Any]) -> bool:
    """Whether the figure's subject holds the figure: "the 61% figure", "its 36% estimate"
    (as the subject, or as the word the figure modifies in its sentence)."""
    figure = (claim.get("quantity_text") or "").strip()
    if not figure:
        return False
    subject = (claim.get("subject") or "").strip()
    if figure in subject:
        return True
    sentence = claim.get("sentence") or ""
    return any(
        re.search(rf"{re.escape(figure)}\s+{noun}\b", sentence, re.IGNORECASE)
        for noun in (subject.casefold(), (claim.get("metric") or "").casefold())
        if noun in FIGURE_NOUNS
    )


#: Nouns that name a figure itself ("the 61% figure"): a sentence about the figure,
#: not one that states it. ("A 56.9 percent increase" states one.)
FIGURE_NOUNS = frozenset({"figure", "estimate", "number", "reading", "tally", "statistic"})


def _source(claim: dict[str, Any]) -> dict[str, Any]:
    document = claim["document"]
    return {
        "origin": document.get("origin"),
        "outlet": document["outlet"],
        "document": document["id"],
        "title": document["title"],
        "url": document["url"],
        "published": document["published"],
        "attributed_to": claim["attributed_to"],
    }


def source_name(source: dict[str, Any]) -> str:
    """How a table names a source: its outlet, else who it quotes, else the document's
    name (:func:`queries.sources_named.source_label`; never its id)."""
    return source_label(source, source.get("attributed_to"))


def describe_time(time: dict[str, Any] | None) -> str:
    """A time at its granularity: "late Apr 2026", "week ending 24 Feb 2026", "2025"."""
    if time is None:
        return "undated"
    start, end, granularity = time["start"], time["end"], time["granularity"]
    year, month, day = int(start[:4]), int(start[5:7]), int(start[8:10])
    name = MONTHS[month - 1]
    if granularity == "day":
        return f"{day} {name} {year}"
    if granularity == "week":
        return f"week ending {int(end[8:10])} {MONTHS[int(end[5:7]) - 1]} {int(end[:4])}"
    if granularity == "weekend":  # "weekend of 16–17 Jan 2016", "of 30 Apr – 1 May 2016"
        last = f"{int(end[8:10])} {MONTHS[int(end[5:7]) - 1]} {int(end[:4])}"
        if start[:7] == end[:7]:
            return f"weekend of {day}–{last}"
        first = f"{day} {name}" if start[:4] == end[:4] else f"{day} {name} {year}"
        return f"weekend of {first} – {last}"
    if granularity == "month":
        if start[:7] == end[:7]:
            return f"{name} {year}"
        if start[:4] == end[:4]:
            return f"{name}–{MONTHS[int(end[5:7]) - 1]} {year}"
        return f"{name} {year} – {MONTHS[int(end[5:7]) - 1]} {int(end[:4])}"
    if granularity == "part-of-month":
        part = "early" if day <= 10 else "mid" if day <= 20 else "late"
        return f"{part} {name} {year}"
    if granularity == "quarter":
        return f"Q{(month - 1) // 3 + 1} {year}"
    if granularity == "half":
        return f"H{1 if month <= 6 else 2} {year}"
    if granularity == "part-of-year":
        return f"{'early' if month <= 4 else 'mid' if month <= 8 else 'late'} {year}"
    if granularity == "year" and start[:4] == end[:4]:
        return str(year)
    if granularity == "decade":
        return f"the {year}s"
    if granularity == "split-year":
        return f"{year}-{end[2:4]}"  # a fiscal or sporting year: "2018-19"
    if granularity == "present":
        return f"now ({day} {name} {year})"
    return _span_text(start, end)


def _span_text(start: str, end: str) -> str:
    """A span of time in words, as whole years, whole months or days.

    >>> _span_text("2018-01-01", "2019-12-31"), _span_text("2013-05-28", "2019-05-28")
    ('2018–2019', '28 May 2013 – 28 May 2019')
    >>> _span_text("2025-11-01", "2026-02-28")
    'Nov 2025 – Feb 2026'
    """
    first, last = date.fromisoformat(start[:10]), date.fromisoformat(end[:10])
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31):
        return f"{first.year}–{last.year}" if first.year != last.year else str(first.year)
    if first.day == 1 and (last + timedelta(days=1)).day == 1:
        return f"{MONTHS[first.month - 1]} {first.year} – {MONTHS[last.month - 1]} {last.year}"
    return (
        f"{first.day} {MONTHS[first.month - 1]} {first.year} – "
        f"{last.day} {MONTHS[last.month - 1]} {last.year}"
    )
