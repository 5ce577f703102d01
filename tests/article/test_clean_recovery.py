"""Never lose the article: each recovery mechanism of the cleaner on a small page of our own.

Every page here is our own writing. Each test fails without the mechanism it names (the
article comes back empty or cut to one part)."""

from __future__ import annotations

import json
import subprocess
import sys

import lxml.html

from reader.article import boilerplate
from reader.article.clean import clean_page

URL = "https://ledger.example/2031/ferry-timetable"

P1 = (
    "The island ferry will run every forty minutes from March, the harbour board decided on "
    "Tuesday after a long evening of argument about crews and fuel."
)
P2 = (
    "Skippers had asked for the change since the old timetable left schoolchildren waiting "
    "an hour on the quay in winter, with nowhere dry to stand."
)
P3 = (
    "The board will pay for the extra sailings from the mooring fees it raised last year, "
    "and it promised to publish the first month's passenger counts in April."
)
P4 = (
    "Residents of the north shore said the new crossings would let them reach the clinic "
    "and the market on the same morning for the first time in years."
)
ARTICLE = [P1, P2, P3, P4]


def page(body: str, head: str = "") -> bytes:
    return (
        "<!doctype html><html><head><title>Ferry timetable</title>"
        f"{head}</head><body>{body}</body></html>"
    ).encode()


def paragraphs(*texts: str, cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "".join(f"<p{attr}>{t}</p>" for t in texts)


def nav() -> str:
    links = "".join(f'<li><a href="/s{i}">Section {i}</a></li>' for i in range(8))
    return f"<header><nav><ul>{links}</ul></nav></header>"


def assert_whole_article(plain: str) -> None:
    for text in ARTICLE:
        assert text[:60] in plain, text[:60]


def test_an_early_end_of_page_does_not_end_the_article() -> None:
    """A template that closes </body></html> after its header: browsers read on."""
    html = (
        "<!doctype html><html><head><title>T</title></head><body>"
        f"{nav()}</body></html><main><article>{paragraphs(*ARTICLE)}</article></main>"
    ).encode()
    assert_whole_article(clean_page(html, URL).plain)


def test_a_hidden_streamed_block_holding_the_article_is_kept() -> None:
    """Streaming renderers send the article in a hidden block that a script reveals."""
    body = (
        f'{nav()}<main><div class="skeleton">Loading</div></main>'
        f'<div hidden id="S:0"><article>{paragraphs(*ARTICLE)}</article></div>'
        "<div hidden><p>A hidden promo that nobody sees on the page at all.</p></div>"
    )
    cleaned = clean_page(page(body), URL)
    assert_whole_article(cleaned.plain)
    assert "hidden promo" not in cleaned.plain


def test_an_unclosed_element_around_the_article_does_not_take_it_away() -> None:
    """An unclosed <button> in the header makes the parser nest the article inside it."""
    body = (
        '<header><button class="menu-toggle">Menu'
        f"<main><article>{paragraphs(*ARTICLE)}</article></main>"
    )
    assert_whole_article(clean_page(page(body), URL).plain)


def test_a_class_word_on_every_paragraph_is_a_prefix_not_furniture() -> None:
    """A component library that prefixes every block with a word we read as furniture."""
    blocks = "".join(
        f'<div class="cmp-text text-{i}">{paragraphs(t)}</div>' for i, t in enumerate(ARTICLE)
    )
    body = f'{nav()}<main>{blocks}<div class="cmp-banner">Cookie settings</div></main>'
    assert_whole_article(clean_page(page(body), URL).plain)


def test_code_comments_are_code_not_comment_sections() -> None:
    """A highlighter's "comment" class inside <pre> marks code."""
    code = (
        '<pre><code><span class="comment"># start the ferry service</span>\n'
        "ferry start --harbour north\n"
        '<span class="comment"># stop it again</span>\n'
        "ferry stop</code></pre>"
    )
    body = f"{nav()}<article>{paragraphs(P1, P2)}{code}{paragraphs(P3, P4)}</article>"
    plain = clean_page(page(body), URL).plain
    assert "# start the ferry service" in plain
    assert "# stop it again" in plain


def test_an_article_split_across_sections_comes_back_whole() -> None:
    """A body split into parallel sections, each with its own heading and wrappers."""
    sections = "".join(
        f'<section class="band band-{i}"><div class="inner"><h2>Part {i}</h2>'
        f'<div class="copy">{paragraphs(t, t.replace("the", "a"))}</div></div></section>'
        for i, t in enumerate(ARTICLE)
    )
    body = f"{nav()}<main>{sections}</main><footer>Ledger Media 2031</footer>"
    cleaned = clean_page(page(body), URL)
    assert_whole_article(cleaned.plain)
    assert cleaned.warning is None


def test_a_page_without_an_article_says_so() -> None:
    body = f"{nav()}<main><p>Sign in</p></main>"
    cleaned = clean_page(page(body), URL)
    assert cleaned.warning is not None
    assert "article text" in cleaned.warning


def test_extract_prints_the_warning_and_goes_on(tmp_path) -> None:
    empty = tmp_path / "empty.html"
    empty.write_bytes(page(f"{nav()}<main><p>Sign in</p></main>"))
    full = tmp_path / "full.html"
    full.write_bytes(page(f"{nav()}<article>{paragraphs(*ARTICLE)}</article>"))
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "reader",
            "--data-dir",
            str(tmp_path / "d"),
            "extract",
            str(empty),
            str(full),
            "--json",
            "--plain",
            "--no-analysis",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["source"] for r in rows] == [str(empty), str(full)]
    assert "article text" in rows[0]["warning"]
    assert "warning" not in rows[1]
    assert f"warning: {empty}" in done.stderr
    assert_whole_article(rows[1]["text"])


