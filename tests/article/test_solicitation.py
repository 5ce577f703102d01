"""Solicitation removed as blocks: appeals, newsletter boxes, bios, disclosures, app pitches.

Every page and sentence here is our own writing (a fictional paper, the Harbour Ledger)."""

from __future__ import annotations

import lxml.html
import pytest

from reader.article.clean import clean_page
from reader.article.solicitation import own_voice, remove_solicitation, solicits

URL = "https://ledger.example/2031/quay-lights"

STORY = [
    "The harbour board switched on the new quay lights on Friday, ending three winters in "
    "which fishing crews unloaded their catch by the glow of their own deck lamps.",
    "The lights cost less than the board had feared, its treasurer told the monthly meeting, "
    "because the poles from the old tram line could be reused along the eastern wall.",
    "Crews on the night shift said the difference was plain within an hour. One skipper said "
    "his deckhands could finally see the mooring rings without a torch in their teeth.",
    "The board will now decide whether to light the western slip as well, a question it has "
    "put off since the storm of 2029 took the old cables away.",
]

# An appeal in the shape real news sites use, written for this test.
APPEAL_HEADING = "A Message from The Harbour Ledger:"
APPEAL = [
    "Dear readers,",
    "We are going through the hardest season in our history. The port authority has barred "
    "our reporters from its meetings, and our printer has doubled the price of our paper.",
    "These steps are meant to keep our coverage of the harbour quiet. We think the people "
    "who live by the water have a right to know what is decided about it.",
    "We, the reporters of the Harbour Ledger, will not stop. But to keep going, we need your help.",
    "Your support, however small, matters. If you can, please support us monthly from just "
    "$2. Every contribution keeps a reporter on the quay.",
    "Continue",
    "Remind me later.",
]


def page(body: str) -> bytes:
    return (
        "<!doctype html><html><head><title>Quay lights</title></head><body>"
        f"<header><nav><a href='/'>Home</a> <a href='/harbour'>Harbour</a></nav></header>"
        f"{body}<footer>Harbour Ledger 2031</footer></body></html>"
    ).encode()


def paras(texts: list[str]) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def assert_story(plain: str) -> None:
    for text in STORY:
        assert text[:50] in plain


def assert_no_appeal(plain: str) -> None:
    for text in [APPEAL_HEADING, *APPEAL[:5]]:
        assert text[:30] not in plain, text


@pytest.mark.parametrize(
    "appeal",
    [
        pytest.param(f"<h3>{APPEAL_HEADING}</h3>{paras(APPEAL)}", id="heading-then-paragraphs"),
        pytest.param(f"<p><strong>{APPEAL_HEADING}</strong></p>{paras(APPEAL)}", id="bold-line"),
        pytest.param(f"<div class='box'><h3>{APPEAL_HEADING}</h3>{paras(APPEAL)}</div>", id="box"),
        pytest.param(paras([APPEAL_HEADING, *APPEAL]), id="plain-paragraphs"),
    ],
)
def test_the_whole_appeal_goes_heading_and_all(appeal: str) -> None:
    cleaned = clean_page(page(f"<article>{paras(STORY)}{appeal}</article>"), URL)
    assert_story(cleaned.plain)
    assert_no_appeal(cleaned.plain)


def test_an_appeal_container_in_the_middle_goes() -> None:
    box = f"<div class='inline'>{paras(APPEAL[1:5])}</div>"
    body = f"<article>{paras(STORY[:2])}{box}{paras(STORY[2:])}</article>"
    cleaned = clean_page(page(body), URL)
    assert_story(cleaned.plain)
    assert_no_appeal(cleaned.plain)


def test_a_quoted_appeal_is_reporting() -> None:
    """The mayor asking for help, in quotation marks, is news."""
    quote = (
        '"We need your help to keep the lights on," the mayor told the meeting, asking '
        "residents to support the lighting fund."
    )
    assert not solicits(quote)
    cleaned = clean_page(page(f"<article>{paras([*STORY, quote])}</article>"), URL)
    assert "We need your help to keep the lights on" in cleaned.plain


def test_one_word_of_support_in_a_long_paragraph_is_not_an_appeal() -> None:
    long = (
        "Fishing families say the new lights will also help the evening market, and several "
        "stallholders plan to stay open later. The board hopes that by supporting the market "
        "it can bring visitors back to the old town after dark, when the quay has long been "
        "empty, and the cafés along the wall say they would open later too if it works out."
    )
    assert not solicits(long)


