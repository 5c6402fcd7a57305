"""Reading report files into ``Document`` objects: text, covered year, country.

Every character offset the pipeline writes indexes ``Document.text``, so this
module fixes that text exactly as the record contract (``RECORDS.md``,
"Files") says:

* plain text (``.txt`` and any unknown extension) is decoded from UTF-8 with
  *no* newline translation -- CRLF and lone CR stay as they are -- and a
  leading byte-order mark removed. That is
  ``open(p, encoding="utf-8", newline="").read()`` minus the BOM.
* Files that are not UTF-8 are still read when their encoding can be
  established (a UTF-16/UTF-32 byte-order mark, else charset-normalizer's
  detection, preferring Windows-1252 among equally plausible single-byte
  candidates); the ``Document`` then carries a warning naming the encoding,
  and offsets index the decoded text.
* ``.html``/``.htm`` are reduced to their visible text and ``.md``/
  ``.markdown`` to their prose without markup; offsets then index that
  extracted text, which is what ``hrextract text FILE`` prints.
* ``.pdf`` files are read with pypdf by :mod:`hrextract.pdf`: the text
  layer, with line-end hyphenation and page breaks repaired and paragraphs
  kept; offsets index that repaired text.
* Binary content (NUL bytes, a PDF under another name, images, office files,
  archives) and files over ``max_bytes`` are refused with an ``InputError`` whose message is one
  line naming the file and the reason.

The covered year and the country come from, in order: the caller's explicit
arguments, the ``<stem>.meta.json`` sidecar, and finally inference from the
report's header (``infer_year``, ``infer_country``).
"""

from __future__ import annotations

import codecs
import glob
import html
import json
import os
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from charset_normalizer import from_bytes

from hrextract.normalize.country import country_iso3

__all__ = [
    "Document",
    "InputError",
    "SUPPORTED_SUFFIXES",
    "html_to_text",
    "infer_country",
    "infer_year",
    "iter_input_paths",
    "markdown_to_text",
    "read_document",
]

#: File suffixes picked up when a folder or glob pattern is expanded.
SUPPORTED_SUFFIXES: frozenset[str] = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".pdf"})

_META_SUFFIX = ".meta.json"
_FORMATS: dict[str, str] = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".pdf": "pdf"}

# Years accepted as a covered year, from an argument, a sidecar or the text.
_MIN_YEAR = 1900
_MAX_YEAR = 2100


class InputError(Exception):
    """A file that cannot be read as a report, or an input path that does not exist.

    ``path`` is the offending file (or sidecar, or pattern) and ``reason`` a
    short human-readable explanation; ``str(error)`` is ``"{path}: {reason}"``
    on one line so the CLI can print it as is.
    """

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        super().__init__(path, reason)
        self.path: Path = Path(path)
        self.reason: str = " ".join(str(reason).split())

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass(frozen=True)
class Document:
    """One report ready for extraction.

    ``text`` is what every character offset refers to. ``year`` is the year
    the report covers (dates without a year take it), ``country`` the ISO
    3166-1 alpha-3 code of the country it is about; either may be None when
    nothing establishes it. ``meta`` is the sidecar's content as read ({} when
    there is none); ``warnings`` lists anything the reader had to guess or
    ignore; ``source_format`` is "txt", "md", "html" or "pdf".
    """

    doc_id: str
    text: str
    path: Path | None
    year: int | None
    country: str | None
    meta: dict[str, Any] = field(default_factory=dict, hash=False)
    warnings: tuple[str, ...] = ()
    source_format: str = "txt"


# --------------------------------------------------------------------------
# Decoding
# --------------------------------------------------------------------------

# Magic numbers of binary formats people rename or mistake for text, with
# the reason given to the user.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "looks like a PDF; give it a .pdf extension to have its text extracted"),
    (b"\x89PNG\r\n\x1a\n", "looks like a PNG image, not text"),
    (b"\xff\xd8\xff", "looks like a JPEG image, not text"),
    (b"GIF87a", "looks like a GIF image, not text"),
    (b"GIF89a", "looks like a GIF image, not text"),
    (b"PK\x03\x04", "looks like a ZIP archive (e.g. .docx, .odt, .xlsx); save the document as plain text first"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "looks like a legacy Microsoft Office file (.doc, .xls); save it as plain text first"),
    (b"\x1f\x8b", "looks like a gzip archive; decompress it first"),
    (b"{\\rtf", "looks like an RTF document; save it as plain text first"),
)

