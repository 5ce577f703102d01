"""The article cleaner on pages we wrote ourselves (tests/fixtures/pages/)."""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from readability import Document

from reader.article import boilerplate, clean
from reader.article.clean import clean_page
from reader.article.markdown import render
from reader.article.metadata import parse_date
from reader.models import CleanedPage

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"
URL = "https://gazette.example/news/tidal-barrier"


def load(name: str) -> bytes:
    return (PAGES / name).read_bytes()


@pytest.fixture(scope="module")
def harbour() -> CleanedPage:
    return clean_page(load("harbour_news.html"), URL)


# --------------------------------------------------------------------------- article text
BODY_SENTENCES = [
    "Councillors in Lowmarsh voted seven to six",
    "would close automatically when the surge gauge",
    "Opponents argued that the money would be better spent",
    "The council must now apply to the regional water board",
    "Mayor Tobias Lund, who cast the deciding vote",
    "The sea does not read council minutes",
]


@pytest.mark.parametrize("sentence", BODY_SENTENCES)
def test_real_paragraphs_are_kept(harbour: CleanedPage, sentence: str) -> None:
    assert sentence in harbour.plain
    assert sentence in harbour.text


@pytest.mark.parametrize(
    ("kind", "snippet"),
    [
        ("donation appeal", "Dear readers"),
        ("donation appeal", "Remind me later"),
        ("newsletter box", "Sign up for our free morning newsletter"),
        ("newsletter box", "Harbour Bulletin"),
        ("share bar", "Share on Facebook"),
        ("share bar", "Copy link"),
        ("share bar", "Tweet"),
        ("read-more list", "A short history of the Quay Row sea wall"),
        ("read-more list", "Read more"),
        ("caption", "The mouth of the Wend at low tide"),
        ("photo credit", "Getty Images"),
        ("paywall", "Subscribe to continue reading"),
        ("cookie notice", "We use cookies"),
        ("comments", "Marvellous news"),
        ("comments", "Leave a comment"),
        ("tag list", "Tags:"),
        ("author bio", "covers local government for the Gazette"),
        ("advert", "Advertisement"),
        ("navigation", "Weather"),
        ("footer", "All rights reserved"),
        ("byline line", "By Mira Okafor"),
    ],
)
def test_boilerplate_is_removed(harbour: CleanedPage, kind: str, snippet: str) -> None:
    assert snippet not in harbour.plain, kind
    assert snippet not in harbour.text, kind


def test_pull_quote_repeating_the_body_appears_once(harbour: CleanedPage) -> None:
    assert harbour.plain.count("bet the reserve on a machine") == 1


def test_markdown_structure(harbour: CleanedPage) -> None:
    text = harbour.text
    assert "\n\n## What happens next\n\n" in text
    assert "- Consent application to the water board: June\n- Public exhibition" in text
    assert "1. Raise the reserve again within five years.\n2. Publish the barrier" in text
    assert "> The sea does not read council minutes." in text
    assert "*two metres*" in text and "**forty-one homes**" in text
    # paragraphs are separated by one blank line, never more
    assert "\n\n\n" not in text


def test_links_are_absolute_and_only_http_or_mailto(harbour: CleanedPage) -> None:
    text = harbour.text
    assert "[Tidewright](https://tidewright.example/projects/wend)" in text
    assert "[council website](https://gazette.example/council/agenda-2031-04)" in text
    assert "[the town clerk](mailto:clerk@lowmarsh.example)" in text
    # javascript: and ftp: targets are dropped, their text is kept
    assert "javascript" not in text and "ftp:" not in text
    assert "after a long public session in which" in text
    assert "and an archive server." in text
    targets = re.findall(r"\]\(([^)]*)\)", text)
    assert targets and all(t.startswith(("https://", "http://", "mailto:")) for t in targets)


