"""The relation component: each trigger with its subject(s), date, penalty, money, court.

For every trigger span the entity ruler found, this component reads the
dependency parse around it to fill an *event frame*: who (subject mentions),
when (the date phrase attached to the trigger's clause), and the type-specific
arguments (detention type, location, authority; penalty, duration, court,
charges; amounts; body and finding type). Frames are plain dicts with
character offsets, stored in ``doc._.hrx_events`` so that docs stay picklable.
Sentence-level filters drop what the contract says is not a record: negated,
hypothetical, habitual or statistical statements and law in general.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from hrextract.components.doc_cache import _MEMO, _doc_spans, _doc_text, _memo, _spans_in
from hrextract.components.event_dates import (_attachment, _date_spans, _event_date, _qualifies_an_object,
                                               date_text, end_before_count)
from hrextract.components.mentions import (Mention, group_mention, is_facility, is_organization, name_mention,
                                           named_mentions, one_of_a_people, people, person_noun, pronoun_mention)
from hrextract.components.paragraphs import inline_heading_end
from hrextract.components.syntax import (RELATIVE_PRONOUNS, _antecedent, _clause_ancestors, _clause_verb, _is_passive,
                                         _phrase, _prep_object, _strip_det, _subject_source, clause_head, first_conjunct,
                                         in_clause, lemma)
from hrextract.normalize.durations import duration_total, normalize_duration
from hrextract.normalize.numbers import parse_number
from hrextract.resources import grammar, grammar_order

Event = dict[str, Any]


if not Doc.has_extension("hrx_events"):
    Doc.set_extension("hrx_events", default=None)

TRIGGER_TYPES = {"TRIG_DETENTION": "detention", "TRIG_SENTENCE": "sentence", "TRIG_FINE": "fine",
                 "TRIG_FINDING": "treaty_body_finding"}


# --------------------------------------------------------------------------- helpers


# --------------------------------------------------------------------------- filters

def _negated(trigger: Token, subject: Token | None) -> bool:
    g = grammar()
    # the trigger's own negation, or its governor's when the trigger is its complement
    # ("did not order the arrest"), but not that of a coordinated verb ("did not have a lawyer and received")
    governors = [trigger] + ([trigger.head] if trigger.dep_ in {"xcomp", "ccomp", "dobj", "pobj", "attr"} else [])
    for tok in governors:
        if any(c.dep_ == "neg" or c.lower_ in {"never"} for c in tok.children):
            return True
    if subject is not None and any(c.lower_ in {"no", "none"} for c in subject.children):
        return True
    return subject is not None and subject.lower_ in g["negations"]


def _hypothetical(trigger: Token, sent: Span) -> bool:
    """Acts that did not (yet) happen: modals, purposes, attempts, threats, law in general."""
    g = grammar()
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
    if infinitive and (
            trigger.dep_ in {"acl", "advcl", "relcl"} or trigger.dep_ == "xcomp" and trigger.head.dep_ == "acl"
            and trigger.head.tag_ == "VBN" and trigger.head.lemma_ not in g["reporting_verbs"]) \
            and not any(c.lower_ in {"first", "last", "only"} for h in [trigger.head] + [
                a for a in trigger.head.children if a.dep_ in {"attr", "dobj"}] for c in h.children):
        return True  # "a ruse to arrest opponents", "an attempt to arrest him", "in order to detain", "a warrant
        # issued by a judge to arrest an individual" (not "three persons believed to have been arrested") -- but
                     # "the first woman to receive the death penalty" received it
    if infinitive and any(
            c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in g["generic_person_nouns"] and (
                any(d.lower_ in {"a", "an", "any"} for d in c.children) or c.tag_ == "NNS"
                and not any(d.dep_ in {"det", "poss", "nummod"} for d in c.children))
            for c in trigger.children):
        return True  # "allowed police to detain an individual for up to 21 days": what the law allows
    cur = trigger
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in g["hypothetical"] for c in cur.children):
            return True
        if cur.pos_ in {"VERB", "AUX"} and any(c.dep_ == "mark" and c.lower_ in g["hypothetical"]
                                               for c in cur.children):
            return True  # "If authorities detained a person without a warrant, a prosecutor had to …": a condition
        if cur.dep_ == "conj" and any(c.dep_ in {"aux", "auxpass"} and c.lower_ not in g["hypothetical"]
                                      for c in cur.children):
            break  # "He could not pay a fine … and was sentenced to six months": a clause of its own tense
        if cur.head == cur or cur.dep_ in {"ROOT"} or cur.dep_ == "relcl" and cur.tag_ in {"VBN", "VBD"} and any(
                c.dep_ in {"nsubjpass", "nsubj"} and c.lower_ in {"who", "which", "that"} for c in cur.children):
            break  # ("X – who was arrested in May 2013 … – never should have been arrested": told as fact)
        # "threatened to arrest", "tried to detain", "faces being sentenced" did not happen
        # "refused to detain", "failed to arrest", "called for the release": not acts that happened
        if cur.dep_ in {"xcomp", "ccomp", "pcomp"} and cur.head.lemma_ in g["unrealized_governors"] and \
                cur.i > cur.head.i and not (cur.head.lemma_ == "believe" and _is_passive(cur.head)) \
                and not (cur is trigger and cur.head.lemma_ in g["allegation_verbs"]):
            # (a "complement" before its verb is a clause of a list the parser hung there; "six prisoners were
            # believed to remain in detention": a state reported with a hedge, not one that did not come about;
            # "RSF alleged that journalist X was arrested": an arrest reported)
            return True
        if cur.dep_ in {"xcomp", "advcl"} and cur.head.lemma_ == "use" and _is_passive(cur.head):
            return True  # "a law which had been used to arrest numerous critics": what a law serves for
        cur = cur.head
    return False


def _law_sentence(sent: Span) -> bool:
    """Law in general: "punishable by", "provides for", "was by law entitled to"."""
    g = grammar()
    lowered = sent.text.lower()
    if any(phrase in lowered for phrase in g["law_phrases"]):
        return True
    return any(w in lowered.split() for w in ("law", "laws", "code")) and any(
        w in lowered for w in ("provides", "stipulates", "prescribes", "allows", "requires"))


def _habitual(trigger: Token, steps: int = 3) -> bool:
    """Told as a pattern: a habitual adverb ("periodically", "routinely") on the trigger or on a verb
    up to ``steps`` heads above it."""
    g = grammar()
    cur = trigger
    for _ in range(steps):
        if cur.lemma_ in {"continue"} and cur != trigger and trigger.lemma_ not in {"hold", "keep"}:
            return True  # (but "continued to hold X" is one state, not a pattern of acts)
        if any(c.lower_ in g["habitual"] and c.dep_ == "advmod" and c.lower_ not in {"reportedly"} for c in cur.children):
            return True
        if cur.head == cur:
            break
        cur = cur.head
    return False


def _statistical(sent: Span, mention: Mention) -> bool:
    if mention.get("name") or mention.get("via") != "group" or mention.get("count") == 1 and mention.get("kind") == "person":
        return False  # ("As of year's end, a local police agent was under arrest": one person is a case, not a count)
    return _statistics_sentence(sent)


def _statistics_sentence(sent: Span) -> bool:
    """Counts over a period or a country ("during the year", "throughout the country"), or a breakdown
    of a total ("Of the 877 cases judged this year, 33 resulted in death sentences")."""
    lowered = sent.text.lower()
    return any(p in lowered for p in grammar()["statistics_phrases"]) or \
        any(re.search(p, lowered) for p in grammar()["statistics_patterns"]) or \
        re.match(r"(?:of|among|within|in) (?:the|these|those) (?!(?:19|20)\d\d\b)[\d,]+ ", lowered) is not None


# --------------------------------------------------------------------------- arguments

def _subjects_from_head(head: Token, trigger: Token, *, allow_possessive: bool = False) -> list[Mention]:
    """Mentions inside the subtree of an argument head: names first, else a group, else a pronoun."""
    pair = _roles_under_one_determiner(head, trigger)
    if pair is not None:
        return [pair]
    found = _subtree_subjects(head, trigger, allow_possessive=allow_possessive)
    late = _names_hung_after_the_verb(head, trigger)
    if late and all(not m.get("name") for m in found) and all(m.get("count") in {None, len(late)} for m in found):
        return late  # (the unnamed group those names are)
    return found


def _names_listed_after(noun: Token) -> list[Mention]:
    """"fined TV stations Prime, Publika TV, Canal 2, and Mega TV MDL 12,000 each": the names listed right
    after a plural noun, read from the words when the parser did not hang them on it (one per comma or "and")."""
    doc = noun.doc
    start = noun.i + 1
    if noun.tag_ != "NNS" or start >= len(doc) or doc[start].pos_ != "PROPN" or doc[start] in noun.subtree:
        return []
    blocked = _blocked(doc)
    items: list[Span] = []
    begin = start
    end = start
    while end < noun.sent.end and not any(a <= end < b for a, b in blocked):
        tok = doc[end]
        if tok.text == "," or tok.lower_ == "and":
            if end > begin:
                items.append(doc[begin:end])
            begin = end + 1
        elif not (tok.pos_ == "PROPN" or tok.like_num and end > begin or tok.text in {"-", "'"}):
            break
        end += 1
    if end > begin:
        items.append(doc[begin:end])
    if len(items) < 2 or any(len(i) > 4 for i in items):
        return []
    kind = "organization" if noun.lemma_.lower() in grammar()["org_words"] | grammar()["outlet_nouns"] else "person"
    return [name_mention(i, kind=kind) for i in items]


def _member_named_after(org: Token) -> Span | None:
    """The person an organization's name introduces as its member ("… Democracy (CUD) member Tesfaye Bekele"),
    however the parser hung the name: the PERSON name right after a role word."""
    doc = org.doc
    for tok in doc[org.i + 1:min(org.sent.end, org.i + 14)]:
        if tok.pos_ in {"VERB", "AUX"} or tok.text in {";", ":"}:
            return None
        if tok.pos_ == "NOUN" and tok.lower_ in grammar()["person_words"] and tok.i + 1 < len(doc) \
                and doc[tok.i + 1].ent_type_ == "PERSON":
            end = tok.i + 1
            while end + 1 < len(doc) and doc[end + 1].ent_type_ == "PERSON" and doc[end + 1].ent_iob_ == "I":
                end += 1
            return doc[tok.i + 1:end + 1]
    return None


def _tally_since(trigger: Token) -> bool:
    """A present perfect counted from a past date ("Since 2001, … have been sentenced"): a total, not an act
    (but "have remained in detention since 2001", "has been held since March" is a state, dated from then)."""
    if trigger.lemma_ not in grammar()["tally_verbs"]:
        return False
    perfect = any(c.dep_ == "aux" and c.lower_ in {"have", "has"} for c in trigger.children)
    doc = trigger.doc
    since = any(c.dep_ in {"prep", "mark"} and c.lower_ == "since" and (
        any(o.ent_type_ == "DATE" or o.like_num for o in c.children)
        or c.i + 1 < len(doc) and doc[c.i + 1].ent_type_ == "DATE")  # ("Since 2019 police have arrested …")
        for c in trigger.children)
    return perfect and since


def _party_of_the_proceeding(trigger: Token) -> Token | None:
    """"Ghoul's appeals resulted in … a fine of 100,000 dinars", "the suit against X resulted in a fine", "handed
    down a suspended sentence and a fine in the case of X": the penalty a proceeding ended in is its party's --
    the owner of the proceeding, whom it was against, or whose case it was."""
    first = first_conjunct(trigger, {"NOUN"})
    if first.dep_ == "dobj":
        # "a court handed down an eight-month suspended prison sentence and a fine in the case of X"
        case = next((o for p in first.head.children if p.dep_ == "prep" and p.lower_ == "in"
                     for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in grammar()["litigation_nouns"]),
                    None)
        return next((o for p in case.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj"), None) if case is not None else None
    if not (first.dep_ == "pobj" and first.head.lower_ == "in" and first.head.head.lemma_ in grammar()[
            "outcome_governors"]):
        return None
    proceeding = next((c for c in first.head.head.children if c.dep_ == "nsubj"), None)
    if proceeding is None or proceeding.lemma_.lower() not in grammar()["litigation_nouns"]:
        return None
    owner = next((c for c in proceeding.children if c.dep_ == "poss"), None)
    if owner is None:
        owner = next((o for p in proceeding.children if p.dep_ == "prep" and p.lower_ == "against"
                      for o in p.children if o.dep_ == "pobj"), None)
    return owner


def _roles_under_one_determiner(head: Token, trigger: Token) -> Mention | None:
    """"arrested the director and editor of a monthly magazine": two unnamed persons, each known by a role
    the one determiner and complement share -- one group of two (not two persons, nor only the first)."""
    roles = [head, *[c for c in head.children if c.dep_ == "conj"]]
    person_words = grammar()["person_words"]
    if len(roles) != 2 or head.pos_ != "NOUN" or not (head.i < roles[1].i < trigger.i or trigger.i < head.i):
        return None
    if not all(r.tag_ == "NN" and r.lower_ in person_words for r in roles) \
            or not any(c.dep_ == "det" and c.lower_ in {"the", "a", "an"} for c in head.children) \
            or any(c.dep_ in {"det", "poss", "nummod"} for c in roles[1].children):
        return None
    of = [p for r in roles for p in r.children if p.dep_ == "prep" and p.lower_ == "of"]
    end = max([p.right_edge.i for p in of] + [roles[1].i]) + 1  # the roles and whose they are, no more
    if head.i < trigger.i < end:
        end = trigger.i
    end = next((t.i for t in head.doc[head.i + 1:end] if t.dep_ == "prep" and t.lower_ != "of"), end)
    phrase = head.doc[head.i:end]  # (not "… magazine for publishing false news": why, not who)
    if any(t.ent_type_ == "PERSON" or t.pos_ == "PROPN" and t.i < roles[1].i for t in phrase):
        return None  # a name is someone of its own
    text = phrase.text.rstrip(" ,")
    return {"name": None, "kind": "group", "count": 2, "description": text, "start": phrase.start_char,
            "end": phrase.start_char + len(text), "via": "group", "bounded": False, "definite": False,
            "bare": False, "specific": True, "of_named": False}


def _names_hung_after_the_verb(head: Token, trigger: Token) -> list[Mention]:
    """"Two police officers were arrested for his death, John Lucas and Jameel Lewis": the persons the parser
    hangs on the argument in apposition after the verb phrase."""
    if not (head.i < trigger.i <= head.right_edge.i):
        return []
    late = next((c for c in head.children if c.dep_ == "appos" and c.i > trigger.i and c.pos_ == "PROPN"), None)
    if late is None:
        return []
    return [m for m in named_mentions(head.doc[late.left_edge.i:late.right_edge.i + 1], trigger=trigger)
            if m["kind"] == "person"]


def _subtree_subjects(head: Token, trigger: Token, *, allow_possessive: bool) -> list[Mention]:
    """See _subjects_from_head: the mentions of the head's subtree up to the trigger."""
    doc = head.doc
    left, right = head.left_edge.i, head.right_edge.i + 1
    if left <= trigger.i < right:
        if trigger.i > head.i:
            right = trigger.i
        else:
            left = trigger.i + 1
    tokens = doc[left:right]
    named = next((c for c in head.children if c.dep_ == "acl" and c.lemma_ in {"name", "identify", "call"}
                  and c.i > head.i), None)
    if named is not None:
        # "a civilian named Fernando Te", "a man identified as X": the name is the argument
        found = [m for m in named_mentions(doc[named.i + 1:named.right_edge.i + 1], trigger=trigger)
                 if m["kind"] != "organization"]
        if found:
            # ("a lawyer named X and four journalists": and whoever is coordinated with the named one)
            others = [m for c in head.conjuncts if c.i > head.i
                      for m in _subjects_from_head(c, trigger, allow_possessive=allow_possessive)]
            return [{**found[0], "kind": "person"}] + others
    # A relative clause or "including ..." inside the argument is not the argument.
    cut = right
    for tok in tokens:
        if tok.i > head.i and (tok.lower_ in {"who", "which", "whose", "including", "where"} or
                               tok.dep_ in {"relcl", "acl"} and tok.i > head.i and tok.tag_ != "VBG"):
            cut = min(cut, tok.left_edge.i if tok.dep_ in {"relcl", "acl"} else tok.i)
        if tok.i > head.i and tok.dep_ == "prep" and tok.lower_ in {"on", "for", "over"} and any(
                c.dep_ == "pobj" and c.lemma_.lower() in {"charge", "accusation", "allegation", "suspicion"}
                for c in tok.children):
            cut = min(cut, tok.i)  # "A and two colleagues on charges of seeking to overthrow the LNA": the charge
    tokens = doc[left:cut]
    found = _mentions_in(tokens, trigger, head=head, allow_possessive=allow_possessive)
    if not found and head.pos_ == "NOUN" and head.dep_ in {"dobj", "nsubjpass"} and (
            head.head.i == trigger.i or head.dep_ == "nsubjpass" and trigger.dep_ == "conj"
            and trigger.head.i == head.head.i and trigger.tag_ == "VBN") \
            and not any(a <= head.i < b for a, b in _blocked(doc)):
        # "judges sentenced a former carabinero", "several donors … were found guilty … and were sentenced":
        # whoever fills the slot of the one sentenced is a person, whatever the word for them
        found = [m for m in [group_mention(head, by_role=True)] if m is not None]
    if cut < right and found:
        # "a parliamentarian, X, who allegedly ordered the beating, and two others": the argument goes on
        # after the relative clause with whoever is coordinated to it
        cutter = next((t for t in doc[cut:right] if t.dep_ in {"relcl", "acl"} or t.lower_ == "including"), doc[cut])
        end = max(cutter.right_edge.i, cut) + 1
        rest = doc[end:right]
        words = [t for t in rest if not t.is_punct]
        if words and words[0].lower_ in {"and", "or"} and any(t.dep_ == "conj" for t in rest):
            found = found + [m for m in _mentions_in(doc[words[0].i + 1:right], trigger, head=None)
                             if m.get("name") or m.get("count")]
    return found


NOT_SUBJECT_LABELS = frozenset({"MONEY", "DURATION", "DATE", "BODY", "COURT", "PENALTY"})
NOT_SUBJECT_ENTS = frozenset({"DATE", "MONEY", "TIME", "PERCENT", "QUANTITY"})


def _blocked(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges that hold amounts, durations, dates, bodies, courts or penalties: never subjects."""
    def compute() -> list[tuple[int, int]]:
        ranges = [(s.start, s.end) for s in _doc_spans(doc) if s.label_ in NOT_SUBJECT_LABELS]
        ranges += [(e.start, end_before_count(doc, e.start, e.end) if e.label_ == "DATE" else e.end)
                   for e in doc.ents if e.label_ in NOT_SUBJECT_ENTS]
        ranges += _lead_ins(doc) + _sources(doc)
        return ranges

    return _memo(doc, "blocked", compute)


def _sources(doc: Doc) -> list[tuple[int, int]]:
    """Who a report comes from ("According to Amnesty International, …"): the teller of an act, never
    its subject."""
    return _memo(doc, "sources", lambda: _find_sources(doc))


def _find_sources(doc: Doc) -> list[tuple[int, int]]:
    out = []
    for tok in doc:
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            # up to its comma, outside brackets: "According to MSF, Issa Dicko, a …, was arrested"
            depth, end = 0, None
            for t in doc[tok.i + 2:min(tok.sent.end, tok.i + 32)]:
                depth += (t.text == "(") - (t.text == ")")
                if t.text == "," and depth <= 0:
                    end = t.i
                    break
            pobj = next((c for c in doc[tok.i + 1].children if c.dep_ == "pobj"), None)
            if end is None and pobj is not None:
                end = pobj.right_edge.i + 1
            org_words = grammar()["org_words"]
            if end is not None and any(t.lower_ in org_words or t.lower_ in {"ngo", "ngos"} or t.ent_type_ == "ORG"
                                       for t in doc[tok.i + 2:end]):
                out.append((tok.i, end))  # an organization tells; "according to lawyer X, … him" may be X
    return out


def _lead_ins(doc: Doc) -> list[tuple[int, int]]:
    """Inline headings that open a paragraph ("Threats, Harassment, Surveillance, and Coercion: On February 7,
    …"): title-case words up to a colon, never subjects."""
    out = []
    for sent in doc.sents:
        before = doc[sent.start - 1] if sent.start > 0 else None
        if before is not None and not before.is_space and "\n" not in before.whitespace_:
            continue  # only a sentence that opens a paragraph (or the text)
        colon = inline_heading_end(doc, sent.start)
        if colon is not None:
            out.append((sent.start, colon + 1))
    return out


def _mentions_in(tokens: Span, trigger: Token, *, head: Token | None = None,
                 allow_possessive: bool = False) -> list[Mention]:
    doc = tokens.doc
    if len(tokens) == 0:
        return []
    blocked = [(a, b) for a, b in _blocked(doc) if a < tokens.end and tokens.start < b]  # only these matter
    char_blocked = [(doc[a].idx, doc[b - 1].idx + len(doc[b - 1])) for a, b in blocked]
    names = named_mentions(tokens, trigger=trigger, allow_possessive=allow_possessive, exclude=char_blocked)
    names = [m for m in names if not _names_whose_people(doc, m, tokens)]
    persons = [m for m in names if m["kind"] == "person"]
    if persons:
        # Among persons, an "organization" with no organization word is a person the
        # NER mislabelled ("Idrissa Soumana Maiga"); a real one stays only when coordinated.
        org_words = grammar()["org_words"]
        kept = []
        for m in names:
            if m["kind"] == "person":
                kept.append(m)
            elif not m.get("org_context") and not any(w.lower() in org_words for w in m["name"].split()):
                kept.append({**m, "kind": "person"})
            elif _coordinated_with(doc, m, persons):
                kept.append(m)
        names = kept
    groups: list[Mention] = []
    restated_until = -1
    for tok in tokens:
        if any(a <= tok.i < b for a, b in blocked):
            continue
        if (tok.pos_ in {"NOUN", "PROPN", "NUM"} or tok.lower_ in grammar()["ordinal_references"]
                or tok.pos_ == "ADJ" and tok.lower_ in grammar()["person_words"] and tok.dep_ in {"dobj", "nsubjpass"}
                or tok.lower_ in grammar()["positional_references"]) and (
                tok.dep_ not in {"compound", "amod", "nummod", "poss", "quantmod"}
                or tok.dep_ == "compound" and tok.pos_ == "NOUN" and tok.head.lower_ in grammar()["age_nouns"]
                or tok.dep_ == "nummod" and tok.pos_ == "NUM" and tok.head.i < tok.i and tok.head.pos_ == "NOUN"
                and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)):
            if tok.pos_ == "NUM" and tok.dep_ in {"nummod"} and (tok.head.i > tok.i or tok.head.pos_ != "NOUN"):
                continue  # (a number after the noun it would count is the parser's slip: "without due process
                # 40 of those arrested")
            if tok.like_num and _part_of_a_term(tok):
                continue  # "18 months in prison, 12 of them suspended": part of the term, not a group
            if tok.like_num and any(a.lemma_.lower() in grammar()["age_nouns"] for a in [tok.head, *tok.head.ancestors][:3]):
                continue  # "five children between ages 12 and 15": ages, not a group
            if any(m["start"] <= tok.idx < m["end"] for m in names):
                continue
            if tok.pos_ == "PROPN" and not people(tok) and not one_of_a_people(tok):
                continue
            if tok.dep_ == "pobj" and tok.head.lower_ != "of" and (head is None or tok.i != head.i):
                continue  # "in prison", "for theft" -- unless the argument is this object ("pronounced for 31 rebels")
            if tok.dep_ == "pobj" and tok.head.head.pos_ == "NUM":
                continue
            if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN" and (
                    not tok.like_num or tok.head.head.lower_ in grammar()["kin_nouns"]) and \
                    tok.head.head.lower_ not in grammar()["quantity_nouns"] and (head is None or tok.i != head.i):
                continue  # "15 members of the opposition party": the party only says whose members
            if tok.i < restated_until:
                continue
            if tok.dep_ == "appos" and tok.tag_ == "NN" and any(
                    g.get("count") == 1 and g["start"] <= tok.head.idx < g["end"] for g in groups):
                # "one suspect, a demobilized ex-soldier": the same person, described again (up to the comma:
                # the parser may split "ex-soldier")
                restated_until = next((t.i for t in doc[tok.i:tokens.end] if t.text in {",", ";", ")"}), tokens.end)
                continue
            mention = group_mention(tok)
            if mention is not None:
                groups.append(mention)
    found_pronouns = [(t, p) for t in tokens if t.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "dative"}
                      or t.dep_ == "poss" and head is not None and t.i == head.i  # "his sentence was commuted"
                      if (p := pronoun_mention(t)) is not None]
    pronouns = [p for _, p in found_pronouns]
    # "arrested her and her husband": a pronoun coordinated with a group is a subject beside it
    paired = [p for t, p in found_pronouns if any(c.dep_ == "conj" and c.pos_ == "NOUN" for c in t.children)]
    if names and any(g.get("kind") != "organization" for g in groups) and all(is_organization(m) for m in names):
        # "members of the Oromo Federalist Democratic Movement": the organization only says whose members
        names = []
    if names:
        # A counted group after the names ("Lissouba and three other officials") is a separate subject;
        # one before them ("four newspaper editors—A, B, C, D") only announces them.
        extra = [g for g in groups if (g.get("kind") == "group" and (g.get("count") or 0) > 1 or g.get("kind") in {
            "group", "person"} and _conjoined_to_a_name(doc, g, names)) and g["start"] > max(n["start"] for n in names)
            and not _restates(doc, g, names)]
        before = [g for g in groups if g.get("kind") == "group" and (g.get("count") or 0) > 1
                  and g["end"] <= min(n["start"] for n in names) and _named_after_another(doc, g, names)]
        return before + names + extra
    if groups:
        # Keep the outermost group only: "members of the military" is one subject, not two.
        groups.sort(key=lambda m: (m["start"], -(m["end"] - m["start"])))
        kept: list[Mention] = []
        for g in groups:
            if any(k["start"] <= g["start"] and g["end"] <= k["end"] for k in kept):
                continue
            if kept and g.get("count") is None and not g.get("definite") and kept[-1].get("count") is not None:
                continue
            kept.append(g)
        return paired + _without_breakdowns(doc, kept)
    return pronouns[:1]


