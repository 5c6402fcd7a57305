"""Fuzzing the untrusted-text path: the normalizers and ``hrextract.extract()``.

Report text is untrusted input. Whatever it holds -- random characters,
shuffled and truncated report sentences, impossible dates, numbers no parser
should believe, control characters, emoji, right-to-left text, lone
surrogates -- extraction must not raise, and every record it gives must
(1) validate against the record contract after a JSON round trip and
(2) carry evidence that is exactly ``text[start:end]``.

The normalizer properties here extend those in ``tests/normalize`` (which
check that each normalizer never raises on random text): they generate
*structured* near-misses (dates with impossible days and out-of-range years,
numbers in exponent notation or beyond 10**15, duration terms up to absurd
sizes, currency words) and check exact results or that every value could go
into a record as it is.

Hypothesis runs with modest ``max_examples`` and no deadline; the pipeline is
loaded once per session (``pipeline.load`` is cached).
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from pathlib import Path

import pycountry
import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from hrextract.api import MAX_RUN_CHARS, chunks, extract, make_doc
from hrextract.normalize import (
    body_code,
    body_names,
    clean_name,
    normalize_date,
    normalize_duration,
    normalize_durations,
    parse_money,
    parse_money_list,
    parse_number,
)
from hrextract.reading import InputError, read_document
from hrextract.records import (
    BODY_CODES,
    AnyRecord,
    check_evidence,
    date_bounds,
    duration_key,
    parse_record,
    record_to_json,
)

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------


def assert_valid(records: list[AnyRecord], text: str, *, doc_id: str = "text", country: str | None = None) -> None:
    """Every record survives a JSON round trip unchanged and its evidence is ``text[start:end]``."""
    for record in records:
        line = record_to_json(record)
        line.encode("utf-8")  # writable as UTF-8 (no lone surrogate)
        again = parse_record(line)
        assert record_to_json(again) == line
        check_evidence(record, text)
        assert record.doc_id == doc_id
        assert record.country == country


def _minimal(record_type: str, **fields: object) -> dict:
    """A record dict with the given fields, everything else minimal, for validating values."""
    base: dict = {"record_type": record_type, "doc_id": "d", "evidence": {"text": "x", "start": 0, "end": 1}}
    if record_type != "treaty_body_finding":
        base["subject"] = {"name": "A", "kind": "person", "count": None, "description": None}
    if record_type == "detention":
        base["detention_type"] = "arrest"
    if record_type == "sentence":
        base.update(penalty="imprisonment", decision="imposed")
    if record_type == "treaty_body_finding":
        base.update(body_text="b", finding_type="other")
    base.update(fields)
    return base


def _suffix(day: int) -> str:
    return "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


# --------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------

DATE_FORMS = ["{d} {M} {y}", "{M} {d}, {y}", "the {d}{s} of {M} {y}", "{d}{s} {M} {y}", "on {d} {m} {y}",
              "{M} {d} {y}"]


@FUZZ
@given(
    day=st.integers(0, 40),
    month=st.integers(1, 12),
    year=st.one_of(st.integers(1890, 2110), st.integers(0, 9999)),
    form=st.sampled_from(DATE_FORMS),
    report_year=st.one_of(st.none(), st.integers(1890, 2110)),
)
@example(day=31, month=2, year=2017, form="the {d}{s} of {M} {y}", report_year=2017)
@example(day=29, month=2, year=2019, form="{d} {M} {y}", report_year=None)
@example(day=4, month=1, year=4033, form="{d} {M} {y}", report_year=2017)
def test_a_stated_date_is_exact_or_falls_back_to_its_month(day: int, month: int, year: int, form: str,
                                                           report_year: int | None) -> None:
    text = form.format(d=day, s=_suffix(day), M=calendar.month_name[month], m=calendar.month_abbr[month], y=year)
    value = normalize_date(text, year=report_year)
    if not 1900 <= year <= 2100:
        assert value is None or value == (None, None), text  # never year 4033 nor 1899
        return
    try:
        dt.date(year, month, day)
    except ValueError:
        assert value is None or value == (f"{year}-{month:02}", None), text  # "the 31st of February"
    else:
        assert value == (f"{year}-{month:02}-{day:02}", None), text


YEAR_PHRASES = ["{y} Year", "{y} year", "year {y}", "the year {y}", "in {y}", "{y}", "early {y}", "the end of {y}",
                "{y}-{z}", "between {y} and {z}", "{y}/{z}", "mid-{y}", "{y}s", "{y}'s"]


@FUZZ
@given(
    year=st.integers(0, 9999),
    other=st.integers(0, 9999),
    form=st.sampled_from(YEAR_PHRASES),
    report_year=st.one_of(st.none(), st.integers(-5, 10_000)),
)
@example(year=2010, other=0, form="{y} Year", report_year=2017)
@example(year=4033, other=0, form="year {y}", report_year=2017)
def test_year_phrases_give_dates_a_record_accepts(year: int, other: int, form: str, report_year: int | None) -> None:
    text = form.format(y=year, z=other)
    value = normalize_date(text, year=report_year)
    if value is None or value.date is None:
        assert value is None or value.date_end is None
        return
    record = parse_record(_minimal("detention", date=value.date, date_end=value.date_end))
    assert record.date == value.date
    stated = {int(y) for y in re.findall(r"\d{4}", text)}
    assert int(value.date[:4]) in stated | ({report_year} if report_year is not None else set())
    assert 1900 <= int(value.date[:4]) <= 2100


# --------------------------------------------------------------------------
# Durations
# --------------------------------------------------------------------------

UNITS = {"year": ("Y", 1), "years": ("Y", 1), "month": ("M", 1), "months": ("M", 1), "week": ("D", 7),
         "weeks": ("D", 7), "day": ("D", 1), "days": ("D", 1)}


@FUZZ
@given(n=st.one_of(st.integers(0, 300), st.integers(0, 10**7)), unit=st.sampled_from(sorted(UNITS)),
       tail=st.sampled_from(["", "'", " in prison", " of imprisonment", "’", "' imprisonment"]))
@example(n=200, unit="years", tail="")
@example(n=201, unit="years", tail="")
@example(n=0, unit="days", tail="")
@example(n=73201, unit="day", tail="")  # (one day over 200 years: the normalizer's day limit was 200 * 12 * 31)
def test_a_term_is_exact_or_refused_never_absurd(n: int, unit: str, tail: str) -> None:
    text = f"{n:,} {unit}{tail}"
    value = normalize_duration(text)
    letter, factor = UNITS[unit]
    months, seconds = (n * 12, 0) if letter == "Y" else (n, 0) if letter == "M" else (0, n * factor * 86400)
    absurd = months > 2400 or seconds > 200 * 366 * 86400
    if value is None:
        assert n == 0 or absurd, text  # only a zero or absurd term is refused
        return
    assert not absurd and n > 0, (text, value)
    assert duration_key(value) == (months, seconds), (text, value)
    parse_record(_minimal("sentence", duration=value))


@FUZZ
@given(st.lists(st.sampled_from(["-5", "1e309", "0", "-", "−3", "1.5", "half", "a", "two", "and", "years", "days",
                                 "months", "99999999999", "life", "up to", "respectively", ",", "three"]),
                min_size=1, max_size=8).map(" ".join))
@example("-5 years")
@example("−3 years")
@example("1e309 years")
@example("0 days")
def test_no_negative_zero_or_overflowing_term_reaches_a_record(text: str) -> None:
    for value in ([normalize_duration(text)] if normalize_duration(text) else []) + normalize_durations(text):
        months, seconds = duration_key(value)
        assert (months, seconds) != (0, 0) and months >= 0 and seconds >= 0
        parse_record(_minimal("sentence", duration=value))
    if re.fullmatch(r"[-−]\s*\d+ years", text):
        assert normalize_duration(text) is None


# --------------------------------------------------------------------------
# Numbers and money
# --------------------------------------------------------------------------

NUMBER_NOISE = ["1e309", "1E5", "1e3", "inf", "nan", "Infinity", "-5", "−5", "99999999999999999999", "0x10",
                "1_000", "1..2", "1,,000", "²", "½", "4,4", "١٢٣"]


@FUZZ
@given(st.one_of(
    st.sampled_from(NUMBER_NOISE),
    st.integers(10**15 + 1, 10**40).map(str),
    st.integers(10**15 + 1, 10**40).map(lambda n: f"{n:,}"),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.tuples(st.integers(0, 10**6), st.integers(0, 99), st.sampled_from(["million", "billion", "trillion"]))
      .map(lambda t: f"{t[0]}.{t[1]} {t[2]}"),
))
def test_parse_number_is_finite_and_bounded(text: str) -> None:
    value = parse_number(text)
    if value is None:
        return
    assert isinstance(value, (int, float)) and not isinstance(value, bool)
    assert math.isfinite(value) and 0 <= value <= 10**15, (text, value)
    if re.fullmatch(r"\d{16,}|[\d,]{20,}", text):
        pytest.fail(f"{text!r} is beyond 10**15 and must be refused, got {value!r}")


CURRENCY_WORDS = ["tenge", "CFA francs", "francs", "dollars", "US$", "$", "EUR", "euros", "€", "manat", "rubles",
                  "roubles", "naira", "leones", "dinars", "pounds", "KZT", "XOF", "ABC", "XXX", "som", "soms"]


@FUZZ
@given(
    amount=st.one_of(st.integers(0, 10**18), st.sampled_from(NUMBER_NOISE), st.floats(0, 1e20).map(lambda f: f"{f:,.2f}")),
    word=st.sampled_from(CURRENCY_WORDS),
    before=st.booleans(),
    conversion=st.one_of(st.none(), st.tuples(st.sampled_from(["EUR", "$", "US$", "€"]), st.integers(0, 10**9))),
    country=st.sampled_from([None, "KAZ", "AZE", "TKM", "BLR", "MLI", "NGA", "SLE", "XXX", ""]),
)
def test_money_values_are_ones_a_fine_record_accepts(amount: object, word: str, before: bool,
                                                     conversion: tuple[str, int] | None, country: str | None) -> None:
    number = f"{amount:,}" if isinstance(amount, int) else str(amount)
    text = f"{word}{number}" if before else f"{number} {word}"
    if conversion is not None:
        text += f" ({conversion[0]}{conversion[1]:,})"
    found = parse_money_list(text, country=country)
    single = parse_money(text, country=country)
    for money in found + ([single] if single else []):
        if money.currency is not None:
            assert pycountry.currencies.get(alpha_3=money.currency) is not None, money
        if money.amount is not None:
            assert math.isfinite(money.amount) and 0 <= money.amount <= 10**15, money
        fields: dict = {"amount": None if money.amount is None else float(money.amount), "currency": money.currency}
        parse_record(_minimal("fine", **fields))
    if isinstance(amount, int) and word == "tenge" and not before and conversion is None:
        expected = amount if amount <= 10**15 else None
        assert (single.amount if single else None) == expected, text


@pytest.mark.parametrize("text", ["1e309 tenge", "-5 tenge", "0x10 tenge"])
def test_part_of_a_number_is_not_an_amount(text: str) -> None:
    money = parse_money(text, country="KAZ")
    assert money is None or money.amount is None


# --------------------------------------------------------------------------
# Bodies and names
# --------------------------------------------------------------------------

NOISE = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=12)


def test_every_lexicon_row_names_a_contract_code() -> None:
    """A comma inside an unquoted name once split a row of bodies.csv into name "Committee on
    Economic" and code "Social and Cultural Rights"."""
    assert [(name, code) for name, code in body_names() if code not in BODY_CODES] == []