# Byte-order marks, longest first (the UTF-32-LE mark begins with UTF-16-LE's).
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_HTML_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _sniff_binary(data: bytes) -> str | None:
    """Reason to refuse ``data`` as text from its magic number, else None."""
    head = data[:1024].lstrip(b" \t\r\n\x0c").removeprefix(codecs.BOM_UTF8)
    for magic, reason in _MAGIC:
        if head.startswith(magic):
            return reason
    return None


def _looks_binary(text: str) -> bool:
    """True when decoded text is riddled with control characters.

    Tab, newlines, vertical tab and form feed are text; other C0 controls in
    more than 1% of the characters mean the "text" is really binary data that
    happened to decode.
    """
    if not text:
        return False
    count = len(_CONTROL.findall(text))
    return count >= 4 and count > len(text) / 100


def _mostly_ascii_letters(text: str) -> bool:
    """True when at most 30% of the letters in ``text`` are non-ASCII."""
    sample = text[:1_000_000]  # plenty to judge the script; keeps huge files cheap
    letters = non_ascii = 0
    for ch in sample:
        if ch.isalpha():
            letters += 1
            non_ascii += ord(ch) > 127
    return non_ascii <= 0.3 * letters


def _detect(data: bytes) -> str | None:
    """Text encoding of bytes that are not UTF-8, or None when there is none.

    Windows-1252 first: when the bytes are valid cp1252 and the result is
    mostly ASCII letters -- an English or French report with curly quotes,
    dashes and a few accented names, the usual non-UTF-8 report -- it is
    cp1252. Statistical detection cannot tell that case apart on short texts
    (charset-normalizer readily answers cp1250 or cp1257 and turns "à" into
    "ŕ" or "ą"). Otherwise charset-normalizer decides (e.g. cp1251 for a
    Russian text), preferring cp1252 among candidates it finds equally
    plausible; no candidate at all means the bytes are not text.
    """
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and _mostly_ascii_letters(western):
        return "cp1252"
    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        return None
    if western is not None:
        for match in matches:
            tied = match.chaos <= best.chaos + 0.01 and match.coherence >= best.coherence - 0.01
            if tied and "cp1252" in (match.could_be_from_charset or [match.encoding]):
                return "cp1252"
    return str(best.encoding)


def _decode(path: Path, data: bytes, source_format: str) -> tuple[str, list[str]]:
    """Decode file bytes as the contract says; returns (text, warnings)."""
    warnings: list[str] = []
    reason = _sniff_binary(data)
    if reason:
        raise InputError(path, reason)

    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(path, f"has a {codec.upper()} byte-order mark but is not valid {codec.upper()} ({exc.reason})") from None
            warnings.append(f"decoded as {codec} (byte-order mark); offsets index the decoded text")
            return text.removeprefix("\ufeff"), warnings

    if b"\x00" in data:
        raise InputError(path, "binary file (NUL bytes); if it is UTF-16 text without a byte-order mark, re-save it as UTF-8")

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        # A UTF-8 byte-order mark on bytes that are not UTF-8 is a mislabelled
        # file; the mark itself is dropped before detecting the real encoding.
        data = data.removeprefix(codecs.BOM_UTF8)
        text = ""
        encoding: str | None = None
        if source_format == "html":
            declared = _HTML_CHARSET.search(data[:4096])
            if declared:
                name = declared.group(1).decode("ascii", "replace")
                try:
                    encoding = codecs.lookup(name).name
                    text = data.decode(encoding)
                    warnings.append(f"decoded as {encoding} (declared by the HTML, not valid UTF-8)")
                except (LookupError, UnicodeDecodeError):
                    encoding = None
        if encoding is None:
            encoding = _detect(data)
            if encoding is None:
                raise InputError(path, "not valid UTF-8 and no text encoding could be detected (binary file?)")
            try:
                text = data.decode(encoding)
            except (LookupError, UnicodeDecodeError):
                raise InputError(path, f"not valid UTF-8, and not valid {encoding} either") from None
            warnings.append(f"decoded as {encoding} (not valid UTF-8); offsets index the decoded text")
    text = text.removeprefix("\ufeff")
    if _looks_binary(text):
        raise InputError(path, "binary file (control characters); not a text document")
    return text, warnings


