"""`clean_line` and `clean_block` take a fast path for printable text (issue 12); it must
give exactly what the regexes give, on every code point and on adversarial strings."""

from __future__ import annotations

import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader import sanitize
from reader.sanitize import _CONTROL, _SPACES, clean_block, clean_line

EVERY_CHAR = "".join(map(chr, range(sys.maxunicode + 1)))


def line_by_regex(text: str | None, limit: int = 2_000) -> str:
    """`clean_line` as it was before the fast path, the reference."""
    if not text:
        return ""
    line = _SPACES.sub(" ", _CONTROL.sub("", text)).strip()
    if len(line) > limit:
        line = line[: limit - 1].rstrip() + "…"
    return line


def block_by_regex(text: str | None) -> str:
    """`clean_block` as it was before the fast path, the reference."""
    if not text:
        return ""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def test_no_character_the_regexes_strip_is_printable() -> None:
    stripped = set(_CONTROL.findall(EVERY_CHAR)) | {"\r"}
    assert len(stripped) > 70
    assert not any(c.isprintable() for c in stripped)


def test_the_only_printable_white_space_is_the_space() -> None:
    spaces = _SPACES.findall("\0".join(EVERY_CHAR))  # one character a match
    assert {c for c in spaces if c.isprintable()} == {" "}
    assert set(spaces) == {c for c in EVERY_CHAR if c.isspace()}  # as str.split sees it


# The lemmas above hold for every code point; outputs are compared on all of the Basic
# Multilingual Plane, the tag characters, and a sample of the other planes (the whole
# range took 20 s).
CODE_POINTS = [
    *range(0x10000),
    *range(0xE0000, 0xE0080),
    *range(0x10000, sys.maxunicode + 1, 97),
]


def test_code_points_alone_and_among_words() -> None:
    for code in CODE_POINTS:
        c = chr(code)
        for text in (c, f"a{c}b", f" {c}{c} x  {c}"):
            assert clean_line(text) == line_by_regex(text), hex(code)
            assert clean_line(text, 3) == line_by_regex(text, 3), hex(code)
            assert clean_block(text) == block_by_regex(text), hex(code)


HOSTILE = [
    "\x1b[31mred\x1b[0m title",
    "\x1b]8;;https://evil.test\x07click\x1b]8;;\x07",
    "\x1b]0;new window title\x1b\\ after",
    "abc\u202edcba\u202c  \u2066isolated\u2069",
    "zero\u200bwidth\ufeffbom\ufff9anchor",
    "C1 \x9b31m and \x85 NEL and \x90DCS\x9c",
    "tabs\tand\nnew\r\nlines\rhere\x0b\x0c\x1c\x1d\x1e\x1f",
    "nbsp\xa0 thin\u2009 ideographic\u3000 line\u2028para\u2029 end",
    "  leading and trailing  \u00a0",
    "\ud800 lone surrogate \udfff",
    "e\u0301 combining, emoji 🗞️ and ‮ override",
    "…" * 3,
]

ALPHABET = st.sampled_from(
    [
        *"ab ~…\t\n\r",
        *map(chr, range(0x00, 0x21)),
        *map(chr, range(0x7F, 0xA1)),
        *"\u200b\u200e\u200f\u202a\u202e\u2066\u2069\ufeff\ufff9\ufffb\ufffc",
        *"\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ud800\udc00\U0001f5de\u0301",
    ]
)


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_strings_give_what_the_regexes_give(text: str) -> None:
    for limit in (2_000, 12, 1):
        assert clean_line(text, limit) == line_by_regex(text, limit)
    assert clean_block(text) == block_by_regex(text)


@settings(max_examples=600)
@given(st.one_of(st.text(ALPHABET, max_size=60), st.text(max_size=60)), st.integers(1, 40))
def test_adversarial_text_gives_what_the_regexes_give(text: str, limit: int) -> None:
    assert clean_line(text, limit) == line_by_regex(text, limit)
    assert clean_line(text) == line_by_regex(text)
    assert clean_block(text) == block_by_regex(text)


def test_plain_text_does_not_go_through_the_regexes(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(text: str) -> str:
        raise AssertionError(f"regex path taken for {text!r}")

    monkeypatch.setattr(sanitize, "_line_by_regex", refused)
    monkeypatch.setattr(sanitize, "_block_by_regex", refused)
    assert clean_line("  Council  approves the ferry … ") == "Council approves the ferry …"
    assert clean_block("<p>Plain\n\ttext.</p>") == "<p>Plain\n\ttext.</p>"
    with pytest.raises(AssertionError):
        clean_line("bell\x07")
