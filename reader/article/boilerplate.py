"""Boilerplate rules: what around (and inside) an article is not the article.

Two kinds of cues, both general (nothing keyed on a site):

* structure — class/id words (share, newsletter, related, comments, cookie, paywall, ad …),
  elements (nav, aside, form, figcaption, button), link density, lines of short buttons,
  forms asking for an e-mail address with their pitch, short text beside an image or in a
  <figure>, parallel page-builder wrappers that split one body;
* text — short blocks that read as furniture ("Advertisement", "Share on X", "Read more:",
  "Photo: … /Getty Images", "Subscribe to continue reading", "Dear readers … support us",
  "Reporting by …; Editing by …").

Every structural rule refuses to remove an element that holds much of the page's prose, so a
badly named wrapper cannot take the article with it.
"""

from __future__ import annotations

import copy
import re

from reader.article.metadata import author_name


# --------------------------------------------------------------------------- helpers
def _tag(el) -> str:
    return el.tag.lower() if isinstance(el.tag, str) else ""


def squeeze(text: str) -> str:
    r"""White-space runs as one space, none at the ends: `re.sub(r"\s+", " ", text).strip()`
    (whose `\s` is exactly `str.isspace`) at a third of the cost; ~1,200 calls a page."""
    return " ".join(text.split())


def text_of(el) -> str:
    if el is None:
        return ""
    try:
        return squeeze(el.text_content())
    except (ValueError, AttributeError):
        return ""


def text_len(el) -> int:
    return len(text_of(el))


def link_density(el, total: int | None = None) -> float:
    total = text_len(el) if total is None else total
    if not total:
        return 0.0
    linked = sum(len(squeeze(a.text_content())) for a in el.iter("a"))
    return min(1.0, linked / total)


def _features(el) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}".lower()


def _drop(el) -> None:
    parent = el.getparent()
    if parent is None:
        return
    el.drop_tree()


# --------------------------------------------------------------------------- structure
# Class/id words that mark furniture. Matched on word-ish boundaries of the lowercased
# "class id" string (hyphens, underscores and camelCase humps count as boundaries).
_BOILER_WORDS = (
    r"share|sharing|sharebar|share-?tools|social|socials|social-?share|sociallinks"
    r"|newsletter|newsletters|signup|sign-?up|subscribe|subscription|optin|opt-?in"
    r"|related|recommended|recommendations|more-?from|read-?more|readmore|read-?next|also-?read"
    r"|outbrain|taboola|ob-widget|trending|popular|most-?read|most-?popular"
    r"|comment|comments|commenting|disqus|respond|discussion"
    r"|cookie|cookies|consent|gdpr|cmp"
    r"|paywall|piano|meter|regwall|donate|donation|donations|membership|contribute|support-?us"
    r"|advert|advertisement|adverts|ad|ads|adslot|ad-?slot|ad-?unit|ad-?container|dfp|gpt"
    r"|sponsor|sponsored|promo|promotion"
    r"|tags|tag-?list|tagcloud|topics|keywords"
    r"|author-?bio|author-?box|author-?info|about-?the-?author|bio|bio-?box"
    r"|breadcrumb|breadcrumbs|pagination|pager|print|toolbar|tools"
    r"|caption|credit|credits|photo-?credit|image-?credit|figcaption"
    r"|modal|popup|pop-?up|overlay|banner|alert|toast|sticky"
)
_BOILER = re.compile(rf"(?:^|[\s_-])(?:{_BOILER_WORDS})(?:$|[\s_-]|\d)")
# Distinctive enough to match inside a longer class word ("imageCaption", "socialShareBar").
_BOILER_SUBSTR = re.compile(
    r"caption|newsletter|cookie|advert|paywall|sharebar|share-?button|share-?tool|socialshare|"
    r"social-share|outbrain|taboola|disqus|rollover|tooltip|hovercard|popover|breadcrumb|"
    r"subscribe|donation|related-?(?:posts|stories|articles|content|links)"
)
# Words that mark the article itself: never drop an element carrying them.
_CONTENT = re.compile(
    r"(?:^|[\s_-])(?:article-?body|articlebody|story-?body|post-?body|entry-?content|post-?content"
    r"|article-?content|main-?content|story-?content|content-?body|body-?text|article-?text)"
    r"(?:$|[\s_-])"
)
_FOREIGN_SCHEME = re.compile(r"^\s*(?!https?:|mailto:)[a-zA-Z][a-zA-Z0-9+.-]*:")
_NEUTRALISE = re.compile(r"media|widget", re.I)
_ALWAYS_DROP_TAGS = (
    "nav",
    "form",
    "button",
    "select",
    "textarea",
    "dialog",
    "template",
    "noscript",
)


