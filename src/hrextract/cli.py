"""The ``hrextract`` command line: a thin typer layer over the library."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

    from hrextract.records import AnyRecord

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Extract detentions, sentences, fines and treaty-body findings from human-rights reports.")

EXIT_SOME_FAILED = 1
EXIT_USAGE = 2


def _err(message: str) -> None:
    typer.echo(message, err=True)


def _check_writable(target: str | Path, option: str) -> None:
    """Exit 2 (a usage error) before any work when ``target`` cannot be written.

    The output is only written when the run ends, so a typo in the folder or
    a read-only destination is caught here rather than after an hour of
    extraction. ``"-"`` (stdout) is always fine.
    """
    import os

    if str(target) == "-":
        return
    path = Path(target)
    if path.is_dir():
        _err(f"error: {option} {path}: is a directory, not a file")
        raise typer.Exit(EXIT_USAGE)
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent  # missing folders are created when the output is written
    if not folder.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
        _err(f"error: {option} {path}: cannot write in {folder}")
        raise typer.Exit(EXIT_USAGE)
    if path.exists() and not os.access(path, os.W_OK):
        _err(f"error: {option} {path}: file is not writable")
        raise typer.Exit(EXIT_USAGE)


def _show_progress(files: int, quiet: bool) -> bool:
    """A progress bar only for several files, only on an interactive stderr, never with --quiet."""
    return files > 1 and not quiet and sys.stderr.isatty()


class _ProgressBar:
    """A rich progress bar of files done on stderr, or nothing when not ``enabled``.

    The bar is transient (erased by ``close``); lines written to stderr while
    it shows (errors, warnings) print above it.
    """

    def __init__(self, total: int, enabled: bool) -> None:
        self._progress: Progress | None = None
        self._task: TaskID | None = None
        if not enabled:
            return
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn,
                                   TimeRemainingColumn)

        self._progress = Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                                  TimeRemainingColumn(), console=Console(stderr=True), transient=True)
        self._task = self._progress.add_task("files", total=total)
        self._progress.start()

    def advance(self) -> None:
        """One more file done."""
        if self._progress is not None and self._task is not None:
            self._progress.advance(self._task)

    def close(self) -> None:
        """Erase the bar (idempotent)."""
        if self._progress is not None:
            self._progress.stop()
            self._progress = None


def _summary(records: list[AnyRecord], files: int, failed: int, output: str) -> None:
    """The closing table on stderr: records per type and files failed, then one line of totals."""
    counts = Counter(r.record_type for r in records)
    for kind in ("detention", "sentence", "fine", "treaty_body_finding"):
        _err(f"{kind:20} {counts.get(kind, 0):6d}")
    _err(f"{'files failed':20} {failed:6d}")
    _err(f"{files - failed} of {files} files processed, {len(records)} records"
         + (f" → {output}" if output != "-" else ""))


@app.command()
def run(
    paths: Annotated[list[str], typer.Argument(help="Report files, folders or glob patterns.")],
    output: Annotated[str, typer.Option("-o", "--output", help="JSON Lines output file; '-' for stdout.")] = "-",
    year: Annotated[Optional[int], typer.Option(help="Year the reports cover (overrides sidecars).")] = None,
    country: Annotated[Optional[str], typer.Option(help="Country the reports are about (name or ISO code).")] = None,
    errors: Annotated[Optional[Path], typer.Option(help="Also write one JSON line per failed file here.")] = None,
    fail_fast: Annotated[bool, typer.Option("--fail-fast", help="Stop at the first file that fails (the records of the files before it are written).")] = False,
    max_bytes: Annotated[int, typer.Option(min=1, help="Reject input files larger than this many bytes.")] = 50_000_000,
    model: Annotated[Optional[str], typer.Option(help="A saved pipeline directory (default: build from the base model).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Errors only: no progress bar, warnings or summary.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Also one line per file done, with its record count.")] = False,
    workers: Annotated[Optional[int], typer.Option(min=1, help="Worker processes (default: all cores; 1 = in this process). Output is the same for any number.")] = None,
    dask: Annotated[Optional[str], typer.Option("--dask", metavar="SCHEDULER_ADDRESS", help="Run on this Dask cluster instead (needs the dask extra); its workers must see the input paths.")] = None,
) -> None:
    """Extract records from report files into JSON Lines (written atomically, in a stable order)."""
    from contextlib import closing

    from hrextract.parallel import default_workers, extract_paths_parallel
    from hrextract.reading import InputError, iter_input_paths
    from hrextract.writers import sort_records, write_jsonl

    try:
        files = iter_input_paths(paths)
    except InputError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(EXIT_USAGE)
    if not files:
        _err("error: no report files found in " + ", ".join(paths))
        raise typer.Exit(EXIT_USAGE)
    if quiet and verbose:
        _err("error: --quiet and --verbose exclude each other")
        raise typer.Exit(EXIT_USAGE)
    _check_writable(output, "--output")
    if errors is not None:
        _check_writable(errors, "--errors")

    def warn(path: Path, message: str) -> None:
        if not quiet:
            _err(f"warning: {path}: {message}")

    records = []
    failures: list[dict[str, str]] = []
    if dask is not None:
        try:
            from hrextract.dask import extract_paths_dask
        except ImportError as exc:
            _err(f"error: --dask needs the dask extra (pip install 'hrextract[dask]'): {exc}")
            raise typer.Exit(EXIT_USAGE)
        results = extract_paths_dask(files, scheduler=dask, year=year, country=country,
                                     max_bytes=max_bytes, model=model, on_warning=warn)
    else:
        # Each file is read and extracted in a worker; results come back in
        # input order, a failed file as its exception (one bad file never
        # stops the others).
        # No more processes than files: a single report is extracted in this process.
        results = extract_paths_parallel(files, workers=min(workers or default_workers(), len(files)),
                                         year=year, country=country,
                                         max_bytes=max_bytes, model=model, on_warning=warn)
    bar = _ProgressBar(len(files), _show_progress(len(files), quiet))
    try:
        with closing(results):
            for path, result in results:
                bar.advance()
                if not isinstance(result, Exception):
                    records.extend(result)
                    if verbose:
                        _err(f"ok: {path}: {len(result)} record" + ("" if len(result) == 1 else "s"))
                    continue
                exc = result
                reason = str(exc) if isinstance(exc, InputError) else f"{path}: {type(exc).__name__}: {exc}"
                _err(f"error: {reason}")
                failures.append({"file": str(path), "error": type(exc).__name__,
                                 "message": getattr(exc, "reason", str(exc))})
                if fail_fast:
                    _err("stopped at the first failure (--fail-fast)")
                    break
    except KeyboardInterrupt:
        _err("interrupted: no output written")
        raise typer.Exit(130)
    except (OSError, RuntimeError) as exc:  # no worker could start, or the Dask scheduler is unreachable
        _err(f"error: {exc}; no output written")
        raise typer.Exit(EXIT_SOME_FAILED)
    finally:
        bar.close()
    # Written only now, each atomically: an interrupted or failed run leaves the previous files as they were.
    try:
        if errors is not None:
            write_jsonl_lines(failures, errors)
        records = sort_records(records)
        write_jsonl(records, output)
    except KeyboardInterrupt:
        _err("interrupted: no output written")
        raise typer.Exit(130)
    except OSError as exc:
        _err(f"error: cannot write the output: {exc}")
        raise typer.Exit(EXIT_SOME_FAILED)
    if not quiet:
        _summary(records, len(files), len(failures), output)
    if failures:
        raise typer.Exit(EXIT_SOME_FAILED)


def write_jsonl_lines(rows: list[dict[str, str]], path: Path) -> None:
    """Write plain JSON objects one a line, atomically (the --errors report)."""
    import os
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@app.command()
def evaluate(
    predicted: Annotated[Optional[Path], typer.Argument(help="Predicted records (JSON Lines). Not with --sets.")] = None,
    gold: Annotated[Path, typer.Option(help="Folder of gold <doc_id>.jsonl files.")] = Path("data/annotated"),
    misses: Annotated[bool, typer.Option("--misses", help="List every false positive, false negative and field miss.")] = False,
    min_f1: Annotated[Optional[float], typer.Option(help="Exit 1 when micro F1 is below this.")] = None,
    split: Annotated[Optional[str], typer.Option(help="Score only the documents of this split (dev/test) of data/splits.json; with --sets, only this split of the sets file.")] = None,
    sets: Annotated[Optional[Path], typer.Option(help="Run the pipeline over the dev and test sets of this file (data/evaluation.json) and score each split.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Score predicted records against gold records, per the record contract.

    With --sets, extract the records of every set itself and report each split
    (dev: the data rules were written on; test: held-out data nobody tuned on)."""
    from hrextract.evaluate import evaluate as score
    from hrextract.evaluate import group_by_doc, load_gold_dir
    from hrextract.writers import read_jsonl

    if sets is not None:
        if predicted is not None:
            _err("error: give either predicted records or --sets, not both")
            raise typer.Exit(EXIT_USAGE)
        _evaluate_sets(sets, split=split, misses=misses, min_f1=min_f1, as_json=as_json)
        return
    if predicted is None:
        _err("error: give a predicted records file, or --sets data/evaluation.json")
        raise typer.Exit(EXIT_USAGE)
    try:
        gold_docs = load_gold_dir(gold)
        pred = group_by_doc(read_jsonl(predicted))
    except (OSError, ValueError) as exc:
        _err(f"error: {exc}")
        raise typer.Exit(EXIT_USAGE)
    docs = None
    if split is not None:
        docs = _split_docs(gold, split)
    report = score(gold_docs, pred, docs=docs)
    if as_json:
        typer.echo(json.dumps(report.to_dict(), indent=2))
    else:
        _echo_report(report, misses=misses)
    if min_f1 is not None and report.micro.f1 < min_f1:
        _err(f"micro F1 {report.micro.f1:.3f} is below --min-f1 {min_f1}")
        raise typer.Exit(EXIT_SOME_FAILED)


