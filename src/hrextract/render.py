"""See what was extracted: the report with each record's evidence highlighted.

``render(doc_or_text)`` runs the pipeline (unless given a processed Doc),
and draws the text with displaCy: for every record, the spans it rests on --
its trigger word, its subject, its date phrase and its type's own values
(duration and court of a sentence, amount of a fine, place and authority of a
detention, the body of a finding) -- are marked and labelled
``"#<n> <TYPE> <role>"``, where ``n`` is the record's row in the table of
records drawn beside the text. Records of one type share a colour.

The result is a :class:`Rendering`: Jupyter shows it inline (it has
``_repr_html_``), ``Rendering.page()`` is a standalone HTML page (what
``hrextract show FILE -o page.html`` writes) and ``Rendering.records`` the
records themselves, the same as :func:`hrextract.extract` gives.

Where the spans come from: the event frames in ``doc._.hrx_events`` carry the
character offsets of the trigger, the subjects, the date phrase and a
finding's body; values the frames hold only as text (court, duration, amount,
location, authority) are looked up in the record's evidence sentence. Each
record is linked to the frame it was built from by building records frame by
frame with :func:`hrextract.build.records_from_doc`.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from spacy import displacy
from spacy.language import Language
from spacy.tokens import Doc

from hrextract.build import _subject as _frame_subject
from hrextract.build import records_from_doc
from hrextract.normalize.country import country_iso3
from hrextract.reading import Document, read_document
from hrextract.records import AnyRecord, BaseRecord, Subject, record_label
from hrextract.writers import sort_records

__all__ = ["TYPE_COLORS", "Highlight", "Rendering", "render", "records_table"]

#: Colour of each record type's highlights and table rows.
TYPE_COLORS: dict[str, str] = {
    "detention": "#f4a261",
    "sentence": "#e76f51",
    "fine": "#2a9d8f",
    "treaty_body_finding": "#8ecae6",
}

_TYPE_TAG = {"detention": "DETENTION", "sentence": "SENTENCE", "fine": "FINE",
             "treaty_body_finding": "FINDING"}

Style = Literal["span", "ent"]


@dataclass(frozen=True)
class Highlight:
    """One marked span: character offsets into the whole text, the record's row and its role."""

    start: int
    end: int
    row: int
    record_type: str
    role: str

    @property
    def label(self) -> str:
        """The label displaCy draws: ``"#3 SENTENCE subject"``."""
        return f"#{self.row} {_TYPE_TAG[self.record_type]} {self.role}"


@dataclass
class Rendering:
    """A rendered report: inline HTML for Jupyter, a full page for a browser, and its records."""

    html: str
    records: list[AnyRecord]
    highlights: list[Highlight] = field(default_factory=list)
    title: str = "hrextract"

    def _repr_html_(self) -> str:
        return self.html

    def __repr__(self) -> str:
        counts: dict[str, int] = {}
        for record in self.records:
            counts[record.record_type] = counts.get(record.record_type, 0) + 1
        detail = ", ".join(f"{n} {kind}" for kind, n in counts.items()) or "no records"
        return f"<Rendering {self.title!r}: {detail}; {len(self.highlights)} highlights>"

    def page(self) -> str:
        """A complete, self-contained HTML page (UTF-8) of the rendering."""
        return (
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{html.escape(self.title)}</title>\n"
            "<style>body{font-family:-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;"
            "margin:1.5em;color:#222}</style>\n</head>\n<body>\n"
            f"<h1 style=\"font-size:1.3em\">{html.escape(self.title)}</h1>\n{self.html}\n</body>\n</html>\n"
        )

    def save(self, path: str | Path) -> Path:
        """Write :meth:`page` to ``path`` (parent folders created); returns the path."""
        target = Path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(self.page(), encoding="utf-8")
        return target

    def __str__(self) -> str:
        return self.html


# --------------------------------------------------------------------------- spans of a record


def _valid(start: Any, end: Any, length: int) -> bool:
    return isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= length


def _find_in(text: str, needle: str | None, lo: int, hi: int) -> tuple[int, int] | None:
    """Offsets of ``needle`` in ``text[lo:hi]`` (exact, else case-insensitive), or None."""
    if not needle or not needle.strip():
        return None
    needle = needle.strip()
    at = text.find(needle, lo, hi)
    if at < 0:
        at = text[lo:hi].lower().find(needle.lower())
        at = at + lo if at >= 0 else -1
    return (at, at + len(needle)) if at >= 0 else None


