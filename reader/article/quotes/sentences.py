"""Sentence limits found from the text (abbreviations aware)."""

from __future__ import annotations

import re

from reader.article.actors.lexicon import is_personal_title
from reader.article.quotes.lexicon import _ABBREV, _SENT_END


def _is_abbrev(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    m = re.search(r"([\w.]+)$", text[max(0, dot - 12) : dot])
    if not m:
        return False
    w = m.group(1).lower()
    return (
        w in _ABBREV
        or (len(w) == 1 and text[dot - 1].isupper())
        or (m.group(1)[:1].isupper() and _title_before_name(w, text, dot))
    )


def _title_before_name(word: str, text: str, dot: int) -> bool:
    """ "Cllr. Kollie said", "Hon. Ayen Chol Bol": a capitalised title with its dot before a
    capitalised word abbreviates; the sentence goes on."""
    return is_personal_title(word) and bool(re.match(r"\.\s+[A-Z]", text[dot : dot + 4]))


def _sentence_start(text: str, lo: int, pos: int) -> int:
    best = lo
    for m in _SENT_END.finditer(text, lo, pos):
        if m.group(0) == "\n" or not _is_abbrev(text, m.start()):
            best = m.end()
    return best


def _sentence_end(text: str, pos: int, hi: int) -> int:
    for m in _SENT_END.finditer(text, pos, hi):
        if m.group(0) == "\n" or not _is_abbrev(text, m.start()):
            return m.end()
    return hi
