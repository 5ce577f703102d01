"""Boilerplate rules: what around (and inside) an article is not the article.

Two kinds of cues, both general (nothing keyed on a site):

* structure — class/id words (share, newsletter, related, comments, cookie, paywall, ad …),
  elements (nav, aside, form, figcaption, button), link density, lines of short buttons;
* text — short blocks that read as furniture ("Advertisement", "Share on X", "Read more:",
  "Photo: … /Getty Images", "Subscribe to continue reading", "Dear readers … support us").

Every structural rule refuses to remove an element that holds much of the page's prose, so a
badly named wrapper cannot take the article with it.
"""

from __future__ import annotations

import copy
import re

# --------------------------------------------------------------------------- helpers
_WS = re.compile(r"\s+")


def _tag(el) -> str:
    return el.tag.lower() if isinstance(el.tag, str) else ""


def text_of(el) -> str:
    if el is None:
        return ""
    try:
        return _WS.sub(" ", el.text_content()).strip()
    except (ValueError, AttributeError):
        return ""


def text_len(el) -> int:
    return len(text_of(el))


def link_density(el, total: int | None = None) -> float:
    total = text_len(el) if total is None else total
    if not total:
        return 0.0
    linked = sum(len(_WS.sub(" ", a.text_content()).strip()) for a in el.iter("a"))
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
    r"|advert|advertisement|adverts|ad|ads|adslot|ad-?slot|ad-?unit|ad-?container|dfp|gpt|sponsor|sponsored|promo|promotion"
    r"|tags|tag-?list|tagcloud|topics|keywords"
    r"|author-?bio|author-?box|author-?info|about-?the-?author|bio|bio-?box"
    r"|breadcrumb|breadcrumbs|pagination|pager|print|toolbar|tools"
    r"|caption|credit|credits|photo-?credit|image-?credit|figcaption"
    r"|modal|popup|pop-?up|overlay|banner|alert|toast|sticky"
)
_BOILER = re.compile(rf"(?:^|[\s_-])(?:{_BOILER_WORDS})(?:$|[\s_-]|\d)")
# Words that mark the article itself: never drop an element carrying them.
_CONTENT = re.compile(
    r"(?:^|[\s_-])(?:article-?body|articlebody|story-?body|post-?body|entry-?content|post-?content"
    r"|article-?content|main-?content|story-?content|content-?body|body-?text|article-?text)(?:$|[\s_-])"
)
_ALWAYS_DROP_TAGS = ("nav", "form", "button", "select", "textarea", "dialog", "template", "noscript")


def pre_clean(doc) -> None:
    """Remove furniture from the whole page before readability scores it."""
    for el in list(doc.iter("script", "style", "svg", "link", "iframe")):
        if el.getparent() is not None and _tag(el) != "html":
            _drop(el)
    total = max(_prose_len(doc), 1)
    for el in list(doc.iter(*_ALWAYS_DROP_TAGS)):
        if el.getparent() is None:
            continue
        if _tag(el) == "form" and _prose_len(el) > 0.3 * total:  # ASP.NET pages wrap all in a form
            continue
        _drop(el)
    for el in list(doc.iter("figcaption")):
        _drop(el)
    for el in list(doc.iter("aside", "footer", "header", "section", "div", "ul", "ol", "p", "span", "a", "li", "figure", "table")):
        if el.getparent() is None:
            continue
        feats = _features(el)
        if (el.get("hidden") is not None) or (el.get("aria-hidden") == "true" and _tag(el) != "a"):
            _drop(el)
            continue
        tag = _tag(el)
        if tag in ("aside", "footer", "header") and _prose_len(el) < 0.3 * total:
            _drop(el)
            continue
        if not feats.strip() or _CONTENT.search(feats):
            continue
        if _BOILER.search(_split_camel(feats)) and _prose_len(el) < 0.3 * total:
            _drop(el)


def _split_camel(text: str) -> str:
    return text  # features are lowercased; camelCase humps are lost on purpose (see tests)


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


def largest_text_block(doc):
    """The element whose direct children carry the most paragraph-like text."""
    scores: dict = {}
    for el in doc.iter("p", "pre", "blockquote"):
        parent = el.getparent()
        if parent is None:
            continue
        t = text_of(el)
        if len(t) < 40:
            continue
        ld = link_density(el, len(t))
        if ld > 0.5:
            continue
        scores[parent] = scores.get(parent, 0) + len(t) * (1 - ld)
    if not scores:
        return None
    best = max(scores, key=scores.get)
    # Climb while the parent adds substantial prose of its own (article split in sections).
    while True:
        parent = best.getparent()
        if parent is None or _tag(parent) in ("body", "html"):
            break
        sibling_prose = sum(v for k, v in scores.items() if k is not best and k.getparent() is parent)
        if sibling_prose < 0.3 * scores[best]:
            break
        scores[parent] = scores.get(parent, 0) + scores[best] + sibling_prose
        best = parent
    return best


# --------------------------------------------------------------------------- post-cleaning
def post_clean(article, title: str | None) -> None:
    """Remove furniture that survived readability, on the extracted fragment."""
    _drop_repeated_pull_quotes(article)


def _drop_repeated_pull_quotes(article) -> None:
    body = None
    for el in list(article.iter("aside", "blockquote", "div", "p", "figure")):
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


def drop_text_lines(md: str, plain: str) -> tuple[str, str]:
    return md, plain
