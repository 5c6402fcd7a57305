"""Reading report files: decoding, extraction, metadata, inference, input paths."""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hrextract.reading import (
    Document,
    InputError,
    html_to_text,
    infer_country,
    infer_year,
    iter_input_paths,
    markdown_to_text,
    read_document,
)

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"
ANNOTATED = Path(__file__).resolve().parents[1] / "data" / "annotated"


def write(path: Path, data: bytes | str) -> Path:
    """Write bytes as they are, or a str as UTF-8 without newline translation."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


# --------------------------------------------------------------------------
# InputError
# --------------------------------------------------------------------------


def test_input_error_message_is_one_line() -> None:
    error = InputError(Path("data/raw/x.txt"), "binary file\n(NUL bytes)")
    assert error.path == Path("data/raw/x.txt")
    assert error.reason == "binary file (NUL bytes)"
    assert str(error) == "data/raw/x.txt: binary file (NUL bytes)"
    assert "\n" not in str(error)


# --------------------------------------------------------------------------
# Decoding
# --------------------------------------------------------------------------


def test_utf8_plain_text(tmp_path: Path) -> None:
    text = "On 4 January, police arrested Maks Bokaev in Atyrau – “unlawfully”.\n"
    doc = read_document(write(tmp_path / "kz-report.txt", text))
    assert isinstance(doc, Document)
    assert doc.doc_id == "kz-report"
    assert doc.text == text
    assert doc.path == tmp_path / "kz-report.txt"
    assert doc.source_format == "txt"
    assert doc.warnings == ()
    assert doc.meta == {}


def test_utf8_bom_is_removed_and_offsets_start_at_zero(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path / "bom.txt", b"\xef\xbb\xbfPolice arrested him."))
    assert doc.text == "Police arrested him."
    assert doc.text.index("Police") == 0
    assert doc.text.index("arrested") == 7
    assert doc.warnings == ()


def test_crlf_is_preserved(tmp_path: Path) -> None:
    raw = b"First paragraph.\r\n\r\nOn 5 January police arrested three union leaders.\r\n"
    doc = read_document(write(tmp_path / "crlf.txt", raw))
    assert doc.text == raw.decode("utf-8")
    assert "\r\n" in doc.text
    expected = len("First paragraph.\r\n\r\nOn 5 January police ")
    assert doc.text.index("arrested") == expected
    with open(tmp_path / "crlf.txt", encoding="utf-8", newline="") as handle:
        assert handle.read() == doc.text  # exactly the contract's decoding


def test_cr_only_is_preserved(tmp_path: Path) -> None:
    raw = b"Old Mac file.\rPolice arrested him.\r"
    doc = read_document(write(tmp_path / "cr.txt", raw))
    assert doc.text == "Old Mac file.\rPolice arrested him.\r"
    assert doc.text.index("arrested") == len("Old Mac file.\rPolice ")


def test_cp1252_with_curly_quotes_is_decoded_with_a_warning(tmp_path: Path) -> None:
    text = "The court called it \u201cextremism\u201d \u2013 the journalist\u2019s fine was \u20ac500 in Abidjan, C\u00f4te d\u2019Ivoire."
    doc = read_document(write(tmp_path / "win.txt", text.encode("cp1252")))
    assert doc.text == text
    assert len(doc.warnings) == 1
    assert "cp1252" in doc.warnings[0]


def test_cp1252_french_accents_are_not_read_as_central_european(tmp_path: Path) -> None:
    text = "Le journaliste a \u00e9t\u00e9 arr\u00eat\u00e9 \u00e0 Niamey."
    doc = read_document(write(tmp_path / "fr.txt", text.encode("cp1252")))
    assert doc.text == text
    assert "cp1252" in doc.warnings[0]


def test_cp1251_russian_is_detected(tmp_path: Path) -> None:
    text = "Задержан в Алматы полицией, сообщили правозащитники. Суд приговорил его к пяти годам лишения свободы."
    doc = read_document(write(tmp_path / "ru.txt", text.encode("cp1251")))
    assert doc.text == text
    assert "cp1251" in doc.warnings[0]


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom(tmp_path: Path, codec: str) -> None:
    text = "Police arrested him\r\nin Almaty."
    data = text.encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    doc = read_document(write(tmp_path / "wide.txt", data))
    assert doc.text == text
    assert doc.text.index("Police") == 0
    assert len(doc.warnings) == 1
    assert "utf-16" in doc.warnings[0] or "utf-32" in doc.warnings[0]


def test_nul_bytes_are_rejected(tmp_path: Path) -> None:
    path = write(tmp_path / "nul.txt", b"Police arrested\x00 him.")
    with pytest.raises(InputError) as caught:
        read_document(path)
    assert caught.value.path == path
    assert "NUL bytes" in caught.value.reason
    assert str(caught.value).startswith(f"{path}: binary file")


def test_png_bytes_are_rejected(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    with pytest.raises(InputError, match="PNG"):
        read_document(write(tmp_path / "chart.txt", png))


def test_pdf_renamed_txt_is_rejected(tmp_path: Path) -> None:
    pdf = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
    with pytest.raises(InputError) as caught:
        read_document(write(tmp_path / "report.txt", pdf))
    assert caught.value.reason.startswith("looks like a PDF")


def test_zip_office_file_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="ZIP"):
        read_document(write(tmp_path / "report.txt", b"PK\x03\x04\x14\x00\x06\x00" + b"x" * 50))


def test_undecodable_bytes_are_rejected(tmp_path: Path) -> None:
    noise = bytes((i * 37 + 11) % 255 + 1 for i in range(3000))  # no NUL, not text
    with pytest.raises(InputError):
        read_document(write(tmp_path / "noise.txt", noise))


@pytest.mark.parametrize("content", ["", "   \n\t\r\n  "])
def test_empty_and_whitespace_only_give_a_document(tmp_path: Path, content: str) -> None:
    doc = read_document(write(tmp_path / "empty.txt", content))
    assert doc.text == content
    assert doc.year is None
    assert doc.country is None
    assert doc.warnings == ()


def test_oversize_file_is_rejected(tmp_path: Path) -> None:
    path = write(tmp_path / "big.txt", "x" * 100)
    with pytest.raises(InputError) as caught:
        read_document(path, max_bytes=50)
    assert "100 bytes" in caught.value.reason
    assert "50 bytes" in caught.value.reason
    assert read_document(path, max_bytes=100).text == "x" * 100


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or directory"):
        read_document(tmp_path / "absent.txt")
    with pytest.raises(InputError, match="directory"):
        read_document(tmp_path)


def test_document_is_frozen(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path / "a.txt", "text"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.text = "other"  # type: ignore[misc]


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=200))
def test_utf8_round_trip_keeps_every_offset(tmp_path: Path, text: str) -> None:
    """Whatever UTF-8 text is written, the Document's text is exactly it (minus a leading BOM)."""
    path = write(tmp_path / "prop.txt", text)
    try:
        doc = read_document(path)
    except InputError:
        # Only control-character soup may be refused as binary.
        assert sum(ch < " " and ch not in "\t\n\r\x0b\x0c" or ch == "\x7f" for ch in text) >= 4
        return
    assert doc.text == text.removeprefix("\ufeff")


