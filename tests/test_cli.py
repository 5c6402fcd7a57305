"""The ``hrextract`` command line on messy input: bad files, exit codes, error
reports, atomic output, progress and the ``text`` and ``schema`` commands.

Every case writes real files to ``tmp_path`` and runs the CLI in-process with
typer's ``CliRunner`` and ``--workers 1`` (the pipeline is loaded once per
session); the progress-bar case needs a terminal and runs in a subprocess on a
pseudo-terminal.
"""

from __future__ import annotations

import codecs
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

import hrextract.parallel
import hrextract.writers
from hrextract.cli import app
from hrextract.records import check_evidence, parse_record, record_json_schema

ROOT = Path(__file__).resolve().parents[1]

#: A short report that gives records (a detention and a fine).
GOOD = "On 4 January 2017 police arrested Maks Bokaev in Atyrau. The court fined him 100,000 tenge.\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"


class Run:
    """Outcome of one CLI invocation."""

    def __init__(self, exit_code: int, stdout: str, stderr: str) -> None:
        self.exit_code = exit_code
        self.stdout = stdout
        self.stderr = stderr

    @property
    def errors(self) -> list[str]:
        """The ``error:`` lines of stderr."""
        return [line for line in self.stderr.splitlines() if line.startswith("error:")]


def cli(*args: str) -> Run:
    """Run ``hrextract ARGS`` in this process; unexpected exceptions are re-raised."""
    result = CliRunner().invoke(app, list(args))
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return Run(result.exit_code, result.stdout, result.stderr)


def run(*args: str) -> Run:
    """``hrextract run ARGS --workers 1``."""
    return cli("run", *args, "--workers", "1")


def lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def temp_files(folder: Path) -> list[str]:
    """Leftover temporary files of the atomic writers."""
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.fixture(autouse=True)
def _pipeline_loaded(nlp) -> None:
    """Load the pipeline once for the session (``pipeline.load`` caches it)."""


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """A folder of good, odd and bad report files, as found in the wild."""
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "good.txt").write_bytes(GOOD.encode("utf-8"))
    (folder / "crlf.txt").write_bytes(GOOD.replace("\n", "\r\n").replace(". ", ".\r\n").encode("utf-8"))
    (folder / "bom.txt").write_bytes(codecs.BOM_UTF8 + GOOD.encode("utf-8"))
    (folder / "cr.txt").write_bytes(("Kazakhstan\r\r" + GOOD.replace("\n", "\r").replace(". ", ".\r")).encode("utf-8"))
    (folder / "windows.txt").write_bytes(
        "On 4 January 2017 police arrested Zhanna Baytelova \u2013 a \u201cdissident\u201d \u2013 in Almaty.\n".encode("cp1252"))
    (folder / "utf16.txt").write_bytes(GOOD.encode("utf-16"))  # with its byte-order mark
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b" \n\t\r\n  \n")
    (folder / "page.html").write_text(
        "<!doctype html><html><head><title>Kazakhstan 2017</title><script>var arrested = 1;</script></head>"
        "<body><h1>Kazakhstan</h1><p>On 4 January 2017 police <b>arrested</b> Maks&nbsp;Bokaev in Atyrau.</p>"
        "<p>The court fined him 100,000 tenge.</p></body></html>", encoding="utf-8")
    (folder / "notes.md").write_text(
        "# Kazakhstan\n\nOn 4 January 2017 police **arrested** [Maks Bokaev](https://example.org) in Atyrau.\n",
        encoding="utf-8")
    (folder / "nul.txt").write_bytes(b"Police arrested\x00\x00 someone\x00 somewhere.\n")
    (folder / "scan.txt").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    (folder / "image.txt").write_bytes(PNG)
    (folder / "stray.png").write_bytes(PNG)  # not a report suffix: a folder run skips it
    return folder


BAD = {"nul.txt": "NUL", "scan.txt": "PDF", "image.txt": "PNG"}


# --------------------------------------------------------------------------
# Per-file isolation, error lines, --errors, exit codes
# --------------------------------------------------------------------------


