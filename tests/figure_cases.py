"""What the figure tests share: a text's claims, and the claim of one figure."""

from __future__ import annotations

from extractors.pipeline import Analyzer
from extractors.records import Claim, Extraction, Quantity, SourceDocument


def analysed(analyzer: Analyzer, text: str, published: str = "2026-03-11") -> Extraction:
    """``text`` analysed as an article published on ``published``."""
    source = SourceDocument(text=text, origin="test", key="id:test", published=published)
    return analyzer.analyse(source)


def claims_of(analyzer: Analyzer, text: str, published: str = "2026-03-11") -> list[Claim]:
    return analysed(analyzer, text, published).claims


def by_figure(claims: list[Claim], figure: str) -> Claim:
    """The one claim whose figure is written ending in ``figure``."""
    [claim] = [c for c in claims if c.quantity and c.quantity.text.endswith(figure)]
    return claim


def figures_read(analyzer: Analyzer, text: str) -> dict[str, tuple[float, str, str]]:
    """Each figure of ``text`` by its words: its low value, unit and approximation."""
    return {q.text: (q.low, q.unit, q.approx) for q in analysed(analyzer, text).quantities}


def figure_and_claim(extraction: Extraction, figure: str) -> tuple[Quantity, Claim]:
    """The figure written exactly ``figure`` and the one claim made of it."""
    [quantity] = [q for q in extraction.quantities if q.text == figure]
    [claim] = [c for c in extraction.claims if c.quantity is quantity]
    return quantity, claim
