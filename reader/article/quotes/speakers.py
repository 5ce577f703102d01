"""Pass 3, speakers: the phrase next to a cue that names who spoke, resolved to a name."""

from __future__ import annotations

import functools
import re
from pathlib import Path

from reader.article.actors import TITLES, ActorMention, clean_surface
from reader.article.actors.lexicon import PERSON_TITLES_STRONG, is_role_phrase
from reader.article.quotes.coref import _Coref
from reader.article.quotes.cues import _Cand, _Context, _cue_text
from reader.article.quotes.lexicon import (
    _APPOSITION,
    _CLAUSE_VERB_AFTER,
    _CONTINUING,
    _DOC,
    _DOC_FAMILIES,
    _DOC_NOUN,
    _GAP_AFTER,
    _GAP_AFTER_ACC,
    _GAP_BEFORE,
    _GENERIC_ORG_NOUNS,
    _LISTENER_BEFORE,
    _ORG_NOUN_ALT,
    _ORG_NOUNS,
    _ORGNOUN,
    _POSSESSOR_ROLE,
    _PUBLIC_BODY_HEADS,
    EPITHET,
    FULL_NAME,
    REPORTER_BEFORE,
    ROLE_TITLES,
)
from reader.article.quotes.marks import _Raw
from reader.article.quotes.sentences import _sentence_end, _sentence_start
from reader.article.quotes.syntax import (
    candidate_for,
    main_clause_subject,
    syntax_cue,
    takes_the_floor,
)
from reader.models import Actor


def _pick_speaker(ctx: _Context, a: int, b: int, cue: re.Match) -> _Cand | None:
    c = _pick_speaker0(ctx, a, b, cue)
    if c is not None and c.kind in ("organization", "place", "person"):
        # "said Northgrid's operations director, Lisa Mbeki": the possessor names the employer,
        # the person in apposition to the role is the speaker
        for d in ctx.candidates(c.end, b):
            if d.kind == "person" and _POSSESSOR_ROLE.fullmatch(ctx.text[c.end : d.start]):
                return d
    if c is not None and c.kind in ("anon", "orgnoun", "possessed"):
        # "the chairman of Brisk Foods, Paolo Renzi", "Its chair, the economist Lars Heidegger":
        # the name in apposition
        for d in ctx.candidates(c.end, b):
            if d.kind == "person" and _APPOSITION.fullmatch(ctx.text[c.end : d.start]):
                return d
            if (
                d.kind == "organization"
                and c.kind == "anon"
                and re.fullmatch(
                    r"(?:\s+of\s+[^,.;:!?\"“”]{1,50})?\s*,\s*", ctx.text[c.end : d.start]
                )
                and re.match(r"\s*,", ctx.text[d.end : d.end + 3])
            ):
                return d  # "The owner of the Northern Grace, Athena Tankers, said"
    return c


# A preposition of place right before a name: "an estate agent in Brodec".
_PLACE_OBJECT = re.compile(r"\b(?:in|at|from|near|outside)\s+(?:the\s+)?$")
# An unnamed person's noun phrase from the sentence start: "An estate agent in Brodec".
_UNNAMED_NP = re.compile(r"\s*((?:An?|One|Another)\s+[^,.;:!?“”\"]{1,60}?)\s*$")


def _where_the_speaker_is(ctx: _Context, a: int, c: _Cand) -> bool:
    """Whether the place or person `c` follows a preposition of place inside the speaker's
    phrase ("An estate agent in Brodec, who …, put it"): it says where the speaker works or
    lives, whatever NER made of the name."""
    return c.kind in ("place", "person") and bool(
        _PLACE_OBJECT.search(ctx.text, max(a, c.start - 12), c.start)
    )


def _unnamed_before(ctx: _Context, a: int, c: _Cand) -> _Cand | None:
    """The unnamed person's phrase the sentence opens with, up to the end of `c`."""
    m = _UNNAMED_NP.fullmatch(ctx.text, a, c.end)
    if m is None:
        return None
    phrase = " ".join(m.group(1).split())
    return _Cand(m.start(1), c.end, "anon", phrase[0].lower() + phrase[1:])


def _member_of(ctx: _Context, before: list[_Cand], c: _Cand) -> _Cand | None:
    """ "Prof. Ada Roe of the Velloran Centre wrote": the person before "of" speaks, not the
    body she belongs to."""
    if c.kind not in ("organization", "place"):
        return None
    for d in before:
        if d.kind == "person" and re.fullmatch(r",?\s+of\s+(?:the\s+)?", ctx.text[d.end : c.start]):
            return d
    return None


def _pick_speaker0(ctx: _Context, a: int, b: int, cue: re.Match) -> _Cand | None:
    text = ctx.text
    cands = ctx.candidates(a, b)
    vs, ve = cue.start(), cue.end()
    if not cue.group("acc"):
        before = [c for c in cands if c.end <= vs]
        before.sort(key=lambda c: (-c.end, c.start))
        for c in before:
            gap = text[c.end : vs]
            appositive = re.fullmatch(r"\s*,\s*", gap) and re.search(r",\s*$", text[a : c.start])
            if _GAP_BEFORE.match(gap) or (appositive and c.kind == "person"):
                # a title phrase ending where a name ends: keep the longest (earliest start)
                same = [d for d in before if d.end == c.end]
                best = min(same, key=lambda d: d.start)
                if _where_the_speaker_is(ctx, a, c):
                    return best if best.kind == "anon" else _unnamed_before(ctx, a, c)
                if best.kind == "anon" and c.kind in ("person", "organization"):
                    return best
                if (member := _member_of(ctx, before, c)) is not None:
                    return member
                return c if c.kind not in ("anon", "orgnoun") else best
    after = [c for c in cands if c.start >= ve]
    after.sort(key=lambda c: (c.start, -(c.end - c.start)))
    gap_re = _GAP_AFTER_ACC if cue.group("acc") else _GAP_AFTER
    passive = bool(cue.group("verb")) and cue.group("verb").lower().endswith(("ed", "en", "said"))
    # "telling an aide, Kyle Brandvold, that …", "calling the mayor a “liar”": the one told or
    # named, not the one speaking
    telling = (cue.group("verb") or "").lower() in _TELL | _NAMING
    for c in after:
        gap = text[ve : c.start]
        if not cue.group("acc") and _CLAUSE_VERB_AFTER.match(text, c.end):
            break
        if telling and not (passive and re.fullmatch(r"\s+by\s+", gap)):
            break  # "telling an aide, Kyle Brandvold, that …": the one told
        if (
            gap_re.match(gap)
            or (not cue.group("acc") and re.fullmatch(r"\s+(?:on\s+\w+\s+)?", gap))
            or (passive and re.fullmatch(r"\s+by\s+", gap))
        ):
            return c
        break
    if not cue.group("acc") and not telling:
        # "said the company's chief executive, Mara Lind": first person in the clause after
        # (after "telling an aide, Kyle Brandvold," the one told)
        for c in after:
            if (
                c.kind == "person"
                and c.start - ve <= 60
                and not re.search(r"[.;!?]", text[ve : c.start])
            ):
                return c
    if not cue.group("acc"):
        # the subject of the cue's clause, further away: "Brenn's spokesman, Felix Amundsen, came
        # out briefly to say there had been …", "Lind, who …, then told the meeting …"
        subjects = [
            c
            for c in cands
            if c.end <= vs and c.kind in ("person", "anon", "possessed", "organization", "pronoun")
        ]
        if subjects:
            c = min(subjects, key=lambda c: (c.start, -(c.end - c.start)))
            if _where_the_speaker_is(ctx, a, c):
                c = _unnamed_before(ctx, a, c) or c
            lead = text[a : c.start]
            mid = text[c.end : vs]
            if (
                (
                    not re.search(r"\w", lead)
                    or re.fullmatch(r"\s*[A-Z][^,.;!?“”\"]{0,40},\s*", lead)
                )
                and len(mid) <= 120
                and not re.search(r"[.;!?“”\"]", mid)
                and not any(m.start() < vs for m in ctx.cues(c.end, vs))
            ):
                return c
    return None


