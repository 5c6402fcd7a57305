"""Who is talked about in a sentence: names, counted groups, single persons, pronouns.

These helpers read the base model's parse and entities and turn the tokens of
an argument slot into *mentions* (plain dicts with character offsets). They
are shared by the event extractor (arguments of one trigger) and by the
resolver (antecedents across sentences).
"""

from __future__ import annotations

import re
from typing import Any, Iterable

from spacy.tokens import Span, Token

from hrextract.components.doc_cache import _doc_spans, _memo
from hrextract.components.paragraphs import inline_heading_end
from hrextract.components.syntax import first_conjunct
from hrextract.normalize.country import country_iso3
from hrextract.normalize.names import clean_name, is_honorific
from hrextract.normalize.numbers import parse_number
from hrextract.resources import grammar

Mention = dict[str, Any]

PRONOUNS_SINGULAR = frozenset({"he", "him", "she", "her", "his"})
PRONOUNS_PLURAL = frozenset({"they", "them", "their"})
NAME_CONNECTORS = frozenset({"de", "da", "del", "della", "di", "dos", "du", "el", "al", "bin", "bint", "ben", "ibn",
                             "van", "von", "der", "le", "la", "ould", "wa", "ag", "-", "‑"})
BRAND_NAME = re.compile(r"[A-Z][A-Za-z]*[0-9][A-Za-z0-9]*")
NON_NAME_ENTS = frozenset({"DATE", "TIME", "MONEY", "CARDINAL", "PERCENT", "QUANTITY", "ORDINAL", "LAW"})


def known_name_tokens(doc) -> frozenset[str]:
    """Words the document uses inside proper-noun names, computed once per Doc. A sentence-initial
    "Marques" that the tagger calls a noun is still the "Rafael Marques" named before."""
    cached = doc.user_data.get("hrx_name_tokens")
    if cached is None:
        cached = frozenset(t.text for t in doc if t.pos_ == "PROPN" and t.is_title and len(t) > 2
                           and t.ent_type_ in {"PERSON", "ORG", ""})
        doc.user_data["hrx_name_tokens"] = cached
    return cached


def _person_name_tokens(doc) -> frozenset[str]:
    """Words the document uses inside names the NER called persons."""
    cached = doc.user_data.get("hrx_person_tokens")
    if cached is None:
        words = {t.text for t in doc if t.ent_type_ == "PERSON" and t.is_title and len(t) > 2}
        roles = grammar()["person_words"]
        for tok in doc:  # "activist Sepideh Qolian": the words of a name after a role noun
            if tok.pos_ == "NOUN" and tok.lower_ in roles:
                i = tok.i + 1
                while i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].is_title:
                    words.add(doc[i].text)
                    i += 1
        cached = frozenset(words)
        doc.user_data["hrx_person_tokens"] = cached
    return cached


def role_holders(doc) -> tuple[tuple[str, int, int], ...]:
    """(role lemma, name start, name end) for each person the document introduces with a common noun
    right before the name ("traditional healer Amseto Nikiema") or in apposition to it ("Issa Dicko, a
    Fulani employee"). Computed once per Doc."""
    cached = doc.user_data.get("hrx_role_holders")
    if cached is None:
        found = []
        for tok in doc:
            last = tok.right_edge
            if tok.dep_ == "appos" and tok.head.ent_type_ == "PERSON" and tok.pos_ == "PROPN" and last.pos_ == "NOUN" \
                    and last.i > tok.i:
                # "Harris Williams, an Armed Forces of Liberia (AFL) soldier": the noun that ends the apposition
                found.append((last.lemma_.lower(), tok.head.left_edge.idx, tok.head.idx + len(tok.head)))
            if tok.pos_ != "NOUN":
                continue
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if nxt is not None and nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "B" and tok.dep_ == "compound":
                end = nxt.i
                while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I" and doc[end + 1].ent_type_ == "PERSON":
                    end += 1
                found.append((tok.lemma_.lower(), nxt.idx, doc[end].idx + len(doc[end])))
            if tok.dep_ == "appos" and tok.head.ent_type_ == "PERSON":
                found.append((tok.lemma_.lower(), tok.head.left_edge.idx, tok.head.idx + len(tok.head)))
            name = next((c for c in tok.children if c.dep_ == "appos" and c.i > tok.i and c.pos_ == "PROPN"
                         and any(t.ent_type_ == "PERSON" for t in c.subtree)), None)
            if name is not None:  # "His wife, Bernadette Mebe Ngo'o, was found guilty": "his wife" later is she
                found.append((tok.lemma_.lower(), name.left_edge.idx, name.idx + len(name)))
        cached = tuple(found)
        doc.user_data["hrx_role_holders"] = cached
    return cached


def document_roles(doc) -> frozenset[str]:
    """Lemmas of the common nouns the document uses as a named person's role: in this document they
    are words for persons, so "the traditional healer" later is someone."""
    cached = doc.user_data.get("hrx_roles")
    if cached is None:
        cached = doc.user_data["hrx_roles"] = frozenset(role for role, _, _ in role_holders(doc))
    return cached


def _is_name_token(tok: Token) -> bool:
    if tok.ent_type_ in NON_NAME_ENTS:
        return False
    if tok.is_sent_start and tok.lower_ in grammar()["time_nouns"] and not tok.doc[tok.i + 1:tok.i + 2].text.istitle():
        return False  # "Time served in pretrial detention counted …": a capital only because it starts the sentence
    nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.like_num and len(tok.text) == 3 and tok.text.isupper() and tok.is_alpha:
        return False  # "GNF 5 million": a currency code before its amount
    if tok.lower_ in grammar()["months"] and not (
            tok.ent_type_ != "DATE" and nxt is not None and nxt.pos_ == "PROPN" and nxt.is_title
            and nxt.ent_type_ != "DATE" and nxt.lower_ not in grammar()["months"]
            and not (tok.i > 0 and tok.doc[tok.i - 1].lower_ in {"in", "on", "since", "by", "until", "during", "from",
                                                                 "to", "of", "early", "late", "mid", "through"})):
        return False  # (but "Jan Agha Saleh": a given name, not a month, when a name follows outside a date)
    if _opens_after_heading(tok):
        return False  # "Pretrial Detention : Lockups were intended for …": a capital only because a heading ends
    if tok.pos_ == "PROPN" or (tok.ent_type_ in {"PERSON", "ORG"} and tok.is_title):
        return True
    if tok.ent_type_ == "PERSON" and tok.ent_iob_ == "I" and tok.is_alpha and tok.i > 0 \
            and tok.doc[tok.i - 1].text == "-" and not tok.doc[tok.i - 1].whitespace_:
        return True  # "Jee Man-won": the second syllable of a given name, whatever its tag
    if BRAND_NAME.fullmatch(tok.text) and tok.pos_ in {"NOUN", "X"}:
        return True  # "television channel TV2", "N1": letters and digits, which no common noun has
    if tok.pos_ == "ADP" and tok.is_title and not tok.is_stop and not tok.is_sent_start and nxt is not None \
            and nxt.pos_ == "PROPN":
        return True  # "detained Nfor Ngala Nfor": a name the tagger took for a preposition
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if tok.pos_ == "NOUN" and tok.is_title and tok.is_alpha and not tok.is_sent_start and prev is not None \
            and prev.ent_type_ == "PERSON" and prev.pos_ == "PROPN" and prev.head.i == tok.i and not tok.ent_type_ \
            and not any(tok.lower_ in grammar()[k] for k in ("org_words", "facility_words", "person_words", "titles")):
        return True  # "police inspector Mohd Maliki Azmi": the last word of a person's name, tagged a noun
    return tok.is_title and tok.pos_ in {"NOUN", "VERB", "ADJ", "X"} and tok.text in known_name_tokens(tok.doc)


