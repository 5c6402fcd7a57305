"""Extraction on a Dask cluster (the optional ``hrextract[dask]`` extra).

Two entry points:

* :func:`extract_bag` -- a lazy ``dask.bag.Bag`` of record dicts (each the
  JSON object of one output line) from report files, to combine with the rest
  of a Dask workflow::

      from dask.distributed import Client
      from hrextract.dask import extract_bag

      client = Client("tcp://scheduler:8786")
      bag = extract_bag(["/shared/reports"], year=None)
      bag.filter(lambda r: r["record_type"] == "sentence").to_textfiles("/shared/out/*.jsonl")

* :func:`extract_paths_dask` -- what ``hrextract run --dask ADDRESS`` uses:
  one result per file, in input order, a failed file as its exception, like
  :func:`hrextract.parallel.extract_paths_parallel`; the CLI then sorts and
  writes the records exactly as a local run does.

Files are read **on the workers**, so every worker must see the input paths
(a shared file system, the same checkout on every machine); paths are made
absolute before they are sent. Each worker thread builds the pipeline once
and keeps it (spaCy pipelines are not meant to be shared between threads);
the work is GIL-bound, so run workers with one thread each
(``dask worker --nthreads 1``) and as many processes as cores.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import dask.bag as db

from hrextract.parallel import DEFAULT_MAX_BYTES, _portable, _process_file
from hrextract.pipeline import build, load
from hrextract.reading import iter_input_paths
from hrextract.records import AnyRecord, parse_record, record_to_json

if TYPE_CHECKING:
    from distributed import Client
    from spacy.language import Language

__all__ = ["extract_bag", "extract_paths_dask", "file_results_bag"]

#: Most partitions a bag of files gets by default: one file each up to this
#: many files (best balance), then files grouped so the scheduler's task
#: count stays moderate for archives of tens of thousands of reports.
MAX_PARTITIONS = 1024

_LOCAL = threading.local()

#: One file's result as it travels back from a worker:
#: (path, record dicts or None, exception or None, reading warnings).
FileResult = tuple[str, list[dict[str, Any]] | None, BaseException | None, tuple[str, ...]]


def _pipeline(model: str | None) -> Language:
    """This thread's pipeline, built on first use and kept.

    The first thread of a process takes ``pipeline.load``'s process-wide
    cached instance; any other thread builds its own.
    """
    cache: dict[str | None, Language] | None = getattr(_LOCAL, "pipelines", None)
    if cache is None:
        cache = _LOCAL.pipelines = {}
    nlp = cache.get(model)
    if nlp is None:
        nlp = load(model) if _claim_shared(model) else _fresh(model)
        cache[model] = nlp
    return nlp


_SHARED_CLAIMED: set[str | None] = set()
_SHARED_LOCK = threading.Lock()


def _claim_shared(model: str | None) -> bool:
    """True for the first worker thread asking for ``model``: it may use the cached ``load``."""
    with _SHARED_LOCK:
        if model in _SHARED_CLAIMED:
            return False
        _SHARED_CLAIMED.add(model)
        return True


def _fresh(model: str | None) -> Language:
    """A pipeline instance of this thread's own."""
    if model is None:
        return build()
    import spacy

    return spacy.load(model)


def _file_result(path: str, year: int | None, country: str | None, max_bytes: int,
                 model: str | None) -> FileResult:
    """Read and extract one file on a worker; never raises."""
    try:
        nlp = _pipeline(model)
    except Exception as exc:  # the model itself cannot be loaded: every file says so
        return path, None, _portable(exc), ()
    outcome = _process_file(Path(path), year, country, max_bytes, nlp)
    if outcome.error is not None:
        return path, None, _portable(outcome.error), outcome.warnings
    dicts = [json.loads(record_to_json(record)) for record in outcome.records or []]
    return path, dicts, None, outcome.warnings


def _as_path_bag(paths_or_bag: Iterable[str | os.PathLike[str]] | db.Bag,
                 npartitions: int | None) -> db.Bag:
    """A bag of absolute file paths: an existing bag as is, else expanded with ``iter_input_paths``."""
    if isinstance(paths_or_bag, db.Bag):
        return paths_or_bag.map(os.fspath)
    return _bag_of_files(iter_input_paths(paths_or_bag), npartitions)


