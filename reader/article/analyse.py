"""Quotes and named actors of an article's Markdown-flavoured text.

`analyse(text)` first neutralises Markdown *in place* — every syntax character (link targets,
image tags, `#` heading marks, `>` block-quote marks, list bullets, emphasis stars, bare URLs)
and every fenced code block is replaced by spaces of the same length — so all offsets found on
the neutralised copy are valid in the original string, and no Markdown leaks into quotes,
speakers or actors.

It then runs spaCy once — tagger, parser, NER (loaded lazily, see `reader.article.nlp`) — into one
`Parsed` that every pass reads, merges the mentions into actors (`reader.article.actors`) and
finds quotations with their speakers (`reader.article.quotes`). Quote offsets cover the quoted
words without the marks.
"""

from __future__ import annotations

import logging
import re

from reader.article.actors import Layout, Mention, build_actors
from reader.article.actors.domains import link_names
from reader.article.actors.lexicon import (
    ORG_PREFIXES,
    ORG_SUFFIXES,
    PLACE_PREFIXES,
    PLACE_SUFFIXES,
)
from reader.article.actors.surface import GLOTTAL_MARKS
from reader.article.metadata import author_name
from reader.article.parsed import Parsed
from reader.article.quotes import extract_quotes
from reader.article.quotes.lexicon import FULL_NAME
from reader.models import Actor, Analysis, Quote

log = logging.getLogger(__name__)

_IMAGE = re.compile(r"!\[[^\]\n]*\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"\n]*\")?\)")
_LINK_TARGET = re.compile(r"\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"\n]*\")?\)")
_LINK = re.compile(r"\[([^\[\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"\n]*\")?\)")
_BLOCK_QUOTE = re.compile(r"^[ \t]{0,3}>.*(?:\n[ \t]{0,3}>.*)*", re.M)
_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+.*$", re.M)
_LIST_ITEM = re.compile(r"^[ \t]{0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+.*$", re.M)
# An interview's question: a paragraph wholly in bold that ends in a question mark.
_BOLD_PARAGRAPH = re.compile(r"^[ \t]{0,3}(\*\*|__)(?:(?!\1)[^\n])+\1[ \t]*$", re.M)
_REF_TARGET = re.compile(r"\]\[[^\]\n]*\]")
_URL = re.compile(r"(?:https?://|www\.)[^\s)\]>]+")
_LINE_MARK = re.compile(
    r"^[ \t]{0,3}(?:(?:>[ \t]?)+(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+)?|#{1,6}[ \t]+|[-*+][ \t]+|\d{1,3}[.)][ \t]+)",  # noqa: E501
    re.M,
)
_RULE = re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$", re.M)
_EMPH = re.compile(r"\*+|(?<!\w)_+|_+(?!\w)|`+|~~")
_CLOSING_HASHES = re.compile(r"[ \t]+#+[ \t]*$", re.M)


def _blank(m: re.Match) -> str:
    return " " * len(m.group(0))


# A fenced code block is no prose: its quotation marks are string literals, its capitalised
# words identifiers. It is blanked whole, line breaks kept. (Inline code stays: it is part of
# the sentence around it.)
_FENCED_CODE = re.compile(r"^[ \t]{0,3}(```|~~~)[^\n]*\n.*?^[ \t]{0,3}\1[ \t]*$", re.M | re.S)


def _blank_lines(m: re.Match) -> str:
    return re.sub(r"[^\n]", " ", m.group(0))


def neutralise_markdown(text: str) -> str:
    """Return `text` with Markdown syntax replaced by spaces; same length, same offsets."""
    out = _FENCED_CODE.sub(_blank_lines, text)
    out = _IMAGE.sub(_blank, out)
    out = _LINK.sub(lambda m: " " + m.group(1) + " " * (len(m.group(0)) - len(m.group(1)) - 1), out)
    out = _LINK_TARGET.sub(_blank, out)
    out = _REF_TARGET.sub(_blank, out)
    out = _URL.sub(_blank, out)
    out = _RULE.sub(_blank, out)
    out = _LINE_MARK.sub(_blank, out)
    out = _CLOSING_HASHES.sub(_blank, out)
    out = _EMPH.sub(_blank, out)
    # a bracket left once the links are gone is the text's own ("“[The algorithms] are …”", an
    # editor's insertion in a quotation); an escaped one loses its backslash
    out = out.replace("\\[", " [").replace("\\]", "] ")
    assert len(out) == len(text)
    return out