# --------------------------------------------------------------------------
# HTML and Markdown
# --------------------------------------------------------------------------

HTML = """<!DOCTYPE html>
<html><head><title>Report title</title>
<style>p { color: red; }</style>
<script>var s = "police arrested everyone";</script>
</head>
<body>
<h1>Kazakhstan</h1>
<p>On 4 January, police   arrested
   Maks&nbsp;Bokaev &amp; Talgat Ayan.<br>They were fined 100&#8364;.</p>
<noscript>Enable JavaScript</noscript>
<ul><li>First &lt;item&gt;</li><li>Caf&eacute; &#8220;Liberty&#8221;</li></ul>
<table><tr><td>Name</td><td>Term</td></tr><tr><td>Ayan</td><td>5 years</td></tr></table>
<div>Last <b>bold</b> <i>words</i></div>
</body></html>
"""


def test_html_to_text() -> None:
    assert html_to_text(HTML) == (
        "Kazakhstan\n\n"
        "On 4 January, police arrested Maks Bokaev & Talgat Ayan.\n\n"
        "They were fined 100€.\n\n"
        "First <item>\n\n"
        "Café “Liberty”\n\n"
        "Name Term\n\n"
        "Ayan 5 years\n\n"
        "Last bold words"
    )


def test_html_document(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path / "page.html", HTML))
    assert doc.source_format == "html"
    assert "script" not in doc.text and "arrested everyone" not in doc.text
    assert "Report title" not in doc.text
    assert "Enable JavaScript" not in doc.text
    assert doc.text.index("police arrested") == doc.text.index("On 4 January") + len("On 4 January, ")
    assert doc.country == "KAZ"  # the <h1> is the header


