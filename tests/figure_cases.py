"""What the figure tests share: a text's claims, and the claim of one figure."""

from __future__ import annotations

from extractors.pipeline import Analyzer
from extractors.records import Claim, Extraction, SourceDocument


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
