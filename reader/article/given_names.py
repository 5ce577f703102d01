"""Given names and the gender they tell, for the actor and quote passes.

Two sources, both in `quotes/data/`: our hand-written lists (`names_*.txt`, names very likely
borne by a man / a woman in English-language news), and about 57,000 given names from many
countries derived from nomquamgender's name data (`names_*_dictionary.txt`, see its README),
the men's, the women's and those of no clear gender.
Both tell the gender of a named person for "he"/"she" ("Anouk Verstraete", "Ottavia Brun");
only the hand lists say that a name is a person's, since the dictionary's names open many
places and companies too ("Sierra Leone", "Houston Astros"). The hand lists win where they
speak.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path

_LISTS = Path(__file__).parent / "quotes" / "data"


def word_list(file: str) -> frozenset[str]:
    """The words of `quotes/data/<file>`, `#` lines left out (the quote passes' lists too)."""
    lines = (_LISTS / file).read_text(encoding="utf-8").splitlines()
    return frozenset(w for line in lines if not line.startswith("#") for w in line.split())


HAND_NAMES = {"m": word_list("names_male.txt"), "f": word_list("names_female.txt")}
# Nouns for a woman / a man ("daughter", "uncle"): a person's gender where the text names them
# by kin (`kin_female.txt`, `kin_male.txt`), for the quote and the actor passes alike.
KIN_NOUNS = {"m": word_list("kin_male.txt"), "f": word_list("kin_female.txt")}
# The kin nouns of both genders as one regex alternation ("aunt|boy|…").
KIN_NOUN_ALT = "|".join(sorted(KIN_NOUNS["m"] | KIN_NOUNS["f"]))
# Given names of both sexes (`names_unisex.txt`): they open a person's name, with no gender.
UNISEX_NAMES = word_list("names_unisex.txt")
# Given names of men in one country and of women in another (`names_either_gender.txt`).
EITHER_GENDER = word_list("names_either_gender.txt")


@cache
def _dictionary() -> dict[str, str]:
    """The derived lists, read on first use (name -> "m"/"f")."""
    out = {name: "m" for name in word_list("names_male_dictionary.txt")}
    out.update({name: "f" for name in word_list("names_female_dictionary.txt")})
    return out


def gender_of(word: str) -> str | None:
    """ "m" or "f" for a given name, else None; the dictionary is read without accents
    ("Félix" as "Felix"), as its data was made. None for a name of either gender by country
    ("Andrea")."""
    if word in EITHER_GENDER:
        return None
    for g, names in HAND_NAMES.items():
        if word in names:
            return g
    return _dictionary().get(_unaccented(word))


@cache
def _mixed() -> frozenset[str]:
    """The derived names of no clear gender (`names_mixed_dictionary.txt`), read on first use."""
    return word_list("names_mixed_dictionary.txt")


def recorded_given_name(word: str) -> bool:
    """Whether any of our lists records `word` as someone's given name, of either gender or
    none ("Harjinder", "Nguyen" as a given name): a word no list records may be a title the
    document puts before names ("Ekashi Shigeru Kawamura")."""
    if word in UNISEX_NAMES or word in EITHER_GENDER or gender_of(word) is not None:
        return True
    return _unaccented(word) in _mixed()


def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def is_given_name(word: str) -> bool:
    """Whether `word` is a common given name in English-language news (the hand lists only:
    the dictionary also holds "Sierra", "Houston" and "Merrill", which open names of places
    and companies far more often than people's)."""
    return word in UNISEX_NAMES or any(word in names for names in HAND_NAMES.values())
