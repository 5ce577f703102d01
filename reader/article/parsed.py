"""One article text parsed once by spaCy, with offsets mapped back to the analysed text.

`analyse` runs the pipeline a single time over a white-space-compacted copy of the text (long
runs of blanks left by neutralised Markdown confuse the model); every pass — actors, quotes —
reads the same `Parsed` and maps spaCy's character offsets back with `orig`/`span`, so all
offsets they report are offsets into the analysed text.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover - typing only
    from spacy.tokens import Doc, Span, Token


@dataclass(slots=True)
class Parsed:
    """spaCy's `Doc` of the compact text and the map from its offsets to the analysed text."""

    doc: Doc
    index: list[int]  # offset in the compact text -> offset in the analysed text (+1 past end)
    _text: str | None = field(default=None, init=False, repr=False)

    @property
    def text(self) -> str:
        """The compact text (`Doc.text` joins every token on each call: read it once)."""
        if self._text is None:
            self._text = self.doc.text
        return self._text

    def orig(self, compact_offset: int) -> int:
        """Offset in the analysed text of a character offset in the compact text."""
        return self.index[min(compact_offset, len(self.index) - 1)]

    def span(self, item: Span | Token | Any) -> tuple[int, int]:
        """(start, end) in the analysed text of a token or span."""
        if hasattr(item, "start_char"):
            start, end = item.start_char, item.end_char
        else:
            start, end = item.idx, item.idx + len(item)
        if end <= start:
            return self.orig(start), self.orig(start)
        return self.orig(start), self.orig(end - 1) + 1

    def compact(self, offset: int) -> int:
        """Offset in the compact text of an offset in the analysed text (the first at or after)."""
        return bisect.bisect_left(self.index, offset)

    def tokens(self, start: int, end: int) -> list[Token]:
        """Tokens lying inside [start, end) of the analysed text (white space ignored)."""
        doc, n = self.doc, len(self.text)
        a, b = self.compact(start), self.compact(end)
        if a >= n:
            return []
        span = doc.char_span(a, min(b, n), alignment_mode="contract")
        return list(span) if span is not None else []

    def token_at(self, offset: int) -> Token | None:
        """The token covering `offset` of the analysed text, if any."""
        a = self.compact(offset)
        if a >= len(self.text):
            return None
        span = self.doc.char_span(a, a + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None
