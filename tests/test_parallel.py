"""Worker processes: `hrextract run --workers N` gives the same output as one process,
and a file that fails in a worker is reported without losing the others."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hrextract.api import extract_document
from hrextract.cli import app
from hrextract.parallel import WorkerDied, extract_paths_parallel
from hrextract.reading import InputError, read_document

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["run", *args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def _copy_reports(target: Path, names: list[str]) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copyfile(RAW / f"{name}.txt", target / f"{name}.txt")
        shutil.copyfile(RAW / f"{name}.meta.json", target / f"{name}.meta.json")


def test_two_workers_write_the_same_bytes_as_one(tmp_path: Path) -> None:
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    code1, _, err1 = _run(str(RAW), "-o", str(one), "--workers", "1")
    code2, _, err2 = _run(str(RAW), "-o", str(two), "--workers", "2")
    assert (code1, code2) == (0, 0), err1 + err2
    assert one.read_bytes() == two.read_bytes()
    assert len(one.read_bytes().splitlines()) > 50  # the dev reports hold well over 50 records
    assert err1.replace(str(one), "OUT") == err2.replace(str(two), "OUT")  # same summary and warnings


def test_a_failing_file_in_a_worker_is_reported_and_the_rest_written(tmp_path: Path) -> None:
    good = ["kazakhstan-2017", "mali-2007", "niger-2008"]
    inputs = tmp_path / "in"
    _copy_reports(inputs, good)
    (inputs / "lesotho-2010.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    reference = tmp_path / "good-only"
    _copy_reports(reference, good)

    out, errors, expected = tmp_path / "out.jsonl", tmp_path / "errors.jsonl", tmp_path / "expected.jsonl"
    code, _, stderr = _run(str(inputs), "-o", str(out), "--workers", "2", "--errors", str(errors))
    assert code == 1
    error_lines = [line for line in stderr.splitlines() if line.startswith("error:")]
    assert len(error_lines) == 1 and "lesotho-2010.txt" in error_lines[0] and "PDF" in error_lines[0]
    assert "3 of 4 files processed" in stderr
    rows = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert [(Path(r["file"]).name, r["error"]) for r in rows] == [("lesotho-2010.txt", "InputError")]

    assert _run(str(reference), "-o", str(expected), "--workers", "1")[0] == 0
    assert out.read_bytes() == expected.read_bytes()
    assert {json.loads(line)["doc_id"] for line in out.read_text(encoding="utf-8").splitlines()} == set(good)


def test_fail_fast_stops_at_the_first_failed_file(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    _copy_reports(inputs, ["mali-2007", "niger-2008"])
    (inputs / "aaa-broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    out = tmp_path / "out.jsonl"
    code, _, stderr = _run(str(inputs), "-o", str(out), "--workers", "2", "--fail-fast")
    assert code == 1
    assert [line for line in stderr.splitlines() if line.startswith("error:")] == [
        f"error: {inputs / 'aaa-broken.txt'}: looks like a PNG image, not text"]
    assert out.read_text(encoding="utf-8") == ""  # nothing after the failed file was collected


def test_results_come_in_input_order_with_each_files_own_records(nlp) -> None:
    names = ["senegal-2006", "kazakhstan-2017", "missing-report", "cote-divoire-2004", "mali-2007"]
    paths = [RAW / f"{name}.txt" for name in names]  # not sorted: the order must be kept as given
    results = list(extract_paths_parallel(paths, workers=2))
    assert [path for path, _ in results] == paths
    for path, result in results:
        if path.stem == "missing-report":
            assert isinstance(result, InputError)
        else:
            assert result == extract_document(read_document(path), nlp=nlp), path.name


def test_workers_must_be_positive() -> None:
    with pytest.raises(ValueError):
        list(extract_paths_parallel([RAW / "mali-2007.txt"], workers=0))


_NAMES = ("mali-2007", "niger-2008", "senegal-2006", "liberia-1999")  # small enough to share one task


def _run_patched(tmp_path: Path, patch: str) -> dict:
    """Run the four reports on two workers under ``patch``, in a fresh interpreter.

    The main module is re-imported in every worker, so a patch at its top
    level applies there too; the environment tells the parent apart. Returns
    what each file gave (a record count or an exception's name and message)
    and what one process gives without any patch to compare.
    """
    script = tmp_path / "patched.py"
    script.write_text(textwrap.dedent(f"""
        import json, os, sys
        from pathlib import Path
        import hrextract.parallel as parallel

        def in_worker():
            return os.environ.get("HRX_TEST_PARENT") != str(os.getpid())
    """) + textwrap.dedent(patch) + textwrap.dedent(f"""
        if __name__ == "__main__":
            os.environ["HRX_TEST_PARENT"] = str(os.getpid())
            raw = Path({str(RAW)!r})
            paths = [raw / f"{{n}}.txt" for n in {_NAMES!r}]
            stats = parallel.ParallelStats()
            got = {{}}
            for path, result in parallel.extract_paths_parallel(paths, workers=2, stats=stats):
                got[path.stem] = ([type(result).__name__, str(result)] if isinstance(result, Exception)
                                  else len(result))
            expected = {{p.stem: len(r) for p, r in parallel.extract_paths_parallel(paths, workers=1)}}
            print(json.dumps({{"got": got, "expected": expected, "restarts": stats.restarts}}))
    """), encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_worker_that_dies_costs_only_its_own_file(tmp_path: Path) -> None:
    # The worker that reads niger-2008 exits at once, as after an out-of-memory kill.
    report = _run_patched(tmp_path, """
        _read = parallel.read_document

        def _dying(path, *args, **kwargs):
            if Path(path).stem == "niger-2008" and in_worker():
                os._exit(9)
            return _read(path, *args, **kwargs)

        parallel.read_document = _dying
    """)
    assert report["got"]["niger-2008"][0] == WorkerDied.__name__
    for name in ("mali-2007", "senegal-2006", "liberia-1999"):
        assert report["got"][name] == report["expected"][name] > 0, name
    assert report["restarts"] >= 1


def test_an_extraction_error_inside_a_shared_task_fails_only_its_file(tmp_path: Path) -> None:
    # Extraction raises on senegal-2006, whether in the task's shared stream or alone.
    report = _run_patched(tmp_path, """
        _many, _one = parallel.extract_many, parallel.extract_document

        def _many_failing(documents, **kwargs):
            for document, records in zip(documents, _many(documents, **kwargs)):
                if document.doc_id == "senegal-2006" and in_worker():
                    raise ValueError("boom")
                yield records

        def _one_failing(document, **kwargs):
            if document.doc_id == "senegal-2006" and in_worker():
                raise ValueError("boom")
            return _one(document, **kwargs)

        parallel.extract_many, parallel.extract_document = _many_failing, _one_failing
    """)
    assert report["got"]["senegal-2006"] == ["ValueError", "boom"]
    for name in ("mali-2007", "niger-2008", "liberia-1999"):
        assert report["got"][name] == report["expected"][name] > 0, name
    assert report["restarts"] == 0
