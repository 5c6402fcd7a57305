"""Reading the dependency parse: clause heads, subjects through coordination and control, passives,
phrases of a token. Shared by the event extractor and the resolver."""

from __future__ import annotations

from spacy.tokens import Span, Token

from hrextract.components.doc_cache import _doc_text
from hrextract.resources import grammar

LEMMA_FIXES = {"fin": "fine", "fined": "fine"}


RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})


def lemma(tok: Token) -> str:
    """The token's lemma, with the base model's known slips corrected ("fined" → "fin")."""
    return LEMMA_FIXES.get(tok.lemma_, tok.lemma_) if tok.lower_ != "fined" else "fine"


def _clause_verb(tok: Token) -> Token:
    """The verb whose clause holds ``tok`` (itself when it is a verb)."""
    cur = tok
    for _ in range(8):
        if cur.pos_ in {"VERB", "AUX"} and cur.dep_ not in {"amod", "compound"}:
            return cur
        if cur.head == cur:
            return cur
        cur = cur.head
    return cur


def first_conjunct(tok: Token, pos: set[str] | None = None) -> Token:
    """The first of the conjuncts ``tok`` is one of ("A, B and C": A), walking up only through heads of the
    parts of speech ``pos`` when given."""
    while tok.dep_ == "conj" and tok.head != tok and (pos is None or tok.head.pos_ in pos):
        tok = tok.head
    return tok


def _plural_antecedent(relative: Token) -> Token:
    """The antecedent of a relative clause; with a plural verb, the first of the names coordinated
    before it ("A (…) and B (…), who were both arrested": A, whose subtree holds both)."""
    head = _antecedent(relative.head)
    if any(c.lower_ in {"were", "are", "have", "both"} for c in relative.children):
        while head.dep_ == "conj" and head.head.pos_ == "PROPN" and head.pos_ == "PROPN":
            head = head.head
    return head


def _name_of_split_subject(subjects: list[Token]) -> list[Token]:
    """Of a subject the parser split in two, the name: "opposition activist Ilya Yashin be held", "The
    newspaper publisher, Soumana Maiga was sentenced" (a role and the name apposed to it)."""
    if len(subjects) > 1 and subjects[1].pos_ == "PROPN":
        gap = subjects[0].doc[subjects[0].i + 1:subjects[1].left_edge.i]
        if not gap or len(gap) == 1 and gap[0].text == "," and subjects[0].pos_ == "NOUN":
            return subjects[1:]
    return subjects


