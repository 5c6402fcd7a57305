"""Which date phrase of a sentence dates an event: the ruler's and the NER's dates, then the one in
the trigger's own clause, nearest in the parse -- never a date of another act (a release, a reason,
a reported statement, a relative clause)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from hrextract.components.doc_cache import _memo, _sent_ents, _spans_in
from hrextract.components.syntax import _clause_ancestors, _distance, clause_head, first_conjunct
from hrextract.resources import grammar

DATE_PREPOSITIONS = ("in ", "on ", "at ", "during ", "since ", "by ", "until ", "of ", "throughout ")


def _date_spans(sent: Span) -> list[Span]:
    """Date phrases of a sentence: the ruler's DATE spans and NER DATE entities, longest first.
    Once per sentence while a component runs: frames, filters and the resolver all ask for them."""
    return _memo(sent.doc, f"dates:{sent.start}", lambda: _find_date_spans(sent))


def end_before_count(doc, start: int, end: int) -> int:
    """The end of a date entity without a count the NER ran into it: "On May 15, 49 out of the 81
    defendants" is May 15 and a count, not a date in the year 49."""
    if end - start > 2 and doc[end - 2].text == "," and doc[end - 1].like_num and doc[end - 1].shape_ != "dddd":
        return end - 2
    return end


def _find_date_spans(sent: Span) -> list[Span]:
    months = grammar()["months"]
    cands = [s for s in _spans_in(sent) if s.label_ == "DATE"]
    terms = [s for s in _spans_in(sent) if s.label_ == "DURATION"]
    units = {"days", "months", "weeks", "hours", "years", "day", "month", "week", "hour"}
    for ent in _sent_ents(sent):
        if ent.label_ != "DATE":
            continue
        end = ent.end
        while end - 1 > ent.start and (ent.doc[end - 1].is_punct or ent.doc[end - 1].lower_ in units) and \
                any(t.lower_ in months for t in ent.doc[ent.start:end - 1]):
            end -= 1  # "November 30, days (after his release)": the date, not the interval after it
        end = end_before_count(ent.doc, ent.start, end)
        if end != ent.end:
            ent = Span(ent.doc, ent.start, end, label="DATE")
        words = {t.lower_ for t in ent}
        has_anchor = bool(words & months) or any(t.shape_ == "dddd" for t in ent) or "year" in words or \
            any(t.text[:3].lower() in {"mid"} for t in ent)
        if not has_anchor:
            continue
        if words & {"days", "months", "weeks", "hours", "years", "day", "month", "week", "hour"} and not (words & months):
            continue
        if "past" in words or "previous" in words or "following" in words:
            continue
        if any(ent.start < t.end and t.start < ent.end for t in terms):
            continue  # "five-year" is a term, not a date
        cands.append(ent)
    cands = [_without_count(c, months) for c in cands]
    cands.sort(key=lambda s: (-(s.end - s.start), s.start, s.id_ != "year_end"))  # "the end of the year": year_end
    chosen: list[Span] = []
    for span in cands:
        if any(span.start < c.end and c.start < span.end for c in chosen):
            continue
        chosen.append(span)
    return sorted(chosen, key=lambda s: s.start)


def _without_count(span: Span, months: frozenset[str]) -> Span:
    """"In November 17 women from the village …": a number right after "in" and a month and right before a
    plural noun counts the noun; the date is the month ("on February 12 authorities arrested" is a day)."""
    doc = span.doc
    last = doc[span.end - 1]
    nxt = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    if span.end - span.start >= 2 and last.like_num and last.shape_ != "dddd" and doc[span.end - 2].lower_ in months \
            and (doc[span.start].lower_ == "in" or before is not None and before.lower_ == "in") \
            and nxt is not None and nxt.tag_ == "NNS" and nxt.lower_ not in {"days", "weeks", "months", "years", "hours"}:
        return Span(doc, span.start, span.end - 1, label=span.label, span_id=span.id_)
    if span.end - span.start >= 2 and last.like_num and last.is_alpha and last.tag_ == "CD" \
            and doc[span.end - 2].lower_ in months:
        # "In January three independent experts …": a day is never written in words; the number counts
        return Span(doc, span.start, span.end - 1, label=span.label, span_id=span.id_)
    return span


def date_text(span: Span) -> str:
    """The date phrase as written, without a leading preposition."""
    text = span.text
    lowered = text.lower()
    for prep in DATE_PREPOSITIONS:
        if lowered.startswith(prep):
            text = text[len(prep):]
            break
    return text.strip(" ,")


