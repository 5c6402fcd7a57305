"""Extraction of many report files on several worker processes.

``extract_paths_parallel`` is what ``hrextract run --workers N`` uses. Each
worker process loads the pipeline once (in the pool's initializer) and then
reads and extracts whole files; results come back **in input order**, so the
output of N workers is identical to that of one. A file that fails -- cannot
be read, or raises anywhere in extraction -- yields its exception instead of
records and never stops the other files. A worker that dies outright (killed
for memory, a crash in native code) is replaced: the files that were in
flight are retried one at a time in a fresh pool, so only the file that
really kills its worker is reported, with a ``WorkerDied`` error.

Files are the unit of work: a report is read, chunked (``api.chunks``) and
extracted by one worker. ``workers=1`` runs everything in the calling process
(no pool, no pickling), which is also what the tests compare against.

Workers are started with the ``forkserver`` method where the platform has it
(``spawn`` elsewhere): unlike ``fork`` it is safe when the parent already runs
threads (a progress bar, a Dask client), and the module imports are preloaded
in the server so a worker only has to build the pipeline.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from spacy.language import Language

from hrextract.api import BATCH_CHARS, extract_document, extract_many
from hrextract.pipeline import load
from hrextract.reading import Document, read_document
from hrextract.records import AnyRecord

__all__ = ["ParallelStats", "WorkerDied", "cpu_seconds", "default_workers", "extract_paths_parallel", "peak_rss_mb"]

#: Tasks submitted ahead of the one being yielded, per worker: enough to keep
#: every worker busy, few enough that pending results stay small in memory.
PREFETCH_PER_WORKER = 3
#: A task is a run of consecutive files up to api.BATCH_CHARS bytes (a larger
#: file alone) and at most this many files.
MAX_BATCH_FILES = 16

#: read_document's default size limit, repeated so callers may pass None.
DEFAULT_MAX_BYTES = 50_000_000


class WorkerDied(RuntimeError):
    """The worker process died (out of memory, a native crash) while it held this file."""


@dataclass
class ParallelStats:
    """What a parallel run measured; filled in by ``extract_paths_parallel`` when passed.

    ``peak_rss_mb`` maps each worker's process id to its peak resident set
    size in MiB (``resource.getrusage`` inside the worker, read after each
    file); with ``workers=1`` it holds the calling process. ``restarts``
    counts pools replaced after a worker died; ``startup_seconds`` is the
    time spent starting pools until a first worker had loaded the pipeline;
    ``cpu_seconds`` maps each worker's process id to the CPU time it had used
    (user + system, pipeline loading included) when it sent its last file.
    """

    workers: int = 1
    files: int = 0
    failed: int = 0
    restarts: int = 0
    startup_seconds: float = 0.0
    peak_rss_mb: dict[int, float] = field(default_factory=dict)
    cpu_seconds: dict[int, float] = field(default_factory=dict)


class _Outcome(NamedTuple):
    """One file's result as it crosses the process boundary."""

    records: list[AnyRecord] | None
    error: BaseException | None
    warnings: tuple[str, ...]
    pid: int
    peak_rss_mb: float
    cpu_seconds: float = 0.0