def pre_clean(doc) -> None:
    """Remove furniture from the whole page before readability scores it."""
    for el in list(doc.iter("script", "style", "svg", "link", "iframe")):
        if el.getparent() is not None and _tag(el) != "html":
            _drop(el)
    for a in doc.iter("a"):
        href = (a.get("href") or "").strip()
        if href and not href.startswith("#") and not _FOREIGN_SCHEME.match(href):
            continue
        # javascript:, data:, ftp:, in-page anchors and empty targets: keep the text only
        a.attrib.pop("href", None)
    total = max(_prose_len(doc), 1)
    _drop_email_boxes(doc, total)
    _keep_inline_buttons(doc)
    for el in list(doc.iter(*_ALWAYS_DROP_TAGS)):
        if el.getparent() is None:
            continue
        # Never a container of much of the page's prose, whatever its tag: ASP.NET pages wrap
        # everything in a <form>, and markup left unclosed (a <button>, a <nav>) makes the
        # parser nest the whole article inside it.
        if _prose_len(el) > 0.3 * total:
            continue
        _drop(el)
    for el in list(doc.iter("figcaption")):
        _drop(el)
    _drop_figure_text(doc)
    _drop_image_captions(doc, total)
    streamed = _streamed(doc, total)
    marked: list[tuple[object, str]] = []
    for el in list(
        doc.iter(
            "aside",
            "footer",
            "header",
            "section",
            "div",
            "ul",
            "ol",
            "p",
            "span",
            "a",
            "li",
            "figure",
            "table",
        )
    ):
        if el.getparent() is None:
            continue
        feats = _features(el)
        if _is_hidden(el):
            # Streamed pages deliver the article in hidden blocks that a script reveals.
            prose = _prose_len(el)
            if prose < 0.3 * total and not (streamed and prose):
                _drop(el)
            continue
        tag = _tag(el)
        if tag in ("aside", "footer", "header") and _prose_len(el) < 0.3 * total:
            _drop(el)
            continue
        if not feats.strip() or _CONTENT.search(feats) or _in_code(el):
            continue
        word = _boiler_word(feats)
        if word:
            marked.append((el, word))
    _drop_marked(marked, total)
    # A lead paragraph wrapped in a "media" or "widget" class (readability's negative words)
    # is prose all the same: take the word away when the element directly holds prose.
    for el in doc.iter("div", "section"):
        cls = el.get("class") or ""
        if not _NEUTRALISE.search(cls):
            continue
        direct = sum(text_len(c) for c in el if _tag(c) == "p" and link_density(c) < 0.3)
        if direct >= 60 or (not len(el) and len((el.text or "").strip()) >= 60):
            el.set("class", " ".join(w for w in cls.split() if not _NEUTRALISE.search(w)))
    # Embedded posts (tweets) are quoted text of the article: keep readability from
    # deleting them for their "twitter"/"tweet" class names.
    for el in doc.iter("blockquote"):
        if re.search(r"tweet|twitter|instagram|bluesky|mastodon|threads", _features(el)):
            el.attrib.pop("class", None)
            el.attrib.pop("id", None)


_INLINE_BUTTON_TEXT = 60  # a name or a term, not a control's sentence
_PROSE_AROUND = 40  # a sentence of the paragraph's own around it


def _keep_inline_buttons(doc) -> None:
    """A button inside a paragraph's sentence is part of it: "said MIT Sloan professor
    <button>Ines Calloway,</button> who has surveyed it" opens a side note on the name.
    Its words stay, as text; buttons standing on their own are controls, dropped later."""
    for el in list(doc.iter("button")):
        parent = el.getparent()
        if parent is None or _tag(parent) not in ("p", "li", "span", "em", "strong", "b", "i"):
            continue
        own = text_len(el)
        if not own or own > _INLINE_BUTTON_TEXT or any(_tag(c) in _BLOCK_CHILD for c in el):
            continue
        if text_len(parent) - own >= _PROSE_AROUND:
            el.tag = "span"
            el.attrib.clear()
            # a button is set apart on screen; as text it needs the spaces round it
            el.text = " " + (el.text or "")
            if el.tail and el.tail[:1].isalnum():
                el.tail = " " + el.tail


def _in_code(el) -> bool:
    """Inside <pre> or <code>: a highlighter's "comment" class marks code, not furniture."""
    return any(_tag(a) in ("pre", "code") for a in el.iterancestors())


def _streamed(doc, total: int) -> bool:
    """Does the page hold much of its prose in hidden blocks? Streaming renderers send the
    article in several hidden chunks (``<div hidden id="S:3">``) that a script moves into
    place; each chunk alone is small, together they are the article."""
    hidden = [el for el in doc.iter() if isinstance(el.tag, str) and _is_hidden(el)]
    outer = [el for el in hidden if not any(_is_hidden(a) for a in el.iterancestors())]
    return sum(_prose_len(el) for el in outer) > 0.3 * total


def _is_hidden(el) -> bool:
    return el.get("hidden") is not None or (el.get("aria-hidden") == "true" and _tag(el) != "a")


def _boiler_word(feats: str) -> str | None:
    """The furniture word in an element's class/id ("share", "related", "cmp"), if any."""
    m = _BOILER.search(feats) or _BOILER_SUBSTR.search(feats)
    return m.group(0).strip(" _-0123456789") if m else None


def _drop_marked(marked: list, total: int) -> None:
    """Drop the elements whose class words mark furniture — unless a word covers much of the
    page's prose: then it is the site's component prefix (``cmp-text``, ``promo-grid``
    wrapping every paragraph), not a marker of furniture."""
    ids = {id(el) for el, _ in marked}
    cover: dict[str, int] = {}
    for el, word in marked:
        if not any(id(a) in ids for a in el.iterancestors()):  # outermost only
            cover[word] = cover.get(word, 0) + _prose_len(el)
    for el, word in marked:
        if el.getparent() is None or cover.get(word, 0) > 0.3 * total:
            continue
        if _prose_len(el) < 0.3 * total:
            _drop(el)


