"""Numbered, actionable errors raised by the extractors (spaCy's habit).

Each message says what went wrong and how to fix it, in one line, so that the
command line can print it as it is.
"""

from __future__ import annotations


class ExtractorError(Exception):
    """An error the user can fix (a missing model, a bad entities file)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"[{code}] {message}")
        self.code = code
        self.message = message


def model_not_found(model: str) -> ExtractorError:
    package = model.replace("_", "-")
    return ExtractorError(
        "E201",
        f"the spaCy model '{model}' is not installed; install it with "
        f"'pip install {package}' or pass another installed model with --model",
    )


def model_failed(model: str, reason: str) -> ExtractorError:
    return ExtractorError(
        "E202", f"the spaCy model '{model}' could not be loaded ({reason}); reinstall it"
    )


def entities_file_missing(path: str) -> ExtractorError:
    return ExtractorError(
        "E203",
        f"entities file '{path}' does not exist; fix the 'entities:' path in feeds.yaml "
        "or pass --entities PATH",
    )


def entities_file_invalid(path: str, reason: str) -> ExtractorError:
    return ExtractorError(
        "E204",
        f"entities file '{path}' is not valid: {reason}; see entities.yaml in the "
        "project for the format",
    )


def yaml_reason(exc: Exception) -> str:
    """One line for a YAML error: what is wrong and on which line."""
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    return f"{problem} at line {mark.line + 1}" if mark is not None else str(problem)
