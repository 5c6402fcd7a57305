"""Normalisers from report wording to contract values.

Numbers ("4.4 million"), dates ("the end of January"), durations ("two and
a half years'"), money and currencies ("500,000 CFA francs"), international
bodies ("the UN Committee against Torture") and names ("Maks Bokaev's").
Each function is pure, cached where it pays, and never raises on text input
(``duration_total`` and ``choose_primary`` excepted, see their docs).
Country names are normalised in ``hrextract.normalize.country``.
"""

from hrextract.normalize.bodies import body_code, body_names
from hrextract.normalize.dates import DateValue, normalize_date
from hrextract.normalize.durations import (
    duration_total,
    is_duration_range,
    normalize_duration,
    normalize_durations,
)
from hrextract.normalize.money import (
    Money,
    choose_primary,
    currency_terms,
    parse_money,
    parse_money_list,
    resolve_currency,
)
from hrextract.normalize.names import clean_name, is_fuller_form, name_tokens
from hrextract.normalize.numbers import parse_number

__all__ = [
    "DateValue",
    "Money",
    "body_code",
    "body_names",
    "choose_primary",
    "clean_name",
    "currency_terms",
    "duration_total",
    "is_duration_range",
    "is_fuller_form",
    "name_tokens",
    "normalize_date",
    "normalize_duration",
    "normalize_durations",
    "parse_money",
    "parse_money_list",
    "parse_number",
    "resolve_currency",
]
