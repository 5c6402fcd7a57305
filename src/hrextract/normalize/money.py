"""Parse money amounts and resolve currency words to ISO 4217 codes.

Reports write "1,300,000 tenge", "$185", "EUR4,000", "4.4 million meticais",
"40,000 CFA ($80)". The surface terms (words, plurals, symbols) live in
``lexicons/currencies.csv`` with three columns:

- ``term``: the lowercase surface form;
- ``stem``: ``|``-separated name stems matched (as whole words, accents
  folded) against the English names of the document country's current
  currencies ("dinar" in Libya -> "Libyan Dinar" -> LYD); empty when the
  term means one currency whatever the country ("$" -> USD, "euros" -> EUR);
- ``default``: the code used when the country does not decide, or empty when
  the term is ambiguous on its own ("CFA francs": XOF or XAF).

Besides the CSV, every current currency's English name and plural from babel
("Liberian dollars", "West African CFA francs") is a term for that currency,
and a three-letter ISO code written in capitals ("EUR", "KZT") is accepted.
Amounts are never converted; ``choose_primary`` only orders what the text says.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from importlib.resources import files
from typing import NamedTuple

from hrextract.normalize.numbers import number_regex, parse_number

__all__ = [
    "Money",
    "choose_primary",
    "currency_terms",
    "parse_money",
    "parse_money_list",
    "resolve_currency",
]

#: Longest input considered by the parsers.
MAX_INPUT_CHARS = 2000
#: The X-codes that are money people pay; the others are metals and accounting units.
_X_CURRENCIES = frozenset({"XAF", "XOF", "XCD", "XPF", "XCG"})


class Money(NamedTuple):
    """An amount as stated: value, ISO 4217 code (None when unresolved) and the text."""

    amount: int | float | None
    currency: str | None
    text: str


class _Term(NamedTuple):
    """One lexicon row: how a surface term resolves."""

    stems: tuple[str, ...]
    default: str | None


def _fold(text: str) -> str:
    """Casefold, strip accents and collapse spaces, for lexicon keys and name stems."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", bare.replace("\u00a0", " ")).strip().casefold()


@cache
def _iso_codes() -> frozenset[str]:
    """Current ISO 4217 codes (pycountry)."""
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.currencies)


@cache
def written_codes() -> frozenset[str]:
    """Codes accepted as written: the current ones and the withdrawn ones CLDR lists ("SDD 732 thousand" in
    a 2005 report on Sudan), metals and accounting units aside."""
    from babel.numbers import list_currencies

    return _iso_codes() | frozenset(c for c in list_currencies() if len(c) == 3 and c.isupper()
                                    and not (c.startswith("X") and c not in _X_CURRENCIES))


@cache
def _lexicon() -> dict[str, _Term]:
    """Surface term (folded) -> resolution; CSV rows override babel's names."""
    from babel.numbers import get_currency_name

    terms: dict[str, _Term] = {}
    for code in sorted(_iso_codes()):
        if code.startswith("X") and code not in _X_CURRENCIES:
            continue  # gold, silver, fund and accounting units: never fines
        for count in (1, 2):
            name = _fold(get_currency_name(code, count=count, locale="en"))
            if name and name != code.casefold() and "(" not in name:
                for variant in _spelling_variants(name):
                    terms.setdefault(variant, _Term((), code))
    for term, code in _country_unit_terms():
        terms.setdefault(term, _Term((), code))
    path = files("hrextract") / "lexicons" / "currencies.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            default = row["default"].strip() or None
            if default is not None and default not in _iso_codes():
                default = None
            stems = tuple(_fold(s) for s in row["stem"].split("|") if s.strip())
            terms[_fold(row["term"])] = _Term(stems, default)
    return terms


@cache
def _spelling_pairs() -> tuple[tuple[str, str], ...]:
    """Alternative spellings of unit words, from ``lexicons/currency_spellings.json``."""
    import json

    path = files("hrextract") / "lexicons" / "currency_spellings.json"
    return tuple((a, b) for a, b in json.loads(path.read_text(encoding="utf-8"))["pairs"])


def _spelling_variants(name: str) -> list[str]:
    """``name`` and its other spellings ("yemeni rials" -> also "yemeni riyals")."""
    out = [name]
    for a, b in _spelling_pairs():
        for x, y in ((a, b), (b, a)):
            if re.search(rf"\b{x}", name) and not re.search(rf"\b{y}", name):
                out.append(re.sub(rf"\b{x}", y, name))
    return out


def _country_unit_terms() -> list[tuple[str, str]]:
    """"Guinea francs", "Uganda shillings": a country's name before its currency's unit word,
    as reports often write it, mapped to that country's current currency (babel)."""
    import pycountry
    from babel.numbers import get_currency_name, get_territory_currencies

    out: list[tuple[str, str]] = []
    for country in pycountry.countries:
        name = getattr(country, "common_name", None) or country.name
        if "," in name or "(" in name:
            continue
        try:
            codes = get_territory_currencies(country.alpha_2)
        except Exception:  # babel knows no currency for some territories
            continue
        for code in codes[:1]:
            for count in (1, 2):
                unit = get_currency_name(code, count=count, locale="en").split()[-1]
                out.append((_fold(f"{name} {unit}"), code))
    return out


