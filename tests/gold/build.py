# ruff: noqa: E501 -- HTML templates are long literal lines
"""Render the gold pages from their sources, and write the clean-text half of each expectation.

Every article in ``src/`` is our own fictional writing. A source holds a small header, the
article body in a light markup, and the annotations (quotes and actors) a human wrote for it.
This script wraps the body in one of several site templates (chrome + boilerplate of every
kind), writes ``pages/<name>.html``, and writes ``expected/<name>.json`` with:

- ``present`` / ``paragraphs``: snippets of the body that a cleaner must keep (taken
  mechanically from the body: first and last paragraph, a heading, a list item, the block
  quote, and the start of every paragraph);
- ``absent``: one snippet per kind of boilerplate the template put on the page;
- ``quotes`` / ``actors`` / ``optional_actors``: copied from the hand-written annotations.

Run ``python tests/gold/build.py`` after editing a source; the output is committed, so the
benchmark and tests never run this script.
``python tests/gold/build.py --root tests/heldout`` builds another set laid out the same way
(``src/`` in, ``pages/`` and ``expected/`` out) with the same templates.

Body markup (one block per paragraph, blank lines between blocks)::

    ## Heading / ### Subheading
    - list item            1. ordered item
    > block quote paragraph (consecutive lines = paragraphs of one quote)
    inline: [link text](https://url)  *emphasis*  **strong**
    @figure: caption | credit        @ad          @donate      @newsletter
    @share                            @paywall     @pullquote: text repeated from the body
    @related: title | title | ...     @readmore: title          @video: caption
    @entry: 09:41 | entry heading     (live blogs: starts a timestamped entry)

Annotations, after a line ``===``::

    Q: distinctive substring of the quote | Speaker as on the page [| alternative; ...]
    A: person|organization|place | Full Name | alias; alias
    O: a name that may be reported or not (neither required nor junk)
    C: commenter | comment text
"""

from __future__ import annotations

import html
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
PAGES = HERE / "pages"
EXPECTED = HERE / "expected"


# --------------------------------------------------------------------------- source parsing


@dataclass
class Block:
    kind: str  # p, h2, h3, ul, ol, quote, bp
    text: str = ""
    items: list[str] = field(default_factory=list)
    name: str = ""  # boilerplate kind for kind == "bp"
    args: list[str] = field(default_factory=list)


@dataclass
class Source:
    name: str
    meta: dict[str, str]
    blocks: list[Block]
    quotes: list[dict]
    actors: list[dict]
    optional: list[str]
    comments: list[tuple[str, str]]


def parse_source(path: Path) -> Source:
    raw = path.read_text(encoding="utf-8")
    head, _, rest = raw.partition("\n---\n")
    body, _, notes = rest.partition("\n===\n")
    meta = {}
    for line in head.splitlines():
        if line.strip():
            key, _, value = line.partition(":")
            meta[key.strip()] = value.strip()
    blocks: list[Block] = []
    for chunk in re.split(r"\n\s*\n", body.strip()):
        lines = [ln.rstrip() for ln in chunk.strip().splitlines()]
        first = lines[0]
        if first.startswith("@"):
            for ln in lines:
                name, _, arg = ln[1:].partition(":")
                blocks.append(
                    Block(
                        "bp",
                        name=name.strip(),
                        args=[a.strip() for a in arg.split("|")] if arg.strip() else [],
                    )
                )
        elif first.startswith("### "):
            blocks.append(Block("h3", " ".join(lines)[4:]))
        elif first.startswith("## "):
            blocks.append(Block("h2", " ".join(lines)[3:]))
        elif first.startswith("- "):
            blocks.append(Block("ul", items=[ln[2:] for ln in lines]))
        elif re.match(r"\d+\. ", first):
            blocks.append(Block("ol", items=[re.sub(r"^\d+\. ", "", ln) for ln in lines]))
        elif first.startswith("> "):
            blocks.append(Block("quote", items=[ln[2:] for ln in lines]))
        else:
            blocks.append(Block("p", " ".join(lines)))
    quotes, actors, optional, comments = [], [], [], []
    for line in notes.splitlines():
        tag, _, value = line.partition(":")
        parts = [p.strip() for p in value.split("|")]
        if tag == "Q":
            q = {"text": parts[0], "speaker": parts[1]}
            if len(parts) > 2 and parts[2]:
                q["speaker_alt"] = [s.strip() for s in parts[2].split(";")]
            quotes.append(q)
        elif tag == "A":
            aliases = (
                [s.strip() for s in parts[2].split(";") if s.strip()] if len(parts) > 2 else []
            )
            actors.append({"name": parts[1], "kind": parts[0], "aliases": aliases})
        elif tag == "O":
            optional.append(parts[0])
        elif tag == "C":
            comments.append((parts[0], parts[1]))
    return Source(path.stem, meta, blocks, quotes, actors, optional, comments)


def inline(text: str) -> str:
    out = html.escape(text, quote=False)
    out = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r'<a href="\2">\1</a>', out)
    out = re.sub(r"\*\*([^*]+)\*\*", r"<strong>\1</strong>", out)
    out = re.sub(r"\*([^*]+)\*", r"<em>\1</em>", out)
    return out


def plain(text: str) -> str:
    out = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r"\1", text)
    return out.replace("**", "").replace("*", "")


def head_words(text: str, n: int = 8) -> str:
    return " ".join(plain(text).split()[:n])


def tail_words(text: str, n: int = 8) -> str:
    return " ".join(plain(text).split()[-n:])


# --------------------------------------------------------------------------- templates
#
# Each template is a dict of small HTML builders; ``bp`` builders return (html, absent
# snippet or None). Wording differs per site so the gold set does not teach one phrasing.


def esc(s: str) -> str:
    return html.escape(s, quote=True)


