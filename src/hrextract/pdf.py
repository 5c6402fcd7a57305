"""PDF reports to plain text whose offsets the records can point into.

Real reports come as PDFs. :func:`pdf_to_text` extracts their text layer with
pypdf (pure Python, no external binaries) and repairs what page layout does
to prose, so that the result reads like the project's ``.txt`` reports -- one
paragraph a line, paragraphs separated by a blank line:

* **lines are joined into paragraphs.** A paragraph ends where the vertical
  gap to the next line is clearly larger than the page's usual line spacing,
  or where a line ending a sentence is followed by an indented one;
* **end-of-line hyphenation is repaired**: "sen-" + "tenced" becomes
  "sentenced" when the next line starts with a lower-case letter (unless the
  document writes that very compound with its hyphen elsewhere, as
  "well-known"); before an upper-case letter or a digit the hyphen is real
  and kept ("Self-" + "Employed" → "Self-Employed"); a soft hyphen (U+00AD)
  is always dropped;
* **page breaks are repaired**: the last paragraph of a page continues on
  the next one unless it ended a sentence and the next page starts with a
  capital; page-number lines ("3", "Page 3 of 12") and running headers or
  footers repeated on most pages are dropped;
* ligatures (ﬁ, ﬂ, ...) are expanded and runs of spaces collapsed.

The text returned is what every offset of a PDF's records refers to, and what
``hrextract text FILE.pdf`` prints. A PDF with no text layer (a scan) gives an
empty text and a warning; an encrypted one that opens with no password is
read, any other encrypted or broken PDF raises :class:`~hrextract.reading.InputError`.
"""

from __future__ import annotations

import io
import logging
import math
import os
import re
import statistics
from dataclasses import dataclass
from typing import Any

from hrextract.reading import InputError

__all__ = ["Line", "pdf_to_text", "repair_lines"]

_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                            "\ufb05": "st", "\ufb06": "st"})
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_SPACES = re.compile(r"[ \t\u00a0]{2,}")
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|/)\s*\d{1,4})?$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?:;…][\"'”’)\]]*$")

#: A gap this many times the usual line spacing (or more) separates paragraphs.
PARAGRAPH_GAP = 1.45


@dataclass
class Line:
    """One line of a page: its text, baseline height, left edge and font size (None when unknown).

    ``brk`` is how the line relates to the one before: ``"line"`` (the next
    line of the same paragraph), ``"para"`` (a new paragraph) or ``"soft"``
    (the start of a page or a column: a paragraph may continue across it).
    """

    text: str
    y: float | None = None
    x: float | None = None
    size: float | None = None
    brk: str = "line"


class _Collect(logging.Handler):
    """Gathers pypdf's log messages so they become Document warnings, not stray stderr lines."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = " ".join(record.getMessage().split())
        if message and message not in self.messages:
            self.messages.append(message)


def _page_lines(page: Any) -> list[Line]:
    """The lines of one page with their positions, from pypdf's text visitor."""
    lines: list[Line] = []
    current: list[str] = []
    where: list[float | None] = [None, None, None]  # y, x, size of the current line

    def finish() -> None:
        lines.append(Line("".join(current), where[0], where[1], where[2]))
        current.clear()
        where[:] = [None, None, None]

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        pieces = text.split("\n")
        for i, piece in enumerate(pieces):
            if i:
                finish()
            if piece.strip() and where[0] is None:
                try:
                    where[0] = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                    where[1] = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                    scale = math.hypot(tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3])
                    where[2] = abs(float(size)) * scale if size else None
                except (TypeError, IndexError, ValueError):
                    pass
            current.append(piece)

    text = page.extract_text(visitor_text=visit)
    if current:
        finish()
    if not any(line.text.strip() for line in lines) and text and text.strip():
        # A visitor that saw nothing (unusual producers): plain lines without positions.
        lines = [Line(t) for t in text.split("\n")]
    return lines


def _clean(text: str) -> str:
    text = _CONTROL.sub("", text.translate(_LIGATURES))
    return _SPACES.sub(" ", text).strip()


def _mark_breaks(lines: list[Line]) -> list[Line]:
    """Blank lines dropped; each remaining line's ``brk`` set from the page geometry."""
    kept: list[Line] = []
    blank_before = False
    for line in lines:
        line.text = _clean(line.text)
        if not line.text:
            blank_before = bool(kept)
            continue
        line.brk = "para" if blank_before else "line"
        blank_before = False
        kept.append(line)
    if not kept:
        return kept
    steps = [a.y - b.y for a, b in zip(kept, kept[1:]) if a.y is not None and b.y is not None and a.y - b.y > 0]
    sizes = [line.size for line in kept if line.size]
    usual = statistics.median(steps) if len(steps) >= 2 else (1.2 * statistics.median(sizes) if sizes else None)
    lefts = [line.x for line in kept if line.x is not None]
    margin = min(lefts) if lefts else None
    indent = (statistics.median(sizes) if sizes else 10.0) * 1.5
    for before, line in zip(kept, kept[1:]):
        if line.brk == "para" or before.y is None or line.y is None or usual is None:
            continue
        step = before.y - line.y
        if step < -usual:  # back up the page: a new column
            line.brk = "soft"
        elif step > PARAGRAPH_GAP * usual:
            line.brk = "para"
        elif (margin is not None and line.x is not None and line.x - margin > indent
              and _SENTENCE_END.search(before.text)):
            line.brk = "para"
    kept[0].brk = "soft"
    return kept