def _echo_report(report, *, misses: bool) -> None:
    """The score table, then every miss when asked."""
    typer.echo(report.format_table())
    if misses:
        typer.echo("")
        typer.echo(report.format_misses())


def _evaluate_sets(path: Path, *, split: str | None, misses: bool, min_f1: float | None, as_json: bool) -> None:
    """Extract and score every split of an evaluation-sets file."""
    from hrextract.api import extract_files
    from hrextract.evaluate import evaluate as score
    from hrextract.evaluate import group_by_doc, load_evaluation_sets, load_gold_dir
    from hrextract.pipeline import load
    from hrextract.reading import InputError

    try:
        splits = load_evaluation_sets(path)
    except ValueError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(EXIT_USAGE)
    if split is not None:
        if split not in splits:
            _err(f"error: {path}: no split {split!r} (has {', '.join(splits)})")
            raise typer.Exit(EXIT_USAGE)
        splits = {split: splits[split]}
    nlp = load()
    reports = {}
    for name, pairs in splits.items():
        gold_docs: dict = {}
        predicted: list = []
        for raw, gold_dir in pairs:
            try:
                found = load_gold_dir(gold_dir)
                predicted.extend(extract_files([raw], nlp=nlp))
            except (OSError, ValueError, InputError) as exc:
                _err(f"error: {exc}")
                raise typer.Exit(EXIT_USAGE)
            clash = set(found) & set(gold_docs)
            if clash:
                _err(f"error: {path}: document {sorted(clash)[0]!r} is in two sets of split {name!r}")
                raise typer.Exit(EXIT_USAGE)
            gold_docs.update(found)
        reports[name] = (pairs, score(gold_docs, group_by_doc(predicted)))
    if as_json:
        typer.echo(json.dumps({name: {"sets": [str(raw) for raw, _ in pairs], **report.to_dict()}
                               for name, (pairs, report) in reports.items()}, indent=2))
    else:
        for name, (pairs, report) in reports.items():
            typer.echo(f"== {name}: {', '.join(str(raw) for raw, _ in pairs)}")
            _echo_report(report, misses=misses)
            typer.echo("")
    low = [name for name, (_, report) in reports.items() if min_f1 is not None and report.micro.f1 < min_f1]
    if low:
        _err(f"micro F1 of {', '.join(low)} is below --min-f1 {min_f1}")
        raise typer.Exit(EXIT_SOME_FAILED)


