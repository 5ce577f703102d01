"""Pass 4 — merging: surface forms grouped into actors.

Longest forms first: full person names (variants with the same first and last word fold
together), then organisations and places (legal-suffix variants, prefixes, acronyms, "(CMA)"
aliases; a one/two-word name that is a named person's surname joins that person), then short
forms (surnames, first names → the full name; "Kestrawn" → "Kestrawn Bank"). Surnames NER never
tagged alone are added so their mentions count, and each group takes its longest form as name.
"""

from __future__ import annotations

import re

from reader.article.actors.document_titles import titled_surname, without_document_titles
from reader.article.actors.gazetteer import known_places
from reader.article.actors.lexicon import (
    ARABIC_PARTICLE,
    BORN_AS,
    CALLS_PRONOUN,
    CHINESE_ORDER_NAME,
    GENERATIONAL_SUFFIXES,
    GLUED_INITIAL,
    KNOWN_AS,
    KNOWN_BEFORE,
    MONTHS,
    ORDINARY,
    ORG_SUFFIXES,
    PLACE_SUFFIXES,
    ROMANCE_BODY_HEADS,
    STANDALONE_HEADS,
    STATE_ABBREVIATIONS,
    SURNAME_PARTICLES,
    TITLE_HELD_BY,
    TITLES,
    WEEKDAYS,
    WELL_KNOWN_ORGANISATIONS,
    is_generic_institution,
)
from reader.article.actors.model import Group, Proposals, Surface
from reader.article.actors.surface import (
    acronym,
    clean_surface,
    is_junk,
    legal_key,
    surname_first,
    trade_name_key,
)
from reader.article.actors.textindex import TextIndex
from reader.article.given_names import gender_of
from reader.models import ActorKind


