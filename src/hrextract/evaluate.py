"""Scoring predicted records against gold records, as the contract's "Scoring" section says.

Records are compared within one document and one record type.  A predicted
and a gold record can match when their evidence spans overlap and their
subjects agree (treaty-body findings: their ``body`` is equal); pairs are
matched one-to-one, most agreeing fields first.  On matched pairs the
normalized fields are compared exactly (durations as total months and days)
and the free-text fields by token-overlap F1 >= 0.5.

Gold records marked ``optional`` are judgement calls: a prediction matching
one is neither a true nor a false positive (and its fields are not scored),
and missing one is not a false negative.
"""

from __future__ import annotations

import dataclasses
import json
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from hrextract.records import (
    RECORD_TYPES,
    AnyRecord,
    BaseRecord,
    Subject,
    duration_key,
    record_key,
    record_label,
)
from hrextract.writers import read_jsonl

__all__ = [
    "FREE_TEXT_FIELDS",
    "NORMALIZED_FIELDS",
    "EvalReport",
    "FieldScore",
    "Miss",
    "TypeScore",
    "evaluate",
    "field_agrees",
    "group_by_doc",
    "load_gold_dir",
    "subjects_agree",
    "token_f1",
]

#: Exactly compared fields, per record type (``date`` for all).
NORMALIZED_FIELDS: dict[str, tuple[str, ...]] = {
    "detention": ("date", "detention_type"),
    "sentence": ("date", "penalty", "duration", "decision"),
    "fine": ("date", "amount", "currency"),
    "treaty_body_finding": ("date", "finding_type"),
}
#: Token-overlap compared fields, per record type.
FREE_TEXT_FIELDS: dict[str, tuple[str, ...]] = {
    "detention": ("location",),
    "sentence": ("court", "charges"),
    "fine": ("reason",),
    "treaty_body_finding": ("rights",),
}
_NORMALIZED_ORDER = ("date", "detention_type", "penalty", "duration", "decision", "amount", "currency", "finding_type")  # fmt: skip
_FREE_TEXT_ORDER = ("court", "charges", "reason", "location", "rights")

#: Free-text fields agree when their token-overlap F1 reaches this.
FREE_TEXT_THRESHOLD = 0.5

# --------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------


def load_gold_dir(path: str | Path) -> dict[str, list[AnyRecord]]:
    """Read every ``<doc_id>.jsonl`` of a gold directory, keyed by file stem.

    An empty file is a document with zero gold records (and is scored: any
    prediction for it is a false positive).  A record whose ``doc_id`` is not
    its file's stem is an error, since scoring would silently lose it.
    """
    directory = Path(path)
    if not directory.is_dir():
        raise ValueError(f"gold directory not found: {directory}")
    gold: dict[str, list[AnyRecord]] = {}
    for file in sorted(directory.glob("*.jsonl")):
        records = read_jsonl(file)
        for number, record in enumerate(records, start=1):
            if record.doc_id != file.stem:
                raise ValueError(
                    f"{file}: record {number} has doc_id {record.doc_id!r}, expected {file.stem!r}"
                )
        gold[file.stem] = records
    return gold


def load_evaluation_sets(path: str | Path) -> dict[str, list[tuple[Path, Path]]]:
    """The splits of an evaluation file (``data/evaluation.json``): split name -> (raw folder, gold
    folder) pairs, resolved against the file's folder. Raises ValueError naming the file and the problem."""
    path = Path(path)
    try:
        spec = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValueError(f"{path}: cannot read evaluation sets ({exc})") from exc
    if not isinstance(spec, dict):
        raise ValueError(f"{path}: expected a JSON object of splits")
    splits: dict[str, list[tuple[Path, Path]]] = {}
    for name, sets in spec.items():
        if name.startswith("_"):
            continue
        if not isinstance(sets, list) or not all(isinstance(s, dict) and {"raw", "gold"} <= set(s) for s in sets):
            raise ValueError(f"{path}: split {name!r} must be a list of {{\"raw\": …, \"gold\": …}} folders")
        pairs = [(path.parent / s["raw"], path.parent / s["gold"]) for s in sets]
        for raw, gold in pairs:
            for folder in (raw, gold):
                if not folder.is_dir():
                    raise ValueError(f"{path}: split {name!r}: {folder} is not a folder")
        splits[name] = pairs
    if not splits:
        raise ValueError(f"{path}: no splits")
    return splits