@FUZZ
@given(st.sampled_from(body_names()), NOISE, NOISE, st.sampled_from([str, str.upper, str.lower, str.title]))
def test_body_codes_are_contract_codes(name: tuple[str, str], left: str, right: str, case) -> None:  # type: ignore[no-untyped-def]
    code = body_code(f"{left} {case(name[0])} {right}")
    assert code is None or code in BODY_CODES


@FUZZ
@given(
    st.lists(st.sampled_from(["Mr.", "Mrs", "Dr", "Father", "Maks", "Bokaev", "'s", "’s", "'", "(ILI)", "“", "”",
                              "\u202e", "👮", "\u0301", "-", ",", "  ", "\t", "\u00a0", "Zhanna"]), max_size=8)
    .map(" ".join)
)
def test_clean_names_can_be_record_names(text: str) -> None:
    name = clean_name(text)
    if name:
        record = parse_record(_minimal("detention", subject={"name": name, "kind": "person"}))
        assert record.subject.name == name
    assert name == name.strip()
    assert len(name) <= len(text)


# --------------------------------------------------------------------------
# extract(): random and mutated text
# --------------------------------------------------------------------------


def _sentences() -> list[str]:
    out: list[str] = []
    for path in sorted(RAW.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out.extend(s for s in re.split(r"(?<=[.!?])\s+", text) if len(s.split()) >= 3)
    return out


SENTENCES = _sentences()
INSERTS = [
    "1e309", "99999999999999999999 tenge", "the 31st of February", "2010 Year", "year 4033", "-5 years", "0 days",
    "1,300,000 tenge", "(EUR4,000 and 8,300)", "CFA francs", "$100", "respectively", "arrested", "fined",
    "sentenced to", "in absentia", "life imprisonment", "the UN Committee against Torture", "two and a half years'",
    "on 4 January", "between 1998-1999", "he", "they", "the two journalists", "(", ")", ";", "\u202eRTL\u202c",
    "שלום", "مرحبا", "👮‍♀️", "\x0b", "\x0c", "\x1b[31m", "\u200b", "\ufeff", "\r", "\n\n", "\u2028", "\t",
]
SEPARATORS = [" ", "\n", "\r\n", "\n\n", "\r\n\r\n", "", "\r"]


@st.composite
def mutated_report(draw: st.DrawFn) -> str:
    """Report sentences from data/raw, shuffled, joined oddly, with inserted numbers, dates, currency
    words and odd characters, then perhaps truncated."""
    picked = draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=10))
    words = draw(st.sampled_from(SEPARATORS)).join(picked).split(" ")
    for _ in range(draw(st.integers(0, 8))):
        words.insert(draw(st.integers(0, len(words))), draw(st.sampled_from(INSERTS)))
    text = " ".join(words)
    if draw(st.booleans()):
        text = text[: draw(st.integers(0, len(text)))]
    return text