class Merger:
    """The groups being built and, for every surface, the groups it belongs to."""

    def __init__(self, surfaces: dict[str, Surface], kinds: dict[str, ActorKind]) -> None:
        self.surfaces = surfaces
        self.kinds = kinds
        self.groups: list[Group] = []
        self.owner: dict[str, list[int]] = {}
        self.by_len = sorted(
            surfaces, key=lambda k: (-len(k.split()), -surfaces[k].count, surfaces[k].positions[0])
        )

    def new_group(self, surface: str, kind: ActorKind) -> int:
        self.groups.append(Group(surface, kind, {surface}))
        self.owner.setdefault(surface, []).append(len(self.groups) - 1)
        return len(self.groups) - 1

    def join(self, surface: str, gi: int) -> None:
        self.groups[gi].surfaces.add(surface)
        if gi not in self.owner.setdefault(surface, []):
            self.owner[surface].append(gi)

    def people(self, found: Proposals, text: str) -> None:
        """Full person names (two words or more); variants with the same first+last word fold.
        A name someone is known by waits for `short_forms`, which joins it to them. The given
        names opening a name count without the titles the text teaches ("Dad Karim" of
        "Nakhuda Dad Karim Baloch")."""
        untitled: dict[str, str] = {}
        # a name and patronymic ("Badma Sanjievich") waits for the full name it addresses
        order = sorted(self.by_len, key=lambda k: bool(_PATRONYMIC.fullmatch(k.split()[-1])))
        for k in order:
            toks = name_words(surname_first(k) or k)  # "KOUDOGBO Armand" is Armand Koudogbo
            if self.kinds[k] != "person" or len(toks) < 2 or k in found.nicknames:
                continue
            target = self._titled_one(k, text) if titled_surname(k, text) else None
            for gi, g in enumerate(self.groups):
                gt = name_words(g.name)
                if g.kind != "person" or target is not None:
                    continue
                if g.name not in untitled:
                    untitled[g.name] = without_document_titles(g.name, text)
                if (
                    (len(gt) >= 2 and gt[0] == toks[0] and gt[-1] == toks[-1])
                    or (len(gt) > len(toks) and gt[-len(toks) :] == toks)
                    or _leading_names(toks, g.name)
                    or _leading_names(toks, untitled[g.name])
                    or _name_and_patronymic(toks, gt)
                    or _monsieur(toks, gt)
                    # 'Manuel "Manny" Medeiros' … "Manny Medeiros": the nickname and surname
                    or (found.nicknames.get(toks[0]) in g.surfaces and gt[-1] == toks[-1])
                ):
                    target = gi
                    break
            if target is None:
                target = self._titled_short_form(k, text)
            if target is None:
                gi = self.new_group(k, "person")
                self.groups[gi].name = surname_first(k) or k  # named as news writes it
            else:
                self.join(k, target)

    def _titled_short_form(self, k: str, text: str) -> int | None:
        """The one person `k` names as titles and the first words of their name, where the
        text writes those titles before that person's whole name: "Jero Mangku" of "Jero
        Mangku Made Lasia", "Nana Dilia" of "Nana Dilia Navas" (the titles were taken off the
        full name, so its short form keeps them)."""
        words = k.split()
        hits = set()
        for gi, g in enumerate(self.groups):
            name = g.name.split()
            if g.kind != "person" or len(name) < 2:
                continue
            for i in range(1, len(words) + 1):
                titles, first = words[:i], words[i:]
                if name[: len(first)] == first and f"{' '.join(titles)} {g.name}" in text:
                    hits.add(gi)
        return hits.pop() if len(hits) == 1 else None

    def _titled_one(self, k: str, text: str) -> int | None:
        """The person "Mama Maoate" means: of those with that surname, the one the text names
        in full after that title ("Mama Teuira Maoate"), or the only one."""
        title, family = k.split()
        kin = [
            gi
            for gi, g in enumerate(self.groups)
            if g.kind == "person" and any(s.split()[-1] == family for s in g.surfaces)
        ]
        titled = [
            gi
            for gi in kin
            if any(
                s.startswith(title + " ") or f"{title} {s}" in text
                for s in self.groups[gi].surfaces
            )
        ]
        pick = titled if len(titled) == 1 else kin
        return pick[0] if len(pick) == 1 else None

    def organisations_and_places(self, found: Proposals) -> None:
        """Longest first: legal-suffix variants, prefixes, acronyms join their organisation."""
        for k in self.by_len:
            if k in self.owner or self.kinds[k] not in ("organization", "place"):
                continue
            if k in found.nicknames:
                continue  # joined to whoever is known by it, in `short_forms`
            if k in found.titled and (pmatch := self._people_called(k)):
                for gi in pmatch:  # "Ms Pryce" of "Helen Pryce", not of "Pryce & Daughters"
                    self.join(k, gi)
                continue
            if (pmatch := self._people_called(k)) and _speaks(self.surfaces[k]):
                for gi in pmatch:  # "Varga told …" beside "Leopold Varga", "Varga Maritime"
                    self.join(k, gi)
                continue
            same = [gi for gi, g in enumerate(self.groups) if self._same_org(g, k, found)]
            # the closest name: "Harrowgate" is the club, not the club's supporters' trust
            target = min(same, key=lambda gi: len(self.groups[gi].name.split()), default=None)
            if target is not None:
                self.join(k, target)
                continue
            # a one/two-token org or place that is the surname (or first name) of a named person,
            # or the given names of one introduced with a title, an age or a role
            pmatch = self._people_called(k) or self._given_names_of(k)
            sk = self.surfaces[k]
            if pmatch and not (sk.ctx_place and sk.ctx_place * 2 >= sk.count):
                for gi in pmatch:
                    self.join(k, gi)
                continue
            if not bare_head(k):
                self.new_group(k, self.kinds[k])

    def _given_names_of(self, k: str) -> list[int]:
        """The person whose full name `k` opens ("Phurba Diki" of "Phurba Diki Sherpa, 31"),
        when that name came with a person's cue: "Harrow Barn" (a shop) opens no person's name."""
        toks = name_words(k)
        return [
            gi
            for gi, g in enumerate(self.groups)
            if g.kind == "person"
            and _leading_names(toks, g.name)
            and any(self.surfaces[s].person_cue for s in g.surfaces if s in self.surfaces)
        ]

    def _same_org(self, g: Group, k: str, found: Proposals) -> bool:
        """Whether surface `k` names the organisation or place of group `g`."""
        if g.kind == "person":
            return False
        if (
            g.kind == "place"
            and k != g.name
            and (g.name in (_state(k), k.replace(".", "")) or _state(g.name) == k)
        ):
            return True  # "Fla." with "Florida" or "Fla"
        toks, gt = k.split(), g.name.split()
        org = g.kind == "organization"
        return (
            legal_key(g.name) == legal_key(k)
            or (org and len(toks) > 1 and trade_name_key(g.name) == legal_key(k))
            or (
                org
                and len(gt) > len(toks)
                and gt[: len(toks)] == toks
                and self.kinds[k] != "place"
                and k not in WELL_KNOWN_ORGANISATIONS  # the company beside its unit
                and not _whole_name_inside(toks, gt)
            )
            # "UNHCR", and a country's letters: "UK" of "United Kingdom"
            or (
                (org or self.kinds[k] == "place")
                and len(toks) == 1
                and k.isupper()
                and len(k) >= 2
                and acronym(g.name) == k
            )
            or (k in found.acronyms and found.acronyms[k] in g.surfaces)
            or (
                # "Council" after "Marisk City Council": the head alone
                org
                and len(toks) == 1
                and len(gt) > 1
                and gt[-1] == k
                and (
                    toks[0].lower() in ORG_SUFFIXES
                    or (self._named_after_place(gt[:-1]) and self._short_after(k, g))
                )
            )
        )

    def _short_after(self, k: str, g: Group) -> bool:
        """Whether the word `k` alone is used only after the body's full name, and is no place
        of its own ("the Fed" before "the Boston Fed" is another bank; "Stockholm" beside "OM
        Stockholm" is the city)."""
        firsts = [min(self.surfaces[s].positions) for s in g.surfaces if s in self.surfaces]
        return (
            k not in known_places()
            and bool(firsts)
            and min(firsts) < min(self.surfaces[k].positions)
        )

    def _named_after_place(self, words: list[str]) -> bool:
        """ "Niue | Treasury", "Kotanbetsu | Office": the words before an organisation's last
        word name a place, so the word alone ("The Treasury said") is that body, named as its
        own people call it."""
        lead = " ".join(words)
        return self.kinds.get(lead) == "place" or lead in known_places()

    def short_forms(self, found: Proposals) -> None:
        """Surnames and first names join the full name(s); "Kestrawn" joins "Kestrawn Bank";
        a nickname joins the name it was quoted in."""
        for k in self.by_len:
            if k in self.owner:
                continue
            pmatch = self._nicknamed(k, found) or self._people_called(k)
            toks = k.split()
            orgm = [
                gi
                for gi, g in enumerate(self.groups)
                if len(g.name.split()) > len(toks)
                and g.name.split()[: len(toks)] == toks
                and (
                    g.kind == "organization"
                    or (g.kind == "place" and g.name.split()[-1].lower() in PLACE_SUFFIXES)
                )
            ]
            if pmatch:
                for gi in pmatch:
                    self.join(k, gi)
            elif orgm:  # "Brackwater": the club, not the club's supporters' trust
                self.join(k, min(orgm, key=lambda gi: len(self.groups[gi].name.split())))
            elif self.kinds[k] != "other" and not bare_head(k):
                self.new_group(k, self.kinds[k])

    def _nicknamed(self, k: str, found: Proposals) -> list[int]:
        """The actor whose name `k` was quoted inside ('José "Cheo" Maldonado') or who is
        "known as" `k`: the group holding that name, or the person a surname names."""
        full = found.nicknames.get(k)
        holding = [gi for gi, g in enumerate(self.groups) if full in g.surfaces]
        if not holding and full and " " not in full:
            holding = self._people_called(full)  # "Soares, whom villagers call Avô Tomás"
            if not holding and self.kinds.get(full) == "person" and full not in self.owner:
                holding = [self.new_group(full, "person")]  # "…, the adat title of Syafrizal"
        return holding

    def _people_called(self, k: str) -> list[int]:
        """The person groups a surname or first name `k` names (see `_called_by_it`)."""
        hits = person_matches(k, self.groups)
        if not hits:
            return hits
        hits = self._called_by_it(k, hits)
        only = self._only_surname_of(hits, k)
        return hits + [gi for gi in self._first_of_two_surnames(k, only) if gi not in hits]

    def _first_of_two_surnames(self, k: str, only: bool) -> list[int]:
        """ "Otero" of "Xosé Manuel Otero Lema" beside his son "Breixo Otero": a name of two
        given names and two surnames is used by its first surname too, so the surname is both
        men's and each mention goes to the one the text means (`find_occurrences`). Beside
        people who bear it as their `only` surname ("Nadili Smith"), a name of one given name
        and two surnames is too ("Argelis Smith Navas")."""
        return [
            gi
            for gi, g in enumerate(self.groups)
            if g.kind == "person"
            and (len(words := name_words(g.name)) >= 4 or (only and len(words) == 3))
            and words[-2] == k
            and words[-1].rstrip(".").lower() not in GENERATIONAL_SUFFIXES
        ]

    def _called_by_it(self, k: str, hits: list[int]) -> list[int]:
        """ "Garmendia" of "Arantxa Garmendia", not of her son "Unai Lasa Garmendia", who is
        called "Lasa": a name ending in two surnames is used by the first, so its second,
        when another person bears it as their only one, is theirs; and when another person
        bears it as the first of two ("Layme" of "Sabina Layme Tola", not of her son "Brayan
        Coaquira Layme"), it is hers."""
        second = [
            gi
            for gi in hits
            if len(words := name_words(self.groups[gi].name)) >= 3 and words[-1] == k
        ]
        called_by_first = [
            gi
            for gi in second
            if (before_last := name_words(self.groups[gi].name)[-2]) in self.surfaces
            # not "Ramadan" of "Madghis Ramadan Tabouni", his father Ramadan Abuzaid Tabouni's
            # given name: a name after the given name is also how a father is named
            and not self._opens_another_name(before_last, gi)
        ]
        if rest := [gi for gi in hits if gi not in called_by_first]:
            hits = rest
        if len(second) == len(hits):
            first = [
                gi
                for gi, g in enumerate(self.groups)
                if g.kind == "person"
                and len(words := name_words(g.name)) >= 3
                and words[-2] == k
                and words[-1].rstrip(".").lower() not in GENERATIONAL_SUFFIXES
            ]
            if len(first) == 1:
                return first
        return hits

    def _opens_another_name(self, word: str, gi: int) -> bool:
        """Whether `word` is the given name of a person other than group `gi`."""
        return any(
            g.kind == "person" and i != gi and name_words(g.name)[0] == word
            for i, g in enumerate(self.groups)
        )

    def untagged_surnames(self, index: TextIndex) -> None:
        """Surnames never tagged alone ("Lind told reporters"): counted for their person, or
        for each person of that name (husband and wife): occurrences decide which is meant."""
        added: set[str] = set()
        for gi, g in enumerate(list(self.groups)):
            if g.kind != "person" or len(name_words(g.name)) < 2:
                continue
            last = surname(g.name)
            if (last in self.owner and last not in added) or not _surname_shaped(last, index):
                continue
            full = [(p, p + len(g.name)) for p in index.find(g.name)]
            if any(not any(a <= p < b for a, b in full) for p in index.find(last)):
                self.join(last, gi)
                added.add(last)

    def untagged_first_surnames(self, index: TextIndex) -> None:
        """ "Guity says" beside "Nelson Guity Álvarez": of a given name and two surnames, the
        first surname (the father's) is the one used alone. Counted for that person when the
        middle word is no given name, no other actor's (or only another's one surname), and
        stands alone in the text."""
        for gi, g in enumerate(list(self.groups)):
            words = name_words(g.name)
            if g.kind != "person" or len(words) != 3 or len(g.name.split()) != 3:
                continue
            middle = words[1]
            shared = middle in self.owner and self._only_surname_of(self.owner[middle], middle)
            if (
                (middle in self.owner and not shared)
                or (gender_of(middle) is not None and not shared)  # "Smith" is no given name
                or words[2].rstrip(".").lower() in GENERATIONAL_SUFFIXES
                or not _surname_shaped(middle, index)
            ):
                continue
            after = [index.text[p + len(middle) : p + len(middle) + 2] for p in index.find(middle)]
            if any(not re.match(r"\s+[A-Z]", a) for a in after):
                self.join(middle, gi)

    def _only_surname_of(self, gis: list[int], word: str) -> bool:
        """Whether the groups `gis` are people of two words that `word` ends ("Nadili Smith"):
        then "Smith" may also be the first surname of "Argelis Smith Navas", and where each is
        meant the full names near it tell (`find_occurrences`)."""
        return all(
            self.groups[gi].kind == "person" and name_words(self.groups[gi].name)[1:] == [word]
            for gi in gis
        )

    def untagged_leading_names(self, index: TextIndex) -> None:
        """The first two words of a longer name, never tagged alone ("Shey Tamfu said" beside
        "Shey Tamfu Lukong", "Mariya Dimitrievna" beside her full name): the same person, as
        a title and given name or a given name and patronymic are used. Counted for that
        person when no other actor is named so and the two words stand alone in the text."""
        for gi, g in enumerate(list(self.groups)):
            words = g.name.split()
            if g.kind != "person" or len(name_words(g.name)) < 3 or len(words) < 3:
                continue
            lead = " ".join(words[:2])
            if lead in self.owner or not all(w[:1].isupper() for w in words[:2]):
                continue
            alone = [
                p
                for p in index.find(lead)
                if not re.match(r"\s+[A-Z]", index.text[p + len(lead) : p + len(lead) + 2])
            ]
            if alone:
                self.join(lead, gi)

    def landforms(self, found: Proposals) -> None:
        """ "Haldur" and "Haldur ice cap": one place."""
        for name, alias in found.landforms.items():
            if name in self.owner and alias not in self.owner and self.kinds.get(name) == "place":
                self.join(alias, self.owner[name][0])

    def canonical_names(self, found: Proposals, text: str) -> None:
        """The longest form names a group: a company by its full legal name ("Harrow Biotech
        Inc.", with "Harrow Biotech" an alias), as it is registered and as it signs. A name
        someone is "known as" ("Yawa Sewonou, known in the market as Mama Yawa") stays an
        alias, however often it is used; so does a form that only adds the "The" opening a
        sentence (`names_with_article` restores one the text always writes). A person's name
        loses the titles the text teaches (`document_titles`)."""
        surfaces = self.surfaces
        for g in self.groups:
            g.name = max(
                g.surfaces,
                key=lambda s: (
                    s not in found.nicknames,
                    not _PATRONYMIC.fullmatch(s.split()[-1]),  # "Badma Sanjievich": address
                    not (s.startswith("The ") and s[4:] in g.surfaces),  # a sentence's "The"
                    len(s.split()),
                    not _shouted(s),  # "Salem" over a heading's "SALEM"
                    surfaces[s].count if s in surfaces else 0,
                    -min(surfaces[s].positions) if s in surfaces else 0,
                ),
            )
            if (state := _state(g.name)) in g.surfaces:
                g.name = state  # "Fla." with "Florida": the state's name
            if g.kind == "person":
                g.name = without_document_titles(g.name, text)