# --------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------


class _VisibleText(HTMLParser):
    """Collects the visible text of an HTML page as paragraphs.

    Text inside script/style/head/noscript/template/title/svg is dropped.
    Block-level elements end a paragraph; table cells are kept apart by a
    space. Entities are unescaped by the parser (``convert_charrefs``).
    """

    SKIP = frozenset({"script", "style", "head", "noscript", "template", "title", "svg"})
    BLOCK = frozenset(
        {
            "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "section", "article",
            "ul", "ol", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "caption", "blockquote",
            "pre", "header", "footer", "nav", "main", "aside", "figure", "figcaption", "hr",
            "address", "form", "fieldset", "legend", "details", "summary", "body", "html",
        }
    )
    CELL = frozenset({"td", "th"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._parts: list[str] = []
        self._skipping: list[str] = []

    def _flush(self) -> None:
        paragraph = " ".join("".join(self._parts).split())
        if paragraph:
            self.paragraphs.append(paragraph)
        self._parts = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body" and "head" in self._skipping:
            # An unclosed <head>: the body starts the visible part anyway.
            del self._skipping[self._skipping.index("head") :]
        if tag in self.SKIP:
            self._skipping.append(tag)
        elif tag in self.BLOCK:
            self._flush()
        elif tag in self.CELL:
            self._parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            if tag in self._skipping:
                last = len(self._skipping) - 1 - self._skipping[::-1].index(tag)
                del self._skipping[last:]
        elif tag in self.BLOCK:
            self._flush()
        elif tag in self.CELL:
            self._parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self._parts.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def html_to_text(markup: str) -> str:
    """Visible text of an HTML document, paragraphs separated by a blank line.

    Uses the standard library's real HTML parser (no regex stripping):
    script, style, head, noscript, template, title and svg content is
    skipped; block elements (p, div, li, h1-h6, br, tr, section, article,
    lists, tables, blockquote, ...) become paragraph breaks ``"\\n\\n"``;
    runs of whitespace within a paragraph (non-breaking spaces included)
    collapse to one space; entities are unescaped.
    """
    parser = _VisibleText()
    parser.feed(markup)
    parser.close()
    return "\n\n".join(parser.paragraphs)


# --------------------------------------------------------------------------
# Markdown
# --------------------------------------------------------------------------

_MD_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_MD_ATX = re.compile(r"^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_MD_SETEXT = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")
_MD_HR = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_MD_QUOTE = re.compile(r"^ {0,3}>[ \t]?")
_MD_BULLET = re.compile(r"^[ \t]*[-*+][ \t]+")
_MD_ORDERED = re.compile(r"^[ \t]*(\d{1,9})[.)][ \t]+")
_MD_REFDEF = re.compile(r"^ {0,3}\[(?!\^)[^\]]+\]:[ \t]*\S+.*$")
_MD_FOOTDEF = re.compile(r"^ {0,3}\[\^[^\]]+\]:[ \t]*")
_MD_TABLE_SEP = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")

_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~<])")
_MD_CODE = re.compile(r"(`+)(.+?)(?<!`)\1(?!`)")
_MD_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^>\s]+|[^>\s@]+@[^>\s@]+\.[^>\s@]+)>")
_MD_URL = r"\((?:[^()\n]|\([^()\n]*\))*\)"
_MD_IMAGE = re.compile(r"!\[[^\]\n]*\](?:" + _MD_URL + r"|\[[^\]\n]*\])")
_MD_FOOTREF = re.compile(r"\[\^[^\]\n]+\]")
_MD_LINK = re.compile(r"\[([^\]\n]*)\](?:" + _MD_URL + r"|\[[^\]\n]*\])")
_MD_EMPHASIS: tuple[re.Pattern[str], ...] = (
    re.compile(r"\*\*\*(?=\S)(.+?)(?<=\S)\*\*\*"),
    re.compile(r"(?<!\w)___(?=\S)(.+?)(?<=\S)___(?!\w)"),
    re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*"),
    re.compile(r"(?<!\w)__(?=\S)(.+?)(?<=\S)__(?!\w)"),
    re.compile(r"\*(?=[^\s*])(.+?)(?<=[^\s*])\*"),
    re.compile(r"(?<!\w)_(?=[^\s_])(.+?)(?<=[^\s_])_(?!\w)"),
    re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"),
)
_PROTECT = re.compile("\ue000(\\d+)\ue001")
_MD_INLINE_MARKUP = re.compile(r"[\\`*_\[\]!<&~]")


