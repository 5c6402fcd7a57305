"""Tests of JSON Lines writing (atomic) and reading (validated)."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from hrextract.records import AnyRecord, parse_record, record_to_json
from hrextract.writers import read_jsonl, records_from_jsonl, sort_records, write_jsonl

ROOT = Path(__file__).resolve().parents[1]


def _record(start: int = 0, name: str | None = "Maks Bokaev", doc_id: str = "doc",
            record_type: str = "detention", date: str | None = "2017-01-05") -> AnyRecord:  # fmt: skip
    """A small valid record; detention or fine."""
    data: dict[str, Any] = {
        "record_type": record_type,
        "doc_id": doc_id,
        "date": date,
        "subject": {"name": name, "kind": "person", "count": None if name else 1,
                    "description": None if name else "journalist"},  # fmt: skip
        "evidence": {"text": "x" * 5, "start": start, "end": start + 5},
    }
    data.update({"detention_type": "arrest"} if record_type == "detention" else {"amount": 5})
    return parse_record(data)


class Boom(RuntimeError):
    """Raised by a failing record iterator."""


def _failing(records: list[AnyRecord]) -> Iterator[AnyRecord]:
    yield from records
    raise Boom("pipeline failed midway")


def test_write_then_read_round_trip(tmp_path: Path) -> None:
    records = [_record(0), _record(10, name=None)]
    out = tmp_path / "out.jsonl"
    assert write_jsonl(records, out) == 2
    assert read_jsonl(out) == records
    assert records_from_jsonl(str(out)) == records
    assert out.read_text(encoding="utf-8") == "".join(record_to_json(r) + "\n" for r in records)


def test_write_accepts_dicts_and_creates_parent_dirs(tmp_path: Path) -> None:
    out = tmp_path / "a" / "b" / "out.jsonl"
    data = json.loads(record_to_json(_record()))
    assert write_jsonl([data], out) == 1
    assert read_jsonl(out) == [_record()]


def test_empty_write_gives_empty_file(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert write_jsonl([], out) == 0
    assert out.read_bytes() == b""
    assert read_jsonl(out) == []


def test_failing_iterator_leaves_old_file_and_no_temp(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("previous complete output\n", encoding="utf-8")
    with pytest.raises(Boom):
        write_jsonl(_failing([_record(0), _record(10)]), out)
    assert out.read_text(encoding="utf-8") == "previous complete output\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


def test_failing_iterator_without_old_file_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(Boom):
        write_jsonl(_failing([_record()]), tmp_path / "out.jsonl")
    assert list(tmp_path.iterdir()) == []


def test_invalid_dict_aborts_write(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    with pytest.raises(ValueError):
        write_jsonl([_record(), {"record_type": "detention"}], out)
    assert list(tmp_path.iterdir()) == []


def test_overwrite_keeps_mode(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("old\n", encoding="utf-8")
    os.chmod(out, 0o640)
    write_jsonl([_record()], out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    assert len(read_jsonl(out)) == 1


def test_stdout_mode(capsys: pytest.CaptureFixture[str]) -> None:
    records = [_record(0), _record(10, name="Żanna")]
    assert write_jsonl(records, "-") == 2
    lines = capsys.readouterr().out.splitlines()
    assert [parse_record(line) for line in lines] == records


def test_stdout_mode_writes_nothing_on_failure(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(Boom):
        write_jsonl(_failing([_record()]), "-")
    assert capsys.readouterr().out == ""


def test_read_error_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    good = record_to_json(_record())
    bad = json.loads(good)
    bad["date"] = "2017-02-30"
    path.write_text(f"{good}\n\n{json.dumps(bad)}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.jsonl:3: invalid record") as info:
        read_jsonl(path)
    assert "date" in str(info.value)


@pytest.mark.parametrize("content", [b"{not json\n", b"\xff\xfe\n", b"[1, 2]\n"])
def test_read_error_on_malformed_line(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_bytes(record_to_json(_record()).encode() + b"\n" + content)
    with pytest.raises(ValueError, match=r"bad\.jsonl:2:"):
        read_jsonl(path)


def test_read_tolerates_bom_crlf_and_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "ok.jsonl"
    line = record_to_json(_record()).encode()
    path.write_bytes(b"\xef\xbb\xbf" + line + b"\r\n\r\n" + line + b"\r\n")
    assert read_jsonl(path) == [_record(), _record()]


def test_read_gold_file() -> None:
    records = read_jsonl(ROOT / "data" / "annotated" / "kazakhstan-2017.jsonl")
    assert len(records) == 24
    assert all(r.doc_id == "kazakhstan-2017" for r in records)


def test_sort_records_is_stable_and_keyed() -> None:
    a = _record(50, doc_id="b")
    b = _record(10, doc_id="b", record_type="fine")
    c = _record(10, doc_id="b", name="Aigul")
    d = _record(10, doc_id="a")
    e = _record(10, doc_id="b", name="Aigul", date="2017-01-01")
    f = _record(10, doc_id="b", name="Aigul", date=None)
    g = _record(10, doc_id="b", name="Aigul", date=None)
    assert sort_records([a, b, c, d, e, f, g]) == [d, f, g, e, c, b, a]
    ordered = sort_records([g, f])
    assert ordered[0] is g and ordered[1] is f