def _matches_subject(mention: dict[str, Any], subject: Subject) -> bool:
    try:
        return _frame_subject(mention) == subject.model_dump()
    except (KeyError, TypeError, AttributeError):
        return False


def _record_spans(doc: Doc, event: dict[str, Any], record: AnyRecord) -> list[tuple[int, int, str]]:
    """(start, end, role) within ``doc.text`` of what ``record`` (built from ``event``) rests on."""
    text = doc.text
    n = len(text)
    spans: list[tuple[int, int, str]] = []
    trigger = event.get("trigger") or []
    if len(trigger) == 2 and _valid(trigger[0], trigger[1], n):
        spans.append((trigger[0], trigger[1], "trigger"))

    ev = event.get("evidence") or {}
    lo, hi = ev.get("start", 0), ev.get("end", n)

    subjects: list[Subject] = []
    if isinstance(getattr(record, "subject", None), Subject):
        subjects = [record.subject]  # type: ignore[union-attr]
    else:
        subjects = list(getattr(record, "subjects", []))
    mentions = event.get("subjects") or []
    for subject in subjects:
        matched = [m for m in mentions if _matches_subject(m, subject)]
        for mention in matched[:1]:
            if _valid(mention.get("start"), mention.get("end"), n):
                spans.append((mention["start"], mention["end"], "subject"))

    date_text, date_start = event.get("date_text"), event.get("date_start")
    if date_text and isinstance(date_start, int):
        found = _find_in(text, date_text, date_start, min(n, date_start + len(date_text) + 24))
        if found:
            spans.append((*found, "date"))

    values: list[tuple[str | None, str]] = []
    if record.record_type == "sentence":
        values = [(getattr(record, "duration_text", None), "duration"), (getattr(record, "court", None), "court")]
    elif record.record_type == "fine":
        money = event.get("money") or []
        values = [(getattr(record, "amount_text", None) or (money[0] if money else None), "amount")]
    elif record.record_type == "detention":
        values = [(getattr(record, "location", None), "location"), (getattr(record, "authority", None), "authority")]
    elif record.record_type == "treaty_body_finding":
        for body in event.get("bodies") or []:
            if body.get("text") == getattr(record, "body_text", None) and _valid(body.get("start"), body.get("end"), n):
                spans.append((body["start"], body["end"], "body"))
                break
        else:
            values = [(getattr(record, "body_text", None), "body")]
    for value, role in values:
        found = _find_in(text, value, lo, hi)
        if found:
            spans.append((*found, role))
    return spans


def _records_with_spans(
    docs: Iterable[tuple[int, Doc]], *, doc_id: str, year: int | None, country: str | None
) -> list[tuple[AnyRecord, list[tuple[int, int, str]]]]:
    """Every record of the docs with its spans (offsets into the whole text), in output order.

    Records are built one event frame at a time so each is tied to its frame;
    the doc's ``hrx_events`` is restored afterwards.
    """
    out: list[tuple[AnyRecord, list[tuple[int, int, str]]]] = []
    for offset, doc in docs:
        events = doc._.hrx_events
        if events is None:
            raise ValueError("the Doc has no hrextract events: process it with hrextract.load() first")
        try:
            for event in list(events):
                doc._.hrx_events = [event]
                for record in records_from_doc(doc, doc_id=doc_id, year=year, country=country, offset=offset):
                    spans = [(s + offset, e + offset, role) for s, e, role in _record_spans(doc, event, record)]
                    out.append((record, spans))
        finally:
            doc._.hrx_events = events
    order = {id(r): i for i, r in enumerate(sort_records([r for r, _ in out]))}
    out.sort(key=lambda pair: order[id(pair[0])])
    return out


# --------------------------------------------------------------------------- displaCy markup

