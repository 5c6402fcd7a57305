"""Shared fixtures: one pipeline per test session (loading spaCy is the slow part)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def nlp():
    """The assembled hrextract pipeline (built from the installed base model)."""
    from hrextract.pipeline import load

    return load()


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT
