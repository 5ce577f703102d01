"""Pass 2, cues: speech cues and the candidate speakers around a quotation."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.article.actors import ActorMention, is_org_head
from reader.article.parsed import Parsed
from reader.article.quotes.apposition import apposed_to_name
from reader.article.quotes.lexicon import (
    _ANON,
    _ANSWER_OWNER,
    _CUE,
    _DOC,
    _NOT_CUE,
    _ORGNOUN,
    _POSSESSED,
    _PRONOUN,
    ANSWER_OWNER_PRONOUN,
    REPORTER_BEFORE,
    unnamed_speaker,
)
from reader.article.quotes.marks import _Raw, paragraphs
from reader.article.quotes.sentences import _sentence_start
from reader.models import Actor

# A platform or channel named as where words appeared: "on Facebook", "via X", "in a Facebook
# post", "Facebook/Ana Ruiz" (a photo credit).
_MEDIUM_BEFORE = re.compile(
    r"\b(?:on|via)\s+(?:the\s+)?$|\b(?:in|on)\s+(?:an?|her|his|their|its)\s+$"
)
_MEDIUM_AFTER = re.compile(
    r"(?:[’']s)?\s+(?:post|posts|page|account|feed|video|livestream|story|thread|channel)\b|/"
)


def _medium(text: str, start: int, end: int) -> bool:
    """Whether the organisation named at [start, end) is the medium words appeared in, or the
    newsroom they were told or shown to ("shared with Circuit & Signal by a customer")."""
    return bool(
        _MEDIUM_BEFORE.search(text, max(0, start - 12), start)
        or _MEDIUM_AFTER.match(text, end)
        or REPORTER_BEFORE.search(text, max(0, start - 30), start)
    )


# "the education ministry | of the Sakha Republic": whose body it is, named after the noun.
_OF_PLACE = re.compile(r"\s+of\s+(?:the\s+)?(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})")
# "the secretariat | for spatial planning said": a body's remit in lower case, running to the
# speech verb, is part of how it is named (not "the company for years said").
_REMIT = re.compile(
    r"(\s+(?:for|of)\s+(?!(?:years|months|weeks|days|decades|now|long)\b)[a-z][a-z-]+"
    r"(?:\s+(?:and\s+)?[a-z][a-z-]+){0,3})"
    r"(?=\s+(?:said|says|told|added|stated|wrote|announced|noted|confirmed|explained)\b)"
)
# A phrase that describes someone in a relative clause ("a native who writes fiction").
_DESCRIBED = re.compile(r",?\s+who\b")
# A relative clause about a person right after a noun phrase (past where they work).
_PERSON_RELATIVE = re.compile(r"(?:\s+(?:at|in|on|from|of|with)\s+[^,.;“”\"\n]{1,60})?,?\s+who\b")


def _org_head_nouns(text: str, actors: list[Actor]) -> re.Pattern[str] | None:
    """ "the cofradía said" beside the Cofradía de Pescadores: the first or last word of an
    organisation's name, when it is a body's head word (`is_org_head`), written in lower case
    after "the", means that organisation (a noun `_ORGNOUN` does not list: a body of another
    language, or of a kind named only here) — not "the prints" of "Prints Unlimited"."""
    heads = {
        w.lower()
        for a in actors
        if a.kind == "organization" and len(words := a.name.split()) > 1
        for w in (words[0], words[-1])
        if w.isalpha() and w[0].isupper() and is_org_head(w.lower())
    }
    found = {w for w in heads if re.search(r"\b[Tt]he\s+" + re.escape(w) + r"\b", text)}
    if not found:
        return None
    alt = "|".join(re.escape(w) for w in sorted(found))
    return re.compile(r"(?<![\w-])(?P<np>[Tt]he\s+(?:" + alt + r"))(?![\w-])")


@dataclass(slots=True)
class _Cand:
    """A phrase that may name a speaker, and what kind of phrase it is."""

    start: int
    end: int
    kind: str  # person / organization / place / other / pronoun / anon / orgnoun
    name: str
    actor: int | None = None


class _Context:
    """The text, its paragraphs and named actors, shared by every pass over one article.

    `occ` keeps only the actor mentions outside quotation marks: a name inside a quote is
    talked about, never the one talking. `candidates` lists the phrases that may name a speaker
    in a span of text; `cues` the speech cues found there by the text scan.
    """

    def __init__(
        self,
        text: str,
        raws: list[_Raw],
        actors: list[Actor],
        occ: list[ActorMention],
        parsed: Parsed | None = None,
        author: str | None = None,
    ):
        self.text = text
        self.parsed = parsed
        self.author = author  # the byline: "I said" in a column is the columnist
        self.actors = actors
        self.paras = paragraphs(text)
        # a turn's or an answer's words narrate the quotations they hold ("In the hospital he
        # said, “…”"): their names and pronouns are read, and their "I" is the one answering
        self.quoted = [(r.open_at, r.close_at) for r in raws if not r.turn]
        self.turns = [(r.open_at, r.close_at, r.speaker) for r in raws if r.turn]
        self.occ = [o for o in occ if not self.in_quote(o.start)]
        self.head_nouns = _org_head_nouns(text, actors)

    def in_quote(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.quoted)

    def first_person(self, pos: int) -> str | None:
        """Who "I" at `pos` outside quotation marks is: the one whose turn or answer holds it,
        else the byline's author (a columnist's "I told the council")."""
        return next((s for a, b, s in self.turns if a <= pos < b), None) or self.author

    def candidates(self, a: int, b: int) -> list[_Cand]:
        text = self.text
        out: list[_Cand] = []
        for o in self.occ:
            if a <= o.start and o.end <= b:
                act = self.actors[o.actor]
                if act.kind == "organization" and _medium(text, o.start, o.end):
                    continue  # "wrote on Facebook", "in a Facebook post": where, not who
                pm = _POSSESSED.match(text, o.end)
                if pm and pm.end() <= b:
                    name = f"{act.name}{text[o.end]}s {pm.group(1).lower()}"
                    out.append(_Cand(o.start, pm.end(), "possessed", name, o.actor))
                    continue
                out.append(_Cand(o.start, o.end, act.kind, act.name, o.actor))
        for m in _PRONOUN.finditer(text, a, b):
            out.append(_Cand(m.start(), m.end(), "pronoun", m.group(0).lower()))
        for m in _ANSWER_OWNER.finditer(text, a, b):
            pronoun = ANSWER_OWNER_PRONOUN[m.group("p").lower()]
            out.append(_Cand(m.start("p"), m.end("p"), "pronoun", pronoun))
        for m in _ANON.finditer(text, a, b):
            g = "np" if m.group("np") else ("them" if m.group("them") else "bare")
            described = _DESCRIBED.match(text, m.end(g)) or " who " in m.group(g)
            if described and apposed_to_name(text, m.start(g), m.end(g), True):
                continue  # "Braynard, a South Carolina native who writes …": Braynard
            out.append(_Cand(m.start(g), m.end(g), "anon", unnamed_speaker(m.group(g))))
        for m in _DOC.finditer(text, a, b):
            out.append(_Cand(m.start("np"), m.end("np"), "doc", " ".join(m.group("np").split())))
        if self.head_nouns is not None:
            for m in self.head_nouns.finditer(text, a, b):
                out.append(_Cand(m.start("np"), m.end("np"), "orgnoun", m.group("np")))
        for m in _ORGNOUN.finditer(text, a, b):
            out.append(self._org_noun_phrase(m))
        # "The European Commission", "the Sandia Institute for Public Opinion": the named
        # organisation, not a "the … institute" noun phrase overlapping its name
        named = [c for c in out if c.kind in ("organization", "place", "possessed")]
        out = [
            c
            for c in out
            if c.kind != "orgnoun" or not any(c.start < n.end and n.start < c.end for n in named)
        ]
        # a bigger phrase wins over what it contains ("a spokesperson for Valtora")
        out.sort(key=lambda c: (c.start, -(c.end - c.start)))
        return out

    def _org_noun_phrase(self, m: re.Match) -> _Cand:
        """The candidate "the ministry" makes: a person when a relative clause about a person
        follows ("An operator at the post, who asked not to be named"), the body it belongs to
        when one is named after it ("the Hadramout office of the Ministry of Trade": a unit
        speaks for its body), else the noun with whose it is ("the education ministry of the
        Sakha Republic", "the secretariat for spatial planning"); the span stays the noun's."""
        text, end = self.text, m.end("np")
        name = " ".join(m.group("np").split())
        if _PERSON_RELATIVE.match(text, end):
            return _Cand(m.start("np"), end, "anon", name)
        if whose := _OF_PLACE.match(text, end):
            at = whose.start("name")
            for o in self.occ:
                if o.start == at and self.actors[o.actor].kind == "organization":
                    return _Cand(
                        m.start("np"), o.end, "organization", self.actors[o.actor].name, o.actor
                    )
            return _Cand(
                m.start("np"), end, "orgnoun", f"{name} {' '.join(whose.group(0).split())}"
            )
        if remit := _REMIT.match(text, end):
            return _Cand(
                m.start("np"), end, "orgnoun", f"{name} {' '.join(remit.group(1).split())}"
            )
        return _Cand(m.start("np"), end, "orgnoun", name)

    def cues(self, a: int, b: int) -> list[re.Match]:
        res = []
        for m in _CUE.finditer(self.text, a, b):
            if _NOT_CUE.match(self.text, m.start()):
                continue
            # "Said" capitalised mid-sentence is a name; at a sentence start it is a cue
            if (
                self.text[m.start()].isupper()
                and m.group("acc") is None
                and _sentence_start(self.text, max(0, m.start() - 3), m.start()) != m.start()
            ):
                continue
            res.append(m)
        return res


def _cue_text(m: re.Match) -> str:
    if m.group("acc"):
        return "according to"
    if m.group("quoted"):
        return "quoted as saying"
    if m.group("went"):
        return " ".join(m.group("went").lower().split())
    verb = m.group("verb").lower()
    obj = m.group("obj")
    if obj and verb in {"told", "tell", "tells", "telling"}:
        return verb + " " + " ".join(obj.split())
    return verb