def test_html_with_unclosed_head_keeps_the_body() -> None:
    assert html_to_text("<html><head><title>x</title><body><p>Visible</p>") == "Visible"


def test_htm_in_cp1252_uses_declared_charset(tmp_path: Path) -> None:
    page = '<html><head><meta charset="windows-1252"></head><body><p>\u201cFined\u201d</p></body></html>'
    doc = read_document(write(tmp_path / "old.htm", page.encode("cp1252")))
    assert doc.text == "\u201cFined\u201d"
    assert doc.source_format == "html"
    assert "cp1252" in doc.warnings[0]


MARKDOWN = """# Kazakhstan

## Freedom of *association*

On 4 January, a court **ordered** the dissolution of the [KNPRK](https://example.org/knprk_(2017)).
It was _widely_ criticised ![logo](logo.png) by `ILO` experts.

Setext heading
--------------

- Maks Bokaev was sentenced.
* Talgat Ayan was *transferred*.
1. first
2. second

> Quoted **text**
> continues.

| Name | Term |
|:-----|-----:|
| Maks Bokaev | 5 years |

---

A snake_case_word, 5 * 3 and \\*escaped stars\\* and &amp; stay.[^1]

[^1]: A footnote.
[knprk]: https://example.org/
"""


def test_markdown_to_text() -> None:
    assert markdown_to_text(MARKDOWN) == (
        "Kazakhstan\n\n"
        "Freedom of association\n\n"
        "On 4 January, a court ordered the dissolution of the KNPRK. "
        "It was widely criticised by ILO experts.\n\n"
        "Setext heading\n\n"
        "Maks Bokaev was sentenced.\n\n"
        "Talgat Ayan was transferred.\n\n"
        "first\n\n"
        "second\n\n"
        "Quoted text continues.\n\n"
        "Name\tTerm\nMaks Bokaev\t5 years\n\n"
        "A snake_case_word, 5 * 3 and *escaped stars* and & stay.\n\n"
        "A footnote."
    )


def test_markdown_document(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path / "chapter.markdown", MARKDOWN.replace("\n", "\r\n")))
    assert doc.source_format == "md"
    assert doc.doc_id == "chapter"
    assert doc.text == markdown_to_text(MARKDOWN)
    assert doc.country == "KAZ"


def test_markdown_wrapped_year_is_not_a_list_item() -> None:
    assert markdown_to_text("He was convicted in\n2008. The court") == "He was convicted in 2008. The court"


def test_unknown_extension_is_plain_text(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path / "notes.rst", "**Not** markdown <p>here</p>"))
    assert doc.source_format == "txt"
    assert doc.text == "**Not** markdown <p>here</p>"


# --------------------------------------------------------------------------
# Metadata sidecar and explicit arguments
# --------------------------------------------------------------------------

HEADER = "Republic of Kazakhstan\nHead of state: Nursultan Nazarbayev\n\nAmnesty International Report 2017/18\n\nText."


