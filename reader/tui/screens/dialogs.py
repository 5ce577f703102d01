"""Small modal screens: ask for a feed address, confirm a removal."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static


@dataclass(frozen=True, slots=True)
class AddRequest:
    """What the add dialog asks for: an address, and a folder (tag) to put the feed in."""

    source: str
    tag: str = ""


class AddFeedScreen(ModalScreen[AddRequest | None]):
    """Asks for a feed or page URL and an optional folder; shows why the last try failed."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, last: AddRequest | None = None, error: str | None = None) -> None:
        super().__init__()
        self.last = last or AddRequest("")
        self.error = error

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Text("Add a feed", style="bold"))
            yield Static(Text("A feed URL, or a page URL to find its feed:", style="dim"))
            yield Input(value=self.last.source, placeholder="https://example.org/", id="url")
            yield Static(Text("Folder (tag), optional:", style="dim"))
            yield Input(value=self.last.tag, placeholder="news", id="tag")
            if self.error:
                yield Static(Text(self.error, style="bold red"), id="error")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        source = self.query_one("#url", Input).value.strip()
        tag = self.query_one("#tag", Input).value.strip()
        self.dismiss(AddRequest(source, tag) if source else None)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ConfirmScreen(ModalScreen[bool]):
    """A yes/no question; y/Enter confirm, n/Escape cancel."""

    BINDINGS = [
        Binding("y", "answer(True)", "Yes"),
        Binding("n,escape", "answer(False)", "No"),
    ]

    def __init__(self, question: str, yes: str = "Remove", no: str = "Keep") -> None:
        super().__init__()
        self.question = question
        self.yes, self.no = yes, no

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Text(self.question))
            with Horizontal(classes="buttons"):
                yield Button(f"{self.yes} (y)", variant="error", id="yes")
                yield Button(f"{self.no} (n)", id="no")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, value: bool) -> None:
        self.dismiss(value)