class Template:
    """Base site template; subclasses change the chrome and the markup of the body."""

    site = "Site"
    domain = "example.test"
    cookie = (
        "We use cookies to personalise content and ads and to analyse our traffic.",
        "Accept all",
        "Manage preferences",
    )
    nav = ["Home", "News", "World", "Business", "Sport", "Culture"]
    nav_snippet = None  # a multi-word nav item that must not leak
    footer = "All rights reserved."
    donate = (
        "Dear readers",
        "We have a small favour to ask. Our reporting is free for everyone, but it is not free to make. If you value it, please support us with a contribution today.",
        "Support us",
        "Remind me later",
    )
    newsletter = (
        "Get the morning briefing",
        "The stories that matter, in your inbox before breakfast. Sign up for our free newsletter.",
        "Sign up",
    )
    share = ["Share on Facebook", "Share on X", "Share via email", "Copy link"]
    related_label = "Related"
    readmore_label = "Read more:"
    paywall = "You have reached your limit of free articles this month. Subscribe now for unlimited access."
    ad_label = "Advertisement"
    comments_label = "Comments"
    tags_label = "Topics"
    bio_label = "About the author"

    def __init__(self, src: Source):
        self.src = src
        self.meta = src.meta
        self.absent: dict[str, object] = {}

    # ---- helpers recording the snippet that must not leak
    def leak(self, kind: str, snippet: str | None, max_count: int | None = None) -> None:
        if snippet and kind not in self.absent:
            self.absent[kind] = {
                "text": snippet,
                "kind": kind,
                **({"max": max_count} if max_count else {}),
            }

    # ---- chrome
    def cookie_html(self) -> str:
        text, ok, more = self.cookie
        self.leak("cookie", text)
        return (
            f'<div id="cookie-consent" class="cookie-banner" role="dialog" aria-label="Cookie consent">'
            f'<p>{esc(text)} <a href="/privacy">Privacy policy</a></p>'
            f'<button class="btn-accept">{esc(ok)}</button><button class="btn-settings">{esc(more)}</button></div>'
        )

    def nav_html(self) -> str:
        if self.nav_snippet:
            self.leak("nav", self.nav_snippet)
        items = "".join(
            f'<li><a href="/{esc(n.lower().replace(" ", "-"))}">{esc(n)}</a></li>' for n in self.nav
        )
        return f'<nav class="site-nav" aria-label="Main"><ul>{items}</ul></nav>'

    def footer_html(self) -> str:
        self.leak("footer", self.footer)
        return (
            f'<footer class="site-footer"><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li>'
            f'<li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms of use</a></li></ul>'
            f"<p>&copy; 2025 {esc(self.site)}. {esc(self.footer)}</p></footer>"
        )

    # ---- boilerplate inside the article
    def bp_donate(self) -> str:
        h, body, go, later = self.donate
        self.leak("donation", body.split(". ")[0])
        return (
            f'<div class="contribution-epic"><h3>{esc(h)}</h3><p>{esc(body)}</p>'
            f'<a class="button" href="/support">{esc(go)}</a> <button class="remind">{esc(later)}</button></div>'
        )

    def bp_newsletter(self) -> str:
        h, body, btn = self.newsletter
        self.leak("newsletter", body)
        return (
            f'<aside class="newsletter-signup"><h4>{esc(h)}</h4><p>{esc(body)}</p>'
            f'<form action="/newsletter"><input type="email" placeholder="Your email address"><button>{esc(btn)}</button></form></aside>'
        )

    def bp_share(self) -> str:
        self.leak("share", self.share[0])
        links = "".join(f'<li><a class="share-link" href="#">{esc(s)}</a></li>' for s in self.share)
        return f'<div class="share-bar"><ul>{links}</ul></div>'

    def bp_related(self, *titles: str) -> str:
        self.leak("related", titles[0])
        lis = "".join(f'<li><a href="/story/{i}">{esc(t)}</a></li>' for i, t in enumerate(titles))
        return (
            f'<aside class="related-links"><h3>{esc(self.related_label)}</h3><ul>{lis}</ul></aside>'
        )

    def bp_readmore(self, title: str) -> str:
        self.leak("readmore", title)
        return f'<p><strong>{esc(self.readmore_label)}</strong> <a href="/story/more">{esc(title)}</a></p>'

    def bp_figure(self, caption: str, credit: str = "") -> str:
        self.leak("caption", caption)
        if credit:
            self.leak("credit", credit)
        return (
            f'<figure class="article-image"><img src="/img/{self.src.name}.jpg" alt="">'
            f'<figcaption>{esc(caption)} <span class="credit">{esc(credit)}</span></figcaption></figure>'
        )

    def bp_video(self, caption: str) -> str:
        self.leak("video", caption)
        return f'<div class="media-player"><button>Play video</button><p class="media-caption">Watch: {esc(caption)}</p></div>'

    def bp_paywall(self) -> str:
        self.leak("paywall", self.paywall.split(". ")[0])
        return f'<div class="paywall-notice"><p>{esc(self.paywall)}</p><a href="/subscribe">Subscribe</a> <a href="/login">Log in</a></div>'

    def bp_pullquote(self, text: str) -> str:
        self.leak("pullquote", plain(text)[:60].rsplit(" ", 1)[0], max_count=1)
        return f'<aside class="pullquote"><blockquote><p>{inline(text)}</p></blockquote></aside>'

    def bp_ad(self) -> str:
        self.leak("ad", self.ad_label)
        return f'<div class="ad-slot"><span class="ad-label">{esc(self.ad_label)}</span><div id="ad-mpu-{len(self.absent)}"></div></div>'

    def bp_entry(self, time: str, heading: str) -> str:  # only live blogs use it
        return f"<h3>{esc(heading)}</h3>"

    def boilerplate(self, block: Block) -> str:
        fn = getattr(self, "bp_" + block.name)
        return fn(*block.args)

    # ---- after the article
    def tags_html(self) -> str:
        tags = [t.strip() for t in self.meta.get("tags", "").split(",") if t.strip()]
        if not tags:
            return ""
        body = body_plain(self.src).lower()
        for t in tags:
            if t.lower() not in body:
                self.leak("tags", t)
                break
        lis = "".join(f'<li><a href="/tag/{esc(t.lower())}">{esc(t)}</a></li>' for t in tags)
        return f'<div class="tag-list"><span>{esc(self.tags_label)}</span><ul>{lis}</ul></div>'

    def bio_html(self) -> str:
        bio = self.meta.get("bio")
        if not bio:
            return ""
        self.leak("bio", bio.split(". ")[0][:70])
        return f'<div class="author-bio"><h4>{esc(self.bio_label)}</h4><p>{esc(bio)}</p></div>'

    def comments_html(self) -> str:
        if not self.src.comments:
            return ""
        self.leak("comments", self.src.comments[0][1][:70])
        items = "".join(
            f'<li class="comment"><div class="comment-author">{esc(u)}</div><div class="comment-body"><p>{esc(t)}</p></div>'
            f'<a class="reply" href="#">Reply</a> <span class="likes">12 likes</span></li>'
            for u, t in self.src.comments
        )
        return f'<section id="comments" class="comments"><h3>{esc(self.comments_label)} ({len(self.src.comments)})</h3><ol>{items}</ol></section>'

    # ---- body blocks
    def block_html(self, b: Block) -> str:
        if b.kind == "p":
            return f"<p>{inline(b.text)}</p>"
        if b.kind in ("h2", "h3"):
            return f"<{b.kind}>{inline(b.text)}</{b.kind}>"
        if b.kind in ("ul", "ol"):
            return (
                f"<{b.kind}>" + "".join(f"<li>{inline(i)}</li>" for i in b.items) + f"</{b.kind}>"
            )
        if b.kind == "quote":
            return (
                "<blockquote>" + "".join(f"<p>{inline(i)}</p>" for i in b.items) + "</blockquote>"
            )
        return self.boilerplate(b)

    def body_html(self) -> str:
        return "\n".join(self.block_html(b) for b in self.src.blocks)

    def head_html(self) -> str:
        m = self.meta
        title = m["title"]
        return (
            f'<head><meta charset="utf-8"><title>{esc(title)} | {esc(self.site)}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta property="og:title" content="{esc(title)}"><meta property="og:site_name" content="{esc(self.site)}">'
            f'<meta name="author" content="{esc(m.get("author", ""))}">'
            f'<meta property="article:published_time" content="{esc(m.get("published", ""))}">'
            f'<link rel="canonical" href="https://{self.domain}/{self.src.name}">'
            f'<link rel="stylesheet" href="/static/site.css"><script src="/static/analytics.js" async></script></head>'
        )

    def render(self) -> str:
        raise NotImplementedError


