"""A small news site of our own writing: its stories, pages and feed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

STORIES = [
    (
        "Harbour council approves night ferry",
        "Morwick harbour will run a night ferry from June, the council decided on Tuesday.",
        [
            "The Morwick Harbour Council voted seven to two for the service after a year of "
            "complaints from shift workers who cross the estuary before dawn.",
            "“People have been sleeping in their cars to make the first shift,” said Ilse "
            "Brandvold, who chairs the council's transport committee. “That ends now.”",
            "Brandvold said the ferry would cost about 40,000 crowns a month to run.",
        ],
    ),
    (
        "Valtora Semiconductor opens test line in Ostrava Nova",
        "A second clean room began work this week.",
        [
            "Valtora Semiconductor has started production on a test line at its plant in "
            "Ostrava Nova, the company said on Monday.",
            "“We are six weeks ahead of plan,” said Tomas Lindqvist, chief executive of "
            "Valtora. He added: “The hard part is hiring, not building.”",
            "Valtora expects the line to employ 300 engineers by the end of the year.",
        ],
    ),
    (
        "River Alder falls after a week of floods",
        "Sandbags stay in place along the old town quay.",
        [
            "The River Alder fell below its warning level on Sunday for the first time in "
            "eight days, the regional water agency said.",
            "“We are not out of this yet,” said Dr Amara Okafor, a hydrologist at the "
            "agency. “Another storm would put us back where we were.”",
            "Residents of Lower Fenwick have been told to keep their sandbags in place.",
        ],
    ),
]

BOILERPLATE = (
    '<nav class="site-nav"><a href="/">Home</a> <a href="/world">World</a></nav>'
    '<div class="newsletter-signup">Sign up for our morning newsletter</div>'
)


def page_html(title: str, standfirst: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<html><head><title>{title} | The Morwick Courier</title>"
        f'<link rel="alternate" type="application/rss+xml" href="/feed.xml"></head>'
        f"<body>{BOILERPLATE}<article><h1>{title}</h1><p class=standfirst>{standfirst}</p>"
        f"{body}"
        '<div class="share-bar">Share on Facebook · Share on X · Copy link</div>'
        "</article><footer>© The Morwick Courier</footer></body></html>"
    )


def feed_xml(base: str, count: int = len(STORIES)) -> str:
    now = datetime(2026, 5, 1, 12, tzinfo=UTC)
    items = []
    for i, (title, standfirst, _paras) in enumerate(STORIES[:count]):
        when = format_datetime(now - timedelta(hours=i))
        items.append(
            f"<item><title>{title}</title><link>{base}/story/{i}</link>"
            f"<guid>{base}/story/{i}</guid><pubDate>{when}</pubDate>"
            f"<description>{standfirst}</description></item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>The Morwick Courier</title><link>{base}/</link>"
        f"<description>News</description>{''.join(items)}</channel></rss>"
    )
