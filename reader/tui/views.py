"""What the article list shows, as values: one small frozen dataclass per kind of view.

A view knows its name and how to ask the store for its rows; the app keeps a stack of them
so `q` steps back to where the reader came from. Nothing here parses a string to find out
which view it is.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from reader.store.records import ArticleRecord, FeedRecord
from reader.store.store import Store


@dataclass(frozen=True, slots=True)
class View:
    """A list of articles the reader can look at."""

    @property
    def key(self) -> str:
        """A stable id for the view's row in the feeds pane."""
        raise NotImplementedError

    def name(self, feeds: Mapping[str, FeedRecord]) -> str:
        raise NotImplementedError

    def rows(self, store: Store) -> list[ArticleRecord]:
        raise NotImplementedError


@dataclass(frozen=True, slots=True)
class AllView(View):
    @property
    def key(self) -> str:
        return "view:all"

    def name(self, feeds: Mapping[str, FeedRecord]) -> str:
        return "All articles"

    def rows(self, store: Store) -> list[ArticleRecord]:
        return store.articles()


@dataclass(frozen=True, slots=True)
class UnreadView(View):
    @property
    def key(self) -> str:
        return "view:unread"

    def name(self, feeds: Mapping[str, FeedRecord]) -> str:
        return "All unread"

    def rows(self, store: Store) -> list[ArticleRecord]:
        return store.articles(unread=True)


@dataclass(frozen=True, slots=True)
class BookmarksView(View):
    @property
    def key(self) -> str:
        return "view:bookmarks"

    def name(self, feeds: Mapping[str, FeedRecord]) -> str:
        return "Bookmarks"

    def rows(self, store: Store) -> list[ArticleRecord]:
        return store.articles(bookmarked=True)


@dataclass(frozen=True, slots=True)
class FeedView(View):
    """One feed's articles."""

    url: str

    @property
    def key(self) -> str:
        return f"feed:{self.url}"

    def name(self, feeds: Mapping[str, FeedRecord]) -> str:
        feed = feeds.get(self.url)
        return feed.display_title if feed else "Feed"

    def rows(self, store: Store) -> list[ArticleRecord]:
        return store.articles(feed=self.url)


@dataclass(frozen=True, slots=True)
class TagView(View):
    """The articles of every feed in one folder (tags compare case-insensitively)."""

    tag: str

    @property
    def key(self) -> str:
        return f"tag:{self.tag.casefold()}"

    def name(self, feeds: Mapping[str, FeedRecord]) -> str:
        return f"Folder {self.tag}"

    def rows(self, store: Store) -> list[ArticleRecord]:
        return store.articles(tag=self.tag)


@dataclass(frozen=True, slots=True)
class ActorView(View):
    """Every stored article that mentions one person, organisation or place."""

    actor: str

    @property
    def key(self) -> str:
        return f"actor:{self.actor}"

    def name(self, feeds: Mapping[str, FeedRecord]) -> str:
        return f"Mentioning {self.actor}"

    def rows(self, store: Store) -> list[ArticleRecord]:
        return store.articles(actor=self.actor)


@dataclass(frozen=True, slots=True)
class StoryView(View):
    """The articles of one story: every outlet's report of one event."""

    story: str
    title: str

    @property
    def key(self) -> str:
        return f"story:{self.story}"

    def name(self, feeds: Mapping[str, FeedRecord]) -> str:
        return f"Story: {self.title}"

    def rows(self, store: Store) -> list[ArticleRecord]:
        from reader.stories import members

        return store.articles(ids=set(members(store, self.story)))


HOME = UnreadView()
