"""Recognise international human-rights bodies and map them to contract codes.

The surface names live in ``lexicons/bodies.csv`` (``name,code``): full
names, short forms and abbreviations. A row with an empty code blocks a name
that contains a body's name but is something else ("National Commission on
Human Rights", "Committee to Protect Journalists"): when it is the chosen
match, the text names no international body.

Matching is case-insensitive, ignores accents and punctuation ("Peoples'
Rights" = "Peoples Rights", "Inter-American" = "Inter American"), except that
one-word abbreviations ("CAT", "ICC", "AU") must be written as in the lexicon,
so the words "cat" or "au" are not bodies. Names starting "UN " also match
with "United Nations" or "U.N.".
"""

from __future__ import annotations

import csv
import re
import unicodedata
from functools import cache
from importlib.resources import files
from typing import NamedTuple

__all__ = ["body_code", "body_names"]

#: Code of any Special Rapporteur: it beats the body the rapporteur belongs to.
SPECIAL_RAPPORTEUR = "SR"
#: Longest mention considered.
MAX_INPUT_CHARS = 1000


class _Entry(NamedTuple):
    """A lexicon row: surface name and code ("" for a blocking row)."""

    name: str
    code: str


def _fold_char(char: str) -> str:
    """One character folded to one character: lowercase, no accent, punctuation -> space."""
    base = unicodedata.normalize("NFKD", char)[:1] or char
    lowered = base.lower()[:1]
    return lowered if lowered.isalnum() else " "


def _fold(text: str) -> str:
    """Position-preserving fold of a text (same length as the input)."""
    return "".join(_fold_char(c) for c in text)


def is_abbreviation(name: str) -> bool:
    """One-word names with two or more capitals are matched case-sensitively."""
    return " " not in name and sum(c.isupper() for c in name) >= 2


def _variants(name: str) -> list[str]:
    """The name and its "United Nations"/"U.N." spellings when it starts with "UN "."""
    if name.startswith("UN "):
        rest = name[3:]
        return [name, f"United Nations {rest}", f"U.N. {rest}"]
    return [name]


@cache
def _entries() -> tuple[_Entry, ...]:
    """Rows of ``lexicons/bodies.csv`` with their UN spelling variants."""
    path = files("hrextract") / "lexicons" / "bodies.csv"
    rows: list[_Entry] = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            name, code = row["name"].strip(), (row["code"] or "").strip()
            if name:
                rows.extend(_Entry(variant, code) for variant in _variants(name))
    return tuple(rows)


def _pattern(name: str) -> re.Pattern[str]:
    """Regex of a name on folded text (or on raw text for abbreviations)."""
    if is_abbreviation(name):
        return re.compile(rf"(?<![A-Za-z0-9]){re.escape(name)}(?![A-Za-z0-9])")
    tokens = _fold(name).split()
    return re.compile(r"(?<![a-z0-9])" + r"\s+".join(map(re.escape, tokens)) + r"(?![a-z0-9])")


@cache
def _compiled() -> tuple[tuple[re.Pattern[str], bool, str], ...]:
    """(pattern, is_abbreviation, code) for every entry."""
    return tuple((_pattern(e.name), is_abbreviation(e.name), e.code) for e in _entries())


def body_names() -> list[tuple[str, str]]:
    """(surface name, code) of every body name in the lexicon, blocking rows left out."""
    return [(e.name, e.code) for e in _entries() if e.code]


def body_code(text: str) -> str | None:
    """Contract code of the body a mention names, or None.

    "the UN Committee against Torture" -> "CAT", "the CEDAW Committee" ->
    "CEDAW", "the Committee on the Application of Standards of the ILO" ->
    "ILO", "the Special Rapporteur of the Commission on Human Rights" ->
    "SR". Any Special Rapporteur (or Independent Expert) gives "SR" even when
    the parent body is named first; otherwise the name that starts first
    wins, the longest among those ("X of the Y" is X). None for unknown
    bodies and for blocked names ("National Commission on Human Rights").
    """
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_INPUT_CHARS:
        return None
    folded = _fold(text)
    matches: list[tuple[int, int, str]] = []
    for pattern, abbreviation, code in _compiled():
        match = pattern.search(text if abbreviation else folded)
        if match:
            matches.append((match.start(), match.end(), code))
    if not matches:
        return None
    if any(code == SPECIAL_RAPPORTEUR for _, _, code in matches):
        return SPECIAL_RAPPORTEUR
    start, end, code = min(matches, key=lambda m: (m[0], -(m[1] - m[0])))
    return code or None


@cache
def spelled_out_names(code: str) -> tuple[str, ...]:
    """Lower-cased full names of a body ("european court of human rights" for "ECTHR"), so that "the court"
    can refer back to a body the document named only by its abbreviation."""
    return tuple(e.name.lower() for e in _entries() if e.code == code and not is_abbreviation(e.name))
