"""The ``hrextract`` command line: a thin typer layer over the library."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Annotated, Optional

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Extract detentions, sentences, fines and treaty-body findings from human-rights reports.")

EXIT_SOME_FAILED = 1
EXIT_USAGE = 2


def _err(message: str) -> None:
    typer.echo(message, err=True)


@app.command()
def run(
    paths: Annotated[list[str], typer.Argument(help="Report files, folders or glob patterns.")],
    output: Annotated[str, typer.Option("-o", "--output", help="JSON Lines output file; '-' for stdout.")] = "-",
    year: Annotated[Optional[int], typer.Option(help="Year the reports cover (overrides sidecars).")] = None,
    country: Annotated[Optional[str], typer.Option(help="Country the reports are about (name or ISO code).")] = None,
    errors: Annotated[Optional[Path], typer.Option(help="Also write one JSON line per failed file here.")] = None,
    fail_fast: Annotated[bool, typer.Option("--fail-fast", help="Stop at the first file that fails.")] = False,
    max_bytes: Annotated[int, typer.Option(help="Reject input files larger than this.")] = 50_000_000,
    model: Annotated[Optional[str], typer.Option(help="A saved pipeline directory (default: build from the base model).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary.")] = False,
    workers: Annotated[Optional[int], typer.Option(min=1, help="Worker processes (default: all cores; 1 = in this process). Output is the same for any number.")] = None,
    dask: Annotated[Optional[str], typer.Option("--dask", metavar="SCHEDULER_ADDRESS", help="Run on this Dask cluster instead (pip install 'hrextract[dask]'); its workers must see the input paths.")] = None,
) -> None:
    """Extract records from report files into JSON Lines (written atomically, in a stable order)."""
    from contextlib import closing

    from hrextract.parallel import extract_paths_parallel
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
    records = []
    failures: list[dict[str, str]] = []
    if dask is not None:
        try:
            from hrextract.dask import extract_paths_dask
        except ImportError as exc:
            _err(f"error: --dask needs the dask extra (pip install 'hrextract[dask]'): {exc}")
            raise typer.Exit(EXIT_USAGE)
        results = extract_paths_dask(files, scheduler=dask, year=year, country=country,
                                     max_bytes=max_bytes, model=model,
                                     on_warning=lambda p, m: _err(f"warning: {p}: {m}"))
    else:
        # Each file is read and extracted in a worker; results come back in
        # input order, a failed file as its exception (one bad file never
        # stops the others).
        results = extract_paths_parallel(files, workers=workers, year=year, country=country,
                                         max_bytes=max_bytes, model=model,
                                         on_warning=lambda p, m: _err(f"warning: {p}: {m}"))
    try:
        with closing(results):
            for path, result in results:
                if not isinstance(result, Exception):
                    records.extend(result)
                    continue
                exc = result
                reason = str(exc) if isinstance(exc, InputError) else f"{path}: {type(exc).__name__}: {exc}"
                _err(f"error: {reason}")
                failures.append({"file": str(path), "error": type(exc).__name__,
                                 "message": getattr(exc, "reason", str(exc))})
                if fail_fast:
                    break
    except KeyboardInterrupt:
        _err("interrupted: no output written")
        raise typer.Exit(130)
    records = sort_records(records)
    write_jsonl(records, output)
    if errors is not None:
        write_jsonl_lines(failures, errors)
    if not quiet:
        counts = Counter(r.record_type for r in records)
        for kind in ("detention", "sentence", "fine", "treaty_body_finding"):
            _err(f"{kind:20} {counts.get(kind, 0):6d}")
        _err(f"{len(files) - len(failures)} of {len(files)} files processed, {len(records)} records"
             + (f" → {output}" if output != "-" else ""))
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
    predicted: Annotated[Path, typer.Argument(help="Predicted records (JSON Lines).")],
    gold: Annotated[Path, typer.Option(help="Folder of gold <doc_id>.jsonl files.")] = Path("data/annotated"),
    misses: Annotated[bool, typer.Option("--misses", help="List every false positive, false negative and field miss.")] = False,
    min_f1: Annotated[Optional[float], typer.Option(help="Exit 1 when micro F1 is below this.")] = None,
    split: Annotated[Optional[str], typer.Option(help="Score only the documents of this split (dev/test) of data/splits.json.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Score predicted records against gold records, per the record contract."""
    from hrextract.evaluate import evaluate as score
    from hrextract.evaluate import group_by_doc, load_gold_dir
    from hrextract.writers import read_jsonl

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
        typer.echo(report.format_table())
        if misses:
            typer.echo("")
            typer.echo(report.format_misses())
    if min_f1 is not None and report.micro.f1 < min_f1:
        _err(f"micro F1 {report.micro.f1:.3f} is below --min-f1 {min_f1}")
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

    try:
        document = read_document(path)
    except InputError as exc:
        _err(f"error: {exc}")
        raise typer.Exit(EXIT_SOME_FAILED)
    sys.stdout.write(document.text)


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