@pytest.mark.parametrize(
    ("heading", "section"),
    [
        ("About the author", "Mara Quell has covered the harbour for the Ledger since 2024."),
        ("Disclaimer", "This article is for informational purposes only and is not advice."),
        ("Get the Ledger app", "Download our app for alerts when the ferry is cancelled."),
        ("Support our reporting", "Readers like you keep the Ledger on the quay every week."),
    ],
)
def test_a_heading_that_introduces_furniture_takes_its_section(heading: str, section: str) -> None:
    body = f"<article>{paras(STORY)}<h2>{heading}</h2><p>{section}</p></article>"
    cleaned = clean_page(page(body), URL)
    assert_story(cleaned.plain)
    assert heading not in cleaned.plain
    assert section[:30] not in cleaned.plain


def test_sections_of_the_article_are_kept() -> None:
    """Headings of reporting with their paragraphs stay, even next to an appeal."""
    body = (
        f"<article><p>{STORY[0]}</p><h2>What the crews say</h2><p>{STORY[1]}</p>"
        f"<h2>What comes next</h2>{paras(STORY[2:])}"
        f"<h3>{APPEAL_HEADING}</h3>{paras(APPEAL)}</article>"
    )
    plain = clean_page(page(body), URL).plain
    assert "What the crews say" in plain
    assert "What comes next" in plain
    assert_story(plain)
    assert_no_appeal(plain)


def test_a_section_of_quotes_under_an_appeal_like_heading_is_reporting() -> None:
    """ "A message from the harbourmaster" over quoted paragraphs is news, not the site's
    message; the appeal box inside the section still goes."""
    section = [
        "The harbourmaster did not attend. His message was read out by his deputy.",
        '"The quay was built by the town for the town," the harbourmaster said in his message. '
        '"Let the lights serve the crews first."',
        '"We will light the western slip next," the treasurer said.',
    ]
    box = f"<div class='box'><h3>Dear readers</h3>{paras(APPEAL[1:5])}</div>"
    body = (
        f"<article>{paras(STORY[:2])}<h2>A message from the harbourmaster</h2>{paras(section)}"
        f"{box}<h2>What comes next</h2>{paras(STORY[2:])}</article>"
    )
    plain = clean_page(page(body), URL).plain
    assert_story(plain)
    for text in section:
        assert text[5:40] in plain, text
    assert_no_appeal(plain)


@pytest.mark.parametrize(
    "line",
    [
        "This article contains affiliate links; we may earn a commission at no extra cost to you.",
        "Sign up for our free newsletter and get the harbour news delivered to your inbox.",
        "Have a tip? Call us at 555-0100 or fill out the form below.",
        "Get the Ledger app: available on the App Store and get it on Google Play.",
    ],
)
def test_a_short_soliciting_line_is_furniture(line: str) -> None:
    assert solicits(line)
    root = lxml.html.fragment_fromstring(f"<div>{paras(STORY)}<p>{line}</p></div>")
    remove_solicitation(root)
    assert line[:30] not in root.text_content()


def test_own_voice_needs_more_than_one_we() -> None:
    assert not own_voice("We walked along the eastern wall to see the new poles.")
    assert own_voice("We think our readers deserve to know what our council decides.")


@pytest.mark.parametrize(
    "block",
    [
        "This story contains affiliate links: we may earn a commission at no extra cost to you.",
        "About the author: Mara Quell has walked every quay between here and the point.",
        "Disclaimer: the Ledger's tide tables are a guide, not a promise.",
    ],
)
def test_a_block_asking_twice_or_labelled_goes_wherever_it_stands(block: str) -> None:
    body = f"<article>{paras(STORY[:2])}<p>{block}</p>{paras(STORY[2:])}</article>"
    plain = clean_page(page(body), URL).plain
    assert_story(plain)
    assert block[:25] not in plain


def test_a_story_about_a_newsletter_is_not_an_appeal() -> None:
    text = (
        "Twelve fishermen signed up for the co-operative's newsletter last month, and the "
        "board says it will print the tide warnings there from now on."
    )
    body = f"<article>{paras([*STORY[:2], text, *STORY[2:]])}</article>"
    assert text[:40] in clean_page(page(body), URL).plain
