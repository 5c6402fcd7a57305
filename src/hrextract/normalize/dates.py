"""Normalise date phrases from report prose to the contract's partial ISO dates.

The contract stores dates as ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, as
precise as the text allows, plus ``date_end`` for a stated range. Report
phrases are rarely full dates: "4 January" (year from the report), "the end
of January", "early 2002", "19-24 January", "June and July", "at year's end".

How it works: the phrase is cleaned (dashes, apostrophes, leading
prepositions), whole-year phrases ("during the year") are matched first,
then ranges are split and each side is parsed as a single phrase. A single
phrase may carry a fuzzy qualifier ("early", "mid-", "the end of") which
caps its precision at the month. The bare phrase is checked against a strict
vocabulary (month and weekday names from babel's English locale, day
numbers, one four-digit year, a few filler words) so that prose which is not a
date returns None, then parsed by dateparser with the year always supplied,
so dateparser never invents a year, and its day is kept only when the text
states one. Impossible days ("the 31st of February") fall back to the month.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from functools import cache, lru_cache
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

__all__ = ["DateValue", "normalize_date"]

#: Years outside this window are typos or noise for these reports.
MIN_YEAR, MAX_YEAR = 1900, 2100
#: Date phrases are short; longer input is not a date phrase.
MAX_INPUT_CHARS = 120
#: Leap year used to tell "is this a date at all" when no year is known.
_PROBE_YEAR = 2000

_DASHES = re.compile("[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]")
_APOSTROPHES = re.compile("[\u2018\u2019\u02bc\u00b4`]")

#: Prepositions and hedges that may open a date phrase and carry no meaning here.
_LEADING = re.compile(
    r"^(?:on|in|at|by|during|since|from|until|till|through|throughout|around|about|"
    r"approximately|circa|as\s+of|as\s+early\s+as|as\s+late\s+as|before|after|of|between|"
    r"sometime\s+in|some\s+time\s+in)\s+"
)
#: "at year's end", "the end of the year" -> December of the year.
_YEAR_END = re.compile(
    r"(?:the\s+)?(?:year'?s\s+end|year[\s-]end|(?:very\s+)?(?:end|close)\s+of\s+the\s+year)"
)
#: Phrases meaning "some time in the year" -> the year itself.
_WHOLE_YEAR = re.compile(
    r"(?:(?:early|earlier|late|later|mid|middle)\s+(?:in|of)\s+)?(?:the|this|that)\s+year"
    r"|(?:the\s+)?(?:first|second|latter|last|early|earlier|later?|middle)\s+"
    r"(?:half|part|months?|quarter|weeks?|days)\s+of\s+(?:the|this|that)\s+year"
    r"|(?:the\s+)?(?:beginning|start|middle)\s+of\s+(?:the|this|that)\s+year"
    r"|the\s+(?:first|second|third|fourth|last)\s+quarter\s+of\s+the\s+year"
)
#: Phrases meaning the year before the report's year.
_PREVIOUS_YEAR = re.compile(r"(?:the\s+)?(?:previous|preceding|prior)\s+year|last\s+year")
#: Fuzzy qualifiers in front of a month or a year: precision capped at the month.
_QUALIFIER = re.compile(
    r"^(?:(?:the\s+)?(?:very\s+)?(?:beginning|start|end|middle|close|(?:first|second|latter)\s+half|"
    r"(?:early|latter|later|last|first)\s+part|(?:first|second|third|fourth|last)\s+(?:week|weeks|days|"
    r"fortnight|ten\s+days)|(?:early|late|mid)\s+part)\s+of\s+|(?:the\s+)?(?:early|late|mid)(?:\s*-\s*|\s+))"
)
#: Seasons: only the year is known.
_SEASON = re.compile(
    r"^(?:the\s+)?(?:spring|summer|autumn|fall|winter|rainy\s+season|dry\s+season)(?:\s+of)?\s+(?P<rest>.+)$"
)
#: Holidays on a fixed calendar day, (month, day); movable feasts are not dates here.
_FIXED_HOLIDAYS = {
    "christmas day": (12, 25), "christmas eve": (12, 24), "christmas": (12, 25), "boxing day": (12, 26),
    "new year's day": (1, 1), "new year's eve": (12, 31),
}  # fmt: skip
_HOLIDAY = re.compile(
    "(?P<name>" + "|".join(re.escape(h) for h in sorted(_FIXED_HOLIDAYS, key=len, reverse=True)) + ")"
    r"(?:\s*,?\s*(?P<year>\d{4}))?"
)
_ISO = re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})(?:-(?P<d>\d{2}))?")
_NUMERIC = re.compile(r"\d{1,4}[/.]\d{1,2}[/.]\d{1,4}")
_YEAR_TOKEN = re.compile(r"(?<!\d)\d{4}(?!\d)")
_DAY_TOKEN = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?$")
_DECADE = re.compile(r"\d{3}0'?s\b")
#: Words that may surround a date without changing it ("the 4th of January", "2010 year").
_FILLERS = frozenset({"the", "of", "year", "day", "in", "on"})
#: Separators between the two ends of a range.
_RANGE_SEPARATOR = re.compile(r"\s*(?:-|/|\bto\b|\buntil\b|\btill\b|\bthrough\b|\band\b)\s*")


class DateValue(NamedTuple):
    """A normalised date: ``date`` and ``date_end`` as partial ISO strings or None."""

    date: str | None
    date_end: str | None


class _Partial(NamedTuple):
    """Date parts as far as the text states them."""

    year: int | None
    month: int | None
    day: int | None


@cache
def _month_names() -> dict[str, int]:
    """English month names and abbreviations (babel's locale data), plus "sept"."""
    from babel import Locale

    months = Locale("en").months["format"]
    names: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for number, name in months[width].items():
            names[name.casefold()] = number
    names["sept"] = 9
    return names


@cache
def _weekday_names() -> frozenset[str]:
    """English weekday names and abbreviations from babel's locale data."""
    from babel import Locale

    days = Locale("en").days["format"]
    return frozenset(n.casefold() for width in ("wide", "abbreviated") for n in days[width].values())


@cache
def _parser() -> DateDataParser:
    """The dateparser instance, built on first use (dateparser is slow to load)."""
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"],
        settings={
            "RETURN_TIME_AS_PERIOD": True,
            "PREFER_DAY_OF_MONTH": "first",
            "REQUIRE_PARTS": ["year"],
            "RELATIVE_BASE": datetime.datetime(_PROBE_YEAR, 1, 1),
        },
    )


