"""Assembling, saving and loading the spaCy pipeline.

The pipeline is the base English model followed by hrextract's three
components, as described by ``config.cfg`` in this package. ``load()`` builds
it from the installed base model (nothing is downloaded); ``save()`` writes it
to a directory that ``spacy.load`` reads back without importing hrextract,
since the factories are declared as entry points.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from pathlib import Path

import spacy
from spacy.language import Language

import hrextract.components  # noqa: F401  (registers the factories when used from source)



def pipeline_config() -> dict:
    """The packaged ``config.cfg``: base model name and the custom components with their settings."""
    from confection import Config

    return Config().from_str((files("hrextract") / "config.cfg").read_text(encoding="utf-8"))


def build(base: str | None = None) -> Language:
    """A fresh pipeline: the base model plus hrextract's components, as config.cfg says."""
    cfg = pipeline_config()
    nlp = spacy.load(base or cfg["hrextract"]["base_model"])
    _split_dashes(nlp)
    _currency_abbreviations(nlp)
    _re_prefixed_acts(nlp)
    before = cfg["hrextract"].get("before", {})
    for name in cfg["hrextract"]["pipeline"]:
        settings = dict(cfg["components"][name])
        factory = settings.pop("factory")
        nlp.add_pipe(factory, name=name, config=settings, before=before.get(name))
    nlp.meta["name"] = "hrextract_en"
    nlp.meta["description"] = "hrextract: " + nlp.meta.get("description", "")[:200]
    nlp.max_length = max(nlp.max_length, 2_000_000)
    return nlp


def _split_dashes(nlp: Language) -> None:
    """Split em/en dashes and double hyphens glued to words ("editors-—Sambi", "Scorpion--also"),
    and the Unicode hyphens (U+2010, U+2011) as the ASCII one ("detainees‑‑Omrie", "12‑year‑old").

    Reports use them as parentheses; left glued, a name and its role become one
    token. The rule is saved with the tokenizer by ``to_disk``.
    """
    from spacy.util import compile_infix_regex

    infixes = list(nlp.Defaults.infixes or []) + [r"[—–]", r"(?<=[\w\-\u2010\u2011])[\-\u2010\u2011]{2,}(?=\w)",
                                                  r"(?<=\w)-(?=[—–])", r"(?<=[^\W_])[\u2010\u2011](?=[^\W\d_])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def _currency_abbreviations(nlp: Language) -> None:
    """Keep abbreviated currency names whole ("Rs. 50,000", "Shs. 2,000"): split at the full stop,
    the parser may end the sentence there and lose the amount. From the currency lexicon."""
    from spacy.symbols import ORTH

    from hrextract.normalize.money import currency_terms

    for term in currency_terms():
        if term.endswith(".") and term[:-1].isalpha():
            for form in {term, term.capitalize(), term.upper()}:
                nlp.tokenizer.add_special_case(form, [{ORTH: form}])


def _re_prefixed_acts(nlp: Language) -> None:
    """Keep "re-arrested", "re-detained" … whole: split at the hyphen, "arrested" is read as an
    adjective of the next noun and the arrest is lost. Stems from ``grammar.json``; saved with the
    tokenizer by ``to_disk``."""
    from spacy.symbols import ORTH

    from hrextract.resources import grammar

    for stem in grammar()["re_prefixed_stems"]:
        base = stem[:-1] if stem.endswith("e") else stem
        for form in {stem, stem + "s", base + "ed", base + "ing"}:
            for word in (f"re-{form}", f"Re-{form}"):
                nlp.tokenizer.add_special_case(word, [{ORTH: word}])


@lru_cache(maxsize=4)
def load(path: str | None = None) -> Language:
    """The pipeline from ``path`` (a saved directory) or built from the base model; cached per process."""
    if path is not None:
        return spacy.load(path)
    return build()


def save(nlp: Language, path: str | Path) -> Path:
    """Write the assembled pipeline (with its patterns) to ``path``."""
    target = Path(path)
    nlp.to_disk(target)
    return target
