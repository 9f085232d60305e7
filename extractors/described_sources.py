"""Sources written as descriptions, named: "the company said sales rose 5%" cites the company.

A claim's source is read off its sentence ("X said", "according to X"); when
X is a description ("the company", "the bank", "the newspaper"), the name is
what the statement of the same sentence resolved it to (:mod:`extractors.coreference`).
Without it, ``kg sources`` would count "company" as one source cited by every
article that writes "the company said", each about another company.

Examples
--------
>>> from extractors.records import Statement
>>> said = Statement(speaker="Harbour Bank", speaker_kind="organisation", via="said",
...                  sentence="The bank said profits rose 5%.", sent_start=0, sent_end=30,
...                  speaker_mention="The bank")
>>> named_descriptions([said])
{(0, 'bank'): 'Harbour Bank'}
"""

from __future__ import annotations

from extractors.records import Citation, Claim, Statement

_DETERMINERS = ("the ", "this ", "that ")


def named_descriptions(statements: list[Statement]) -> dict[tuple[int, str], str]:
    """The names statements gave their descriptions, by sentence start and description."""
    named = {}
    for statement in statements:
        written = _description(statement.speaker_mention)
        if written and statement.speaker and _description(statement.speaker) != written:
            named[(statement.sent_start, written)] = statement.speaker
    return named


def name_described_sources(
    claims: list[Claim], citations: list[Citation], statements: list[Statement]
) -> None:
    """Give sources written as descriptions the names their statements resolved."""
    named = named_descriptions(statements)
    if not named:
        return
    for claim in claims:
        renamed = {
            source: named.get((claim.sent_start, _description(source) or ""), source)
            for source in [claim.attributed_to, *claim.cited]
            if source
        }
        if claim.attributed_to:
            claim.attributed_to = renamed[claim.attributed_to]
        claim.cited = list(dict.fromkeys(renamed[s] for s in claim.cited))
    for citation in citations:
        if citation.claims and citation.kind in ("attribution", "according_to"):
            sentence = claims[citation.claims[0]].sent_start
            described = _description(citation.source) or ""
            citation.source = named.get((sentence, described), citation.source)


def _description(written: str | None) -> str | None:
    """ "The company" -> "company"; a name ("Harbour Bank") -> None."""
    text = (written or "").strip()
    lowered = text.lower()
    for determiner in _DETERMINERS:
        if lowered.startswith(determiner):
            lowered, text = lowered[len(determiner) :], text[len(determiner) :]
            break
    words = text.split()
    if not words or words[-1] != words[-1].lower():  # "Harbour Bank": a name
        return None
    return lowered  # "company", "US company": a noun that says what it is