def test_plain_has_no_markup(harbour: CleanedPage) -> None:
    plain = harbour.plain
    for mark in ("](", "**", "## ", "> ", "- Consent", "1. Raise", "*two"):
        assert mark not in plain
    assert "more than two metres above" in plain
    assert "out of forty-one homes during" in plain
    assert "\n\nWhat happens next\n\n" in plain


def test_metadata(harbour: CleanedPage) -> None:
    assert harbour.title == "Tidal barrier vote splits Lowmarsh council"
    assert harbour.byline == "Mira Okafor"
    assert harbour.published == "2031-04-02T07:15:00Z"  # +02:00 turned into UTC


# --------------------------------------------------------------------------- metadata
def test_jsonld_authors_date_and_dash_suffix() -> None:
    page = clean_page(load("builder_widgets.html"), "https://startups.example/greenfold")
    assert page.title == "Greenfold Robotics raises seed round"
    assert page.byline == "Dario Pellegrini, Yuki Arden"
    assert page.published == "2030-11-05T14:30:00Z"


def test_rel_author_time_element_and_double_colon_suffix() -> None:
    page = clean_page(load("utility_classes.html"), "https://coastline.example/ferry")
    assert page.title == "Night ferry returns to Castellane Sound"
    assert page.byline == "Oskar Brenn"
    assert page.published == "2029-07-14"


def test_itemprop_date_without_time() -> None:
    page = clean_page(load("inline_blocks.html"), "https://brightwater.example/bottles")
    assert page.published == "2028-02-29"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Storm closes pier — Bayside Echo", "Storm closes pier"),
        ("Storm closes pier - Bayside Echo", "Storm closes pier"),
        ("Storm closes pier | Bayside Echo", "Storm closes pier"),
        ("Storm closes pier :: Bayside Echo", "Storm closes pier"),
        ("Bayside Echo | Storm closes pier at Kelling", "Storm closes pier at Kelling"),
        ("Anglers and divers share a crowded reef", "Anglers and divers share a crowded reef"),
    ],
)
def test_title_site_suffix(title: str, expected: str) -> None:
    html = (
        f'<html><head><title>{title}</title><meta property="og:site_name" content="Bayside Echo">'
        "</head><body><article><p>"
        + "The pier at Kelling was closed on Sunday. " * 8
        + "</p></article></body></html>"
    )
    assert clean_page(html.encode(), "https://echo.example/pier").title == expected


def test_title_h1_cross_check_without_site_name() -> None:
    html = (
        "<html><head><title>Kelling pier to reopen in May - Echo Online News</title></head><body>"
        "<h1>Kelling pier to reopen in May</h1><article><p>"
        + "Repairs are nearly finished. " * 12
        + "</p></article></body></html>"
    )
    assert clean_page(html.encode()).title == "Kelling pier to reopen in May"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2031-04-02T09:15:00+02:00", "2031-04-02T07:15:00Z"),
        ("2031-04-02T09:15:00.123Z", "2031-04-02T09:15:00Z"),
        ("2031-04-02 09:15", "2031-04-02T09:15:00Z"),
        ("2031-04-02", "2031-04-02"),
        ("Wed, 02 Apr 2031 09:15:00 -0500", "2031-04-02T14:15:00Z"),
        ("not a date", None),
        ("2031-13-45", None),
    ],
)
def test_parse_date(value: str, expected: str | None) -> None:
    assert parse_date(value) == expected


# --------------------------------------------------------------------------- failure modes
def test_page_builder_widget_classes_are_recovered() -> None:
    html = load("builder_widgets.html")
    raw = lxml.html.fromstring(Document(html).summary(html_partial=True)).text_content()
    assert "weeding robots" not in raw  # readability alone drops the "widget" container
    page = clean_page(html, "https://startups.example/greenfold")
    assert "Greenfold Robotics, a three-person company" in page.plain
    assert "modest by the standards of hardware start-ups" in page.plain
    assert "Share on LinkedIn" not in page.plain


