"""Given names and the gender they tell, for the actor and quote passes.

Two sources: our hand-written lists (`quotes/data/names_*.txt`, names very likely borne by a
man / a woman in English-language news), and gender-guesser's dictionary of about 40,000 given
names from many countries (Jörg Michael's "gender" data). Both tell the gender of a named person
for "he"/"she" ("Anouk Verstraete", "Femi Adebayo-Holt"); only the hand lists say that a name is
a person's, since the dictionary's names open many places and companies too. Names the
dictionary gives both genders, or none, are left out; the hand lists win where they speak.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_LISTS = Path(__file__).parent / "quotes" / "data"


def _hand_list(name: str) -> frozenset[str]:
    lines = (_LISTS / name).read_text(encoding="utf-8").splitlines()
    return frozenset(w for line in lines if not line.startswith("#") for w in line.split())


HAND_NAMES = {"m": _hand_list("names_male.txt"), "f": _hand_list("names_female.txt")}


@cache
def _dictionary() -> dict[str, str]:
    """gender-guesser's names with one clear gender ("mostly" counts), capitalised."""
    from gender_guesser.detector import Detector  # type: ignore[import-untyped]

    out: dict[str, str] = {}
    for name, genders in Detector().names.items():
        kinds = {g.removeprefix("mostly_") for g in genders}
        if len(kinds) == 1 and (g := kinds.pop()) in ("male", "female") and name.isalpha():
            out[name] = "m" if g == "male" else "f"
    return out


def gender_of(word: str) -> str | None:
    """ "m" or "f" for a given name, else None."""
    for g, names in HAND_NAMES.items():
        if word in names:
            return g
    return _dictionary().get(word)


def is_given_name(word: str) -> bool:
    """Whether `word` is a common given name in English-language news (the hand lists only:
    the dictionary also holds "Rio", "Sierra", "Houston" and "Merrill", which open names of
    places and companies far more often than people's)."""
    return any(word in names for names in HAND_NAMES.values())