def body_plain(src: Source) -> str:
    parts = []
    for b in src.blocks:
        if b.kind in ("p", "h2", "h3"):
            parts.append(plain(b.text))
        elif b.kind in ("ul", "ol", "quote"):
            parts.extend(plain(i) for i in b.items)
    return "\n".join(parts)


# ---- national newspaper: classic <article>, story body with ads and figures inside


class National(Template):
    site = "The Meridian Herald"
    domain = "meridianherald.test"
    nav = ["Home", "Nation", "World", "Business", "Science", "Opinion", "Puzzles and crosswords"]
    nav_snippet = "Puzzles and crosswords"
    footer = "Meridian Herald Media Group. Registered in Castellor, company number 0448211."
    donate = (
        "Dear readers",
        "Before you go: the Herald has no billionaire owner and no paywall on news that matters. Every contribution, however small, keeps our reporters in the field. Support the Herald from just 2 crowns a month.",
        "Support the Herald",
        "Remind me later",
    )

    def render(self) -> str:
        m = self.meta
        return f"""<!DOCTYPE html>
<html lang="en">{self.head_html()}
<body class="article-page">
{self.cookie_html()}
<header class="masthead"><a class="logo" href="/">{esc(self.site)}</a>
<div class="masthead-tools"><a href="/subscribe">Subscribe</a><a href="/login">Sign in</a><form class="search"><input type="search" placeholder="Search the Herald"></form></div>
{self.nav_html()}</header>
<div class="breaking-ticker"><strong>Live:</strong> <a href="/live">Markets open lower as bond yields climb</a></div>
<main id="main">
<article class="story">
<header class="story-header"><a class="kicker" href="/{esc(m.get("section", "news").lower())}">{esc(m.get("section", "News"))}</a>
<h1 class="headline">{esc(m["title"])}</h1>
<p class="standfirst">{esc(m.get("standfirst", ""))}</p>
<div class="byline">By <a rel="author" href="/authors/x">{esc(m.get("author", ""))}</a> <time datetime="{esc(m.get("published", ""))}">{esc(m.get("date", ""))}</time></div>
</header>
<div class="story-body">
{self.body_html()}
</div>
{self.tags_html()}
{self.bio_html()}
</article>
{self.comments_html()}
<aside class="most-read"><h3>Most read</h3><ol><li><a href="/a">Harbour authority admits ferry timetable was fiction</a></li><li><a href="/b">Ten walks for a wet weekend</a></li></ol></aside>
</main>
{self.footer_html()}
</body></html>
"""


# ---- local news on WordPress: entry-content with inline "Read more" and share plugin


class Local(Template):
    site = "Harwick Valley Gazette"
    domain = "harwickgazette.test"
    nav = ["Local news", "Council", "Schools", "What's on", "Obituaries", "Place an ad"]
    nav_snippet = "Place an ad"
    cookie = (
        "This site uses cookies. By continuing to browse you agree to our use of cookies.",
        "OK",
        "Find out more",
    )
    footer = (
        "Harwick Valley Gazette is a community-owned newspaper. Powered by volunteers and coffee."
    )
    donate = (
        "Local news needs you",
        "Dear reader, the Gazette is run by a small team and funded by people like you. Support us with a donation and keep local reporting alive in the valley.",
        "Donate now",
        "Remind me later",
    )
    newsletter = (
        "The Gazette weekly",
        "Get every Gazette story of the week in one friendly email on Friday afternoon.",
        "Subscribe",
    )
    share = ["Share this:", "Facebook", "WhatsApp", "Email", "Print"]
    related_label = "Related posts"

    def bp_share(self) -> str:
        self.leak("share", "Share this:")
        links = "".join(
            f'<li class="share-{esc(s.lower().strip(":"))}"><a href="#"><span>{esc(s)}</span></a></li>'
            for s in self.share[1:]
        )
        return f'<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul>{links}</ul></div></div>'

    def render(self) -> str:
        m = self.meta
        return f"""<!DOCTYPE html>
<html lang="en-GB">{self.head_html()}
<body class="post-template-default single single-post postid-{len(m["title"])} wp-embed-responsive">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div id="page" class="site">
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/">{esc(self.site)}</a></p><p class="site-description">News from Harwick, Lowmere and the villages</p></div>
{self.nav_html()}</header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{len(m["title"])}" class="post type-post status-publish format-standard hentry category-news">
<header class="entry-header"><h1 class="entry-title">{esc(m["title"])}</h1>
<div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published" datetime="{esc(m.get("published", ""))}">{esc(m.get("date", ""))}</time></span> <span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/x">{esc(m.get("author", ""))}</a></span></span></div></header>
<div class="entry-content">
{self.body_html()}
{self.bp_share()}
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/news">News</a></span> {self.tags_html()}</footer>
</article>
{self.comments_html()}
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul><li><a href="/r1">Lowmere fete raises record sum for lifeboat</a></li><li><a href="/r2">Bin collections move to Tuesdays</a></li></ul></section></aside>
</div>
{self.cookie_html()}
{self.footer_html()}
</div></body></html>
"""


