"""Money amounts and ISO 4217 currencies resolved by the document's country."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hrextract.normalize.money import (
    Money,
    choose_primary,
    currency_terms,
    parse_money,
    parse_money_list,
    resolve_currency,
)


@pytest.mark.parametrize(
    ("text", "country", "amount", "currency"),
    [
        ("1,300,000 tenge", "KAZ", 1300000, "KZT"),
        ("$185", "MOZ", 185, "USD"),
        ("4.4 million meticais", "MOZ", 4400000, "MZN"),
        ("EUR4,000", "KAZ", 4000, "EUR"),
        ("EUR33", "KAZ", 33, "EUR"),
        ("500,000 CFA francs", "CIV", 500000, "XOF"),
        ("20,000 CFAF", "SEN", 20000, "XOF"),
        ("40,000 CFA", "NER", 40000, "XOF"),
        ("$17,800", "CAF", 17800, "USD"),
        ("10 million CFA", "NER", 10000000, "XOF"),
        ("8 million CFA francs", "CAF", 8000000, "XAF"),
        ("two million maloti", "LSO", 2000000, "LSL"),
        ("approximately $200", "NER", 200, "USD"),
        ("US$ 1,000", None, 1000, "USD"),
        ("1,000 euros", None, 1000, "EUR"),
        ("USD 100", None, 100, "USD"),
        ("100 KZT", None, 100, "KZT"),
        ("FCFA 20,000", "SEN", 20000, "XOF"),
        ("\u20ac50", None, 50, "EUR"),
        ("986,000 dinars", "LBY", 986000, "LYD"),
        ("500 manat", "TKM", 500, "TMT"),
        ("500 manat", "AZE", 500, "AZN"),
        ("100 rubles", "BLR", 100, "BYN"),
        ("100 Liberian dollars", None, 100, "LRD"),
        ("500,000 CFA francs", None, 500000, None),  # XOF or XAF: the country decides
        ("500 manat", None, 500, None),
    ],
)
def test_parse_money(text: str, country: str | None, amount: int, currency: str | None) -> None:
    money = parse_money(text, country=country)
    assert money is not None
    assert (money.amount, money.currency) == (amount, currency)
    assert money.text in text


@pytest.mark.parametrize("text", ["", "KZT", "nothing here", "In 2009", "63 oil workers", "20 ABC", "x" * 5000])
def test_parse_money_none(text: str) -> None:
    assert parse_money(text, country="KAZ") is None


@pytest.mark.parametrize(
    ("term", "country", "expected"),
    [
        ("dinar", "LBY", "LYD"),
        ("CFA francs", "MLI", "XOF"),
        ("CFA francs", "CAF", "XAF"),
        ("cfa franc", None, None),
        ("manat", "TKM", "TMT"),
        ("manat", "AZE", "AZN"),
        ("rubles", "BLR", "BYN"),
        ("roubles", "RUS", "RUB"),
        ("rubles", None, "RUB"),
        ("loti", "LSO", "LSL"),
        ("maloti", None, "LSL"),
        ("metical", "MOZ", "MZN"),
        ("$", "LBR", "USD"),
        ("dollars", "LBR", "LRD"),
        ("dollars", "MLI", "USD"),
        ("Liberian dollars", "USA", "LRD"),
        ("riyals", "SAU", "SAR"),
        ("rials", "IRN", "IRR"),
        ("francs", "MLI", "XOF"),
        ("EUR", None, "EUR"),
        ("eur", None, None),  # codes count only when written as codes
        ("top", None, None),
        ("widgets", "KAZ", None),
        ("tenge", "XXX", "KZT"),  # unknown country: the default
    ],
)
def test_resolve_currency(term: str, country: str | None, expected: str | None) -> None:
    assert resolve_currency(term, country=country) == expected


def test_list_with_inherited_code() -> None:
    text = "Fines of 1,300,000 tenge and 3,000,000 tenge (EUR4,000 and 8,300) respectively"
    assert [(m.amount, m.currency, m.text) for m in parse_money_list(text, country="KAZ")] == [
        (1300000, "KZT", "1,300,000 tenge"),
        (3000000, "KZT", "3,000,000 tenge"),
        (4000, "EUR", "EUR4,000"),
        (8300, "EUR", "8,300"),
    ]


def test_list_with_currency_word_after() -> None:
    text = "fines of between $182 and $17,800 (100,000 and eight million CFA francs)"
    assert [(m.amount, m.currency) for m in parse_money_list(text, country="CAF")] == [
        (182, "USD"), (17800, "USD"), (100000, "XAF"), (8000000, "XAF"),
    ]


def test_list_leaves_unrelated_numbers() -> None:
    assert [(m.amount, m.currency) for m in parse_money_list("in 2009 and $100", country=None)] == [(100, "USD")]


def test_capitalised_acronym_is_not_a_code() -> None:
    money = parse_money("the court fined ILI 1,300,000 tenge", country="KAZ")
    assert money == Money(1300000, "KZT", "1,300,000 tenge")


@pytest.mark.parametrize(
    ("text", "country", "primary", "equivalents"),
    [
        ("a $100 (46,500 CFA francs) fine", "MLI", (46500, "XOF"), [(100, "USD")]),
        ("a fine of 40,000 CFA ($80) each", "NER", (40000, "XOF"), [(80, "USD")]),
        ("fined him 1,300,000 tenge (EUR4,000)", "KAZ", (1300000, "KZT"), [(4000, "EUR")]),
        ("two million maloti (approximately $286,000)", "LSO", (2000000, "LSL"), [(286000, "USD")]),
        ("$100 (EUR90)", "MLI", (100, "USD"), [(90, "EUR")]),  # neither is local: first stated
        ("$100 (EUR90)", None, (100, "USD"), [(90, "EUR")]),
    ],
)
def test_choose_primary(
    text: str, country: str | None, primary: tuple[int, str], equivalents: list[tuple[int, str]]
) -> None:
    first, rest = choose_primary(parse_money_list(text, country=country), country=country)
    assert (first.amount, first.currency) == primary
    assert [(m.amount, m.currency) for m in rest] == equivalents


def test_choose_primary_needs_amounts() -> None:
    with pytest.raises(ValueError):
        choose_primary([], country="KAZ")


def test_currency_terms() -> None:
    terms = currency_terms()
    expected = ["tenge", "meticais", "maloti", "cfa francs", "cfaf", "manat", "rubles", "$", "us$", "\u20ac", "\u00a3"]
    assert set(expected) <= set(terms)
    assert terms == sorted(terms, key=lambda t: (-len(t), t))
    assert all(t == t.lower() for t in terms)


def test_gold_fines(gold_records: list[tuple[dict[str, Any], dict[str, Any]]]) -> None:
    checked = 0
    for record, meta in gold_records:
        if record["record_type"] != "fine" or record.get("amount") is None:
            continue
        country = record.get("country") or meta.get("iso3")
        year = int(record["date"][:4]) if record.get("date") else meta.get("year")
        amounts = parse_money_list(record["amount_text"], country=country, year=year)
        primary, _ = choose_primary(amounts, country=country, year=year)
        assert (primary.amount, primary.currency) == (record["amount"], record["currency"]), record["amount_text"]
        checked += 1
    assert checked > 5


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.text(max_size=60),
        st.lists(
            st.sampled_from(["$", "EUR", "4,000", "1e309", "and", "(", ")", "CFA", "francs", "tenge", "two",
                             "million", "99999999999999999999", "US$", "8,300", ",", "-"]),
            max_size=8,
        ).map(" ".join),
    ),
    st.sampled_from([None, "KAZ", "MLI", "CAF", "XXX", ""]),
)
def test_never_raises(text: str, country: str | None) -> None:
    single = parse_money(text, country=country)
    many = parse_money_list(text, country=country)
    for money in ([single] if single else []) + many:
        assert isinstance(money, Money)
        assert money.amount is None or 0 <= money.amount <= 10**15
        assert money.currency is None or (len(money.currency) == 3 and money.currency.isupper())


@pytest.mark.parametrize(
    ("term", "country", "year", "expected"),
    [
        ("leones", "SLE", 2007, "SLL"),  # redenominated in 2022
        ("leones", "SLE", 2023, "SLE"),
        ("meticais", "MOZ", 2000, "MZM"),  # redenominated in 2006
        ("meticais", "MOZ", 2011, "MZN"),
        ("dinars", "SDN", 2005, "SDD"),  # the pound came back in 2007
        ("cedis", "GHA", 2005, "GHC"),
        ("rubles", "BLR", 2012, "BYR"),
        ("rubles", "RUS", 2012, "RUB"),  # no change: as today
        ("$", "SLE", 2007, "USD"),  # not the country's unit: untouched
        ("CFA francs", "MLI", 1999, "XOF"),
        ("SLE", "SLE", 2007, "SLE"),  # a code as written is kept
    ],
)
def test_currency_of_the_year(term: str, country: str, year: int, expected: str) -> None:
    assert resolve_currency(term, country=country, year=year) == expected


def test_own_currency_of_the_year_is_primary() -> None:
    amounts = parse_money_list("$167 (500,000 leones)", country="SLE", year=2007)
    primary, rest = choose_primary(amounts, country="SLE", year=2007)
    assert (primary.amount, primary.currency) == (500000, "SLL")
    assert [(m.amount, m.currency) for m in rest] == [(167, "USD")]


@pytest.mark.parametrize("text, country, amount, currency", [
    ("10 million Yemeni riyals", "YEM", 10_000_000, "YER"),
    ("1,000 Omani riyals", "YEM", 1000, "OMR"),
    ("100 Russian roubles", "KAZ", 100, "RUB"),
])
def test_other_spellings_of_a_currency_name(text: str, country: str, amount: int, currency: str) -> None:
    money = parse_money(text, country=country)
    assert money is not None and (money.amount, money.currency) == (amount, currency)


def test_a_withdrawn_code_written_before_its_amount() -> None:
    amounts = parse_money_list("$3,200 (SDD 732 thousand)", country="SDN", year=2005)
    primary, rest = choose_primary(amounts, country="SDN", year=2005)
    assert (primary.amount, primary.currency) == (732000, "SDD")
    assert [(m.amount, m.currency) for m in rest] == [(3200, "USD")]