def _opens_after_heading(tok: Token) -> bool:
    """A lone capitalized word no entity covers, right after an inline heading's colon and before its verb."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text != ":" or tok.ent_type_ or tok.i + 1 >= len(doc) \
            or doc[tok.i + 1].pos_ not in {"AUX", "VERB"}:
        return False
    return inline_heading_end(doc, doc[tok.i - 1].sent.start) == tok.i - 1


def _inside_organization_name(tok: Token) -> bool:
    """An "and" inside an organization's name the NER marked whole, one that ends in an organization
    word ("the Immigration and Checkpoints Authority"), between two name words."""
    doc = tok.doc
    if tok.ent_type_ != "ORG" or tok.ent_iob_ != "I" or tok.i + 1 >= len(doc) or doc[tok.i + 1].ent_iob_ != "I" \
            or not _is_name_token(doc[tok.i - 1]) or not _is_name_token(doc[tok.i + 1]):
        return False
    end = tok.i + 1
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    return doc[end].lower_ in grammar()["org_words"]


def name_chains(sent: Span) -> list[Span]:
    """Maximal runs of proper-noun tokens (with name connectors inside)."""
    chains: list[Span] = []
    i = sent.start
    doc = sent.doc
    while i < sent.end:
        if not _is_name_token(doc[i]):
            i += 1
            continue
        j = i + 1
        while j < sent.end:
            tok = doc[j]
            if tok.ent_iob_ == "B" and doc[j - 1].ent_type_ and doc[j - 1].ent_type_ != tok.ent_type_ and \
                    i > 0 and doc[i - 1].lower_ in {"of", "in", "from", "at"}:
                break  # "of Kibuye Clement Kayishema": a place, then a person (but "and Abdoul Azziz Camara")
            if _is_name_token(tok) and not tok.is_punct:
                j += 1
            elif tok.text in {'"', "“"} and j + 3 < sent.end and _is_name_token(doc[j + 1]) \
                    and doc[j + 2].text in {'"', "”"} and _is_name_token(doc[j + 3]):
                j += 3  # 'Fessehaye "Joshua" Yohannes': a nickname inside the name
            elif tok.text == "(" and j + 3 < sent.end and _is_name_token(doc[j + 1]) and doc[j + 2].text == ")" \
                    and _is_name_token(doc[j + 3]) and not doc[j + 1].text.isupper() \
                    and (doc[j - 1].ent_type_ == "PERSON" or tok.ent_iob_ == doc[j + 3].ent_iob_ == "I") \
                    and doc[j + 1].is_title:
                j += 3  # "Jayarama (Rama) Valayden": a short name inside the name (not "the Party (MDC) Chairman")
            elif tok.lower_ in {"and", "&"} and j + 1 < sent.end and _inside_organization_name(tok):
                j += 1  # "Immigration and Checkpoints Authority": one organization's name
            elif tok.lower_ in NAME_CONNECTORS and j + 1 < sent.end and _is_name_token(doc[j + 1]) and (
                    not tok.is_punct or (doc[j - 1].whitespace_ == "" and tok.whitespace_ == "")):
                j += 1
            else:
                break
        if j < sent.end and doc[j].like_num and doc[j].is_digit and len(doc[j]) <= 3 and doc[j].head.i == j - 1 \
                and doc[j].dep_ == "nummod" and doc[j - 1].pos_ == "PROPN" and (
                    j + 1 >= sent.end or doc[j + 1].text in {",", ";", ")", "."} or doc[j + 1].lower_ in {"and", "or"}):
            j += 1  # "TV stations Canal 2, Canal 3 and …", "Rustavi 2": the number ends the name
        chains.append(doc[i:j])
        i = j
    return chains


def strip_titles(chain: Span) -> tuple[Span | None, bool]:
    """Drop leading titles and roles ("former Prime Minister X", "Former Information Minister X");
    say whether any were dropped."""
    titles = grammar()["titles"] | grammar()["person_words"]  # "Prisoner of conscience Ali Aarrass", "Journalist X"
    if chain[-1].lower_.rstrip(".") in grammar()["title_heads"]:
        return None, True  # "CCC Deputy National Chairman": a title, whoever holds it
    start = chain.start
    # a title word inside the chain ends the title: everything up to it goes ("Health Minister")
    inner = [t.i for t in chain[:-1] if t.lower_.rstrip(".") in grammar()["title_heads"]]
    if inner and inner[-1] + 1 < chain.end:
        start = inner[-1] + 1
    while start < chain.end and (chain.doc[start].lower_.rstrip(".") in titles or chain.doc[start].lower_ in titles
                                 or chain.doc[start].pos_ == "DET" or chain.doc[start].text == "."):  # "Lt. Col. X"
        start += 1
    if start >= chain.end:
        return None, True
    before = chain.doc[chain.start - 1] if chain.start > 0 else None
    had_title = start > chain.start and any(t.pos_ != "DET" for t in chain.doc[chain.start:start]) or (
        before is not None and before.lower_ in titles and before.pos_ != "DET")  # "the Savanes Region": no title
    return chain.doc[start:chain.end], had_title


def name_kind(chain: Span) -> str | None:
    """'person' or 'organization' for a name chain; None for places and non-names."""
    g = grammar()
    labels = [t.ent_type_ for t in chain]
    if any(t.lower_ in g["org_words"] for t in chain):
        return "organization"
    if any(t.lower_ in g["facility_words"] for t in chain) and "PERSON" not in labels:
        return "place"  # ("the Umayyad Mosque", whatever the NER calls it)
    if "ORG" in labels and "PERSON" not in labels:
        return "organization"
    if "PERSON" in labels:
        return "person"
    if any(t.lower_ in g["facility_words"] for t in chain):
        return "place"
    # GPE/LOC are places; FAC/NORP/EVENT on an unknown name are the NER's usual slips on persons
    if any(label in {"GPE", "LOC"} for label in labels):
        return "place"
    return "person"


def _told_of_through_apposition(trigger: Token, name: Token) -> bool:
    """Whether the trigger's participle hangs on a role apposed to the name ("Maria Loubeid, a student detained
    on …", "Ilan Shor, the leader of X and member of parliament convicted and sentenced …")."""
    verb = first_conjunct(trigger)
    if verb.dep_ not in {"acl", "relcl"}:
        return False
    noun = first_conjunct(verb.head, {"NOUN"})
    return noun.dep_ == "appos" and noun.head == name


