"""Reading and writing records as JSON Lines.

Output is written atomically (temporary file in the target directory, fsync,
``os.replace``) so that an interrupted or failing run never leaves a truncated
file where a complete one used to be.
"""

from __future__ import annotations

import os
import secrets
import stat
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, TextIO

from pydantic import ValidationError

from hrextract.records import (
    AnyRecord,
    BaseRecord,
    parse_record,
    record_label,
    record_to_json,
)

__all__ = ["read_jsonl", "records_from_jsonl", "sort_records", "write_jsonl"]

STDIO = "-"


def _lines(records: Iterable[BaseRecord | Mapping[str, Any]]) -> Iterable[str]:
    """Serialize records (dicts are validated first) to newline-terminated lines."""
    for record in records:
        yield record_to_json(parse_record(record)) + "\n"


def _write_stdout(records: Iterable[BaseRecord | Mapping[str, Any]]) -> int:
    """Write all records to stdout at once, or nothing if serializing fails.

    Lines are serialized before any byte is written so a failing iterator
    gives no partial output on stdout either.
    """
    text = "".join(_lines(records))
    stream: TextIO = sys.stdout
    encoding = (getattr(stream, "encoding", None) or "utf-8").lower().replace("-", "")
    buffer = getattr(stream, "buffer", None)
    if encoding != "utf8" and buffer is not None:
        stream.flush()
        buffer.write(text.encode("utf-8"))
        buffer.flush()
    else:
        stream.write(text)
        stream.flush()
    return text.count("\n")


def _open_temp(directory: Path, name: str) -> tuple[Path, int]:
    """Create a new, uniquely named temp file next to the target; return path and fd.

    ``os.open`` with mode 0o666 lets the umask decide permissions, as for any
    ordinary file (``tempfile`` would create it 0o600).
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        candidate = directory / f".{name}.{secrets.token_hex(6)}.tmp"
        try:
            return candidate, os.open(candidate, flags, 0o666)
        except FileExistsError:
            continue


def _fsync_dir(directory: Path) -> None:
    """Persist the rename itself; best effort (not possible on every platform)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_jsonl(records: Iterable[BaseRecord | Mapping[str, Any]], path: str | Path) -> int:
    """Write records as UTF-8 JSON Lines to ``path`` atomically; return the count.

    The lines go to a temporary file in the same directory, which is flushed,
    fsynced and then renamed over ``path`` with ``os.replace``.  If anything
    raises (including the ``records`` iterator), the temporary file is removed,
    a pre-existing ``path`` is left untouched and the exception propagates.
    Missing parent directories are created; an existing file keeps its mode.
    ``path == "-"`` writes to stdout instead (all lines or none).
    """
    if str(path) == STDIO:
        return _write_stdout(records)
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp, fd = _open_temp(target.parent, target.name)
    count = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            for line in _lines(records):
                handle.write(line)
                count += 1
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            os.chmod(tmp, stat.S_IMODE(target.stat().st_mode))
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(target.parent)
    return count


def _read_bytes(path: str | Path) -> bytes:
    """The raw content of ``path``, or of stdin when ``path == "-"``."""
    if str(path) == STDIO:
        return sys.stdin.buffer.read()
    return Path(path).read_bytes()


def read_jsonl(path: str | Path) -> list[AnyRecord]:
    """Read and validate every record of a JSON Lines file (``"-"``: stdin).

    Blank lines are skipped and a leading BOM is ignored.  A line that is not
    UTF-8, not JSON or not a valid record raises ValueError naming the file and
    the 1-based line number.
    """
    records: list[AnyRecord] = []
    data = _read_bytes(path)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for number, raw in enumerate(data.split(b"\n"), start=1):
        if not raw.strip():
            continue
        try:
            records.append(parse_record(raw.decode("utf-8")))
        except (UnicodeDecodeError, ValidationError, ValueError, TypeError) as err:
            raise ValueError(f"{path}:{number}: invalid record: {err}") from err
    return records


#: The name the brief also uses for :func:`read_jsonl`.
records_from_jsonl = read_jsonl


def _sort_key(record: BaseRecord) -> tuple[str, int, str, str, str]:
    """(doc_id, evidence start, record_type, subject or body, date)."""
    return (
        record.doc_id,
        record.evidence.start,
        record.record_type,
        record_label(record),
        record.date or "",
    )


def sort_records(records: Iterable[AnyRecord]) -> list[AnyRecord]:
    """Records in a stable, reproducible order for output and diffs.

    Ordered by doc_id, evidence start, record_type, subject label (body code
    for findings) and date; ties keep their input order.
    """
    return sorted(records, key=_sort_key)