# ---- tech blog built with Elementor: the article is spread over many widgets


class Elementor(Template):
    site = "Circuit & Signal"
    domain = "circuitsignal.test"
    nav = ["Reviews", "Chips", "Startups", "Podcast", "Write for us"]
    nav_snippet = "Write for us"
    cookie = (
        "Circuit & Signal uses cookies and similar technologies to run this site and measure its audience.",
        "Allow all",
        "Customise",
    )
    footer = "Circuit & Signal is an independent technology publication. Built with love and too many browser tabs."
    newsletter = (
        "Join 40,000 engineers",
        "One email a week with the chip, startup and gadget news worth your time. No spam, unsubscribe anytime.",
        "Subscribe",
    )
    share = ["Share on LinkedIn", "Share on Facebook", "Share on X", "Share on Reddit"]
    related_label = "You might also like"
    paywall = "This story is for members. Become a Circuit & Signal member to keep reading and support independent tech journalism."

    _n = 0

    def wid(self) -> str:
        self._n += 1
        return f"{0x3A1F + self._n * 7919:x}"[-7:]

    def widget(self, kind: str, inner: str) -> str:
        return (
            f'<div class="elementor-element elementor-element-{self.wid()} elementor-widget elementor-widget-{kind}" '
            f'data-id="{self.wid()}" data-element_type="widget" data-widget_type="{kind}.default">'
            f'<div class="elementor-widget-container">{inner}</div></div>'
        )

    def bp_share(self) -> str:
        self.leak("share", self.share[0])
        btns = "".join(
            f'<div class="elementor-share-btn"><span class="elementor-share-btn__text">{esc(s)}</span></div>'
            for s in self.share
        )
        return self.widget("share-buttons", f'<div class="elementor-grid">{btns}</div>')

    def bp_newsletter(self) -> str:
        h, body, btn = self.newsletter
        self.leak("newsletter", body)
        return self.widget(
            "form",
            f'<h4>{esc(h)}</h4><p>{esc(body)}</p><form class="elementor-form"><input type="email" placeholder="Email"><button class="elementor-button">{esc(btn)}</button></form>',
        )

    def bp_figure(self, caption: str, credit: str = "") -> str:
        self.leak("caption", caption)
        if credit:
            self.leak("credit", credit)
        return self.widget(
            "image",
            f'<figure class="wp-caption"><img src="/wp-content/uploads/2025/03/{self.src.name}.jpg" alt=""><figcaption class="widget-image-caption wp-caption-text">{esc(caption)} {esc(credit)}</figcaption></figure>',
        )

    def bp_ad(self) -> str:
        self.leak("ad", self.ad_label)
        return self.widget(
            "html",
            f'<div class="adsbygoogle-wrap"><small>{esc(self.ad_label)}</small><ins class="adsbygoogle"></ins></div>',
        )

    def bp_related(self, *titles: str) -> str:
        self.leak("related", titles[0])
        posts = "".join(
            f'<article class="elementor-post"><h3 class="elementor-post__title"><a href="/p/{i}">{esc(t)}</a></h3></article>'
            for i, t in enumerate(titles)
        )
        return self.widget(
            "posts",
            f'<h2 class="elementor-heading-title">{esc(self.related_label)}</h2><div class="elementor-posts-container">{posts}</div>',
        )

    def author_box(self) -> str:
        bio = self.meta.get("bio")
        if not bio:
            return ""
        self.leak("bio", bio.split(". ")[0][:70])
        name = esc(self.meta.get("author", ""))
        return self.widget(
            "author-box",
            f'<div class="elementor-author-box"><div class="elementor-author-box__text"><h4 class="elementor-author-box__name">{name}</h4><div class="elementor-author-box__bio">{esc(bio)}</div></div></div>',
        )

    def body_html(self) -> str:
        out, run = [], []

        def flush():
            if run:
                out.append(self.widget("text-editor", "\n".join(run)))
                run.clear()

        for b in self.src.blocks:
            if b.kind in ("h2", "h3"):
                flush()
                out.append(
                    self.widget(
                        "heading",
                        f'<{b.kind} class="elementor-heading-title elementor-size-default">{inline(b.text)}</{b.kind}>',
                    )
                )
            elif b.kind == "bp":
                flush()
                html_ = self.boilerplate(b)
                out.append(html_ if "elementor-widget" in html_ else self.widget("html", html_))
            else:
                run.append(self.block_html(b))
        flush()
        return "\n".join(out)

    def render(self) -> str:
        m = self.meta
        body = self.body_html()
        return f"""<!DOCTYPE html>
<html lang="en-US">{self.head_html()}
<body class="post-template post-template-elementor_header_footer single elementor-default elementor-kit-5 elementor-page">
<div data-elementor-type="header" class="elementor elementor-location-header">
<section class="elementor-section elementor-top-section elementor-section-boxed"><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-50"><div class="elementor-widget-wrap">{self.widget("theme-site-logo", f'<a href="/">{esc(self.site)}</a>')}</div></div>
<div class="elementor-column elementor-col-50"><div class="elementor-widget-wrap">{self.widget("nav-menu", self.nav_html())}</div></div>
</div></section></div>
<div data-elementor-type="wp-post" data-elementor-id="{len(m["title"]) * 13}" class="elementor elementor-{len(m["title"]) * 13}">
<section class="elementor-section elementor-top-section elementor-section-boxed"><div class="elementor-container elementor-column-gap-wide">
<div class="elementor-column elementor-col-100 elementor-top-column"><div class="elementor-widget-wrap elementor-element-populated">
{self.widget("theme-post-title", f'<h1 class="elementor-heading-title elementor-size-xl">{esc(m["title"])}</h1>')}
{self.widget("post-info", f'<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info"><li class="elementor-icon-list-item"><span class="elementor-post-info__item--type-author">{esc(m.get("author", ""))}</span></li><li class="elementor-icon-list-item"><span class="elementor-post-info__item--type-date">{esc(m.get("date", ""))}</span></li></ul>')}
{body}
{self.author_box()}
{self.widget("post-navigation", '<div class="elementor-post-navigation"><a href="/prev">Previous post</a> <a href="/next">Next post</a></div>')}
</div></div></div></section></div>
<div data-elementor-type="footer" class="elementor elementor-location-footer"><section class="elementor-section">{self.widget("text-editor", self.cookie_html())}{self.widget("text-editor", self.footer_html())}</section></div>
</body></html>
"""


