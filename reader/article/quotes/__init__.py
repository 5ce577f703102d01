"""Direct quotations and their speakers, found by rules.

Offsets: `Quote.start`/`Quote.end` delimit the *quoted words* in the analysed text, without the
quotation marks (and without a trailing comma/colon that belongs to the attribution). For a quote
that runs over several paragraphs, `start` is in the first and `end` in the last paragraph, and
`Quote.text` joins the pieces with single spaces, leaving out the repeated opening marks. In
every case `Quote.text` is the quoted words with runs of white space collapsed to one space.

The passes, each a module:

- `marks`: quotation marks paired into quotations, paragraph by paragraph (multi-paragraph
  quotes joined, apostrophes told from single quotes, unmarked block quotes added).
- `transcript`: paragraphs of a transcript ("CANTWELL: …", "Ada Roe: …") are quotations by
  the labelled person.
- `syntax`: the dependency parse first. Climbing the arcs out of the quoted words reaches the
  speech verb that governs them ("said", "called", "according to"); its subject is the speaker
  (borrowed through "and added", "who said", the agent of a passive, an apposition).
- `cues` and `speakers`: when the parse has no such verb, the "glue" around the quotation — the
  unquoted text of its sentence — is scanned for a speech cue and a speaker next to it: a named
  actor, a pronoun, an anonymous source ("one of the sources"), an organisation noun ("the
  ministry") or a document ("the report", which speaks for its author when one is named).
  Without any cue a partial quote takes its clause's subject, a signed one its signature, and a
  standalone one inherits the speaker of the quote before unless someone took the floor.
- `coref`: "he"/"she" resolved once for the whole text — main-clause subjects first, genders
  from titles, roles, given names (`data/`) and pronouns the parse binds.
- `lexicon` and `data/`: every word list the rules read.

This package never imports spaCy: named actors come in as `ActorMention`s and the parse as
the `Parsed` document `reader.article.analyse` made once.
"""

from __future__ import annotations

import re

from reader.article.actors import ActorMention
from reader.article.actors.lexicon import NICKNAME
from reader.article.given_names import KIN_NOUN_ALT
from reader.article.parsed import Parsed
from reader.article.quotes.cues import _Context
from reader.article.quotes.lexicon import ANONYMITY, ANONYMOUS_SOURCE, ANONYMOUS_SPEAKER
from reader.article.quotes.marks import (
    _add_block_quotes,
    _looks_like_title,
    _Raw,
    find_spans,
    paragraphs,
)
from reader.article.quotes.speakers import _attribute, _Resolver
from reader.article.quotes.transcript import add_interview_answers, add_transcript_turns
from reader.models import Actor, Quote

__all__ = ["extract_quotes", "find_spans", "paragraphs"]