def _md_inline(line: str) -> str:
    """Remove inline Markdown markup from one line of text.

    Backslash escapes and code spans are protected first so their characters
    are never read as markup; images and footnote references are dropped;
    links keep their text; emphasis and strike-through markers go; HTML
    entities are unescaped.
    """
    if not _MD_INLINE_MARKUP.search(line):
        return re.sub(r" {2,}", " ", line)
    protected: list[str] = []

    def protect(value: str) -> str:
        protected.append(value)
        return f"\ue000{len(protected) - 1}\ue001"

    line = _MD_ESCAPE.sub(lambda m: protect(m.group(1)), line)
    line = _MD_CODE.sub(lambda m: protect(m.group(2).strip(" ") or m.group(2)), line)
    line = _MD_AUTOLINK.sub(lambda m: protect(m.group(1)), line)
    line = _MD_IMAGE.sub("", line)
    line = _MD_FOOTREF.sub("", line)
    previous = None
    while previous != line:
        previous = line
        line = _MD_LINK.sub(r"\1", line)
        for pattern in _MD_EMPHASIS:
            line = pattern.sub(r"\1", line)
    line = html.unescape(line)
    line = re.sub(r" {2,}", " ", line)  # gaps left by dropped images and references
    while _PROTECT.search(line):
        line = _PROTECT.sub(lambda m: protected[int(m.group(1))], line)
    return line


def _md_cells(row: str) -> list[str]:
    """The cells of a Markdown table row, escaped pipes respected."""
    row = row.strip()
    row = row.removeprefix("|")
    if row.endswith("|") and not row.endswith("\\|"):
        row = row[:-1]
    cells = re.split(r"(?<!\\)\|", row)
    return [_md_inline(cell.replace("\\|", "|").strip()) for cell in cells]


def markdown_to_text(markdown: str) -> str:
    """Prose of a Markdown document, paragraphs separated by a blank line.

    Headings lose their ``#``s (setext underlines are dropped), emphasis
    ``*``/``_``, strike-through and inline code backticks go, links
    ``[t](u)`` become ``t``, images and link/footnote reference definitions
    are dropped, list bullets and numbers and blockquote ``>`` are removed,
    table pipes and separator rows go (cells of a row are joined by a tab, the
    rows of a table by newlines). Each heading and list item is a paragraph of
    its own; the lines of an ordinary paragraph are joined by a space (soft
    line breaks); fenced code keeps its lines.
    """
    lines = markdown.splitlines()
    paragraphs: list[str] = []
    current: list[str] = []
    in_list_item = False

    def flush() -> None:
        nonlocal current, in_list_item
        paragraph = " ".join(part for part in current if part).strip()
        if paragraph:
            paragraphs.append(paragraph)
        current = []
        in_list_item = False

    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        fence = _MD_FENCE.match(line)
        if fence:
            flush()
            marker = fence.group(1)
            code: list[str] = []
            while i < len(lines) and not lines[i].lstrip().startswith(marker):
                code.append(lines[i].rstrip())
                i += 1
            i += 1  # the closing fence
            block = "\n".join(code).strip("\n")
            if block.strip():
                paragraphs.append(block)
            continue

        while _MD_QUOTE.match(line):
            line = _MD_QUOTE.sub("", line, count=1)

        if not line.strip():
            flush()
            continue
        if _MD_REFDEF.match(line):
            continue
        if "|" in line and i < len(lines) and _MD_TABLE_SEP.match(lines[i]) and "|" in lines[i]:
            flush()
            rows = ["\t".join(cell for cell in _md_cells(line) if cell)]
            i += 1  # the separator row
            while i < len(lines) and "|" in lines[i] and lines[i].strip():
                rows.append("\t".join(cell for cell in _md_cells(lines[i]) if cell))
                i += 1
            paragraphs.append("\n".join(row for row in rows if row))
            continue
        if current and not in_list_item and _MD_SETEXT.match(line):
            flush()  # the paragraph just read was a setext heading
            continue
        if _MD_HR.match(line) or _MD_SETEXT.match(line):
            flush()
            continue
        heading = _MD_ATX.match(line)
        if heading:
            flush()
            paragraphs.append(_md_inline((heading.group(1) or "").strip()))
            continue
        footnote = _MD_FOOTDEF.match(line)
        if footnote:
            flush()
            line = line[footnote.end() :]
        item = _MD_BULLET.match(line)
        if item is None:
            ordered = _MD_ORDERED.match(line)
            # An ordered item interrupts a running paragraph only when it starts
            # at 1 (CommonMark), so a wrapped line beginning "2008. " stays prose.
            if ordered and (not current or in_list_item or ordered.group(1) == "1"):
                item = ordered
        if item is not None:
            flush()
            line = line[item.end() :]
            in_list_item = True
        text = line.strip()
        if text.endswith("\\"):
            text = text[:-1].rstrip()  # hard line break
        current.append(_md_inline(text))
    flush()
    return "\n\n".join(paragraphs)


