"""Pass 4, coreference: who "he"/"she" point at."""

from __future__ import annotations

import bisect
import re

from reader.article.given_names import gender_of
from reader.article.quotes.apposition import GAVE_NAME, apposed_to_name
from reader.article.quotes.cues import _Context
from reader.article.quotes.lexicon import (
    _ANON,
    _APPOSED_BEFORE,
    _NAME_IS_BEFORE,
    _PERSONAL,
    _ROLE_AFTER,
    _SENT_END,
    _SINGULAR_ANON,
    _SUBJECT_BEFORE,
    _TITLE_BEFORE,
    _TITLE_WORDS,
    ANONYMITY,
    ANONYMOUS_OPENER,
    KIN_NOUNS,
    KIN_PHRASE,
    unnamed_speaker,
)
from reader.article.quotes.sentences import _is_abbrev
from reader.article.quotes.syntax import binder, main_clause_subject

_INTRODUCED = re.compile(r",\s+who\s")
_WRITER_OPENS = re.compile(r"\s*(?:I|We)\s+[a-z]")
# "In the cabin next to the quay I met Annika Vogt": the writer meets the one named, whatever
# opens the sentence.
_WRITER_MEETS = re.compile(
    r"[^.!?\n“”\"]{0,60}?\b(?:I|we)\s+(?:met|found|called|phoned|rang|asked|visited|reached|"
    r"interviewed|caught\s+up\s+with|spoke\s+(?:to|with)|talked\s+(?:to|with))\s+"
)
_AGE_AFTER = re.compile(r",\s+\d{1,3},")
_KNOWN_AS = re.compile(
    r"\b(?:(?:known|called|named)\b[^,.;“”\"]{0,40}?|" + GAVE_NAME + r")\s+as\s+$"
)


def _family_names(name: str) -> set[str]:
    """The words after the first of a full name that are no given names: its family names."""
    return {w for w in name.split()[1:] if w[:1].isupper() and gender_of(w) is None}


def _own_relative(phrase: str, g: str) -> bool:
    """Whether `phrase` is a relative of whoever a pronoun of gender `g` means ("his father"
    for "he"): in one sentence, the pronoun and the relative are two people."""
    return phrase.startswith("his " if g == "m" else "her ")