_PARAGRAPH = re.compile(r"\n[ \t\r]*\n")


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank paragraph (blocks separated by blank lines)."""
    out: list[tuple[int, int]] = []
    start = 0
    for match in _PARAGRAPH.finditer(text):
        if text[start : match.start()].strip():
            out.append((start, match.start()))
        start = match.end()
    if text[start:].strip():
        out.append((start, len(text)))
    return out


def _tokens(text: str, lo: int, hi: int, cuts: set[int]) -> list[tuple[int, int]]:
    """Whitespace-separated tokens of ``text[lo:hi]``, also split at every offset in ``cuts``."""
    out: list[tuple[int, int]] = []
    for match in re.finditer(r"\S+", text[lo:hi]):
        start, end = match.start() + lo, match.end() + lo
        inner = sorted(c for c in cuts if start < c < end)
        for cut in inner:
            out.append((start, cut))
            start = cut
        out.append((start, end))
    return out


def _span_markup(text: str, paragraph: tuple[int, int], marks: list[Highlight]) -> dict[str, Any]:
    """The displaCy "span" manual dict of one paragraph."""
    lo, hi = paragraph
    cuts = {m.start for m in marks} | {m.end for m in marks}
    tokens = _tokens(text, lo, hi, cuts)
    spans = []
    for mark in marks:
        covered = [i for i, (s, e) in enumerate(tokens) if s < mark.end and e > mark.start]
        if covered:
            spans.append({"start_token": covered[0], "end_token": covered[-1] + 1, "label": mark.label})
    return {"text": text[lo:hi], "tokens": [text[s:e] for s, e in tokens], "spans": spans}


def _ent_markup(text: str, paragraph: tuple[int, int], marks: list[Highlight]) -> dict[str, Any]:
    """The displaCy "ent" manual dict of one paragraph: overlapping marks are dropped, earlier rows first."""
    lo, hi = paragraph
    kept: list[Highlight] = []
    for mark in sorted(marks, key=lambda m: (m.row, -(m.end - m.start))):
        if all(mark.end <= k.start or mark.start >= k.end for k in kept):
            kept.append(mark)
    ents = [{"start": m.start - lo, "end": m.end - lo, "label": m.label} for m in sorted(kept, key=lambda m: m.start)]
    return {"text": text[lo:hi], "ents": ents, "title": None}


def _text_markup(text: str, highlights: list[Highlight], *, style: Style, only_records: bool) -> str:
    """displaCy HTML of the text, one block per paragraph (all, or those with highlights)."""
    colors = {h.label: TYPE_COLORS[h.record_type] for h in highlights}
    blocks = []
    for paragraph in _paragraphs(text):
        marks = [h for h in highlights if h.start < paragraph[1] and h.end > paragraph[0]]
        marks = [Highlight(max(h.start, paragraph[0]), min(h.end, paragraph[1]), h.row, h.record_type, h.role)
                 for h in marks]
        if only_records and not marks:
            continue
        blocks.append(_span_markup(text, paragraph, marks) if style == "span" else _ent_markup(text, paragraph, marks))
    if not blocks:
        return "<p><em>(no text)</em></p>" if not text.strip() else "<p><em>(no records in this text)</em></p>"
    options: dict[str, Any] = {"colors": colors}
    if style == "ent":
        options["ents"] = sorted(colors)
    return displacy.render(blocks, style=style, manual=True, jupyter=False, options=options)


# --------------------------------------------------------------------------- the table


def _details(record: BaseRecord) -> str:
    """The type's own values in a few words."""
    data = record.model_dump()
    if record.record_type == "detention":
        parts = [data["detention_type"], data.get("location") and f"at {data['location']}",
                 data.get("authority") and f"by {data['authority']}"]
    elif record.record_type == "sentence":
        parts = [data["penalty"], data.get("duration"), data["decision"],
                 data.get("court") and f"({data['court']})",
                 data.get("charges") and "charges: " + "; ".join(data["charges"])]
    elif record.record_type == "fine":
        amount = data.get("amount")
        money = f"{amount:,.0f} {data.get('currency') or ''}".strip() if amount is not None else data.get("amount_text")
        equivalents = ", ".join(f"{e['amount']:,.0f} {e['currency']}" for e in data.get("equivalents", []))
        parts = [money, equivalents and f"(= {equivalents})", data.get("reason") and f"for {data['reason']}"]
    else:
        who = ", ".join(Subject(**s).label() for s in data.get("subjects", []))
        parts = [data["body"], data["finding_type"], who and f"re {who}",
                 data.get("rights") and "rights: " + "; ".join(data["rights"])]
    return " ".join(str(p) for p in parts if p)