# --------------------------------------------------------------------------
# Year and country inference
# --------------------------------------------------------------------------

_HEADER_CHARS = 3000
_YEAR = r"((?:19|20)\d{2})"
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"

# (pattern, offset): covered year = captured year + offset. Each names the
# report series it recognises.
_YEAR_HEADERS: tuple[tuple[re.Pattern[str], int], ...] = (
    # US State Department: "Country Reports on Human Rights Practices for 2008"
    # (also "... Practices - 2008", as Refworld titles some of them).
    (re.compile(r"country reports? on human rights practices,?\s*(?:for|in|[-:\u2013\u2014])\s*(?:the\s+year\s+)?" + _YEAR + r"\b", re.I), 0),
    # "2008 Country Reports on Human Rights Practices".
    (re.compile(r"\b" + _YEAR + r"\s+country reports? on human rights practices", re.I), 0),
    # Newer State Department files: "KAZAKHSTAN 2017 HUMAN RIGHTS REPORT".
    (re.compile(r"\b" + _YEAR + r"\s+human rights report\b", re.I), 0),
    # Amnesty since 2015/16: "Amnesty International Report 2017/18" covers 2017.
    (re.compile(r"amnesty international(?:'s)?\s+(?:annual\s+)?report\s+" + _YEAR + r"\s*[/\u2013\u2014-]\s*\d{2,4}\b", re.I), 0),
    # Amnesty until 2013: "Amnesty International Report 2013" was published in
    # May 2013 about the events of 2012, so a single year covers the year before.
    (re.compile(r"amnesty international(?:'s)?\s+(?:annual\s+)?report\s+" + _YEAR + r"\b(?!\s*[/\u2013\u2014-]\s*\d)", re.I), -1),
    # Human Rights Watch: "World Report 2019: ... Events of 2018".
    (re.compile(r"\bevents\s+of\s+" + _YEAR + r"\b", re.I), 0),
    # UN documents: "Distr.: General\n9 August 2016" dates the document.
    (re.compile(r"\bdistr\.?\s*:?\s*[a-z]+\s+(?:\d{1,2}\s+)?" + _MONTH + r"\s+(?:\d{1,2},?\s+)?" + _YEAR + r"\b", re.I), 0),
)
# "World Report 2019" covers 2018, but the phrase alone is too common to
# trust; it counts only when Human Rights Watch is named in the header.
_HRW_WORLD_REPORT = re.compile(r"\bworld report\s+" + _YEAR + r"\b", re.I)
_HRW = re.compile(r"human rights watch", re.I)

