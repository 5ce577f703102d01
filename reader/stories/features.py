"""What an article contributes to clustering: its terms, its actors and its quotes.

Kept small on purpose: a story is decided within a 48-hour window, and only the features of
articles in that window are stored (a few hundred bytes each), so the stories file stays a
few megabytes at 50,000 stored articles.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

_DATA = Path(__file__).with_name("data")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
TOP_TERMS = 48  # terms kept per article: enough for cosine, small enough to store
MIN_TERM = 3
_TITLES = {"dr", "mr", "mrs", "ms", "sir", "dame", "professor", "prof"}


@cache
def stopwords() -> frozenset[str]:
    """Words that say nothing about which event an article reports (`data/stopwords.txt`)."""
    lines = (_DATA / "stopwords.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w for line in lines if not line.startswith("#") for w in line.split())


def fold(text: str) -> str:
    """Case and accents ignored, curly apostrophes straight: how names and words compare."""
    if text.isascii():
        return text.casefold()
    text = unicodedata.normalize("NFKD", text.casefold().replace("’", "'"))
    return "".join(c for c in text if not unicodedata.combining(c))


def terms(text: str) -> Counter[str]:
    """Content words of a text with their counts (possessive 's and plural -s folded)."""
    stop = stopwords()
    counts: Counter[str] = Counter()
    for match in _WORD.finditer(fold(text)):
        word = match.group(0)
        if word.endswith("'s"):
            word = word[:-2]
        if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        if len(word) >= MIN_TERM and word not in stop and not word.isdigit():
            counts[word] += 1
    return counts


def actor_keys(actors: Iterable[Mapping[str, Any]]) -> list[str]:
    """Each actor once, by its folded name; a person also by surname (outlets differ in
    whether they give the first name)."""
    keys: list[str] = []
    for actor in actors:
        name = fold(str(actor.get("name") or "")).strip()
        if not name:
            continue
        keys.append(name)
        words = [w for w in name.split() if w.rstrip(".") not in _TITLES]
        if actor.get("kind") == "person" and len(words) > 1:
            keys.append(words[-1])
    return sorted(set(keys))


def hours(stamp: str | None) -> float | None:
    """An ISO time as hours since the epoch (what the window compares)."""
    if not stamp:
        return None
    try:
        when = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.timestamp() / 3600.0


@dataclass(slots=True)
class Features:
    """One article as clustering sees it."""

    aid: str
    feed: str
    time: float  # hours since the epoch
    terms: dict[str, int]  # the article's TOP_TERMS most frequent content words
    actors: list[str]  # actor keys (see `actor_keys`)
    quotes: list[tuple[str, str]]  # (speaker, text)
    # Worked out once per article in memory, never stored (see StoryIndex._vector).
    vector: dict[str, float] | None = field(default=None, compare=False, repr=False)
    vector_count: int = field(default=-1, compare=False, repr=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "f": self.feed,
            "t": round(self.time, 3),
            "v": self.terms,
            "a": self.actors,
            "q": [list(q) for q in self.quotes],
        }

    @classmethod
    def from_json(cls, aid: str, data: Mapping[str, Any]) -> Features:
        return cls(
            aid=aid,
            feed=data.get("f", ""),
            time=float(data.get("t", 0.0)),
            terms=dict(data.get("v", {})),
            actors=list(data.get("a", [])),
            quotes=[(s or "", t) for s, t in data.get("q", [])],
        )


def name_words(actors: Iterable[Mapping[str, Any]]) -> set[str]:
    """The words of every actor's names, as `terms` spells them."""
    names = " ".join(
        " ".join([str(a.get("name") or ""), *map(str, a.get("aliases", ()))]) for a in actors
    )
    return set(terms(names))


def features_of(
    aid: str,
    feed: str,
    time: float,
    title: str,
    body: Mapping[str, Any],
    *,
    names_in_text: bool = False,
) -> Features:
    """An analysed article's features (title counted twice: it names the event).

    The text's words leave out the actors' names: names are evidence of their own, weighted
    by rarity, and counted again as words they made two articles about the same people look
    like one event (the gold set's distractors). `names_in_text` keeps them (the text-only
    baseline of benchmarks/stories.py).
    """
    counts = terms(f"{title}\n{title}\n{body.get('text') or ''}")
    if not names_in_text:
        for word in name_words(body.get("actors", ())):
            counts.pop(word, None)
    top = dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_TERMS])
    quotes = [
        (str(q.get("speaker") or ""), str(q.get("text") or ""))
        for q in body.get("quotes", ())
        if q.get("text")
    ]
    return Features(aid, feed, time, top, actor_keys(body.get("actors", ())), quotes)