def is_modifier_chain(chain: Span, *, allow_possessive: bool = False, trigger: Token | None = None) -> bool:
    """A name that only qualifies another word: "Kabako newspaper", "editor of Rolyc Newspaper", "Minta's";
    or that is only another name of someone named just before ("alias Joe La Conscience")."""
    doc = chain.doc
    g = grammar()
    nxt = doc[chain.end] if chain.end < len(doc) else None
    prev = doc[chain.start - 1] if chain.start > 0 else None
    if any(t.lower_ in g["law_words"] for t in chain):
        return True  # "the International Covenant on Civil and Political Rights"
    root = chain.root
    if root.dep_ == "conj" and root.ent_type_ != "PERSON" and root.head.dep_ == "pobj" and root.head.pos_ == "PROPN" \
            and root.head.head.lower_ in {"of", "for"} and root.head.head.head.pos_ == "PROPN":
        return True  # "the Ahmadi Religion of Peace and Light": the last word of an organization's name
    anc = chain.root
    for _ in range(6):  # "the Misdemeanor Law on Offences against Public Order and Peace": words of a law's title
        if anc.dep_ not in {"pobj", "prep", "conj", "compound"} or anc.head == anc:
            break
        anc = anc.head
        if anc.ent_type_ == "LAW" or anc.lower_ in g["law_words"] and anc.is_title:
            return True
    if prev is not None and prev.text == "(" and nxt is not None and nxt.text == ")" and (
            len(chain) == 1 and chain[0].text.isupper() or not any(t.ent_type_ == "PERSON" for t in chain)):
        return True  # "four national police (PNC) officers": an acronym, not a subject (but "(Houayheuang Xayabouly)")
    if prev is not None and prev.text in {'"', "“", "'", "‘"} and chain.start >= 2 and doc[chain.start - 2].pos_ == "PROPN" \
            and doc[chain.start - 2].ent_type_ == "PERSON" and nxt is not None and nxt.text in {'"', "”", "'", "’"}:
        return True  # 'news director Abdi Mohamed Ismail “Oud”': his nickname, not another person
    before = doc[max(chain.start - 3, 0):chain.start].text.lower()
    if prev is not None and (prev.lower_ in g["alias_markers"] or before.endswith("known as")
                             or " known professionally as" in before or before.endswith("as")
                             and "known" in before):
        return True
    if nxt is not None and nxt.tag_ == "POS" and not allow_possessive:
        return True
    if nxt is not None and nxt.text in {"-", "‑", "–"} and chain.end + 1 < len(doc) and doc[chain.end + 1].pos_ in {
            "VERB", "ADJ"} and doc[chain.end + 1].lower_ != "born":
        return True  # "a prominent Douala-based lawyer", "a Kabul-registered NGO": the name qualifies a word
    head = chain.root.head
    if chain.root.dep_ == "amod" or chain.root.dep_ in {"nmod", "compound"} and head.pos_ == "NOUN" \
            and head.i >= chain.end and head.lower_ not in g["mistagged_nouns"] \
            and all(t.pos_ in {"ADJ", "NOUN", "PROPN", "PUNCT", "ADP", "CCONJ", "DET"} for t in doc[chain.end:head.i]):
        return True  # "a Belgian-Djiboutian dual national", "a Unity Party (UDJ) official": it qualifies a noun
    if nxt is not None and nxt.text == ":" and all(t.is_title or t.is_space or t.lower_ in {"of", "and", "the"}
                                                   for t in doc[chain.sent.start:chain.start]):
        return True  # "Child Abuse: The law prohibited …", "Arbitrary Arrest:": a heading
    if nxt is not None and nxt.pos_ == "NOUN" and nxt.dep_ != "appos" and not nxt.is_punct \
            and nxt.lower_ not in g["mistagged_nouns"]:  # "held A and B incommunicado"
        return True
    if nxt is not None and nxt.pos_ == "ADJ" and chain.end + 1 < len(doc) and doc[chain.end + 1].pos_ == "NOUN" \
            and doc[chain.end + 1].lower_ in grammar()["titles"] | grammar()["person_words"]:
        return True  # "TNC military commander X"
    as_well_as = prev is not None and prev.lower_ == "as" and chain.start > 1 and doc[chain.start - 2].lower_ == "well"
    if trigger is not None and _told_of_through_apposition(trigger, chain.root):
        return False  # "text attributed to Maria Loubeid, a student detained on …": the name the event is of
    if prev is not None and prev.pos_ == "ADP" and prev.lower_ not in {"of"} and not as_well_as \
            and not _subject_after_a_marker(chain, prev) and not (
            trigger is not None and prev.lower_ in {"against", "for", "on"} and (
                prev.head in (trigger, trigger.head) or prev.head.dep_ == "acl" and prev.head.head == trigger)):
        # ("the death sentence against X", "sentences were pronounced for X", "the sentence won by prosecutors
        # against X" name the patient)
        return True

    is_person = any(t.ent_type_ == "PERSON" for t in chain) or _apposed_person_noun(chain)
    if not is_person and any(
            c.dep_ == "conj" and c.pos_ == "NOUN" and c.tag_ == "NNS"
            and any(a.dep_ == "amod" and a.pos_ == "ADJ" and a.lower_ not in g["vague_quantifiers"] | {"other"}
                    for a in c.children)
            and not any(a.dep_ in {"det", "poss", "nummod"} or a.lower_ in {"other", "fellow"} for a in c.children)
            for c in chain.root.children):
        return True  # "including Sierra Leonean and foreign nationals": an adjective shared with the noun after it
    first = first_conjunct(chain.root, {"PROPN"})
    if first != chain.root and first.dep_ == "pobj" and first.head.lower_ == "of" and not is_person and \
            first.head.head.lower_ in g["title_heads"] | g["titles"]:
        return True  # "the former Minister of Oil and Gas": the office's portfolio, however long
    if trigger is not None and trigger.head == chain.root and trigger.dep_ in {"acl", "relcl", "appos"}:
        return False  # "in the case of Karim Meziane, arrested in 1994": the name the event is told of
    if prev is not None and prev.lower_ == "of":
        head = prev.head
        if trigger is not None and head == trigger or head.ent_type_ == "DATE":
            return False  # ("the detention since January 2022 of X": the "of" the parser hung on the date)
        if head.pos_ in {"NOUN", "PROPN"} and not is_person:
            return True
        if head.lower_ in g["org_role_nouns"] and not (is_person and any(t.ent_type_ != "PERSON" for t in chain)):
            return True  # "editor-in-chief of Admas", "a member of Medrek": whose role it is, not who
        if head.lower_ in grammar()["title_heads"] and len(chain) == 1:
            return True  # "the mayor of Bamako": where the office is, whatever the NER says
        if head.lower_ in grammar()["titles"] or head.lower_ in grammar()["person_words"]:
            return not is_person
    root = chain.root
    if root.dep_ == "appos" and root.head.dep_ == "pobj" and root.head.head.lower_ in {"of", "in"} \
            and root.head.head.head.lower_ in g["locality_nouns"]:
        return True  # "17 women from the village of Munwashi, Darfour": the region the village is in
    if len(chain) == 1 and first != root and first.ent_type_ in {"GPE", "LOC"} and first.dep_ == "pobj" \
            and first.head.lower_ in {"in", "at", "across", "from", "near", "throughout"}:
        return True  # "persons in Bauchi, Yobe, Kano, and Borno states": one more place of the list
    if root.dep_ == "conj" and root.head.pos_ == "PROPN" and root.head.i < chain.start:
        return False  # coordinated with an earlier name: "Maks Bokaev and Talgat Ayan"
    # an element of a list of names ("A of X, B of Y, and C"): the word before the separator is a name
    before_sep = doc[chain.start - 2] if chain.start > 1 else None
    listed = prev is not None and (prev.text in {",", ";", "—", "–", "--"} or prev.lower_ in {"and", "or"}) \
        and before_sep is not None and (before_sep.pos_ == "PROPN" or before_sep.text in {",", ")"})
    if not is_person and not listed:
        anc = root
        for _ in range(4):
            if anc.dep_ == "pobj" and anc.head.dep_ == "prep" and anc.head.head.pos_ in {"NOUN", "PROPN"} \
                    and anc.head.lower_ not in {"including", "notably"}:  # ("journalists including X": X is one)
                if trigger is None or anc.head.head != trigger:
                    return True
            if anc.head == anc:
                break
            anc = anc.head
    return False


def _subject_after_a_marker(chain: Span, prev: Token) -> bool:
    """"… after D'Andre Spring, a Black man, was illegally detained": a conjunction the parser read as a
    preposition; the name is the subject of the clause it opens (a finite verb follows its phrase)."""
    if prev.lower_ not in grammar()["clause_markers"]:
        return False
    doc = chain.doc
    i = max(chain.root.right_edge.i, chain.end - 1) + 1
    while i < len(doc) and doc[i].text == ",":
        i += 1
    return i < len(doc) and doc[i].pos_ in {"AUX", "VERB"} and doc[i].tag_ in {"VBD", "VBZ", "VBP", "MD"}


def _apposed_person_noun(chain: Span) -> bool:
    """Whether a name has an apposition headed by a person noun ("Lapiro de Mbanga, a popular singer")."""
    g = grammar()
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and (c.lemma_.lower() in g["person_words"]
                                                           or c.lower_ in g["person_words"] | g["title_heads"])
               for c in chain.root.children)