_YEAR_PHRASE = re.compile(
    r"\b(?:in|during|throughout)\s+(?:(?:early|late|mid|mid-)\s*)?" + _YEAR + r"\b(?![-/\u2013]\d)", re.I
)


def infer_year(text: str) -> int | None:
    """The year a report covers, from its header, or None.

    Recognised headers (first ~3000 characters, earliest match wins):

    * "Country Reports on Human Rights Practices for 2008", "2008 Country
      Reports on Human Rights Practices", "KAZAKHSTAN 2017 HUMAN RIGHTS
      REPORT" -> the year as written;
    * "Amnesty International Report 2017/18" -> 2017 (the first year of the
      pair is the year covered);
    * "Amnesty International Report 2013" (single year, the style used until
      2013) -> 2012, since that report was published in 2013 about 2012;
    * Human Rights Watch "World Report 2019" -> 2018 (it covers the previous
      year; counted only when "Human Rights Watch" appears in the header),
      and "Events of 2018" -> 2018;
    * a UN document's "Distr.: General 9 August 2016" -> 2016.

    Otherwise a conservative fallback: the year in phrases such as "in 2017",
    "during 2017", "throughout 2017" within the first ~3000 characters, only
    when it occurs at least five times, at least four times as often as any
    other year, and no later year appears in such a phrase. Reports write
    out the year mostly for *other* (earlier) years -- events of the covered
    year are "on 4 January" or "during the year" -- so a weak majority points
    to the wrong year: on the State Department excerpts in ``data/raw`` a
    3-to-1 majority would have given 2000 for a report on 2001. Else None.
    """
    head = text[:_HEADER_CHARS]
    found: list[tuple[int, int]] = []
    for pattern, offset in _YEAR_HEADERS:
        match = pattern.search(head)
        if match:
            found.append((match.start(), int(match.group(1)) + offset))
    if _HRW.search(head):
        match = _HRW_WORLD_REPORT.search(head)
        if match:
            found.append((match.start(), int(match.group(1)) - 1))
    if found:
        return min(found)[1]

    counts = Counter(int(m.group(1)) for m in _YEAR_PHRASE.finditer(head))
    if not counts:
        return None
    ranked = counts.most_common(2)
    year, top = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if top >= 5 and top >= 4 * runner_up and year == max(counts):
        return year
    return None


_HEADER_SPLIT = re.compile(r"\s*[:|\u2013\u2014]\s+|\s+[:|\u2013\u2014-]\s+|\s*:\s*$")
_YEAR_REPORT_TITLE = re.compile(r"^(.*?)\s+(?:19|20)\d{2}\s+human rights report\b", re.I)
_UN_SYMBOL = re.compile(r"\b(?:CCPR|CAT|CERD|CEDAW|CRC|CRPD|CMW|CED|E/C\.12)/(?:C/)?([A-Z]{3})/")
_UN_REPORT_OF = re.compile(r"\breports?\s+(?:submitted\s+by|of)\s+([A-Z][^\n*\d]{2,60}?)\s*(?:\*|\n|$|\(|,|\.\s)", re.M)
_MAX_HEADER_LINE = 120
_HEADER_LINES = 5


def _header_candidates(line: str) -> list[str]:
    """Strings of one header line that may name the country.

    The whole line first, then its pieces between title separators ("Country
    Reports on Human Rights Practices for 2008: Niger", "Amnesty
    International Report 2017/18 - Kazakhstan", "Niger: Events of 2018"),
    then the name before "YYYY Human Rights Report".
    """
    line = line.strip().strip("#*_ \t")
    candidates = [line]
    candidates.extend(piece for piece in _HEADER_SPLIT.split(line) if piece and piece != line)
    title = _YEAR_REPORT_TITLE.match(line)
    if title:
        candidates.append(title.group(1))
    return candidates