def test_mixed_folder_reports_each_bad_file_and_writes_the_rest(mixed: Path, tmp_path: Path) -> None:
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    result = run(str(mixed), "-o", str(out), "--errors", str(errors))

    assert result.exit_code == 1
    # One error line per bad file, naming it and the reason; nothing else is an error.
    assert len(result.errors) == len(BAD), result.stderr
    for name, reason in BAD.items():
        (line,) = [e for e in result.errors if name in e]
        assert str(mixed / name) in line and reason in line
    assert "stray.png" not in result.stderr
    # The encodings that had to be guessed are named in a warning.
    assert any("windows.txt" in w and "cp1252" in w for w in result.stderr.splitlines() if w.startswith("warning:"))
    assert any("utf16.txt" in w and "utf-16" in w for w in result.stderr.splitlines() if w.startswith("warning:"))

    records = lines(out)
    docs = {r["doc_id"] for r in records}
    assert {"good", "crlf", "cr", "bom", "windows", "utf16", "page", "notes"} <= docs
    assert not docs & {"empty", "blank", "nul", "scan", "image"}
    for record in records:
        parse_record(record)

    report = lines(errors)
    assert sorted(Path(r["file"]).name for r in report) == sorted(BAD)
    for row in report:
        assert set(row) == {"file", "error", "message"}
        assert row["error"] == "InputError"
        assert BAD[Path(row["file"]).name] in row["message"]
    assert temp_files(tmp_path) == [] and temp_files(mixed) == []


def test_offsets_are_exact_in_crlf_bom_and_detected_encodings(mixed: Path, tmp_path: Path) -> None:
    """Evidence offsets index the decoded text: CRLF and CR kept, BOM dropped, cp1252/UTF-16 decoded."""
    out = tmp_path / "out.jsonl"
    run(str(mixed), "-o", str(out))
    texts = {
        "crlf": (mixed / "crlf.txt").read_bytes().decode("utf-8"),
        "cr": (mixed / "cr.txt").read_bytes().decode("utf-8"),
        "bom": (mixed / "bom.txt").read_bytes().decode("utf-8-sig"),
        "good": GOOD,
        "windows": (mixed / "windows.txt").read_bytes().decode("cp1252"),
        "utf16": (mixed / "utf16.txt").read_bytes().decode("utf-16"),
    }
    checked = 0
    for record in map(parse_record, lines(out)):
        if record.doc_id in texts:
            check_evidence(record, texts[record.doc_id])
            checked += 1
    assert checked >= 6
    assert "\r\n" in texts["crlf"] and "\n" not in texts["cr"]


