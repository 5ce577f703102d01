"""Stories across outlets: one row per story, and who said what in the highlighted one.

A row is the story's headline, how many outlets carried it and how many of its articles
are unread (with `story_unread_collapsed`, a story with unread articles counts as one).
Beside the list, "Who said what": each speaker, their quotes, and which outlets carry each
quote and how (the whole sentence, a fragment, or cut with "…"). Enter opens the story as a
view of its articles. Everything shown is data: built as `Text`, never parsed as markup.
"""

from __future__ import annotations

from collections.abc import Mapping

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from reader.sanitize import clean_line
from reader.stories import StorySummary

HOW = {"whole": "whole sentence", "fragment": "fragment", "cut": "cut with …"}


def story_row(story: StorySummary, unread: int, collapsed: bool) -> Text:
    """Headline, outlets, unread: one line."""
    row = Text(no_wrap=True, overflow="ellipsis")
    if collapsed:
        row.append("● " if unread else "  ", style="bold")
    else:
        row.append(f"{unread:>3} " if unread else "    ", style="bold")
    row.append(f"{len(story.feeds)} outlets  ", style="dim")
    row.append(clean_line(story.title, 200), style="bold" if unread else "")
    return row


def who_said_what(story: StorySummary, outlets: Mapping[str, str]) -> Text:
    """Each speaker with their quotes, and the outlets that carry each quote."""
    text = Text()
    text.append("Who said what\n", style="bold")
    if not story.quotes:
        text.append("no quotes found in this story's articles\n", style="dim")
    by_speaker: dict[str, list] = {}
    for entry in story.quotes:
        by_speaker.setdefault(entry.speaker or "unknown speaker", []).append(entry)
    feed_of = {**{aid: aid for aid in story.articles}, **outlets}
    for speaker, entries in sorted(by_speaker.items(), key=lambda kv: -len(kv[1])):
        text.append(f"\n{clean_line(speaker, 80)}\n", style="bold")
        for entry in entries:
            text.append(f"  “{clean_line(entry.text, 400)}”\n", style="italic")
            names = [clean_line(feed_of.get(aid, aid), 60) for aid in entry.articles]
            if len(names) == 1:
                text.append(f"    only {names[0]}\n", style="dim")
                continue
            for aid, name in zip(entry.articles, names, strict=True):
                text.append(f"    {name}: {HOW[entry.kind(aid)]}\n", style="dim")
    return text


class StoriesScreen(Screen[str | None]):
    """Enter opens the highlighted story; q or Esc goes back."""

    DEFAULT_CSS = """
    StoriesScreen #stories-title { height: 1; background: $panel; }
    StoriesScreen #stories-main { height: 1fr; }
    StoriesScreen #story-list { width: 3fr; height: 1fr; border: none; }
    StoriesScreen #who-said-what-pane { width: 2fr; height: 1fr; padding: 0 1;
        border-left: solid $primary; }
    """

    BINDINGS = [
        Binding("escape,q", "dismiss_none", "Back"),
        Binding("j", "cursor(1)", "Down", show=False),
        Binding("k", "cursor(-1)", "Up", show=False),
    ]

    def __init__(
        self,
        stories: list[StorySummary],
        unread: Mapping[str, int],
        outlets: Mapping[str, Mapping[str, str]],
        *,
        collapsed: bool = False,
    ) -> None:
        super().__init__()
        self.stories = stories
        self.unread = unread  # story id -> unread articles
        self.outlets = outlets  # story id -> article id -> outlet name
        self.collapsed = collapsed

    def compose(self) -> ComposeResult:
        unread = sum((1 if self.collapsed else n) for n in self.unread.values() if n)
        count = len(self.stories)
        title = Text(f" Stories across outlets  {count} {'story' if count == 1 else 'stories'}")
        title.append(f", {unread} unread" if unread else "", style="dim")
        yield Static(title, id="stories-title")
        with Horizontal(id="stories-main"):
            yield OptionList(
                *[
                    Option(story_row(s, self.unread.get(s.id, 0), self.collapsed), id=s.id)
                    for s in self.stories
                ],
                id="story-list",
            )
            with VerticalScroll(id="who-said-what-pane"):
                yield Static(id="who-said-what")
        yield Footer()

    def on_mount(self) -> None:
        listing = self.query_one("#story-list", OptionList)
        listing.focus()
        if self.stories:
            listing.highlighted = 0
        else:
            self.query_one("#who-said-what", Static).update(
                Text("No stories yet: articles of one event from two or more feeds make one.")
            )

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        story = next((s for s in self.stories if s.id == event.option.id), None)
        if story is not None:
            pane = self.query_one("#who-said-what", Static)
            pane.update(who_said_what(story, self.outlets.get(story.id, {})))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)

    def action_cursor(self, step: int) -> None:
        listing = self.query_one("#story-list", OptionList)
        if step > 0:
            listing.action_cursor_down()
        else:
            listing.action_cursor_up()

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