def test_lists_and_tables_inside_the_article_are_kept() -> None:
    """Readability's conditional cleaning drops a checklist and a table inside the article;
    the page's own element behind its block still holds them."""
    checklist = "".join(f"<li>{item}</li>" for item in ("Rope", "Map", "Flask"))
    table = "<table><tr><th>No.</th><th>Time</th></tr><tr><td>1</td><td>06:40</td></tr></table>"
    body = (
        f"{nav()}<main><article><h1>Ferry timetable</h1>{paragraphs(P1, P2)}"
        f"<h2>What to bring</h2><ul>{checklist}</ul>{paragraphs(P3)}{table}{paragraphs(P4)}"
        "</article></main>"
    )
    plain = clean_page(page(body), URL).plain
    assert_whole_article(plain)
    for word in ("Rope", "Map", "Flask", "06:40"):
        assert word in plain


def test_a_block_of_links_to_other_pages_goes_with_its_label() -> None:
    cards = "".join(
        f'<a href="/story/{i}"><p>Another story about the harbour, number {i}</p></a>'
        for i in range(4)
    )
    body = (
        f"{nav()}<main><article>{paragraphs(*ARTICLE)}"
        f"<div><p>Keep reading</p><div>{cards}</div></div></article></main>"
    )
    plain = clean_page(page(body), URL).plain
    assert_whole_article(plain)
    assert "Keep reading" not in plain
    assert "Another story about the harbour" not in plain


def test_an_article_streamed_in_several_hidden_chunks_is_kept() -> None:
    """Each chunk alone is a small share of the page's prose; together they are the article.
    (Checked on the page before extraction: the second opinion would hide a regression.)"""
    chunks = "".join(
        f'<div hidden id="S:{i}"><section>{paragraphs(text)}</section></div>'
        for i, text in enumerate(ARTICLE)
    )
    body = (
        f'{nav()}<main><article><div class="skeleton">Loading</div></article></main>{chunks}'
        '<div hidden><ul><li><a href="/a">Menu</a></li></ul></div>'
    )
    doc = lxml.html.document_fromstring(page(body))
    boilerplate.pre_clean(doc)
    text = doc.text_content()
    for para in ARTICLE:
        assert para[:60] in text
    assert "Menu" not in text
    assert_whole_article(clean_page(page(body), URL).plain)