# ---- tech blog with Tailwind utility classes only: no semantic class names anywhere


class Tailwind(Template):
    site = "Byteframe"
    domain = "byteframe.test"
    nav = ["Articles", "Deep dives", "Changelog", "Jobs board"]
    nav_snippet = "Jobs board"
    cookie = (
        "We use a few cookies for analytics. No ads, no tracking pixels, promise.",
        "Got it",
        "Decline",
    )
    footer = "Byteframe is written in the open. Source on our code forge, typos are our own."
    newsletter = (
        "Stay in the loop",
        "Get new Byteframe posts by email. Roughly twice a month, unsubscribe with one click.",
        "Subscribe",
    )
    share = ["Share on Mastodon", "Share on Bluesky", "Share on Hacker Forum", "Copy URL"]
    related_label = "Keep reading"
    donate = (
        "Enjoying Byteframe?",
        "Dear readers, Byteframe has no ads and no investors. Support us on our member page so we can keep writing deep dives like this one.",
        "Become a sponsor",
        "Remind me later",
    )

    def block_html(self, b: Block) -> str:
        if b.kind == "p":
            return f'<p class="mt-6 text-lg leading-8 text-gray-700 dark:text-gray-300">{inline(b.text)}</p>'
        if b.kind == "h2":
            return f'<h2 class="mt-12 text-2xl font-bold tracking-tight text-gray-900 dark:text-white">{inline(b.text)}</h2>'
        if b.kind == "h3":
            return f'<h3 class="mt-8 text-xl font-semibold text-gray-900">{inline(b.text)}</h3>'
        if b.kind in ("ul", "ol"):
            lis = "".join(f'<li class="pl-2">{inline(i)}</li>' for i in b.items)
            return f'<{b.kind} class="mt-6 list-{"disc" if b.kind == "ul" else "decimal"} space-y-2 pl-6 text-lg text-gray-700">{lis}</{b.kind}>'
        if b.kind == "quote":
            return (
                '<blockquote class="mt-8 border-l-4 border-indigo-500 pl-6 italic text-gray-800">'
                + "".join(f'<p class="mt-2">{inline(i)}</p>' for i in b.items)
                + "</blockquote>"
            )
        return self.boilerplate(b)

    def bp_newsletter(self) -> str:
        h, body, btn = self.newsletter
        self.leak("newsletter", body)
        return (
            f'<div class="my-10 rounded-2xl bg-indigo-50 p-6"><p class="text-base font-semibold text-indigo-900">{esc(h)}</p>'
            f'<p class="mt-2 text-sm text-indigo-700">{esc(body)}</p><form class="mt-4 flex gap-x-3"><input type="email" class="min-w-0 flex-auto rounded-md px-3.5 py-2" placeholder="you@example.test">'
            f'<button class="rounded-md bg-indigo-600 px-3.5 py-2.5 text-sm font-semibold text-white">{esc(btn)}</button></form></div>'
        )

    def bp_share(self) -> str:
        self.leak("share", self.share[0])
        btns = "".join(
            f'<a href="#" class="rounded-full border px-3 py-1 text-sm text-gray-600 hover:bg-gray-100">{esc(s)}</a>'
            for s in self.share
        )
        return f'<div class="mt-8 flex flex-wrap items-center gap-2">{btns}</div>'

    def bp_related(self, *titles: str) -> str:
        self.leak("related", titles[0])
        cards = "".join(
            f'<a href="/posts/{i}" class="block rounded-lg border p-4 hover:shadow"><p class="font-medium text-gray-900">{esc(t)}</p></a>'
            for i, t in enumerate(titles)
        )
        return f'<div class="mt-12"><p class="text-sm font-semibold uppercase tracking-wide text-gray-500">{esc(self.related_label)}</p><div class="mt-4 grid gap-4 sm:grid-cols-2">{cards}</div></div>'

    def bp_figure(self, caption: str, credit: str = "") -> str:
        self.leak("caption", caption)
        if credit:
            self.leak("credit", credit)
        return f'<div class="mt-10"><img class="aspect-video rounded-xl bg-gray-50 object-cover" src="/img/{self.src.name}.webp" alt=""><p class="mt-3 text-sm text-gray-500">{esc(caption)} <span class="text-gray-400">{esc(credit)}</span></p></div>'

    def bp_donate(self) -> str:
        h, body, go, later = self.donate
        self.leak("donation", body.split(". ")[0])
        return (
            f'<div class="my-10 rounded-xl border border-amber-300 bg-amber-50 p-6"><p class="font-semibold text-amber-900">{esc(h)}</p><p class="mt-2 text-amber-800">{esc(body)}</p>'
            f'<div class="mt-4 flex gap-3"><a href="/sponsor" class="rounded bg-amber-600 px-3 py-2 text-white">{esc(go)}</a><button class="px-3 py-2 text-amber-800">{esc(later)}</button></div></div>'
        )

    def bp_ad(self) -> str:
        self.leak("ad", "Sponsored")
        return '<div class="my-8 rounded border border-dashed p-4 text-center text-xs uppercase text-gray-400">Sponsored<div class="h-24"></div></div>'

    def render(self) -> str:
        m = self.meta
        nav = "".join(
            f'<a href="/{esc(n.lower().replace(" ", "-"))}" class="text-sm font-semibold leading-6 text-gray-900">{esc(n)}</a>'
            for n in self.nav
        )
        self.leak("nav", self.nav_snippet)
        self.leak("cookie", self.cookie[0])
        self.leak("footer", self.footer)
        bio = m.get("bio", "")
        if bio:
            self.leak("bio", bio.split(". ")[0][:70])
        return f"""<!DOCTYPE html>
<html lang="en" class="h-full scroll-smooth">{self.head_html()}
<body class="h-full bg-white antialiased">
<div class="fixed inset-x-0 bottom-0 z-50 bg-gray-900 px-6 py-3 text-sm text-white"><p>{esc(self.cookie[0])}</p><button class="ml-4 rounded bg-white px-2 text-gray-900">{esc(self.cookie[1])}</button><button class="ml-2 underline">{esc(self.cookie[2])}</button></div>
<header class="border-b border-gray-200"><div class="mx-auto flex max-w-7xl items-center justify-between p-6 lg:px-8"><a href="/" class="-m-1.5 p-1.5 text-xl font-black">{esc(self.site)}</a><div class="hidden lg:flex lg:gap-x-12">{nav}</div></div></header>
<div class="mx-auto max-w-7xl px-6 lg:px-8"><div class="lg:grid lg:grid-cols-12 lg:gap-8">
<div class="lg:col-span-8">
<div class="mt-12"><p class="text-base font-semibold leading-7 text-indigo-600">{esc(m.get("section", "Engineering"))}</p>
<h1 class="mt-2 text-4xl font-bold tracking-tight text-gray-900 sm:text-5xl">{esc(m["title"])}</h1>
<div class="mt-6 flex items-center gap-x-4 text-sm text-gray-500"><span class="font-medium text-gray-900">{esc(m.get("author", ""))}</span><span>&middot;</span><span>{esc(m.get("date", ""))}</span><span>&middot;</span><span>7 min read</span></div></div>
<div class="mt-10 max-w-2xl">
{self.body_html()}
</div>
<div class="mt-16 flex gap-x-4 border-t pt-8"><img class="h-12 w-12 rounded-full" src="/img/a.png" alt=""><div><p class="font-semibold text-gray-900">{esc(m.get("author", ""))}</p><p class="text-sm text-gray-600">{esc(bio)}</p></div></div>
</div>
<div class="hidden lg:col-span-4 lg:block"><div class="sticky top-8 mt-12 rounded-lg bg-gray-50 p-6"><p class="text-sm font-semibold text-gray-900">Popular this week</p><ul class="mt-3 space-y-2 text-sm text-gray-600"><li><a href="/x">Why your build cache lies to you</a></li><li><a href="/y">A field guide to flaky tests</a></li></ul></div></div>
</div></div>
<footer class="mt-24 border-t border-gray-200"><div class="mx-auto max-w-7xl p-6 text-xs leading-5 text-gray-500"><p>&copy; 2025 {esc(self.site)}. {esc(self.footer)}</p></div></footer>
</body></html>
"""


