"""The feeds pane: special views, then folders (tags) of feeds, with unread counts and errors.

Every selectable row stands for a `View` value (tui/views.py); `view_at` hands it back, so
nothing parses the row's id. A folder heading is a row too: Enter on it shows the folder.
"""

from __future__ import annotations

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.store.records import FeedRecord
from reader.tui.messages import ViewChosen
from reader.tui.views import (
    ActorView,
    AllView,
    BookmarksView,
    FeedView,
    TagView,
    UnreadView,
    View,
)
from reader.tui.widgets.lists import KeyedList

UNREAD_KEY = UnreadView().key
BOOKMARKS_KEY = BookmarksView().key


def folders(feeds: list[FeedRecord]) -> dict[str, list[FeedRecord]]:
    """Feeds by their first tag; "Local" and "local" are one folder (first spelling wins)."""
    names: dict[str, str] = {}
    groups: dict[str, list[FeedRecord]] = {}
    for feed in feeds:
        tag = feed.tags[0] if feed.tags else ""
        name = names.setdefault(tag.casefold(), tag)
        groups.setdefault(name, []).append(feed)
    return groups


class FeedList(KeyedList):
    """Views and feeds; a failing feed shows `!` and its reason is in its row."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.views: dict[str, View] = {}

    def view_at(self, option_id: str | None) -> View | None:
        return self.views.get(option_id or "")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        view = self.view_at(event.option.id)
        if view is not None:
            self.post_message(ViewChosen(view))

    def show(
        self,
        feeds: list[FeedRecord],
        unread: dict[str, int],
        bookmarks: int,
        actor: str | None = None,
    ) -> None:
        keep = self.highlighted_option.id if self.highlighted_option else None
        total = sum(unread.values())
        rows: list[tuple[View | None, Text]] = [
            (AllView(), _label("All articles", None)),
            (UnreadView(), _label("All unread", total)),
            (BookmarksView(), _label("Bookmarks", bookmarks)),
        ]
        if actor:
            rows.append((ActorView(actor), _label(f"Mentioning {actor}", None)))
        groups = folders(feeds)
        for tag in sorted(groups, key=lambda t: (t == "", t.casefold())):
            members = groups[tag]
            heading = Text(tag or "Untagged", style="bold", no_wrap=True, overflow="ellipsis")
            rows.append((TagView(tag) if tag else None, heading))
            for feed in sorted(members, key=lambda f: f.display_title.casefold()):
                rows.append((FeedView(feed.url), _feed_label(feed, unread.get(feed.url, 0))))
        self.views = {view.key: view for view, _text in rows if view is not None}
        options = [
            Option(text, id=view.key if view else None, disabled=view is None)
            for view, text in rows
        ]
        self.clear_options()
        self.add_options(options)
        ids = [o.id for o in options]
        self.highlighted = ids.index(keep) if keep is not None and keep in ids else 1

    def update_counts(
        self, feed: FeedRecord | None, unread: dict[str, int], bookmarks: int
    ) -> None:
        """Redraw just the rows whose counts changed (rebuilding 1,000 rows costs 100 ms)."""
        if self.option_count == 0:
            return
        self.replace_option_prompt(UNREAD_KEY, _label("All unread", sum(unread.values())))
        self.replace_option_prompt(BOOKMARKS_KEY, _label("Bookmarks", bookmarks))
        if feed is not None:
            self.replace_option_prompt(
                FeedView(feed.url).key, _feed_label(feed, unread.get(feed.url, 0))
            )


def _label(name: str, count: int | None) -> Text:
    text = Text(no_wrap=True, overflow="ellipsis")
    text.append(name, style="bold")
    if count:
        text.append(f"  {count}", style="dim")
    return text


def _feed_label(feed: FeedRecord, unread: int) -> Text:
    title = Text(no_wrap=True, overflow="ellipsis")
    title.append("! " if feed.error else "  ", style="bold red")
    title.append(feed.display_title, style="bold" if unread else "")
    if unread:
        title.append(f"  {unread}", style="dim")
    if not feed.error:
        return title
    title.append(f"\n    {feed.error}", style="red dim")
    return title
