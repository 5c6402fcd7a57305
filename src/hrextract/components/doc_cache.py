"""Per-Doc memo of whole-Doc values (text, ruler spans, entities) and span lookup by sentence.

Frame building asks for these per trigger; computing them once per Doc while the
relation components run keeps a long report linear (a 300 kB report with a trigger
in every sentence once took minutes).
"""

from __future__ import annotations

import bisect
import weakref
from typing import Any, Callable, TypeVar

from spacy.tokens import Doc, Span

from hrextract.components.rulers import SPANS_KEY

_T = TypeVar("_T")


#: Per-Doc memo, live while ``EventExtractor`` runs on the Doc, of values that cost a pass
#: over the whole Doc (its text, its spans and entities): frame building asks for them per
#: trigger, which made a 300 kB report with a trigger in every sentence take minutes.
_MEMO: weakref.WeakKeyDictionary[Doc, dict[str, Any]] = weakref.WeakKeyDictionary()


def _memo(doc: Doc, key: str, compute: Callable[[], _T]) -> _T:
    """``compute()`` once per Doc and key while the component runs on ``doc``; else every time."""
    memo = _MEMO.get(doc)
    if memo is None:
        return compute()
    if key not in memo:
        memo[key] = compute()
    value: _T = memo[key]
    return value


def _doc_text(doc: Doc) -> str:
    """``doc.text`` (which spaCy rebuilds from every token on each access), memoized."""
    return _memo(doc, "text", lambda: doc.text)


def _doc_sents(doc: Doc) -> list[Span]:
    """The sentences of ``doc`` as a list (spaCy builds new Spans on each pass over ``doc.sents``), memoized."""
    return _memo(doc, "sents", lambda: list(doc.sents))


def _doc_spans(doc: Doc) -> list[Span]:
    """The ruler's spans of ``doc`` as a list, memoized."""
    return _memo(doc, "spans", lambda: list(doc.spans[SPANS_KEY]) if SPANS_KEY in doc.spans else [])


def _sent_ents(sent: Span) -> list[Span]:
    """``sent.ents`` (entities wholly inside the sentence) from the memoized ``doc.ents``."""
    ents = _memo(sent.doc, "ents", lambda: list(sent.doc.ents))
    starts = _memo(sent.doc, "ent_starts", lambda: [e.start for e in ents])  # doc.ents are sorted
    lo, hi = bisect.bisect_left(starts, sent.start), bisect.bisect_left(starts, sent.end)
    return [e for e in ents[lo:hi] if e.end <= sent.end]


def _spans_in(sent: Span) -> list[Span]:
    """The ruler's spans that start inside ``sent``, in span-group order, found by bisection."""
    spans = _doc_spans(sent.doc)
    index = _memo(sent.doc, "span_index", lambda: sorted((s.start, i) for i, s in enumerate(spans)))
    lo, hi = bisect.bisect_left(index, (sent.start, -1)), bisect.bisect_left(index, (sent.end, -1))
    return [spans[i] for i in sorted(i for _, i in index[lo:hi])]
