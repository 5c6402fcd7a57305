"""Parse English cardinal numbers written in digits, words or a mix of both.

Reports state amounts and counts as "1,300,000", "4.4 million", "Thirteen",
"twenty-five", "one hundred and five" or "a dozen". ``parse_number`` turns one
such phrase into a number; ``number_regex`` gives a pattern that finds such
phrases inside longer text, for the duration and money normalizers. The word
vocabulary lives in ``lexicons/number_words.json``.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib.resources import files
from typing import NamedTuple

__all__ = ["NumberWords", "number_regex", "number_words", "parse_number"]

#: Largest value accepted; anything bigger is a typo or an attack, not a count.
MAX_NUMBER = Decimal(10) ** 15
#: Longest phrase considered; number phrases are short, this bounds the work.
MAX_INPUT_CHARS = 200

_HYPHENS = "\u2010\u2011\u2012\u2013\u2014\u2015-"
_HYPHEN_RE = re.compile(f"[{_HYPHENS}]")
#: Digit forms: "1,300,000", "12,960", "4.4", "1.300.000" (two or more dot groups),
#: "1 300 000" with non-breaking or thin spaces.
_DIGITS = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|\d{1,3}(?:\.\d{3}){2,}"
    r"|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+"
    r"|\d+(?:\.\d+)?"
)


class NumberWords(NamedTuple):
    """The number vocabulary, each table mapping a lowercase word to its value."""

    units: dict[str, Decimal]
    teens: dict[str, Decimal]
    tens: dict[str, Decimal]
    scales: dict[str, Decimal]
    scale_abbreviations: dict[str, Decimal]
    multiples: dict[str, Decimal]
    fractions: dict[str, Decimal]


@cache
def number_words() -> NumberWords:
    """Load ``lexicons/number_words.json`` once."""
    path = files("hrextract") / "lexicons" / "number_words.json"
    raw = json.loads(path.read_text(encoding="utf-8"))

    def table(key: str) -> dict[str, Decimal]:
        return {word: Decimal(str(value)) for word, value in raw[key].items()}

    return NumberWords(
        units=table("units"),
        teens=table("teens"),
        tens=table("tens"),
        scales=table("scales"),
        scale_abbreviations=table("scale_abbreviations"),
        multiples=table("multiples"),
        fractions=table("fractions"),
    )


def _alternation(words: list[str]) -> str:
    """Regex alternation of words, longest first so prefixes do not win."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def number_regex() -> str:
    """Regex source matching one number phrase inside text (case-insensitive use).

    Matches digits with an optional scale ("4.4 million", "4.4bn"), also
    glued to a preceding code ("EUR4,000" matches "4,000"), and runs of
    number words joined by spaces or hyphens; "and" is allowed only after a
    scale word ("one hundred and five"), so "five and three" is two phrases.
    Matches are candidates: confirm with ``parse_number``.
    """
    nw = number_words()
    small = [*nw.units, *nw.teens, *nw.tens]
    scales = [*nw.scales]
    word = f"(?:{_alternation(small + scales)})"
    after_scale = "|".join(f"(?<={re.escape(s)})" for s in scales)
    joiner = rf"(?:[\s{_HYPHENS}]+|(?:{after_scale})\s+and\s+)"
    words = rf"\b{word}(?:{joiner}{word})*\b"
    scale_after_digits = _alternation(scales + [*nw.scale_abbreviations])
    digits = rf"(?<![\d.,])(?:{_DIGITS})(?!\d|[.,]\d)(?:\s*(?:{scale_after_digits})\b)?"
    return f"(?:{digits}|{words})"


def _to_python(value: Decimal) -> int | float | None:
    """Return an int when integral, a float otherwise; None when out of range."""
    if not value.is_finite() or value < 0 or value > MAX_NUMBER:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def _parse_digits(text: str) -> Decimal | None:
    """Digits with optional separators and an optional scale word after them."""
    nw = number_words()
    scales = {**nw.scales, **nw.scale_abbreviations}
    match = re.fullmatch(rf"({_DIGITS})\s*([a-z]+)?", text)
    if match is None:
        return None
    digits, scale = match.groups()
    if "," in digits or "\u00a0" in digits or "\u202f" in digits or "\u2009" in digits:
        digits = re.sub(r"[,\u00a0\u202f\u2009]", "", digits)
    elif digits.count(".") >= 2:
        digits = digits.replace(".", "")
    try:
        value = Decimal(digits)
    except InvalidOperation:
        return None
    if scale is None:
        return value
    if scale not in scales:
        return None
    return value * scales[scale]


