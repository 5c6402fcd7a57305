"""Paragraph breaks are sentence breaks; a list after a colon is not.

A heading or a line of a list followed by a blank line is not part of the
next sentence; without this, "KAZAKHSTAN 2017\\n\\nOn 7 April, X was
sentenced …" is parsed as one sentence whose subject is "KAZAKHSTAN". Runs
before the parser, which keeps boundaries set in advance.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from hrextract.resources import grammar


class ParagraphBreaks:
    """Marks the first token after a blank line as a sentence start."""

    def __init__(self, name: str = "hrextract_paragraphs") -> None:
        self.name = name
        self.abbreviations = grammar()["abbreviated_titles"]

    def __call__(self, doc: Doc) -> Doc:
        for tok in doc[1:]:
            prev = doc[tok.i - 1]
            if not tok.is_space and (prev.is_space and prev.text.count("\n") >= 2 or prev.whitespace_ == "" and
                                     prev.text.count("\n") >= 2):
                tok.is_sent_start = True
            elif prev.text == ":" and "\n" not in prev.whitespace_ and tok.i > 1 and not doc[tok.i - 2].is_space \
                    and tok.is_title and _lists_names(doc, tok.i):
                tok.is_sent_start = False  # "arrested six members …: A, B, and C" -- the list belongs to the arrest
            elif tok.is_title and "\n" not in prev.whitespace_ and not prev.is_space and (
                    prev.is_alpha or prev.text in self.abbreviations):
                # a sentence ends with punctuation: none starts after a bare word ("journalist Mohamed Youssouf
                # Bathily and …") or after an abbreviated title ("detained … in St. James Parish")
                tok.is_sent_start = False
        return doc


def _lists_names(doc: Doc, start: int) -> bool:
    """Whether the words after a colon are a list of names ("A B, C D, and E F") up to the sentence's end."""
    commas = 0
    for tok in doc[start:start + 60]:
        if tok.text in {".", "\n"} or "\n" in tok.text:
            break
        commas += tok.text in {",", ";"}
    return commas >= 1


@Language.factory("hrextract_paragraphs", assigns=["token.is_sent_start"])
def make_paragraph_breaks(nlp: Language, name: str) -> ParagraphBreaks:
    """Sentence starts after blank lines, set before the parser runs."""
    return ParagraphBreaks(name)
