"""Blocks that ask the reader for something — appeals, newsletter boxes, disclosures, contact
forms, app pitches, author bios — removed whole, heading included.

Line rules (`boilerplate.is_furniture`) see one short block at a time, so an appeal of five
paragraphs loses only its "Dear readers," line and keeps "We are facing unprecedented
challenges…". Here the unit is the block:

* **introduced sections** — a short heading that introduces solicitation ("A message from …",
  "Support our …", "About the author", "Disclaimer") takes everything under it up to the next
  heading of the same or a higher rank, unless the section is mostly quoting paragraphs
  (reporting under a heading that only looks like an appeal's);
* **appeal containers** — a container (not the article itself) whose text is mostly paragraphs
  that solicit or speak in the site's own voice ("we", "our work", addressed to "you"), one
  of them at least with a word of solicitation;
* **the appeal tail** — after the article's last paragraph of reporting, a run of such
  paragraphs (with short button lines like "Continue") that holds a word of solicitation.

Cues are word lists in `data/` (solicitation_cues.txt, solicitation_headings.txt), matched as
words; nothing names a site. A paragraph holding a quotation is reporting, never the site's
voice: "We need your help," the mayor said, stays.
"""

from __future__ import annotations

import re
import threading
from functools import cache, lru_cache
from pathlib import Path

from reader.article import boilerplate

_DATA = Path(__file__).with_name("data")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_LEAVES = frozenset({"p", "li", "blockquote", "pre", "table", "dl", "figure", *_HEADINGS})
_CONTAINERS = ("div", "section", "aside", "footer", "ul", "ol")
_APPEAL_MAX = 1200  # no paragraph of an appeal is longer than this
_ASKING_LEN = 320  # a paragraph asking once is solicitation only up to this length
_HEADING_MAX = 80  # a heading longer than this is a sentence, not a heading
_SHORT_LINE = 40  # "Continue", "Remind me later.", "Donate": button lines inside an appeal
_REPORTING_SHARE = 0.5  # share of a section's text in paragraphs holding quotations
_CONTAINER_SHARE = 0.6  # share of a container's text in soliciting / own-voice paragraphs
# Never remove more than this share of the article in one block; a block that asks for
# something in so many words may be longer than a short news item.
_MAX_SHARE = 0.4
_MAX_SHARE_ASKING = 0.6
_QUOTE = re.compile(r"[\"“”„«»]")
_OWN_VOICE = re.compile(r"\b(?:we|our|ours|us)\b", re.I)
_ADDRESSED = re.compile(r"\b(?:you|your|yours)\b", re.I)


