"""parse_number: digits, scales and English number words from report prose."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hrextract.normalize.numbers import number_regex, parse_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1,300,000", 1300000),  # "Fines of 1,300,000 tenge" (Kazakhstan 2017)
        ("12,960", 12960),
        ("4.4", 4.4),
        ("4.4 million", 4400000),  # "4.4 million meticais" (Mozambique 2003)
        ("8 million", 8000000),
        ("two million", 2000000),  # "two million maloti" (Lesotho 2010)
        ("eight million", 8000000),
        ("1.1 billion", 1100000000),
        ("Thirteen", 13),
        ("twenty-five", 25),
        ("twenty\u2011five", 25),
        ("one hundred and five", 105),
        ("a dozen", 12),  # "a group of a dozen people"
        ("a hundred", 100),
        ("two dozen", 24),
        ("nineteen hundred", 1900),
        ("one thousand nine hundred and ninety-nine", 1999),
        ("one million two hundred thousand", 1200000),
        ("half", 0.5),
        ("two and a half", 2.5),
        ("half a million", 500000),
        ("63", 63),  # "63 oil workers"
        ("1.300.000", 1300000),
        ("  15 ", 15),
    ],
)
def test_parses(text: str, expected: int | float) -> None:
    value = parse_number(text)
    assert value == expected
    assert type(value) is type(expected)


@pytest.mark.parametrize(
    "text",
    [
        "", "   ", "nan", "inf", "1e309", "99999999999999999999", "-5", "\u22125", "minus five",
        "hundreds", "dozens", "thousands",  # bounds, not counts
        "five and three", "five three", "twenty hundred", "one thousand million", "a", "and",
        "1,30", "about", "x" * 1000, "1998-1999",
    ],
)
def test_rejects(text: str) -> None:
    assert parse_number(text) is None


def test_integral_results_are_int() -> None:
    assert isinstance(parse_number("4.4 million"), int)
    assert isinstance(parse_number("2.0"), int)


def test_number_regex_finds_phrases_in_text() -> None:
    pattern = re.compile(number_regex(), re.IGNORECASE)
    text = "five and three days' detention; one hundred and five; EUR4,000 and 8,300; 4.4 million meticais"
    found = [m.group() for m in pattern.finditer(text)]
    assert found == ["five", "three", "one hundred and five", "4,000", "8,300", "4.4 million"]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_never_raises_and_stays_in_range(text: str) -> None:
    value = parse_number(text)
    assert value is None or (0 <= value <= 10**15)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**12))
def test_round_trips_grouped_digits(n: int) -> None:
    assert parse_number(f"{n:,}") == n
