"""Event frames → validated records: where every value is normalized.

The spaCy components leave plain event frames on the Doc (text as written,
character offsets). This module applies the normalizers (dates against the
report's covered year, ISO 8601 durations, money and ISO 4217 currencies, body
codes) and builds the contract's pydantic records, one per subject and
penalty. A frame that cannot make a valid record is dropped, never written
half-valid.
"""

from __future__ import annotations

from typing import Any, Iterator

from pydantic import ValidationError
from spacy.tokens import Doc

from hrextract.normalize.bodies import body_code
from hrextract.normalize.dates import normalize_date
from hrextract.normalize.durations import is_duration_range, normalize_duration, normalize_durations
from hrextract.normalize.money import Money, choose_primary, parse_money_list
from hrextract.records import AnyRecord, parse_record

Event = dict[str, Any]


def records_from_doc(doc: Doc, *, doc_id: str, year: int | None, country: str | None,
                     offset: int = 0) -> list[AnyRecord]:
    """All records of a processed Doc, in document order.

    ``offset`` is where the Doc's text starts in the whole document (long
    reports are processed in paragraph chunks); evidence offsets include it.
    """
    out: list[AnyRecord] = []
    text = doc.text  # spaCy rebuilds it on every access: once per Doc
    for event in doc._.hrx_events or []:
        common = _common(text, event, doc_id=doc_id, year=year, country=country)  # once per event, not per record
        # a fine's currency is the one of the year it is dated in, else of the report's year
        money_year = int(common["date"][:4]) if common["date"] else year
        for payload in _payloads(doc, event, money_year=money_year, country=country):
            payload.update(common)
            payload["evidence"] = {**common["evidence"], "start": common["evidence"]["start"] + offset,
                                   "end": common["evidence"]["end"] + offset}
            try:
                out.append(parse_record(payload))
            except ValidationError:
                continue
    return out


def _common(text_of_doc: str, event: Event, *, doc_id: str, year: int | None, country: str | None) -> dict[str, Any]:
    start, end = event["evidence"]["start"], event["evidence"]["end"]
    date, date_end = None, None
    text = event.get("date_text")
    if text:
        value = normalize_date(text, year=year)
        if value is not None:
            date, date_end = value.date, value.date_end
        else:
            text = None
    return {
        "doc_id": doc_id,
        "country": country,
        "date": date,
        "date_end": date_end,
        "date_text": text,
        "evidence": {"text": text_of_doc[start:end], "start": start, "end": end},
        "confidence": round(float(event.get("confidence", 0.8)), 2),
    }


def _subject(mention: dict[str, Any]) -> dict[str, Any]:
    kind = mention.get("kind") or "person"
    if kind not in {"person", "organization", "group"}:
        kind = "person"
    name = mention.get("name") or None
    count = mention.get("count") if not name else None
    if kind == "group" and count == 1:
        kind = "person"
    return {"name": name, "kind": kind, "count": count,
            "description": None if name else (mention.get("description") or None)}


def _payloads(doc: Doc, event: Event, *, money_year: int | None, country: str | None) -> Iterator[dict[str, Any]]:
    kind = event["record_type"]
    if kind == "detention":
        for mention in event["subjects"]:
            yield {"record_type": "detention", "subject": _subject(mention),
                   "detention_type": event["detention_type"], "location": event.get("location"),
                   "authority": event.get("authority")}
    elif kind == "sentence":
        yield from _sentence_payloads(event)
        if event.get("fine_money"):
            # "sentenced to 2 months in prison and 10,000 dinars": the amount is a fine never called one
            yield from _fine_payloads({"subjects": event["subjects"], "money": event["fine_money"], "money_range": False,
                                       "amount_text": None, "reason": None,
                                       "respectively": event.get("respectively")},
                                      country=country, year=money_year)
    elif kind == "fine":
        yield from _fine_payloads(event, country=country, year=money_year)
    else:
        yield from _finding_payloads(event)


