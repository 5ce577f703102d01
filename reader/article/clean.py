"""An article page reduced to its text: readability-lxml plus our own boilerplate rules.

Pipeline of `clean_page`:

1. decode and parse the page ourselves (encoding from the page's own declaration, else
   UTF-8, else a guess), read title / byline / date from the untouched tree;
2. pre-clean the tree (hidden elements, navigation, share bars, newsletter and donation
   boxes, comment sections, cookie notices … found by structure and class names), and hand
   readability-lxml the result as UTF-8 bytes: ``Document(bytes).summary(html_partial=True)``;
3. if readability came back nearly empty compared with the page's largest text block
   (page builders' "widget" classes, Tailwind utility classes, a lead in a "media" class),
   retry on a copy whose class names no longer carry readability's negative words, and
   failing that take the largest text block itself; when readability returned one of the
   parallel wrappers a page builder splits the body into, take their common parent;
4. post-clean the extracted fragment (text cues: "Advertisement", "Read more", photo
   credits, paywall and cookie lines, repeated pull quotes, link lists …);
5. render Markdown-flavoured text and plain text, block by block.

Never raises: garbage in gives a `CleanedPage` with empty text.
"""

from __future__ import annotations

import contextlib
import logging
import re

import lxml.html
from lxml import etree
from readability import Document

from reader.article import boilerplate
from reader.article.markdown import render
from reader.article.metadata import extract_byline, extract_published, extract_title, jsonld_objects
from reader.models import CleanedPage
from reader.sanitize import clean_block, clean_line

log = logging.getLogger(__name__)

_MAX_BYTES = 40_000_000  # raw input beyond this is cut before parsing
_MAX_MARKUP = 1_500_000  # markup left after dropping scripts and styles is cut to this
_HEAD = 65_536
_DECLARED = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]{0,100}?encoding=["']([A-Za-z0-9_.:-]{2,40})""", re.I)
_LOOKS_HTML = re.compile(r"<\s*[A-Za-z!/?]")
_PARSER = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)

# Retry when readability's output is shorter than this many characters, or than this share
# of the page's largest block of paragraph text.
_SHORT = 400
_SHARE = 0.2
# Take the largest text block instead when readability's paragraphs are under this share of it.
_SPLIT = 0.0


def clean_page(html: bytes, url: str | None = None) -> CleanedPage:
    """Title, byline, date and article text (Markdown-flavoured and plain) of a page."""
    try:
        return _clean_page(html, url)
    except Exception:
        log.debug("clean_page failed on %r", url, exc_info=True)
        return CleanedPage(title=None, byline=None, published=None, text="", plain="")


def _decode(raw: bytes) -> str | None:
    if not raw or not raw.strip():
        return None
    head = raw[:_HEAD]
    if head.count(b"\x00") > len(head) // 100 and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = raw.decode("utf-16", "replace")
    elif raw.startswith(b"\xef\xbb\xbf"):
        text = raw[3:].decode("utf-8", "replace")
    else:
        text = None
        for match in list(_XML_DECL.finditer(head)) + list(_DECLARED.finditer(head)):
            name = match.group(1).decode("ascii", "replace").lower()
            name = {"ascii": "utf-8", "gb2312": "gb18030", "big5": "big5hkscs"}.get(name, name)
            try:
                text = raw.decode(name, "replace")
                break
            except LookupError:
                continue
        if text is None:
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                text = raw.decode("cp1252", "replace")
    if not _LOOKS_HTML.search(text[:_HEAD]):
        return None
    return text


# An early `</body>` or `</html>` (a template closing the page after its header) makes
# libxml2 stop; browsers keep going, so the end tags are dropped and the parser closes them.
_PAGE_END = re.compile(r"</(?:body|html)\s*>", re.I)


def _parse(text: str) -> lxml.html.HtmlElement | None:
    data = _PAGE_END.sub("", text).encode("utf-8", "replace")[:_MAX_BYTES]
    try:
        doc = lxml.html.document_fromstring(data, parser=_PARSER)
    except (etree.ParserError, ValueError):
        return None
    return doc if doc is not None and doc.getroottree() is not None else None


