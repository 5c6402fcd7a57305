"""End-to-end regression gate: the pipeline over data/raw scored against data/annotated.

The floors live in tests/accuracy_floor.json (one place). This is an accuracy
gate, not a timing test.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest

from hrextract.api import extract_document
from hrextract.evaluate import evaluate, group_by_doc, load_gold_dir
from hrextract.reading import iter_input_paths, read_document
from hrextract.records import check_evidence, parse_record, record_to_json

ROOT = Path(__file__).resolve().parents[1]
FLOORS = json.loads((ROOT / "tests" / "accuracy_floor.json").read_text(encoding="utf-8"))
SPLITS = json.loads((ROOT / "data" / "splits.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def _predict(raw: Path) -> tuple[dict, dict]:
    """(texts, predicted records by doc_id) for every report under ``raw``."""
    texts, predicted = {}, []
    for path in iter_input_paths([raw]):
        document = read_document(path)
        texts[document.doc_id] = document.text
        predicted.extend(extract_document(document))
    return texts, group_by_doc(predicted)


@pytest.fixture(scope="module")
def run(nlp):
    return _predict(ROOT / "data" / "raw")


@pytest.fixture(scope="module")
def gold():
    return load_gold_dir(ROOT / "data" / "annotated")


def test_every_record_validates_and_points_at_its_sentence(run):
    texts, predicted = run
    assert predicted, "the pipeline produced no records at all"
    for doc_id, records in predicted.items():
        for record in records:
            again = parse_record(record_to_json(record))
            assert again == record
            check_evidence(record, texts[doc_id])


def test_all_documents_meet_the_floor(run, gold):
    report = evaluate(gold, run[1])
    assert report.micro.f1 >= FLOORS["all_documents_micro_f1"], report.format_table()
    assert report.field_accuracy.accuracy >= FLOORS["all_documents_field_accuracy"], report.format_table()


@pytest.mark.parametrize("split", ["dev", "test"])
def test_each_split_meets_its_floor(run, gold, split):
    report = evaluate(gold, run[1], docs=SPLITS[split])
    assert report.micro.f1 >= FLOORS[f"{split}_split_micro_f1"], report.format_table()


def test_seed_report(run, gold):
    report = evaluate(gold, run[1], docs=["kazakhstan-2017"])
    assert report.micro.f1 >= FLOORS["kazakhstan_micro_f1"], report.format_table()
    assert report.field_accuracy.accuracy >= FLOORS["kazakhstan_field_accuracy"], report.format_table()


def test_a_document_without_events_yields_nothing_false(run, gold):
    """lesotho-2010 has no gold record: law, statistics and releases only."""
    report = evaluate(gold, run[1], docs=["lesotho-2010"])
    assert report.micro.fp == 0, report.format_misses()


@pytest.mark.parametrize("name", sorted(FLOORS["extra_sets_micro_f1"]))
def test_extra_annotated_sets_meet_their_floor(nlp, name):
    """The hand-annotated sets added after the corpus (see data/<set>/SOURCES.md)."""
    folder = ROOT / "data" / name
    texts, predicted = _predict(folder / "raw")
    for doc_id, records in predicted.items():
        for record in records:
            check_evidence(record, texts[doc_id])
    report = evaluate(load_gold_dir(folder / "annotated"), predicted)
    assert report.micro.f1 >= FLOORS["extra_sets_micro_f1"][name], report.format_table()


EVALUATION_SETS = ROOT / "data" / "evaluation.json"


@pytest.mark.parametrize("split", sorted(FLOORS["evaluation_sets"]))
def test_evaluation_splits_meet_their_floor(nlp, split):
    """The splits of data/evaluation.json, as `hrextract evaluate --sets` scores them: 'dev' (the sets
    rules were written on) and 'test' (held-out sets, annotated blind and never tuned on)."""
    from hrextract.evaluate import load_evaluation_sets

    gold, predicted = {}, {}
    for raw, gold_dir in load_evaluation_sets(EVALUATION_SETS)[split]:
        texts, found = _predict(raw)
        for doc_id, records in found.items():
            for record in records:
                check_evidence(record, texts[doc_id])
        predicted.update(found)
        gold.update(load_gold_dir(gold_dir))
    report = evaluate(gold, predicted)
    floor = FLOORS["evaluation_sets"][split]
    assert report.micro.f1 >= floor["micro_f1"], report.format_table()
    assert report.field_accuracy.accuracy >= floor["field_accuracy"], report.format_table()
