"""Document-level resolution: one frame per real event, every subject by its fullest name.

Runs after the event extractor and rewrites ``doc._.hrx_events``:

* short names and acronyms to the fullest form the document uses ("Bokaev" →
  "Maks Bokaev", "ILI" → "International Legal Initiative");
* pronouns and definite descriptions ("they", "him", "the two journalists",
  "the detainees", "the organizations") to the subjects of the events told
  just before, within the paragraph first;
* generic body heads ("the commission", "the Special Rapporteur") to the body
  the document named before;
* an event told twice (a summary, then the details) to one frame whose
  evidence is the most detailed sentence;
* a date carried from the nearest earlier sentence of the paragraph that dates
  the same kind of act, when the evidence sentence has none;
* a continuing detention of someone already recorded as arrested dropped.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from hrextract.components.doc_cache import _MEMO, _doc_sents, _doc_text, _memo, _spans_in
from hrextract.components.event_dates import _date_spans, _event_date, date_text
from hrextract.components.events import PRIORITY, Event, body_keys
from hrextract.components.mentions import (Mention, after_office_place, in_office_portfolio, is_facility,
                                           is_organization, name_chains, name_kind, named_mentions, role_holders,
                                           strip_titles)
from hrextract.components.rulers import SPANS_KEY
from hrextract.components.syntax import first_conjunct
from hrextract.normalize.durations import normalize_durations
from hrextract.normalize.names import clean_name, is_fuller_form, name_tokens, same_token
from hrextract.resources import grammar

# At most 16 words before the final one: an unbounded run made the search quadratic on long
# runs of capitalized words with no "(" (8,000 such words took 8 s, growing with the square).
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
ACRONYM = re.compile(r"((?:[A-Z][\w'’\-]*\s+)(?:(?:of|for|the|and|on|de|du|des|la|le|in)\s+|[A-Z][\w'’\-]*\s+){0,16}[A-Z][\w'’\-]*)\s+\(([A-Z][A-Za-z\-]{1,9})\)")


class Resolver:
    """See the module docstring."""

    def __init__(self, name: str = "hrextract_resolver") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        _MEMO[doc] = {}  # doc.text and other whole-Doc values once, not per event (see events._memo)
        events: list[Event] = list(doc._.hrx_events or [])
        names = _document_names(doc)
        acronyms = {short: _expansion(long, short) for long, short in ACRONYM.findall(doc.text)}
        acronyms = {short: long for short, long in acronyms.items() if long}
        text = _doc_text(doc)
        for ev in events:
            ev["subjects"] = [{**_expanded(s, names, acronyms, text), "as_written": s.get("name")} for s in ev["subjects"]]
        _resolve_references(doc, events, names, acronyms)
        _name_counted_groups(doc, events, names, acronyms)
        events = _inherit_penalties(events)
        events = [_one_penalty_each(ev) for ev in events]
        _resolve_bodies(doc, events)
        _carry_dates(doc, events)
        _carry_charges(doc, events)
        events = _drop_told_elsewhere(events)
        events = _merge_retold(events)
        events = _merge_retold_findings(_drop_added_statements(events), text)
        events = _drop_continuations(events)
        spelling = _preferred_spellings(_doc_text(doc), names + [(s["name"], s.get("kind")) for ev in events
                                                                 for s in ev["subjects"] if s.get("name")])
        spelling.update(_aliases(doc))
        for ev in events:
            ev["subjects"] = _dedupe([{**s, "name": spelling.get(s["name"], s["name"])} if s.get("name") else s
                                      for s in ev["subjects"]])
        doc._.hrx_events = [ev for ev in events if ev["subjects"] or ev["record_type"] == "treaty_body_finding"]
        _MEMO.pop(doc, None)
        return doc


# --------------------------------------------------------------------------- names

def _document_names(doc: Doc) -> list[tuple[str, str]]:
    """(name, kind) of every person/organization name the document uses."""
    out: list[tuple[str, str]] = []
    for sent in doc.sents:
        for chain in name_chains(sent):
            office_place = after_office_place(chain)
            if office_place is None and in_office_portfolio(chain):
                continue  # "Minister of Industry, Entrepreneurship and Trade …": a portfolio
            chain = office_place or chain  # "ambassador to Canada Fathi Bajaa": Fathi Bajaa
            core, had_title = strip_titles(chain)
            if core is None:
                continue
            kind = name_kind(core)
            if kind == "place" and not had_title:
                continue
            name = clean_name(core.text)
            if name and (name, kind) not in out:
                out.append((name, "person" if kind == "place" else kind))
    return out


def _aliases(doc: Doc) -> dict[str, str]:
    """"Harry Laurent Rahajason (known as Rolly Mercia) … Rolly Mercia had been in prison": one person by two
    names, named by the one the document uses more (on a tie, the first); '“Mr. Bond” (real name: Philip
    Hassler)': by the real name."""
    text = _doc_text(doc)
    out: dict[str, str] = {}
    markers = grammar()["alias_markers"] | {"known", "also", "as"}
    for sent in _doc_sents(doc):
        for chain in name_chains(sent):
            k = chain.end
            if k < len(doc) and doc[k].text in {"”", '"', "’", "'"}:
                k += 1  # ('“Mr. Bond” (real name: …)': the quoted name)
            if k + 2 >= len(doc) or doc[k].text != "(":
                continue
            close = next((t.i for t in doc[k + 1:min(k + 10, len(doc))] if t.text == ")"), None)
            inner = doc[k + 1:close] if close is not None else None
            real = inner is not None and len(inner) > 2 and [t.lower_ for t in inner[:2]] == ["real", "name"]
            if inner is None or not real and not any(t.lower_ in markers for t in inner[:2]):
                continue
            start = next((t.i for t in inner[2 if real else 0:] if t.lower_ not in markers and not t.is_punct), None)
            if start is None or not all(t.is_title and t.pos_ == "PROPN" for t in doc[start:close]):
                continue
            core = strip_titles(chain)[0]
            main, alias = clean_name((core if core is not None else chain).text), clean_name(doc[start:close].text)
            if not main or not alias or main == alias:
                continue
            if real or text.count(alias) > text.count(main):
                out[main] = alias
            else:
                out[alias] = main
    return out


def _preferred_spellings(text: str, names: list[tuple[str, str]]) -> dict[str, str]:
    """Each name spelled two ways ("Ntakarutinka" / "Ntakirutinka") → the spelling the document uses
    most, the first used on a tie (the contract: a person known by two names takes the one used most)."""
    out: dict[str, str] = {}
    tokenized = {n: name_tokens(n) for n, _ in names}
    for name, tokens in tokenized.items():
        variants = [n for n, other in tokenized.items() if len(other) == len(tokens)
                    and all(same_token(a, b) for a, b in zip(tokens, other))]
        if len(variants) > 1:
            out[name] = max(variants, key=lambda n: (text.count(n), -text.find(n)))
    def uses(name: str) -> int:
        return len(re.findall(re.escape(name) + r"(?! [A-Z])", text))  # not "Iyan Tama Multimedia"

    for full, alias in ALIAS.findall(text):
        # "Fadel Farhan Saket, known as Abu Turki, …; Abu Turki appeared …": one person, two names
        alias = alias.strip("\"“”'")
        if full in tokenized and uses(alias) > uses(full.split()[-1]):  # the full name counts with its surname
            out[full] = alias
        elif full in tokenized and alias in tokenized:
            out[alias] = full  # ("Hamisu Lamido, known as Iyan Tama … found Iyan Tama guilty": Lamido)
    return out


ALIAS = re.compile(r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)+),? (?:also |popularly |commonly |widely )?known as "
                   r"[\"“]?([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*)")


def _expansion(long: str, short: str) -> str | None:
    """The words of ``long`` that ``short`` abbreviates: "The NGOs International Legal Initiative" + "ILI"
    → "International Legal Initiative" (initials of capitalized words, small words skipped)."""
    words = long.split()
    letters = short.replace("-", "").upper()
    for start in range(len(words)):
        initials = "".join(w[0].upper() for w in words[start:] if w[:1].isupper())
        if initials == letters:
            return " ".join(words[start:])
    return None


def _full_name(subject: Mention, names: list[tuple[str, str]], acronyms: dict[str, str]) -> Mention:
    name = subject.get("name")
    if not name:
        return subject
    if name in acronyms:
        return {**subject, "name": clean_name(acronyms[name]), "kind": "organization"}
    kind = subject.get("kind")
    # ("Iyan Tama" the filmmaker is not "Iyan Tama Multimedia", his company)
    fuller = [n for n, k in names if n != name and is_fuller_form(name, n)
              and not (kind == "person" and k == "organization" and any(
                  w.lower() in grammar()["org_words"] for w in n.split()))]
    # Keep only the maximal candidates; expand only when the fuller form is unique.
    maximal = [n for n in fuller if not any(o != n and is_fuller_form(n, o) for o in fuller)]
    if len(maximal) == 1:
        return {**subject, "name": maximal[0]}
    return subject


def _expanded(subject: Mention, names: list[tuple[str, str]], acronyms: dict[str, str], text: str) -> Mention:
    """A subject's name in its fullest form -- but a full name of two words or more is not stretched to a
    longer one first written after it ("Mahamat Abdoulaye … was arrested" is not the "Haroun Mahamat
    Abdoulaye" a later paragraph tells of)."""
    full = _full_name(subject, names, acronyms)
    name = subject.get("name")
    if name and full.get("name") != name and full.get("kind") == subject.get("kind") and len(name.split()) >= 2:
        first = text.find(full["name"])
        if first < 0 or first > subject["start"]:
            return subject
    return full


