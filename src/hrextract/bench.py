"""Throughput benchmark: ``python -m hrextract.bench`` (``make bench``).

Builds a fixed corpus from ``data/raw/*.txt`` -- the reports repeated, in
order, until the corpus holds at least ``--words`` words (whitespace-separated,
300,000 by default) -- written as files with their sidecars under
``bench/corpus/`` (git-ignored). Then measures, in one run:

1. **base**: the bare base model (``spacy.load(base_model)``) through
   ``nlp.pipe``, the ceiling for anything built on it;
2. **hrextract**: the full pipeline to validated records
   (``api.extract_many``: the base model, the three hrextract components,
   normalization and record building), one process;
3. **hrextract ×N**: the same files through ``parallel.extract_paths_parallel``
   with N worker processes (2 by default), reading the files and starting the
   workers included -- what ``hrextract run --workers N`` does.

Each measurement runs in a fresh process of its own (so peak memory is that
measurement's alone); the pipeline is loaded before the clock starts and
warmed up on one report. Both (1) and (2) parse the same texts in the same
batches (about ``api.BATCH_CHARS`` characters each). Reported: words per second
from wall-clock time, and from the process's CPU time (steadier on a shared
machine: other load slows the wall clock but hardly the CPU time), the ratio
(2)/(1), the speed-up (3)/(2), peak RSS per process (workers included), and
(2) again at 1/4 and 1/2 of the corpus to show time is linear in input size.
A per-component breakdown (one report at a time, CPU time) says where the
time goes.

Results go to ``bench/results/<host>-<UTC timestamp>.json`` and
``bench/results/latest.json``; a markdown table is printed. ``--quick`` runs
on 30,000 words for a smoke test.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import datetime as _dt
import json
import multiprocessing
import os
import platform
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from hrextract.parallel import peak_rss_mb

#: Where ``make bench`` reads reports from and writes corpus and results.
DEFAULT_SOURCE = Path("data/raw")
DEFAULT_CORPUS = Path("bench/corpus")
DEFAULT_RESULTS = Path("bench/results")
DEFAULT_WORDS = 300_000
QUICK_WORDS = 30_000
#: Words of the corpus used for the per-component breakdown.
PROFILE_WORDS = 50_000


# --------------------------------------------------------------------------
# Corpus
# --------------------------------------------------------------------------


def word_count(text: str) -> int:
    """Whitespace-separated words, the unit of every rate reported here."""
    return len(text.split())


def build_corpus(source: Path, target: Path, words: int) -> list[Path]:
    """Copies of ``source``'s ``*.txt`` reports (with sidecars) in ``target`` until ``words`` is reached.

    Reports are taken in name order, round after round; copy ``k`` of
    ``mali-2007.txt`` is ``mali-2007.r003.txt`` (its own doc_id). The
    folder is emptied first, so the corpus is the same on every run.
    """
    originals = sorted(source.glob("*.txt"))
    if not originals:
        raise SystemExit(f"bench: no *.txt reports in {source}")
    texts = [(p, p.read_text(encoding="utf-8")) for p in originals]
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    files: list[Path] = []
    total = 0
    round_no = 0
    while total < words:
        for path, text in texts:
            copy = target / f"{path.stem}.r{round_no:03d}.txt"
            shutil.copyfile(path, copy)
            sidecar = path.with_name(path.stem + ".meta.json")
            if sidecar.exists():
                shutil.copyfile(sidecar, copy.with_name(copy.stem + ".meta.json"))
            files.append(copy)
            total += word_count(text)
            if total >= words:
                break
        round_no += 1
    return files


# --------------------------------------------------------------------------
# Measurements (each runs in a child process of its own)
# --------------------------------------------------------------------------


def _read(files: list[str]) -> list[Any]:
    from hrextract.reading import read_document

    return [read_document(f) for f in files]


def _clock() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def _since(start: tuple[float, float]) -> tuple[float, float]:
    wall, cpu = _clock()
    return wall - start[0], cpu - start[1]


def measure_base(files: list[str]) -> dict[str, Any]:
    """(1) the bare base model over the texts, in api.extract_many's batches."""
    import spacy

    from hrextract.api import BATCH_CHARS, _batches, chunks
    from hrextract.pipeline import pipeline_config

    documents = _read(files)
    started = time.perf_counter()
    nlp = spacy.load(pipeline_config()["hrextract"]["base_model"])
    load_seconds = time.perf_counter() - started
    nlp.max_length = max(nlp.max_length, 2_000_000)
    list(nlp.pipe([documents[0].text]))  # warm-up
    pieces = ((i, offset, piece) for i, d in enumerate(documents) for offset, piece in chunks(d.text))
    start = _clock()
    tokens = 0
    for batch in _batches(pieces, BATCH_CHARS):
        for doc in nlp.pipe([p for _, _, p in batch], batch_size=len(batch)):
            tokens += len(doc)
    wall, cpu = _since(start)
    return {"words": sum(word_count(d.text) for d in documents), "tokens": tokens, "wall_s": wall, "cpu_s": cpu,
            "load_s": load_seconds, "peak_rss_mb": peak_rss_mb(), "pipeline": list(nlp.pipe_names)}


