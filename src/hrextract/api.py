"""The public Python API: text or files in, validated records out."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from hrextract.build import records_from_doc
from hrextract.normalize.country import country_iso3
from hrextract.pipeline import load
from hrextract.reading import Document, InputError, iter_input_paths, read_document
from hrextract.records import AnyRecord
from hrextract.writers import sort_records

#: Texts longer than this are processed in paragraph chunks (spaCy's parser
#: memory grows with Doc length; offsets still point into the whole text).
CHUNK_CHARS = 100_000


def chunks(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """(offset, chunk) pieces of ``text``, cut at paragraph breaks (else line, else hard) below ``size``."""
    if len(text) <= size:
        return [(0, text)]
    out: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(start + size, len(text))
        if end < len(text):
            window = text[start:end]
            cut = -1
            for pattern in (r"\n[ \t\r]*\n", r"\n", r"(?<=[.!?])\s"):
                found = [m.end() for m in re.finditer(pattern, window)]
                found = [f for f in found if f > size // 4]
                if found:
                    cut = found[-1]
                    break
            if cut > 0:
                end = start + cut
        out.append((start, text[start:end]))
        start = end
    return out


def docs_for_text(text: str, nlp: Language | None = None) -> Iterator[tuple[int, Doc]]:
    """(offset, Doc) for each chunk of ``text`` run through the pipeline."""
    nlp = nlp or load()
    pieces = chunks(text)
    for (offset, _), doc in zip(pieces, nlp.pipe(piece for _, piece in pieces)):
        yield offset, doc


def extract(text: str, *, year: int | None = None, country: str | None = None, doc_id: str = "text",
            nlp: Language | None = None) -> list[AnyRecord]:
    """Records of one report text.

    ``year`` is the year the report covers (dates without a year take it);
    ``country`` the country it is about, as a name or ISO code (it resolves
    ambiguous currency words and fills each record's ``country``).
    """
    iso3 = country_iso3(country) if country else None
    records: list[AnyRecord] = []
    for offset, doc in docs_for_text(text, nlp):
        records.extend(records_from_doc(doc, doc_id=doc_id, year=year, country=iso3, offset=offset))
    return sort_records(records)


def extract_document(document: Document, *, nlp: Language | None = None) -> list[AnyRecord]:
    """Records of a Document read by :func:`hrextract.reading.read_document`."""
    return extract(document.text, year=document.year, country=document.country, doc_id=document.doc_id, nlp=nlp)


def extract_files(paths: Iterable[str | Path], *, year: int | None = None, country: str | None = None,
                  nlp: Language | None = None) -> Iterator[AnyRecord]:
    """Records of every report file under ``paths`` (files, folders, globs), file by file.

    Raises :class:`InputError` for a file that cannot be read; the CLI isolates
    such failures per file.
    """
    for path in iter_input_paths(paths):
        document = read_document(path, year=year, country=country)
        yield from extract_document(document, nlp=nlp)


__all__ = ["extract", "extract_document", "extract_files", "chunks", "docs_for_text", "InputError"]