def _bag_of_files(files: list[Path], npartitions: int | None) -> db.Bag:
    """A bag of these files' absolute paths, in this order (one file per partition up to MAX_PARTITIONS)."""
    absolute = [str(p.resolve()) for p in files]
    parts = npartitions or max(1, min(len(absolute), MAX_PARTITIONS))
    return db.from_sequence(absolute, npartitions=parts)


def file_results_bag(paths_or_bag: Iterable[str | os.PathLike[str]] | db.Bag, *, year: int | None = None,
                     country: str | None = None, max_bytes: int | None = None, model: str | None = None,
                     npartitions: int | None = None) -> db.Bag:
    """A bag with one ``(path, record dicts | None, exception | None, warnings)`` per file, in order."""
    limit = DEFAULT_MAX_BYTES if max_bytes is None else max_bytes
    return _as_path_bag(paths_or_bag, npartitions).map(_file_result, year, country, limit, model)


def _records_or_raise(result: FileResult, errors: Literal["raise", "skip"]) -> list[dict[str, Any]]:
    path, records, error, _ = result
    if error is not None:
        if errors == "raise":
            raise RuntimeError(f"{path}: {type(error).__name__}: {error}") from error
        return []
    return records or []


def extract_bag(paths_or_bag: Iterable[str | os.PathLike[str]] | db.Bag, *, year: int | None = None,
                country: str | None = None, max_bytes: int | None = None, model: str | None = None,
                errors: Literal["raise", "skip"] = "raise", npartitions: int | None = None) -> db.Bag:
    """A lazy bag of record dicts from report files, computed wherever Dask runs it.

    ``paths_or_bag`` is either files, folders or glob patterns (expanded here,
    as ``hrextract run`` does) or a bag of file paths. ``year`` and
    ``country`` override the sidecars as in ``read_document``; ``model`` is a
    saved pipeline directory the workers can read. Records of one file keep
    ``api.extract``'s order and files keep the input order. A file that
    cannot be read or extracted makes the computation fail
    (``errors="raise"``) or is left out (``errors="skip"``).
    """
    if errors not in ("raise", "skip"):
        raise ValueError(f"errors must be 'raise' or 'skip', not {errors!r}")
    results = file_results_bag(paths_or_bag, year=year, country=country, max_bytes=max_bytes,
                               model=model, npartitions=npartitions)
    return results.map(_records_or_raise, errors).flatten()


def extract_paths_dask(
    paths: Iterable[str | os.PathLike[str]],
    *,
    scheduler: str | Client,
    year: int | None = None,
    country: str | None = None,
    max_bytes: int | None = None,
    model: str | None = None,
    on_warning: Callable[[Path, str], None] | None = None,
) -> Iterator[tuple[Path, list[AnyRecord] | Exception]]:
    """Like ``parallel.extract_paths_parallel``, on the Dask cluster at ``scheduler``.

    ``scheduler`` is a scheduler address (a client is connected for the
    call and closed after) or a connected ``distributed.Client``. Yields
    ``(path, records)`` or ``(path, exception)`` per file in input order,
    after the whole computation has finished.
    """
    from distributed import Client

    files = [Path(p) for p in paths]
    limit = DEFAULT_MAX_BYTES if max_bytes is None else max_bytes
    bag = _bag_of_files(files, None).map(_file_result, year, country, limit, model)
    if isinstance(scheduler, Client):
        results: list[FileResult] = bag.compute(scheduler=scheduler)
    else:
        with Client(scheduler) as client:
            results = bag.compute(scheduler=client)
    for original, (_, dicts, error, warnings) in zip(files, results, strict=True):
        if on_warning is not None:
            for message in warnings:
                on_warning(original, message)
        if error is not None:
            yield original, error if isinstance(error, Exception) else RuntimeError(repr(error))
        else:
            yield original, [parse_record(d) for d in dicts or []]