def _split_docs(gold: Path, split: str) -> list[str]:
    splits_file = gold.parent / "splits.json"
    try:
        splits = json.loads(splits_file.read_text(encoding="utf-8"))
        return list(splits[split])
    except (OSError, KeyError, ValueError) as exc:
        _err(f"error: {splits_file}: no split {split!r} ({exc})")
        raise typer.Exit(EXIT_USAGE)


@app.command()
def schema() -> None:
    """Print the JSON Schema of a record."""
    from hrextract.records import record_json_schema

    typer.echo(json.dumps(record_json_schema(), indent=2))


@app.command()
def text(path: Annotated[Path, typer.Argument(help="A report file.")]) -> None:
    """Print the text that offsets refer to (after decoding and HTML/Markdown/PDF extraction)."""
    from hrextract.reading import InputError, read_document

    if not path.exists():
        _err(f"error: {path}: no such file or directory")
        raise typer.Exit(EXIT_USAGE)
    try:
        document = read_document(path)
    except InputError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(EXIT_SOME_FAILED)
    for warning in document.warnings:
        _err(f"warning: {path}: {warning}")
    # UTF-8 bytes, whatever the locale, and no newline translation: offsets index exactly this.
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(document.text)
    else:
        sys.stdout.flush()
        buffer.write(document.text.encode("utf-8"))
        buffer.flush()


