"""PDF input: text layer extracted with pypdf, hyphenation and page breaks repaired.

The PDFs are written by hand in the test (Helvetica text placed line by line,
as a word processor lays out a report), so the tests need no PDF writer.
"""

from __future__ import annotations

import html
import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

import hrextract
from hrextract.cli import app
from hrextract.pdf import Line, repair_lines
from hrextract.reading import InputError, iter_input_paths, read_document
from hrextract.records import check_evidence

Placed = tuple[float, float, str]  # x, y, text


def _escape(text: str) -> bytes:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("cp1252")


def layout(lines: list[str | None], *, top: float = 740, left: float = 72, leading: float = 14,
           indent: float = 0) -> list[Placed]:
    """Lines placed down a page; ``None`` leaves an empty line (a paragraph gap).

    ``indent`` shifts the first line after a gap to the right.
    """
    placed: list[Placed] = []
    y = top
    after_gap = False
    for line in lines:
        if line is None:
            y -= leading
            after_gap = True
            continue
        placed.append((left + (indent if after_gap else 0), y, line))
        after_gap = False
        y -= leading
    return placed


def make_pdf(pages: list[list[Placed]]) -> bytes:
    """A minimal valid PDF 1.4: one content stream per page, one Type1 Helvetica font."""
    objects: list[bytes] = [b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    content_ids = []
    for placed in pages:
        ops = b"\n".join(b"BT /F1 11 Tf %.2f %.2f Td (" % (x, y) + _escape(text) + b") Tj ET" for x, y, text in placed)
        objects.append(b"<< /Length %d >>\nstream\n" % len(ops) + ops + b"\nendstream")
        content_ids.append(len(objects))
    pages_id = len(objects) + len(pages) + 1
    page_ids = []
    for content in content_ids:
        objects.append(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
                       b"/Resources << /Font << /F1 1 0 R >> >> >>" % (pages_id, content))
        page_ids.append(len(objects))
    kids = b" ".join(b"%d 0 R" % i for i in page_ids)
    objects.append(b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % len(page_ids))
    assert len(objects) == pages_id
    objects.append(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, len(objects), xref)
    return bytes(out)


REPORT_PAGES = [
    layout([
        "On 7 April, Nurbek Kushakbaev was sen-",
        "tenced to two and a half years' imprisonment. The",
        "Self-",
        "Employed Workers' Union was closed.",
        None,
        "On 16 May, Amin Yeleusinov was charged with embezzlement",
        "and on 25 July Larisa Kharkova was",
        "1",  # page number at the foot of the page
    ]),
    layout([
        "fined 100,000 tenge by a court in Shym-",
        "kent. Police detained three journalists in Almaty on",
        "2 August.",
        None,
        "2",
    ]),
]


@pytest.fixture()
def report_pdf(tmp_path: Path) -> Path:
    path = tmp_path / "kazakhstan-2017.pdf"
    path.write_bytes(make_pdf(REPORT_PAGES))
    return path


def test_text_is_repaired_into_paragraphs(report_pdf: Path) -> None:
    document = read_document(report_pdf)
    assert document.source_format == "pdf"
    assert document.text == (
        "On 7 April, Nurbek Kushakbaev was sentenced to two and a half years' imprisonment. "
        "The Self-Employed Workers' Union was closed.\n\n"
        "On 16 May, Amin Yeleusinov was charged with embezzlement and on 25 July Larisa Kharkova was "
        "fined 100,000 tenge by a court in Shymkent. Police detained three journalists in Almaty on 2 August.\n"
    )
    assert document.doc_id == "kazakhstan-2017"


def test_records_offsets_refer_to_the_extracted_text(report_pdf: Path) -> None:
    document = read_document(report_pdf, year=2017, country="Kazakhstan")
    records = hrextract.extract_document(document)
    kinds = {(r.record_type, hrextract.records.record_label(r)) for r in records}
    assert ("sentence", "Nurbek Kushakbaev") in kinds
    assert ("fine", "Larisa Kharkova") in kinds
    for record in records:
        check_evidence(record, document.text)
    sentence = next(r for r in records if r.record_type == "sentence")
    assert sentence.duration == "P2Y6M" and sentence.date == "2017-04-07"


def test_cli_text_prints_the_extracted_text(report_pdf: Path) -> None:
    result = CliRunner().invoke(app, ["text", str(report_pdf)])
    assert result.exit_code == 0, result.output
    assert result.stdout == read_document(report_pdf).text


def test_folders_pick_up_pdfs(report_pdf: Path) -> None:
    assert iter_input_paths([report_pdf.parent]) == [report_pdf]


def test_hyphen_before_a_capital_is_kept_and_soft_hyphens_dropped() -> None:
    pages = [[Line("a state-"), Line("Owned company and a re-"), Line("nowned trade\u00ad"), Line("union leader.")]]
    assert repair_lines(pages) == ["a state-Owned company and a renowned tradeunion leader."]


def test_a_compound_the_document_writes_with_its_hyphen_keeps_it() -> None:
    pages = [[Line("A well-known lawyer and a well-"), Line("known journalist were ar-"), Line("rested.")]]
    assert repair_lines(pages) == ["A well-known lawyer and a well-known journalist were arrested."]


def test_a_dash_or_number_before_the_hyphen_is_not_hyphenation() -> None:
    pages = [[Line("in 2016-"), Line("2017 and then -"), Line("briefly - more.")]]
    assert repair_lines(pages) == ["in 2016- 2017 and then - briefly - more."]


def test_page_break_after_a_full_sentence_starts_a_paragraph(tmp_path: Path) -> None:
    pages = [layout(["The first paragraph ends here."]), layout(["The second one is on page two."])]
    path = tmp_path / "two.pdf"
    path.write_bytes(make_pdf(pages))
    assert read_document(path).text == "The first paragraph ends here.\n\nThe second one is on page two.\n"


def test_page_break_mid_sentence_joins_even_before_a_capital(tmp_path: Path) -> None:
    pages = [layout(["The Supreme Court upheld the sentence of"]), layout(["Maks Bokaev in March."])]
    path = tmp_path / "two.pdf"
    path.write_bytes(make_pdf(pages))
    assert read_document(path).text == "The Supreme Court upheld the sentence of Maks Bokaev in March.\n"


def test_indented_first_line_starts_a_paragraph(tmp_path: Path) -> None:
    lines = layout(["First paragraph, first line", "and its end.", "Second paragraph starts indented",
                    "and goes on."])
    lines[2] = (lines[2][0] + 24, lines[2][1], lines[2][2])
    path = tmp_path / "indent.pdf"
    path.write_bytes(make_pdf([lines]))
    assert read_document(path).text == (
        "First paragraph, first line and its end.\n\nSecond paragraph starts indented and goes on.\n"
    )


def test_running_headers_and_page_numbers_are_dropped(tmp_path: Path) -> None:
    pages = [
        layout(["Amnesty International Report 2017/18", None, f"Paragraph {n} says something.", None,
                f"Page {n} of 3"])
        for n in (1, 2, 3)
    ]
    path = tmp_path / "running.pdf"
    path.write_bytes(make_pdf(pages))
    assert read_document(path).text == (
        "Paragraph 1 says something.\n\nParagraph 2 says something.\n\nParagraph 3 says something.\n"
    )


def test_pdf_without_text_layer_gives_empty_text_and_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(make_pdf([[]]))
    document = read_document(path)
    assert document.text == ""
    assert any("no text layer" in w for w in document.warnings)


def test_broken_pdf_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\nthis is not really a PDF at all\n")
    with pytest.raises(InputError) as caught:
        read_document(path)
    assert caught.value.path == path
    assert "PDF" in caught.value.reason


def test_pdf_bytes_under_another_name_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(make_pdf(REPORT_PAGES))
    with pytest.raises(InputError, match="looks like a PDF; give it a .pdf extension"):
        read_document(path)


def _encrypted(user_password: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(REPORT_PAGES))))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_encrypted_pdf_needing_a_password_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "locked.pdf"
    path.write_bytes(_encrypted("secret"))
    with pytest.raises(InputError, match="password"):
        read_document(path)