def infer_country(text: str) -> str | None:
    """ISO alpha-3 code of the country a report is about, from its header, or None.

    Looks at the first five non-empty lines that are short enough to be a
    header (at most 120 characters): a line that is a country designation by
    itself ("Republic of Kazakhstan", "KAZAKHSTAN") or that contains one
    between title separators ("Country Reports on Human Rights Practices for
    2008: Niger"). Then, for UN documents, the country code in a treaty-body
    symbol ("CCPR/C/KAZ/CO/2") or "periodic report of Kazakhstan". Names are
    resolved with ``country_iso3``: exact, never fuzzy, so prose is not
    mistaken for a country.
    """
    head = text[:_HEADER_CHARS]
    lines = [line for line in head.splitlines() if line.strip()][:_HEADER_LINES]
    for line in lines:
        if len(line.strip()) > _MAX_HEADER_LINE:
            continue
        for candidate in _header_candidates(line):
            iso3 = country_iso3(candidate)
            if iso3:
                return iso3
    symbol = _UN_SYMBOL.search(head)
    if symbol:
        iso3 = country_iso3(symbol.group(1))
        if iso3:
            return iso3
    for match in _UN_REPORT_OF.finditer(head):
        iso3 = country_iso3(match.group(1))
        if iso3:
            return iso3
    return None


# --------------------------------------------------------------------------
# Metadata and reading
# --------------------------------------------------------------------------


def _sidecar_path(path: Path) -> Path:
    return path.with_name(path.stem + _META_SUFFIX)