def records_table(records: list[AnyRecord]) -> str:
    """An HTML table of records: row number, type, date, subject, details, evidence offsets."""
    head = ("#", "type", "date", "subject", "details", "evidence", "conf.")
    rows = []
    for row, record in enumerate(records, start=1):
        color = TYPE_COLORS[record.record_type]
        date = record.date or "—"
        if record.date_end:
            date += f" – {record.date_end}"
        cells = (
            f"#{row}",
            f"<span style=\"background:{color};padding:1px 4px;border-radius:3px\">"
            f"{_TYPE_TAG[record.record_type]}</span>",
            html.escape(date),
            html.escape(record_label(record)),
            html.escape(_details(record)),
            f"<span title=\"{html.escape(record.evidence.text)}\">{record.evidence.start}–{record.evidence.end}</span>",
            "" if record.confidence is None else f"{record.confidence:.2f}",
        )
        rows.append(f"<tr class=\"hrx-{record.record_type}\" style=\"border-left:4px solid {color}\">"
                    + "".join(f"<td style=\"padding:3px 6px;vertical-align:top\">{c}</td>" for c in cells) + "</tr>")
    header = "".join(f"<th style=\"text-align:left;padding:3px 6px;border-bottom:1px solid #999\">{h}</th>" for h in head)
    if not rows:
        rows.append(f"<tr><td colspan=\"{len(head)}\" style=\"padding:3px 6px\"><em>no records</em></td></tr>")
    return (f"<table class=\"hrx-records\" style=\"border-collapse:collapse;font-size:0.85em\">"
            f"<thead><tr>{header}</tr></thead><tbody>{''.join(rows)}</tbody></table>")


# --------------------------------------------------------------------------- entry point


def render(
    doc_or_text: str | Doc | Document | Path,
    *,
    year: int | None = None,
    country: str | None = None,
    doc_id: str | None = None,
    nlp: Language | None = None,
    style: Style = "span",
    only_records: bool = False,
    title: str | None = None,
) -> Rendering:
    """Render a report with the spans of its records highlighted, and a table of the records.

    ``doc_or_text`` is report text (a ``str``), a :class:`~hrextract.reading.Document`,
    a ``pathlib.Path`` to a report file (read with :func:`read_document`, so
    ``.pdf``, ``.html`` and ``.md`` work), or a Doc already processed by
    :func:`hrextract.load`. ``year``, ``country`` and ``doc_id`` mean what they
    mean for :func:`hrextract.extract` (a Document or file supplies its own).

    ``style="span"`` (the default) draws overlapping spans stacked;
    ``style="ent"`` draws classic entity boxes and drops overlapping marks.
    ``only_records=True`` shows only the paragraphs that hold a highlight,
    which keeps long reports short in a notebook.
    """
    from hrextract.api import docs_for_text

    if style not in ("span", "ent"):
        raise ValueError(f"style must be 'span' or 'ent', got {style!r}")
    if isinstance(doc_or_text, Path):
        doc_or_text = read_document(doc_or_text, year=year, country=country)
    if isinstance(doc_or_text, Document):
        document = doc_or_text
        text = document.text
        year = document.year if year is None else year
        country = document.country if country is None else country
        doc_id = doc_id or document.doc_id
        docs: list[tuple[int, Doc]] = list(docs_for_text(text, nlp))
    elif isinstance(doc_or_text, Doc):
        text = doc_or_text.text
        docs = [(0, doc_or_text)]
    elif isinstance(doc_or_text, str):
        text = doc_or_text
        docs = list(docs_for_text(text, nlp))
    else:
        raise TypeError(f"render() takes text, a Doc, a Document or a Path, not {type(doc_or_text).__name__}")
    doc_id = doc_id or "text"
    iso3 = country_iso3(country) if country else None

    linked = _records_with_spans(docs, doc_id=doc_id, year=year, country=iso3)
    records = [record for record, _ in linked]
    highlights = sorted(
        {Highlight(s, e, row, record.record_type, role)
         for row, (record, spans) in enumerate(linked, start=1) for s, e, role in spans},
        key=lambda h: (h.start, -h.end, h.row, h.role),
    )
    markup = _text_markup(text, highlights, style=style, only_records=only_records)
    body = (
        "<div class=\"hrx-render\" style=\"display:flex;flex-wrap:wrap;gap:1.5em;align-items:flex-start\">"
        f"<div class=\"hrx-text\" style=\"flex:3 1 32em;min-width:0\">{markup}</div>"
        "<div class=\"hrx-table\" style=\"flex:2 1 24em;min-width:0;overflow-x:auto\">"
        f"<p style=\"margin:0 0 .4em 0\"><strong>{len(records)} record{'s' if len(records) != 1 else ''}</strong>"
        f" in {html.escape(doc_id)}</p>{records_table(records)}</div></div>"
    )
    return Rendering(html=body, records=records, highlights=highlights, title=title or f"hrextract: {doc_id}")