def person_noun(tok: Token) -> bool:
    """A noun for people ("activists", "journalists"), from the lexicon of person words."""
    words = grammar()["person_words"]
    return tok.lower_ in words or tok.lemma_.lower() in words


def _apposed_to_person_noun(chain: Span) -> bool:
    """Whether a name is an apposition to a person noun ("convicted a transgender woman, Trizza Banda")."""
    root = chain.root
    head = root.head
    return root.dep_ == "appos" and head.pos_ == "NOUN" and head.i < root.i and person_noun(head)


def named_mentions(tokens: Span, *, trigger: Token | None = None, allow_possessive: bool = False,
                   exclude: Iterable[tuple[int, int]] = (), keep_modifiers: bool = False) -> list[Mention]:
    """Person and organization names inside ``tokens`` that can be arguments
    (with ``keep_modifiers``, also names that only qualify another word)."""
    out: list[Mention] = []
    blocked = list(exclude)
    chains = name_chains(tokens)
    for k, chain in enumerate(chains):
        following = chains[k + 1] if k + 1 < len(chains) else None
        if following is not None and following.start == chain.end + 1 and chain.doc[chain.end].lower_ == "and" \
                and not any(t.ent_type_ == "PERSON" for t in chain) and strip_titles(following)[1] \
                and following[0].lower_ not in grammar()["titles"] | grammar()["title_heads"]:
            continue  # "Economic and Legal Affairs Minister X": the first word of a portfolio, not a name
        if any(chain.start_char < e and s < chain.end_char for s, e in blocked):
            # "fined Mamadou Diallo GNF 5 million": keep the name before the amount
            cut = next((t.i for t in chain if any(s <= t.idx < e for s, e in blocked)), chain.start)
            if cut == chain.start:
                continue
            chain = chain.doc[chain.start:cut]
        before = chain.doc[chain.start - 1] if chain.start > 0 else None
        split = after_office_place(chain)
        if split is None and in_office_portfolio(chain):
            continue  # "Minister of Industry, Entrepreneurship and Trade …": a portfolio, not a name
        if split is not None:
            out.append(name_mention(split, kind="person"))  # "former ambassador to Canada Fathi Bajaa"
            continue
        role_before = before is not None and before.pos_ == "NOUN" and before.lower_ in grammar()["person_words"]
        kunya = len(chain) > 1 and chain[0].lower_ in grammar()["kunya_particles"]  # "Abu Turki" is a person
        listed_person = len(chain) >= 2 and not people(chain[-1]) and (
            chain.root.dep_ == "conj" and chain.root.head.pos_ == "PROPN" or _apposed_person_noun(chain))
        if len(chain) == 1 and people(chain[0]) or all(t.ent_type_ == "NORP" for t in chain if not t.is_punct) \
                and not role_before and not kunya and not listed_person \
                and not all(t.text in _person_name_tokens(chain.doc) for t in chain if not t.is_punct):
            continue  # "three Eritreans": a group, not a name; "a Belgian-Djiboutian dual national": a nationality
            # (but "activist Sepideh Qolian", "A, a journalist, and Hamou Azouaou, a teacher", or a surname of a
            # person named before, is a person the NER took for a people)
        if people(chain[-1]) and any(c.dep_ == "nummod" for c in chain[-1].children) or one_of_a_people(chain[-1]):
            continue  # "4 Crimean Tatars": a counted people; "one Kosovan Serb": one of a people
        if not keep_modifiers and is_modifier_chain(chain, allow_possessive=allow_possessive, trigger=trigger):
            continue
        core, had_title = strip_titles(chain)
        if core is None:
            continue
        root = chain.root
        if _inside_apposition_phrase(root, out):
            continue  # "Nzeyimana, … a supporter of candidate Colonel Epitace Bayaganakandi": whom he supports
        if root.dep_ == "appos" and any(m["start"] <= root.head.idx < m["end"] and not (
                m["kind"] == "organization" and any(t.ent_type_ == "PERSON" for t in chain))
                for m in out) and not any(
                t.text == ";" or t.lower_ in {"and", "or"} and t.dep_ == "cc"  # ("A and editor-in-chief B": a list)
                for t in chain.doc[root.head.i:chain.start]) and not any(
                c.dep_ == "conj" and c.i > root.i for c in list(root.head.children) + list(root.children)) \
                and not _before_last_list_item(chain):
            # ("A, B, and C" parsed as A ← appos B is a list, not an apposition; "detained Sudanese Congress
            # Party (SCP) member Abdelbagi Murad": a person after the party is its member, not the party)
            continue  # "Rafael Marques, …, Folha 8 who": an apposition to a name already taken (a list
                      # separated by semicolons is parsed as appositions too)
        if _bracketed_alias_of_organization(chain):
            continue  # "the Rassemblement du Peuple Guinéen (RPG Arc-en-ciel)": the party's other name
        kind = name_kind(core)
        role_named = False
        prev = chain.doc[chain.start - 1] if chain.start > 0 else None
        org_context = prev is not None and (prev.lower_ in grammar()["org_context_nouns"]
                                            or prev.lemma_.lower() in grammar()["org_context_nouns"]) or (
            core.start > chain.start and chain.doc[core.start - 1].lower_ in grammar()["org_context_nouns"]
            and chain.doc[core.start - 1].tag_ not in {"NNS", "NNPS"})
        # ("a member of the NGO Avocats Sans Frontières": the noun naming what it is, inside the chain; not
        # "Bar Association President X"; "the NGOs A and B" is read with the list)
        if org_context and prev is not None and len(core) >= 2 and all(
                t.ent_type_ == "PERSON" for t in core if not t.is_punct) and chain.start >= 2 \
                and chain.doc[chain.start - 2].pos_ == "PROPN":
            org_context = False  # "from the Proud and Respectful People party Alan Howell": the party is named
            # before its noun, the person after it (not "the independent weekly Semanario Angolense")
        if org_context:
            kind = "organization"  # "the newspaper Ozodlik", "the party Ak Zhol"
        elif kind == "organization" and (_apposed_to_person_noun(chain) or _apposed_person_noun(chain)):
            kind = "person"  # "a transgender woman, Trizza Banda", "Ilan Shor, the leader of …": a person
        elif kind == "organization" and _after_person_role(core):
            kind = "person"  # "television journalist Service Ngardjelaï": a person's role, then a name the NER
            role_named = True  # calls a person's, whatever organization word it holds
        if kind == "place":
            # a place is where something happens ("in Tripoli"); a "place" that is itself an argument
            # is a person the NER took for one ("arrested Alexis Sinduhije, a reporter") -- unless it
            # names a country ("the Committee found that Algeria violated …")
            known_person = all(t.text in _person_name_tokens(chain.doc) for t in core if not t.is_punct) \
                or _apposed_person_noun(chain)  # "Lapiro de Mbanga, a popular singer": a person, whatever the NER
            first = chain.root
            while first.dep_ == "conj" and first.head != first and first.head.pos_ == "PROPN" \
                    and first.head.ent_type_ != "PERSON":
                first = first.head  # "in the states of Mexico and Chiapas": every place of the phrase
            if first.dep_ == "appos" and first.head.dep_ == "pobj" and first.head.pos_ in {"NOUN", "PROPN"}:
                first = first.head  # "the mayors of two municipalities, Conchagua and Tacuba": the places named
                # ("17 women from the village of Munwashi, Darfour": the region of the village)
            if first.dep_ == "pobj" and not had_title and not known_person or country_iso3(core.text):
                continue  # (a surname of a person named before is that person: "house arrest for Pérez")
            kind = "person"
        name = clean_name(core.text)
        if not name or not any(ch.isalpha() for ch in name):
            continue
        if kind == "person" and _shares_surname(core, following):
            name = f"{name} {following[-1].text}"  # "brothers Alfred and George Degiorgio": Alfred Degiorgio
        mention = name_mention(core, kind=kind, org_context=org_context, name=name)
        if role_named:
            mention["role_named"] = True  # (a person whatever organization word the name holds)
        out.append(mention)
    return out