def test_encrypted_pdf_with_empty_user_password_is_read(tmp_path: Path) -> None:
    path = tmp_path / "protected.pdf"
    path.write_bytes(_encrypted(""))
    assert "Nurbek Kushakbaev was sentenced" in read_document(path).text


def test_hyphen_glyph_in_its_own_run_is_hyphenation() -> None:
    """Chromium writes a line-end U+2010 as its own run, which pypdf sets off by a space."""
    pages = [[Line("the gove \u2010"), Line("rnment and the Self \u2010"), Line("Employed Union")]]
    assert repair_lines(pages) == ["the government and the Self-Employed Union"]


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium; .ci/run does)")
def test_report_printed_to_pdf_by_chromium_reads_back_paragraph_for_paragraph(tmp_path: Path) -> None:
    """A real producer's multi-page PDF: every paragraph of the report comes back whole."""
    source = Path(__file__).resolve().parents[1] / "data" / "raw" / "kazakhstan-2017.txt"
    original = source.read_text(encoding="utf-8")
    paragraphs = [p for p in re.split(r"\n\s*\n", original) if p.strip()]
    page = tmp_path / "report.html"
    page.write_text(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><style>"
        "@page{size:A5} body{width:22em;font:12pt serif}</style></head><body>"
        + "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs) + "</body></html>",
        encoding="utf-8",
    )
    pdf = tmp_path / "kazakhstan-2017.pdf"
    subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}",
         "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri()],
        check=True, capture_output=True, timeout=120,
    )
    from pypdf import PdfReader

    assert len(PdfReader(pdf).pages) >= 3  # paragraphs do cross page breaks
    document = read_document(pdf, year=2017, country="KAZ")
    got = [" ".join(p.split()) for p in document.text.split("\n\n")]
    assert got == [" ".join(p.split()) for p in paragraphs]
    records = hrextract.extract_document(document)
    assert len(records) >= 10
    for record in records:
        check_evidence(record, document.text)
