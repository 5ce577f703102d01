"""The reading pane: the cleaned text as one styled Text, scrollable to any quote.

One `Static` holds the whole article: mounting a widget per paragraph made every open
re-run Textual's layout (~100 ms at 160×48); updating one widget does not.
"""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from reader.store.records import ArticleRecord
from reader.tui.render import Block, block_at, blocks

PLACEHOLDER = "Select an article and press Enter to read it."
_STYLES = {"heading": "bold underline", "quote": "italic", "list": "", "para": ""}
_HIT = "reverse"


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
        self._header = Text()
        self.article_id: str | None = None
        self.hit: int | None = None

    def compose(self) -> ComposeResult:
        yield Static(Text(PLACEHOLDER, style="dim"), id="article-text")

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
        self._header = header
        self.hit = None
        self._render_text()
        self.scroll_home(animate=False)

    def _render_text(self) -> None:
        out = Text()
        out.append_text(self._header)
        if not self._blocks:
            out.append("\n\n(no text stored for this article)", style="dim")
        for i, block in enumerate(self._blocks):
            out.append("\n\n")
            out.append_text(self._styled(block, i == self.hit))
        self.query_one("#article-text", Static).update(out)

    @staticmethod
    def _styled(block: Block, hit: bool) -> Text:
        text = block.text.copy()
        if block.kind == "quote":
            text = _bar(text)
        style = _STYLES.get(block.kind, "")
        if style:
            text.stylize(style)
        if hit:
            text.stylize(_HIT)
        return text

    def clear(self) -> None:
        self.article_id = None
        self._blocks = []
        self.query_one("#article-text", Static).update(Text(PLACEHOLDER, style="dim"))

    def hit_text(self) -> str:
        """The plain text of the block last jumped to (for tests and screen readers)."""
        return self._blocks[self.hit].text.plain if self.hit is not None else ""

    def scroll_to_offset(self, offset: int) -> None:
        """Bring the block holding text offset `offset` (a quote's start) to the top."""
        if not self._blocks:
            return
        self.hit = block_at(self._blocks, offset)
        self._render_text()
        width = max(1, self.query_one("#article-text", Static).content_region.width or
                    self.size.width)
        console = Console(width=width, legacy_windows=False)
        line = len(self._header.wrap(console, width))
        for block in self._blocks[: self.hit]:
            line += 1 + len(self._styled(block, False).wrap(console, width))
        self.scroll_to(y=line + 1, animate=False)


def _bar(text: Text) -> Text:
    """A block quote with a bar before each of its lines."""
    lines = text.split("\n")
    out = Text()
    for i, line in enumerate(lines):
        if i:
            out.append("\n")
        out.append("▎ ", style="dim")
        out.append_text(line)
    return out