# Who read or got a document is not its author: "a report by X, seen by the Herald".
# A document as the subject of a verb of saying or finding: "the report says …", "the audit
# found …"; what follows is what it says.
_DOC_SPEAKS = re.compile(
    r"\b(?:says|said|states|stated|finds|found|shows|showed|concludes|concluded|notes|noted|"
    r"argues|argued|warns|warned|claims|claimed|describes|described|blames|blamed)\b",
    re.I,
)
# ", which runs the ballot," / ", who chairs the board,": a clause about the subject between
# it and its verb ("The Unit, which runs the ballot, said in a statement").
# How far after a body's quote "it" still means that body (about two sentences).
_IT_REACH = 300
# Between "the association" and its name in apposition: maybe a clause about it, a comma, "the".
_APPOSED_BODY = re.compile(r"(?:\s+(?:that|which)\s+[^,.;:“”\"\n]{1,80})?,\s+(?:the\s+)?", re.I)
_RELATIVE_CLAUSE = r"(?:,\s+(?:which|who)\s+[^,.;:“”\"\n]{1,80},)?"
_SEEN_BY = re.compile(
    r"\b(?:seen|obtained|reviewed|viewed|read|received|leaked\s+to)\s+(?:by\s+)?(?:the\s+|an?\s+)?"
    r"(?:[a-z][\w-]*\s+){0,4}$"
)


