"""Transcript turns and interview answers: quotations printed without quotation marks.

Broadcast transcripts and hearing records print who speaks as a label and a colon at the start
of a paragraph ("CANTWELL: It's very powerful …"). Such a paragraph is a quotation by the
labelled person when the label names a person of the article (full name, surname or title and
surname, in any case and with or without accents) and the article has at least two such turns:
one "Update: …" or "Analysis: …" line is not a transcript. Parliamentary records add the
member's riding, party or function in brackets ("Ms. Ada Roe (Kelvin Ridge, CPC):"), or give a
role with the holder's name in brackets ("The Chair (Mr. Ian Dow):"), after which the role alone
labels that person's turns. Words a turn quotes (a letter read out, a saying) keep their own
speakers; the rest of the turn is the labelled person's.

A Q&A interview prints each question on its own (in bold, or after "Q:") and the answer below
it (after "A:" at times): the paragraphs after a question, up to the next question, heading or
other bold line, are the interviewee's: the person the introduction says was interviewed, else
the first person it names (the byline author asks). Words an answer quotes keep their own
speakers; the rest of such an answer is the interviewee's when it speaks in the first person
("we" too, unless the paragraph reports another's words). At least two questions make an
interview; after the first, a bold paragraph that asks nothing under the interviewer's label is
the interviewer's too, and so is a bold sentence ending in a full stop before the last question.
"""

from __future__ import annotations

import re
import unicodedata

from reader.article.actors import ActorMention
from reader.article.quotes.marks import _Raw, paragraphs, words_between
from reader.models import Actor

# A label opens with any capital, accented ones too ("ŠARIĆ:", "Šarić-Burić:").
_LABEL = re.compile(
    r"(?P<label>[A-ZÀ-ÖØ-ÞĀ-Ž][\w.’'-]*(?:[ \t]+[A-ZÀ-ÖØ-ÞĀ-Ž][\w.’'-]*){0,3})"
    r"(?:[ \t]*\((?P<paren>[^()\n]{1,160})\))?[ \t]*:[ \t]+(?=\S)"
)
# The shortest stretch of a turn, around the words it quotes, kept as the speaker's words.
_MIN_PIECE_WORDS = 3
_MIN_TURNS = 2


def _plain(s: str) -> str:
    """Case and accents folded: "MARTINEZ-BELTRAN" matches "Martínez-Beltrán"."""
    decomposed = unicodedata.normalize("NFKD", s)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _speakers(actors: list[Actor]) -> dict[str, str]:
    """Every label a person of the article may carry → that person's name."""
    out: dict[str, str] = {}
    for a in actors:
        if a.kind != "person":
            continue
        for form in (a.name, *a.aliases):
            out.setdefault(_plain(form), a.name)
        if len(a.name.split()) > 1:
            out.setdefault(_plain(a.name.split()[-1]), a.name)
    return out


def _label_owner(label: str, names: dict[str, str]) -> str | None:
    """The person a label names: the whole label, or its last word after a title."""
    plain = _plain(label.rstrip("."))
    return names.get(plain) or names.get(plain.split()[-1]) if plain else None


def _said(text: str, a: int, b: int, para: int, speaker: str) -> _Raw:
    """The words `text[a:b]` of paragraph `para` as a quotation by `speaker`, already known."""
    r = _Raw([(a, b)], a, b, para, para, speaker=speaker, speaker_kind="person")
    r.text = words_between(text, a, b)
    r.tagged = r.in_clause = r.turn = True
    return r


def add_transcript_turns(text: str, raws: list[_Raw], actors: list[Actor]) -> list[_Raw]:
    """`raws` plus one quotation per transcript turn (or per stretch of a turn around the words
    it quotes), its speaker already known."""
    names = _speakers(actors)
    if not names:
        return raws
    turns: list[_Raw] = []
    roles: dict[str, str] = {}  # "the chair" → the person named with it in brackets
    for pi, (pa, pb) in enumerate(paragraphs(text)):
        m = _LABEL.match(text, pa, pb)
        if m is None:
            continue
        owner = _turn_owner(m, names, roles)
        if owner is None:
            continue
        for a, b in _unquoted_stretches(text, m.end(), pb, raws):
            r = _said(text, a, b, pi, owner)
            r.cue, r.cue_dist = ":", 0
            turns.append(r)
    if len({r.para for r in turns}) < _MIN_TURNS:
        return raws
    return sorted(raws + turns, key=lambda r: r.open_at)


def _turn_owner(m: re.Match, names: dict[str, str], roles: dict[str, str]) -> str | None:
    """Who speaks a turn: the role's holder met before, the labelled person, or the person a
    role label names in brackets (remembered for the role's later turns)."""
    label = _plain(m.group("label").rstrip("."))
    if label in roles:
        return roles[label]
    owner = _label_owner(m.group("label"), names)
    paren = m.group("paren")
    # brackets holding a name alone ("(Mr. Ian Dow)"), not a riding and party ("(Leeds, Lab.)")
    if paren and "," not in paren and (held := _label_owner(paren, names)) and owner != held:
        roles[label] = held
        return held
    return owner