def _is_modifier_date(span: Span) -> bool:
    """A date that qualifies a noun ("the October 2003 murder", "a December 2006 article")."""
    first = span[0]
    before = span.doc[span.start - 1] if span.start > 0 else None
    if first.pos_ == "ADP" or before is not None and before.pos_ == "ADP" and before.lower_ in {"in", "on", "since"}:
        return False  # "In July lawyer X was arrested": a preposition dates a clause, whatever the parse says
    root = span.root
    head = root.head
    time_nouns = grammar()["time_nouns"]
    if root.dep_ in {"compound", "nmod", "amod", "nummod"} and head.pos_ == "NOUN" and head.lower_ not in time_nouns \
            and not (head.i >= span.start and head.i < span.end):
        # (but "In their April 27 trial, A and B were convicted": the proceeding the clause happens in)
        # ("arrested nine supporters at a May wedding": the gathering the act happened at)
        return not (head.dep_ == "pobj" and head.head.head.pos_ in {"VERB", "AUX"} and (
            head.lower_ in grammar()["proceeding_nouns"] and head.head.lower_ in {"in", "at", "during"}
            or head.head.lower_ in {"at", "during"}))
    if span.start > 0:
        prev = span.doc[span.start - 1]
        if prev.pos_ == "DET" and span.end < len(span.doc) and span.doc[span.end].pos_ == "NOUN" and \
                span.doc[span.end].lower_ not in time_nouns:
            return True
    return False


def _reporting_date(date: Span, trigger: Token) -> bool:
    """"On August 15, HRW reported that forces detained …": the date dates the report first."""
    head = clause_head(date.root)
    if head == clause_head(trigger) or head.lemma_ not in grammar()["reporting_verbs"]:
        return False
    return head in _clause_ancestors(trigger)


#: Verbs whose date may also date a participle on their subject ("X, arrested in May, was sentenced on …"
#: is not dated by the sentence -- but "X, detained in Y, was transferred on May 3" is one custody).
TRIGGER_LEMMAS = frozenset({"transfer", "move", "hold", "detain", "keep"})


def _event_date(trigger: Token, dates: list[Span]) -> Span | None:
    """The date of the trigger's act: dependency-closest, never one that dates another noun
    ("the October 2003 murder") — but a date of the trigger noun itself counts ("the June 26 trial")."""
    clauses = _clause_ancestors(trigger)
    if _qualifies_an_object(trigger):
        # "pardoned 259 prisoners arrested during the October 2022 demonstrations": a reduced relative
        # is dated inside itself (an event noun's date included), never by the clause it qualifies
        inside = [d for d in dates if trigger.left_edge.i <= d.start and d.end <= trigger.right_edge.i + 1
                  and trigger.i < d.start]
        return min(inside, key=lambda d: d.start - trigger.i) if inside else None
    g = grammar()
    first = first_conjunct(trigger, {"NOUN"})  # ("upheld a six-month sentence and a fine": the fine is reviewed too)
    reviews = g["decision_upheld"] | g["decision_changed"] | g["decision_overturned"]
    reviewed = first.dep_ in {"dobj", "nsubjpass"} and trigger.pos_ == "NOUN" and (
        first.head.lower_ in reviews or first.head.lemma_ in reviews)
    # ("upheld the court's September 2022 sentencing of X": the date of the decision reviewed, not of the review)
    def told_in(d: Span) -> bool:  # "expressed in a July public statement deep concern": the statement's date
        noun = d.root.head
        return noun.lower_ in g["finding_documents"] and trigger in {noun.head, noun.head.head, noun.head.head.head}

    def of_the_case(d: Span) -> bool:  # "in the 2007 case of two minors who were arrested for …": the case's date
        noun = d.root.head
        # (the act may hang anywhere after it: the parser often attaches "A and B, who were …" elsewhere)
        # (told in a relative clause of it, "… who were arrested", "… in which soldiers arrested": not "In the
        # 2006 case of A vs. B, the court sentenced …", a later act in that case)
        return noun.lemma_.lower() in {"case", "incident"} and trigger.i > noun.i and noun.dep_ == "pobj" \
            and noun.head.lower_ in {"in", "of", "regarding", "concerning"} and clauses[0].dep_ == "relcl"

    usable = [d for d in dates if (not _is_modifier_date(d) or d.root.head == trigger and not reviewed or told_in(d)
                                   or of_the_case(d))
              and not _other_act_date(d, clauses, trigger)
              and not (reviewed and (first.left_edge.i <= d.start and d.end <= first.right_edge.i + 1
                                     or _attachment(d).lower_ == "from"))]
    # (nor "upheld a six-month sentence from 2022": the date inside the reviewed sentence's phrase)
    if trigger.dep_ == "acl" and trigger.tag_ == "VBN" and trigger.head.dep_ in {"nsubj", "nsubjpass", "appos"} \
            and trigger.doc[trigger.i - 1].text != "(":  # ("… were arrested: A (sentenced to seven years)": the list's)
        # "Sofia Sapega, arrested with X, was pardoned on June 7", "X, a political prisoner detained by
        # DGCIM, ended a hunger strike on January 29": the main act's date, not the detention's
        usable = [d for d in usable if trigger.left_edge.i <= d.start <= trigger.right_edge.i
                  or _attachment(d).head.lemma_ in TRIGGER_LEMMAS]
    # "On August 15, HRW reported that forces detained …": the report's date dates the act only when
    # the act has no date of its own (annotators read the news as dated by its telling)
    # (not for a state: "AI reported that 30 sympathizers remained in detention" says nothing of when it began)
    told = [d for d in usable if not _reporting_date(d, trigger)]
    lasting = {"remain", "continue"}
    state = clauses[0].lemma_ in lasting or clauses[0].dep_ in {"xcomp", "acomp", "oprd"} \
        and clauses[0].head.lemma_ in lasting or any(c.lower_.startswith(("remain", "continu")) for c in clauses[0].children
                                                     if c.dep_ in {"aux", "auxpass"})  # "remained detained" 
    usable = told if told or state else usable
    if any(c.dep_ == "advmod" and c.lower_ in {"later", "subsequently", "afterwards", "eventually"}
           for c in trigger.children):
        # "sentenced in September; the sentences were later commuted": not September
        usable = [d for d in usable if clause_head(d.root) == clauses[0]]
    if not usable:
        return None
    own = {clauses[0], *clauses[0].conjuncts}  # ("arresting and detaining him … in 2001": one act, one date)
    return min(usable, key=lambda d: (clause_head(d.root) not in own, _distance(trigger, _attachment(d)),
                                      abs(d.start - trigger.i)))