_EMAIL_FIELD = re.compile(r"e-?mail", re.I)
_BOX_TEXT = 400  # text besides the form in a sign-up box (heading, pitch, privacy line)
_BOX_SLACK = 20  # a wrapper adding no more than this is a plain wrapper
_PITCH = re.compile(
    r"e-?mail|inbox|newsletter|subscri|sign(?:ing)?[ -]?up|spam|privacy|recaptcha|terms",
    re.I,
)


def _is_email_form(form) -> bool:
    for field in form.iter("input"):
        kind = (field.get("type") or "").lower()
        if kind == "email":
            return True
        if kind in ("", "text") and any(
            _EMAIL_FIELD.search(field.get(a) or "") for a in ("name", "id", "placeholder")
        ):
            return True
    return False


def _drop_email_boxes(doc, total: int) -> None:
    """A form asking for an e-mail address, with the small box around it: a newsletter
    sign-up or a comment form. Climbs through wrappers that add no text or only a sign-up
    pitch ("Get new posts by email …", "Privacy policy"), never through article text."""
    for form in list(doc.iter("form")):
        if form.getparent() is None or not _is_email_form(form):
            continue
        if _prose_len(form) > 0.3 * total:
            continue
        form_len = text_len(form)
        box = form
        for anc in form.iterancestors():
            if _tag(anc) in ("body", "html", "main", "article"):
                break
            anc_len = text_len(anc)
            if anc_len - form_len > _BOX_TEXT or _prose_len(anc) > 0.3 * total:
                break
            if anc_len - text_len(box) > _BOX_SLACK:
                added = " ".join(text_of(c) for c in anc if c is not box) + (anc.text or "")
                if not _PITCH.search(added):
                    break
            if any(_tag(d) in ("blockquote", "pre", "table") for d in anc.iterdescendants()):
                break
            box = anc
        _drop(box)


# Inside a <figure>: media, quotes, tables and code stay; short text blocks are captions.
_FIGURE_KEEP = frozenset(
    {"img", "picture", "video", "audio", "source", "blockquote", "pre", "code", "table"}
)
_FIGURE_TEXT = 300


def _drop_figure_text(doc) -> None:
    """Captions and credits that sit in a <figure> without being a <figcaption>."""
    for fig in list(doc.iter("figure")):
        if fig.getparent() is None:
            continue
        stack = list(fig)
        while stack:
            el = stack.pop()
            if not isinstance(el.tag, str) or _tag(el) in _FIGURE_KEEP:
                continue
            if any(_tag(d) in _FIGURE_KEEP for d in el.iterdescendants()):
                stack.extend(el)  # a wrapper around the image: look inside
                continue
            if text_len(el) <= _FIGURE_TEXT:
                _drop(el)


_MEDIA = frozenset({"img", "picture", "video"})
_CAPTION_BLOCKS = frozenset({"p", "div", "span", "small", "cite"})


def _media_only(el) -> bool:
    """el is an image (picture, video), or a plain wrapper of one with no text."""
    if _tag(el) in _MEDIA:
        return True
    return (
        _tag(el) in ("a", "div", "span", "picture")
        and len(el) <= 3
        and not text_len(el)
        and any(_tag(d) in _MEDIA for d in el.iterdescendants())
    )


def _holds_sections(el) -> bool:
    """Blocks other than paragraphs below el (a caption may be a couple of <p>)."""
    return any(_tag(d) in _BLOCKS and _tag(d) != "p" for d in el.iterdescendants())


def _drop_image_captions(doc, total: int) -> None:
    """A caption without <figure>/<figcaption>: a box holding one image and one or two short
    text blocks and nothing else ("Contributions by month, 2019–2025. Chart: Byteframe")."""
    for img in list(doc.iter("img", "picture", "video")):
        media = img
        while media.getparent() is not None and _media_only(media.getparent()):
            media = media.getparent()
        box = media.getparent()
        if box is None or _tag(box) in ("body", "html", "p") or (box.text or "").strip():
            continue
        others = [c for c in box if c is not media and isinstance(c.tag, str)]
        if not others or len(others) > 2 or any(_tag(c) not in _CAPTION_BLOCKS for c in others):
            continue
        if any((c.tail or "").strip() for c in box) or any(_holds_sections(c) for c in others):
            continue
        size = sum(text_len(c) for c in others)
        if 0 < size <= _FIGURE_TEXT and size < 0.2 * total:
            for c in others:
                _drop(c)


def _prose_len(el) -> int:
    """Length of paragraph text under el (paragraphs of at least 80 characters)."""
    n = 0
    for p in el.iter("p"):
        t = text_len(p)
        if t >= 80:
            n += t
    return n


# --------------------------------------------------------------------------- retry helpers
_NEGATIVE = re.compile(
    r"combx|comment|community|disqus|extra|foot|header|menu|remark|rss|shoutbox|sidebar|sponsor"
    r"|ad-break|agegate|pagination|pager|popup|tweet|twitter|com-|contact|footnote|masthead"
    r"|media|meta|outbrain|promo|related|scroll|shopping|tags|tool|widget",
    re.I,
)