@lru_cache(maxsize=4096)
def _dateparser(phrase: str) -> tuple[int, int, int, str] | None:
    """(year, month, day, period) from dateparser for a phrase that states its year."""
    try:
        data = _parser().get_date_data(phrase)
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    if data is None or data.date_obj is None:
        return None
    obj = data.date_obj
    return obj.year, obj.month, obj.day, str(data.period)


def _clean(text: str) -> str:
    """Casefold, unify dashes and apostrophes, drop outer punctuation and prepositions."""
    text = unicodedata.normalize("NFKC", text)
    text = _APOSTROPHES.sub("'", _DASHES.sub("-", text)).casefold()
    text = re.sub(r"\s+", " ", text).strip(" \t\n.,;:()[]\"")
    previous = None
    while previous != text:
        previous = text
        text = _LEADING.sub("", text)
    return text


def _tokens(text: str) -> list[str]:
    """Words and numbers of a phrase, punctuation dropped."""
    return re.findall(r"[a-z]+\.?|\d+(?:st|nd|rd|th)?", text)


def _year_in_range(year: int) -> bool:
    return MIN_YEAR <= year <= MAX_YEAR


def _parse_plain(text: str) -> _Partial | None:
    """Parse a phrase without qualifiers: "4 january", "june 28", "december 2001", "2009".

    Returns the parts the text states (year may be None) or None when the
    phrase is not a date or states an impossible year.
    """
    iso = _ISO.fullmatch(text)
    if iso:
        year, month = int(iso["y"]), int(iso["m"])
        day = int(iso["d"]) if iso["d"] else None
        if not _year_in_range(year) or not 1 <= month <= 12:
            return None
        return _Partial(year, month, day)
    if _NUMERIC.fullmatch(text):
        return _parse_numeric(text)
    if _DECADE.search(text):
        return None  # "the 1990s": not representable as a contract date
    years = _YEAR_TOKEN.findall(text)
    if len(years) > 1:
        return None
    year = int(years[0]) if years else None
    if year is not None and not _year_in_range(year):
        return None
    month: int | None = None
    days: list[int] = []
    for token in _tokens(text):
        bare = token.rstrip(".")
        day_match = _DAY_TOKEN.match(bare)
        if bare in _month_names():
            if month is not None:
                return None
            month = _month_names()[bare]
        elif day_match:
            days.append(int(day_match.group(1)))
        elif token.isdigit() and len(token) == 4:
            continue  # the year, already read
        elif bare not in _FILLERS and bare not in _weekday_names():
            return None
    if len(days) > 1 or (days and month is None):
        return None
    if month is None:
        return _Partial(year, None, None) if year is not None else None
    day = days[0] if days else None
    return _confirm_with_dateparser(text, year, month, day)