def _surname_shaped(word: str, index: TextIndex) -> bool:
    """Whether `word` may be a surname used alone: capitalised, no ordinary word, month, day or
    title before a name, and two letters only when never written in lower case ("Vu", "Ng";
    not "An"). A title word that never comes before a name is a surname ("Colleen Deacon …
    Deacon had raised")."""
    low = word.lower()
    return not (
        len(word) < 2
        or (len(word) == 2 and index.used_in_lower_case(word))
        or not word[0].isupper()
        or low in ORDINARY
        or low in MONTHS
        or low in WEEKDAYS
        or (word.rstrip(".").lower() in TITLES and _titles_a_name(word, index))
    )


def _titles_a_name(word: str, index: TextIndex) -> bool:
    """Whether `word` comes right before a capitalised word somewhere in the text."""
    return any(
        re.match(r"\.?[ \t]+[A-Z]", index.text[p + len(word) : p + len(word) + 3])
        for p in index.find(word)
    )


def _shouted(name: str) -> bool:
    """A name written in capitals as a heading writes it: a word of five letters or more all
    in upper case ("SALEM", not the acronym "NASA")."""
    return any(len(w) > 4 and w.isupper() for w in name.split())


_SPEECH_AFTER = re.compile(r"\s+(?:said|says|told|added|wrote|insisted|argued)\b")