def relax_classes(doc):
    """A copy of doc whose class/id values no longer hold readability's negative words.

    Page builders (``elementor-widget-text-editor``), utility CSS and "media" leads trip
    readability's class rules; this copy is scored on structure alone.
    """
    twin = copy.deepcopy(doc)
    for el in twin.iter():
        if not isinstance(el.tag, str):
            continue
        for attr in ("class", "id"):
            value = el.get(attr)
            if value and _NEGATIVE.search(value):
                kept = [w for w in value.split() if not _NEGATIVE.search(w)]
                if kept:
                    el.set(attr, " ".join(kept))
                else:
                    del el.attrib[attr]
    return twin


def densest_prose(doc) -> int:
    """Paragraph text under the single element with the most paragraph children.

    The yardstick for "readability came back nearly empty"."""
    scores: dict = {}
    for el in doc.iter("p", "pre", "blockquote"):
        parent = el.getparent()
        prose = _prose(el) if parent is not None else None
        if prose is not None:
            scores[parent] = scores.get(parent, 0) + prose[1]
    return int(max(scores.values())) if scores else 0


def _prose(el) -> tuple[str, float] | None:
    """(text, weight) of a block with at least 40 characters that is not mostly links."""
    t = text_of(el)
    if len(t) < 40:
        return None
    ld = link_density(el, len(t))
    if ld > 0.5:
        return None
    return t, len(t) * (1 - ld)


def _holds_blocks(el) -> bool:
    return any(_tag(d) in _BLOCKS for d in el.iterdescendants())


def _paragraphs(root):
    """(element, text, weight) of every paragraph-like block under root: leaf-like p, pre,
    blockquote, div and span of at least 40 characters that are not mostly links."""
    for el in root.iter("p", "pre", "blockquote", "span", "div"):
        tag = _tag(el)
        if tag in ("span", "div") and len(el) and _holds_blocks(el):
            continue  # only leaf-like divs and spans count as paragraphs
        if (
            tag in ("span", "div")
            and el.getparent() is not None
            and _tag(el.getparent()) in ("p", "span")
        ):
            continue
        prose = _prose(el)
        if prose is not None:
            yield el, *prose


# --------------------------------------------------------------------------- split bodies
_PROSE_P = 80  # a paragraph of the article proper, at least this long
_UNIQUE_TOKEN = re.compile(r"\d")  # "elementor-element-590e", "et_pb_text_3": per-element ids
_SPLIT_LEVELS = 3
_COLUMN = 4  # this many wrappers alike to the one readability chose make a builder column


def _tokens(el) -> frozenset:
    return frozenset(
        w for w in (el.get("class") or "").lower().split() if not _UNIQUE_TOKEN.search(w)
    )


def _alike(a, b) -> bool:
    """Same tag and a shared class word (or neither has a class): parallel wrappers."""
    if _tag(a) != _tag(b):
        return False
    ta, tb = _tokens(a), _tokens(b)
    return bool(ta & tb) if ta or tb else not (a.get("class") or b.get("class"))


def _long_prose(el) -> float:
    n = 0.0
    for p in el.iter("p"):
        t = text_of(p)
        if len(t) >= _PROSE_P and link_density(p, len(t)) < 0.2:
            n += len(t)
    return n


def twin(doc, article):
    """The element of doc that readability's block came from: the common ancestor of its
    prose paragraphs (None when they cannot be found, or there is only one)."""
    found = {t[:300] for t in map(text_of, article.iter("p")) if len(t) >= _PROSE_P}
    if len(found) < 2:
        return None
    hits = [p for p in doc.iter("p") if text_of(p)[:300] in found]
    if len(hits) < 2:
        return None
    common = set(hits[1].iterancestors())
    for p in hits[2:]:
        common &= set(p.iterancestors())
    node = next((a for a in hits[0].iterancestors() if a in common), None)
    if node is None or _tag(node) in ("body", "html"):
        return None
    return node


def split_body(doc, article):
    """The element of doc holding the whole body when readability returned one piece of it.

    Readability keeps its best container and that container's siblings. A body split into
    parallel wrappers one or two levels further up (page-builder widgets: one wrapper per
    group of paragraphs, headings and images in wrappers of their own) comes back in part.
    Find readability's paragraphs in doc, climb from their common ancestor and, when wrappers
    alike to the one climbed through (same tag, a shared class word) hold long prose
    paragraphs that readability left out, return their common parent. None otherwise.
    """
    found = {t[:300] for t in map(text_of, article.iter("p")) if len(t) >= _PROSE_P}
    if not found:
        return None
    hits = [p for p in doc.iter("p") if text_of(p)[:300] in found]
    if not hits:
        return None
    node = hits[0]
    if len(hits) > 1:
        common = set(hits[1].iterancestors())
        for p in hits[2:]:
            common &= set(p.iterancestors())
        node = next((a for a in hits[0].iterancestors() if a in common), None)
        if node is None:
            return None
    got = _long_prose(node)
    for _level in range(_SPLIT_LEVELS):
        parent = node.getparent()
        if parent is None or _tag(parent) in ("body", "html"):
            return None
        before = after = 0.0
        seen = False
        alike = 0
        for sib in parent:
            if sib is node:
                seen = True
                continue
            if not isinstance(sib.tag, str) or not _alike(sib, node):
                continue
            alike += 1
            if next(sib.iter("h1"), None) is None:
                if seen:
                    after += _long_prose(sib)
                else:
                    before += _long_prose(sib)
        # A column of many parallel wrappers (a page builder's widgets): any prose in them is
        # the body's. Among a few wrappers: prose before the piece means readability missed
        # the start; prose after it only when there is much ("About the company" trails).
        if alike >= _COLUMN and before + after >= _PROSE_P:
            return parent
        if before >= max(0.2 * got, 2 * _PROSE_P) or after >= max(0.5 * got, 2 * _PROSE_P):
            return parent
        node = parent
    return None