def _after_person_role(core: Span) -> bool:
    """A name the NER takes for a person's, right after a word for a person's role ("journalist")."""
    g = grammar()
    before = core.doc[core.start - 1] if core.start > 0 else None
    return before is not None and before.is_lower and (before.lower_ in g["person_words"] or before.lower_ in
                                                       g["title_heads"]) and any(t.ent_type_ == "PERSON" for t in core)


def _bracketed_alias_of_organization(chain: Span) -> bool:
    """A name in brackets right after an organization's name, set beside it: the organization's short or
    other name, not a person (whatever the NER makes of it)."""
    doc, root = chain.doc, chain.root
    if chain.start == 0 or doc[chain.start - 1].text != "(":
        return False
    close = next((t for t in doc[chain.end:min(chain.end + 6, len(doc))] if t.text in {"(", ")"}), None)
    if close is None or close.text != ")":
        return False  # ("(Equal Rights for All)": the whole bracket, the name and the words after it)
    owner = root.head
    return root.dep_ == "appos" and owner.i < chain.start and owner.pos_ == "PROPN" and (
        owner.ent_type_ == "ORG" or owner.lower_ in grammar()["org_words"])


def _portfolio(chain: Span) -> list[list[Token]] | None:
    """The portfolio list of an office a chain lies in ("Minister of Industry, Entrepreneurship and Trade
    Rozeta Hajdari": Industry / Entrepreneurship / Trade Rozeta Hajdari), when the list is one: items after
    "<office> of", separated by commas and a last "and", the last item running into the holder's name."""
    doc = chain.doc
    g = grammar()
    offices = g["title_heads"] | g["titles"]

    def item_word(tok: Token) -> bool:  # (not the start of another office: "… and Deputy Minister of …")
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else tok
        office = tok.lower_.rstrip(".") in offices and (nxt.lower_ in {"of", "for"} or nxt.lower_ in offices)
        return tok.is_title and tok.pos_ in {"PROPN", "ADJ", "NOUN"} and not office

    i = chain.start - 1
    while i > chain.sent.start and chain.start - i <= 12 and (
            doc[i].text in {",", "&"} or doc[i].lower_ == "and" or item_word(doc[i])):
        i -= 1
    if doc[i].lower_ not in {"of", "for"} or i == 0 or doc[i - 1].lower_.rstrip(".") not in offices:
        return None
    items: list[list[Token]] = [[]]
    separators: list[str] = []
    j = i + 1
    while j < chain.sent.end:
        tok = doc[j]
        if item_word(tok):
            items[-1].append(tok)
        elif (tok.text in {",", "&"} or tok.lower_ == "and") and items[-1] and j + 1 < chain.sent.end:
            nxt = doc[j + 1] if doc[j + 1].lower_ != "and" else doc[min(j + 2, chain.sent.end - 1)]
            if not item_word(nxt):
                break
            separators.append(tok.lower_ if tok.lower_ != "," or doc[j + 1].lower_ != "and" else "and")
            items.append([])
            if doc[j + 1].lower_ == "and":
                j += 1
        else:
            break
        j += 1
    if len(items) < 2 or separators[-1] not in {"and", "&"} or len(items[-1]) < 3 or not (
            i < chain.start and chain.end <= j) or any(is_honorific(t.text) for item in items for t in item):
        return None  # (not "mayor of Addis Ababa Dr. Berhanu Nega and Professor M": a place, then names)
    return items


def in_office_portfolio(chain: Span) -> bool:
    """A chain inside the list that completes an office: "Minister of Industry, Entrepreneurship and Trade
    Rozeta Hajdari" -- "Entrepreneurship" and "Trade" are the portfolio, not names."""
    return _portfolio(chain) is not None


def after_office_place(chain: Span) -> Span | None:
    """"former ambassador to Canada Fathi Bajaa", "the governor of Kano Ali Musa": a country or place
    that completes an office, run together with the holder's name; "chairperson of the party BNP Khaleda
    Zia": a party's acronym, then its chairperson's name; "Minister of Industry and Trade Rozeta
    Hajdari": the last word of a portfolio, then the holder. Returns the name, else None."""
    doc = chain.doc
    prev = doc[chain.start - 1] if chain.start > 0 else None
    rest = chain[1:]
    items = _portfolio(chain) if len(chain) >= 3 else None
    if items is not None and chain[-1] == items[-1][-1] and all(t.pos_ == "PROPN" for t in chain[-2:]):
        return chain[-2:]
    if prev is not None and prev.lower_ in grammar()["org_context_nouns"] and len(chain[0]) >= 2 \
            and chain[0].text.isupper() and chain[0].is_alpha and len(rest) >= 2 \
            and all(t.is_title and t.pos_ == "PROPN" for t in rest) and any(
                t.lower_ in grammar()["title_heads"] | grammar()["titles"] for t in doc[max(chain.sent.start, prev.i - 8):prev.i]):
        return rest
    if prev is None or prev.lower_ not in {"to", "of", "for"} or prev.i == 0:
        return None
    if prev.lower_ == "to" and doc[prev.i - 1].pos_ == "VERB" and len(chain) >= 3 and country_iso3(chain[0].text) \
            and any(t.ent_type_ == "PERSON" for t in chain[1:]) and all(t.is_title for t in chain[1:]):
        return chain[1:]  # "extradited to Mauritania Youba Ould El Ghoth": the destination, then the person
    first_person = next((k for k, t in enumerate(chain) if t.ent_type_ == "PERSON"), None)
    if first_person and len(chain) - first_person >= 2 and all(t.ent_type_ == "PERSON" for t in chain[first_person:]) \
            and any(t.lower_ in grammar()["title_heads"] | grammar()["person_words"]
                    for t in doc[max(chain.sent.start, prev.i - 6):prev.i]):
        return chain[first_person:]  # "Deputy Minister of Finance for Administration Francis Karpeh",
        # "working committee member for FNJ Geeta Rana"
    office = doc[prev.i - 1]
    if office.lower_ not in grammar()["title_heads"] | grammar()["titles"] or prev.lower_ == "for":
        return None
    for cut in (1, 2):
        place, rest = chain[:cut], chain[cut:]
        if len(rest) >= 2 and all(t.is_title and t.pos_ == "PROPN" for t in rest) and (
                country_iso3(place.text) or all(t.ent_type_ in {"GPE", "LOC"} for t in place)) and not any(
                t.ent_type_ in {"GPE", "LOC"} for t in rest):
            return rest
    return None


def _before_last_list_item(chain: Span) -> bool:
    """"A, B, and C" with B parsed as A's apposition and C as the verb's: a chain followed by ", and" + a name
    is an item of a list, not a second name for the one before it."""
    doc = chain.doc
    end = chain.end
    return end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in {"and", "or"} \
        and doc[end + 2].pos_ == "PROPN"


def _shares_surname(core: Span, following: Span | None) -> bool:
    """A lone given name listed before a full name after a plural noun of kin ("brothers Alfred and George
    Degiorgio", "sisters A and B C"): the relatives share the last name written once."""
    if following is None or len(core) != 1 or len(following) < 2 or following.start != core.end + 1 \
            or core.doc[core.end].lower_ != "and" or core.start == 0:
        return False
    kin = core.doc[core.start - 1]
    return kin.tag_ == "NNS" and kin.lemma_.lower() in grammar()["kin_nouns"] \
        and all(t.ent_type_ == "PERSON" for t in following)


def name_mention(span: Span, *, kind: str = "person", org_context: bool = False, name: str | None = None) -> Mention:
    """The mention of the name written in ``span`` (``name``: its cleaned form, if already known)."""
    return {"name": name if name is not None else clean_name(span.text), "kind": kind, "count": None,
            "description": None, "start": span.start_char, "end": span.end_char, "via": "name",
            "org_context": org_context}