def test_all_good_files_exit_zero(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text("", encoding="utf-8")
    result = run(str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "-o", str(tmp_path / "out.jsonl"))
    assert result.exit_code == 0, result.stderr
    assert result.errors == []
    assert len(lines(tmp_path / "out.jsonl")) >= 2


def test_a_png_given_by_name_is_an_error_not_skipped(tmp_path: Path) -> None:
    (tmp_path / "photo.png").write_bytes(PNG)
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    result = run(str(tmp_path / "photo.png"), str(tmp_path / "a.txt"), "-o", str(tmp_path / "out.jsonl"))
    assert result.exit_code == 1
    (line,) = result.errors
    assert "photo.png" in line and "PNG" in line
    assert {r["doc_id"] for r in lines(tmp_path / "out.jsonl")} == {"a"}


def test_errors_file_is_empty_when_nothing_failed(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    errors = tmp_path / "errors.jsonl"
    errors.write_text('{"stale": true}\n', encoding="utf-8")
    result = run(str(tmp_path / "a.txt"), "-o", str(tmp_path / "out.jsonl"), "--errors", str(errors))
    assert result.exit_code == 0
    assert errors.read_text(encoding="utf-8") == ""


@pytest.fixture
def bad_in_the_middle(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b-bad.txt").write_bytes(b"\x00\x01\x02 binary")
    (folder / "c-good.txt").write_text(GOOD, encoding="utf-8")
    return folder


def test_fail_fast_stops_at_the_first_failure(bad_in_the_middle: Path, tmp_path: Path) -> None:
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    result = run(str(bad_in_the_middle), "-o", str(out), "--errors", str(errors), "--fail-fast", "--verbose")
    assert result.exit_code == 1
    assert len(result.errors) == 1 and "b-bad.txt" in result.errors[0]
    assert "a-good.txt" in result.stderr and "c-good.txt" not in result.stderr  # never reached
    assert "--fail-fast" in result.stderr
    assert {r["doc_id"] for r in lines(out)} == {"a-good"}  # the files before the failure
    assert [Path(r["file"]).name for r in lines(errors)] == ["b-bad.txt"]


def test_without_fail_fast_the_same_folder_goes_on(bad_in_the_middle: Path, tmp_path: Path) -> None:
    result = run(str(bad_in_the_middle), "-o", str(tmp_path / "out.jsonl"), "--verbose")
    assert result.exit_code == 1
    assert "ok: " in result.stderr and "c-good.txt" in result.stderr
    assert {r["doc_id"] for r in lines(tmp_path / "out.jsonl")} == {"a-good", "c-good"}


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["{tmp}/missing.txt"], id="missing-file"),
        pytest.param(["{tmp}/a.txt", "{tmp}/missing-folder"], id="one-of-two-missing"),
        pytest.param(["{tmp}/*.nothing"], id="glob-matching-nothing"),
        pytest.param(["{tmp}/a.txt", "--max-bytes", "0"], id="max-bytes-zero"),
        pytest.param(["{tmp}/a.txt", "--workers", "0"], id="workers-zero"),
        pytest.param(["{tmp}/a.txt", "--quiet", "--verbose"], id="quiet-and-verbose"),
        pytest.param(["{tmp}/a.txt", "--no-such-option"], id="unknown-option"),
        pytest.param(["{tmp}/a.txt", "-o", "{tmp}"], id="output-is-a-folder"),
        pytest.param(["{tmp}/a.txt", "-o", "{tmp}/a.txt/out.jsonl"], id="output-under-a-file"),
        pytest.param(["{tmp}/a.txt", "--errors", "{tmp}"], id="errors-is-a-folder"),
    ],
)
def test_usage_errors_exit_2_before_any_work(tmp_path: Path, args: list[str]) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    before = sorted(p.name for p in tmp_path.iterdir())
    result = cli("run", *[a.replace("{tmp}", str(tmp_path)) for a in args])
    assert result.exit_code == 2, result.stderr
    assert result.stderr.strip()
    assert "records" not in result.stderr  # no summary: nothing ran
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_missing_path_is_named(tmp_path: Path) -> None:
    result = run(str(tmp_path / "nowhere.txt"))
    assert result.exit_code == 2
    assert result.errors == [f"error: {tmp_path / 'nowhere.txt'}: no such file or directory"]