def _patterns(name: str) -> list[str]:
    lines = (_DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


@cache
def _cue() -> re.Pattern[str]:
    return re.compile(
        r"(?<!\w)(?:" + "|".join(_patterns("solicitation_cues.txt")) + r")(?!\w)", re.I
    )


@cache
def _intro() -> re.Pattern[str]:
    return re.compile(r"^\W*(?:" + "|".join(_patterns("solicitation_headings.txt")) + ")", re.I)


def _tag(el) -> str:
    return el.tag.lower() if isinstance(el.tag, str) else ""


@lru_cache(maxsize=4096)
def solicits(text: str) -> bool:
    """Does the block ask the reader for something (and is not a quotation)? One word of
    solicitation in a long paragraph of reporting is not enough: it must be short or ask
    twice."""
    if len(text) > _APPEAL_MAX or _QUOTE.search(text):
        return False
    asks = len(_cue().findall(text))
    return asks >= 2 or (asks == 1 and len(text) <= _ASKING_LEN)


@lru_cache(maxsize=4096)
def own_voice(text: str) -> bool:
    """The site speaking of itself: "we"/"our" three times, or twice and to "you"; no quote."""
    if _QUOTE.search(text):
        return False
    ours = len(_OWN_VOICE.findall(text))
    return ours >= 3 or (ours >= 2 and bool(_ADDRESSED.search(text)))


_local = threading.local()


def text_of(el) -> str:
    """An element's text, read once per `remove_solicitation` call: the passes only drop
    whole blocks, so a block's text never changes while they run (refresh cleans pages in
    threads, hence one memo per thread)."""
    memo = getattr(_local, "memo", None)
    if memo is None:
        return boilerplate.text_of(el)
    text = memo.get(el)
    if text is None:
        text = memo[el] = boilerplate.text_of(el)
    return text


def remove_solicitation(article) -> None:
    """Remove solicitation blocks from the extracted article fragment, in place."""
    _local.memo = {}
    try:
        _remove(article)
    finally:
        _local.memo = None


def _remove(article) -> None:
    total = len(text_of(article)) or 1
    _drop_introduced_sections(article, total)
    _drop_appeal_containers(article, total)
    _drop_appeal_tail(article, total)
    _drop_asking_blocks(article)  # last: an appeal's opening line marks the run above


# ------------------------------------------------------------------ single blocks
def _asks_alone(text: str) -> bool:
    """A block that is solicitation by itself, wherever it stands: it asks twice, or it is
    labelled ("About the author: …", "Disclaimer: …"). One word of asking inside the
    article's own text ("she signed up for the newsletter") is not enough."""
    if solicits(text) and len(set(_cue().findall(text))) >= 2:
        return True
    label = _intro().match(text)
    return label is not None and ":" in text[label.end() : label.end() + 40]


def _drop_asking_blocks(article) -> None:
    for leaf in _leaves(article):
        if _tag(leaf) in _HEADINGS or leaf is article:
            continue
        text = text_of(leaf)
        if text and _asks_alone(text):
            _drop(leaf)


# ------------------------------------------------------------------ introduced sections
def _heading_rank(el) -> int | None:
    """1-6 for a heading, 7 for a short line acting as one (all bold, or ending in a colon:
    "A message from the editors:"), None otherwise."""
    tag = _tag(el)
    if tag in _HEADINGS:
        return int(tag[1])
    if tag != "p":
        return None
    bold = len(el) == 1 and _tag(el[0]) in ("strong", "b")
    if bold and not (el.text or "").strip() and not (el[0].tail or "").strip():
        return 7
    text = text_of(el)
    return 7 if text.endswith(":") and len(text) <= _HEADING_MAX else None


def _section_after(heading, rank: int) -> list:
    """The heading's following siblings up to the next heading of the same or higher rank."""
    out = []
    for sib in heading.itersiblings():
        other = _heading_rank(sib)
        if other is not None and other <= rank:
            break
        out.append(sib)
    return out


def _drop_introduced_sections(article, total: int) -> None:
    for el in list(article.iter(*_HEADINGS, "p")):
        if el.getparent() is None:
            continue
        rank = _heading_rank(el)
        text = text_of(el)
        if rank is None or len(text) > _HEADING_MAX or not _intro().search(text):
            continue
        section = _section_after(el, rank)
        if _reports(section):
            continue
        size = len(text) + sum(len(text_of(s)) for s in section)
        asks = any(solicits(text_of(s)) for s in section)
        if size > (_MAX_SHARE_ASKING if asks else _MAX_SHARE) * total:
            continue
        for node in [el, *section]:
            _drop(node)


def _reports(section: list) -> bool:
    """Is the section, the blocks that ask or speak in the site's voice left aside, mostly
    paragraphs holding quotations? Then it is reporting under a heading that only looks like
    an appeal's ("A message from the chief", "A letter from the capital"): a site's own
    message quotes nobody. The appeal boxes inside go by the other passes."""
    blocks = [[text_of(leaf) for leaf in _leaves(s)] for s in section]
    leaves = [t for b in blocks if not any(solicits(t) or own_voice(t) for t in b) for t in b]
    size = sum(len(t) for t in leaves)
    quoting = sum(len(t) for t in leaves if _QUOTE.search(t))
    return size > 0 and quoting >= _REPORTING_SHARE * size


# ------------------------------------------------------------------ appeal containers
def _leaves(root) -> list:
    """Paragraph-like blocks under root, in document order (no block inside a block)."""
    out: list = []
    stack = [root]
    while stack:
        el = stack.pop()
        if _tag(el) in _LEAVES:
            out.append(el)
        else:
            stack.extend(reversed([c for c in el if isinstance(c.tag, str)]))
    return out


def _drop_appeal_containers(article, total: int) -> None:
    """Each leaf is read once; its length is added to every container above it."""
    size: dict = {}  # keyed by element: lxml keeps one proxy per node while it is referenced
    voiced: dict = {}
    asks: set = set()
    for leaf in _leaves(article):
        text = text_of(leaf)
        asking = solicits(text)
        speaking = asking or own_voice(text)
        for anc in leaf.iterancestors():
            if anc is article:
                break
            size[anc] = size.get(anc, 0) + len(text)
            voiced[anc] = voiced.get(anc, 0) + (len(text) if speaking else 0)
            if asking:
                asks.add(anc)
    for el in list(article.iter(*_CONTAINERS)):
        if el not in asks or el.getparent() is None or size[el] > _MAX_SHARE_ASKING * total:
            continue
        if voiced[el] >= _CONTAINER_SHARE * size[el]:
            _drop(el)


# ------------------------------------------------------------------ the appeal tail
def _drop_appeal_tail(article, total: int) -> None:
    leaves = [leaf for leaf in _leaves(article) if text_of(leaf)]
    run = _tail_run(leaves)
    if not run or sum(len(text_of(leaf)) for leaf in run) > _MAX_SHARE_ASKING * total:
        return
    for leaf in run:
        _drop(leaf)


def _tail_run(leaves: list) -> list:
    """The last blocks that solicit, speak in the site's voice or are button lines, opened
    by a soliciting block ("Dear readers,") and the heading that introduces it, if any."""
    run: list = []
    for leaf in reversed(leaves):
        text = text_of(leaf)
        if not (solicits(text) or own_voice(text) or len(text) < _SHORT_LINE):
            break
        run.append(leaf)
    while run and not solicits(text_of(run[-1])):  # an appeal opens by asking
        run.pop()
    if not run:
        return run
    start = len(leaves) - len(run)
    if start > 0:
        before = leaves[start - 1]
        text = text_of(before)
        if len(text) <= _HEADING_MAX and (_heading_rank(before) or text.endswith(":")):
            run.append(before)
    return run


def _drop(el) -> None:
    if el.getparent() is not None:
        el.drop_tree()