def currency_terms() -> list[str]:
    """Every surface term (lowercase words, plurals and symbols), longest first.

    For phrase patterns elsewhere. ISO codes are not listed: match
    ``[A-Z]{3}`` case-sensitively and check with ``resolve_currency``.
    """
    return sorted(_lexicon(), key=lambda t: (-len(t), t))


@cache
def _country_currencies(country: str, year: int | None = None) -> tuple[str, ...]:
    """Currencies of an ISO alpha-3 country (babel), () when unknown.

    With ``year``, those in use on 1 July of that year, newest first: a report
    on Sierra Leone in 2007 means the leone of before the 2022 redenomination
    (SLL), one on Mozambique in 2000 the old metical (MZM). Without it, or
    when babel has no record for that year, the current ones.
    """
    import datetime

    import pycountry
    from babel.numbers import get_territory_currencies

    record = pycountry.countries.get(alpha_3=country.upper())
    if record is None:
        return ()
    if year is not None:
        try:
            day = datetime.date(year, 7, 1)
            found = get_territory_currencies(record.alpha_2, start_date=day, end_date=day, include_details=True)
        except Exception:  # babel knows no such territory, or no such year: the current ones
            found = []
        if found:
            newest = sorted(found, key=lambda c: c.get("from") or datetime.date.min, reverse=True)
            return tuple(c["currency"] for c in newest)
    try:
        return tuple(get_territory_currencies(record.alpha_2))
    except Exception:  # babel knows no such territory
        return ()


def _unit(code: str) -> str:
    """Last word of a currency's name without its years: "Sierra Leonean Leone (1964—2022)" -> "leone"."""
    words = _currency_name(code).split("(")[0].split()
    return words[-1] if words else ""


def _of_year(code: str | None, country: str | None, year: int | None) -> str | None:
    """The code the country used in ``year`` for the unit ``code`` names, when it has changed since.

    "leones" in a 2007 report on Sierra Leone: SLE (today's) -> SLL; a code that was
    never the country's, or a year with the same currency, is left as it is.
    """
    if code is None or country is None or year is None:
        return code
    current, then = _country_currencies(country), _country_currencies(country, year)
    if code not in current or code in then:
        return code
    return next((old for old in then if _unit(old) == _unit(code)), code)


@cache
def _currency_name(code: str) -> str:
    """Folded English name of a currency code."""
    from babel.numbers import get_currency_name

    return _fold(get_currency_name(code, locale="en"))


def _by_country(stems: tuple[str, ...], country: str | None, year: int | None = None) -> str | None:
    """The country's own currency (in ``year`` when given) whose name holds one of the stems."""
    if not stems or not country:
        return None
    for code in _country_currencies(country, year):
        name = _currency_name(code)
        if any(re.search(rf"(?<!\w){re.escape(stem)}(?!\w)", name) for stem in stems):
            return code
    return None


def resolve_currency(term: str, *, country: str | None, year: int | None = None) -> str | None:
    """ISO 4217 code of a currency term as written, in a document about ``country``.

    ``country`` is ISO alpha-3 or None. "dinars" in LBY -> LYD, "CFA francs"
    in MLI -> XOF and in CAF -> XAF, "manat" in TKM -> TMT, "rubles" in BLR
    -> BYN, "maloti" in LSO -> LSL, "$" -> USD anywhere, "Liberian dollars"
    -> LRD; a capitalised ISO code ("EUR") passes through. None when the
    term is unknown, or ambiguous and the country does not decide. ``year``
    (of the payment, else of the report) picks the currency of that time:
    "leones" in SLE for 2007 -> SLL, "meticais" in MOZ for 2000 -> MZM.
    """
    if not isinstance(term, str):
        return None
    stripped = term.strip()
    if re.fullmatch(r"[A-Z]{3}", stripped) and stripped in written_codes():
        return stripped
    key = _fold(stripped)
    entry = _lexicon().get(key)
    if entry is None and key.endswith("s"):
        entry = _lexicon().get(key[:-1])
    if entry is None:
        return None
    return _of_year(_by_country(entry.stems, country, year) or entry.default, country, year)


@cache
def _money_re() -> re.Pattern[str]:
    """Amount candidates: symbol/code before the number, term after it, or a bare number."""
    terms = currency_terms()
    words = [t for t in terms if re.fullmatch(r"[a-z][a-z .']*[a-z]", t)]
    symbols = [t for t in terms if t not in words]
    word_alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    symbol_alt = "|".join(re.escape(s) for s in symbols)
    capitals = sorted({*written_codes(), *(t.upper() for t in words if len(t) <= 4 and " " not in t)}, key=len)
    # ISO codes and short currency words in capitals (CFA, CFAF, FCFA), case-sensitive: "ILI" is no code
    code = rf"(?-i:(?<![A-Za-z])(?:{'|'.join(reversed(capitals))})(?![A-Za-z]))"
    num = number_regex()
    digits_only = r"(?<![\d.,])\d[\d,.]*(?<![.,])"
    return re.compile(
        rf"(?P<pre>{symbol_alt}|{code})\s?(?P<pre_num>{num})"
        # an amount never starts inside another number or after a minus sign ("1e309", "-5", "0x10")
        rf"|(?<![\w.\-])(?P<post_num>{num})\s*(?P<post>(?:\b(?:{word_alt})\b)|{code}|{symbol_alt})"
        rf"|(?P<bare>{digits_only})",
        re.IGNORECASE,
    )