def test_readability_failure_falls_back_to_the_largest_text_block(monkeypatch) -> None:
    monkeypatch.setattr(clean, "_readability", lambda data, url: None)
    page = clean_page(load("utility_classes.html"), "https://coastline.example/ferry")
    assert "The overnight ferry between Port Ellery" in page.plain
    assert "half price during the first season" in page.plain
    assert len(page.plain.split("\n\n")) == 4


def test_largest_text_block_on_utility_classes() -> None:
    doc = lxml.html.fromstring(load("utility_classes.html"))
    block = boilerplate.largest_text_block(doc)
    assert block is not None
    text = boilerplate.text_of(block)
    assert text.startswith("The overnight ferry") and text.endswith("first season.")


def test_lead_in_a_media_class_is_kept() -> None:
    lead = "The lighthouse keeper's cottage on Sable Spit has been sold to a trust for one pound."
    rest = "".join(
        f"<div class='body-paragraph'>The trust will mend the roof, its chair said, item {i}.</div>"
        for i in range(6)
    )
    html = (
        "<html><head><title>Cottage sold</title></head><body><article><div class='article-body'>"
        f"<div class='el__leafmedia el__leafmedia--sourced-paragraph'><p>{lead}</p></div>{rest}"
        "</div></article></body></html>"
    ).encode()
    assert "Sable Spit" not in Document(html).summary(html_partial=True)  # readability drops it
    page = clean_page(html)
    assert page.plain.startswith(lead)
    assert "its chair said, item 5." in page.plain


def test_blocks_never_glue() -> None:
    page = clean_page(load("inline_blocks.html"), "https://brightwater.example/bottles")
    assert "waterBPA" not in page.plain
    assert "smell into the water\n\nBPA was not detected" in page.plain


def test_inline_boilerplate_lines_and_pull_quote() -> None:
    page = clean_page(load("inline_blocks.html"), "https://brightwater.example/bottles")
    assert page.plain.count("leached a faint smell") == 1
    for snippet in (
        "Photo: Brightwater",
        "Which kettles scale up fastest",
        "Related:",
        "Share this article",
    ):
        assert snippet not in page.plain


def test_renderer_separates_blocks_and_strips_emphasis() -> None:
    el = lxml.html.fragment_fromstring(
        "<div><div>water</div><div>BPA</div><p>a <em>b</em> <strong>c</strong> "
        "<a href='/x'>d</a></p><ul><li>one</li><li>two<ul><li>nested</li></ul></li></ul></div>"
    )
    md, plain = render(el, "https://site.example/")
    assert plain == "water\n\nBPA\n\na b c d\n\none\ntwo\nnested"
    assert "a *b* **c** [d](https://site.example/x)" in md
    assert "- one\n- two\n  - nested" in md


# --------------------------------------------------------------------------- hostile input
def test_control_characters_are_stripped() -> None:
    nasty = "\x1b[31mRED\x1b[0m \x07bell \u202eevil\u202c \x00nul"
    html = (
        "<html><head><title>Storm\x1b]0;pwned\x07 report</title>"
        "<meta name='author' content='Ann\x1b[2J Lee'>"
        f"</head><body><article><p>{nasty} "
        + "Harbour wall repairs continue this week. " * 10
        + "</p></article></body></html>"
    )
    page = clean_page(html.encode())
    for field in (page.title, page.byline, page.text, page.plain):
        assert field is not None
        assert not re.search("[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e]", field)
    assert "RED" in page.plain and "Harbour wall repairs" in page.plain