class _Resolver:
    """Turns a candidate phrase into a speaker's name.

    A named actor is itself; "he"/"she" follows the coreference pass (or continues the speaker
    of the quote before); "they"/"it" the last organisation or anonymous group; "the ministry"
    the organisation of that kind named last; "the report" its author when one is named.
    `prev` is the last quotation given a speaker, set by `extract_quotes`.
    """

    def __init__(self, ctx: _Context):
        self.ctx = ctx
        self.prev: _Raw | None = None
        self.coref = _Coref(ctx)

    def _last_person(self, pos: int, g: str | None = None) -> str | None:
        """The person named last before `pos` (of gender `g` when known), not as an object."""
        text = self.ctx.text
        best = None
        for o in self.ctx.occ:
            if o.start >= pos:
                break
            act = self.ctx.actors[o.actor]
            if act.kind != "person" or (g and self.coref.gender.get(act.name, g) != g):
                continue
            after = text[o.end : o.end + 2]
            before = text[max(0, o.start - 8) : o.start]
            if after[:1] in "’'" or re.search(
                r"\b(?:of|to|with|by|for|about|against|from|on|and)\s+$", before
            ):
                continue
            best = o
        return self.ctx.actors[best.actor].name if best else None

    def _still_speaking(self, prev: _Raw, pos: int) -> bool:
        """Whether "he/she said" at `pos` continues the speaker of quotation `prev`.

        Asked only when the speaker's gender is known to match: so when `prev` closed in the
        same or the previous paragraph and no other person took the floor since (named as a
        main-clause subject): "“…,” Ebeling said. A man asked Clinton why … “I got angry,” she
        said." is still Ebeling.
        """
        ctx = self.ctx
        if ctx.parsed is None or prev.close_at > pos:
            return False
        if self._para_index(pos) - prev.last_para > 1:
            return False
        # "A neighbour, who asked not to be named, said …": an unnamed person took the floor
        if any(
            prev.close_at <= start < pos and kind == "anon" and subject
            for start, _end, _name, kind, subject in self.coref.events
        ):
            return False
        return not any(
            prev.close_at <= o.start < pos
            and ctx.actors[o.actor].kind == "person"
            and ctx.actors[o.actor].name != prev.speaker
            and (
                takes_the_floor(ctx.parsed, o.start, o.end)
                # "I called the reeve, Gord Halvorsen", "Nassur Ali Soilihi, 29, a mechanic"
                or self.coref.introduced(o.start, o.end)
            )
            for o in ctx.occ
        )

    def _para_index(self, pos: int) -> int:
        """The index of the paragraph holding `pos` (0 when none does)."""
        return next((i for i, (a, b) in enumerate(self.ctx.paras) if a <= pos <= b), 0)

    def _para_start(self, pos: int, back: int) -> int:
        """Where the paragraph `back` paragraphs before the one holding `pos` starts."""
        return self.ctx.paras[max(0, self._para_index(pos) - back)][0]

    def _last_org(self, pos: int, word: str | None = None, business: bool = False) -> str | None:
        """The organisation named last before `pos`: with `word`, one whose name holds it; for a
        `business` noun ("the company"), not a public body."""
        best = None
        for o in self.ctx.occ:
            if o.start >= pos:
                break
            act = self.ctx.actors[o.actor]
            if act.kind != "organization" or (business and _public_body(act.name)):
                continue
            if word and not _named_for(word, " ".join([act.name, *act.aliases]).lower()):
                continue
            if word is None and REPORTER_BEFORE.search(
                self.ctx.text, max(0, o.start - 30), o.start
            ):
                continue  # "Jobe told CPA": the news outlet is no "company" of the story
            best = act.name
        return best

    def _document(self, c: _Cand) -> str | None:
        """Who stands behind "the report" / "its statement": the author named nearest before.

        First an explicit author anywhere earlier ("an audit carried out by the firm X", "X's
        report", "X published its report", "X said in a statement"); then an actor named in a
        recent sentence that mentions the same kind of document; else None (the document itself
        speaks: the last organisation named is often the newspaper reporting it).
        "its"/"their" always mean the last organisation, "his"/"her" the last man or woman.
        """
        words = c.name.lower().split()
        if words[0] in ("its", "their"):
            return self._org_before(c.start)
        if words[0] in ("his", "her"):  # "His letter, which CPA has seen, describes …"
            return self._last_person(c.start, "m" if words[0] == "his" else "f")
        head = words[-1]
        fam = next(  # "press service": a family's noun may be two words
            (f for f in _DOC_FAMILIES.values() if re.search(r"(?:" + f + r")$", c.name.lower())),
            _DOC_FAMILIES["report"],
        )
        noun = r"(?<![\w-])(?:" + fam + r")(?![\w-])"
        own = self._own_author(c, noun) or self._channel_author(c)
        if own is not None:
            return own
        if head in _COURT_DOCUMENTS and (judge := self._judge_before(c.start)):
            return judge
        if words[0] == "the" and (body := self._body_document_before(c, noun)):
            return body
        before = [o for o in self.ctx.occ if o.end <= c.start]
        para_start = self._para_start(c.start, back=0)
        for o in reversed(before):
            act = self.ctx.actors[o.actor]
            if act.kind == "place":
                continue  # "by the state attorney in Palm Beach": a place writes no report
            if self._wrote(o, act, noun, para_start):
                org = act.kind == "organization"
                return (self._apposed_person(o) if org else None) or act.name
        if "letter" in noun and (body := self._body_that_wrote(c.start, para_start)):
            return body
        floor = self._para_start(c.start, back=3)
        if fam == _DOC_FAMILIES["complaint"]:
            return None  # a lawsuit names its defendant as often as its plaintiff
        for ss, se in self._sentences_naming(noun, floor, c):
            if body := (
                self._issued_by_org_noun(ss, se, noun)
                or self._org_named_in(ss, se, c)
                or self._its_document(ss, se, noun)
            ):
                return body
        return None  # no author in sight: the document itself speaks

    def _body_document_before(self, c: _Cand, noun: str) -> str | None:
        """ "According to the authority's laboratory report, … The report says …": "the
        report" is the one a body's noun owned in this paragraph or the one before."""
        owned = re.compile(r"\b(?i:the|its)\s+(?P<body>[a-z]+)[’']s\s+(?:[a-z-]+\s+){0,2}?" + noun)
        found = list(owned.finditer(self.ctx.text, self._para_start(c.start, back=1), c.start))
        if not found or found[-1]["body"] not in _ORG_NOUNS:
            return None
        return self._org_by_noun(found[-1].start(), found[-1]["body"])

    def _apposed_person(self, o: ActorMention) -> str | None:
        """The person whose apposition names the organisation at `o` ("Piers Lamonte, head of
        research at the bank Oldbridge Mercantile, said in a note"): the person is the subject
        that wrote, the organisation only where they work."""
        text = self.ctx.text
        for p in self.ctx.occ:
            if p.end > o.start:
                break
            if self.ctx.actors[p.actor].kind == "person" and re.fullmatch(
                r",\s+[^,.;:“”\"\n]{1,120}", text[p.end : o.start]
            ):
                return self.ctx.actors[p.actor].name
        return None

    def _its_document(self, ss: int, se: int, noun: str) -> str | None:
        """The organisation "its" means where the sentence [ss, se) calls the document its
        ("The association's president read from a copy of its last letter. The letter warned
        …" is the association's)."""
        m = re.search(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,2}?" + noun, self.ctx.text[ss:se], re.I)
        return self._org_before(ss + m.start()) if m else None

    def _wrote(self, o: ActorMention, act: Actor, noun: str, para_start: int) -> bool:
        """Whether the actor named at `o` wrote the document `noun` names, by the words around
        it: "a report by X", "X's report", "X published its report", "X said in a statement"
        (a person's statement only in the quote's own paragraph: "The letter, seen by CPA,
        reads" is not the one a chief executive "said in a statement" paragraphs before)."""
        text = self.ctx.text
        pre = text[max(0, o.start - 160) : o.start]
        post = text[o.end : o.end + 160]
        by = re.search(
            noun.replace(")(?!", ")s?(?!")  # "orders issued each June by X"
            + r"(?P<gap>[^.;!?“”\"\n]{0,80}?)\b(?:by|from)\s+(?:the\s+|an?\s+)?"
            + r"(?:(?!(?:in|at|of|on|for|near)\s)[a-z][\w-]*\s+){0,4}$",
            pre,
            re.I,
        )
        # "a report by X, seen by the Herald" is X's; "the report says a change pushed by X"
        # is no report by X: the document speaks there, and X is in what it says
        if by and not _SEEN_BY.search(pre) and not _DOC_SPEAKS.search(by.group("gap")):
            return True
        if re.match(r"[’']s\s+(?:[\w-]+\s+){0,3}?" + noun, post, re.I):
            return True
        if (
            "letter" in noun
            and _WROTE_TO.match(post)
            and o.start >= self._paragraph_before(para_start)
        ):
            return True  # "The Society … wrote to the Douzaine last week. The letter says"
        if act.kind == "person" and o.start < para_start:
            return False
        owners = r"(?:its|their|a|an)" if act.kind != "person" else r"(?:his|her|a|an)"
        return bool(
            re.match(
                _RELATIVE_CLAUSE
                + r",?\s+(?:\w+\s+)?(?:published|released|issued|put\s+out|sent|filed|"
                r"said|says|added|announced|confirmed|wrote)\s+(?:in\s+)?"
                + owners
                + r"\s+(?:[\w-]+\s+){0,3}?"
                + noun,
                post,
                re.I,
            )
        )

    def _body_that_wrote(self, pos: int, para_start: int) -> str | None:
        """The organisation "the company" means where the text says it wrote to someone, in
        this paragraph or the one before ("He added that the company had written to the Ministry
        of Works twice. A copy of the second letter …")."""
        floor = self._paragraph_before(para_start)
        hits = [
            m
            for m in _BODY_WROTE_TO.finditer(self.ctx.text, floor, pos)
            if not self.ctx.in_quote(m.start())
        ]
        return self._org_by_noun(hits[-1].start(), hits[-1].group("noun").lower()) if hits else None

    def _paragraph_before(self, para_start: int) -> int:
        """Where the paragraph before the one starting at `para_start` starts."""
        starts = [a for a, _ in self.ctx.paras if a < para_start]
        return starts[-1] if starts else para_start

    def _channel_author(self, c: _Cand) -> str | None:
        """ "In a statement on Tuesday the cofradía said …": a document named as the channel
        of the sentence's speech verb is its subject's, named or by its noun."""
        text = self.ctx.text
        if not _CHANNEL_BEFORE.search(text, max(0, c.start - 8), c.start):
            return None
        se = _sentence_end(text, c.end, min(len(text), c.end + 300))
        m = _SUBJECT_THEN_SPEECH.search(text, c.end, se)
        if m is None:
            return None
        for o in self.ctx.occ:
            if m.start("np") <= o.start < m.end("np"):
                act = self.ctx.actors[o.actor]
                return act.name if act.kind == "organization" else None
        np = m.group("np").split()
        if np[0] in ("it", "It"):  # "In a statement, it said": the body last spoken of
            return self._org_before(m.start("np"))
        if np[0].lower() != "the":
            return None
        return self._org_by_noun(m.start("np"), np[-1].lower())

    def _sentences_naming(self, noun: str, floor: int, c: _Cand) -> list[tuple[int, int]]:
        """The sentences from `floor` up to `c`'s own that mention the same kind of document
        outside quotation marks, nearest first: where its author was last said."""
        text, spans = self.ctx.text, []
        for m in re.finditer(noun, text[: c.end], re.I):
            if m.start() < floor or self.ctx.in_quote(m.start()):
                continue
            ss = _sentence_start(text, max(floor, m.start() - 400), m.start())
            span = (ss, _sentence_end(text, m.end(), min(len(text), m.end() + 400)))
            if span not in spans:
                spans.append(span)
        return spans[::-1]

    def _org_named_in(self, ss: int, se: int, c: _Cand) -> str | None:
        """The actor other than a person or place named in the sentence [ss, se) before `c`:
        the main clause's subject ("The Province of X, which funded Y's pilot, said in a
        statement"), else the last one named ("X published its annual review …"); never the
        newsroom it was shared with ("A transcript, shared with Circuit & Signal by a
        customer, shows")."""
        text = self.ctx.text
        named = [
            o
            for o in self.ctx.occ
            if ss <= o.start
            and o.end <= min(se, c.start)
            and self.ctx.actors[o.actor].kind not in ("person", "place")
            and not REPORTER_BEFORE.search(text, max(0, o.start - 30), o.start)
        ]
        parsed = self.ctx.parsed
        subjects = [
            o for o in named if parsed is not None and main_clause_subject(parsed, o.start, o.end)
        ]
        best = (subjects or named)[-1] if named else None
        return self.ctx.actors[best.actor].name if best else None

    def _issued_by_org_noun(self, ss: int, se: int, noun: str) -> str | None:
        """The organisation that put out the document under another name in the sentence
        [ss, se): "The company has suspended the trial and says in an incident report … The
        report … describes" — "the company" (`_org_by_noun`) wrote the report, also when that
        sentence closed the paragraph before."""
        hits = [
            m
            for m in _issued_by(noun).finditer(self.ctx.text, ss, se)
            if not self.ctx.in_quote(m.start())
        ]
        if not hits:
            return None
        np = hits[-1].group("np")
        return self._org_by_noun(hits[-1].start("np"), np.split()[-1].lower())

    def _judge_before(self, pos: int) -> str | None:
        """The judge named last before `pos` ("Justice Rumbidzai Mangwende-Chirau found"): a
        judgment speaks for its judge, not for a party named since."""
        before = [o for o in self._titled("judge") if o.end <= pos]
        return self.ctx.actors[before[-1].actor].name if before else None

    def _document_before(self, pos: int) -> _Cand | None:
        """ "A board paper published on Thursday warns … It says": "it" is the document the
        sentence before (or its own) is about, when one is named there outside quotation marks."""
        text = self.ctx.text
        prev_end = _sentence_start(text, max(0, pos - 400), pos)
        lo = _sentence_start(text, max(0, prev_end - 400), max(0, prev_end - 1))
        para = next((a for a, b in self.ctx.paras if a <= pos <= b), 0)
        docs = [
            m for m in _DOC.finditer(text, max(lo, para), pos) if not self.ctx.in_quote(m.start())
        ]
        if not docs:
            return None
        # the first document of the latest sentence naming one: "The letter says that the
        # agreement … It gives" is the letter
        last = _sentence_start(text, max(0, docs[-1].start() - 400), docs[-1].start())
        m = next(d for d in docs if d.start() >= last)
        return _Cand(m.start("np"), m.end("np"), "doc", m.group("np"))

    def _org_by_noun(self, pos: int, head: str) -> str | None:
        """The organisation "the trust" / "the company" means: the last one named whose name
        holds that word, or for a generic word ("company", "firm") the last one named."""
        if head in _GENERIC_ORG_NOUNS:
            return (
                self._described_as(pos, head)
                or self._last_org_subject(pos)
                or self._last_org(pos, business=True)
            )
        # "The Nukufetau Kaupule, the island council, wrote … the council called"
        return (
            self._last_org(pos, head)
            or self._described_as(pos, head)
            or self._described_in_passing(pos, head)
        )

    def _it(self, c: _Cand, cue: str | None, pos: int) -> tuple[str | None, str]:
        """What "it" said: the document the sentence before names, when it has an author; else
        the body that spoke just before ("The council said in a statement that "…". It said
        …"); else the document itself, or the organisation named last."""
        doc = self._document_before(c.start)
        said = self.resolve(doc, cue, pos) if doc is not None else None
        if said is not None and said[1] != "document":
            return said
        prev = self.prev
        if (
            prev is not None
            and prev.speaker
            and prev.speaker_kind == "organization"
            and 0 <= c.start - prev.close_at < _IT_REACH
        ):
            return prev.speaker, "organization"
        return said or (self._last_org(c.start), "organization")

    def _apposed_org(self, c: _Cand) -> str | None:
        """The organisation named in apposition right after "the association" ("The
        association that represents the hamlets, the Association des Îlets, said"): the
        phrase's own name, over any body of that kind named before."""
        text = self.ctx.text
        for o in self.ctx.occ:
            if o.start < c.end:
                continue
            act = self.ctx.actors[o.actor]
            between = text[c.end : o.start]
            return (
                act.name
                if act.kind == "organization"
                and _APPOSED_BODY.fullmatch(between)
                and text[o.end : o.end + 1] == ","
                else None
            )
        return None

    def _described_in_passing(self, pos: int, head: str) -> str | None:
        """The body a lower-case description named before "the department" ("an official at
        the Lebap province water management department … The department said"): a body
        written in common words about a proper name is still that body, the last one before
        `pos` with the same head word, not far back and not in a quotation."""
        text = self.ctx.text
        rx = re.compile(r"\bthe\s+((?:(?!the\b)[\w’'-]+\s+){1,5}?" + re.escape(head) + r")\b", re.I)
        best = None
        for m in rx.finditer(text, max(0, pos - _DESCRIBED_REACH), pos):
            words = m.group(1).split()[:-1]
            if any(w[:1].isupper() for w in words) and not self.ctx.in_quote(m.start()):
                best = " ".join(m.group(1).split())
        return best

    def _described_as(self, pos: int, head: str) -> str | None:
        """The organisation the text itself called "the/a … company" in apposition ("ʻOtu
        Cable Ltd, the state-owned company that runs the cable"), the last such before `pos`
        and not far: what "the company" later means, over any body named in between — unless
        the sentence itself names one as an owner ("on X's page, the company told")."""
        text, best = self.ctx.text, None
        start = _sentence_start(text, max(0, pos - 400), pos)
        for o in self.ctx.occ:
            act = self.ctx.actors[o.actor]
            if (
                start <= o.start < pos
                and act.kind == "organization"
                and _POSSESSIVE.match(text, o.end)
            ):
                best = act.name  # "on Palu Mobile's page, the company told": the one just named
        return best if best is not None else self._apposed_as(pos, head)

    def _apposed_as(self, pos: int, head: str) -> str | None:
        """The organisation called "the/a … `head`" in apposition after its name, the last
        such before `pos` and not far ("the Hidmo Relief Association (HRA), a diaspora
        charity")."""
        text, best = self.ctx.text, None
        appos = re.compile(  # "the Hidmo Relief Association (HRA), a diaspora charity"
            r"(?:\s*\([^()\n]{1,20}\))?,\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){0,3}?"
            + re.escape(head)
            + r"\b"
        )
        for o in self.ctx.occ:
            if o.start >= pos:
                break
            if pos - o.start > _DESCRIBED_REACH:
                continue
            if self.ctx.actors[o.actor].kind == "organization" and appos.match(text, o.end):
                best = self.ctx.actors[o.actor].name
        return best

    def _spokesperson_of(self, c: _Cand) -> str | None:
        """ "a spokesperson for the Bureau of Indian Affairs", "a Shetland Islands Council
        spokesperson", "a ministry spokeswoman": an unnamed spokesperson speaks for the body
        they are named with (the body the noun means, for "the ministry")."""
        m = _SPOKESPERSON.fullmatch(c.name)
        if m is None:
            return None
        inside = [  # "a spokesman for the Ministry | for Care and Ageing": a body cut short
            self.ctx.actors[o.actor] for o in self.ctx.occ if c.start <= o.start < c.end
        ]
        bodies = [a.name for a in inside if a.kind == "organization"]
        if bodies:
            return bodies[-1]
        noun = (m.group("after") or m.group("before") or "").lower().split()
        return self._org_by_noun(c.start, noun[-1]) if noun and noun[-1] in _ORG_NOUNS else None

    def _earlier_spokesperson(self, c: _Cand) -> str | None:
        """ "A spokesperson for the Ministry of Transport said … “…,” the spokesperson said":
        the body of the spokesperson brought in shortly before."""
        if not re.fullmatch(r"(?i:the)\s+(?:spokes(?:wo)?man|spokesperson)", c.name):
            return None
        floor = max(0, c.start - _ANTECEDENT_REACH)
        for m in reversed(list(_SPOKESPERSON_BROUGHT_IN.finditer(self.ctx.text, floor, c.start))):
            brought = _Cand(m.start(), m.end(), "anon", " ".join(m.group(0).split()))
            if body := self._spokesperson_of(brought):
                return body
        return None

    def _their_body(self, c: _Cand) -> str | None:
        """ "Her group has written …": the body the text named right after that noun ("now
        leads a residents' group, Sethna Baug Bachao Samiti"), the last such before."""
        m = re.fullmatch(r"(?i:her|his|their)\s+(?P<noun>[a-z]+)", c.name)
        if m is None or m.group("noun") not in _ORG_NOUNS:
            return None
        text, best = self.ctx.text, None
        lead = re.compile(
            r"\b(?:an?|the|their|his|her)\s+(?:[\w’'-]+\s+){0,3}?" + m["noun"] + r",\s+$"
        )
        for o in self.ctx.occ:
            if o.start >= c.start:
                break
            act = self.ctx.actors[o.actor]
            if (
                act.kind == "organization"
                and c.start - o.start <= _DESCRIBED_REACH
                and lead.search(text, max(0, o.start - 80), o.start)
            ):
                best = act.name
        return best

    def _staff_of_body(self, c: _Cand) -> str | None:
        """ "There is only one network, Atoll Link Telecom. … their manager replied that they
        'do not …'": an unnamed manager or representative of "its"/"their" speaks for the body,
        when the name last written before, in that paragraph or the one before, is a body's;
        so does "a spokesperson" after a body named in its own paragraph."""
        if not (staff := _STAFF_OF.fullmatch(c.name)):
            return None
        ctx = self.ctx
        # "a spokesman" looks back only as far as its own paragraph
        floor = self._para_start(c.start, back=0 if staff["bare"] else 1)
        last = None
        for o in ctx.occ:
            if o.start >= c.start:
                break
            if o.start >= floor and not ctx.in_quote(o.start):
                last = ctx.actors[o.actor]
        return last.name if last is not None and last.kind == "organization" else None

    def _org_before(self, pos: int) -> str | None:
        """What "its" at `pos` means: the organisation named last, or the one a nearer "the
        authority" in the sentences before refers to ("I think the authority knows all this.
        Its own assessment …")."""
        text = self.ctx.text
        lo = _sentence_start(text, max(0, pos - 400), max(0, _sentence_start(text, 0, pos) - 1))
        nouns = sorted(
            (
                m
                for rx in (_ORGNOUN, self.ctx.head_nouns)  # "the cabildo said in its complaint"
                if rx is not None
                for m in rx.finditer(text, lo, pos)
                if m.group("np").split()[0].lower() == "the" and not self.ctx.in_quote(m.start())
            ),
            key=lambda m: m.start(),
        )
        named = [
            o
            for o in self.ctx.occ
            if o.end <= pos and self.ctx.actors[o.actor].kind == "organization"
        ]
        if nouns and (not named or named[-1].end <= nouns[-1].start()):
            org = self._org_by_noun(nouns[-1].start(), nouns[-1].group("np").split()[-1].lower())
            if org:
                return org
        return self._last_org(pos)

    def _last_org_subject(self, pos: int) -> str | None:
        """The organisation last named as a main-clause subject in this paragraph or the one
        before: "Tolland Aggregates said its drivers worked for a contractor, Fenbury Haulage.
        The company said …" is Tolland, the one talking, not the one talked about."""
        ctx = self.ctx
        if ctx.parsed is None:
            return None
        floor = self._para_start(pos, back=1)
        best = None
        for o in ctx.occ:
            if o.start >= pos:
                break
            act = ctx.actors[o.actor]
            if (
                o.start >= floor
                and act.kind == "organization"
                and not _public_body(act.name)
                and not ctx.in_quote(o.start)
                and main_clause_subject(ctx.parsed, o.start, o.end)
            ):
                best = act.name
        return best

    def _own_author(self, c: _Cand, noun: str) -> str | None:
        """The author named in the document's own phrase: "A report by the X Institute
        concludes", "a 2024 study from X found", "Mr. Pruett's letter reads", "the press
        service of the X said"."""
        text = self.ctx.text
        m = re.compile(noun, re.I).search(text, c.start, c.end + 1)
        if m is None:
            return None
        for o in self.ctx.occ:
            if o.start < c.start or o.start > m.end() + 100:
                continue
            act = self.ctx.actors[o.actor]
            if o.end <= m.start():
                if re.match(r"[’']s\b", text[o.end : o.end + 3]):
                    return act.name  # "Pruett's most recent letter"
            elif (
                act.kind != "place"
                and re.fullmatch(
                    # "an email, sent … by the company's then operations director, Ada Roe"
                    r"[^.;!?“”\"\n]{0,80}?\b(?:by|from)\s+(?:the\s+)?"
                    r"(?:(?!(?:in|at|of|on|for|near|with)\s)[a-z][\w’'-]*,?\s+){0,5}?"
                    r"|\s+of\s+(?:the\s+)?",
                    text[m.end() : o.start],
                )
                and not _SEEN_BY.search(text[m.end() : o.start])  # "a copy of which was seen by"
            ):
                return act.name
        # "a board paper", "the council's own report": an organisation noun compounded with
        # the document noun, or its possessor, says whose it is
        owner = re.search(
            r"(?:\b([a-z]+)|\b([a-z]+)[’']s(?:\s+[\w-]+){0,2})\s+$", text[c.start : m.start()]
        )
        word = owner and (owner.group(1) if owner.group(1) in _ORG_NOUNS else owner.group(2))
        if word and word not in _GENERIC_ORG_NOUNS:
            org = self._last_org(c.start, word)
            if org and word in org.lower():
                return org
            if org := self._described_as(c.start, word):
                return org  # "the monastery's letter" of "X, the monastery that …"
        elif word and (org := self._org_by_noun(c.start, word)):
            return org  # "The company's own business plan": the company the text means
        # "a memo from the trust's operations manager": the organisation the noun means
        by = _BY_ORG_NOUN.match(text, m.end())
        if by and by.group(1).lower() in _ORG_NOUNS:
            return self._org_by_noun(m.end(), by.group(1).lower())
        if by and (org := self._last_org(m.end(), by.group(1).lower())):
            # "a technical note published by the railway": the body named before whose name
            # ends in that word ("Mekong Highland Railway")
            return org if org.lower().split()[-1] == by.group(1).lower() else None
        return None

    def _named_role(self, c: _Cand) -> str | None:
        """The person a definite role phrase means ("the nurse said", "the mayor of X
        added"): the one person the article names with that role in apposition ("The nurse,
        Ama Osei,", "Osei, a nurse at …") — the nearest before the quote, else the first within
        the next paragraphs. None when the phrase is indefinite or plural ("a nurse", "the
        nurses": someone else, or several)."""
        words = re.split(r"\s+(?:of|for|at)\s+", c.name, maxsplit=1)[0].split()
        if len(words) < 2 or words[0].lower() not in _DEFINITE or not words[-1].isalpha():
            return None
        role = words[-1].lower()
        known = is_role_phrase(words[1:]) or role in ROLE_TITLES or role in PERSON_TITLES_STRONG
        if not (known or (len(words) == 2 and self._set_beside_a_person(role))):
            return None  # "the report", "the photo", "the nurses": not one person's role
        # ("the commander", "the captain": a rank only a person holds)
        modifiers = [w.lower() for w in words[1:-1]]
        # "The nurse, Ama Osei,", "Minister for Harbours, Ola Brekke": the role, a comma, the
        # name; or the role word in lower case right before the name ("Rovers manager Gordon
        # Hale"). A capitalised title ("President Obama") is not enough: news then refers to
        # the person by the title's role noun for the whole article, and often to others too.
        # (PolNeAR annotates the role phrase itself as the source, so naming the person costs
        # there: 5 quotes of 6,460 for the lower-case form.)
        # The role's "of" phrase may list portfolios ("Minister of Commerce, Industry and
        # Trade,"), and an abbreviated honorific may open the name ("…, the Hon. Ada Roe"). In
        # the speaker's own phrase a rank may stand between the comma and the name ("The
        # commander of the company, Captain Ada Roe, said"): the occurrence starts after it.
        phrase = (
            r"(?i:\b" + role + r")(?:\s+(?:of|for)\s+[^,.;:“”\"]{1,50}"
            r"(?:,\s+[A-Z][^,.;:“”\"]{1,40})*)?,"
        )
        honorific = r"(?:\s+(?:the\s+)?[A-Z][a-z]{1,4}\.)?"
        before = re.compile(r"(?:" + phrase + honorific + r"|\b" + role + r")\s+$")
        ranked = re.compile(r"(?:" + phrase + r"(?:\s+[A-Z][a-z]+\.?){0,2}|\b" + role + r")\s+$")
        # "Ama Osei, a nurse at …", "Osei, the clinic's senior nurse": the role heads the
        # apposition (not "Zuckoff, the author of the book").
        # The apposition ends with the role's phrase ("Osei, a nurse at …, said"); "Osei, the
        # governor described …" is the next clause's subject, not an apposition.
        # A capitalised role needs no article: "Claude Hoscheit, Minister for Energy, …".
        appos = re.compile(
            r",\s+(?:(?:an?|the|its|his|her|their|[A-Z][\w-]*[’']s)\s+"
            r"(?:(?!(?:of|for|at|in|on|to|with)\s)[\w-]+\s+){0,3}?|(?-i:(?=[A-Z])))" + role + r"\b"
            r"(?=\s*[,.;:)\n]|\s+(?:of|for|at|in|on|with|from|and|who)\b)",
            re.I,
        )
        own = [  # the phrase's own apposition, in the same sentence
            o
            for o in self.ctx.occ
            if c.start <= o.start <= c.end + 100
            and not re.search(r"[.!?\n]", self.ctx.text[c.end : o.start])
            and self._has_role(o, ranked, appos, modifiers)
        ]
        if own:
            return self.ctx.actors[own[0].actor].name
        named = [o for o in self.ctx.occ if self._has_role(o, before, appos, modifiers)]
        if not named and not modifiers:
            named = self._titled(role)
        # before the quote, a rank may open the name too: "The village chief, Dougoutigui
        # Bakary Traoré, called a meeting … “…,” the chief said"
        earlier = [
            o
            for o in self.ctx.occ
            if o.end <= c.start and (o in named or self._has_role(o, ranked, appos, modifiers))
        ]
        if earlier:
            return self.ctx.actors[earlier[-1].actor].name
        after = [o for o in named if c.end <= o.start <= c.end + 1200]
        return self.ctx.actors[after[0].actor].name if after else None

    def _set_beside_a_person(self, noun: str) -> bool:
        """Whether the text sets "the `noun`" beside a person's name ("The okinka, Teresa
        Nanque, is …"): a local office no word list holds, made a role by the article."""
        text = self.ctx.text
        if noun in _ORG_NOUNS or re.fullmatch(r"(?:" + _DOC_NOUN + r")s?", noun):
            return False  # "the author of the book, Mitchell Zuckoff": the book is no role
        for m in re.finditer(r"\b[Tt]he\s+" + re.escape(noun) + r",\s+", text):
            if _OBJECT_OF.search(text, max(0, m.start() - 12), m.start()):
                continue
            o = next((o for o in self.ctx.occ if o.start == m.end()), None)
            if o is not None and self.ctx.actors[o.actor].kind == "person":
                return True
        return False

    def _body_by_head(self, c: _Cand) -> str | None:
        """The organisation "the detachment" means: the last one named before it whose name
        ends in that noun ("the Southern Hail Protection Detachment"), as news shortens a
        body's name to its head word after the first mention; or the one the text called so in
        apposition ("the Ufficio Scolastico Regionale per la Calabria, the regional schools
        office, …": "The regional schools office said")."""
        words = c.name.lower().split()
        if not 2 <= len(words) <= 5 or words[0] != "the" or not words[-1].isalpha():
            return None
        if len(words) > 2:
            return self._apposed_as(c.start, words[-1]) if words[-1] in _ORG_NOUNS else None
        best = None
        for o in self.ctx.occ:
            if o.start >= c.start:
                break
            act = self.ctx.actors[o.actor]
            if act.kind == "organization" and act.name.lower().split()[-1] == words[1]:
                best = act.name
        return best

    def _possessing_body(self, c: _Cand) -> str | None:
        """The body behind "the council's resolution", "the department's certificate": the
        documents a body issues speak for it (its people do not: "the club's owners")."""
        m = _BODY_POSSESSES.fullmatch(c.name)
        if m is None or m.group("body").lower() not in _ORG_NOUNS:
            return None
        if not re.fullmatch(r"(?i:" + _DOC_NOUN + r")", m.group("thing").split()[-1]):
            return None  # "the club's owners" are people
        return self._org_by_noun(c.start, m.group("body").lower())

    def _titled(self, role: str) -> list[ActorMention]:
        """Occurrences of the one person given a title that confers `role` ("Justice Halima
        Danjuma" for "the judge", "Premier Natalie Brearley" for "the Premier"); none when
        the title goes to several people (then "the senator" could be any of them)."""
        titles = ROLE_TITLES.get(role)
        if not titles:
            return []
        # the role's title may open a rank of several: "Det Sgt Ruairí Costigan"
        rank = r"(?:\s+(?:" + _RANK_WORDS + r")\.?){0,2}"
        title = re.compile(r"(?<![\w.])(?i:" + "|".join(titles) + r")\.?" + rank + r"\s+$")
        ctx = self.ctx
        found = [
            o
            for o in ctx.occ
            if ctx.actors[o.actor].kind == "person"
            and not ctx.in_quote(o.start)
            and (hit := title.search(ctx.text, max(0, o.start - 20), o.start))
            and ctx.text[hit.start()].isupper()
        ]
        holders = {o.actor for o in found}
        if len(holders) != 1:
            return []
        return [o for o in ctx.occ if o.actor in holders]

    def _epithet(self, c: _Cand, cue: str | None) -> str | None:
        """ "The Dutchman added", "the 27-year-old said": the speaker of the quote before when
        that was a person of the epithet's gender still speaking, else the last person named."""
        if not EPITHET.fullmatch(c.name):
            return None
        noun = c.name.split()[1].lower()
        g = "f" if re.search(r"wom[ae]n$", noun) else "m" if re.search(r"m[ae]n$", noun) else None
        prev = self.prev
        if (
            prev is not None
            and prev.speaker_kind == "person"
            and (g is None or self.coref.gender.get(prev.speaker or "", g) == g)
            and (cue in _CONTINUING or self._still_speaking(prev, c.start))
        ):
            return prev.speaker
        return self._last_person(c.start, g)

    def _unnamed_antecedent(self, c: _Cand) -> str | None:
        """ "A parish works employee, who asked not to be named, said … “…,” the employee
        said": a definite phrase ("the employee") names the unnamed person introduced shortly
        before with the same head noun; the reader is shown that introduction, which says who
        it is, not the bare back-reference."""
        words = c.name.split()
        if len(words) != 2 or words[0].lower() not in _DEFINITE:
            return None
        head = words[1].lower()
        for start, end, name, kind, _subj in reversed(self.coref.events):
            if start >= c.start or kind != "anon":
                continue
            if c.start - start > _ANTECEDENT_REACH:
                return None
            if not re.match(r"(?i:an?|one|another)\s", name):
                continue
            if name.split()[-1].lower() == head:
                found = name
            # a head read one noun short: "a police | officer"
            elif re.match(r"\s+" + re.escape(head) + r"\b", self.ctx.text[end:], re.I):
                found = f"{name} {head}"
            else:
                continue
            # "one person" says no more than "the person"
            return found if len(found.split()) > 2 else None
        return None

    def _has_role(
        self, o: ActorMention, before: re.Pattern, appos: re.Pattern, modifiers: list[str]
    ) -> bool:
        """Whether the person named by occurrence `o` is given the role right there (`before`
        or `appos` it), with every modifier of the role phrase ("the Florida senator" is not
        any senator)."""
        ctx = self.ctx
        start, end = o.start, o.end
        if ctx.actors[o.actor].kind != "person" or ctx.in_quote(start):
            return False
        text = ctx.text
        hit = before.search(text, max(0, start - 90), start)
        # the modifiers stand before the role word: "Nordhafen's chief executive, Sigrun …"
        said = text[max(0, hit.start() - 40) : hit.end()] if hit else ""
        if hit is None and (hit := appos.match(text, end)):
            said = hit.group(0)
        return hit is not None and all(
            re.search(r"(?i)\b" + re.escape(w) + r"\b", said) for w in modifiers
        )

    def resolve(self, c: _Cand, cue: str | None, pos: int) -> tuple[str | None, str]:
        if c.kind in ("person", "organization", "place", "other"):
            return c.name, c.kind
        if c.kind == "pronoun":
            prev = self.prev
            if c.name in ("he", "she"):
                g = "m" if c.name == "he" else "f"
                if (
                    prev is not None
                    and prev.speaker_kind == "person"
                    and self.coref.gender.get(prev.speaker or "", g) == g
                    and (
                        cue in _CONTINUING
                        or (
                            self.coref.gender.get(prev.speaker or "") == g
                            and self._still_speaking(prev, c.start)
                        )
                    )
                ):
                    return prev.speaker, "person"
                hit = self.coref.ref.get(c.start)
                if hit is not None:
                    return hit
                name = self._last_person(c.start, g)
                if name is None and prev is not None and prev.speaker_kind == "person":
                    return prev.speaker, "person"
                return name, "person"
            if c.name == "they":
                if (
                    prev is not None
                    and prev.speaker
                    and prev.speaker_kind in ("anon", "organization")
                ):
                    return prev.speaker, prev.speaker_kind
                return self._last_org(c.start), "organization"
            if c.name == "it":
                return self._it(c, cue, pos)
        if c.kind == "orgnoun":
            if apposed := self._apposed_org(c):
                return apposed, "organization"
            if re.search(r" (?:of|for) ", c.name):  # "the education ministry of the Sakha
                return _lower_article(c.name), "organization"  # Republic": named so
            name = self._org_by_noun(c.start, c.name.lower().split()[-1])
            return (name or c.name), "organization"
        if c.kind == "possessed":
            owner = self.ctx.actors[c.actor] if c.actor is not None else None
            if owner is not None and owner.kind == "organization" and _VOICE.search(c.name):
                return owner.name, "organization"  # "the Interior Ministry's office said"
            return c.name, "organization"
        if c.kind == "doc":
            author = self._possessing_body(c) or self._document(c)
            if author is None:
                return _lower_article(c.name), "document"
            # "His letter" is a person's; a report by a body, the body's
            kinds = {a.name: a.kind for a in self.ctx.actors}
            return author, "person" if kinds.get(author) == "person" else "organization"
        if named := self._named_role(c) or self._epithet(c, cue):
            return named, "person"
        if body := (
            self._body_by_head(c)
            or self._possessing_body(c)
            or self._their_body(c)
            or self._staff_of_body(c)
        ):
            return body, "organization"
        if body := self._spokesperson_of(c) or self._earlier_spokesperson(c):
            return body, "organization"
        if unnamed := self._unnamed_antecedent(c):
            return unnamed, "anon"
        name = c.name
        if named := _name_after_role(name):
            return named, "person"  # "Chief technology officer Suresh a/l Muniandy wrote"
        if re.match(
            r"(?:An?|The|One|Two|Three|Some|Several|Many|Another|Senior|Its|His|Her|Their|Other)\b",
            name,
        ):
            name = name[0].lower() + name[1:]
        return name, "anon"


