"""Pass 5 — occurrences and ranking: every mention of every actor, and actors by salience.

All surface forms of all actors are matched in one scan of the text (longest form first), so
mentions NER missed are counted too. A form shared by two actors ("Cole" for two people named
Cole) goes to the one a pronoun later in its sentence fits ("Cole laughs when he hears it"),
or whom the same titled form named before ("Elder Jackson"); else to the one named in full
earlier in its sentence, or in its paragraph; else to the one
introduced first (news keeps the family name for the story's subject and calls a sister, a
father or a wife by the full or the given name); else, before either is named in full, to the
next one after it.
"""

from __future__ import annotations

import re
from collections import Counter

from reader.article.actors.lexicon import GENERATIONAL_SUFFIXES, NICKNAME, TITLES
from reader.article.actors.model import ActorMention, Group, Surface
from reader.article.actors.surface import line_is_caps_heading
from reader.article.given_names import KIN_NOUN_ALT, KIN_NOUNS, gender_of
from reader.models import Actor


def find_occurrences(
    text: str, groups: list[Group], owner: dict[str, list[int]]
) -> list[ActorMention]:
    """Every occurrence of every surface form, each given to one group."""
    owner = {**owner, **_nicknamed_forms(text, owner)}
    forms = sorted(owner, key=len, reverse=True)
    if not forms:
        return []
    pattern = re.compile(
        r"(?<![\w@/])(?:" + "|".join(re.escape(s) for s in forms) + r")(?![\w@/]|[’']\w{2,})"
    )
    shared = _SharedForms(text, groups)
    pending: list[tuple[int, int, str, list[int]]] = []
    for m in pattern.finditer(text):
        s = m.group(0)
        gis = owner.get(s)
        if not gis:
            continue
        if line_is_caps_heading(text, m.start()) and s.isupper() and len(s) > 5:
            continue
        if len(gis) == 1:
            shared.named(gis[0], m.start())
            shared.out.append(ActorMention(m.start(), m.end(), gis[0], s))
        elif (gi := shared.resolve(m.start(), m.end(), s, gis)) is not None:
            shared.out.append(ActorMention(m.start(), m.end(), gi, s))
        else:
            pending.append((m.start(), m.end(), s, gis))
    out = shared.out
    for start, end, s, gis in pending:  # ambiguous and before any full name: the next one
        nxt = [(o.start, o.actor) for o in out if o.actor in gis and o.start > start]
        out.append(ActorMention(start, end, min(nxt)[1] if nxt else gis[0], s))
    out.sort(key=lambda o: o.start)
    return out


def _nicknamed_forms(text: str, owner: dict[str, list[int]]) -> dict[str, list[int]]:
    """'Manuel "Manny" Medeiros' as written, a mention of Manuel Medeiros: the nickname inside
    the name is no break in it."""
    out = {}
    for m in NICKNAME.finditer(text):
        rest = _SURNAME_AFTER.match(text, m.end())
        if rest is None:
            continue
        written = text[m.start() : rest.end()]
        name = f"{text[m.start() : m.start('nick')].strip()} {rest.group(0)}"
        if name in owner:
            out[written] = owner[name]
    return out