def _clean_page(html: bytes, url: str | None) -> CleanedPage:
    if isinstance(html, str):
        html = html.encode("utf-8", "replace")
    if not isinstance(html, (bytes, bytearray, memoryview)):
        return _EMPTY_PAGE()
    text = _decode(bytes(html))
    if text is None:
        return _EMPTY_PAGE()
    doc = _parse(text)
    if doc is None:
        return _EMPTY_PAGE()
    url = url if url and url.lower().startswith(("http://", "https://")) else None

    objects = jsonld_objects(doc)
    title = extract_title(doc, url, objects)
    byline = extract_byline(doc, objects)
    published = extract_published(doc, objects)

    doc = _shrink(doc)
    if doc is None:
        return _EMPTY_PAGE()
    boilerplate.pre_clean(doc)
    article = _extract(doc, url)
    if article is None:
        md = plain = ""
    else:
        boilerplate.post_clean(article, title, byline)
        md, plain = render(article, url)
        md, plain = boilerplate.drop_text_lines(md, plain)
    return CleanedPage(
        title=clean_line(title) or None,
        byline=clean_line(byline) or None,
        published=published,
        text=clean_block(md).strip(),
        plain=clean_block(plain).strip(),
    )


def _shrink(doc):
    """Drop scripts, styles and the like; cut what is left if it is still huge."""
    for el in list(doc.iter("script", "style", "svg", "template", "noscript", "math", "canvas")):
        if el.getparent() is not None:
            el.drop_tree()
    data = lxml.html.tostring(doc, encoding="utf-8", method="html")
    if len(data) <= _MAX_MARKUP:
        return doc
    return _parse(data[:_MAX_MARKUP].decode("utf-8", "ignore"))


def _EMPTY_PAGE() -> CleanedPage:
    return CleanedPage(title=None, byline=None, published=None, text="", plain="")


def _to_bytes(doc) -> bytes:
    body = lxml.html.tostring(doc, encoding="utf-8", method="html")
    return b'<meta charset="utf-8">' + body


def _readability(data: bytes, url: str | None) -> lxml.html.HtmlElement | None:
    try:
        summary = Document(data, url=url).summary(html_partial=True)
    except Exception:
        return None
    if not summary or not summary.strip():
        return None
    try:
        return lxml.html.fragment_fromstring(summary, create_parent="div")
    except (etree.ParserError, ValueError):
        return None


def _whole_body(doc, article, url: str | None):
    """Readability's article, or the wider element of doc when it returned only one of the
    parallel wrappers a page builder splits the body into (`boilerplate.split_body`)."""
    block = boilerplate.split_body(doc, article)
    if block is None:
        return article
    if url:
        with contextlib.suppress(ValueError, TypeError):
            block.make_links_absolute(url, handle_failures="discard")
    return block


def _extract(doc, url: str | None):
    yardstick = boilerplate.densest_prose(doc)
    article = _readability(_to_bytes(doc), url)
    got = boilerplate.text_len(article) if article is not None else 0
    if got >= _SHORT and got >= _SHARE * yardstick:
        return _whole_body(doc, article, url)
    # Near-empty: retry with readability's negative class words neutralised.
    retry = _readability(_to_bytes(boilerplate.relax_classes(doc)), url)
    retry_len = boilerplate.text_len(retry) if retry is not None else 0
    if retry_len > got:
        article, got = retry, retry_len
    if got >= _SHORT and got >= _SHARE * yardstick:
        return article
    # Still short: the smallest element holding most of the page's paragraph text.
    block = boilerplate.largest_text_block(doc)
    if block is not None and boilerplate.text_len(block) > max(2 * got, got + 300):
        if url:
            with contextlib.suppress(ValueError, TypeError):
                block.make_links_absolute(url, handle_failures="discard")
        return block
    return article