def test_sidecar_gives_year_and_country(tmp_path: Path) -> None:
    path = write(tmp_path / "doc.txt", "Nothing in the text names a country.")
    meta = {"country": "Kazakhstan", "iso3": "KAZ", "year": 2016, "source": "test"}
    write(tmp_path / "doc.meta.json", json.dumps(meta))
    doc = read_document(path)
    assert (doc.year, doc.country) == (2016, "KAZ")
    assert doc.meta == meta


def test_arguments_override_sidecar_which_overrides_text(tmp_path: Path) -> None:
    path = write(tmp_path / "doc.txt", HEADER)
    assert (read_document(path).year, read_document(path).country) == (2017, "KAZ")  # inferred
    write(tmp_path / "doc.meta.json", json.dumps({"iso3": "NER", "year": 2008}))
    assert (read_document(path).year, read_document(path).country) == (2008, "NER")  # sidecar
    doc = read_document(path, year=2010, country="Côte d'Ivoire")
    assert (doc.year, doc.country) == (2010, "CIV")  # arguments
    assert read_document(path, country="MLI").country == "MLI"


def test_sidecar_country_name_is_converted(tmp_path: Path) -> None:
    path = write(tmp_path / "doc.txt", "text")
    write(tmp_path / "doc.meta.json", json.dumps({"country": "Republic of the Congo", "year": "2001"}))
    doc = read_document(path)
    assert (doc.year, doc.country) == (2001, "COG")


def test_sidecar_iso3_wins_over_country(tmp_path: Path) -> None:
    path = write(tmp_path / "doc.txt", "text")
    write(tmp_path / "doc.meta.json", json.dumps({"country": "Niger", "iso3": "NGA"}))
    doc = read_document(path)
    assert doc.country == "NGA"
    assert any("NER" in warning and "NGA" in warning for warning in doc.warnings)


def test_sidecar_unknown_country_name_falls_back_to_text(tmp_path: Path) -> None:
    path = write(tmp_path / "doc.txt", HEADER)
    write(tmp_path / "doc.meta.json", json.dumps({"country": "Atlantis"}))
    doc = read_document(path)
    assert doc.country == "KAZ"
    assert any("Atlantis" in warning for warning in doc.warnings)


def test_sidecar_for_html_uses_the_stem(tmp_path: Path) -> None:
    path = write(tmp_path / "page.html", "<p>text</p>")
    write(tmp_path / "page.meta.json", json.dumps({"iso3": "SEN", "year": 2006}))
    doc = read_document(path)
    assert (doc.year, doc.country) == (2006, "SEN")


@pytest.mark.parametrize(
    ("sidecar", "message"),
    [
        ("{not json", "invalid JSON"),
        ("[2017]", "JSON object"),
        ('{"year": "last year"}', "year"),
        ('{"year": 17}', "year"),
        ('{"iso3": "ZZZ"}', "iso3"),
    ],
)
def test_bad_sidecar_names_the_sidecar(tmp_path: Path, sidecar: str, message: str) -> None:
    path = write(tmp_path / "doc.txt", "text")
    write(tmp_path / "doc.meta.json", sidecar)
    with pytest.raises(InputError) as caught:
        read_document(path)
    assert caught.value.path == tmp_path / "doc.meta.json"
    assert message in caught.value.reason
    assert "\n" not in str(caught.value)


def test_bad_arguments(tmp_path: Path) -> None:
    path = write(tmp_path / "doc.txt", "text")
    with pytest.raises(InputError, match="unknown country"):
        read_document(path, country="Atlantis")
    with pytest.raises(InputError, match="year"):
        read_document(path, year=17)


# --------------------------------------------------------------------------
# Inference from the text
# --------------------------------------------------------------------------


def test_real_kazakhstan_header() -> None:
    text = (RAW / "kazakhstan-2017.txt").read_text(encoding="utf-8")
    assert text.splitlines()[0] == "Republic of Kazakhstan"
    assert infer_country(text) == "KAZ"
    # The excerpt's header carries no year, and its prose names mostly other years.
    assert infer_year(text) is None


def test_real_corpus_prose_does_not_invent_a_year() -> None:
    """The Congo 2001 excerpt says "in 2000" three times; it still covers 2001, so no guess."""
    text = (RAW / "republic-of-the-congo-2001.txt").read_text(encoding="utf-8")
    assert infer_year(text) is None
    assert infer_country(text) is None