@pytest.mark.parametrize(
    "junk",
    [
        b"",
        b"   ",
        b"\x00\x01\x02" * 1000,
        b"%PDF-1.7\n\x00\xff\xfe binary",
        b"just some words, no markup",
        b"<",
        b"<html>",
        b"<<<>>>",
        "<p>caf\u00e9</p>".encode("utf-16"),
        b"\xff" * 5000,
        None,
        42,
    ],
)
def test_garbage_gives_empty_text(junk) -> None:
    page = clean_page(junk)  # type: ignore[arg-type]
    assert isinstance(page, CleanedPage)
    if junk in (b"", b"   ", b"just some words, no markup", None, 42) or (
        isinstance(junk, bytes) and b"\x00\x01" in junk
    ):
        assert page.text == "" and page.plain == ""


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.binary(max_size=2000),
        st.text(max_size=400).map(lambda s: s.encode("utf-8", "surrogatepass")),
        st.lists(
            st.sampled_from(
                [
                    "<p>",
                    "</p>",
                    "<div class='widget'>",
                    "</div>",
                    "<a href='javascript:x'>",
                    "</a>",
                    "<h2>",
                    "<li>",
                    "<ul>",
                    "<table><tr><td>",
                    "<br>",
                    "text ",
                    "&amp;",
                    "\x1b[0m",
                    "<script>",
                    "<!--",
                    "<meta charset='utf-16'>",
                    "<title>",
                    "é",
                ]
            ),
            max_size=60,
        ).map(lambda parts: "".join(parts).encode("utf-8")),
    )
)
def test_fuzz_never_raises(data: bytes) -> None:
    page = clean_page(data, "https://fuzz.example/")
    assert isinstance(page.text, str) and isinstance(page.plain, str)


def test_deep_nesting_and_big_page_do_not_blow_up() -> None:
    deep = ("<div>" * 3000 + "<p>deep text here</p>" + "</div>" * 3000).encode()
    assert isinstance(clean_page(deep).plain, str)
    para = "<p>The ferry timetable changes on Monday, and the {0} sailing moves to the evening.</p>"
    body = "".join(para.format(i) for i in range(30000))
    big = f"<html><body><article>{body}</article></body></html>".encode()
    assert len(big) > 2_500_000
    page = clean_page(big)
    assert "the 0 sailing moves" in page.plain


# --------------------------------------------------------------------------- failure classes
# Fixture pages for the known failure classes: page-builder widgets that split the body,
# utility-class pages with captions/credits/newsletter/share rows, wire sign-off lines.
BUILDER_PARAGRAPHS = [
    "Eleven bakers from the market town of Ferrowick",
    "The cooperative bought two deck ovens",
    '"We were all getting up at two to fight',
    "Who pays for what",
    "Each member paid an equal share",
    "flour is bought together each month",
    "The town council lent the group the depot",
    "Two cafes and the hospital canteen",
    "A shared oven is the oldest idea in baking.",
    "Voss said the group would review its rules",
    "Not everyone in town is pleased.",
    "Wait until two of them want the same oven",
]
BUILDER_BOILERPLATE = [
    "The Ledger Letter",
    "The week's town news in one email",
    "Sign me up",
    "Share on Mastodon",
    "More from the Ledger",
    "The last tram left the depot in 1961",
    "The tram depot ovens were lit",
    "Photo: Valley Ledger",
    "Advertisement",
    "writes about food and small business",
    "March 9, 2032",
    "Town",
]


@pytest.fixture(scope="module")
def builder() -> CleanedPage:
    return clean_page(load("builder_sections.html"), "https://ledger.example/bakery")


@pytest.mark.parametrize("snippet", BUILDER_PARAGRAPHS)
def test_builder_body_split_across_widgets_is_whole(builder: CleanedPage, snippet: str) -> None:
    assert snippet in builder.plain


@pytest.mark.parametrize("snippet", BUILDER_BOILERPLATE)
def test_builder_widgets_furniture_is_removed(builder: CleanedPage, snippet: str) -> None:
    assert snippet not in builder.plain
    assert snippet not in builder.text


def test_builder_structure(builder: CleanedPage) -> None:
    assert builder.plain.startswith("Eleven bakers")
    assert "\n\n## Early orders\n\n" in builder.text
    assert "> A shared oven is the oldest idea in baking." in builder.text
    assert "- oven slots are booked a week ahead" in builder.text


