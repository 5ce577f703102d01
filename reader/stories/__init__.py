"""Stories across outlets: the articles of several feeds that report one event, and who said what.

The public face the refresh, the CLI and the app call (no Textual here):
- `add_articles(store, ids)` puts newly analysed articles into stories (at refresh, and when
  an article is analysed on opening);
- `list_stories(store, since_days)` the stories to show, newest first, each with its
  articles, feeds, actors and quotes matched across outlets;
- `story_ids(store)` which story each article belongs to (for `list --json`).
A story has articles from at least two feeds: a group from one feed only is not shown.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from reader.store.records import ArticleRecord
from reader.store.store import Store
from reader.stories.cluster import Story, StoryIndex, Weights
from reader.stories.features import Features, features_of, fold, hours
from reader.stories.quotes import QuoteEntry, match_quotes, speaker_key
from reader.stories.storage import StoryFile

__all__ = [
    "Features",
    "StorySummary",
    "Weights",
    "add_articles",
    "features_for",
    "list_stories",
    "members",
    "people_of",
    "place_quietly",
    "story_ids",
    "summary",
]


@dataclass(slots=True)
class StorySummary:
    """A story as the CLI prints it and the app shows it."""

    id: str
    title: str
    articles: list[str]  # newest first
    feeds: list[str]
    actors: list[str]
    quotes: list[QuoteEntry] = field(default_factory=list)
    latest: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "articles": self.articles,
            "feeds": self.feeds,
            "actors": self.actors,
            "quotes": [q.to_json() for q in self.quotes],
        }


def _time_of(record: ArticleRecord) -> float:
    return hours(record.published) or hours(record.added) or time.time() / 3600.0


def features_for(store: Store, aid: str, body: Mapping[str, Any] | None = None) -> Features | None:
    """What clustering reads of an analysed article (`body`: its stored body, when the
    caller holds it already); None when it is not stored, or not analysed yet."""
    record = store.article(aid)
    if record is None:
        return None
    if body is None:
        body = store.load_body(aid)
    if not body or not body.get("analysed") or not body.get("text"):
        return None  # not analysed yet: it joins when it is (reading.analyse_and_keep)
    return features_of(aid, record.feed, _time_of(record), record.title, body)


def add_articles(
    store: Store, ids: Iterable[str], known: Mapping[str, Features] | None = None
) -> int:
    """Cluster the analysed articles among `ids` (oldest first); how many were placed.

    `known` holds features worked out earlier (a refresh does so while later pages are
    still analysed, so that only the placing is left after the last one); the others
    are read from the store."""
    found = []
    for aid in dict.fromkeys(ids):
        features = known.get(aid) if known else None
        if features is None:
            features = features_for(store, aid)
        if features is not None:
            found.append(features)
    if not found:
        return 0
    found.sort(key=lambda f: f.time)

    def place(index: StoryIndex) -> int:
        placed = 0
        for features in found:
            if not index.known(features.aid):
                index.add(features)
                placed += 1
        return placed

    return StoryFile(store.paths, store.warnings).change(place)


def place_quietly(
    store: Store, ids: Iterable[str], known: Mapping[str, Features] | None = None
) -> None:
    """`add_articles` for the refresh and the reading path: stories are derived data, so a
    failure to save them (a full disk, a lock held too long) is a warning, never a failed
    refresh or an article that does not open."""
    try:
        add_articles(store, ids, known)
    except OSError as exc:  # filelock.Timeout is an OSError too
        store.warnings.append(f"stories not updated: {exc}")


def _shown(story: Story) -> bool:
    return len(story.feeds) >= 2


def story_ids(store: Store) -> dict[str, str]:
    """Article id -> story id, for articles in a story of at least two feeds."""
    index = StoryFile(store.paths, store.warnings).load()
    return {
        aid: sid for sid, story in index.stories.items() if _shown(story) for aid in story.articles
    }


def list_stories(
    store: Store, since_days: float = 7.0, *, now: float | None = None
) -> list[StorySummary]:
    """Stories with an article in the last `since_days` days, newest first."""
    index = StoryFile(store.paths, store.warnings).load()
    horizon = (now if now is not None else time.time() / 3600.0) - since_days * 24.0
    chosen = [s for s in index.stories.values() if _shown(s) and s.latest >= horizon]
    chosen.sort(key=lambda s: s.latest, reverse=True)
    out = [summary_of(store, s) for s in chosen]
    return [s for s in out if len(s.feeds) >= 2]


def members(store: Store, sid: str) -> list[str]:
    """The ids of a story's articles (as stored; some may have been deleted since)."""
    story = StoryFile(store.paths, store.warnings).load().stories.get(sid)
    return list(story.articles) if story is not None else []


def summary(store: Store, sid: str) -> StorySummary | None:
    story = StoryFile(store.paths, store.warnings).load().stories.get(sid)
    return summary_of(store, story) if story is not None else None


def summary_of(store: Store, story: Story) -> StorySummary:
    """What a story holds now: articles still stored, their actors, their quotes matched."""
    records = [r for r in (store.article(aid) for aid in story.articles) if r is not None]
    records.sort(key=_time_of, reverse=True)
    bodies = {r.id: store.load_body(r.id) or {} for r in records}
    carried = [
        (r.id, str(q.get("speaker") or ""), str(q.get("text") or ""))
        for r in sorted(records, key=_time_of)
        for q in bodies[r.id].get("quotes", ())
    ]
    earliest = min(records, key=_time_of) if records else None
    return StorySummary(
        id=story.sid,
        title=earliest.title if earliest else "",
        articles=[r.id for r in records],
        feeds=list(dict.fromkeys(r.feed for r in records)),
        actors=_shared_actors(bodies.values()),
        quotes=match_quotes(carried, people_of(bodies.values())),
        latest=max((_time_of(r) for r in records), default=story.latest),
    )


def people_of(bodies: Iterable[Mapping[str, Any]]) -> set[str]:
    """The surnames of every person the bodies name (who may be a quote's speaker)."""
    return {
        speaker_key(str(a.get("name") or ""))
        for body in bodies
        for a in body.get("actors", ())
        if a.get("kind") == "person"
    }


def _shared_actors(bodies: Iterable[Mapping[str, Any]]) -> list[str]:
    """The story's actors: named by at least two of its articles (else by any), most
    articles first. "Brandvold" and "Ilse Brandvold" are one person, shown in full."""
    names: dict[str, str] = {}
    articles: dict[str, int] = {}
    mentions: dict[str, int] = {}
    for body in bodies:
        seen = set()
        for actor in body.get("actors", ()):
            name = str(actor.get("name") or "")
            person = actor.get("kind") == "person"
            key = "p:" + speaker_key(name) if person else fold(name)
            if not name or not key.strip("p:"):
                continue
            if len(name) > len(names.get(key, "")):
                names[key] = name
            mentions[key] = mentions.get(key, 0) + int(actor.get("mentions") or 1)
            if key not in seen:
                seen.add(key)
                articles[key] = articles.get(key, 0) + 1
    keys = sorted(names, key=lambda k: (-articles[k], -mentions[k], names[k]))
    shared = [k for k in keys if articles[k] >= 2]
    return [names[k] for k in (shared or keys)]
