"""Direct quotations and their speakers, found by rules.

Offsets: `Quote.start`/`Quote.end` delimit the *quoted words* in the analysed text, without the
quotation marks (and without a trailing comma/colon that belongs to the attribution). For a quote
that runs over several paragraphs, `start` is in the first and `end` in the last paragraph, and
`Quote.text` joins the pieces with single spaces, leaving out the repeated opening marks. In
every case `Quote.text` is the quoted words with runs of white space collapsed to one space.

Attribution works on the "glue" around a quote — the non-quoted text of its sentence before and
after it — looking for a speech cue ("said", "told reporters", "according to", "warned" …) and a
speaker next to it: a named actor (resolved to the actor's full name), a pronoun (resolved to
the person last named outside quotations), an anonymous source phrase ("one of the sources",
"a spokesperson") or an organisation noun ("the ministry" → the ministry named in the text).
Quotes without a cue inherit the speaker of the quote just before (standalone quote paragraphs),
or take the subject of their sentence (partial quotes).

This module never imports spaCy: named actors come in as `ActorMention`s.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from reader.article.actors import TITLES, ActorMention
from reader.article.parsed import Parsed
from reader.models import Actor, Quote

# --- speech cues -------------------------------------------------------------------------

_REGULAR = (
    "add warn state declare explain note argue insist claim ask reply respond continue recall "
    "announce acknowledge admit concede remark observe comment suggest predict promise vow urge "
    "stress emphasise emphasize caution complain confirm deny describe call label dub brand post "
    "tweet joke quip shout whisper allege assert boast counter answer estimate maintain mention "
    "reiterate report reveal scoff sigh testify protest lament agree pledge exclaim murmur mutter "
    "yell cry demand recount characterise characterize summarise summarize signal warn tell say "
    "write insist predict concede contend retort snap fume rage plead caution conclude hint "
    "disclose concede opine muse interject quote advise"
)
_IRREGULAR = {
    "say": ["say", "says", "said", "saying"],
    "tell": ["tell", "tells", "told", "telling"],
    "write": ["write", "writes", "wrote", "written", "writing"],
}
_DOUBLE = {"dub", "quip", "admit", "label", "signal", "snap", "scoff"}


def _forms(verb: str) -> list[str]:
    if verb in _IRREGULAR:
        return _IRREGULAR[verb]
    if verb.endswith("e"):
        return [verb, verb + "s", verb + "d", verb[:-1] + "ing"]
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return [verb, verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"]
    if verb in _DOUBLE:
        extra = [verb + "ed", verb + "ing"] if verb in {"label", "signal"} else []
        return [verb, verb + "s", verb + verb[-1] + "ed", verb + verb[-1] + "ing", *extra]
    if verb.endswith(("sh", "ch", "ss", "x")):
        return [verb, verb + "es", verb + "ed", verb + "ing"]
    return [verb, verb + "s", verb + "ed", verb + "ing"]


SPEECH_VERBS = sorted({f for v in _REGULAR.split() for f in _forms(v)}, key=len, reverse=True)
_CUE = re.compile(
    r"(?<![\w-])(?:(?P<acc>according\s+to)|(?P<quoted>(?:was|were)\s+quoted\s+as\s+saying)|"
    r"(?P<verb>" + "|".join(SPEECH_VERBS) + r")(?P<obj>\s+(?:reporters|journalists|the\s+press|"
    r"a\s+(?:news|press)\s+conference|an?\s+(?:news|press)\s+briefing|lawmakers|parliament))?"
    r"|(?P<went>went\s+on|pointed\s+out|put\s+it))(?![\w-])",
    re.I,
)
# "an official who asked not to be named": "asked" is not the cue there.
_NOT_CUE = re.compile(
    r"^(?:asked|requested|declined|spoke)\s+(?:not\s+to\s+be|to\s+remain|on\s+condition)|"
    r"^(?:asked|told)\s+(?:him|her|them|me|us|to)\b|^called\s+(?:for|on|off|up)\b|"
    r"^(?:said|says)\s+(?:to\s+be|it\s+was\s+not\s+clear)",
    re.I,
)

# --- candidate speakers -----------------------------------------------------------------

_ANON_HEAD = (
    r"sources?|officials?|spokesperson|spokes(?:wo)?man|spokespeople|representatives?|aides?|"
    r"diplomats?|insiders?|person|people|executives?|analysts?|witness(?:es)?|residents?|"
    r"employees?|staffers?|observers?|experts?|lawmakers?|investors?|bankers?|traders?|"
    r"officers?|members?|negotiators?|advis[eo]rs?|ministers?|economists?|researchers?|"
    r"scientists?|doctors?|lawyers?|activists?|critics?|supporters?|organi[sz]ers?|"
    r"authorities|police|neighbou?rs?|colleagues?|relatives?|friends?|engineers?|managers?|"
    r"chairman|chairwoman|chair|president|mayor|governor|director|head|chief\s+executive|"
    r"boss|founder|ceo|coach|secretary|ambassador|leader|owner|professor|judge|prosecutors?|"
    r"fans?|users?|readers?|viewers?|listeners?|commenters?|parents?|teachers?|students?|"
    r"passengers?|commuters?|shoppers?|customers?|drivers?|farmers?|nurses?|patients?|"
    r"visitors?|locals?|villagers?|protesters?|voters?|workers?|volunteers?|campaigners?|"
    r"pilots?|engineers?|contractors?|consultants?|staff\s+members?|partners?|"
    # occupations by their ending: "one fisherman", "a pharmacist", "a shopkeeper"
    r"[a-z]{3,}(?:m[ae]n|wom[ae]n|ists?|icians?|arians?|keepers?|holders?|makers?|goers?|"
    r"sellers?|growers?|dwellers?)"
)
_ANON = re.compile(
    r"(?<![\w-])(?P<np>(?:(?:(?i:one|two|three|four|some|several|many|most|none|each|both|all))"
    r"\s+of\s+(?i:the|those|these|his|her|their|its)\s+|(?i:an?|the|another|one|two|three|four|"
    r"several|some|many|other|senior|its|his|her|their)\s+)"
    r"(?:[\w-]+\s+){0,3}?(?i:" + _ANON_HEAD + r")"
    r"(?:\s+(?i:for|at|of|from|in|with|to|close\s+to)\s+(?:the\s+)?[A-Z][\w&.’'-]*"
    r"(?:\s+(?:of\s+|and\s+)?[A-Z][\w&.-]*)*)?"
    r"(?:,?\s+who\s+(?:asked|spoke|requested|declined|was\s+not\s+authori[sz]ed|"
    r"were\s+not\s+authori[sz]ed|insisted)[^,.;“”\"]*?\b(?:named|identified|anonymity|"
    r"publicly|record|media))?)(?![\w-])"
    r"|(?<![\w-])(?P<them>(?i:one|two|three|some|several|many|most|each|both|all|another)\s+of\s+"
    r"(?i:them|those))(?![\w-])"
    r"|(?<![\w-])(?P<bare>(?i:people|sources|officials|analysts|experts|residents|witnesses|"
    r"diplomats|critics|police)(?:\s+(?:familiar|close|briefed|with)\b)?)(?![\w-])",
)
_ORG_NOUNS = (
    "ministry",
    "company",
    "government",
    "department",
    "agency",
    "firm",
    "group",
    "bank",
    "council",
    "court",
    "union",
    "committee",
    "commission",
    "embassy",
    "office",
    "campaign",
    "party",
    "military",
    "army",
    "administration",
    "kremlin",
    "white house",
    "regulator",
    "startup",
    "club",
    "team",
    "board",
    "authority",
    "prosecutor's office",
    "institute",
    "university",
    "hospital",
    "airline",
    "carrier",
    "retailer",
    "manufacturer",
    "broadcaster",
    "newspaper",
    "network",
    "organisation",
    "organization",
    "charity",
    "foundation",
)
_ORGNOUN = re.compile(
    r"(?<![\w-])(?P<np>(?i:the|a|an|its|their)\s+(?:[\w-]+\s+)?(?i:"
    + "|".join(re.escape(n) for n in _ORG_NOUNS)
    + r"))(?![\w-])"
)
_POSSESSED = re.compile(
    r"[’']s\s+(office|campaign|spokes(?:wo)?man|spokesperson|government|ministry|team|"
    r"lawyers?|attorneys?|representatives?|aides?|press\s+office|family|administration|"
    r"(?:(?:chief|senior|former|new|deputy|managing|executive|general|technical|finance|"
    r"founding)\s+)*(?:founder|co-?founder|executive|director|chair|chairman|chairwoman|head|"
    r"leader|boss|president|owner|minister|secretary|manager|editor|coach|captain|officer|"
    r"counsel|partner|economist|analyst|engineer|researcher|scientist))(?![\w-])",
    re.I,
)
_PRONOUN = re.compile(r"(?<![\w-])(?P<p>he|she|they|it|He|She|They|It)(?![\w-])")
# Documents that "say" things: "the report says", "its audit found", "the statement said". The
# speaker is the organisation (or person) behind the document, found by _Resolver._document.
_DOC_FAMILIES = {
    "report": "report|audit|study|review|survey|assessment|analysis|inquiry|investigation|paper|"
    "ruling|judgment|judgement|findings",
    "statement": "statement|letter|memo|notice|filing|email|press\\s+release|announcement",
}
_DOC_NOUN = "|".join(_DOC_FAMILIES.values())
_DOC = re.compile(
    r"(?<![\w-])(?P<np>(?i:the|its|their|this|that)\s+(?:[\w-]+\s+){0,2}?(?i:"
    + _DOC_NOUN
    + r"))(?![\w-])"
)

# Text allowed between a speaker and the following cue ("Lind, 54, also said").
_GAP_BEFORE = re.compile(
    r"^(?:[’']s)?(?:\s*,[^,.;:!?“”\"\n]{1,140},|\s*\([^)\n]{1,80}\)|\s*[—–-][^—–\n]{1,100}[—–-])?"
    r"(?:\s*,?\s*who)?(?:\s+(?:also|later|then|has|had|have|would|will|was|were|is|are|did|"
    r"does|do|previously|once|again|earlier|recently|separately|finally|publicly|privately|"
    r"not|never|had|has\s+long|reportedly|repeatedly|subsequently|initially|originally|"
    r"\w+ly))*\s*$"
)
_GAP_AFTER = re.compile(r"^[\s,]*$")
_GAP_AFTER_ACC = re.compile(r"^[^.!?;\n]{0,60}$")

_ABBREV = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "jr",
    "sr",
    "inc",
    "corp",
    "co",
    "ltd",
    "gen",
    "col",
    "sen",
    "rep",
    "gov",
    "prof",
    "vs",
    "no",
    "lt",
    "sgt",
    "capt",
    "rev",
    "mt",
    "ft",
    "u.s",
    "u.k",
    "e.g",
    "i.e",
    "etc",
    "approx",
    "dept",
    "univ",
    "jan",
    "feb",
    "aug",
    "sept",
    "oct",
    "nov",
    "dec",
}
_SENT_END = re.compile(r"[.!?](?:[\"”’')\]]*)(?=\s|$)|\n")

_DOUBLE_OPEN = "“„«"
_DOUBLE_CLOSE = "”»"
_OPEN_CTX_PREV = set(" \t\n([{—–-/:;") | set(_DOUBLE_OPEN) | {"‘"}
_ELISIONS = re.compile(r"^(?:\d\d?s\b|em\b|n['’]|til\b|tis\b|twas\b|cause\b|bout\b)", re.I)


@dataclass(slots=True)
class _Raw:
    """A quotation as found by the mark scanner."""

    pieces: list[tuple[int, int]]  # quoted words per paragraph (marks excluded)
    open_at: int  # position of the first opening mark
    close_at: int  # position just after the closing mark (or the paragraph end)
    para: int  # index of the paragraph holding the opening mark
    last_para: int
    speaker: str | None = None
    cue: str | None = None
    cue_dist: int = 10_000
    speaker_kind: str | None = None
    text: str = ""
    tagged: bool = False  # the speaker was found next to a speech cue
    block: bool = False  # an unmarked block quote


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    kind: str  # person / organization / place / other / pronoun / anon / orgnoun
    name: str
    actor: int | None = None


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph ranges: separated by blank lines (white space trimmed)."""
    out = []
    pos = 0
    for m in re.finditer(r"\n[ \t]*\n\s*", text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    res = []
    for a, b in out:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            res.append((a, b))
    return res


def _scan_paragraph(text: str, a: int, b: int, disabled: set[int]):
    """Yield ('d'|'s', open_pos, close_pos|None) for one paragraph."""
    out = []
    state = None  # None, ("d", pos) or ("s", pos)
    for i in range(a, b):
        c = text[i]
        if c not in "“”„«»\"‘’'‹›" or i in disabled:
            continue
        prev = text[i - 1] if i > a else " "
        nxt = text[i + 1] if i + 1 < b else " "
        open_ctx = (prev in _OPEN_CTX_PREV or prev.isspace()) and not nxt.isspace()
        close_ctx = not prev.isspace() and (nxt.isspace() or not nxt.isalnum())
        if c in '“„«”»"':
            if state is not None and state[0] == "s":
                continue  # nested inside a single-quoted passage
            if state is None:
                if (
                    c in _DOUBLE_OPEN
                    or open_ctx
                    or (c == '"' and not close_ctx)
                    or (c in _DOUBLE_CLOSE and not close_ctx)
                ):
                    state = ("d", i)
            else:
                if c in _DOUBLE_OPEN and open_ctx and not close_ctx:
                    # an opening mark while open: the previous one was never closed
                    out.append(("d", state[1], None))
                    state = ("d", i)
                else:
                    out.append(("d", state[1], i))
                    state = None
        else:
            if state is not None and state[0] == "d":
                continue  # nested single quotes inside a double quote
            if state is None:
                if (
                    c in "‘'‹"
                    and open_ctx
                    and nxt.isalnum()
                    and not _ELISIONS.match(text[i + 1 : i + 8])
                ):
                    state = ("s", i)
            elif c in "’'›" and close_ctx:
                out.append(("s", state[1], i))
                state = None
    if state is not None:
        out.append((state[0], state[1], None))
    return out


def find_spans(text: str) -> list[_Raw]:
    """All quotations marked in `text`, multi-paragraph quotes joined."""
    paras = paragraphs(text)
    raws: list[_Raw] = []
    carry: _Raw | None = None
    for pi, (a, b) in enumerate(paras):
        disabled: set[int] = set()
        for _ in range(20):
            found = _scan_paragraph(text, a, b, disabled)
            bad = [o for kind, o, c in found if kind == "s" and c is None]
            if not bad:
                break
            disabled.update(bad)
        starts_open = text[a] in '“„«"' if a < b else False
        for n, (kind, o, c) in enumerate(found):
            if carry is not None:
                if n == 0 and o == a and starts_open:
                    # continuation paragraph of a multi-paragraph quote
                    end = c if c is not None else b
                    carry.pieces.append((o + 1, end))
                    carry.last_para = pi
                    carry.close_at = (c + 1) if c is not None else b
                    if c is not None:
                        raws.append(carry)
                        carry = None
                    continue
                raws.append(carry)
                carry = None
            end = c if c is not None else b
            raw = _Raw([(o + 1, end)], o, (c + 1) if c is not None else b, pi, pi)
            if c is None and kind == "d" and n == len(found) - 1:
                nxt_start = paras[pi + 1][0] if pi + 1 < len(paras) else None
                if nxt_start is not None and text[nxt_start] in '“„«"':
                    carry = raw
                    continue
            raws.append(raw)
        if carry is not None and not found:
            raws.append(carry)
            carry = None
    if carry is not None:
        raws.append(carry)
    out = []
    for r in raws:
        pieces = []
        for s, e in r.pieces:
            while s < e and text[s].isspace():
                s += 1
            while e > s and (text[e - 1].isspace() or text[e - 1] in ",:;—–-"):
                e -= 1
            if e > s:
                pieces.append((s, e))
        if not pieces:
            continue
        r.pieces = pieces
        r.text = " ".join(" ".join(text[s:e].split()) for s, e in pieces)
        out.append(r)
    return out


# --- sentences and glue ------------------------------------------------------------------


def _is_abbrev(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    m = re.search(r"([\w.]+)$", text[max(0, dot - 12) : dot])
    if not m:
        return False
    w = m.group(1).lower()
    return w in _ABBREV or (len(w) == 1 and text[dot - 1].isupper())


def _sentence_start(text: str, lo: int, pos: int) -> int:
    best = lo
    for m in _SENT_END.finditer(text, lo, pos):
        if m.group(0) == "\n" or not _is_abbrev(text, m.start()):
            best = m.end()
    return best


def _sentence_end(text: str, pos: int, hi: int) -> int:
    for m in _SENT_END.finditer(text, pos, hi):
        if m.group(0) == "\n" or not _is_abbrev(text, m.start()):
            return m.end()
    return hi


class _Context:
    def __init__(self, text: str, raws: list[_Raw], actors: list[Actor], occ: list[ActorMention]):
        self.text = text
        self.actors = actors
        self.paras = paragraphs(text)
        self.quoted = [(r.open_at, r.close_at) for r in raws]
        self.occ = [o for o in occ if not self.in_quote(o.start)]

    def in_quote(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.quoted)

    def candidates(self, a: int, b: int) -> list[_Cand]:
        text = self.text
        out: list[_Cand] = []
        for o in self.occ:
            if a <= o.start and o.end <= b:
                act = self.actors[o.actor]
                pm = _POSSESSED.match(text, o.end)
                if pm and pm.end() <= b:
                    name = f"{act.name}{text[o.end]}s {pm.group(1).lower()}"
                    out.append(_Cand(o.start, pm.end(), "possessed", name, o.actor))
                    continue
                out.append(_Cand(o.start, o.end, act.kind, act.name, o.actor))
        for m in _PRONOUN.finditer(text, a, b):
            out.append(_Cand(m.start(), m.end(), "pronoun", m.group(0).lower()))
        for m in _ANON.finditer(text, a, b):
            g = "np" if m.group("np") else ("them" if m.group("them") else "bare")
            np = " ".join(m.group(g).split())
            out.append(_Cand(m.start(g), m.end(g), "anon", np))
        for m in _DOC.finditer(text, a, b):
            out.append(_Cand(m.start("np"), m.end("np"), "doc", " ".join(m.group("np").split())))
        for m in _ORGNOUN.finditer(text, a, b):
            out.append(
                _Cand(m.start("np"), m.end("np"), "orgnoun", " ".join(m.group("np").split()))
            )
        # "The European Commission": the named organisation, not "the … commission" noun
        named = [c for c in out if c.kind in ("organization", "place", "possessed")]
        out = [
            c
            for c in out
            if c.kind != "orgnoun" or not any(c.start <= n.start and n.end <= c.end for n in named)
        ]
        # a bigger phrase wins over what it contains ("a spokesperson for Valtora")
        out.sort(key=lambda c: (c.start, -(c.end - c.start)))
        return out

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


# --- he / she ----------------------------------------------------------------------------

_GENDER_WORDS = {
    "m": r"mr|sir|lord|king|prince|duke|baron|spokesman|chairman|businessman|congressman|"
    r"councilman|alderman|father|brother|son|husband|grandfather|uncle|nephew|boyfriend|actor|"
    r"monk|widower|sportsman|fisherman|policeman|fireman",
    "f": r"mrs|ms|miss|dame|lady|queen|princess|duchess|baroness|countess|spokeswoman|"
    r"chairwoman|businesswoman|congresswoman|councilwoman|mother|sister|daughter|wife|"
    r"grandmother|aunt|niece|girlfriend|actress|nun|widow|sportswoman|policewoman|headmistress",
}
_TITLE_BEFORE = {
    g: re.compile(r"(?<![\w-])(?i:" + w + r")\.?\s+(?:[A-Z][\w’'-]*\s+)?$")
    for g, w in _GENDER_WORDS.items()
}
_ROLE_AFTER = {
    g: re.compile(r"^,\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){0,2}?(?i:" + w + r")\b")
    for g, w in _GENDER_WORDS.items()
}
_PERSONAL = re.compile(r"(?<![\w’'-])(?P<p>[Hh]e|[Ss]he|[Hh]is|[Hh]im|[Hh]er)(?![\w’'-])")
_SUBJECT_BEFORE = re.compile(
    r"(?:^|[,;:(—–]|\b(?:and|but|while|when|as|because|although|though|after|before|since|said|"
    r"says|that|so|if|whereas|then|where|until|once|whom|who|added|according\s+to|"
    r"wrote|writes|adds))\s*$",
    re.I,
)
# Title words before a name ("Fire chief ", "Head teacher ", "head teacher ", "Mayor "): lower-case
# words only when followed by a capitalised one, or a role noun right before the name, or the
# one word qualifying that role noun ("head teacher", "finance minister").
_TITLE_ALT = "|".join(sorted(TITLES, key=len, reverse=True))
_TITLE_WORDS = re.compile(
    r"(?:\s*\b(?:[A-Z][\w’'.-]*|[a-z]+(?=\s+[A-Z])|[a-z]+(?=\s+(?:"
    + _TITLE_ALT
    + r")\s*$)|(?:"
    + _TITLE_ALT
    + r")(?=\s*$)))+\s*$"
)
_SINGULAR_ANON = re.compile(
    r"^(?i:an?|another|one)\s+(?!(?:[\w-]+\s+){0,3}?(?:people|sources|officials|police)\b)"
)


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
                if _TITLE_BEFORE[g].search(before) or _ROLE_AFTER[g].match(after):
                    self.gender.setdefault(act.name, g)
        for m in _ANON.finditer(text):
            g = "np" if m.group("np") else ("them" if m.group("them") else "bare")
            if g != "np" or ctx.in_quote(m.start(g)) or not _SINGULAR_ANON.match(m.group(g)):
                continue
            if re.match(r"\s*,\s*[A-Z]", text[m.end(g) : m.end(g) + 4]) or re.search(
                r"[A-Za-z],\s*$", text[max(0, m.start(g) - 3) : m.start(g)]
            ):
                continue  # an apposition to a name: "a chemist, Lotte Brand" / "Brand, a chemist"
            name = " ".join(m.group(g).split())
            if re.match(r"(?:An?|The|One|Another)\b", name):
                name = name[0].lower() + name[1:]
            ev.append(
                (m.start(g), m.end(g), name, "anon", self._subject_like(m.start(g), m.end(g)))
            )
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
            hit = self._resolve(start, g)
            if hit is None:
                continue
            self.ref[start] = hit
            if hit[1] == "person":
                self.gender.setdefault(hit[0], g)
            self.events.append(
                (start, end, hit[0], hit[1], p in ("he", "she") and self._subject_like(start, end))
            )
            self.events.sort()

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

        Evidence: a pronoun after exactly one compatible person named earlier in its sentence
        ("Lind said she …"), and a sentence-initial "He"/"She" right after a sentence whose one
        subject-like referent is a person ("Lind confirmed it. She said …"). Subject pronouns
        weigh 2, "his"/"him"/"her" 1: a possessive often points elsewhere ("Lucia Fenwright
        confirmed his account"), so one of them must not decide a gender on its own.
        """
        text = self.ctx.text
        strong = dict(self.gender)
        for _ in range(3):
            votes: dict[str, dict[str, int]] = {}
            for start, _end, p in self.pronouns:
                g = "m" if p in ("he", "his", "him") else "f"
                weight = 2 if p in ("he", "she") else 1
                si = self._sent(start)
                if any(
                    e[3] == "anon" and e[0] < start and self._sent(e[0]) == si for e in self.events
                ):
                    continue
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
                names = {n for n in names if self.gender.get(n, g) == g}
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
            if e[3] == "person" and self.gender.get(e[2], g) != g:
                continue
            by_sent.setdefault(self._sent(e[0]), []).append(e)
        for s in sorted(by_sent, reverse=True):
            es = by_sent[s]
            subj = [e for e in es if e[4]]
            if s == si:
                pick = (subj or es)[-1]
            elif subj:
                pick = subj[-1]
            else:
                continue
            return pick[2], pick[3]
        for s in sorted(by_sent, reverse=True):
            if s != si:
                pick = by_sent[s][-1]
                return pick[2], pick[3]
        return None


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


_APPOSITION = re.compile(r"\s*,\s*(?:(?:the|a|an|its|their|our)\s+)?(?:[a-z][\w-]*\s+){0,3}")
_POSSESSOR_ROLE = re.compile(r"[’']s\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*\s*,\s*")
# "said the bank should wait": the noun after the verb is the subject of the reported clause.
_CLAUSE_VERB_AFTER = re.compile(
    r"\s+(?:should|would|will|could|might|must|may|can|had|has|have|was|were|is|are|did|does|"
    r"needed|needs|wanted|wants|planned|plans|intended|intends)\b"
)


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
                if best.kind == "anon" and c.kind in ("person", "organization"):
                    return best
                return c if c.kind not in ("anon", "orgnoun") else best
    after = [c for c in cands if c.start >= ve]
    after.sort(key=lambda c: (c.start, -(c.end - c.start)))
    gap_re = _GAP_AFTER_ACC if cue.group("acc") else _GAP_AFTER
    passive = bool(cue.group("verb")) and cue.group("verb").lower().endswith(("ed", "en", "said"))
    for c in after:
        gap = text[ve : c.start]
        if not cue.group("acc") and _CLAUSE_VERB_AFTER.match(text, c.end):
            break
        if (
            gap_re.match(gap)
            or (not cue.group("acc") and re.fullmatch(r"\s+(?:on\s+\w+\s+)?", gap))
            or (passive and re.fullmatch(r"\s+by\s+", gap))
        ):
            return c
        break
    if not cue.group("acc"):
        # "said the company's chief executive, Mara Lind": first person in the clause after
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


_LISTENER_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:told|tells|tell|telling|asked|asks)\s+(?:[a-z][\w-]*\s+){0,2}|"
    r"(?:to|with|of|about|by|for)\s+)$",
)
_CONTINUING = {"added", "adds", "continued", "continues", "went on", "adding", "continuing"}


class _Resolver:
    def __init__(self, ctx: _Context):
        self.ctx = ctx
        self.prev: _Raw | None = None
        self.coref = _Coref(ctx)

    def _last_person(self, pos: int) -> str | None:
        text = self.ctx.text
        best = None
        for o in self.ctx.occ:
            if o.start >= pos:
                break
            if self.ctx.actors[o.actor].kind != "person":
                continue
            after = text[o.end : o.end + 2]
            before = text[max(0, o.start - 8) : o.start]
            if after[:1] in "’'" or re.search(
                r"\b(?:of|to|with|by|for|about|against|from|on|and)\s+$", before
            ):
                continue
            best = o
        return self.ctx.actors[best.actor].name if best else None

    def _last_org(self, pos: int, word: str | None = None) -> str | None:
        best = None
        for o in self.ctx.occ:
            if o.start >= pos:
                break
            act = self.ctx.actors[o.actor]
            if act.kind != "organization":
                continue
            if word and word not in act.name.lower() and word not in " ".join(act.aliases).lower():
                continue
            best = act.name
        return best

    def _document(self, c: _Cand) -> str | None:
        """Who stands behind "the report" / "its statement": the author named nearest before.

        First an explicit author anywhere earlier ("an audit carried out by the firm X", "X's
        report", "X published its report", "X said in a statement"); then an actor named in a
        recent sentence that mentions the same kind of document; then the last organisation.
        "its"/"their" always mean the last organisation.
        """
        text = self.ctx.text
        words = c.name.lower().split()
        if words[0] in ("its", "their"):
            return self._last_org(c.start)
        head = words[-1]
        fam = next(
            (f for f in _DOC_FAMILIES.values() if re.fullmatch(f, head)), _DOC_FAMILIES["report"]
        )
        noun = r"(?<![\w-])(?:" + fam + r")(?![\w-])"
        before = [o for o in self.ctx.occ if o.end <= c.start]
        for o in reversed(before):
            act = self.ctx.actors[o.actor]
            pre = text[max(0, o.start - 160) : o.start]
            post = text[o.end : o.end + 80]
            if (
                re.search(
                    noun + r"[^.;!?“”\"\n]{0,80}?\bby\s+(?:the\s+|an?\s+)?(?:[a-z][\w-]*\s+){0,4}$",
                    pre,
                    re.I,
                )
                or re.match(r"[’']s\s+(?:[\w-]+\s+){0,3}?" + noun, post, re.I)
                or (
                    act.kind != "person"
                    and re.match(
                        r"\s+(?:\w+\s+)?(?:published|released|issued|put\s+out|sent|filed|"
                        r"said|says|added|announced|confirmed|wrote)\s+(?:in\s+)?(?:its|their|a|an)"
                        r"\s+(?:[\w-]+\s+){0,3}?" + noun,
                        post,
                        re.I,
                    )
                )
            ):
                return act.name
        paras = self.ctx.paras
        pi = next((i for i, (a, b) in enumerate(paras) if a <= c.start <= b), 0)
        floor = paras[max(0, pi - 3)][0]
        for o in reversed(before):
            if o.start < floor:
                break
            act = self.ctx.actors[o.actor]
            if act.kind == "person":
                continue
            ss = _sentence_start(text, max(floor, o.start - 300), o.start)
            se = _sentence_end(text, o.end, min(len(text), o.end + 300))
            if re.search(noun, text[ss:se], re.I):
                return act.name
        return self._last_org(c.start)

    def resolve(self, c: _Cand, cue: str | None, pos: int) -> tuple[str | None, str]:
        if c.kind in ("person", "organization", "place", "other"):
            return c.name, c.kind
        if c.kind == "pronoun":
            prev = self.prev
            if c.name in ("he", "she"):
                g = "m" if c.name == "he" else "f"
                if (
                    cue in _CONTINUING
                    and prev is not None
                    and prev.speaker_kind == "person"
                    and self.coref.gender.get(prev.speaker or "", g) == g
                ):
                    return prev.speaker, "person"
                hit = self.coref.ref.get(c.start)
                if hit is not None:
                    return hit
                name = self._last_person(c.start)
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
                return self._last_org(c.start), "organization"
        if c.kind == "orgnoun":
            words = c.name.lower().split()
            head = words[-1]
            if head in (
                "company",
                "firm",
                "group",
                "startup",
                "retailer",
                "manufacturer",
                "carrier",
                "airline",
            ):
                name = self._last_org(c.start)
            else:
                name = self._last_org(c.start, head)
            return (name or c.name), "organization"
        if c.kind == "possessed":
            return c.name, "organization"
        if c.kind == "doc":
            return self._document(c), "organization"
        name = c.name
        if re.match(
            r"(?:An?|The|One|Two|Three|Some|Several|Many|Another|Senior|Its|His|Her|Their|Other)\b",
            name,
        ):
            name = name[0].lower() + name[1:]
        return name, "anon"


def _attribute(ctx: _Context, res: _Resolver, r: _Raw, raws: list[_Raw], idx: int) -> None:
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
    b_start = _sentence_start(text, prev_close, r.open_at)
    a_end = _sentence_end(text, r.close_at, next_open)
    glues: list[tuple[int, int, str]] = [
        (b_start, r.open_at, "before"),
        (r.close_at, a_end, "after"),
    ]
    # "X said:" closing the previous paragraph introduces a quote opening this one
    if r.open_at == pa and r.para > 0 and text[ctx.paras[r.para - 1][1] - 1] == ":":
        qa, qb = ctx.paras[r.para - 1]
        if not ctx.in_quote(qb - 1):
            glues.append((_sentence_start(text, qa, qb - 1), qb, "before"))
    if r.block and r.last_para + 1 < len(ctx.paras):
        # "> Unmarked words." then "That is how Dr X put it …" in the next paragraph
        na, nb = ctx.paras[r.last_para + 1]
        glues.append((na, _sentence_end(text, na, nb), "after"))
    best: tuple[int, _Cand, str] | None = None
    bare_cue: tuple[int, str] | None = None
    for ga, gb, side in glues:
        cues = ctx.cues(ga, gb)
        if side == "before":
            cues = list(reversed(cues))
        for m in cues:
            cand = _pick_speaker(ctx, ga, gb, m)
            dist = (r.open_at - m.end()) if side == "before" else (m.start() - r.close_at)
            if gb <= pa:  # previous paragraph
                dist += 200
            if (
                side == "after"
                and re.match(r"[.!?]$", r.text[-1:])
                and re.match(r"\s+[A-Z]", text[r.close_at : r.close_at + 2])
            ):
                dist += 100  # the quote ended its sentence: what follows is less likely its tag
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
        r.cue = cue
        r.cue_dist = dist
        r.tagged = r.speaker is not None
        if r.speaker is not None:
            return
    if bare_cue is not None and r.cue is None:
        r.cue, r.cue_dist = bare_cue[1], bare_cue[0]
    # no cue: a partial quote takes its sentence's subject; a standalone quote inherits
    glue_before = text[b_start : r.open_at]
    if re.search(r"[A-Za-z]{2}", glue_before):
        cands = [
            c
            for c in ctx.candidates(b_start, r.open_at)
            if c.kind in ("person", "organization", "pronoun", "anon", "orgnoun")
        ]
        if cands:
            c = cands[0]
            r.speaker, r.speaker_kind = res.resolve(c, None, c.start)
            if r.speaker:
                return
    prev = res.prev
    if prev is not None and prev.speaker and r.para - prev.last_para <= 2:
        # a person named between the two quotes took the floor, unless named as the one
        # spoken to or about ("Brisca told Byteframe.", "Lind said of Harlow.")
        between = [
            o
            for o in ctx.occ
            if prev.close_at <= o.start < r.open_at
            and ctx.actors[o.actor].kind == "person"
            and not _LISTENER_BEFORE.search(text, max(0, o.start - 20), o.start)
        ]
        if not between:
            r.speaker, r.speaker_kind = prev.speaker, prev.speaker_kind
            return
        r.speaker, r.speaker_kind = ctx.actors[between[-1].actor].name, "person"


_SMALL = {
    "of",
    "the",
    "and",
    "a",
    "an",
    "in",
    "on",
    "for",
    "to",
    "at",
    "with",
    "from",
    "by",
    "or",
    "&",
}


def _looks_like_title(q: str) -> bool:
    words = q.split()
    if not 1 <= len(words) <= 6 or q[-1:] in ".!?…":
        return False
    return (
        all(w[0].isupper() or w.lower() in _SMALL or not w[0].isalpha() for w in words)
        and words[0][0].isupper()
        and len(words) >= 2
    )


def _add_block_quotes(text: str, raws: list[_Raw], blocks: list[tuple[int, int]]) -> list[_Raw]:
    """Block-quote paragraphs without any quotation mark are quotations too."""
    paras = paragraphs(text)
    out = list(raws)
    for a, b in blocks:
        for pi, (pa, pb) in enumerate(paras):
            if pa < a or pb > b or re.search(r"[“”\"‘]", text[pa:pb]):
                continue
            if len(text[pa:pb].split()) < 3 or any(r.open_at <= pa < r.close_at for r in raws):
                continue
            r = _Raw([(pa, pb)], pa, pb, pi, pi, block=True)
            r.text = " ".join(text[pa:pb].split())
            out.append(r)
    out.sort(key=lambda r: r.open_at)
    return out


def _norm(s: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", s.lower()).split())


def extract_quotes(
    text: str,
    actors: list[Actor] | None = None,
    occurrences: list[ActorMention] | None = None,
    block_quotes: list[tuple[int, int]] | None = None,
    headings: list[tuple[int, int]] | None = None,
    parsed: Parsed | None = None,
) -> list[Quote]:
    """Quotations of `text` (Markdown already neutralised) with speaker and cue.

    Quotation marks inside a heading (`headings`: spans of heading lines) are not quotes: a
    subhead like "'We will manage'" repeats words the body quotes and attributes properly.
    """
    if not text or not text.strip():
        return []
    actors = actors or []
    raws = find_spans(text)
    raws = _add_block_quotes(text, raws, block_quotes or [])
    ctx = _Context(text, raws, actors, occurrences or [])
    res = _Resolver(ctx)
    kept: list[_Raw] = []
    heads = headings or []
    for i, r in enumerate(raws):
        if any(ha <= r.open_at and r.close_at <= hb for ha, hb in heads):
            continue
        _attribute(ctx, res, r, raws, i)
        nwords = len(r.text.split())
        before = text[max(0, r.open_at - 12) : r.open_at].lower()
        if re.search(r"so-called\s*$|so called\s*$", before):
            continue
        sentence_like = r.text[:1].isupper() and r.text[-1:] in ".!?" and bool(r.speaker)
        if nwords <= 2 and not (r.tagged and r.cue_dist <= 40) and not sentence_like:
            continue
        if _looks_like_title(r.text) and not (r.cue and r.cue_dist <= 3):
            continue
        if r.block and not r.tagged:
            continue  # an unmarked block quote counts only when a cue names its speaker
        if not re.search(r"\w", r.text):
            continue
        if r.speaker:
            res.prev = r
        kept.append(r)
    # pull-quotes and repeats: keep one, the longer, carrying over a speaker
    final: list[_Raw] = []
    for r in kept:
        n = _norm(r.text)
        dup = None
        for f in final:
            fn = _norm(f.text)
            if len(min(n, fn, key=len)) >= 12 and (n in fn or fn in n):
                dup = f
                break
        if dup is None:
            final.append(r)
            continue
        if len(n) > len(_norm(dup.text)) or (
            not dup.speaker and r.speaker and len(n) == len(_norm(dup.text))
        ):
            keep, drop = r, dup
        else:
            keep, drop = dup, r
        if not keep.speaker and drop.speaker:
            keep.speaker, keep.cue, keep.speaker_kind = drop.speaker, drop.cue, drop.speaker_kind
        final[final.index(dup)] = keep
    final.sort(key=lambda r: r.open_at)
    return [
        Quote(text=r.text, speaker=r.speaker, cue=r.cue, start=r.pieces[0][0], end=r.pieces[-1][1])
        for r in final
    ]
