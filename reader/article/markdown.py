"""Turn a cleaned HTML fragment into Markdown-flavoured text and plain text.

Block elements always end the current paragraph (no "water" + "BPA" → "waterBPA" glue).
The Markdown form keeps ``#`` headings, ``- `` / ``1. `` lists, ``> `` block quotes,
``**strong**`` / ``*em*`` and ``[text](url)`` links whose target is absolute http(s) or
mailto; the plain form has the same blocks with no markup at all.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from lxml import etree

BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "html",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
        "caption",
        "noscript",
        "iframe",
        "video",
        "audio",
        "picture",
        "canvas",
        "object",
        "embed",
        "title",
        "option",
        "select",
        "textarea",
        "legend",
        "output",
        "progress",
    }
)
SKIP_TAGS = frozenset(
    {
        "script",
        "style",
        "template",
        "head",
        "meta",
        "link",
        "svg",
        "math",
        "button",
        "input",
        "select",
        "textarea",
        "iframe",
        "object",
        "embed",
        "canvas",
        "noscript",
        "video",
        "audio",
        "img",
        "source",
        "track",
        "map",
        "area",
        "title",
        "base",
    }
)
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
LINK_SCHEMES = frozenset({"http", "https", "mailto"})

_WS = re.compile(r"[ \t\n\r\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_MD_MARKS = re.compile(r"[*_]{1,3}")


def _tag(el: etree._Element) -> str:
    tag = el.tag
    return tag.lower() if isinstance(tag, str) else ""


def link_target(href: str | None, base: str | None) -> str | None:
    """An absolute http(s)/mailto target fit for ``[text](target)``, else None."""
    if not href:
        return None
    href = href.strip()
    try:
        if base:
            href = urljoin(base, href)
        parts = urlsplit(href)
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in LINK_SCHEMES:
        return None
    if scheme != "mailto" and not parts.netloc:
        return None
    href = _WS.sub("%20", href)
    href = "".join(ch for ch in href if ch.isprintable())
    return href.replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E")


class _Buffer:
    """The paragraph being built: parallel Markdown and plain pieces."""

    __slots__ = ("md", "plain")

    def __init__(self) -> None:
        self.md: list[str] = []
        self.plain: list[str] = []

    def add(self, md: str, plain: str | None = None) -> None:
        self.md.append(md)
        self.plain.append(md if plain is None else plain)

    def take(self) -> tuple[str, str]:
        md = _WS.sub(" ", "".join(self.md)).strip()
        plain = _WS.sub(" ", "".join(self.plain)).strip()
        self.md.clear()
        self.plain.clear()
        return md, plain


class _Renderer:
    def __init__(self, base: str | None) -> None:
        self.base = base

    # Each block is (markdown, plain); a list/quote block may span several lines.
    def blocks(self, el: etree._Element) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        buf = _Buffer()
        self._container(el, buf, out, include_tail=False)
        self._flush(buf, out)
        return out

    @staticmethod
    def _flush(buf: _Buffer, out: list[tuple[str, str]]) -> None:
        md, plain = buf.take()
        if plain:
            out.append((md, plain))

    def _container(self, el, buf: _Buffer, out, include_tail: bool) -> None:
        if el.text:
            buf.add(el.text)
        for child in el:
            self._node(child, buf, out)
        if include_tail and el.tail:
            buf.add(el.tail)

    def _node(self, el, buf: _Buffer, out) -> None:
        tag = _tag(el)
        if not tag or tag in SKIP_TAGS:
            if el.tail:
                buf.add(el.tail)
            return
        if tag == "br":
            self._flush(buf, out) if _is_double_break(el) else buf.add("\n", " ")
            if el.tail:
                buf.add(el.tail)
            return
        if tag in BLOCK_TAGS:
            self._flush(buf, out)
            self._block(el, tag, out)
            if el.tail:
                buf.add(el.tail)
            return
        self._inline(el, tag, buf, out)

    def _inline(self, el, tag: str, buf: _Buffer, out) -> None:
        has_block = any(_tag(d) in BLOCK_TAGS for d in el.iterdescendants())
        if has_block:  # an inline element wrapping blocks: transparent
            self._container(el, buf, out, include_tail=True)
            return
        if tag == "a":
            inner = _Renderer(self.base)
            md, plain = _inline_text(inner, el)
            target = link_target(el.get("href"), self.base)
            if plain:
                lead = " " if md[:1].isspace() else ""
                trail = " " if md[-1:].isspace() else ""
                text = _WS.sub(" ", md).strip().replace("[", "\\[").replace("]", "\\]")
                if target:
                    buf.add(f"{lead}[{text}]({target}){trail}", plain)
                else:
                    buf.add(md, plain)
            if el.tail:
                buf.add(el.tail)
            return
        if tag in ("strong", "b", "em", "i"):
            inner = _Renderer(self.base)
            md, plain = _inline_text(inner, el)
            core = md.strip()
            if core:
                mark = "**" if tag in ("strong", "b") else "*"
                lead = " " if md[:1].isspace() else ""
                trail = " " if md[-1:].isspace() else ""
                buf.add(f"{lead}{mark}{core}{mark}{trail}", plain)
            elif md:
                buf.add(" ")
            if el.tail:
                buf.add(el.tail)
            return
        if tag == "code":
            text = el.text_content()
            if text.strip():
                buf.add(f"`{text.strip()}`" if "`" not in text else text, text)
            if el.tail:
                buf.add(el.tail)
            return
        self._container(el, buf, out, include_tail=True)

    def _block(self, el, tag: str, out) -> None:
        if tag in HEADINGS:
            md, plain = _inline_text(self, el)
            md, plain = _WS.sub(" ", md).strip(), _WS.sub(" ", plain).strip()
            if plain:
                out.append(("#" * HEADINGS[tag] + " " + md, plain))
            return
        if tag in ("ul", "ol", "menu", "dir"):
            items = []
            number = 0
            for child in el:
                ctag = _tag(child)
                if ctag in SKIP_TAGS or not ctag:
                    continue
                sub = self.blocks(child)
                if not sub:
                    continue
                number += 1
                marker = f"{number}. " if tag == "ol" else "- "
                md = "\n".join(b[0] for b in sub)
                plain = "\n".join(b[1] for b in sub)
                pad = " " * len(marker)
                md = marker + md.replace("\n", "\n" + pad)
                items.append((md, plain))
            if items:
                out.append(("\n".join(i[0] for i in items), "\n".join(i[1] for i in items)))
            return
        if tag == "blockquote":
            sub = self.blocks(el)
            if sub:
                md = "\n>\n".join("\n".join("> " + line for line in b[0].split("\n")) for b in sub)
                out.append((md, "\n\n".join(b[1] for b in sub)))
            return
        if tag == "pre":
            text = el.text_content().strip("\n")
            if text.strip():
                fence = "```"
                out.append((f"{fence}\n{text}\n{fence}", text))
            return
        if tag == "hr":
            return
        if tag == "tr":
            cells = []
            for cell in el:
                md, plain = _inline_text(self, cell) if _tag(cell) in ("td", "th") else ("", "")
                if plain.strip():
                    cells.append((_WS.sub(" ", md).strip(), _WS.sub(" ", plain).strip()))
            if cells:
                out.append((" | ".join(c[0] for c in cells), " ".join(c[1] for c in cells)))
            return
        out.extend(self.blocks(el))


def _inline_text(renderer: _Renderer, el) -> tuple[str, str]:
    """Everything inside el as one run of inline text (blocks joined by spaces)."""
    blocks = renderer.blocks(el)
    if not blocks:
        return "", ""
    raw = el.text_content()
    lead = " " if raw[:1].isspace() else ""
    trail = " " if raw[-1:].isspace() else ""
    md = " ".join(b[0].replace("\n", " ") for b in blocks)
    plain = " ".join(b[1].replace("\n", " ") for b in blocks)
    return lead + md + trail, lead + plain + trail


def _is_double_break(el) -> bool:
    nxt = el.getnext()
    return (nxt is not None and _tag(nxt) == "br" and not (el.tail or "").strip()) or (
        (prev := el.getprevious()) is not None
        and _tag(prev) == "br"
        and not (prev.tail or "").strip()
    )


def render(el: etree._Element, base: str | None) -> tuple[str, str]:
    """(markdown, plain) of a fragment: blocks separated by blank lines."""
    try:
        blocks = _Renderer(base).blocks(el)
    except RecursionError:
        text = _WS.sub(" ", el.text_content()).strip()
        return text, text
    blocks = _dedupe_adjacent(blocks)
    return "\n\n".join(b[0] for b in blocks), "\n\n".join(b[1] for b in blocks)


def _dedupe_adjacent(blocks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for block in blocks:
        if out and out[-1][1] == block[1]:
            continue
        out.append(block)
    return out


def strip_marks(text: str) -> str:
    """Remove stray emphasis markers (used for plain text built from Markdown-ish input)."""
    return _MD_MARKS.sub("", text)