@pytest.mark.parametrize(
    ("header", "year", "iso3"),
    [
        ("Country Reports on Human Rights Practices for 2008: Niger\n\nReleased by the Bureau", 2008, "NER"),
        ("2008 Country Reports on Human Rights Practices - Niger\n", 2008, "NER"),
        ("Niger\n\nCountry Reports on Human Rights Practices - 2008\nReleased February 25, 2009", 2008, "NER"),
        ("U.S. Department of State, Country Reports on Human Rights Practices - Niger\nReleased 2009\n", None, "NER"),
        ("U.S. Department of State, Country Reports on Human Rights Practices for 2004 \u2013 C\u00f4te d\u2019Ivoire\n", 2004, "CIV"),
        ("KAZAKHSTAN 2017 HUMAN RIGHTS REPORT\n\nEXECUTIVE SUMMARY\n", 2017, "KAZ"),
        ("Burma\n\nCountry Reports on Human Rights Practices for 2010\n", 2010, "MMR"),
        ("Amnesty International Report 2017/18 - Kazakhstan\n", 2017, "KAZ"),
        ("KAZAKHSTAN\nRepublic of Kazakhstan\nHead of state: Nursultan Nazarbayev\n\nAmnesty International Report 2015/16\n", 2015, "KAZ"),
        ("Amnesty International Report 2013: The State of the World's Human Rights\n\nNIGERIA\n", 2012, "NGA"),
        ("Human Rights Watch World Report 2019\n\nKazakhstan\n", 2018, "KAZ"),
        ("Kazakhstan: Events of 2018\n\nHuman Rights Watch\n", 2018, "KAZ"),
        ("United Nations CCPR/C/KAZ/CO/2\nInternational Covenant on Civil and Political Rights\nDistr.: General\n9 August 2016\n", 2016, "KAZ"),
        ("Committee against Torture\n\nConcluding observations on the third periodic report of Kazakhstan*\n", None, "KAZ"),
        ("Democratic Republic of the Congo\n", None, "COD"),
        ("Republic of the Congo\n", None, "COG"),
    ],
)
def test_inference_from_headers(header: str, year: int | None, iso3: str) -> None:
    assert infer_year(header) == year
    assert infer_country(header) == iso3


def test_world_report_without_hrw_is_not_trusted() -> None:
    assert infer_year("World Report 2019 on road safety\n") is None


def test_year_fallback_only_when_clearly_dominant() -> None:
    dominant = "Prose. " + " ".join(f"Arrests rose in 2015 ({i})." for i in range(5)) + " Compared with in 2014."
    assert infer_year(dominant) == 2015
    weak = "In 2015 this, in 2015 that, in 2015 more; in 2014 less."
    assert infer_year(weak) is None
    later = " ".join("in 2015" for _ in range(8)) + " and elections due in 2016"
    assert infer_year(later) is None


def test_infer_country_ignores_prose() -> None:
    prose = (
        "On February 5, the Tribunal of Niamey sentenced the director of a newspaper in Niger "
        "to one month's imprisonment and a fine; the Nigeria border was closed.\n"
    )
    assert infer_country(prose) is None
    assert infer_country("Arbitrary Arrest and Detention\n\nNiger police detained him.") is None


def test_niger_is_not_nigeria_in_headers() -> None:
    assert infer_country("Country Reports on Human Rights Practices for 2008: Niger\n") == "NER"
    assert infer_country("Country Reports on Human Rights Practices for 2008: Nigeria\n") == "NGA"


def test_real_corpus_reads_cleanly_and_offsets_match_the_gold() -> None:
    """Every raw report decodes without warnings, agrees with its sidecar, and gold evidence slices match."""
    paths = iter_input_paths([RAW])
    assert paths, "data/raw holds the corpus"
    for path in paths:
        doc = read_document(path)
        meta = json.loads(path.with_name(path.stem + ".meta.json").read_text(encoding="utf-8"))
        assert doc.warnings == (), path
        assert (doc.year, doc.country) == (meta["year"], meta["iso3"]), path
        gold = ANNOTATED / f"{doc.doc_id}.jsonl"
        if not gold.exists():
            continue
        for line in gold.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            evidence = json.loads(line)["evidence"]
            assert doc.text[evidence["start"] : evidence["end"]] == evidence["text"], (path, evidence)