class _Coref:
    """Who "he"/"she" (and "his"/"her") point at, found once for the whole text.

    Each person mention outside quotations and each singular anonymous source ("an engineer at
    the supplier") is a referent. A person's gender comes from titles and roles ("Ms", "the
    chairwoman"), then from pronouns that can only mean them (the one person named earlier in
    the same sentence, once the other people there have a known, different gender). A pronoun
    then means the most recent referent of a compatible gender: in its own sentence the latest
    subject-like one (else any), in earlier sentences the latest subject-like one (else the
    latest mentioned), never more than a few paragraphs back.
    """

    def __init__(self, ctx: _Context):
        self.ctx = ctx
        text = ctx.text
        self.sent_starts = self._sentences(text)
        ev: list[tuple[int, int, str, str, bool]] = []  # start, end, name, kind, subject-like
        self.gender: dict[str, str] = {}
        for o in ctx.occ:
            act = ctx.actors[o.actor]
            if act.kind != "person":
                continue
            ev.append((o.start, o.end, act.name, "person", self._subject_like(o.start, o.end)))
            before = text[max(0, o.start - 40) : o.start]
            after = text[o.end : o.end + 60]
            for g in ("m", "f"):
                if (
                    _TITLE_BEFORE[g].search(before)
                    or _APPOSED_BEFORE[g].search(before)
                    or _NAME_IS_BEFORE[g].search(before)
                    or _ROLE_AFTER[g].match(after)
                ):
                    self.gender.setdefault(act.name, g)
        self._genders_from_given_names()
        ev += self._unnamed_referents()
        ev += self._kin_referents()
        ev.sort()
        self.events = ev
        self.pronouns = [
            (m.start(), m.end(), m.group("p").lower())
            for m in _PERSONAL.finditer(text)
            if not ctx.in_quote(m.start())
        ]
        self._learn_from_sentences()
        self.ref: dict[int, tuple[str, str]] = {}
        for start, end, p in self.pronouns:
            g = "m" if p in ("he", "his", "him") else "f"
            hit = self._bound(start, g) or self._resolve(start, g)
            if hit is None:
                continue
            self.ref[start] = hit
            if hit[1] == "person" and p in ("he", "she") and self._near(hit[0], start):
                # a pronoun resolved far from its name says little about that name's gender: in
                # a story about one woman every "she" would otherwise make the last man female;
                # and "his"/"her" often point elsewhere ("Orme ran her campaign")
                self.gender.setdefault(hit[0], g)
            self.events.append(
                (start, end, hit[0], hit[1], p in ("he", "she") and self._subject_like(start, end))
            )
            self.events.sort()
        self._relatives_named()

    def _relatives_named(self) -> None:
        """ "Her son, Kenta Hirai, … His mother is less patient": a possessed kin phrase whose
        possessor is a named person means the one other person the article names with one of
        that person's family names and the kin's gender (Sachiko Hirai), and so does every
        pronoun resolved to the phrase."""
        found: dict[str, str] = {}
        for m in KIN_PHRASE.finditer(self.ctx.text):
            owner = self.ref.get(m.start("np"))
            if owner is None or owner[1] != "person" or not re.match(r"(?i:his|her)\b", m["np"]):
                continue
            g = "f" if m.group("noun").lower() in KIN_NOUNS["f"] else "m"
            kin = m.group("np")[0].lower() + " ".join(m.group("np").split())[1:]
            if (relative := self._one_relative(owner[0], g)) is not None:
                found[kin] = relative
        if not found:
            return
        self.ref = {
            k: ((found[n], "person") if kind == "anon" and n in found else (n, kind))
            for k, (n, kind) in self.ref.items()
        }
        self.events = [
            (a, b, found[n], "person", s) if kind == "anon" and n in found else (a, b, n, kind, s)
            for a, b, n, kind, s in self.events
        ]

    def _one_relative(self, name: str, g: str) -> str | None:
        """The one other person named with one of `name`'s family names and of gender `g`, if
        only one ("Yarisa Lalín Martínez" and her grandfather "Epifanio Lalín Bermúdez")."""
        family = _family_names(name)
        kin = [
            act.name
            for act in self.ctx.actors
            if act.kind == "person"
            and act.name != name
            and family & _family_names(act.name)
            and self.gender.get(act.name, gender_of(act.name.split()[0]) or "") == g
        ]
        return kin[0] if len(kin) == 1 else None

    def _anonymous_sentences(self) -> set[int]:
        """The sentences giving a reason why someone goes unnamed (ANONYMITY), read outside
        quotations."""
        out = set()
        for m in ANONYMITY.finditer(self.ctx.text):
            if not self.ctx.in_quote(m.start()):
                out.add(self._sent(m.start()))
        return out

    def _unnamed_referent(
        self, a: int, b: int, phrase: str, opens: bool = False
    ) -> tuple[int, int, str, str, bool]:
        """`opens`: the phrase opens the sentence that says why it goes unnamed ("A matai who
        sits in the fono and asked not to be named … said"), so it is that sentence's subject
        even where the parse loses the verb."""
        name = unnamed_speaker(phrase)
        if re.match(r"(?:An?|The|One|Another)\b", name):
            name = name[0].lower() + name[1:]
        # the phrase without its "who …" clause is what the parse makes a subject
        head = re.split(r",?\s+who\s", phrase, maxsplit=1)[0]
        for g in ("m", "f"):
            if head.split()[-1].lower() in KIN_NOUNS[g]:
                self.gender.setdefault(name, g)  # "a 29-year-old woman": "she"
        return (a, b, name, "anon", opens or self._subject_like(a, a + len(head)))

    def _unnamed_referents(self) -> list[tuple[int, int, str, str, bool]]:
        """Singular unnamed people ("an engineer at the supplier"), referents of "he"/"she"
        like named ones; in a sentence that says they are not to be named, also the
        indefinite phrase it opens with ("A firefighter who spoke on condition of
        anonymity"), whatever its noun."""
        ctx, text, out = self.ctx, self.ctx.text, []
        unnamed = self._anonymous_sentences()
        for m in _ANON.finditer(text):
            g = "np" if m.group("np") else ("them" if m.group("them") else "bare")
            if g != "np" or ctx.in_quote(m.start(g)) or not _SINGULAR_ANON.match(m.group(g)):
                continue
            if apposed_to_name(text, m.start(g), m.end(g), named=True):
                continue
            si = self._sent(m.start(g))
            opens = si in unnamed and not text[self.sent_starts[si] : m.start(g)].strip()
            out.append(self._unnamed_referent(m.start(g), m.end(g), m.group(g), opens))
        starts = {self._sent(e[0]) for e in out}
        for si in sorted(unnamed - starts):
            opener = ANONYMOUS_OPENER.match(text, self.sent_starts[si])
            if opener and not apposed_to_name(text, opener.start("np"), opener.end("np")):
                a, b = opener.start("np"), opener.end("np")
                out.append(self._unnamed_referent(a, b, opener.group("np"), opens=True))
        return out

    def _kin_referents(self) -> list[tuple[int, int, str, str, bool]]:
        """ "The grandmother, who asked not to be named, told …": an unnamed person of known
        gender, a referent of "she" like a named one. Not one in apposition to a name ("his
        wife, Ana Ruiz"; "Ruiz, his wife"), who is that person."""
        ctx, text, out = self.ctx, self.ctx.text, []
        for m in KIN_PHRASE.finditer(text):
            a, b = m.start("np"), m.end("np")
            if (
                ctx.in_quote(a)
                or apposed_to_name(text, a, b)
                or re.match(r"[’']s\b", text[b : b + 3])
            ):
                continue
            name = m.group("np")[0].lower() + " ".join(m.group("np").split())[1:]
            g = "f" if m.group("noun").lower() in KIN_NOUNS["f"] else "m"
            self.gender.setdefault(name, g)
            out.append((a, b, name, "anon", self._subject_like(a, b)))
        return out

    @staticmethod
    def _sentences(text: str) -> list[int]:
        starts = [0]
        for m in _SENT_END.finditer(text):
            if m.group(0) == "\n" or not _is_abbrev(text, m.start()):
                starts.append(m.end())
        return starts

    def _sent(self, pos: int) -> int:
        return bisect.bisect_right(self.sent_starts, pos) - 1

    def _subject_like(self, start: int, end: int) -> bool:
        """Whether the mention at [start, end) is the subject of a main clause.

        With the parse: a subject whose verb is not inside a reported, relative or adverbial
        clause ("He said Trump needs to …": "He" is, "Trump" is not). Without it, a mention
        at the start of its sentence or after a clause boundary.
        """
        if self.ctx.parsed is not None:
            found = main_clause_subject(self.ctx.parsed, start, end)
            if found is not None:
                return found
        text = self.ctx.text
        if re.match(r"[’']s\b", text[end : end + 3]):
            return False  # "Brandt's spokesman"
        ss = self.sent_starts[self._sent(start)]
        pre = text[ss:start]
        pre = _TITLE_WORDS.sub("", pre) if not re.search(r"[’']s\s*$", pre) else pre
        pre = pre.rstrip(" \t\"“”‘’'")
        return not re.search(r"\w", pre) or bool(_SUBJECT_BEFORE.search(pre))

    def _learn_from_sentences(self) -> None:
        """Learn genders from pronouns that can only mean one person, by majority vote.

        Evidence: the person a pronoun is bound to (`_voters`), and a sentence-initial
        "He"/"She" right after a sentence whose one subject-like referent is a person ("Lind
        confirmed it. She said …"). Subject pronouns weigh 2, "his"/"him"/"her" 1: a possessive
        often points elsewhere ("Lucia Fenwright confirmed his account"), so one of them must
        not decide a gender on its own.
        """
        strong = dict(self.gender)
        for _ in range(3):
            votes: dict[str, dict[str, int]] = {}
            for start, _end, p in self.pronouns:
                g = "m" if p in ("he", "his", "him") else "f"
                weight = 2 if p in ("he", "she") else 1
                names = {n for n in self._voters(start, weight) if self.gender.get(n, g) == g}
                if len(names) == 1:
                    (n,) = names
                    v = votes.setdefault(n, {"m": 0, "f": 0})
                    v[g] += weight
            learned = dict(strong)
            for n, v in votes.items():
                if n not in strong and v["m"] != v["f"]:
                    learned[n] = "m" if v["m"] > v["f"] else "f"
            if learned == self.gender:
                break
            self.gender = learned

    def _genders_from_given_names(self) -> None:
        """A person whose first name is in a given-name list ("David", "Marta") has that gender,
        unless a title or role already said otherwise."""
        for act in self.ctx.actors:
            words = act.name.split()
            if act.kind != "person" or len(words) < 2:
                continue
            if g := gender_of(words[0]):
                self.gender.setdefault(act.name, g)

    def _near(self, name: str, start: int) -> bool:
        """Whether `name` is named (or referred to) in the sentence of `start` or the one before."""
        si = self._sent(start)
        return any(
            e[2] == name and e[0] < start and si - 1 <= self._sent(e[0]) for e in self.events
        )

    def _bound(self, start: int, g: str) -> tuple[str, str] | None:
        """The person the parse binds the pronoun at `start` to, when the gender fits.

        "… helped Nora Lind, who had time to prepare her case": "her" is Lind's, whoever is the
        subject of the sentence.
        """
        if self.ctx.parsed is None:
            return None
        pos = binder(self.ctx.parsed, start)
        if pos is None:
            return None
        for e in self.events:
            if e[3] == "person" and e[0] <= pos < e[1] and self.gender.get(e[2], g) == g:
                return e[2], "person"
        return None

    def _voters(self, start: int, weight: int) -> set[str]:
        """People the pronoun at `start` can only mean.

        The person the parse binds it to — the nearest subject up its clause chain ("Lind said
        she …" → Lind; "helped Clinton, who needs her …" → Clinton, not the one who said it);
        else the one compatible person named earlier in its sentence. Either way, a
        sentence-initial subject pronoun after a sentence whose subjects are all one person.
        """
        text = self.ctx.text
        si = self._sent(start)
        if any(e[3] == "anon" and e[0] < start and self._sent(e[0]) == si for e in self.events):
            return set()
        names: set[str] = set()
        parsed = self.ctx.parsed
        bound = binder(parsed, start) if parsed is not None else None
        if bound is not None:
            names = {e[2] for e in self.events if e[3] == "person" and e[0] <= bound < e[1]}
        else:
            names = {
                e[2]
                for e in self.events
                if e[0] < start and self._sent(e[0]) == si and e[3] == "person"
            }
        ss = self.sent_starts[si]
        if (
            not names
            and weight == 2
            and si > 0
            and not re.search(r"\w", text[ss:start])
            and "\n" not in text[self.sent_starts[si - 1] : ss].strip()
        ):
            prev = [e for e in self.events if self._sent(e[0]) == si - 1 and e[4]]
            if prev and all(e[3] == "person" for e in prev):
                names = {e[2] for e in prev}
        return names

    def _own_paragraph_person(
        self, by_sent: dict[int, list[tuple[int, int, str, str, bool]]], para_start: int
    ) -> tuple[str, str] | None:
        """The latest person named in the pronoun's own paragraph, subject or not: a paragraph
        that names someone and then says "he said" is about them, not about the subject of an
        earlier paragraph. Not the object of a verb or a preposition ("called Cruz", "for
        Cruz"): that one is talked about — unless a relative clause introduces them ("I met
        Radu Iacob, who bakes bread …") or gives the name they go by ("his wife, known as Ana
        Roe", "who gave her name only as Umm Ali"): then the paragraph turns to them."""
        text = self.ctx.text
        mine = [
            e
            for es in by_sent.values()
            for e in es
            if e[0] >= para_start
            and e[3] == "person"
            and (
                not self._object(e[0], e[1])
                or _INTRODUCED.match(text, e[1])
                or _KNOWN_AS.search(text, max(0, e[0] - 60), e[0])
            )
        ]
        if not mine:
            return None
        pick = max(mine)
        return pick[2], pick[3]

    def _object(self, start: int, end: int) -> bool:
        """Whether the parse reads the name at [start, end) as an object."""
        parsed = self.ctx.parsed
        if parsed is None:
            return False
        toks = parsed.tokens(start, end)
        heads = [t for t in toks if t.head not in toks or t.head is t]
        return any(t.dep_ in ("pobj", "dobj", "dative", "oprd") for t in heads)

    def _fronted_adjunct(self, start: int, end: int, pronoun: int) -> bool:
        """ "Like my grandmother, she wore the clog": a mention inside a phrase fronted before
        the subject pronoun of the same clause (the object of "like", "unlike", "as") is set
        against the pronoun's referent, never the referent itself."""
        parsed = self.ctx.parsed
        if parsed is None:
            return False
        toks, pro = parsed.tokens(start, end), parsed.token_at(pronoun)
        if not toks or pro is None or pro.dep_ != "nsubj":
            return False
        head = toks[-1]
        return (
            head.dep_ == "pobj"
            and head.head.dep_ == "prep"
            and head.head.lower_ in ("like", "unlike", "as")
            and head.head.head.i == pro.head.i
        )

    def introduced(self, start: int, end: int) -> bool:
        """Whether the person named at [start, end) is brought in to speak, though not the
        subject: named by a sentence the writer opens ("I called the reeve, Gord Halvorsen,
        …"; the writer is no "he" or "she") or met in ("In the cabin I met Annika Vogt"), or
        given an age ("One of them is Nassur Ali
        Soilihi, 29, a mechanic"): a following pronoun means them."""
        text = self.ctx.text
        opens = self.sent_starts[self._sent(start)]
        return bool(
            _WRITER_OPENS.match(text, opens)
            or _WRITER_MEETS.fullmatch(text, opens, start)
            or _AGE_AFTER.match(text, end)
        )

    def _resolve(self, pos: int, g: str) -> tuple[str, str] | None:
        si = self._sent(pos)
        para_floor = 0
        paras = self.ctx.paras
        pi = next((i for i, (a, b) in enumerate(paras) if a <= pos <= b), 0)
        para_floor = paras[max(0, pi - 3)][0]
        by_sent: dict[int, list[tuple[int, int, str, str, bool]]] = {}
        for e in self.events:
            if e[0] >= pos or e[0] < para_floor:
                continue
            if e[3] in ("person", "anon") and self.gender.get(e[2], g) != g:
                continue
            if e[3] == "anon" and _own_relative(e[2], g) and self._sent(e[0]) == si:
                continue  # "His father, he says, made drums": "he" is not his father
            by_sent.setdefault(self._sent(e[0]), []).append(e)
        para_start = paras[pi][0] if paras else 0
        for s in sorted(by_sent, reverse=True):
            es = by_sent[s]
            subj = [e for e in es if e[4]]
            if s == si:
                es = [e for e in es if not self._fronted_adjunct(e[0], e[1], pos)]
                if not es:
                    continue
                pick = (subj or es)[-1]
            elif subj:
                pick = subj[-1]
            elif self.introduced(es[-1][0], es[-1][1]):
                pick = es[-1]  # "I called the reeve, Gord Halvorsen, … He told me": the reeve
            else:
                continue
            if pick[0] < para_start and (own := self._own_paragraph_person(by_sent, para_start)):
                return own
            return pick[2], pick[3]
        for s in sorted(by_sent, reverse=True):
            if s != si:
                pick = by_sent[s][-1]
                return pick[2], pick[3]
        return None