def _speaks(s: Surface) -> bool:
    """Whether a one-word name is said to speak ("Varga told …"): beside a named person of
    that surname, the person, not the company named after them."""
    return " " not in s.text and any(_SPEECH_AFTER.match(a) for a in s.after)


def bare_head(surface: str) -> bool:
    """ "the Group", "the Board", "la Universidad": an organisation's head word alone, which
    stands for the organisation named in full elsewhere; not an actor of its own when it
    joined none."""
    low = surface.lower()
    heads = low in ORG_SUFFIXES or low in ROMANCE_BODY_HEADS
    return " " not in low and heads and low not in STANDALONE_HEADS


def names_with_article(text: str, groups: list[Group]) -> None:
    """ "in The Hague", "writing in The Sorrel Review": an organisation or place whose "The"
    keeps its capital inside a sentence, and never drops it there, is named with it ("Hague"
    stays an alias, as the form a name search would use)."""
    for g in groups:
        if g.kind == "person":
            continue
        inside = re.findall(r"[a-z,;]\s+([Tt])he\s+" + re.escape(g.name) + r"(?![\w-])", text)
        if inside and all(c == "T" for c in inside):
            g.name = "The " + g.name


def possessed_institutions(text: str, groups: list[Group], kinds: dict[str, ActorKind]) -> None:
    """ "Aurinth's Foreign Ministry": an organisation whose name every country's body could
    bear is named with the one place it belongs to, when the text says so ("Foreign Ministry"
    stays its alias, "Aurinth" a place of its own)."""
    for g in groups:
        if g.kind != "organization" or not is_generic_institution(g.name):
            continue
        owners = set()
        for m in re.finditer(r"(?<![\w-])([A-Z][\w-]+)([’']s\s+)" + re.escape(g.name), text):
            if kinds.get(m.group(1)) == "place":
                owners.add(m.group(1) + m.group(2))
        if len(owners) == 1:
            g.name = owners.pop() + g.name