@app.command("build-model")
def build_model(target: Annotated[Path, typer.Argument(help="Directory to write the pipeline to.")] = Path("models/hrextract-en")) -> None:
    """Assemble the pipeline and save it where ``spacy.load`` can read it without importing hrextract."""
    from hrextract.pipeline import build, save

    save(build(), target)
    typer.echo(f"saved pipeline to {target}")


@app.command()
def info() -> None:
    """Versions, pipeline components and pattern counts."""
    import spacy

    import hrextract
    from hrextract.pipeline import load

    nlp = load()
    typer.echo(f"hrextract {hrextract.__version__}, spaCy {spacy.__version__}")
    typer.echo(f"base model: {nlp.meta.get('name')} {nlp.meta.get('version')}")
    typer.echo("pipeline: " + " → ".join(nlp.pipe_names))
    ruler = nlp.get_pipe("hrextract_span_ruler")
    labels = Counter(p["label"] for p in ruler.patterns)
    typer.echo("patterns: " + ", ".join(f"{k} {v}" for k, v in sorted(labels.items())))
    typer.echo("optional: " + ", ".join(_optional_versions()))


def _optional_versions() -> list[str]:
    """"name version" (or "name missing") of each optional package hrextract can use."""
    from importlib.metadata import PackageNotFoundError, version

    found = []
    for name, extra in (("pandas", "pandas"), ("pypdf", "pdf"), ("matplotlib", "notebook"), ("nbclient", "notebook")):
        try:
            found.append(f"{name} {version(name)}")
        except PackageNotFoundError:
            found.append(f"{name} missing (pip install 'hrextract[{extra}]')")
    return found


@app.command()
def show(
    path: Annotated[Path, typer.Argument(help="A report file (.txt, .md, .html, .pdf).")],
    output: Annotated[str, typer.Option("-o", "--output", help="HTML page to write; '-' for stdout.")] = "-",
    year: Annotated[Optional[int], typer.Option(help="Year the report covers (overrides the sidecar).")] = None,
    country: Annotated[Optional[str], typer.Option(help="Country the report is about (name or ISO code).")] = None,
    model: Annotated[Optional[str], typer.Option(help="A saved pipeline directory (default: build from the base model).")] = None,
    style: Annotated[str, typer.Option(help="displaCy style: 'span' (stacked, overlapping) or 'ent' (boxes).")] = "span",
    only_records: Annotated[bool, typer.Option("--only-records", help="Show only the paragraphs that hold a record.")] = False,
) -> None:
    """Render a report as an HTML page: each record's spans highlighted and labelled, a table of the records beside."""
    from hrextract.pipeline import load
    from hrextract.reading import InputError, read_document
    from hrextract.render import render

    if style not in ("span", "ent"):
        _err(f"error: --style must be 'span' or 'ent', not {style!r}")
        raise typer.Exit(EXIT_USAGE)
    try:
        document = read_document(path, year=year, country=country)
    except InputError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(EXIT_SOME_FAILED)
    for warning in document.warnings:
        _err(f"warning: {path}: {warning}")
    rendering = render(document, nlp=load(model), style=style, only_records=only_records)  # type: ignore[arg-type]
    if output == "-":
        sys.stdout.write(rendering.page())
    else:
        rendering.save(output)
        _err(f"{len(rendering.records)} records of {document.doc_id} → {output}")


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    app()