def _inside_apposition_phrase(root: Token, taken: list[Mention]) -> bool:
    """Whether a name sits in a prepositional phrase of an apposition to a name already taken."""
    via_prep = False
    cur = root
    for _ in range(8):
        if cur.head == cur:
            return False
        if cur.dep_ == "prep":
            via_prep = True
        if cur.dep_ == "conj" and cur.head.dep_ == "appos":
            # "Darya Losik, spouse of political prisoner and consultant Ihar Losik,": an "and" inside the
            # apposition (no comma before it), not a list of persons ("A, a journalist, and B")
            doc = root.doc
            ands = [t for t in doc[cur.head.i:root.i] if t.lower_ == "and"]
            if ands and doc[ands[-1].i - 1].text != "," and not any(t.text == "," for t in doc[ands[-1].i:root.i]):
                via_prep = True
        if cur.dep_ == "appos" and any(m["start"] <= cur.head.idx < m["end"] for m in taken):
            head = cur.head
            return via_prep and not any(t.text == ";" for t in root.doc[head.i:root.i])
        # (an apposition inside the phrase, "outlets Radio M and Maghreb Emergent": go on up to the name's)
        cur = cur.head
    return False


def is_organization(mention: Mention) -> bool:
    """Whether a mention (or any member of a merged one) is plainly an organization: named after a
    word like "newspaper" or "party", or carrying an organization word in its name. Persons the
    NER labelled ORG are not caught here."""
    members = mention.get("members") or [mention]
    org_words = grammar()["org_words"]
    return any(m.get("org_context") or not m.get("role_named") and any(
        w.lower() in org_words for w in (m.get("name") or "").split()) or _acronym(m.get("name") or "")
        for m in members)


def is_facility(mention: Mention) -> bool:
    """"Yaounde Central Prison", "Evin Prison": a place of custody, never whom "him" refers to."""
    words = (mention.get("name") or "").split()
    return bool(words) and words[-1].lower() in grammar()["facility_words"]


def _acronym(name: str) -> bool:
    """"ICTR", "UDJ", "PDR-Ubuyanja" is not; persons are not written in capitals."""
    letters = [c for c in name if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and " " not in name


def _of_a_named(head: Token) -> bool:
    """"members of the Oromo People's Congress", "officials of Bazoum's party": an "of" phrase naming whose."""
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(t.pos_ == "PROPN" for t in p.subtree)
               for p in head.children)


def _named_complement(head: Token) -> bool:
    """"members of the Oromo People's Congress", "journalists covering the trial": the group is
    specific, told by the organization named or by what its members were doing."""
    return _of_a_named(head) or any(p.dep_ in {"acl", "relcl"} and p.tag_ in {"VBG", "VBD"} for p in head.children)


def people(tok: Token) -> bool:
    """A plural proper noun naming a people: "three Eritreans", "dozens of Uyghurs"."""
    if tok.pos_ != "PROPN":
        return False
    of_quantity = tok.dep_ == "pobj" and tok.head.head.lower_ in grammar()["quantity_nouns"]
    ethnic = any(c.lower_ == "ethnic" for c in tok.lefts) or tok.i > 0 and tok.doc[tok.i - 1].lower_ == "ethnic" or (
        tok.dep_ == "conj" and tok.head.pos_ == "PROPN" and people(tok.head))
    if ethnic or of_quantity and tok.ent_type_ == "NORP":
        return True  # "thousands of ethnic Amhara and Oromo"
    if not tok.lower_.endswith("s"):
        return False
    counted = any(c.dep_ == "nummod" for c in tok.children) or of_quantity
    if not counted and tok.ent_type_ != "NORP" and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
            and tok.head.head.lower_ in grammar()["org_words"]:
        return False  # "its General Directorate of Passports": what an office deals with, not a people
    return tok.ent_type_ == "NORP" or tok.tag_ == "NNPS" or counted


def one_of_a_people(tok: Token) -> bool:
    """"an ethnic Albanian", "one Kosovan Serb", "a Uyghur": one person of a people, not a name."""
    if tok.pos_ not in {"PROPN", "NOUN"} or tok.tag_ in {"NNS", "NNPS"} or not tok.is_title:
        return False
    one = any(c.dep_ in {"det", "nummod"} and c.lower_ in {"a", "an", "one"} for c in tok.children)
    ethnic = any(c.lower_ == "ethnic" for c in tok.lefts) or tok.i > 0 and tok.doc[tok.i - 1].lower_ == "ethnic"
    nationality = any(c.dep_ == "compound" and (c.ent_type_ == "NORP" or c.lower_.endswith(("an", "ese")))
                      for c in tok.lefts)  # "one Kosovan Serb"
    return one and (ethnic or nationality or tok.ent_type_ == "NORP")


def _year_before_count(tok: Token) -> bool:
    """A year after a preposition and before another number on the same noun ("In 2000 three journalists"),
    or before the noun itself ("In 2020 authorities arrested …", "In late 2022 several donors …")."""
    doc = tok.doc
    if not (tok.shape_ == "dddd" and tok.ent_type_ == "DATE" and tok.i + 1 < len(doc)):
        return False
    first = tok.i
    while first > 0 and doc[first - 1].ent_type_ == "DATE" and doc[first - 1].pos_ != "ADP":
        first -= 1  # ("late 2022", "early 2019": the rest of the date phrase)
    return first > 0 and doc[first - 1].pos_ == "ADP" and (doc[tok.i + 1].like_num or 1900 <= int(tok.text) <= 2100)


def _count_of(head: Token) -> tuple[int | None, bool, Token | None]:
    """(count, bounded, number token) from a noun's numeric modifier or the NUM head itself."""
    g = grammar()
    num = head if head.pos_ == "NUM" or head.like_num else None
    if num is None:
        for child in head.children:
            if _year_before_count(child):
                continue  # "In 2000 three journalists": the year is the date, the count is three
            if child.dep_ == "nummod" or (child.like_num and child.dep_ in {"amod", "compound", "quantmod"}):
                num = child
                break
    if num is None and head.left_edge.i > 0:
        # "In April three other former ministers were arrested": the number parsed as the month's day
        prev = head.doc[head.left_edge.i - 1]
        if prev.like_num and (prev.is_alpha or prev.is_digit and int(prev.text) > 31) and prev.head.lower_ in g["months"]:
            num = prev
    if num is None:
        # "four national police (PNC) officers": the number hangs on a modifier of the head
        for child in head.lefts:
            if child.dep_ in {"nmod", "compound"}:
                num = next((g for g in child.lefts if g.dep_ == "nummod" and g.like_num), None)
                if num is not None:
                    break
    if num is None:
        return None, False, None
    part = next((c for c in num.children if c.dep_ == "quantmod" and c.like_num and c.i < num.i
                 and head.doc[c.i + 1].lower_ == "of"), None)
    if part is not None:
        num = part  # "three of five army officers": the three the sentence is about
    before = head.doc[num.i - 2] if num.i >= 2 else None
    if before is not None and head.doc[num.i - 1].text == "-" and before.is_alpha and before.like_num:
        whole = parse_number(f"{before.text}-{num.text}")  # "Thirty-one supporters": one number, not a range
        if whole is not None and whole != parse_number(num.text):
            value = int(whole)
            return value, False, before
    left = [t.lower_ for t in head.doc[max(num.i - 3, 0):num.i]]
    bounded = (left[-2:] in (["at", "least"], ["more", "than"], ["up", "to"], ["fewer", "than"], ["less", "than"],
                             ["at", "most"])
               or bool(left) and left[-1] in {"over", "nearly", "almost", "under", "above", "below"}
               or bool(left) and left[-1] in {"to", "-", "–"} and before is not None and before.like_num
               and before.shape_ != "dddd"
               or len(left) == 3 and left[0] == "between" and left[-1] == "and")
    # ("2,000 to 3,000 members": a range is a bound, not a count)
    value = parse_number(num.text)
    nxt = head.doc[num.i + 1] if num.i + 1 < head.i else None
    if value is not None and nxt is not None and parse_number(f"a {nxt.text}") and nxt.tag_ == "NN":
        value = parse_number(f"{num.text} {nxt.text}")  # "two dozen journalists": 24
    if value is None or isinstance(value, float) and not value.is_integer():
        return None, bounded, num
    return (None if bounded else int(value)), bounded, num


