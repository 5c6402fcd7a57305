"""Shared helpers for the normaliser tests: the gold records of data/annotated."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).resolve().parents[2] / "data"


def _gold() -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """(record, meta) for every gold record of the development set."""
    for path in sorted((DATA / "annotated").glob("*.jsonl")):
        meta_path = DATA / "raw" / f"{path.stem}.meta.json"
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield json.loads(line), meta


@pytest.fixture(scope="session")
def gold_records() -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """All gold records with their document's meta; skips when the data is absent."""
    records = list(_gold())
    if not records:
        pytest.skip("no gold data in data/annotated")
    return records