def _confirm_with_dateparser(text: str, year: int | None, month: int, day: int | None) -> _Partial:
    """Let dateparser read the phrase (year supplied) and keep only stated parts.

    When dateparser cannot build the date (an impossible day such as "31st of
    February") the month is kept without the day.
    """
    probe = text if year is not None else f"{text} {_PROBE_YEAR}"
    parsed = _dateparser(probe)
    if day is None or parsed is None:
        return _Partial(year, month, None)
    p_year, p_month, p_day, period = parsed
    if period != "day" or p_month != month or p_day != day or p_year != (year or _PROBE_YEAR):
        return _Partial(year, month, None)
    return _Partial(year, month, day)


def _parse_numeric(text: str) -> _Partial | None:
    """Numeric dates ("13/07/2017"), trusted only when dateparser reads a full date."""
    years = _YEAR_TOKEN.findall(text)
    if len(years) != 1 or not _year_in_range(int(years[0])):
        return None
    parsed = _dateparser(text)
    if parsed is None or parsed[3] != "day" or parsed[0] != int(years[0]):
        return None
    return _Partial(parsed[0], parsed[1], parsed[2])


def _parse_single(text: str) -> _Partial | None:
    """Parse one date phrase, allowing a fuzzy qualifier or a season in front.

    Fixed-day holidays ("Christmas Day", "New Year's Day") are dates too.
    """
    holiday = _HOLIDAY.fullmatch(text)
    if holiday:
        year = int(holiday["year"]) if holiday["year"] else None
        if year is not None and not _year_in_range(year):
            return None
        return _Partial(year, *_FIXED_HOLIDAYS[holiday["name"]])
    season = _SEASON.match(text)
    if season:
        inner = _parse_plain(season["rest"])
        return _Partial(inner.year, None, None) if inner and inner.month is None else None
    qualified = _QUALIFIER.match(text)
    if qualified:
        inner = _parse_plain(text[qualified.end() :])
        return _Partial(inner.year, inner.month, None) if inner else None
    return _parse_plain(text)


def _bare_day(text: str) -> int | None:
    """The day number of a bare "19" or "19th", as in the left side of "19-24 January"."""
    match = _DAY_TOKEN.match(text.strip())
    if match and 1 <= int(match.group(1)) <= 31:
        return int(match.group(1))
    return None


def _complete_end(start: _Partial, right: str, right_day: int | None) -> _Partial | None:
    """The end of a range written short: "January 19-24" (a day), "1998-99" (a year)."""
    if right_day is not None and start.day is not None:
        return _Partial(start.year, start.month, right_day)
    short_year = re.fullmatch(r"\d{2}", right.strip())
    if short_year and start.month is None and start.year is not None:
        candidate = start.year // 100 * 100 + int(short_year.group())
        return _Partial(candidate, None, None) if candidate > start.year else None
    return None


def _range_sides(left: str, right: str) -> tuple[_Partial, _Partial] | None:
    """Parse both ends of a range, lending missing parts from one side to the other."""
    left_day, right_day = _bare_day(left), _bare_day(right)
    start = None if left_day is not None else _parse_single(left)
    end = None if right_day is not None else _parse_single(right)
    if start is None and left_day is not None and end is not None and end.month is not None:
        start = _Partial(end.year, end.month, left_day)
    if end is None and start is not None:
        end = _complete_end(start, right, right_day)
    if start is None or end is None:
        return None
    if (start.month is None) != (end.month is None):
        return None  # "2001 - March" mixes precisions: not a range
    if start.year is None and end.year is not None:
        behind = start.month is not None and end.month is not None and start.month > end.month
        start = start._replace(year=end.year - 1 if behind else end.year)
    elif end.year is None and start.year is not None:
        ahead = start.month is not None and end.month is not None and end.month < start.month
        end = end._replace(year=start.year + 1 if ahead else start.year)
    return start, end


