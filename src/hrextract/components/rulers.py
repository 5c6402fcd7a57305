"""The domain entity ruler: triggers, bodies, courts, penalties and money.

A spaCy ``SpanRuler`` writing into ``doc.spans["hrx"]`` (spans may overlap, the
relation component chooses). Its patterns come from the package's JSONL files
plus phrase patterns generated from two lexicons (treaty bodies, currencies);
``to_disk``/``from_disk`` are SpanRuler's own, so a saved pipeline carries its
patterns with it.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.pipeline import SpanRuler

from hrextract.normalize.bodies import body_names
from hrextract.normalize.money import currency_terms, written_codes
from hrextract.resources import load_patterns, pattern_files

SPANS_KEY = "hrx"


def package_patterns(nlp: Language) -> list[dict[str, Any]]:
    """All patterns shipped with the package: JSONL rules and lexicon phrases."""
    patterns: list[dict[str, Any]] = []
    for name in pattern_files():
        patterns.extend(load_patterns(name))
    for surface, code in body_names():
        patterns.append({"label": "BODY", "id": code, "pattern": surface})
    patterns.extend(_money_patterns())
    return patterns


def _money_patterns() -> list[dict[str, Any]]:
    """Number + currency word, currency symbol/code + number, in both orders."""
    words, symbols = [], []
    for term in currency_terms():
        (symbols if not term.replace(" ", "").isalpha() or term.isupper() else words).append(term)
    number = {"LIKE_NUM": True}
    scale = {"LOWER": {"IN": ["million", "billion", "thousand", "hundred"]}, "OP": "?"}
    out: list[dict[str, Any]] = []
    multi = [w for w in words if " " in w]
    single = [w for w in words if " " not in w]
    if single:
        out.append({"label": "MONEY", "id": "money", "pattern": [number, scale, {"LOWER": {"IN": single}}]})
    # One pattern per phrase length, with the words allowed at each position, instead of one
    # pattern per currency phrase: hundreds of country-named currencies ("Guinea francs") would
    # otherwise dominate the ruler's time. A mixed phrase it might admit is not a currency, and
    # parse_money then finds no amount in it.
    by_length: dict[int, list[set[str]]] = {}
    for phrase in multi:
        parts = phrase.split()
        slots = by_length.setdefault(len(parts), [set() for _ in parts])
        for slot, part in zip(slots, parts):
            slot.add(part)
    for length in sorted(by_length):
        out.append({"label": "MONEY", "id": "money",
                    "pattern": [number, scale] + [{"LOWER": {"IN": sorted(slot)}} for slot in by_length[length]]})
    # "GNF 5 million", "EUR4,000": a currency code before its amount, only codes that are currencies
    # (not "channel RTL2")
    codes = sorted(written_codes())
    out.append({"label": "MONEY", "id": "code", "pattern": [{"TEXT": {"IN": codes}}, number, scale]})
    out.append({"label": "MONEY", "id": "code", "pattern": [
        {"TEXT": {"REGEX": "^(%s)\\d[\\d,.]*$" % "|".join(codes)}}, scale]})
    for sym in symbols:
        # "$185", "US$ 1,000", "EUR4,000": the tokenizer splits a symbol from digits,
        # but keeps letter codes glued ("EUR4,000"): match both shapes.
        out.append({"label": "MONEY", "id": "money", "pattern": [{"LOWER": sym}, number, scale]})
        if sym.endswith(".") and sym[:-1].isalpha():
            # "Rs. 50,000": the tokenizer may split the abbreviation's full stop off
            out.append({"label": "MONEY", "id": "money", "pattern": [{"LOWER": sym[:-1]}, {"ORTH": "."}, number, scale]})
    return out


@Language.factory(
    "hrextract_span_ruler",
    default_config={"spans_key": SPANS_KEY, "validate": False},
    assigns=["doc.spans"],
)
def make_span_ruler(nlp: Language, name: str, spans_key: str, validate: bool) -> SpanRuler:
    """A SpanRuler pre-loaded with hrextract's patterns (replaced on ``from_disk``)."""
    ruler = SpanRuler(nlp, name, spans_key=spans_key, overwrite=True, validate=validate,
                      phrase_matcher_attr="LOWER")
    # Phrase patterns only need the tokenizer; while spacy.load builds a saved pipeline the
    # other pipes have no weights yet, so they must not run here.
    with nlp.select_pipes(disable=nlp.pipe_names):
        ruler.add_patterns(package_patterns(nlp))
    return ruler