def test_module_builder_split_body_and_furniture() -> None:
    page = clean_page(load("module_columns.html"), "https://courier.example/train")
    for snippet in (
        "The branch line through the orchard villages",
        "Passengers will notice it is quieter",
        "Timetable",
        "The train has a range of about eighty kilometres",
        "Villagers along the line had campaigned",
        "if the orchard line trial goes well.",
    ):
        assert snippet in page.plain
    for snippet in (
        "The battery train on a test run",
        "Image: Fenland Courier",
        "Courier Weekly",
        "Local news in your inbox",
        "Follow on Mastodon",
        "Hal Brightwell",
    ):
        assert snippet not in page.plain


@pytest.fixture(scope="module")
def utility() -> CleanedPage:
    return clean_page(load("utility_figures.html"), "https://tinderflint.example/index")


def test_utility_page_keeps_the_body(utility: CleanedPage) -> None:
    plain = utility.plain
    assert plain.startswith("On the morning of the third of May")
    assert "\n\nThe culprit\n\n" in plain
    assert "index_options: positions" in plain
    assert "Position data lets the engine answer phrase queries." in plain
    assert plain.endswith("refuses mapping changes without a second reviewer.")


@pytest.mark.parametrize(
    ("kind", "snippet"),
    [
        ("caption", "Index size in gigabytes, hourly"),
        ("caption", "Index size after the rebuild"),
        ("credit", "Chart: Tinder"),
        ("newsletter", "New posts by email"),
        ("newsletter", "About one post a month"),
        ("share", "Share on Mastodon"),
        ("share", "Share on Bluesky"),
        ("share", "Post to Hacker Forum"),
        ("nav", "Archive"),
        ("meta line", "7 min"),
        ("footer", "hosted in a cupboard"),
    ],
)
def test_utility_page_furniture_is_removed(utility: CleanedPage, kind: str, snippet: str) -> None:
    assert snippet not in utility.plain, kind
    assert snippet not in utility.text, kind


def test_wire_sign_off_is_removed_and_dateline_kept() -> None:
    page = clean_page(load("wire_signoff.html"), "https://wire.example/dravenport")
    assert page.plain.startswith("DRAVENPORT, June 14 (Meridian Wire) - Dock workers")
    assert page.plain.endswith("lasted into a second week.")
    assert "Reporting by" not in page.plain and "Editing by" not in page.plain


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Reporting by Ilse Novak; Editing by Farah Lund", True),
        ("(Reporting by Tomas Reyes in Kessel; editing by Farah Lund)", True),
        ("Additional reporting by Ana Ruiz in Kessel", True),
        ("Writing by Ilse Novak; Editing by Tom Hale and Farah Lund", True),
        ("Compiled by Ilse Novak for the Meridian Wire", True),
        ("Reporting by the local paper showed that the mayor had misled the council twice.", False),
        ("Editing by committee rarely produces good laws, the senator said on Monday.", False),
    ],
)
def test_sign_off_lines(line: str, furniture: bool) -> None:
    assert boilerplate.is_furniture(line) is furniture


def _page(body: str) -> bytes:
    return f"<html><head><title>T</title></head><body>{body}</body></html>".encode()


def _paras(n: int) -> str:
    return "".join(
        f"<p>The harbour master said the north quay would stay shut until divers had checked "
        f"pile {i}, which could take until the end of the month at the current pace.</p>"
        for i in range(n)
    )


def test_sign_up_box_goes_but_a_short_entry_beside_it_stays() -> None:
    entry = (
        "<div class='entry'><h3>Still waiting</h3><p>Divers have been in the water for six "
        "hours. The harbour master came out to say the work was going well but slowly, and "
        "that nobody should expect the quay to reopen this week.</p><div><h4>Morning notes"
        "</h4><p>Harbour news before breakfast, free, in one email a day.</p><form>"
        "<input type='text' name='email'><button>Go</button></form></div></div>"
    )
    page = clean_page(_page(f"<article>{_paras(4)}{entry}{_paras(1)}</article>"))
    assert "Divers have been in the water for six hours." in page.plain
    assert "Harbour news before breakfast" not in page.plain
    assert "Morning notes" not in page.plain


