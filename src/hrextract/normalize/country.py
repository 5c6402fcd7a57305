"""Country names as human-rights reports write them -> ISO 3166-1 codes.

Reports name countries in many ways: "Burma", "Côte d'Ivoire" with or without
its circumflex, "KAZAKHSTAN" in capitals, "Republic of Kazakhstan", "Korea,
Democratic People's Republic of", "Congo-Brazzaville". ``country_iso3`` maps
all of these to one ISO 3166-1 alpha-3 code so that records, currency
resolution and scoring agree on the country.

Resolution is by *exact* lookup of a normalised key (case, diacritics,
apostrophes, full stops, hyphens, brackets and a leading "the" ignored) in an
index built from pycountry's names plus the alias lexicon
``lexicons/country_aliases.csv``, which takes precedence. There is
deliberately no fuzzy matching: a near miss must give ``None``, never a
neighbouring country ("Niger" is never "Nigeria", "Guinea" is never
"Guinea-Bissau", "Sudan" is never "South Sudan").

Beyond the exact lookup, two cautious rewrites are tried:

* an inverted catalogue form, "Congo, Republic of the" -> "Republic of the
  Congo", "Gambia, The" -> "The Gambia";
* a stripped state-form prefix ("Republic of", "Kingdom of", "State of",
  "Islamic Republic of", ...) when what remains resolves on its own:
  "Republic of Kazakhstan" -> KAZ. "Democratic Republic of" is *not* such a
  prefix, since "Democratic Republic of the Congo" is a different country
  from "Congo"; the lexicon lists the Democratic Republics explicitly.

A bare two- or three-letter ISO code ("KAZ", "kz") is accepted as well; names
are tried first, so "UK" is the lexicon's United Kingdom.

Kosovo, which has no ISO 3166-1 code, resolves to ``XKX`` (alpha-2 ``XK``),
the user-assigned code used by the European Commission, the World Bank and
SWIFT. The former codes ``SCG`` (Serbia and Montenegro) and ``YUG``
(Yugoslavia) are returned for those names, as the ISO code of the state at
the time of older reports.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from functools import lru_cache
from importlib import resources

import pycountry

__all__ = ["country_iso3", "country_alpha2"]

_ALIAS_RESOURCE = "country_aliases.csv"

# Codes outside pycountry's current list that the lexicon may return.
_EXTRA_ALPHA2: dict[str, str] = {"XKX": "XK", "SCG": "CS", "YUG": "YU"}

# State-form prefixes dropped when the remainder resolves by itself. Longer
# prefixes first so that "Islamic Republic of" is removed whole.
_STATE_PREFIXES: tuple[str, ...] = (
    "bolivarian republic of",
    "plurinational state of",
    "islamic republic of",
    "federal republic of",
    "united republic of",
    "socialist republic of",
    "arab republic of",
    "hashemite kingdom of",
    "federated states of",
    "grand duchy of",
    "commonwealth of",
    "principality of",
    "sultanate of",
    "kingdom of",
    "republic of",
    "state of",
)

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'", "\u02bc": "'"})
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_CODE = re.compile(r"[A-Za-z]{2,3}")


def _key(name: str) -> str:
    """Normalise a country name for lookup.

    Case and diacritics are dropped, apostrophes and full stops removed (so
    "Cote d'Ivoire", "Côte d’Ivoire" and "Cote dIvoire" agree and "U.K." is
    "uk"), "&" read as "and", any other punctuation treated as a space, and a
    leading "the" removed.
    """
    text = unicodedata.normalize("NFKD", name.translate(_APOSTROPHES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().replace("'", "").replace(".", "").replace("&", " and ")
    text = _NON_ALNUM.sub(" ", text).strip()
    if text.startswith("the "):
        text = text[4:]
    return text


def _invert(name: str) -> str | None:
    """Turn a catalogue form "Korea, Republic of" into "Republic of Korea"."""
    head, sep, tail = name.partition(",")
    if not sep or not head.strip() or not tail.strip():
        return None
    return f"{tail.strip()} {head.strip()}"


@lru_cache(maxsize=1)
def _alias_rows() -> tuple[tuple[str, str], ...]:
    """The (alias, iso3) rows of the alias lexicon, comments skipped."""
    # Chained joinpath: works whether "hrextract" is a regular or a namespace package.
    resource = resources.files("hrextract").joinpath("lexicons").joinpath(_ALIAS_RESOURCE)
    raw = resource.read_text(encoding="utf-8")
    lines = [line for line in raw.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    rows: list[tuple[str, str]] = []
    for record in csv.DictReader(io.StringIO("\n".join(lines))):
        alias = (record.get("alias") or "").strip()
        iso3 = (record.get("iso3") or "").strip().upper()
        if alias and iso3:
            rows.append((alias, iso3))
    return tuple(rows)


@lru_cache(maxsize=1)
def _code_tables() -> tuple[dict[str, str], dict[str, str]]:
    """(alpha-2 -> alpha-3, alpha-3 -> alpha-2) over current ISO codes plus the extras."""
    a2_to_a3: dict[str, str] = {}
    a3_to_a2: dict[str, str] = {}
    for country in pycountry.countries:
        a2_to_a3[country.alpha_2] = country.alpha_3
        a3_to_a2[country.alpha_3] = country.alpha_2
    for a3, a2 in _EXTRA_ALPHA2.items():
        a2_to_a3.setdefault(a2, a3)
        a3_to_a2.setdefault(a3, a2)
    return a2_to_a3, a3_to_a2


@lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    """Normalised name -> alpha-3, built once.

    Precedence: alias lexicon, then pycountry's ``name``/``official_name``/
    ``common_name`` and their inverted forms, then derived forms (the part of
    a catalogue name before its comma or bracket: "Bolivia, Plurinational
    State of" -> "Bolivia"). A derived form claimed by two countries ("Korea",
    "Virgin Islands") is dropped rather than guessed.
    """
    index: dict[str, str] = {}
    for alias, iso3 in _alias_rows():
        index.setdefault(_key(alias), iso3)

    primary: dict[str, str] = {}
    derived: dict[str, set[str]] = {}
    for country in pycountry.countries:
        names = [getattr(country, attr, None) for attr in ("name", "official_name", "common_name")]
        for name in names:
            if not name:
                continue
            primary.setdefault(_key(name), country.alpha_3)
            inverted = _invert(name)
            if inverted:
                primary.setdefault(_key(inverted), country.alpha_3)
            for base in (name.split(",", 1)[0], name.split("(", 1)[0]):
                if base.strip() and base != name:
                    derived.setdefault(_key(base), set()).add(country.alpha_3)
    for key, iso3 in primary.items():
        index.setdefault(key, iso3)
    for key, codes in derived.items():
        if len(codes) == 1:
            index.setdefault(key, next(iter(codes)))
    index.pop("", None)
    return index


def _lookup(name: str) -> str | None:
    """Exact lookup, then the inverted catalogue form, then a stripped state prefix."""
    index = _index()
    key = _key(name)
    if not key:
        return None
    if key in index:
        return index[key]
    inverted = _invert(name)
    if inverted is not None:
        inv_key = _key(inverted)
        if inv_key in index:
            return index[inv_key]
        key = inv_key
    for prefix in _STATE_PREFIXES:
        if key.startswith(prefix + " "):
            rest = key[len(prefix) + 1 :]
            if rest.startswith("the "):
                rest = rest[4:]
            if rest in index:
                return index[rest]
    return None


@lru_cache(maxsize=4096)
def _country_iso3_cached(name: str) -> str | None:
    found = _lookup(name)
    if found is not None:
        return found
    stripped = name.strip()
    if _CODE.fullmatch(stripped):
        code = stripped.upper()
        a2_to_a3, a3_to_a2 = _code_tables()
        if len(code) == 3 and code in a3_to_a2:
            return code
        if len(code) == 2 and code in a2_to_a3:
            return a2_to_a3[code]
    return None


def country_iso3(name: str) -> str | None:
    """ISO 3166-1 alpha-3 code of a country name or code, or None.

    ``name`` is one whole country designation ("Burma", "KAZAKHSTAN",
    "Republic of the Congo", "Korea, Democratic People's Republic of", "kz",
    "CIV"), not running text. Matching ignores case and diacritics and is
    exact otherwise; unknown or ambiguous names ("Korea") give None. Kosovo
    gives the user-assigned ``XKX``.
    """
    if not isinstance(name, str) or not name.strip():
        return None
    return _country_iso3_cached(name)


def country_alpha2(iso3: str) -> str | None:
    """ISO 3166-1 alpha-2 code for an alpha-3 code ("KAZ" -> "KZ"), or None.

    Case-insensitive. ``XKX`` gives ``XK``; the former ``SCG``/``YUG`` give
    ``CS``/``YU``. Anything that is not a known alpha-3 code gives None.
    """
    if not isinstance(iso3, str):
        return None
    return _code_tables()[1].get(iso3.strip().upper())
