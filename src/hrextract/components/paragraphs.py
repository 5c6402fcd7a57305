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
        opens = [0] if len(doc) else []
        for tok in doc[1:]:
            prev = doc[tok.i - 1]
            if not tok.is_space and (prev.is_space and prev.text.count("\n") >= 2 or prev.whitespace_ == "" and
                                     prev.text.count("\n") >= 2):
                tok.is_sent_start = True
                opens.append(tok.i)
            elif prev.text == ":" and "\n" not in prev.whitespace_ and tok.i > 1 and not doc[tok.i - 2].is_space \
                    and tok.is_title and _lists_names(doc, tok.i):
                tok.is_sent_start = False  # "arrested six members …: A, B, and C" -- the list belongs to the arrest
            elif tok.is_title and "\n" not in prev.whitespace_ and not prev.is_space and (
                    prev.is_alpha or prev.text in self.abbreviations):
                # a sentence ends with punctuation: none starts after a bare word ("journalist Mohamed Youssouf
                # Bathily and …") or after an abbreviated title ("detained … in St. James Parish")
                tok.is_sent_start = False
        for start in opens:
            colon = inline_heading_end(doc, start)
            if colon is not None and colon + 1 < len(doc) and (doc[colon + 1].is_title or doc[colon + 1].like_num):
                # "Other Forms of Gender-based Violence or Harassment: On February 7, police arrested …": the
                # heading is no part of the sentence after it (the parser would make "Harassment" its subject)
                doc[colon + 1].is_sent_start = True
        return doc


def inline_heading_end(doc: Doc, start: int) -> int | None:
    """The colon ending an inline heading that opens a paragraph at ``start`` ("Arbitrary Arrest: On …",
    "Threats, Harassment, Surveillance, and Coercion: …"): title-case words, small words and hyphenated
    parts ("Gender-based") up to a colon; None when the paragraph opens otherwise."""
    colon = next((t.i for t in doc[start:min(len(doc), start + 14)] if t.text == ":" or "\n" in t.text), None)
    if colon is None or colon == start or doc[colon].text != ":":
        return None
    words = doc[start:colon]
    small = grammar()["heading_small_words"]
    if all(t.is_title or t.is_punct or t.is_upper or t.lower_ in small or t.i > 0 and doc[t.i - 1].text == "-"
           for t in words) and any(t.is_title for t in words):
        return colon
    return None


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
