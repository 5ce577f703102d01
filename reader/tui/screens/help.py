"""The keys, as the app has them now (a user's keymap included)."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

MOVING = [
    ("j / k, ↓ / ↑", "move in a list, scroll the text"),
    ("Enter", "open the article; in the sidebar: jump to a quote, list an actor's articles"),
    ("Tab / Shift+Tab", "next / previous pane"),
    ("Space / PgDn", "page the text"),
    ("g / G", "top / bottom"),
]


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close")]

    def __init__(self, bindings: list[tuple[str, str]]) -> None:
        super().__init__()
        self.rows = bindings

    def compose(self) -> ComposeResult:
        table = Table(box=None, show_header=False, padding=(0, 2))
        table.add_column(style="bold")
        table.add_column()
        for keys, what in [*MOVING, *self.rows]:
            table.add_row(Text(keys), Text(what))
        with VerticalScroll(classes="dialog help"):
            yield Static(Text("newsreader — keys", style="bold"))
            yield Static(table)
            yield Static(
                Text(
                    "Every action is also in the command palette (Ctrl+P). "
                    "Keys can be remapped in config.toml [keymap].",
                    style="dim",
                )
            )