_POSSESSIVE = re.compile(r"[’']s?\b")
# "X, which has eleven members, wrote to the council", "X collected the names and sent a letter
# to the company": X sent a letter.
_SENT_A_LETTER = (
    r"(?:(?:had|has|have)\s+)?(?:wr(?:ote|itten)\s+to|sent\s+(?:a|an|its|their)\s+"
    r"(?:[\w-]+\s+)?(?:letter|email|message))\b"
)
_WROTE_TO = re.compile(
    # "…, which …, wrote to", "the Council, whose members have written to": the body wrote;
    # "Dr Ada Roe, one of the three partners, wrote to the troupe": so did the one apposed;
    # "The Keepers' Association (PRKA), which …, has written to": its acronym first
    r"(?:[ \t]*\([A-Z][A-Za-z&]{1,7}\))?"
    r"(?:,\s+(?:which|who)\s+[^,.;“”\"\n]{1,80},|,\s+whose\s+[\w-]+"
    r"|,\s+(?:a|an|the|one|his|her|its|their)\s+[^,.;“”\"\n]{1,80},)?"
    r",?\s+(?:[^.;“”\"\n]{1,80}?\s+and\s+)?" + _SENT_A_LETTER
)
# "the company had written to the ministry twice. A copy of the second letter …"
_BODY_WROTE_TO = re.compile(
    r"\b(?:the|its)\s+(?P<noun>" + _ORG_NOUN_ALT + r")\s+" + _SENT_A_LETTER, re.I
)
# How far back "the company" still means the one the text described as a company.
_DESCRIBED_REACH = 2500
# "its manager", "their local representative": someone who speaks for a body, unnamed
_STAFF_OF = re.compile(
    r"(?i:its|their)\s+(?:[a-z]+\s+)?"
    r"(?:manager|management|representative|spokes(?:wo)?man|spokesperson|spokespeople)"
    # "The department said … A spokesperson said": the body's, when its name came last
    r"|(?P<bare>(?i:an?)\s+(?:spokes(?:wo)?man|spokesperson))"
)