def _state(name: str) -> str | None:
    """The US state an abbreviation names ("Fla." → "Florida"), else None."""
    return STATE_ABBREVIATIONS.get(name.replace(".", ""))


def _whole_name_inside(toks: list[str], longer: list[str]) -> bool:
    """ "Brackwater Rovers" in "Brackwater Rovers Supporters' Trust": a complete organisation
    name (ending in its head word) that a longer name goes on from with more name words is
    another organisation; "National Heritage Fund" before "for Velmora" is the same one."""
    return toks[-1].lower() in ORG_SUFFIXES and longer[len(toks)][:1].isupper()


def name_words(name: str) -> list[str]:
    """The words of a person's name, a surname particle in lower case however written: "Du
    Plessis-Mokoena" opening a sentence is the "du Plessis-Mokoena" of "Pieter du
    Plessis-Mokoena", not a given name "Du"; so is a glued one ("Al-Hadri" of "Salim al-Hadri");
    "Jr." and "Jr" are one suffix."""
    return [
        w.lower() if w.lower() in SURNAME_PARTICLES else _particle_in_lower_case(_suffix(w))
        for w in _unglued(name).split()
    ]


def _particle_in_lower_case(word: str) -> str:
    """ "Al-Hadri" → "al-Hadri": a glued particle as a name's middle writes it."""
    low = word[:1].lower() + word[1:]
    return low if word[:1].isupper() and ARABIC_PARTICLE.fullmatch(low) else word


