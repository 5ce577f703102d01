"""What the panes tell the app, as typed messages (no option ids to parse)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textual.message import Message

from reader.tui.views import View


@dataclass
class ViewChosen(Message):
    """Enter on a row of the feeds pane: show this view."""

    view: View


@dataclass
class QuoteChosen(Message):
    """Enter on a quote in the sidebar: bring it into sight in the text."""

    quote: dict[str, Any]


@dataclass
class ActorChosen(Message):
    """Enter on a person, organisation or place in the sidebar: list their articles."""

    name: str


@dataclass
class ArticleChosen(Message):
    """Enter on a row of the article list: open it."""
