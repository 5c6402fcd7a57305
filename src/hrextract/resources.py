"""Access to the data files shipped inside the package (patterns and lexicons).

Rules live as data beside the code so that they can be read, reviewed and
extended without touching Python; this module is the one place that finds them,
through ``importlib.resources`` so it also works from an installed wheel.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any


def _read_text(folder: str, name: str) -> str:
    return (files("hrextract") / folder / name).read_text(encoding="utf-8")


@cache
def _grammar_lists() -> dict[str, tuple[str, ...]]:
    raw = json.loads(_read_text("lexicons", "grammar.json"))
    return {key: tuple(value) for key, value in raw.items() if not key.startswith("_")}


@cache
def grammar() -> dict[str, frozenset[str]]:
    """The closed word classes of ``lexicons/grammar.json`` as frozensets."""
    return {key: frozenset(value) for key, value in _grammar_lists().items()}


def grammar_order(key: str) -> tuple[str, ...]:
    """One list of ``lexicons/grammar.json`` in the order written, for lists that rank ("finding_priority")."""
    return _grammar_lists()[key]


def pattern_files() -> list[str]:
    """Names of the JSONL pattern files under ``patterns/``, sorted."""
    return sorted(p.name for p in (files("hrextract") / "patterns").iterdir() if p.name.endswith(".jsonl"))


@cache
def load_patterns(name: str) -> tuple[dict[str, Any], ...]:
    """Read one JSONL pattern file; every line must carry label and pattern."""
    patterns = []
    for lineno, line in enumerate(_read_text("patterns", name).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"patterns/{name}:{lineno}: invalid JSON ({exc.msg})") from None
        unknown = set(item) - {"label", "pattern", "id"}
        if unknown or "label" not in item or "pattern" not in item:
            raise ValueError(f"patterns/{name}:{lineno}: expected keys label, pattern, id; got {sorted(item)}")
        patterns.append(item)
    return tuple(patterns)