def group_by_doc(records: Iterable[AnyRecord]) -> dict[str, list[AnyRecord]]:
    """Group records by ``doc_id``, keeping their order within each document."""
    grouped: dict[str, list[AnyRecord]] = defaultdict(list)
    for record in records:
        grouped[record.doc_id].append(record)
    return dict(grouped)


# --------------------------------------------------------------------------
# Agreement of subjects and fields
# --------------------------------------------------------------------------


def _name_token_sets(name: str) -> tuple[frozenset[str], frozenset[str]]:
    """Token sets of a case-folded name with punctuation dropped, and replaced by spaces.

    Both forms are tried so that "N'Diaye" meets "NDiaye" and "Jean-Paul"
    meets "Jean Paul".
    """
    folded = unicodedata.normalize("NFC", name).casefold()
    is_punct = [unicodedata.category(ch).startswith("P") for ch in folded]
    dropped = "".join(ch for ch, p in zip(folded, is_punct) if not p)
    spaced = "".join(" " if p else ch for ch, p in zip(folded, is_punct))
    return frozenset(dropped.split()), frozenset(spaced.split())


def _names_agree(a: str, b: str) -> bool:
    """Equal after case folding and dropping punctuation, or one's tokens contain the other's."""
    for tokens_a, tokens_b in zip(_name_token_sets(a), _name_token_sets(b)):
        if tokens_a and tokens_b and (tokens_a <= tokens_b or tokens_b <= tokens_a):
            return True
    return False


def subjects_agree(a: Subject, b: Subject) -> bool:
    """The contract's subject agreement.

    Two named subjects agree by name (see :func:`_names_agree`); two unnamed
    ones when their counts are equal or both null; named and unnamed never.
    """
    if a.name and b.name:
        return _names_agree(a.name, b.name)
    if not a.name and not b.name:
        return a.count == b.count
    return False


def _keys_agree(gold: BaseRecord, pred: BaseRecord) -> bool:
    """Subjects agree, or for treaty-body findings the body codes are equal."""
    gold_key, pred_key = record_key(gold), record_key(pred)
    if isinstance(gold_key, Subject) and isinstance(pred_key, Subject):
        return subjects_agree(gold_key, pred_key)
    return bool(gold_key == pred_key)


_TOKEN_RE = re.compile(r"\w+")


def _tokens(value: str | Sequence[str] | None) -> list[str]:
    """Case-folded word tokens of a string or of a list of strings (flattened)."""
    if value is None:
        return []
    parts = [value] if isinstance(value, str) else list(value)
    return [tok for part in parts for tok in _TOKEN_RE.findall(part.casefold())]


def token_f1(gold: str | Sequence[str] | None, pred: str | Sequence[str] | None) -> float:
    """Token-overlap F1 (multiset) of two free-text values; 1.0 when both are empty."""
    gold_tokens, pred_tokens = Counter(_tokens(gold)), Counter(_tokens(pred))
    if not gold_tokens and not pred_tokens:
        return 1.0
    common = sum((gold_tokens & pred_tokens).values())
    if common == 0:
        return 0.0
    precision = common / sum(pred_tokens.values())
    recall = common / sum(gold_tokens.values())
    return 2 * precision * recall / (precision + recall)


