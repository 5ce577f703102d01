"""The newsreader app: panes, keys, themes, and workers that call into the domain.

The app never fetches, parses or cleans by itself: it reads the store, and asks the domain
(refresh, subscribe, analyse) to do things in thread workers, so typing, scrolling and
reading go on while they run.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sqlite3
import threading
from collections.abc import Iterable
from typing import Any

from rich.text import Text
from textual import work
from textual.app import App, ComposeResult, SuspendNotSupported, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.css.query import NoMatches
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Input, OptionList, ProgressBar, Static
from textual.worker import get_current_worker

from reader.config import Paths, Settings
from reader.reading import needs_analysis, page_missing, stored_body
from reader.sanitize import clean_line, is_fetchable
from reader.store.records import ArticleRecord, FeedRecord
from reader.store.search import IndexBusy
from reader.store.store import Store
from reader.tui.browser import browser_command, run_detached, run_foreground
from reader.tui.feed_actions import FeedActions
from reader.tui.messages import ActorChosen, ArticleChosen, QuoteChosen, ViewChosen
from reader.tui.render import plural
from reader.tui.screens.dialogs import ConfirmScreen
from reader.tui.screens.help import HelpScreen
from reader.tui.screens.links import LinksScreen
from reader.tui.themes import load_themes
from reader.tui.views import HOME, ActorView, BookmarksView, StoryView, UnreadView, View
from reader.tui.widgets.article_list import ArticleList
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.feed_list import FeedList
from reader.tui.widgets.sidebar import Sidebar

NARROW = 110  # below this many columns, one pane at a time beside the list
SEARCH_WINDOW = 60  # rows drawn at once while a search is typed (more as the cursor moves)
POLL_SECONDS = 5.0
COUNTS_DELAY = 0.4  # seconds of quiet before the feeds pane's counts are redrawn
# Analysis (spaCy, ~100 ms of CPU holding the GIL) starts only once an article has stayed
# open this long: paging through with n/n/n neither waits for it nor wastes it.
ANALYSE_DELAY = 0.25


class NewsApp(FeedActions, App[None]):
    """Feeds │ articles over the reading pane │ quotes and actors."""

    CSS_PATH = "app.tcss"
    TITLE = "newsreader"

    # Shown in the footer in this order: q and ? first, so 80 columns never cut them off.
    BINDINGS = [
        Binding("q", "back", "Back/Quit", id="back"),
        Binding("question_mark", "help", "Help", id="help"),
        Binding("escape", "back(False)", "Back", show=False, id="step_back"),
        Binding("enter", "open", "Open", show=False, id="open"),
        Binding("tab", "cycle_pane(1)", "Next pane", show=False, id="next_pane", priority=True),
        Binding(
            "shift+tab",
            "cycle_pane(-1)",
            "Previous pane",
            show=False,
            id="previous_pane",
            priority=True,
        ),
        Binding("n", "next_unread", "Next unread", id="next_unread"),
        Binding("p", "previous_unread", "Prev unread", show=False, id="previous_unread"),
        Binding("m", "toggle_read", "Read", id="toggle_read"),
        Binding("b", "toggle_bookmark", "Bookmark", id="toggle_bookmark"),
        Binding("B", "bookmarks", "Bookmarks", show=False, id="bookmarks"),
        Binding("S", "stories", "Stories", show=False, id="stories"),
        Binding("r", "refresh_feed", "Refresh", show=False, id="refresh_feed"),
        Binding("R", "refresh_all", "Refresh all", id="refresh_all"),
        # Priority: handled before the keys typed right after it are routed, so they land
        # in the box it opens (check_action lets it through to an input or a dialog).
        Binding("slash", "filter", "Search", id="filter", priority=True),
        Binding("a", "add_feed", "Add feed", show=False, id="add_feed", priority=True),
        Binding("d", "remove_feed", "Remove feed", show=False, id="remove_feed"),
        Binding("o", "open_browser", "Browser", show=False, id="open_browser"),
        Binding("A", "mark_view_read", "Mark all read", show=False, id="mark_view_read"),
        Binding("L", "links", "Links", show=False, id="links"),
        Binding("y", "copy_link", "Copy URL", show=False, id="copy_link"),
        Binding("s", "toggle_sidebar", "Sidebar", id="toggle_sidebar"),
        Binding("space,pagedown", "page_text", "Page", show=False, id="page_text"),
    ]

    OPENS_A_BOX = frozenset({"filter", "add_feed"})

    # Palette titles where people look for another word than the footer's.
    PALETTE_NAMES = {"filter": "Search / filter this view", "help": "Help: keys"}

    # By binding id: what help and the command palette say about each action.
    HELP_ROWS = {
        "next_unread": "next unread article",
        "previous_unread": "previous unread article",
        "toggle_read": "toggle read",
        "toggle_bookmark": "toggle bookmark",
        "bookmarks": "bookmarks view",
        "stories": "stories across outlets: who said what; Enter lists a story's articles",
        "refresh_feed": "refresh this feed",
        "refresh_all": "refresh all feeds",
        "filter": "search this view (title and text; Esc clears)",
        "add_feed": "add a feed (URL or page)",
        "remove_feed": "remove the feed (asks first)",
        "open_browser": "open in the browser",
        "mark_view_read": "mark every article of this view read (asks first)",
        "links": "the article's links: open one or copy it",
        "copy_link": "copy the article's web address",
        "toggle_sidebar": "show / hide the sidebar",
        "back": "back: filter, article, previous view; quits on All unread",
        "step_back": "back, never quits",
        "help": "help: this list of keys",
    }

    def __init__(
        self,
        paths: Paths,
        settings: Settings,
        *,
        store: Store | None = None,
        first_run: bool = True,
    ) -> None:
        super().__init__()
        self.paths = paths
        self.settings = settings
        self.store = store or Store(paths)
        if settings.sync:  # local actions go to the sync journal, replayed on refresh
            from reader.sync.journal import attach

            attach(self.store, paths)
        self._first_run = first_run
        self.view: View = HOME
        self.back_stack: list[View] = []  # the views `q` steps back through
        self.actor: str | None = None
        self.query_text = ""
        self.feeds: dict[str, FeedRecord] = {}
        self.open_article: ArticleRecord | None = None
        self.refreshing = False
        self.unread: dict[str, int] = {}
        self.bookmarks = 0
        self._dirty_feeds: set[str] = set()
        self._counts_timer: Timer | None = None
        self._analyse_timer: Timer | None = None
        self._signature: tuple[int, ...] = ()
        self._status_message: str | None = None
        self._recount = False
        self._nlp_turn = threading.Lock()
        self._backlog: list[str] = []  # feeds to analyse once their rows are shown
        self._auto = False  # the running refresh started by itself (refresh_interval)
        self._base_rows: list[ArticleRecord] = []  # the view's rows before a search
        # Where each of them sits, read once per view: a keystroke walks its hits, not the
        # whole view (50,000 rows cost ~25 ms a key).
        self._base_pos: dict[str, int] = {}
        self._theme_warnings = self._register_themes()

    # ------------------------------------------------------------------ set-up
    def _register_themes(self) -> list[str]:
        loaded = load_themes()
        for theme in loaded.themes:
            self.register_theme(theme)
        wanted = self.store.load_ui_state().get("theme") or self.settings.theme
        if wanted in self.available_themes:
            self.theme = wanted
        return loaded.warnings

    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            yield FeedList(id="feeds")
            with Vertical(id="centre"):
                yield Input(
                    placeholder="search this view: title and text…  (Enter keeps, Esc clears)",
                    id="filter",
                    classes="hidden",
                )
                yield ArticleList(id="articles")
                yield ArticleView(id="reading")
            yield Sidebar(id="sidebar")
        yield ProgressBar(id="progress", show_eta=False, classes="hidden")
        yield Static(id="status")
        yield Footer()

    def on_mount(self) -> None:
        self.apply_keymap()
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        for warning in [*self.store.warnings, *self._theme_warnings]:
            self.notify(warning, severity="warning", markup=False, timeout=10)
        self.store.warnings.clear()
        self._layout_for(self.size.width)
        first = self._first_run and self._run_first_time()
        self.reload(keep=None)
        self.query_one(ArticleList).focus()
        self.set_interval(POLL_SECONDS, self._poll_store)
        self.set_timer(1.0, self._prepare_search)
        if self.settings.refresh_interval > 0:
            self.set_interval(self.settings.refresh_interval * 60, self._refresh_by_itself)
            if not first and self._refresh_due():
                self.call_after_refresh(self._refresh_by_itself)
        if first:
            # Rows first, analysis after: the demo's articles are analysed once shown.
            self._backlog = self._demo_urls()
            self.run_refresh(self._demo_urls(), quiet=True, analyse=False)

    def apply_keymap(self) -> None:
        """The user's keymap from config.toml; clashes are refused, not silently dropped."""
        keymap = dict(self.settings.keymap)
        taken: dict[str, str] = {}
        for binding in self.BINDINGS:
            assert isinstance(binding, Binding) and binding.id
            for key in keymap.get(binding.id, binding.key).split(","):
                if key in taken and taken[key] != binding.id:
                    self.notify(
                        f"keymap: {key} is used by both {taken[key]} and {binding.id}; "
                        "keeping the defaults",
                        severity="warning",
                        markup=False,
                    )
                    return
                taken[key] = binding.id
        if keymap:
            self.set_keymap(keymap)

    def _run_first_time(self) -> bool:
        from reader.firstrun import first_run

        return first_run(self.store)

    def _demo_urls(self) -> list[str]:
        from reader.demo import DEMO_URL

        return [DEMO_URL]

    def _remember_theme(self, theme: Any) -> None:
        state = self.store.load_ui_state()
        state["theme"] = self.theme
        self.store.save_ui_state(state)

    # --------------------------------------------------------------- layout
    PANES = ("feeds", "articles", "reading", "sidebar")

    def action_cycle_pane(self, step: int) -> None:
        """Tab/Shift-Tab go round the panes; on a narrow screen the feeds pane slides in."""
        if self.screen is not self.screen_stack[0]:  # a dialog: plain focus cycling
            self.screen.focus_next() if step > 0 else self.screen.focus_previous()
            return
        sidebar_on = (
            self.screen.has_class("-show-sidebar")
            if self.screen.has_class("-narrow")
            else not self.screen.has_class("-no-sidebar")
        )
        order = [p for p in self.PANES if p != "sidebar" or sidebar_on]
        current = (
            next(
                (p for p in order for node in self.focused.ancestors_with_self if node.id == p),
                "articles",
            )
            if self.focused
            else "articles"
        )
        target = order[(order.index(current) + step) % len(order)]
        self.screen.set_class(target == "feeds", "-feeds-open")
        self._status()
        pane = self.query_one(f"#{target}")
        if isinstance(pane, OptionList) and pane.highlighted is None and pane.option_count:
            pane.action_first()  # a list filled while hidden has no cursor yet
        self.call_after_refresh(pane.focus)

    def on_resize(self, event: Any) -> None:
        self._layout_for(event.size.width)

    def _layout_for(self, width: int) -> None:
        narrow = width < NARROW
        if narrow != self.screen.has_class("-narrow"):
            self.screen.set_class(narrow, "-narrow")
            if self.is_mounted(self.query_one(ArticleList)):
                self._status()

    # ------------------------------------------------------------- data flow
    def reload(self, keep: str | None = "current") -> None:
        """Re-read feeds and the current view from the store (cheap: files are cached)."""
        articles = self.query_one(ArticleList)
        if keep == "current":
            keep = articles.current.id if articles.current else None
        feeds = self.store.feeds()
        self.feeds = {f.url: f for f in feeds}
        self.unread = self.store.unread_counts()
        self.bookmarks = len(self.store.articles(bookmarked=True))
        self.query_one(FeedList).show(feeds, self.unread, self.bookmarks, self.actor)
        rows = self._view_rows()
        articles.show(rows, {f.url: f.display_title for f in feeds}, keep)
        self._signature = self._store_signature()
        self._status()
        # The store's records (50,000 at scale) live as long as the view. Left to the
        # cyclic GC, a full collection walks them all — a 115 ms stall in the middle of a
        # keystroke. Frozen, they are skipped; being acyclic they are still freed by
        # reference counting when the next reload drops them.
        gc.freeze()

    def _view_rows(self) -> list[ArticleRecord]:
        rows = self.view.rows(self.store)
        opened = self.open_article
        if isinstance(self.view, UnreadView) and opened and all(r.id != opened.id for r in rows):
            # Keep the open article listed even though opening it marked it read.
            fresh = self.store.article(opened.id)
            if fresh is not None:
                rows = sorted([*rows, fresh], key=lambda a: a.sort_key, reverse=True)
        self._base_rows = rows
        self._base_pos = {r.id: i for i, r in enumerate(rows)}
        return self._searched(rows)

    def _searched(self, rows: list[ArticleRecord]) -> list[ArticleRecord]:
        """The view's rows holding every word typed after `/` (title and text, through the
        search index: no scan of the bodies)."""
        if not self.query_text.strip():
            return rows
        try:
            ids = self.store.search_index.search(self.query_text, titles_and_text=True, wait=False)
        except (IndexBusy, sqlite3.Error, OSError) as exc:  # no index yet: titles, at least
            self._status(f"{exc}: titles only for now")
            needle = self.query_text.casefold()
            return [r for r in rows if needle in r.title.casefold()]
        if rows is not self._base_rows:
            return [r for r in rows if r.id in ids]
        pos = self._base_pos
        return [rows[i] for i in sorted(pos[aid] for aid in ids if aid in pos)]

    @work(thread=True, exit_on_error=False, group="index")
    def _prepare_search(self) -> None:
        """Open (or rebuild) the search index before the first `/`, off the UI thread."""
        with contextlib.suppress(sqlite3.Error, OSError):
            self.store.search_index.ready()

    def _status(self, message: str | None = None) -> None:
        """The view's name with its counts, as they are now (called after every mark)."""
        if message is not None:
            self._status_message = message
        articles = self.query_one(ArticleList).articles
        unread = sum(1 for a in articles if not a.read)
        text = Text(no_wrap=True, overflow="ellipsis")
        if self.screen.has_class("-narrow") and not self.screen.has_class("-feeds-open"):
            text.append(" Tab: feeds ", style="reverse")
        text.append(f" {self.view.name(self.feeds)}", style="bold")
        text.append(f"  {plural(len(articles), 'article')}")
        if unread != len(articles):
            text.append(f", {unread} unread")
        message = self._status_message
        if self.query_text:
            text.append("  search: ")
            text.append(self.query_text, style="italic")
        if message:
            text.append(f"  {message}", style="dim")
        self.query_one("#status", Static).update(text)

    def _store_signature(self) -> tuple[int, ...]:
        """Changes by another process (cron refresh, a CLI mark) show as new mtimes."""
        stamps = []
        for sub in ("feeds.json", "articles", "state"):
            try:
                stamps.append(os.stat(self.paths.db / sub).st_mtime_ns)
            except OSError:
                stamps.append(0)
        return tuple(stamps)

    def _poll_store(self) -> None:
        if not self.refreshing and self._store_signature() != self._signature:
            self.reload()

    def set_view(self, view: View) -> None:
        """Show `view`, remembering the one left so that `q` comes back to it."""
        if view == self.view:
            return
        self.back_stack = [v for v in self.back_stack if v != self.view]
        self.back_stack.append(self.view)
        self._show_view(view)

    def _show_view(self, view: View) -> None:
        self.view = view
        self._status_message = None
        if not isinstance(view, ActorView) and not any(
            isinstance(v, ActorView) for v in self.back_stack
        ):
            self.actor = None
        self._close_article()
        self.reload(keep=None)

    # ---------------------------------------------------------------- events
    def on_view_chosen(self, message: ViewChosen) -> None:
        self.set_view(message.view)
        self.screen.remove_class("-feeds-open")
        self.query_one(ArticleList).focus()

    def on_article_chosen(self, message: ArticleChosen) -> None:
        self.open_current()

    def on_quote_chosen(self, message: QuoteChosen) -> None:
        self.query_one(ArticleView).scroll_to_offset(int(message.quote.get("start", 0)))

    def on_actor_chosen(self, message: ActorChosen) -> None:
        self.actor = message.name
        self.set_view(ActorView(message.name))
        self.query_one(ArticleList).focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "filter":
            self.query_text = event.value
            articles = self.query_one(ArticleList)
            keep = articles.current.id if articles.current else None
            titles = {url: f.display_title for url, f in self.feeds.items()}
            articles.show(self._searched(self._base_rows), titles, keep, window=SEARCH_WINDOW)
            self._status()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "filter":
            self.query_one(ArticleList).focus()

    # ------------------------------------------------------------ articles
    def open_current(self) -> None:
        articles = self.query_one(ArticleList)
        article = articles.current
        if article is None:
            return
        if not article.read:
            self.store.set_read([article.id])
            if self.settings.story_read_on_open:
                self._mark_story_read(article.id)
            fresh = self.store.article(article.id) or article
            self._count(article, fresh)
            article = fresh
            articles.refresh_row(article)
            self._signature = self._store_signature()
        self.open_article = article
        body = stored_body(self.store, article.id)
        fetching = page_missing(body)
        self._show_body(article, body, analyse=not fetching)
        if fetching:
            # A `--feeds-only` article: fetch its page now, show the feed's text meanwhile.
            self.query_one(Sidebar).show(None, note="fetching the article page…")
            self.fetch_page(article.id)

    def _show_body(self, article: ArticleRecord, body: dict[str, Any], analyse: bool) -> None:
        feed = self.feeds.get(article.feed)
        self.query_one(ArticleView).show(article, body, feed.display_title if feed else "")
        analyse = analyse and needs_analysis(body)
        self.query_one(Sidebar).show(body, analysing=analyse)
        if self._analyse_timer is not None:
            self._analyse_timer.stop()
            self._analyse_timer = None
        if analyse:
            self._analyse_timer = self.set_timer(
                ANALYSE_DELAY, lambda: self.analyse_article(article.id, body)
            )

    @work(thread=True, exit_on_error=False, group="page", exclusive=True)
    def fetch_page(self, article_id: str) -> None:
        from reader.refresh import fetch_article

        try:
            body = fetch_article(self.store, self.settings, article_id)
        except Exception as exc:  # the store said no (disk full): tell, don't die
            self.call_from_thread(self.notify, f"page not fetched: {exc}", markup=False)
            body = None
        self.call_from_thread(self._page_fetched, article_id, body)

    def _page_fetched(self, article_id: str, body: dict[str, Any] | None) -> None:
        article = self.open_article
        if article is None or article.id != article_id:
            return
        self._show_body(article, body or stored_body(self.store, article_id), analyse=True)

    def _count(self, before: ArticleRecord, after: ArticleRecord) -> None:
        """Keep the feeds pane's counts by difference: recounting 50,000 costs 150 ms."""
        if before.read != after.read:
            self.unread[after.feed] = self.unread.get(after.feed, 0) + (-1 if after.read else 1)
        if before.bookmarked != after.bookmarked:
            self.bookmarks += 1 if after.bookmarked else -1
        self._dirty_feeds.add(after.feed)
        self._recount = self._recount or after.duplicated  # copies in other feeds changed too
        if self._counts_timer is not None:
            self._counts_timer.stop()
        # Redrawing a row of a 1,000-feed OptionList re-measures every row (~80 ms): do it
        # once reading has settled, not inside the keystroke that opened the article.
        self._counts_timer = self.set_timer(COUNTS_DELAY, self._redraw_counts)

    def _redraw_counts(self) -> None:
        self._counts_timer = None
        try:
            feeds = self.query_one(FeedList)
        except NoMatches:
            return  # the timer outlived the screen (quit within COUNTS_DELAY of a mark)
        if self._recount:
            self._recount = False
            self._dirty_feeds.clear()
            self.reload()
            return
        for url in self._dirty_feeds:
            feeds.update_counts(self.feeds.get(url), self.unread, self.bookmarks)
        self._dirty_feeds.clear()
        self._status()

    @work(thread=True, exit_on_error=False, group="analyse", exclusive=True)
    def analyse_article(self, article_id: str, body: dict[str, Any]) -> None:
        from reader.reading import analyse_and_keep

        with self._nlp_turn:  # one model, one caller at a time
            result = analyse_and_keep(self.store, article_id, body)
        self.call_from_thread(self._analysed, article_id, result)

    @work(thread=True, exit_on_error=False, group="backlog")
    def analyse_backlog(self, feed_url: str) -> None:
        """After the rows are shown (first launch): analyse a feed's articles one by one,
        so each opens with its quotes and actors at once."""
        from reader.reading import analyse_and_keep, needs_analysis

        worker = get_current_worker()
        for article in self.store.articles(feed=feed_url):
            if worker.is_cancelled:
                return
            body = stored_body(self.store, article.id)
            if needs_analysis(body):
                with self._nlp_turn:
                    result = analyse_and_keep(self.store, article.id, body)
                self.call_from_thread(self._analysed, article.id, result)

    def _analysed(self, article_id: str, body: dict[str, Any]) -> None:
        if self.open_article and self.open_article.id == article_id:
            self.query_one(Sidebar).show(body)

    def _step_unread(self, direction: int) -> None:
        """The next unread row after the cursor, going round past the end (newsboat's `n`)."""
        articles = self.query_one(ArticleList)
        rows = articles.articles
        count = len(rows)
        start = articles.highlighted if articles.highlighted is not None else -direction
        for step in range(1, count + 1):
            index = (start + direction * step) % count
            if index == start and rows[index].read:
                break
            if not rows[index].read:
                articles._grow(index + 50)
                articles.highlighted = index
                self.open_current()
                if (index - start) * direction < 0:
                    self.notify(
                        "wrapped round to the top"
                        if direction > 0
                        else "wrapped round to the bottom",
                        markup=False,
                        timeout=2,
                    )
                return
        self.notify("no more unread articles here", markup=False)

    def _target(self) -> ArticleRecord | None:
        articles = self.query_one(ArticleList)
        if articles.has_focus or self.open_article is None:
            return articles.current
        return self.open_article

    # -------------------------------------------------------------- actions
    def action_open(self) -> None:
        focused = self.focused
        if isinstance(focused, OptionList):
            focused.action_select()

    def action_next_unread(self) -> None:
        self._step_unread(+1)

    def action_previous_unread(self) -> None:
        self._step_unread(-1)

    def action_toggle_read(self) -> None:
        article = self._target()
        if article is None:
            return
        self.store.set_read([article.id], not article.read)
        self._after_flag(article)

    def action_toggle_bookmark(self) -> None:
        article = self._target()
        if article is None:
            return
        self.store.set_bookmarked([article.id], not article.bookmarked)
        fresh = self._after_flag(article)
        if fresh is not None:
            self.notify("bookmarked" if fresh.bookmarked else "bookmark removed", markup=False)

    def _after_flag(self, article: ArticleRecord) -> ArticleRecord | None:
        fresh = self.store.article(article.id)
        if fresh is None:
            return None
        if self.open_article and self.open_article.id == article.id:
            self.open_article = fresh
        self.query_one(ArticleList).refresh_row(fresh)
        self._count(article, fresh)
        self._signature = self._store_signature()
        return fresh

    def _mark_story_read(self, article_id: str) -> None:
        """`story_read_on_open`: the other outlets' reports of the same event are read too."""
        from reader.stories import members, story_ids

        sid = story_ids(self.store).get(article_id)
        others = [aid for aid in members(self.store, sid) if aid != article_id] if sid else []
        others = [aid for aid in others if self.store.article(aid) is not None]
        if others:
            self.store.set_read(others)
            self.call_after_refresh(self.reload)

    def action_stories(self) -> None:
        """The Stories view: one row per story; Enter lists the story's articles."""
        from reader.stories import list_stories
        from reader.tui.screens.stories import StoriesScreen

        stories = list_stories(self.store)
        unread: dict[str, int] = {}
        outlets: dict[str, dict[str, str]] = {}
        for story in stories:
            records = [r for r in map(self.store.article, story.articles) if r is not None]
            unread[story.id] = sum(1 for r in records if not r.read)
            outlets[story.id] = {
                r.id: (f.display_title if (f := self.feeds.get(r.feed)) else r.feed)
                for r in records
            }
        titles = {s.id: s.title for s in stories}

        def chosen(sid: str | None) -> None:
            if sid is not None:
                self.set_view(StoryView(sid, titles[sid]))
                self.query_one(ArticleList).focus()

        screen = StoriesScreen(
            stories, unread, outlets, collapsed=self.settings.story_unread_collapsed
        )
        self.push_screen(screen, chosen)

    def action_bookmarks(self) -> None:
        self.set_view(BookmarksView())
        self.query_one(ArticleList).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Keys that open a text box are priority bindings; they step aside while the
        reader types in a box or a dialog is open."""
        if action in self.OPENS_A_BOX:
            return self.screen is self.screen_stack[0] and not isinstance(self.focused, Input)
        return True

    def action_filter(self) -> None:
        box = self.query_one("#filter", Input)
        box.remove_class("hidden")
        # At once, not after the next refresh (`focus()` waits for it): letters typed
        # right after `/` must reach the box, not run as keys ('a' would add a feed).
        self.screen.set_focus(box)

    def _close_filter(self) -> None:
        box = self.query_one("#filter", Input)
        box.value = ""
        box.add_class("hidden")
        self.query_text = ""
        self.reload(keep="current")
        self.query_one(ArticleList).focus()

    def action_toggle_sidebar(self) -> None:
        self.screen.toggle_class("-no-sidebar")
        self.screen.toggle_class("-show-sidebar")

    def action_page_text(self) -> None:
        self.query_one(ArticleView).scroll_page_down(animate=False)

    def action_open_browser(self) -> None:
        article = self._target()
        if article is None or not is_fetchable(article.link):
            self.notify("this article has no web address to open", markup=False)
            return
        self.open_link(article.link or "")

    def open_link(self, url: str) -> None:
        """$BROWSER with the app suspended; else the desktop opener, detached; else say so."""
        launch = browser_command(url)
        if launch is None:
            self.notify(
                "nothing to open links with: set $BROWSER (e.g. BROWSER=lynx), "
                "or press y to copy the address",
                severity="warning",
                markup=False,
                timeout=8,
            )
            return
        if not launch.foreground:
            if not run_detached(launch):
                self.notify(f"could not run {launch.argv[0]}", severity="error", markup=False)
            return
        try:
            with self.suspend():
                status = run_foreground(launch)
        except SuspendNotSupported:
            self.notify("this terminal cannot hand itself over to $BROWSER", markup=False)
            return
        self.refresh(repaint=True, layout=True)
        if status != 0:
            self.notify(f"{launch.argv[0]} exited with status {status}", markup=False)

    def action_mark_view_read(self) -> None:
        """`A`: every unread article listed now (the view, searched) is marked read."""
        unread = [a.id for a in self.query_one(ArticleList).articles if not a.read]
        if not unread:
            self.notify("nothing unread here", markup=False)
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self.store.set_read(unread)
                self.notify(f"marked {plural(len(unread), 'article')} read", markup=False)
                self.reload()

        if len(unread) == 1:
            answered(True)
            return
        name = clean_line(self.view.name(self.feeds), 60)
        question = f"Mark {plural(len(unread), 'unread article')} in “{name}” read?"
        self.push_screen(ConfirmScreen(question, yes="Mark read", no="Cancel"), answered)

    def action_copy_link(self) -> None:
        article = self._target()
        if article is None or not article.link:
            self.notify("this article has no web address", markup=False)
            return
        self.copy_to_clipboard(article.link)
        self.notify(f"copied {clean_line(article.link, 100)}", markup=False)

    def action_links(self) -> None:
        found = self.query_one(ArticleView).links
        if self.open_article is None or not found:
            self.notify("no links in this article", markup=False)
            return

        def chosen(choice: tuple[str, str] | None) -> None:
            if choice is None:
                return
            what, url = choice
            if what == "open":
                self.open_link(url)
            else:
                self.copy_to_clipboard(url)
                self.notify(f"copied {clean_line(url, 100)}", markup=False)

        self.push_screen(LinksScreen(found), chosen)

    def action_back(self, may_quit: bool = True) -> None:
        """One step back: filter → feeds pane → open article → the view you came from →
        All unread; `q` on All unread quits (Esc never does)."""
        articles = self.query_one(ArticleList)
        if not self.query_one("#filter", Input).has_class("hidden"):
            self._close_filter()
        elif self.screen.has_class("-feeds-open"):
            self.screen.remove_class("-feeds-open")
            self._status()
            articles.focus()
        elif self.open_article is not None or not articles.has_focus:
            self._close_article()
            articles.focus()
        elif self.back_stack:
            self._show_view(self.back_stack.pop())
        elif self.view != HOME:
            self._show_view(HOME)
        elif may_quit:
            self.exit()

    def _close_article(self) -> None:
        """Leave the article being read: the list keeps its place, the panes empty."""
        if self.open_article is None:
            return
        self.open_article = None
        if self._analyse_timer is not None:
            self._analyse_timer.stop()
            self._analyse_timer = None
        self.query_one(ArticleView).clear()
        self.query_one(Sidebar).show(None)

    def _key_names(self, binding: Binding) -> str:
        """The keys bound to `binding` now (a user's keymap included), as shown to people."""
        keys = self.settings.keymap.get(binding.id or "", binding.key)
        return " / ".join(
            self.get_key_display(Binding(k.strip(), binding.action)) for k in keys.split(",")
        )

    def action_help(self) -> None:
        rows = [
            (self._key_names(b), self.HELP_ROWS[b.id])
            for b in self.BINDINGS
            if isinstance(b, Binding) and b.id in self.HELP_ROWS
        ]
        self.push_screen(HelpScreen(rows))

    # -------------------------------------------------------- command palette
    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand(
            "Add starter feeds",
            "subscribe to a few public news and technology feeds (BBC, NPR, LWN, …)",
            self.action_add_starter_feeds,
        )
        for binding in self.BINDINGS:
            if isinstance(binding, Binding) and binding.id in self.HELP_ROWS:
                action = binding.action
                yield SystemCommand(
                    f"{self.PALETTE_NAMES.get(binding.id, binding.description)} "
                    f"({self._key_names(binding)})",
                    self.HELP_ROWS[binding.id],
                    lambda action=action: self.run_action(action),
                )
