"""The feeds pane: special views, then feeds grouped by tag, with unread counts and errors."""

from __future__ import annotations

from rich.text import Text
from textual.widgets.option_list import Option

from reader.store.records import FeedRecord
from reader.tui.widgets.lists import KeyedList

VIEW_ALL = "view:all"
VIEW_UNREAD = "view:unread"
VIEW_BOOKMARKS = "view:bookmarks"


def feed_option_id(url: str) -> str:
    return f"feed:{url}"


class FeedList(KeyedList):
    """Views and feeds; a failing feed shows `!` and its reason is in its row."""

    def show(self, feeds: list[FeedRecord], unread: dict[str, int], bookmarks: int,
             actor: str | None = None) -> None:
        keep = self.highlighted_option.id if self.highlighted_option else None
        total = sum(unread.values())
        options: list[Option] = [
            Option(_label("All articles", None), id=VIEW_ALL),
            Option(_label("All unread", total), id=VIEW_UNREAD),
            Option(_label("Bookmarks", bookmarks), id=VIEW_BOOKMARKS),
        ]
        if actor:
            options.append(Option(_label(f"Mentioning {actor}", None), id=f"view:actor:{actor}"))
        groups: dict[str, list[FeedRecord]] = {}
        for feed in feeds:
            groups.setdefault(feed.tags[0] if feed.tags else "", []).append(feed)
        for tag in sorted(groups, key=lambda t: (t == "", t.casefold())):
            options.append(Option(Text(tag or "Untagged", style="bold"), disabled=True))
            for feed in sorted(groups[tag], key=lambda f: f.display_title.casefold()):
                options.append(Option(_feed_label(feed, unread.get(feed.url, 0)),
                                      id=feed_option_id(feed.url)))
        self.clear_options()
        self.add_options(options)
        ids = [o.id for o in options]
        self.highlighted = ids.index(keep) if keep is not None and keep in ids else 1


    def update_counts(self, feed: FeedRecord | None, unread: dict[str, int],
                      bookmarks: int) -> None:
        """Redraw just the rows whose counts changed (rebuilding 1,000 rows costs 100 ms)."""
        if self.option_count == 0:
            return
        self.replace_option_prompt(VIEW_UNREAD, _label("All unread", sum(unread.values())))
        self.replace_option_prompt(VIEW_BOOKMARKS, _label("Bookmarks", bookmarks))
        if feed is not None:
            self.replace_option_prompt(feed_option_id(feed.url),
                                       _feed_label(feed, unread.get(feed.url, 0)))


def _label(name: str, count: int | None) -> Text:
    text = Text(no_wrap=True, overflow="ellipsis")
    text.append(name, style="bold")
    if count:
        text.append(f"  {count}", style="dim")
    return text


def _feed_label(feed: FeedRecord, unread: int) -> Text:
    text = Text(no_wrap=False, overflow="fold")
    text.append("! " if feed.error else "  ", style="bold red")
    text.append(feed.display_title, style="bold" if unread else "")
    if unread:
        text.append(f"  {unread}", style="dim")
    if feed.error:
        text.append(f"\n    {feed.error}", style="red dim")
    return text
