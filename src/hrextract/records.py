"""The record models of the contract in ``/work/shared/spec/RECORDS.md`` (v1).

Four record types -- detention, sentence, fine and treaty-body finding -- share
a common base (document, country, date, evidence, id).  The models validate
everything the contract states about a value (ISO codes, partial dates, ISO
8601 durations, evidence offsets) so that a bad record fails where it is built
rather than when somebody later reads the output.

Helpers turn records into the one-line JSON of the output format
(:func:`record_to_json`), parse it back (:func:`parse_record`), and expose the
JSON Schema of the union (:func:`record_json_schema`).
"""

from __future__ import annotations

import calendar
import datetime as _dt
import functools
import hashlib
import json
import math
import re
from collections.abc import Mapping
from typing import Annotated, Any, ClassVar, Literal, TypeAlias, Union, get_args

import pycountry
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    TypeAdapter,
    ValidationInfo,
    field_serializer,
    field_validator,
    model_validator,
)

__all__ = [
    "BODY_CODES",
    "DECISIONS",
    "DETENTION_TYPES",
    "FINDING_TYPES",
    "MAX_COUNT",
    "PENALTIES",
    "RECORD_ADAPTER",
    "RECORD_TYPES",
    "SUBJECT_KINDS",
    "AnyRecord",
    "BaseRecord",
    "BodyCode",
    "Decision",
    "DetentionRecord",
    "DetentionType",
    "Equivalent",
    "Evidence",
    "FindingType",
    "FineRecord",
    "Penalty",
    "Record",
    "RecordType",
    "SentenceRecord",
    "Subject",
    "SubjectKind",
    "TreatyBodyFindingRecord",
    "check_evidence",
    "date_bounds",
    "duration_key",
    "make_record_id",
    "parse_record",
    "record_json_schema",
    "record_key",
    "record_label",
    "record_to_json",
]

# --------------------------------------------------------------------------
# Enumerations of the contract
# --------------------------------------------------------------------------

RecordType: TypeAlias = Literal["detention", "sentence", "fine", "treaty_body_finding"]
SubjectKind: TypeAlias = Literal["person", "organization", "group"]
DetentionType: TypeAlias = Literal["arrest", "custody", "house_arrest", "transfer"]
Penalty: TypeAlias = Literal[
    "imprisonment",
    "suspended_imprisonment",
    "life_imprisonment",
    "death",
    "restricted_freedom",
    "administrative_detention",
    "labour",
    "corporal_punishment",
    "other",
]
Decision: TypeAlias = Literal["imposed", "upheld", "changed", "overturned"]
FindingType: TypeAlias = Literal[
    "violation", "recommendation", "concern", "interim_measures", "other"
]
BodyCode: TypeAlias = Literal[
    # UN treaty bodies
    "CCPR", "CAT", "SPT", "CEDAW", "CERD", "CESCR", "CRC", "CRPD", "CMW", "CED",
    # other UN
    "WGAD", "WGEID", "SR", "OHCHR", "HRC_COUNCIL",
    # ILO supervisory bodies
    "ILO",
    # regional
    "ECTHR", "IACHR", "IACTHR", "ACHPR", "AFCHPR",
    # any other international court or body
    "OTHER",
]  # fmt: skip

RECORD_TYPES: tuple[str, ...] = get_args(RecordType)
SUBJECT_KINDS: tuple[str, ...] = get_args(SubjectKind)
DETENTION_TYPES: tuple[str, ...] = get_args(DetentionType)
PENALTIES: tuple[str, ...] = get_args(Penalty)
DECISIONS: tuple[str, ...] = get_args(Decision)
FINDING_TYPES: tuple[str, ...] = get_args(FindingType)
BODY_CODES: tuple[str, ...] = get_args(BodyCode)

#: Upper bound (exclusive) for subject counts: anything larger is a parse error.
MAX_COUNT = 10**9

# --------------------------------------------------------------------------
# Value checks shared by the models
# --------------------------------------------------------------------------