# ---- wire service: dateline, terse chrome, "Reporting by" credit


class Wire(Template):
    site = "Continental Press Agency"
    domain = "cpa-wire.test"
    nav = ["World", "Markets", "Energy", "Commodities", "Client login"]
    nav_snippet = "Client login"
    cookie = (
        "Continental Press Agency and its partners store and access information on your device.",
        "I agree",
        "Show purposes",
    )
    footer = "All quotes delayed a minimum of 15 minutes. Continental Press Agency content is licensed for subscriber use only."
    related_label = "More from CPA"
    newsletter = (
        "CPA Daybook",
        "The day's scheduled events and market movers, delivered at 06:00 GMT. Sign up for the CPA Daybook.",
        "Sign up",
    )
    share = ["Share", "Purchase licensing rights", "Print"]

    def render(self) -> str:
        m = self.meta
        self.leak("credit", m.get("credit"))
        return f"""<!DOCTYPE html>
<html lang="en">{self.head_html()}
<body>
<div id="onetrust-banner-sdk">{self.cookie_html()}</div>
<header class="Header__container"><a class="Header__logo" href="/">CPA</a>{self.nav_html()}</header>
<main class="Page__main">
<div class="ArticlePage__wrapper">
<article class="ArticleBody__container" data-testid="article">
<h1 data-testid="Heading" class="Headline__text">{esc(m["title"])}</h1>
<div class="ArticleHeader__info"><span class="Byline__text">By {esc(m.get("author", ""))}</span> <time>{esc(m.get("date", ""))}</time> <span class="ReadTime">3 minute read</span></div>
{self.bp_share()}
<div class="ArticleBody__content" data-testid="ArticleBody">
{self.body_html()}
<p class="SignOff__text" data-testid="SignOff">{esc(m.get("credit", ""))}</p>
</div>
<div class="TrustBadge"><span>Our Standards: <a href="/trust">The CPA Trust Principles.</a></span></div>
</article>
</div>
</main>
{self.footer_html()}
</body></html>
"""


# ---- press release on a corporate newsroom


class Press(Template):
    site = "Newsroom"
    domain = "newsroom.corp.test"
    nav = ["Press releases", "Media kit", "Sustainability reports", "Careers"]
    nav_snippet = "Sustainability reports"
    cookie = (
        "This website uses cookies to ensure you get the best experience on our website.",
        "Accept",
        "Cookie settings",
    )
    footer = "Forward-looking statements on this site speak only as of their date."
    newsletter = (
        "Press alerts",
        "Subscribe to receive our press releases by email as soon as they are published.",
        "Subscribe",
    )
    share = ["Share this release", "LinkedIn", "Email", "Download PDF"]
    related_label = "Related press releases"

    def render(self) -> str:
        m = self.meta
        self.site = m.get("site", self.site)
        return f"""<!DOCTYPE html>
<html lang="en">{self.head_html()}
<body class="newsroom">
{self.cookie_html()}
<header class="corp-header"><div class="corp-logo">{esc(self.site)}</div>{self.nav_html()}</header>
<div class="container"><div class="row">
<div class="col-md-8 press-release">
<p class="release-type">PRESS RELEASE</p>
<h1>{esc(m["title"])}</h1>
<h2 class="subheadline">{esc(m.get("standfirst", ""))}</h2>
<p class="release-date">{esc(m.get("date", ""))}</p>
<div class="release-body">
{self.body_html()}
</div>
</div>
<div class="col-md-4 sidebar">{self.bp_newsletter()}<div class="media-contact-box"><h4>Media enquiries</h4><p>press@newsroom.corp.test</p></div></div>
</div></div>
{self.footer_html()}
</body></html>
"""