# "the council's resolution", "The department's signed certificate"
_BODY_POSSESSES = re.compile(
    r"(?i:the)\s+(?P<body>[a-z]+)[’']s\s+(?P<thing>(?:[a-z-]+\s+){0,2}[a-z]+)"
)


# English body nouns and their names in other languages (`org_noun_translations.txt`).
_ORG_NOUN_ELSEWHERE = {
    line.split()[0]: tuple(line.split()[1:])
    for line in (Path(__file__).parent / "data" / "org_noun_translations.txt")
    .read_text(encoding="utf-8")
    .splitlines()
    if line.strip() and not line.startswith("#")
}


def _named_for(noun: str, names: str) -> bool:
    """Whether a body's names hold the noun it is called by: "the trust" in "Harbour Trust";
    a trade's place in its trade ("the brewery" in "Volga Craft Brewing", "the bakery" in
    "Oban Baking Co")."""
    if noun in names or any(other in names for other in _ORG_NOUN_ELSEWHERE.get(noun, ())):
        return True  # "the cooperative" in "Wassergenossenschaft Gößnitzberg"
    return (
        noun.endswith("ery")
        and len(noun) > 6
        and re.search(r"\b" + re.escape(noun[:-3]) + r"ing\b", names) is not None
    )


def _name_after_role(phrase: str) -> str | None:
    """The full name a capitalised title or role phrase opens onto ("Chief technology officer
    Suresh a/l Muniandy"); not a description ("the Wisconsin Republican", "former
    Pennsylvania Gov.")."""
    if not phrase[:1].isupper() or phrase.split()[0].lower() == "the":
        return None
    name = clean_surface(phrase)[0]
    last = name.split()[-1].rstrip(".").lower()
    if name == phrase or last in TITLES or not FULL_NAME.fullmatch(name):
        return None
    return name


