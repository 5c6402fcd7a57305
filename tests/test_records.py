"""Tests of the record models against the contract and the gold data."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from hrextract.records import (
    DetentionRecord,
    FineRecord,
    SentenceRecord,
    Subject,
    TreatyBodyFindingRecord,
    check_evidence,
    duration_key,
    make_record_id,
    parse_record,
    record_json_schema,
    record_to_json,
)

ROOT = Path(__file__).resolve().parents[1]
GOLD_FILES = sorted((ROOT / "data" / "annotated").glob("*.jsonl"))


def _gold_lines() -> list[tuple[str, int, str]]:
    """(file stem, line number, line) of every non-blank gold line."""
    lines = []
    for path in GOLD_FILES:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                lines.append((path.stem, number, line))
    return lines


GOLD_LINES = _gold_lines()


def _raw_text(doc_id: str) -> str:
    """The document text exactly as the contract reads it."""
    with open(ROOT / "data" / "raw" / f"{doc_id}.txt", encoding="utf-8", newline="") as handle:
        text = handle.read()
    return text.removeprefix("\ufeff")


def _detention(**overrides: Any) -> dict[str, Any]:
    """A valid detention record as a dict, with fields overridden."""
    data: dict[str, Any] = {
        "record_type": "detention",
        "doc_id": "doc",
        "country": "KAZ",
        "date": "2017-01-05",
        "date_end": None,
        "date_text": "5 January",
        "subject": {"name": "Maks Bokaev", "kind": "person", "count": None, "description": None},
        "detention_type": "arrest",
        "location": None,
        "authority": None,
        "evidence": {"text": "abc", "start": 10, "end": 13},
    }
    data.update(overrides)
    return data


def _sentence(**overrides: Any) -> dict[str, Any]:
    """A valid sentence record as a dict, with fields overridden."""
    data = _detention(record_type="sentence", penalty="imprisonment", duration="P2Y6M",
                      duration_text="two and a half years", decision="imposed", court=None,
                      charges=[])  # fmt: skip
    for key in ("detention_type", "location", "authority"):
        del data[key]
    data.update(overrides)
    return data


def _fine(**overrides: Any) -> dict[str, Any]:
    """A valid fine record as a dict, with fields overridden."""
    data = _detention(record_type="fine", amount=1300000, currency="KZT",
                      amount_text="1,300,000 tenge",
                      equivalents=[{"amount": 4000, "currency": "EUR"}], reason=None)  # fmt: skip
    for key in ("detention_type", "location", "authority"):
        del data[key]
    data.update(overrides)
    return data


# ---------------------------------------------------------------- gold data


def test_gold_files_exist() -> None:
    assert GOLD_FILES and GOLD_LINES


@pytest.mark.parametrize(("doc_id", "number", "line"), GOLD_LINES,
                         ids=[f"{d}:{n}" for d, n, _ in GOLD_LINES])  # fmt: skip
def test_gold_line_validates_and_round_trips(doc_id: str, number: int, line: str) -> None:
    original = json.loads(line)
    record = parse_record(line)
    assert record.doc_id == doc_id
    written = record_to_json(record)
    assert "\n" not in written
    again = json.loads(written)
    assert again.pop("id") == record.id
    assert again == original  # field values survive exactly; id is the only addition
    assert list(again) == list(original) or "optional" in original
    assert parse_record(written) == record


@pytest.mark.parametrize(("doc_id", "number", "line"), GOLD_LINES,
                         ids=[f"{d}:{n}" for d, n, _ in GOLD_LINES])  # fmt: skip
def test_gold_evidence_matches_raw_text(doc_id: str, number: int, line: str) -> None:
    check_evidence(parse_record(line), _raw_text(doc_id))


def test_gold_amounts_are_written_as_integers() -> None:
    record = parse_record(_fine())
    assert '"amount":1300000,' in record_to_json(record)
    assert '{"amount":4000,"currency":"EUR"}' in record_to_json(record)


# ---------------------------------------------------------------- output format


def test_field_order_follows_contract() -> None:
    record = parse_record(_sentence(confidence=0.5, optional=True))
    keys = list(json.loads(record_to_json(record)))
    assert keys[:6] == ["record_type", "doc_id", "country", "date", "date_end", "date_text"]
    assert keys[6:13] == ["subject", "penalty", "duration", "duration_text", "decision",
                          "court", "charges"]  # fmt: skip
    assert keys[13:] == ["optional", "evidence", "id", "confidence"]


def test_optional_and_confidence_written_only_when_set() -> None:
    plain = json.loads(record_to_json(parse_record(_detention())))
    assert "optional" not in plain and "confidence" not in plain
    marked = json.loads(record_to_json(parse_record(_detention(optional=True, confidence=0.25))))
    assert marked["optional"] is True and marked["confidence"] == 0.25


def test_output_is_compact_utf8_and_line_safe() -> None:
    text = "Żanna\u2028x"
    record = parse_record(_detention(evidence={"text": text, "start": 0, "end": len(text)}))
    line = record_to_json(record)
    assert "Żanna" in line and "\u2028" not in line
    assert line.startswith('{"record_type":"detention","doc_id":"doc",')
    assert parse_record(line).evidence.text == text


def test_repr_is_one_readable_line() -> None:
    record = parse_record(_sentence())
    shown = repr(record)
    assert "\n" not in shown
    for part in ("sentence", "2017-01-05", "Maks Bokaev", "imprisonment", "P2Y6M"):
        assert part in shown
    group = parse_record(_fine(subject={"name": None, "kind": "group", "count": 63,
                                        "description": "oil workers"}))  # fmt: skip
    assert "63 oil workers" in str(group) and "1,300,000 KZT" in str(group)


# ---------------------------------------------------------------- discriminator


@pytest.mark.parametrize(
    ("data", "cls"),
    [
        (_detention(), DetentionRecord),
        (_sentence(), SentenceRecord),
        (_fine(), FineRecord),
        (
            {**_detention(record_type="treaty_body_finding"), "body": "CAT",
             "body_text": "the UN Committee against Torture", "finding_type": "violation",
             "subjects": [], "rights": ["torture"]},
            TreatyBodyFindingRecord,
        ),
    ],
)  # fmt: skip
def test_discriminator_picks_model(data: dict[str, Any], cls: type) -> None:
    if cls is TreatyBodyFindingRecord:
        for key in ("subject", "detention_type", "location", "authority"):
            data.pop(key)
    assert type(parse_record(data)) is cls
    assert type(parse_record(json.dumps(data))) is cls


def test_unknown_record_type_and_extra_fields_rejected() -> None:
    with pytest.raises(ValidationError):
        parse_record(_detention(record_type="arrest"))
    with pytest.raises(ValidationError):
        parse_record(_detention(penalty="imprisonment"))  # field of another type
    with pytest.raises(ValidationError):
        parse_record(_detention(subject={"name": "X", "kind": "person", "age": 3}))


def test_json_schema_covers_union() -> None:
    schema = record_json_schema()
    text = json.dumps(schema)
    for name in ("DetentionRecord", "SentenceRecord", "FineRecord", "TreatyBodyFindingRecord"):
        assert name in text
    assert schema["discriminator"]["propertyName"] == "record_type"


# ---------------------------------------------------------------- validation


@pytest.mark.parametrize("value", ["2017", "2017-02", "2016-02-29", "1900", "2100-12-31"])
def test_good_dates_accepted(value: str) -> None:
    assert parse_record(_detention(date=value)).date == value


@pytest.mark.parametrize(
    "value",
    ["2017-02-30", "2017-13", "2017-00", "1899", "2101-01", "17-01-05", "2017/01/05",
     "2017-1-5", "5 January", "", "2017-01-05T00:00"],
)  # fmt: skip
def test_bad_dates_rejected(value: str) -> None:
    with pytest.raises(ValidationError):
        parse_record(_detention(date=value))
    with pytest.raises(ValidationError):
        parse_record(_detention(date="2017", date_end=value))


def test_date_end_not_before_date() -> None:
    assert parse_record(_detention(date="2002-06", date_end="2002-07")).date_end == "2002-07"
    assert parse_record(_detention(date="2017-01-19", date_end="2017-01")).date_end
    with pytest.raises(ValidationError):
        parse_record(_detention(date="2017-01-24", date_end="2017-01-19"))
    with pytest.raises(ValidationError):
        parse_record(_detention(date="1999", date_end="1998-12"))
    with pytest.raises(ValidationError):
        parse_record(_detention(date=None, date_end="1999"))


@pytest.mark.parametrize("value", ["P2Y6M", "P18M", "P5D", "P3W", "P1Y", "P10Y2M3D", "PT48H"])
def test_good_durations_accepted(value: str) -> None:
    assert parse_record(_sentence(duration=value)).duration == value


@pytest.mark.parametrize(
    "value",
    ["P", "PT", "P0Y", "P0M0D", "P-1Y", "2Y", "P2.5Y", "P1,5Y", "p2y", "P2Y6", "P6M2Y",
     "P1YT", "two years", ""],
)  # fmt: skip
def test_bad_durations_rejected(value: str) -> None:
    with pytest.raises(ValidationError):
        parse_record(_sentence(duration=value))


def test_no_duration_for_death_or_life() -> None:
    assert parse_record(_sentence(penalty="death", duration=None)).duration is None
    with pytest.raises(ValidationError):
        parse_record(_sentence(penalty="life_imprisonment", duration="P99Y"))


def test_duration_key_normalizes_years_and_weeks() -> None:
    assert duration_key("P18M") == duration_key("P1Y6M")
    assert duration_key("P3W") == duration_key("P21D")
    assert duration_key("P1M") != duration_key("P30D")


@given(st.integers(0, 50), st.integers(0, 11))
def test_duration_key_years_are_twelve_months(years: int, months: int) -> None:
    if years or months:
        assert duration_key(f"P{years}Y{months}M") == duration_key(f"P{12 * years + months}M")


@pytest.mark.parametrize("code", ["EUR", "USD", "XOF", "KZT", "BYN", "AZN", "TMT", "SDD", "ZWD", "BYR"])
def test_good_currencies_accepted(code: str) -> None:
    assert parse_record(_fine(currency=code)).currency == code


@pytest.mark.parametrize("code", ["eur", "EURO", "XYZ", "$", "CFA", ""])
def test_bad_currencies_rejected(code: str) -> None:
    with pytest.raises(ValidationError):
        parse_record(_fine(currency=code))
    with pytest.raises(ValidationError):
        parse_record(_fine(equivalents=[{"amount": 1, "currency": code}]))


@pytest.mark.parametrize("amount", [-1, float("nan"), float("inf"), "100", True])
def test_bad_amounts_rejected(amount: Any) -> None:
    with pytest.raises(ValidationError):
        parse_record(_fine(amount=amount))


@pytest.mark.parametrize(
    "evidence",
    [
        {"text": "abc", "start": -1, "end": 2},
        {"text": "abc", "start": 5, "end": 5},
        {"text": "", "start": 5, "end": 5},
        {"text": "abc", "start": 5, "end": 4},
        {"text": "abc", "start": 5, "end": 9},
        {"text": "abc", "start": "5", "end": 8},
    ],
)
def test_bad_evidence_rejected(evidence: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        parse_record(_detention(evidence=evidence))


@pytest.mark.parametrize(
    "subject",
    [
        {"name": None, "kind": "crowd", "count": None, "description": "x"},
        {"name": None, "kind": "group", "count": -1, "description": "x"},
        {"name": None, "kind": "group", "count": 10**9, "description": "x"},
        {"name": None, "kind": "group", "count": 2.0, "description": "x"},
        {"name": "  ", "kind": "person", "count": None, "description": None},
    ],
)
def test_bad_subjects_rejected(subject: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        parse_record(_detention(subject=subject))


@pytest.mark.parametrize("country", ["kaz", "KZ", "KAZA", ""])
def test_bad_country_rejected(country: str) -> None:
    with pytest.raises(ValidationError):
        parse_record(_detention(country=country))


@pytest.mark.parametrize("confidence", [-0.1, 1.5])
def test_bad_confidence_rejected(confidence: float) -> None:
    with pytest.raises(ValidationError):
        parse_record(_detention(confidence=confidence))


def test_enums_enforced() -> None:
    with pytest.raises(ValidationError):
        parse_record(_detention(detention_type="kidnap"))
    with pytest.raises(ValidationError):
        parse_record(_sentence(decision="appealed"))
    with pytest.raises(ValidationError):
        parse_record({**_sentence(), "penalty": "prison"})


# ---------------------------------------------------------------- ids and evidence


def test_id_is_stable_and_filled() -> None:
    first, second = parse_record(_detention()), parse_record(_detention())
    assert first.id == second.id
    assert len(first.id) == 16 and int(first.id, 16) >= 0
    subject = Subject(name="Maks Bokaev", kind="person")
    assert first.id == make_record_id("doc", "detention", 10, subject)
    assert make_record_id("doc", "detention", 10, "X") == make_record_id("doc", "detention", 10, "X")
    assert first.id != parse_record(_detention(evidence={"text": "abc", "start": 11, "end": 14})).id
    assert first.id != parse_record(_sentence()).id


def test_given_id_is_kept_and_date_does_not_change_id() -> None:
    assert parse_record(_detention(id="custom")).id == "custom"
    assert parse_record(_detention(date="2017")).id == parse_record(_detention()).id


def test_unnamed_subjects_get_distinct_ids() -> None:
    def group(count: int) -> dict[str, Any]:
        return {"name": None, "kind": "group", "count": count, "description": "oil workers"}

    assert parse_record(_detention(subject=group(3))).id != parse_record(_detention(subject=group(4))).id


def test_finding_id_uses_body_code() -> None:
    finding = parse_record(
        {"record_type": "treaty_body_finding", "doc_id": "doc", "body": "CAT",
         "body_text": "the UN Committee against Torture", "finding_type": "violation",
         "evidence": {"text": "abc", "start": 10, "end": 13}}  # fmt: skip
    )
    assert finding.id == make_record_id("doc", "treaty_body_finding", 10, "CAT")


def test_check_evidence() -> None:
    record = parse_record(_detention())
    check_evidence(record, "0123456789abcdef")
    with pytest.raises(ValueError, match="does not match"):
        check_evidence(record, "0123456789abXdef")
    with pytest.raises(ValueError, match="beyond"):
        check_evidence(record, "0123456789ab")