def _description(head: Token, num: Token | None) -> str:
    """The head phrase of a group: modifiers, the noun, and an "of" complement of member-like nouns."""
    doc = head.doc
    lefts = [t for t in head.lefts if t.dep_ in {"amod", "compound", "nmod"} and not t.like_num
             and t.lower_ not in {"other", "another"} | grammar()["vague_quantifiers"]]
    start = min([t.left_edge.i for t in lefts] + [head.i])
    end = head.i + 1
    if head.lower_ in {"members", "member", "officers", "leaders", "supporters", "drivers"} and not (
            head.head.lemma_ in {"convict", "accuse", "acquit", "find", "suspect"}):  # ("convicted five officers
        # of criminal conspiracy": the charge, not whose officers)
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ == "of":
                end = child.right_edge.i + 1
                # "members of religious groups and numerous members of the X Front, an armed group":
                # the complement ends before a coordinated group or an apposition
                cut = [t.i for t in child.subtree if t.i > child.i and (
                    t.dep_ == "appos" or t.dep_ == "conj" and t.lemma_ == head.lemma_)]
                if cut:
                    end = min(doc[i].left_edge.i for i in cut)
                    while end > child.i + 1 and (doc[end - 1].is_punct or doc[end - 1].dep_ in {"cc", "amod", "det"}):
                        end -= 1
                break
    if num is not None and num.i >= start:
        start = num.i + 1
    words = [t for t in doc[start:end] if not t.is_punct or t.text in {"-", "/", "\u2010", "\u2011"}]
    text = re.sub(r" ([-\u2010\u2011]) ", r"\1", " ".join(t.text for t in words))
    return text.strip()