def _norm(s: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", s.lower()).split())


def extract_quotes(
    text: str,
    actors: list[Actor] | None = None,
    occurrences: list[ActorMention] | None = None,
    block_quotes: list[tuple[int, int]] | None = None,
    headings: list[tuple[int, int]] | None = None,
    parsed: Parsed | None = None,
    author: str | None = None,
    bold_paragraphs: list[tuple[int, int]] | None = None,
) -> list[Quote]:
    """Quotations of `text` (Markdown already neutralised) with speaker and cue.

    The passes, in order: marks (`find_spans`, unmarked block quotes), then for each quotation
    cues and speakers (`_attribute`: the parse first, then the text around it, then the quote
    before), coreference inside the resolver, and last the filter (`_is_quote`) and the merge of
    pull-quotes (`_merge_repeats`). Quotation marks inside a heading (`headings`: spans of
    heading lines) are not quotes: a subhead like "'We will manage'" repeats words the body
    quotes and attributes properly. `author` (the byline) speaks the first person outside
    quotation marks: "“…,” I told the council" in a column. `bold_paragraphs`: spans of
    the paragraphs set wholly in bold, an interview's questions; the paragraphs under them are
    the interviewee's answers.
    """
    if not text or not text.strip():
        return []
    raws = find_spans(text)
    raws = _add_block_quotes(text, raws, block_quotes or [])
    raws = add_transcript_turns(text, raws, actors or [])
    heads = headings or []
    raws = add_interview_answers(
        text, raws, actors or [], occurrences or [], bold_paragraphs or [], heads, author
    )
    ctx = _Context(text, raws, actors or [], occurrences or [], parsed, author)
    res = _Resolver(ctx)
    kept: list[_Raw] = []
    for i, r in enumerate(raws):
        if any(ha <= r.open_at and r.close_at <= hb for ha, hb in heads):
            continue
        if r.speaker is None:  # a transcript turn comes with its speaker
            _attribute(ctx, res, r, raws, i)
        if not _is_quote(text, r):
            continue
        if r.speaker:
            res.prev = r
        kept.append(r)
    _sole_speaker(kept)
    final = _merge_repeats(kept)
    return [
        Quote(
            text=r.text,
            speaker=_reported(ctx, r),
            cue=r.cue,
            start=r.pieces[0][0],
            end=r.pieces[-1][1],
        )
        for r in final
    ]


def _sole_speaker(kept: list[_Raw]) -> None:
    """In a piece built on one person's words (every sentence quoted with a speaker is theirs,
    three times or more), a sentence quoted with no cue near it is theirs too: "“A seat that's too
    deep can push against the back of the legs.”" under a surgeon's advice."""
    said = [r for r in kept if r.speaker and len(r.text.split()) >= _SOLE_SPEAKER_WORDS]
    speakers = {(r.speaker, r.speaker_kind) for r in said}  # not a scare quote's "a chair"
    if len(speakers) != 1 or len(said) < _SOLE_SPEAKER_QUOTES:
        return
    name, kind = next(iter(speakers))
    if kind != "person":
        return
    for r in kept:
        words = r.text.split()
        lower = sum(1 for w in words if w[:1].islower())
        # a sentence, not a title ("RIA Match | Succession Planning, Growth …")
        if r.speaker is None and len(words) >= _SOLE_SPEAKER_WORDS and lower * 2 >= len(words):
            r.speaker, r.speaker_kind = name, kind


# At least this many attributed quotes, all by one person, and a quotation of this many words.
_SOLE_SPEAKER_QUOTES = 3
_SOLE_SPEAKER_WORDS = 5


def _reported(ctx: _Context, r: _Raw) -> str | None:
    """The speaker as the reader sees it: an unnamed source is "one of the sources" — one
    called a source, or one whose paragraph says why they go unnamed ("A worker at the
    resort, who asked not to be named, said …" — “…,” the worker said). A name word two
    people share is the one of them named last (`_shared_name_owner`)."""
    if r.speaker_kind == "person" and r.speaker:
        return _shared_name_owner(ctx, r.speaker, r.open_at) or r.speaker
    if r.speaker_kind != "anon" or not r.speaker:
        return r.speaker
    if ANONYMOUS_SOURCE.search(r.speaker) or _unnamed_for_a_reason(ctx, r):
        return ANONYMOUS_SPEAKER
    if _OWN_KIN.fullmatch(r.speaker):
        return ANONYMOUS_SPEAKER  # "My grandmother used to say, '…'": someone the text never names
    return r.speaker


def _shared_name_owner(ctx: _Context, name: str, pos: int) -> str | None:
    """ "Bolekia told the agency" when Cristina Bolekia Sipi and her father Anselmo Bolekia
    Riloha are both on the page: a bare name word two people's names share (merging leaves it
    nobody's alias) is the one of them named last before `pos`."""
    if " " in name:
        return None
    owners = {
        a.name
        for a in ctx.actors
        if a.kind == "person" and a.name != name and name in a.name.split()
    }
    if len(owners) < 2:
        return None
    last = None
    for o in ctx.occ:
        if o.start >= pos:
            break
        if ctx.actors[o.actor].name in owners:
            last = ctx.actors[o.actor].name
    return last


# "my grandmother", "our late father": a relative of the one speaking, who goes unnamed.
_OWN_KIN = re.compile(r"(?i:my|our)\s+(?:(?i:late|own|old)\s+)?(?i:" + KIN_NOUN_ALT + r")")


def _unnamed_for_a_reason(ctx: _Context, r: _Raw) -> bool:
    """Whether the quotation's paragraph, outside quotation marks and before the quotation
    ends, says why someone goes unnamed (ANONYMITY): the words that bring the person in. A
    reason given only after the quotation ("…,” said an adviser, who declined to be
    identified) leaves the description as the speaker."""
    start = ctx.paras[r.para][0]
    return any(not ctx.in_quote(m.start()) for m in ANONYMITY.finditer(ctx.text, start, r.close_at))


def _is_quote(text: str, r: _Raw) -> bool:
    """Whether marked words are a quotation rather than a title, a scare quote or a name.

    Short fragments ("called him “unstable”") are quotes when a speech cue close by or the
    subject of their own clause gives them a speaker; titles ("The Long Night Home") need a cue
    right next to them; an unmarked block quote needs a cue naming its speaker.
    """
    before = text[max(0, r.open_at - 12) : r.open_at].lower()
    if re.search(r"so-called\s*$|so called\s*$", before) or not re.search(r"\w", r.text):
        return False
    sentence_like = r.text[:1].isupper() and r.text[-1:] in ".!?" and bool(r.speaker)
    spoken = (r.tagged and r.cue_dist <= 40) or r.in_clause
    if len(r.text.split()) <= 2 and not spoken and not sentence_like:
        return False
    if _looks_like_title(r.text) and not (r.cue and r.cue_dist <= 3):
        return False
    if _nickname_at(text, r):
        return False
    return not (r.block and not r.tagged)


def _nickname_at(text: str, r: _Raw) -> bool:
    """Whether the marked words are a nickname inside a name: 'José "Cheo" Maldonado'."""
    near = NICKNAME.finditer(text, max(0, r.open_at - 40), min(len(text), r.close_at + 60))
    return any(m.start("nick") == r.open_at for m in near)


def _merge_repeats(kept: list[_Raw]) -> list[_Raw]:
    """Pull-quotes: the same words shown twice are one quotation, the longer copy kept.

    Two copies both tied to a speech cue are words said twice (or by two people), and stay
    two quotations. The copy next to its cue knows the speaker better than a pull-quote.
    """
    final: list[_Raw] = []
    for r in kept:
        n = _norm(r.text)
        dup = None
        for f in final:
            fn = _norm(f.text)
            if r.tagged and f.tagged:
                continue
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
        if drop.speaker and (not keep.speaker or (drop.tagged and not keep.tagged)):
            keep.speaker, keep.cue, keep.speaker_kind = drop.speaker, drop.cue, drop.speaker_kind
            keep.tagged = drop.tagged
        final[final.index(dup)] = keep
    final.sort(key=lambda r: r.open_at)
    return final