def _parse_integer_words(tokens: list[str]) -> Decimal | None:
    """Value of cardinal words ("one hundred and five", "a dozen"), else None.

    A small state machine that accepts well-formed English cardinals only:
    "five three" or "five and three" are rejected because they are lists,
    not numbers.
    """
    nw = number_words()
    total = Decimal(0)
    group: Decimal | None = None
    last = "start"
    last_scale: Decimal | None = None
    for i, tok in enumerate(tokens):
        if tok in ("a", "an"):
            if last != "start" or i == len(tokens) - 1:
                return None
            group, last = Decimal(1), "a"
        elif tok in nw.units:
            if last not in ("start", "tens", "hundred", "scale", "and"):
                return None
            group, last = (group or Decimal(0)) + nw.units[tok], "unit"
        elif tok in nw.teens or tok in nw.tens:
            if last not in ("start", "hundred", "scale", "and"):
                return None
            value = nw.teens.get(tok, nw.tens.get(tok))
            assert value is not None
            group, last = (group or Decimal(0)) + value, ("teen" if tok in nw.teens else "tens")
        elif tok == "hundred":
            if last not in ("unit", "teen", "a") or group is None or group >= 100:
                return None
            group, last = group * nw.scales[tok], "hundred"
        elif tok in nw.scales:
            scale = nw.scales[tok]
            if last not in ("unit", "teen", "tens", "a", "hundred") or group is None:
                return None
            if last_scale is not None and scale >= last_scale:
                return None
            total += group * scale
            group, last, last_scale = None, "scale", scale
        elif tok in nw.multiples:
            if last not in ("unit", "teen", "tens", "a") or i != len(tokens) - 1 or group is None:
                return None
            total += group * nw.multiples[tok]
            group, last = None, "multiple"
        elif tok == "and":
            if last not in ("hundred", "scale"):
                return None
            last = "and"
        else:
            return None
    if last in ("start", "and", "a"):
        return None
    return total + (group or Decimal(0))


def _parse_value(text: str) -> Decimal | None:
    """Value of a normalised phrase: digits, words, fractions."""
    nw = number_words()
    digits = _parse_digits(text)
    if digits is not None:
        return digits
    fractions = _alternation([*nw.fractions])
    scales = _alternation([*nw.scales])
    # "two and a half", "two and a half million", "4 and a half"
    match = re.fullmatch(rf"(.+?)\s+and\s+an?\s+({fractions})(?:\s+({scales}))?", text)
    if match:
        whole = _parse_value(match.group(1))
        if whole is None or whole != whole.to_integral_value():
            return None
        scale = nw.scales[match.group(3)] if match.group(3) else Decimal(1)
        return (whole + nw.fractions[match.group(2)]) * scale
    # "half", "a half", "half a million", "a quarter of a million"
    match = re.fullmatch(rf"(?:an?\s+)?({fractions})(?:\s+(?:of\s+)?an?\s+({scales}))?", text)
    if match:
        scale = nw.scales[match.group(2)] if match.group(2) else Decimal(1)
        return nw.fractions[match.group(1)] * scale
    tokens = [t for t in re.split(r"\s+", text) if t]
    if not tokens:
        return None
    return _parse_integer_words(tokens)


def parse_number(text: str) -> int | float | None:
    """Parse one number phrase; int when integral, None when not a number.

    Accepts "1,300,000", "4.4", "4.4 million", "1.1 billion", "Thirteen",
    "twenty-five", "one hundred and five", "a dozen", "a hundred", "two and
    a half" (2.5), "half" (0.5). Returns None for anything else, including
    negative, non-finite or absurd (> 10**15) values and inputs longer than
    200 characters. Qualifiers such as "about" are the caller's business.
    Never raises.
    """
    if not isinstance(text, str) or len(text) > MAX_INPUT_CHARS:
        return None
    stripped = text.strip().casefold()
    if not stripped or stripped[0] in _HYPHENS + "\u2212":
        return None  # a leading minus sign: negative
    normalised = re.sub(r"\s+", " ", _HYPHEN_RE.sub(" ", stripped)).strip()
    value = _parse_value(normalised)
    return None if value is None else _to_python(value)
