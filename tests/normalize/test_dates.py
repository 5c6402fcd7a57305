"""normalize_date: report date phrases to YYYY, YYYY-MM, YYYY-MM-DD and ranges."""

from __future__ import annotations

import datetime
import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hrextract.normalize.dates import DateValue, normalize_date

ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _valid(value: str) -> bool:
    """A partial ISO date naming a real calendar day/month/year."""
    if not ISO.match(value):
        return False
    parts = [int(p) for p in value.split("-")]
    datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    return True


@pytest.mark.parametrize(
    ("text", "year", "date", "date_end"),
    [
        ("4 January", 2017, "2017-01-04", None),
        ("June 28", 2002, "2002-06-28", None),
        ("July 24", 2004, "2004-07-24", None),
        ("On 13 July", 2017, "2017-07-13", None),
        ("the end of January", 2017, "2017-01", None),
        ("At the end of July", 2000, "2000-07", None),
        ("early September", 2012, "2012-09", None),
        ("In early March", 2012, "2012-03", None),
        ("mid-2010", 2017, "2010", None),
        ("early 2002", 2003, "2002", None),
        ("In late 2005", 2006, "2005", None),
        ("December 2001", 2002, "2001-12", None),
        ("September 1998", 1999, "1998-09", None),
        ("August 2003", 2004, "2003-08", None),
        ("2009", 2017, "2009", None),
        ("in 2000", 2001, "2000", None),
        ("19-24 January", 2017, "2017-01-19", "2017-01-24"),
        ("19\u201324 January", 2017, "2017-01-19", "2017-01-24"),
        ("January 19-24", 2017, "2017-01-19", "2017-01-24"),
        ("June and July", 2002, "2002-06", "2002-07"),
        ("1998-1999", 2001, "1998", "1999"),
        ("between 1998-1999", 2001, "1998", "1999"),
        ("1998-99", 2001, "1998", "1999"),
        ("April\u2011May", 2007, "2007-04", "2007-05"),
        ("between 19 and 24 January 2016", 2017, "2016-01-19", "2016-01-24"),
        ("December 2001 and January 2002", 2002, "2001-12", "2002-01"),
        ("during the year", 2003, "2003", None),
        ("During the year", 2003, "2003", None),
        ("at year's end", 2008, "2008-12", None),
        ("by year's end", 2008, "2008-12", None),
        ("at year\u2019s end", 2008, "2008-12", None),
        ("December 25", 2012, "2012-12-25", None),
        ("November 1", 2012, "2012-11-01", None),
        ("the first half of the year", 2012, "2012", None),
        ("Early in the year", 2012, "2012", None),
        ("the previous year", 2012, "2011", None),
        ("the first week of September", 2012, "2012-09", None),
        ("the 4th of January", 2017, "2017-01-04", None),
        ("Monday, 4 January", 2017, "2017-01-04", None),
        ("summer 2010", 2017, "2010", None),
        ("2017-01-19", None, "2017-01-19", None),
        ("13/07/2017", None, "2017-07-13", None),
        ("May", 2000, "2000-05", None),
        ("the year 2010", None, "2010", None),
        ("On Christmas Day", 2010, "2010-12-25", None),  # Lesotho 2010
        ("New Year's Day 2009", 2010, "2009-01-01", None),
    ],
)
def test_phrases(text: str, year: int | None, date: str, date_end: str | None) -> None:
    assert normalize_date(text, year=year) == DateValue(date, date_end)


@pytest.mark.parametrize(
    "text", ["4 January", "the end of January", "June and July", "during the year", "at year's end"]
)
def test_no_year_known_keeps_text_for_caller(text: str) -> None:
    assert normalize_date(text, year=None) == DateValue(None, None)


def test_stated_year_needs_no_report_year() -> None:
    assert normalize_date("December 2001", year=None) == DateValue("2001-12", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the 31st of February", DateValue("2017-02", None)),  # impossible day: month only
        ("February 29", DateValue("2017-02", None)),
        ("2010 Year", DateValue("2010", None)),
    ],
)
def test_pathological_but_dated(text: str, expected: DateValue) -> None:
    assert normalize_date(text, year=2017) == expected


@pytest.mark.parametrize(
    "text",
    ["", "   ", "year 4033", "1850", "12", "yesterday", "nonsense text", "the mid-1990s", "mayhem", "x" * 10_000,
     "4 January " * 1000, "during the year " * 500],
)
def test_not_dates(text: str) -> None:
    assert normalize_date(text, year=2017) is None


def test_out_of_range_report_year_is_ignored() -> None:
    assert normalize_date("4 January", year=4033) == DateValue(None, None)


def test_gold_date_texts(gold_records: list[tuple[dict[str, Any], dict[str, Any]]]) -> None:
    checked = 0
    for record, meta in gold_records:
        if record.get("date_text") and record.get("date"):
            value = normalize_date(record["date_text"], year=meta.get("year"))
            assert value == DateValue(record["date"], record.get("date_end")), record["date_text"]
            checked += 1
    assert checked > 50


_PHRASES = st.sampled_from(
    ["January", "February", "29", "31st", "of", "the", "end", "early", "mid-", "and", "-", "\u2013", "to",
     "between", "2017", "1899", "2101", "99", "year's", "year", "during", "in", "on", "30", "May", "Sept."]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PHRASES, max_size=6).map(" ".join), st.one_of(st.none(), st.integers(1800, 2200)))
def test_date_like_noise_never_invalid(text: str, year: int | None) -> None:
    value = normalize_date(text, year=year)
    if value is not None:
        assert value.date is None or _valid(value.date)
        assert value.date_end is None or _valid(value.date_end)
        assert value.date_end is None or (value.date is not None and value.date <= value.date_end)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80), st.one_of(st.none(), st.integers(-10, 10_000)))
def test_random_text_never_raises(text: str, year: int | None) -> None:
    value = normalize_date(text, year=year)
    if value is not None:
        assert value.date is None or _valid(value.date)
        assert value.date_end is None or _valid(value.date_end)