def prose_weight(root) -> float:
    """Weight of the paragraph-like blocks under root (text length discounted by links)."""
    return sum(weight for _el, _text, weight in _paragraphs(root))


def largest_text_block(doc):
    """The smallest element that holds most (80 %) of the page's paragraph-like text.

    Used when readability comes back nearly empty: it needs no class names at all, so
    utility-class (Tailwind) pages and page builders get the same treatment.
    """
    prose: dict = {}
    for el, _text, weight in _paragraphs(doc):
        for anc in el.iterancestors():
            prose[anc] = prose.get(anc, 0) + weight
    body = doc.find(".//body")
    if body is None or body not in prose:
        return None
    total = prose[body]
    best = body
    while True:
        nxt = next((c for c in best if prose.get(c, 0) >= 0.8 * total), None)
        if nxt is None:
            break
        best = nxt
    return best


# --------------------------------------------------------------------------- post-cleaning
_I = re.I
# Short blocks that are furniture whatever their markup (matched on whitespace-folded text).
_SHORT_LINE = 160
_LINE_RULES = [
    # ads and "continue below" markers
    re.compile(
        r"^(?:advertisements?|advert|ad|sponsored(?: content)?|paid (?:content|post)|"
        r"(?:story|article) continues (?:below|after)(?: (?:this )?(?:advertisement|ad))?|"
        r"continue reading (?:below|the main story)|skip (?:this )?ad(?:vert(?:isement)?)?)\W*$",
        _I,
    ),
    # share bars
    re.compile(
        r"^(?:(?:share|tweet|email|e-mail|print|copy(?: the)? (?:link|url)|link copied|save|"
        r"pin(?: it)?|facebook|twitter|whatsapp|linkedin|reddit|pinterest|messenger|flipboard|"
        r"telegram|mastodon|bluesky|threads|comments?|"
        r"(?:share|post) (?:on|via|with|to) \w+(?: \w+)?|"
        r"share this(?: (?:article|story|page|post|link))?(?: (?:on|via|with) \w+)?)\W*){1,12}$",
        _I,
    ),
    # related / read more
    re.compile(
        r"^(?:read more|related|more from [^.]{1,60}|recommended(?: for you)?|see more|see also|"
        r"also read|read also|don'?t miss|you may also like|you might also like|more stories|"
        r"related (?:stories|articles|coverage|content|links|reading|topics)|read next|up next|"
        r"trending(?: now)?|most (?:read|popular|viewed)|more on this(?: story| topic)?|"
        r"keep reading|further reading|what to read next|editor'?s picks?|top stories|latest news|"
        r"more news|more:|also:|watch:|listen:)\W*$",
        _I,
    ),
    re.compile(
        r"^(?:read more|related|see more|see also|also read|read also|more|also|don'?t miss|"
        r"read next|related story|related article|related coverage|recommended|"
        r"more from [^:]{1,40}|(?:read|watch|listen|click)(?: [^:]{0,20})? here)\s*[:|»>]",
        _I,
    ),
    # captions and credits
    re.compile(
        r"^(?:\(?(?:photo|photograph|image|picture|video|illustration|graphic|file photo|"
        r"top image|main image|header image|chart|map|infographic)s?(?: credit)?s?\s*[:/|)])",
        _I,
    ),
    re.compile(
        r"^(?:photo|photograph|image|picture|illustration|chart|graphic)s? by (?-i:[A-Z])|"
        r"^(?:credit|photo credit|image credit|source: getty|pictured)\s*:|"
        r"^\(?(?:photos?|images?|pictures?)?\s*courtesy\b|"
        r"(?:©|\(c\)|copyright)\s*.{0,60}(?:photo|image|picture)|"
        r"(?:photos?|images?|pictures?)\s*(?:©|\(c\))",
        _I,
    ),
    # paywall
    re.compile(
        r"(?:subscribe|sign in|log in|register) (?:now |today )?to (?:continue|keep) reading|"
        r"already (?:a subscriber|have an account)|to continue reading|"
        r"to read the (?:full|whole|rest of the) (?:story|article)|"
        r"this (?:article|content|story) is (?:only )?(?:available|reserved|exclusive) (?:to|for) "
        r"(?:subscribers|members)|you have (?:\d+|one|two|three) free (?:articles?|stories)|"
        r"free articles? (?:left|remaining)|unlock (?:this|unlimited) (?:article|access)|"
        r"subscribe for (?:full|unlimited) access",
        _I,
    ),
    # newsletters
    re.compile(
        r"(?:sign up|signup|subscribe) (?:now |today |here )?(?:for|to) (?:our|the|my)(?: free)?"
        r"(?: [\w'-]+){0,4} (?:newsletters?|e-?mails?|digest|briefing|bulletin)|"
        r"newsletter sign-?up|enter your e-?mail(?: address)?|by signing up,? you agree|"
        r"delivered (?:straight |directly )?to your inbox|"
        r"thanks? (?:you )?for (?:signing up|subscribing)|"
        r"get (?:our|the) [\w' -]{0,30}newsletter|"
        r"\bunsubscribe (?:at any time|any ?time|whenever you like|with (?:one|a single) click)|"
        r"\bno spam[.,!;]|\b(?:new )?(?:posts|stories|articles|updates) by e-?mail\b",
        _I,
    ),
    # cookies
    re.compile(
        r"(?:we|this (?:site|website)|our (?:site|website)) uses? cookies|"
        r"cookie (?:policy|settings|preferences|consent)|accept (?:all )?cookies|"
        r"by continuing to (?:use|browse) (?:this|our) (?:site|website)",
        _I,
    ),
    # donations
    re.compile(
        r"^dear readers?\b|"
        r"support (?:our|independent|quality|local) (?:journalism|reporting|newsroom)|"
        r"(?:please|consider) (?:consider )?(?:making |make )?(?:a )?"
        r"(?:donation|contribution|donating|contributing)|"
        r"become a (?:member|supporter|patron|subscriber) (?:today|now)|remind me later|"
        r"donate now|make a (?:one-time|monthly|recurring) (?:donation|contribution)|"
        r"every (?:contribution|donation)(?:, (?:big|however) (?:or|and)? ?small)?|"
        r"support us (?:today|now|from as little)",
        _I,
    ),
    # comments
    re.compile(
        r"^(?:\d+ )?comments?\W*$|^(?:leave|post|add|write|submit) a (?:comment|reply)|"
        r"^comments? (?:are|is) (?:closed|disabled)|^join the (?:conversation|discussion)|"
        r"^(?:show|view|load|hide) (?:all |more )?(?:\d+ )?comments|"
        r"^(?:there are )?no comments(?: yet)?|^be the first to comment",
        _I,
    ),
    # follow us / social
    re.compile(
        r"\bfollow (?:us|him|her|me|them|[A-Z][\w.]+(?: [A-Z][\w.]+)?) on "
        r"(?:twitter|facebook|instagram|tiktok|youtube|linkedin|threads|bluesky|mastodon|x\b)|"
        r"\blike us on facebook\b|^(?:follow|connect with|find) us (?:on|at)\b",
        _I,
    ),
    # tags and categories
    re.compile(
        r"^(?:tags?|topics?|filed under|categories|category|posted in|keywords|related topics)\s*:",
        _I,
    ),
    # misc furniture
    re.compile(
        r"this slideshow requires javascript|^loading\W*$|"
        r"^(?:image|photo|slide) \d+ (?:of|/) \d+|^\d+ (?:of|/) \d+$|"
        r"^\d{1,3}$|^\d+ min(?:ute)?s? read$|^reading time\b|"
        # "Updated Sept. 4, 2026", not a sentence of the article that opens with the word
        # ("Published where, I would like to know. Miss Ada Roe, 88, …")
        r"^(?:updated|published|posted|last (?:updated|modified))\b"
        r"(?:(?!(?-i:(?<![A-Z][a-z]{2})(?<=[a-z]{2})[.!?]\s+[A-Z])).){0,60}\d|"
        # a bare date (post-info widgets): "March 9, 2032", "9 March 2032", "2032-03-09"
        r"^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,? )?(?:\d{1,2}(?:st|nd|rd|th)?\.? )?"
        r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? "
        r"(?:\d{1,2}(?:st|nd|rd|th)?,? )?"
        r"\d{4}$|^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$",
        _I,
    ),
]
# Credits of agencies at the end of a short caption-like block.
_CREDIT = re.compile(
    r"(?:getty images|ap photo|associated press|afp|reuters|shutterstock|istock(?:photo)?|"
    r"alamy|epa|"
    r"bloomberg|pa (?:images|wire|media)|rex features|afp via getty images)\W*\)?$",
    _I,
)
_CREDIT_HINT = re.compile(r"/|\||\bphoto|\bimage|\bcredit|\bfile\b|\bvia\b", _I)
# Wire sign-off: "Reporting by A in B; Editing by C", "(Additional reporting by D)".
_SIGN_OFF = re.compile(
    r"^\(?(?:(?:additional|further|extra) )?(?:reporting|writing|editing|compiled|research"
    r"|production|fact-?checking|graphics|translation|translated)"
    r"(?: and (?:writing|editing|reporting|research))? by (?-i:[A-Z])",
    _I,
)
_SIGN_OFF_MAX = 300
_BY_LINE = re.compile(
    r"^by\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}(?:\s*(?:,|and|&)\s*.{0,60})?$"
)
_BOILER_HEADING = _LINE_RULES[2]
_BLOCKISH = (
    "p",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "div",
    "span",
    "dd",
    "dt",
    "section",
    "figcaption",
    "strong",
    "em",
    "b",
)
_BLOCK_CHILD = {
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "section",
    "blockquote",
}
# Elements that make a div or span a container rather than a paragraph.
_BLOCKS = _BLOCK_CHILD | {"article", "main", "header", "footer", "aside", "figure", "nav", "pre"}


