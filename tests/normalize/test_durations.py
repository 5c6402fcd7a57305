"""normalize_duration & co: prison terms to ISO 8601 durations."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hrextract.normalize.durations import (
    duration_total,
    is_duration_range,
    normalize_duration,
    normalize_durations,
)

ISO_DURATION = re.compile(r"^P(?=\d)(\d+Y)?(\d+M)?(\d+D)?$")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("two and a half years'", "P2Y6M"),  # Kazakhstan 2017
        ("two years'", "P2Y"),
        ("18 months", "P18M"),
        ("five days", "P5D"),
        ("6 months'", "P6M"),  # Cote d'Ivoire 2004
        ("four\u2011month", "P4M"),  # non-breaking hyphen, Mali 2007
        ("one-year", "P1Y"),
        ("six-month", "P6M"),
        ("one month's", "P1M"),  # Niger 2008
        ("one month\u2019s", "P1M"),
        ("two additional months'", "P2M"),
        ("17 years", "P17Y"),
        ("10-year", "P10Y"),
        ("10 years'", "P10Y"),
        ("a year and a half", "P1Y6M"),
        ("half a year", "P6M"),
        ("one year and six months", "P1Y6M"),
        ("1 year, 6 months", "P1Y6M"),
        ("three weeks", "P21D"),  # weeks are written as days
        ("one and a half months", "P1M15D"),
        ("two-and-a-half-year", "P2Y6M"),
        ("twenty-five years", "P25Y"),
        ("one hundred and five days", "P105D"),
        ("two years' imprisonment", "P2Y"),
        ("a further two years", "P2Y"),
    ],
)
def test_single_terms(text: str, expected: str) -> None:
    assert normalize_duration(text) == expected
    assert normalize_durations(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "life", "life imprisonment", "death", "24 hours", "three and a half days",
        "from 3 to 10 years", "ranging from 23 to 28 years", "one to five years", "3-10 years",
        "between six months and two years", "two or three years",
        "up to 10 years", "at least five years", "more than two years",
        "five and three days'", "-5 years", "0 days", "300 years", "", "x" * 5000,
    ],
)
def test_no_single_term(text: str) -> None:
    assert normalize_duration(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("five and three days'", ["P5D", "P3D"]),  # "... administrative detention respectively"
        ("two and four years", ["P2Y", "P4Y"]),
        ("two, three and five years", ["P2Y", "P3Y", "P5Y"]),
        ("two years and four years", ["P2Y", "P4Y"]),
        ("two and a half years", ["P2Y6M"]),
        ("from 3 to 10 years", []),
        ("life", []),
    ],
)
def test_respectively_lists(text: str, expected: list[str]) -> None:
    assert normalize_durations(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("from 3 to 10 years", True),
        ("ranging from 23 to 28 years", True),
        ("one to five years", True),
        ("between six months and two years", True),
        ("3\u201310 years", True),
        ("two or three years", True),
        ("two and a half years", False),
        ("five and three days'", False),
        ("twenty-five years", False),
        ("10-year", False),
        ("life", False),
    ],
)
def test_is_duration_range(text: str, expected: bool) -> None:
    assert is_duration_range(text) is expected


@pytest.mark.parametrize(
    ("iso", "expected"),
    [("P1Y6M", (18, 0)), ("P18M", (18, 0)), ("P3W", (0, 21)), ("P21D", (0, 21)), ("P2Y10D", (24, 10))],
)
def test_duration_total(iso: str, expected: tuple[int, int]) -> None:
    assert duration_total(iso) == expected


@pytest.mark.parametrize("iso", ["", "P", "PT24H", "2Y", "P-1Y", "life"])
def test_duration_total_rejects(iso: str) -> None:
    with pytest.raises(ValueError):
        duration_total(iso)


def test_gold_duration_texts(gold_records: list[tuple[dict[str, Any], dict[str, Any]]]) -> None:
    checked = 0
    for record, _ in gold_records:
        text = record.get("duration_text")
        if not text:
            continue
        if record["duration"] is None:
            assert normalize_duration(text) is None and is_duration_range(text), text
        else:
            assert record["duration"] in normalize_durations(text), text
        checked += 1
    assert checked > 10


_WORDS = st.sampled_from(
    ["two", "and", "a", "half", "years", "year's", "months'", "-", "to", "from", "between", "18", "0", "300",
     "days", "weeks", "hours", "one", "twenty", "up", "life", "additional", ",", "\u2011month", "1e309", "-5"]
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=60), st.lists(_WORDS, max_size=7).map(" ".join)))
def test_outputs_are_valid_iso(text: str) -> None:
    single = normalize_duration(text)
    many = normalize_durations(text)
    is_duration_range(text)
    for value in ([single] if single else []) + many:
        assert ISO_DURATION.match(value), value
        months, days = duration_total(value)
        assert 0 < months * 31 + days and months <= 2400
