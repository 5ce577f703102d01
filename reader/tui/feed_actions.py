"""The app's feed actions and refreshes: add, remove, refresh (by hand and by itself).

A mixin of `NewsApp` (tui/app.py), kept apart so the app class reads by feature; it uses
the app's store, settings, panes and `reload`.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from textual import work
from textual.widgets import ProgressBar

from reader.sanitize import clean_line
from reader.store.records import FeedRecord
from reader.tui.render import plural
from reader.tui.screens.dialogs import AddFeedScreen, AddRequest, ConfirmScreen
from reader.tui.views import HOME, FeedView
from reader.tui.widgets.article_list import ArticleList
from reader.tui.widgets.feed_list import FeedList

FEW_FAILURES = 3  # more failed feeds than this (offline?) get one summary, not a flood


class FeedActions:
    """r, R, a, d, "Add starter feeds", and the refresh that runs by itself."""

    def _selected_feed(self) -> FeedRecord | None:
        feeds = self.query_one(FeedList)
        option = feeds.highlighted_option
        chosen = feeds.view_at(option.id) if feeds.has_focus and option else None
        if isinstance(chosen, FeedView):
            return self.feeds.get(chosen.url)
        if isinstance(self.view, FeedView):
            return self.feeds.get(self.view.url)
        article = self._target()
        return self.feeds.get(article.feed) if article else None

    def action_refresh_feed(self) -> None:
        feed = self._selected_feed()
        if feed is None:
            self.notify("no feed selected", markup=False)
            return
        self.run_refresh([feed.url])

    def action_refresh_all(self) -> None:
        self.run_refresh(None)

    def action_add_feed(self, last: AddRequest | None = None, error: str | None = None) -> None:
        """The add dialog; after a failure it comes back with what was typed and why."""

        def added(request: AddRequest | None) -> None:
            if request:
                self.subscribe(request)

        self.push_screen(AddFeedScreen(last, error), added)

    def action_remove_feed(self) -> None:
        feed = self._selected_feed()
        if feed is None:
            self.notify("no feed selected", markup=False)
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self.store.remove_feed(feed.url)
                gone = FeedView(feed.url)
                self.back_stack = [v for v in self.back_stack if v != gone]
                if self.view == gone:
                    self.view = HOME
                self.notify(f"removed {clean_line(feed.display_title, 80)}", markup=False)
                self.reload(keep=None)

        self.push_screen(
            ConfirmScreen(
                f"Remove “{clean_line(feed.display_title, 80)}” and its stored articles? "
                "Bookmarks are kept."
            ),
            answered,
        )

    @work(thread=True, exit_on_error=False, group="subscribe")
    def subscribe(self, request: AddRequest) -> None:
        from reader.subscribe import resolve_sources

        self.call_from_thread(self._status, f"looking for a feed at {request.source}…")
        [(_source, found)] = resolve_sources([request.source], self.settings)
        if isinstance(found, str):
            self.call_from_thread(self._status, "")
            self.call_from_thread(self.action_add_feed, request, f"could not add it: {found}")
            return
        title = clean_line(found.title or found.url, 80)
        if self.store.feed(found.url) is not None:
            self.call_from_thread(self._status, "")
            self.call_from_thread(self.notify, f"already subscribed to {title}", markup=False)
            return
        self.store.add_feed(found.url, title=found.title, tags=[request.tag] if request.tag else [])
        self.call_from_thread(self.notify, f"subscribed to {title}", markup=False)
        self.call_from_thread(self.reload)
        self.call_from_thread(self.run_refresh, [found.url])

    # --------------------------------------------------------------- refresh
    def run_refresh(
        self,
        urls: list[str] | None,
        quiet: bool = False,
        analyse: bool = True,
        auto: bool = False,
    ) -> None:
        if self.refreshing:
            self.notify("a refresh is already running", markup=False)
            return
        self.refreshing = True
        bar = self.query_one(ProgressBar)
        bar.update(total=len(urls) if urls else max(1, len(self.feeds)), progress=0)
        bar.remove_class("hidden")
        self._auto = auto
        self._refresh_worker(urls, quiet, analyse)

    @work(thread=True, exit_on_error=False, group="refresh")
    def _refresh_worker(self, urls: list[str] | None, quiet: bool, analyse_pages: bool) -> None:
        from reader.article.analyse import analyse
        from reader.refresh import FeedOutcome
        from reader.sync.refresh import refresh  # asks the sync server first, when set up

        def progress(outcome: FeedOutcome, done: int, total: int) -> None:
            self.call_from_thread(self._progress, outcome, done, total)

        try:
            summary = refresh(
                self.store,
                self.settings,
                feeds=urls,
                analyser=analyse if analyse_pages else None,
                fetch_pages=self.settings.fetch_pages,
                progress=progress,
            )
            line = summary.line()
            failed = [o for o in summary.outcomes if o.status == "failed"]
            tried = sum(1 for o in summary.outcomes if o.status != "skipped")
        except Exception as exc:  # the store said no (disk full, lock): tell, don't die
            line, failed, tried = f"refresh failed: {exc}", [], 0
        self.call_from_thread(self._refreshed, line, failed, quiet, tried)

    def _refresh_due(self) -> bool:
        """True when no feed has been refreshed within `refresh_interval` minutes."""
        stamps = [f.last_refresh for f in self.store.feeds() if f.last_refresh]
        if not self.feeds and not stamps and not self.store.feeds():
            return False
        if not stamps:
            return True
        last = datetime.fromisoformat(max(stamps).replace("Z", "+00:00"))
        return datetime.now(UTC) - last >= timedelta(minutes=self.settings.refresh_interval)

    def _refresh_by_itself(self) -> None:
        """A refresh by itself: quiet, and one notice when nothing could be reached."""
        if not self.refreshing:
            self.run_refresh(None, quiet=True, auto=True)

    def _progress(self, outcome: Any, done: int, total: int) -> None:
        self.query_one(ProgressBar).update(total=total, progress=done)
        if outcome.new and not self.query_one(ArticleList).articles:
            self.reload()  # an empty list (first launch) shows rows as soon as they are stored
        self._status(f"refreshing {done}/{total}")

    def _refreshed(self, line: str, failed: list[Any], quiet: bool, tried: int = 0) -> None:
        """One notification per failed feed while they are few; one line when offline."""
        self.refreshing = False
        self.query_one(ProgressBar).add_class("hidden")
        self.reload()
        if self._backlog:  # first launch: the rows are up; analysis follows
            for url in self._backlog:
                self.analyse_backlog(url)
            self._backlog = []
        if self._auto and failed and len(failed) == tried:
            self.notify(
                f"offline? no feed could be reached; trying again in "
                f"{self.settings.refresh_interval} min",
                markup=False,
                timeout=6,
            )
        self._auto = False
        if not quiet:
            if 0 < len(failed) <= FEW_FAILURES:
                for outcome in failed:
                    self.notify(
                        f"{clean_line(outcome.title, 60)}: {outcome.error}",
                        severity="warning",
                        markup=False,
                        timeout=8,
                    )
            self.notify(
                line,
                markup=False,
                timeout=6,
                severity="warning" if len(failed) > FEW_FAILURES else "information",
            )
        self._status(line)

    def action_add_starter_feeds(self) -> None:
        from reader.firstrun import add_starter_feeds

        added = add_starter_feeds(self.store)
        if not added:
            self.notify("the starter feeds are already subscribed", markup=False)
            return
        self.notify(f"subscribed to {plural(len(added), 'starter feed')}", markup=False)
        self.reload()
        self.run_refresh([f.url for f in added])