# --------------------------------------------------------------------------
# Input paths
# --------------------------------------------------------------------------


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A folder of reports with sidecars, an image, a hidden folder and a subfolder."""
    for name in ["b.txt", "a.md", "c.html", "d.htm", "e.markdown", "sub/f.txt", "sub/deeper/g.TXT"]:
        target = tmp_path / "in" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        write(target, "text")
    write(tmp_path / "in" / "b.meta.json", "{}")
    write(tmp_path / "in" / "chart.png", b"\x89PNG\r\n\x1a\n")
    write(tmp_path / "in" / "notes.json", "{}")
    (tmp_path / "in" / ".cache").mkdir()
    write(tmp_path / "in" / ".cache" / "h.txt", "hidden")
    write(tmp_path / "in" / ".hidden.txt", "hidden")
    return tmp_path / "in"


def test_folder_is_expanded_recursively_skipping_sidecars_and_other_files(tree: Path) -> None:
    found = iter_input_paths([tree])
    assert found == sorted(found, key=str)
    assert [p.relative_to(tree).as_posix() for p in found] == [
        "a.md",
        "b.txt",
        "c.html",
        "d.htm",
        "e.markdown",
        "sub/deeper/g.TXT",
        "sub/f.txt",
    ]


def test_glob_patterns_are_expanded_and_filtered(tree: Path) -> None:
    found = iter_input_paths([str(tree / "*")])
    names = [p.relative_to(tree).as_posix() for p in found]
    assert "b.meta.json" not in names and "chart.png" not in names and "notes.json" not in names
    assert names == ["a.md", "b.txt", "c.html", "d.htm", "e.markdown", "sub/deeper/g.TXT", "sub/f.txt"]
    assert [p.name for p in iter_input_paths([str(tree / "**" / "*.txt")])] == ["b.txt", "f.txt"]


def test_explicit_files_are_kept_and_duplicates_removed(tree: Path) -> None:
    found = iter_input_paths([tree / "sub" / "f.txt", tree / "chart.png", tree, str(tree / "b.txt"), tree / "b.meta.json"])
    names = [p.relative_to(tree).as_posix() for p in found]
    assert names.count("b.txt") == 1
    assert names.count("sub/f.txt") == 1
    assert "chart.png" in names  # given by name: reading will refuse it with a clear reason
    assert "b.meta.json" not in names  # a sidecar is never a document
    assert found == sorted(found, key=str)


def test_a_bare_path_is_not_iterated_character_by_character(tree: Path) -> None:
    assert iter_input_paths(str(tree / "b.txt")) == [tree / "b.txt"]  # type: ignore[arg-type]
    assert iter_input_paths(tree / "b.txt") == [tree / "b.txt"]  # type: ignore[arg-type]


def test_same_file_by_two_spellings_appears_once(tree: Path) -> None:
    here = Path.cwd()
    try:
        os.chdir(tree)
        found = iter_input_paths(["b.txt", str(tree / "b.txt"), "./b.txt"])
    finally:
        os.chdir(here)
    assert len(found) == 1


def test_missing_path_and_empty_pattern_raise(tree: Path) -> None:
    with pytest.raises(InputError) as caught:
        iter_input_paths([tree / "nope.txt"])
    assert caught.value.reason == "no such file or directory"
    assert str(caught.value) == f"{tree / 'nope.txt'}: no such file or directory"
    with pytest.raises(InputError, match="no such file or directory"):
        iter_input_paths([str(tree / "*.pdf")])


def test_png_in_input_list_is_rejected_on_reading(tree: Path) -> None:
    with pytest.raises(InputError, match="PNG"):
        read_document(tree / "chart.png")
