"""A report far beyond spaCy's default max_length is processed in paragraph chunks,
with every offset pointing into the whole text.

The synthetic report repeats the Kazakhstan report (about 1.5 MB in all). One
might expect it to give (copies × records of one copy) records; it does not
under the default chunking, and should not: the document-level resolver
merges an event told twice and drops a custody already reported, and within
one chunk the copies *are* the same events told again. So the tests check
(1) on the default chunking, that every record is one of the single copy's
records moved to its copy and that the first copy gives exactly the single
copy's records; (2) with chunks that hold whole copies -- each chunk then a
report of its own -- that the count is exactly copies × records of one copy,
each record in its place.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hrextract.api import CHUNK_CHARS, chunks, extract
from hrextract.reading import read_document
from hrextract.records import check_evidence, record_to_json

ROOT = Path(__file__).resolve().parents[1]
SOURCE = read_document(ROOT / "data" / "raw" / "kazakhstan-2017.txt")
ONE = SOURCE.text.rstrip("\n")
SEPARATOR = "\n\n"
STRIDE = len(ONE) + len(SEPARATOR)
#: Copies for about 1.5 MB of text, as long as the longest State Department reports.
COPIES = 1_500_000 // STRIDE


def _report(copies: int) -> str:
    return SEPARATOR.join([ONE] * copies)


def _moved(record, copy: int) -> str:
    """The record as JSON, its evidence moved back by ``copy`` copies, its id left out."""
    data = json.loads(record_to_json(record))
    data.pop("id", None)
    data["evidence"]["start"] -= copy * STRIDE
    data["evidence"]["end"] -= copy * STRIDE
    return json.dumps(data, sort_keys=True)


@pytest.fixture(scope="module")
def single(nlp):
    records = extract(ONE, year=SOURCE.year, country=SOURCE.country, doc_id="long", nlp=nlp)
    assert records, "the Kazakhstan report holds records"
    return records


@pytest.fixture(scope="module")
def long_run(nlp):
    text = _report(COPIES)
    return text, extract(text, year=SOURCE.year, country=SOURCE.country, doc_id="long", nlp=nlp)


def test_the_synthetic_report_is_long(long_run) -> None:
    text, _ = long_run
    assert 1_400_000 <= len(text.encode("utf-8")) <= 1_600_000
    assert len(text) > 1_000_000  # spaCy's default max_length
    pieces = chunks(text)
    assert len(pieces) >= len(text) // CHUNK_CHARS
    assert "".join(piece for _, piece in pieces) == text
    assert all(text[offset:offset + len(piece)] == piece for offset, piece in pieces)


def test_every_evidence_offset_points_into_the_whole_text(long_run) -> None:
    text, records = long_run
    assert len(records) >= COPIES  # records from every part of the report, not just the first chunk
    for record in records:
        check_evidence(record, text)
    assert max(r.evidence.start for r in records) > len(text) - STRIDE  # the last copy too


def test_each_record_is_a_record_of_one_copy_in_its_place(long_run, single) -> None:
    _, records = long_run
    known = {_moved(r, 0) for r in single}
    by_copy: dict[int, list[str]] = {}
    for record in records:
        copy = record.evidence.start // STRIDE
        assert record.evidence.end <= (copy + 1) * STRIDE, "evidence crosses into the next copy"
        moved = _moved(record, copy)
        assert moved in known, moved
        by_copy.setdefault(copy, []).append(moved)
    # The first copy opens the first chunk: nothing earlier to merge with.
    assert sorted(by_copy[0]) == sorted(known)


def test_count_is_copies_times_one_copy_when_each_chunk_is_a_copy(nlp, single) -> None:
    copies = 14  # about 120 kB: beyond one default chunk, yet quick
    text = _report(copies)
    assert [offset for offset, _ in chunks(text, STRIDE)] == [k * STRIDE for k in range(copies)]
    records = extract(text, year=SOURCE.year, country=SOURCE.country, doc_id="long", nlp=nlp, chunk_chars=STRIDE)
    assert len(records) == copies * len(single)
    expected = sorted(_moved(r, 0) for r in single)
    for copy in range(copies):
        inside = [r for r in records if copy * STRIDE <= r.evidence.start < (copy + 1) * STRIDE]
        assert sorted(_moved(r, copy) for r in inside) == expected, f"copy {copy}"
        for record in inside:
            check_evidence(record, text)