def post_clean(article, title: str | None, byline: str | None = None) -> None:
    """Remove furniture that survived readability, on the extracted fragment."""
    from reader.article.solicitation import remove_solicitation

    _drop_repeated_pull_quotes(article)
    _unwrap_link_lists(article)
    _drop_link_blocks(article)
    remove_solicitation(article)
    _drop_furniture_blocks(article, title, byline)
    _drop_author_box(article, byline)


_SHORT_RULES = re.compile("|".join(f"(?:{r.pattern})" for r in _LINE_RULES[:6]), _I)
_LONG_RULES = re.compile("|".join(f"(?:{r.pattern})" for r in _LINE_RULES[6:]), _I)
# Cheap prefilter: every rule of _LONG_RULES needs one of these substrings.
_LONG_KEYS = (
    "subscri",
    "sign",
    "log in",
    "regist",
    "already",
    "continue",
    "free ",
    "unlock",
    "newsletter",
    "mail",
    "inbox",
    "spam",
    "digest",
    "briefing",
    "bulletin",
    "cookie",
    "continuing",
    "dear reader",
    "support",
    "donat",
    "contribut",
    "member",
    "patron",
    "remind",
    "comment",
    "conversation",
    "discussion",
    "follow",
    "like us",
    "find us",
    "connect with",
    "tag",
    "topic",
    "filed",
    "categor",
    "posted",
    "keyword",
    "slideshow",
    "loading",
    "updated",
    "published",
    "modified",
    "read",
    "photo",
    "image",
    "slide",
    "picture",
    "0",
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
    "thank",
    "exclusive",
    "reserved",
    "available",
    "reply",
)


