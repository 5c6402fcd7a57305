"""render() and `hrextract show`: records' spans highlighted with displaCy, a table beside.

The browser tests open the page in Debian's headless Chromium: a screenshot
must show the page (not blank) with each record type's highlight colour, and
the DOM Chromium builds must hold every record label. They are skipped only
when Chromium is not installed (``.ci/run`` installs it).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageStat
from typer.testing import CliRunner

import hrextract
from hrextract.cli import app
from hrextract.render import TYPE_COLORS, Highlight, Rendering, render

TEXT = (
    "On 5 January, hundreds of oil workers began a hunger strike to protest against the dissolution, "
    "and three union leaders were arrested. On 7 April, Nurbek Kushakbaev was sentenced to two and a "
    "half years' imprisonment.\n\n"
    "In the period 19-24 January, 63 oil workers were prosecuted and fined for their participation in "
    "the hunger strike. In June, the UN Committee against Torture found that Aleksei Ushenin had been "
    "subjected to torture and other ill-treatment.\n\n"
    "In March, a court fined the International Legal Initiative 1,300,000 tenge (EUR4,000).\n"
)
KW = {"year": 2017, "country": "Kazakhstan"}
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium; .ci/run does)"
)


@pytest.fixture(scope="module")
def rendering() -> Rendering:
    return render(TEXT, **KW)


def _marked(rendering: Rendering, row: int, role: str) -> list[str]:
    return [TEXT[h.start:h.end] for h in rendering.highlights if h.row == row and h.role == role]


def test_records_are_those_extract_gives(rendering: Rendering) -> None:
    assert rendering.records == hrextract.extract(TEXT, **KW)
    assert [r.record_type for r in rendering.records] == [
        "detention", "sentence", "fine", "treaty_body_finding", "fine"]


def test_each_record_marks_the_spans_it_rests_on(rendering: Rendering) -> None:
    assert _marked(rendering, 1, "trigger") == ["arrested"]
    assert _marked(rendering, 1, "subject") == ["three union leaders"]
    assert _marked(rendering, 1, "date") == ["5 January"]
    assert _marked(rendering, 2, "subject") == ["Nurbek Kushakbaev"]
    assert _marked(rendering, 2, "trigger") == ["sentenced"]
    assert _marked(rendering, 2, "date") == ["7 April"]
    assert _marked(rendering, 2, "duration") == ["two and a half years'"]
    assert _marked(rendering, 4, "body") == ["UN Committee against Torture"]
    assert _marked(rendering, 4, "subject") == ["Aleksei Ushenin"]
    assert _marked(rendering, 5, "amount") == ["1,300,000 tenge"]
    assert _marked(rendering, 5, "subject") == ["International Legal Initiative"]
    for highlight in rendering.highlights:
        record = rendering.records[highlight.row - 1]
        assert highlight.record_type == record.record_type
        # what is marked lies in the record's evidence, or is its (carried) date
        inside = record.evidence.start <= highlight.start and highlight.end <= record.evidence.end
        assert inside or highlight.role in {"date", "subject"}


def test_html_has_labels_and_a_table_row_per_record(rendering: Rendering) -> None:
    page = rendering.page()
    assert page.startswith("<!DOCTYPE html>") and "<meta charset=\"utf-8\">" in page
    for label in ("#1 DETENTION trigger", "#2 SENTENCE subject", "#3 FINE trigger", "#4 FINDING body",
                  "#5 FINE amount"):
        assert label in rendering.html
    assert rendering.html.count("<tr class=\"hrx-") == len(rendering.records)
    assert "Nurbek Kushakbaev" in rendering.html and "P2Y6M" in rendering.html
    assert rendering._repr_html_() == rendering.html
    assert Highlight(0, 3, 2, "sentence", "trigger").label == "#2 SENTENCE trigger"


def test_text_is_escaped() -> None:
    out = render("<script>alert(1)</script> & Nurbek Kushakbaev was sentenced to five years in prison.", year=2017)
    assert "<script>alert" not in out.html
    assert "&lt;script&gt;" in out.html


def test_ent_style_and_only_records() -> None:
    text = "The weather was fine that spring.\n\n" + TEXT
    full = render(text, **KW, style="ent")
    assert "The weather was fine" in full.html and "#2 SENTENCE trigger" in full.html
    short = render(text, **KW, only_records=True)
    assert "The weather was fine" not in short.html and "#2 SENTENCE" in short.html
    with pytest.raises(ValueError):
        render(TEXT, style="dep")  # type: ignore[arg-type]


def test_processed_doc_path_and_document_inputs(tmp_path: Path) -> None:
    nlp = hrextract.load()
    doc = nlp(TEXT)
    from_doc = render(doc, **KW)
    assert [r.id for r in from_doc.records] == [r.id for r in render(TEXT, **KW).records]
    assert doc._.hrx_events is not None and len(doc._.hrx_events) >= 4  # restored after rendering
    path = tmp_path / "kazakhstan-2017.txt"
    path.write_text(TEXT, encoding="utf-8")
    from_path = render(path, year=2017, country="KAZ")
    assert from_path.records[0].doc_id == "kazakhstan-2017"
    assert from_path.title == "hrextract: kazakhstan-2017"
    assert render(hrextract.read_document(path, year=2017)).records[0].doc_id == "kazakhstan-2017"


def test_doc_without_hrextract_events_is_refused() -> None:
    import spacy

    with pytest.raises(ValueError, match="hrextract.load"):
        render(spacy.blank("en")("No events here."))
    with pytest.raises(TypeError):
        render(42)  # type: ignore[arg-type]


def test_no_records_renders_the_text_and_an_empty_table() -> None:
    out = render("Nothing happened in this paragraph.")
    assert out.records == [] and out.highlights == []
    assert "Nothing happened" in out.html and "no records" in out.html


def test_cli_show_writes_a_page(tmp_path: Path) -> None:
    source = tmp_path / "kazakhstan-2017.txt"
    source.write_text(TEXT, encoding="utf-8")
    target = tmp_path / "out" / "page.html"
    result = CliRunner().invoke(app, ["show", str(source), "-o", str(target), "--year", "2017"])
    assert result.exit_code == 0, result.output
    page = target.read_text(encoding="utf-8")
    assert "#2 SENTENCE subject" in page and "<table" in page
    assert "5 records of kazakhstan-2017" in result.stderr
    to_stdout = CliRunner().invoke(app, ["show", str(source), "--style", "ent", "--year", "2017"])
    assert to_stdout.exit_code == 0 and to_stdout.stdout.startswith("<!DOCTYPE html>")
    assert CliRunner().invoke(app, ["show", str(tmp_path / "missing.txt")]).exit_code == 1
    assert CliRunner().invoke(app, ["show", str(source), "--style", "dep"]).exit_code == 2


# --------------------------------------------------------------------------- in a real browser


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
         f"--user-data-dir={tmp_path / 'profile'}", *args],
        check=True, capture_output=True, text=True, timeout=120,
    )


def _rgb(color: str) -> tuple[int, int, int]:
    return int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16)


@needs_chromium
def test_page_in_headless_chromium(rendering: Rendering, tmp_path: Path) -> None:
    page = rendering.save(tmp_path / "page.html")

    dom = _chromium(tmp_path, "--dump-dom", page.as_uri()).stdout
    labels = {h.label for h in rendering.highlights}
    assert len(labels) >= 15
    text_of_dom = re.sub(r"\s+", " ", dom)
    for label in labels:
        assert label in text_of_dom, label
    assert text_of_dom.count("<tr class=\"hrx-") == len(rendering.records)

    shot = tmp_path / "page.png"
    _chromium(tmp_path, "--window-size=1280,1000", f"--screenshot={shot}", page.as_uri())
    image = Image.open(shot).convert("RGB")
    assert image.size == (1280, 1000)
    assert ImageStat.Stat(image.convert("L")).stddev[0] > 20  # not a blank page
    pixels = np.asarray(image, dtype=np.int32)
    for record_type in ("detention", "sentence", "fine", "treaty_body_finding"):
        target = np.array(_rgb(TYPE_COLORS[record_type]), dtype=np.int32)
        near = int((np.abs(pixels - target).sum(axis=2) < 24).sum())
        assert near > 200, f"no {record_type} highlight colour on the screenshot"