def _without_breakdowns(doc: Doc, groups: list[Mention]) -> list[Mention]:
    """"arrested 56 demonstrators--44 women and 12 men--": counted groups set off right after a counted
    group, adding up to its count, break it down; they are not subjects of their own."""
    text = _doc_text(doc)
    for i, whole in enumerate(groups):
        if not whole.get("count"):
            continue
        parts = []
        for g in groups[i + 1:]:
            if not g.get("count"):
                break
            parts.append(g)
            if sum(p["count"] for p in parts) >= whole["count"]:
                break
        opener = text[whole["end"]:parts[0]["start"]].strip() if parts else ""
        if len(parts) >= 2 and sum(p["count"] for p in parts) == whole["count"] and opener in {"-", "--", "—", "–", "(", ":", ","}:
            return [g for g in groups if not any(g is p for p in parts)]
    return groups


def _names_whose_people(doc: Doc, mention: Mention, tokens: Span) -> bool:
    """"the brother of activist X", "11 journalists of Temirov Live", "supporters of opposition figure X":
    a name after "of" that only says whose relatives, staff or followers the people are (the people are
    the argument)."""
    noun = _of_noun(doc, mention)
    span = doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
    if noun is not None and span is not None and any(
            t.pos_ == "NOUN" and t.lower_ in grammar()["org_words"] for t in doc[noun.i + 1:span.start]):
        return False  # "members of parliament X and Y": a title before the names, not whose members
    kin = noun is not None and noun.lower_ in grammar()["kin_nouns"] | grammar()["follower_nouns"]
    return noun is not None and tokens.start <= noun.i < tokens.end and (kin or person_noun(noun) and (
        any(c.dep_ == "nummod" for c in noun.children)))


def _named_after_another(doc: Doc, group: Mention, names: list[Mention]) -> bool:
    """"10 military officers and a prominent human rights defender, Baradine Berdei Targuio": the name
    after the group is that of another noun coordinated with it, not a list of the group's members."""
    first = min(n["start"] for n in names)
    between = doc.char_span(group["end"], first, alignment_mode="expand")
    if between is None or len(between) < 3:
        return False
    words = [t for t in between if not t.is_space]
    return words[0].lower_ == "and" and words[-1].text == "," and any(
        t.pos_ == "NOUN" and t.tag_ == "NN" for t in words[1:-1]) and not any(t.text in {"—", "–", ":", "("} for t in words)