def test_caption_box_without_figure_is_removed() -> None:
    chart = (
        "<div class='mt-10'><img src='/c.png' alt=''><p class='text-sm'>Ships in port by "
        "month, 2030. <span>Chart: Quay Weekly</span></p></div>"
    )
    page = clean_page(_page(f"<main>{_paras(3)}{chart}{_paras(2)}</main>"))
    assert "Ships in port by month" not in page.plain
    assert "Chart: Quay Weekly" not in page.plain
    assert page.plain.count("The harbour master said") == 5


def test_image_in_a_short_post_keeps_its_text() -> None:
    post = "<div><img src='/a.png'><p>The quay reopens on Monday at six.</p></div>"
    assert "The quay reopens on Monday" in clean_page(_page(post)).plain


def test_share_row_with_in_page_links_is_removed() -> None:
    row = (
        "<div class='mt-8 flex gap-2'><a href='#'>Share on Mastodon</a><a href='#'>Share on "
        "Quay Forum</a><a href='#'>Copy URL</a></div>"
    )
    page = clean_page(_page(f"<main>{_paras(4)}{row}</main>"))
    assert "Share on" not in page.plain and "Copy URL" not in page.plain
    assert page.plain.count("The harbour master said") == 4


def test_sign_off_glued_to_the_last_paragraph_is_cut() -> None:
    body = (
        _paras(3) + "<p>Cranes restart on Saturday, the port said. (Reporting by Ilse Novak in "
        "Dravenport; Editing by Farah Lund)</p>"
    )
    page = clean_page(_page(f"<article>{body}</article>"))
    assert page.plain.endswith("Cranes restart on Saturday, the port said.")
    assert page.text.endswith("Cranes restart on Saturday, the port said.")
    kept = clean_page(_page(f"<article>{_paras(3)}<p>He left (reporting by the Times).</p>"))
    assert "(reporting by the Times)" in kept.plain


def _builder_page(groups: list[int], module: str) -> tuple[bytes, list[str]]:
    """A page-builder column: text widgets holding `groups` paragraphs each, with heading and
    image widgets between them."""
    widgets, sentences = [], []
    n = 0
    for g, count in enumerate(groups):
        paras = []
        for _ in range(count):
            sentence = f"Paragraph {n} of the story says the ferry board met on day {n}"
            sentences.append(sentence)
            paras.append(f"<p>{sentence} and agreed the winter timetable after a long debate.</p>")
            n += 1
        widgets.append(
            f"<div class='{module} {module}-text {module}-{g}a'><div class='{module}-inner'>"
            f"{''.join(paras)}</div></div>"
        )
        widgets.append(
            f"<div class='{module} {module}-heading {module}-{g}b'><div class='{module}-inner'>"
            f"<h2>Section {g}</h2></div></div>"
            f"<div class='{module} {module}-image {module}-{g}c'><div class='{module}-inner'>"
            f"<img src='/{g}.jpg'></div></div>"
        )
    body = (
        f"<div class='{module}-page'><div class='{module}-column'>{''.join(widgets)}"
        f"<div class='{module} {module}-share'><div class='{module}-inner'>"
        "<a href='https://s.example/1'>Share on X</a></div></div></div></div>"
    )
    return _page(body), sentences