def _parse_range(text: str) -> tuple[_Partial, _Partial] | None:
    """Split "19-24 january", "june and july", "1998-1999" into two dated ends."""
    for separator in _RANGE_SEPARATOR.finditer(text):
        left, right = text[: separator.start()].strip(), text[separator.end() :].strip()
        if not left or not right:
            continue
        sides = _range_sides(left, right)
        if sides is not None:
            return sides
    return None


def _fill_year(part: _Partial, year: int | None) -> _Partial | None:
    """Give a year-less part the report's year; None when no year is known."""
    if part.year is not None:
        return part
    return part._replace(year=year) if year is not None else None


def _format(part: _Partial) -> str | None:
    """Render a part as YYYY, YYYY-MM or YYYY-MM-DD, dropping an impossible day."""
    if part.year is None or not _year_in_range(part.year):
        return None
    if part.month is None:
        return f"{part.year:04d}"
    if not 1 <= part.month <= 12:
        return None
    if part.day is not None:
        try:
            return datetime.date(part.year, part.month, part.day).isoformat()
        except ValueError:
            pass
    return f"{part.year:04d}-{part.month:02d}"


def _year_phrase(text: str, year: int | None) -> DateValue | None:
    """Phrases about the report's year as a whole ("during the year", "at year's end")."""
    if _YEAR_END.fullmatch(text):
        return DateValue(f"{year:04d}-12", None) if year is not None else DateValue(None, None)
    if _WHOLE_YEAR.fullmatch(text):
        return DateValue(f"{year:04d}", None) if year is not None else DateValue(None, None)
    if _PREVIOUS_YEAR.fullmatch(text):
        return DateValue(f"{year - 1:04d}", None) if year is not None else DateValue(None, None)
    return None


def _normalize(text: str, year: int | None) -> DateValue | None:
    """Body of ``normalize_date`` on cleaned text."""
    if not text:
        return None
    whole = _year_phrase(text, year)
    if whole is not None:
        return whole
    single = _parse_single(text)
    if single is not None:
        filled = _fill_year(single, year)
        return DateValue(_format(filled), None) if filled else DateValue(None, None)
    sides = _parse_range(text)
    if sides is None:
        return None
    start, end = _fill_year(sides[0], year), _fill_year(sides[1], year)
    if start is None or end is None:
        return DateValue(None, None)
    first, last = _format(start), _format(end)
    if first is None or last is None:
        return None
    if last < first:
        return DateValue(first, None)  # an end before the start: keep what is sure
    return DateValue(first, None if last == first else last)


def normalize_date(text: str, *, year: int | None) -> DateValue | None:
    """Normalise a date phrase to ``DateValue(date, date_end)``.

    ``year`` is the year the report covers; it completes phrases that state no
    year ("4 January" -> "2017-01-04"). When ``year`` is None (or outside
    1900-2100) and the phrase states no year, the result is
    ``DateValue(None, None)``: a date, but not placeable (the caller keeps
    ``date_text``). Returns None when the text is not a date this function
    understands (including decades, years outside 1900-2100, over-long input).

    Precision follows the text: fuzzy qualifiers ("early", "mid-", "the end
    of", "the first week of") keep the month or year only; "at year's end" is
    December; whole-year phrases ("during the year", "early in the year",
    "the first half of the year") give the year; "the previous year" and
    "last year" give the year before ``year``. Ranges ("19-24 January",
    "June and July", "1998-1999", "between 1998-1999") fill ``date_end``.
    Never raises.
    """
    if not isinstance(text, str) or len(text) > MAX_INPUT_CHARS:
        return None
    if year is not None and (not isinstance(year, int) or not _year_in_range(year)):
        year = None
    try:
        return _normalize(_clean(text), year)
    except (ValueError, OverflowError, RecursionError):
        return None