# ---- magazine long-read: drop cap, pull-quotes, paywall, bio


class Magazine(Template):
    site = "The Long Table"
    domain = "longtable.test"
    nav = ["Features", "Essays", "Fiction", "Archive", "Gift a subscription"]
    nav_snippet = "Gift a subscription"
    cookie = (
        "The Long Table uses cookies to remember your reading progress and to understand how our site is used.",
        "Accept",
        "Reject non-essential",
    )
    footer = (
        "The Long Table is published by Lantern Row Press. Printed on recycled paper since 1987."
    )
    paywall = "You have two free features left this month. Subscribe to The Long Table for unlimited reading and the print edition."
    newsletter = (
        "Sunday reading",
        "A handpicked long-read every Sunday morning, free to your inbox.",
        "Sign me up",
    )
    share = ["Share", "Save for later", "Gift this article"]
    related_label = "More features"
    bio_label = "Contributor"

    def bp_pullquote(self, text: str) -> str:
        self.leak("pullquote", plain(text)[:60].rsplit(" ", 1)[0], max_count=1)
        return f'<aside class="pull-quote" aria-hidden="true"><p>{inline(text)}</p></aside>'

    def render(self) -> str:
        m = self.meta
        return f"""<!DOCTYPE html>
<html lang="en">{self.head_html()}
<body class="template-feature">
{self.cookie_html()}
<header class="mag-header"><div class="mag-logo"><a href="/">{esc(self.site)}</a></div>{self.nav_html()}<a class="subscribe-cta" href="/subscribe">Subscribe from 1 crown</a></header>
<main>
<div class="feature-hero"><img src="/img/hero-{self.src.name}.jpg" alt=""><div class="feature-hero__text"><p class="rubric">{esc(m.get("section", "Feature"))}</p>
<h1 class="feature-title">{esc(m["title"])}</h1><p class="dek">{esc(m.get("standfirst", ""))}</p>
<p class="credits">Words by {esc(m.get("author", ""))} &middot; {esc(m.get("date", ""))}</p></div></div>
<div class="feature-body has-dropcap">
{self.body_html()}
</div>
<div class="contributor-bio">{self.bio_html()}</div>
{self.tags_html()}
{self.comments_html()}
</main>
{self.footer_html()}
</body></html>
"""


# ---- live blog: timestamped entries, key events, per-entry share


class Live(Template):
    site = "Meridian Herald Live"
    domain = "meridianherald.test"
    nav = ["Home", "Nation", "World", "Live", "Weather and travel"]
    nav_snippet = "Weather and travel"
    cookie = (
        "We and our 214 partners use cookies and similar technologies.",
        "Yes, I'm happy",
        "Manage my cookies",
    )
    footer = "Meridian Herald Media Group. Registered in Castellor, company number 0448211."
    share = ["Share this update", "Facebook", "X", "Copy link"]

    _open = False

    def bp_entry(self, time: str, heading: str) -> str:
        close = "</div></div>" if self._open else ""
        self._open = True
        return (
            f'{close}<div class="live-entry block" id="block-{esc(time.replace(":", ""))}"><div class="block-time"><time>{esc(time)}</time>'
            f'<span class="block-time__ago">{esc(time)} GMT</span></div><div class="block-elements"><h3 class="block-title">{esc(heading)}</h3>'
        )

    def render(self) -> str:
        m = self.meta
        body = self.body_html() + ("</div></div>" if self._open else "")
        return f"""<!DOCTYPE html>
<html lang="en">{self.head_html()}
<body class="liveblog">
{self.cookie_html()}
<header class="masthead"><a class="logo" href="/">The Meridian Herald</a>{self.nav_html()}</header>
<main id="main">
<article class="liveblog-article">
<header><span class="live-badge">LIVE</span><h1 class="headline">{esc(m["title"])}</h1><p class="standfirst">{esc(m.get("standfirst", ""))}</p>
<div class="byline">{esc(m.get("author", ""))} &middot; Updated {esc(m.get("date", ""))}</div></header>
<div class="live-refresh"><button>Refresh for the latest updates</button> <label><input type="checkbox" checked> Auto-update</label></div>
<div class="live-body" data-component="liveblog">
{body}
</div>
</article>
</main>
{self.footer_html()}
</body></html>
"""


# ---- opinion column


class Opinion(Template):
    site = "The Castellor Courier"
    domain = "courier.test"
    nav = ["News", "Opinion", "Letters to the editor", "Lifestyle", "Sport"]
    nav_snippet = "Letters to the editor"
    cookie = (
        "To give you the best experience the Courier uses cookies. You can change your settings at any time.",
        "Continue",
        "Settings",
    )
    footer = "The Castellor Courier is a member of the Independent Press Standards Board."
    donate = (
        "Dear readers",
        "Opinion pages like this one exist because readers pay for them. Support us today and help keep the debate open to everyone.",
        "Support the Courier",
        "Remind me later",
    )
    newsletter = (
        "Opinion, weekly",
        "Our columnists' best arguments of the week, every Saturday. Sign up for Opinion, weekly.",
        "Sign up",
    )
    comments_label = "Join the conversation"
    bio_label = "About the columnist"

    def render(self) -> str:
        m = self.meta
        return f"""<!DOCTYPE html>
<html lang="en">{self.head_html()}
<body class="section-opinion">
{self.cookie_html()}
<header class="courier-header"><a href="/" class="brand">{esc(self.site)}</a>{self.nav_html()}</header>
<main class="layout">
<article class="opinion-piece">
<div class="opinion-label">Opinion</div>
<h1 itemprop="headline">{esc(m["title"])}</h1>
<p class="opinion-standfirst">{esc(m.get("standfirst", ""))}</p>
<div class="columnist"><img src="/img/col.jpg" alt=""><span class="columnist-name">{esc(m.get("author", ""))}</span> <time>{esc(m.get("date", ""))}</time></div>
<div class="article-body" itemprop="articleBody">
{self.body_html()}
</div>
<div class="columnist-bio">{self.bio_html()}</div>
{self.tags_html()}
</article>
{self.comments_html()}
</main>
{self.footer_html()}
</body></html>
"""