def measure_full(files: list[str]) -> dict[str, Any]:
    """(2) the full hrextract pipeline to validated records, in this process."""
    from hrextract.api import extract, extract_many
    from hrextract.pipeline import load

    documents = _read(files)
    started = time.perf_counter()
    nlp = load()
    load_seconds = time.perf_counter() - started
    extract(documents[0].text, year=documents[0].year, country=documents[0].country, nlp=nlp)  # warm-up
    start = _clock()
    records = sum(len(r) for r in extract_many(documents, nlp=nlp))
    wall, cpu = _since(start)
    return {"words": sum(word_count(d.text) for d in documents), "records": records, "wall_s": wall, "cpu_s": cpu,
            "load_s": load_seconds, "peak_rss_mb": peak_rss_mb(), "pipeline": list(nlp.pipe_names)}


def measure_workers(files: list[str], workers: int) -> dict[str, Any]:
    """(3) ``extract_paths_parallel`` over the files: reading, worker start-up and all."""
    from hrextract.parallel import ParallelStats, extract_paths_parallel

    words = sum(word_count(Path(f).read_text(encoding="utf-8")) for f in files)
    stats = ParallelStats()
    start = _clock()
    records = failed = 0
    for _, result in extract_paths_parallel(files, workers=workers, stats=stats):
        if isinstance(result, Exception):
            failed += 1
        else:
            records += len(result)
    wall, cpu = _since(start)
    return {"words": words, "records": records, "failed": failed, "wall_s": wall, "cpu_s": cpu,
            "workers": workers, "startup_s": stats.startup_seconds,
            "worker_peak_rss_mb": sorted(stats.peak_rss_mb.values()),
            "worker_cpu_s": sorted(stats.cpu_seconds.values()), "peak_rss_mb": peak_rss_mb()}


def measure_components(files: list[str], words: int) -> dict[str, Any]:
    """CPU seconds per pipeline component (and record building), one report at a time."""
    from hrextract.build import records_from_doc
    from hrextract.pipeline import load

    documents = []
    total = 0
    for document in _read(files):
        if total >= words:
            break
        documents.append(document)
        total += word_count(document.text)
    nlp = load()
    list(nlp.pipe([documents[0].text]))  # warm-up
    seconds: dict[str, float] = {"tokenizer": 0.0, **{name: 0.0 for name in nlp.pipe_names}, "records": 0.0}
    from hrextract.api import chunks
    from hrextract.normalize.country import country_iso3

    for document in documents:
        country = country_iso3(document.country) if document.country else None
        for offset, piece in chunks(document.text):
            t = time.process_time()
            doc = nlp.make_doc(piece)
            seconds["tokenizer"] += time.process_time() - t
            for name, component in nlp.pipeline:
                t = time.process_time()
                doc = component(doc)
                seconds[name] += time.process_time() - t
            t = time.process_time()
            records_from_doc(doc, doc_id=document.doc_id, year=document.year, country=country, offset=offset)
            seconds["records"] += time.process_time() - t
    return {"words": total, "cpu_s": seconds}


def _in_child(function: Callable[..., dict[str, Any]], *args: Any) -> dict[str, Any]:
    """Run one measurement in a fresh process (spawned: nothing inherited) and return its result."""
    with concurrent.futures.ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(function, *args).result()


# --------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------


def _rate(words: int, seconds: float) -> float:
    return words / seconds if seconds > 0 else float("nan")


def _machine() -> dict[str, Any]:
    """What the numbers ran on, and how busy the machine was."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory_gb = None
    try:
        pages, size = os.sysconf("SC_PHYS_PAGES"), os.sysconf("SC_PAGE_SIZE")
        memory_gb = round(pages * size / 2**30, 1)
    except (ValueError, OSError, AttributeError):
        pass
    import spacy

    from hrextract.parallel import default_workers

    return {"host": socket.gethostname(), "cpu": cpu, "cores": default_workers(), "memory_gb": memory_gb,
            "os": platform.platform(), "python": platform.python_version(), "spacy": spacy.__version__}


def _load_average() -> list[float] | None:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except (OSError, AttributeError):
        return None


def _git_commit() -> str | None:
    """The checked-out commit, with "-dirty" when the work tree has uncommitted changes."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, timeout=10)
        status = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"],
                                capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    commit = head.stdout.strip()
    if not commit:
        return None
    return commit + ("-dirty" if status.stdout.strip() else "")