def field_agrees(name: str, gold: Any, pred: Any) -> bool:
    """Whether a gold and a predicted value of field ``name`` agree.

    Free-text fields by token F1 >= 0.5; ``duration`` as (months, days) with
    1Y = 12M and 1W = 7D; ``amount`` numerically; everything else exactly.
    Two nulls always agree and a null never agrees with a value.
    """
    if name in _FREE_TEXT_ORDER:
        return token_f1(gold, pred) >= FREE_TEXT_THRESHOLD
    if gold is None or pred is None:
        return gold is None and pred is None
    if name == "duration":
        return duration_key(gold) == duration_key(pred)
    if name == "amount":
        return math.isclose(float(gold), float(pred), rel_tol=1e-9, abs_tol=1e-9)
    return bool(gold == pred)


def _compared_fields(record_type: str) -> tuple[str, ...]:
    """All fields compared on a matched pair of this type."""
    return NORMALIZED_FIELDS[record_type] + FREE_TEXT_FIELDS[record_type]


def _overlap(a: BaseRecord, b: BaseRecord) -> int:
    """Number of characters the two evidence spans share."""
    return max(0, min(a.evidence.end, b.evidence.end) - max(a.evidence.start, b.evidence.start))


# --------------------------------------------------------------------------
# Report structures
# --------------------------------------------------------------------------


def _ratio(num: int, den: int, vacuous: bool) -> float:
    """num/den; with den == 0, 1.0 when nothing was missed either (``vacuous``), else 0.0."""
    if den:
        return num / den
    return 1.0 if vacuous else 0.0