def _suffix(word: str) -> str:
    """A generational suffix without its full stop ("Jr." → "Jr"); any other word as it is."""
    bare = word.rstrip(".")
    return bare if bare.lower() in GENERATIONAL_SUFFIXES else word


def _unglued(name: str) -> str:
    """ "D.Batbayar" → "D. Batbayar": an initial glued to a name is a word of its own."""
    return GLUED_INITIAL.sub(r"\1 ", name)


def person_matches(k: str, groups: list[Group]) -> list[int]:
    """Person groups whose full name ends (surname) or starts (first name) with `k`."""
    toks = name_words(k)
    if len(toks) > 2:
        return []
    last = [
        gi
        for gi, g in enumerate(groups)
        if g.kind == "person"
        and len(name_words(g.name)) > len(toks)
        and (name_words(g.name)[-len(toks) :] == toks or (len(toks) == 1 and surname(g.name) == k))
    ]
    if last:
        return last
    if len(toks) == 1:
        first = [
            gi
            for gi, g in enumerate(groups)
            if g.kind == "person" and len(g.name.split()) > 1 and g.name.split()[0] == toks[0]
        ]
        return first or _second_name_of(toks[0], groups)
    return []


# A Russian or Ukrainian patronymic: "Sanjievich", "Rashitovich", "Ivanovna", "Ilyinichna".
_PATRONYMIC = re.compile(r"[A-Z]\w+(?:ovich|evich|ovych|evych|ovna|evna|ichna|inichna)")


def _name_and_patronymic(toks: list[str], words: list[str]) -> bool:
    """ "Badma Sanjievich" of "Badma Ochirov": a given name and a patronymic are how Russian
    speakers address the person of that given name, politely, without the surname."""
    return (
        len(toks) == 2
        and len(words) >= 2
        and words[0] == toks[0]
        and _PATRONYMIC.fullmatch(toks[1]) is not None
        and toks[1] not in words
    )


def _monsieur(toks: list[str], words: list[str]) -> bool:
    """ "M. Mbadinga" of "Lionel Mbadinga": French news writes "M." (Monsieur) before a man's
    surname; not an initial where the given name does not open with it."""
    return (
        toks[0] == "M."
        and len(toks) == 2
        and len(words) >= 2
        and words[-1] == toks[1]
        and not words[0].startswith("M")
    )


def _leading_names(toks: list[str], name: str) -> bool:
    """ "Phurba Diki" of "Phurba Diki Sherpa", "Yesid Montoya" of "Yesid Montoya Arango": two
    or more words opening a longer name are its given names (or its name without the second
    surname), however NER typed them; not a father's name inside "Ken Dale Jr."."""
    words = name_words(name)
    return (
        2 <= len(toks) < len(words)
        and words[: len(toks)] == toks
        and words[-1].rstrip(".").lower() not in GENERATIONAL_SUFFIXES
    )


