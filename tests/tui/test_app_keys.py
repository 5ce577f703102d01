"""Every key of the app, driven through Pilot on a store filled from fixtures."""

from __future__ import annotations

import html
import re

from tui_fixtures import FEED_A, FEED_B, HOSTILE, QUOTE_TEXT

from reader.config import Settings, resolve_paths
from reader.store.store import Store
from reader.tui.views import ActorView, BookmarksView, FeedView, TagView, UnreadView
from reader.tui.widgets.article_list import ArticleList
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.sidebar import Sidebar

SIZE = (160, 48)


def shown(app) -> str:
    """The screen's text: the SVG screenshot without tags, entities or padding."""
    svg = re.sub(r"<[^>]+>", "", app.export_screenshot())
    return html.unescape(svg).replace("\xa0", " ")


def titles(app) -> list[str]:
    return [a.title for a in app.query_one(ArticleList).articles]


async def test_launch_lists_stored_articles_newest_first(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert titles(app) == [
            "Council approves night ferry",
            "Quay repairs begin",
            HOSTILE,
            "Bridge closed for a week",
            "Valley school wins award",
        ]
        assert app.focused is app.query_one(ArticleList)


async def test_j_k_g_G_move_and_enter_opens_and_marks_read(make_app, data_dir):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        articles = app.query_one(ArticleList)
        await pilot.press("j", "j")
        assert articles.highlighted == 2
        await pilot.press("k")
        assert articles.highlighted == 1
        await pilot.press("G")
        assert articles.highlighted == 4
        await pilot.press("g")
        assert articles.highlighted == 0
        await pilot.press("down", "up", "enter")
        await pilot.pause()
        view = app.query_one(ArticleView)
        assert view.article_id == articles.articles[0].id
        assert "night ferry" in shown(app)
        sidebar = app.query_one(Sidebar)
        assert sidebar.quotes[0]["speaker"] == "Ilse Brandvold"
        assert set(sidebar.actors) == {"Ilse Brandvold", "Morwick Harbour Council", "Morwick"}
    assert Store(resolve_paths(data_dir)).article(articles.articles[0].id).read


async def test_tab_cycles_panes(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused.id == "reading"
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused.id == "sidebar"
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused.id == "feeds"
        await pilot.press("shift+tab")
        await pilot.pause()
        assert app.focused.id == "sidebar"


async def test_space_and_pagedown_page_the_text(make_app):
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        view = app.query_one(ArticleView)
        assert view.scroll_y == 0
        await pilot.press("space")
        await pilot.pause()
        first = view.scroll_y
        assert first > 0
        await pilot.press("pagedown")
        await pilot.pause()
        assert view.scroll_y > first


async def test_n_and_p_walk_unread(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        articles = app.query_one(ArticleList)
        await pilot.press("enter")  # opens #0, now read
        await pilot.press("n")
        await pilot.pause()
        assert app.open_article.title == "Quay repairs begin"
        await pilot.press("n")
        assert app.open_article.title == HOSTILE
        await pilot.press("p")  # nothing unread above: wraps round to the bottom
        assert app.open_article.title == "Valley school wins award"
        await pilot.press("G", "p")
        assert app.open_article.title == "Bridge closed for a week"
        assert articles.highlighted == 3


async def test_m_b_B_persist_across_restart(make_app, data_dir):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "m", "b")
        await pilot.pause()
        quay = app.query_one(ArticleList).articles[1]
        assert quay.read and quay.bookmarked
        await pilot.press("B")
        await pilot.pause()
        assert app.view == BookmarksView() and titles(app) == ["Quay repairs begin"]
        await pilot.press("q")  # back from the bookmarks view
        await pilot.pause()
        assert app.view != BookmarksView() and app.is_running
    again = make_app()
    async with again.run_test(size=SIZE) as pilot:
        await pilot.press("B")
        await pilot.pause()
        [stored] = again.query_one(ArticleList).articles
        assert stored.title == "Quay repairs begin" and stored.read and stored.bookmarked
        await pilot.press("q", "q")
        await pilot.pause()
    assert not again.is_running


async def test_slash_filters_titles(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash")
        await pilot.press(*"bridge")
        await pilot.pause()
        assert titles(app) == ["Bridge closed for a week"]
        await pilot.press("escape")
        await pilot.pause()
        assert len(titles(app)) == 5


async def test_s_toggles_the_sidebar(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        sidebar = app.query_one(Sidebar)
        assert sidebar.display
        await pilot.press("s")
        await pilot.pause()
        assert not sidebar.display
        await pilot.press("s")
        await pilot.pause()
        assert sidebar.display


async def test_question_mark_shows_help(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        shot = shown(app)
        assert "newsreader — keys" in shot and "next unread article" in shot
        await pilot.press("escape")
        await pilot.pause()
        assert "newsreader — keys" not in shown(app)


async def test_sidebar_quote_jumps_and_actor_lists_articles(make_app):
    app = make_app()
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        view = app.query_one(ArticleView)
        assert view.scroll_y == 0
        sidebar = app.query_one(Sidebar)
        sidebar.focus()
        await pilot.pause()
        sidebar.highlighted = next(i for i, o in enumerate(sidebar._options) if o.id == "q:0")
        await pilot.press("enter")
        await pilot.pause()
        assert view.scroll_y > 0
        assert QUOTE_TEXT in view.hit_text()
        # The quote's block is on screen (at the top unless the text ends first).
        shown_lines = view.text_lines()[int(view.scroll_y) : int(view.scroll_y) + view.size.height]
        assert any(
            line.strip() and view.hit_text().startswith(line.strip()[:20]) for line in shown_lines
        )
        sidebar.highlighted = next(i for i, o in enumerate(sidebar._options) if o.id == "a:Morwick")
        await pilot.press("enter")
        await pilot.pause()
        assert app.view == ActorView("Morwick")
        assert sorted(titles(app)) == ["Council approves night ferry", "Valley school wins award"]
        await pilot.press("q")
        await pilot.pause()
        assert not isinstance(app.view, ActorView)


def _recorder(tmp_path, name: str):
    """A program that writes its arguments to a file, as a browser would get them."""
    out = tmp_path / f"{name}.out"
    script = tmp_path / "bin" / name
    script.parent.mkdir(exist_ok=True)
    script.write_text(f'#!/bin/sh\nprintf "%s" "$*" > {out}\n')
    script.chmod(0o755)
    return script, out


def _suspends(app):
    from contextlib import contextmanager

    entered = []

    @contextmanager
    def suspend():
        entered.append(True)
        yield

    app.suspend = suspend
    return entered


async def test_o_runs_browser_with_the_app_suspended(make_app, tmp_path, monkeypatch):
    browser, out = _recorder(tmp_path, "lynx")
    monkeypatch.setenv("BROWSER", f"{browser} -nopause")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        entered = _suspends(app)
        await pilot.press("o")
        await pilot.pause()
        assert entered == [True]
        assert out.read_text() == "-nopause https://courier.test/0"
        await pilot.press("j")  # the app still answers keys
        assert app.query_one(ArticleList).highlighted == 1


async def test_o_without_browser_uses_a_detached_opener_or_says_why(
    make_app, tmp_path, monkeypatch
):
    import asyncio

    monkeypatch.delenv("BROWSER", raising=False)
    opener, out = _recorder(tmp_path, "xdg-open")
    monkeypatch.setenv("PATH", str(opener.parent))
    said = []
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        entered = _suspends(app)
        monkeypatch.setattr(app, "notify", lambda message, **kw: said.append(message))
        await pilot.press("o")
        for _ in range(50):
            if out.exists():
                break
            await asyncio.sleep(0.05)
        assert out.read_text() == "https://courier.test/0" and entered == []
        monkeypatch.setenv("PATH", str(tmp_path / "empty"))
        await pilot.press("o")
        await pilot.pause()
        assert any("set $BROWSER" in m for m in said)


async def test_hostile_titles_render_literally(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "j", "enter")
        await pilot.pause()
        shot = shown(app)
        assert app.is_running
        assert "[bold red]x[/]" in shot.replace("&#160;", " ")
        assert "[@click=app.quit]y[/]" in shot.replace("&#160;", " ")
        await pilot.click("#articles")  # a live [@click] would quit the app
        await pilot.pause()
        assert app.is_running


async def test_feeds_pane_shows_errors_and_selects_a_feed(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        shot = shown(app)
        assert "! Valley Gazette" in shot and "HTTP 500 Internal" in shot
        feeds = app.query_one("#feeds")
        feeds.focus()
        feeds.highlighted = next(
            i for i, o in enumerate(feeds._options) if o.id == f"feed:{FEED_A}"
        )
        await pilot.press("enter")
        await pilot.pause()
        assert len(titles(app)) == 3 and app.focused is app.query_one(ArticleList)


async def test_narrow_terminal_hides_side_panes_and_tab_slides_feeds_in(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not app.query_one("#feeds").display and not app.query_one(Sidebar).display
        await pilot.press("tab", "tab")
        await pilot.pause()
        assert app.focused.id == "feeds" and app.query_one("#feeds").display
        await pilot.press("enter")
        await pilot.pause()
        assert not app.query_one("#feeds").display
        await pilot.press("s")
        await pilot.pause()
        assert app.query_one(Sidebar).display


async def test_keymap_from_settings_remaps(make_app):
    app = make_app(Settings(keymap={"toggle_bookmark": "x"}))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("x")
        await pilot.pause()
        assert app.query_one(ArticleList).articles[0].bookmarked


async def test_changes_by_another_process_appear(make_app, data_dir):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        other = Store(resolve_paths(data_dir))
        other.add_articles(
            FEED_A,
            [
                {
                    "identity": "late",
                    "title": "Late news",
                    "link": None,
                    "published": "2021-01-01T00:00:00Z",
                    "author": None,
                }
            ],
        )
        first, quay = app.query_one(ArticleList).articles[:2]
        other.set_read([first.id])
        app._poll_store()
        await pilot.pause()
        assert titles(app)[:2] == ["Late news", "Quay repairs begin"]  # first was read
        await pilot.press("j", "b")  # a mark made in the app lands beside the other's
    final = Store(resolve_paths(data_dir))
    assert final.article(first.id).read and final.article(quay.id).bookmarked


async def test_reading_pane_rewraps_to_its_width(make_app):
    app = make_app()
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        view = app.query_one(ArticleView)
        wide = view.text_lines()
        await pilot.resize_terminal(50, 24)
        await pilot.pause()
        narrow = view.text_lines()
        assert len(narrow) > len(wide)
        assert max(len(line.rstrip()) for line in narrow) <= view.scrollable_content_region.width
        assert " ".join(wide).split() == " ".join(narrow).split()  # nothing lost or doubled


async def test_n_wraps_round_to_unread_articles_above(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        articles = app.query_one(ArticleList)
        await pilot.press("G", "enter")  # the last one, now read; three unread above it
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        assert articles.highlighted == 0 and app.open_article.title == titles(app)[0]


async def test_q_and_escape_step_back_through_views(make_app):
    """Feed list → article → q: back in that feed's list; q again: All unread; q: quit."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        feeds = app.query_one("#feeds")
        feeds.focus()
        feeds.highlighted = next(
            i for i, o in enumerate(feeds._options) if o.id == FeedView(FEED_A).key
        )
        await pilot.press("enter", "j", "enter")
        await pilot.pause()
        assert app.view == FeedView(FEED_A) and app.open_article is not None
        await pilot.press("q")
        await pilot.pause()
        assert app.is_running and app.view == FeedView(FEED_A) and app.open_article is None
        assert app.focused is app.query_one(ArticleList)
        assert app.query_one(ArticleList).highlighted == 1  # the list kept its place
        await pilot.press("B")  # the bookmarks view, then Esc back to the feed
        await pilot.pause()
        assert app.view == BookmarksView()
        await pilot.press("escape")
        await pilot.pause()
        assert app.view == FeedView(FEED_A)
        await pilot.press("escape", "escape")  # Esc steps back but never quits
        await pilot.pause()
        assert app.view == UnreadView() and app.is_running
        await pilot.press("q")
        await pilot.pause()
    assert not app.is_running


async def test_status_line_counts_stay_true(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "n", "n")
        await pilot.pause(0.8)  # past the delayed count redraw
        status = str(app.query_one("#status").render())
        assert "5 articles, 2 unread" in status
        feeds = app.query_one("#feeds")
        feeds.focus()
        feeds.highlighted = next(
            i for i, o in enumerate(feeds._options) if o.id == FeedView(FEED_A).key
        )
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("slash", *"repairs")
        await pilot.pause()
        assert "  1 article, 0 unread" in str(app.query_one("#status").render())


async def test_help_and_palette_list_every_action(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        shot = shown(app)
        assert "search this view" in shot and "help: this list of keys" in shot
        assert "/" in shot and "?" in shot
        await pilot.press("escape")
        commands = [c.title.casefold() for c in app.get_system_commands(app.screen)]
        assert any("filter" in t for t in commands)  # found by the old word too
        assert any(t.startswith("help") for t in commands)
        ids = {b.id for b in app.BINDINGS if b.id in app.HELP_ROWS}
        assert ids >= {"filter", "help", "back", "mark_view_read", "links", "copy_link"}
        assert len([c for c in commands if c.endswith(")")]) >= len(ids)


async def test_feed_names_stay_on_one_line_after_a_resize(make_app, data_dir):
    Store(resolve_paths(data_dir)).add_feed(
        "https://long.test/feed",
        title="The Extraordinarily Long Name of a Regional Weekly",
        tags=["Local"],
    )
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.resize_terminal(160, 48)
        await pilot.pause()
        feeds = app.query_one("#feeds")
        index = next(
            i
            for i, o in enumerate(feeds._options)
            if o.id == FeedView("https://long.test/feed").key
        )
        assert feeds._heights[index] == 1
        assert "Regional Weekly" not in shown(app)  # cut with an ellipsis, not wrapped


async def test_enter_on_a_folder_heading_shows_its_feeds_and_tags_ignore_case(make_app, data_dir):
    store = Store(resolve_paths(data_dir))
    store.add_feed("https://other.test/feed", title="Harbour Notes", tags=["local"])
    store.add_articles(
        "https://other.test/feed",
        [
            {
                "identity": "h1",
                "title": "Tide tables",
                "link": None,
                "published": None,
                "author": None,
            }
        ],
    )
    store.add_feed("https://far.test/feed", title="Far Away", tags=["World"])
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        feeds = app.query_one("#feeds")
        headings = [o.id for o in feeds._options if o.id and o.id.startswith("tag:")]
        assert headings == ["tag:local", "tag:world"]  # "Local" and "local": one folder
        feeds.focus()
        feeds.highlighted = next(i for i, o in enumerate(feeds._options) if o.id == "tag:local")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.view, TagView) and len(titles(app)) == 6
        assert "Tide tables" in titles(app)


async def test_narrow_footer_keeps_q_and_help_and_says_tab_shows_feeds(make_app):
    """Issue 10, 5: at 80 columns the footer cut off q and ?, nothing mentioned Tab."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        shot = shown(app)
        assert "Back/Quit" in shot and "Help" in shot
        assert "Tab: feeds" in shot


async def test_the_focused_pane_shows_it(make_app):
    """Issue 10, 11: the reading pane looked the same focused or not."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        view = app.query_one(ArticleView)
        assert view.styles.background_tint.a == 0
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused is view and view.styles.background_tint.a > 0


async def test_slash_searches_the_text_of_the_current_view(make_app):
    """Build: `/` finds a word only in an article's body, through the index, in this view."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"tuesday harb")  # body words, the last one half typed
        await pilot.pause()
        assert titles(app) == ["Council approves night ferry"]
        assert "search: tuesday harb" in str(app.query_one("#status").render())
        await pilot.press("escape")
        await pilot.pause()
        assert len(titles(app)) == 5
        feeds = app.query_one("#feeds")
        feeds.focus()
        feeds.highlighted = next(
            i for i, o in enumerate(feeds._options) if o.id == FeedView(FEED_B).key
        )
        await pilot.press("enter", "slash", *"tuesday")
        await pilot.pause()
        assert titles(app) == []  # the ferry article is in another feed's view


async def test_A_marks_the_view_read_after_asking(make_app, data_dir):
    """Build: mark read in bulk; one article needs no question, more do."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        feeds = app.query_one("#feeds")
        feeds.focus()
        feeds.highlighted = next(
            i for i, o in enumerate(feeds._options) if o.id == FeedView(FEED_B).key
        )
        await pilot.press("enter", "A")
        await pilot.pause()
        assert "Mark 2 unread articles" in shown(app)
        await pilot.press("n")  # no: nothing changes
        await pilot.pause()
        assert app.unread[FEED_B] == 2
        await pilot.press("A", "y")
        await pilot.pause()
        assert app.unread[FEED_B] == 0 and app.unread[FEED_A] == 3
    assert Store(resolve_paths(data_dir)).unread_counts()[FEED_B] == 0


async def test_y_copies_the_address_and_L_lists_numbered_links(make_app, data_dir, monkeypatch):
    """Build: links numbered in the text, L opens (http(s) only) or copies, y copies."""
    store = Store(resolve_paths(data_dir))
    quay = store.articles(feed=FEED_A)[1]
    text = (
        "Repairs start at [the north quay](https://courier.test/quay) on Monday.\n\n"
        "See [the plan](javascript:alert(1)) and [the council](https://council.test/)."
    )
    store.save_body(quay.id, {"source": "page", "text": text, "analysed": True})
    browser = []
    app = make_app()
    copied = []
    async with app.run_test(size=SIZE) as pilot:
        monkeypatch.setattr(app, "copy_to_clipboard", copied.append)
        monkeypatch.setattr(app, "open_link", browser.append)
        await pilot.press("y")
        assert copied == ["https://courier.test/0"]
        await pilot.press("j", "enter")
        await pilot.pause()
        lines = " ".join(app.query_one(ArticleView).text_lines())
        assert "the north quay[1]" in lines and "the council[3]" in lines
        await pilot.press("L")
        await pilot.pause()
        assert "Links in this article" in shown(app)
        await pilot.press("j", "enter")  # javascript: is never opened
        await pilot.pause()
        assert browser == [] and "Links in this article" in shown(app)
        await pilot.press("j", "c")
        await pilot.pause()
        assert copied[-1] == "https://council.test/"
        await pilot.press("L", "enter")
        await pilot.pause()
        assert browser == ["https://courier.test/quay"]


async def test_slash_while_the_index_is_being_built_falls_back_to_titles(make_app):
    """A first search must not freeze the app behind a rebuild of 50,000 articles."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        import threading

        held, done = threading.Event(), threading.Event()

        def rebuild() -> None:  # holds the index as a rebuild in another thread does
            with app.store.search_index._turn:
                held.set()
                done.wait(10)

        threading.Thread(target=rebuild).start()
        held.wait(5)
        try:
            await pilot.press("slash", *"bridge")
            await pilot.pause()
            assert titles(app) == ["Bridge closed for a week"]
            assert "titles only" in str(app.query_one("#status").render())
        finally:
            done.set()


async def test_letters_typed_right_after_slash_land_in_the_search_box(make_app):
    """Keys arriving together ('/' then a word, as a fast typist or tmux sends them) must
    not run as commands ('a' adds a feed, 's' toggles the sidebar)."""
    from textual import events

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for key, char in [("slash", "/"), *[(c, c) for c in "tuesday"]]:
            event = events.Key(key, char)
            event.set_sender(app)
            app._driver.send_message(event)
        await pilot.pause(0.3)
        assert app.query_one("#filter").value == "tuesday"
        assert len(app.screen_stack) == 1 and titles(app) == ["Council approves night ferry"]
        await pilot.press("slash", "a")  # in the box, / and a are letters
        assert app.query_one("#filter").value == "tuesday/a"