@dataclass
class TypeScore:
    """Counts and P/R/F1 for one record type (or micro-averaged over all)."""

    record_type: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    gold: int = 0  #: non-optional gold records
    predicted: int = 0  #: predictions in scored documents
    optional_matched: int = 0
    optional_missed: int = 0

    @property
    def precision(self) -> float:
        """TP/(TP+FP); with no scored predictions, 1.0 if there was nothing to find."""
        return _ratio(self.tp, self.tp + self.fp, vacuous=self.fn == 0)

    @property
    def recall(self) -> float:
        """TP/(TP+FN); with no gold records, 1.0 if nothing was wrongly predicted."""
        return _ratio(self.tp, self.tp + self.fn, vacuous=self.fp == 0)

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall (0.0 when both are 0)."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: TypeScore) -> None:
        """Accumulate another score's counts into this one."""
        for name in ("tp", "fp", "fn", "gold", "predicted", "optional_matched", "optional_missed"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def to_dict(self) -> dict[str, Any]:
        """Counts plus precision, recall and F1."""
        data = dataclasses.asdict(self)
        data.update(precision=self.precision, recall=self.recall, f1=self.f1)
        return data


@dataclass
class FieldScore:
    """Agreement of one field (or a pool of fields) over matched pairs."""

    field: str
    kind: Literal["normalized", "free_text"]
    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float | None:
        """correct/total, or None when the field was never compared."""
        return self.correct / self.total if self.total else None

    def to_dict(self) -> dict[str, Any]:
        """Counts plus accuracy."""
        data = dataclasses.asdict(self)
        data["accuracy"] = self.accuracy
        return data


@dataclass
class Miss:
    """One error: an unmatched prediction (FP), gold record (FN), or a wrong field."""

    kind: Literal["FP", "FN", "field"]
    doc_id: str
    record_type: str
    subject: str  #: subject label, or the body code for findings
    evidence: str
    start: int
    field: str | None = None
    gold: Any = None
    predicted: Any = None

    def to_dict(self) -> dict[str, Any]:
        """All attributes, JSON-able."""
        return dataclasses.asdict(self)

    def format(self, width: int = 100) -> str:
        """One readable line; evidence shortened to ``width`` characters."""
        head = f"{self.kind:<5} {self.doc_id}  {self.record_type}  {self.subject}  @{self.start}"
        if self.kind == "field":
            return f"{head}  {self.field}: gold {self.gold!r} vs predicted {self.predicted!r}"
        text = " ".join(self.evidence.split())
        if len(text) > width:
            text = text[: width - 1] + "…"
        return f"{head}  {text!r}"


_MISS_ORDER = {"FN": 0, "FP": 1, "field": 2}


@dataclass
class EvalReport:
    """Result of :func:`evaluate`: detection scores, field accuracies and misses."""

    docs: list[str]
    per_type: dict[str, TypeScore]
    fields: dict[str, FieldScore]
    misses: list[Miss] = field(default_factory=list)

    @property
    def micro(self) -> TypeScore:
        """Counts summed over the four record types."""
        total = TypeScore("micro")
        for score in self.per_type.values():
            total.add(score)
        return total

    @property
    def field_accuracy(self) -> FieldScore:
        """Pooled accuracy over all normalized field comparisons (the headline figure)."""
        return self._pool("normalized", _NORMALIZED_ORDER)

    @property
    def free_text_accuracy(self) -> FieldScore:
        """Pooled accuracy over all free-text field comparisons."""
        return self._pool("free_text", _FREE_TEXT_ORDER)

    def _pool(self, kind: Literal["normalized", "free_text"], names: Sequence[str]) -> FieldScore:
        pooled = FieldScore(f"{kind} (all)", kind)
        for name in names:
            pooled.correct += self.fields[name].correct
            pooled.total += self.fields[name].total
        return pooled

    def to_dict(self) -> dict[str, Any]:
        """Everything as plain JSON-able data."""
        return {
            "docs": list(self.docs),
            "per_type": {k: v.to_dict() for k, v in self.per_type.items()},
            "micro": self.micro.to_dict(),
            "fields": {
                "normalized": {n: self.fields[n].to_dict() for n in _NORMALIZED_ORDER},
                "free_text": {n: self.fields[n].to_dict() for n in _FREE_TEXT_ORDER},
            },
            "field_accuracy": self.field_accuracy.to_dict(),
            "free_text_accuracy": self.free_text_accuracy.to_dict(),
            "misses": [m.to_dict() for m in self.misses],
        }

    def format_table(self) -> str:
        """A fixed-width text table of detection scores and field accuracies."""
        lines = [f"documents scored: {len(self.docs)}", ""]
        lines.append(
            f"{'record type':<22}{'gold':>6}{'pred':>6}{'TP':>6}{'FP':>6}{'FN':>6}"
            f"{'P':>8}{'R':>8}{'F1':>8}"
        )
        rows = [*self.per_type.values(), self.micro]
        for score in rows:
            if score.record_type == "micro":
                lines.append("-" * 76)
            lines.append(
                f"{score.record_type:<22}{score.gold:>6}{score.predicted:>6}{score.tp:>6}"
                f"{score.fp:>6}{score.fn:>6}{score.precision:>8.3f}{score.recall:>8.3f}"
                f"{score.f1:>8.3f}"
            )
        micro = self.micro
        lines.append(
            f"optional gold records: {micro.optional_matched} matched, "
            f"{micro.optional_missed} missed (neither counted)"
        )
        lines += ["", f"{'field (matched pairs)':<22}{'correct':>9}{'total':>7}{'accuracy':>10}"]
        for name in _NORMALIZED_ORDER:
            lines.append(_field_row(self.fields[name]))
        lines.append(_field_row(self.field_accuracy))
        lines.append("free text (token F1 >= 0.5):")
        for name in _FREE_TEXT_ORDER:
            lines.append(_field_row(self.fields[name]))
        lines.append(_field_row(self.free_text_accuracy))
        return "\n".join(lines)

    def format_misses(self, width: int = 100) -> str:
        """One line per miss, ordered by document, position and kind."""
        ordered = sorted(
            self.misses, key=lambda m: (m.doc_id, m.start, _MISS_ORDER[m.kind], m.record_type)
        )
        return "\n".join(m.format(width) for m in ordered)


def _field_row(score: FieldScore) -> str:
    accuracy = "-" if score.accuracy is None else f"{score.accuracy:.3f}"
    return f"  {score.field:<20}{score.correct:>9}{score.total:>7}{accuracy:>10}"


# --------------------------------------------------------------------------
# Matching and scoring
# --------------------------------------------------------------------------


def _match(gold: Sequence[AnyRecord], pred: Sequence[AnyRecord]) -> list[tuple[int, int]]:
    """One-to-one greedy matching of gold and predicted records of one doc and type.

    Candidate pairs (overlapping evidence, agreeing subject or body) are taken
    in order of agreeing compared fields, then evidence overlap, preferring
    non-optional gold; remaining ties go by position, so the result is
    deterministic.
    """
    candidates: list[tuple[int, int, bool, int, int]] = []
    for gi, g in enumerate(gold):
        fields = _compared_fields(g.record_type)
        for pi, p in enumerate(pred):
            overlap = _overlap(g, p)
            if overlap <= 0 or not _keys_agree(g, p):
                continue
            agreeing = sum(field_agrees(f, getattr(g, f), getattr(p, f)) for f in fields)
            candidates.append((-agreeing, -overlap, g.optional, gi, pi))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, _, _, gi, pi in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gi, pi))
    return pairs


