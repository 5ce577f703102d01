"""The Stories view and its "Who said what" pane (issue 13): Pilot tests and a snapshot.

The store holds two events, each reported by three outlets of our own writing, and one
unrelated article; the stories are made by the real clustering from the stored bodies.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from textual.widgets import OptionList, Static

from reader import stories
from reader.config import Settings, resolve_paths
from reader.store.store import Store
from reader.tui.app import NewsApp
from reader.tui.screens.stories import StoriesScreen
from reader.tui.views import StoryView
from reader.tui.widgets.article_list import ArticleList

OUTLETS = [
    ("https://wire.test/feed", "Northline Wire"),
    ("https://blare.test/feed", "The Daily Blare"),
    ("https://courier.test/feed", "Valley Courier"),
]
FERRY = "We promised the islanders a boat they can rely on, and tonight we kept that promise"
FERRY_TEXT = [
    f"The harbour council voted to fund a night ferry to Esk Island. “{FERRY},” said Ilse "
    "Brandvold. The crossing will run every night and the guild agreed the crew rota.",
    "Councillors backed the night ferry to Esk Island, ending the guild's crew rota dispute. "
    "Brandvold said the crossing was about “a boat they can rely on”.",
    "Esk Island gets its night ferry. Ilse Brandvold told the Courier: “We promised the "
    "islanders … we kept that promise.” The crossing starts in November after the rota deal.",
]
FIRE = "The crews saved the warehouse, but the mill itself was lost within the first hour"
FIRE_TEXT = [
    f"A fire destroyed the Brightwater textile mill in Penmore overnight. “{FIRE},” said Lise "
    "Haraldsen. Sixty firefighters fought the blaze and the workers were evacuated.",
    "A massive blaze gutted the Brightwater textile mill in Penmore. Firefighters battled the "
    f"flames for nine hours and the workers got out. “{FIRE},” said Haraldsen.",
    "Penmore's Brightwater mill burned down overnight; the night-shift workers escaped the "
    "fire. Haraldsen said the mill was “lost within the first hour”.",
]
MARKUP = "[bold red]x[/] [@click=app.quit]y[/]"


def _body(text: str, speaker: str, quote: str, actors: list[tuple[str, str]]) -> dict:
    start = text.find(quote.split(" … ")[0])
    return {
        "source": "page",
        "text": text,
        "analysed": True,
        "quotes": [{"text": quote, "speaker": speaker, "cue": "said", "start": start, "end": 0}],
        "actors": [{"name": n, "kind": k, "mentions": 1, "aliases": []} for n, k in actors],
    }


def _fill(store: Store) -> None:
    now = datetime.now(UTC)
    ferry_quotes = [
        FERRY,
        "a boat they can rely on",
        "We promised the islanders … we kept that promise",
    ]
    fire_quotes = [FIRE, FIRE, "lost within the first hour"]
    ids = []
    for i, (url, title) in enumerate(OUTLETS):
        store.add_feed(url, title=title)
        entries = [
            {
                "identity": f"ferry{i}",
                "title": [
                    "Night ferry approved for Esk Island",
                    "NIGHT BOAT AT LAST",
                    "Esk Island: ferry at last",
                ][i],
                "link": f"{url}/ferry",
                "published": (now - timedelta(hours=30 - i)).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "author": None,
            },
            {
                "identity": f"fire{i}",
                "title": [
                    "Fire destroys Brightwater mill in Penmore",
                    "MILL INFERNO",
                    f"Penmore mill lost {MARKUP}",
                ][i],
                "link": f"{url}/fire",
                "published": (now - timedelta(hours=10 - i)).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "author": None,
            },
        ]
        new = store.add_articles(url, entries)
        ferry, fire = new
        store.save_body(
            ferry,
            _body(
                FERRY_TEXT[i],
                "Ilse Brandvold" if i != 1 else "Brandvold",
                ferry_quotes[i],
                [("Ilse Brandvold", "person"), ("Esk Island", "place")],
            ),
        )
        store.save_body(
            fire,
            _body(
                FIRE_TEXT[i],
                "Lise Haraldsen" if i == 0 else "Haraldsen",
                fire_quotes[i],
                [
                    ("Lise Haraldsen", "person"),
                    ("Brightwater", "organization"),
                    ("Penmore", "place"),
                ],
            ),
        )
        ids += new
    store.add_articles(
        OUTLETS[0][0],
        [
            {
                "identity": "other",
                "title": "Chess final tonight",
                "link": "https://wire.test/chess",
                "published": now.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "author": None,
            }
        ],
    )
    store.update_articles({aid: {"has_body": True} for aid in ids})
    assert stories.add_articles(store, ids) == 6


@pytest.fixture
def home(tmp_path, monkeypatch):
    path = tmp_path / "home"
    store = Store(resolve_paths(path))
    _fill(store)
    store.close()
    monkeypatch.setenv("NEWSREADER_HOME", str(path))
    return path


def _app(home, **settings) -> NewsApp:
    return NewsApp(resolve_paths(home), Settings(refresh_interval=0, **settings), first_run=False)


def _pane_text(app: NewsApp) -> str:
    return str(app.screen.query_one("#who-said-what", Static).render())


async def test_stories_view_lists_stories_and_who_said_what(home):
    app = _app(home)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.press("S")
        await pilot.pause()
        assert isinstance(app.screen, StoriesScreen)
        listing = app.screen.query_one("#story-list", OptionList)
        rows = [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]
        assert len(rows) == 2  # the chess article is in no story
        assert "3 outlets" in rows[0] and "Fire destroys Brightwater mill" in rows[0]
        assert rows[0].lstrip().startswith("3 ")  # three unread
        pane = _pane_text(app)
        assert "Lise Haraldsen" in pane and "lost within the first hour" in pane
        assert "Valley Courier: fragment" in pane and "Northline Wire: whole sentence" in pane
        await pilot.press("j")
        await pilot.pause()
        pane = _pane_text(app)
        assert "Ilse Brandvold" in pane and "Valley Courier: cut with …" in pane
        assert "The Daily Blare: fragment" in pane
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.view, StoryView)
        titles = [a.title for a in app.query_one(ArticleList).articles]
        assert sorted(titles) == sorted(
            [
                "Night ferry approved for Esk Island",
                "NIGHT BOAT AT LAST",
                "Esk Island: ferry at last",
            ]
        )
        await pilot.press("q")  # back to the view it came from
        await pilot.pause()
        assert not isinstance(app.view, StoryView)


async def test_opening_one_article_marks_the_story_read_when_configured(home):
    app = _app(home, story_read_on_open=True)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.press("S")
        await pilot.pause()
        await pilot.press("enter")  # the fire story
        await pilot.pause()
        await pilot.press("enter")  # open its first article
        await pilot.pause()
        store = Store(resolve_paths(home))
        fire = [r for r in store.articles() if "ferry" not in r.link and "chess" not in r.link]
        assert len(fire) == 3 and all(r.read for r in fire)
        assert not any(r.read for r in store.articles() if r.link.endswith("/ferry"))


async def test_default_opening_marks_only_the_article(home):
    app = _app(home)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.press("S")
        await pilot.pause()
        await pilot.press("enter", "enter")
        await pilot.pause()
        store = Store(resolve_paths(home))
        fire = [r for r in store.articles() if r.link.endswith("/fire")]
        assert sum(r.read for r in fire) == 1


async def test_collapsed_unread_counts_a_story_once(home):
    app = _app(home, story_unread_collapsed=True)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.press("S")
        await pilot.pause()
        title = str(app.screen.query_one("#stories-title", Static).render())
        assert "2 stories, 2 unread" in title
        listing = app.screen.query_one("#story-list", OptionList)
        assert str(listing.get_option_at_index(0).prompt).startswith("●")


async def test_help_lists_the_stories_key(home):
    app = _app(home)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        rows = dict(app.screen.rows)
        assert rows["S"].startswith("stories across outlets")


def test_stories_snapshot(snap_compare, home):
    assert snap_compare(_app(home), press=["S"], terminal_size=(120, 30))