_WS_RUN = re.compile(r"\s+")


def compact(text: str) -> tuple[str, list[int]]:
    """Collapse white-space runs (left by neutralised Markdown) for NER; map back to offsets.

    Returns the compact text and, for each of its characters (plus one past the end), the offset
    of that character in `text`. A run holding a blank line becomes "\n\n", one holding a line
    break "\n", any other a single space: long runs of spaces confuse the NER model. A blank line
    after a line that ends in a letter or digit (a heading, a timestamp, a caption) gets a full
    stop first: without one the model reads the heading and the next paragraph as one sentence
    and misses the entity that opens the paragraph ("Hauliers furious\n\nThe Road Haulage and
    Logistics Federation said").
    """
    parts: list[str] = []
    index: list[int] = []
    pos = 0
    for m in _WS_RUN.finditer(text):
        parts.append(text[pos : m.start()])
        index.extend(range(pos, m.start()))
        run = m.group(0)
        rep = "\n\n" if run.count("\n") >= 2 else ("\n" if "\n" in run else " ")
        if rep == "\n\n" and m.start() and text[m.start() - 1].isalnum():
            rep = ".\n\n"  # an unfinished line is a heading: end it, or NER runs it on
        parts.append(rep)
        index.extend([m.start()] * len(rep))
        pos = m.end()
    parts.append(text[pos:])
    index.extend(range(pos, len(text)))
    index.append(len(text))
    return _without_glottal_marks("".join(parts), index)


# Modifier letters for a glottal stop or an ayn (Tongan and Hawaiian ʻokina, ʼ, Arabic ʾ ʿ):
# letters of a name ("ʻAnaʻi Moala", "Saʿid"), but the NER model, which has hardly seen them,
# reads a word holding one as anything but a name. It is shown the name without them.
_GLOTTAL_MARK = re.compile(f"[{GLOTTAL_MARKS}]" + r"(?=[^\W\d_])")


def _without_glottal_marks(small: str, index: list[int]) -> tuple[str, list[int]]:
    """`small` without the glottal marks before a letter, `index` kept in step; a name's
    opening mark stays in its span (the letter after it maps to the mark)."""
    if not _GLOTTAL_MARK.search(small):
        return small, index
    keep = [True] * len(small)
    for m in _GLOTTAL_MARK.finditer(small):
        keep[m.start()] = False
        if m.start() == 0 or not small[m.start() - 1].isalpha():
            index[m.start() + 1] = index[m.start()]
    chars = [c for c, k in zip(small, keep, strict=True) if k]
    return "".join(chars), [i for i, k in zip(index, [*keep, True], strict=True) if k]


def parse(text: str) -> Parsed:
    """Run the pipeline once over `text` (compacted), offsets mapped back to `text`."""
    from reader.article.nlp import MAX_CHARS, get_nlp

    small, index = compact(text)
    return Parsed(doc=get_nlp()(small[:MAX_CHARS]), index=index)


def parse_many(texts: list[str]) -> list[Parsed]:
    """`parse` of each text, the pipeline run over all of them at once (`nlp.pipe`): the
    parser and NER step every document of the batch together, which costs ~25% less CPU a
    page than a call a text in batches of 4 (`reader.article.nlp.HeldGreedy`); a
    document's annotations do not depend on its batch."""
    from reader.article.nlp import MAX_CHARS, get_nlp

    if not texts:
        return []
    compacted = [compact(text) for text in texts]
    docs = get_nlp().pipe([small[:MAX_CHARS] for small, _ in compacted], batch_size=len(texts))
    return [Parsed(doc=doc, index=index) for doc, (_, index) in zip(docs, compacted, strict=True)]


def _mentions(text: str, parsed: Parsed) -> list[Mention]:
    out = []
    for e in parsed.doc.ents:
        start, end = parsed.span(e)
        out.append(Mention(start, end, text[start:end], e.label_))
    return out