WORD_SOUP = st.lists(
    st.sampled_from(["police", "arrested", "detained", "held", "sentenced", "fined", "court", "the", "a", "to", "years",
                     "months", "in", "prison", "tenge", "Maks", "Bokaev", "Ali", "and", "respectively", "UN",
                     "Committee", "against", "Torture", "found", "violation", "urged", ",", ".", "1,300,000", "two",
                     "half", "January", "31st", "of", "February", "2010", "Year", "4033", "1e309", "-5", "he",
                     "they", "three", "journalists", "was", "were", "on", "(", ")", "EUR4,000", "$", "CFA", "francs",
                     "life", "death", "suspended", "upheld", "overturned", "\n", "\n\n"]),
    max_size=80,
).map(" ".join)


@FUZZ
@given(text=st.one_of(st.text(max_size=300), WORD_SOUP),
       year=st.one_of(st.none(), st.integers(1900, 2100)),
       country=st.sampled_from([None, "KAZ", "Mali", "NER"]))
def test_extract_random_text(nlp, text: str, year: int | None, country: str | None) -> None:
    records = extract(text, year=year, country=country, nlp=nlp)
    iso3 = {None: None, "KAZ": "KAZ", "Mali": "MLI", "NER": "NER"}[country]
    assert_valid(records, text, country=iso3)