# ---- broadcaster: video player, "More on this story", related topics


class Broadcaster(Template):
    site = "NRT News"
    domain = "nrt.test"
    nav = ["Home", "News", "Sport", "Weather", "iPlayer", "Sounds and podcasts"]
    nav_snippet = "Sounds and podcasts"
    cookie = (
        "Let us know you agree to cookies. We use cookies to give you the best online experience.",
        "Yes, I agree",
        "No, take me to settings",
    )
    footer = "NRT is not responsible for the content of external sites."
    related_label = "More on this story"
    tags_label = "Related topics"
    share = ["Share this page", "Save for later"]

    def render(self) -> str:
        m = self.meta
        return f"""<!DOCTYPE html>
<html lang="en-GB">{self.head_html()}
<body>
{self.cookie_html()}
<header class="orb-header"><a class="orb-logo" href="/">NRT</a>{self.nav_html()}</header>
<div id="main-content" class="ssrcss-main">
<article class="ssrcss-article">
<header class="ssrcss-header"><h1 id="main-heading" class="ssrcss-heading">{esc(m["title"])}</h1></header>
<div class="ssrcss-byline" data-component="byline-block"><span>{esc(m.get("author", ""))}</span><span>{esc(m.get("role", ""))}</span></div>
<time datetime="{esc(m.get("published", ""))}">{esc(m.get("date", ""))}</time>
{self.bp_share()}
<div class="ssrcss-body">
{self.body_html()}
</div>
<div class="ssrcss-topics" data-component="topic-list">{self.tags_html()}</div>
</article>
<aside class="ssrcss-features"><h2>Top stories</h2><ul><li><a href="/t1">Storm warning issued for northern coast</a></li><li><a href="/t2">Rail strike talks break down</a></li></ul></aside>
</div>
{self.footer_html()}
</body></html>
"""


TEMPLATES = {
    "national": National,
    "local": Local,
    "elementor": Elementor,
    "tailwind": Tailwind,
    "wire": Wire,
    "press": Press,
    "magazine": Magazine,
    "live": Live,
    "opinion": Opinion,
    "broadcaster": Broadcaster,
}


# --------------------------------------------------------------------------- expectations


def expectations(src: Source, tpl: Template) -> dict:
    paras = [b for b in src.blocks if b.kind == "p"]
    heads = [b for b in src.blocks if b.kind in ("h2", "h3")]
    lists = [b for b in src.blocks if b.kind in ("ul", "ol")]
    quotes = [b for b in src.blocks if b.kind == "quote"]
    present = [
        {"text": head_words(paras[0].text), "kind": "first paragraph"},
        {"text": tail_words(paras[-1].text), "kind": "last paragraph"},
    ]
    if heads:
        present.append({"text": plain(heads[0].text), "kind": "heading"})
    if lists:
        present.append({"text": head_words(lists[0].items[0], 10), "kind": "list item"})
    if quotes:
        present.append({"text": head_words(quotes[0].items[0], 10), "kind": "block quote"})
    paragraphs = [head_words(b.text) for b in paras]
    return {
        "title": src.meta["title"],
        "template": src.meta["template"],
        "present": present,
        "paragraphs": paragraphs,
        "absent": list(tpl.absent.values()),
        "quotes": src.quotes,
        "actors": src.actors,
        "optional_actors": src.optional,
    }


def check(src: Source, exp: dict) -> list[str]:
    """Sanity checks that keep the gold set honest."""
    problems = []
    body = " ".join(body_plain(src).split())
    for a in exp["absent"]:
        if a.get("max") is None and a["text"].lower() in body.lower():
            problems.append(f"absent snippet also in body: {a['text']!r}")
    norm = lambda s: re.sub(r"[\u2018\u2019]", "'", re.sub(r"[\u201c\u201d]", '"', s))  # noqa: E731
    for q in src.quotes:
        if norm(q["text"]) not in norm(body):
            problems.append(f"quote not in body: {q['text']!r}")
    for a in src.actors:
        for n in [a["name"], *a["aliases"]]:
            if n.lower() not in body.lower():
                problems.append(f"actor form not in body: {n!r}")
    words = len(body.split())
    if words < 400:
        problems.append(f"body only {words} words")
    return problems


def build(name: str | None = None, root: Path = HERE) -> int:
    src_dir, pages_dir, expected_dir = root / "src", root / "pages", root / "expected"
    pages_dir.mkdir(exist_ok=True)
    expected_dir.mkdir(exist_ok=True)
    bad = 0
    for path in sorted(src_dir.glob("*.txt")):
        if name and path.stem != name:
            continue
        src = parse_source(path)
        tpl = TEMPLATES[src.meta["template"]](src)
        page = tpl.render()
        exp = expectations(src, tpl)
        (pages_dir / f"{src.name}.html").write_text(page, encoding="utf-8")
        (expected_dir / f"{src.name}.json").write_text(
            json.dumps(exp, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        problems = check(src, exp)
        words = len(body_plain(src).split())
        print(
            f"{src.name:28} {src.meta['template']:12} {words:5} words  {len(exp['absent']):2} absent  {len(src.quotes):2} quotes  {len(src.actors):2} actors"
        )
        for p in problems:
            bad += 1
            print("   !", p)
    return 1 if bad else 0


def main(argv: list[str]) -> int:
    """``build.py [--root DIR] [NAME]``: DIR defaults to this folder (the gold set)."""
    root = HERE
    if len(argv) >= 2 and argv[0] == "--root":
        root, argv = Path(argv[1]).resolve(), argv[2:]
    return build(argv[0] if argv else None, root)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
