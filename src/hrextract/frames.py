"""Records as a pandas DataFrame: one row per record, typed columns.

``to_dataframe`` flattens the four record types into one table so that a
notebook can filter, group and plot them without knowing the models:

* every column exists whatever record types are present (a type's own fields
  are missing values on the other types' rows), so code written against one
  report works on the next;
* partial dates become real ``datetime64`` values -- the *first* day of the
  period written ("2017-03" → 2017-03-01) -- and ``date_precision`` keeps what
  the text actually said ("year", "month" or "day"), so no precision is
  invented silently; ``date_end`` works the same way with
  ``date_end_precision``;
* ISO 8601 durations stay as strings in ``duration`` and are also given in
  days in ``duration_days``, counting a year as 365 days, a month as 30 days
  and a week as 7 days (a convention for sorting and plotting, not a
  calendar computation: ``P1Y6M`` → 545.0);
* amounts are float columns; lists (``charges``, ``rights``,
  ``equivalents``, ``subjects``) are Python lists in object columns.

pandas is an optional dependency (``pip install 'hrextract[pandas]'``); it is
imported only when ``to_dataframe`` is called.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hrextract.records import AnyRecord, BaseRecord, Subject, parse_record, record_label

if TYPE_CHECKING:  # pragma: no cover - typing only
    import pandas as pd

__all__ = ["COLUMNS", "DAYS_PER_MONTH", "DAYS_PER_YEAR", "date_precision", "duration_days", "to_dataframe"]

#: Days counted for one year of an ISO 8601 duration in ``duration_days``.
DAYS_PER_YEAR = 365
#: Days counted for one month of an ISO 8601 duration in ``duration_days``.
DAYS_PER_MONTH = 30

_DURATION = re.compile(
    r"^P(?:(?P<Y>\d+)Y)?(?:(?P<M>\d+)M)?(?:(?P<W>\d+)W)?(?:(?P<D>\d+)D)?"
    r"(?:T(?:(?P<h>\d+)H)?(?:(?P<m>\d+)M)?(?:(?P<s>\d+)S)?)?$"
)

#: Column name → pandas dtype, in the order of the DataFrame's columns.
COLUMNS: dict[str, str] = {
    "record_type": "string",
    "doc_id": "string",
    "country": "string",
    "date": "datetime64[ns]",
    "date_precision": "string",
    "date_end": "datetime64[ns]",
    "date_end_precision": "string",
    "date_text": "string",
    "label": "string",
    # subject of detention, sentence and fine records (missing on findings)
    "subject_name": "string",
    "subject_kind": "string",
    "subject_count": "Int64",
    "subject_description": "string",
    # every record's subjects as a list of dicts (the one subject, or a finding's list)
    "subjects": "object",
    # detention
    "detention_type": "string",
    "location": "string",
    "authority": "string",
    # sentence
    "penalty": "string",
    "duration": "string",
    "duration_days": "float64",
    "duration_text": "string",
    "decision": "string",
    "court": "string",
    "charges": "object",
    # fine
    "amount": "float64",
    "currency": "string",
    "amount_text": "string",
    "equivalents": "object",
    "reason": "string",
    # treaty-body finding
    "body": "string",
    "body_text": "string",
    "finding_type": "string",
    "rights": "object",
    # every record
    "evidence_text": "string",
    "evidence_start": "int64",
    "evidence_end": "int64",
    "id": "string",
    "confidence": "float64",
    "optional": "bool",
}

_PRECISION = {1: "year", 2: "month", 3: "day"}


def date_precision(value: str | None) -> str | None:
    """"year", "month" or "day" for a contract date ``YYYY[-MM[-DD]]``; None for None."""
    if value is None:
        return None
    return _PRECISION[len(value.split("-"))]


def _timestamp_text(value: str | None) -> str | None:
    """The first day of a partial date as ``YYYY-MM-DD`` (pandas parses it exactly)."""
    if value is None:
        return None
    parts = value.split("-")
    parts += ["01"] * (3 - len(parts))
    return "-".join(parts)


def duration_days(value: str | None) -> float | None:
    """An ISO 8601 duration in days: 1 year = 365 days, 1 month = 30, 1 week = 7.

    ``P2Y6M`` → 910.0, ``P18M`` → 540.0, ``P5D`` → 5.0, ``PT12H`` → 0.5.
    None (and anything that is not a duration) gives None.
    """
    if value is None:
        return None
    match = _DURATION.match(value)
    if match is None or value == "P":
        return None
    part = {key: int(number) if number else 0 for key, number in match.groupdict().items()}
    days = part["Y"] * DAYS_PER_YEAR + part["M"] * DAYS_PER_MONTH + part["W"] * 7 + part["D"]
    return float(days + part["h"] / 24 + part["m"] / 1440 + part["s"] / 86400)


def _subject_dict(subject: Subject) -> dict[str, Any]:
    return subject.model_dump(mode="json")


def _row(record: BaseRecord) -> dict[str, Any]:
    """One record as a flat dict with every key of :data:`COLUMNS`."""
    data = record.model_dump(mode="json")
    row: dict[str, Any] = {name: None for name in COLUMNS}
    for name in ("record_type", "doc_id", "country", "date_text", "id", "confidence"):
        row[name] = data.get(name)
    row["optional"] = bool(data.get("optional", False))
    row["date"] = _timestamp_text(record.date)
    row["date_precision"] = date_precision(record.date)
    row["date_end"] = _timestamp_text(record.date_end)
    row["date_end_precision"] = date_precision(record.date_end)
    row["label"] = record_label(record)
    row["evidence_text"] = record.evidence.text
    row["evidence_start"] = record.evidence.start
    row["evidence_end"] = record.evidence.end

    subject = getattr(record, "subject", None)
    if isinstance(subject, Subject):
        row["subject_name"] = subject.name
        row["subject_kind"] = subject.kind
        row["subject_count"] = subject.count
        row["subject_description"] = subject.description
        row["subjects"] = [_subject_dict(subject)]
    else:
        row["subjects"] = [_subject_dict(s) for s in getattr(record, "subjects", [])]

    for name in ("detention_type", "location", "authority", "penalty", "duration", "duration_text",
                 "decision", "court", "currency", "amount_text", "reason", "body", "body_text",
                 "finding_type"):
        if name in data:
            row[name] = data[name]
    for name in ("charges", "rights", "equivalents"):
        row[name] = list(data.get(name, []))
    if "amount" in data and data["amount"] is not None:
        row["amount"] = float(data["amount"])
    row["duration_days"] = duration_days(data.get("duration"))
    return row


def _as_records(records: Iterable[BaseRecord | Mapping[str, Any]] | str | Path) -> list[AnyRecord]:
    if isinstance(records, (str, Path)):
        from hrextract.writers import read_jsonl

        return read_jsonl(records)
    return [parse_record(r) for r in records]


def to_dataframe(records: Iterable[BaseRecord | Mapping[str, Any]] | str | Path) -> pd.DataFrame:
    """A DataFrame with one row per record and the typed columns of :data:`COLUMNS`.

    ``records`` is any iterable of records (or dicts in the output format,
    validated first), or the path of a JSON Lines file written by
    ``hrextract run``. The columns are the same whatever the input, also for no
    records at all; see the module docstring for how dates and durations are
    represented. Raises ImportError with the install hint when pandas is
    missing.
    """
    try:
        import pandas as pd
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("to_dataframe needs pandas: pip install 'hrextract[pandas]'") from exc

    rows = [_row(record) for record in _as_records(records)]
    columns: dict[str, Any] = {}
    for name, dtype in COLUMNS.items():
        values = [row[name] for row in rows]
        if dtype.startswith("datetime64"):
            columns[name] = pd.to_datetime(pd.Series(values, dtype="object"), format="%Y-%m-%d").astype(dtype)
        elif dtype == "object":
            series = pd.Series(values, dtype="object")
            columns[name] = series
        else:
            columns[name] = pd.Series(values, dtype="object").astype(dtype) if values else pd.Series([], dtype=dtype)
    frame = pd.DataFrame(columns)
    return frame[list(COLUMNS)]
