"""The public Python API: text or files in, validated records out."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

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


#: Lone UTF-16 surrogates: a Python ``str`` may hold them (never text decoded
#: from a file), but spaCy cannot hash them and UTF-8 cannot encode them.
_SURROGATE = re.compile("[\ud800-\udfff]")


#: ... and at most about this many tokens: spaCy's memory grows with the tokens of a Doc
#: (about 15 kB each), and text of punctuation has a token per character (one chunk of
#: 100,000 parentheses peaked at 1.7 GB). Prose has about 20,000 in CHUNK_CHARS.
CHUNK_TOKENS = 30_000
_TOKEN_ESTIMATE = re.compile(r"\w+|[^\w\s]")


def _token_limit(text: str, start: int, end: int) -> int:
    """Where ``text[start:end]`` passes CHUNK_TOKENS estimated tokens (before that token), else ``end``."""
    for count, match in enumerate(_TOKEN_ESTIMATE.finditer(text, start, end)):
        if count == CHUNK_TOKENS:
            return match.start()
    return end


def chunks(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """(offset, chunk) pieces of ``text``, cut at paragraph breaks (else line, else sentence, else
    word, else between tokens, else hard) below ``size`` characters and CHUNK_TOKENS tokens.

    Lone surrogates are replaced by U+FFFD, one character for one, so offsets are unchanged.
    """
    text = _SURROGATE.sub("\ufffd", text)
    if len(text) <= size and _token_limit(text, 0, len(text)) == len(text):
        return [(0, text)]
    out: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = _token_limit(text, start, min(start + size, len(text)))
        if end < len(text):
            window = text[start:end]
            cut = -1
            for pattern in (r"\n[ \t\r]*\n", r"\n", r"(?<=[.!?])\s", r"\s"):
                found = [m.end() for m in re.finditer(pattern, window)]
                found = [f for f in found if f > len(window) // 4]
                if found:
                    cut = found[-1]
                    break
            if cut > 0:
                end = start + cut
        out.append((start, text[start:end]))
        start = end
    return out


#: Whitespace-free runs longer than this are tokenized in pieces of this size: spaCy's
#: tokenizer is quadratic in the length of a run that ends in punctuation (24,000
#: characters of ".,;:!?()[]{}" took 83 s); no word of prose comes near this length.
MAX_RUN_CHARS = 200
_LONG_RUN = re.compile(rf"(?<!\S)\S{{{MAX_RUN_CHARS + 1},}}")


def make_doc(nlp: Language, text: str) -> Doc:
    """``nlp.make_doc(text)``, but over-long whitespace-free runs are tokenized in pieces.

    The Doc's text is exactly ``text`` (the pieces are joined with no added
    whitespace), so offsets are unaffected; only a run longer than
    ``MAX_RUN_CHARS`` -- never prose -- may be cut between tokens where the
    tokenizer would not have cut.
    """
    if not _LONG_RUN.search(text):
        return nlp.make_doc(text)
    parts: list[str] = []
    position = 0
    for match in _LONG_RUN.finditer(text):
        parts.append(text[position:match.start()])
        run = match.group()
        parts.extend(run[i:i + MAX_RUN_CHARS] for i in range(0, len(run), MAX_RUN_CHARS))
        position = match.end()
    parts.append(text[position:])
    return Doc.from_docs([nlp.make_doc(part) for part in parts if part], ensure_whitespace=False)


def docs_for_text(text: str, nlp: Language | None = None, *,
                  chunk_chars: int = CHUNK_CHARS) -> Iterator[tuple[int, Doc]]:
    """(offset, Doc) for each chunk of ``text`` run through the pipeline.

    Chunks go through ``nlp.pipe`` one at a time (``batch_size=1``): a batch
    holds every Doc of the batch with its parse, so spaCy's default batch of
    1000 would keep a whole 1.5 MB report's parse in memory at once (measured:
    1.3 GB peak for 460 kB of text, against 0.5 GB one chunk at a time, and
    no slower).
    """
    nlp = nlp or load()
    pieces = chunks(text, chunk_chars)
    for (offset, _), doc in zip(pieces, nlp.pipe((make_doc(nlp, piece) for _, piece in pieces), batch_size=1)):
        yield offset, doc


def extract(text: str, *, year: int | None = None, country: str | None = None, doc_id: str = "text",
            nlp: Language | None = None, chunk_chars: int = CHUNK_CHARS) -> list[AnyRecord]:
    """Records of one report text.

    ``year`` is the year the report covers (dates without a year take it);
    ``country`` the country it is about, as a name or ISO code (it resolves
    ambiguous currency words and fills each record's ``country``). Texts
    longer than ``chunk_chars`` are processed in paragraph chunks (see
    :func:`chunks`); document-level resolution (names, references, retold
    events) then works within each chunk.
    """
    iso3 = country_iso3(country) if country else None
    records: list[AnyRecord] = []
    for offset, doc in docs_for_text(text, nlp, chunk_chars=chunk_chars):
        records.extend(records_from_doc(doc, doc_id=doc_id, year=year, country=iso3, offset=offset))
    return sort_records(records)


#: Characters of text per ``nlp.pipe`` batch in :func:`extract_many`: short
#: reports are parsed together, a long one's 100,000-character chunks alone.
BATCH_CHARS = 50_000


def _meta(item: Document | tuple[str, Mapping[str, Any]], index: int) -> tuple[str, str, int | None, str | None]:
    """(text, doc_id, year, ISO3 country) of one ``extract_many`` item."""
    if isinstance(item, Document):
        text, doc_id, year, country = item.text, item.doc_id, item.year, item.country
    else:
        text, meta = item
        doc_id = str(meta.get("doc_id", f"text{index}"))
        year, country = meta.get("year"), meta.get("country")
    return text, doc_id, year, (country_iso3(country) if country else None)


def extract_many(items: Iterable[Document | tuple[str, Mapping[str, Any]]], *, nlp: Language | None = None,
                 batch_chars: int = BATCH_CHARS, chunk_chars: int = CHUNK_CHARS) -> Iterator[list[AnyRecord]]:
    """Records of many reports, one sorted list per item, in input order, streaming.

    Each item is a :class:`Document` or a ``(text, meta)`` pair whose meta
    may give ``doc_id`` (default ``"text<i>"``), ``year`` and ``country`` as
    for :func:`extract`. The chunks of all items go through one ``nlp.pipe``
    stream in batches of about ``batch_chars`` characters, so many short
    reports share the cost of each batch; the results equal calling
    :func:`extract` on each item.
    """
    nlp = nlp or load()
    metas: dict[int, tuple[str, int | None, str | None]] = {}
    remaining: dict[int, int] = {}
    collected: dict[int, list[AnyRecord]] = {}
    next_out = 0

    def pieces() -> Iterator[tuple[int, int, str]]:
        for index, item in enumerate(items):
            text, doc_id, year, country = _meta(item, index)
            parts = chunks(text, chunk_chars)
            metas[index] = (doc_id, year, country)
            remaining[index] = len(parts)
            collected[index] = []
            for offset, piece in parts:
                yield index, offset, piece

    for batch in _batches(pieces(), batch_chars):
        docs = nlp.pipe([make_doc(nlp, piece) for _, _, piece in batch], batch_size=len(batch))
        for (index, offset, _), doc in zip(batch, docs):
            doc_id, year, country = metas[index]
            collected[index].extend(records_from_doc(doc, doc_id=doc_id, year=year, country=country, offset=offset))
            remaining[index] -= 1
        while next_out in remaining and remaining[next_out] == 0:
            yield sort_records(collected.pop(next_out))
            del remaining[next_out], metas[next_out]
            next_out += 1


def _batches(pieces: Iterator[tuple[int, int, str]], batch_chars: int) -> Iterator[list[tuple[int, int, str]]]:
    """Consecutive pieces grouped up to ``batch_chars`` characters (a longer piece alone)."""
    batch: list[tuple[int, int, str]] = []
    size = 0
    for piece in pieces:
        if batch and size + len(piece[2]) > batch_chars:
            yield batch
            batch, size = [], 0
        batch.append(piece)
        size += len(piece[2])
    if batch:
        yield batch


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


__all__ = ["extract", "extract_document", "extract_files", "extract_many", "chunks", "docs_for_text", "InputError"]