def _second_name_of(word: str, groups: list[Group]) -> list[int]:
    """ "Mr Koh" of "Daniel Koh Jun Jie", "Mr Hafiz" of "Muhammad Hafiz Rahmat", "Ortiz" of
    "María Guadalupe Ortiz Barragán": where a given name comes before a Chinese name in its own
    order, a Malay name opens with "Muhammad", or a Spanish name ends in two surnames (the first
    used alone), the name used alone is a word inside the full name; only when one person has
    it there."""
    hits = [
        gi
        for gi, g in enumerate(groups)
        if g.kind == "person" and len(words := g.name.split()) >= 3 and word in words[1:-1]
    ]
    return hits if len(hits) == 1 else []


def surname(name: str) -> str:
    """A person's surname as it is written alone: "Luther Stan Pate IV" → "Pate" (not the
    generational suffix), "Rashid al-Kabariti" → "Kabariti", "Agnes Lui Mei-ling" → "Lui" (a
    name in Chinese order)."""
    if chinese := CHINESE_ORDER_NAME.search(name):
        return chinese.group("name").split()[0]  # "Lui" of "Agnes Lui Mei-ling"
    words = _unglued(name).split()
    if len(words) > 2 and words[-1].rstrip(".").lower() in GENERATIONAL_SUFFIXES:
        words = words[:-1]
    return _bare_surname(words[-1])


def _bare_surname(last: str) -> str:
    """ "al-Kabariti" → "Kabariti": the surname as it is also written alone."""
    if ARABIC_PARTICLE.fullmatch(last):
        return re.split(r"[-’']", last, maxsplit=1)[1]
    return last


def _surface_end(text: str, key: str, start: int) -> int:
    """Where surface `key` of a mention starting at `start` ends: after the title the mention
    may open with ("Councillor Johannes van Wyk")."""
    at = text.find(key, start, start + len(key) + 40)
    return (at if at >= 0 else start) + len(key)


def names_known_as(
    text: str, surfaces: dict[str, Surface], kinds: dict[str, ActorKind]
) -> dict[str, str]:
    """ "Yelena Chakir, who is known to neighbours as Tanti Lena", "Čáhppesjávri, known in
    Norwegian as Svartvann": each name after "known … as" (cleaned, "Lena") mapped to the name
    before it in its sentence whose other name it is: a person sharing a word with it ("Gulnara
    Hasanova … known as Gulnara xanım"), else the name mentioned last — but a person over the
    organisation named after them ("Ana Roe, who chairs the Weavers' Cooperative and is known
    as …"); inside brackets, only the name right before them.
    """
    out: dict[str, str] = {}
    for m in KNOWN_AS.finditer(text):
        nick = clean_surface(m.group("nick"))[0]
        if is_junk(nick):
            continue
        floor = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start()))
        ends = sorted(
            (e, key)
            for key, s in surfaces.items()
            for p in s.positions
            if floor < p and (e := _surface_end(text, key, p)) <= m.start() and key != nick
        )
        paren = text.rfind("(", floor + 1, m.start())
        if paren > text.rfind(")", floor + 1, m.start()):
            # "X (formerly known as Twitter)": the name right before the bracket, or none
            ends = [(e, key) for e, key in ends if not text[e:paren].strip()]
        # "Google announced … a new search mode known as AI Mode": the name is the mode's, not
        # Google's; a name's other name follows it after a comma or a bracket
        ends = [(e, key) for e, key in ends if re.match(r"\s*(?:[,(]|$)", text[e : m.start()])]
        people = [key for _, key in ends if kinds.get(key) == "person"]
        sharing = [key for key in people if set(key.split()) & set(nick.split())]
        if not ends:
            continue
        if sharing:
            target = sharing[-1]
        elif kinds.get(ends[-1][1]) == "organization" and people:
            target = people[-1]
        else:
            target = ends[-1][1]
        if kinds.get(target) == "person" and " " not in target:
            target = _named_in_full_before(text, surfaces, kinds, target, m.start())
        # the name as written too, title and all ("Avô Tomás"), when NER kept it so
        out[nick] = out[" ".join(m.group("nick").split())] = target
    return out


def _named_in_full_before(
    text: str, surfaces: dict[str, Surface], kinds: dict[str, ActorKind], word: str, pos: int
) -> str:
    """ "Alphonso Riley … Mr Riley, 63, known across Montserrat as Bro Phonsie": the person a
    surname means where it stands, the one named in full last before it (not the brother and
    the grandson named later); the surname itself when no one was."""
    named = [
        (p, key)
        for key, s in surfaces.items()
        if kinds.get(key) == "person" and key.split()[-1] == word and " " in key
        for p in s.positions
        if p < pos
    ]
    return max(named)[1] if named else word