def _json_value(value: Any) -> Any:
    """A field value as plain JSON data for a Miss (integral amounts as ints)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, list):
        return list(value)
    return value


def _miss(kind: Literal["FP", "FN", "field"], record: BaseRecord, **extra: Any) -> Miss:
    return Miss(
        kind=kind,
        doc_id=record.doc_id,
        record_type=record.record_type,
        subject=record_label(record),
        evidence=record.evidence.text,
        start=record.evidence.start,
        **extra,
    )


def _score_group(
    gold: Sequence[AnyRecord],
    pred: Sequence[AnyRecord],
    score: TypeScore,
    fields: dict[str, FieldScore],
    misses: list[Miss],
) -> None:
    """Score the records of one document and one type into the accumulators."""
    pairs = _match(gold, pred)
    matched_gold = {gi for gi, _ in pairs}
    matched_pred = {pi for _, pi in pairs}
    score.gold += sum(not g.optional for g in gold)
    score.predicted += len(pred)
    for gi, pi in pairs:
        g, p = gold[gi], pred[pi]
        if g.optional:
            score.optional_matched += 1
            continue
        score.tp += 1
        for name in _compared_fields(g.record_type):
            g_value, p_value = getattr(g, name), getattr(p, name)
            fields[name].total += 1
            if field_agrees(name, g_value, p_value):
                fields[name].correct += 1
            else:
                misses.append(
                    _miss("field", p, field=name, gold=_json_value(g_value),
                          predicted=_json_value(p_value))  # fmt: skip
                )
    for gi, g in enumerate(gold):
        if gi in matched_gold:
            continue
        if g.optional:
            score.optional_missed += 1
        else:
            score.fn += 1
            misses.append(_miss("FN", g))
    for pi, p in enumerate(pred):
        if pi not in matched_pred:
            score.fp += 1
            misses.append(_miss("FP", p))


def evaluate(
    gold: dict[str, list[AnyRecord]],
    pred: dict[str, list[AnyRecord]],
    *,
    docs: Iterable[str] | None = None,
) -> EvalReport:
    """Score predictions against gold, per the contract.

    Only the documents in ``gold`` (or, when given, in ``docs``; a document
    of ``docs`` without gold has zero gold records) are scored; predictions
    for any other document are ignored.  Both mappings go from doc_id to that
    document's records.
    """
    scored = sorted(set(docs) if docs is not None else set(gold))
    per_type = {t: TypeScore(t) for t in RECORD_TYPES}
    fields: dict[str, FieldScore] = {n: FieldScore(n, "normalized") for n in _NORMALIZED_ORDER}
    fields.update({n: FieldScore(n, "free_text") for n in _FREE_TEXT_ORDER})
    misses: list[Miss] = []
    for doc_id in scored:
        for record_type in RECORD_TYPES:
            gold_group = [r for r in gold.get(doc_id, []) if r.record_type == record_type]
            pred_group = [r for r in pred.get(doc_id, []) if r.record_type == record_type]
            _score_group(gold_group, pred_group, per_type[record_type], fields, misses)
    return EvalReport(docs=scored, per_type=per_type, fields=fields, misses=misses)