_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_DURATION_RE = re.compile(
    r"^P(?!$)"
    r"(?:(?P<Y>\d{1,4})Y)?(?:(?P<M>\d{1,4})M)?(?:(?P<W>\d{1,4})W)?(?:(?P<D>\d{1,5})D)?"
    r"(?:T(?=\d)(?:(?P<h>\d{1,6})H)?(?:(?P<m>\d{1,6})M)?(?:(?P<s>\d{1,7})S)?)?$"
)
_ALPHA3_RE = re.compile(r"^[A-Z]{3}$")

# Looser patterns that only document the formats in the JSON Schema (and are
# checked first); the validators below do the exact checks.
DateStr = Annotated[str, Field(pattern=r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")]
DurationStr = Annotated[
    str,
    Field(pattern=r"^P(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+S)?)?$"),
]
CurrencyCode = Annotated[str, Field(pattern=r"^[A-Z]{3}$")]


def date_bounds(value: str) -> tuple[_dt.date, _dt.date]:
    """Return the first and last calendar day a partial date ``YYYY[-MM[-DD]]`` covers.

    Raises ValueError for anything that is not a real date in 1900-2100.  Used
    both to validate dates and to check that ``date_end`` is not before ``date``
    when the two have different precision ("2002-06" .. "2002-07").
    """
    match = _DATE_RE.match(value)
    if match is None:
        raise ValueError(f"date must be YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    if not 1900 <= year <= 2100:
        raise ValueError(f"date year must be within 1900-2100, got {value!r}")
    if month is None:
        return _dt.date(year, 1, 1), _dt.date(year, 12, 31)
    if not 1 <= month <= 12:
        raise ValueError(f"date month must be 01-12, got {value!r}")
    if day is None:
        last = calendar.monthrange(year, month)[1]
        return _dt.date(year, month, 1), _dt.date(year, month, last)
    try:
        exact = _dt.date(year, month, day)
    except ValueError as err:
        raise ValueError(f"not a calendar date: {value!r} ({err})") from None
    return exact, exact


def duration_key(value: str) -> tuple[int, int]:
    """Return ``(total months, total seconds)`` of an ISO 8601 duration.

    Years count as 12 months and weeks as 7 days, so ``P18M`` and ``P1Y6M``
    (or ``P3W`` and ``P21D``) give the same key: the contract compares
    durations this way.  Raises ValueError on anything that is not a positive
    duration of the form ``PnYnMnWnDTnHnMnS`` (integer components).
    """
    match = _DURATION_RE.match(value)
    if match is None:
        raise ValueError(
            f"duration must be an ISO 8601 duration such as P2Y6M, P18M, P3W or P5D, got {value!r}"
        )
    part = {k: int(v) if v else 0 for k, v in match.groupdict().items()}
    months = part["Y"] * 12 + part["M"]
    seconds = ((part["W"] * 7 + part["D"]) * 24 + part["h"]) * 3600 + part["m"] * 60 + part["s"]
    if months == 0 and seconds == 0:
        raise ValueError(f"duration must not be zero, got {value!r}")
    return months, seconds


def _check_currency(code: str) -> str:
    """Accept only an upper-case ISO 4217 code: a current one (pycountry) or a withdrawn one that
    reports of earlier years use ("SDD", the Sudanese dinar until 2007; from CLDR via babel)."""
    if not _ALPHA3_RE.match(code) or (pycountry.currencies.get(alpha_3=code) is None
                                       and code not in _historic_currencies()):
        raise ValueError(f"not an ISO 4217 currency code: {code!r}")
    return code


@functools.cache
def _historic_currencies() -> frozenset[str]:
    """ISO 4217 codes CLDR knows, withdrawn ones included."""
    from babel.numbers import list_currencies

    return frozenset(list_currencies())


def _check_amount(value: float) -> float:
    """Amounts are finite and non-negative (NaN and infinities are parse errors)."""
    if not math.isfinite(value) or value < 0:
        raise ValueError(f"amount must be a finite number >= 0, got {value!r}")
    return value


def _compact_number(value: float | None) -> float | int | None:
    """Write integral amounts as JSON integers (1300000, not 1300000.0)."""
    if value is not None and float(value).is_integer():
        return int(value)
    return value


def _check_not_blank(value: str | None, field: str) -> str | None:
    """Reject empty or whitespace-only strings: use null for "not stated"."""
    if value is not None and not value.strip():
        raise ValueError(f"{field} must be null or a non-blank string, got {value!r}")
    return value


# --------------------------------------------------------------------------
# Parts of records
# --------------------------------------------------------------------------


class Evidence(BaseModel):
    """The sentence stating an event with its character offsets in the document text."""

    model_config = ConfigDict(extra="forbid")

    text: str
    start: int = Field(ge=0, strict=True)
    end: int = Field(gt=0, strict=True)

    @model_validator(mode="after")
    def _offsets_match_text(self) -> Evidence:
        """Offsets must describe a non-empty span exactly as long as ``text``."""
        if self.end <= self.start:
            raise ValueError(f"evidence end ({self.end}) must be after start ({self.start})")
        if len(self.text) != self.end - self.start:
            raise ValueError(
                f"evidence text has {len(self.text)} characters but the span "
                f"{self.start}..{self.end} has {self.end - self.start}"
            )
        return self


class Subject(BaseModel):
    """Who a record is about: a named person/organization or an unnamed group."""

    model_config = ConfigDict(extra="forbid")

    name: str | None = None
    kind: SubjectKind
    count: int | None = Field(default=None, ge=0, lt=MAX_COUNT, strict=True)
    description: str | None = None

    @field_validator("name", "description")
    @classmethod
    def _not_blank(cls, value: str | None, info: ValidationInfo) -> str | None:
        return _check_not_blank(value, info.field_name)

    def label(self) -> str:
        """A short human label: the name, else "<count> <description>" or the kind."""
        if self.name:
            return self.name
        parts = [str(self.count) if self.count is not None else "", self.description or ""]
        text = " ".join(p for p in parts if p)
        return text or f"unnamed {self.kind}"


class Equivalent(BaseModel):
    """A conversion of a fine the text itself states ("(EUR4,000)")."""

    model_config = ConfigDict(extra="forbid")

    amount: float = Field(allow_inf_nan=False, strict=True)
    currency: CurrencyCode

    @field_validator("amount")
    @classmethod
    def _valid_amount(cls, value: float) -> float:
        return _check_amount(value)

    @field_validator("currency")
    @classmethod
    def _valid_currency(cls, value: str) -> str:
        return _check_currency(value)

    @field_serializer("amount")
    def _amount_out(self, value: float) -> float | int | None:
        return _compact_number(value)


# --------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------

#: Output field order: these first, the type's own fields next, then _TAIL.
_HEAD = ("record_type", "doc_id", "country", "date", "date_end", "date_text")
_TAIL = ("optional", "evidence", "id", "confidence")


class BaseRecord(BaseModel):
    """Fields every record carries; not itself a record type."""

    model_config = ConfigDict(extra="forbid")

    #: Subclasses name the field holding their subject key (see :func:`record_label`).
    _key_field: ClassVar[str] = "subject"

    record_type: RecordType  # each record type narrows this to its own Literal
    doc_id: str = Field(min_length=1)
    country: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    date: DateStr | None = None
    date_end: DateStr | None = None
    date_text: str | None = None
    evidence: Evidence
    id: str = Field(default="", description="stable hash; filled in when not given")
    confidence: float | None = Field(default=None, ge=0.0, le=1.0, allow_inf_nan=False)
    optional: bool = Field(default=False, description="gold only: a judgement call")

    @field_validator("date", "date_end")
    @classmethod
    def _valid_date(cls, value: str | None) -> str | None:
        if value is not None:
            date_bounds(value)
        return value

    @model_validator(mode="after")
    def _date_range_and_id(self) -> BaseRecord:
        """Check ``date_end`` against ``date`` and fill in ``id`` when missing."""
        if self.date_end is not None:
            if self.date is None:
                raise ValueError("date_end is set but date is null")
            if date_bounds(self.date_end)[1] < date_bounds(self.date)[0]:
                raise ValueError(f"date_end {self.date_end!r} is before date {self.date!r}")
        if not self.id:
            self.id = make_record_id(
                self.doc_id, self.record_type, self.evidence.start, record_key(self)
            )
        return self

    def _key_value(self) -> str:
        """The type's main value for one-line display (overridden per type)."""
        return ""

    def summary(self) -> str:
        """One line: type, date, subject and key value, for notebooks and logs."""
        bits = [
            self.record_type,
            self.date or "undated",
            record_label(self),
            self._key_value(),
            f"[{self.doc_id}@{self.evidence.start}]",
        ]
        if self.optional:
            bits.append("(optional)")
        return " ".join(b for b in bits if b)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.summary()}>"

    def __str__(self) -> str:
        return self.summary()


class DetentionRecord(BaseRecord):
    """A person, organization or group taken or held in custody."""

    record_type: Literal["detention"] = "detention"
    subject: Subject
    detention_type: DetentionType
    location: str | None = None
    authority: str | None = None

    def _key_value(self) -> str:
        where = f" at {self.location}" if self.location else ""
        return f"{self.detention_type}{where}"


class SentenceRecord(BaseRecord):
    """A court penalty imposed, upheld, changed or overturned."""

    record_type: Literal["sentence"] = "sentence"
    subject: Subject
    penalty: Penalty
    duration: DurationStr | None = None
    duration_text: str | None = None
    decision: Decision
    court: str | None = None
    charges: list[str] = Field(default_factory=list)

    @field_validator("duration")
    @classmethod
    def _valid_duration(cls, value: str | None) -> str | None:
        if value is not None:
            duration_key(value)
        return value

    @model_validator(mode="after")
    def _no_duration_for_life_or_death(self) -> SentenceRecord:
        """The contract: duration is null for life imprisonment and death."""
        if self.duration is not None and self.penalty in ("life_imprisonment", "death"):
            raise ValueError(f"penalty {self.penalty!r} takes no duration, got {self.duration!r}")
        return self

    def _key_value(self) -> str:
        term = f" {self.duration}" if self.duration else ""
        return f"{self.penalty}{term} ({self.decision})"


class FineRecord(BaseRecord):
    """A fine imposed on one payer."""

    record_type: Literal["fine"] = "fine"
    subject: Subject
    amount: float | None = Field(default=None, allow_inf_nan=False, strict=True)
    currency: CurrencyCode | None = None
    amount_text: str | None = None
    equivalents: list[Equivalent] = Field(default_factory=list)
    reason: str | None = None

    @field_validator("amount")
    @classmethod
    def _valid_amount(cls, value: float | None) -> float | None:
        return None if value is None else _check_amount(value)

    @field_validator("currency")
    @classmethod
    def _valid_currency(cls, value: str | None) -> str | None:
        return None if value is None else _check_currency(value)

    @field_serializer("amount")
    def _amount_out(self, value: float | None) -> float | int | None:
        return _compact_number(value)

    def _key_value(self) -> str:
        if self.amount is None:
            return f"fine {self.amount_text or '(amount not stated)'}"
        return f"fine {_compact_number(self.amount):,} {self.currency or '???'}"


class TreatyBodyFindingRecord(BaseRecord):
    """A finding of an international human-rights body about the country."""

    _key_field: ClassVar[str] = "body"

    record_type: Literal["treaty_body_finding"] = "treaty_body_finding"
    body: BodyCode
    body_text: str = Field(min_length=1)
    finding_type: FindingType
    subjects: list[Subject] = Field(default_factory=list)
    rights: list[str] = Field(default_factory=list)

    def _key_value(self) -> str:
        who = ", ".join(s.label() for s in self.subjects)
        named = f"({self.body_text}) " if self.body == "OTHER" else ""
        return f"{named}{self.finding_type}" + (f" re {who}" if who else "")


Record = Annotated[
    Union[DetentionRecord, SentenceRecord, FineRecord, TreatyBodyFindingRecord],
    Field(discriminator="record_type"),
]
AnyRecord: TypeAlias = Union[DetentionRecord, SentenceRecord, FineRecord, TreatyBodyFindingRecord]

#: Validates and dumps any record; the discriminator picks the model.
RECORD_ADAPTER: TypeAdapter[AnyRecord] = TypeAdapter(Record)


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------


def _subject_key(subject: Subject | str | None) -> str:
    """Canonical text of a subject for hashing: name, else kind/count/description."""
    if subject is None:
        return ""
    if isinstance(subject, str):
        return subject
    if subject.name:
        return subject.name
    return f"{subject.kind}|{subject.count if subject.count is not None else ''}|{subject.description or ''}"


def make_record_id(
    doc_id: str, record_type: str, evidence_start: int, subject: Subject | str | None
) -> str:
    """Stable 16-hex-digit id: sha1 of doc_id, record_type, evidence start and subject.

    ``subject`` is the record's Subject, or for treaty-body findings the body
    code.  The same inputs always give the same id, across runs and machines.
    Note that, as the contract defines it, two records of one type about the
    same subject in the same sentence share an id.
    """
    canonical = json.dumps(
        [doc_id, record_type, evidence_start, _subject_key(subject)],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha1(canonical.encode("utf-8")).hexdigest()[:16]


def record_key(record: BaseRecord) -> Subject | str:
    """What scoring matches a record on: its Subject, or for findings the body code."""
    key: Subject | str = getattr(record, record._key_field)
    return key


def record_label(record: BaseRecord) -> str:
    """The subject label of a record (the body code for treaty-body findings)."""
    key = record_key(record)
    return key.label() if isinstance(key, Subject) else key


def parse_record(line_or_dict: str | bytes | Mapping[str, Any] | BaseRecord) -> AnyRecord:
    """Validate one record from a JSON line, a dict, or an existing record.

    Raises pydantic's ValidationError (a ValueError) when it breaks the contract.
    """
    if isinstance(line_or_dict, (DetentionRecord, SentenceRecord, FineRecord, TreatyBodyFindingRecord)):
        return line_or_dict
    if isinstance(line_or_dict, (str, bytes, bytearray)):
        return RECORD_ADAPTER.validate_json(line_or_dict)
    if isinstance(line_or_dict, Mapping):
        return RECORD_ADAPTER.validate_python(dict(line_or_dict))
    raise TypeError(f"cannot parse a record from {type(line_or_dict).__name__}")


def _ordered_dump(record: BaseRecord) -> dict[str, Any]:
    """The record as a JSON-able dict in contract field order.

    ``optional`` appears only when true and ``confidence`` only when set, so
    pipeline output carries neither by default.
    """
    data = record.model_dump(mode="json")
    if not data.get("optional"):
        data.pop("optional", None)
    if data.get("confidence") is None:
        data.pop("confidence", None)
    ordered = {k: data.pop(k) for k in _HEAD if k in data}
    tail = {k: data.pop(k) for k in _TAIL if k in data}
    ordered.update(data)
    ordered.update(tail)
    return ordered


def record_to_json(record: BaseRecord) -> str:
    """One compact JSON line (no trailing newline), UTF-8 text, contract field order.

    U+2028/U+2029 are escaped so that no line-splitting tool breaks a record.
    """
    text = json.dumps(
        _ordered_dump(record), ensure_ascii=False, separators=(",", ":"), allow_nan=False
    )
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def record_json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of one output line: the discriminated union."""
    schema = RECORD_ADAPTER.json_schema()
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "hrextract record (contract v1)",
        "description": "One line of hrextract JSON Lines output.",
        **schema,
    }
    return schema


def check_evidence(record: BaseRecord, text: str) -> None:
    """Raise ValueError unless ``text[start:end]`` is exactly the evidence text.

    ``text`` must be the document as the contract reads it: decoded from UTF-8
    with ``newline=""`` and a leading BOM removed.
    """
    ev = record.evidence
    if ev.end > len(text):
        raise ValueError(
            f"{record.doc_id}: evidence span {ev.start}..{ev.end} is beyond the "
            f"end of the text ({len(text)} characters)"
        )
    found = text[ev.start : ev.end]
    if found != ev.text:
        raise ValueError(
            f"{record.doc_id}: evidence at {ev.start}..{ev.end} does not match the text: "
            f"expected {ev.text[:60]!r}, found {found[:60]!r}"
        )
