"""examples/quickstart.ipynb runs end to end (nbclient, the venv's python3 kernel) so it cannot rot."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "examples" / "quickstart.ipynb"


def _outputs(cell: nbformat.NotebookNode, mime: str) -> list[str]:
    found = []
    for output in cell.get("outputs", []):
        data = output.get("data", {})
        if mime in data:
            found.append(data[mime])
        elif mime == "text/plain" and output.get("output_type") == "stream":
            found.append(output.get("text", ""))
    return found


@pytest.fixture(scope="module")
def executed() -> nbformat.NotebookNode:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = NotebookClient(notebook, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(ROOT)}})
    client.execute()  # raises CellExecutionError on the first failing cell
    return notebook


def test_notebook_is_valid_and_stored_without_outputs() -> None:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(notebook)
    code = [c for c in notebook.cells if c.cell_type == "code"]
    assert code and all(not c.outputs and c.execution_count is None for c in code)


def test_every_cell_runs_and_shows_what_it_promises(executed: nbformat.NotebookNode) -> None:
    code = [c for c in executed.cells if c.cell_type == "code"]
    assert all(o.get("output_type") != "error" for c in code for o in c.outputs)

    def cell_with(snippet: str) -> nbformat.NotebookNode:
        return next(c for c in code if snippet in c.source)

    listing = "".join(_outputs(cell_with("records[:6]"), "text/plain"))
    assert "kazakhstan-2017 covers 2017 in KAZ" in listing
    assert "<SentenceRecord sentence 2017-04-07 Nurbek Kushakbaev" in listing

    table = "".join(_outputs(cell_with("df[["), "text/html"))
    assert "date_precision" in table and "duration_days" in table and "<table" in table

    corpus = "".join(_outputs(cell_with("pd.concat"), "text/html"))
    assert "report_year" in corpus and "2017" in corpus and "1999" in corpus

    plots = _outputs(cell_with("plt.subplots"), "image/png")
    assert len(plots) == 1 and len(plots[0]) > 5000  # a base64 PNG of the scatter plot

    view = "".join(_outputs(cell_with("hrextract.render("), "text/html"))
    assert "SENTENCE trigger" in view and "hrx-records" in view and "Nurbek Kushakbaev" in view

    assert "records read back" in "".join(_outputs(cell_with("records_from_jsonl"), "text/plain"))
