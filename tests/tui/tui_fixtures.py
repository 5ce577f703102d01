"""Fixture articles of our own writing, with stored bodies, quotes and actors."""

from __future__ import annotations

from reader.store.store import Store

FEED_A = "https://courier.test/feed.xml"
FEED_B = "https://gazette.test/rss"
HOSTILE = "[bold red]x[/] [@click=app.quit]y[/] [link=file:///etc/passwd]z[/link]"

BODY_TEXT = (
    "# Ferry vote\n\n"
    "The harbour council met on Tuesday to vote on the night ferry.\n\n"
    + "\n\n".join(f"Filler paragraph {i} about tides, timetables and the quay." for i in range(30))
    + "\n\n“We will run it from June,” said Ilse Brandvold, who chairs the committee.\n\n"
    "Brandvold added that the cost was modest."
)
QUOTE_TEXT = "We will run it from June,"


def _quote() -> dict:
    start = BODY_TEXT.index(QUOTE_TEXT)
    return {
        "text": QUOTE_TEXT,
        "speaker": "Ilse Brandvold",
        "cue": "said",
        "start": start,
        "end": start + len(QUOTE_TEXT),
    }


ACTORS = [
    {"name": "Ilse Brandvold", "kind": "person", "mentions": 2, "aliases": ["Brandvold"]},
    {"name": "Morwick Harbour Council", "kind": "organization", "mentions": 1, "aliases": []},
    {"name": "Morwick", "kind": "place", "mentions": 3, "aliases": []},
]


def fill_store(store: Store) -> dict[str, str]:
    """Two feeds, five articles (fixed old dates: rows render the same on any day)."""
    store.add_feed(FEED_A, title="The Morwick Courier", tags=["Local"])
    store.add_feed(FEED_B, title="Valley Gazette", tags=["Local"])
    entries_a = [
        {
            "identity": f"a{i}",
            "title": title,
            "link": f"https://courier.test/{i}",
            "published": f"2020-01-0{5 - i}T10:00:00Z",
            "author": "Desk",
        }
        for i, title in enumerate(["Council approves night ferry", "Quay repairs begin", HOSTILE])
    ]
    entries_b = [
        {
            "identity": f"b{i}",
            "title": title,
            "link": f"https://gazette.test/{i}",
            "published": f"2019-12-2{i}T09:00:00Z",
            "author": None,
        }
        for i, title in enumerate(["Valley school wins award", "Bridge closed for a week"])
    ]
    ids = store.add_articles(FEED_A, entries_a) + store.add_articles(FEED_B, entries_b)
    names = {"ferry": ids[0], "quay": ids[1], "hostile": ids[2], "school": ids[3], "bridge": ids[4]}
    store.save_body(
        names["ferry"],
        {
            "source": "page",
            "text": BODY_TEXT,
            "quotes": [_quote()],
            "actors": ACTORS,
            "analysed": True,
        },
    )
    store.update_articles(
        {
            names["ferry"]: {
                "has_body": True,
                "actors": ["Ilse Brandvold", "Brandvold", "Morwick Harbour Council", "Morwick"],
            }
        }
    )
    store.save_body(
        names["school"],
        {
            "source": "page",
            "text": "The school won.",
            "quotes": [],
            "actors": [ACTORS[2]],
            "analysed": True,
        },
    )
    store.update_articles({names["school"]: {"has_body": True, "actors": ["Morwick"]}})
    store.update_feed(FEED_B, error="HTTP 500 Internal Server Error")
    return names
