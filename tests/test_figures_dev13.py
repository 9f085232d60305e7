"""Figures read on fresh BBC news (the ``dev13`` split): a year's rate a share or a count
is "of" ("an annual rate of 3.9%", "an annual target of 8,000 applications"). (Its "one"
of a voice or with a description: ``tests/test_figures_clause_units.py``.)

Sentences are our own, written for these tests.
"""

from __future__ import annotations

import pytest

from tests.figure_cases import figures_read


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("Output grew at an annual rate of 3.9% in the third quarter.", "3.9%", "% per year"),
        ("Prices are rising at an annualised rate of about 4%.", "about 4%", "% per year"),
        ("Each clerk had an annual target of 6,000 claims.", "6,000 claims", "claims per year"),
        ("Members pay monthly fees of up to 300 yuan.", "up to 300 yuan", "CNY per month"),
        # a year's total told for its year, a plain rate, a name: no rate
        ("The merged firm would have annual sales of 40,000 cars.", "40,000 cars", "cars"),
        ("Prices rose at a rate of 4% last month.", "4%", "%"),
        ("A Daily Herald poll of 1,200 people found support.", "1,200 people", "people"),
    ],
)  # fmt: skip
def test_a_years_rate_a_figure_is_of(analyzer, text, figure, unit):
    assert figures_read(analyzer, text)[figure][1] == unit