def _sentence_payloads(event: Event) -> Iterator[dict[str, Any]]:
    subjects = event["subjects"]
    for penalty in event["penalties"]:
        texts = penalty["durations"]
        per_subject: list[str | None] = [None] * len(subjects)
        shared_text = texts[0] if texts else None
        shared = None
        if shared_text and penalty.get("unit"):
            shared = normalize_duration(f"{shared_text} {penalty['unit']}")  # "(reduced to 28)" after "42 years"
        elif shared_text and not is_duration_range(shared_text) and not penalty.get("range"):
            values = normalize_durations(shared_text)
            if len(values) == len(subjects) > 1 and event.get("respectively"):
                per_subject = list(values)
            else:
                shared = normalize_duration(shared_text)
        if penalty["penalty"] in {"death", "life_imprisonment"}:
            shared, per_subject, shared_text = None, [None] * len(subjects), None
        for i, mention in enumerate(subjects):
            if "only" in penalty and i not in penalty["only"]:
                continue  # gapped coordination: this penalty is another subject's
            yield {"record_type": "sentence", "subject": _subject(mention), "penalty": penalty["penalty"],
                   "duration": per_subject[i] or shared, "duration_text": shared_text,
                   "decision": event.get("decision", "imposed"), "court": event.get("court"),
                   "charges": event.get("charges", [])}


def _fine_payloads(event: Event, *, country: str | None, year: int | None = None) -> Iterator[dict[str, Any]]:
    subjects = event["subjects"]
    amounts = _amount_groups(event["money"], country=country, year=year)
    per_subject = event.get("respectively") and len(amounts) == len(subjects) > 1
    for i, mention in enumerate(subjects):
        payload: dict[str, Any] = {"record_type": "fine", "subject": _subject(mention), "amount": None,
                                   "currency": None, "amount_text": None, "equivalents": [],
                                   "reason": event.get("reason")}
        if event.get("money_range"):
            currencies = {m.currency for group in amounts for m in group if m.currency}
            primary = [choose_primary(g, country=country, year=year)[0] for g in amounts if g]
            codes = {m.currency for m in primary if m.currency}
            payload["currency"] = codes.pop() if len(codes) == 1 else (currencies.pop() if len(currencies) == 1 else None)
            payload["amount_text"] = event.get("amount_text")
        elif amounts:
            group = amounts[i] if per_subject else amounts[0]
            primary, equivalents = choose_primary(group, country=country, year=year)
            payload["amount"] = primary.amount
            payload["currency"] = primary.currency
            payload["amount_text"] = primary.text
            payload["equivalents"] = [{"amount": m.amount, "currency": m.currency} for m in equivalents
                                      if m.amount is not None and m.currency]
        yield payload


def _amount_groups(texts: list[str], *, country: str | None, year: int | None = None) -> list[list[Money]]:
    """Amount phrases → one group per stated amount with its parenthesized conversions.

    "1,300,000 tenge", "3,000,000 tenge", "EUR4,000", "8,300" (the last two inside
    parentheses) become [[1.3M KZT, EUR 4000], [3M KZT, EUR 8300]].
    """
    parsed: list[Money] = []
    for text in texts:
        parsed.extend(parse_money_list(text, country=country, year=year))
    parsed = [m for m in parsed if m.amount is not None]
    if not parsed:
        return []
    # Split into the first currency's amounts and the rest (the conversions), zipped in order.
    firsts = [m for m in parsed if m.currency == parsed[0].currency]
    others = [m for m in parsed if m.currency != parsed[0].currency]
    if others and len(firsts) == len(others):
        return [[a, b] for a, b in zip(firsts, others)]
    if not others:
        return [[m] for m in firsts]
    return [parsed]


def _finding_payloads(event: Event) -> Iterator[dict[str, Any]]:
    seen: set[str] = set()
    for body in event["bodies"]:
        code = body.get("code") or body_code(body["text"]) or "OTHER"
        key = body["text"].lower() if code == "OTHER" else code
        if key in seen:
            continue  # "five UN special procedures mandate holders, including the special rapporteur on torture": one SR
        seen.add(key)
        yield {"record_type": "treaty_body_finding", "body": code, "body_text": body["text"],
               "finding_type": event["finding_type"],
               "subjects": [_subject(m) for m in event["subjects"]], "rights": event.get("rights", [])}