_RANK_WORDS = "|".join(
    sorted((w.capitalize() for w in TITLES if w.isalpha()), key=len, reverse=True)
)


@functools.cache
def _issued_by(noun: str) -> re.Pattern[str]:
    """ "the company published a post-incident report": an organisation noun putting out a
    document of the family `noun` (compiled once per family)."""
    return re.compile(
        r"(?P<np>\b(?i:the)\s+(?:[\w-]+\s+)?(?i:" + _ORG_NOUN_ALT + r"))\b"
        r"[^.;!?“”\"\n]{0,60}?\b(?:published|released|issued|put\s+out|sent|filed|said|says|"
        r"added|announced|confirmed|wrote)\s+(?:in\s+)?(?:its|their|a|an)\s+(?:[\w-]+\s+){0,3}?"
        + noun,
        re.I,
    )


def _public_body(name: str) -> bool:
    """A ministry, council, police force …: what "the company" never means. The head word is
    the last, or the one before "of" ("Municipality of Îles-de-la-Brume")."""
    words = name.lower().split()
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    return head in _PUBLIC_BODY_HEADS


_DEFINITE = {"the", "its", "his", "her", "their"}
_CHANNEL_BEFORE = re.compile(r"\b(?i:in|via|through)\s+$")
# "[In a statement] on Tuesday, the cofradía said": the subject right before the speech verb
_SUBJECT_THEN_SPEECH = re.compile(
    r"[\s,]+(?P<np>(?:[Tt]he\s+[a-zà-ÿ]+|[Ii]t|[A-Z][\w&’'.-]*(?:\s+(?:of\s+|de\s+)?[A-Z][\w&’'.-]*){0,5}))"
    r"\s+(?:said|says|stated|added|wrote|announced|confirmed)\b"
)
# "a spokesperson for the Bureau of …", "a Shetland Islands Council spokeswoman", "a ministry
# spokesman": an unnamed spokesperson and the body named with them.
_SPOKESPERSON = re.compile(
    r"(?i:an?|the)\s+(?P<before>(?:[\w’'&.-]+\s+){0,5}?)?"
    r"(?:spokes(?:wo)?man|spokesperson|press\s+officer)"
    r"(?:\s+(?:for|of|at|with)\s+(?P<after>.+))?"
)
# "A spokesperson for the Ministry of Transport", "a Skelby council spokeswoman": one brought in.
_SPOKESPERSON_BROUGHT_IN = re.compile(
    r"\b[Aa]n?\s+(?:[\w’'&.-]+\s+){0,5}?(?:spokes(?:wo)?man|spokesperson)"
    r"(?:\s+(?:for|of|at|with)\s+(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w’'&.-]*){0,5})?"
)
# The parts of an organisation that speak for it, unnamed: "the ministry's press office".
_VOICE = re.compile(r"[’']s (?:press )?(?:office|spokes(?:wo)?man|spokesperson)$")
# "… of the book, Mitchell Zuckoff": the noun is the object of the phrase before the name.
_OBJECT_OF = re.compile(r"\b(?:of|for|at|by|in|on|with|from|to)\s+$")
# What a judge writes; the judge is the one person given a judge's title (role_titles.txt).
_COURT_DOCUMENTS = frozenset({"judgment", "judgement", "ruling", "verdict", "sentencing"})
# How far back (characters, about two paragraphs) "the employee said" looks for the unnamed
# "a … employee" it refers to.
_ANTECEDENT_REACH = 1200
_TELL = {"tell", "tells", "told", "telling"}
# Verbs that give their object a name or a label: "calling the mayor a “liar”".
_NAMING = {
    "call",
    "calls",
    "called",
    "calling",
    "dubbed",
    "dubbing",
    "labelled",
    "labeled",
    "labelling",
    "labeling",
    "branded",
    "branding",
}
_BY_ORG_NOUN = re.compile(r"[^.;!?“”\"\n]{0,80}?\b(?:by|from)\s+the\s+([a-z]+)(?:[’']s)?\b")