def _read_sidecar(path: Path) -> dict[str, Any]:
    """The ``<stem>.meta.json`` beside ``path`` as a dict, {} when absent."""
    sidecar = _sidecar_path(path)
    if not sidecar.is_file():
        return {}
    try:
        raw = sidecar.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(sidecar, f"cannot read metadata sidecar ({exc})") from None
    try:
        meta = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(sidecar, f"invalid JSON in metadata sidecar: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    if not isinstance(meta, dict):
        raise InputError(sidecar, f"metadata sidecar must hold a JSON object, not {type(meta).__name__}")
    return meta


def _check_year(where: Path, value: Any, source: str) -> int:
    """``value`` as a plausible covered year, else InputError naming ``source``."""
    year: int | None = None
    if isinstance(value, int) and not isinstance(value, bool):
        year = value
    elif isinstance(value, str) and value.strip().isdigit():
        year = int(value.strip())
    if year is None or not _MIN_YEAR <= year <= _MAX_YEAR:
        raise InputError(where, f"{source} year {value!r} is not a year between {_MIN_YEAR} and {_MAX_YEAR}")
    return year


def _format_of(path: Path) -> str:
    return _FORMATS.get(path.suffix.lower(), "txt")


def read_document(
    path: str | os.PathLike[str],
    *,
    year: int | None = None,
    country: str | None = None,
    max_bytes: int = 50_000_000,
) -> Document:
    """Read one report file into a ``Document``.

    ``doc_id`` is the file stem. The text is decoded and, for HTML and
    Markdown, extracted as the module docstring describes. ``year`` and
    ``country`` (a name or ISO code) override the sidecar, which overrides
    inference from the text; in the sidecar ``iso3`` wins over ``country``.

    Raises ``InputError`` for a missing or unreadable file, a directory,
    binary content, a file larger than ``max_bytes``, a sidecar that is not a
    JSON object or holds an impossible year or unknown ``iso3``, and an
    explicit ``year``/``country`` that is out of range or unknown. An empty or
    whitespace-only file is a valid ``Document`` with that text.
    """
    p = Path(path)
    try:
        status = p.stat()
    except FileNotFoundError:
        raise InputError(p, "no such file or directory") from None
    except OSError as exc:
        raise InputError(p, exc.strerror or str(exc)) from None
    if p.is_dir():
        raise InputError(p, "is a directory, not a file")
    if status.st_size > max_bytes:
        raise InputError(p, f"file is {status.st_size:,} bytes, over the limit of {max_bytes:,} bytes")
    try:
        with p.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(p, exc.strerror or str(exc)) from None
    if len(data) > max_bytes:
        raise InputError(p, f"file is over the limit of {max_bytes:,} bytes")

    source_format = _format_of(p)
    if source_format == "pdf":
        from hrextract.pdf import pdf_to_text

        text, warnings = pdf_to_text(p, data)
    else:
        text, warnings = _decode(p, data, source_format)
    if source_format == "html":
        text = html_to_text(text)
    elif source_format == "md":
        text = markdown_to_text(text)

    meta = _read_sidecar(p)
    sidecar = _sidecar_path(p)

    covered: int | None = None
    if year is not None:
        covered = _check_year(p, year, "given")
    elif meta.get("year") is not None:
        covered = _check_year(sidecar, meta["year"], "metadata")
    else:
        covered = infer_year(text)

    iso3: str | None = None
    if country is not None:
        iso3 = country_iso3(country)
        if iso3 is None:
            raise InputError(p, f"unknown country {country!r} (give a country name or ISO 3166-1 code)")
    else:
        meta_iso3 = meta.get("iso3")
        meta_country = meta.get("country")
        named = country_iso3(meta_country) if isinstance(meta_country, str) else None
        if meta_iso3 is not None:
            iso3 = country_iso3(meta_iso3) if isinstance(meta_iso3, str) else None
            if iso3 is None:
                raise InputError(sidecar, f"iso3 {meta_iso3!r} is not a known ISO 3166-1 code")
            if named is not None and named != iso3:
                warnings.append(f"metadata country {meta_country!r} is {named} but iso3 says {iso3}; using {iso3}")
        elif meta_country is not None:
            iso3 = named
            if iso3 is None:
                warnings.append(f"metadata country {meta_country!r} not recognised; inferring the country from the text")
        if iso3 is None:
            iso3 = infer_country(text)

    return Document(
        doc_id=p.stem,
        text=text,
        path=p,
        year=covered,
        country=iso3,
        meta=meta,
        warnings=tuple(warnings),
        source_format=source_format,
    )


# --------------------------------------------------------------------------
# Input paths
# --------------------------------------------------------------------------


_GLOB_MAGIC = re.compile(r"[*?\[]")


def _is_document(path: Path) -> bool:
    """True for a file a folder or glob expansion should read."""
    name = path.name
    return (
        path.is_file()
        and not name.startswith(".")
        and not name.lower().endswith(_META_SUFFIX)
        and path.suffix.lower() in SUPPORTED_SUFFIXES
    )


def _folder_documents(folder: Path) -> list[Path]:
    """Supported files under ``folder``, recursively, hidden entries skipped."""
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            candidate = Path(root) / name
            if _is_document(candidate):
                found.append(candidate)
    return found


def iter_input_paths(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The document files named by ``paths``, sorted and de-duplicated.

    * A file is taken as given, whatever its extension (reading will refuse
      it if it is binary) -- except a ``*.meta.json`` sidecar, which is never
      a document.
    * A folder gives its ``.txt``, ``.md``, ``.markdown``, ``.html``,
      ``.htm`` and ``.pdf`` files, recursively; sidecars, other files and hidden files or
      folders (names starting with ".") are skipped.
    * A glob pattern (``*``, ``?``, ``[...]``; ``**`` recursive) is expanded;
      matched files are filtered like a folder's, matched folders expanded.
    * A path that does not exist, or a pattern that matches nothing, raises
      ``InputError(path, "no such file or directory")``.

    A single path given bare (not in a list) is accepted too. The result is
    sorted by path string so runs read in a stable order; the
    same file reached twice (also through a different spelling of its path)
    appears once.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]  # one path given bare, not an iterable of characters
    collected: list[Path] = []
    for item in paths:
        raw = os.fspath(item)
        path = Path(raw)
        if path.exists():
            if path.is_dir():
                collected.extend(_folder_documents(path))
            elif not path.name.lower().endswith(_META_SUFFIX):
                collected.append(path)
            continue
        if _GLOB_MAGIC.search(raw):
            matches = [Path(m) for m in glob.glob(raw, recursive=True)]
            if not matches:
                raise InputError(raw, "no such file or directory (the pattern matches nothing)")
            for match in matches:
                if match.is_dir():
                    collected.extend(_folder_documents(match))
                elif _is_document(match):
                    collected.append(match)
            continue
        raise InputError(path, "no such file or directory")

    unique: dict[Path, Path] = {}
    for candidate in sorted(collected, key=str):
        unique.setdefault(candidate.resolve(), candidate)
    return sorted(unique.values(), key=str)