def test_max_bytes_rejects_larger_files_with_a_clear_error(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(GOOD * 10, encoding="utf-8")
    small = tmp_path / "small.txt"
    small.write_text(GOOD, encoding="utf-8")
    result = run(str(big), str(small), "-o", str(tmp_path / "out.jsonl"), "--max-bytes", str(len(GOOD) + 10))
    assert result.exit_code == 1
    (line,) = result.errors
    assert "big.txt" in line and "over the limit" in line and f"{len(GOOD) + 10:,}" in line
    assert {r["doc_id"] for r in lines(tmp_path / "out.jsonl")} == {"small"}


# --------------------------------------------------------------------------
# Output: stdout, atomicity, reproducibility
# --------------------------------------------------------------------------


def test_dash_writes_records_to_stdout_and_the_summary_to_stderr(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    result = run(str(tmp_path / "a.txt"), "-o", "-")
    assert result.exit_code == 0
    records = [parse_record(line) for line in result.stdout.splitlines()]
    assert {r.record_type for r in records} == {"detention", "fine"}
    assert "detention" in result.stderr and "files failed" in result.stderr
    assert not any(line.startswith("{") for line in result.stderr.splitlines())


def test_quiet_prints_only_errors(mixed: Path, tmp_path: Path) -> None:
    result = run(str(mixed), "-o", str(tmp_path / "out.jsonl"), "--quiet")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == result.errors
    assert len(result.errors) == len(BAD)


def test_summary_counts_records_per_type_and_failed_files(mixed: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = run(str(mixed), "-o", str(out))
    table = [line for line in result.stderr.splitlines() if not line.startswith(("error:", "warning:"))]
    summary = dict(line.rsplit(None, 1) for line in table[:-1])
    records = lines(out)
    for kind in ("detention", "sentence", "fine", "treaty_body_finding"):
        assert int(summary[kind]) == sum(r["record_type"] == kind for r in records)
    assert int(summary["files failed"]) == len(BAD)
    files = len(list(mixed.glob("*.txt"))) + 2
    assert table[-1] == f"{files - len(BAD)} of {files} files processed, {len(records)} records → {out}"


def test_rerun_gives_byte_identical_output(mixed: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    run(str(mixed), "-o", str(first))
    run(str(mixed), "-o", str(second))
    run(str(mixed), "-o", str(first))  # overwriting in place too
    assert first.read_bytes() == second.read_bytes()
    assert first.read_bytes()


def _interrupt_on(name: str, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make extraction raise KeyboardInterrupt (Ctrl-C) when it reaches the document ``name``."""
    real = hrextract.parallel.extract_document
    seen: list[str] = []

    def extract_document(document, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(document.doc_id)
        if document.doc_id == name:
            raise KeyboardInterrupt
        return real(document, **kwargs)

    monkeypatch.setattr(hrextract.parallel, "extract_document", extract_document)
    return seen


def test_ctrl_c_mid_run_leaves_the_previous_output_intact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(GOOD, encoding="utf-8")
    out, errors = tmp_path / "out" / "records.jsonl", tmp_path / "out" / "errors.jsonl"
    assert run(str(tmp_path), "-o", str(out), "--errors", str(errors)).exit_code == 0
    previous, previous_errors = out.read_bytes(), errors.read_bytes()

    seen = _interrupt_on("b", monkeypatch)
    (tmp_path / "a.txt").write_text("The court fined Ali Aliyev 5 tenge.\n", encoding="utf-8")
    result = run(str(tmp_path), "-o", str(out), "--errors", str(errors))
    assert seen == ["a", "b"]
    assert result.exit_code == 130
    assert "interrupted" in result.stderr
    assert out.read_bytes() == previous and errors.read_bytes() == previous_errors
    assert temp_files(out.parent) == [] and temp_files(tmp_path) == []


def test_ctrl_c_while_writing_leaves_no_partial_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("previous\n", encoding="utf-8")
    real = hrextract.writers.record_to_json
    calls = []

    def record_to_json(record):  # type: ignore[no-untyped-def]
        calls.append(record)
        if len(calls) == 2:  # the first line is already in the temporary file
            raise KeyboardInterrupt
        return real(record)

    monkeypatch.setattr(hrextract.writers, "record_to_json", record_to_json)
    result = run(str(tmp_path / "a.txt"), "-o", str(out))
    assert result.exit_code == 130
    assert len(calls) == 2
    assert out.read_text(encoding="utf-8") == "previous\n"
    assert temp_files(tmp_path) == []


def test_a_crash_while_writing_leaves_the_previous_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("previous\n", encoding="utf-8")

    def broken(record):  # type: ignore[no-untyped-def]
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(hrextract.writers, "record_to_json", broken)
    result = CliRunner().invoke(app, ["run", str(tmp_path / "a.txt"), "-o", str(out), "--workers", "1"])
    assert isinstance(result.exception, RuntimeError)
    assert out.read_text(encoding="utf-8") == "previous\n"
    assert temp_files(tmp_path) == []


def test_an_unexpected_extraction_error_fails_only_its_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(GOOD, encoding="utf-8")
    real = hrextract.parallel.extract_document

    def extract_document(document, **kwargs):  # type: ignore[no-untyped-def]
        if document.doc_id == "a":
            raise ValueError("a bug somewhere")
        return real(document, **kwargs)

    monkeypatch.setattr(hrextract.parallel, "extract_document", extract_document)
    errors = tmp_path / "errors.jsonl"
    result = run(str(tmp_path), "-o", str(tmp_path / "out.jsonl"), "--errors", str(errors))
    assert result.exit_code == 1
    assert result.errors == [f"error: {tmp_path / 'a.txt'}: ValueError: a bug somewhere"]
    assert lines(errors) == [{"file": str(tmp_path / "a.txt"), "error": "ValueError", "message": "a bug somewhere"}]
    assert {r["doc_id"] for r in lines(tmp_path / "out.jsonl")} == {"b"}


# --------------------------------------------------------------------------
# Progress bar: only on a terminal
# --------------------------------------------------------------------------


def test_no_progress_bar_when_stderr_is_not_a_terminal(mixed: Path, tmp_path: Path) -> None:
    result = run(str(mixed), "-o", str(tmp_path / "out.jsonl"))
    assert "extracting" not in result.stderr
    assert "\x1b[" not in result.stderr  # no terminal control sequences in a log


class _Stream:
    def __init__(self, tty: bool) -> None:
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


@pytest.mark.parametrize(
    ("files", "quiet", "tty", "shown"),
    [(2, False, True, True), (1, False, True, False), (2, True, True, False), (2, False, False, False)],
)
def test_progress_only_for_several_files_on_a_terminal(monkeypatch: pytest.MonkeyPatch, files: int, quiet: bool,
                                                       tty: bool, shown: bool) -> None:
    from hrextract import cli as module

    monkeypatch.setattr(module.sys, "stderr", _Stream(tty))
    assert module._show_progress(files, quiet) is shown


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses a Linux pseudo-terminal")
def test_progress_bar_on_a_terminal_and_not_with_quiet(tmp_path: Path) -> None:
    import pty
    import subprocess

    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(GOOD, encoding="utf-8")
    exe = Path(sys.executable).with_name("hrextract")
    if not exe.exists():
        pytest.skip("console script not installed next to the interpreter")

    def stderr_on_tty(*extra: str) -> str:
        master, slave = pty.openpty()
        env = dict(os.environ, TERM="xterm", COLUMNS="100")
        proc = subprocess.Popen([str(exe), "run", str(tmp_path), "-o", str(tmp_path / "out.jsonl"),
                                 "--workers", "1", *extra], stdout=subprocess.DEVNULL, stderr=slave, env=env)
        os.close(slave)
        data = b""
        while True:
            try:
                chunk = os.read(master, 4096)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            data += chunk
        os.close(master)
        assert proc.wait(timeout=300) == 0
        return data.decode("utf-8", "replace")

    shown = stderr_on_tty()
    assert "extracting" in shown and "2/2" in shown
    assert "files processed" in shown
    assert stderr_on_tty("--quiet").strip() == ""


# --------------------------------------------------------------------------
# hrextract text
# --------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["page.html", "notes.md", "crlf.txt", "windows.txt"])
def test_text_prints_what_the_offsets_refer_to(mixed: Path, tmp_path: Path, name: str) -> None:
    shown = CliRunner().invoke(app, ["text", str(mixed / name)])
    assert shown.exit_code == 0
    text = shown.stdout_bytes.decode("utf-8")
    assert "<" not in text and "**" not in text and "](" not in text
    assert "arrested" in text
    out = tmp_path / "out.jsonl"
    run(str(mixed / name), "-o", str(out))
    records = [parse_record(r) for r in lines(out)]
    assert records
    for record in records:
        check_evidence(record, text)


def test_text_of_html_drops_markup_scripts_and_title(mixed: Path) -> None:
    shown = CliRunner().invoke(app, ["text", str(mixed / "page.html")])
    text = shown.stdout_bytes.decode("utf-8")
    assert text.startswith("Kazakhstan\n\nOn 4 January 2017 police arrested Maks Bokaev in Atyrau.")
    assert "var arrested" not in text and "Kazakhstan 2017" not in text


def test_text_keeps_crlf_and_prints_utf8_whatever_the_locale(mixed: Path) -> None:
    shown = CliRunner().invoke(app, ["text", str(mixed / "windows.txt")])
    assert shown.stdout_bytes == (mixed / "windows.txt").read_bytes().decode("cp1252").encode("utf-8")
    assert "cp1252" in shown.stderr
    crlf = CliRunner().invoke(app, ["text", str(mixed / "crlf.txt")])
    assert crlf.stdout_bytes == (mixed / "crlf.txt").read_bytes()


def test_text_of_a_bad_or_missing_file(mixed: Path) -> None:
    bad = CliRunner().invoke(app, ["text", str(mixed / "nul.txt")])
    assert bad.exit_code == 1 and "nul.txt" in bad.stderr and "NUL" in bad.stderr
    missing = CliRunner().invoke(app, ["text", str(mixed / "absent.txt")])
    assert missing.exit_code == 2 and "absent.txt" in missing.stderr


# --------------------------------------------------------------------------
# hrextract schema
# --------------------------------------------------------------------------


def _schema() -> dict:
    shown = CliRunner().invoke(app, ["schema"])
    assert shown.exit_code == 0
    schema = json.loads(shown.stdout)
    assert isinstance(schema, dict)
    return schema


def test_schema_is_the_discriminated_union_of_the_four_records() -> None:
    schema = _schema()
    assert schema == json.loads(json.dumps(record_json_schema()))
    assert schema["discriminator"]["propertyName"] == "record_type"
    mapping = schema["discriminator"]["mapping"]
    assert set(mapping) == {"detention", "sentence", "fine", "treaty_body_finding"}
    for ref in mapping.values():
        name = ref.rsplit("/", 1)[-1]
        assert name in schema["$defs"]
        assert "record_type" in schema["$defs"][name]["required"] or "record_type" in schema["$defs"][name]["properties"]
    assert len(schema["oneOf"]) == 4


def _run_output(tmp_path: Path) -> Iterator[dict]:
    out = tmp_path / "out.jsonl"
    result = run(str(ROOT / "data" / "raw"), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    yield from lines(out)


def test_every_output_line_validates_against_the_schema(tmp_path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = _schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    records = list(_run_output(tmp_path))
    assert len({r["record_type"] for r in records}) == 4
    for record in records:
        errors = sorted(validator.iter_errors(record), key=str)
        assert not errors, (record, errors[0].message if errors else None)
        parse_record(record)
    # and the schema does reject what the contract rejects
    broken = dict(records[0], record_type="arrest")
    assert list(validator.iter_errors(broken))


# --------------------------------------------------------------------------- evaluate --sets

def _sets(tmp_path: Path, gold_line: dict) -> Path:
    (tmp_path / "a" / "raw").mkdir(parents=True)
    (tmp_path / "a" / "gold").mkdir()
    (tmp_path / "a" / "raw" / "doc-1.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "a" / "gold" / "doc-1.jsonl").write_text(json.dumps(gold_line) + "\n", encoding="utf-8")
    spec = tmp_path / "evaluation.json"
    spec.write_text(json.dumps({"_about": "test", "dev": [{"raw": "a/raw", "gold": "a/gold"}],
                                "test": [{"raw": "a/raw", "gold": "a/gold"}]}), encoding="utf-8")
    return spec


def _gold_detention() -> dict:
    text = GOOD.split(". ")[0] + "."
    return {"record_type": "detention", "doc_id": "doc-1", "country": None, "date": "2017-01-04", "date_end": None,
            "date_text": "4 January 2017", "subject": {"name": "Maks Bokaev", "kind": "person", "count": None,
                                                       "description": None},
            "detention_type": "arrest", "location": "Atyrau", "authority": "police",
            "evidence": {"text": text, "start": 0, "end": len(text)}}


def test_evaluate_sets_extracts_and_scores_each_split(tmp_path):
    spec = _sets(tmp_path, _gold_detention())
    result = cli("evaluate", "--sets", str(spec), "--json")
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert set(report) == {"dev", "test"}
    assert report["test"]["per_type"]["detention"]["tp"] == 1
    one = cli("evaluate", "--sets", str(spec), "--split", "test")
    assert one.exit_code == 0 and "== test:" in one.stdout and "== dev:" not in one.stdout


def test_evaluate_sets_refuses_bad_input_with_one_line(tmp_path):
    spec = _sets(tmp_path, _gold_detention())
    assert cli("evaluate", "--sets", str(spec), "--split", "nope").errors[0].startswith(f"error: {spec}: no split")
    missing = tmp_path / "missing.json"
    assert cli("evaluate", "--sets", str(missing)).exit_code == 2
    assert cli("evaluate").errors == ["error: give a predicted records file, or --sets data/evaluation.json"]
    spec.write_text(json.dumps({"dev": [{"raw": "nowhere", "gold": "a/gold"}]}), encoding="utf-8")
    assert "is not a folder" in cli("evaluate", "--sets", str(spec)).errors[0]
