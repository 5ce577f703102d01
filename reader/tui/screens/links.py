"""`L`: the open article's links, numbered as in the text; open one (http(s)) or copy it."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from reader.sanitize import is_fetchable

Choice = tuple[str, str]  # ("open" | "copy", address)


class LinksScreen(ModalScreen[Choice | None]):
    """Enter opens the highlighted link in the browser; c copies its address."""

    BINDINGS = [
        Binding("escape,q,L", "dismiss(None)", "Close"),
        Binding("c,y", "copy", "Copy address"),
        Binding("j", "cursor(1)", "Down", show=False),
        Binding("k", "cursor(-1)", "Up", show=False),
    ]

    def __init__(self, links: list[tuple[str, str]]) -> None:
        super().__init__()
        self.links = links

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog links"):
            yield Static(Text("Links in this article", style="bold"))
            yield Static(
                Text(
                    "Enter: open in the browser (http(s) only) · c: copy · Esc: close", style="dim"
                )
            )
            options = []
            for n, (words, url) in enumerate(self.links, 1):
                row = Text(no_wrap=True, overflow="ellipsis")
                row.append(f"{n:>3}  ", style="bold")
                row.append(words or url)
                row.append(f"  {url}", style="dim" if is_fetchable(url) else "dim strike")
                options.append(Option(row, id=str(n - 1)))
            yield OptionList(*options, id="link-list")

    def _current(self) -> str | None:
        index = self.query_one(OptionList).highlighted
        return self.links[index][1] if index is not None and self.links else None

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        url = self.links[int(event.option.id or 0)][1]
        if not is_fetchable(url):
            self.notify("only http(s) links are opened; c copies it", markup=False)
            return
        self.dismiss(("open", url))

    def action_copy(self) -> None:
        url = self._current()
        if url:
            self.dismiss(("copy", url))

    def action_cursor(self, step: int) -> None:
        links = self.query_one(OptionList)
        links.action_cursor_down() if step > 0 else links.action_cursor_up()