def _restates(doc: Doc, group: Mention, names: list[Mention]) -> bool:
    """"A and B, two of the first journalists to report …, were sentenced": a count in apposition to the
    names just given restates them."""
    span = doc.char_span(group["start"], group["end"], alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    return doc[span.start - 1].text in {",", "–", "—", "("} and (group.get("count") == len(names)
                                                                 or span.root.dep_ == "appos")


def _conjoined_to_a_name(doc: Doc, group: Mention, names: list[Mention]) -> bool:
    """"Admiral Na Tchuto and several of his supporters": an uncounted group coordinated with a name."""
    span = doc.char_span(group["start"], group["end"], alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        tok = tok.head.head  # "several of his supporters"
    return tok.dep_ == "conj" and any(n["start"] <= tok.head.idx < n["end"] for n in names)


def _part_of_a_term(num: Token) -> bool:
    doc = num.doc
    window = [t.lower_ for t in doc[num.i + 1:min(num.i + 4, len(doc))]]
    return window[:2] in (["of", "them"], ["of", "which"], ["of", "those"]) and "suspended" in window


def _coordinated_with(doc: Doc, mention: Mention, persons: list[Mention]) -> bool:
    between = _doc_text(doc)[min(p["end"] for p in persons):mention["start"]] if persons else ""
    return mention["start"] > min(p["start"] for p in persons) and between.strip(" ,") in {"and", ""}


def _verb_parsed_as_modifier(verb: Token) -> Token | None:
    """"In March 2010 gendarmes arrested and detained X": a sentence whose only verb the parser hung
    on its first noun as a modifier. The verb's object (or that of the verb coordinated with it) is
    then the patient; None when the parse is not of that kind."""
    if verb.dep_ != "acl" or verb.head.pos_ not in {"NOUN", "PROPN"} or verb.tag_ not in {"VBD", "VBN"} \
            or any(c.dep_ == "agent" for c in verb.children):
        return None
    if verb.head.dep_ != "ROOT" and verb.tag_ != "VBD":
        return None  # ("reported a judge sentenced X to two years": a finite past tense hung on a noun)
    for v in [verb, *verb.conjuncts]:
        obj = next((c for c in v.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return obj
    return None


def _patient(trigger: Token, sent: Span, *, noun_trigger: bool) -> tuple[list[Mention], Token | None]:
    """Who the event happened to, and the token that heads that argument."""
    doc = sent.doc
    if noun_trigger:
        # ("ordered the arrest and detention of X": the "of" phrase the coordinated nouns share)
        shared = list(trigger.head.children) if trigger.dep_ == "conj" and trigger.head.pos_ == "NOUN" else []
        # ("confirmed the detention by security personnel in Damazin on September 2 of Abdelmoniem Rahma": the
        # "of" phrase the parser hung on the date after the noun)
        after_date = [t for t in doc[trigger.i + 1:sent.end] if t.dep_ == "prep" and t.lower_ == "of"
                      and t.head.ent_type_ == "DATE" and t.head.i > trigger.i and not any(
                          x.pos_ in {"VERB", "AUX"} for x in doc[trigger.i + 1:t.i])][:1]
        for child in list(trigger.children) + shared + after_date:
            if child.dep_ == "prep" and child.lower_ == "of":
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                found = _subjects_from_head(pobj, trigger) if pobj is not None else []
                if child in after_date:
                    found = _persons([m for m in found if m.get("name")])
                if found:
                    # ("the detention of a student …, as well as of a boy": a second "of" phrase, coordinated)
                    more = [p for p in child.conjuncts if p.lower_ == "of"] + [
                        p for cc in trigger.children if cc.dep_ == "cc" and cc.i > child.i
                        for p in cc.children if p.dep_ == "prep" and p.lower_ == "of"]
                    for extra in more:
                        inner = next((c for c in extra.children if c.dep_ == "pobj"), None)
                        found = found + (_subjects_from_head(inner, trigger) if inner is not None else [])
                    return found, pobj
        for child in trigger.children:
            if child.dep_ == "poss":
                if child.lower_ == "whose" and trigger.head.dep_ == "relcl":
                    owner = _antecedent(trigger.head.head)  # "A, whose death sentence was upheld"
                    return _subjects_from_head(owner, trigger), owner
                if child.lower_ == "whose":
                    continue
                return _subjects_from_head(child, trigger, allow_possessive=True), child
        owner = _party_of_the_proceeding(trigger)
        if owner is not None:
            found = _subjects_from_head(owner, trigger, allow_possessive=True) or named_mentions(
                doc[owner.left_edge.i:owner.right_edge.i + 1], keep_modifiers=True)  # (a name after "against")
            if found:
                return found, owner
        holders = [trigger] + [c for c in trigger.children if c.dep_ in {"relcl", "acl"}]
        first = trigger
        while first.dep_ == "conj" and first.head.pos_ == "NOUN" and first.head != first:
            first = first.head  # "upheld a six-month sentence and a fine against X": the phrase they share
            holders.append(first)
        if first.dep_ in {"nsubjpass", "dobj"}:
            # "Life sentences were pronounced for 31 other rebels", "upheld the death sentences against five men"
            holders.append(first.head)
        for holder in holders:
            passive_head = first.dep_ == "nsubjpass" and holder == first.head
            against, _ = _prep_object(holder, {"against", "for", "on"} if passive_head else {"against"})
            if against is not None:
                found = _subjects_from_head(against, trigger)
                if found:
                    return found, against
            beneficiary, _ = _prep_object(holder, {"for"}) if holder == trigger else (None, None)
            if beneficiary is not None and (beneficiary.pos_ == "PROPN" or person_noun(beneficiary)):
                found = _subjects_from_head(beneficiary, trigger)  # "a suspended sentence for a police officer"
                if found:
                    return found, beneficiary
        if trigger.dep_ == "dobj" and trigger.head.lemma_ in {"uphold", "order", "impose", "confirm", "hand", "issue"}:
            # "upheld a five-year sentence on charges of A, B, and C against X", "ordered a suspended
            # sentence for X": the "against"/"for" phrase the parser hung on the last charge noun
            late = next((t for t in sent if t.i > trigger.i and t.lower_ in {"against", "for"} and any(
                c.dep_ == "pobj" and c.pos_ == "PROPN" for c in t.children) and not any(
                x.pos_ == "VERB" and x.dep_ in {"conj", "ccomp", "advcl", "relcl"} for x in sent.doc[trigger.i:t.i])), None)
            pobj = next((c for c in late.children if c.dep_ == "pobj"), None) if late is not None else None
            found = _named_persons(named_mentions(sent.doc[pobj.left_edge.i:pobj.right_edge.i + 1],
                                                  keep_modifiers=True)) if pobj is not None else []
            if found:
                return found, pobj
        verb = _clause_verb(trigger)
        if verb == trigger:
            return [], None
        if trigger.dep_ in {"dobj", "attr", "pobj", "nsubjpass", "oprd"} or trigger.head.dep_ in {"dobj", "pobj"}:
            # "X received a sentence", "X was given a sentence", "sentenced X to ... and a fine"
            for child in verb.children:
                if child.dep_ in {"dative"} and lemma(verb) != "pay":  # "pay the Government a fine": the payee
                    return _subjects_from_head(child, trigger), child
            if lemma(verb) in {"sentence", "fine", "order", "condemn"}:
                obj = next((c for c in verb.children if c.dep_ == "dobj" and c != trigger), None)
                if obj is not None:
                    return _subjects_from_head(obj, trigger), obj
            head, _ = _subject_source(verb)
            if head is not None and lemma(verb) in {"order", "impose", "hand", "issue", "pronounce"} \
                    and head.lemma_.lower() in {"court", "judge", "tribunal"} | grammar()["authority_words"] \
                    and verb.dep_ == "conj":
                # "He was convicted and, on December 5, a court ordered a two-year suspended sentence": the
                # court orders; whoever the clause before convicted is sentenced
                convicted = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
                head = convicted if convicted is not None else head
            if head is not None:
                return _subjects_from_head(head, trigger, allow_possessive=False), head
        # "sentenced to 2 months in prison, a fine, and travel restrictions": a penalty in the list
        # of a sentencing verb belongs to whoever that verb sentenced
        head_verb = clause_head(trigger)
        if head_verb != trigger and lemma(head_verb) in {"sentence", "order", "condemn", "fine", "give", "receive",
                                                             "impose", "convict", "find", "try", "prosecute"}:
            found, arg = _patient(head_verb, sent, noun_trigger=False) if lemma(head_verb) != "receive" \
                else (None, None)
            if not found:
                arg, _ = _subject_source(head_verb)
                found = _subjects_from_head(arg, trigger) if arg is not None else []
            if found:
                return found, arg
        return [], None
    misparsed = _verb_parsed_as_modifier(trigger)
    if misparsed is not None:
        return _subjects_from_head(misparsed, trigger), misparsed
    small = _small_clause_subject(trigger)
    if small is not None:
        return _subjects_from_head(small, trigger), small
    reduced = next((c for c in trigger.children if c.dep_ == "nsubj" and c.i == trigger.i - 1 and c.pos_ == "NOUN"),
                   None) if trigger.tag_ == "VBN" and trigger.dep_ == "conj" else None
    if reduced is not None and not any(c.dep_ in {"aux", "auxpass", "dobj"} for c in trigger.children):
        # "…, and individuals imprisoned in connection with the case": a noun and its participle, not an act
        # of the noun's
        return _subjects_from_head(reduced, trigger), reduced
    both = doc[trigger.i - 1] if trigger.i > sent.start else None
    if both is not None and trigger.tag_ in {"VBN", "VBD"} and both.lower_ in {"both", "all", "each"} and both.dep_ == "appos" \
            and both.head.pos_ in {"PROPN", "NOUN"}:
        # "A and B, both detained in September 2008, were released": the pair the participle is told of
        pair = first_conjunct(both.head, {"PROPN", "NOUN"})
        return _subjects_from_head(pair, trigger), pair
    if trigger.dep_ == "acl" and trigger.tag_ == "VBG":
        # "resulted in a judge sentencing Sock and one of his aides": the noun a present participle
        # qualifies acts; its object is the patient
        obj = next((c for c in trigger.children if c.dep_ == "dobj"), None)
        return (_subjects_from_head(obj, trigger), obj) if obj is not None else ([], None)
    passive = _is_passive(trigger)
    joint = doc[trigger.i - 1].lower_
    if not passive and trigger.tag_ in {"VBN", "VBD"} and trigger.head.tag_ in {"VBG", "VBN", "VBD"} and (
            trigger.dep_ == "conj" and joint in {"and", "then", "later", "subsequently"}
            or trigger.dep_ == "advcl" and joint in {"then", "later", "subsequently"}) and not any(
            c.dep_ in {"dobj", "nsubj", "dative"} and not any(t.like_num or t.ent_type_ == "MONEY" for t in c.subtree)
            for c in trigger.children):
        # "X was convicted of 'spreading false news' in 2021 and sentenced to five years" ("sentenced" hung on
        # the gerund), "… then transferred to Makala prison": a participle sharing the passive subject of the
        # verb above ("and fined $1,600": the amount is no object of its own)
        passive = _subject_source(trigger)[1]
    # "the regional security committee sentenced without due process 40 of …" parsed as a noun phrase
    # with no verb: an authority does not get sentenced, it sentences -- read the words after the verb
    acting_authority = trigger.dep_ == "acl" and (trigger.head.dep_ == "ROOT" or any(
        c.dep_ == "dobj" for c in trigger.children)) and trigger.head.pos_ == "NOUN" \
        and (trigger.head.lemma_.lower() in grammar()["authority_words"] or trigger.head.lower_ in grammar()["org_words"]) \
        and not any(c.dep_ == "agent" for c in trigger.children)  # ("In 2020 authorities arrested X": the parser's
    # reduced relative with an object of its own is the authority acting)
    if (passive or trigger.dep_ in {"acl"} and not any(c.dep_ == "nsubj" for c in trigger.children)) \
            and not acting_authority:
        if trigger.dep_ in {"acl", "relcl"} and trigger.head.lower_ in {"those", "ones"} and \
                trigger.head.head.lower_ == "among":
            # "Among those sentenced to death were rebel leaders A, B and C"
            main = clause_head(trigger.head.head)
            subject = next((c for c in main.children if c.dep_ in {"nsubj", "nsubjpass", "attr"}), None)
            if subject is not None:
                return _subjects_from_head(subject, trigger), subject
        if trigger.dep_ == "acl" and trigger.head.pos_ == "PRON":
            named = _named_member(trigger)
            if named:
                return named, None  # "One of those arrested, Ebrahim al-Mannai, a lawyer, had called for reform"
            return [], None  # "four others of those arrested were released": the arrest was told before
        if trigger.dep_ == "acl" and _replaced_penalty(trigger.head):
            # "were convicted, but in lieu of prison sentences placed on probation": the participle goes with
            # the verb the phrase hangs on, not with the sentences not given
            outer = next((a for a in trigger.head.ancestors if a.pos_ in {"VERB", "AUX"}), None)
            subject = _subject_source(outer)[0] if outer is not None else None
            if subject is not None:
                return _subjects_from_head(subject, trigger), subject
        if trigger.dep_ in {"acl", "relcl"} and not any(c.dep_ == "nsubjpass" for c in trigger.children):
            head = trigger.head
            before = doc[trigger.i - 2] if trigger.i - 2 >= sent.start and doc[trigger.i - 1].text == "(" else None
            if before is not None and before.pos_ in {"PROPN", "NOUN"} and before.dep_ in {"appos", "conj"} \
                    and before.head == head:
                head = before  # "A (sentenced …); blogger B (sentenced …)": the list item the parenthesis follows
            if trigger.tag_ == "VBN" and (any(c.dep_ == "det" and c.lower_ in {"the", "these", "those"}
                                              for c in head.children) or any(c.lower_ == "other" for c in head.children)):
                return [], None  # "the other 19 persons detained": refers to a detention told before
            if head.dep_ == "attr" and head.head.lemma_ == "be":
                # "Khadija, age 17, was a university student arrested in …": the copula's subject
                head = next((c for c in head.head.children if c.dep_ in {"nsubj", "nsubjpass"}), head)
            head = _apposition_of_a_name(head)
            if head.dep_ == "appos" and head.head != head and head.pos_ != "PROPN":
                head = head.head  # "Mboua Massok, a political activist arrested in …" (a name in apposition
                # to a name is the next item of a list: "A (sentenced …); blogger B (sentenced …)")
            found = _subjects_from_head(head, trigger)
            if found and all(m.get("via") == "group" for m in found):
                found = _names_after(head, trigger) or found
            if found:
                return found, head
        head, _ = _subject_source(trigger)
        if head is not None:
            if head.lower_ in {"who", "that", "which"} and head.head.dep_ == "relcl":
                head = head.head.head
            if head.pos_ == "NOUN" and _apposition_of_a_name(head).dep_ == "appos":
                head = _apposition_of_a_name(head).head  # "X, the party leader and MP convicted and sentenced …"
            if head.lower_ in grammar()["sentence_nouns"] and head.tag_ in {"NN", "NNS"} and not any(
                    c.dep_ in {"prep", "acl"} for c in head.children):
                # "the sentences were later commuted to life imprisonment": whose sentences they were
                owner = next((c for c in head.children if c.dep_ == "poss"), None)
                if owner is not None:
                    return _subjects_from_head(owner, trigger, allow_possessive=True), owner
                number = "plural" if head.tag_ == "NNS" else "singular"
                return [{"name": None, "kind": "group" if number == "plural" else "person", "count": None,
                         "description": None, "start": head.idx, "end": head.idx + len(head), "via": "pronoun",
                         "number": number}], head
            if trigger.dep_ == "relcl" and (head.i in _penalty_tokens(sent) or head.lower_ in CHARGE_NOUNS):
                # "sentenced X to six months' imprisonment, which was later reduced to …": X's sentence
                verb = _clause_verb(head)
                if verb != trigger and verb.pos_ in {"VERB", "AUX"}:
                    return _patient(verb, sent, noun_trigger=False)
            found = _subjects_from_head(head, trigger)
            if found and all(m.get("via") == "group" for m in found):
                # "at least eight journalists were detained, including A, B, and C"; "Five suspects including
                # the former local mayor, X, were arrested"
                inside = next((t.i for t in head.subtree if t.i > head.i and t.lower_ == "including"), None)
                found = _with_included(found, sent, inside if inside is not None else trigger.i + 1, trigger)
            if found and trigger.dep_ == "relcl" and len(found) > 1 and all(m.get("name") for m in found) and any(
                    c.lower_ in {"was", "is", "has"} for c in trigger.children):
                found = found[-1:]  # "release A and B, who was sentenced to 45 years": the one named last
            if found:
                if all(m.get("name") for m in found) and trigger.dep_ != "relcl":
                    # names the parser hung elsewhere in the same subject ("in September A, the X, and B were")
                    # (not for a relative clause: "release A and B, who was sentenced to 45 years" is B's)
                    doc = sent.doc
                    penalties = _penalty_tokens(sent)
                    extra = [m for m in _passive_window(trigger, sent) if m.get("name") and m["kind"] == "person"
                             and m["end"] <= found[0]["start"] and not any(m["name"] == f["name"] for f in found)
                             and not any(t.pos_ in {"VERB", "AUX"} or t.i in penalties for t in
                                         doc.char_span(m["end"], found[0]["start"], alignment_mode="expand") or [])]
                    # (names with a penalty of their own before this subject are another segment's:
                    # "…, Dini and Ibrahim to 29 months, and Farah was sentenced …")
                    found = extra + found
                return found, head
        for clause in trigger.children:
            # "X, wanted in Turkmenistan for extremism, was detained": a reduced relative clause the
            # parser made a clause of its own, taking X for its subject
            subj = next((c for c in clause.children if c.dep_ == "nsubj"), None) \
                if clause.dep_ == "advcl" and clause.i < trigger.i and clause.tag_ in {"VBD", "VBN"} else None
            if subj is not None and subj.i + 1 < clause.i and sent.doc[subj.i + 1].text == ",":
                found = _subjects_from_head(subj, trigger)
                if found:
                    return found, subj
        found = _passive_window(trigger, sent)
        if found:
            return found, None
        # nothing where a passive subject should be: the parse may be wrong, read it as active
    # Active voice: the direct object, else the material right after the trigger up to a clause stop,
    # stepping over the penalty ("sentenced in absentia to 20 years' imprisonment former President X").
    obj = next((c for c in trigger.children if c.dep_ in {"dobj", "dative"}), None)
    member = _member_named_after(obj) if obj is not None and obj.pos_ == "PROPN" and obj.ent_type_ != "PERSON" \
        else None
    if member is not None:
        return [name_mention(member, kind="person")], member.root  # "arrested Coalition for Unity and … member X"
    if obj is not None and obj.lower_ in {"whom", "who", "which", "that"} and trigger.dep_ == "relcl":
        # "released journalists A, B, C, and D, whom they had detained for eight years": the list the clause is on
        antecedent = first_conjunct(trigger.head, {"PROPN", "NOUN"})
        found = _subjects_from_head(antecedent, trigger)
        if found:
            return found, antecedent
    pair = _roles_under_one_determiner(obj, trigger) if obj is not None else None
    if pair is not None:
        return [pair], obj
    listed = _names_listed_after(obj) if obj is not None else []
    if listed:
        return listed, obj
    stops = grammar()["stop_after_object"]
    skip = _penalty_tokens(sent)
    end = trigger.i + 1
    chain, chain_end, obj_seen = {trigger.i}, trigger.i, False
    passed: list[tuple[int, int]] = []
    while end < sent.end:
        tok = doc[end]
        if end in skip:
            end += 1
            continue
        if tok.text == "(":
            close = next((t.i for t in doc[end:min(end + 5, sent.end)] if t.text == ")"), None)
            if close is not None and close - end <= 3 and all(t.text[:1].isupper() and len(t) <= 8 or t.is_punct
                                                              for t in doc[end + 1:close]):
                end = close + 1  # "members of parliament (MPs) A and B"
                continue
        hyphen = int(end + 2 < sent.end and doc[end - 1].text == "-" and doc[end + 1].text == "-")
        if tok.lower_ == "in" and end - hyphen > sent.start and doc[end - 1 - hyphen].lower_ in {"editor", "commander"} \
                and end + 1 + hyphen < sent.end and doc[end + 1 + hyphen].lower_ == "chief":
            end += 2 + hyphen  # "editor in chief Yusuf Getachew", "editor-in-chief X": a title, not a place
            continue
        if tok.lower_ == "without" and end + 1 < sent.end:
            nxt = doc[end + 2] if doc[end + 1].pos_ == "DET" and end + 2 < sent.end else doc[end + 1]
            if nxt.lower_ == "due" and nxt.i + 1 < sent.end and doc[nxt.i + 1].lower_ == "process":
                nxt = doc[nxt.i + 1]  # "sentenced without due process 40 of those arrested"
            if nxt.lower_ in {"warrant", "warrants", "charge", "charges", "trial", "process"}:
                end = nxt.i + 1  # "arrested without a warrant Gabriel Nikundana"
                continue
        if tok.lower_ == "as" and end + 2 < sent.end and doc[end + 1].lower_ == "well" and doc[end + 2].lower_ == "as":
            end += 3  # "detained the wives of five soldiers, as well as another soldier": a coordination
            continue
        if tok.lower_ in stops and end > trigger.i + 1 and not (
                tok.dep_ in {"dobj", "nsubjpass"} and doc[end - 1].lower_ in {"the", "a", "an"}):  # ("arrested the
            # accused": the object, not a charge participle)
            after = _apposed_name_after_place(tok, sent)
            if after is None:
                after = _name_after_office(tok, sent)
            if after is None:
                break
            passed.append((end, after))  # (the place or employer between the role and its name is neither)
            end = after  # "a local correspondent of VOA in Cabinda, Jose Manuel Gimbi, and …": the name is the role's
            continue
        if tok.pos_ == "VERB" and not obj_seen and all(t.is_punct or t.dep_ == "cc" for t in doc[chain_end + 1:end]) \
                and (tok.dep_ == "conj" and tok.head.i in chain and not any(c.dep_ in {"nsubj", "nsubjpass", "dobj"}
                                                                             for c in tok.children)
                     or tok.dep_ == "amod" and doc[end - 1].lower_ == "and"):
            chain.add(tok.i)  # "arrested, tried, and convicted journalist X": verbs that share the object
            chain_end = end
            end += 1
            continue
        if tok.pos_ in {"VERB", "AUX"} and tok.dep_ in {"conj", "ROOT", "advcl", "ccomp"} and end > trigger.i + 1 \
                and not _role_modifier(tok):
            break
        if obj_seen and tok.tag_ == "VBN" and tok.lower_ in grammar()["charge_participles"]:
            break  # "arrested in Stresa a man suspected of having kidnapped a woman": whom he is suspected of harming
        obj_seen = obj_seen or tok.pos_ in {"NOUN", "PROPN", "PRON", "NUM"}
        end += 1
    if passed and any(t.ent_type_ == "PERSON" for a, b in passed for t in doc[a:b]):
        # ("former Minister of X under former President Y, Z": Y is no subject; Z is the minister)
        mentions = _mentions_in(doc[trigger.i + 1:passed[0][0]], trigger) + _mentions_in(doc[passed[-1][1]:end], trigger)
    else:
        mentions = _mentions_in(doc[trigger.i + 1:end], trigger)
    # the list may follow a phrase on the verb: "arrested nine persons under the antiterrorism law, including A"
    listed = next((t for t in doc[end:sent.end] if t.lower_ in {"including", "notably"} and (
        t.head in (trigger, obj) or obj is not None and t.head in obj.conjuncts)), None)  # ("journalists and media
    # figures including X")
    mentions = _with_included(mentions, sent, listed.i if listed is not None else end, trigger)
    if obj is not None:
        # the object's own coordination may run past a stop word ("editor in chief Yusuf Getachew")
        extra = _subjects_from_head(obj, trigger)
        if not mentions or any(m.get("name") for m in extra) and all(
                not m.get("name") and m.get("kind") == "person" and m["start"] < min(x["start"] for x in extra if x.get("name"))
                for m in mentions):
            # ("detained former member of X and former ambassador to Canada Fathi Bajaa": the roles of the name
            # the window stopped short of)
            mentions = extra
        elif all(m.get("name") for m in mentions):
            mentions += [m for m in extra if (m.get("name") or m.get("count")) and m["start"] > mentions[-1]["start"]
                         and not any(m.get("name") and m["name"] == n["name"] for n in mentions)]
    if not mentions and obj is None and (shifted := _shifted_object(trigger)) is not None:
        mentions = _shifted_mentions(shifted, trigger)  # "detained for up to 2 weeks more than 50 protesters"
    if not mentions:
        # "arrested and later released 45 protesters", "detained, harassed, and threatened to kill five
        # journalists, including A and B": an object shared by coordinated verbs
        for sibling in _shared_objects(trigger):
            mentions = _shifted_mentions(sibling, trigger)
            listed = next((c for c in sibling.children if c.lower_ in {"including", "notably"}), None)
            if listed is not None:
                mentions += _included_names(sent, listed.i, trigger)
            if mentions:
                break
    return mentions, obj


def _named_member(trigger: Token) -> list[Mention]:
    """"One of those arrested, Ebrahim al-Mannai, …": the person named right after "one of those <verb>"."""
    doc = trigger.doc
    of = trigger.head.head
    one = of.head if of.lower_ == "of" else None
    if one is None or one.lower_ != "one" or trigger.i + 2 >= len(doc) or doc[trigger.i + 1].text != ",":
        return []
    nxt = doc[trigger.i + 2]
    if nxt.ent_type_ != "PERSON":
        return []
    end = nxt.i
    while end + 1 < len(doc) and doc[end + 1].ent_type_ == "PERSON" and doc[end + 1].ent_iob_ == "I":
        end += 1
    return [m for m in named_mentions(doc[nxt.i:end + 1], keep_modifiers=True) if m["kind"] == "person"][:1]


def _small_clause_subject(trigger: Token) -> Token | None:
    """"the prosecutor ordered him immediately arrested and detained": the object of an ordering verb
    that a bare participle is told of, the parser's subject of that participle."""
    first = trigger
    while first.dep_ == "conj" and first.head.tag_ == "VBN" and first.head != first:
        first = first.head
    if trigger.tag_ != "VBN" or first.tag_ != "VBN" or first.dep_ not in {"ccomp", "xcomp", "oprd"} \
            or first.head.lemma_ not in {"order", "want", "have"} or first.head.i > first.i \
            or any(c.dep_ in {"aux", "auxpass"} for c in first.children):
        return None
    return next((c for c in first.children if c.dep_ in {"nsubj", "nsubjpass"} and first.head.i < c.i < first.i), None)


def _apposition_of_a_name(noun: Token) -> Token:
    """The first of coordinated role nouns apposed to a name ("Ilan Shor, the leader of the Shor Party and
    member of parliament": "member" → "leader"), else the noun itself."""
    first = first_conjunct(noun, {"NOUN"})
    return first if first.dep_ == "appos" and first.head.pos_ == "PROPN" else noun


def _apposed_name_after_place(prep: Token, sent: Span) -> int | None:
    """"detained a local correspondent of VOA in Cabinda, Jose Manuel Gimbi, and …", "a stringer for
    Radio Liberty in Tashkent, Umid Karimov,": a full name set off by commas right after the phrases
    that follow an unnamed role noun names that role (the parser coordinates it with the last place or
    employer). Returns where the name starts, else None."""
    doc = sent.doc
    preps = {"in", "at", "from", "for", "of", "with", "under"}  # ("Minister of X under former President Y, Z")
    if prep.lower_ not in preps or prep.i < sent.start + 1:
        return None
    role = next((t for t in reversed(doc[sent.start:prep.i]) if not t.is_punct and t.pos_ != "ADP"), None)
    titles = grammar()["title_heads"]
    while role is not None and role.pos_ == "PROPN" and role.dep_ == "pobj" and (
            role.head.head.pos_ == "NOUN" or role.head.head.lower_ in titles):
        role = role.head.head  # "a correspondent of VOA", "former Minister of Communication": the role
    if role is None or not (role.pos_ == "NOUN" and person_noun(role) or role.lower_ in titles):
        return None
    i = prep.i
    while i < sent.end and i - prep.i <= 8 and (doc[i].lower_ in preps and doc[i].pos_ == "ADP"
                                                or doc[i].pos_ in {"PROPN", "DET"} or doc[i].text == "-"
                                                or doc[i].lower_ in {"former", "then", "late"}):
        i += 1
    if i + 1 >= sent.end or doc[i].text != "," or doc[i - 1].pos_ != "PROPN":
        return None
    j = i + 1
    while j < sent.end and doc[j].pos_ == "PROPN" and doc[j].is_title \
            and doc[j].ent_type_ not in {"GPE", "LOC", "FAC", "ORG", "NORP"}:
        j += 1
    if j - (i + 1) < 2 or j < sent.end and doc[j].text not in {",", "and", ".", ";", "("}:
        return None  # (a full name: one capitalized word after a place may be another place)
    return i + 1


def _name_after_office(prep: Token, sent: Span) -> int | None:
    """"arrested chief of staff to the prime minister Vítor Escária": a bare role, the office it serves and
    right after it the holder's name, which the NER knows for a person. Returns where the name starts."""
    doc = sent.doc
    role = next((t for t in reversed(doc[sent.start:prep.i]) if not t.is_punct and t.pos_ != "ADP"), None)
    while role is not None and role.dep_ == "pobj" and role.head.lower_ == "of" and role.head.head.pos_ == "NOUN":
        role = role.head.head  # "chief of staff": the role is the chief
    titles = grammar()["titles"] | grammar()["title_heads"]
    if role is None or role.pos_ != "NOUN" or role.lower_ not in titles or any(
            c.dep_ in {"det", "nummod", "poss", "amod"} and c.lower_ not in {"former", "then", "deputy", "acting"}
            for c in role.children):
        return None  # (a bare title, as titles are written: "the chief of the army in X", "several others
        # accused of the murder of X" are no titles)
    i = prep.i + 1
    while i < sent.end and i - prep.i <= 6 and doc[i].ent_type_ != "PERSON" and (
            doc[i].pos_ in {"DET", "ADJ", "NOUN", "ADP"} and doc[i].is_lower):
        i += 1
    if i >= sent.end or doc[i].ent_type_ != "PERSON" or doc[i].ent_iob_ != "B" or i == prep.i + 1:
        return None
    return i


def _coordinated_verb(tok: Token) -> bool:
    """"police summoned and detained journalist X": a participle after "and" and a past-tense verb is
    that verb's coordinate, whatever the parser made of it."""
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].lower_ in {"and", "then"} and doc[tok.i - 2].tag_ == "VBD"


def _role_modifier(tok: Token) -> bool:
    """"detained A, contributing editor B, and C": a participle before a role noun and a name is part
    of the title the parser read as a clause of its own."""
    doc = tok.doc
    return tok.tag_ == "VBG" and tok.i + 2 < len(doc) and doc[tok.i - 1].text == "," \
        and doc[tok.i + 1].pos_ == "NOUN" and doc[tok.i + 2].pos_ == "PROPN"


def _names_after(head: Token, trigger: Token) -> list[Mention]:
    """"The last two remaining in detention, Youssouf Ouattara and Anliou Sylla, were released": the
    persons named right after a counted group are who it counts."""
    doc = head.doc
    start = (trigger.right_edge.i if head.i < trigger.i <= head.right_edge.i else head.right_edge.i) + 1
    if start >= len(doc) or doc[start].text not in {",", "—", "–", ":"}:
        return []
    end = start + 1
    while end < len(doc) and doc[end].pos_ not in {"VERB", "AUX"} and doc[end].text not in {";", "."}:
        end += 1
    names = named_mentions(doc[start + 1:end], trigger=trigger)
    return [{**m, "kind": "person"} for m in names if not is_organization(m)]


def _colon_list(trigger: Token, sent: Span) -> list[Mention]:
    """"At least three bloggers were arrested for fraud: A, a journalist (sentenced …); blogger B; and
    blogger C": the persons a colon list after the trigger's clause names are who its counted group
    counts, one per item (the first person named in each semicolon-separated item)."""
    doc = sent.doc
    colon = next((t for t in doc[trigger.i + 1:sent.end] if t.text == ":"), None)
    before = doc[colon.i - 1] if colon is not None else None
    if before is not None and before.pos_ == "NOUN" and not people(before) and not person_noun(before) and any(
            c.dep_ == "nummod" for c in before.children):
        return []  # "arrested protesters in three cities: A, B and C" lists the cities
    if colon is None or any(t.pos_ in {"VERB", "AUX"} and t.dep_ in {"ROOT", "conj", "ccomp", "advcl"}
                            and t.head != trigger for t in doc[trigger.i + 1:colon.i]):
        return []
    region = doc[colon.i + 1:sent.end]
    parens, depth = [], 0
    for tok in region:
        depth += tok.text == "("
        if depth:
            parens.append((tok.idx, tok.idx + len(tok)))
        depth -= tok.text == ")" and depth > 0
    if any(t.text == ";" for t in region):
        items, start = [], region.start
        for tok in region:
            if tok.text == ";" or tok.i == region.end - 1:
                items.append(doc[start:tok.i + (tok.text != ";")])
                start = tok.i + 1
        found = []
        for item in items:
            names = _listed_persons(named_mentions(item, trigger=trigger, exclude=parens))[:1]
            found += names or _leading_name(item)
        return found
    return _listed_persons(named_mentions(region, trigger=trigger, exclude=parens))


def _leading_name(item: Span) -> list[Mention]:
    """A list item "and Hamou Azouaou, a reporter" opens with its person's name, whatever the NER
    made of it (here a nationality): two or more proper nouns before an apposition."""
    tokens = [t for t in item if not (t.i == item.start and t.lower_ in {"and", "or"})]
    end = 0
    while end < len(tokens) and tokens[end].pos_ == "PROPN" and tokens[end].is_title:
        end += 1
    if end < 2 or end >= len(tokens) or tokens[end].text != ",":
        return []
    return [name_mention(item.doc[tokens[0].i:tokens[end - 1].i + 1])]


def _listed_persons(names: list[Mention]) -> list[Mention]:
    """The persons among names listed after a colon ("in three cities: Tunis, Sfax and Sousse" lists none)."""
    return _named_persons([m for m in names if m["kind"] != "place"])


def _enumerated(subjects: list[Mention], trigger: Token, sent: Span) -> list[Mention]:
    """The counted groups in ``subjects`` replaced by the persons a colon list or a dashed or bracketed
    apposition enumerates, if any."""
    if subjects and all(s.get("via") in {"group", "pronoun"} and not s.get("name") for s in subjects):
        return _colon_list(trigger, sent) or _bracketed_names(subjects, sent) or subjects
    return subjects


def _bracketed_names(subjects: list[Mention], sent: Span) -> list[Mention]:
    """"two journalists – A and B – each to five years", "at least two journalists (A and B)": the
    persons named between dashes or brackets right after a counted group."""
    doc = sent.doc
    out: list[Mention] = []
    for group in subjects:
        if not (group.get("count") or group.get("bounded")):
            continue
        span = doc.char_span(group["start"], group["end"], alignment_mode="expand")
        if span is None or span.end >= sent.end:
            continue
        opener = span.end
        if not _dash_or_bracket(doc[opener]) and group.get("count"):
            # "four journalists affiliated with the X network (A, B, C, and D) were detained": the list
            # after the group's own modifiers, before any verb of the clause
            opener = next((t.i for t in doc[span.end:min(span.end + 12, sent.end)] if _dash_or_bracket(t)
                           or t.text == "," and t.i > span.end  # ("two journalists from the newspaper X, editor A
                           # and reporter B": the list after the group's modifiers, as many names as it counts)
                           or t.pos_ == "AUX" or t.pos_ == "VERB" and t.dep_ not in {"acl", "amod"}
                           and not (t.i == span.end and t.tag_ in {"VBN", "VBG"})), span.end)
        comma = doc[opener].text == ","
        if not (_dash_or_bracket(doc[opener]) or comma and opener > span.end and (group.get("count") or 0) >= 2):
            continue
        end = next((t.i for t in doc[opener + 1:sent.end]
                    if (t.text == ")" if doc[opener].text == "(" else _dash_or_bracket(t) and t.text != "(")), None)
        if end is None and doc[opener].text != "(" and opener > span.end:
            end = sent.end - 1 if doc[sent.end - 1].is_punct else sent.end  # a dash list that ends the sentence
        if end is None:
            continue
        inside = doc[opener + 1:end]
        if inside.text.lower().startswith(("including", "among them")):
            continue  # "23 persons – including members of the X party –": some of them, not all
        # (past the group's modifiers, names qualifying a noun are not listed: "a member of the Barrio 18 gang")
        persons = _listed_persons([m for m in named_mentions(inside, keep_modifiers=True) if not is_organization(m)
                                   and not (opener > span.end and _qualifies_a_noun_name(doc, m))])
        if opener > span.end and len(persons) != group["count"]:
            # "three suspects in relation to the shooting – A, B, and an unnamed minor member of the gang": the
            # names and the unnamed persons listed with them, as many as the group counts
            unnamed = [g for t in inside if t.dep_ in {"conj", "appos"} and t.pos_ == "NOUN"
                       and (g := group_mention(t)) is not None and g.get("kind") in {"person", "group"}
                       and not g.get("bare")]
            listed = persons + unnamed
            if persons and _head_count(listed) == group["count"]:
                persons = listed
        if opener > span.end and _head_count(persons) != group["count"]:
            continue  # (past the group's modifiers, only a list of exactly as many persons)
        if comma and persons and any(t.pos_ in {"VERB", "AUX"} for t in doc[opener + 1:doc.char_span(
                persons[-1]["start"], persons[-1]["end"], alignment_mode="expand").start]):
            continue  # (after a comma, a list and nothing else: not "…, and police arrested several others")
        out += persons
    return out


def _head_count(mentions: list[Mention]) -> int:
    """How many persons ``mentions`` stand for: one per name, a group's count (0 when it has none)."""
    return sum(1 if m.get("name") else (m.get("count") or 0) for m in mentions)


def _qualifies_a_noun_name(doc: Doc, mention: Mention) -> bool:
    """A name that only qualifies a noun ("a member of the Barrio 18 gang")."""
    span = doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
    return span is not None and span.root.dep_ in {"nmod", "compound", "poss", "amod"}


def _dash_or_bracket(tok: Token) -> bool:
    """An opening bracket or a dash used as one ("–", "—", "-", "--", "‑‑")."""
    return tok.text == "(" or bool(re.fullmatch(r"[-–—\u2010\u2011]+", tok.text))


def _person_description(mention: Mention) -> bool:
    """An unnamed mention whose head word is a person word ("two journalists", "the detainees")."""
    words = (mention.get("description") or "").lower().split()
    g = grammar()
    return bool(words) and (words[-1] in g["person_words"] or words[-1] in g["kin_nouns"]
                            or words[-1] in g["title_heads"] or words[-1].rstrip("s") in g["person_words"])


def _shared_objects(trigger: Token) -> list[Token]:
    """Direct objects of the verbs coordinated with ``trigger`` (and of their "to"-complements)."""
    verbs = [c for c in trigger.children if c.dep_ == "conj"] + ([trigger.head] if trigger.dep_ == "conj" else [])
    seen = {trigger.i}
    out = []
    while verbs:
        verb = verbs.pop(0)
        if verb.i in seen or verb.pos_ not in {"VERB", "AUX"}:
            continue
        seen.add(verb.i)
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None:
            xcomp = next((c for c in verb.children if c.dep_ == "xcomp"), None)
            obj = next((c for c in xcomp.children if c.dep_ == "dobj"), None) if xcomp is not None else None
        if obj is None and verb.i > trigger.i:
            obj = _shifted_object(verb)
        if obj is not None:
            out.append(obj)
        verbs += [c for c in verb.children if c.dep_ == "conj"]
    return out


def _shifted_mentions(obj: Token, trigger: Token) -> list[Mention]:
    """The mentions an object heads; a counted group after a destination is that group alone ("repatriated
    to the Democratic Republic of the Congo 19 asylum seekers": not the country the parser hung on it)."""
    if obj.dep_ == "pobj" and obj.head.lower_ == "to" and obj.pos_ == "NOUN":
        group = group_mention(obj)
        if group is not None:
            num = next((c for c in obj.children if c.dep_ == "nummod"), None)
            return [{**group, "start": num.idx if num is not None else obj.idx}]
    return _subjects_from_head(obj, trigger)


def _shifted_object(verb: Token) -> Token | None:
    """The object a verb's charge, term or destination came before, which the parser hung on "with", "for"
    or "to": "arrested and charged with incitement six party activists", "charged with treason Garad Abshir
    Garad Salah", "detained for up to 2 weeks more than 50 antireferendum protesters", "extradited to
    Mauritania Youba Ould El Ghoth"."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "to":
            # "arrested and extradited to Mauritania Youba Ould El Ghoth": a person after the destination;
            # "sentenced to prison six other individuals": counted persons after the penalty
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                if pobj.pos_ == "PROPN" and pobj.ent_type_ == "PERSON" and any(
                        t.ent_type_ == "GPE" for t in verb.doc[prep.i + 1:pobj.i]):
                    return pobj
                if pobj.pos_ == "NOUN" and person_noun(pobj) and any(
                        c.dep_ == "nummod" and c.i >= prep.i + 2 for c in pobj.children):
                    return pobj  # (the count after other words: "to the Democratic Republic of the Congo 19 …")
        if prep.dep_ != "prep" or prep.lower_ not in {"with", "for"}:
            continue
        for t in prep.subtree:
            if t.i <= prep.i + 1:
                continue
            if t.pos_ == "NOUN" and person_noun(t) and any(c.dep_ == "nummod" for c in t.children):
                return t
            if t.pos_ == "PROPN" and t.dep_ == "pobj" and t.head == prep and t.ent_type_ == "PERSON" and any(
                    x.pos_ == "NOUN" and x.is_lower for x in verb.doc[prep.i + 1:t.i]):
                return t
    return None


def _included_names(sent: Span, at: int, trigger: Token) -> list[Mention]:
    """Named persons in an "including A and B" list right after a group: each is a subject of its own
    ("arrested 146 persons, including SPLM Secretary General Pagan Amum and Yassir Arman")."""
    doc = sent.doc
    i = at
    while i < sent.end and doc[i].text in {",", "—"}:
        i += 1
    if i >= sent.end or doc[i].lower_ not in {"including", "among", "notably"}:
        return []
    stop = i + 1
    while stop < sent.end and (doc[stop].text not in {";", ".", "(", ")"} or _outlet_in_brackets(doc, stop)) and not (
            doc[stop].pos_ in {"VERB", "AUX"} and (doc[stop].dep_ in {"ROOT", "conj", "advcl", "relcl"}
                                                   or doc[stop].dep_ == "acl" and doc[stop].tag_ == "VBN")
            and not doc[stop].ent_type_ == "PERSON") \
            and doc[stop].lower_ not in {"who", "which", "for", "after", "because", "on"}:
        stop += 1
        if stop < sent.end and doc[stop].text == ";":
            # "including journalists A, B and C; Radio X employees D and E; and F of the News Agency":
            # the list goes on over semicolons while each item names persons
            nxt = next((t.i for t in doc[stop + 1:sent.end] if t.text in {";", "."}), sent.end)
            if any(t.ent_type_ == "PERSON" for t in doc[stop + 1:nxt]):
                stop += 1
    names = named_mentions(doc[i + 1:stop], trigger=trigger)
    return _named_persons(names)


def _outlet_in_brackets(doc: Doc, i: int) -> bool:
    """A bracket around a name's outlet or party inside a list: "Jeff Ngoy (Radio Okapi), Malou Mbela (RTNC)"."""
    tok = doc[i]
    if tok.text == "(":
        return i > 0 and doc[i - 1].pos_ == "PROPN" and any(t.text == ")" for t in doc[i + 1:i + 6])
    if tok.text == ")":
        opening = next((t.i for t in reversed(doc[max(i - 6, 0):i]) if t.text == "("), None)
        return opening is not None and _outlet_in_brackets(doc, opening)
    return False


def _with_included(mentions: list[Mention], sent: Span, at: int, trigger: Token) -> list[Mention]:
    """``mentions`` with the persons of an "including" list at ``at``, less the groups they exhaust."""
    included = _included_names(sent, at, trigger)
    return _without_exhausted_groups(mentions, included, sent.doc) + included


def _without_exhausted_groups(mentions: list[Mention], included: list[Mention], doc: Doc) -> list[Mention]:
    """"detained at least five lawyers, including A, B, C, D, and E": a group whose every member is
    named is those persons, not one more subject."""
    out = []
    for m in mentions:
        span = doc.char_span(m["start"], m["end"], alignment_mode="expand") if m.get("via") == "group" else None
        number = next((parse_number(t.text) for t in span if t.like_num), None) if span is not None else None
        if isinstance(number, int) and 0 < number <= len(included):
            continue
        out.append(m)
    return out


def _passive_window(trigger: Token, sent: Span) -> list[Mention]:
    """Mentions before a passive verb back to the clause start, for parses with no subject arc
    ("On 1 August, activists A and B were detained" parsed with "activists" as a verb)."""
    doc = sent.doc
    end = trigger.i
    while end > sent.start and (doc[end - 1].pos_ in {"AUX", "ADV", "PART"} or doc[end - 1].dep_ in {"auxpass", "aux"}):
        end -= 1
    markers = grammar()["clause_markers"]
    start = end
    while start > sent.start and doc[start - 1].lower_ not in markers and doc[start - 1].text != ";" and \
            not (doc[start - 1].pos_ == "VERB" and doc[start - 1].tag_ in {"VBD", "VBZ", "VBP"}
                 and doc[start - 1].dep_ != "ROOT") and not (
                doc[start - 1].pos_ == "VERB" and any(c.dep_ in {"auxpass", "nsubjpass"}
                                                      for c in doc[start - 1].children)
                and doc[start - 1] not in trigger.conjuncts):
        start -= 1  # back to the clause start, never into another clause ("38 were acquitted, 10 …")
    stop = doc[start - 1] if start > sent.start else None
    relative = stop if stop is not None and stop.dep_ == "relcl" else (
        stop.head if stop is not None and stop.lower_ in RELATIVE_PRONOUNS and stop.head.dep_ == "relcl" else None)
    if relative is not None:
        # "Issa Dicko, a Fulani employee who worked for MSF, was arrested": the clause's subject is the noun
        # phrase the relative clause hangs on (and the name it stands in apposition to)
        noun = relative.head
        if noun.dep_ == "appos":
            noun = noun.head
        start = noun.left_edge.i if noun.left_edge.i >= sent.start else start
        while doc[start].is_punct or doc[start].pos_ in {"ADP", "CCONJ"}:
            start += 1
    if end - start > 40:
        return []
    return _mentions_in(doc[start:end], trigger)


def _penalty_tokens(sent: Span) -> set[int]:
    """Token indexes of penalty, term and amount phrases, with their "to"/"in absentia" lead-ins."""
    doc = sent.doc
    out: set[int] = set()
    for span in _spans_in(sent):
        if span.label_ in {"PENALTY", "DURATION", "MONEY"}:
            out.update(range(span.start, span.end))
            if span.start > sent.start and doc[span.start - 1].lower_ == "to":
                out.add(span.start - 1)
    for tok in sent:
        if tok.lower_ == "absentia" and tok.i > sent.start and doc[tok.i - 1].lower_ == "in":
            out.update({tok.i - 1, tok.i})
        if tok.text == "'" and tok.i - 1 in out:
            out.add(tok.i)
    return out


def _by_authority(agent: str | None) -> bool:
    """Whether an agent phrase names the state ("police", "security forces", "the prosecutor")."""
    return any(w in grammar()["authority_words"] for w in (agent or "").lower().split())


def _agent(trigger: Token, *, noun_trigger: bool) -> str | None:
    """Who acted: the active subject, a passive "by" agent, or "under the authority of X"."""
    if noun_trigger:  # "the abduction of X by police officers"
        by = next((c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        pobj = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        if pobj is not None:
            return _phrase(pobj)
    verb = _clause_verb(trigger) if noun_trigger else trigger
    if noun_trigger and (trigger.dep_ == "pobj" or trigger.dep_ == "dobj" and trigger.head == verb) \
            and verb.lemma_ not in {"order", "carry", "conduct", "make", "effect", "execute", "authorize"}:
        return None  # "Weeks before his detention in 2020, Shalaby won a court case", "journalists reported the
        # detention of X": not who detained him
    for child in verb.children:
        if child.dep_ == "agent":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return _phrase(pobj)
        if child.dep_ == "prep" and child.lower_ == "under":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.lower_ == "authority":
                inner = next((c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                if inner is not None:
                    target = next((c for c in inner.children if c.dep_ == "pobj"), None)
                    if target is not None:
                        return _phrase(target)
    if _is_passive(verb):
        return None
    if verb.lemma_ in {"remain", "stay", "spend", "serve", "languish", "be", "continue"} or any(
            c.dep_ in {"aux", "auxpass"} and c.lower_.startswith("remain") for c in verb.children):
        return None  # "X remained in prison", "X spent two years in detention": the held, not who held
    cur = verb
    for _ in range(3):
        # (the subject nearest the verb: "According to officials, civil society groups, and press reports,
        # police arrested …" parsed with two subjects)
        subj = max((c for c in cur.children if c.dep_ == "nsubj"), key=lambda c: (c.i < cur.i, c.i), default=None)
        if subj is not None:
            if subj.pos_ == "PRON":
                return None
            tokens = [t for t in subj.subtree]
            lead = next((t for t in tokens if t.ent_type_ != "DATE" and t.pos_ != "DET"), None)
            if lead is not None and lead.i > subj.left_edge.i and any(t.ent_type_ == "DATE" for t in tokens[:lead.i - subj.left_edge.i]):
                # "In December security forces arrested …": the month is not part of who acted
                return _doc_text(subj.doc)[lead.idx:subj.idx + len(subj)] if lead.i <= subj.i else _phrase(subj)
            return _phrase(subj)
        if cur.dep_ == "conj" and cur.head != cur:
            cur = cur.head
            continue
        break
    return None


_TRAILING_PERIOD = re.compile(
    r"\s+(?:for|since|until|during)\s+(?:(?:a|an|about|nearly|almost|more than|over|the|some)\s+)?"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|many)?\s*"
    r"(?:day|week|month|year|hour)s?\b.*$", re.IGNORECASE)


def _named_by_head(head: Token, subjects: list[Mention]) -> bool:
    """Whether a subject is named by the head word itself (not found deeper inside its phrase)."""
    return any(m["start"] <= head.idx < m["end"] for m in subjects)


def _own_agent(noun: Token) -> str | None:
    """Who made an arrest named in passing, from the noun's own phrase ("the Taliban's arrest of X",
    "the arrest of X by police"), never the subject of the clause that tells of it ("HRW criticized …")."""
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ in {"PROPN", "NOUN"}), None)
    if owner is None:
        by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        owner = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    if owner is None:
        return None
    doc = noun.doc
    text = doc[owner.left_edge.i:owner.i + 1].text
    return re.sub(r"^(?:the|a|an)\s+|['’]s?$", "", text, flags=re.I).strip() or None


def _location(trigger: Token, detention_type: str, date_spans: list[Span]) -> str | None:
    facility = grammar()["facility_words"]
    order = ["to", "into"] if detention_type == "transfer" and trigger.lemma_ not in {"place", "put"} else ["in", "at", "into"]
    candidates: list[Token] = []
    tokens = [trigger] + [c for c in trigger.children if c.dep_ in {"conj"} and c.i < trigger.i + 12
                          and c.lemma_ not in {"sentence", "convict", "fine", "try", "charge", "condemn"}]
    # ("arrested 56 demonstrators and sentenced them to six months in prison": not where they were arrested)
    for tok in tokens:
        for child in tok.children:
            if child.dep_ in {"prep", "dative"} and child.lower_ in order:  # "sent to Arusha" parsed as a dative
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is None or any(d.start <= pobj.i < d.end for d in date_spans):
                    continue
                if pobj.ent_type_ in {"DATE", "TIME"}:
                    continue
                candidates.append(pobj)
    if detention_type == "transfer" and not candidates:
        # "transferred without hearing to Yaounde": the destination hangs lower in the parse
        own = clause_head(trigger)
        for tok in trigger.subtree:
            if tok.dep_ == "prep" and tok.lower_ in order and tok.i > trigger.i and clause_head(tok) == own:
                pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
                if pobj is not None and not any(d.start <= pobj.i < d.end for d in date_spans):
                    candidates.append(pobj)
                    break
    if detention_type == "arrest" and not candidates:
        # "arrested Dias, and brought him to the DIC": where the arrested person was taken
        for conj in trigger.conjuncts:
            if conj.i > trigger.i and conj.lemma_ in {"bring", "take"}:
                pobj, _ = _prep_object(conj, {"to"})
                if pobj is not None:
                    return _phrase(pobj)
    if detention_type == "transfer":
        if trigger.lemma_ == "take" and candidates:
            pobj = candidates[0]
            first = pobj.left_edge
            if first.pos_ == "DET" and first.i < pobj.i:
                first = first.nbor()  # "to the State Security Court": the court's name, not its article
            start = first.idx if first.i > trigger.i else pobj.idx
            last = pobj.right_edge  # ("took her to a deportation center in Bandirma and did not provide …")
            end = min([d.start_char for d in date_spans if d.start_char > pobj.idx]
                      + [trigger.sent.end_char, last.idx + len(last)])
            text = _doc_text(trigger.doc)[start:end].split(".")[0]
            text = re.sub(r"\s+(?:on|in|at|by|since|until)$", "", text.rstrip(" .,"))  # "… Court on November 5"
            text = re.split(r",\s+(?:where|which|who|whose|when)\b", text)[0]  # "…, where an officer threatened …"
            return text.rstrip(" .,") or None
    for pobj in candidates:
        text = _phrase(pobj)
        if text:
            text = _TRAILING_PERIOD.sub("", text) or None  # "facility for two weeks": the place, not how long
        if text:
            text = re.split(r",?\s+(?:where|which|whose)\b", text)[0] or None  # "to X where he was tortured": X
        if not text or (pobj.lower_ in {"detention", "custody", "incommunicado"} and detention_type != "transfer"):
            continue  # "in pretrial detention" is a state, not a place (but "transferred to police custody")
        if pobj.lower_ in grammar()["not_places"]:
            continue  # "in connection with the station's report"
        if pobj.ent_type_ in {"GPE", "LOC", "FAC", "ORG"} or pobj.lower_ in facility or pobj.pos_ == "PROPN" or \
                any(t.lower_ in facility for t in pobj.subtree) or detention_type == "transfer":
            return text
    return None


# --------------------------------------------------------------------------- dates


# --------------------------------------------------------------------------- the component

#: Longer "sentences" are skipped: run-on text with no sentence break (a table dump, a
#: line with no punctuation) is not prose, and frame building grows faster than
#: quadratically with sentence length (a 20,000-character run-on line took minutes).
MAX_SENTENCE_TOKENS = 400


class EventExtractor:
    """Builds event frames for every trigger of a document (see module docstring)."""

    def __init__(self, name: str = "hrextract_events") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        _MEMO[doc] = {}
        spans = _doc_spans(doc)
        by_sentence: dict[int, list[Span]] = {}
        for span in spans:
            by_sentence.setdefault(span.sent.start, []).append(span)
        paragraphs = _paragraph_starts(_doc_text(doc))
        events: list[Event] = []
        for sent in doc.sents:
            sent_spans = by_sentence.get(sent.start, [])
            if not any(s.label_.startswith("TRIG_") for s in sent_spans) or len(sent) > MAX_SENTENCE_TOKENS:
                continue
            para = _paragraph_of(paragraphs, _evidence(sent)["start"])
            events.extend(extract_sentence(sent, sent_spans, para))
        doc._.hrx_events = events
        _MEMO.pop(doc, None)
        return doc


def _paragraph_starts(text: str) -> list[int]:
    import re

    return [0] + [m.end() for m in re.finditer(r"\n[ \t\r]*\n", text)]


def _paragraph_of(starts: list[int], offset: int) -> int:
    return bisect.bisect_right(starts, offset) - 1


def _evidence(sent: Span) -> dict[str, Any]:
    """The sentence's offsets without surrounding white space, nor punctuation that the
    parser carried over a paragraph break from the previous sentence (a closing quote)."""
    text = sent.text
    lead = len(text) - len(text.lstrip())
    head = text[:200]
    brk = head.find("\n")
    if brk >= 0 and not any(ch.isalnum() for ch in head[:brk]):
        lead = brk + len(head[brk:]) - len(head[brk:].lstrip())
    trail = len(text.rstrip())
    start = sent.start_char + lead
    end = sent.start_char + trail
    return {"start": start, "end": end}


def _modifies_a_noun(penalty: Span) -> bool:
    """"issuing a death threat", "a death squad": the penalty word qualifying the noun after it."""
    last = penalty[-1]
    nxt = last.nbor() if last.i + 1 < len(last.doc) else None
    return len(penalty) == 1 and nxt is not None and nxt.pos_ == "NOUN" and last.head == nxt \
        and last.dep_ in {"compound", "amod", "nmod"} and nxt.lower_ not in grammar()["sentence_nouns"]


def _longest(spans: list[Span]) -> list[Span]:
    spans = sorted(spans, key=lambda s: (-(s.end - s.start), s.start))
    kept: list[Span] = []
    for s in spans:
        if not any(s.start < k.end and k.start < s.end for k in kept):
            kept.append(s)
    return sorted(kept, key=lambda s: s.start)


def extract_sentence(sent: Span, spans: list[Span], paragraph: int) -> list[Event]:
    """All event frames of one sentence."""
    dates = _date_spans(sent)
    triggers = [s for s in spans if s.label_.startswith("TRIG_")]
    triggers = _longest(triggers)
    events: list[Event] = []
    context = {
        "penalties": _longest([s for s in spans if s.label_ == "PENALTY" and not _modifies_a_noun(s)
                               and not _victims_death(s)]),
        "durations": _longest([s for s in spans if s.label_ == "DURATION" and _plausible_range(s)]),
        "money": _longest([s for s in spans if s.label_ == "MONEY"]),
        "courts": _longest([s for s in spans if s.label_ == "COURT"]),
        "bodies": _longest([s for s in spans if s.label_ == "BODY" and not _part_of_another_name(s)]),
        "judicial": [s for s in spans if s.label_ == "JUDICIAL"],
        "sentence_triggers": [s for s in triggers if s.label_ == "TRIG_SENTENCE"],
        "dates": dates,
    }
    for span in triggers:
        kind = TRIGGER_TYPES[span.label_]
        if kind == "detention":
            event = _detention(span, sent, context)
        elif kind == "sentence":
            event = _sentence(span, sent, context)
        elif kind == "fine":
            event = _fine(span, sent, context)
        else:
            event = _finding(span, sent, context)
        if event is None:
            continue
        trigger = _trigger_token(span)
        gapped = _gapped_objects(trigger, sent, dates) if kind == "detention" else []
        own_dates = [d for d in dates if not any(d.start == g.start for _, g in gapped)]
        if event.get("own_dates_only"):
            own = _own_tokens(trigger)
            own_dates = [d for d in own_dates if all(t.i in own for t in d)]
        if event.get("dates_after"):
            own_dates = [d for d in own_dates if d.start > trigger.i]
        date = _event_date(trigger, own_dates)
        if date is not None and kind == "treaty_body_finding" and clause_head(date.root) not in _clause_ancestors(trigger):
            date = None  # "concerned about reports that X was sentenced in November 2016": the sentence's date
        if date is None and kind == "treaty_body_finding":
            date = _year_of_the_document(trigger, sent)  # "In a 2008 report, the Committee expressed concern"
        clause_verb = _clause_verb(trigger)
        remains = clause_verb.lemma_ in {"remain", "continue"}
        at_year_end = False
        if date is not None and (event.get("detention_type") == "custody" or remains) and (
                date.id_ == "year_end" or "throughout" in {date[0].lower_, sent.doc[max(date.start - 1, 0)].lower_}):
            at_year_end = date.id_ == "year_end"
            date = None  # "held … at year's end / throughout the year" says it lasted, not when it began
        if date is not None and kind in {"sentence", "fine"} and date.id_ == "year" and any(
                t.tag_ == "VBG" and t.dep_ in {"pcomp", "advcl"} and t.i < date.start
                and any(c.lower_ in {"after", "for", "before"} for c in [t.head, *t.children])
                for t in date.root.ancestors if t != trigger):
            date = None  # "sentenced to eight years after committing an armed robbery … in 2002": the crime's year
            # (a day in such a clause is usually the day of the act itself: "fined after visiting … on February 24")
        event.update({
            "again": any(c.lower_ == "again" and c.dep_ == "advmod" for c in trigger.children)
            or trigger.lower_.startswith("re-") or trigger.lower_ in {"rearrested", "redetained"},
            "repeated": any(c.lower_ in grammar()["repetition_words"] and c.dep_ in {"advmod", "npadvmod"}
                            for c in trigger.children),
            "continuing": remains or any(c.lower_ == "still" for c in clause_verb.children),  # a state, not an act
            "at_year_end": at_year_end,  # ("At year's end, seven members were in detention": how it stood then)
            "reduced_relative": _qualifies_an_object(trigger),  # dated inside itself or not at all
            "record_type": kind,
            "trigger": [span.start_char, span.end_char],
            "trigger_text": span.text,
            "evidence": _evidence(sent),
            "paragraph": paragraph,
            "date_text": date_text(date) if date is not None else None,
            "date_start": date.start_char if date is not None else None,
        })
        events.append(event)
        for mention, when in gapped:
            events.append({**event, "subjects": [mention], "date_text": date_text(when), "date_start": when.start_char})
    return _merge_within_sentence(_drop_fine_only_sentences(events, triggers))


def _year_of_the_document(trigger: Token, sent: Span) -> Span | None:
    """The year of the report or decision a finding is told in: "In a 2008 report, the UN Committee
    Against Torture expressed concern", "in its 2019 concluding observations"."""
    ancestors = {trigger.i, *(t.i for t in _clause_ancestors(trigger))}
    for tok in sent:
        head = tok.head
        if re.fullmatch(r"(?:19|20)\d\d", tok.text) and tok.dep_ in {"nummod", "compound", "amod", "nmod"} \
                and head.lemma_.lower() in grammar()["finding_documents"] and head.dep_ == "pobj" \
                and head.head.lower_ in {"in", "through"} and head.head.head.i in ancestors:
            return sent.doc[tok.i:tok.i + 1]
    return None


def _own_tokens(verb: Token) -> set[int]:
    """The token indexes of a verb's phrase without the verbs coordinated with it."""
    out = {verb.i}
    for child in verb.children:
        if not (child.dep_ in {"conj", "cc"} and child.i > verb.i):
            out.update(t.i for t in child.subtree)
    return out


def _gapped_objects(trigger: Token, sent: Span, dates: list[Span]) -> list[tuple[Mention, Span]]:
    """"arrested 41 evangelicals on December 31 and 31 others on January 9": a counted group after a
    date of the act, with a date of its own, is the same act done again to others on that date (read
    from the words, as the parser hangs the group on the verb or on the first date)."""
    if _is_passive(trigger):
        return []
    doc = sent.doc
    starts = {d.start: d for d in dates}
    out = []
    for first in dates:
        i = first.end + (first.end < sent.end and doc[first.end].text == ",")
        if first.start <= trigger.i or i + 3 >= sent.end or doc[i].lower_ != "and" or not doc[i + 1].like_num:
            continue
        noun = doc[i + 2]
        if noun.pos_ != "NOUN" or not (person_noun(noun) or noun.lower_ in {"others", "more"}):
            continue
        when = starts.get(i + 3) or (starts.get(i + 4) if doc[i + 3].pos_ == "ADP" else None)
        mention = group_mention(noun)
        if when is None or mention is None:
            continue
        out.append((mention, when))
    return out


def _part_of_another_name(span: Span) -> bool:
    """"the Baloch Human Rights Council" is an NGO, not the UN body: a body name run on from a
    proper noun (other than "UN") names something else."""
    doc = span.doc
    if span.start == 0:
        return False
    before = doc[span.start - 1]
    body_ends = _memo(doc, "body_ends", lambda: frozenset(sp.end for sp in _doc_spans(doc) if sp.label_ == "BODY"))
    if span.start in body_ends:
        return False  # "the UN Human Rights Council special rapporteur": the council's rapporteur
    # (also a capitalized adjective: "the South African Human Rights Commission" is a national institution)
    return (before.pos_ == "PROPN" or before.pos_ == "ADJ" and before.is_title and not before.is_sent_start) \
        and before.lower_.replace(".", "") not in {"un", "nations", "the"} \
        and before.whitespace_ != "" and not before.is_punct


def _plausible_range(span: Span) -> bool:
    """"the remaining six to 5 years each" is a count and a term, not a range: a range rises."""
    if span.id_ != "range":
        return True
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and (before.pos_ in {"DET", "ADJ"} or before.dep_ == "amod"):
        return False  # "the remaining three to 10 years each": a count, then a term
    values = [parse_number(t.text) for t in span if t.like_num]
    values = [v for v in values if v is not None]
    units = [t for t in span if t.lemma_.lower() in {"day", "week", "month", "year"}]
    if len(values) >= 2 and len(units) >= 2:
        # "from six months to three years": compare the terms, not the numbers
        low = normalize_duration(span.doc[span.start:units[0].i + 1].text)
        high = normalize_duration(span.doc[units[0].i + 1:units[-1].i + 1].text)
        if low and high:
            return duration_total(low) < duration_total(high)
    return len(values) < 2 or values[0] < values[1]


def _drop_fine_only_sentences(events: list[Event], triggers: list[Span]) -> list[Event]:
    """"sentenced to pay a fine" states a fine, not a sentence: drop the penalty-less sentence frame."""
    fines = [e for e in events if e["record_type"] == "fine"]
    out = []
    for ev in events:
        if ev["record_type"] == "sentence" and fines and all(
                p["penalty"] == "other" and not p["durations"] for p in ev["penalties"]):
            continue
        out.append(ev)
    return out


def _trigger_token(span: Span) -> Token:
    if len(span) > 2 and span[0].lemma_ == "continue" and span[-1].pos_ == "VERB":
        return span[-1]  # "continued to hold X": the holding
    for tok in span:
        if tok.pos_ in {"VERB"}:
            return tok
    for tok in span:
        if tok.pos_ in {"NOUN", "AUX", "ADJ"} and not (tok.dep_ == "amod" and span.start <= tok.head.i < span.end):
            return tok  # (the noun, not a word qualifying it: "for their wrongful arrest")
    return span.root


def _common_filters(trigger: Token, sent: Span, subjects: list[Mention], subject_head: Token | None) -> bool:
    """True when the statement is not a record (negated, hypothetical, habitual, statistics, generic)."""
    if _negated(trigger, subject_head) or _hypothetical(trigger, sent):
        return True
    if not subjects:
        return True
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children) and subject_head is not None and any(
            c.dep_ == "amod" and c.lower_ in {"first", "only", "last"} for c in subject_head.children) and any(
            sp.label_.startswith("TRIG_") and sp.root in trigger.ancestors for sp in _spans_in(sent)):
        return True  # "sentenced her …, making her the first person in the country to be jailed for this offense":
        # the act just told, as a distinction (but "became the first officer to receive the death penalty")
    if _law_sentence(sent) and not any(s.get("name") and len(s["name"].split()) > 1 and s.get("kind") == "person"
                                       and s.get("via") == "name" for s in subjects):
        return True  # law, not an act (but "A and B, held beyond the period stipulated by law": named persons)
    one_act = trigger.tag_ == "NN" and trigger.dep_ == "pobj" and trigger.head.head.lemma_ in grammar()[
        "outcome_governors"] and any(c.dep_ == "det" and c.lower_ == "the" for c in trigger.children)
    # ("led to the arrest of …": what one thing brought about)
    if all(s.get("bare") or (s.get("via") == "group" and s.get("count") is None and not s.get("bounded")
                             and not s.get("definite") and not s.get("specific") and s.get("kind") == "group")
           for s in subjects) and not (_dated_to_the_month(trigger, sent) and not any(
               w in grammar()["habitual"] for s in subjects for w in (s.get("description") or "").lower().split())) \
            and not one_act:
        return True  # "police arrest journalists": generic -- unless dated ("In September authorities arrested
        # journalists") or told as the outcome of one thing ("led to the arrest of senior immigration officers")
    if any(s.get("bare") for s in subjects) and all(
            s.get("via") == "group" and s.get("count") is None and not s.get("bounded") and not s.get("definite")
            for s in subjects) and not _dated_to_the_month(trigger, sent) and not one_act:
        return True  # "arbitrarily arrested journalists, demonstrators, … and other individuals": a list, still generic
    if _habitual(trigger) and all(s.get("via") != "name" for s in subjects):
        return True
    if all(not s.get("name") for s in subjects) and _tally_since(trigger):
        return True  # "Since 2001, 1,726 offenders have been sentenced to community service": a running total
    if subject_head is not None and subject_head.lower_ in {"those", "anyone", "whoever", "persons", "people"} \
            and any(c.dep_ in {"acl", "relcl"} and any(p.dep_ == "prep" and p.lower_ in {"of", "for", "under"}
                                                       for p in c.children) for c in subject_head.children) \
            and not any(
                c.lower_ in {"the", "these"} for c in subject_head.children) \
            and _event_date(trigger, _date_spans(sent)) is None:
        return True  # "Those convicted of criminal offenses were sentenced to …": a class, not persons
    if all(s.get("via") == "pronoun" for s in subjects) and _habitual(trigger, steps=12) and \
            _event_date(trigger, _date_spans(sent)) is None:
        return True  # "Police periodically detained activists … where judges sentenced them to …"
    vague_date = _event_date(trigger, _date_spans(sent))
    if all(s.get("vague") for s in subjects) and (vague_date is None or vague_date.id_ == "year_end") \
            and not all(s.get("of_named") for s in subjects) and not (
                all(s.get("few") for s in subjects) and any(t.lower_ in grammar()["occasion_markers"] for t in sent)):
        return True  # "Hundreds of people were arbitrarily detained for …", with no date: a pattern, not an event
        # (but "imprisoned several senior officials of Bazoum's party": a set told apart by whose they are; and
        # "During street protests, authorities took several individuals into custody": a handful, on one occasion)
    if _generic_agent(trigger) and all(not s.get("name") for s in subjects) and not _dated_to_the_day(trigger, sent) \
            and not (_dated_to_the_month(trigger, sent) and all(
                s.get("count") and not s.get("bounded") and not s.get("vague") for s in subjects)):
        return True  # "In 2023 courts fined at least 200 people for …": a tally, not an act (but "In February,
        # courts sentenced two individuals … to 28 years": a case, counted exactly, in a month)
    if all(not s.get("name") for s in subjects) and any(t.lemma_ == "estimate" and t.pos_ == "VERB"
                                                       for t in _clause_ancestors(trigger)[1:]) \
            and not _dated_to_the_month(trigger, sent):
        return True  # "NGOs estimated approximately 8,500 individuals were held in pretrial detention": a tally
    if any(_statistical(sent, s) for s in subjects) and not _dated_to_the_day(trigger, sent):
        return True  # (an act on a given day is an event, whatever else the sentence counts "as of" when)
    if all(not s.get("name") for s in subjects) and _inside_existential(trigger) \
            and not _dated_to_the_month(trigger, sent):
        return True  # "there were 21 prisoners in pretrial detention, three convicted with death sentences"
    if all(s.get("via") == "pronoun" for s in subjects) and _statistics_sentence(sent) and not (
            subject_head is not None and subject_head.dep_ == "poss"):
        return True  # "police arrested at least three journalists during the year and detained them"
        # (but "their prison terms were extended" is about the persons just named)
    return False


def _inside_existential(trigger: Token) -> bool:
    """Whether the trigger is part of what an existential "there were …" counts (but not of a "that"
    clause: "there were reports that police arrested 20 protesters" tells an act)."""
    cur = trigger
    for _ in range(6):
        if cur.lemma_ == "be" and any(c.dep_ == "expl" for c in cur.children):
            return True
        if cur.dep_ in {"ccomp", "relcl"} or any(c.dep_ == "mark" for c in cur.children):
            return False  # ("there were no developments in the case in which a court overturned …": told)
        if cur.head == cur:
            return False
        cur = cur.head
    return False


def _generic_agent(trigger: Token) -> bool:
    """The act's doer is a bare plural like "courts" (its subject, or the noun right before the verb when
    the parser took it for something else: "In 2023 courts fined …")."""
    doc = trigger.doc
    agent = next((c for c in _clause_verb(trigger).children if c.dep_ == "nsubj"), None)
    if agent is None:
        i = trigger.i - 1
        while i >= 0 and doc[i].pos_ == "ADV":
            i -= 1
        agent = doc[i] if i >= 0 and doc[i].pos_ == "NOUN" else None
    if agent is None or agent.lower_ not in grammar()["generic_agents"]:
        return False
    before = doc[agent.i - 1] if agent.i > 0 else None
    return not any(c.dep_ in {"det", "poss", "nummod", "amod"} and c.shape_ != "dddd" for c in agent.children) and not (
        before is not None and before.pos_ in {"DET", "ADJ", "PRON"})


def _named_persons(names: list[Mention]) -> list[Mention]:
    """The persons among names listed as subjects: a name the NER called an organization is a
    person unless it is plainly one ("the X Party")."""
    return [{**m, "kind": "person"} for m in names if m["kind"] == "person" or not is_organization(m)]


def _listed_members(trigger: Token, sent: Span) -> list[Mention]:
    """"The detained journalists included: A, editor of X; B, …", "Those arrested included A and B":
    the persons a described set is said to include are each a subject of the event it was described by."""
    holder = trigger.head if trigger.dep_ in {"amod", "acl"} else trigger if trigger.pos_ == "NOUN" else None
    if holder is not None and holder.dep_ == "pobj" and holder.head.lower_ == "among" and \
            holder.head.head.lemma_ == "be":
        verb = holder.head.head  # "Among the detainees were A and B"
    elif holder is None or holder.dep_ != "nsubj" or holder.head.lemma_ not in {"include", "comprise"}:
        return []
    else:
        verb = holder.head
    names = named_mentions(sent.doc[verb.i + 1:sent.end], trigger=trigger)
    return [m for m in _named_persons(names) if not _qualifies_a_noun(sent.doc, m)]


def _qualifies_a_noun(doc: Doc, mention: Mention) -> bool:
    """"A, mother of opposition leader B": B only says whose mother A is."""
    return _of_noun(doc, mention) is not None


def _of_noun(doc: Doc, mention: Mention) -> Token | None:
    """The noun a name completes with "of" ("mother of B", "journalists of X"), if it is one."""
    span = doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ != "of" or root.head.head.pos_ != "NOUN":
        return None
    return root.head.head


def _with_companions(subjects: list[Mention], trigger: Token, sent: Span) -> list[Mention]:
    return subjects + _companions(trigger, sent, subjects) if subjects else subjects


def _companions(trigger: Token, sent: Span, subjects: list[Mention]) -> list[Mention]:
    """"… remained in jail, along with 52 other detainees", "sentenced together with three others":
    who shared the event with its subjects."""
    doc = sent.doc
    out: list[Mention] = []
    triggers = {t.i for sp in _spans_in(sent) if sp.label_.startswith("TRIG_") for t in sp}
    shares_object = not any(c.dep_ == "dobj" for c in trigger.children)  # "detained and jailed X, along with …"
    verbs = [trigger] + [c for c in trigger.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}
                         and (c.i not in triggers or shares_object)]  # a coordinated trigger takes its own companions
    if trigger.dep_ == "conj" and trigger.head.pos_ == "VERB" and trigger.head.i in triggers \
            and not any(c.dep_ in {"nsubj", "nsubjpass", "dobj"} for c in trigger.children):
        verbs.append(trigger.head)  # "was arrested with 200 other migrants and held in custody": held with them too
    for verb in verbs:
        for prep in verb.children:
            if prep.lower_ == "with" and any(c.lower_ in {"along", "together"} for c in prep.children):
                with_ = prep  # "together with three others"
            elif prep.lower_ in {"along", "together"} and prep.dep_ in {"prep", "advmod"}:
                with_ = next((c for c in prep.children if c.lower_ == "with"), None)
            elif prep.lower_ == "with" and prep.dep_ == "prep" and any(
                    o.dep_ == "pobj" and (o.lower_ == "others" or any(c.lower_ == "other" for c in o.children))
                    for o in prep.children):
                with_ = prep  # "was arrested with 200 other migrants": others who shared it
            else:
                continue
            obj = next((c for c in with_.children if c.dep_ == "pobj"), None) if with_ is not None else None
            if obj is None:
                continue
            region = doc[obj.left_edge.i:obj.right_edge.i + 1]
            found = [m for m in named_mentions(region, trigger=trigger, keep_modifiers=True) if m["kind"] == "person"]
            if not found:  # "along with another UFR member and an army officer": each companion
                found = [m for m in map(group_mention, [obj, *obj.conjuncts]) if m is not None and not m.get("bare")] \
                    if obj.pos_ in {"NOUN", "NUM"} else []
            out += [m for m in found if not any(m["start"] == o["start"] for o in subjects + out)]
    return _persons([m for m in out if m.get("name") or m.get("count")])


def _after_arrest(trigger: Token, sent: Span) -> bool:
    """Whether ``trigger`` is coordinated with an arrest told just before it in the same sentence."""
    arrests = {t.i for sp in _spans_in(sent) if sp.label_ == "TRIG_DETENTION" and sp.id_ == "arrest" for t in sp}
    siblings = list(trigger.conjuncts)
    return any(s.i in arrests and s.i < trigger.i for s in siblings)


def _persons(subjects: list[Mention]) -> list[Mention]:
    """People are detained and sentenced; a party or newspaper among the arguments only qualifies them."""
    return [{**m, "kind": "person"} if m.get("kind") == "organization" else m
            for m in subjects if not is_organization(m)  # an "organization" here is a person the NER mislabelled
            and not (m.get("via") == "name" and is_facility(m))]  # ("… to police custody in Kober Prison")


def _without_affiliations(doc: Doc, subjects: list[Mention]) -> list[Mention]:
    """"Ali Fodil from the daily newspaper Echourouk el-Youmi was fined": an organization told right
    after a person with "from", "of", "with" or "at" is where the person works, not a second subject."""
    out = []
    for m in subjects:
        person = next((p for p in reversed(subjects) if p["kind"] == "person" and p.get("name")
                       and p["end"] <= m["start"]), None) if m["kind"] == "organization" else None
        between = _doc_text(doc)[person["end"]:m["start"]].strip(" ,").split() if person is not None else []
        if between and between[0].lower() in {"from", "of", "with", "at"} and len(between) <= 6 \
                and not {"and", "or"} & {w.lower() for w in between}:
            continue
        out.append(m)
    return out


def _dated_to_the_day(trigger: Token, sent: Span) -> bool:
    """"On November 27, police arrested …": a month and a day stated on the trigger itself."""
    date = _own_month_date(trigger, sent)
    return date is not None and any(t.like_num and len(t.text) <= 2 for t in date) and not any(
        t.lower_ in {"to", "through", "until", "-", "–", "and"} for t in date)  # a period is no day


def _dated_to_the_month(trigger: Token, sent: Span) -> bool:
    """A month or day stated on the trigger itself ("In September authorities arrested …")."""
    return _own_month_date(trigger, sent) is not None


def _own_month_date(trigger: Token, sent: Span) -> Span | None:
    """The trigger's own date phrase when it names a month, else None."""
    date = _event_date(trigger, _date_spans(sent))
    # (a noun trigger's month may stand on the verb that tells it: "In August the ministry announced the arrests
    # of employees")
    told_by = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" \
        and trigger.head.lemma_ in grammar()["event_noun_governors"] else None
    if date is None or _attachment(date).head not in (trigger, told_by) \
            or not any(t.lower_ in grammar()["months"] for t in date):
        return None
    # "… arrested activists and writers in the lead-up to protests on February 17. For example, …":
    # a summary of the examples that follow, not an event of its own
    following = sent.doc[sent.end:sent.end + 3].text.lower() if sent.end < len(sent.doc) else ""
    return None if following.lstrip().startswith(("for example", "for instance")) else date


def _jailed_for_a_term(span: Span) -> bool:
    """"a woman was jailed for six months for inducing a miscarriage": a prison term of months or years told
    by "jailed/imprisoned for" is a sentence, not a detention -- unless the clause says it was without trial."""
    if span.label_ != "TRIG_SENTENCE" or span.id_ != "jailed_term":
        return False
    verb = span[0]
    return not any(t.lower_ in grammar()["untried_words"] for t in verb.subtree if t.i > verb.i)


def _about_a_subject(token: Token) -> bool:
    """Whether a phrase belongs to a clause that has a subject, through the non-finite verbs it hangs on
    ("he was convicted … after escaping custody two days after his arrest"), but not through a verb that only
    qualifies a noun ("injuries sustained following her arrest")."""
    for verb in token.ancestors:
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            return True
        if verb.dep_ not in {"pcomp", "advcl", "xcomp", "conj"}:
            return False
    return False


def _detention(span: Span, sent: Span, ctx: dict[str, Any]) -> Event | None:
    trigger = _trigger_token(span)
    if any(sp.start == trigger.i and _jailed_for_a_term(sp) for sp in ctx.get("sentence_triggers", [])):
        return None  # told as a sentence by the "jailed_term" trigger
    dtype = span.id_ or "arrest"
    taken_from = dtype == "taken_from"
    if taken_from:
        # "police took X from his home": the taking verb the "from" phrase hangs on is the arrest
        trigger, dtype = span[0].head, "arrest"
        for _ in range(6):  # ("took X, a journalist who submitted articles …, from his home": the parser's slip)
            if trigger.lemma_ in {"take", "seize", "drag"} or trigger.head == trigger \
                    or trigger.dep_ not in {"relcl", "acl", "appos", "dobj", "pobj", "prep", "conj"}:
                break
            trigger = trigger.head
        if trigger.lemma_ not in {"take", "seize", "drag"} or trigger.pos_ != "VERB":
            return None
        span = sent.doc[trigger.i:span.end]
    if dtype == "members":  # "The arrestees included A and B": each is a subject of the arrest told before
        listed = _listed_members(trigger, sent)
        return {"subjects": listed, "placed": False, "detention_type": "arrest", "location": None,
                "authority": None, "confidence": 0.75, "family": "detention", "members_of_earlier": True} \
            if listed else None
    if dtype == "ordered_custody":
        # "a trial court approved detention for former judge Arusyak Aleksanyan", "ordered his detention for
        # one week": custody a court or prosecutor ordered
        noun = span[-2] if span[-1].lower_ == "for" else span[-1]
        pobj = next((c for p in noun.children if p.dep_ == "prep" and p.lower_ == "for"
                     for c in p.children if c.dep_ == "pobj"), None) if span[-1].lower_ == "for" else \
            next((c for c in noun.children if c.dep_ == "poss"), None)
        subjects = _persons(_subjects_from_head(pobj, trigger)) if pobj is not None else []
        if not subjects or _common_filters(trigger, sent, subjects, pobj):
            return None
        return {"subjects": subjects, "placed": False, "detention_type": "custody", "location": None,
                "authority": None, "confidence": 0.8, "family": "detention"}
    if dtype == "while_custody":
        # "X was tortured to death while in custody": the clause's subject was held
        verb = _clause_verb(trigger)
        head, _ = _subject_source(verb) if verb.pos_ in {"VERB", "AUX"} else (None, None)
        subjects = _persons(_subjects_from_head(head, trigger)) if head is not None else []
        if not subjects or _common_filters(trigger, sent, subjects, head):
            return None
        if verb.lemma_ == "die" and not any(m.get("name") or m.get("count") == 1 and m["kind"] == "person"
                                            and verb.dep_ != "relcl" for m in subjects):
            return None  # "Three RENAMO members reportedly died in custody": deaths counted, not a detention told
            # (but "a social worker, age 46, died while in custody": one person's detention told, not "the widow
            # of a man who died in police custody", the person a case is about)
        return {"subjects": subjects, "placed": False, "detention_type": "custody", "location": None,
                "authority": None, "confidence": 0.75, "family": "detention", "while_custody": True}
    if dtype == "place":
        dtype = "arrest"  # "placed in Rebeuss Prison": an arrest, or a transfer after one (see merge)
    root = span.root
    holder = root.head.head if root.dep_ == "pobj" and root.head.lower_ in {"from", "out"} else None
    if holder is not None and (holder.lemma_ in grammar()["release_verbs"] or holder.lemma_ in {"escape", "flee"}):
        return None  # "he was subsequently released from house arrest": its end, told of a custody told before
    noun_trigger = dtype == "arrest_noun" or trigger.pos_ == "NOUN"
    in_passing = False  # an arrest named only in passing ("concern over the arrest of X")
    redressed = False
    if dtype == "arrest_noun":
        dtype = "arrest"
        # "ordered the arrest of X" reports an arrest; "protesting the arrests of X" refers back to one
        first = first_conjunct(trigger)  # "to justify the arrest and detention of journalists"
        head = first.head
        before_prior = head.lower_ == "to" and head.i > 0 and sent.doc[head.i - 1].lower_ == "prior"
        if span[0].lower_ in {"his", "her", "their"} and (
                head.lower_ not in grammar()["time_prepositions"] and not before_prior or not _about_a_subject(head)):
            return None  # "his arrest" is an act told only in a time phrase of a clause about that person
            # ("following his arrest on March 19, X was found …", "X, who had worked there prior to his arrest
            # in September 2008"; not "injuries sustained following her arrest")
        ongoing = any(c.dep_ == "prep" and c.lower_ == "since" for c in list(trigger.children) + list(first.head.children))
        if head != first and first.dep_ not in {"ROOT", "nsubj", "nsubjpass"} and not (
                head.lemma_ in grammar()["event_noun_governors"] or head.pos_ not in {"VERB", "AUX"}) and not ongoing:
            in_passing = True  # "protesting the arrest of X" refers back -- "condemning the detention of X since 2021" tells it
        if ongoing and trigger.lemma_ != "arrest":
            dtype = "custody"
        if trigger.lemma_ == "detention" and first.dep_ == "dobj" and head.lemma_ in grammar()["custody_orders"]:
            dtype = "custody"  # "the SSSP ordered the detention of X pending investigation": held on an order
        outcome = first.head.head if first.head.lower_ in {"in", "to"} else None
        dated_aside = (first.head.lower_ in {"after", "following", "since", "before"} or before_prior) and any(
            c.dep_ == "poss" for c in trigger.children) and any(
            d.start >= trigger.left_edge.i and d.end <= trigger.right_edge.i + 1 for d in ctx["dates"])
        if dated_aside and first.head.lower_ == "since" and any(
                sp.label_ == "TRIG_DETENTION" and sp.id_ == "custody" and sp.end <= first.head.i
                for sp in _spans_in(sent)):
            return None  # "has been in prison since his arrest in 1991": one custody, dated from the arrest
        if trigger.dep_ == "pobj" and not dated_aside and not (
                outcome is not None and outcome.lemma_ in grammar()["outcome_governors"]
                and not (outcome.dep_ == "relcl" and outcome.head.dep_ == "pobj"
                         and outcome.head.head.lower_ in {"about", "on", "regarding", "concerning"})):
            in_passing = True  # (but "a story about the plot that resulted in the arrest of X" is background)
        if any(c.lemma_ in {"find", "rule", "declare", "consider", "conclude", "deem"} for c in _clause_ancestors(trigger)) \
                and first.head.lower_ not in {"after", "following", "since", "before", "during"}:
            return None  # "the Working Group found (that) the detention of X (was) arbitrary": a finding, told as such
            # (not "following his arbitrary arrest on March 19, X was found lying on the ground": when it happened)
        if first.head.lower_ == "for" and any(c.dep_ == "poss" for c in trigger.children) and (
                first.head.head.lemma_.lower() in grammar()["redress_words"]):
            in_passing = False  # "ordered the government to pay X compensation for his arrest": redress of an arrest
            redressed = True  # (dated by what follows it, not by the order: "… for his arrest at a protest in 2019")
    # (also what a body is concerned about: "the WGAD report raised concerns about … individuals serving life
    # sentences being held in solitary confinement")
    by_finding = not noun_trigger and any(c.lemma_ in {"find", "rule", "declare", "conclude", "deem"}
                                          or c.lower_ in {"concern", "concerns"}
                                          or any(k.dep_ == "dobj" and k.lower_ in {"concern", "concerns"}
                                                 for k in c.children) for c in trigger.ancestors) and any(
        sp.label_ == "BODY" for sp in _spans_in(sent))
    listed = _listed_members(trigger, sent)
    if listed:
        return {"subjects": listed, "placed": False, "detention_type": dtype, "location": None, "authority": None,
                "confidence": 0.75, "family": "detention"}
    if trigger.dep_ == "amod" and trigger.pos_ in {"ADJ", "VERB"} and not _coordinated_verb(trigger):
        return None  # "detained soldiers": a description, the clause's own verb carries the event
    if trigger.lemma_ in {"release", "free"}:
        return None
    if dtype == "house_arrest" and any(sp.label_ == "PENALTY" and sp.start <= trigger.i < sp.end
                                       for sp in _spans_in(sent)):
        return None  # "sentenced X to 27 years of house arrest": a penalty (a sentence record), not an arrest
    if dtype == "house_arrest":
        verb = _clause_verb(trigger)
        # "a judge authorized house arrest for X": whom it is for, not who ordered it
        beneficiary = next((pobj for holder in (trigger, span.root, verb) for pobj in [_prep_object(holder, {"for"})[0]]
                            if pobj is not None and pobj.pos_ in {"PROPN", "NOUN", "PRON"}), None)
        subjects, head = (_subjects_from_head(beneficiary, beneficiary.head.head), beneficiary) \
            if beneficiary is not None else ([], None)
        if not subjects and verb != trigger:
            subjects, head = _patient(verb, sent, noun_trigger=False)
        if not subjects:
            subjects, head = _patient(trigger, sent, noun_trigger=True)
    else:
        subjects, head = _patient(trigger, sent, noun_trigger=noun_trigger)
    if trigger.lemma_ == "serve" and trigger.dep_ in {"xcomp", "conj", "advcl"} and lemma(clause_head(trigger)) in {
            "sentence", "order", "condemn"}:
        return None  # "sentenced to either pay a fine or serve one month in jail": the penalty, not custody
    if not subjects and dtype == "custody" and span[-1].lower_ == "since" and not any(
            c.dep_ == "dobj" for c in trigger.children):
        # "Job Sikhala, imprisoned since June 2022, remained …" parsed with "imprisoned" as the main
        # verb: a state told of its subject, never an act done by it
        head = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
        subjects = _subjects_from_head(head, trigger) if head is not None else []
    if dtype == "custody" and trigger.lemma_ in {"spend", "after", "following", "remain", "serve", "be", "have"}:
        verb = _clause_verb(trigger.head if trigger.dep_ in {"aux", "auxpass"} else trigger)  # "X had been in custody'
        head, _ = _subject_source(verb)
        subjects = _subjects_from_head(head, trigger) if head is not None else []
        if subjects and all(m.get("via") == "group" for m in subjects):
            subjects = _names_after(head, trigger) or subjects
        including = next((t for t in sent if t.lower_ == "including" and t.i > trigger.i and t.head.i <= trigger.i),
                         None)
        if subjects and including is not None and all(m.get("via") == "group" for m in subjects):
            # "at least 30 journalists … remained in detention at year's end, including A, B and C"
            subjects = _with_included(subjects, sent, including.i, trigger)
    if head is not None and head.dep_ in {"nsubjpass", "nsubj"} and head.lemma_.lower() in \
            grammar()["proceeding_nouns"] | grammar()["thing_nouns"] and not _named_by_head(head, subjects):
        return None  # "The trial over the killing of two persons … was transferred to Zwedru": a thing moved
    subjects = _with_companions(_persons(_enumerated(subjects, trigger, sent)), trigger, sent)
    counted = next((parse_number(c.text) for c in trigger.children if c.dep_ == "nummod"), None) \
        if noun_trigger and trigger.tag_ == "NNS" else None
    if isinstance(counted, int) and len(subjects) == 1 and subjects[0].get("via") == "group" \
            and subjects[0].get("count") is None and not subjects[0].get("definite"):
        # "two arrests of individuals suspected of …": as many persons as arrests
        subjects = [{**subjects[0], "count": counted, "kind": "group" if counted > 1 else "person", "bare": False}]
    if by_finding and not any(m.get("name") for m in subjects):
        return None  # "The Working Group issued five opinions, finding 14 persons were arbitrarily detained": a tally
    if in_passing and not (subjects and all(m.get("name") and m.get("via") == "name" for m in subjects)
                           and any(c.dep_ == "prep" and c.lower_ == "of" for c in trigger.children)):
        return None  # an arrest told in passing is a record only of persons it names ("the arrest of A and B")
    placed_after = span.id_ == "place" and not subjects and not _negated(trigger, head) \
        and not _hypothetical(trigger, sent) and not _law_sentence(sent)  # "…, then placed in X Prison": the subject comes from the merge
    if not placed_after and _common_filters(trigger, sent, subjects, head):
        return None
    if dtype in {"arrest"} and (any(c.dep_ == "prep" and c.lower_ == "since" for c in trigger.children)
                                or trigger.dep_ == "xcomp" and trigger.head.lemma_ in {"continue", "keep"}):
        dtype = "custody"  # "held since 2017", "continued to detain X": a state, not an arrest
    if dtype == "arrest" and _qualifies_an_object(trigger) and any(
            c.dep_ == "prep" and c.lower_ == "for" and any(o.lemma_ in {"year", "month", "week", "day"} for o in c.children)
            for c in trigger.children):
        dtype = "custody"  # "released A and B, whom they had detained for eight years": the holding the release ended
    if dtype == "transfer" and trigger.lemma_ in {"deport", "extradite"}:
        return None
    if dtype == "transfer" and trigger.lemma_ in {"take", "bring"} and _after_arrest(trigger, sent):
        return None  # "arrested X and took him to the barracks": where the arrest put him, not a transfer
    keeper = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if dtype == "custody" and trigger.lemma_ in {"hold", "keep"} and keeper is not None \
            and keeper.lemma_.lower() in grammar()["authority_words"] and subjects and all(
            not m.get("name") and (m.get("description") or "").lower().split()[-1:] in (["prisoners"], ["detainees"],
                                                                                        ["inmates"])
            for m in subjects):
        return None  # "the government held approximately 1,200 political prisoners": a tally of prisoners
    if taken_from:
        # "police took X from his home": only a person taken is arrested ("took documents from the house of X")
        obj = next((c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}), None)  # ("X was taken from …")
        if obj is None or not (obj.pos_ in {"PROPN", "PRON"} or person_noun(obj)):
            return None
        to = next((c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        place = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        if place is not None and place.lower_ not in grammar()["facility_words"] and place.lower_ != "location":
            return None  # "took the men from their homes to a plateau … and beat them": not into custody
    if trigger.lemma_ == "capture" and any(p.lower_ == "on" and any(o.lower_ in grammar()["recording_nouns"]
                                                                    for o in p.children) for p in trigger.children):
        return None  # "an incident captured on video": recorded, no one taken
    if trigger.lemma_ == "capture":
        agent = (_agent(trigger, noun_trigger=noun_trigger) or "").lower()
        if any(w in grammar()["non_state_actors"] for w in agent.split()):
            return None  # "captured by rebels": a crime or an act of war, not a detention
        doc = sent.doc
        subjects = [m for m in subjects if not any(t.ent_type_ in {"GPE", "LOC", "FAC"} for t in
                                                   doc.char_span(m["start"], m["end"], alignment_mode="expand") or [])]
        if not subjects:
            return None  # "while capturing Tripoli": a town, not a person
    abduction = trigger.head if trigger.dep_ == "conj" and trigger.head.lemma_ in {"kidnap", "abduct"} else None
    if abduction is not None and not _by_authority(_agent(abduction, noun_trigger=False)):
        return None  # "unknown men abducted X and held him for a week": the holding is part of the crime
    if trigger.lemma_ in {"kidnap", "abduct", "abduction", "kidnapping"} and \
            not _by_authority(_agent(trigger, noun_trigger=noun_trigger)):
        return None  # abductions by others are crimes, not detentions
    if dtype == "transfer" and trigger.lemma_ in {"send", "move"} and not any(
            m.get("name") or m.get("via") == "pronoun" or _person_description(m) for m in subjects):
        return None  # "the other two were sent to radio station X": things, unless told as people
    if dtype == "transfer" and trigger.lemma_ in {"take", "bring"}:
        agent = _agent(trigger, noun_trigger=noun_trigger)
        if agent and not _by_authority(agent):
            return None  # "bystanders took him to the hospital": help, not custody
    location = _location(trigger, dtype, ctx["dates"])
    if dtype == "transfer" and location is None:
        return None
    if dtype == "transfer" and location.lower().split()[0] in grammar()["home_words"]:
        return None  # "released on bail and sent back to his home in Jiangsu": sent away, not held
    return {
        "subjects": subjects,
        "placed": span.id_ == "place",
        "detention_type": dtype,
        "location": location,
        "authority": _own_agent(trigger) if in_passing else _agent(trigger, noun_trigger=noun_trigger),
        "confidence": 0.7 if in_passing else 0.85,
        "family": "detention",
        # (told in passing: a record only if the document tells that arrest nowhere else; dated only
        # inside its own phrase, "the September 19 arrest of X", never by the statement about it)
        **({"in_passing": True, "own_dates_only": True} if in_passing else {}),
        **({"dates_after": True} if redressed else {}),
        # ("the prosecutor ordered the arrest of three judges … the three judges were arrested": the act
        # told after the order is the better telling of it)
        **({"ordered": True} if noun_trigger and trigger.head.lemma_ in {"order", "authorize", "request"} else {}),
        # ("the three were released unconditionally after being detained for nearly two years": the
        # detention behind a release, which may retell one told before in other words)
        **({"behind_release": True} if _behind_release(trigger) else {}),
    }


def _behind_release(trigger: Token) -> bool:
    """A passive participle after "after"/"following" on a release verb: "released after being detained"."""
    prep = trigger.head
    return trigger.dep_ == "pcomp" and prep.lower_ in {"after", "following"} \
        and prep.head.lemma_ in grammar()["release_verbs"] \
        and any(c.dep_ == "auxpass" and c.lower_ in {"being", "been"} for c in trigger.children)


def _victims_death(penalty: Span) -> bool:
    """"for abuse resulting in the death of a man": a death told in the charge, not a death sentence."""
    word = penalty.root
    if penalty.label_ != "PENALTY" or penalty.id_ != "death" or len(penalty) != 1:
        return False
    whose = any(c.dep_ == "prep" and c.lower_ == "of" for c in word.children)
    caused = word.dep_ in {"pobj", "dobj"} and (word.head.head if word.dep_ == "pobj" else word.head).lemma_ in \
        grammar()["death_causing_verbs"]
    return whose or caused


def _penalties_for(trigger: Token, sent: Span, ctx: dict[str, Any], noun_trigger: bool) -> list[tuple[str, Span | None]]:
    """(penalty, span) pairs of a sentence trigger: the penalties of its clause, after it or next to it."""
    start = trigger.i - 4 if noun_trigger else trigger.i
    later_verbs = [t.start for t in ctx.get("sentence_triggers", []) if t.start > trigger.i and t.id_ != "serving"
                   and sent.doc[t.start].pos_ == "VERB" and sent.doc[t.start].lemma_ == trigger.lemma_]
    penalties = [p for p in ctx["penalties"] if p.start >= start and in_clause(p, trigger)
                 and not any(c.dep_ == "poss" and (c.pos_ in {"PRON", "PROPN"} or c.lower_ in grammar()["person_words"])
                             for c in p.root.children)  # not "her husband's imprisonment" (but "10 years' imprisonment")
                 and not any(v < p.start for v in later_verbs)]  # ("sentenced A to five years …, and sentenced B
    # to life": the second verb's penalty; a victim's death in the charge never enters ctx["penalties"])
    if not penalties:
        # a parse too broken for clauses: the penalties after the trigger, up to the next sentence trigger
        stop = min([t.start for t in ctx.get("sentence_triggers", []) if t.start > trigger.i and t.id_ != "serving"]
                   + [sent.end])  # ("… were commuted, and they are serving life sentences": the new penalty)
        stop = min([t.i for t in sent if t.i > trigger.i and t.text == ";"] + [stop])
        penalties = [p for p in ctx["penalties"] if start <= p.start < stop]
    out: list[tuple[str, Span | None]] = []
    for p in penalties:
        if p.id_ == "imprisonment" and any(q.id_ != "imprisonment" and q.start <= p.start < q.end + 2
                                           for q in penalties if q is not p):
            continue
        if p.id_ == "suspended_imprisonment" and p.root.dep_ == "pobj" and p.root.head.lower_ == "with" and any(
                q.id_ == "imprisonment" and q.end <= p.start for q in penalties):
            continue  # "received 12-month prison sentences, with six-month suspended sentences": part of the term
        if _condition_of_term(p, penalties) or _replaced_penalty(p.root):
            continue
        if p.id_ in {o[0] for o in out} and not ctx.get("several_subjects"):
            continue
        out.append((p.id_, p))
    # "his sentence was suspended" makes the whole term suspended
    lowered = sent.text.lower()
    if any(k == "imprisonment" for k, _ in out) and ("sentence was suspended" in lowered or
                                                      "sentences were suspended" in lowered):
        out = [("suspended_imprisonment", s) if k == "imprisonment" else (k, s) for k, s in out]
    doc = sent.doc
    for k, p in list(out):
        # "sentences of life and 20 years", "death and 15 years": a bare term coordinated with another penalty
        # is a prison term of its own
        nxt = next((d for d in ctx["durations"] if p is not None and d.start == p.end + 1
                    and doc[p.end].lower_ in {"and", "or"}), None)
        if k in {"life_imprisonment", "death"} and nxt is not None and not any(o == "imprisonment" for o, _ in out) \
                and not (nxt.end < len(doc) and doc[nxt.end].lower_ in {"in", "of", "'", "’"}):
            out.append(("imprisonment", nxt))
    if noun_trigger and trigger.lower_ in {"sentence", "sentences", "term", "terms"}:
        if any(c.lower_ == "suspended" for c in trigger.children):
            out = [("suspended_imprisonment", s) if k == "imprisonment" else (k, s) for k, s in out] or \
                [("suspended_imprisonment", None)]
    return out


def _condition_of_term(penalty: Span, penalties: list[Span]) -> bool:
    """Probation told after a prison term of the same clause ("12 months prison …, with two years' probation")
    is a condition of that term, not a penalty of its own -- unless a conversion verb makes it the new one."""
    if penalty.root.lower_ not in grammar()["term_conditions"]:
        return False
    if not any(q.id_ in {"imprisonment", "suspended_imprisonment"} and q.end <= penalty.start for q in penalties):
        return False
    return not any(a.lemma_ in grammar()["penalty_conversion_verbs"] for a in penalty.root.ancestors)


def _replaced_penalty(word: Token) -> bool:
    """A penalty word named as the one not given: "in lieu of prison sentences placed on probation"."""
    hops = [word, *list(word.ancestors)[:3]]
    return any(t.lower_ in grammar()["replacement_words"] and any(c.lower_ == "of" for c in t.children)
               for t in hops)


def _durations_for(trigger: Token, sent: Span, ctx: dict[str, Any], penalty: Span | None, noun_trigger: bool) -> list[Span]:
    """The term of a penalty: next to the penalty word, in the trigger's noun phrase, or after "sentenced ... to"."""
    doc = sent.doc
    out = []
    for d in ctx["durations"]:
        if penalty is not None:
            # next to its penalty word, or overlapping it ("10 years" / "years in prison")
            if d.start <= penalty.end + 3 and penalty.start <= d.end + 2:
                out.append(d)
            continue
        if not in_clause(d, trigger):
            continue
        if noun_trigger and trigger.i - 6 <= d.start <= trigger.i + 6:
            out.append(d)
            continue
        if not noun_trigger and d.start > trigger.i:
            between = doc[trigger.i:d.start]
            if any(t.lower_ in {"to"} for t in between) and not any(t.lower_ in {"for", "after"} for t in between):
                out.append(d)
    # detention periods are not terms: "detained for 6 days", "after two weeks in prison"
    # -- unless the term follows its penalty word: "sentenced to jail for seven years"
    out = [d for d in out if not (d.start > 0 and doc[d.start - 1].lower_ in {"for", "after", "within"})
           or penalty is not None and d.start == penalty.end + 1 and doc[penalty.end].lower_ == "for"]
    return _longest(out)


def _court(trigger: Token, sent: Span, ctx: dict[str, Any]) -> str | None:
    """The court of the trigger's clause, else of a clause embedding it ("a court ruling that sentenced them")."""
    courts = [c for c in ctx["courts"] if in_clause(c, trigger)] or \
        [c for c in ctx["courts"] if in_clause(c, trigger, outer=True)]
    if not courts:
        return None
    best = min(courts, key=lambda c: abs(c.start - trigger.i))
    tokens = _strip_det(list(best))
    if not tokens:
        return None
    return _doc_text(sent.doc)[tokens[0].idx:tokens[-1].idx + len(tokens[-1])]


CHARGE_VERBS = frozenset({"sentence", "fine", "convict", "charge", "prosecute", "arrest", "detain", "try",
                          "imprison", "jail", "uphold"})
CHARGE_NOUNS = frozenset({"sentence", "sentences", "term", "terms", "imprisonment", "fine", "fines", "prison",
                          "detention", "restricted", "freedom"})


def _charge_anchors(trigger: Token, ctx: dict[str, Any]) -> list[Token]:
    """Words a charge can hang on: the trigger, verbs coordinated with it, its clause verb, the penalty nouns."""
    anchors = [trigger]
    cur = trigger
    while cur.dep_ == "conj" and cur.head != cur:
        cur = cur.head
        anchors.append(cur)
    anchors.extend(c for c in trigger.children if c.dep_ == "conj")
    head = clause_head(trigger)
    if head not in anchors:
        anchors.append(head)
    for span in ctx["penalties"] + ctx["money"]:
        if in_clause(span, trigger):
            anchors.append(span.root)
    return anchors


def _charges(trigger: Token, sent: Span, ctx: dict[str, Any]) -> list[str]:
    """Offences as written: "for X", "on charges of X", "convicted of X", "charged with X", "in a X suit"."""
    out: list[str] = []
    skip = ctx["durations"] + ctx["dates"] + ctx["money"]
    penalty_roots = {span.root.i for span in ctx["penalties"] + ctx["money"]}
    for anchor in _charge_anchors(trigger, ctx):
        preps = [c for c in anchor.children if c.dep_ == "prep"]
        preps += [conj for p in preps for conj in p.conjuncts if conj.dep_ == "conj" and conj.pos_ == "ADP"]
        for prep in preps:
            pobj = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)
            if pobj is None or any(d.start <= pobj.i < d.end for d in skip):
                continue
            word = prep.lower_
            verbish = lemma(anchor) in CHARGE_VERBS or anchor.lower_ in CHARGE_NOUNS or anchor.i in penalty_roots
            if word == "for" and verbish:
                out.extend(_charge_phrases(pobj))
            elif word == "on" and pobj.lower_ in {"charges", "charge"}:
                inner, _ = _prep_object(pobj, {"of"})
                if inner is not None:
                    out.extend(_charge_phrases(inner))
            elif word == "of" and (anchor.lemma_ in {"convict", "accuse", "guilty"} or
                                   any(c.lower_ == "guilty" for c in anchor.children)):
                out.extend(_charge_phrases(pobj))
            elif word == "with" and anchor.lemma_ == "charge":
                out.extend(_charge_phrases(pobj))
            elif word == "in" and pobj.lower_ in {"suit", "case", "lawsuit"}:
                mods = [c for c in pobj.children if c.dep_ in {"compound", "amod"}]
                if mods:
                    out.append(" ".join(m.text for m in mods))
    for tok in sent:
        if tok.lower_ in {"complaint", "accusation", "accusations", "allegations"}:
            inner, _ = _prep_object(tok, {"of"})  # "following the minister's complaint of defamation"
            if inner is not None:
                out.extend(_charge_phrases(inner))
        if tok.lower_ == "guilty" and in_clause(sent.doc[tok.i:tok.i + 1], trigger, outer=True):
            inner, _ = _prep_object(tok, {"of"})
            if inner is not None:
                out.extend(_charge_phrases(inner))
    cleaned: list[str] = []
    for c in out:
        c = (c or "").strip(" \"'“”,.")
        for prefix in ("their ", "his ", "her ", "its ", "allegedly ", "\"", "“"):
            if c.lower().startswith(prefix):
                c = c[len(prefix):].strip(" \"'“”")
        if c and c not in cleaned and len(c) < 200:
            cleaned.append(c)
    return cleaned


def _charge_phrases(pobj: Token) -> list[str]:
    """The offence phrase headed by ``pobj`` with its coordinated offences, as written:
    "dissemination of false news, making a death threat ..., and contempt of court"."""
    doc = pobj.doc
    last = max([pobj] + [c for c in pobj.conjuncts if c.i > pobj.i and c.pos_ == pobj.pos_], key=lambda t: t.i)
    end = last.right_edge.i + 1
    # ("convicted of plotting a coup and sentenced to 15 years": the offence ends before the next act)
    end = min([c.i for c in doc[pobj.i:end] if c.dep_ == "conj" and c.tag_ in {"VBN", "VBD"} and c.i > pobj.i
               and doc[c.i - 1].lower_ in {"and", "then"}] + [end])
    while end > pobj.i + 1 and doc[end - 1].lower_ in {"and", "then", ","}:
        end -= 1
    tokens = _strip_det([t for t in doc[pobj.left_edge.i:end]])
    if not tokens:
        return []
    text = _doc_text(doc)[tokens[0].idx:tokens[-1].idx + len(tokens[-1])].strip(" \"'“”")
    # an offence in quotes ends with its closing quote
    for quote in ('"', "”"):
        idx = text.find(quote)
        if idx > 0:
            text = text[:idx]
    # cut trailing "following ...", "after ..." clauses and "(see Section ...)"
    for cut in (" following ", " after ", " because ", " (", " in connection", " in a ", " in the same", ";"):
        idx = text.find(cut)
        if idx > 0:
            text = text[:idx]
    text = text.strip(" ,")
    return [text] if text else []


def _decision(trigger: Token) -> str:
    """imposed, or upheld/changed/overturned when the trigger or a governing verb of its clause says so."""
    g = grammar()
    words = [trigger.lower_, trigger.lemma_]
    own = clause_head(trigger)
    cur = trigger
    for _ in range(3):
        if cur.head == cur or cur == own or cur.dep_ == "conj" and cur.pos_ in {"VERB", "AUX"}:
            break  # "acquitted A but sentenced B": a coordinated verb is an act of its own
        cur = cur.head
        words.extend([cur.lower_, cur.lemma_])
    if any(w in g["decision_overturned"] for w in words):
        return "overturned"
    if any(w in g["decision_changed"] for w in words):
        return "changed"
    if any(w in g["decision_upheld"] for w in words):
        return "upheld"
    return "imposed"


def _serving(span: Span, sent: Span, ctx: dict[str, Any]) -> Event | None:
    """"X was serving five years after being convicted", "was serving a suspended sentence": a sentence
    told through its serving. A record only when the document tells no other sentence of that person
    (see resolution), dated only inside its own phrase."""
    trigger = span[-1]
    if trigger.lower_ != "serving":
        return None
    obj = next((c for c in trigger.children if c.dep_ in {"dobj", "npadvmod", "attr"}), None)
    if obj is None:
        return None
    inside = range(obj.left_edge.i, obj.right_edge.i + 1)
    penalties = [p for p in ctx["penalties"] if p.start in inside]
    durations = [d for d in ctx["durations"] if d.start in inside]
    if penalties:
        kinds = list(dict.fromkeys(p.id_ for p in penalties))
        out = [{"penalty": k, "durations": [d.text for d in durations] if k not in {"death", "life_imprisonment"} else [],
                "range": any(d.id_ == "range" for d in durations)} for k in kinds]
    elif durations:
        out = [{"penalty": "imprisonment", "durations": [durations[0].text], "range": durations[0].id_ == "range"}]
    else:
        return None  # "serving his sentence": which, the document says elsewhere
    head, _ = _subject_source(trigger)
    subjects = _persons(_subjects_from_head(head, trigger)) if head is not None else []
    if _common_filters(trigger, sent, subjects, head):
        return None
    event = _sentence_event(subjects, out, trigger, sent, ctx, "imposed")
    event.update({"serving": True, "own_dates_only": True, "confidence": 0.7})
    return event


def _suspended(span: Span, sent: Span, ctx: dict[str, Any]) -> Event | None:
    """"sentenced to four-year prison terms, which were later suspended", "the court later suspended the
    sentences": a sentence changed to a suspended one, of whoever had it, keeping its term."""
    trigger = _trigger_token(span)
    if trigger.dep_ in {"amod", "acl", "compound"} or trigger.tag_ not in {"VBD", "VBN", "VBZ", "VBP"}:
        return None  # "nine months' suspended sentences": a kind of sentence, told by its own verb
    if any(t.lower_ == "of" and any(c.lower_ == "which" for c in t.children) for t in trigger.subtree if t.i < trigger.i):
        return None  # "18 months in prison, of which 12 months were suspended": part of the term, which stays
        # one imprisonment record of the full term
    if trigger.dep_ == "relcl":
        noun = trigger.head
    else:
        noun = next((c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    penalty_tokens = _penalty_tokens(sent)
    if noun is None or not (noun.lower_ in grammar()["sentence_nouns"] or noun.i in penalty_tokens) or \
            noun.lower_ in {"conviction", "convictions", "verdict", "verdicts"}:
        return None  # ("suspended the newspaper", "suspended the trial"): no sentence suspended
    verb = _clause_verb(noun) if trigger.dep_ == "relcl" else None
    if verb is not None and verb != trigger and lemma(verb) in {"sentence", "give", "receive", "hand", "impose"}:
        subjects, head = _patient(verb, sent, noun_trigger=False)  # whoever the suspended terms were given to
    else:
        subjects, head = _patient(trigger, sent, noun_trigger=False)
    subjects = _persons(subjects)  # (an amount is never a subject: mentions.group_mention)
    if not subjects and trigger.dep_ != "relcl":
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        plural = noun.tag_ == "NNS"
        subjects = _subjects_from_head(owner, trigger, allow_possessive=True) if owner is not None else [
            {"name": None, "kind": "group" if plural else "person", "count": None, "description": None,
             "start": noun.idx, "end": noun.idx + len(noun), "via": "pronoun",
             "number": "plural" if plural else "singular"}]  # "suspended the sentences": whose, read later
    if _common_filters(trigger, sent, subjects, head):
        return None
    terms = [d for d in ctx["durations"] if noun.left_edge.i <= d.start and d.end <= noun.right_edge.i + 1]
    penalty = {"penalty": "suspended_imprisonment", "durations": [d.text for d in terms[:1]],
               "range": any(d.id_ == "range" for d in terms[:1])}
    event = _sentence_event(subjects, [penalty], trigger, sent, ctx, "changed")
    event["fine_money"] = []
    event["suspension"] = True
    event["later"] = any(c.dep_ == "advmod" and c.lower_ in {"later", "subsequently", "afterwards", "eventually"}
                         for c in trigger.children)
    return event


def _sentence(span: Span, sent: Span, ctx: dict[str, Any]) -> Event | None:
    if span.id_ == "serving":
        return _serving(span, sent, ctx)
    if span.id_ == "jailed_term" and not _jailed_for_a_term(span):
        return None  # "jailed for two months without trial": a detention, told by the detention trigger
    if span.id_ == "suspend":
        return _suspended(span, sent, ctx)
    trigger = _trigger_token(span)
    noun_trigger = trigger.pos_ in {"NOUN", "PROPN"} or span.id_ == "sentence_noun"
    bare_term = _bare_new_term(trigger, sent, ctx) if span.id_ == "commute" else None
    if span.id_ == "commute":
        if not any(p.start > trigger.i for p in ctx["penalties"] + ctx["durations"]) and bare_term is None:
            return None
        noun_trigger = False
    if noun_trigger:
        head = trigger.head
        if _replaced_penalty(span.root):
            return None  # "in lieu of prison sentences placed on probation": the sentence not given
        if trigger.lower_ in {"term", "terms"} and trigger.i >= 2 and sent.doc[trigger.i - 1].text in {"-", "‑"}:
            return None  # "short-term detentions", "long-term residents": a length, not a prison term
        if trigger.lower_ == "sentencing" and not any(c.dep_ == "prep" and c.lower_ == "of" for c in trigger.children):
            return None  # ("at the time of their sentencing": a moment; "the sentencing of X to five years": an act)
        if head.lemma_ in {"serve", "face", "risk", "carry", "seek", "demand", "request", "complete", "finish",
                           "challenge", "appeal", "contest"}:
            return None  # ("after completing their sentences", "to challenge the two-year sentence": told before)
        if trigger.dep_ == "nsubj" and head.pos_ in {"VERB", "AUX"} and _decision(trigger) == "imposed" and \
                any(c.dep_ == "poss" for c in trigger.children):
            return None  # "al-Zoubi's prison sentence had not gone into effect": a sentence told before, acting
        if trigger.dep_ == "nsubjpass" and head.lemma_ == "suspend" and any(
                c.dep_ == "poss" for c in trigger.children):
            return None  # "his sentence was suspended for five years": told by the verb, of a sentence told before
        if not any(p.start >= trigger.i - 6 and in_clause(p, trigger) for p in ctx["penalties"] + ctx["durations"]) \
                and not any(c.lower_ == "suspended" for c in trigger.children):
            return _upheld_without_penalty(trigger, sent, ctx)
    if span.id_ == "ordered_penalty":
        # "convicted a person of assault and ordered probation": whoever the coordinated verdict was of
        partner = trigger.head if trigger.dep_ == "conj" else None
        subjects, head = _patient(partner, sent, noun_trigger=False) if partner is not None and partner.lemma_ in {
            "convict", "find", "try", "sentence"} else ([], None)
        several = len(subjects) > 1
    elif span.id_ in {"corporal", "receive"} and (trigger.lemma_ in {"receive", "get"} or _is_passive(trigger)):
        # "Ten of them … received 10 lashes", "Karangwa received 5 years in prison",
        # "he was given life imprisonment": the recipient
        head, _ = _subject_source(trigger)
        subjects = _persons(_subjects_from_head(head, trigger)) if head is not None else []
        several = False
    elif span.id_ == "receive":
        # "the court gave him 10 years": whom the court gave it
        head = next((c for c in trigger.children if c.dep_ in {"dative", "dobj"} and c.pos_ in {"PRON", "PROPN", "NOUN"}
                     and c.i not in _penalty_tokens(sent)), None)
        subjects = _persons(_subjects_from_head(head, trigger)) if head is not None else []
        several = len(subjects) > 1
    else:
        subjects, head = _patient(trigger, sent, noun_trigger=noun_trigger)
        named = sent.doc[trigger.i - 2] if trigger.i - 2 >= sent.start else None
        if trigger.dep_ in {"parataxis", "advcl"} and sent.doc[trigger.i - 1].text == "(" and named is not None \
                and named.pos_ == "PROPN":
            # "convicted former Minister A (sentenced to 5.8 years in prison), B (2.8 years), …": the name the
            # parenthesis follows
            subjects, head = _subjects_from_head(named, trigger), named
        own_dates_only = False
        if not subjects and span.id_ == "commute":
            subjects, head = _changed_after_sentencing(trigger, sent)
            own_dates_only = bool(subjects)
        frames = None if noun_trigger else _gapped_frames(trigger, sent, ctx)
        if frames is not None:
            return _gapped_sentence(frames, trigger, sent, ctx, head)
        subjects = _with_companions(_persons(_enumerated(subjects, trigger, sent)), trigger, sent)
        several = len(subjects) > 1
    ctx = {**ctx, "several_subjects": several}  # repeated penalties may then belong to different subjects
    penalties = _penalties_for(trigger, sent, ctx, noun_trigger)
    if trigger.lemma_ in {"condemn", "convict"}:
        # "condemned A (in absentia) to death, sentenced three others to life": the span's own penalty
        # ("convicted a man to three years in prison": a conviction told with its term)
        penalties = [(k, p) for k, p in penalties if p is None or p.start < span.end]
    if span.id_ == "jailed_term" or not penalties and bare_term is not None:
        penalties = [("imprisonment", None)]  # (a bare new term changes the prison term told before it)
    if not penalties:
        durs = _durations_for(trigger, sent, ctx, None, noun_trigger)
        if durs:
            penalties = [("imprisonment", None)]
        elif noun_trigger or span.id_ == "commute" or _orders_damages(trigger, sent):
            return None
        else:
            penalties = [("other", None)]
    if noun_trigger and trigger.dep_ == "pobj" and trigger.head.lower_ == "to" and (not subjects or any(
            sp.root.pos_ == "VERB" and sp.start < trigger.i for sp in ctx.get("sentence_triggers", []))):
        return None  # ("sentenced … and another to a term of 20 years": the verb's penalty, told by the verb)
    if _common_filters(trigger, sent, subjects, head):
        return None
    decision = _decision(trigger)
    if decision == "changed" and len(penalties) > 1:
        # "commuted the death sentence to life imprisonment": the record carries the new penalty
        after_to = [(k, p) for k, p in penalties if p is not None and p.start > 0
                    and any(t.lower_ == "to" for t in sent.doc[max(p.start - 3, sent.start):p.start])]
        penalties = after_to or penalties[-1:]
    out_penalties = []
    # "had his sentence reduced to one year": the new term follows the change, whatever penalty word came before
    def difference(d: Span) -> bool:  # "reduced by two years": a difference, not a term
        return d.start > 0 and sent.doc[d.start - 1].lower_ == "by"

    new_terms = [d for d in ctx["durations"] if decision == "changed" and d.start > trigger.i and not difference(d)
                 and any(t.lower_ == "to" for t in sent.doc[max(d.start - 2, trigger.i):d.start])]
    if decision == "changed" and not new_terms:
        # "increased the prison sentence of X from 18 to 27 years": the new term ends the change
        for d in ctx["durations"]:
            to = [t.i for t in d if t.lower_ == "to"]
            if d.start > trigger.i and d.id_ == "range" and d[0].lower_ == "from" and to and to[-1] + 1 < d.end:
                new_terms = [sent.doc[to[-1] + 1:d.end]]
                break
    for penalty, pspan in penalties:
        if penalty == "life_imprisonment" and _up_to_life(pspan, ctx):
            # "sentences ranging from five years to life in prison": prison terms of a range, not life
            entry = {"penalty": "imprisonment", "durations": [], "range": True}
            if entry not in out_penalties:
                out_penalties.append(entry)
            continue
        durs = _durations_for(trigger, sent, ctx, pspan, noun_trigger) if penalty not in {"death", "life_imprisonment"} else []
        if span.id_ == "jailed_term":
            durs = _longest([d for d in ctx["durations"] if span.start < d.start and d.end <= span.end])
        if new_terms and penalty not in {"death", "life_imprisonment"}:
            durs = new_terms[:1]
        if decision == "changed" and not new_terms:
            # "reduced by two years the 20-year sentence": a difference and the old term, not the new one
            durs = [d for d in durs if not difference(d)
                    and not (d.root.dep_ in {"amod", "compound", "nummod", "nmod"}
                             and d.root.head.lower_ in grammar()["sentence_nouns"])]
        entry = {"penalty": penalty, "durations": [d.text for d in durs], "range": any(d.id_ == "range" for d in durs)}
        if bare_term is not None and not durs and penalty not in {"death", "life_imprisonment"}:
            entry = {**entry, "durations": [bare_term[0].text], "unit": bare_term[1]}
        if entry not in out_penalties:  # "a suspended sentence of 3.5 years' imprisonment": one penalty
            out_penalties.append(entry)
    event = _sentence_event(subjects, out_penalties, trigger, sent, ctx, decision)
    event["fine_money"] = _unnamed_fine(trigger, sent, ctx)
    if span.id_ == "commute" and own_dates_only:
        event["own_dates_only"] = True  # "…, reduced to four years on appeal": not the sentencing's date
    return event


def _bare_new_term(trigger: Token, sent: Span, ctx: dict[str, Any]) -> tuple[Token, str] | None:
    """"sentenced to 42 years in prison (reduced to 28)": a bare number a term is changed to, and the unit of
    the term told before it in the sentence."""
    doc = sent.doc
    if trigger.i + 2 >= sent.end or doc[trigger.i + 1].lower_ != "to":
        return None
    number = doc[trigger.i + 2]
    taken = [(sp.start, sp.end) for sp in ctx["durations"] + ctx["penalties"] + ctx["money"] + ctx["dates"]]
    after = doc[number.i + 1] if number.i + 1 < sent.end else None
    if not number.like_num or any(a <= number.i < b for a, b in taken) \
            or after is not None and (after.like_num or after.lemma_.lower() in grammar()["time_nouns"]):
        return None
    before = [d for d in ctx["durations"] if d.end <= trigger.i]
    unit = before[-1][-1].lower_.rstrip("'’") if before else None
    return (number, unit) if unit in {"years", "months", "days", "weeks"} else None


def _up_to_life(penalty: Span | None, ctx: dict[str, Any]) -> bool:
    """Whether a life term closes a range: "from five years to life", "between 10 years and life"."""
    if penalty is None or penalty.start < 3:
        return False
    doc = penalty.doc
    joint = penalty.start if doc[penalty.start].lower_ in {"to", "and"} else penalty.start - 1
    if doc[joint].lower_ not in {"to", "and"}:
        return False
    low = next((d for d in ctx["durations"] if d.end == joint), None)
    return low is not None and low.start > 0 and doc[low.start - 1].lower_ in {"from", "between"}


def _changed_after_sentencing(trigger: Token, sent: Span) -> tuple[list[Mention], Token | None]:
    """"He was sentenced to six years in 2021, reduced to four years on appeal, and then increased to 17
    years": a change told as a participle after a sentencing belongs to whoever was sentenced."""
    if trigger.tag_ not in {"VBN", "VBD"} or any(c.dep_ in {"nsubj", "nsubjpass"} for c in trigger.children):
        return [], None
    cur = trigger
    for _ in range(3):
        if cur.dep_ not in {"advcl", "conj"} or cur.head == cur:
            return [], None
        cur = cur.head
        if cur.lemma_ == "sentence" and cur.pos_ == "VERB":
            return _patient(cur, sent, noun_trigger=False)
    return [], None


def _upheld_without_penalty(trigger: Token, sent: Span, ctx: dict[str, Any]) -> Event | None:
    """"Both sentences were upheld by the Supreme Court", "the court confirmed his sentence": a
    sentence told before, upheld. Its subjects are whose sentences they are; its penalties are the
    earlier telling's (resolution.inherit_penalties), or there is no record."""
    if trigger.lower_ not in grammar()["sentence_nouns"] or _decision(trigger) != "upheld" or \
            trigger.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
        return None
    owner = next((c for c in trigger.children if c.dep_ == "poss" or c.lower_ in {"of", "against"}), None)
    if owner is not None:
        subjects = _patient(trigger, sent, noun_trigger=True)[0]  # "his sentence", "the sentence of A"
    else:
        plural = trigger.tag_ == "NNS"
        subjects = [{"name": None, "kind": "group" if plural else "person", "count": None, "description": None,
                     "start": trigger.idx, "end": trigger.idx + len(trigger), "via": "pronoun",
                     "number": "plural" if plural else "singular"}]
    if not subjects or _negated(trigger, None) or _hypothetical(trigger, sent) or _law_sentence(sent):
        return None
    event = _sentence_event(subjects, [], trigger, sent, ctx, "upheld")
    event["inherit_penalties"] = "plural" if trigger.tag_ == "NNS" else "singular"
    return event


def _unnamed_fine(trigger: Token, sent: Span, ctx: dict[str, Any]) -> list[str]:
    """"sentenced him to 2 months in prison and 10,000 dinars ($140)": an amount coordinated with the
    penalty of a sentencing verb is a fine, though the text never says "fine" (when it does, the fine
    trigger tells it)."""
    if any(s.label_ == "TRIG_FINE" for s in _spans_in(sent)):
        return []
    doc = sent.doc
    for money in ctx["money"]:
        if money.start <= trigger.i or not in_clause(money, trigger) or _damages(money):
            continue
        before = doc[max(money.start - 2, sent.start):money.start]
        if any(t.lower_ in {"and", ","} for t in before) and any(
                p.end <= money.start and money.start - p.end <= 3 for p in ctx["penalties"] + ctx["durations"]):
            end = _past_parentheses(doc, money.end, sent.end)
            return [doc[money.start:end].text]
    return []


def _gapped_sentence(frames: list[tuple[list[Mention], list[Event]]], trigger: Token, sent: Span,
                     ctx: dict[str, Any], head: Token | None) -> Event | None:
    """One sentence event whose penalties each belong only to their own segment's subjects."""
    subjects: list[Mention] = []
    penalties: list[Event] = []
    for own_subjects, own_penalties in frames:
        own_subjects = _persons(own_subjects)
        owners = list(range(len(subjects), len(subjects) + len(own_subjects)))
        subjects += own_subjects
        penalties += [{**p, "only": owners} for p in own_penalties]
    if _common_filters(trigger, sent, subjects, head):
        return None
    return _sentence_event(subjects, penalties, trigger, sent, ctx, _decision(trigger))


def _sentence_event(subjects: list[Mention], penalties: list[Event], trigger: Token, sent: Span,
                    ctx: dict[str, Any], decision: str) -> Event:
    return {
        "subjects": subjects,
        "penalties": penalties,
        "decision": decision,
        "court": _court(trigger, sent, ctx),
        "charges": _charges(trigger, sent, ctx),
        "respectively": "respectively" in sent.text.lower() or " each" in sent.text.lower(),
        "confidence": 0.85,
        "family": "judicial",
    }


def _gapped_frames(trigger: Token, sent: Span, ctx: dict[str, Any]) -> list[tuple[list[Mention], list[Event]]] | None:
    """"sentenced A and three others to 20 years in prison, two soldiers to 15 years, and three to 10 years":
    a sentencing verb whose object and "to <penalty>" repeat with the verb left out. Each segment is
    (its subjects, its penalties); a segment that names no penalty word takes the one before it
    ("to 15 years" after "to 20 years in prison"). None when the sentence has fewer than two segments."""
    doc = sent.doc
    spans = sorted(ctx["penalties"] + ctx["durations"], key=lambda sp: sp.start)
    # (a noun "to a term of 20 years" is a penalty of this verb, not a sentencing of its own)
    stop = min([t.start for t in ctx.get("sentence_triggers", []) if t.start > trigger.i
                and not (t.root.pos_ == "NOUN" and t.start > 0 and doc[t.start - 1].pos_ == "DET"
                         and t.start > 1 and doc[t.start - 2].lower_ == "to")] + [sent.end])
    stop = min([t.i for t in doc[trigger.i + 1:stop] if t.text == ";" or t.lower_ in {"on", "after"}] + [stop])
    tos: list[tuple[int, int]] = []  # ("to" index, end of its penalty phrase)
    for tok in doc[trigger.i + 1:stop]:
        if tok.lower_ != "to" or (tos and tok.i < tos[-1][1]):
            continue
        first = tok.i if any(sp.start == tok.i for sp in spans) else tok.i + 1  # "to life"
        while first < stop and doc[first].pos_ in {"DET", "ADJ"} and not any(sp.start == first for sp in spans):
            first += 1
        if first + 2 < stop and doc[first].lower_ in {"term", "terms", "sentence", "sentences"} \
                and doc[first + 1].lower_ == "of":
            first += 2  # "to a term of 20 years"
        phrase_end = first
        for sp in spans:
            if sp.start <= phrase_end + 1 and sp.end > phrase_end and sp.start >= first \
                    and not any(t.text in {",", ";"} for t in doc[phrase_end:sp.start]):
                phrase_end = sp.end  # (not across a comma: "to life in prison, 2 to 20 years" is the next segment)
        if phrase_end == first:
            continue
        if phrase_end < stop and doc[phrase_end].lower_ == "in" and phrase_end + 1 < stop and \
                doc[phrase_end + 1].lower_ in {"prison", "jail"}:
            phrase_end += 2
        tos.append((tok.i, phrase_end))
    if len(tos) < 2:
        return None
    frames: list[tuple[list[Mention], list[Event]]] = []
    seg_start = trigger.i + 1
    # "A was sentenced to 15 years' and B to 10 years' imprisonment": the first segment's subject is the
    # passive subject before the verb
    passive_subjects = _patient(trigger, sent, noun_trigger=False)[0] if _is_passive(trigger) else []
    previous_kind = "imprisonment"
    previous_group: Mention | None = None
    for to_i, phrase_end in tos:
        left = seg_start
        if left < to_i and doc[left].lower_ == "for":
            # "… to seven years' imprisonment for defamation and divisionism, and B to 17 years": the
            # previous segment's charges end at the last "and" before this segment's subject
            ands = [t.i for t in doc[left:to_i] if t.lower_ == "and" and t.i > left]
            if not ands:
                if not frames:
                    return None
                seg_start = phrase_end
                continue
            left = ands[-1]
        while left < to_i and (doc[left].is_punct or doc[left].lower_ in {"and", "while", "whereas"}):
            left += 1
        if left >= to_i and not (passive_subjects and not frames):
            return None  # "to X to Y": not a subject before every "to"
        region = doc[left:to_i]
        subjects = _mentions_in(region, trigger) if left < to_i else passive_subjects
        if not subjects and len(region) <= 4 and all(t.pos_ == "PROPN" and t.is_title for t in region):
            # the segment's whole subject is a proper name the NER took for something else
            # ("and Ntakarutinka to 10 years'" read as a date)
            subjects = [name_mention(region)]
        if not subjects and region[-1].lower_ in {"another", "other"} and frames:
            # "One soldier was sentenced to life imprisonment and another to a term of 20 years": one more
            # of the kind just told
            like = next((m for m in frames[-1][0] if not m.get("name")), None) or previous_group or {
                "name": None, "kind": "person", "description": None, "via": "group"}
            subjects = [{**like, "kind": "person", "count": 1, "start": region[-1].idx,
                         "end": region[-1].idx + len(region[-1])}]
        if not subjects and region[-1].like_num:
            # "and 16 to life imprisonment", "the remaining six to 5 years": a count standing for a group
            # like the one before it
            value = parse_number(region[-1].text)
            if isinstance(value, int) and value > 0:
                like = previous_group or {"name": None, "kind": "group", "description": None, "via": "group"}
                subjects = [{**like, "kind": "person" if value == 1 else "group", "count": value,
                             "start": region[-1].idx, "end": region[-1].idx + len(region[-1])}]
        if not subjects:
            if not frames:
                return None
            seg_start = phrase_end
            continue
        previous_group = next((m for m in subjects if m.get("via") == "group" and m.get("count")), previous_group)
        own = [sp for sp in spans if to_i <= sp.start < phrase_end]
        marked = [sp for sp in own if sp.label_ == "PENALTY"]
        kinds = [(sp.id_, sp) for sp in marked if not (sp.id_ == "imprisonment" and any(
            q.id_ != "imprisonment" and q.start <= sp.start < q.end + 2 for q in marked))]  # "to life imprisonment"
        durations = [sp.text for sp in _longest([sp for sp in own if sp.label_ == "DURATION"])]
        ranged = any(sp.id_ == "range" for sp in own if sp.label_ == "DURATION")
        straddling = next((sp for sp in spans if sp.label_ == "DURATION" and sp.start == to_i - 1 < to_i + 1 < sp.end
                           and doc[to_i - 1].like_num and region[-1].i == to_i - 1), None)
        if straddling is not None and not durations:
            # "…, 2 to 20 years in prison": the segment's count and its term, not a range from 2 to 20 years
            durations, ranged = [doc[to_i + 1:straddling.end].text], False
        if not kinds:
            kinds = [(previous_kind if durations else "other", None)]
        penalties = []
        for kind, _ in kinds:
            dur = [] if kind in {"death", "life_imprisonment"} else durations
            penalties.append({"penalty": kind, "durations": dur, "range": ranged})
        previous_kind = kinds[-1][0] if kinds[-1][0] not in {"death", "life_imprisonment"} else "imprisonment"
        frames.append((subjects, penalties))
        seg_start = phrase_end
    return frames


def _fine(span: Span, sent: Span, ctx: dict[str, Any]) -> Event | None:
    trigger = _trigger_token(span)
    noun_trigger = trigger.pos_ in {"NOUN", "PROPN"} or span.id_ == "fine_noun"
    if span.id_ == "fine_noun" and trigger.dep_ == "amod" and trigger.head.pos_ == "NOUN" \
            and trigger.head.dep_ in {"dobj", "oprd", "attr", "nsubjpass"}:
        trigger = trigger.head  # "was issued a fine equivalent to 50 days' salary": "fine" read as modifying
        # "equivalent", which stands where the fine does
    target = None
    if noun_trigger:
        # ("requested a 4-year prison sentence and a fine of $90,000": what governs both)
        noun = first_conjunct(trigger, {"NOUN"})
        if noun.dep_ == "appos":
            noun = noun.head  # "imposed a 12 million forints ($31,000) consumer protection fine on X"
        head = noun.head
        target = next((o for p in list(trigger.children) + list(noun.children) + list(head.children)
                       if p.lower_ == "on" for o in p.children if o.dep_ == "pobj"),
                      None) if head.lemma_ == "impose" else None
        imposed_on = target is not None  # "imposed a 1,000 lev fine on X"
        if trigger.tag_ == "NNS" and head.lemma_ in grammar()["penalty_conversion_verbs"] | {
                "increase", "raise", "introduce", "double", "triple", "set", "stiffen", "toughen", "lower", "reduce"} \
                and not any(c.dep_ in {"det", "poss", "nummod"} for c in trigger.children) \
                and not any(in_clause(m, trigger) for m in ctx["money"]):
            return None  # "an amendment that significantly increased fines for the public use of banned symbols": law
        if head.lemma_ in {"face", "risk", "carry", "impose", "threaten", "seek", "demand", "request"} and not imposed_on \
                or trigger.lower_ == "fines" and head.lemma_ in {"lead"}:
            return None
        if head.lemma_ == "pay" and (any(t.lower_ == "behalf" for t in head.subtree) or any(
                p.dep_ in {"prep", "dative"} and p.lower_ == "for" and any(o.dep_ == "pobj" and o.pos_ in {"PRON", "PROPN"}
                                                              for o in p.children) for p in head.children)):
            return None  # "the head of the union paid the fine on her behalf", "a leader paid the fines for
            # them": whoever pays is not who was fined
        if head.lemma_ == "pay" and any(c.dep_ == "nsubj" and c.lower_ in grammar()["kin_nouns"] | grammar()[
                "collective_nouns"] and any(k.dep_ == "poss" for k in c.children) for c in head.children):
            return None  # "the charges were dropped when his family paid a fine": relatives pay another's fine
    subjects, head = _patient(trigger, sent, noun_trigger=noun_trigger)
    if target is not None:
        subjects, head = _subjects_from_head(target, trigger), target  # whom the fine was imposed on
    paying = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.dep_ == "prep" else trigger.head
    payer = next((c for c in paying.children if c.dep_ == "nsubj"), None) \
        if noun_trigger and paying.lemma_ == "pay" and trigger.dep_ in {"dobj", "pobj"} else None
    if not subjects and payer is not None:
        subjects, head = _subjects_from_head(payer, trigger), payer  # "after the station paid $10,000 in fines"
    if not subjects and noun_trigger:
        verb = _clause_verb(trigger)
        for _ in range(4):
            # "sentenced A, B and C to six months' imprisonment (converted to a fine)": the sentencing verb above
            if lemma(verb) in {"sentence", "order", "condemn"} or verb.head == verb:
                break
            verb = _clause_verb(verb.head)
        if lemma(verb) in {"sentence", "order", "condemn"}:
            obj = next((c for c in verb.children if c.dep_ in {"dobj"} and c != trigger), None)
            if obj is not None:
                subjects, head = _subjects_from_head(obj, trigger), obj
            if obj is None or all(m.get("bare") for m in subjects):
                # "sentenced journalists A and B to …": the verb's own reading of its object list
                subjects, head = _patient(verb, sent, noun_trigger=False)
    converted = trigger.head.head if noun_trigger and trigger.dep_ == "pobj" and trigger.head.lower_ in {
        "to", "with"} else None  # ("reduced his prison term to six months with a fine of 10,000 rupees")
    if not subjects and converted is not None and converted.lemma_ in grammar()["penalty_conversion_verbs"]:
        # "upheld the convictions of A and B but reduced the jail sentences to a fine": whose sentences they were
        subjects, head = _patient(converted, sent, noun_trigger=False)
        old_term = next((c for c in converted.children if c.dep_ == "dobj" and c.lower_ in grammar()["sentence_nouns"]),
                        None)
        owner = next((c for c in old_term.children if c.dep_ == "poss"), None) if old_term is not None else None
        if not subjects and owner is not None:  # "reduced his prison term to six months with a fine": his
            subjects, head = _subjects_from_head(owner, trigger, allow_possessive=True), owner
        if converted.dep_ == "conj":
            fuller = _patient(converted.head, sent, noun_trigger=False)
            if len(fuller[0]) > len(subjects) and {m.get("name") for m in subjects} <= {m.get("name") for m in fuller[0]}:
                subjects, head = fuller
    if not subjects and not noun_trigger and trigger.dep_ == "conj":
        # "was convicted … and sentenced to 2 years' imprisonment and fined $1,600": whoever the verbs it is
        # coordinated with were told of
        partner = trigger.head
        for _ in range(3):
            if partner.lemma_ in {"sentence", "convict", "condemn", "find", "try", "arrest", "detain"}:
                subjects, head = _patient(partner, sent, noun_trigger=False)
                if subjects:
                    break
            if partner.dep_ != "conj" or partner.head == partner:
                break
            partner = partner.head
    subjects = _without_affiliations(sent.doc, subjects)
    imposing = _clause_verb(trigger)
    if noun_trigger and imposing.lemma_ in {"order", "impose", "issue", "hand", "levy"}:
        agent = next((c for c in imposing.children if c.dep_ == "nsubj"), None)
        if agent is not None:  # "the TCS ordered asset forfeitures, civil damages, and fines": who orders is not fined
            lo, hi = agent.left_edge.idx, agent.right_edge.idx + len(agent.right_edge)
            subjects = [m for m in subjects if not lo <= m["start"] < hi]
    changed = noun_trigger and _changed_fine(trigger)
    if changed and not subjects:
        # "The court reduced the original fine of 500,000 dinars to 50,000 dinars": the fine told before
        subjects, head = [{"name": None, "kind": "person", "count": None, "description": None, "start": trigger.idx,
                           "end": trigger.idx + len(trigger), "via": "pronoun", "number": "any",
                           "earlier_record": "fine"}], trigger
    if _common_filters(trigger, sent, subjects, head):
        return None
    if noun_trigger and all(not m.get("name") and not m.get("description") and m.get("via") == "group"
                            for m in subjects) and not any(in_clause(m, trigger) for m in ctx["money"]):
        return None  # "four cases went to court, with one resulting in a guilty verdict and a fine": a case
    # Amount phrases of this fine: the money spans of its clause after the trigger
    # (or right before a noun trigger: "a $100 (46,500 CFA francs) fine").
    doc = sent.doc
    # ("a 12 million forints ($31,000) consumer protection fine": the fine apposed to the amount it is)
    apposed_to = trigger.head.i if noun_trigger and trigger.dep_ == "appos" else None
    money = [m for m in ctx["money"] if in_clause(m, trigger) and
             (m.start > trigger.i or (noun_trigger and m.start >= trigger.i - 8)
              or apposed_to is not None and m.start <= apposed_to < m.end)]
    money = [m for m in money if not _damages(m)]
    if changed:  # the new amount, after "to"
        money = next(([m for m in money if m.start > i] for i in range(trigger.i, sent.end)
                      if doc[i].lower_ == "to" and any(m.start == i + 1 for m in money)), money)
    amount_text = None
    range_ = False
    money_texts: list[str] = []
    if money:
        first, last = money[0], money[-1]
        end = _past_parentheses(doc, last.end, sent.end)
        if doc[first.start:end].text.count("(") > doc[first.start:end].text.count(")"):
            # the last amount is inside a parenthesis: "(EUR4,000 and 8,300)" runs to its close
            close = next((t.i for t in doc[end:min(sent.end, end + 12)] if t.text == ")"), None)
            if close is not None:
                end = close + 1
        money_texts = [doc[first.start:end].text]
        pre = doc[max(first.start - 2, sent.start):first.start].text.lower()
        if "between" in pre.split() or "from" in pre.split():
            range_ = True
            amount_text = doc[first.start:end].text
            if "between" in pre.split():
                amount_text = "between " + amount_text
    return {
        "subjects": subjects,
        "money": money_texts,
        "money_range": range_,
        "amount_text": amount_text,
        "reason": _fine_reason(trigger, sent, ctx),
        "respectively": "respectively" in sent.text.lower(),
        "confidence": 0.85,
        "family": "judicial",
    }


def _changed_fine(trigger: Token) -> bool:
    """"reduced the original fine of X to Y", "the fine was increased to Y": a fine changed by a court."""
    return trigger.dep_ in {"dobj", "nsubjpass"} and trigger.head.lower_ in grammar()["decision_changed"] | {
        "reduces", "increases", "extends", "changes", "lowered", "raised", "cut", "halved", "doubled"}


def _past_parentheses(doc: Doc, i: int, limit: int) -> int:
    """Index after a parenthesis that opens at ``i`` ("(EUR4,000 and 8,300)"), else ``i``."""
    if i < limit and doc[i].text == "(":
        close = next((t.i for t in doc[i:min(limit, i + 12)] if t.text == ")"), None)
        if close is not None:
            return close + 1
    return i


def _orders_damages(trigger: Token, sent: Span) -> bool:
    """"he was sentenced to pay 4.1 million quetzales in reparations": an order to pay a victim,
    with no penalty of its own."""
    return any(sp.label_ == "MONEY" and sp.start > trigger.i and _damages(sp) for sp in _spans_in(sent))


def _damages(money: Span) -> bool:
    """Damages are not fines: "100,000 CFA (approximately $200) in damages", "… in reparations",
    "damages of $1,200"."""
    doc = money.doc
    after = _past_parentheses(doc, money.end, money.sent.end)
    words = [t.lower_ for t in doc[after:after + 2]]
    before = [t.lower_ for t in doc[max(money.start - 2, money.sent.start):money.start]]
    return len(words) == 2 and words[0] in {"in", "as"} and words[1] in grammar()["damages_words"] or \
        len(before) == 2 and before[0] in grammar()["damages_words"] and before[1] == "of"


def _fine_reason(trigger: Token, sent: Span, ctx: dict[str, Any]) -> str | None:
    charges = _charges(trigger, sent, ctx)
    if charges:
        return charges[0]
    for tok in sent:
        if tok.lemma_ in {"accuse", "charge"}:
            inner, _ = _prep_object(tok, {"of", "with"})
            if inner is not None:
                phrases = _charge_phrases(inner)
                if phrases:
                    return phrases[0]
    return None


# --------------------------------------------------------------------------- findings

def _finding(span: Span, sent: Span, ctx: dict[str, Any]) -> Event | None:
    trigger = _trigger_token(span)
    bodies = ctx["bodies"]
    doc = sent.doc
    body_spans: list[Span] = []
    generic = grammar()["generic_body_heads"]
    if span.id_ == "other" and span.text.lower().startswith("according"):
        if any(sp.label_ in {"TRIG_DETENTION", "TRIG_SENTENCE", "TRIG_FINE"} for sp in _spans_in(sent)):
            return None  # "According to UNHCR, 10 asylum seekers were arrested": the body tells an act, finds nothing
        body_spans = [b for b in bodies if b.start >= span.end and b.start - span.end <= 3]
    elif span.text.lower().startswith("ruling in") or trigger.lower_ in grammar()["finding_nouns"] and not (
            trigger.pos_ == "VERB" and trigger.dep_ in {"advcl", "acl", "xcomp"}):  # ("an opinion finding that …")
        body_spans = [b for b in bodies if b.end <= span.start and span.start - b.end <= 1]
    else:
        verb = trigger if trigger.pos_ in {"VERB", "AUX"} else _clause_verb(trigger)  # "granted precautionary measures"
        subj = None
        cur = verb
        for _ in range(4):
            subj = next((c for c in cur.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subj is not None or cur.dep_ not in {"conj", "advcl", "xcomp", "acomp"}:  # "is concerned"
                break
            cur = cur.head  # "criticized the law, calling for it to be amended"
        if subj is None and verb.dep_ == "acl" and verb.head.dep_ == "ROOT":
            subj = verb.head  # "three UN special rapporteurs called on …" parsed as a noun phrase: its head acts
        if subj is None and verb.dep_ == "acl" and verb.head.dep_ == "dobj" and (verb.lemma_ in {
                "find", "declare", "conclude", "consider", "deem", "rule", "state"}
                or verb.head.lower_ in grammar()["finding_nouns"]):
            # "the Working Group published an opinion finding that …", "the committee published a report
            # raising concerns …": who published the opinion or report finds
            subj = next((c for c in verb.head.head.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            left, right = subj.left_edge.i, subj.right_edge.i + 1
            body_spans = [b for b in bodies if left <= b.start < right]
            # "the UN Human Rights Council special rapporteur": the rapporteur speaks, not the council before it
            body_spans = [b for b in body_spans if not any(o.start == b.end for o in body_spans)]
            if not body_spans and (subj.lower_ in generic or subj.lower_ in grammar()["finding_nouns"]) and any(
                    c.lower_ in {"the", "its", "their"} for c in subj.children):
                # "the committee urged …", "The report also expressed concern …": a body named before
                body_spans = []
                generic_head = subj
                return _finding_event(span, trigger, sent, ctx, [], generic_head=generic_head)
    if not body_spans and trigger.pos_ == "NOUN":
        # "precautionary measures and other directives issued by the IACHR and CERD": whoever issued them
        issued = [c for n in (trigger, *trigger.conjuncts) for c in n.children if c.dep_ == "acl"]
        agents = [o for v in issued for a in v.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        body_spans = [b for o in agents for b in bodies if o.left_edge.i <= b.start <= o.right_edge.i]
    if not body_spans:
        return None
    return _finding_event(span, trigger, sent, ctx, body_spans)


def _finding_event(span: Span, trigger: Token, sent: Span, ctx: dict[str, Any], body_spans: list[Span],
                   generic_head: Token | None = None) -> Event | None:
    g = grammar()
    ftype = span.id_ or "other"
    lowered = sent.text.lower()
    if any(c.dep_ == "dobj" and any(d.lower_ == "no" for d in c.children) for c in trigger.children):
        return None  # "UNHCR reported no further cases of forced returns": nothing found
    if trigger.lemma_ == "find" and any(t.lower_ in {"guilty", "innocent"} for t in trigger.subtree):
        return None  # "the appeals court found X not guilty": a criminal verdict, not a human-rights finding
    added = False
    if ftype == "statement":
        # "the IACHR noted/stated/highlighted …": what a body says of the country is a finding; what it says
        # decides the kind (a violation it names, progress it notes, else a concern it raises)
        added = any(c.dep_ == "advmod" and c.lower_ in {"also", "further", "additionally"} for c in trigger.children)
        words = {t.lower_ for t in trigger.subtree}
        ftype = "concern" if words & {"concern", "concerns"} else \
            "other" if words & g["statement_positive_words"] else \
            "violation" if words & g["violation_words"] else "concern"
    if ftype == "violation":
        complement = " ".join(t.lower_ for t in trigger.subtree)
        if span[-1].lower_ == "that" and span[-1].dep_ == "mark":  # "the ruling that the country violated …",
            complement += " " + " ".join(t.lower_ for t in span[-1].head.subtree)  # however it was parsed
        if not any(w in complement for w in g["violation_words"]):
            if trigger.lemma_ in g["opinion_verbs"]:
                return None  # "the committee considered the report": an opinion is a finding only of a violation
            ftype = "other"
        if "not " in complement and "violat" not in complement:
            ftype = "other"
        if trigger.lemma_ == "rule" and any(c.dep_ == "prep" and c.lower_ == "against" for c in trigger.children):
            ftype = "violation"  # "the ECtHR ruled against the country in a case brought by …": it found a violation
    if ftype == "other" and any(t.lemma_ in {"declare", "find", "consider", "deem", "rule"} and any(
            w.lower_ in g["violation_words"] for w in t.subtree) for t in sent):
        ftype = "violation"  # "issued an opinion declaring the detention of X arbitrary"
    if ftype == "other" and span.text.lower().startswith("ruling"):
        verbs = {t.lemma_ for t in sent if t.i > span.start}
        if verbs & {"recommend", "urge", "request"}:
            ftype = "recommendation"
    if any(f"{kind} measure" in lowered for kind in ("interim", "precautionary", "provisional")):
        ftype = "interim_measures" if ftype in {"other", "recommendation"} else ftype
    bodies = [{"text": b.text, "code": b.id_, "start": b.start_char, "end": b.end_char} for b in _join_nested(body_spans)]
    if generic_head is not None:
        text = " ".join(t.text for t in generic_head.subtree if t.i <= generic_head.i)
        bodies = [{"text": text, "code": None, "start": generic_head.left_edge.idx,
                   "end": generic_head.idx + len(generic_head), "generic": generic_head.lower_}]
    subjects = named_mentions(sent, allow_possessive=True)
    body_ranges = [(b.start_char, b.end_char) for b in body_spans + list(ctx["bodies"])]  # (nor a body it refers to)
    subjects = [s for s in subjects if not any(bs <= s["start"] < be for bs, be in body_ranges)
                and s["start"] > (body_spans[0].end_char if body_spans else 0)
                and not is_organization(s)]  # victims and applicants, not "the Committee" named again
    return {
        "bodies": bodies,
        "finding_type": ftype,
        "subjects": subjects,
        "rights": _rights(sent),
        "confidence": 0.8,
        "family": "finding",
        "added": added,  # "The report also highlighted …": more of a finding told before
        # "ruled against the country in three cases": a tally of cases, told one by one after it
        # (not "In two cases, the ECtHR ruled …", which sets out the cases it tells)
        "cases_counted": any(p.dep_ == "prep" and p.lower_ == "in" and p.i > trigger.i and any(
            o.lemma_ == "case" and o.tag_ == "NNS" and any(c.dep_ == "nummod" for c in o.children)
            for o in p.children) for p in trigger.children),
    }


def _join_nested(spans: list[Span]) -> list[Span]:
    """One body for "the Committee on the Application of Standards of the ILO": a body named
    through "of" inside another body's phrase is part of that body, whose code it keeps."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        if out:
            prev = out[-1]
            gap = span.doc[prev.end:span.start].text.lower().strip()
            closes = span.end < len(span.doc) and span.doc[span.end].text == ")"
            if gap in {"(", "'s (", "’s (", "’s(", "'s("} and closes:  # ("the Working Group's (WGAD) report")
                joined = span.doc[prev.start:span.end + 1]  # "the African Union (AU)"
                joined.id_ = prev.id_
                out[-1] = joined
                continue
            if gap in {"of", "of the", "of the un", "of the united nations"}:
                joined = span.doc[prev.start:span.end]
                joined.id_ = prev.id_
                out[-1] = joined
                continue
        out.append(span)
    return out


def _rights(sent: Span) -> list[str]:
    """Rights or issues as written: "right to X", "X rights", "subjected to X", "victim of X", "concern about X"."""
    doc = sent.doc
    out: list[str] = []
    for tok in sent:
        if tok.lower_ in {"right", "rights"} and tok.pos_ == "NOUN":
            if tok.lower_ == "right":
                inner, _ = _prep_object(tok, {"to"})
                if inner is not None:
                    out.append(f"right to {_phrase(inner, stop_at_comma=False) or inner.text}")
                    continue
            mods = [c for c in tok.lefts if c.dep_ in {"compound", "amod"} and c.lower_ not in {"human"}]
            if mods:
                start = min(m.left_edge.i for m in mods)
                out.append(doc[start:tok.i + 1].text)
        elif tok.lemma_ in {"subject", "victim", "concern"}:
            inner, _ = _prep_object(tok, {"to", "of", "about", "over", "at"})
            if inner is not None and inner.lower_ not in {"the"}:
                phrase = _phrase(inner, stop_at_comma=False)
                if phrase:
                    for cut in (" and that ", " that ", " when ", " because "):
                        idx = phrase.find(cut)
                        if idx > 0:
                            phrase = phrase[:idx]
                    out.append(phrase)
    seen: list[str] = []
    for r in out:
        r = r.strip(" \"'“”,.")
        if r and r not in seen:
            seen.append(r)
    return seen


# --------------------------------------------------------------------------- within a sentence

def _subject_keys(event: Event) -> tuple:
    return tuple(sorted((s.get("name") or "", s.get("description") or "", s.get("via", "")) for s in event["subjects"]))


def body_keys(event: Event) -> set[str]:
    """The bodies a finding is of, by code (by name when it has none)."""
    return {b.get("code") or b["text"] for b in event["bodies"]}


def _merge_within_sentence(events: list[Event]) -> list[Event]:
    """One frame per (type, subjects) of a sentence: "sentenced ... and given a sentence of X" is one event.

    "arrested X ... then placed (him) in Y prison": a placing after an arrest of the same
    person in the sentence is a transfer, kept apart."""
    out: list[Event] = []
    for ev in events:
        sentenced = [o for o in out if o["record_type"] == "sentence" and not o.get("suspension")]
        if ev.get("suspension") and not ev.get("later") and sentenced:
            # "sentenced X to three months' imprisonment …; his sentence was suspended": one suspended sentence
            # (but "…, which were later suspended": a change of its own)
            for o in sentenced:
                for p in o["penalties"]:
                    if p["penalty"] == "imprisonment":
                        p["penalty"] = "suspended_imprisonment"
            continue
        if ev["record_type"] == "detention" and ev.get("placed") and any(
                o["record_type"] == "detention" for o in out):
            earlier = next(o for o in out if o["record_type"] == "detention")
            ev["detention_type"] = "transfer"
            if not ev["subjects"] or all(s.get("via") == "pronoun" for s in ev["subjects"]):
                ev["subjects"] = earlier["subjects"]
            out.append(ev)
            continue
        twin = None
        for other in out:
            if other["record_type"] != ev["record_type"]:
                continue
            if ev["record_type"] == "treaty_body_finding":
                same = body_keys(other) & body_keys(ev)
            elif ev["record_type"] == "detention":
                mine, theirs = set(_subject_keys(ev)), set(_subject_keys(other))
                # ("arrested and detained A, as well as B": the first verb's reading stopped short)
                # ("arrested again on April 21, charged …, and imprisoned": the later verb, undated, is the same arrest)
                again_joins = other.get("again") and not ev.get("again") and ev.get("date_text") in {
                    None, other.get("date_text")}
                same = (mine == theirs or mine and theirs and (mine < theirs or theirs < mine)
                        and ev["detention_type"] == other["detention_type"]) and (
                    other["detention_type"] == ev["detention_type"] or "transfer" not in
                    {other["detention_type"], ev["detention_type"]}) and not (
                    (ev.get("again") or other.get("again")) and not again_joins
                    or ev.get("repeated") or other.get("repeated")) and not (
                    ev.get("date_text") and other.get("date_text") and ev["date_text"] != other["date_text"]
                    and ev["detention_type"] == other["detention_type"])  # "arrested in 2006 and rearrested in 2007"
            elif ev.get("serving") or other.get("serving"):
                same = False  # "sentenced to death …; they are serving life sentences": told apart, checked later
            else:
                # ("increased the penalty by sentencing X to a one-year suspended sentence": one change, told twice)
                decisions = {other.get("decision"), ev.get("decision")}
                same = (_subject_keys(other) == _subject_keys(ev) or not ev["subjects"] or any(
                    s.get("via") == "pronoun" for s in ev["subjects"])) and (
                    len(decisions) == 1 or decisions == {"changed", "imposed"} and _same_penalties(other, ev)) \
                    and not _different_terms(other, ev)
            if same:
                twin = other
                break
        if twin is None:
            out.append(ev)
            continue
        _absorb(twin, ev)
    return out


PRIORITY = {name: i for i, name in enumerate(grammar_order("finding_priority"))}


def _same_penalties(a: Event, b: Event) -> bool:
    """Whether two sentence frames state the same penalties with the same terms."""
    return [(p["penalty"], p["durations"]) for p in a["penalties"]] == [(p["penalty"], p["durations"]) for p in b["penalties"]]


def _different_terms(a: Event, b: Event) -> bool:
    """Two sentence frames that state different terms ("reduced to four years …, then increased to 17")."""
    terms_a = {d for p in a.get("penalties", []) for d in p.get("durations", [])}
    terms_b = {d for p in b.get("penalties", []) for d in p.get("durations", [])}
    return bool(terms_a and terms_b and not terms_a & terms_b)


def _absorb(keep: Event, other: Event) -> None:
    """Fill ``keep``'s empty arguments from ``other`` (the same event told by another trigger)."""
    rt = keep["record_type"]
    if rt == "sentence":
        real = [p for p in other["penalties"] if p["penalty"] != "other"]
        if real and all(p["penalty"] == "other" or not p["durations"] for p in keep["penalties"]):
            if all(p["penalty"] == "other" for p in keep["penalties"]) or any(p["durations"] for p in real):
                keep["penalties"] = real
        if keep.get("decision") == "imposed" and other.get("decision") != "imposed":
            keep["decision"] = other["decision"]
        keep["charges"] = keep["charges"] or other["charges"]
        keep["court"] = keep["court"] or other["court"]
        if not keep["subjects"] or all(s.get("via") == "pronoun" for s in keep["subjects"]):
            keep["subjects"] = other["subjects"] or keep["subjects"]
    elif rt == "fine":
        keep["money"] = keep["money"] or other["money"]
        keep["reason"] = keep["reason"] or other["reason"]
        keep["amount_text"] = keep["amount_text"] or other["amount_text"]
        keep["money_range"] = keep["money_range"] or other["money_range"]
    elif rt == "detention":
        if len(other["subjects"]) > len(keep["subjects"]) and set(_subject_keys(keep)) < set(_subject_keys(other)):
            keep["subjects"] = other["subjects"]
        keep["location"] = keep["location"] or other["location"]
        keep["authority"] = keep["authority"] or other["authority"]
    else:
        if PRIORITY.get(other["finding_type"], 9) < PRIORITY.get(keep["finding_type"], 9):
            keep["finding_type"] = other["finding_type"]
        keep["rights"] = keep["rights"] + [r for r in other["rights"] if r not in keep["rights"]]
    if keep.get("date_text") is None and other.get("date_text") is not None:
        keep["date_text"], keep["date_start"] = other["date_text"], other["date_start"]


@Language.factory(
    "hrextract_events",
    requires=["doc.sents", "token.dep", "doc.ents", "doc.spans"],
    assigns=["doc._.hrx_events"],
)
def make_event_extractor(nlp: Language, name: str) -> EventExtractor:
    """Relation component: trigger ↔ subject, date, penalty, duration, amount, court, body."""
    return EventExtractor(name)
