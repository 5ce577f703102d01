"""Plain data types shared by every layer.

What a feed *says* (`ParsedFeed`, `ParsedEntry`) is kept apart from what we *store about it*
(`Feed`, `Article`, with read flags and fetch state), as lemon24/reader does: parsing stays a
pure function of bytes, and storage owns the state.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

ActorKind = Literal["person", "organization", "place", "other"]


@dataclass(slots=True)
class ParsedEntry:
    """One item as the feed states it, already sanitised of control characters."""

    guid: str | None
    title: str
    link: str | None
    published: str | None  # ISO-8601 UTC, or None when the feed gives no usable date
    author: str | None = None
    summary: str | None = None  # short description (HTML as sent)
    content: str | None = None  # full content (HTML as sent), when the feed carries it


@dataclass(slots=True)
class ParsedFeed:
    """A feed document turned into data."""

    title: str
    link: str | None
    entries: list[ParsedEntry]
    kind: str  # "rss", "atom", "rdf", "json" — or "feedparser:<version>" from the fallback


@dataclass(slots=True)
class Quote:
    """A direct quotation found in an article's text."""

    text: str
    speaker: str | None  # full name as it appears in the article, or "one of the sources"
    cue: str | None  # the speech verb or phrase that tied the quote to its speaker
    start: int  # character offset of the quote in the article text
    end: int

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Actor:
    """A named entity of the article, with its aliases merged."""

    name: str
    kind: ActorKind
    mentions: int
    aliases: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class CleanedPage:
    """An article page reduced to its text."""

    title: str | None
    byline: str | None
    published: str | None
    text: str  # Markdown-flavoured: paragraphs, headings, lists, block quotes, links
    plain: str  # the same without markup or link targets
    warning: str | None = None  # why the text is empty or nearly so


@dataclass(slots=True)
class Analysis:
    """Quotes and actors of one text."""

    quotes: list[Quote]
    actors: list[Actor]

    def to_json(self) -> dict[str, Any]:
        return {
            "quotes": [q.to_json() for q in self.quotes],
            "actors": [a.to_json() for a in self.actors],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Analysis:
        return cls(
            quotes=[Quote(**q) for q in data.get("quotes", [])],
            actors=[Actor(**a) for a in data.get("actors", [])],
        )
