"""to_dataframe: one row per record, the same typed columns whatever the input."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import hrextract
from hrextract.frames import COLUMNS, date_precision, duration_days, to_dataframe
from hrextract.records import (
    DetentionRecord,
    FineRecord,
    SentenceRecord,
    TreatyBodyFindingRecord,
    parse_record,
)
from hrextract.writers import write_jsonl

TEXT = (
    "On 5 January, three union leaders were arrested. On 7 April, Nurbek Kushakbaev was sentenced "
    "to two and a half years' imprisonment. In March ILI was fined 1,300,000 tenge (EUR4,000). "
    "In 2017 the UN Committee against Torture found that Aleksei Ushenin had been tortured."
)


def _evidence(sentence: str) -> dict[str, object]:
    start = TEXT.index(sentence)
    return {"text": sentence, "start": start, "end": start + len(sentence)}


@pytest.fixture()
def records() -> list:
    detention = DetentionRecord(
        doc_id="kaz", country="KAZ", date="2017-01-05", date_text="5 January",
        subject={"kind": "group", "count": 3, "description": "union leaders"},
        detention_type="arrest", evidence=_evidence("On 5 January, three union leaders were arrested."),
        confidence=0.85,
    )
    sentence = SentenceRecord(
        doc_id="kaz", country="KAZ", date="2017-04-07", date_text="7 April",
        subject={"name": "Nurbek Kushakbaev", "kind": "person"}, penalty="imprisonment",
        duration="P2Y6M", duration_text="two and a half years'", decision="imposed",
        charges=["inciting a strike"],
        evidence=_evidence("On 7 April, Nurbek Kushakbaev was sentenced to two and a half years' imprisonment."),
    )
    fine = FineRecord(
        doc_id="kaz", country="KAZ", date="2017-03", date_end="2017-04", date_text="March",
        subject={"name": "International Legal Initiative", "kind": "organization"},
        amount=1300000.0, currency="KZT", amount_text="1,300,000 tenge",
        equivalents=[{"amount": 4000.0, "currency": "EUR"}],
        evidence=_evidence("In March ILI was fined 1,300,000 tenge (EUR4,000)."),
    )
    finding = TreatyBodyFindingRecord(
        doc_id="kaz", country="KAZ", date="2017", date_text="2017", body="CAT",
        body_text="the UN Committee against Torture", finding_type="violation",
        subjects=[{"name": "Aleksei Ushenin", "kind": "person"}, {"kind": "group", "description": "detainees"}],
        rights=["torture"], optional=True,
        evidence=_evidence("In 2017 the UN Committee against Torture found that Aleksei Ushenin had been tortured."),
    )
    return [detention, sentence, fine, finding]


def test_one_row_per_record_with_every_column_typed(records: list) -> None:
    frame = to_dataframe(records)
    assert list(frame.columns) == list(COLUMNS)
    assert len(frame) == 4
    for name, dtype in COLUMNS.items():
        assert str(frame[name].dtype) == dtype, name
    assert list(frame["record_type"]) == ["detention", "sentence", "fine", "treaty_body_finding"]


def test_dates_are_datetimes_with_their_precision_kept(records: list) -> None:
    frame = to_dataframe(records)
    assert list(frame["date"]) == [pd.Timestamp("2017-01-05"), pd.Timestamp("2017-04-07"),
                                   pd.Timestamp("2017-03-01"), pd.Timestamp("2017-01-01")]
    assert list(frame["date_precision"]) == ["day", "day", "month", "year"]
    assert frame["date_end"].iloc[2] == pd.Timestamp("2017-04-01")
    assert frame["date_end_precision"].iloc[2] == "month"
    assert frame["date_end"].isna().sum() == 3
    assert frame["date"].dt.year.tolist() == [2017] * 4


def test_subject_flattened_and_findings_keep_a_list(records: list) -> None:
    frame = to_dataframe(records)
    assert frame["subject_count"].iloc[0] == 3
    assert frame["subject_description"].iloc[0] == "union leaders"
    assert pd.isna(frame["subject_name"].iloc[0])
    assert frame["subject_name"].iloc[1] == "Nurbek Kushakbaev"
    assert frame["subject_kind"].iloc[2] == "organization"
    assert pd.isna(frame["subject_name"].iloc[3])  # findings: see the subjects list
    assert [s["name"] for s in frame["subjects"].iloc[3]] == ["Aleksei Ushenin", None]
    assert frame["subjects"].iloc[1] == [{"name": "Nurbek Kushakbaev", "kind": "person", "count": None,
                                          "description": None}]
    assert frame["label"].tolist() == ["3 union leaders", "Nurbek Kushakbaev",
                                       "International Legal Initiative", "CAT"]
    # explode gives one row per subject across all types
    assert len(frame.explode("subjects")) == 5


def test_durations_amounts_and_type_fields(records: list) -> None:
    frame = to_dataframe(records)
    assert frame["duration"].iloc[1] == "P2Y6M"
    assert frame["duration_days"].iloc[1] == 2 * 365 + 6 * 30
    assert frame["duration_days"].isna().sum() == 3
    assert frame["amount"].iloc[2] == 1_300_000.0
    assert frame["currency"].iloc[2] == "KZT"
    assert frame["equivalents"].iloc[2] == [{"amount": 4000, "currency": "EUR"}]
    assert frame["charges"].iloc[1] == ["inciting a strike"]
    assert frame["rights"].iloc[3] == ["torture"]
    assert frame["detention_type"].iloc[0] == "arrest"
    assert frame["body"].iloc[3] == "CAT" and frame["finding_type"].iloc[3] == "violation"
    assert frame["optional"].tolist() == [False, False, False, True]
    assert frame["confidence"].iloc[0] == pytest.approx(0.85)
    assert frame["confidence"].isna().sum() == 3


def test_evidence_offsets_point_into_the_text(records: list) -> None:
    frame = to_dataframe(records)
    for _, row in frame.iterrows():
        assert TEXT[row["evidence_start"]:row["evidence_end"]] == row["evidence_text"]


def test_no_records_gives_the_same_columns_and_dtypes() -> None:
    frame = to_dataframe([])
    assert frame.empty
    assert {name: str(frame[name].dtype) for name in frame.columns} == COLUMNS


def test_dicts_and_jsonl_paths_are_accepted(records: list, tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    write_jsonl(records, path)
    from_path = to_dataframe(path)
    from_str = to_dataframe(str(path))
    from_dicts = to_dataframe([r.model_dump(mode="json") for r in records])
    expected = to_dataframe(records)
    for frame in (from_path, from_str, from_dicts):
        pd.testing.assert_frame_equal(frame, expected)


def test_records_from_jsonl_round_trips(records: list, tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    write_jsonl(records, path)
    back = hrextract.records_from_jsonl(path)
    assert back == records
    assert [type(r) for r in back] == [DetentionRecord, SentenceRecord, FineRecord, TreatyBodyFindingRecord]


def test_invalid_dict_is_refused() -> None:
    with pytest.raises(ValueError):
        to_dataframe([{"record_type": "fine", "doc_id": "x"}])


def test_record_repr_is_readable(records: list) -> None:
    text = repr(records[1])
    assert text.startswith("<SentenceRecord sentence 2017-04-07 Nurbek Kushakbaev")
    assert "P2Y6M" in text and "@" in text
    assert "1,300,000 KZT" in repr(records[2])
    assert repr(parse_record(records[3].model_dump())).count("CAT") >= 1


@pytest.mark.parametrize(
    ("value", "days"),
    [("P2Y6M", 910.0), ("P18M", 540.0), ("P1Y", 365.0), ("P3W", 21.0), ("P5D", 5.0), ("PT12H", 0.5),
     ("P1Y2M3W4DT6H", 365 + 60 + 21 + 4 + 0.25), (None, None), ("2 years", None), ("P", None)],
)
def test_duration_days(value: str | None, days: float | None) -> None:
    assert duration_days(value) == days


def test_date_precision() -> None:
    assert [date_precision(v) for v in ("2017", "2017-03", "2017-03-09", None)] == ["year", "month", "day", None]


def test_exported_from_the_package() -> None:
    assert hrextract.to_dataframe is to_dataframe
    assert "to_dataframe" in hrextract.__all__ and "records_from_jsonl" in hrextract.__all__