# "Fundashon Salinja Biba ("Living Salina Foundation")": a name, then its translation in quotation
# marks inside brackets.
_TRANSLATED = re.compile(r"[ \t]*\([ \t]*[\"“](?P<nick>[A-Z][^\"“”()\n]{2,80}?)[\"”][ \t]*\)")


def names_translated(
    text: str, surfaces: dict[str, Surface], kinds: dict[str, ActorKind]
) -> dict[str, str]:
    """ "Fundashon Salinja Biba ("Living Salina Foundation") is …": a body's or a place's name
    translated in brackets right after it is its other name, not another body."""
    out: dict[str, str] = {}
    for key, s in surfaces.items():
        if kinds.get(key) not in ("organization", "place"):
            continue
        for p in s.positions:
            m = _TRANSLATED.match(text, _surface_end(text, key, p))
            if m and (nick := m.group("nick").strip()) in surfaces and nick != key:
                out[nick] = key
    return out


def names_known_before(
    text: str, surfaces: dict[str, Surface], kinds: dict[str, ActorKind]
) -> dict[str, str]:
    """ "Tia Mena, as the 71-year-old is known to everyone in Tollebhat, has grown …": a name
    opening its sentence, then "as" who bears it "is known", is the other name of the person
    the text named last before it (in full, two words or more)."""
    out: dict[str, str] = {}
    for m in KNOWN_BEFORE.finditer(text):
        nick = clean_surface(m.group("nick"))[0]
        if is_junk(nick):
            continue
        named = [
            (p, key)
            for key, s in surfaces.items()
            if kinds.get(key) == "person" and len(key.split()) > 1 and key != nick
            for p in s.positions
            if p < m.start()
        ]
        if named:
            out[nick] = out[" ".join(m.group("nick").split())] = max(named)[1]
    return out


def titles_held_by(
    text: str, surfaces: dict[str, Surface], kinds: dict[str, ActorKind]
) -> dict[str, str]:
    """ "Datuak Rangkayo Basa, the adat title of Syafrizal": a title name (a Minangkabau gelar, an
    Akan stool name, a Samoan matai title) mapped to the person holding it, whose name it is
    when quotes are later said under it. Only a person holds a title, whatever else the holder's
    name was read as."""
    out: dict[str, str] = {}
    for m in TITLE_HELD_BY.finditer(text):
        holder = clean_surface(m.group("holder"))[0]
        nick = clean_surface(m.group("nick"))[0]
        if holder not in surfaces or is_junk(nick) or nick == holder:
            continue
        kinds[holder] = "person"
        out[nick] = out[" ".join(m.group("nick").split())] = holder
        for key in surfaces:  # its first words alone: "Datuak Sinaro said"
            if len(key.split()) > 1 and nick.startswith(key + " "):
                out[key] = holder
    return out


def names_called_by_pronoun(
    text: str, surfaces: dict[str, Surface], kinds: dict[str, ActorKind]
) -> dict[str, str]:
    """ "Lalín is 81 … Everybody in the village calls him Tío Pani": the name after "calls
    him/her" (cleaned, "Pani") mapped to the person mentioned last before it."""
    out: dict[str, str] = {}
    for m in CALLS_PRONOUN.finditer(text):
        nick = clean_surface(m.group("nick"))[0]
        before = [
            (p, key)
            for key, s in surfaces.items()
            if kinds.get(key) == "person" and key != nick
            for p in s.positions
            if p < m.start()
        ]
        if before and not is_junk(nick):
            out[nick] = max(before)[1]
    return out


def names_born_as(
    text: str, surfaces: dict[str, Surface], kinds: dict[str, ActorKind]
) -> dict[str, str]:
    """ "Chottangada Dechamma … She was born Kaliyanda Dechamma": a birth name (a person's name
    of two words or more after "born" or "née") mapped to the person mentioned last before it
    who shares a word with it — another name of theirs, not another person, and never the
    name they go by now."""
    out: dict[str, str] = {}
    for m in BORN_AS.finditer(text):
        nick = clean_surface(m.group("nick"))[0]
        if kinds.get(nick) != "person" or len(nick.split()) < 2:
            continue
        before = [
            (p, key)
            for key, s in surfaces.items()
            if kinds.get(key) == "person" and key != nick and set(key.split()) & set(nick.split())
            for p in s.positions
            if p < m.start()
        ]
        if before:
            out[nick] = max(before)[1]
    return out
