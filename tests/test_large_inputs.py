"""The two large hostile inputs of issue 5 at their full size (about a minute in all).

``tests/test_fuzz.py`` covers the same code paths with smaller texts; these
run the literal cases once: a 300 kB line with no sentence break, and
100,000 repeated trigger words. Both once took practically forever (a
run-on "sentence" made frame building grow faster than quadratically; a
trigger per token made it quadratic in the chunk). No time is asserted: a
regression shows as a suite that does not finish.
"""

from __future__ import annotations

from hrextract.api import CHUNK_CHARS, chunks, extract
from hrextract.records import check_evidence, parse_record, record_to_json

UNIT = "The police arrested journalist Maks Bokaev in Atyrau on 4 January and fined him 100 tenge "


def _check(text: str, nlp) -> list:  # type: ignore[no-untyped-def]
    records = extract(text, year=2017, country="KAZ", nlp=nlp)
    for record in records:
        assert record_to_json(parse_record(record_to_json(record))) == record_to_json(record)
        check_evidence(record, text)
    return records


def test_a_300_kb_line_with_no_sentence_break(nlp) -> None:
    text = (UNIT * (300_000 // len(UNIT) + 1))[:300_000]
    assert "\n" not in text and "." not in text and len(text) > 2 * CHUNK_CHARS
    _check(text, nlp)


def test_100000_repeated_trigger_words(nlp) -> None:
    text = "arrested " * 100_000
    pieces = chunks(text)
    assert len(pieces) > 1 and all(piece.endswith(" ") for _, piece in pieces[:-1])  # cut between words
    records = _check(text, nlp)
    # chunks are cut between words, so no record is about half a word ("ted")
    for record in records:
        name = getattr(getattr(record, "subject", None), "name", None) or ""
        assert all(word == "arrested" for word in name.split()), record