_SURNAME_AFTER = re.compile(r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?")


class _SharedForms:
    """Who a form several actors share means at each of its occurrences (see the module)."""

    def __init__(self, text: str, groups: list[Group]) -> None:
        self.text, self.groups = text, groups
        self.out: list[ActorMention] = []
        self.last_full: dict[int, int] = {}  # group → last position of an unambiguous mention
        self.first_full: dict[int, int] = {}  # group → first position of one
        self.by_title: dict[str, int] = {}  # "Elder Jackson" → the group it named first

    def named(self, gi: int, start: int) -> None:
        """A mention at `start` that only group `gi` has: where it was last named in full."""
        self.last_full[gi] = start
        self.first_full.setdefault(gi, start)

    def resolve(self, start: int, end: int, s: str, gis: list[int]) -> int | None:
        """The group the shared form `s` at `start` names, None before any is named in full.
        A titled form keeps naming whom it named first: "Elder Jackson said …", later "Elder
        Jackson told him" with the grandson named in between."""
        text, groups = self.text, self.groups
        title = _title_before(text, start)
        hints = (
            lambda: _by_suffix(text, end, gis, groups),
            lambda: _by_honorific(text, start, gis, groups),
            lambda: _by_pronoun(text, end, gis, groups),
            lambda: self.by_title.get(f"{title} {s}") if title else None,
            lambda: self._by_position(start, gis),
        )
        # group 0 is a group: no `or` between the hints
        gi = next((found for hint in hints if (found := hint()) is not None), None)
        if gi is not None and title:
            self.by_title.setdefault(f"{title} {s}", gi)
        return gi

    def _by_position(self, start: int, gis: list[int]) -> int | None:
        """The one named last in the same sentence, else in the same paragraph ("Her father,
        Sjúrður Roe, fishes … 'Quote,' Roe says" beside his daughter Rannvá Roe), else in the
        paragraph before ("Her son, Liu Cheng-hao, … He found …" then "'…,' Liu said"), else
        the one named first."""
        text, last_full = self.text, self.last_full
        paragraph = text.rfind("\n", 0, start)
        sentence = max(text.rfind(". ", 0, start), paragraph)
        near = [(last_full[g], g) for g in gis if last_full.get(g, -1) > sentence]
        near = near or [
            (last_full[g], g)
            for g in gis
            if last_full.get(g, -1) > paragraph and not _kin_in_passing(text, last_full[g])
        ]
        before = text.rfind("\n", 0, len(text[:paragraph].rstrip()))
        near = near or [
            (last_full[g], g)
            for g in gis
            if last_full.get(g, -1) > before and _story_person(text, self.first_full[g])
        ]
        if near:
            last_full[max(near)[1]] = start  # "Liu said" then, a paragraph on, "Liu said"
            return max(near)[1]
        first = [(self.first_full[g], g) for g in gis if g in self.first_full]
        return min(first)[1] if first else None


# A sentence opening with "He"/"She", or a capitalised word (a name).
_NEXT_OPENER = re.compile(r"[.!?][\"”’]?\s+([A-Z][\w’'-]*)")


def _kin_apposed(text: str, start: int) -> bool:
    """Whether the name at `start` is brought in as someone's relative ("His wife, Maren
    Verrell-Hayes, wept"): the family name alone later means the story's own person, unless
    the text goes on about the relative (`_story_person`)."""
    before = text[max(0, start - 40) : start]
    return _KIN_APPOSED.search(before.lower()) is not None  # "Her brother, Tobin Varrow"


def _story_person(text: str, first: int) -> bool:
    """Whether the person first named at `first` is one the story follows, so that a bare
    surname in the paragraph after theirs means them: anyone not brought in as a relative,
    and a relative the text goes on about — the next sentence opens with "He"/"She" ("Her
    son, Liu Cheng-hao, … compared the records. He found …"), not with another name ("Tobin
    says …": the writer tells the relative by given name)."""
    if not _kin_apposed(text, first):
        return True
    end = text.find("\n", first)
    m = _NEXT_OPENER.search(text, first, len(text) if end < 0 else end)
    return m is not None and m.group(1) in ("He", "She")


# "… recalled that his grandfather, | Mett Schmit": a relative named in apposition.
_KIN_APPOSED = re.compile(r"\b(?:his|her|their)\s+(?:late\s+)?(?:" + KIN_NOUN_ALT + r")\s*,\s*$")


# "a nephew of", "the daughter of": the relative named next is brought in about someone else.
_KIN_OF = re.compile(r"\b(?:an?|the)\s+(?:" + KIN_NOUN_ALT + r")\s+of\s+$")


def _kin_in_passing(text: str, start: int) -> bool:
    """Whether the name at `start` is a relative brought in inside a sentence about someone
    else ("He recalled that his grandfather, Mett Schmit, had worked …", "…, a nephew of Ana
    Roe, said"): the family name after it means the sentence's subject, not the relative —
    unlike a relative who opens the sentence ("Her father, Sjúrður Roe, fishes …")."""
    if _KIN_OF.search(text, max(0, start - 40), start):
        return True  # "Its attorney, Joaquim Roe, a nephew of Tia Mena, said"
    m = _KIN_APPOSED.search(text, max(0, start - 40), start)
    if m is None:
        return False
    opening = text[max(0, m.start() - 3) : m.start()]
    return not re.search(r"(?:^|[.!?\n]\s*|[\"“]\s*)$", opening)


_SUFFIX_AFTER = re.compile(r",? ([A-Za-z]{2,3})\.?(?!\w)")


def _by_suffix(text: str, end: int, gis: list[int], groups: list[Group]) -> int | None:
    """ "Maldonado Jr. said" beside José Maldonado and José Maldonado Jr.: a generational
    suffix after the shared name tells the person whose name ends in it."""
    m = _SUFFIX_AFTER.match(text, end)
    if m is None or m.group(1).lower() not in GENERATIONAL_SUFFIXES:
        return None
    fits = [gi for gi in gis if groups[gi].name.rstrip(".").split()[-1] == m.group(1)]
    return fits[0] if len(fits) == 1 else None


# "he", "she", "his" or "her" later in the sentence; not "him", someone else spoken or written
# to ("Elder Jackson told him").
_NEXT_PRONOUN = re.compile(r"[^.!?\n“”\"]*?\b(he|she|his|her)\b", re.I)


def _by_pronoun(text: str, end: int, gis: list[int], groups: list[Group]) -> int | None:
    """ "Valcourt laughs when he hears this" beside Leonie and Idris Valcourt: the pronoun
    later in the sentence tells which of the people sharing the name is meant, when their
    given names tell their genders apart."""
    m = _NEXT_PRONOUN.match(text, end)
    if m is None:
        return None
    g = "f" if m.group(1).lower() in ("she", "her") else "m"
    fits = [gi for gi in gis if gender_of(groups[gi].name.split()[0]) == g]
    others = [gi for gi in gis if gender_of(groups[gi].name.split()[0]) not in (None, g)]
    return fits[0] if len(fits) == 1 and len(others) == len(gis) - 1 else None


_HONORIFIC_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+$")


def _by_honorific(text: str, start: int, gis: list[int], groups: list[Group]) -> int | None:
    """ "Ms Leavasa said" beside Losa Leavasa and her father: "Mr"/"Ms" before the shared name
    tells the person of that gender, when only one of them is known to be of it."""
    m = _HONORIFIC_BEFORE.search(text, max(0, start - 6), start)
    if m is None:
        return _by_own_title(text, start, gis, groups)
    g = "m" if m.group(1) == "Mr" else "f"
    genders = [_gender(text, groups[gi].name) for gi in gis]
    fits = [gi for gi, known in zip(gis, genders, strict=True) if known == g]
    return fits[0] if len(fits) == 1 else None


_WORD_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]*\.?)[ \t]+$")


