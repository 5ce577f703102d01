"""The reading pane: the cleaned text as styled blocks, scrollable to any quote."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from reader.store.records import ArticleRecord
from reader.tui.render import Block, block_at, blocks

PLACEHOLDER = "Select an article and press Enter to read it."


class ArticleView(VerticalScroll, can_focus=True):
    BINDINGS = [
        Binding("j", "scroll_down", "Down", show=False),
        Binding("k", "scroll_up", "Up", show=False),
        Binding("g", "scroll_home", "Top", show=False),
        Binding("G", "scroll_end", "Bottom", show=False),
        Binding("space", "page_down", "Page", show=False),
    ]

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._blocks: list[Block] = []
        self.article_id: str | None = None

    def on_mount(self) -> None:
        self.mount(Static(Text(PLACEHOLDER, style="dim"), classes="placeholder"))

    def show(self, article: ArticleRecord, body: dict[str, Any], feed_title: str) -> None:
        self.article_id = article.id
        self._blocks = blocks(body.get("text") or "")
        header = Text()
        header.append(article.title or "(untitled)", style="bold")
        meta = [x for x in (feed_title, body.get("byline") or article.author,
                            (article.published or "")[:16].replace("T", " "), article.link) if x]
        header.append("\n" + " · ".join(meta), style="dim")
        if body.get("note"):
            header.append(f"\n{body['note']}", style="italic dim")
        widgets = [Static(header, classes="article-header")]
        if not self._blocks:
            widgets.append(Static(Text("(no text stored for this article)", style="dim")))
        widgets += [Static(b.text, classes=f"block {b.kind}") for b in self._blocks]
        self.remove_children()
        self.mount_all(widgets)
        self.scroll_home(animate=False)

    def clear(self) -> None:
        self.article_id = None
        self._blocks = []
        self.remove_children()
        self.mount(Static(Text(PLACEHOLDER, style="dim"), classes="placeholder"))

    def scroll_to_offset(self, offset: int) -> None:
        """Bring the block holding text offset `offset` (a quote's start) to the top."""
        if not self._blocks:
            return
        index = block_at(self._blocks, offset)
        targets = list(self.query(".block"))
        if index < len(targets):
            for widget in targets:
                widget.remove_class("hit")
            targets[index].add_class("hit")
            self.scroll_to_widget(targets[index], top=True, animate=False)