def group_mention(head: Token, *, by_role: bool = False) -> Mention | None:
    """An unnamed subject headed by ``head``: "63 oil workers", "a journalist", "13 of the 30 accused".

    ``by_role``: the noun fills the slot of the one arrested or sentenced ("sentenced a former carabinero"),
    which says it names people even when the noun is not in the lexicon of person words."""
    g = grammar()
    doc = head.doc
    if head.lower_ in g["positional_references"] and any(c.lower_ == "the" for c in head.children) and \
            head.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}:
        # "All but A were released, and the latter served …": the last (or first) person just named
        return {"name": None, "kind": "person", "count": None, "description": None, "start": head.left_edge.idx,
                "end": head.idx + len(head), "via": "pronoun", "number": "singular",
                "pick": "last" if head.lower_ == "latter" else "first"}
    if head.lower_ in g["ordinal_references"] and head.dep_ in {"nsubj", "nsubjpass", "dobj"} and any(
            c.lower_ == "the" for c in head.children):
        # "two of the members were released, and the third was sentenced": one of a set told before
        return {"name": None, "kind": "person", "count": 1, "description": None, "start": head.left_edge.idx,
                "end": head.idx + len(head), "via": "group", "bounded": False, "definite": False, "bare": False}
    if head.pos_ == "NUM" or head.like_num:
        count, bounded, num = _count_of(head)
        desc_head = None
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                desc_head = next((c for c in child.children if c.dep_ == "pobj"), None)
        if desc_head is None and head.i + 2 < len(doc) and doc[head.i + 1].lower_ == "out" \
                and doc[head.i + 2].lower_ == "of":
            # "sentenced 17 out of 23 persons": the parser hangs "out of" on the verb
            desc_head = next((c for c in doc[head.i + 2].children if c.dep_ == "pobj"), None)
        for child in head.children:
            if child.dep_ in {"amod", "appos"} and child.pos_ in {"NOUN", "PROPN", "ADJ"}:
                desc_head = desc_head or child
        if desc_head is not None and (desc_head.lower_ in g["thing_nouns"] or desc_head.lower_ in g["sentence_nouns"]):
            return None  # "voided two of eight convictions": things, not people
        if desc_head is not None and desc_head.lower_ in {"whom", "which"}:
            return None  # "the 17 Baha'is they detained, seven of whom were …": part of a set just told
        description = _description(desc_head, None) if desc_head is not None else None
        kind = "person" if count == 1 else "group"
        last = desc_head if desc_head is not None and desc_head.i > head.right_edge.i else head.right_edge
        mention = {"name": None, "kind": kind, "count": count, "description": description,
                   "start": head.left_edge.idx, "end": last.idx + len(last), "via": "group", "bounded": bounded}
        if (desc_head is None or desc_head.lower_ in {"other", "remaining"}) and head.dep_ in {
                "nsubj", "nsubjpass", "dobj"} and any(
                c.dep_ in {"det", "predet"} and c.lower_ in {"the", "these", "those", "all"} for c in head.children):
            mention["definite"] = True  # "The five were charged …": the five just named; "the other 5": the rest
        return mention
    if head.pos_ not in {"NOUN", "PROPN"} and not (
            head.pos_ == "ADJ" and head.dep_ in {"dobj", "nsubj", "nsubjpass", "pobj", "conj"}
            and head.lower_ in g["person_words"] and any(c.dep_ == "det" for c in head.children)):
        return None  # (but "the accused", an adjective standing for a person)
    money = _memo(head.doc, "money_tokens", lambda: frozenset(
        i for sp in _doc_spans(head.doc) if sp.label_ == "MONEY" for i in range(sp.start, sp.end)))
    if head.i in money:
        # "to pay 2,900 levs in compensation": an amount, not people (but "fined eight codefendants 500,000 CFA
        # francs" parsed as one phrase: the people the parser hung on the amount)
        hung = next((c for c in head.children if c.dep_ in {"nmod", "compound"} and c.pos_ == "NOUN"
                     and c.i not in money), None)
        return group_mention(hung) if hung is not None else None
    if head.pos_ == "PROPN" and _bracketed_alias_of_organization(
            doc[next((t.i for t in doc[head.left_edge.i:head.i] if not t.is_punct), head.i):head.i + 1]):
        return None  # "the association Même Droit Pour Tous (Equal Rights for All)": its name, not a people
    counted_plural = head.tag_ in {"NNS", "NNPS"} and any(c.dep_ == "nummod" for c in head.children)
    one_of_many = one_of_a_people(head)
    if head.pos_ == "PROPN" and not people(head) and not counted_plural and not one_of_many \
            and not (head.text.isupper() and head.lower_ in g["person_words"] | g["titles"]):
        return None  # names are names; but "dozens of Uyghurs", "three Eritreans", "three YouTubers" are groups
        # (and "a former MP" is a person)
    if head.lower_ in g["quantity_nouns"]:
        # "a large number of RUF rebels", "a group of 17 persons": the "of" complement is the subject
        inner = next((c for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                      for c in p.children if c.dep_ == "pobj"), None)
        if inner is None:
            return None
        mention = group_mention(inner)
        # ("dozens of protesters and journalists": a vague quantity covers the coordinated nouns as one group)
        peoples = [c for c in inner.children if c.dep_ == "conj" and (people(c) or head.lower_ in g[
            "vague_quantity_nouns"] and c.tag_ == "NNS" and c.pos_ == "NOUN" and inner.tag_ == "NNS")]
        if mention is not None and peoples:
            # "thousands of ethnic Amhara and Oromo": one group of both peoples
            last = peoples[-1]
            mention = {**mention, "end": last.idx + len(last),
                       "description": doc[inner.left_edge.i:last.i + 1].text}
        if mention is not None and head.lower_ in g["vague_quantity_nouns"]:
            mention = {**mention, "count": None, "bounded": True, "bare": False, "kind": "group", "vague": True}
        if mention is not None and head.tag_ == "NN" and not mention.get("count"):
            # "about a dozen of the demonstrators", "two dozen journalists": a number told as a noun
            words = [t.text for t in doc[head.left_edge.i:head.i + 1] if t.dep_ != "advmod" and t.pos_ != "ADV"]
            count = parse_number(" ".join(words))
            if count:
                mention = {**mention, "count": count, "bounded": False, "bare": False, "kind": "group",
                           "definite": False}
        if mention is not None:
            mention["start"] = head.left_edge.idx
        return mention
    if head.lower_ in g["thing_nouns"] or head.lower_ in g["time_nouns"] and head.pos_ == "NOUN":
        return None  # "10 cases were sent back to the court", "10 years was added": things and times, not people
    count, bounded, num = _count_of(head)
    if num is None and head.tag_ == "NNS" and head.lemma_.lower() in g["one_each"]:
        owners = next((c for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                       for c in p.children if c.dep_ == "pobj"), None)
        if owners is not None:
            count, bounded, _ = _count_of(owners)  # "the wives of five soldiers": five wives
    # ("a youth age 19": the parser hangs the person on the age, and the article with it)
    aged = head.head if head.dep_ == "compound" and head.head.lower_ in g["age_nouns"] else head
    dets = {c.lower_ for c in aged.children if c.dep_ in {"det", "predet", "poss"}}
    plural = head.tag_ in {"NNS", "NNPS"} or head.lower_ in {"people", "police"} or people(head) \
        and not one_of_many or head.lower_ in g["collective_nouns"] and count is None  # "arrested X's family"
    lower = head.lower_
    proper = [t for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
    # (with common nouns between: "the Lira bookstore chain")
    kind_words = proper and all(doc[i].pos_ == "NOUN" and doc[i].is_lower and doc[i].dep_ == "compound"
                                for i in range(proper[-1].i + 1, head.i))
    if lower in g["org_reference_nouns"] and not plural and kind_words and \
            all(doc[i].pos_ == "PROPN" for i in range(proper[0].i, proper[-1].i + 1)):
        # "fined the Awareness Times newspaper": the organization is named, the noun says what it is
        last = proper[-1]
        name = clean_name(doc[proper[0].i:last.i + 1].text)
        return {"name": name, "kind": "organization", "count": None, "description": None,
                "start": proper[0].idx, "end": last.idx + len(last), "via": "name"}
    if lower in g["org_reference_nouns"] and dets & {"the", "these", "those", "both"}:
        # "The organizations paid fines": a reference to organizations named before
        return {"name": None, "kind": "group" if plural else "organization", "count": count,
                "description": _description(head, num), "start": head.left_edge.idx, "end": head.idx + len(head),
                "via": "group", "bounded": bounded, "definite": True, "bare": False}
    personal = lower in g["person_words"] or lower in g["kin_nouns"] or lower in g["title_heads"] \
        or one_of_many or head.pos_ == "PROPN" and (people(head) or counted_plural) or (  # PROPN here: a people ("Uyghurs")
        head.lemma_.lower() in document_roles(doc)) or (  # "the traditional healer": a role the document gave a person
        by_role and head.pos_ == "NOUN" and head.is_lower and head.is_alpha and not head.ent_type_ and (
            count is not None or dets & {"a", "an", "the", "these", "those"} or head.tag_ == "NNS" and any(
                c.dep_ == "amod" and c.lower_ in g["vague_quantifiers"] for c in head.children)) and lower not in (
            g["org_words"] | g["org_reference_nouns"] | g["facility_words"] | g["law_words"] | g["quantity_nouns"]
            | g["sentence_nouns"]))
    if not personal and count is None and not bounded and not (dets & {"a", "an", "one"}):
        return None  # "Bizimungu's attorney", "three other former ministers" are persons; "the cars" are not
    if not personal and head.ent_type_ in {"ORG", "GPE", "NORP", "LOC", "FAC"}:
        return None
    description = _description(head, num)
    if dets & {"any", "every", "each", "no"} or "all" in dets and count is None:
        return {"name": None, "kind": "group", "count": None, "description": _description(head, num),
                "start": head.left_edge.idx, "end": head.idx + len(head), "via": "group", "bounded": False,
                "definite": False, "bare": True}  # "any person detained must …": law, not an event
    if not plural and not personal and not (lower in g["titles"]):
        return None  # "fined an undisclosed amount": not a person
    if not plural and (dets & {"a", "an", "one"} or count == 1 or bounded):
        return {"name": None, "kind": "person", "count": None if bounded else 1, "description": description,
                "start": head.left_edge.idx, "end": head.idx + len(head), "via": "group", "bounded": False,
                "definite": False}
    definite = bool(dets & {"the", "these", "those", "both", "their", "his", "her", "all"}) or any(
        c.lower_ == "both" for c in head.children) or lower in g["relational_nouns"] and count is None and not any(
        c.lower_ in g["vague_quantifiers"] for c in head.children)
    # ("two others were sentenced to one year", "killed two persons and arrested several others": a set of
    # its own, not the ones told before)
    generic = not plural and not dets and count is None
    # "members of the X party", "journalists covering the trial", "other party members" (told apart from some)
    specific = _named_complement(head) or any(c.lower_ == "other" for c in head.children)
    mention = {"name": None, "kind": "group" if plural else "person", "count": count if plural else (count or 1),
               "description": description, "start": head.left_edge.idx, "end": head.idx + len(head),
               "via": "group", "bounded": bounded, "definite": definite,
               "bare": not dets and count is None and not bounded and not generic and not specific,
               "specific": specific,
               # ("senior officials of Bazoum's political party": told apart by the organization named)
               "of_named": _of_a_named(head)}
    both_and = any(c.dep_ == "preconj" for c in head.children) and any(c.dep_ == "conj" for c in head.children)
    if ("both" in dets or any(c.lower_ == "both" for c in head.children)) and not both_and:
        mention["count"] = 2  # ("both the three police officers and the doctor": "both … and" counts nothing)
    if count is None and head.dep_ == "pobj" and head.head.lower_ == "of" \
            and head.head.head.lower_ in g["vague_quantity_nouns"] | g["vague_quantifiers"]:
        # "an unknown number of political prisoners, who remained in prison": no count, reached from inside
        mention.update({"vague": True, "bounded": True, "bare": False})
    # ("numerous opposition politicians and activists": the quantifier covers the coordinated group too)
    quantified = head.head if head.dep_ == "conj" and not dets and count is None else head
    quantifier = next((c for c in quantified.children if c.dep_ == "amod" and c.lower_ in g["vague_quantifiers"]),
                      None)
    if count is None and not any(c.lower_ == "other" for c in head.children) and quantifier is not None:
        mention.update({"vague": True, "bounded": True, "bare": False})  # "numerous journalists": no count
        if quantifier.lower_ in g["small_quantifiers"]:
            mention["few"] = True  # "several individuals": a handful, each acted on
    return mention


def pronoun_mention(tok: Token) -> Mention | None:
    """A personal pronoun to be resolved later by the document-level resolver."""
    lower = tok.lower_
    if lower in PRONOUNS_SINGULAR:
        number = "singular"
    elif lower in PRONOUNS_PLURAL or lower in {"those", "these"} and tok.pos_ == "PRON" and any(
            c.dep_ in {"acl", "relcl"} for c in tok.children):
        number = "plural"  # "those arrested were each ordered to pay …": the persons just told of
    elif (lower in {"each", "both", "all"} and tok.dep_ in {"dobj", "nsubjpass"} or lower in {"each", "both"}
          and tok.dep_ == "nsubj") and not any(c.dep_ == "prep" for c in tok.children):
        number = "plural"  # "The court sentenced each to 12 years in prison": each of those just told of
    else:
        return None
    return {"name": None, "kind": "person" if number == "singular" else "group", "count": None,
            "description": None, "start": tok.idx, "end": tok.idx + len(tok), "via": "pronoun",
            "number": number}