def _running_keys(pages: list[list[Line]]) -> set[str]:
    """Normalised first/last lines repeated on at least half the pages (three pages or more)."""
    if len(pages) < 3:
        return set()
    counts: dict[str, int] = {}
    for lines in pages:
        ends = {_key(line.text) for line in (lines[:1] + lines[-1:])}
        for key in ends:
            counts[key] = counts.get(key, 0) + 1
    return {key for key, n in counts.items() if n >= max(2, math.ceil(len(pages) / 2))}


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower()).strip()


def _strip_margins(pages: list[list[Line]]) -> list[list[Line]]:
    """Page numbers and running headers/footers removed from the top and bottom of each page."""
    running = _running_keys(pages)
    out: list[list[Line]] = []
    for lines in pages:
        lines = list(lines)
        for end in (0, -1):
            for _ in range(2):  # a header and a page number may both be there
                if lines and (_PAGE_NUMBER.match(lines[end].text) or _key(lines[end].text) in running):
                    removed = lines.pop(end)
                    if end == 0 and lines and removed.brk == "soft":
                        lines[0].brk = "soft"
        out.append(lines)
    return out


_COMPOUND = re.compile(r"\w+(?:[-‐]\w+)+")
#: A line ending in a hyphen right after a letter; U+2010 HYPHEN (never a dash)
#: may be set off by a space, as some producers (Chromium) write it in its own run.
_HYPHEN_END = re.compile(r"(?<=[^\W\d_])(?:[-‐]| ‐)$")
_LAST_WORD = re.compile(r"(\w+)(?:[-‐]| ‐)$")
_FIRST_WORD = re.compile(r"^(\w+)")


def _compounds(pages: list[list[Line]]) -> set[str]:
    """Hyphenated words the document writes inside lines ("well-known"), lower-cased."""
    return {m.group().lower().replace("‐", "-") for lines in pages for line in lines
            for m in _COMPOUND.finditer(line.text.rstrip("-‐"))}


def _join(left: str, right: str, compounds: frozenset[str] | set[str] = frozenset()) -> str:
    """Two lines of one paragraph joined, hyphenation repaired.

    A line-end hyphen before a lower-case letter is dropped ("sen-" "tenced"),
    unless the document itself writes that compound with a hyphen within a
    line ("well-" "known" where "well-known" occurs); before anything else the
    hyphen is kept ("Self-" "Employed").
    """
    if left.endswith("\u00ad"):
        return left[:-1] + right
    hyphen = _HYPHEN_END.search(left)
    if hyphen:
        stem = left[: hyphen.start()]
        if right[:1].islower():
            head, tail = _LAST_WORD.search(left), _FIRST_WORD.match(right)
            if head and tail and f"{head.group(1)}-{tail.group(1)}".lower() in compounds:
                return stem + "-" + right
            return stem + right
        return stem + "-" + right
    return f"{left} {right}"


def repair_lines(pages: list[list[Line]]) -> list[str]:
    """The paragraphs of the document from its pages' lines (see the module docstring)."""
    paragraphs: list[str] = []
    current = ""
    cleaned = _strip_margins([_mark_breaks(p) for p in pages])
    compounds = _compounds(cleaned)
    for lines in cleaned:
        for line in lines:
            if not current:
                current = line.text
                continue
            hyphenated = (current.endswith("\u00ad") or bool(_HYPHEN_END.search(current))) and line.text[:1].islower()
            if line.brk == "line" or hyphenated:
                current = _join(current, line.text, compounds)
            elif line.brk == "soft" and (line.text[:1].islower() or not _SENTENCE_END.search(current)):
                current = _join(current, line.text, compounds)
            else:
                paragraphs.append(current)
                current = line.text
    if current:
        paragraphs.append(current)
    return paragraphs


def pdf_to_text(path: str | os.PathLike[str], data: bytes) -> tuple[str, list[str]]:
    """(text, warnings) of a PDF file's bytes; raises InputError for a PDF that cannot be read.

    The text is the repaired paragraphs separated by blank lines, ending in a
    newline (empty for a PDF without a text layer, with a warning saying so).
    """
    try:
        from pypdf import PdfReader
        from pypdf.errors import PyPdfError
    except ImportError:  # pragma: no cover - depends on the environment
        raise InputError(path, "reading PDF needs pypdf: pip install 'hrextract[pdf]'") from None

    warnings: list[str] = []
    collect = _Collect()
    logger = logging.getLogger("pypdf")
    propagate = logger.propagate
    logger.addHandler(collect)
    logger.propagate = False
    try:
        try:
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                try:
                    opened = reader.decrypt("")
                except Exception as exc:  # pypdf raises several types (DependencyError, NotImplementedError)
                    raise InputError(path, f"encrypted PDF that cannot be opened ({exc})") from None
                if not opened:
                    raise InputError(path, "encrypted PDF: it needs a password; save an unprotected copy")
            pages = list(reader.pages)
        except InputError:
            raise
        except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError) as exc:
            raise InputError(path, f"not a readable PDF ({type(exc).__name__}: {exc})") from None
        page_lines: list[list[Line]] = []
        for number, page in enumerate(pages, start=1):
            try:
                page_lines.append(_page_lines(page))
            except Exception as exc:  # one bad page never loses the others
                warnings.append(f"page {number}: text could not be extracted ({type(exc).__name__}: {exc})")
    finally:
        logger.removeHandler(collect)
        logger.propagate = propagate

    paragraphs = repair_lines(page_lines)
    text = "\n\n".join(paragraphs) + ("\n" if paragraphs else "")
    if not text:
        warnings.append("PDF has no text layer (a scanned document?); run OCR on it first")
    warnings.extend(f"pypdf: {message}" for message in collect.messages[:5])
    return text, warnings