def _unquoted_stretches(text: str, a: int, b: int, raws: list[_Raw]) -> list[tuple[int, int]]:
    """The stretches of `text[a:b]` outside the quotations in `raws`, of a few words each."""
    cuts = sorted((r.open_at, r.close_at) for r in raws if r.open_at < b and a < r.close_at)
    out, pos = [], a
    for qa, qb in [*cuts, (b, b)]:
        piece = text[pos:qa].strip(" \t\n,;:").lstrip(".!? \t\n")  # not the quote's full stop
        if len(piece.split()) >= _MIN_PIECE_WORDS:
            start = text.index(piece, pos)
            out.append((start, start + len(piece)))
        pos = max(pos, qb)
    return out


# "We spoke to …", "caught up with …", "interviewed …": the introduction names the one asked.
_INTERVIEWED = re.compile(
    r"\b(?:(?:spoke|speaks|talked|talks|sat down|chatted|caught up) (?:to|with)|interviewed)\b"
    r"[^.!?\n]*$"
)


def _guest(
    text: str,
    actors: list[Actor],
    occurrences: list[ActorMention],
    before: int,
    author: str | None,
) -> str | None:
    """The interviewee: the person the introduction says was interviewed ("We spoke to the
    co-founder, Ada Roe"), else the first person it names in full (not the author asking; a
    one-word "person" there is more often a product or a heading's word)."""
    named = [
        (o.start, actors[o.actor].name)
        for o in sorted(occurrences, key=lambda o: o.start)
        if o.start < before
        and actors[o.actor].kind == "person"
        and actors[o.actor].name != author
        and len(actors[o.actor].name.split()) > 1
    ]
    asked = [name for start, name in named if _INTERVIEWED.search(text, max(0, start - 80), start)]
    found = asked or [name for _, name in named]
    return found[0] if found else None


# The author's own voice: "I've got real-world insight", "I tested".
_FIRST_PERSON = re.compile(r"(?<![\w’'-])I(?:[’']ve|[’']m|[’']d)?\s+(?!\.)")


_SPEAKS_AS_I = re.compile(r"(?<![\w’'-])(?:I|[Mm]y|[Mm]e|[Mm]ine|[Mm]yself)(?![\w’'-])")
# The guest speaking for the body they work in ("We said no"), unless the paragraph reports
# another's words ("…,” he said"): then "we" is the writer's ("walked us to the terraces").
_SPEAKS_AS_WE = re.compile(r"(?<![\w’'-])(?:[Ww]e|[Uu]s|[Oo]urs?)(?![\w’'-])")
_REPORTED = re.compile(
    r"[”\"]\s+(?:he|she|they|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)\s+"
    r"(?:said|says|added|told|wrote|asked)\b"
)
_FAQ = re.compile(r"\bFAQs?\b|frequently\s+asked|questions\s+and\s+answers", re.I)


def _under_faq(text: str, pos: int, headings: list[tuple[int, int]]) -> bool:
    """Whether the question at `pos` sits under an "FAQ" heading: the site asks and answers
    its own questions there, nobody is interviewed."""
    above = [(a, b) for a, b in headings if b <= pos]
    return bool(above) and bool(_FAQ.search(text, *above[-1]))


