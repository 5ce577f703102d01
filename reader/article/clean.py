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

import copy
import logging
import re
from itertools import islice

import lxml.html
from lxml import etree
from readability import Document

from reader.article import boilerplate, second_opinion
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
# lxml.html picks each element's Python class in Python (`HtmlElementClassLookup.lookup`,
# ~11,000 calls a page, once per element proxy made); the form classes it adds (`FormElement`,
# `InputElement`, ...) are never used here, so the plain HTML classes are chosen in C.
_PARSER.set_element_class_lookup(
    etree.ElementDefaultClassLookup(
        element=lxml.html.HtmlElement,
        comment=lxml.html.HtmlComment,
        pi=lxml.html.HtmlProcessingInstruction,
        entity=lxml.html.HtmlEntity,
    )
)

# Retry when readability's output is shorter than this many characters, or than this share
# of the page's largest block of paragraph text.
_SHORT = 400
_SHARE = 0.2
# The element holding most of the page's prose is a second candidate when readability's
# block holds less than this share of that prose (measured on wcxb-dev: 0.5 keeps junk
# out but loses split bodies; with the second opinion to choose, 0.9).
_WIDEN = 0.9
# The page's element behind readability's block replaces it up to this much more text.
_TWIN = 2.0
# Ours is near-empty beside the second opinion below this share of its words.
_NEAR_EMPTY = 0.25
# Fewer words than this is no article: the page gets a warning.
_FEW_WORDS = 20


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
    if text is None or not _LOOKS_HTML.search(text[:_HEAD]):
        return None
    return _undo_double_encoding(text)


# UTF-8 bytes read as Latin-1 or Windows-1252 and encoded again ("â\x80\x9c" or "â€œ" for
# "“", "Â\xa0" for a no-break space): a site bug that hides every quotation mark. The C1
# controls and the "â€", "â„" it leaves do not occur in text, so a page holding several of them is
# repaired, one run of characters at a time.
_CP1252_HIGH = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_MOJIBAKE_SIGN = re.compile(f"[\u00c2-\u00f4][\u0080-\u009f{_CP1252_HIGH}]")
_MOJIBAKE_RUN = re.compile(f"[\u00c2-\u00f4][\u0080-\u00bf{_CP1252_HIGH}]{{1,3}}")


def _undo_double_encoding(text: str) -> str:
    if len(list(islice(_MOJIBAKE_SIGN.finditer(text), 3))) < 3:
        return text

    def repair(m: re.Match[str]) -> str:
        for codec in ("latin-1", "cp1252"):
            try:
                return m.group(0).encode(codec).decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                continue
        return m.group(0)

    return _MOJIBAKE_RUN.sub(repair, text)


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
    md, plain = _read(doc, text.encode("utf-8", "replace"), url, title, byline)
    plain = clean_block(plain).strip()
    return CleanedPage(
        title=clean_line(title) or None,
        byline=clean_line(byline) or None,
        published=published,
        text=clean_block(md).strip(),
        plain=plain,
        warning=_warning(plain),
    )


def _warning(plain: str) -> str | None:
    """Say so when no article was found, rather than returning a blank page silently."""
    n = sum(second_opinion.words(plain).values())
    if n == 0:
        return "no article text found on the page"
    if n < _FEW_WORDS:
        return f"only {n} words of article text found on the page"
    return None


def _render(block, url: str | None, title: str | None, byline: str | None) -> tuple[str, str]:
    """Markdown and plain text of a block, furniture removed (the block is changed)."""
    boilerplate.post_clean(block, title, byline)
    md, plain = render(block, url)
    return boilerplate.drop_text_lines(md, plain)


def _read(
    doc, raw: bytes, url: str | None, title: str | None, byline: str | None
) -> tuple[str, str]:
    """(Markdown, plain) of the article: our candidates, and a second opinion when in doubt.

    Candidates are rendered from copies, so removing furniture from one cannot change
    another (the wide block may contain the narrow one)."""
    blocks = _candidates(doc, url)
    readings = [_render(copy.deepcopy(b), url, title, byline) for b in blocks]
    readings = [r for r in readings if r[1].strip()]
    if len(readings) == 1 and len(readings[0][1]) >= _SHORT:
        return readings[0]
    second = second_opinion.read_page(raw, url)
    if second is None:
        return readings[0] if readings else ("", "")
    return _choose(readings, _render(second, url, title, byline))


def _choose(readings: list[tuple[str, str]], theirs: tuple[str, str]) -> tuple[str, str]:
    """The reading of ours that agrees best with the second opinion; the second opinion's
    own when every reading of ours is near-empty beside it."""
    ref = second_opinion.words(theirs[1])
    if not readings:
        return theirs
    bags = [second_opinion.words(r[1]) for r in readings]
    best = max(range(len(readings)), key=lambda i: second_opinion.agreement(bags[i], ref))
    if sum(bags[best].values()) < _NEAR_EMPTY * sum(ref.values()):
        return theirs
    return readings[best]


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
    return CleanedPage(
        title=None,
        byline=None,
        published=None,
        text="",
        plain="",
        warning="the page could not be read as HTML",
    )


class _TreeDocument(Document):
    """readability's `Document` over a tree we parsed already: each of its passes (it
    parses again for its lenient retry) starts from a fresh copy of the tree, instead of
    the tree serialised and parsed back by readability (~10 ms a page with its encoding
    sniffing, for the same tree)."""

    def _parse(self, input):
        return super()._parse(copy.deepcopy(input))


def _readability(doc, url: str | None) -> lxml.html.HtmlElement | None:
    try:
        summary = _TreeDocument(doc, url=url).summary(html_partial=True)
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
    return article if block is None else block


def _candidates(doc, url: str | None) -> list:
    """Our readings of the page, narrow first: readability's block (widened over a split
    body), and the element holding most of the page's prose when readability's block holds
    clearly less of it."""
    block = boilerplate.largest_text_block(doc)
    narrow = _from_page(doc, _extract(doc, url, block))
    if narrow is None:
        return [] if block is None else [block]
    if block is None or block is narrow:
        return [narrow]
    if boilerplate.prose_weight(narrow) >= _WIDEN * boilerplate.prose_weight(block):
        return [narrow]
    return [narrow, block]


def _from_page(doc, article):
    """The page's own element behind readability's block, when it is not much larger.

    Readability's conditional cleaning drops lists, tables and short sections inside the
    article (a checklist, a shopping table, a FAQ); the page's element still holds them, and
    our own rules remove the furniture beside them."""
    if article is None or article.getroottree() is doc.getroottree():
        return article
    source = boilerplate.twin(doc, article)
    if source is None or boilerplate.text_len(source) > _TWIN * boilerplate.text_len(article):
        return article
    return source


def _extract(doc, url: str | None, block):
    """Readability's block of the page; `block` (the element holding most of its prose) is
    the fallback when readability comes back short even with its class rules relaxed."""
    yardstick = boilerplate.densest_prose(doc)
    article = _readability(doc, url)
    got = boilerplate.text_len(article) if article is not None else 0
    if got >= _SHORT and got >= _SHARE * yardstick:
        return _whole_body(doc, article, url)
    # Near-empty: retry with readability's negative class words neutralised.
    retry = _readability(boilerplate.relax_classes(doc), url)
    retry_len = boilerplate.text_len(retry) if retry is not None else 0
    if retry_len > got:
        article, got = retry, retry_len
    if got >= _SHORT and got >= _SHARE * yardstick:
        return article
    # Still short: the smallest element holding most of the page's paragraph text.
    if block is not None and boilerplate.text_len(block) > max(2 * got, got + 300):
        return block
    return article