@pytest.mark.parametrize("groups", [[5, 1], [1, 5], [5, 1, 1], [2, 2, 2], [1, 1, 1, 1], [3, 4]])
@pytest.mark.parametrize("module", ["elementor-widget", "et_pb_module", "block"])
def test_builder_bodies_of_any_split_are_whole(groups: list[int], module: str) -> None:
    html, sentences = _builder_page(groups, module)
    plain = clean_page(html).plain
    for sentence in sentences:
        assert sentence in plain
    assert "Share on X" not in plain


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Get new Quay Weekly posts by email. Twice a month, unsubscribe with one click.", True),
        ("One email a week. No spam, unsubscribe anytime.", True),
        ("Photo by Lena Varga on Picturebank", True),
        ("The photos by local children were hung in the town hall for a month.", False),
        ("The filter caught no spam at all during the test, the researchers wrote.", False),
    ],
)
def test_pitch_and_credit_lines(line: str, furniture: bool) -> None:
    assert boilerplate.is_furniture(line) is furniture


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Updated Sept. 4, 2026", True),
        ("Last updated: Mon. Dec. 4, 2026", True),
        (
            "Published where, I ask you. Mrs Edna Pryor, 91, who reads every notice, never saw it.",
            False,
        ),
        ("Posted there, they said. Some 40 of them came anyway.", False),
    ],
)
def test_a_sentence_opening_with_published_is_no_date_line(line: str, furniture: bool) -> None:
    assert boilerplate.is_furniture(line) is furniture


def test_caption_of_two_paragraphs_in_a_wrapper_is_removed() -> None:
    chart = (
        "<div class='my-8'><img src='/c.png' alt=''><div class='mt-2 text-sm'><p>Ships in port "
        "by month.</p><p class='text-xs'>Photo by Lena Varga</p></div></div>"
    )
    page = clean_page(_page(f"<main>{_paras(3)}{chart}{_paras(2)}</main>"))
    assert "Ships in port" not in page.plain and "Lena Varga" not in page.plain


def test_dash_clause_of_a_headline_is_not_a_site_suffix() -> None:
    headline = "Ferry fares rise in May — and again in June"
    html = (
        f"<html><head><title>{headline} | Bayside Echo</title>"
        f"<meta property='og:title' content='{headline}'>"
        "<meta property='og:site_name' content='Bayside Echo'></head><body>"
        f"<h1>{headline}</h1><article><p>" + "Fares go up twice this spring. " * 10 + "</p>"
        "</article></body></html>"
    )
    assert clean_page(html.encode(), "https://echo.example/fares").title == headline


def test_a_page_encoded_twice_gets_its_quotation_marks_back():
    body = "<p>“The harbour will reopen in May,” said Mira Solvang. It isn’t a promise.</p>" * 4
    page = f"<html><head><meta charset='utf-8'><title>T</title></head><body><article>{body}"
    page += "</article></body></html>"
    twice = page.encode("utf-8").decode("latin-1").encode("utf-8")  # the site's bug
    text = clean_page(twice, "https://example.com/a").text
    assert "“The harbour will reopen in May,”" in text and "isn’t" in text
    assert "â" not in text


def test_a_page_with_accents_is_left_as_it_is():
    body = "<p>Le café « Chez Amélie » a rouvert à Ploërmel, dit Hélène Duvivier.</p>" * 4
    page = f"<html><head><meta charset='utf-8'><title>T</title></head><body><article>{body}"
    page += "</article></body></html>"
    text = clean_page(page.encode("utf-8"), "https://example.com/a").text
    assert "« Chez Amélie »" in text and "Ploërmel" in text


def _dredging_page(after: str, author: str | None = None, paragraphs: int = 6) -> bytes:
    """A short article of our own (the harbour board's dredging vote) with `after` appended."""
    paras = "".join(
        f"<p>The harbour board met on Tuesday and voted to dredge the east channel, item {i}.</p>"
        for i in range(paragraphs)
    )
    meta = f"<meta name='author' content='{author}'>" if author else ""
    return (
        f"<html><head><title>Dredging approved</title>{meta}</head><body><article>"
        f"<h1>Dredging approved</h1>{paras}{after}</article></body></html>"
    ).encode()


def test_the_author_box_after_the_article_is_dropped() -> None:
    box = (
        "<div class='css-1x'><div class='css-2y'><span><a href='/author/1/mara-quell/'>"
        "Mara Quell</a></span><div class='css-3z'>Contributing Writer</div></div>"
        "<div class='css-4w'><p>Mara Quell is a freelance writer living on the coast. She "
        "has covered harbours and ferries for ten years.</p></div></div>"
    )
    page = clean_page(_dredging_page(box, "Mara Quell"), "https://harbour.example/dredging")
    assert page.byline == "Mara Quell"
    assert "dredge the east channel, item 5." in page.plain
    assert "freelance writer" not in page.plain
    assert "Contributing Writer" not in page.plain
    assert "Mara Quell" not in page.plain


