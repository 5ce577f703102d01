"""Incremental clustering: each new article joins the story it reports, or starts one.

Evidence between two articles within the window (48 h by default):
- text: cosine of TF-IDF vectors over content words (outlets rewrite, but an event keeps
  its nouns: "ferry", "crossing", "rota");
- actors: the shared actors' rarity (IDF over every article seen) over the smaller side's
  total, so two articles naming the same minister count for little, and the same ferryman
  for a lot;
- quotes: the same quotation, matched through fragments, elisions and marks.
Names alone never decide: without shared words above `min_text` or a shared quote, two
articles are not one story however many actors they share (the same minister on another
subject the next day is another story).

Candidates come from inverted indexes (term → articles, actor → articles) over the window,
never from a scan of the store, so the cost of a new article depends on the window's size.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from reader.stories.features import Features
from reader.stories.quotes import same_speaker, same_words

QUERY_TERMS = 16  # an article's highest-weighted terms used to find candidates
MAX_CANDIDATES = 200


@dataclass(frozen=True, slots=True)
class Weights:
    """How evidence adds up. Tuned on the design part of the gold set only."""

    text: float = 1.0
    actors: float = 0.35
    quotes: float = 0.3
    threshold: float = 0.6
    min_text: float = 0.12  # text similarity required unless a quote is shared
    window: float = 48.0  # hours

    @classmethod
    def text_only(cls) -> Weights:
        return cls(text=1.0, actors=0.0, quotes=0.0, threshold=0.4, min_text=0.0)

    @classmethod
    def actors_only(cls) -> Weights:
        return cls(text=0.0, actors=1.0, quotes=0.0, threshold=0.3, min_text=0.0)


@dataclass(slots=True)
class Story:
    """A group of articles reporting one event (stored once it has two articles)."""

    sid: str
    articles: list[str]
    feeds: list[str]
    first: float  # hours since the epoch of the earliest article
    latest: float

    def to_json(self) -> dict[str, Any]:
        return {"a": self.articles, "f": self.feeds, "t0": self.first, "t": self.latest}

    @classmethod
    def from_json(cls, sid: str, data: dict[str, Any]) -> Story:
        return cls(
            sid,
            [str(a) for a in data.get("a", [])],
            [str(f) for f in data.get("f", [])],
            float(data.get("t0", 0.0)),
            float(data.get("t", 0.0)),
        )


class StoryIndex:
    """Stories, document frequencies and the window's features, with their indexes."""

    def __init__(self, weights: Weights | None = None) -> None:
        self.weights = weights or Weights()
        self.count = 0  # articles seen (the N of the IDFs)
        self.term_df: Counter[str] = Counter()
        self.actor_df: Counter[str] = Counter()
        self.window: dict[str, Features] = {}
        self.stories: dict[str, Story] = {}
        self.story_of: dict[str, str] = {}  # article -> story, for articles in a story
        self._by_term: dict[str, set[str]] = {}
        self._by_actor: dict[str, set[str]] = {}
        self._newest = 0.0

    # ------------------------------------------------------------------ persistence
    def to_json(self) -> tuple[dict[str, Any], dict[str, Any]]:
        """The stories, and the evidence for placing new articles (stored apart: listing
        stories never needs to read the second)."""
        stories = {"version": 1, "stories": {sid: s.to_json() for sid, s in self.stories.items()}}
        evidence = {
            "version": 1,
            "count": self.count,
            "term_df": self.term_df,
            "actor_df": self.actor_df,
            "window": {aid: f.to_json() for aid, f in self.window.items()},
        }
        return stories, evidence

    @classmethod
    def from_json(
        cls,
        stories: dict[str, Any],
        evidence: dict[str, Any] | None = None,
        weights: Weights | None = None,
    ) -> StoryIndex:
        index = cls(weights)
        for sid, raw in stories.get("stories", {}).items():
            story = Story.from_json(sid, raw)
            index.stories[sid] = story
            for aid in story.articles:
                index.story_of[aid] = sid
        if evidence:
            index.count = int(evidence.get("count", 0))
            index.term_df = Counter(evidence.get("term_df", {}))
            index.actor_df = Counter(evidence.get("actor_df", {}))
            for aid, raw in evidence.get("window", {}).items():
                index._remember(Features.from_json(aid, raw))
        return index

    # ------------------------------------------------------------------- clustering
    def known(self, aid: str) -> bool:
        return aid in self.window or aid in self.story_of

    def add(self, features: Features) -> str:
        """Put one analysed article in a story (an existing one, or its own); its id."""
        if self.known(features.aid):
            return self.story_of.get(features.aid, features.aid)
        self.count += 1
        self.term_df.update(features.terms.keys())
        self.actor_df.update(set(features.actors))
        best, best_score = None, 0.0
        for other, score in self._scored(features):
            sid = self.story_of.get(other, other)
            if score > best_score:
                best, best_score = sid, score
        self._remember(features)
        if best is None:
            return features.aid
        return self._join(best, features)

    def _join(self, sid: str, features: Features) -> str:
        story = self.stories.get(sid)
        if story is None:  # a lone article becomes a story of two
            first = self.window[sid]
            story = Story(f"s{sid}", [sid], [first.feed], first.time, first.time)
            self.stories[story.sid] = story
            self.story_of[sid] = story.sid
        story.articles.append(features.aid)
        if features.feed not in story.feeds:
            story.feeds.append(features.feed)
        story.first = min(story.first, features.time)
        story.latest = max(story.latest, features.time)
        self.story_of[features.aid] = story.sid
        return story.sid

    def _scored(self, new: Features) -> Iterable[tuple[str, float]]:
        """Window articles with enough evidence to share a story with `new`, scored.

        Quotes are compared last and only when they could tip the balance: matching
        quotes costs more than the rest of the evidence together.
        """
        w = self.weights
        new_vec = self._vector(new)
        for aid in self._candidates(new, new_vec):
            other = self.window[aid]
            text = _cosine(new_vec, self._vector(other)) if w.text else 0.0
            actors = self._actor_overlap(new, other) if w.actors else 0.0
            score = w.text * text + w.actors * actors
            if text < w.min_text or score < w.threshold <= score + w.quotes:
                if w.quotes and _share_quote(new, other):
                    score += w.quotes
                elif text < w.min_text:
                    continue  # names alone never make a story
            if score >= w.threshold:
                yield aid, score

    def _candidates(self, new: Features, vec: dict[str, float]) -> list[str]:
        """Window articles sharing a telling word or an actor, within the time window."""
        hits: Counter[str] = Counter()
        query = sorted(vec, key=vec.__getitem__, reverse=True)[:QUERY_TERMS]
        for term in query:
            hits.update(self._by_term.get(term, ()))
        for key in new.actors:
            hits.update(self._by_actor.get(key, ()))
        span = self.weights.window
        near = (
            (aid, n) for aid, n in hits.items() if abs(self.window[aid].time - new.time) <= span
        )
        return [aid for aid, _n in heapq.nlargest(MAX_CANDIDATES, near, key=itemgetter(1))]

    def _idf(self, df: int) -> float:
        return math.log((self.count + 1) / (df + 1)) + 1.0

    def _vector(self, features: Features) -> dict[str, float]:
        """Unit TF-IDF vector; kept until the store has grown by a tenth (IDFs move slowly)."""
        if features.vector is not None and self.count <= features.vector_count * 1.1:
            return features.vector
        vec = {
            term: (1.0 + math.log(tf)) * self._idf(self.term_df.get(term, 0))
            for term, tf in features.terms.items()
        }
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        features.vector = {term: v / norm for term, v in vec.items()}
        features.vector_count = self.count
        return features.vector

    def _actor_overlap(self, a: Features, b: Features) -> float:
        def rarity(key: str) -> float:
            return math.log((self.count + 1) / (self.actor_df.get(key, 0) + 1))

        shared = set(a.actors) & set(b.actors)
        if not shared:
            return 0.0
        smaller = min(sum(map(rarity, a.actors)), sum(map(rarity, b.actors)))
        return min(1.0, sum(map(rarity, shared)) / smaller) if smaller > 0 else 0.0

    # ----------------------------------------------------------------------- window
    def _remember(self, features: Features) -> None:
        self.window[features.aid] = features
        for term in features.terms:
            self._by_term.setdefault(term, set()).add(features.aid)
        for key in features.actors:
            self._by_actor.setdefault(key, set()).add(features.aid)
        if features.time > self._newest:
            self._newest = features.time

    def prune(self) -> None:
        """Forget the features of articles too old to join anything (kept: their stories)."""
        horizon = self._newest - 2 * self.weights.window
        for aid in [a for a, f in self.window.items() if f.time < horizon]:
            features = self.window.pop(aid)
            _forget(self._by_term, self.term_df, features.terms, aid)
            _forget(self._by_actor, self.actor_df, features.actors, aid)

    def feeds_of(self, sid: str) -> list[str]:
        story = self.stories.get(sid)
        return story.feeds if story else []


def _forget(postings: dict[str, set[str]], df: Counter[str], keys: Iterable[str], aid: str) -> None:
    """Drop an article from the postings; a word seen once, and no longer in the window,
    leaves the counts too (its IDF is the same as an unseen word's, give or take one)."""
    for key in keys:
        held = postings.get(key)
        if held is not None:
            held.discard(aid)
            if not held:
                del postings[key]
        if df.get(key, 0) <= 1 and key not in postings:
            df.pop(key, None)


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(term, 0.0) for term, v in a.items())


def _share_quote(a: Features, b: Features) -> bool:
    return any(
        same_speaker(sa, sb) and same_words(ta, tb) for sa, ta in a.quotes for sb, tb in b.quotes
    )