def is_furniture(text: str) -> bool:
    """Does a short block of text read as page furniture?"""
    if not text or len(text) > 400:
        return False
    if len(text) <= _SIGN_OFF_MAX and _SIGN_OFF.match(text):
        return True
    if len(text) <= _SHORT_LINE:  # short lines: every rule (cheap at this length)
        if _SHORT_RULES.search(text):
            return True
        if _CREDIT.search(text) and _CREDIT_HINT.search(text):
            return True
        if len(text) <= 100 and _BY_LINE.match(text):
            return True
    low = text.lower()
    if not any(k in low for k in _LONG_KEYS):
        return False
    return bool(_LONG_RULES.search(text))


# A section's label over a headline: one to three words, no sentence's punctuation.
_KICKER = re.compile(r"[^\s.!?:;,]+(?: [^\s.!?:;,]+){0,2}")


def _drop_furniture_blocks(article, title: str | None, byline: str | None) -> None:
    title_norm = _norm(title or "")
    byline_norm = _norm(byline or "")
    seen_text = False
    label = None  # a short line before the title: the section's label ("Obituaries", "Opinion")
    for el in list(article.iter(*_BLOCKISH)):
        if el.getparent() is None:
            continue
        tag = _tag(el)
        if tag in ("div", "section", "td", "span", "strong", "em", "b", "li") and any(
            _tag(c) in _BLOCK_CHILD and text_len(c) for c in el
        ):
            continue  # not a leaf; an empty block inside (an ad's slot) does not count
        if tag in ("span", "strong", "em", "b"):
            # inline elements only when they fill their parent (a block in disguise)
            parent = el.getparent()
            if text_len(parent) != text_len(el):
                continue
        text = text_of(el)
        if not text:
            continue
        if not seen_text and title_norm and _norm(text) == title_norm:
            _drop(el)
            if label is not None:
                _drop(label)
            continue
        label = el if not seen_text and _KICKER.fullmatch(text) else None
        if not seen_text and byline_norm and len(text) < len(byline_norm) + 40:
            normed = _norm(text)
            if normed.startswith((byline_norm, "by " + byline_norm)) or normed == byline_norm:
                _drop(el)
                continue
        if is_furniture(text):
            _drop(el)
            continue
        if _is_teaser_link(el, text):
            _drop(el)
            continue
        seen_text = seen_text or len(text) > 80


# "Mara Quell is a freelance writer …", "Ada Roe has covered …": a biography
# opens with the author's name and a verb of being or doing.
_BIO_VERB = re.compile(
    r"(?:,[^.,]{1,60}(?:,[^.,]{1,60})?,)?\s*"  # "Tova Reyn, Editor, Harbour Reviews, studied"
    r"(?:is|was|has|covers|writes|joined|reports|studied|lives|leads|edits|holds)\b",
    _I,
)
_BIO_MAX = 900  # a biography is a paragraph, not an article
_ROLE_LINE = 40  # "Contributing Writer", "Senior Editor, Travel"