def _number_clash(verb: Token, partner: Token) -> bool:
    """Whether a verb's own auxiliary cannot agree with the subject of the verb it is coordinated with
    ("were sentenced" after "their trial began"): the parser coordinated the wrong verbs."""
    aux = next((c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBD", "VBZ", "VBP"}), None)
    subject = next((c for c in partner.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if aux is None or subject is None or subject.lower_ in RELATIVE_PRONOUNS or subject.pos_ == "PRON" \
            or any(c.dep_ == "conj" for c in subject.children):
        return False
    plural_aux = aux.lower_ in {"were", "are", "have"}
    singular_aux = aux.lower_ in {"was", "is", "has"}
    return plural_aux and subject.tag_ in {"NN", "NNP"} or singular_aux and subject.tag_ in {"NNS", "NNPS"}


def _subject_source(verb: Token) -> tuple[Token | None, bool]:
    """(subject head, passive?) of a verb, following coordination and xcomp upwards."""
    cur = verb
    for _ in range(6):
        relative = cur.dep_ == "relcl" and cur.head != cur
        distributive = next((c for c in cur.children if c.dep_ in {"nsubj", "nsubjpass"}
                             and c.lower_ in {"each", "both", "all"}
                             and not any(x.dep_ == "prep" for x in c.children)), None)
        if distributive is not None and cur.dep_ == "conj" and cur.head.pos_ in {"VERB", "AUX"}:
            cur = cur.head  # "A and B were prosecuted and each received …", "… received suspended sentences,
            continue  # and each was fined": "each" of the first verb's subject
        subjects = _name_of_split_subject([c for c in cur.children if c.dep_ == "nsubjpass"])
        for child in subjects:
            return (_plural_antecedent(cur) if relative and child.lower_ in RELATIVE_PRONOUNS else child), True
        for child in _name_of_split_subject([c for c in cur.children if c.dep_ in {"nsubj", "csubj"}]):
            passive = any(c.dep_ == "auxpass" for c in cur.children)
            # "17 persons who spent 16 months in prison": the relative clause's antecedent
            return (_plural_antecedent(cur) if relative and child.lower_ in RELATIVE_PRONOUNS else child), passive
        misread = next((o for p in cur.children if p.dep_ == "prep" and p.i < cur.i for o in p.children
                        if o.dep_ == "pobj" and o.pos_ in {"NOUN", "PROPN"} and not o.ent_type_ and any(
                            d.dep_ == "pobj" and d.i < o.i and d.ent_type_ == "DATE" for d in p.children)),
                       None) if cur.pos_ in {"VERB", "AUX"} else None
        if misread is not None:
            # "In August a man, age 41, was sentenced …" parsed with "a man" as a second object of "In"
            return misread, any(c.dep_ == "auxpass" for c in cur.children)
        if cur.dep_ == "xcomp" and cur.head != cur:
            # object control: "a court ordered Karim Tabbou to pay a fine"
            controller = next((c for c in cur.head.children if c.dep_ in {"dobj", "dative"}), None)
            if controller is not None and controller.i < cur.i:
                return controller, True
        doc = cur.doc
        if cur.dep_ in {"prep", "amod", "acl"} and cur.tag_ == "VBN" and cur.i > 1 and doc[cur.i - 1].lower_ == "and":
            # "… were convicted of rebellion and given a suspended sentence": "given" parsed as a
            # preposition of another verb is the participle coordinated with the verb before "and"
            partner = next((t for t in reversed(doc[max(cur.sent.start, cur.i - 10):cur.i - 1])
                            if t.pos_ == "VERB" and t.tag_ in {"VBN", "VBD"}), None)
            if partner is not None and partner != cur.head and not any(
                    t.text in {";", ":"} for t in doc[partner.i:cur.i]):
                cur = partner
                continue
        if cur.dep_ == "conj" and any(c.dep_ == "auxpass" for c in cur.children) and any(
                t.lower_ in grammar()["clause_markers"] and t.pos_ in {"SCONJ", "ADP"}
                and not any(v.pos_ == "VERB" for v in doc[t.i + 1:cur.i])  # (the marker opens this verb's clause)
                for t in doc[min(cur.head.i, cur.i) + 1:cur.i]):
            break  # "the family of X called for an inquiry after X, a Black man, was illegally detained": a clause
            # of its own the parser coordinated, its subject misread; not the family
        if cur.dep_ == "conj" and cur.head.dep_ == "relcl" and _number_clash(cur, cur.head):
            # "A and B pled guilty on the day their trial began … and were sentenced": "were" cannot be
            # coordinated with "began" (its subject "trial" is singular) -- it goes with the clause the relative
            # clause's noun belongs to
            outer = next((a for a in cur.head.head.ancestors if a.pos_ in {"VERB", "AUX"}), None)
            if outer is not None:
                cur = outer
                continue
        if cur.dep_ in {"conj", "xcomp", "advcl", "prep"} and cur.head != cur and cur.head.pos_ in {"VERB", "AUX"}:
            cur = cur.head
            continue
        if cur.dep_ == "pcomp" and cur.head.dep_ == "prep" and cur.head.head.pos_ in {"VERB", "AUX"}:
            cur = cur.head.head  # "released after paying a fine": who paid is who was released
            continue
        if cur.dep_ in {"relcl", "acl"} and cur.head != cur:
            return cur.head, True
        break
    return None, False


def _antecedent(head: Token) -> Token:
    """The person a relative clause is about when the parser attached it too low:
    "Rafael Marques, a columnist for the weekly Folha 8 who was arrested" → Marques."""
    g = grammar()
    cur = head
    for _ in range(6):
        if cur.ent_type_ == "PERSON" or cur.lower_ in g["person_words"]:
            break
        if cur.dep_ not in {"pobj", "prep", "compound", "appos", "nmod"} or cur.head == cur:
            return head
        cur = cur.head
    else:
        return head
    if cur.dep_ == "appos" and cur.head != cur:
        cur = cur.head
    return cur


def _is_passive(verb: Token, depth: int = 0) -> bool:
    """Passive voice, inherited by a coordinated verb with no subject of its own ("was tried and fined")."""
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return True
    if any(c.dep_ in {"nsubj", "csubj"} for c in verb.children):
        return False
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return True
    if verb.dep_ == "conj" and verb.head != verb and depth < 4:
        return _is_passive(verb.head, depth + 1)
    return False


def _strip_det(tokens: list[Token]) -> list[Token]:
    while tokens and (tokens[0].pos_ in {"DET", "PRON"} and tokens[0].dep_ in {"det", "poss"} or tokens[0].is_punct
                      or tokens[0].lower_ in {"allegedly", "reportedly"}):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    return tokens


def _phrase(tok: Token, *, stop_at_comma: bool = True, exclude: tuple[int, int] | None = None) -> str | None:
    """The text of a token's subtree, without a leading article; cut at the first comma."""
    tokens = list(tok.subtree)
    if stop_at_comma:
        cut = []
        for t in tokens:
            if t.i > tok.i and t.text in {",", ";", "(", "—", "--"}:
                break
            cut.append(t)
        tokens = cut
    if exclude is not None:
        tokens = [t for t in tokens if not (exclude[0] <= t.idx < exclude[1])]
    tokens = _strip_det(tokens)
    if not tokens:
        return None
    doc = tok.doc
    return _doc_text(doc)[tokens[0].idx:tokens[-1].idx + len(tokens[-1])].strip(" \"'“”") or None


def _prep_object(tok: Token, preps: set[str]) -> tuple[Token | None, str | None]:
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            pobj = next((c for c in child.children if c.dep_ in {"pobj", "pcomp"}), None)
            if pobj is not None:
                return pobj, child.lower_
    return None, None


def _distance(a: Token, b: Token) -> int:
    """Dependency-path length between two tokens of one sentence."""
    anc_a = {a.i: 0}
    cur, d = a, 0
    while cur.head != cur:
        cur = cur.head
        d += 1
        anc_a[cur.i] = d
    cur, d = b, 0
    while True:
        if cur.i in anc_a:
            return anc_a[cur.i] + d
        if cur.head == cur:
            return 99
        cur = cur.head
        d += 1


def clause_head(tok: Token) -> Token:
    """The head of the finite clause holding ``tok``: the nearest ancestor verb with a subject of its own.

    Coordinated verbs without their own subject ("was tried, convicted and
    fined") share one clause; "…, and on 25 July, X was sentenced" opens another.
    """
    cur = tok
    for _ in range(12):
        if cur.pos_ in {"VERB", "AUX"} and any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in cur.children):
            return cur
        if cur.head == cur:
            return cur
        cur = cur.head
    return cur


def _clause_ancestors(tok: Token) -> list[Token]:
    """The clause of ``tok`` and the clauses it is embedded in, innermost first."""
    out = []
    cur = clause_head(tok)
    for _ in range(6):
        out.append(cur)
        if cur.head == cur:
            break
        nxt = clause_head(cur.head)
        if nxt in out:
            break
        cur = nxt
    return out


def in_clause(span: Span, trigger: Token, *, outer: bool = False) -> bool:
    """Whether ``span`` belongs to the trigger's clause (or, with ``outer``, to a clause embedding it)."""
    own = clause_head(trigger)
    where = clause_head(span.root)
    if where == own:
        return True
    return outer and where in _clause_ancestors(trigger)[1:]
