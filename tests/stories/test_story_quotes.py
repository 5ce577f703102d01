"""Quotes matched across outlets through the changes outlets make (issue 13)."""

from __future__ import annotations

from reader.stories.quotes import match_quotes, same_speaker, same_words

FULL = "We promised the islanders a boat they can rely on, and tonight we kept that promise."


def test_fragment_curly_marks_and_elision_are_one_entry():
    entries = match_quotes(
        [
            ("wire", "Ilse Brandvold", FULL),
            ("tabloid", "Brandvold", "a boat they can rely on"),
            ("local", "Ilse Brandvold", "We promised the islanders … we kept that promise."),
            (
                "long",
                "Brandvold",
                "We promised the islanders a boat they can rely on, and "
                "tonight we kept that promise",
            ),
        ]
    )
    assert len(entries) == 1
    entry = entries[0]
    assert entry.speaker == "Ilse Brandvold"
    assert entry.articles == ["wire", "tabloid", "local", "long"]
    assert [entry.kind(a) for a in entry.articles] == ["whole", "fragment", "cut", "whole"]


def test_curly_apostrophe_and_case_do_not_matter():
    assert same_words("It’s a good day for every source", "it's a GOOD day for every source")


def test_different_speakers_never_share_an_entry():
    entries = match_quotes(
        [("a", "Ilse Brandvold", "a boat they can rely on"), ("b", "Tomas Quirke", FULL)]
    )
    assert len(entries) == 2
    assert not same_speaker("Ilse Brandvold", "Tomas Quirke")
    assert same_speaker("Dr Leopold Imani", "Imani")


def test_unknown_speaker_joins_through_the_text_but_not_two_known_ones():
    entries = match_quotes(
        [
            ("a", "Ilse Brandvold", FULL),
            ("b", "", "a boat they can rely on"),
            ("c", "Tomas Quirke", "a boat they can rely on"),
        ]
    )
    speakers = sorted((e.speaker, sorted(e.articles)) for e in entries)
    assert speakers == [("Ilse Brandvold", ["a", "b"]), ("Tomas Quirke", ["c"])]


def test_a_non_person_speaker_counts_as_unknown():
    entries = match_quotes(
        [("a", "Ilse Brandvold", FULL), ("b", "Courier", "We promised the islanders … promise.")],
        people={"brandvold"},
    )
    assert len(entries) == 1


def test_short_or_different_words_do_not_match():
    assert not same_words("a tax", "a tax on working people and their vans")
    assert not same_words(FULL, "We promised the council a bridge they can rely on")
