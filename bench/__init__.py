"""Benchmarks: ``python -m bench`` (or ``make bench``). Goals, not timed tests.

Every number is printed next to a baseline measured in the same run on the
same machine, so the ratios mean something wherever it runs.
"""