def _qualifies_an_object(trigger: Token) -> bool:
    """A participle qualifying the object of another act: "pardoned 259 prisoners arrested during …",
    "released three activists detained without charge" (not "those sentenced", which tells the act)."""
    head = trigger.head
    if trigger.dep_ == "relcl":
        head = first_conjunct(head, {"PROPN", "NOUN"})  # ("released A, B, and C, whom they had detained …")
    if trigger.dep_ == "relcl" and head.dep_ == "appos" and head.head.dep_ == "dobj":
        head = head.head  # ("released journalists A, B …": the object the names are apposed to)
    if trigger.dep_ == "relcl" and head.dep_ in {"dobj", "npadvmod"} and head.head.pos_ == "VERB" and any(
            c.dep_ in {"nsubj", "nsubjpass", "dobj"} and c.lower_ in {"who", "which", "that", "whom"}
            for c in trigger.children) and head.head.lemma_ in grammar()["release_verbs"]:
        return True  # "called on authorities to release A, who was sentenced to 45 years": not the call's date
    return trigger.dep_ == "acl" and trigger.tag_ == "VBN" and head.pos_ == "NOUN" and head.dep_ == "dobj" \
        and head.head.pos_ == "VERB"


def _other_act_date(date: Span, clauses: list[Token], trigger: Token | None = None) -> bool:
    """A date in a coordinated clause with a subject of its own dates that clause's act
    ("he had been detained …, and he had been released on February 21")."""
    head = clause_head(date.root)
    if head not in clauses and head.dep_ in {"conj", "relcl"} and head.pos_ in {"VERB", "AUX"}:
        return True  # also "… transferred to Yaounde, where he awaited trial at year's end"
    own = clauses[0]
    if head != own and head.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in {"although", "though", "whereas"}
                                                     for c in head.children):
        return True  # "arrested 250 persons, although no one had been held accountable by year's end"
    if head != own and date.start > own.i and any(t.text == ";" for t in date.doc[own.i:date.start]):
        return True  # "A was sentenced to 15 years; the sentence was upheld in March 2006": the appeal's date
    attached = _attachment(date).head
    if attached.lemma_ in grammar()["release_verbs"] and (any(attached.i == c.i for c in clauses[0].conjuncts)
                                                          or clauses[0] in attached.ancestors):
        return True  # "detained by the police and released on 21 February", "held … before being released
        # in 2019": the release's date
    # "serving life sentences for their participation in protests in 2021": the date of the reason
    acts = {s.start for s in _spans_in(date.sent) if s.label_.startswith("TRIG_")}
    for t in date.root.ancestors:
        if t.pos_ in {"VERB", "AUX"}:
            break  # (a verb in between dates its own act: "the release of X, arrested in 2021")
        if trigger is not None and t.pos_ == "NOUN" and t.i in acts and t != trigger and trigger.pos_ == "VERB":
            return True  # "found the detention of three prisoners between 2016 and 2019 … violated": the detention's
        if t.dep_ == "pobj" and t.head.lower_ == "for" and t.pos_ == "NOUN" and t.lower_ not in grammar()["time_nouns"] \
                and t != trigger:  # (but "compensation for her arrest at a protest in 2019": the arrest's own date)
            return True
    # "fined … for reporting on February 15 that …": the date of the reason, not of the fine
    return any(t.dep_ == "pcomp" and t.tag_ == "VBG" and t.head.lower_ in {"for", "over"} and t.i < date.start
               and t.lemma_.lower() not in grammar()["detention_purposes"]  # but "detained for questioning on 12 May"
               for t in date.root.ancestors)


def _attachment(date: Span) -> Token:
    """The token a date phrase hangs from the clause by: "in 2002" → "in"; "On June 7" → "On"."""
    root = date.root
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and not (date.start <= root.head.i < date.end):
        return root.head
    return root