def default_workers() -> int:
    """All cores this process may use (the CPU affinity mask where the OS has one)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def cpu_seconds() -> float:
    """CPU time (user + system) the calling process has used so far."""
    times = os.times()
    return times.user + times.system


def peak_rss_mb() -> float:
    """Peak resident set size of the calling process in MiB (0.0 where unknown)."""
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports KiB, macOS bytes.
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


# --------------------------------------------------------------------------
# Worker side
# --------------------------------------------------------------------------

_WORKER_NLP: Language | None = None


def _init_worker(model: str | None) -> None:
    """Pool initializer: load the pipeline once per process; leave Ctrl-C to the parent."""
    global _WORKER_NLP
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER_NLP = load(model)


def _portable(exc: BaseException) -> BaseException:
    """``exc`` itself when it survives pickling, else a RuntimeError that says what it was."""
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:
        return RuntimeError(f"{type(exc).__name__}: {exc}")
    return exc


def _process_file(path: Path, year: int | None, country: str | None, max_bytes: int,
                  nlp: Language | None = None) -> _Outcome:
    """Read and extract one file; any exception is returned, not raised."""
    warnings: tuple[str, ...] = ()
    try:
        document = read_document(path, year=year, country=country, max_bytes=max_bytes)
        warnings = document.warnings
        records = extract_document(document, nlp=nlp or _WORKER_NLP or load(None))
        return _Outcome(records, None, warnings, os.getpid(), peak_rss_mb(), cpu_seconds())
    except Exception as exc:  # isolated per file, by design
        return _Outcome(None, exc, warnings, os.getpid(), peak_rss_mb(), cpu_seconds())


def _process_batch(paths: list[Path], year: int | None, country: str | None, max_bytes: int,
                   nlp: Language | None = None) -> list[_Outcome]:
    """Read and extract several files through one ``api.extract_many`` stream; never raises.

    Short reports parsed together cost about 7% less CPU than one by one. A
    file that cannot be read fails alone; should extraction raise inside the
    shared stream, the files not yet done are extracted one by one so that
    only the culprit fails.
    """
    nlp = nlp or _WORKER_NLP or load(None)
    if len(paths) == 1:
        return [_process_file(paths[0], year, country, max_bytes, nlp)]
    errors: dict[int, Exception] = {}
    documents: list[tuple[int, Document]] = []
    for index, path in enumerate(paths):
        try:
            documents.append((index, read_document(path, year=year, country=country, max_bytes=max_bytes)))
        except Exception as exc:  # isolated per file, by design
            errors[index] = exc
    done: dict[int, list[AnyRecord]] = {}
    try:
        for (index, _), records in zip(documents, extract_many([d for _, d in documents], nlp=nlp)):
            done[index] = records
    except Exception:
        for index, document in documents:
            if index not in done:
                try:
                    done[index] = extract_document(document, nlp=nlp)
                except Exception as exc:  # isolated per file, by design
                    errors[index] = exc
    pid, rss, cpu = os.getpid(), peak_rss_mb(), cpu_seconds()
    warnings = {index: document.warnings for index, document in documents}
    return [_Outcome(done.get(i), errors.get(i), warnings.get(i, ()), pid, rss, cpu) for i in range(len(paths))]


def _process_batch_remote(paths: list[Path], year: int | None, country: str | None,
                          max_bytes: int) -> list[_Outcome]:
    """``_process_batch`` in a worker: exceptions must cross back by pickle."""
    return [outcome if outcome.error is None else outcome._replace(error=_portable(outcome.error))
            for outcome in _process_batch(paths, year, country, max_bytes)]


# --------------------------------------------------------------------------
# Parent side
# --------------------------------------------------------------------------


def _context() -> multiprocessing.context.BaseContext:
    """forkserver (with the heavy imports preloaded) where available, else spawn."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["hrextract.parallel"])
        return ctx
    return multiprocessing.get_context("spawn")


def _ping() -> int:
    """A no-op task: its answer proves a worker started and loaded the pipeline."""
    return os.getpid()


def _new_pool(workers: int, model: str | None, stats: ParallelStats | None = None) -> ProcessPoolExecutor:
    """A started pool; raises RuntimeError when its workers cannot start at all.

    A failure at start-up (the model cannot be loaded, or a script that starts
    workers without an ``if __name__ == "__main__":`` guard) would otherwise
    look like every file killing its worker.
    """
    started = time.perf_counter()
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=_context(),
                               initializer=_init_worker, initargs=(model,))
    try:
        pool.submit(_ping).result()
        if stats is not None:
            stats.startup_seconds += time.perf_counter() - started
    except BrokenProcessPool as exc:
        _stop(pool, now=True)
        raise RuntimeError("hrextract worker processes failed to start (see the error printed above); "
                           "a script that starts workers must guard its entry point with "
                           "`if __name__ == \"__main__\":`") from exc
    return pool


def _stop(pool: ProcessPoolExecutor, *, now: bool) -> None:
    """Shut a pool down: cleanly when it is idle, else at once (queued files cancelled, workers ended)."""
    if not now:
        pool.shutdown(wait=True)
        return
    terminate = getattr(pool, "terminate_workers", None)  # Python >= 3.14
    if terminate is not None:
        terminate()
        return
    processes = dict(getattr(pool, "_processes", None) or {})
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes.values():
        if process.is_alive():
            process.terminate()
    for process in processes.values():
        process.join(timeout=5)


def _record(stats: ParallelStats | None, outcome: _Outcome) -> None:
    if stats is None:
        return
    stats.files += 1
    stats.failed += outcome.error is not None
    if outcome.pid:  # 0: a file whose worker died, nothing measured
        stats.peak_rss_mb[outcome.pid] = max(stats.peak_rss_mb.get(outcome.pid, 0.0), outcome.peak_rss_mb)
        stats.cpu_seconds[outcome.pid] = max(stats.cpu_seconds.get(outcome.pid, 0.0), outcome.cpu_seconds)


