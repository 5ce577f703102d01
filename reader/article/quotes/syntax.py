"""Pass 3a, speakers from the dependency parse: the speech verb governing a quote, its subject.

A quotation is a piece of some clause. Walking up spaCy's dependency arcs from the quoted words
until they leave the quotation reaches the word that governs it: in "“We won,” said Rep. Gwen
Moore" and "Moore called the plan “a disaster”" that is the speech verb. Its subject is the
speaker — never the person inside the reported clause ("said Clinton was “justified”"), the one
addressed ("telling O'Reilly that …") or the one met ("in an interview with Blitzer"), because
those hang off other arcs. A verb without a subject of its own ("… and added", "adding that")
borrows the subject of the verb it is coordinated with; "who said" borrows the noun the relative
clause hangs on; "according to X" and passive "was quoted by X" name X through the preposition.

The subject token is then matched to the candidate phrases the cue pass already knows (named
actors, pronouns, anonymous sources, documents) so the same resolver turns it into a name.

This module never imports spaCy: it only walks the `Doc` handed in by `reader.article.parsed`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.article.actors import TITLES
from reader.article.actors.lexicon import is_job_title
from reader.article.quotes.cues import _Cand, _Context
from reader.article.quotes.lexicon import (
    CUE_LISTENERS,
    NAMING_VERBS,
    SPEECH_VERBS,
    SUBJECTLESS_DEPS,
    SYNTAX_ONLY_CUES,
)
from reader.article.quotes.marks import _Raw

if TYPE_CHECKING:  # pragma: no cover - typing only
    from spacy.tokens import Token

    from reader.article.parsed import Parsed

_SPEECH = frozenset(SPEECH_VERBS) | SYNTAX_ONLY_CUES
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
_RELATIVE = frozenset({"who", "that", "which", "whom"})
_MAX_CLIMB = 6
_NOT_SPEAKERS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})


@dataclass(slots=True)
class SyntaxCue:
    """A speech verb found by the parse, and the token that names who spoke."""

    verb: Token
    subject: Token
    cue: str
    distance: int  # characters between the quotation and the verb


def is_speech_verb(tok: Token) -> bool:
    """A word that reports speech: "said", "told", "described" (as a verb), "according"."""
    word = tok.lower_
    if word == "according":
        return any(c.lower_ == "to" for c in tok.children)
    if word not in _SPEECH or tok.pos_ not in ("VERB", "AUX"):
        return False
    if word in NAMING_VERBS and tok.tag_ in ("VBP", "VBZ"):
        # "what locals call the “old town”" names a habit; "Gerson calls Cruz “a chameleon”"
        # is a named person speaking
        subj = next((c for c in tok.children if c.dep_ in _SUBJECT_DEPS), None)
        if subj is None or subj.pos_ != "PROPN":
            return False
    # "Residents can comment", "he did not say": speech that did not happen is no attribution
    if any(c.tag_ == "MD" or c.dep_ == "neg" for c in tok.children):
        return False
    # "Asked what it would do, she grinned": a participle without a subject is said *to* someone
    return not (
        tok.tag_ == "VBN"
        and tok.dep_ in ("advcl", "acl")
        and not any(c.dep_ in _SUBJECT_DEPS for c in tok.children)
    )


def governor(parsed: Parsed, r: _Raw, limits: tuple[int, int]) -> Token | None:
    """The nearest speech verb reached by climbing the arcs out of the quotation.

    The climb starts at each quoted word whose head lies outside the quotation (the quotation's
    own root first) and stops after a few steps or on leaving `limits` (the quotation's
    paragraphs: the parser sometimes runs a sentence over a heading). When the quotation is the
    whole clause (its root is the sentence root), a speech verb hanging off that root ("“It is
    over,” he said" parsed as parataxis, "according to") governs it too.
    """
    toks = [t for s, e in r.pieces for t in parsed.tokens(s, e)]
    if not toks:
        return None
    inside = {t.i for t in toks}
    lo, hi = limits

    def within(t: Token) -> bool:
        return lo <= parsed.span(t)[0] < hi

    exits = [t for t in toks if (t.head.i not in inside or t.head.i == t.i) and t.dep_ != "punct"]
    exits.sort(key=lambda t: (t.head.i != t.i, len(list(t.ancestors))))
    for t in exits:
        if t.head.i == t.i:
            hit = _speech_child(t, inside)
            if hit is not None and within(hit):
                return hit
            continue
        v, came = t.head, t
        for _ in range(_MAX_CLIMB):
            if not within(v):
                break
            if (
                v.i not in inside
                and is_speech_verb(v)
                and not _second_complement(came)
                and not _reason_clause(came)
                and not _passive_without_agent(v)
            ):
                return v
            if v.head.i == v.i:
                # "According to X, the plan had “astonishing” results": the attribution
                # hangs on the root of the sentence the quotation sits in
                hit = _attribution_on_root(v, inside)
                if hit is not None:
                    return hit
                break
            v, came = v.head, v
    return _tag_sentence_after(parsed, r, within)


_REASON_MARKS = frozenset(
    {"because", "since", "although", "though", "while", "after", "before", "when", "if", "unless"}
)


# Participles of verbs whose passive subject is the one addressed (no lemmatizer is loaded).
_ADDRESSEE_VERBS = frozenset(
    {
        "told",
        "asked",
        "informed",
        "warned",
        "briefed",
        "notified",
        "advised",
        "reminded",
        "assured",
        "promised",
    }
)


def _second_complement(came: Token) -> bool:
    """ "X said her client denied any crime and that the money was used for “…”": a clause
    joined by "and that" is the outer verb's second complement, however the parser attached it
    to the first one's verb ("denied" speaks for no one here; "said" does)."""
    return came.dep_ == "conj" and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in came.children
    )


