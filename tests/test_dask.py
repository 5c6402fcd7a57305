"""The Dask extra: a local two-worker cluster gives exactly the records of a local run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("dask.bag", reason="the dask extra is not installed (pip install 'hrextract[dask]')")
distributed = pytest.importorskip("distributed", reason="the dask extra is not installed (pip install 'hrextract[dask]')")

from typer.testing import CliRunner  # noqa: E402

from hrextract.api import extract_files  # noqa: E402
from hrextract.cli import app  # noqa: E402
from hrextract.dask import extract_bag, extract_paths_dask  # noqa: E402
from hrextract.reading import InputError  # noqa: E402
from hrextract.records import record_to_json  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
FILES = [ROOT / "data" / "raw" / f"{name}.txt" for name in ("kazakhstan-2017", "mali-2007", "senegal-2006")]


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as local:
        with distributed.Client(local) as client:
            yield local, client


def test_bag_gives_the_records_of_a_local_run(cluster) -> None:
    _, client = cluster
    bag = extract_bag(FILES)
    assert bag.npartitions == len(FILES)  # one file per task, spread over both workers
    got = bag.compute(scheduler=client)
    local = [json.loads(record_to_json(r)) for r in extract_files(FILES)]
    assert local, "the three reports hold records"
    assert got == local


def test_failed_file_is_returned_in_place(cluster, tmp_path: Path) -> None:
    _, client = cluster
    missing = tmp_path / "gone.txt"
    paths = [FILES[0], missing, FILES[1]]
    results = list(extract_paths_dask(paths, scheduler=client))
    assert [p for p, _ in results] == paths
    assert isinstance(results[1][1], InputError)
    assert [r for _, r in results if not isinstance(r, Exception)] == [
        list(extract_files([FILES[0]])), list(extract_files([FILES[1]]))]
    # A bag of paths given by the caller: the missing file is met on a worker.
    with pytest.raises(RuntimeError, match="gone.txt"):
        extract_bag(_bag_of([FILES[0], missing])).compute(scheduler=client)
    skipped = extract_bag(_bag_of([FILES[0], missing]), errors="skip").compute(scheduler=client)
    assert skipped == [json.loads(record_to_json(r)) for r in extract_files([FILES[0]])]


def _bag_of(paths: list[Path]):
    import dask.bag as db

    return db.from_sequence([str(p) for p in paths], npartitions=len(paths))


def test_cli_dask_output_is_identical_to_a_local_run(cluster, tmp_path: Path) -> None:
    local_cluster, _ = cluster
    inputs = tmp_path / "in"
    inputs.mkdir()
    for path in FILES:
        (inputs / path.name).write_bytes(path.read_bytes())
        sidecar = path.with_name(path.stem + ".meta.json")
        (inputs / sidecar.name).write_bytes(sidecar.read_bytes())
    runner = CliRunner()
    on_dask, local = tmp_path / "dask.jsonl", tmp_path / "local.jsonl"
    first = runner.invoke(app, ["run", str(inputs), "-o", str(on_dask), "--dask", local_cluster.scheduler_address, "-q"])
    assert first.exit_code == 0, first.stderr
    second = runner.invoke(app, ["run", str(inputs), "-o", str(local), "--workers", "1", "-q"])
    assert second.exit_code == 0, second.stderr
    assert on_dask.read_bytes() == local.read_bytes()
    assert on_dask.stat().st_size > 0
