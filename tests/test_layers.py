"""The house rules that keep kg cheap to change, checked on the source itself.

Four layers, imports pointing one way only:

    extractors  (text -> records; no store, no network)
    kg          (records, domain rules, stores, ingestion)
    queries     (graph -> answers, through the store interface)
    cli         (the command line)

A module may import its own layer and the layers below it, never one above.
Backends never import each other, and no source file grows past about 800
lines (one topic per module). Imports inside functions count: a lazy import
is still a dependency.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LAYERS = ("extractors", "kg", "queries", "cli")
#: Entry points that nothing imports: ``python -m kg`` starts the command line.
ENTRY_POINTS = {"kg/__main__.py"}
BACKENDS = ("kg.store.sqlite", "kg.store.neo4j")
MAX_LINES = 800


def _sources() -> list[Path]:
    return sorted(
        path for layer in LAYERS if (ROOT / layer).is_dir() for path in (ROOT / layer).rglob("*.py")
    )


def _module(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> set[str]:
    """Every absolute module name ``path`` imports, at any depth of the file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _layer(module: str) -> int | None:
    top = module.split(".")[0]
    return LAYERS.index(top) if top in LAYERS else None


def _upward_imports() -> list[str]:
    found = []
    for path in _sources():
        rel = path.relative_to(ROOT).as_posix()
        if rel in ENTRY_POINTS:
            continue
        here = _layer(_module(path))
        for name in sorted(_imports(path)):
            there = _layer(name)
            if here is not None and there is not None and there > here:
                found.append(f"{rel} imports {name}")
    return found


def test_layers_import_downwards_only() -> None:
    assert _upward_imports() == []


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_backend_never_imports_another(backend: str) -> None:
    others = [b for b in BACKENDS if b != backend]
    offenders = [
        f"{path.relative_to(ROOT).as_posix()} imports {name}"
        for path in _sources()
        if _module(path).startswith(backend)
        for name in _imports(path)
        if any(name == other or name.startswith(other + ".") for other in others)
    ]
    assert offenders == []


def test_no_source_file_holds_several_topics_worth_of_lines() -> None:
    long = {
        path.relative_to(ROOT).as_posix(): n
        for path in _sources()
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}


def test_the_check_sees_an_upward_import(tmp_path: Path) -> None:
    """The walker must find imports nested in functions, or the rule above proves nothing."""
    source = tmp_path / "sample.py"
    source.write_text("def f():\n    from queries.claims import claim_json\n", encoding="utf-8")
    assert "queries.claims" in _imports(source)
    assert _layer("queries.claims") == 2 > (_layer("kg.store") or 0)