def test_a_button_inside_a_sentence_keeps_its_words() -> None:
    inline = (
        "<p>“The channel silts up every spring,” said harbour engineer<button class='sidenote' "
        "title='Ines Calloway'>Ines Calloway,</button> who has surveyed it for a decade.</p>"
        "<p><button>Share</button></p>"
    )
    page = clean_page(_dredging_page(inline, paragraphs=5), "https://harbour.example/dredging")
    assert "said harbour engineer Ines Calloway, who has surveyed it" in page.plain
    assert "Share" not in page.plain


def test_an_author_bio_with_the_authors_role_after_the_name_is_dropped() -> None:
    box = (
        "<div><a href='/author/7/tova-reyn/'>Tova Reyn</a></div>"
        "<div><p>Tova Reyn, Editor, Harbour Reviews, studied journalism at Calder College. She "
        "has covered ferries for ten years.</p></div>"
    )
    page = clean_page(_dredging_page(box, "Tova Reyn"), "https://harbour.example/dredging")
    assert "dredge the east channel, item 5." in page.plain
    assert "studied journalism" not in page.plain


def _utility_page(middle: str) -> bytes:
    """A page in utility classes only: eight paragraphs of our own and `middle` after the fourth."""
    paras = [
        f"<p class='mt-6 text-lg'>The ferry to Sable Spit ran late again on day {i}, and the "
        f"harbour office said the new engine would arrive before the spring timetable.</p>"
        for i in range(8)
    ]
    body = "".join(paras[:4]) + middle + "".join(paras[4:])
    return (
        "<html><head><title>Ferry late</title></head><body><div class='mx-auto max-w-3xl'>"
        f"<div class='lg:col-span-8'>{body}</div></div></body></html>"
    ).encode()


def test_an_ad_label_over_an_empty_slot_is_dropped() -> None:
    page = clean_page(
        _utility_page("<div class='my-8 border p-4'>Sponsored<div class='h-24'></div></div>")
    )
    assert "Sponsored" not in page.plain and "day 7" in page.plain


def test_a_keep_reading_label_and_its_two_links_are_dropped() -> None:
    grid = (
        "<div class='mt-12'><p class='text-sm'>Keep reading</p><div class='mt-4 grid'>"
        "<a href='/posts/0' class='block'><p>How harbour engines are rebuilt</p></a>"
        "<a href='/posts/1' class='block'><p>Why ferries run late in winter</p></a></div></div>"
    )
    page = clean_page(_utility_page(grid))
    assert "Keep reading" not in page.plain and "harbour engines" not in page.plain
    assert "day 7" in page.plain


def test_a_section_label_over_the_headline_is_dropped() -> None:
    fragment = lxml.html.fromstring(
        "<div><p class='rubric'>Obituaries</p><h1>Ada Roe, boatbuilder, 1938-2025</h1>"
        "<p>For sixty years the boatbuilder drew no plans.</p><p>Ada Roe, who has died aged "
        "87, built more than 140 wooden fishing boats at the end of the breakwater.</p></div>"
    )
    boilerplate.post_clean(fragment, "Ada Roe, boatbuilder, 1938-2025")
    text = fragment.text_content()
    assert "Obituaries" not in text and "boatbuilder drew no plans" in text


def test_a_short_first_line_with_no_title_after_it_stays() -> None:
    fragment = lxml.html.fromstring(
        "<div><p>Forty years on</p><p>Ada Roe, who has died aged 87, built more than 140 "
        "wooden fishing boats at the end of the breakwater.</p></div>"
    )
    boilerplate.post_clean(fragment, "Ada Roe, boatbuilder, 1938-2025")
    assert "Forty years on" in fragment.text_content()