def summarize(results: dict[str, Any]) -> dict[str, Any]:
    """Rates and ratios computed from the raw measurements."""
    base, full, par = results["base"], results["full"], results["workers"]
    summary: dict[str, Any] = {
        "base_words_per_s": _rate(base["words"], base["wall_s"]),
        "base_words_per_cpu_s": _rate(base["words"], base["cpu_s"]),
        "full_words_per_s": _rate(full["words"], full["wall_s"]),
        "full_words_per_cpu_s": _rate(full["words"], full["cpu_s"]),
        "workers_words_per_s": _rate(par["words"], par["wall_s"]),
        "workers_words_per_s_after_startup": _rate(par["words"], par["wall_s"] - par["startup_s"]),
    }
    summary["ratio_full_to_base_wall"] = summary["full_words_per_s"] / summary["base_words_per_s"]
    summary["ratio_full_to_base_cpu"] = summary["full_words_per_cpu_s"] / summary["base_words_per_cpu_s"]
    summary["speedup_workers"] = summary["workers_words_per_s"] / summary["full_words_per_s"]
    # What the workers cost in CPU time, against (2): with a free core per
    # worker, wall time is the busiest worker's CPU time (its pipeline loading
    # and file reading included), so this bounds the speed-up on an idle machine.
    busiest = max(par["worker_cpu_s"]) if par.get("worker_cpu_s") else float("nan")
    summary["speedup_workers_cpu_bound"] = full["cpu_s"] * par["words"] / full["words"] / busiest
    summary["linearity"] = [
        {"fraction": s["fraction"], "words": s["words"], "wall_s": s["wall_s"], "cpu_s": s["cpu_s"],
         "words_per_s": _rate(s["words"], s["wall_s"]), "words_per_cpu_s": _rate(s["words"], s["cpu_s"])}
        for s in results["sizes"]
    ]
    return summary