class _Candidate(NamedTuple):
    """An amount found in text; ``marker`` says where its currency was written."""

    amount: int | float | None
    currency: str | None
    marker: str  # "pre", "post" or "bare"
    start: int
    end: int


def _candidates(text: str, country: str | None, year: int | None = None) -> Iterator[_Candidate]:
    """Amount candidates in text order (a marked amount may have currency None: ambiguous)."""
    for match in _money_re().finditer(text):
        if match["bare"] is not None:
            amount = parse_number(match["bare"])
            if amount is not None:
                yield _Candidate(amount, None, "bare", match.start(), match.end())
            continue
        marker = "pre" if match["pre"] is not None else "post"
        term, number = match[marker], match[f"{marker}_num"]
        amount = parse_number(number)
        currency = resolve_currency(term, country=country, year=year)
        if amount is None:
            continue
        yield _Candidate(amount, currency, marker, match.start(), match.end())


def parse_money(text: str, *, country: str | None, year: int | None = None) -> Money | None:
    """The first amount with a currency marker in ``text``, or None.

    "1,300,000 tenge" -> Money(1300000, "KZT", ...), "$185" -> USD,
    "4.4 million meticais" -> 4400000 MZN, "EUR4,000", "500,000 CFA francs"
    (XOF in MLI, XAF in CAF, None with no country), "approximately $200",
    "US$ 1,000", "two million maloti". ``Money.text`` is the matched amount
    phrase as written. Bare numbers are not money here (see
    ``parse_money_list`` for "EUR4,000 and 8,300"). Never raises.
    """
    if not isinstance(text, str) or len(text) > MAX_INPUT_CHARS:
        return None
    for candidate in _candidates(text, country, year):
        if candidate.marker != "bare":
            return Money(candidate.amount, candidate.currency, text[candidate.start : candidate.end])
    return None


def _groups(text: str, candidates: list[_Candidate]) -> list[list[_Candidate]]:
    """Runs of candidates joined only by ",", "and", "or", "to" or a dash."""
    groups: list[list[_Candidate]] = []
    for candidate in candidates:
        if groups:
            gap = text[groups[-1][-1].end : candidate.start]
            if re.fullmatch(r"\s*,?\s*(?:and|or|to|-|\u2013|\u2014)?\s*", gap, re.IGNORECASE):
                groups[-1].append(candidate)
                continue
        groups.append([candidate])
    return groups


def _inherited(group: list[_Candidate], index: int) -> _Candidate | None:
    """The member whose currency a bare number shares: preceding prefix, else following suffix.

    "EUR4,000 and 8,300": the code reaches forward; "100,000 and eight million
    CFA francs": the word reaches back. Nothing else is inherited, so "in
    2009 and $100" leaves 2009 alone.
    """
    for other in reversed(group[:index]):
        if other.marker == "pre":
            return other
    for other in group[index + 1 :]:
        if other.marker == "post":
            return other
    return None


def parse_money_list(text: str, *, country: str | None, year: int | None = None) -> list[Money]:
    """Every amount of ``text`` in order, bare numbers taking their neighbours' currency.

    "1,300,000 tenge and 3,000,000 tenge" -> two KZT amounts; "EUR4,000 and
    8,300" -> 4000 EUR and 8300 EUR; "100,000 and eight million CFA francs"
    -> both in CFA francs; "$100 (46,500 CFA francs)" -> USD then XOF. A bare
    number with no marked amount beside it (a year, a count) is left out.
    Never raises.
    """
    if not isinstance(text, str) or len(text) > MAX_INPUT_CHARS:
        return []
    found: list[Money] = []
    for group in _groups(text, list(_candidates(text, country, year))):
        for index, candidate in enumerate(group):
            source = candidate if candidate.marker != "bare" else _inherited(group, index)
            if source is None:
                continue
            found.append(Money(candidate.amount, source.currency, text[candidate.start : candidate.end]))
    return found


def choose_primary(amounts: list[Money], *, country: str | None,
                   year: int | None = None) -> tuple[Money, list[Money]]:
    """Split the amounts of one payment into (primary, equivalents).

    When one amount is in the country's own currency ("$100 (46,500 CFA
    francs)" in Mali) it is primary whichever comes first; otherwise the
    first stated amount is. Equivalents keep their text order. Raises
    ValueError on an empty list.
    """
    if not amounts:
        raise ValueError("choose_primary needs at least one amount")
    own = set(_country_currencies(country, year)) if country else set()
    primary = next((m for m in amounts if m.currency in own), amounts[0])
    rest = list(amounts)
    rest.remove(primary)
    return primary, rest
