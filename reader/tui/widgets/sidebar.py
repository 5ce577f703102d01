"""The sidebar of the open article: its quotes with speakers, its actors by kind."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.tui.messages import ActorChosen, QuoteChosen
from reader.tui.widgets.lists import KeyedList
from reader.tui.widgets.scrolling import NoLayoutScroll

KIND_TITLES = (
    ("person", "People"),
    ("organization", "Organisations"),
    ("place", "Places"),
    ("other", "Other"),
)


class Sidebar(NoLayoutScroll, KeyedList):
    """Enter on a quote jumps to it in the text; Enter on an actor lists its articles."""

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        index = event.option_index
        if index in self._quote_rows:
            self.post_message(QuoteChosen(self.quotes[self._quote_rows[index]]))
        elif index in self._actor_rows:
            self.post_message(ActorChosen(self._actor_rows[index]))

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.quotes: list[dict[str, Any]] = []
        self.actors: dict[str, dict[str, Any]] = {}
        self._quote_rows: dict[int, int] = {}  # option index -> quote index
        self._actor_rows: dict[int, str] = {}  # option index -> actor name

    def show(
        self, body: dict[str, Any] | None, analysing: bool = False, note: str | None = None
    ) -> None:
        """The body's quotes and actors; `note` says why there are none yet."""
        self.clear_options()
        self._quote_rows, self._actor_rows = {}, {}
        self.quotes = list((body or {}).get("quotes", []))
        self.actors = {a["name"]: a for a in (body or {}).get("actors", [])}
        options: list[Option] = [Option(Text("Quotes", style="bold"), disabled=True)]
        if analysing or note:
            options.append(Option(Text(note or "analysing…", style="italic dim"), disabled=True))
        elif not self.quotes:
            options.append(Option(Text("none found", style="dim"), disabled=True))
        for i, quote in enumerate(self.quotes):
            text = Text(overflow="fold")
            text.append(f"“{_short(quote.get('text', ''), 140)}”")
            text.append(f"\n  — {quote.get('speaker') or 'unattributed'}", style="italic dim")
            self._quote_rows[len(options)] = i
            options.append(Option(text, id=f"q:{i}"))
        for kind, title in KIND_TITLES:
            members = [a for a in self.actors.values() if a.get("kind") == kind]
            if not members:
                continue
            options.append(Option(Text(f"\n{title}", style="bold"), disabled=True))
            for actor in members:
                text = Text(no_wrap=True, overflow="ellipsis")
                text.append(actor["name"])
                text.append(f"  {actor.get('mentions', 0)}", style="dim")
                self._actor_rows[len(options)] = actor["name"]
                options.append(Option(text, id=f"a:{actor['name']}"))
        self.add_options(options)


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