@FUZZ
@given(text=mutated_report(), year=st.one_of(st.none(), st.integers(1900, 2100)))
# (a name the parser hung inside the subject it precedes: "Minister Bernard 1e309 Kolelas was tried")
@example(text="1e309 1e309 However, MOJ officials noted that some police lacked adequate training and did not know "
              "how to charge a person properly. In 2000 former Prime Minister Bernard 1e309 Kolelas was tried, "
              "convicted, and sentenced to death in absentia on charges of having maintained private prisons in "
              "which opponents were tortured during the 1997 war.", year=None)
def test_extract_mutated_corpus_text(nlp, text: str, year: int | None) -> None:
    records = extract(text, year=year, country="KAZ", doc_id="mutated", nlp=nlp)
    assert_valid(records, text, doc_id="mutated", country="KAZ")


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=mutated_report(), size=st.integers(40, 400))
def test_chunked_extraction_keeps_offsets_exact(nlp, text: str, size: int) -> None:
    """Small chunks force every kind of cut (paragraph, line, sentence, word, hard)."""
    records = extract(text, year=2017, country="KAZ", nlp=nlp, chunk_chars=size)
    assert_valid(records, text, country="KAZ")


@settings(max_examples=100, deadline=None)
@given(text=st.one_of(st.text(max_size=600), WORD_SOUP, mutated_report()), size=st.integers(10, 300))
def test_chunks_cover_the_text_and_cut_between_words_when_they_can(text: str, size: int) -> None:
    pieces = chunks(text, size)
    assert "".join(piece for _, piece in pieces) == text
    position = 0
    for offset, piece in pieces:
        assert offset == position and len(piece) <= size
        position += len(piece)
    for offset, piece in pieces[:-1]:
        window = text[offset:offset + size]
        if any(ch.isspace() for ch in window[size // 4 + 1:]):
            assert piece[-1].isspace(), (piece[-20:], window[-20:])


@settings(max_examples=100, deadline=None)
@given(text=st.one_of(st.text(max_size=600), WORD_SOUP, st.text(alphabet="().,;: \n", max_size=600)),
       tokens=st.integers(1, 60))
@example(text="(" * 300 + ")" * 300, tokens=50)
def test_chunks_hold_a_bounded_number_of_tokens(text: str, tokens: int) -> None:
    """Punctuation has a token per character: chunks are bounded in tokens as well as characters."""
    import hrextract.api as api

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(api, "CHUNK_TOKENS", tokens)
        pieces = chunks(text, 10_000)
    assert "".join(piece for _, piece in pieces) == text
    for _, piece in pieces:
        assert len(re.findall(r"\w+|[^\w\s]", piece)) <= tokens, piece


RUNS = st.lists(
    st.one_of(
        st.text(alphabet=" \t\n\r\u00a0\u2028", min_size=1, max_size=3),
        st.tuples(st.sampled_from(list(".,;:!?()[]{}\"'-/aZ9é👮")), st.integers(1, 3 * MAX_RUN_CHARS)).map(lambda t: t[0] * t[1]),
        st.text(max_size=30),
    ),
    max_size=12,
).map("".join)


@settings(max_examples=80, deadline=None)
@given(RUNS)
@example(".,;:!?()[]{}" * 100)
@example(" " + "x" * (MAX_RUN_CHARS + 1) + " ")
def test_make_doc_keeps_the_text_exactly(nlp, text: str) -> None:
    """Long whitespace-free runs are tokenized in pieces, the Doc's text unchanged."""
    doc = make_doc(nlp, text)
    assert doc.text == text
    assert all(len(token) <= max(MAX_RUN_CHARS, 1) or token.is_space for token in doc)


# --------------------------------------------------------------------------
# The pathological inputs of the issue, one by one
# --------------------------------------------------------------------------

UNIT = "The police arrested journalist Maks Bokaev in Atyrau on 4 January and fined him 100 tenge "

PATHOLOGICAL = {
    "impossible-day": "On the 31st of February police arrested Maks Bokaev. He was fined 100 tenge on 30 February.",
    "year-word": "In 2010 Year the court sentenced Maks Bokaev to five years in prison.",
    "far-future-year": "In year 4033 police arrested Maks Bokaev. On 4 January 4033 the court fined him 100 tenge.",
    "exponent": "The court fined Maks Bokaev 1e309 tenge and sentenced him to 1e309 years in prison.",
    "huge-amount": "The court fined Maks Bokaev 99999999999999999999 tenge (EUR 99999999999999999999).",
    "huge-term": "The court sentenced Maks Bokaev to 99999999999 years and 99999999999 days in prison.",
    "negative": "The court sentenced Maks Bokaev to -5 years in prison and fined him -100 tenge.",
    "zero": "The court sentenced Maks Bokaev to 0 years in prison and fined him 0 tenge.",
    "control-characters": "Police \x01arrested\x02 Maks \x1b[31mBokaev\x7f on 4 January.\x0b\x0c\x1c\x1d\x1e\x85 "
                          "The court\x08 sentenced him to five years.",
    "emoji": "👮 Police arrested 🧑‍⚖️ Maks Bokaev 😢 on 4 January. The court 🏛 sentenced him to five years 🔒.",
    "right-to-left": "اعتقلت الشرطة ماكس بوكاييف. Police arrested \u202eMaks Bokaev\u202c on 4 January. "
                     "The court sentenced עמוס כהן to five years.",
    "zero-width-and-combining": "Police arre\u200bsted Ma\u0301\u0301\u0301ks Bo\u200dkaev on 4\u00a0January.",
    "line-separators": "Police arrested Maks Bokaev\u2028on 4 January.\u2029The court fined him 100 tenge.",
    "only-punctuation": ".,;:!?()[]{}" * 2000,
    "only-newlines": "\n\r\n\r" * 10_000,
    "one-giant-word": "a" * 50_000,
    "nested-parentheses": "(" * 5000 + "police arrested Maks Bokaev" + ")" * 5000,
    # a run-on line with no sentence break, trigger-dense: minutes before the sentence-length cap
    "long-line-no-break": (UNIT * 500)[:45_000],
    # a trigger in every short sentence: minutes before the per-Doc memo in the event extractor
    "dense-triggers": "Police arrested Maks Bokaev on 4 January. " * 1000,
    "repeated-trigger-word": "arrested " * 20_000,
    "capitalized-run": "Police Arrested " * 2500,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_text(nlp, name: str) -> None:
    text = PATHOLOGICAL[name]
    records = extract(text, year=2017, country="KAZ", nlp=nlp)
    assert_valid(records, text, country="KAZ")
    for record in records:
        assert record.date is None or 1900 <= int(record.date[:4]) <= 2100
        amount = getattr(record, "amount", None)
        assert amount is None or amount < 10**15


def test_lone_surrogates_are_replaced_not_fatal(nlp) -> None:
    """A Python caller may pass lone surrogates; they become U+FFFD, one for one, offsets unchanged."""
    text = "Police arrested Maks \ud800Bokaev on 4 January. The court fined him 100 tenge \udfff."
    records = extract(text, year=2017, country="KAZ", nlp=nlp)
    assert records
    clean = text.replace("\ud800", "\ufffd").replace("\udfff", "\ufffd")
    assert_valid(records, clean, country="KAZ")


@pytest.mark.parametrize(
    "data",
    [
        b"Police arrested \xed\xa0\x80 Maks Bokaev.\n",  # a UTF-8-encoded surrogate (CESU-8/WTF-8)
        b"\xff\xfe" + "Police arrested \ud800 him.".encode("utf-16-le", "surrogatepass"),  # UTF-16, lone surrogate
        b"\xef\xbb\xbfPolice arrested \xed\xbf\xbf him.\n",
    ],
)
def test_decoded_files_never_hold_surrogates(tmp_path: Path, data: bytes) -> None:
    """Strict decoding refuses encoded surrogates: a file's text is either rejected or surrogate-free."""
    path = tmp_path / "report.txt"
    path.write_bytes(data)
    try:
        document = read_document(path)
    except InputError:
        return
    assert not re.search("[\ud800-\udfff]", document.text)
