"""The reading pane: the cleaned text wrapped once into lines, drawn a screen at a time.

A line-based `ScrollView` (as Textual's `Log` is): opening an article wraps its blocks at
the pane's width and repaints only this pane. A `Static` holding the text changes height
on every open, and that re-ran the whole screen's layout (≈15 ms at 160×48) and, through
the scroll bars, a second frame ≈30 ms later. Knowing the line each block starts on also
makes a jump to a quote exact.

It relies on `NoLayoutScroll` (widgets/scrolling.py) and on always showing its scroll bar.
"""

from __future__ import annotations

from typing import Any

from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.events import Resize
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.store.records import ArticleRecord
from reader.tui.render import Block, block_at, blocks
from reader.tui.widgets.scrolling import NoLayoutScroll

PLACEHOLDER = "Select an article and press Enter to read it."
_STYLES = {"heading": "bold underline", "quote": "italic", "list": "", "para": ""}
_HIT = "reverse"


class ArticleView(NoLayoutScroll, ScrollView, can_focus=True):
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
        self._header = Text(PLACEHOLDER, style="dim")
        self._lines: list[Strip] = []
        self._block_lines: list[int] = []  # the line each block starts on
        self._wrapped_at = 0
        self._base_style = Style()
        self.article_id: str | None = None
        self.hit: int | None = None
        self.links: list[tuple[str, str]] = []

    def show(self, article: ArticleRecord, body: dict[str, Any], feed_title: str) -> None:
        self.article_id = article.id
        self.links: list[tuple[str, str]] = []  # numbered in the text as `L` lists them
        self._blocks = blocks(body.get("text") or "", self.links)
        header = Text()
        header.append(article.title or "(untitled)", style="bold")
        meta = [
            x
            for x in (
                feed_title,
                body.get("byline") or article.author,
                (article.published or "")[:16].replace("T", " "),
                article.link,
            )
            if x
        ]
        header.append("\n" + " · ".join(meta), style="dim")
        if body.get("note"):
            header.append(f"\n{body['note']}", style="italic dim")
        if not self._blocks:
            header.append("\n\n(no text stored for this article)", style="dim")
        self._header = header
        self.hit = None
        self._wrap()
        self.scroll_to(0, 0, animate=False, immediate=True)

    def clear(self) -> None:
        self.article_id = None
        self.links = []
        self._blocks = []
        self._header = Text(PLACEHOLDER, style="dim")
        self.hit = None
        self._wrap()

    def hit_text(self) -> str:
        """The plain text of the block last jumped to (for tests and screen readers)."""
        return self._blocks[self.hit].text.plain if self.hit is not None else ""

    def text_lines(self) -> list[str]:
        """The pane's wrapped lines as plain text (what a reader sees, for tests)."""
        return [strip.text for strip in self._lines]

    def scroll_to_offset(self, offset: int) -> None:
        """Bring the block holding text offset `offset` (a quote's start) to the top."""
        if not self._blocks:
            return
        self.hit = block_at(self._blocks, offset)
        self._wrap()
        self.scroll_to(y=self._block_lines[self.hit], animate=False, immediate=True)

    # ------------------------------------------------------------------ drawing
    def on_resize(self, event: Resize) -> None:
        if self._width() != self._wrapped_at:
            self._wrap()

    def _width(self) -> int:
        return max(1, self.scrollable_content_region.width)

    def _wrap(self) -> None:
        """Wrap header and blocks into lines at the current width; repaint this pane only."""
        width = self._width()
        console = self.app.console
        options = console.options.update_width(width)
        lines: list[Strip] = []
        starts: list[int] = []
        margin = Strip.blank(width)

        def add(text: Text) -> None:
            for segments in console.render_lines(text, options, pad=False):
                lines.append(Strip(segments))

        lines.append(margin)
        add(self._header)
        for i, block in enumerate(self._blocks):
            lines.append(margin)
            starts.append(len(lines))
            add(self._styled(block, i == self.hit))
        lines.append(margin)
        self._lines, self._block_lines, self._wrapped_at = lines, starts, width
        self.virtual_size = Size(width, len(lines))
        self._scroll_update(self.virtual_size)
        self.refresh()

    def render_lines(self, crop: Region) -> list[Strip]:
        # Looked up once per paint, not per line: `rich_style` walks every ancestor.
        self._base_style = self.rich_style
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        index = self.scroll_offset.y + y
        style, width = self._base_style, self._wrapped_at
        if index >= len(self._lines):
            return Strip.blank(width, style)
        return self._lines[index].apply_style(style).crop_extend(0, width, style)

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
