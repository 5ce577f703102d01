"""Turning stored data into Rich `Text` — never into markup strings.

Every string here is untrusted (feed titles, article text, quotes, names), so it only ever
enters a `Text` as plain text with a style attached; nothing is parsed as Textual or Rich
markup. Control characters were already stripped where the text entered the store.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

from rich.text import Text

from reader.reading import MARKDOWN_LINK
from reader.store.records import ArticleRecord

_LINK = MARKDOWN_LINK
_EMPHASIS = re.compile(r"(\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*]))")
_BLOCK_GAP = re.compile(r"\n[ \t]*\n+")


@dataclass(slots=True)
class Block:
    """One paragraph-like block of the article text and where it sits in that text."""

    kind: str  # "heading", "quote", "list", "para"
    text: Text
    start: int
    end: int


def plural(count: int, noun: str) -> str:
    """ "1 article", "2 articles"."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def age(when: str | None, now: datetime | None = None) -> str:
    """A short age such as 5m, 3h, 2d, 4w, or a date for old articles."""
    if not when:
        return ""
    try:
        stamp = datetime.fromisoformat(when.replace("Z", "+00:00"))
    except ValueError:
        return ""
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=UTC)
    seconds = ((now or datetime.now(UTC)) - stamp).total_seconds()
    if seconds < 0:
        return "new"
    for unit, size, limit in (
        ("m", 60, 3600),
        ("h", 3600, 86400),
        ("d", 86400, 604800),
        ("w", 604800, 60 * 86400),
    ):
        if seconds < limit:
            return f"{max(1, int(seconds // size))}{unit}"
    return stamp.strftime("%Y-%m-%d")


def article_row(article: ArticleRecord, feed_title: str, now: datetime | None = None) -> Text:
    """One list row: unread dot, bookmark star, title, feed, age — all literal."""
    row = Text(no_wrap=True, overflow="ellipsis")
    row.append("●" if not article.read else " ", style="bold")
    row.append("★" if article.bookmarked else " ", style="yellow")
    row.append(f"{age(article.published or article.added, now):>6}  ", style="dim")
    row.append(article.title or "(untitled)", style="bold" if not article.read else "dim")
    if feed_title:
        row.append(f" — {feed_title}", style="italic dim")
    return row


def links(markdown: str) -> list[tuple[str, str]]:
    """The text's links in order, as (words, address): what `L` lists, numbered as shown."""
    found: list[tuple[str, str]] = []
    blocks(markdown, found)
    return found


def inline(markdown: str, found: list[tuple[str, str]] | None = None) -> Text:
    """A block's inline Markdown as Text: links keep their words (underlined) and, given
    `found` (the links so far), their number in the article ("[3]", as `L` lists them);
    emphasis marks go."""
    out = Text()
    pos = 0
    for match in _LINK.finditer(markdown):
        out.append(_EMPHASIS.sub("", markdown[pos : match.start()]))
        words = _EMPHASIS.sub("", match.group(1))
        out.append(words, style="underline")
        if found is not None:
            found.append((words.strip(), match.group(2)))
            out.append(f"[{len(found)}]", style="dim")
        pos = match.end()
    out.append(_EMPHASIS.sub("", markdown[pos:]))
    return out


def blocks(markdown: str, found: list[tuple[str, str]] | None = None) -> list[Block]:
    """Split article text into blocks, keeping each block's offsets for quote jumps; with
    `found`, links are numbered and collected there."""
    out: list[Block] = []
    pos = 0
    for gap in [*_BLOCK_GAP.finditer(markdown), None]:
        end = gap.start() if gap else len(markdown)
        raw = markdown[pos:end]
        if raw.strip():
            out.append(_block(raw, pos, end, found))
        if gap is None:
            break
        pos = gap.end()
    return out


def _block(raw: str, start: int, end: int, found: list[tuple[str, str]] | None) -> Block:
    stripped = raw.strip()
    if stripped.startswith("#"):
        text = inline(stripped.lstrip("#").strip(), found)
        text.stylize("bold")
        return Block("heading", text, start, end)
    lines = stripped.splitlines()
    if all(line.lstrip().startswith(">") for line in lines):
        body = "\n".join(line.lstrip()[1:].lstrip() for line in lines)
        text = inline(body, found)
        text.stylize("italic")
        return Block("quote", text, start, end)
    if all(re.match(r"\s*(?:[-*+]|\d{1,3}[.)])\s", line) for line in lines):
        text = Text()
        for i, line in enumerate(lines):
            bullet = re.match(r"(\s*)(?:[-*+]|(\d{1,3})[.)])\s+", line)
            assert bullet is not None
            marker = f"{bullet.group(2)}." if bullet.group(2) else "•"
            text.append(("\n" if i else "") + bullet.group(1) + marker + " ")
            text.append_text(inline(line[bullet.end() :], found))
        return Block("list", text, start, end)
    joined = " ".join(line.strip() for line in lines)
    return Block("para", inline(joined, found), start, end)


def block_at(found: list[Block], offset: int) -> int:
    """Index of the block holding `offset` (the nearest one before it otherwise)."""
    best = 0
    for i, block in enumerate(found):
        if block.start <= offset:
            best = i
        if block.start <= offset < block.end:
            return i
    return best
