"""Pass 1, marks: quotation marks paired into quotations, paragraph by paragraph."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.article.quotes.lexicon import (
    _DOUBLE_CLOSE,
    _DOUBLE_OPEN,
    _ELISIONS,
    _OPEN_CTX_PREV,
    _SMALL,
)


@dataclass(slots=True)
class _Raw:
    """A quotation as found by the mark scanner."""

    pieces: list[tuple[int, int]]  # quoted words per paragraph (marks excluded)
    open_at: int  # position of the first opening mark
    close_at: int  # position just after the closing mark (or the paragraph end)
    para: int  # index of the paragraph holding the opening mark
    last_para: int
    speaker: str | None = None
    cue: str | None = None
    cue_dist: int = 10_000
    speaker_kind: str | None = None
    text: str = ""
    tagged: bool = False  # the speaker was found next to a speech cue
    in_clause: bool = False  # the speaker is the subject of the clause quoting these words
    block: bool = False  # an unmarked block quote
    turn: bool = False  # a transcript turn or an interview answer, printed without marks


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph ranges: separated by blank lines (white space trimmed)."""
    out = []
    pos = 0
    for m in re.finditer(r"\n[ \t]*\n\s*", text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    res = []
    for a, b in out:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            res.append((a, b))
    return res


def _scan_paragraph(
    text: str, a: int, b: int, disabled: set[int]
) -> list[tuple[str, int, int | None]]:
    """('d'|'s', open_pos, close_pos|None) for each quotation of one paragraph."""
    out: list[tuple[str, int, int | None]] = []
    state: tuple[str, int] | None = None  # None, ("d", pos) or ("s", pos)
    for i in range(a, b):
        c = text[i]
        if c not in "“”„«»\"‘’'‹›" or i in disabled:
            continue
        prev = text[i - 1] if i > a else " "
        nxt = text[i + 1] if i + 1 < b else " "
        open_ctx = (prev in _OPEN_CTX_PREV or prev.isspace()) and not nxt.isspace()
        close_ctx = not prev.isspace() and (nxt.isspace() or not nxt.isalnum())
        if c in '“„«”»"':
            if state is not None and state[0] == "s":
                continue  # nested inside a single-quoted passage
            if state is None:
                if (
                    c in _DOUBLE_OPEN
                    or open_ctx
                    or (c == '"' and not close_ctx)
                    or (c in _DOUBLE_CLOSE and not close_ctx)
                ):
                    state = ("d", i)
            else:
                if c in _DOUBLE_OPEN and open_ctx and not close_ctx:
                    # an opening mark while open: the previous one was never closed
                    out.append(("d", state[1], None))
                    state = ("d", i)
                else:
                    out.append(("d", state[1], i))
                    state = None
        else:
            if state is not None and state[0] == "d":
                continue  # nested single quotes inside a double quote
            if state is None:
                if (
                    c in "‘'‹"
                    and open_ctx
                    and nxt.isalnum()
                    and not _ELISIONS.match(text[i + 1 : i + 8])
                ):
                    state = ("s", i)
            elif c in "’'›" and close_ctx:
                out.append(("s", state[1], i))
                state = None
    if state is not None:
        out.append((state[0], state[1], None))
    return out


def find_spans(text: str) -> list[_Raw]:
    """All quotations marked in `text`, multi-paragraph quotes joined."""
    paras = paragraphs(text)
    raws: list[_Raw] = []
    carry: _Raw | None = None
    for pi, (a, b) in enumerate(paras):
        disabled: set[int] = set()
        for _ in range(20):
            found = _scan_paragraph(text, a, b, disabled)
            bad = [o for kind, o, c in found if kind == "s" and c is None]
            if not bad:
                break
            disabled.update(bad)
        starts_open = text[a] in '“„«"' if a < b else False
        if carry is not None and not starts_open and (close := _closing_only(text, a, b)):
            # the quote goes on without a new opening mark and closes here (a block quote's
            # second line, or a paragraph mark the writer left out)
            carry.pieces.append((a, close))
            carry.last_para, carry.close_at = pi, close + 1
            raws.append(carry)
            carry = None
            found = [f for f in found if f[1] > close]
        for n, (kind, o, c) in enumerate(found):
            if carry is not None:
                if n == 0 and o == a and starts_open:
                    # continuation paragraph of a multi-paragraph quote
                    end = c if c is not None else b
                    carry.pieces.append((o + 1, end))
                    carry.last_para = pi
                    carry.close_at = (c + 1) if c is not None else b
                    if c is not None:
                        raws.append(carry)
                        carry = None
                    continue
                raws.append(carry)
                carry = None
            end = c if c is not None else b
            raw = _Raw([(o + 1, end)], o, (c + 1) if c is not None else b, pi, pi)
            if c is None and kind == "d" and n == len(found) - 1 and pi + 1 < len(paras):
                na, nb = paras[pi + 1]
                if text[na] in '“„«"' or _closing_only(text, na, nb):
                    carry = raw
                    continue
            raws.append(raw)
        if carry is not None and not found:
            raws.append(carry)
            carry = None
    if carry is not None:
        raws.append(carry)
    out = []
    for r in raws:
        pieces = []
        for s, e in r.pieces:
            while s < e and text[s].isspace():
                s += 1
            while e > s and (text[e - 1].isspace() or text[e - 1] in ",:;—–-"):
                e -= 1
            if e > s:
                pieces.append((s, e))
        if not pieces:
            continue
        r.pieces = pieces
        r.text = " ".join(words_between(text, s, e) for s, e in pieces)
        out.append(r)
    return out


def _closing_only(text: str, a: int, b: int) -> int | None:
    """Where the paragraph [a, b) closes a quotation it never opened: its first double mark
    stands after a word, before a space or a punctuation mark, three words in or more."""
    m = re.search(r"[“”„«»\"]", text[a:b])
    if m is None:
        return None
    i = a + m.start()
    after = text[i + 1 : i + 2]
    closing = not text[i - 1].isspace() and (not after or after.isspace() or not after.isalnum())
    return i if closing and text[i] not in "“„«" and len(text[a:i].split()) >= 3 else None


# Two spaces or more before a punctuation mark are a link's blanked target ("the [DT 770
# headphones](https://…), which"), not the writer's spacing.
_MARKUP_GAP = re.compile(r"\s{2,}(?=[,.;:!?)])")


def words_between(text: str, a: int, b: int) -> str:
    """The words of `text[a:b]` as a quotation shows them: runs of white space made one space,
    none left where a link's target stood before a comma ("the DT 770 headphones, which")."""
    return " ".join(_MARKUP_GAP.sub("", text[a:b]).split())


def _looks_like_title(q: str) -> bool:
    words = q.split()
    if not 1 <= len(words) <= 6 or q[-1:] in ".!?…":
        return False
    return (
        all(w[0].isupper() or w.lower() in _SMALL or not w[0].isalpha() for w in words)
        and words[0][0].isupper()
        and len(words) >= 2
    )


def _add_block_quotes(text: str, raws: list[_Raw], blocks: list[tuple[int, int]]) -> list[_Raw]:
    """Block-quote paragraphs without any quotation mark are quotations too."""
    paras = paragraphs(text)
    out = list(raws)
    for a, b in blocks:
        for pi, (pa, pb) in enumerate(paras):
            if pa < a or pb > b or re.search(r"[“”\"‘]", text[pa:pb]):
                continue
            if len(text[pa:pb].split()) < 3 or any(r.open_at <= pa < r.close_at for r in raws):
                continue
            r = _Raw([(pa, pb)], pa, pb, pi, pi, block=True)
            r.text = words_between(text, pa, pb)
            out.append(r)
    out.sort(key=lambda r: r.open_at)
    return out
