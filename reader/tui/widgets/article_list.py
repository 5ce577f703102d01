"""The article list: a window of rows over the current view, grown as you scroll.

Textual's OptionList costs ~90 µs a row up front (shared/notes/textual-notes.md), so a view
of 50,000 articles is never handed over whole: the first WINDOW rows are shown and more
are added as the cursor nears the end.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from reader.store.records import ArticleRecord
from reader.tui.messages import ArticleChosen
from reader.tui.render import article_row
from reader.tui.widgets.lists import KeyedList

WINDOW = 400


class ArticleList(KeyedList):
    # Space and PgDn page the article being read, as in newsboat, not the list.
    BINDINGS = [
        Binding("space,pagedown", "app.page_text", "Page text", show=False),
    ]

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)
        self.articles: list[ArticleRecord] = []
        self.feed_titles: dict[str, str] = {}
        self._shown = 0

    def show(
        self,
        articles: list[ArticleRecord],
        feed_titles: dict[str, str],
        keep: str | None = None,
        window: int = WINDOW,
    ) -> None:
        """Replace the rows; keep the cursor on article `keep` when it is still listed.

        `window` rows are drawn at once (search as you type asks for a screenful: each
        row costs ~90 µs, and more come as the cursor moves down)."""
        self.articles = articles
        self.feed_titles = feed_titles
        self.clear_options()
        self._shown = 0
        target = next((i for i, a in enumerate(articles) if a.id == keep), 0) if keep else 0
        self._grow(max(window, target + 50))
        if articles:
            self.highlighted = target

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(ArticleChosen())

    def _grow(self, upto: int) -> None:
        upto = min(upto, len(self.articles))
        if upto <= self._shown:
            return
        self.add_options(self._option(a) for a in self.articles[self._shown : upto])
        self._shown = upto

    def _option(self, article: ArticleRecord) -> Option:
        return Option(article_row(article, self.feed_titles.get(article.feed, "")), id=article.id)

    def watch_highlighted(self, highlighted: int | None) -> None:
        super().watch_highlighted(highlighted)
        if highlighted is not None and highlighted > self._shown - 50:
            self._grow(self._shown + WINDOW)

    def action_last(self) -> None:
        self._grow(len(self.articles))
        super().action_last()

    @property
    def current(self) -> ArticleRecord | None:
        index = self.highlighted
        if index is None or index >= len(self.articles):
            return None
        return self.articles[index]

    def refresh_row(self, article: ArticleRecord) -> None:
        """Redraw one row after its read or bookmark flag changed."""
        index = self.highlighted
        if index is None or index >= self._shown or self.articles[index].id != article.id:
            # Not the row under the cursor (a mark from another pane): look it up by id.
            try:
                index = self.get_option_index(article.id)
            except OptionDoesNotExist:
                return  # not among the rows drawn yet; drawn fresh when reached
        self.articles[index] = article
        self.replace_option_prompt_at_index(
            index, article_row(article, self.feed_titles.get(article.feed, ""))
        )
