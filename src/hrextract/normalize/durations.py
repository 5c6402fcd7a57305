"""Normalise prison terms and other durations to ISO 8601 durations.

"two and a half years'" -> P2Y6M, "18 months" -> P18M, "four-month" -> P4M,
"a year and a half" -> P1Y6M, "one year and six months" -> P1Y6M. Weeks are
written as days ("three weeks" -> P21D) so that every result mixes only
years, months and days and compares with ``duration_total``. Hours and
fractions of a day give None: sentences are not stated in hours, and
P0D-style rounding would be wrong.

Ranges ("from 3 to 10 years", "one to five years", "between six months and
two years"), bounds ("up to 10 years") and life or death give None; the
contract keeps such text in ``duration_text`` only. "Five and three days'
... respectively" is a list: ``normalize_durations`` returns one duration a
person, ``normalize_duration`` returns None for it.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from functools import cache
from typing import NamedTuple

from hrextract.normalize.numbers import number_regex, parse_number

__all__ = ["duration_total", "is_duration_range", "normalize_duration", "normalize_durations"]

#: Longest input considered: a duration phrase is short.
MAX_INPUT_CHARS = 200
#: Anything longer than this is not a sentence a court hands down.
MAX_MONTHS = 200 * 12
#: The same 200 years counted in days (leap days generously).
MAX_DAYS = 200 * 366

_DASHES = re.compile("[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]")
_APOSTROPHES = re.compile("[\u2018\u2019\u02bc\u00b4`]")
#: Unit words -> ISO designator (weeks are turned into days later).
_UNITS: dict[str, str] = {
    "year": "Y", "years": "Y", "yr": "Y", "yrs": "Y",
    "month": "M", "months": "M",
    "week": "W", "weeks": "W",
    "day": "D", "days": "D",
}  # fmt: skip
#: Designators from largest to smallest: a compound lists them in this order.
_RANK = {"Y": 3, "M": 2, "W": 1, "D": 0}
_UNIT = r"(?:years?|yrs?|months?|weeks?|days?)\b"
#: Words that make a number a bound, not a term.
_BOUND = re.compile(
    r"\b(?:up\s+to|at\s+(?:least|most)|more\s+than|less\s+than|fewer\s+than|no\s+more\s+than|"
    r"not\s+(?:more|less)\s+than|not\s+exceeding|maximum|minimum|over|under)\b"
)
_NEGATIVE = re.compile(r"(?:^|[\s(])-\s*\d")
_HALF = r"\s+and\s+(?:a|one)\s+half"  # ("three and one-half years": hyphens are spaces here)
#: Words that may stand between a number and its unit ("two additional months").
_UNIT_ADJECTIVE = r"(?:\s+(?:additional|further|more|extra|consecutive|full|calendar|straight|long))?"


class _Item(NamedTuple):
    """One "<number> <unit>" found in the text, with its span."""

    value: Decimal
    unit: str
    start: int
    end: int


@cache
def _quantity() -> str:
    """Regex for a quantity in front of a unit: a number phrase, "a"/"an", "half a"."""
    return rf"(?:{number_regex()}|\bhalf\s+an?\b|\ban?\b)"


@cache
def _item_re() -> re.Pattern[str]:
    """"<quantity> [and a half] <unit> [and a half]", hyphens already turned into spaces."""
    return re.compile(
        rf"(?P<num>{_quantity()})(?P<half1>{_HALF})?{_UNIT_ADJECTIVE}\s+(?P<unit>{_UNIT})(?P<half2>{_HALF})?"
    )


@cache
def _range_res() -> tuple[re.Pattern[str], ...]:
    """Patterns of a range of durations, run on text whose hyphens are kept as "-"."""
    num = number_regex()
    unit = rf"(?:[\s-]+{_UNIT})"
    return (
        # "3 to 10 years", "one to five years", "six months to two years", "two or three years",
        # "ranging from 23 to 28 years", "one-to-five-year"
        re.compile(rf"(?:{num}){unit}?[\s-]*\b(?:to|or)\b[\s-]*(?:{num}){unit}"),
        # "3-10 years", "3 - 10 years" (a hyphen between digits; "twenty-five" is one number)
        re.compile(rf"(?<![\w.,])\d[\d,.]*{unit}?\s*-\s*\d[\d,.]*{unit}"),
        # "between six months and two years", "between 3 and 5 years"
        re.compile(rf"\bbetween\s+(?:{_quantity()}){unit}?\s+and\s+(?:{_quantity()}){unit}"),
    )


def _clean(text: str, *, keep_hyphens: bool = False) -> str:
    """Casefold, unify dashes and apostrophes, drop possessives; hyphens become spaces."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _APOSTROPHES.sub("'", _DASHES.sub("-", text))
    text = re.sub(r"'s\b|(?<=s)'", "", text)
    if not keep_hyphens:
        text = re.sub(r"(?<=[a-z0-9])-(?=[a-z0-9])", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def _quantity_value(text: str) -> Decimal | None:
    """Value of the quantity in front of a unit: "two" -> 2, "a" -> 1, "half a" -> 0.5."""
    text = text.strip()
    if re.fullmatch(r"an?", text):
        return Decimal(1)
    if re.fullmatch(r"half\s+an?", text):
        return Decimal("0.5")
    value = parse_number(text)
    return None if value is None else Decimal(str(value))


def _items(text: str) -> list[_Item] | None:
    """All "<number> <unit>" items of cleaned text; None if one is not a number."""
    found: list[_Item] = []
    for match in _item_re().finditer(text):
        value = _quantity_value(match["num"])
        if value is None:
            return None
        if match["half1"] or match["half2"]:
            if value != value.to_integral_value():
                return None
            value += Decimal("0.5")
        found.append(_Item(value, _UNITS[match["unit"]], match.start(), match.end()))
    return found


def _components(value: Decimal, unit: str) -> dict[str, int] | None:
    """Split a possibly fractional quantity of a unit into whole Y/M/D components."""
    if value <= 0:
        return None
    if unit == "W":
        value, unit = value * 7, "D"
    whole = int(value)
    fraction = value - whole
    parts = {unit: whole} if whole else {}
    if fraction:
        smaller = {"Y": ("M", 12), "M": ("D", 30)}.get(unit)
        if smaller is None or (fraction * smaller[1]) != int(fraction * smaller[1]):
            return None  # half a day: not expressible in whole days
        parts[smaller[0]] = parts.get(smaller[0], 0) + int(fraction * smaller[1])
    return parts


def _format(parts: dict[str, int]) -> str | None:
    """ISO 8601 "PnYnMnD" from components; None when empty or absurd."""
    months = parts.get("Y", 0) * 12 + parts.get("M", 0)
    if months > MAX_MONTHS or parts.get("D", 0) > MAX_DAYS:
        return None
    body = "".join(f"{parts[u]}{u}" for u in ("Y", "M", "D") if parts.get(u))
    return f"P{body}" if body else None


def _is_compound(text: str, items: list[_Item]) -> bool:
    """True when items read as one duration: "one year and six months", "1 year, 6 months"."""
    ranks = [_RANK[i.unit] for i in items]
    if any(a <= b for a, b in zip(ranks, ranks[1:])):
        return False
    gaps = [text[a.end : b.start] for a, b in zip(items, items[1:])]
    return all(re.fullmatch(r"\s*(?:,\s*)?(?:and\s+)?", gap) for gap in gaps)


def _join(items: list[_Item]) -> str | None:
    """One ISO duration from the items of a compound."""
    total: dict[str, int] = {}
    for item in items:
        parts = _components(item.value, item.unit)
        if parts is None:
            return None
        for unit, amount in parts.items():
            total[unit] = total.get(unit, 0) + amount
    return _format(total)


def _leftover_numbers(text: str, items: list[_Item]) -> bool:
    """True when a number stands outside every item ("five and three days": "five")."""
    pieces, cursor = [], 0
    for item in items:
        pieces.append(text[cursor : item.start])
        cursor = item.end
    pieces.append(text[cursor:])
    pattern = re.compile(number_regex())
    return any(pattern.search(piece) for piece in pieces)


def is_duration_range(text: str) -> bool:
    """True when the text states a range of terms ("from 3 to 10 years", "one to five years")."""
    if not isinstance(text, str) or len(text) > MAX_INPUT_CHARS:
        return False
    cleaned = _clean(text, keep_hyphens=True)
    return any(pattern.search(cleaned) for pattern in _range_res())


def _usable(text: str) -> str | None:
    """Cleaned text, or None when the text cannot hold a single definite duration."""
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_INPUT_CHARS:
        return None
    if is_duration_range(text):
        return None
    cleaned = _clean(text)
    if _NEGATIVE.search(_clean(text, keep_hyphens=True)) or _BOUND.search(cleaned):
        return None
    return cleaned


def normalize_duration(text: str) -> str | None:
    """ISO 8601 duration of one stated term, or None.

    "two and a half years'" -> "P2Y6M", "four-month" -> "P4M", "one month's"
    -> "P1M", "two additional months'" -> "P2M", "a year and a half" ->
    "P1Y6M", "three weeks" -> "P21D". Extra words around the term are
    ignored ("two years' imprisonment"). None for life, death, hours, ranges,
    bounds ("up to"), lists ("five and three days", see
    ``normalize_durations``), zero, negative and absurd (> 200 years) terms.
    Never raises.
    """
    cleaned = _usable(text)
    if cleaned is None:
        return None
    items = _items(cleaned)
    if not items or _leftover_numbers(cleaned, items):
        return None
    if len(items) > 1 and not _is_compound(cleaned, items):
        return None
    return _join(items)


@cache
def _list_re() -> re.Pattern[str]:
    """"<n>, <n> and <n> <unit>": several terms sharing one unit, as in "respectively"."""
    num = number_regex()
    separator = r"\s*(?:,\s*and|,|and|or)\s*"
    return re.compile(
        rf"(?P<nums>(?:{num})(?:{separator}(?:{num}))+){_UNIT_ADJECTIVE}\s+(?P<unit>{_UNIT})(?!{_HALF})"
    )


def normalize_durations(text: str) -> list[str]:
    """The terms of a "respectively" list, in order; one element for a single term.

    "five and three days'" -> ["P5D", "P3D"], "two and four years" ->
    ["P2Y", "P4Y"], "two, three and five years" -> three terms, "two years
    and four years" -> two terms; "two and a half years" -> ["P2Y6M"] and
    "one year and six months" -> ["P1Y6M"] (one term). [] when nothing
    definite is stated (ranges, bounds, life). Never raises.
    """
    single = normalize_duration(text) if isinstance(text, str) else None
    if single is not None:
        return [single]
    cleaned = _usable(text)
    if cleaned is None:
        return []
    shared = _list_re().search(cleaned)
    if shared is not None and parse_number(shared["nums"]) is None:
        numbers = re.findall(number_regex(), shared["nums"])
        unit = _UNITS[shared["unit"]]
        values = [parse_number(n) for n in numbers]
        results = [_join([_Item(Decimal(str(v)), unit, 0, 0)]) if v is not None else None for v in values]
        return [r for r in results if r is not None] if all(results) else []
    items = _items(cleaned)
    if not items or _leftover_numbers(cleaned, items):
        return []
    results = [_join([item]) for item in items]
    return [r for r in results if r is not None] if all(results) else []


def duration_total(iso: str) -> tuple[int, int]:
    """(total months, total days) of an ISO duration, for comparing terms.

    "P1Y6M" -> (18, 0), "P18M" -> (18, 0), "P3W" -> (0, 21), "P2Y10D" -> (24, 10).
    Raises ValueError for anything that is not a date-only ISO 8601 duration.
    """
    match = re.fullmatch(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?", iso or "")
    if match is None or iso == "P":
        raise ValueError(f"not an ISO 8601 date duration: {iso!r}")
    years, months, weeks, days = (int(g) if g else 0 for g in match.groups())
    return years * 12 + months, weeks * 7 + days