def _drop_author_box(article, byline: str | None) -> None:
    """The author box after the article: the byline's name (a link to the author's page, a
    role line) and a biography that opens with that name ("Mara Quell is a freelance
    writer …"). Only the run of such blocks at the very end goes."""
    name = author_name(byline)
    if name is None:
        return
    full = _norm(name)
    box, named = [], False
    for el in reversed(_leaf_blocks(article)):
        text = text_of(el)
        if not text:
            continue
        rest = text[len(name) :] if text.startswith(name) else None
        if _norm(text).startswith(full) and (
            len(text) <= len(name) + 40 or (len(text) <= _BIO_MAX and _BIO_VERB.match(rest or ""))
        ):
            named = True
        elif len(text) > _ROLE_LINE or re.search(r"[.!?]", text):
            break  # the article's own last paragraph
        box.append(el)  # the name, its biography, or a short role line ("Contributing Writer")
    if named:
        for el in box:
            _drop(el)


def _leaf_blocks(article) -> list:
    """The block elements of `article` that hold no other block (paragraphs, list items, …)."""
    return [
        el
        for el in article.iter(*_BLOCKISH)
        if el.getparent() is not None and not any(_tag(c) in _BLOCK_CHILD for c in el)
    ]


def _is_teaser_link(el, text: str) -> bool:
    """A standalone paragraph that is one shouted link: a promo for another story."""
    if _tag(el) not in ("p", "div", "h2", "h3", "h4", "strong", "b"):
        return False
    if text.upper() != text or sum(c.isalpha() for c in text[:40]) < 12:
        return False
    return link_density(el, len(text)) > 0.6


def _unwrap_link_lists(article) -> None:
    """A 'Related' / 'Read more' heading and the link list right after it."""
    for el in list(article.iter("h2", "h3", "h4", "h5", "h6", "p", "strong", "b", "div")):
        if el.getparent() is None:
            continue
        if _tag(el) == "div" and any(_tag(c) in _BLOCK_CHILD for c in el):
            continue
        text = text_of(el)
        if not text or len(text) > 60 or not _BOILER_HEADING.search(text):
            continue
        parent = el.getparent()
        if _tag(el) in ("strong", "b") and parent is not article:
            # "<p><strong>Related:</strong> <a>Other story</a></p>": the whole line goes,
            # but never a line of prose that merely starts in bold.
            whole = text_of(parent)
            if len(whole) > 250 or (
                len(whole) - len(text) > 5 and link_density(parent, len(whole)) < 0.4
            ):
                continue
            el = parent
        anchor = el
        while (
            anchor.getnext() is None
            and anchor.getparent() is not None
            and anchor.getparent() is not article
        ):
            anchor = anchor.getparent()
        nxt = anchor.getnext()
        _drop(el)
        while nxt is not None:
            following = nxt.getnext()
            t = text_len(nxt)
            if t and link_density(nxt, t) > 0.5 and _tag(nxt) in _LINK_LIST_TAGS:
                _drop(nxt)
                nxt = following
                continue
            break


_LINK_BLOCK_TAGS = ("div", "section", "aside", "nav", "ul", "ol")
_LINK_BLOCK_DENSITY = 0.85
_LINK_BLOCK_LINKS = 3
_LINK_BLOCK_LABEL = 40  # the one line not in a link: a short label ("Keep reading")


def _drop_link_blocks(article) -> None:
    """A block made of links to other pages (a "Keep reading" grid, a list of teasers), its
    short label included: the page's page-to-page furniture that readability's own link
    density rule removes when it cleans, and that the page's own element still holds."""
    for el in list(article.iter(*_LINK_BLOCK_TAGS)):
        if el is article or el.getparent() is None:
            continue
        links = [a for a in el.iter("a") if a.get("href") and text_of(a)]
        if len(links) < _LINK_BLOCK_LINKS:
            continue
        total = text_len(el)
        linked = sum(len(text_of(a)) for a in links)
        if linked >= _LINK_BLOCK_DENSITY * total or (
            total - linked <= _LINK_BLOCK_LABEL and linked >= 0.5 * total
        ):
            _drop(el)


_LINK_LIST_TAGS = frozenset({"ul", "ol", "p", "div", "li", "article", "section", "h3", "h4"})


def _drop_repeated_pull_quotes(article) -> None:
    body = None
    for el in list(article.iter("aside", "blockquote", "div", "p", "figure")):
        if el.getparent() is None:
            continue
        feats = _features(el)
        if "pull" not in feats and "quote-callout" not in feats:
            continue
        t = _norm(text_of(el))
        if len(t) < 20:
            continue
        if body is None:
            body = _norm(text_of(article))
        if body.count(t) >= 2:
            _drop(el)


def _norm(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text).strip().lower()


# A sign-off glued to the end of a paragraph: "… he said. (Reporting by A; Editing by B)".
_TRAILING_SIGN_OFF = re.compile(
    r"(?<=[.!?\"'”’])\s*\((?:(?:additional|further) )?(?:reporting|writing|editing|compiled)"
    r"(?: and \w+)? by (?-i:[A-Z])[^()\n]{0,250}\)\s*$",
    _I | re.M,
)


def drop_text_lines(md: str, plain: str) -> tuple[str, str]:
    """Text-level furniture the block rules cannot see (it shares a block with prose)."""
    if "by" in plain:
        md = _TRAILING_SIGN_OFF.sub("", md)
        plain = _TRAILING_SIGN_OFF.sub("", plain)
    return md, plain
