"""Evaluations of the extractors against hand-annotated gold sets (``python -m eval.NAME``)."""