def _questions(text: str, bold: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The interviewer's paragraphs among the bold ones: those that ask ("**Why?**"), and
    after the first of them a bold one that asks nothing under the interviewer's label
    ("**Byteframe: Old houses share a meter.**" prompts an answer as well), or a stated prompt
    before the last question (`_prompts`); another bold line is a heading or a call to act."""
    asks = [span for span in bold if _asks(text, span)]
    labels = {_label_of(text, span) for span in asks} - {None}
    stated = [s for s in bold if asks and asks[0][0] < s[0] < asks[-1][0] and _prompts(text, s)]
    if len(stated) >= len(asks):
        stated = []  # bold sentences all through a guide are its own emphasis, not prompts
    stated += [s for s in bold if asks and s[0] > asks[-1][0] and _closing_prompt(text, s)]
    return [
        span
        for span in bold
        if asks
        and span[0] >= asks[0][0]
        and (span in asks or _label_of(text, span) in labels or span in stated)
    ]


# A prompt stated rather than asked: a sentence of four words or more ending in a full stop.
_STATED_PROMPT = re.compile(r"[^\n]*\w[^\n]*(?:\s+\S+){3,}[.!]")


def _prompts(text: str, span: tuple[int, int]) -> bool:
    """ "**Some fishers say it is a spy.**": between two questions, a bold sentence that ends
    in a full stop prompts an answer as a question does; a heading or a call to act has no
    full stop ("**Get a quote**")."""
    return bool(_STATED_PROMPT.fullmatch(text[span[0] : span[1]].strip(" \t*_")))


# "**Last thing.**", "**One more question.**": a short prompt, two to five words.
_SHORT_PROMPT = re.compile(r"[^\n]*\w[^\n]*\s+\S+[.!]")


def _closing_prompt(text: str, span: tuple[int, int]) -> bool:
    """ "**Last thing.**" after the last question: a bold sentence ending in a full stop whose
    next paragraph answers in the first person prompts that answer; a closing note ("**This
    interview was edited.**", then a bio) does not speak as "I"."""
    prompt = text[span[0] : span[1]].strip(" \t*_")
    if not _SHORT_PROMPT.fullmatch(prompt) or len(prompt.split()) > 5:
        return False
    if _SPEAKS_AS_I.search(prompt):
        return False  # "**Personally, I track my workouts.**": the writer's own line
    nxt = re.search(r"\n[ \t]*\n\s*(?P<para>[^\n]+)", text[span[1] :])
    return nxt is not None and _SPEAKS_AS_I.search(nxt.group("para")) is not None


def _asks(text: str, span: tuple[int, int]) -> bool:
    """Whether the paragraph at `span` ends in a question mark (bold markers aside)."""
    return text[span[0] : span[1]].rstrip(" \t*_").endswith("?")


def _label_of(text: str, span: tuple[int, int]) -> str | None:
    """The label opening the paragraph at `span` ("Byteframe" of "**Byteframe: …**")."""
    m = _LABEL.match(text[span[0] : span[1]].lstrip(" \t*_"))
    return m.group("label") if m else None


def add_interview_answers(
    text: str,
    raws: list[_Raw],
    actors: list[Actor],
    occurrences: list[ActorMention],
    bold: list[tuple[int, int]],
    headings: list[tuple[int, int]],
    author: str | None = None,
) -> list[_Raw]:
    """`raws` plus one quotation per answer paragraph of a Q&A interview (see the module);
    `bold` holds the spans of the paragraphs set wholly in bold."""
    labelled = _labelled_questions(text)
    questions = [
        q
        for q in sorted(set(_questions(text, bold)) | set(labelled))
        if not _under_faq(text, q[0], headings)
    ]
    if sum(q in labelled or _asks(text, q) for q in questions) < _MIN_TURNS:
        return raws
    guest = _guest(text, actors, occurrences, questions[0][0], author)
    if guest is None or (
        not set(questions) - set(labelled) and _FIRST_PERSON.search(text, 0, questions[0][0])
    ):
        return raws  # "Q:" lines after an author's own "I've tested …" are the site's questions
    # each paragraph belongs to the question or heading last seen before it; a bold line that
    # is no question ("**Get a quote**") closes an answer as a heading does
    breaks = headings + [span for span in bold if span not in questions]
    people = [o.start for o in occurrences if actors[o.actor].kind == "person"]
    marks = sorted([(a, b, True) for a, b in questions] + [(a, b, False) for a, b in breaks])
    answers: list[_Raw] = []
    for pi, (pa, pb) in enumerate(paragraphs(text)):
        last = [m for m in marks if m[0] <= pa]
        if not last or not last[-1][2] or last[-1][1] > pa:
            continue  # before any question, under a heading, or the question itself
        label = _ANSWER_LABEL.match(text, pa, pb)
        stretches = _unquoted_stretches(text, label.end() if label else pa, pb, raws)
        # words an answer quotes ("My grandfather used to say, “…”") keep their own speakers,
        # and the rest is the guest's when it speaks as "I"; a paragraph that reports others'
        # words ("…,” he said.") is the writer's, after the interview
        quoting = len(stretches) > 1 or any(r.open_at < pb and pa < r.close_at for r in raws)
        if quoting and not _guest_speaks(text, (pa, pb), stretches, people):
            continue
        answers.extend(_said(text, a, b, pi, guest) for a, b in stretches)
    return sorted(raws + answers, key=lambda r: r.open_at)


def _guest_speaks(
    text: str, span: tuple[int, int], stretches: list[tuple[int, int]], people: list[int]
) -> bool:
    """Whether the unquoted words of the answer paragraph `span` are the guest's: they say
    "I", or "we" where no one else's words are reported (`_SPEAKS_AS_WE`) and no person is
    named (`people`: where persons are named; "Mann agreed …, “…” Our candidates …" is the
    writer's report)."""
    if any(_SPEAKS_AS_I.search(text, a, b) for a, b in stretches):
        return True
    pa, pb = span
    if _REPORTED.search(text, pa, pb) or any(pa <= p < pb for p in people):
        return False
    return any(_SPEAKS_AS_WE.search(text, a, b) for a, b in stretches)


# "Q: How did you start?" / "A: I carried loads …": an interview printed with labels.
_QUESTION_LABEL = re.compile(r"[ \t*_]*(?:Q|Question)[ \t*_]*[:.][ \t*_]+(?=\S)")
_ANSWER_LABEL = re.compile(r"[ \t*_]*(?:A|Answer)[ \t*_]*[:.][ \t*_]+(?=\S)")


def _labelled_questions(text: str) -> list[tuple[int, int]]:
    """The paragraphs that open with a question's label ("Q:", "Question:")."""
    return [(pa, pb) for pa, pb in paragraphs(text) if _QUESTION_LABEL.match(text, pa, pb)]
