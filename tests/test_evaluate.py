"""Tests of the contract's scoring."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from hrextract.evaluate import (
    EvalReport,
    evaluate,
    field_agrees,
    group_by_doc,
    load_gold_dir,
    subjects_agree,
    token_f1,
)
from hrextract.records import AnyRecord, Subject, parse_record

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "data" / "annotated"


@pytest.fixture(scope="module")
def gold() -> dict[str, list[AnyRecord]]:
    return load_gold_dir(GOLD_DIR)


def _copy(records: dict[str, list[AnyRecord]]) -> dict[str, list[AnyRecord]]:
    return {doc: [r.model_copy(deep=True) for r in recs] for doc, recs in records.items()}


def _subject(name: str | None = None, count: int | None = None, kind: str = "person",
             description: str | None = None) -> dict[str, Any]:  # fmt: skip
    return {"name": name, "kind": kind, "count": count, "description": description}


def _sentence(start: int = 0, end: int = 20, doc_id: str = "doc", **fields: Any) -> AnyRecord:
    data: dict[str, Any] = {
        "record_type": "sentence",
        "doc_id": doc_id,
        "subject": _subject("Maks Bokaev"),
        "penalty": "imprisonment",
        "duration": "P1Y6M",
        "decision": "imposed",
        "evidence": {"text": "x" * (end - start), "start": start, "end": end},
    }
    data.update(fields)
    return parse_record(data)


def _detention(start: int = 0, end: int = 20, **fields: Any) -> AnyRecord:
    data: dict[str, Any] = {
        "record_type": "detention",
        "doc_id": "doc",
        "subject": _subject(None, 3, "group", "union leaders"),
        "detention_type": "arrest",
        "evidence": {"text": "x" * (end - start), "start": start, "end": end},
    }
    data.update(fields)
    return parse_record(data)


def _score(report: EvalReport, record_type: str = "micro") -> tuple[int, int, int]:
    score = report.micro if record_type == "micro" else report.per_type[record_type]
    return score.tp, score.fp, score.fn


# ---------------------------------------------------------------- gold data


def test_load_gold_dir_keeps_empty_documents(gold: dict[str, list[AnyRecord]]) -> None:
    stems = sorted(p.stem for p in GOLD_DIR.glob("*.jsonl"))
    assert sorted(gold) == stems
    assert gold["lesotho-2010"] == []
    assert len(gold["kazakhstan-2017"]) == 24


def test_load_gold_dir_rejects_foreign_doc_id(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(
        (GOLD_DIR / "kazakhstan-2017.jsonl").read_text(encoding="utf-8"), encoding="utf-8"
    )
    with pytest.raises(ValueError, match="doc_id"):
        load_gold_dir(tmp_path)


def test_gold_against_itself_is_perfect(gold: dict[str, list[AnyRecord]]) -> None:
    report = evaluate(gold, _copy(gold))
    assert report.micro.f1 == 1.0 and report.micro.fn == 0 and report.micro.fp == 0
    for score in report.per_type.values():
        assert score.f1 == 1.0
    assert report.field_accuracy.accuracy == 1.0
    assert report.free_text_accuracy.accuracy == 1.0
    assert all(f.accuracy in (1.0, None) for f in report.fields.values())
    assert report.misses == []
    json.dumps(report.to_dict())
    table = report.format_table()
    for word in ("detention", "sentence", "fine", "treaty_body_finding", "micro", "duration"):
        assert word in table


def test_dropped_record_lowers_recall(gold: dict[str, list[AnyRecord]]) -> None:
    pred = _copy(gold)
    dropped = next(r for r in pred["kazakhstan-2017"] if r.record_type == "sentence")
    pred["kazakhstan-2017"].remove(dropped)
    report = evaluate(gold, pred)
    assert report.per_type["sentence"].fn == 1
    assert report.per_type["sentence"].recall < 1.0
    assert report.per_type["sentence"].precision == 1.0
    assert report.micro.recall < 1.0
    [miss] = report.misses
    assert (miss.kind, miss.subject, miss.evidence) == ("FN", "Nurbek Kushakbaev", dropped.evidence.text)
    assert "Nurbek Kushakbaev" in report.format_misses()


def test_predictions_for_unscored_docs_are_ignored(gold: dict[str, list[AnyRecord]]) -> None:
    pred = _copy(gold)
    pred["not-in-gold"] = [_sentence(doc_id="not-in-gold")]
    assert evaluate(gold, pred).micro.fp == 0
    assert evaluate(gold, pred, docs=["not-in-gold"]).micro.fp == 1


def test_empty_gold_doc_makes_every_prediction_fp(gold: dict[str, list[AnyRecord]]) -> None:
    pred = _copy(gold)
    pred["lesotho-2010"] = [_sentence(doc_id="lesotho-2010"), _detention().model_copy(update={"doc_id": "lesotho-2010"})]
    report = evaluate(gold, pred)
    assert report.micro.fp == 2 and report.micro.fn == 0
    assert {m.kind for m in report.misses} == {"FP"}
    only = evaluate({"lesotho-2010": []}, pred)
    assert only.micro.precision == 0.0 and only.micro.f1 == 0.0


# ---------------------------------------------------------------- matching


def test_equivalent_durations_agree() -> None:
    report = evaluate({"doc": [_sentence(duration="P1Y6M")]}, {"doc": [_sentence(duration="P18M")]})
    assert _score(report) == (1, 0, 0)
    assert report.fields["duration"].accuracy == 1.0
    assert field_agrees("duration", "P3W", "P21D")
    assert not field_agrees("duration", "P1Y", "P13M")
    assert not field_agrees("duration", None, "P1Y")


def test_wrong_field_is_a_field_miss_not_a_detection_error() -> None:
    report = evaluate({"doc": [_sentence(duration="P2Y")]}, {"doc": [_sentence(duration="P3Y")]})
    assert _score(report) == (1, 0, 0)
    assert report.fields["duration"].accuracy == 0.0
    assert report.field_accuracy.correct == report.field_accuracy.total - 1
    [miss] = report.misses
    assert (miss.kind, miss.field, miss.gold, miss.predicted) == ("field", "duration", "P2Y", "P3Y")
    assert "duration" in report.format_misses()


def test_subject_containment_matches() -> None:
    gold = {"doc": [_sentence(subject=_subject("Maks Bokaev"))]}
    for name in ("Bokaev", "maks bokaev", "Maks Bokaev's", "MAKS  BOKAEV."):
        assert _score(evaluate(gold, {"doc": [_sentence(subject=_subject(name))]})) == (1, 0, 0)
    assert _score(evaluate(gold, {"doc": [_sentence(subject=_subject("Max Bokayev"))]})) == (0, 1, 1)


def test_name_agreement_rules() -> None:
    def agree(a: str, b: str) -> bool:
        return subjects_agree(Subject(name=a, kind="person"), Subject(name=b, kind="person"))

    assert agree("Jean-Paul Dias", "Dias")
    assert agree("Jean-Paul Dias", "Jean Paul Dias")
    assert agree("N'Diaye", "Ousmane NDiaye")
    assert not agree("Dias", "Barthelemy Diaz")
    named = Subject(name="Bokaev", kind="person")
    unnamed = Subject(kind="person", count=1, description="journalist")
    assert not subjects_agree(named, unnamed) and not subjects_agree(unnamed, named)


def test_unnamed_groups_agree_by_count() -> None:
    gold = {"doc": [_detention(subject=_subject(None, 3, "group", "union leaders"))]}
    same = {"doc": [_detention(subject=_subject(None, 3, "group", "trade unionists"))]}
    other = {"doc": [_detention(subject=_subject(None, 4, "group", "union leaders"))]}
    none = {"doc": [_detention(subject=_subject(None, None, "group", "union leaders"))]}
    assert _score(evaluate(gold, same)) == (1, 0, 0)
    assert _score(evaluate(gold, other)) == (0, 1, 1)
    assert _score(evaluate(gold, none)) == (0, 1, 1)
    gold_none = {"doc": [_detention(subject=_subject(None, None, "group", "protesters"))]}
    assert _score(evaluate(gold_none, none)) == (1, 0, 0)


def test_evidence_must_overlap_and_types_must_match() -> None:
    gold = {"doc": [_sentence(0, 20)]}
    assert _score(evaluate(gold, {"doc": [_sentence(19, 40)]})) == (1, 0, 0)
    assert _score(evaluate(gold, {"doc": [_sentence(20, 40)]})) == (0, 1, 1)
    detention = _detention(subject=_subject("Maks Bokaev"))
    assert _score(evaluate(gold, {"doc": [detention]})) == (0, 1, 1)


def test_one_to_one_prefers_most_agreeing_fields() -> None:
    gold = {"doc": [_sentence(duration="P2Y", penalty="imprisonment"),
                    _sentence(duration="P5Y", penalty="suspended_imprisonment")]}  # fmt: skip
    pred = {"doc": [_sentence(duration="P5Y", penalty="suspended_imprisonment"),
                    _sentence(duration="P2Y", penalty="imprisonment"),
                    _sentence(duration="P2Y", penalty="imprisonment")]}  # fmt: skip
    report = evaluate(gold, pred)
    assert _score(report) == (2, 1, 0)
    assert report.field_accuracy.accuracy == 1.0


def test_findings_match_by_body() -> None:
    def finding(body: str, finding_type: str = "violation") -> AnyRecord:
        return parse_record({"record_type": "treaty_body_finding", "doc_id": "doc", "body": body,
                             "body_text": body, "finding_type": finding_type,
                             "subjects": [_subject("Someone Else")],
                             "evidence": {"text": "x" * 10, "start": 0, "end": 10}})  # fmt: skip

    gold = {"doc": [finding("CAT")]}
    report = evaluate(gold, {"doc": [finding("CAT", "concern")]})
    assert _score(report) == (1, 0, 0) and report.fields["finding_type"].accuracy == 0.0
    assert _score(evaluate(gold, {"doc": [finding("CCPR")]})) == (0, 1, 1)


# ---------------------------------------------------------------- optional gold


def test_optional_gold_matched_is_neither_tp_nor_fp() -> None:
    gold = {"doc": [_sentence(optional=True, duration="P2Y")]}
    report = evaluate(gold, {"doc": [_sentence(duration="P3Y")]})
    assert _score(report) == (0, 0, 0)
    assert report.micro.optional_matched == 1
    assert report.fields["duration"].total == 0 and report.misses == []


def test_optional_gold_missed_is_not_fn() -> None:
    gold = {"doc": [_sentence(optional=True), _detention()]}
    report = evaluate(gold, {"doc": [_detention()]})
    assert _score(report) == (1, 0, 0)
    assert report.micro.optional_missed == 1 and report.micro.f1 == 1.0


def test_optional_gold_in_real_data(gold: dict[str, list[AnyRecord]]) -> None:
    pred = {doc: [r for r in recs if not r.optional] for doc, recs in _copy(gold).items()}
    report = evaluate(gold, pred)
    assert report.micro.f1 == 1.0 and report.micro.optional_missed == 6


def test_prediction_prefers_required_over_optional_gold() -> None:
    gold = {"doc": [_sentence(optional=True), _sentence()]}
    report = evaluate(gold, {"doc": [_sentence()]})
    assert _score(report) == (1, 0, 0) and report.micro.optional_missed == 1


# ---------------------------------------------------------------- free text and fields


def test_token_f1_rules() -> None:
    assert token_f1(None, []) == 1.0
    assert token_f1("", None) == 1.0
    assert token_f1("court in Shymkent", None) == 0.0
    assert token_f1(["money laundering", "abuse of power"], ["abuse of power"]) >= 0.5
    assert field_agrees("court", "court in Shymkent", "Shymkent court")
    assert not field_agrees("court", "Atyrau Regional Court", "Supreme Court of Kazakhstan")
    assert field_agrees("charges", [], None)
    assert not field_agrees("reason", "hunger strike", None)


def test_amount_and_date_fields() -> None:
    assert field_agrees("amount", 1300000, 1300000.0)
    assert not field_agrees("amount", 1300000, 130000)
    assert not field_agrees("amount", None, 5)
    assert field_agrees("date", None, None)
    assert not field_agrees("date", "2017-01", "2017-01-05")


def test_free_text_reported_apart_from_normalized() -> None:
    report = evaluate({"doc": [_sentence(court="Atyrau Regional Court")]},
                      {"doc": [_sentence(court="military tribunal")]})  # fmt: skip
    assert report.field_accuracy.accuracy == 1.0
    assert report.fields["court"].accuracy == 0.0
    data = report.to_dict()
    assert "court" in data["fields"]["free_text"] and "court" not in data["fields"]["normalized"]
    assert data["free_text_accuracy"]["accuracy"] == 0.5  # court wrong, charges both empty


def test_group_by_doc() -> None:
    a, b, c = _sentence(doc_id="x"), _sentence(doc_id="y"), _sentence(10, 30, doc_id="x")
    assert group_by_doc([a, b, c]) == {"x": [a, c], "y": [b]}