def _lower_article(name: str) -> str:
    """ "The report" -> "the report": a common-noun speaker reads in lower case."""
    return name[0].lower() + name[1:] if re.match(r"(?:The|A|An|This|That)\b", name) else name


def _attribute_by_parse(ctx: _Context, res: _Resolver, r: _Raw) -> bool:
    """Attribute `r` to the subject of the speech verb governing it; False when there is none."""
    if ctx.parsed is None:
        return False
    limits = (ctx.paras[r.para][0], ctx.paras[r.last_para][1])
    hit = syntax_cue(ctx.parsed, r, limits)
    if hit is None:
        return False
    cand = candidate_for(ctx, ctx.parsed, hit.subject)
    if cand is None:
        return False
    speaker, kind = res.resolve(cand, hit.cue, cand.start)
    if speaker is None:
        return False
    r.speaker, r.speaker_kind, r.cue, r.cue_dist = speaker, kind, hit.cue, hit.distance
    r.tagged = r.in_clause = True
    return True


# "…, which means “good morning”", "which is Cornish for “Cornwall for ever”", "and translated
# it himself: “…”": the quotation after it translates the one before.
_GLOSS_BEFORE = re.compile(
    r"\b(?:(?:which|that)\s+(?:means|meant|translates\s+(?:as|to)|is\s+[A-Z][a-z]+\s+for)"
    r"|meaning|translated\s+it(?:\s+(?:himself|herself|themselves))?\s*(?:as|:))\s*,?\s*$"
)