def _dedupe(subjects: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for s in subjects:
        key = (s.get("name") or "").lower()
        if key and any((o.get("name") or "").lower() == key for o in out):
            continue
        out.append(s)
    return out


# --------------------------------------------------------------------------- references

def _is_reference(subject: Mention) -> bool:
    return subject.get("via") == "pronoun" or (subject.get("via") == "group" and bool(subject.get("definite")))


def _resolve_references(doc: Doc, events: list[Event], names: list[tuple[str, str]], acronyms: dict[str, str]) -> None:
    """Replace pronoun and definite-description subjects by their antecedents."""
    for idx, ev in enumerate(events):
        if ev["record_type"] == "treaty_body_finding":
            continue
        resolved: list[Mention] = []
        for subject in ev["subjects"]:
            if not _is_reference(subject):
                resolved.append(subject)
                continue
            antecedents = _antecedents(doc, events[:idx], ev, subject, names, acronyms)
            if antecedents:
                conf = 0.7 if subject.get("via") == "pronoun" else 0.75
                resolved.extend({**a, "start": subject["start"], "end": subject["end"], "via": "resolved",
                                 "ref": subject.get("via"), "written": subject.get("description"),
                                 # ("they were held …" after "the four were sentenced": told through a
                                 # pronoun, not a definite description of its own)
                                 "definite": bool(a.get("definite")) and subject.get("via") != "pronoun",
                                 # a person the NER called an organization, now detained or sentenced
                                 "kind": "person" if a.get("kind") == "organization" and ev["record_type"] in
                                 {"detention", "sentence"} and not is_organization(a) else a.get("kind")}
                                for a in antecedents)
                ev["confidence"] = min(ev.get("confidence", 0.85), conf)
            elif subject.get("via") == "group":
                resolved.append(subject)
        ev["subjects"] = resolved


def _antecedents(doc: Doc, earlier: list[Event], ev: Event, subject: Mention, names: list[tuple[str, str]],
                 acronyms: dict[str, str], depth: int = 0) -> list[Mention]:
    """Who a pronoun or definite description refers to; [] when nothing fits.

    Search order: earlier in the same sentence; subjects of earlier events of the
    paragraph; salient mentions (clause subjects first) of earlier sentences of the
    paragraph; then events of the previous paragraph. A description with a count
    ("the two journalists") only takes an antecedent set of exactly that size.
    """
    plural = subject.get("number") == "plural" or subject.get("kind") == "group"
    count = subject.get("count")
    sentence_start = ev["evidence"]["start"]
    pronoun = _doc_text(doc)[subject["start"]:subject["end"]].lower() if subject.get("via") == "pronoun" else ""
    wanted = "female" if pronoun in FEMALE_PRONOUNS else "male" if pronoun in MALE_PRONOUNS else None

    def agrees(m: Mention) -> bool:  # "him" is no one the document called "she"
        return wanted is None or _gender_of(doc, m) in {None, wanted}

    para = ev["paragraph"]
    if subject.get("pick"):
        return _positional(doc, subject, names, acronyms)
    if subject.get("earlier_record"):
        # "the original fine": whoever the latest court record of this paragraph was of (the case it
        # tells), else the latest record of that kind in the previous paragraph
        before = [e for e in earlier if e["evidence"]["start"] < sentence_start]
        for kinds, paragraphs in (({"sentence", "fine"}, {para}), ({subject["earlier_record"]}, {para - 1})):
            for e in reversed(before):
                if e["record_type"] in kinds and e["paragraph"] in paragraphs:
                    subs = [dict(s) for s in e["subjects"] if not _is_reference(s)]
                    if subs:
                        return subs
        return []

    def accept(found: list[Mention]) -> list[Mention]:
        # an antecedent that is itself a reference is resolved in turn ("... the two journalists ... them")
        if depth < 2 and len(found) == 1 and _is_reference(found[0]):
            inner = _antecedents(doc, earlier, ev, found[0], names, acronyms, depth + 1)
            return inner or found
        return found

    def fits(found: list[Mention]) -> bool:
        if not count or not plural:
            return True
        if len(found) == count:
            return True
        # ("Fathi Bajaa and two colleagues … the three men": a name and a counted group make up the count)
        return sum(m.get("count") or 1 for m in found) == count and all(
            m.get("name") or m.get("count") for m in found) and any(m.get("name") for m in found) and any(
            (m.get("count") or 0) > 1 for m in found)

    # 1. earlier in the same sentence
    same_sentence = _salient(doc, sentence_start, subject["start"], names, acronyms)
    if same_sentence or subject.get("via") == "pronoun":
        if subject.get("via") == "pronoun":
            agents = _own_agents(doc, subject) + _captors(doc, subject)
            cands = [m for m in same_sentence if (m.get("kind") == "group" or bool(m.get("plural"))) == plural
                     and not (not m.get("name") and _doc_text(doc)[m["start"]:m["start"] + 4].lower() in {
                         "his ", "her "})  # "his family reported that he was held": not "he"
                     and not _own_relative(doc, m)  # "his sister Areej had learned that he had been tortured"
                     and (plural or m.get("kind") == "person" or not is_organization(m))  # "him" is not the court
                     and not is_facility(m)  # nor the prison he was taken to
                     and not _in_any(m["start"], agents)  # nor who "held him"
                     and agrees(m)]
            if not plural:
                # "found former prefect of Kibuye Clement Kayishema guilty … and sentenced him": a name
                # the NER took for an organization, inside a phrase
                span = doc.char_span(sentence_start, subject["start"], alignment_mode="contract")
                sources = _source_ranges(doc)
                extra = [{**m, "role": _role(doc, m["start"])} for m in
                         (named_mentions(span, keep_modifiers=True) if span else [])
                         if m["kind"] != "place" and not is_organization(m) and not _place_name(doc, m)
                         and not _qualifies_a_noun(doc, m)  # ("X, another Dalfa-Umurinzi member": his party)
                         and not any(c["start"] <= m["start"] < c["end"] for c in cands)
                         and not _in_any(m["start"], sources)]
                cands += [full for m in extra
                          if not is_facility(full := {**_full_name(m, names, acronyms), "role": m["role"]})
                          and not _in_any(m["start"], agents) and agrees(m)]
            if cands:
                # the clause's subject or object before a name inside a prepositional phrase; a name
                # before an unnamed person of the same role ("the former prefect of X Y")
                best = min(cands, key=lambda m: (not plural and is_organization(m), _acts_on_others(m), m["role"],
                                                 is_organization(m), not m.get("name"), -m["start"]))
                # ("he" is never the court; "A judge ordered X released, but he remained in detention": X, not
                # the judge, whose office is to act on others)
                return accept(best["members"] if best.get("members") else [best])
        elif count and count > 1:
            # "A, B, and six other persons were convicted; the eight individuals were arrested in 2002"
            members = list({x["start"]: x for m in same_sentence for x in (m.get("members") or [m])}.values())
            members = [m for m in members if m.get("kind") != "organization" and (m.get("name") or m.get("count"))]
            if members and sum(m.get("count") or 1 for m in members) == count and any(m.get("name") for m in members):
                return [dict(m) for m in members]
        elif not plural and not (set((subject.get("description") or "").lower().split()) & grammar()["kin_nouns"]) \
                and (_direct_object(doc, subject) or not set((subject.get("description") or "").lower().split())
                     & grammar()["title_heads"]):
            # "… vs. Seidimou Hiyar, the Court … sentenced the defendant": the nearest named person before
            # (not "the former president": an office names whoever holds it, not the last person named;
            # not "her husband": a relative is someone else)
            span = doc.char_span(sentence_start, subject["start"], alignment_mode="contract")
            persons = [m for m in named_mentions(span, keep_modifiers=True) if m["kind"] == "person"] if span else []
            if persons:
                return [_full_name(persons[-1], names, acronyms)]
    if subject.get("via") == "group" and not plural and subject.get("kind") == "organization":
        # "the Al Wafaq editor-in-chief … the criminal court fined the newspaper": the organization named
        # last before it in the paragraph, even as a modifier
        para_start = _paragraph_start(_doc_text(doc), sentence_start)
        span = doc.char_span(para_start, subject["start"], alignment_mode="contract")
        orgs = [m for m in (named_mentions(span, keep_modifiers=True) if span is not None else [])
                if (m["kind"] == "organization" or _employer_modifier(doc, m)) and not is_facility(m)
                and not _in_any(m["start"], _source_ranges(doc))
                and _role(doc, m["start"]) != 0]  # (not "The National Press Council suspended …": who acts)
        orgs = [{**m, "kind": "organization"} for m in orgs]
        return [_full_name(orgs[-1], names, acronyms)] if orgs else []
    if subject.get("via") == "group" and not plural:
        # "the traditional healer" is whoever the document called "traditional healer X" before; a
        # description the document never gave anyone ("the perpetrator") is a person of its own
        holder = _role_holder(doc, subject)
        described = (subject.get("description") or "").lower().split()
        if holder is None and described and described[-1] in grammar()["offender_nouns"] and subject.get("definite"):
            holder = _offender(doc, sentence_start, names, acronyms)
        return [_full_name(holder, names, acronyms)] if holder else []
    if subject.get("via") == "group" and plural and not count:
        same_head = _same_head_group(doc, subject)
        if same_head is not None:
            return [same_head]
    recent = [e for e in earlier if e["record_type"] != "treaty_body_finding" and e["subjects"]
              and e["evidence"]["start"] < sentence_start]
    # 2. a counted description: the latest named subjects of earlier events, exactly that many
    if count and count > 1:
        people: list[Mention] = []
        named_here: int | None = None  # persons named earlier in this paragraph, counted once if needed
        for e in reversed(recent):
            if e["paragraph"] < para and named_here is None:
                named_here = sum(1 for m in _salient(doc, _paragraph_start(_doc_text(doc), sentence_start),
                                                     sentence_start, names, acronyms)
                                 for x in (m.get("members") or [m]) if x.get("name"))
            if e["paragraph"] < para - 1 or e["paragraph"] < para and (named_here or 0) >= count:
                break  # (the previous paragraph's persons only when this one names too few before)
            for s in reversed(e["subjects"]):
                if s.get("name") and not any(p["name"] == s["name"] for p in people):
                    people.append(s)
                elif not s.get("name") and s.get("count") == count and not people:
                    return [dict(s)]
            if len(people) >= count:
                break
        if len(people) >= count:
            return list(reversed(people[:count]))
        # "ordered the release of Colonel A, former …; Colonel B, …; and Colonel D. The four had been
        # arrested": exactly that many persons named in the sentence before
        sentences = _doc_sents(doc)
        ends = _memo(doc, "sent_ends", lambda: [s.end_char for s in sentences])
        at = bisect.bisect_right(ends, sentence_start)  # the sentences that ended before this one
        before = sentences[at - 1] if at else None
        if before is not None and _paragraph_start(_doc_text(doc), before.start_char) == \
                _paragraph_start(_doc_text(doc), sentence_start):
            persons = list({n["name"]: n for n in _sentence_names(doc, before)
                            if n["kind"] == "person" and not _place_name(doc, n)}.values())
            if len(persons) == count:
                return [_full_name(n, names, acronyms) for n in persons]

    head_word = (subject.get("description") or "").lower().split()[-1:] if subject.get("via") == "group" else []

    def same_kind(s: Mention) -> bool:
        """"the perpetrators" is not the "20 youth activists" told before: an unnamed antecedent of a
        description has its head noun."""
        if s.get("name") or not head_word or head_word[0] in grammar()["generic_group_heads"]:
            return True
        words = (s.get("description") or "").lower().split()
        return bool(words) and words[-1].rstrip("s") == head_word[0].rstrip("s")

    told_at = -1  # where the event found by from_events is told

    def from_events(paragraphs: set[int]) -> list[Mention]:
        nonlocal told_at
        for e in reversed(recent):
            if e["paragraph"] not in paragraphs:
                continue
            subs = [s for s in e["subjects"] if not _is_reference(s)]
            if not subs or not all(same_kind(s) for s in subs):
                continue
            told_at = e["evidence"]["start"]
            if plural and (len(subs) > 1 or subs[0].get("kind") == "group") and fits(subs):
                return [dict(s) for s in subs]
            if not plural and len(subs) == 1 and subs[0].get("kind") == "person" and agrees(subs[0]):
                return [dict(subs[0])]
        return []

    # 3. earlier events of the paragraph
    found = from_events({para})
    if found and not (plural and subject.get("via") == "pronoun"):
        return found
    # 4. salient mentions of earlier sentences of the paragraph: the latest sentence with a
    #    compatible mention, its grammatical subject before objects and prepositional mentions
    #    ("they" after "… criticized the arrests of Soler and her husband Angel Moya": the two just named,
    #    not an older event's group)
    para_start = _paragraph_start(_doc_text(doc), sentence_start)
    prior = _salient(doc, para_start, sentence_start, names, acronyms)
    compatible = []
    for m in prior:
        is_plural = m.get("kind") == "group" or bool(m.get("members"))
        if is_plural != plural or (not plural and m.get("kind") == "organization"):
            continue
        if not fits(m["members"] if m.get("members") else [m]) or not same_kind(m) or not plural and not agrees(m):
            continue
        if pronoun and not plural and _acts_on(doc, m, pronoun):
            continue  # "… a plain-clothed man … took him away. He was allegedly being held": not the taker
        if all(is_organization(x) for x in (m.get("members") or [m])) and (ev["record_type"] != "fine" or any(
                e["evidence"] == ev["evidence"] and e["record_type"] == "detention" for e in earlier)):
            continue  # ("The EU, HRW and AI criticized the arrests of A and B. They had been arrested …")
        compatible.append(m)
    if found and not (compatible and max(m["sent"] for m in compatible) > told_at
                      and any(len(m.get("members") or []) > 1 for m in compatible)):
        return found
    if compatible:
        latest = max(m["sent"] for m in compatible)
        best = min((m for m in compatible if m["sent"] == latest),
                   key=lambda m: (m["role"], _in_subordinate_clause(doc, m), -m["start"]))
        # ("X left his country after his father was persecuted. He entered …": the main clause's subject)
        return accept(best["members"] if best.get("members") else [best])
    # 5. events of the previous paragraph
    return from_events({para - 1})


def _name_counted_groups(doc: Doc, events: list[Event], names: list[tuple[str, str]],
                         acronyms: dict[str, str]) -> None:
    """"three journalists of La Tribune were released after being detained overnight. Felix Nzale,
    managing director, Ahmet Bachir Ndiaye, reporter, and Mamadou Diop, a photojournalist, were accused
    …": a counted group whose members the next sentence of the paragraph names as its subject."""
    sentences = _doc_sents(doc)
    starts = [s.start_char for s in sentences]
    for ev in events:
        if ev["record_type"] not in {"detention", "sentence", "fine"} or len(ev["subjects"]) != 1:
            continue
        group = ev["subjects"][0]
        count = group.get("count")
        if group.get("name") or group.get("via") != "group" or group.get("definite") or group.get("bounded") \
                or not count or count < 2:
            continue
        at = bisect.bisect_right(starts, group["start"]) - 1
        if at < 0 or at + 1 >= len(sentences):
            continue
        nxt = sentences[at + 1]
        if _paragraph_start(_doc_text(doc), nxt.start_char) != _paragraph_start(_doc_text(doc), group["start"]):
            continue
        subject = next((c for c in nxt.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None:
            continue
        first, last = subject.left_edge, subject.right_edge
        persons = list({n["name"]: n for n in _sentence_names(doc, nxt) if n["kind"] == "person"
                        and first.idx <= n["start"] and n["end"] <= last.idx + len(last)}.values())
        if len(persons) == count:
            ev["subjects"] = [{**_full_name(n, names, acronyms), "via": "resolved", "ref": "group"} for n in persons]


def _employer_modifier(doc: Doc, mention: Mention) -> bool:
    """A name qualifying a staff noun ("the Al Wafaq editor-in-chief"): a newspaper or other employer."""
    span = doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
    root = span.root if span is not None else None
    return root is not None and root.dep_ in {"compound", "nmod"} and root.head.lower_ in grammar()["org_role_nouns"]


def _same_head_group(doc: Doc, subject: Mention) -> Mention | None:
    """"… arraigned him alongside two military officers … The accused officers pled guilty": the
    latest counted group of the paragraph with the same head noun, before the description."""
    from hrextract.components.mentions import group_mention

    words = (subject.get("description") or "").lower().split()
    span = doc.char_span(subject["start"], subject["end"], alignment_mode="expand")
    if not words or span is None:
        return None
    head = span.root
    para_start = _paragraph_start(_doc_text(doc), subject["start"])
    for tok in reversed(doc[:span.start]):
        if tok.idx < para_start:
            break
        if tok.pos_ == "NOUN" and tok.lemma_ == head.lemma_ and tok.tag_ == head.tag_:
            found = group_mention(tok)
            if found is not None and found.get("count") and (not found.get("definite") or any(
                    c.dep_ in {"acl", "relcl"} for c in tok.children)):
                return found  # ("The four attorneys retained by activists … the attorneys": told apart by its clause)
            return None  # uncounted, or itself a reference ("the three journalists"): the other rules decide
    return None


def _place_name(doc: Doc, mention: Mention) -> bool:
    """"a Bamako court declared X not guilty, but he …": a place, or a name qualifying a court or
    another organization word, is never "he"."""
    span = doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return all(t.ent_type_ in {"GPE", "LOC"} for t in span) or (
        root.dep_ in {"compound", "nmod"} and root.head.lower_ in grammar()["org_words"])


def _acts_on_others(mention: Mention) -> bool:
    """A judge, prosecutor or police officer: whose role in a sentence is to arrest, try or release others."""
    words = ((mention.get("description") or "") + " " + (mention.get("name") or "")).lower().split()
    return bool(words) and words[-1] in grammar()["authority_words"]


def _own_agents(doc: Doc, subject: Mention) -> list[tuple[int, int]]:
    """Character ranges of the subjects of the verb a pronoun is the object of: "The SPLA held him",
    "security forces arrested Isaq, held him": "him" is never the one who holds."""
    span = doc.char_span(subject["start"], subject["end"], alignment_mode="expand")
    if span is not None and span.root.dep_ == "poss" and span.root.head.dep_ in {"dobj", "dative"}:
        span = span.root.head.doc[span.root.head.i:span.root.head.i + 1]  # "X reinstated her life sentence": not X
    if span is None or span.root.dep_ not in {"dobj", "dative"}:
        return []
    verb = span.root.head
    verbs = [verb]
    while verb.dep_ in {"conj", "advcl", "xcomp"} and verb.head != verb and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        verb = verb.head  # a coordinated verb, or a participle without a subject of its own, shares its subject
        verbs.append(verb)  # ("rounded up persons …, subsequently holding them")
    # the same pronoun as the object of other verbs of the sentence is the same person: "One of the officers
    # choked him …, and the three officers … took him to the station"
    verbs += [t.head for t in span.root.sent if t.lower_ == span.root.lower_ and t.dep_ == "dobj" and t != span.root]
    ranges = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for v in verbs for c in v.children
              if c.dep_ == "nsubj" and c.i < v.i or c.dep_ == "agent"]  # (a "subject" after its verb is an object
    # the parser mislabelled: "the court found X guilty … and sentenced her")
    if verb.dep_ == "pcomp" and verb.head.lower_ == "for":
        # "sentenced the commissioner to pay damages … for arbitrarily detaining him": who did it is
        # whom the court sentenced (the object of the verbs above, through "to pay")
        main = verb.head.head
        for _ in range(3):
            ranges += [(c.left_edge.idx, c.idx + len(c)) for c in main.children if c.dep_ == "dobj"]
            if main.dep_ not in {"xcomp", "advcl", "conj"} or main.head == main:
                break
            main = main.head
    return ranges


def _captors(doc: Doc, subject: Mention) -> list[tuple[int, int]]:
    """"members of the FDN arrested 43 persons …; all were released after paying a fine": whoever is released
    (or pays to be) is someone held, never the one who held them -- the subjects of the sentence's capture verbs."""
    span = doc.char_span(subject["start"], subject["end"], alignment_mode="expand")
    if span is None or span.root.dep_ not in {"nsubj", "nsubjpass"}:
        return []
    verb = span.root.head
    if verb.lemma_ not in grammar()["release_verbs"] and verb.lemma_ != "pay":
        return []
    return [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for t in span.root.sent
            if t.lemma_ in grammar()["capture_verbs"] and t.pos_ == "VERB"
            for c in t.children if c.dep_ == "nsubj" and c.i < t.i]


def _direct_object(doc: Doc, subject: Mention) -> bool:
    """"convicted X … and sentenced the imprisoned opposition leader": a description that is a verb's
    object retells who the clause is about (unlike "the arrest of the former president")."""
    span = doc.char_span(subject["start"], subject["end"], alignment_mode="expand")
    return span is not None and span.root.dep_ in {"dobj", "nsubjpass"}


def _positional(doc: Doc, subject: Mention, names: list[tuple[str, str]], acronyms: dict[str, str]) -> list[Mention]:
    """"the latter" / "the former": the last / first person named in the latest sentence of the
    paragraph (this one up to the reference included) that names two or more."""
    para_start = _paragraph_start(_doc_text(doc), subject["start"])
    persons = [m for m in _salient(doc, para_start, subject["start"], names, acronyms)
               for m in (m.get("members") or [m]) if m.get("name") and m.get("kind") != "organization"]
    by_sentence: dict[int, list[Mention]] = {}
    for m in persons:
        by_sentence.setdefault(m["sent"], []).append(m)
    for sent_start in sorted(by_sentence, reverse=True):
        named = sorted({m["name"]: m for m in by_sentence[sent_start]}.values(), key=lambda m: m["start"])
        if len(named) >= 2:
            chosen = named[-1] if subject["pick"] == "last" else named[0]
            return [{k: v for k, v in chosen.items() if k not in {"sent", "role", "members", "plural"}}]
    return []


def _role_holder(doc: Doc, subject: Mention) -> Mention | None:
    """The person last introduced before ``subject`` with its head noun as a role."""
    words = (subject.get("description") or "").lower().split()
    if not words:
        return None
    head = words[-1]
    best = None
    for role, start, end in role_holders(doc):
        if end <= subject["start"] and (role == head or role + "s" == head or role == head.rstrip("s")):
            best = (start, end)
    if best is None:
        return None
    text = _doc_text(doc)
    between = text[max(best[1], _paragraph_start(text, subject["start"])):subject["start"]]
    if re.search(r"\b(?:a|an|one)\s+(?:[\w-]+\s+){0,3}%s\b" % re.escape(head), between, re.IGNORECASE):
        return None  # "… a Black man … [next paragraph] sentenced a young man …; the man": the one just introduced
    span = doc.char_span(best[0], best[1], alignment_mode="expand")
    found = [m for m in named_mentions(span, keep_modifiers=True)] if span is not None else []
    return {**found[0], "kind": "person"} if found else None


def _offender(doc: Doc, sentence_start: int, names: list[tuple[str, str]],
              acronyms: dict[str, str]) -> Mention | None:
    """"In April a father … gouged the eyes of his daughter … . Police arrested the accused": the one who did
    what the sentence before tells, its subject."""
    text = _doc_text(doc)
    prior = [m for m in _salient(doc, _paragraph_start(text, sentence_start), sentence_start, names, acronyms)
             if m["role"] == 0 and m.get("kind") == "person" and not m.get("members") and not m.get("name")
             and re.match(r"(?:a|an)\s", text[m["start"]:m["start"] + 3], re.IGNORECASE)]
    # (a person just introduced as the subject, "a father …"; not "Prime Minister Rutte condemned the act")
    if not prior:
        return None
    latest = max(m["sent"] for m in prior)
    here = [m for m in prior if m["sent"] == latest and not _in_subordinate_clause(doc, m)]
    return here[0] if here else None


def _paragraph_start(text: str, offset: int) -> int:
    idx = max(text.rfind("\n\n", 0, offset), text.rfind("\r\n\r\n", 0, offset))
    return 0 if idx < 0 else idx + 2


def _source_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of "According to X," phrases: who tells, never whom "he" or "they" refers to."""
    from hrextract.components.events import _sources

    return [(doc[a].idx, doc[b - 1].idx + len(doc[b - 1])) for a, b in _sources(doc)]


def _salient(doc: Doc, start: int, end: int, names: list[tuple[str, str]], acronyms: dict[str, str]) -> list[Mention]:
    """Clause subjects and objects between two offsets, in order: names (coordinated ones grouped) and groups."""
    from hrextract.components.mentions import group_mention, named_mentions

    out: list[Mention] = []
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None or len(span) == 0:
        return out
    for sent in doc[span.start:span.end].sents:
        names_here = [{**_full_name(n, names, acronyms), "sent": sent.start_char,
                       "role": _role(doc, n["start"])} for n in _sentence_names(doc, sent)]
        # coordinated names form a plural antecedent: "ILI and Liberty Foundation"
        deduped: list[Mention] = []
        for n in names_here:
            if deduped and deduped[-1]["name"] == n["name"] and _gap(doc, deduped[-1]["end"], n["start"]) == "":
                deduped[-1] = {**deduped[-1], "end": n["end"]}  # "International Legal Initiative (ILI)"
            else:
                deduped.append(n)
        names_here = deduped
        i = 0
        while i < len(names_here):
            group = [names_here[i]]
            j = i + 1
            while j < len(names_here) and (_gap(doc, group[-1]["end"], names_here[j]["start"]) in {"and", ""}
                                           and not _teller(doc, group[-1])
                                           or _conjoined(doc, group[-1], names_here[j])):
                # (not "According to attorney X, Y left …": the teller, then the subject)
                group.append(names_here[j])
                j += 1
            if len(group) > 1:
                out.append({**group[0], "members": group, "plural": True, "start": group[0]["start"]})
            else:
                out.append(group[0])
            i = j
        for tok in sent:
            if tok.dep_ == "conj" and tok.pos_ == "NOUN" and tok.i > tok.head.i:
                # "convicted Col. A and several others … and sentenced them": a name and a group, one set
                owner = next((n for n in names_here if n["start"] <= tok.head.idx < n["end"]), None)
                m = group_mention(tok) if owner is not None else None
                if m is not None and m.get("kind") == "group":
                    m = {**m, "sent": sent.start_char, "role": owner["role"]}
                    out.append({**owner, "members": [owner, m], "plural": True})
            if (tok.dep_ in {"nsubj", "nsubjpass", "dobj"} or tok.dep_ == "conj" and tok.head.pos_ in {"PROPN", "NOUN"}
                    and tok.head.dep_ in {"nsubj", "nsubjpass", "dobj", "conj"}) and (
                    tok.pos_ in {"NOUN", "NUM"} or tok.pos_ == "PROPN" and any(c.dep_ == "nummod" for c in tok.children)):
                m = group_mention(tok)
                if m is not None and not m.get("bare"):
                    m = {**m, "sent": sent.start_char, "role": _role(doc, tok.idx)}
                    joined = tok.dep_ == "conj" and tok.pos_ == "NOUN" and any(
                        c.dep_ == "cc" and c.lower_ == "and" and tok.head.i < c.i < tok.i for c in tok.head.children) \
                        and tok.head.head.dep_ not in {"xcomp", "pcomp", "acl", "advcl"}
                    # (not "plotting to assassinate the president and some ministers": a plan's objects)
                    first = next((x for x in out if joined and not x.get("name")
                                  and x["start"] == tok.head.left_edge.idx and x["end"] == tok.head.idx + len(tok.head)),
                                 None)
                    if first is not None:
                        # "convicted both the three police officers and the doctor and sentenced them": one set
                        out.remove(first)
                        out.append({**first, "members": [first, m], "plural": True})
                        continue
                    out.append(m)
    out.sort(key=lambda m: m["start"])
    return [m for m in _enumerated_sets(doc, out) if m["start"] < end]


def _enumerated_sets(doc: Doc, out: list[Mention]) -> list[Mention]:
    """"charged a soldier, Corporal A, and three civilians, B, C, and D, … They were remanded": a name and
    a counted group followed by exactly that many names are one set of the name and those names."""
    for pair in [m for m in out if len(m.get("members") or []) == 2 and m["members"][0].get("name")]:
        group = pair["members"][1]
        if group.get("name") or not group.get("count"):
            continue
        listed = next((m for m in out if m.get("name") and m["start"] >= group["end"]
                       and _doc_text(doc)[group["end"]:m["start"]].strip() in {"", ",", ":", "(", "–", "—"}),
                      None)
        names = (listed.get("members") or [listed]) if listed is not None else []
        if len(names) == group["count"] and all(n.get("name") for n in names):
            out = [m for m in out if m is not listed and m is not pair] + [
                {**pair, "members": [pair["members"][0], *names]}]
    out.sort(key=lambda m: m["start"])
    return out


def _sentence_names(doc: Doc, sent) -> list[Mention]:
    """The names of a sentence that can be antecedents: arguments, and persons named after a
    preposition, never the teller of "According to X, he …". Once per sentence and Doc: every
    reference of the paragraph asks for them."""
    def compute() -> list[Mention]:
        sources = _source_ranges(doc)
        arguments = {n["start"] for n in named_mentions(sent, allow_possessive=True)}
        return [n for n in named_mentions(sent, allow_possessive=True, keep_modifiers=True)
                if not _in_any(n["start"], sources) and (n["start"] in arguments or _prepositional_person(doc, n))]

    return _memo(doc, f"sentence_names:{sent.start}:{sent.end}", compute)


def _gender_of(doc: Doc, mention: Mention) -> str | None:
    """"female" or "male" when the document marks the person: a gendered head noun ("a Haratine student …
    she", "his wife"), an honorific before the name, or the first personal pronoun after the name in its
    sentence before any other person is named; else None."""
    g = grammar()
    words = (mention.get("description") or "").lower().split()
    if words and words[-1] in g["female_words"]:
        return "female"
    if words and words[-1] in g["male_words"]:
        return "male"
    if not mention.get("name"):
        return None
    span = doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
    if span is None:
        return None
    before = doc[span.start - 1].lower_.rstrip(".") if span.start > 0 else ""
    if before in {"mrs", "ms", "madam", "madame"}:
        return "female"
    if before in {"mr", "monsieur"}:
        return "male"
    for tok in doc[span.end:span.sent.end]:
        if tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN":
            return None  # another person is named first
        if tok.lower_ in FEMALE_PRONOUNS:
            return "female"
        if tok.lower_ in MALE_PRONOUNS:
            return "male"
    return None


def _qualifies_a_noun(doc: Doc, mention: Mention) -> bool:
    """A name that only qualifies the noun after it ("another Dalfa-Umurinzi member")."""
    span = doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ in {"compound", "nmod", "amod"} and root.head.pos_ == "NOUN" and root.head.i >= span.end


def _in_any(offset: int, ranges: list[tuple[int, int]]) -> bool:
    """Whether a character offset falls inside one of ``ranges``."""
    return any(a <= offset < b for a, b in ranges)


def _prepositional_person(doc: Doc, mention: Mention) -> bool:
    """"filed a libel suit against A and B … they were found guilty": a person named after a
    preposition is no event's subject, but is someone "they" can refer back to."""
    span = doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
    return span is not None and mention["kind"] == "person" and span.root.dep_ == "pobj" \
        and not is_organization(mention) and not is_facility(mention)


def _acts_on(doc: Doc, mention: Mention, pronoun: str) -> bool:
    """Whether a mention is the subject of a verb whose object is a pronoun of the same person as the one
    being resolved ("X … took him away", then "He was held"): the doer is someone else than "he"."""
    span = doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
    if span is None:
        return False
    tok = first_conjunct(span.root)
    if tok.dep_ != "nsubj":
        return False
    objects = {"him"} if pronoun in MALE_PRONOUNS else {"her"} if pronoun in FEMALE_PRONOUNS else set()
    verbs = [tok.head]
    while verbs[-1].dep_ in {"advcl", "conj"} and verbs[-1].head != verbs[-1]:
        verbs.append(verbs[-1].head)  # ("… entered his home, took laptops, and took him away" parsed around "took")
    verbs += [c for v in list(verbs) for c in v.conjuncts]
    return any(c.dep_ == "dobj" and c.lower_ in objects for v in verbs for c in v.children)


def _own_relative(doc: Doc, mention: Mention) -> bool:
    """Whether a name is told as a relative of "his"/"her" ("his sister Areej"): never that "he" himself."""
    words = _doc_text(doc)[max(0, mention["start"] - 40):mention["start"]].replace(",", " ").split()[-2:]
    return len(words) == 2 and words[0].lower() in {"his", "her"} and words[1].lower() in grammar()["kin_nouns"]


def _conjoined(doc: Doc, first: Mention, second: Mention) -> bool:
    """Whether the parser coordinates two names across an apposition: "A, editor-in-chief of the daily
    X, and columnist B" (the second name's head is a conjunct of the first's)."""
    a = doc.char_span(first["start"], first["end"], alignment_mode="expand")
    b = doc.char_span(second["start"], second["end"], alignment_mode="expand")
    if a is None or b is None:
        return False
    root = b.root
    head = root.head.head if root.head.dep_ == "appos" else root.head  # (or of the first's apposition)
    return root.dep_ == "conj" and a.start <= head.i < a.end and any(
        t.lower_ == "and" for t in doc[a.end:b.start])


def _gap(doc: Doc, start: int, end: int) -> str:
    """The words between two mentions that matter for coordination: without parentheses, commas,
    and role words ("(ILI) and" → "and"; ", managing editor" → ""; ", and editor in chief" → "and")."""
    g = grammar()
    ignorable = g["titles"] | g["person_words"] | g["kin_nouns"] | {"managing", "chief", "in", "his", "her", "their", "the",
                                                                   "a", "an"}
    text = re.sub(r"\([^)]*\)|[,()]", " ", _doc_text(doc)[start:end])
    raw = text.split()
    for k in range(len(raw) - 1, 0, -1):
        # ("A and Deputy Minister of Foreign Affairs and Diaspora B": the second name's office and portfolio)
        if raw[k] == "of" and raw[k - 1].lower() in g["title_heads"] and all(
                w[:1].isupper() or w in {"and", "&"} for w in raw[k + 1:]):
            raw = raw[:k]
            break
    words = [w for w in raw if w.lower() not in ignorable]
    return " ".join(words)


def _teller(doc: Doc, mention: Mention) -> bool:
    """Whether a name is the object of "according to"."""
    span = doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according"


def _in_subordinate_clause(doc: Doc, mention: Mention) -> bool:
    """Whether a mention belongs to an adverbial or relative clause ("after his father was persecuted")."""
    span = doc.char_span(mention["start"], mention["start"] + 1, alignment_mode="expand")
    if span is None:
        return False
    tok = span[0]
    for _ in range(12):
        if tok.dep_ in {"advcl", "relcl", "acl"}:
            return True
        if tok.head == tok:
            return False
        tok = tok.head
    return False


def _role(doc: Doc, offset: int) -> int:
    """0 for a clause subject (or its possessor/apposition), 1 for an object, 2 otherwise."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None:
        return 2
    tok = span[0]
    while tok.dep_ in {"compound", "flat"} and tok.head != tok:
        tok = tok.head
    for _ in range(4):
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in grammar()["person_words"]:
            tok = tok.head.head  # "former prefect of Kibuye Clement Kayishema": the name is the prefect
            continue
        if tok.dep_ in {"nsubj", "nsubjpass"}:
            return 0
        if tok.dep_ in {"dobj", "dative"}:
            # ("an article criticizing a government minister": the object of a clause inside a noun phrase)
            return 2 if tok.head.dep_ == "acl" and tok.head.head.pos_ in {"NOUN", "PROPN"} else 1
        if tok.dep_ == "conj" and tok.head.pos_ == "VERB" and tok.pos_ in {"NOUN", "PROPN"}:
            return 1  # "arrested, tried, and convicted journalist X": the verbs' object, parsed as one of them
        if tok.dep_ in {"poss", "appos", "conj"} and tok.head != tok:
            tok = tok.head
            continue
        break
    return 2


# --------------------------------------------------------------------------- bodies

def _resolve_bodies(doc: Doc, events: list[Event]) -> None:
    """"the commission ruled" → the body the document named before with that head word."""
    from hrextract.normalize.bodies import body_code, is_abbreviation, spelled_out_names

    from hrextract.components.events import _longest, _part_of_another_name

    body_spans = _longest([s for s in doc.spans[SPANS_KEY] if s.label_ == "BODY" and not _part_of_another_name(s)]) \
        if SPANS_KEY in doc.spans else []  # the same bodies the findings were read from, the longest reading of each
    for ev in events:
        if ev["record_type"] != "treaty_body_finding":
            continue
        fixed = []
        for body in ev["bodies"]:
            if body.get("code"):
                fixed.append(_fullest_body(body, body_spans))
                continue
            head = body.get("generic", "")
            if head in grammar()["finding_nouns"]:
                # "The report also expressed concern": the report of the body last named in the paragraph
                para = _paragraph_start(_doc_text(doc), body["start"])
                prior = [s for s in body_spans if para <= s.start_char and s.end_char <= body["start"]
                         and s.root.dep_ != "pobj"]  # an author, not "standards set by the ECtHR"
            else:
                # ("The court ruled …": the body of that name told last, if no other court, a national one,
                # was named after it)
                # (also a body named by its abbreviation: "the ECtHR ruled … the court ruled")
                prior = [s for s in body_spans if s.end_char <= body["start"] and (
                    head in s.text.lower()
                    or is_abbreviation(s.text) and any(head in name.split() for name in spelled_out_names(s.id_)))]
                courts = [s for s in doc.spans.get(SPANS_KEY, []) if s.label_ == "COURT" and head in s.text.lower()
                          and prior and prior[-1].end_char < s.start_char and s.end_char <= body["start"]
                          and not any(b.start <= s.start < b.end or s.start <= b.start < s.end for b in body_spans)]
                if courts:
                    prior = []
            if prior:
                best = prior[-1]
                fixed.append({"text": best.text, "code": best.id_ or body_code(best.text), "start": body["start"],
                              "end": body["end"], "referred": True})  # (named before, referred to here)
        ev["bodies"] = fixed


def _fullest_body(body: dict[str, Any], spans: list[Any]) -> dict[str, Any]:
    """"The Special Rapporteur" → "the UN Special Rapporteur on the rights of ..." named earlier."""
    same = [s for s in spans if s.id_ == body["code"] and s.end_char <= body["start"]
            and body["text"].lower().replace("the ", "") in s.text.lower() and len(s.text) > len(body["text"])]
    if same:
        return {**body, "text": same[-1].text}
    return body



# --------------------------------------------------------------------------- dates

FAMILY_TRIGGERS = {"judicial": {"TRIG_SENTENCE", "TRIG_FINE", "JUDICIAL"}, "detention": {"TRIG_DETENTION"},
                   "finding": {"TRIG_FINDING", "BODY"}}


def _carry_dates(doc: Doc, events: list[Event]) -> None:
    """Date an undated event from the nearest earlier sentence of its paragraph that dates the same kind of act."""
    from hrextract.components.events import _part_of_another_name, _statistics_sentence, _trigger_token

    spans = list(doc.spans[SPANS_KEY]) if SPANS_KEY in doc.spans else []
    sentences = _doc_sents(doc)
    detentions = sorted(((e["evidence"]["start"], i) for i, e in enumerate(events) if e["record_type"] == "detention"))
    for ev in events:
        if ev.get("date_text") or ev.get("again") or ev.get("reduced_relative") or ev.get("in_passing") or \
                ev.get("later") or \
                ev.get("continuing") and ev["record_type"] == "detention":
            continue  # ("she was rearrested outside the jail": a new act, not the one dated before; "he remained
            # under house arrest": a state whose start the earlier date does not give)
        start = ev["evidence"]["start"]
        para_start = _paragraph_start(_doc_text(doc), start)
        labels = FAMILY_TRIGGERS.get(ev.get("family", ""), set())
        told_before = _anaphoric_date(doc, sentences, para_start, start, ev)
        if told_before is not None:
            ev.update({"date_text": told_before, "date_carried": True,
                       "confidence": min(ev.get("confidence", 0.85), 0.75)})
            continue
        for sent in reversed([s for s in sentences if para_start <= s.start_char and s.end_char <= start + 1]):
            if sent.start_char >= start:
                continue
            triggers = [s for s in _spans_in(sent) if s.label_ in labels
                        and not (s.label_ == "BODY" and _part_of_another_name(s))]
            if ev.get("family") == "finding":
                codes = {b.get("code") for b in ev.get("bodies", [])}
                triggers = [s for s in triggers if s.label_ != "BODY" or s.id_ in codes]
                if not any(s.label_ == "BODY" for s in triggers):
                    continue
            if not triggers:
                continue
            if _statistics_sentence(sent):
                continue  # a tally ("Of the 877 cases judged this year, …") dates no act
            if ev["record_type"] == "detention" and (ev["detention_type"] == "transfer" or not (
                    ev.get("members_of_earlier") or _shares_subject(ev, events, detentions, sent))):
                # a transfer is an act of its own, later than the arrest told before; "released A on
                # February 27 … B claimed he had been detained" dates another person's act
                continue
            dates = _date_spans(sent)
            if not dates:
                continue
            best = None
            for trig in triggers:
                d = _event_date(_trigger_token(trig), dates)
                if d is not None and (best is None or d.start > best.start):
                    best = d
            if best is None:
                continue
            ev["date_text"] = date_text(best)
            ev["date_start"] = best.start_char
            ev["date_carried"] = True
            ev["confidence"] = min(ev.get("confidence", 0.85), 0.75)
            if ev["record_type"] == "sentence" and not ev.get("court"):
                courts = [s for s in spans if s.label_ == "COURT" and sent.start <= s.start < sent.end]
                if courts:
                    text = courts[0].text
                    ev["court"] = re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.I)
            break
        else:
            scene = _scene_date(sentences, para_start, start) if ev["record_type"] == "detention" and \
                ev.get("detention_type") == "arrest" else None
            if scene is not None:
                ev.update({"date_text": date_text(scene), "date_start": scene.start_char, "date_carried": True,
                           "confidence": min(ev.get("confidence", 0.85), 0.75)})


def _anaphoric_date(doc: Doc, sentences: list[Span], para_start: int, start: int, ev: Event) -> str | None:
    """"In January, X was killed … . Three soldiers were arrested later that month": the date told last
    before the sentence, to the precision the phrase keeps ("that month": its month and year)."""
    evidence = _doc_text(doc)[ev["evidence"]["start"]:ev["evidence"]["end"]].lower()
    precision = next((p for p in ("month", "day") for phrase in grammar()[f"anaphoric_{p}_phrases"]
                      if re.search(r"\b%s\b" % re.escape(phrase), evidence)), None)
    if precision is None:
        return None
    before = [d for s in sentences if para_start <= s.start_char and s.end_char <= start + 1 and s.start_char < start
              for d in _date_spans(s)]
    if not before:
        return None
    last = before[-1]
    if precision == "day":
        return date_text(last)
    months = [t.text for t in last if t.lower_ in grammar()["months"]]
    years = [t.text for t in last if t.shape_ == "dddd"]
    return " ".join(months[-1:] + years[-1:]) or None


def _scene_date(sentences: list[Span], para_start: int, start: int) -> Span | None:
    """"On October 30, police responded to a conflict … . Police placed the resident in …": the date a
    paragraph opens with sets the scene of the arrest it goes on to tell, when it is the paragraph's only date."""
    before = [s for s in sentences if para_start <= s.start_char and s.end_char <= start + 1]
    if not before or before[0].start_char != para_start:
        return None
    dates = [d for s in before for d in _date_spans(s)]
    first = dates[0] if len(dates) == 1 else None
    if first is None or first.start_char - para_start > 3 or not any(t.lower_ in grammar()["months"] for t in first):
        return None
    if any(sp.label_ in {"TRIG_SENTENCE", "TRIG_FINE", "JUDICIAL", "TRIG_DETENTION"} for sp in _spans_in(before[0])):
        return None  # ("On April 2, a court sentenced X …": the date of that act, not a scene)
    return first


def _shares_subject(ev: Event, events: list[Event], detentions: list[tuple[int, int]], sent) -> bool:
    """Whether the detentions told in ``sent`` may be of ``ev``'s subjects: one shares a subject, or one
    is of an unnamed set ("arrested journalists … The detained journalists included: A, B"); False
    only when every one is of other named persons. ``detentions``: (evidence start, index) of the
    detention events, sorted."""
    keys = {_subject_key(s) for s in ev["subjects"]}
    lo = bisect.bisect_left(detentions, (sent.start_char, -1))
    hi = bisect.bisect_left(detentions, (sent.end_char, -1))
    told = [events[i] for _, i in detentions[lo:hi] if events[i] is not ev]
    described = {s.get("description") for s in ev["subjects"]}

    def unnamed_set(s: dict[str, Any]) -> bool:
        # (but "a man died in police custody in July … a local police agent was under arrest": two persons)
        return not s.get("name") and not (s.get("kind") == "person" and s.get("count") == 1
                                           and s.get("description") and s.get("description") not in described)
    return any(keys & {_subject_key(s) for s in o["subjects"]} or any(unnamed_set(s) for s in o["subjects"])
               for o in told)


CHARGE_FRAMES = {"charge": {"with"}, "convict": {"of"}, "accuse": {"of"}, "guilty": {"of"}, "prosecute": {"for"},
                 "try": {"for"}, "indict": {"for", "on"}}
CHARGE_NOUNS = {"charges", "charge", "complaint", "accusation", "accusations", "allegations"}


def _charge_statements(sent) -> list[tuple[str | None, str]]:
    """(subject as written or None for a pronoun, offence) pairs a sentence states:
    "He was charged with X", "X was convicted of Y", "on charges of Y", "a complaint of Y"."""
    from hrextract.components.events import _charge_phrases
    from hrextract.components.syntax import _prep_object, _subject_source

    out: list[tuple[str | None, str]] = []
    for tok in sent:
        key = tok.lemma_ if tok.pos_ in {"VERB", "ADJ"} else None
        if tok.lower_ == "guilty":
            key = "guilty"
        if key in CHARGE_FRAMES:
            inner, _ = _prep_object(tok, CHARGE_FRAMES[key])
            if inner is None:
                continue
            verb = tok if tok.pos_ == "VERB" else tok.head
            head, _ = _subject_source(verb)
            who = None if head is None or head.pos_ == "PRON" else clean_name(
                " ".join(t.text for t in head.subtree if t.pos_ == "PROPN")) or "?"
            out.extend((who, phrase) for phrase in _charge_phrases(inner))
        elif tok.lower_ in CHARGE_NOUNS:
            inner, _ = _prep_object(tok, {"of"})
            if inner is not None:
                out.extend((None, phrase) for phrase in _charge_phrases(inner))
    return out


def _carry_charges(doc: Doc, events: list[Event]) -> None:
    """Charges stated earlier in the paragraph about the same person, for a sentence or fine with none."""
    sentences = _doc_sents(doc)
    statements: dict[int, list[tuple[str | None, str]]] = {}  # per sentence start: computed once
    for ev in events:
        if ev["record_type"] not in {"sentence", "fine"}:
            continue
        if (ev["record_type"] == "sentence" and ev.get("charges")) or (ev["record_type"] == "fine" and ev.get("reason")):
            continue
        names = {(s.get("name") or "").lower() for s in ev["subjects"]}
        start = ev["evidence"]["start"]
        para_start = _paragraph_start(_doc_text(doc), start)
        for sent in reversed([s for s in sentences if para_start <= s.start_char < start]):
            if sent.start not in statements:
                statements[sent.start] = _charge_statements(sent)
            found = [charge for who, charge in statements[sent.start]
                     if who is None or who == "?" or any(n and (who.lower() in n or n in who.lower()) for n in names)]
            if found:
                if ev["record_type"] == "sentence":
                    ev["charges"] = found
                else:
                    ev["reason"] = found[0]
                break


# --------------------------------------------------------------------------- told twice

def _inherit_penalties(events: list[Event]) -> list[Event]:
    """Give an upheld sentence told without its penalty ("both sentences were upheld") the penalties
    its subjects received in the nearest earlier sentence event of the paragraph; a subject with no
    such sentence is dropped, and so is the event when none is left."""
    out: list[Event] = []
    for idx, ev in enumerate(events):
        if not ev.get("inherit_penalties"):
            out.append(ev)
            continue
        earlier = [e for e in events[:idx] if e["record_type"] == "sentence" and not e.get("inherit_penalties")
                   and e.get("paragraph") == ev.get("paragraph")]
        subjects, penalties = [], []
        if not ev["subjects"] and earlier:
            # "A was sentenced to 15 years and B to 10; both sentences were upheld": the sentences
            # just told, when their number fits
            source = earlier[-1]
            if (len(source["subjects"]) > 1) == (ev["inherit_penalties"] == "plural"):
                subjects, penalties = list(source["subjects"]), [dict(p) for p in source["penalties"]]
        for subject in ev["subjects"]:
            key = _subject_key(subject)
            for source in reversed(earlier):
                at = next((i for i, s in enumerate(source["subjects"]) if _subject_key(s) == key), None)
                if at is None:
                    continue
                own = [p for p in source["penalties"] if "only" not in p or at in p["only"]]
                if own:
                    penalties += [{**p, "only": [len(subjects)]} for p in own]
                    subjects.append(subject)
                break
        if subjects:
            ev["subjects"], ev["penalties"] = subjects, penalties
            ev["confidence"] = min(ev.get("confidence", 0.85), 0.75)
            out.append(ev)
    return out


def _subject_key(s: Mention) -> str:
    if s.get("name"):
        return "n:" + s["name"].lower()
    return f"g:{s.get('count')}:{(s.get('description') or '').lower()}"


def _detail(ev: Event) -> float:
    """How much a telling of an event states: filled arguments, subjects named in full, length."""
    filled = 0
    filled += sum(1 for s in ev["subjects"] if s.get("name") and s.get("as_written") == s.get("name"))
    for key in ("date_text", "court", "location", "authority", "reason", "amount_text"):
        filled += bool(ev.get(key))
    filled += 0.5 * bool(ev.get("date_text") and not ev.get("date_carried"))  # the telling that dates it itself
    filled += bool(ev.get("charges")) + bool(ev.get("money"))
    for p in ev.get("penalties", []):
        filled += bool(p.get("durations"))
    return filled + (ev["evidence"]["end"] - ev["evidence"]["start"]) / 1000


def _same_event(a: Event, b: Event) -> bool:
    if a["record_type"] != b["record_type"] or a["record_type"] == "treaty_body_finding":
        return False
    if a["evidence"] == b["evidence"] and a["record_type"] != "detention":
        return False  # two sentences or fines of one person in one sentence are two records; a detention
                      # told twice in one sentence ("detained X …; he was detained for a week") is one
    keys_a = {_subject_key(s) for s in a["subjects"] if s.get("name")}
    keys_b = {_subject_key(s) for s in b["subjects"] if s.get("name")}
    if a["evidence"] == b["evidence"] and not keys_a and not keys_b:
        # "police arrested 4,000 persons, detained them for questioning": one group, told twice in a sentence
        keys_a = {_subject_key(s) for s in a["subjects"] if s.get("count")}
        keys_b = {_subject_key(s) for s in b["subjects"] if s.get("count")}
    if not keys_a or keys_a != keys_b:
        return False
    if a.get("date_text") and b.get("date_text") and a["date_text"] != b["date_text"] and not (
            a["date_text"].lower() in b["date_text"].lower() or b["date_text"].lower() in a["date_text"].lower()):
        return False  # ("May" and "May 3" can be one date told twice)
    if a.get("again") or b.get("again"):
        return False  # "arrested again": a new event
    if a.get("repeated") or b.get("repeated"):
        return False  # "arrested twice in 2010 … In March 2010 gendarmes arrested X": the summary of several
    if a["record_type"] == "detention":
        return a["detention_type"] == b["detention_type"] and a["detention_type"] != "transfer"
    if a["record_type"] == "sentence":
        return [p["penalty"] for p in a["penalties"]] == [p["penalty"] for p in b["penalties"]] and \
            a.get("decision") == b.get("decision")  # "sentenced X to 2 years … His sentence was upheld": two records
    return not (a.get("money") and b.get("money") and _first_amount(a) != _first_amount(b))  # a fine and its reduction


def _first_amount(ev: Event) -> str:
    """The first figure of a fine's amount phrase ("500,000 dinars ($7,370)" → "500000")."""
    found = re.search(r"\d[\d,.]*", ev["money"][0])
    return found.group().replace(",", "") if found else ev["money"][0].lower()


def _retold_part(earlier: Event, ev: Event) -> bool:
    """"Police arrested A, B and C … B claimed that he had been detained": a later detention of
    some of the persons of an earlier one in the paragraph, with no date of its own, retells it."""
    if ev["record_type"] != "detention" or earlier["record_type"] != "detention" or ev.get("again"):
        return False
    if ev["paragraph"] != earlier["paragraph"] or ev["evidence"] == earlier["evidence"] or (
            ev.get("date_text") and not ev.get("date_carried") and not ev.get("behind_release")):
        return False
    if ev["detention_type"] != earlier["detention_type"] and not ev.get("behind_release") \
            and not earlier.get("while_custody"):
        return False  # ("kept in Pademba Road Prison … released after being detained for two years": one detention;
        # "88 members … were beaten while in custody. The tribal members were arrested …": the arrest tells it)
    keys = {_subject_key(s) for s in ev["subjects"]}
    if keys and all(s.get("via") == "resolved" for s in ev["subjects"]) and \
            keys <= {_subject_key(s) for s in earlier["subjects"]}:
        return True  # "arrested six party activists. … the six individuals were arrested after …"
    earlier_keys = {_subject_key(s) for s in earlier["subjects"] if s.get("name")}
    return bool(keys) and all(s.get("name") for s in ev["subjects"]) and keys < earlier_keys


def _unstated_penalty(ev: Event) -> bool:
    return ev["record_type"] == "sentence" and all(p["penalty"] == "other" and not p.get("durations")
                                                   for p in ev["penalties"])


def _summary_of(summary: Event, detailed: Event) -> bool:
    """"… were sentenced. On January 11, they were given sentences ranging from 23 years to life": a
    sentencing told first without its penalty, then with it, in one paragraph, is one event."""
    if not _unstated_penalty(summary) or detailed["record_type"] != "sentence" or _unstated_penalty(detailed):
        return False
    if summary["paragraph"] != detailed["paragraph"] or summary["evidence"] == detailed["evidence"]:
        return False
    keys = {_subject_key(s) for s in summary["subjects"]}
    return bool(keys & {_subject_key(s) for s in detailed["subjects"]})


def _merge_retold(events: list[Event]) -> list[Event]:
    out: list[Event] = []
    # "X, a detainee held without charge for twelve months, … died while in detention": the custody the
    # sentence told already, not another
    events = [ev for ev in events if not (ev.get("while_custody") and any(
        o is not ev and o["record_type"] == "detention" and o["evidence"] == ev["evidence"]
        and not o.get("while_custody") for o in events))]
    summaries = [ev for ev in events if _unstated_penalty(ev)]  # few: test only these against the others
    dropped = [ev for ev in summaries if any(_summary_of(ev, o) for o in events if o is not ev)]
    events = [ev for ev in events if not any(ev is d for d in dropped)]
    for ev in events:
        retold = next((o for o in out if _retold_part(o, ev)), None)
        if retold is not None and retold.get("while_custody") and ev["detention_type"] != "custody":
            out[out.index(retold)] = ev  # the arrest, not the custody a beating was told in
            continue
        if retold is not None and not (retold.get("ordered") and not ev.get("ordered")):
            continue
        twin = retold if retold is not None else next((o for o in out if _same_event(o, ev)), None)
        if twin is None:
            out.append(ev)
            continue
        if bool(ev.get("ordered")) != bool(twin.get("ordered")) and not (twin if ev.get("ordered") else ev).get(
                "continuing"):
            keep, other = (twin, ev) if ev.get("ordered") else (ev, twin)  # the arrest, not its order (but not
            # "she remained in detention" either: the order is what put her there)
        else:
            keep, other = (ev, twin) if _detail(ev) > _detail(twin) else (twin, ev)
        for key in ("court", "location", "authority", "reason", "date_text", "date_start", "amount_text"):
            if key.startswith("date") and keep.get("in_passing") and other.get("date_carried"):
                continue  # a date carried to the retelling is not the date of the arrest named in passing
            if not keep.get(key) and other.get(key):
                keep[key] = other[key]
        if keep.get("date_text") and other.get("date_text") and len(other["date_text"]) > len(keep["date_text"]) \
                and keep["date_text"].lower() in other["date_text"].lower():
            keep["date_text"], keep["date_start"] = other["date_text"], other.get("date_start")  # "May 3", not "May"
        if keep["record_type"] == "sentence" and not keep.get("charges"):
            keep["charges"] = other.get("charges", [])
        out[out.index(twin)] = keep
    return out


def _one_penalty_each(ev: Event) -> Event:
    """"two men … were convicted; they received sentences of 10 and 12 years": as many different terms or
    penalties in a plural "sentences" as the group counts are one each, one person each."""
    subjects, penalties = ev["subjects"], ev.get("penalties") or []
    if ev["record_type"] != "sentence" or len(subjects) != 1 or subjects[0].get("name") \
            or not (ev.get("trigger_text") or "").lower().startswith(("sentences", "terms")):
        return ev
    count = subjects[0].get("count") or 0
    one = {**subjects[0], "count": 1, "kind": "person"}
    terms = normalize_durations(penalties[0]["durations"][0]) if len(penalties) == 1 and penalties[0]["durations"] \
        else []
    if count >= 2 and len(terms) == count and len(set(terms)) == count:
        # "they received sentences of 10 and 12 years": one term each
        return {**ev, "subjects": [dict(one) for _ in terms], "respectively": True}
    if count != len(penalties) or len(penalties) < 2 \
            or len({(p["penalty"], tuple(p["durations"])) for p in penalties}) != len(penalties):
        return ev
    return {**ev, "subjects": [dict(one) for _ in penalties],
            "penalties": [{**p, "only": [i]} for i, p in enumerate(penalties)]}


def _merge_retold_findings(events: list[Event], text: str) -> list[Event]:
    """"On July 6, the ECtHR criticized the country for … . The court found … violated …", "CAT issued a
    decision on a complaint … . In its decision, the committee considered … a violation …": a finding told
    on in the next sentences of its paragraph by the same body, referred to ("the court", "the committee")
    and with no date of its own, is one finding (the contract: an event told twice is one record, its
    evidence the sentence with the most detail: the one that says what was found, else the first)."""
    out: list[Event] = []
    for ev in events:
        prev = next((o for o in reversed(out) if o["record_type"] == "treaty_body_finding"), None)
        if prev is not None and ev["record_type"] == "treaty_body_finding" and _tells_on(prev, ev, text, out):
            if prev.get("finding_type") == ev.get("finding_type") == "violation":
                keep = max((prev, ev), key=lambda e: e["evidence"]["end"] - e["evidence"]["start"])
            else:  # (the telling of the higher kind, which the merged finding is; on a tie, the first)
                keep = min((prev, ev), key=lambda e: PRIORITY[e.get("finding_type") or "other"])
            merged = {**keep, "subjects": keep["subjects"] or prev["subjects"] or ev["subjects"],
                      "rights": keep.get("rights") or prev.get("rights") or ev.get("rights")}
            for key in ("date_text", "date_start"):  # the first telling's date
                if key in prev:
                    merged[key] = prev[key]
            out[next(i for i, o in enumerate(out) if o is prev)] = merged
            continue
        out.append(ev)
    return out


def _tells_on(prev: Event, ev: Event, text: str, told: list[Event]) -> bool:
    """Whether finding `ev` tells more of the finding `prev` told just before it (see _merge_retold_findings)."""
    if not (body_keys(ev) and body_keys(ev) == body_keys(prev) and ev.get("paragraph") == prev.get("paragraph")):
        return False
    if any(o is not prev and o["evidence"]["start"] > prev["evidence"]["start"] for o in told):
        return False  # another event told between them
    kinds = {prev.get("finding_type"), ev.get("finding_type")}
    if not (len(kinds) == 1 or "other" in kinds or kinds <= {"violation", "concern"}):
        return False  # "expressed concern … . It recommended …": a concern and a recommendation are two
    if _tells_a_case(prev, text) and _tells_a_case(ev, text):
        return False  # ("In one of the cases, … In the second case, …": findings told case by case)
    if len(kinds) == 1 and kinds <= {"concern", "recommendation"} and "also" in _evidence_words(ev, text):
        return False  # "The report also expressed concern about the terrorism law": another concern
    adjacent = ev["evidence"]["start"] == prev["evidence"]["end"] + 1
    if adjacent and ev.get("date_carried") and "violation" in kinds and kinds <= {"violation", "concern", "other"}:
        return True  # ("… criticized the country for … . The court found … violated …")
    return bool(not ev.get("date_text") or ev.get("date_carried")) and all(b.get("referred") for b in ev["bodies"])


def _tells_a_case(ev: Event, text: str) -> bool:
    """Whether the record's evidence sentence speaks of a case ("In the second case, the ECtHR found …")."""
    return bool(_evidence_words(ev, text) & {"case", "cases"})


def _evidence_words(ev: Event, text: str) -> set[str]:
    """The lower-cased words of a record's evidence sentence."""
    return set(re.findall(r"[a-z]+", text[ev["evidence"]["start"]:ev["evidence"]["end"]].lower()))


def _drop_added_statements(events: list[Event]) -> list[Event]:
    """"The report noted … . The report also highlighted …": what a body "also" said in the paragraph of
    its finding is more of that finding, not another; a tally of cases told one by one after it is none;
    and "the Commission found the ruling constituted … and
    determined …", once "the ruling" is read as the Commission, is one finding."""
    findings = [ev for ev in events if ev["record_type"] == "treaty_body_finding"]
    kept: list[Event] = []
    for ev in events:
        if ev["record_type"] == "treaty_body_finding" and any(
                o is not ev and body_keys(o) and body_keys(o) == body_keys(ev) and (
                    ev.get("added") and o["evidence"]["start"] < ev["evidence"]["start"]
                    and o.get("paragraph") == ev.get("paragraph")
                    # ("ruled against the country in three cases. In two cases, the ECtHR ruled …": the tally
                    # of the findings told after it)
                    or ev.get("cases_counted") and o["evidence"]["start"] > ev["evidence"]["start"]
                    and o.get("paragraph") == ev.get("paragraph")
                    or o["evidence"]["start"] == ev["evidence"]["start"] and any(k is o for k in kept))
                for o in findings):
            continue
        kept.append(ev)
    return kept


def _drop_told_elsewhere(events: list[Event]) -> list[Event]:
    """An arrest named in passing ("protesting the arrest of X") is a record only when the document
    tells no other detention of X, a sentence told through its serving ("X was serving five years") only
    when it tells no other sentence of X: otherwise they refer to those."""
    def names(ev: Event) -> set[str]:
        return {_subject_key(s) for s in ev["subjects"] if s.get("name")}

    told = [{_subject_key(s) for s in ev["subjects"] if s.get("name") and s.get("via") == "name"}
            for ev in events if ev["record_type"] == "detention" and not ev.get("in_passing")]
    sentenced = [{_subject_key(s) for s in ev["subjects"] if s.get("name")}
                 for ev in events if ev["record_type"] == "sentence" and not ev.get("serving")]
    # (a later reference to the same persons, "the three journalists", retells the arrest named in passing)
    def told_among(ev: Event, pool: list[set[str]]) -> bool:
        mine = names(ev)
        return not mine or any(mine & other or any(is_fuller_form(a[2:], b[2:]) or is_fuller_form(b[2:], a[2:])
                                                   for a in mine for b in other) for other in pool)

    # "X was serving five years" only when the document tells X's sentence nowhere else
    return [ev for ev in events if not (ev.get("serving") and told_among(ev, sentenced)
                                        or ev.get("in_passing") and told_among(ev, told))]


def _head_noun(mention: Mention) -> str:
    """Last word of a group's description, singular ("eight students" -> "student")."""
    words = (mention.get("description") or "").lower().split()
    return words[-1].rstrip("s") if words else ""


def _drop_continuations(events: list[Event]) -> list[Event]:
    """"remained in custody" of someone already arrested in this document is not a new record."""
    arrested: set[str] = set()
    imprisoned: set[str] = set()
    groups: dict[tuple[int, str], int] = {}  # (paragraph, head noun) -> largest count of a group held there
    held_paragraphs: set[int | None] = set()  # paragraphs that told someone held already
    held_words: set[str] = set()  # the words of unnamed groups held already
    out: list[Event] = []
    for ev in events:
        if ev["record_type"] == "sentence" and any(p["penalty"] in {"imprisonment", "life_imprisonment", "labour"}
                                                   for p in ev.get("penalties", [])):
            imprisoned |= {_subject_key(s) for s in ev["subjects"] if s.get("name")}
        if ev["record_type"] == "detention" and ev.get("continuing") and ev["detention_type"] == "custody":
            keys = {_subject_key(s) for s in ev["subjects"] if s.get("name")}
            if keys and keys <= imprisoned | arrested:
                continue  # "X remained in prison at year's end" after X's prison sentence: the sentence's custody
        if ev["record_type"] == "detention":
            keys = {_subject_key(s) for s in ev["subjects"] if s.get("name") or s.get("via") == "resolved"
                    or ev["detention_type"] in {"arrest", "transfer"} and s.get("count")}
            # ("They remained under house arrest at year's end", after the coup's detention of them)
            held = ev["detention_type"] == "custody" or ev.get("continuing") and ev["detention_type"] == "house_arrest"
            if held and keys and all(
                    k in arrested or k.startswith("n:") and any(a.startswith("n:") and is_fuller_form(k[2:], a[2:])
                                                                for a in arrested)
                    or k.startswith("g:") and (k.split(":")[-1].split() or [""])[-1] in held_words  # its last word
                    for k in keys):
                continue  # "Nyamoya remained in custody" after "Francois Nyamoya was arrested" ("X and his family
                # remained under house arrest" after "detained X and members of his family")
            if ev["detention_type"] == "custody" and all(
                    s.get("ref") == "group" and (ev.get("paragraph") in held_paragraphs or s.get("definite")
                                                 or ev.get("continuing") or _head_noun({"description": s.get(
                                                     "written")}) in grammar()["held_person_nouns"])
                    or s.get("ref") != "group" and s.get("definite") or ev.get("continuing") and not s.get("name")
                    and (s.get("description") or "").lower() in grammar()["relational_nouns"] for s in ev["subjects"]):
                # ("21 were released …; twenty-eight others remained in detention": the rest of a set told before)
                continue  # "these detainees have been held incommunicado": told before (but "a boat carrying 168
                # men … After four days' detention, the men …", in a paragraph that told no one held before and
                # by a word that does not say they were held: a group first held here)
            held_paragraphs.add(ev.get("paragraph"))
            if (ev.get("continuing") or ev.get("at_year_end")) and ev["subjects"] and all(
                    not s.get("name") and s.get("count") and groups.get((ev["paragraph"], _head_noun(s)), 0) >= s["count"]
                    for s in ev["subjects"]):
                continue  # "police arrested 19 students … At year's end, eight students remained in custody" (or
                # "… seven members were in detention"): some of them
            for s in ev["subjects"]:
                if not s.get("name") and (s.get("count") or s.get("bounded")):
                    key = (ev["paragraph"], _head_noun(s))
                    groups[key] = max(groups.get(key, 0), s.get("count") or 10**9)  # ("more than 50": any number)
            arrested |= keys  # arrested, held or transferred: in custody from then on
            held_words.update(w for s in ev["subjects"] if not s.get("name")
                              for w in (s.get("description") or "").lower().split())
        out.append(ev)
    return out


@Language.factory(
    "hrextract_resolver",
    requires=["doc._.hrx_events"],
    assigns=["doc._.hrx_events"],
)
def make_resolver(nlp: Language, name: str) -> Resolver:
    """Document-level resolution of names, references, dates and retold events."""
    return Resolver(name)
