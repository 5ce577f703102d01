"""The same quotation in several outlets, found through the changes outlets make.

Outlets quote the whole sentence or a fragment worked into their own sentence, use curly or
straight marks, cut the middle out with "…", and introduce the speaker differently ("said
Brandvold", "Ilse Brandvold, the council leader, told the meeting"). Two quotes are one
when their speakers agree and the words of one (each piece of it, when cut with "…") run
in order inside the other; entries are the connected groups, so a fragment and an elided
version join through the full sentence that holds both.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from reader.stories.features import fold

_ELISION = re.compile(r"…|\.\s*\.\s*\.|\[\s*\.\.\.\s*\]")
_TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_TITLES = {"dr", "mr", "mrs", "ms", "sir", "dame", "professor", "prof", "captain"}
MIN_FRAGMENT = 3  # words: a shorter fragment ("a tax") matches too much
OVERLAP = 0.85  # share of the shorter quote's words found in the longer (small edits)


@lru_cache(maxsize=8192)
def pieces(text: str) -> tuple[tuple[str, ...], ...]:
    """A quote as its runs of words, split where an outlet cut it ("…")."""
    runs = (tuple(_TOKEN.findall(fold(part))) for part in _ELISION.split(text))
    return tuple(run for run in runs if run)


def _contains(long: tuple[str, ...], short: tuple[str, ...]) -> bool:
    n = len(short)
    return any(long[i : i + n] == short for i in range(len(long) - n + 1))


def same_words(a: str, b: str) -> bool:
    """True when one quote's words run, piece by piece, inside the other's."""
    pa, pb = pieces(a), pieces(b)
    if not pa or not pb:
        return False
    short, long = (pa, pb) if sum(map(len, pa)) <= sum(map(len, pb)) else (pb, pa)
    if sum(map(len, short)) < MIN_FRAGMENT:
        return False
    if all(any(_contains(run, piece) for run in long) for piece in short if len(piece) > 1):
        return True
    words = [w for piece in short for w in piece]
    pool = {w for run in long for w in run}
    return len(words) >= 6 and sum(w in pool for w in words) / len(words) >= OVERLAP


def speaker_key(name: str) -> str:
    """A speaker's surname, folded: "Ilse Brandvold" and "Brandvold" are one speaker."""
    words = [w for w in fold(name).replace(".", " ").split() if w not in _TITLES]
    return words[-1] if words else ""


def same_speaker(a: str, b: str) -> bool:
    """Speakers agree when both name the same surname; an unknown speaker agrees with any."""
    ka, kb = speaker_key(a), speaker_key(b)
    return not ka or not kb or ka == kb


@dataclass(slots=True)
class QuoteEntry:
    """One quotation and every article that carries it."""

    speaker: str
    text: str  # the longest version carried
    articles: list[str] = field(default_factory=list)
    versions: dict[str, str] = field(default_factory=dict)  # article -> its wording

    def kind(self, article: str) -> str:
        """How one article carries it: "whole", "fragment" or "cut" (elided)."""
        version = pieces(self.versions.get(article, ""))
        if len(version) > 1:
            return "cut"
        whole = sum(len(p) for p in pieces(self.text))
        return "whole" if version and len(version[0]) >= whole else "fragment"

    def to_json(self) -> dict[str, object]:
        return {"speaker": self.speaker, "text": self.text, "articles": self.articles}


def match_quotes(
    carried: Iterable[tuple[str, str, str]], people: set[str] | None = None
) -> list[QuoteEntry]:
    """Group (article, speaker, text) quotes into entries; two speakers never share one.

    `people` are the surnames (`speaker_key`) of the persons the articles name: a speaker
    who is none of them (the analysis took "the Courier" of "told the Courier", or an
    organisation, for the speaker) counts as unknown rather than as a different person.
    """
    items = [
        (aid, speaker if people is None or speaker_key(speaker) in people else "", text)
        for aid, speaker, text in carried
        if pieces(text)
    ]
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, (aid_i, sp_i, tx_i) in enumerate(items):
        for j in range(i + 1, len(items)):
            aid_j, sp_j, tx_j = items[j]
            if (
                aid_i != aid_j
                and same_speaker(sp_i, sp_j)
                and same_words(tx_i, tx_j)
                and _speakers_agree(items, root, i, j)
            ):
                parent[root(j)] = root(i)
    groups: dict[int, list[int]] = {}
    for i in range(len(items)):
        groups.setdefault(root(i), []).append(i)
    return [_entry([items[i] for i in members]) for members in groups.values()]


def _speakers_agree(
    items: list[tuple[str, str, str]], root: Callable[[int], int], i: int, j: int
) -> bool:
    """Joining two groups must not put two known, different speakers in one entry."""
    ri, rj = root(i), root(j)
    keys = {speaker_key(items[k][1]) for k in range(len(items)) if root(k) in (ri, rj)}
    keys.discard("")
    return len(keys) <= 1


def _entry(members: list[tuple[str, str, str]]) -> QuoteEntry:
    speaker = max((m[1] for m in members), key=lambda s: (len(s.split()), len(s)))
    text = max((m[2] for m in members), key=lambda t: (len(pieces(t)) == 1, len(t)))
    entry = QuoteEntry(speaker=speaker, text=text)
    for aid, _speaker, wording in members:
        if aid not in entry.versions:
            entry.articles.append(aid)
            entry.versions[aid] = wording
    return entry