def markdown(report: dict[str, Any]) -> str:
    """The results as markdown tables."""
    r, s = report["results"], report["summary"]
    base, full, par = r["base"], r["full"], r["workers"]
    m = report["machine"]
    lines = [
        f"Corpus: {report['corpus']['words']:,} words ({report['corpus']['files']} report files, "
        f"data/raw repeated); machine: {m['cpu']}, {m['cores']} cores, {m['memory_gb']} GB, "
        f"Python {m['python']}, spaCy {m['spacy']}; load average before/after: "
        f"{report['load_average_before']} / {report['load_average_after']}.",
        "",
        "| run | words/s (wall) | words/s (CPU) | peak RSS per process | notes |",
        "| --- | ---: | ---: | ---: | --- |",
        f"| (1) base model `nlp.pipe` | {s['base_words_per_s']:,.0f} | {s['base_words_per_cpu_s']:,.0f} | "
        f"{base['peak_rss_mb']:,.0f} MB | {len(base['pipeline'])} components, {base['tokens']:,} tokens |",
        f"| (2) hrextract, 1 process | {s['full_words_per_s']:,.0f} | {s['full_words_per_cpu_s']:,.0f} | "
        f"{full['peak_rss_mb']:,.0f} MB | {full['records']:,} records |",
        f"| (3) hrextract, {par['workers']} workers | {s['workers_words_per_s']:,.0f} | – | "
        + " / ".join(f"{x:,.0f}" for x in par["worker_peak_rss_mb"]) + f" MB (parent {par['peak_rss_mb']:,.0f} MB) | "
        f"{par['records']:,} records, start-up {par['startup_s']:.1f} s incl.; "
        f"{s['workers_words_per_s_after_startup']:,.0f} words/s after start-up |",
        "",
        f"- ratio (2)/(1): **{s['ratio_full_to_base_wall']:.2f}** wall clock, "
        f"**{s['ratio_full_to_base_cpu']:.2f}** CPU time (target ≥ 0.80)",
        f"- speed-up (3)/(2) with {par['workers']} workers: **{s['speedup_workers']:.2f}×** wall clock (target ≥ 1.7×); "
        f"from CPU time, **{s['speedup_workers_cpu_bound']:.2f}×** with a free core per worker (worker CPU s: "
        + ", ".join(f"{x:.1f}" for x in par["worker_cpu_s"]) + f"; (2): {full['cpu_s']:.1f})",
        "",
        "| (2) at size | words | seconds (wall) | words/s (wall) | words/s (CPU) |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for row in s["linearity"]:
        lines.append(f"| {row['fraction']:g} | {row['words']:,} | {row['wall_s']:.1f} | {row['words_per_s']:,.0f} | "
                     f"{row['words_per_cpu_s']:,.0f} |")
    components = r.get("components")
    if components:
        total = sum(components["cpu_s"].values())
        base_names = set(base["pipeline"]) | {"tokenizer"}
        base_total = sum(v for k, v in components["cpu_s"].items() if k in base_names)
        lines += ["", f"Where the time goes ({components['words']:,} words, one report at a time, CPU seconds):", "",
                  "| component | CPU s | share | vs base model |", "| --- | ---: | ---: | ---: |"]
        for name, seconds in components["cpu_s"].items():
            lines.append(f"| {name} | {seconds:.2f} | {seconds / total:.1%} | {seconds / base_total:.1%} |")
        custom = total - base_total
        lines.append(f"| **hrextract total** | {custom:.2f} | {custom / total:.1%} | {custom / base_total:.1%} |")
    return "\n".join(lines)


def run(words: int, workers: int, source: Path, corpus: Path, results_dir: Path | None,
        components: bool) -> dict[str, Any]:
    """Build the corpus, take every measurement, save and return the report."""
    load_before = _load_average()
    files = [str(p) for p in build_corpus(source, corpus, words)]
    total_words = sum(word_count(Path(f).read_text(encoding="utf-8")) for f in files)
    started = _dt.datetime.now(_dt.timezone.utc)

    def step(label: str, function: Callable[..., dict[str, Any]], *args: Any) -> dict[str, Any]:
        print(f"bench: {label} ...", file=sys.stderr, flush=True)
        t = time.perf_counter()
        out = _in_child(function, *args)
        out["load_average_after"] = _load_average()
        print(f"bench: {label} done in {time.perf_counter() - t:.1f} s (load average {out['load_average_after']})",
              file=sys.stderr, flush=True)
        return out

    results: dict[str, Any] = {}
    results["base"] = step("(1) base model", measure_base, files)
    results["full"] = step("(2) hrextract, 1 process", measure_full, files)
    results["workers"] = step(f"(3) hrextract, {workers} workers", measure_workers, files, workers)
    sizes = []
    for fraction in (0.25, 0.5):
        subset = _prefix(files, total_words * fraction)
        sized = step(f"(2) at {fraction:g} of the corpus", measure_full, subset)
        sizes.append({"fraction": fraction, **sized})
    sizes.append({"fraction": 1.0, **results["full"]})
    results["sizes"] = sizes
    if components:
        results["components"] = step("per-component breakdown", measure_components, files, PROFILE_WORDS)
    report = {
        "started_utc": started.isoformat(timespec="seconds"),
        "commit": _git_commit(),
        "machine": _machine(),
        "load_average_before": load_before,
        "load_average_after": _load_average(),
        "corpus": {"words": total_words, "files": len(files), "source": str(source)},
        "results": results,
    }
    report["summary"] = summarize(results)
    if results_dir is not None:
        results_dir.mkdir(parents=True, exist_ok=True)
        name = f"{report['machine']['host']}-{started.strftime('%Y%m%dT%H%M%SZ')}.json"
        text = json.dumps(report, indent=2) + "\n"
        (results_dir / name).write_text(text, encoding="utf-8")
        (results_dir / "latest.json").write_text(text, encoding="utf-8")
        report["saved_to"] = str(results_dir / name)
    return report


def _prefix(files: list[str], words: float) -> list[str]:
    """The leading files of the corpus holding at least ``words`` words."""
    out: list[str] = []
    total = 0
    for f in files:
        if total >= words:
            break
        out.append(f)
        total += word_count(Path(f).read_text(encoding="utf-8"))
    return out


def main(argv: Iterable[str] | None = None) -> int:
    """Command line of ``python -m hrextract.bench``."""
    parser = argparse.ArgumentParser(prog="python -m hrextract.bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, default=None,
                        help=f"corpus size in words (default {DEFAULT_WORDS:,}; {QUICK_WORDS:,} with --quick)")
    parser.add_argument("--quick", action="store_true", help="a small run, to check the benchmark itself works")
    parser.add_argument("--workers", type=int, default=2, help="worker processes for measurement (3) (default 2)")
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="folder of reports (default data/raw)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="where the corpus is written")
    parser.add_argument("--results", type=Path, default=DEFAULT_RESULTS, help="where the JSON results go")
    parser.add_argument("--no-save", action="store_true", help="print only, write no results file")
    parser.add_argument("--no-components", action="store_true", help="skip the per-component breakdown")
    args = parser.parse_args(list(argv) if argv is not None else None)
    words = args.words or (QUICK_WORDS if args.quick else DEFAULT_WORDS)
    if args.workers < 1 or words < 1:
        parser.error("--workers and --words must be positive")
    report = run(words, args.workers, args.source, args.corpus, None if args.no_save else args.results,
                 components=not args.no_components)
    print(markdown(report))
    if "saved_to" in report:
        print(f"\nresults: {report['saved_to']} (and {args.results / 'latest.json'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