def _told_passive(verb: Token) -> bool:
    """ "the contractor had been asked to explain": the subject of a passive verb of telling
    is the one told."""
    return verb.lower_ in _ADDRESSEE_VERBS and _passive_without_agent(verb)


def _passive_without_agent(verb: Token) -> bool:
    """ "the ministry had been told of the bid", "the function had been written for road
    permits, where suffixes “carried no meaning”": the subject of a passive speech verb is the
    one told or the thing written, never the one speaking, so the climb goes on to who said it
    ("Two people … said the ministry …", "Côté wrote that the function …")."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) and not any(
        c.dep_ == "agent" for c in verb.children
    )


def _reason_clause(came: Token) -> bool:
    """Whether the climb reached its verb from an adverbial clause ("… had been declared
    persona non grata because Aurinth had “refused access”"): the verb does not report what
    that clause says, so the climb goes on to the one that does ("the ministry said …")."""
    return came.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in _REASON_MARKS for m in came.children
    )


def _attribution_on_root(root: Token, inside: set[int]) -> Token | None:
    """An attribution hanging on the root of the sentence a quotation sits in: "According to
    X, …", "As X has pointed out, that is the “textbook definition”", or a speech verb set in
    with its subject ("But, Carson added, he did not …")."""
    for c in root.children:
        if c.i in inside or not is_speech_verb(c):
            continue
        if c.lower_ == "according":
            return c
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children):
            return c
        if c.dep_ == "parataxis" and any(m.dep_ == "nsubj" for m in c.children):
            return c  # "But, Carson added, he did not back quarantines “willy-nilly”"
    return None


def _tag_sentence_after(parsed: Parsed, r: _Raw, within: Callable[[Token], bool]) -> Token | None:
    """ "“Let them vote!” state Del. Irma Cole shouted.": the parser ends the sentence at "!",
    and the tag after it is a sentence of its own whose root is a speech verb with nothing
    reported of its own."""
    doc, text = parsed.doc, parsed.text
    a = parsed.compact(r.close_at)
    while a < len(text) and text[a].isspace():
        a += 1
    span = doc.char_span(a, a + 1, alignment_mode="expand") if a < len(text) else None
    if span is None or not len(span):
        return None
    tok = span[0]
    if not within(tok):
        return None
    sent = tok.sent
    root = sent.root
    if sent.start != tok.i or root.i - sent.start > 8 or not is_speech_verb(root):
        return None
    if any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in root.children):
        return None
    return root


def _speech_child(root: Token, inside: set[int]) -> Token | None:
    for c in root.children:
        deps = ("parataxis", "prep", "advcl", "ccomp", "conj", "appos", "dep")
        if c.i not in inside and c.dep_ in deps and is_speech_verb(c):
            return c
    return None


def subject_of(verb: Token) -> Token | None:
    """Who performs `verb`: its subject, the agent of a passive, the object of "according to".

    A verb without a subject of its own borrows one: from the verb it is coordinated with or
    subordinate to ("said …, adding", "and added"), from the noun a relative clause describes
    ("Moore, who said").
    """
    if verb.lower_ == "according":
        to = next((c for c in verb.children if c.lower_ == "to"), None)
        return next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
    if (quoted := _quoted_as_saying(verb)) is not None:
        return quoted
    # "Saturday at the convention Sen. X said": a date parsed as the subject is no speaker
    subjects = [
        c for c in verb.children if c.dep_ in _SUBJECT_DEPS and c.ent_type_ not in _NOT_SPEAKERS
    ]
    if verb.dep_ == "relcl" and (not subjects or subjects[0].lower_ in _RELATIVE):
        return _relative_antecedent(verb.head)
    for c in verb.children:
        if c.dep_ == "agent":
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    if subjects:
        # two subjects when the parse splits "Sgt Ann Lee of the force's roads unit said": a
        # person's name, else any name, before a common noun; "The plan, said the minister,
        # was …": the one after the verb set in between commas, not the sentence's topic
        subj = min(
            subjects,
            key=lambda s: (
                s.ent_type_ != "PERSON",
                s.pos_ != "PROPN",
                s.i < verb.i,
                abs(s.i - verb.i),
            ),
        )
        return _unless_object_of_preposition(subj)
    if any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return _person_before(verb)
    # "“Go back,” Trump barked" parsed with "Trump" as a compound of the verb
    named = [c for c in verb.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if named:
        return named[-1]
    if verb.dep_ in SUBJECTLESS_DEPS and verb.head.i != verb.i:
        return _borrowed_subject(verb)
    return None


def _relative_antecedent(head: Token) -> Token:
    """What "which said" describes. Not a place the parser hung it on when that place only
    says where the noun before it is ("the Institute of Oral Traditions, a research library
    in Kota Kinabalu, which said"): that noun, or the name it is in apposition to."""
    prep = head.head
    where = head.ent_type_ in _PLACE_ENTS or prep.lower_ in ("in", "near", "outside")
    if where and head.dep_ == "pobj" and prep.dep_ == "prep" and head.pos_ == "PROPN":
        noun = head.head.head
        if noun.pos_ in ("NOUN", "PROPN"):
            return noun.head if noun.dep_ == "appos" else noun
    return head


_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def _quoted_as_saying(verb: Token) -> Token | None:
    """ "the statement quoted Zhao as saying", "State media quoted the minister as telling …":
    whoever is quoted as saying the words said them, not the one who quotes them."""
    if verb.lower_ not in ("quote", "quotes", "quoted", "quoting"):  # no lemmatizer in the pipe
        return None
    as_saying = any(
        c.lower_ == "as" and any(g.dep_ == "pcomp" and is_speech_verb(g) for g in c.children)
        for c in verb.children
    )
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj if as_saying else None


def _borrowed_subject(verb: Token) -> Token | None:
    """The subject a subjectless verb ("and added", "adding", "to call") takes from above.

    The verb it hangs on lends its subject when that is a name or a pronoun ("with Lewandowski
    taking to Twitter to call …"). Otherwise the parser may have hung "added" on the reported
    clause ("said the plan was ready and added …"): the speech verb above it lends its own.
    """
    # "the contractor had been asked to explain “…”": the one asked is told the words
    head = None if _told_passive(verb.head) else subject_of(verb.head)
    if head is not None and head.pos_ in ("PROPN", "PRON"):
        return head
    for above in list(verb.ancestors)[:_MAX_CLIMB]:
        if is_speech_verb(above) and not _told_passive(above):
            return subject_of(above)
    return head


def _person_before(verb: Token) -> Token | None:
    """The nearest person named before `verb` in its clause, when its parsed subject is a date
    or a number ("Saturday at the convention Sen. Ada Quill (D-Ore.) said")."""
    for tok in reversed(verb.doc[verb.sent.start : verb.i]):
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ != "aux":
            return None
        if tok.ent_type_ == "PERSON":
            return tok
    return None


def _unless_object_of_preposition(subj: Token) -> Token | None:
    """A "subject" right after a preposition is a misparsed object: "In an interview with the
    host Leo Farrant, Sofia Ahn said": Farrant is the one met; its apposition Ahn spoke."""
    doc = subj.doc
    first = subj.left_edge.i
    if first > 0 and doc[first - 1].pos_ == "ADP" and doc[first - 1].dep_ == "prep":
        return next((c for c in subj.children if c.dep_ == "appos"), None)
    return subj


def syntax_cue(parsed: Parsed, r: _Raw, limits: tuple[int, int]) -> SyntaxCue | None:
    """The speech verb governing quotation `r` and the subject token, when the parse has both."""
    verb = governor(parsed, r, limits)
    if verb is None:
        return None
    subject = subject_of(verb)
    if subject is None or r.open_at <= parsed.span(subject)[0] < r.close_at:
        return None  # "“… Well, Grandpa, tonight …,” Petrakis told": words quoted are no speaker
    vs, ve = parsed.span(verb)
    dist = max(0, r.open_at - ve) if vs < r.open_at else max(0, vs - r.close_at)
    return SyntaxCue(verb, subject, cue_words(verb), dist)


def cue_words(verb: Token) -> str:
    """The cue as shown: the verb, "according to", or "told reporters" with its listener."""
    if verb.lower_ == "according":
        return "according to"
    for c in verb.children:
        if c.dep_ == "dobj" and c.lower_ in CUE_LISTENERS:
            return f"{verb.lower_} {' '.join(t.lower_ for t in c.subtree)}"
    return verb.lower_


def candidate_for(ctx: _Context, parsed: Parsed, subject: Token) -> _Cand | None:
    """The candidate phrase naming `subject`, preferring a name inside its noun phrase.

    "Her husband, Joe Hannouch, said" / "The owner of the ship, Athena Tankers, said": the
    subject is a common noun, the name its apposition. "Housing Minister Per Aaberg, who told":
    the parser may hang the clause on the title word; the person is in the same phrase.
    Otherwise the candidate covering the subject word (a named actor, a pronoun, "a spokesman
    for the campaign", "the report"); failing that, the subject's own noun phrase as an
    anonymous source ("the candidate").
    """
    subject = _copied(subject)
    a, b = parsed.span(subject)
    if subject.lower_ == "i":  # first person outside quotes: the writer, named or not
        speaker = ctx.first_person(a)
        return _Cand(a, b, "person", speaker) if speaker else None
    if (holder := _second_title_holder(ctx, parsed, subject)) is not None:
        return holder
    if subject.ent_type_ not in ("PERSON", "ORG"):
        for tok in _name_after_portfolio(subject):
            hit = _covering(ctx, *parsed.span(tok), ("person",))
            if hit is not None:
                return hit
        for tok in _name_phrase(subject):
            ta, tb = parsed.span(tok)
            kinds = None if tok.ent_type_ == "PERSON" else ("person", "organization")
            hit = _covering(ctx, ta, tb, kinds)
            if hit is not None:
                return hit
    if _participle_opener(subject):
        return None  # "Mitigating, Ann Lee said": no name of the speaker covered
    hit = (
        _name_after_title_dot(ctx, subject, b)
        or _covering(ctx, a, b, None)
        or _named_by_compounds(ctx, parsed, subject)
        or _bare_name(ctx, a, b, subject)
    )
    if hit is not None and hit.kind == "organization":
        return _titled_employee(ctx, hit) or _possessed_body(ctx, hit) or hit
    if hit is not None:
        return hit
    partitive = next((c for c in subject.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    if subject.pos_ == "NUM" and partitive is not None:
        # "he heard one of the men shout “Go”": one of a group, unnamed
        b = parsed.span(max(partitive.subtree, key=lambda t: t.i))[1]
    elif subject.pos_ not in ("NOUN", "PROPN"):
        return None
    left = min((t for t in subject.lefts if t.dep_ != "punct"), key=lambda t: t.i, default=None)
    # the whole of a possessor: "The European Union's delegation", not "Union's delegation"
    la = parsed.span(min(left.subtree, key=lambda t: t.i))[0] if left is not None else a
    # the whole of a hyphened noun the tokenizer split: "her mother-in-law", not "her mother"
    if joined := _HYPHENED_REST.match(ctx.text, b):
        b = joined.end()
    return _Cand(la, b, "anon", " ".join(ctx.text[la:b].split()))


_HYPHENED_REST = re.compile(r"(?:-[^\W\d_]+)+")


_COPY_WORDS = frozenset({"copy", "copies", "draft", "extract", "excerpt", "version"})


def _copied(subject: Token) -> Token:
    """ "A copy of the second letter … asks": what a copy (a draft, an excerpt) is of speaks."""
    if subject.lower_ not in _COPY_WORDS:
        return subject
    of = next((c for c in subject.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return obj if obj is not None else subject


def _job_titles(gap: str) -> bool:
    """Whether `gap` is a few title-case job words, one a job title ("Co-Owner and Lead
    Planner", "Founder")."""
    words = gap.split()
    return (
        0 < len(words) <= 6
        and all(w[:1].isupper() or w in ("and", "&", "of") for w in words)
        and any(is_job_title(w) for w in words)
    )


def _titled_employee(ctx: _Context, org: _Cand) -> _Cand | None:
    """ "says Tamsin Rowe Events Co-Owner and Lead Planner Greta Lind": the parser takes the
    employer for the subject; the person after the job titles speaks."""
    for d in ctx.candidates(org.end, org.end + 80):
        if d.kind == "person" and d.start > org.end:
            return d if _job_titles(ctx.text[org.end : d.start]) else None
    return None


def _possessed_body(ctx: _Context, org: _Cand) -> _Cand | None:
    """ "The Government of Nunavut's Department of Community and Government Services, which
    plans the sealift, said": the body the possessive opens onto speaks, whatever the parse
    made the subject."""
    text = ctx.text
    if re.match(r"[’']s\b", text[org.end : org.end + 3]):
        at = org.end + 2  # the possessive after the name
    elif text[org.end - 2 : org.end] in ("'s", "’s"):
        at = org.end  # the name's occurrence holds it
    else:
        return None
    at += len(text[at : at + 4]) - len(text[at : at + 4].lstrip())
    return next(
        (d for d in ctx.candidates(at, at + 80) if d.kind == "organization" and d.start == at),
        None,
    )


def _name_after_title_dot(ctx: _Context, subject: Token, b: int) -> _Cand | None:
    """ "said Pr. Hicham Bennani": the tokenizer knows few title abbreviations, so the parse
    ends a sentence at the title's dot and takes the title alone for the subject; the person
    is the name right after the dot. Dutch academic titles are written in lower case ("said
    ing. Raymond Roe", "drs. Ada Roe")."""
    if subject.lower_ not in TITLES or not (subject.text[:1].isupper() or subject.is_lower):
        return None
    m = re.match(r"\.[ \t]+(?=[A-Z])", ctx.text[b : b + 4])
    return _covering(ctx, b + m.end(), b + m.end() + 1, ("person",)) if m else None


def _second_title_holder(ctx: _Context, parsed: Parsed, subject: Token) -> _Cand | None:
    """ "says Lantern Studio Founder and Lead Planner Margaret Dunmore": titles joined by
    "and" before one name; the parser makes the employer or the first title the subject and
    the name the head of the second. The person named there speaks, not the employer, when a
    job title stands between them ("Trump and Ryan said" stays two people) and the subject is
    no person ("Dara Kessling, physician, and Tomas Arbel" are two)."""
    own = _covering(ctx, *parsed.span(subject), ("person",))
    if own is not None and not any(is_job_title(w) for w in re.split(r"[\s-]+", own.name)):
        return None  # a person, not "Lantern Studio Co-Owner" NER took for one
    doc = subject.doc
    # the parser may split "Co-Owner" into subjects of their own: the "and" hangs on any
    subjects = [subject] + [t for t in subject.head.children if t.dep_ == subject.dep_]
    for conj in (c for t in subjects for c in t.children):
        if conj.dep_ != "conj" or conj.pos_ != "PROPN":
            continue
        between = doc[min(subject.i, conj.i) : conj.i]
        if not any(is_job_title(t.text) for t in between):
            continue
        hit = _covering(ctx, *parsed.span(conj), ("person",))
        if hit is not None:
            return hit
    return None


def _bare_name(ctx: _Context, a: int, b: int, subject: Token) -> _Cand | None:
    """ "Almaz said", where NER tagged no name: a lone name word that opens or ends the name of
    exactly one person of the article is that person ("Almaz Tesfaye"), as readers take it."""
    if subject.pos_ != "PROPN" or any(c.dep_ == "compound" for c in subject.lefts):
        return None
    word = subject.text
    people = {
        i
        for i, act in enumerate(ctx.actors)
        if act.kind == "person"
        and len(words := act.name.split()) > 1
        and word in (words[0], words[-1])
    }
    if len(people) != 1:
        return None
    (i,) = people
    return _Cand(a, b, "person", ctx.actors[i].name, i)


def _named_by_compounds(ctx: _Context, parsed: Parsed, subject: Token) -> _Cand | None:
    """ "Ayesha Brennan KC, defending, said": the parser heads the name with the letters after
    it; the person is named by the name words hung on them as compounds."""
    if subject.pos_ != "PROPN":
        return None
    names = [c for c in subject.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if not names:
        return None
    a, b = parsed.span(names[0])[0], parsed.span(names[-1])[1]
    return _covering(ctx, a, b, ("person",))


def _participle_opener(subject: Token) -> bool:
    """ "Prosecuting, Ann Lee told the court", "Speaking, …": a sentence-initial participle
    set off by a comma is an adverbial, which the parser may take for the subject."""
    doc = subject.doc
    return (
        subject.is_sent_start is True
        and subject.lower_.endswith("ing")
        and subject.i + 1 < len(doc)
        and doc[subject.i + 1].text == ","
    )


def _name_phrase(subject: Token) -> list[Token]:
    """Words that may name the subject: its appositions and name parts after it.

    A compound *before* a common noun is a modifier, not the speaker: "one Trump confidant",
    "a GOP data expert".
    """
    out = [c for c in subject.children if c.dep_ == "appos"]
    out += [c for c in subject.children if c.dep_ in ("compound", "nmod") and c.i > subject.i]
    if _participle_opener(subject):  # the parser hangs the name on the participle
        out += [c for c in subject.children if c.dep_ == "conj"]
    out += _apposed_to_named_object(subject)
    for gloss in _glossed_as(subject):
        out += [c for c in gloss.children if c.dep_ == "appos"]
    for half in _hyphened_half(subject):
        out += [c for c in half.children if c.dep_ == "appos"] + _apposed_to_named_object(half)
    out = [t for t in out if t.pos_ == "PROPN"]
    doc = subject.doc
    nxt = subject.i + 1
    while nxt < len(doc) and doc[nxt].ent_type_ == "PERSON":
        out.append(doc[nxt])  # a title word right before a name: "Minister Per Aaberg"
        nxt += 1
    return out


def _glossed_as(subject: Token) -> list[Token]:
    """ "said the rangbah shnong, or headman, Bah Treibor Kharkongor": a local role glossed
    with "or"; the parser hangs the name on the gloss."""
    if not any(c.dep_ == "cc" and c.lower_ == "or" for c in subject.children):
        return []
    return [c for c in subject.children if c.dep_ == "conj" and c.pos_ == "NOUN"]


def _hyphened_half(subject: Token) -> list[Token]:
    """ "Its vice-president for culture, Sylvie Roth, told": the parser splits the hyphened
    noun and hangs its second half, with the name, on the first as an apposition."""
    doc = subject.doc
    return [
        c
        for c in subject.children
        if c.dep_ == "appos"
        and c.i == subject.i + 2
        and doc[subject.i + 1].text == "-"
        and not doc[subject.i].whitespace_
        and not doc[subject.i + 1].whitespace_
    ]


def _apposed_to_named_object(subject: Token, depth: int = 2) -> list[Token]:
    """ "A spokeswoman for Abernathy, Leah Castellano, said": the parser hangs the apposition
    on the name after "for"; a name needs no second name, so the person renames the subject.
    So does a person's name hung on a common noun there ("The prefect of the region, Ada
    Roe"): a region or a company is not called by a person's name. The object's own "of"
    phrase is searched too ("A spokeswoman for the department of the Ministry, Ada Roe"), for
    a person's name only ("an official of the Association of Kalundia (FAK)" is no name of
    the official)."""
    out = []
    for prep in subject.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "of", "at", "to"):
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            appos = [c for c in obj.children if c.dep_ == "appos"]
            if obj.pos_ == "PROPN" and depth == 2:
                out += appos
            elif obj.pos_ in ("NOUN", "PROPN"):
                # "the Hambou region, Youssouf Ahamada", not "Kalundia (FAK)"
                out += [c for c in appos if c.ent_type_ == "PERSON"]
            if depth > 1:
                out += _apposed_to_named_object(obj, depth - 1)
    return out


def _name_after_portfolio(subject: Token) -> list[Token]:
    """ "Minister for Energy Sardar Jahanzeb Tiwana told …": the parser takes the portfolio and
    the name after it for one object of "for"; the name ends that object. Only under a
    capitalised title with a capitalised portfolio word (no title) before the name, so "a
    lawyer for Jane Doe" and "Counsel for Ms. Lambrecht" keep the client out of the speaker."""
    if not (subject.text[:1].isupper() and subject.lower_ in TITLES):
        return []
    return [
        obj
        for prep in subject.children
        if prep.dep_ == "prep" and prep.lower_ in ("for", "of")
        for obj in prep.children
        if obj.dep_ == "pobj" and any(_portfolio_word(c) for c in obj.lefts)
    ]


def _portfolio_word(tok: Token) -> bool:
    """A capitalised word naming a minister's field ("Energy"), not a title ("Ms.")."""
    return (
        tok.dep_ == "compound" and tok.text[:1].isupper() and tok.lower_.rstrip(".") not in TITLES
    )


def _covering(ctx: _Context, a: int, b: int, kinds: tuple[str, ...] | None) -> _Cand | None:
    """The longest candidate phrase that contains [a, b)."""
    sa = max(0, a - 120)
    hits = [
        c
        for c in ctx.candidates(sa, min(len(ctx.text), b + 120))
        if c.start <= a and b <= c.end and (kinds is None or c.kind in kinds)
    ]
    if not hits:
        return None
    return max(hits, key=lambda c: c.end - c.start)


def takes_the_floor(parsed: Parsed, start: int, end: int) -> bool:
    """Whether the name at [start, end) is the subject of a main clause.

    Between two quotations, "said Army Capt. Jo Pardo, who would vote for neither Clinton nor
    Trump" names Clinton and Trump inside a relative clause and "a Clinton campaign aide" in an
    apposition: none of them took the floor, so the next unattributed quotation stays Pardo's.
    """
    return main_clause_subject(parsed, start, end) is not False


_EMBEDDED = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "pcomp", "csubj", "prep"})


def _subject_after_comma(last: Token) -> Token | None:
    """ "Hallorough, a primary school teacher from Dunbridge, said …": the parser may make the
    apposition the subject and hang the name on the verb as a modifier; the name set off by
    commas before that verb is the subject then. Returns the subject token the parser chose."""
    doc = last.doc
    if last.i + 1 >= len(doc) or doc[last.i + 1].text != ",":
        return None
    for j in range(last.i + 2, min(len(doc) - 1, last.i + 14)):
        if doc[j].text != ",":
            continue
        verb = doc[j + 1]
        if verb.pos_ not in ("VERB", "AUX") or last.head.i != verb.i:
            return None
        return next((c for c in verb.children if c.dep_ == "nsubj" and last.i < c.i < j), None)
    return None


def _before_subjectless_verb(last: Token) -> bool:
    """ "Speaking to X on Y, the city's director of health, Prof Tobias Hendry, urged …": the
    parser hung the name (and the phrase before it) on an earlier noun and left the main verb
    with no subject; a name set off by a comma right before that verb is its subject."""
    doc = last.doc
    nxt = last.i + 1
    while nxt < len(doc) and doc[nxt].is_punct and doc[nxt].text == ",":
        nxt += 1
    if nxt == last.i + 1 or nxt >= len(doc):
        return False
    verb = doc[nxt]
    return (
        verb.pos_ == "VERB"
        and verb.dep_ == "ROOT"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def _verbless_opener(toks: list[Token]) -> bool:
    """ "Ilem Salampiyeva, 81, the oldest picker in the village, remembers …": the parser lost
    the verb behind the appositions and made the name the sentence's root; a name that opens
    its sentence as the root, maybe after a title the parse joined to it ("Tante Odile
    Arceneaux, 79, peeled …"), is what the sentence is about."""
    last = toks[-1]
    first = toks[0]
    titled = False
    while (
        not first.is_sent_start
        and first.i > 0
        and first.nbor(-1).head.i == last.i
        and not first.nbor(-1).is_punct
    ):
        first, titled = first.nbor(-1), True  # "Tante" of "Tante Odile Arceneaux"
    if titled and _ends_line(last):
        return False  # "**Revd Jonathan Evens**" alone on a line: a heading, no sentence
    return last.dep_ == "ROOT" and last.pos_ == "PROPN" and bool(first.is_sent_start)


def _ends_line(tok: Token) -> bool:
    """Whether only markup ("**") or the full stop the parse adds to a heading stands between
    `tok` and the end of its line."""
    doc, j = tok.doc, tok.i + 1
    while j < len(doc) and doc[j].is_punct and doc[j].text not in (",", "("):
        j += 1
    return j >= len(doc) or doc[j].is_space


def main_clause_subject(parsed: Parsed, start: int, end: int) -> bool | None:
    """Whether the mention at [start, end) is the subject of a main clause (None: no tokens).

    The verb must not sit inside a reported, relative or adverbial clause: in "Axelrod said
    the lull helped Clinton, who …", Axelrod is a main-clause subject and Clinton is not, so a
    later "he said" means Axelrod.
    """
    toks = parsed.tokens(start, end)
    if not toks:
        return None
    inside = {t.i for t in toks}
    # the phrase's own subject, not the one of a relative clause inside it ("A worker …, who
    # asked not to be named")
    subj = next(
        (t for t in reversed(toks) if t.dep_ in _SUBJECT_DEPS and t.head.i not in inside), None
    )
    if subj is None:
        # "Skyloft's chief executive, Anders Holm, struck …": the name is the apposition of
        # the subject (not a modifier of it: "a Clinton campaign aide")
        t = toks[-1]
        while t.dep_ == "appos" and t.head.i != t.i:
            t = t.head
        if t.dep_ in _SUBJECT_DEPS:
            subj = t
        elif (appositive := _subject_after_comma(toks[-1])) is not None:
            subj = appositive
        else:
            return _before_subjectless_verb(toks[-1]) or _verbless_opener(toks)
    verb = subj.head
    for _ in range(_MAX_CLIMB):
        if verb.dep_ in _EMBEDDED:
            return False
        if verb.head.i == verb.i:
            return True
        verb = verb.head
    return True


def binder(parsed: Parsed, pos: int) -> int | None:
    """Offset of the word a pronoun at `pos` is bound to, climbing its clause chain.

    A subject pronoun means the nearest subject of a verb above its own clause: "Lind said she
    would go" → Lind. A relative clause's "who" stands for the noun it hangs on, for any
    pronoun inside it: "helped Clinton, who needs her …" → Clinton. A possessive or object
    pronoun is otherwise bound to nothing ("Orme ran her campaign" says nothing of Orme).
    None when the climb finds no such word.
    """
    tok = parsed.token_at(pos)
    if tok is None:
        return None
    is_subject = tok.dep_ in _SUBJECT_DEPS
    v = tok.head
    for _ in range(_MAX_CLIMB + 2):
        subj = next((c for c in v.children if c.dep_ in _SUBJECT_DEPS and c.i != tok.i), None)
        if subj is not None and subj.lower_ in _RELATIVE and v.dep_ == "relcl":
            return parsed.span(v.head)[0]
        if subj is not None and is_subject:
            return parsed.span(subj)[0] if subj.pos_ != "PRON" else None
        if v.head.i == v.i:
            return None
        v = v.head
    return None
