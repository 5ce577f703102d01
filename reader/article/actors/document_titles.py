"""Honorifics a document teaches by how it uses them ("Alkalo", "Mama", "Geom.", "DI", "Bagshi").

News from every culture puts its own honorifics and office words before names, far more than
any word list holds. A word the article only ever writes right before a name and that is no
given name itself is a title there, not the first word of a name, when it stands before both a
name and its surname alone ("Alkalo Foday Touray" … "Alkalo Touray said"), or when it is shaped
like a title (an abbreviation, a short word in capitals) and a given name follows it ("Geom.
Calogero Schillaci", "DI Johann Leitner"). Surnames written first ("Park Ji-sung") are used
alone too ("Park said"), so they are never taken for one; a first given name our lists miss
("Harjinder Singh Gill") does not count as a title for coming before one they hold.

A word that no list records as anyone's given name (the hand lists and some 57,000 names from
name records, men's, women's and mixed: "Harjinder" and "Nguyen" are there) and that is no
English word is a title whatever its shape when the writer keeps it before the first words
alone of the name ("Bagshi Sanal Erdniev" … "Bagshi Sanal said"). Before a given name alone it
is not enough: "Pranil Kumar Chand" and "Bishnu Prasad Sharma" open with given names no list
holds.

An English word no list records as a given name, written once before a given name and a
surname, says what the person is to the story ("Neighbour Stevo Kaluđerović", capitalised at a
sentence's start); kept before the name again it is the name's own ("Dad Karim Baloch" … "Dad
Karim")."""

from __future__ import annotations

import re

from reader.article.actors.lexicon import (
    ABBREVIATED_TITLE,
    BALINESE_NAME,
    COMPASS,
    GENERATIONAL_SUFFIXES,
    MONTHS,
    ORG_SUFFIXES,
    PLACE_PREFIXES,
    PLACE_SUFFIXES,
    SURNAME_PARTICLES,
    WEEKDAYS,
)
from reader.article.english_words import is_common_word
from reader.article.given_names import UNISEX_NAMES, gender_of, recorded_given_name

# The last words of bodies' and places' names ("Hospital", "Bridge"): no person's.
_HEAD_WORDS = ORG_SUFFIXES | PLACE_SUFFIXES
# The capitalised words after an occurrence: the name a title would stand before.
_NAME_RUN = re.compile(r"\s+((?:[A-Z][\w’'.-]*)(?:[ \t]+[A-Z][\w’'.-]*)*)")
# An abbreviation ("Geom.", "Mag.a", "Vzbgm.") or a short word in capitals ("DI"); one letter
# and its dot is an initial ("P. Venkata Subbarao").
_TITLE_SHAPED = re.compile(ABBREVIATED_TITLE + r"|[A-Z]{2,4}")


def without_document_titles(name: str, text: str) -> str:
    """A person's `name` without the titles `text` teaches before it, two words kept at
    least ("Alkalo Foday Touray" → "Foday Touray")."""
    if BALINESE_NAME.fullmatch(name):
        return name  # "I Wayan Sudarsana": the "I" is his name's, no title
    toks = name.split()
    while len(toks) >= 3 and _document_title(toks, text):
        toks = toks[1:]
    return " ".join(toks)


def titled_surname(name: str, text: str) -> bool:
    """Whether `name` is a title the text teaches and a surname ("Mama Maoate" beside "Mama
    Teuira Maoate"): the person, named by surname."""
    toks = name.split()
    return len(toks) == 2 and _document_title(toks, text)


def _document_title(toks: list[str], text: str) -> bool:
    """Whether `toks[0]` is a title in `text`, before the name `toks[1:]`."""
    word = toks[0]
    if not _may_be_title(word) or _given(word):
        return False
    runs = _names_after(word, text)
    if runs is None:
        return False  # used on its own somewhere: a name's own word
    if (_TITLE_SHAPED.fullmatch(word) and _given(toks[1])) or _surname_alone_among(runs):
        return True
    if _describing_word(toks) and _given(toks[1]) and len(runs) == 1:
        return True  # once: a word kept before the name again is the name's ("Dad Karim")
    if recorded_given_name(word) or is_common_word(word):
        return False
    return _first_words_alone_among(runs)


def _describing_word(toks: list[str]) -> bool:
    """Whether `toks[0]` is an English word no list records as a given name, written before a
    person's name: what the person is to the story, capitalised at a sentence's start
    ("Neighbour Stevo Kaluđerović", "Fisherman Tom Rowe"), not the name's own first word — nor
    a compass word or the first word of a body's or a place's name ("South Miami Hospital")."""
    word = toks[0]
    if word.lower() in COMPASS or any(t.lower() in _HEAD_WORDS for t in toks):
        return False
    return is_common_word(word) and not recorded_given_name(word)


def _may_be_title(word: str) -> bool:
    low = word.rstrip(".").lower()
    return (
        word[:1].isupper()
        and (word.isupper() or low not in SURNAME_PARTICLES)  # "De Vlieger"; "DI" is no "di"
        and low not in ORG_SUFFIXES
        and low not in PLACE_PREFIXES
        and low not in MONTHS
        and low not in WEEKDAYS
    )


def _names_after(word: str, text: str) -> list[str] | None:
    """The name runs after each occurrence of `word`, or None when one occurrence has none."""
    runs = []
    for m in re.finditer(r"(?<![\w.’'-])" + re.escape(word) + r"(?![\w’'-])", text):
        run = _NAME_RUN.match(text, m.end())
        if run is None or "\n" in text[m.end() : run.start(1)]:
            return None
        runs.append(run.group(1).rstrip("."))
    return runs or None


def _surname_alone_among(runs: list[str]) -> bool:
    """Whether the word also stands before the surname alone of a name it stands before
    ("Alkalo Foday Touray", "Alkalo Touray"): a given name does not. Different people after it
    ("Ibetombi Devi", "Tomba Singh") may share a family name written first, and a short form
    keeping the first words ("Pem Choden Bhutia", "Pem Choden") may be a double given name."""
    words = [r.split() for r in runs]
    return any(len(a) < len(b) and b[-len(a) :] == a for a in words for b in words)


def _first_words_alone_among(runs: list[str]) -> bool:
    """Whether the word also stands before the first words alone of a name it stands before
    ("Bagshi Sanal Erdniev" … "Bagshi Sanal said"): a writer who keeps the word in the short
    form keeps the respect it pays. Only for a word no list records as a given name, since a
    double given name is shortened so too ("Pem Choden Bhutia", "Pem Choden"); a generational
    suffix dropped is no shorter form ("Nanan Assi Akpa III" … "Nanan Assi Akpa")."""
    words = [_without_generation(r.split()) for r in runs]
    return any(len(a) < len(b) and b[: len(a)] == a for a in words for b in words)


def _without_generation(words: list[str]) -> list[str]:
    if len(words) > 1 and words[-1].rstrip(".").lower() in GENERATIONAL_SUFFIXES:
        return words[:-1]
    return words


def _given(word: str) -> bool:
    return word in UNISEX_NAMES or gender_of(word) is not None