def _translation(ctx: _Context, res: _Resolver, r: _Raw) -> bool:
    """Give `r` the speaker of the quotation it translates ("“Kernow bys vykken,” Morwenna
    said when I asked her, which is Cornish for “Cornwall for ever”": hers, not the one who
    asked); False when the words before it are no gloss or no quotation came just before."""
    prev = res.prev
    m = _GLOSS_BEFORE.search(ctx.text, max(0, r.open_at - 40), r.open_at)
    if m is None or prev is None or not prev.speaker or not prev.tagged or prev.para != r.para:
        return False  # the words before must be someone's, said next to a cue
    r.speaker, r.speaker_kind, r.cue = prev.speaker, prev.speaker_kind, m.group(0).strip(" ,")
    r.cue_dist = 0
    r.tagged = True
    return True


def _attribute(ctx: _Context, res: _Resolver, r: _Raw, raws: list[_Raw], idx: int) -> None:
    """Find the speaker of `r`: a gloss of the quotation before, the parse, then a cue in the
    glue, then no cue at all."""
    if _translation(ctx, res, r) or _attribute_by_parse(ctx, res, r):
        return
    glues = _glues(ctx, r, raws, idx)
    if _attribute_by_cue(ctx, res, r, glues):
        return
    _attribute_without_cue(ctx, res, r, glues[0][0])


# start, end, "before"/"after" the quotation, or "colon": the paragraph before, ending in ":"
_Glue = tuple[int, int, str]


def _glues(ctx: _Context, r: _Raw, raws: list[_Raw], idx: int) -> list[_Glue]:
    """The unquoted text around `r` where its cue may be: its sentence before and after it.

    Also "X said:" closing the previous paragraph, and the paragraph after an unmarked block
    quote ("That is how Dr X put it …"). The first glue is always the one before.
    """
    text = ctx.text
    pa, _pb = ctx.paras[r.para]
    _la, lb = ctx.paras[r.last_para]
    prev_close = pa
    for q in raws[:idx]:
        if q.last_para == r.para and q.close_at <= r.open_at:
            prev_close = max(prev_close, q.close_at)
    next_open = lb
    for q in raws[idx + 1 :]:
        if q.para == r.last_para and q.open_at >= r.close_at:
            next_open = q.open_at
            break
    glues: list[_Glue] = [
        (_sentence_start(text, prev_close, r.open_at), r.open_at, "before"),
        (r.close_at, _sentence_end(text, r.close_at, next_open), "after"),
    ]
    if r.open_at == pa and r.para > 0 and text[ctx.paras[r.para - 1][1] - 1] == ":":
        qa, qb = ctx.paras[r.para - 1]
        if not ctx.in_quote(qb - 1):
            glues.append((_sentence_start(text, qa, qb - 1), qb, "colon"))
    if r.block and r.last_para + 1 < len(ctx.paras):
        na, nb = ctx.paras[r.last_para + 1]
        glues.append((na, _sentence_end(text, na, nb), "after"))
    return glues


def _cue_distance(ctx: _Context, r: _Raw, m: re.Match, side: str, gb: int) -> int:
    """How far a cue is from the quotation, with penalties for the previous paragraph and for
    text after a quotation that ended its own sentence."""
    text = ctx.text
    dist = (m.start() - r.close_at) if side == "after" else (r.open_at - m.end())
    if gb <= ctx.paras[r.para][0] and side != "colon":
        dist += 200  # "X said:" introducing the paragraph is its cue, not the one before
    if (
        side == "after"
        and re.match(r"[.!?]$", r.text[-1:])
        and re.match(r"\s+[A-Z]", text[r.close_at : r.close_at + 2])
    ):
        dist += 100
    return dist


def _attribute_by_cue(ctx: _Context, res: _Resolver, r: _Raw, glues: list[_Glue]) -> bool:
    """The nearest speech cue in the glue with a speaker next to it; True when one named it.

    A cue without a speaker is remembered as the quotation's cue all the same.
    """
    best: tuple[int, _Cand, str] | None = None
    bare_cue: tuple[int, str] | None = None
    for ga, gb, side in glues:
        cues = ctx.cues(ga, gb)
        if side != "after":
            cues = list(reversed(cues))
        for m in cues:
            cand = _pick_speaker(ctx, ga, gb, m)
            dist = _cue_distance(ctx, r, m, side, gb)
            if cand is None:
                if bare_cue is None or dist < bare_cue[0]:
                    bare_cue = (dist, _cue_text(m))
                continue
            if best is None or dist < best[0]:
                best = (dist, cand, _cue_text(m))
            break
    if best is not None:
        dist, cand, cue = best
        r.speaker, r.speaker_kind = res.resolve(cand, cue, cand.start)
        r.cue, r.cue_dist = cue, dist
        r.tagged = r.speaker is not None
        if r.speaker is not None:
            return True
    if bare_cue is not None and r.cue is None:
        r.cue, r.cue_dist = bare_cue[1], bare_cue[0]
    return False


def _attribute_without_cue(ctx: _Context, res: _Resolver, r: _Raw, b_start: int) -> None:
    """No cue: a partial quotation takes its sentence's subject; a standalone one inherits.

    A standalone quotation inherits the speaker of the quotation before, unless a person took
    the floor between them (named as a main-clause subject, not as the one spoken to or about:
    "Brisca told Byteframe.", "Lind said of Harlow.").
    """
    text = ctx.text
    signed = _signature(ctx, r)
    if signed is not None:
        r.speaker, r.speaker_kind = res.resolve(signed, None, signed.start)
        r.tagged = r.speaker is not None
        if r.speaker:
            return
    if re.search(r"[A-Za-z]{2}", text[b_start : r.open_at]):
        cands = [
            c
            for c in ctx.candidates(b_start, r.open_at)
            if c.kind in ("person", "organization", "pronoun", "anon", "orgnoun")
            and not _POSSESSOR_AFTER.match(text, c.end)  # "the timing of Sanders’ surge"
        ]
        if cands:
            c = cands[0]
            r.speaker, r.speaker_kind = res.resolve(c, None, c.start)
            r.in_clause = True
            if r.speaker:
                return
    prev = res.prev
    near = prev is not None and bool(prev.speaker) and r.para - prev.last_para <= 2
    # with no quotation close before, the person who took the floor in this paragraph or the
    # one before speaks ("Minister X has sat down. The key line: “…”")
    since = prev.close_at if near and prev is not None else ctx.paras[max(0, r.para - 1)][0]
    between = [
        o
        for o in ctx.occ
        if since <= o.start < r.open_at
        and ctx.actors[o.actor].kind == "person"
        and not _LISTENER_BEFORE.search(text, max(0, o.start - 20), o.start)
        and (ctx.parsed is None or takes_the_floor(ctx.parsed, o.start, o.end))
    ]
    if between:
        r.speaker, r.speaker_kind = ctx.actors[between[-1].actor].name, "person"
    elif near and prev is not None:
        r.speaker, r.speaker_kind = prev.speaker, prev.speaker_kind


_POSSESSOR_AFTER = re.compile(r"[’'](?:s\b|\s)")
_SIGNATURE_DASH = re.compile(r"[ \t]*[―—–-]{1,2}[ \t]*")


def _signature(ctx: _Context, r: _Raw) -> _Cand | None:
    """A name signing the quotation: "“Keep going.” ― Ada Brandt" (a dash, then the name)."""
    m = _SIGNATURE_DASH.match(ctx.text, r.close_at)
    if m is None:
        return None
    for c in ctx.candidates(m.end(), min(len(ctx.text), m.end() + 80)):
        if c.start == m.end() and c.kind in ("person", "organization", "anon"):
            return c
    return None