def analyse(text: str, author: str | None = None) -> Analysis:
    """Quotes (with speakers) and actors of one article text. Never raises on odd input.

    `author` is the byline, when known: the first person outside quotation marks speaks for
    it ("“…,” I told them" in a column)."""
    if not isinstance(text, str) or not text.strip():
        return Analysis(quotes=[], actors=[])
    return _understand(text, neutralise_markdown(text), None, author)


def analyse_many(texts: list[str]) -> list[Analysis]:
    """`analyse` of each text (no byline), the model run once over all of them: what a
    refresh worker does with the few pages it cleans at a time (see `parse_many`)."""
    prepared = {
        i: neutralise_markdown(text)
        for i, text in enumerate(texts)
        if isinstance(text, str) and text.strip()
    }
    try:
        parsed = dict(zip(prepared, parse_many(list(prepared.values())), strict=True))
    except Exception:  # pragma: no cover - then each text is parsed on its own, as ever
        log.exception("parsing a batch of texts failed")
        parsed = {}
    return [
        _understand(text, prepared[i], parsed.get(i), None)
        if i in prepared
        else Analysis(quotes=[], actors=[])
        for i, text in enumerate(texts)
    ]


def _understand(text: str, prepared: str, parsed: Parsed | None, author: str | None) -> Analysis:
    """`analyse` of `text` once neutralised (`prepared`); `parsed` when already parsed."""
    try:
        if parsed is None:
            parsed = parse(prepared)
        mentions = _mentions(prepared, parsed)
    except Exception:  # pragma: no cover - a model failure must not take the reader down
        log.exception("named-entity recognition failed")
        mentions = []
    heads = [(m.start(), m.end()) for m in _HEADING.finditer(text)]
    layout = Layout(tuple(heads), tuple((m.start(), m.end()) for m in _LIST_ITEM.finditer(text)))
    try:
        actors, occurrences = build_actors(
            prepared, mentions, parsed=parsed, layout=layout, link_names=link_names(text)
        )
    except Exception:  # pragma: no cover
        log.exception("actor merging failed")
        actors, occurrences = [], []
    try:
        blocks = [(m.start(), m.end()) for m in _BLOCK_QUOTE.finditer(text)]
        bold = [(m.start(), m.end()) for m in _BOLD_PARAGRAPH.finditer(text)]
        quotes = extract_quotes(
            prepared,
            actors,
            occurrences,
            block_quotes=blocks,
            headings=heads,
            parsed=parsed,
            author=author_name(author),
            bold_paragraphs=bold,
        )
    except Exception:  # pragma: no cover
        log.exception("quote extraction failed")
        quotes = []
    actors += speakers_as_actors(prepared, quotes, actors, author_name(author))
    return Analysis(quotes=quotes, actors=actors)


_BODY_WORDS = ORG_SUFFIXES | ORG_PREFIXES | PLACE_SUFFIXES | PLACE_PREFIXES


def speakers_as_actors(
    text: str, quotes: list[Quote], actors: list[Actor], author: str | None
) -> list[Actor]:
    """People the quote pass named from the parse ("Evadney Coore-Sinclair, the head of the
    service, said") whom the actor pass missed: whoever speaks is an actor. Only full names
    (two words or more, capitalised, none of them also written in lower case), never the
    byline's author, an unnamed source or a name some actor already holds."""
    known = {n.lower() for a in actors for n in (a.name, *a.aliases)}
    not_people = {a.name.split()[0] for a in actors if a.kind != "person"}
    out: list[Actor] = []
    for speaker in dict.fromkeys(q.speaker for q in quotes if q.speaker):
        if speaker == author or speaker.lower() in known or not FULL_NAME.fullmatch(speaker):
            continue
        words = speaker.lower().split()
        if speaker.split()[0] in not_people or any(w in _BODY_WORDS for w in words):
            continue  # "Harwickshire Trading Standards", "Athletics Albion": a body speaks
        capitalised = [w.lower() for w in speaker.split() if w[:1].isupper()]
        if any(re.search(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", text) for w in capitalised):
            continue  # "Harrow Events", "Performance Ads": words the text also writes in lower case
        mentions = len(re.findall(r"(?<!\w)" + re.escape(speaker) + r"(?!\w)", text))
        if mentions:
            out.append(Actor(name=speaker, kind="person", mentions=mentions, aliases=[]))
            known.add(speaker.lower())
    return out