def extract_paths_parallel(
    paths: Iterable[str | os.PathLike[str]],
    *,
    workers: int | None = None,
    year: int | None = None,
    country: str | None = None,
    max_bytes: int | None = None,
    model: str | None = None,
    on_warning: Callable[[Path, str], None] | None = None,
    stats: ParallelStats | None = None,
) -> Iterator[tuple[Path, list[AnyRecord] | Exception]]:
    """Extract every file of ``paths`` on ``workers`` processes, yielding in input order.

    ``paths`` are report files (expand folders and globs first with
    ``reading.iter_input_paths``); ``year``, ``country`` and ``max_bytes``
    are passed to ``read_document`` and ``model`` to ``pipeline.load``.
    Yields ``(path, records)`` -- the file's records in ``api.extract``'s
    order -- or ``(path, exception)`` when the file failed; the caller
    decides whether to go on (closing the generator stops the workers).
    ``workers`` defaults to all cores; 1 runs in this process. A document's
    reading warnings go to ``on_warning(path, message)`` just before its
    result is yielded; ``stats``, when given, is filled in as files finish.
    """
    count = default_workers() if workers is None else workers
    if count < 1:
        raise ValueError(f"workers must be at least 1, not {count}")
    limit = DEFAULT_MAX_BYTES if max_bytes is None else max_bytes
    if stats is not None:
        stats.workers = count
    files = (Path(p) for p in paths)

    def emit(path: Path, outcome: _Outcome) -> tuple[Path, list[AnyRecord] | Exception]:
        _record(stats, outcome)
        if on_warning is not None:
            for message in outcome.warnings:
                on_warning(path, message)
        if outcome.error is not None:
            error = outcome.error
            return path, error if isinstance(error, Exception) else RuntimeError(repr(error))
        return path, outcome.records or []

    if count == 1:
        nlp = load(model)
        for path in files:
            yield emit(path, _process_file(path, year, country, limit, nlp))
        return

    yield from _run_pool(files, count, year, country, limit, model, emit, stats)


def _batches(files: Iterator[Path]) -> Iterator[list[Path]]:
    """Consecutive files grouped up to ``BATCH_CHARS`` bytes and ``MAX_BATCH_FILES`` files."""
    batch: list[Path] = []
    size = 0
    for path in files:
        try:
            length = path.stat().st_size
        except OSError:
            length = 0  # the worker will report why it cannot be read
        if batch and (size + length > BATCH_CHARS or len(batch) >= MAX_BATCH_FILES):
            yield batch
            batch, size = [], 0
        batch.append(path)
        size += length
    if batch:
        yield batch


def _run_pool(
    files: Iterator[Path],
    workers: int,
    year: int | None,
    country: str | None,
    max_bytes: int,
    model: str | None,
    emit: Callable[[Path, _Outcome], tuple[Path, list[AnyRecord] | Exception]],
    stats: ParallelStats | None,
) -> Iterator[tuple[Path, list[AnyRecord] | Exception]]:
    """The pool loop of ``extract_paths_parallel``: batched tasks, bounded prefetch, in-order
    results, recovery from a dead worker."""
    pool = _new_pool(workers, model, stats)
    batches = _batches(files)
    in_flight: deque[tuple[list[Path], Future[list[_Outcome]]]] = deque()
    retry: deque[Path] = deque()  # files caught in a dead pool, re-run one at a time
    isolating = False

    def submit(batch: list[Path]) -> None:
        in_flight.append((batch, pool.submit(_process_batch_remote, batch, year, country, max_bytes)))

    def fill() -> None:
        if isolating:
            if not in_flight and retry:
                submit([retry.popleft()])
            return
        while len(in_flight) < workers * PREFETCH_PER_WORKER:
            batch = next(batches, None)
            if batch is None:
                return
            submit(batch)

    try:
        fill()
        while in_flight:
            batch, future = in_flight[0]
            try:
                outcomes = future.result()
            except BrokenProcessPool:
                alone = isolating and len(in_flight) == 1 and len(batch) == 1
                pending = [path for task, _ in in_flight for path in task]
                in_flight.clear()
                _stop(pool, now=True)
                pool = _new_pool(workers, model, stats)
                if stats is not None:
                    stats.restarts += 1
                if alone:
                    # This file was the only one running: it killed its worker.
                    error = WorkerDied("the worker process died while extracting this file "
                                       "(out of memory, or a crash in native code)")
                    yield emit(batch[0], _Outcome(None, error, (), 0, 0.0))
                else:
                    retry.extendleft(reversed(pending))
                isolating = bool(retry)
                fill()
                continue
            in_flight.popleft()
            for path, outcome in zip(batch, outcomes, strict=True):
                yield emit(path, outcome)
            isolating = isolating and bool(retry or in_flight)
            fill()
    finally:
        _stop(pool, now=bool(in_flight))