def _by_own_title(text: str, start: int, gis: list[int], groups: list[Group]) -> int | None:
    """ "Mama Tairea said" beside "Mama Ngametua Tairea" and her granddaughter Marama Tairea:
    the title before the shared name is the one the text put before one of them in full."""
    m = _WORD_BEFORE.search(text, max(0, start - 20), start)
    if m is None:
        return None
    fits = [gi for gi in gis if f"{m.group(1)} {groups[gi].name}" in text]
    return fits[0] if len(fits) == 1 else None


def _title_before(text: str, start: int) -> str | None:
    """The title word right before a name ("Elder" of "Elder Jackson"), if any."""
    m = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return m.group(1) if m and m.group(1).lower().rstrip(".") in TITLES else None


def _gender(text: str, name: str) -> str | None:
    """A person's gender as the text gives it: their given name, or a kin word in apposition
    before their full name ("his eldest daughter, Losa Leavasa")."""
    if g := gender_of(name.split()[0]):
        return g
    for kin in re.finditer(r"\b([a-z]+),\s+" + re.escape(name) + r"\b", text):
        for g, words in KIN_NOUNS.items():
            if kin.group(1) in words:
                return g
    return None


def rank(
    groups: list[Group],
    surfaces: dict[str, Surface],
    occurrences: list[ActorMention],
    dropped: set[int],
) -> list[Actor]:
    """Actors by mentions then first appearance; occurrences renumbered to match (in place).

    A group the scan never matched (odd spacing) counts the mentions NER proposed.
    """
    counts: Counter = Counter(o.actor for o in occurrences)
    first: dict[int, int] = {}
    for o in occurrences:
        first.setdefault(o.actor, o.start)
    for gi, g in enumerate(groups):
        if gi not in dropped and counts[gi] == 0:
            counts[gi] = sum(surfaces[s].count for s in g.surfaces if s in surfaces)
            first[gi] = min(p for s in g.surfaces if s in surfaces for p in surfaces[s].positions)
    order = sorted(
        (gi for gi in range(len(groups)) if gi not in dropped),
        key=lambda gi: (-counts[gi], first.get(gi, 0)),
    )
    remap = {gi: i for i, gi in enumerate(order)}
    for o in occurrences:
        o.actor = remap[o.actor]
    return [
        Actor(
            name=groups[gi].name,
            kind=groups[gi].kind,
            mentions=counts[gi],
            aliases=sorted(s for s in groups[gi].surfaces if s != groups[gi].name),
        )
        for gi in order
    ]
