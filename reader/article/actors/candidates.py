"""Pass 1 — candidates: NER's mentions repaired, mentions it missed proposed.

* constructions that name places on their own ("the islands of A and B", "X, a fishing port",
  "the Haldur ice cap", "X-based") and legal names ("Harrow Biotech Ltd") add mentions and fix
  their kind;
* "in/near/across X" adds X as a place when X is never used in lower case;
* people's names are marked by a title or a rank of titles, ", who", an age, a role set off by
  commas, or a named relative's surname; organisations by a noun for their kind before them
  ("industry group X") or "the X Theatre";
* mentions are repaired: a heading run into the first line is split, "Museum, Ilse Veyron" is
  split into the name and a person, "(CMA)" after a name becomes its alias, a one-token person
  takes the adjacent capitalised word NER left out, "A and B Union" keeps its left conjunct,
  "Electoral Commission | of X" runs on and "X | District Council" takes its place.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable
from itertools import groupby

from reader.article.actors.gazetteer import known_countries, known_places
from reader.article.actors.lexicon import (
    ACRONYM_AFTER,
    ACRONYM_TAIL,
    ADVOCACY_NAME,
    AFFILIATED_NAME,
    AFFILIATIONS,
    AGE_AFTER,
    APPOSITIVE_PLACE,
    BALINESE_NAME,
    BASED,
    BODY_APPOSITIVE,
    CAP,
    CHINESE_ORDER_NAME,
    COMPASS,
    CONJ_LEFT,
    CONTEXT_PLACE_STRONG,
    DEMONYM_NOUNS,
    DOUBLE_BARRELLED_NAME,
    FACILITY_AT,
    FATHER_NAMED,
    FEASTS,
    GROUP_MEMBERS,
    HEAD_FIRST,
    HEADED_ORG,
    HEADED_ORG_BARE,
    HEADED_ORG_PURPOSE,
    HEADED_PLACE,
    INITIALS_NAME,
    KIN,
    LANDFORM_AFTER,
    LANGUAGES,
    LEGAL_NAME,
    LEGAL_PREFIX_NAME,
    LEGAL_SUFFIXES,
    LOCAL_GOVERNMENT,
    LOCAL_GOVERNMENT_OF,
    LOCAL_LEVELS,
    MONONYM_AGE,
    MONTHS,
    NAME_CONNECTORS,
    NAME_GIVEN_AS,
    NAME_IS,
    NAME_RUNS_ON,
    NAMED_BODY_KIND,
    NEWSROOM_TOLD,
    NICKNAME,
    NOT_PLACE_WORDS,
    NUMBERED_ROAD,
    OF_TAIL,
    OPENING_ROLE_NAME,
    ORDINARY,
    ORG_APPOSITIVE,
    ORG_NOUN_BEFORE,
    ORG_PREFIXES,
    ORG_SUFFIXES,
    PARTY_TAG,
    PATRONYMIC_LINKS,
    PATRONYMIC_MARKERS,
    PERSON_CLAUSE,
    PERSON_ONLY_AS_THE_ROLE_OF,
    PLACE_CODES,
    PLACE_NAMED_AFTER,
    PLACE_PREFIXES,
    PLACE_SUFFIXES,
    POSSESSIVE_BODY,
    ROLE_APPOSITION,
    ROLE_THEN_NAME,
    ROMANCE_BODY,
    SENT_START,
    SPOKESPERSON_OF,
    STRONG_PLACE,
    SURNAME_PARTICLES,
    TITLED_NAME,
    TITLED_PORTFOLIO_NAME,
    TITLED_WORD,
    TITLES,
    TRADES,
    UI_JOINED,
    VERB_AFTER,
    WEAK_PLACE,
    WEEKDAYS,
    WELL_KNOWN_ORGANISATIONS,
    foreign_headed_body,
    is_job_title,
    is_nationality_word,
    is_personal_title,
    is_role_noun,
    is_role_phrase,
)
from reader.article.actors.model import LABEL_KINDS, Mention, Proposals
from reader.article.actors.surface import (
    acronym,
    clean_surface,
    free,
    is_junk,
    line_is_caps_heading,
    low_tokens,
    name_word,
    particle_led,
    split_list,
    strip_post_nominals,
    trim_lowercase_tail,
    without_legal_form,
)
from reader.article.actors.textindex import TextIndex
from reader.article.english_words import is_common_word
from reader.article.given_names import gender_of, is_given_name
from reader.models import ActorKind

# A capitalised word right before a name, after a lower-case word, a comma or a full stop (or
# opening a line): the given name of "spokesperson Bongani | Radebe".
_GIVEN_BEFORE = re.compile(r"(?:^|(?<=[a-z,.;:] ))(" + CAP + r") $", re.M)


class _Proposer:
    """Proposes mentions NER missed, from constructions that name places and organisations."""

    def __init__(self, text: str, mentions: list[Mention], index: TextIndex) -> None:
        self.text = text
        self.index = index
        self.spans = [
            (m.start, m.end) for m in mentions if m.label in LABEL_KINDS or m.label == "NORP"
        ]
        self.person_tokens = {
            t for m in mentions if m.label == "PERSON" for t in m.text.split() if t[:1].isupper()
        }
        self.surnames = _surnames(m for m in mentions if _given_name_first(m.text))
        self.other_names = {m.text.strip() for m in mentions if m.label in ("ORG", "PERSON")}
        self.org_names = {m.text.strip() for m in mentions if m.label == "ORG"}
        self.known_places = {m.text.strip() for m in mentions if m.label in ("GPE", "LOC")}
        self.out = Proposals()

    def plausible(self, name: str) -> bool:
        """A new place name: no ordinary word, no person's name, not a language."""
        toks = name.split()
        low = [t.lower() for t in toks]
        if is_junk(name) or name.isupper() or low[-1] in ORG_SUFFIXES:
            return False
        if any(t in NOT_PLACE_WORDS for t in low) or any(t in self.person_tokens for t in toks):
            return False
        if len(toks) == 1 and (re.search(r"(?:ish|ese|ian)$", low[0]) or low[0] in LANGUAGES):
            return False  # "in English", "in Norwegian": a language, not a place
        return name not in self.other_names

    def add(
        self, name: str, start: int, label: str, absorb: bool = False, the_too: bool = False
    ) -> None:
        """Propose `name` where no other mention lies; with `absorb`, also over mentions that
        lie wholly inside it (they are dropped: "Dr Amara Lindqvist-Osei" over an "ORG"
        "Lindqvist-Osei"); with `the_too`, from the "the" NER opened one of them with ("the
        Ufficio Scolastico Regionale" inside "Ufficio Scolastico Regionale per la Calabria")."""
        end = start + len(name)
        if the_too:
            for a, b in self.spans:
                if a < start < b <= end and self.text[a:start].lower() == "the ":
                    start, name = a, self.text[a:end]
        inside = all(start <= a and b <= end for a, b in self.spans if a < end and start < b)
        if free(self.spans, start, end) or (absorb and inside):
            self.out.extra.append(Mention(start, end, name, label))
            self.spans.append((start, end))

    def items(self, m: re.Match) -> list[tuple[str, int]]:
        """The names of a list ("A, B and C") matched as group "list", with their offsets."""
        out = []
        pos = m.start("list")
        for part in split_list(m.group("list")):
            i = self.text.find(part, pos)
            out.append((part, i))
            pos = i + len(part)
        return out

    def force_place(self, name: str, start: int) -> None:
        self.out.forced[name] = "place"
        self.add(name, start, "GPE")

    def numbered_roads(self) -> None:
        """ "Highway 112", "Route 9", "the A4 motorway"'s kin "Ruta 5": a road's word and its
        number name a place, over whatever NER made of them (a number, a product)."""
        for m in NUMBERED_ROAD.finditer(self.text):
            self.out.forced[m.group(0)] = "place"
            self.add(m.group(0), m.start(), "FAC", absorb=True)

    def strong_places(self) -> None:
        """Constructions that name places: "islands of A and B", "X, a fishing port", "X-based"."""
        text = self.text
        strong: set[str] = set()
        for m in STRONG_PLACE.finditer(text):
            for name, i in self.items(m):
                if self.plausible(name) or (name in self.other_names and not name.isupper()):
                    strong.add(name)
                    self.force_place(name, i)
        for m in APPOSITIVE_PLACE.finditer(text):
            name = m.group(1)  # a landform's apposition places a name NER read otherwise too
            if self.plausible(name) or (
                m.group("landform") and name in self.other_names and not name.isupper()
            ):
                strong.add(name)
                self.force_place(name, m.start(1))
        for m in PLACE_NAMED_AFTER.finditer(text):
            name = m.group(1)
            if self.plausible(name) or (name in self.other_names and not name.isupper()):
                strong.add(name)
                self.force_place(name, m.start(1))
        for m in LANDFORM_AFTER.finditer(text):
            name = m.group(1)
            if m.group(0).endswith(("market", "bazaar")) and not _MARKET_PLACE.match(m.group(0)):
                continue  # "the DACH market" is trade; "at Hedadi market" is a place
            if name in self.surnames:
                continue  # "Rangel municipality" beside "Ramón Rangel": named for a person too
            if name in known_countries():
                continue  # "the southeastern United States region": a country, named already
            if self.plausible(name) or name in self.other_names or name in self.known_places:
                self.out.landforms[name] = " ".join(text[m.start(1) : m.end()].split())
                self.force_place(name, m.start(1))
        for m in _COUNTRY_CITY.finditer(text):
            if m.group(1) in known_countries():
                # "Djibouti city", "Kuwait city": the capital named for its country
                self.add(m.group(0), m.start(), "GPE", absorb=True)
                self.out.forced[m.group(0)] = "place"
        for m in FACILITY_AT.finditer(text):
            name = m.group(1)
            if name not in WELL_KNOWN_ORGANISATIONS and (
                self.plausible(name) or name in self.other_names or name in self.known_places
            ):
                strong.add(name)
                self.force_place(name, m.start(1))
        for m in BASED.finditer(text):
            if self.plausible(m.group(1)):
                strong.add(m.group(1))
                self.force_place(m.group(1), m.start(1))
        self.known_places |= strong

    def countries(self) -> None:
        """ "Žan Koritnik of Slovenia", "the Tuamotu archipelago of French Polynesia": a country
        the gazetteer knows, written as it writes it, is a place where NER saw nothing or only
        pieces of it ("French" + "Polynesia") — not inside a longer name ("Georgia Tech", "Chad
        Smith": no capitalised word right before or after) nor a one-word name that is also a
        given name ("Jordan")."""
        for m in _countries_pattern().finditer(self.text):
            name = m.group(0)
            if " " not in name and gender_of(name) is not None:
                continue  # "Jordan", "Chad": a given name as well
            before = self.text[max(0, m.start() - 30) : m.start()]
            if re.match(r"[ \t]+[A-Z]", self.text[m.end() : m.end() + 2]) or re.search(
                r"(?<![\w’'-])[A-Z][\w’'-]*[ \t]+$", before
            ):
                continue  # "Georgia Tech", "Chad Smith", "Ken Chad"
            # over NER's pieces of a name of two words or more, never over its whole reading
            self.add(name, m.start(), "GPE", absorb=" " in name)

    def weak_places(self) -> None:
        """ "in/near/across X" names a place when X is never used in lower case; "at/from/to X"
        only when X (or a name listed with it) is a place elsewhere too; "on X" only when X is a
        country the gazetteer knows (an island's preposition: "on Tuvalu")."""
        hits: list[tuple[str, int, bool, list[str]]] = []
        for m in WEAK_PLACE.finditer(self.text):
            listed = self.items(m)
            names = [n for n, _ in listed]
            if m.group("prep") == "on" and not all(n in known_countries() for n in names):
                continue  # "on Facebook", "on Monday"
            for name, i in listed:
                hits.append((name, i, m.group("prep") in ("at", "from", "to"), names))
        seen = Counter(n for n, _i, soft, _ in hits if not soft)
        for name, i, soft, names in hits:
            if not self.plausible(name):
                continue
            if any(self.index.used_in_lower_case(t) for t in name.split()):
                continue
            if soft and not (
                seen[name]
                or name in self.known_places
                or name in known_places()  # "does the books from Lafayette": the gazetteer's
                or any(n in self.known_places for n in names)
            ):
                continue
            self.add(name, i, "GPE")

    def initials(self) -> None:
        """ "D. Cox", "A. J. Wells": one or two initials and a surname name a person."""
        for m in INITIALS_NAME.finditer(self.text):
            surname = m.group(0).split()[-1].rsplit(".", 1)[-1]
            low = surname.lower()
            glued = (m.group("glued") or "").lower()
            if (
                glued in TITLES  # "Dr.Ahmed" is a title, "St.Ives" a saint's town
                or glued in PLACE_PREFIXES
                or glued in _PLACE_ABBREVIATIONS
                or low in NOT_PLACE_WORDS
                or low in ORG_SUFFIXES
                or self.index.used_in_lower_case(surname)
            ):
                continue  # "Plan B. Then …": a sentence end, then an ordinary word
            # a glued initial makes one word of the name: over whatever NER made of its parts
            self.add(m.group(0), m.start(), "PERSON", absorb=bool(glued))

    def person_like(self, name: str) -> bool:
        """No word of `name` heads organisations or places, is an ordinary word, or is used in
        lower case in the text: it can be a person's name. A month's name before another name
        word is a given name ("Jan Muhammad Rind", "April Ryan")."""
        words = name.split()
        return not any(
            t.lower() in ORG_SUFFIXES
            or t.lower() in ORG_PREFIXES
            or t.lower() in PLACE_SUFFIXES
            or (t.lower() in NOT_PLACE_WORDS and not _month_as_given_name(words, i))
            or self.index.used_in_lower_case(t)
            for i, t in enumerate(words)
            if t not in SURNAME_PARTICLES  # "ap", "van": lower case by nature
        )

    def titled_words(self) -> None:
        """Words a person's title stands before ("Ms Pryce"): a person's names."""
        self.out.titled.update(m.group(1) for m in TITLED_WORD.finditer(self.text))

    def role_appositions(self) -> None:
        """ "Tomasz Wielgosz, chief economist at the bank, said", "Ujep Demetz, a carpenter in
        the village": a name in apposition to a person's role or trade (in lower case: a trade
        is often a surname) or kin ("Vera Yandrova, the chairman's wife and …") is a person,
        over whatever NER made of part of it."""
        for m in ROLE_APPOSITION.finditer(self.text):
            role = m.group("role")
            if is_role_noun(role) or role in TRADES or role in KIN or _the_role_of(m):
                self.add_name_before_comma(m)

    def introduced_people(self, mentions: list[Mention]) -> None:
        """ "Municipal spokesperson Bongani Radebe said …", and later "Radebe said": NER tagged
        the surname alone but not the name that introduced it. A free name word right before
        that surname, itself after a lower-case word or a sentence break, is the given name."""
        full = {t for m in mentions if m.label == "PERSON" for t in m.text.split()[1:]}
        alone = {
            m.text.strip()
            for m in mentions
            if m.label == "PERSON" and " " not in m.text.strip() and m.text.strip() not in full
        }
        others = {m.text.strip() for m in mentions if m.label != "PERSON"}  # "Google | Cloud"
        for surname in alone:
            if not re.fullmatch(r"[A-Z][^\W\d_]*(?:[’'-][A-Z]?[^\W\d_]+)*", surname):
                continue  # "GLP-1", "X5": no surname
            for end in self.index.find(surname):
                m = _GIVEN_BEFORE.search(self.text, max(0, end - 40), end)
                if m and self._given_name_before(m, others):
                    name = self.text[m.start(1) : end + len(surname)]
                    self.add(name, m.start(1), "PERSON", absorb=True)

    def clause_people(self) -> None:
        """ "Kendal Brooke, who has sold …", "Ann Bell, 45, of Leeds", "Sutrisno, 41, said",
        "the curator, Ada Roe, said", "who gave his name only as Dawit": a relative "who", an
        age or a role in apposition, a name given to the reporter or said to be someone's ("His
        name is Tekaronhiáhkhwa") marks a person's name."""
        found = (
            list(PERSON_CLAUSE.finditer(self.text))
            + list(MONONYM_AGE.finditer(self.text))
            + [m for m in ROLE_THEN_NAME.finditer(self.text) if self._role_before(m)]
        )
        for m in found:
            self.add_name_before_comma(m)
        for m in [*NAME_GIVEN_AS.finditer(self.text), *NAME_IS.finditer(self.text)]:
            self.add_name_before_comma(m)
            self.out.forced[m.group("name")] = "person"  # whatever NER reads elsewhere

    def _role_before(self, m: re.Match) -> bool:
        """A person's role before the name: a role noun ("the curator, Ada Roe"), or a word
        shared with bodies made a role by the word before it ("The chief executive of X, Ada
        Roe")."""
        prev = re.search(
            r"([A-Za-z]+)\s+$", self.text[max(0, m.start("role") - 30) : m.start("role")]
        )
        words = [prev.group(1), m.group("role")] if prev else [m.group("role")]
        # "The head of the village school, Ada Roe": the head of a body is a person
        head_of = m.group("role").lower() == "head" and self.text.startswith(" of ", m.end("role"))
        return is_role_noun(m.group("role")) or is_role_phrase(words) or head_of

    def add_name_before_comma(self, m: re.Match) -> None:
        """The person's name of a match's "name" group; capitalised words before it that are
        no name's ("Yesterday Ann Bell, 45,", "In Leeds Ann Bell, 45,") are left out, and so is a
        trade opening the sentence ("Hunter Ann Bell, who …")."""
        words = m.group("name").split()
        while len(words) > 2 and (not self.person_like(words[0]) or _affiliation(words[0])):
            words = words[1:]  # "Republican | Christine Todd Whitman, the former governor"
        end = m.end("name")
        start = _after_opening_trade(self.text, end - len(" ".join(words)), end)
        name = self.text[start:end]
        words = name.split()
        noun_surname = self._common_noun_surname(words, end)
        if (self.person_like(name) or noun_surname) and all(
            name_word(t)
            or t in SURNAME_PARTICLES
            or _month_as_given_name(words, i)
            or (noun_surname and i == len(words) - 1)
            for i, t in enumerate(words)
        ):
            self.add(name, start, "PERSON", absorb=True)

    def _common_noun_surname(self, words: list[str], end: int) -> bool:
        """ "Kersi Engineer, 78, who is not an engineer": before an age, a surname that is also
        a common noun used in the text, after name words that are no common noun's."""
        last = words[-1].lower()
        return (
            len(words) >= 2
            and AGE_AFTER.match(self.text, end) is not None
            and self.person_like(" ".join(words[:-1]))
            # a title word ends no one's name, but "Engineer" is one only before a name
            and (last in TITLES or last not in NOT_PLACE_WORDS)
            and not (last in ORG_SUFFIXES or last in ORG_PREFIXES or last in PLACE_SUFFIXES)
        )

    def headed_orgs(self) -> None:
        """ "the Tollmere Theatre", "Morrow Haulage said": a name ending in an organisation's
        head word, its own words never used in lower case, is an organisation's, where NER
        proposed nothing or only part of it."""
        for pattern in (HEADED_ORG, HEADED_ORG_BARE):
            for m in pattern.finditer(self.text):
                name = m.group("name")
                own = name.split()[:-1]
                start = m.start("name")
                if is_given_name(own[0]) or (start, start + len(name)) in self.spans:
                    continue  # "Elin Bank": NER's person whose surname is a head word
                if any(re.search(r"-[a-z]", t) or t.endswith("ing") for t in own):
                    continue  # "Republican-controlled Congress", "Reporting Software"
                # "the Southeast Sac Roe Seiners Association" beside "a sac roe fishery": after
                # "the", in a sentence, capitalised common words are a long name's own
                long_in_prose = (
                    pattern is HEADED_ORG and len(own) >= 3 and _in_prose(self.text, start)
                )
                if all(name_word(t) and (long_in_prose or not self._common(t, own)) for t in own):
                    self.add(name, start, "ORG", absorb=True)

    def _common(self, word: str, own: list[str]) -> bool:
        """Whether a word of a headed name is a common word of the text ("Reporting"), not a
        name's; a level of government right before the head word is the name's whatever the
        text writes in lower case ("Dolné Kotlice Municipal Council" beside "the municipal
        elections")."""
        if word is own[-1] and word.lower() in LOCAL_LEVELS and len(own) > 1:
            return False
        return self.index.used_in_lower_case(word)

    def bodies_with_purpose(self) -> None:
        """ "the Agency for Food Safety and Plant Protection", "The Azad Network for Digital
        Rights": a body's head word and what it is for or of (`HEADED_ORG_PURPOSE`) are one
        organisation, over NER's pieces; so are a Romance-language body's head word, its
        connector and the capitalised words after it ("l'Assessorato regionale delle
        Infrastrutture", `ROMANCE_BODY`). The run stops before "and" that opens a person's
        name or title ("the Ministry of Health and Minister Ada Roe")."""
        for pattern in (HEADED_ORG_PURPOSE, ROMANCE_BODY):
            for m in pattern.finditer(self.text):
                name = _before_a_person(m.group("name"))
                # NER opens a Romance body's name it cut short with the English "the" before it
                the_too = pattern is ROMANCE_BODY
                self.add(name, m.start("name"), "ORG", absorb=True, the_too=the_too)
                self.out.forced[name] = "organization"

    def foreign_headed_bodies(self) -> None:
        """ "Dinas Peternakan Kabupaten Toraja Utara": a body's head word of another language and
        the capitalised words after it (`foreign_headed_body`), up to a title, a role or a
        given name that opens a person's name, are one organisation over NER's pieces."""
        for m in foreign_headed_body().finditer(self.text):
            words = m.group("name").split()
            end = next((i for i in range(1, len(words)) if _opens_a_person(words, i)), len(words))
            if end >= 2:
                name = " ".join(words[:end])
                self.add(name, m.start("name"), "ORG", absorb=True)
                self.out.forced[name] = "organization"

    def kind_named_bodies(self) -> None:
        """ "Northern Lights Tours, a Sapporo agency", "the Tolga Agro cooperative": a name NER
        left out, beside or before the kind of body it is (`NAMED_BODY_KIND`), is an
        organisation's — no place, no person's name."""
        for m in NAMED_BODY_KIND.finditer(self.text):
            group = "name" if m.group("name") else "before"
            name = m.group(group)
            words = name.split()
            if (
                name in known_places()
                or name in self.known_places
                or is_given_name(words[0])
                or (len(words) == 1 and self._opens_sentence(m.start(group)))  # "Typically,"
                or not all(name_word(w) for w in words)
                or any(self.index.used_in_lower_case(w) for w in words)
            ):
                continue
            self.add(name, m.start(group), "ORG")

    def _opens_sentence(self, start: int) -> bool:
        return bool(SENT_START.search(self.text[max(0, start - 40) : start]))

    def possessive_bodies(self) -> None:
        """ "the Depositors' Outcry Association", "the President's Office": a body named with a
        possessive (`POSSESSIVE_BODY`) is one organisation, over the part NER took. Not when the
        possessor is itself a body ("the National Assembly's Finance Committee": two)."""
        for m in POSSESSIVE_BODY.finditer(self.text):
            owner = re.sub(r"[’']s?$", "", m.group("poss")).lower()
            if owner in ORG_SUFFIXES or owner in ORG_PREFIXES:
                continue
            # from "the", so that NER's "the Coastal Women's" lies inside and gives way
            self.add(self.text[m.start() : m.end("name")], m.start(), "ORG", absorb=True)
            self.out.forced[m.group("name")] = "organization"

    def advocacy_groups(self) -> None:
        """ "Taxpayers for Lean Government": NER tags only what they stand for, if anything.
        Opening a sentence, one word after "for" may be plain words ("Voters for Trump rallied")."""
        for m in ADVOCACY_NAME.finditer(self.text):
            name, start = m.group("name"), m.start("name")
            opens = SENT_START.search(self.text[max(0, start - 40) : start])
            if opens and len(re.split(r"\s+(?:for|against)\s+", name, flags=re.I)[1].split()) < 2:
                continue
            self.add(name, start, "ORG", absorb=True)

    def local_governments(self) -> None:
        """ "the Kamyshly district administration" (`LOCAL_GOVERNMENT`), "the municipality of
        Trujillo" (`LOCAL_GOVERNMENT_OF`): a body, the place's local government, over NER's
        place. The place must be one: tagged so (a place, or the body NER read into it), known,
        or a new name that could be a place (so "the Trump district administration" stays no
        body)."""
        for m in LOCAL_GOVERNMENT.finditer(self.text):
            place = m.group("place")
            if not (self._local(place) or place in self.org_names):
                continue  # NER reads "the Kherkhal | district …" as the body's name at times
            self.out.forced[f"{place} {m.group('body')}"] = "organization"
            self.out.forced[m.group(0)] = "organization"  # as the mention's text, the name whole
            # from "the", so that NER's "the Vilallonga de Rocamora" lies inside and gives way
            self.add(m.group(0), m.start(), "ORG", absorb=True)
        for m in LOCAL_GOVERNMENT_OF.finditer(self.text):
            if self._local(m.group("place")) or m.group("place") in self.org_names:  # "Merowe"
                self.out.forced[m.group("body")] = "organization"
                self.out.forced[m.group(0)] = "organization"
                # from "the", so that NER's "the Rural Municipality of" lies inside
                self.add(m.group(0), m.start(), "ORG", absorb=True)

    def _local(self, place: str) -> bool:
        """Whether `place` can be a local government's place: tagged so, known, or a new name
        that could be a place."""
        return place in self.known_places or place in known_places() or self.plausible(place)

    def headed_places(self) -> None:
        """ "Cobbler's Row", "Corn Exchange Street": a name ending in a street's or a
        landform's head word, its own words never used in lower case, is a place's, over an
        organisation NER made of part of it."""
        for m in HEADED_PLACE.finditer(self.text):
            name, start = self._after_place_possessor(m.group("name"), m.start("name"))
            own = [re.sub(r"[’']s$", "", t) for t in name.split()[:-1]]
            if not own:
                continue  # "Benin's Plateau": the place and its head word, NER's to read
            first = own[0].lower()
            if first in NOT_PLACE_WORDS and first not in PLACE_SUFFIXES:
                continue  # "The Street", "Mr Lane"
            if is_given_name(own[0]) or any(t in self.person_tokens for t in name.split()):
                continue  # "Elin Marsh", "Ada Hill": a person whose surname is a place word
            if not any(self.index.used_in_lower_case(t) for t in own):
                self.out.forced[name] = "place"
                self.add(name, start, "GPE", absorb=True)

    def _after_place_possessor(self, name: str, start: int) -> tuple[str, int]:
        """ "Gibraltar's Upper Town": a known place owning a named place is a place of its own,
        and the name starts after it (not "Cobbler's Row", whose possessor is no place)."""
        words = name.split()
        possessor = re.sub(r"[’']s$", "", words[0])
        known = possessor in self.known_places or possessor in known_places()
        if possessor != words[0] and known:
            cut = len(name) - len(name[len(words[0]) :].lstrip())
            return name[cut:], start + cut
        return name, start

    def nicknames(self) -> None:
        """'José "Cheo" Maldonado': the nickname quoted inside a name names its person."""
        for m in NICKNAME.finditer(self.text):
            after = _NAME_AFTER_NICKNAME.match(self.text, m.end())
            if after and name_word(m.group(0).split()[0]):
                name = m.group(0)[: m.start("nick") - m.start()] + after.group(0)
                self.out.nicknames[m.group("name")] = clean_surface(name)[0]
                self.out.forced[m.group("name")] = "person"
                self.add(self.text[m.start() : after.end()], m.start(), "PERSON", absorb=True)

    def relatives(self, mentions: list[Mention]) -> None:
        """ "Odile Marchand-Kerr" beside the person "Félix Marchand-Kerr": another given name
        before a named person's surname is a relative's full name, where NER saw nothing."""
        text = self.text
        two_words = [m for m in mentions + self.out.extra if len(m.text.split()) == 2]
        for surname in filter(name_word, _surnames(two_words)):
            for p in self.index.find(surname):
                if text[p + len(surname) : p + len(surname) + 1] in ("'", "’"):
                    continue  # "Kerr's": a possessive, not the name's end
                given = _WORD_BEFORE.search(text, max(0, p - 40), p)
                if given and self.person_like(given.group(1)) and name_word(given.group(1)):
                    if self._inside_a_longer_name(given.start(1), p + len(surname)):
                        continue  # "Aristo Mbele Nkani" beside "Papa Nkani": a longer name
                    self.add(f"{given.group(1)} {surname}", given.start(1), "PERSON")

    def _inside_a_longer_name(self, start: int, end: int) -> bool:
        """Whether a name word (no title, not opening a sentence) stands right before `start`,
        or one right after `end` ("Madghis Ramadan | Tabouni")."""
        before = _WORD_BEFORE.search(self.text, max(0, start - 40), start)
        after = _NAME_WORD_AFTER.match(self.text, end)
        return bool(
            before
            and name_word(before.group(1))
            and before.group(1).lower().rstrip(".") not in TITLES
            and not self._opens_sentence(before.start(1))
        ) or bool(after and name_word(after.group(1)))

    def typed_by_noun(self, mentions: list[Mention]) -> None:
        """ "Industry group Platform Work Calvenne said": the name after a noun for a kind of
        organisation is an organisation's, whatever NER made of it."""
        exact = {(m.start, m.end) for m in mentions}
        surnames = _surnames(mentions)  # "the bank Clinton founded": a person after the noun
        for m in ORG_NOUN_BEFORE.finditer(self.text):
            name = m.group("name")
            toks = name.split()
            if name in surnames:
                continue
            first = toks[0].lower()
            if is_role_noun(first) or (first in NOT_PLACE_WORDS and first not in ORG_SUFFIXES):
                continue  # "the company Chief Executive Ada Roe": a person after the noun
            if (
                len(toks) > 1
                and gender_of(toks[0]) is not None
                and not self.index.used_in_lower_case(toks[0])
            ):
                continue  # "tour operator Ada Roe": a given name opens a person's name
            if (m.start("name"), m.end("name")) in exact:
                self.out.forced[name] = "organization"
            else:
                self.add(name, m.start("name"), "ORG")

    def _given_name_before(self, m: re.Match, others: set[str]) -> bool:
        """Whether the word `m` found before a surname is its given name: a name word (its
        hyphen parts capitalised: "Jean-Luc", not "Illinois-based") that no other kind of
        mention holds, never used in lower case, and a known given name when it opens a
        sentence ("Unlike Wegovy", "Dearest Erin" are no names)."""
        word = m.group(1)
        if not (
            name_word(word)
            and re.fullmatch(r"[A-Z][\w’']*(?:-[A-Z][\w’']*)*", word)
            and word not in others
            and not self.index.used_in_lower_case(word)
        ):
            return False
        opens = SENT_START.search(self.text[max(0, m.start(1) - 40) : m.start(1)])
        return not opens or gender_of(word) is not None

    def spokespeople_employers(self) -> None:
        """ "An FBI spokesperson said", "a Sampaguita Air spokeswoman": the name between the
        article and "spokesperson" is whose spokesperson it is, an organisation (a person's
        name there is left to NER: "a Clinton spokesman" speaks for a campaign)."""
        for m in SPOKESPERSON_OF.finditer(self.text):
            name = m.group("name")
            if gender_of(name.split()[0]) is None and name.split()[0] not in self.person_tokens:
                self.add(name, m.start("name"), "ORG")

    def affiliated_people(self, mentions: list[Mention]) -> None:
        """ "Hu Lan (China) beat …", "Gwen Marr (D-Wis.) said", "Ilse Varga of Hungary": a name
        followed by the country or party it stands for is a person's."""
        exact = {(m.start, m.end): m for m in mentions}
        for m in AFFILIATED_NAME.finditer(self.text):
            where = m.group("paren") or m.group("of")
            if not (where in self.known_places or PARTY_TAG.fullmatch(where)):
                continue
            name = m.group("name")
            if not self.person_like(name) or name in self.known_places:
                continue
            hit = exact.get((m.start("name"), m.end("name")))
            if hit is not None and hit.label != "PERSON":
                self.out.forced[name] = "person"
            elif hit is None:
                self.add(name, m.start("name"), "PERSON")

    def titled_people(self) -> None:
        """ "Baroness Helena Stroud": a person-only title before name words NER left out."""
        for m in TITLED_NAME.finditer(self.text):
            name = m.group("name")
            toks = [t for t in name.split() if t not in SURNAME_PARTICLES]  # "Kamau wa Njoroge"
            if all(name_word(t) for t in toks) and not any(
                t.lower() in ORG_SUFFIXES or self.index.used_in_lower_case(t) for t in toks
            ):
                start = m.start("name")
                if any(m.start() <= a < start < b for a, b in self.spans):
                    start = m.start()  # NER's "Cllr Harjit" + "Sandhu": absorb both whole
                self.add(self.text[start : m.end()], start, "PERSON", absorb=True)
        for m in TITLED_PORTFOLIO_NAME.finditer(self.text):
            name = m.group("name")
            if not any(
                t.lower() in ORG_SUFFIXES or self.index.used_in_lower_case(t) for t in name.split()
            ):
                self.add(name, m.start("name"), "PERSON")
                self.spans.append((m.start(), m.start("name") - 1))  # the title is no name

    def opening_roles(self) -> None:
        """ "Schoolteacher Aigul Chirkova said": a role or a trade opening the sentence before a
        name of two or three words marks a person, whatever NER made of the name."""
        for m in OPENING_ROLE_NAME.finditer(self.text):
            role = m.group("role").lower()
            if (is_role_noun(role) or role in TRADES) and self.person_like(m.group("name")):
                self.add(m.group("name"), m.start("name"), "PERSON", absorb=True)

    def chinese_order_people(self) -> None:
        """ "Senior Divisional Officer Agnes Lui Mei-ling said": a name in Chinese order
        (`CHINESE_ORDER_NAME`), with the English given name before it when there is one, is a
        person's, over whatever NER made of it (often nothing)."""
        for m in CHINESE_ORDER_NAME.finditer(self.text):
            given = m.group("given")
            start = m.start() if given and gender_of(given) is not None else m.start("name")
            name = self.text[start : m.end()]
            if not any(
                self.index.used_in_lower_case(w) or w.lower() in ORG_SUFFIXES
                for w in [*name.split(), *name.replace("-", " ").split()]
            ):
                self.add(name, start, "PERSON", absorb=True)

    def father_named_people(self) -> None:
        """ "Dayang Hajah Siti Aminah binti Haji Osman": a name joined to the father's
        (`FATHER_NAMED`) is one person's, over the pieces NER made of it; capitalised words
        before it that are used in lower case too ("The", "In") are no part of it."""
        for m in FATHER_NAMED.finditer(self.text):
            start = m.start()
            for word in m.group("own").split()[:-1]:
                if not self.index.used_in_lower_case(word) and word.lower() not in ORDINARY:
                    break
                start += len(word) + 1
            name = self.text[start : m.end()]
            if self.person_like(" ".join(w for w in name.split() if w.lower() not in TITLES)):
                self.add(name, start, "PERSON", absorb=True)

    def balinese_people(self) -> None:
        """ "I Wayan Sudarsana": a Balinese name (`BALINESE_NAME`), whose "I" NER reads as the
        pronoun, is a person's, over whatever NER made of its parts."""
        for m in BALINESE_NAME.finditer(self.text):
            self.add(m.group(0), m.start(), "PERSON", absorb=True)
            self.out.forced[m.group(0)] = "person"

    def double_barrelled_people(self) -> None:
        """ "Ines Mbatha-Roux", "Callum Reyes-Whitford": a given name before a double-barrelled
        surname is a person's name. NER splits such surnames at the hyphen and then reads the
        name as a product, an organisation or nothing at all."""
        for m in DOUBLE_BARRELLED_NAME.finditer(self.text):
            given, name, start = m.group("given"), m.group(0), m.start()
            if gender_of(given) is None and m.group("second"):
                # "Substitute Jaden Okoro-Spence": the name starts at the second word
                given, start = m.group("second"), m.start("second")
                name = self.text[start : m.end()]
            if gender_of(given) is None or self.index.used_in_lower_case(given):
                continue
            if any(t.lower() in ORG_SUFFIXES for t in re.split(r"[\s-]", name)):
                continue
            self.add(name, start, "PERSON", absorb=True)

    def newsrooms_told(self) -> None:
        """ "told NRT", "spoke to NRT", "seen by NRT": an acronym someone speaks or writes to
        is a newsroom (an organisation), where NER saw nothing; not a place's code ("told US
        officials")."""
        for m in NEWSROOM_TOLD.finditer(self.text):
            name = m.group("name")
            if name not in PLACE_CODES:
                self.add(name, m.start("name"), "ORG")
                self.out.forced[name] = "organization"

    def well_known_organisations(self) -> None:
        """ "Twitter", "Nike", "Facebook": companies and platforms the news names without
        saying what they are (`data/well_known_organisations.txt`), over NER's person."""
        for name in WELL_KNOWN_ORGANISATIONS:
            for start in self.index.find(name):
                self.add(name, start, "ORG", absorb=True)
                self.out.forced[name] = "organization"

    def legal_names(self) -> None:
        """ "Harrow Biotech Ltd", "PT Sertifika Cepat Digital": an organisation, whatever NER
        said or cut short of it; "(HBL)" or "(Harrow)" after it is its short name."""
        for m in LEGAL_PREFIX_NAME.finditer(self.text):
            self.add(m.group(1), m.start(1), "ORG", absorb=True)
            self.out.forced[m.group(1)] = "organization"
        for m in LEGAL_NAME.finditer(self.text):
            start, name = _legal_name_start(m)
            if not is_junk(name) and name.split()[0].lower() not in ORDINARY:
                self.add(name, start, "ORG", absorb=True)  # over NER's "Mitra Logam"
                self.out.forced[name] = "organization"
                bare = without_legal_form(name)
                if len(bare.split()) >= 2:
                    self.out.forced[bare] = "organization"  # "Halvara Pay" of "Halvara Pay, S.A."
                    for at in self.index.find(bare):  # and wherever the text names it so
                        if not self.text.startswith(name, at):
                            self.add(bare, at, "ORG")
                mention = Mention(m.start(1), m.end(1), name, "ORG")
                short = _acronym_after(self.text, m.end(1)) or _short_name_after(
                    self.text, mention, m.start(1), m.end(1)
                )
                if short:
                    self.out.acronyms[short] = clean_surface(name)[0]
                    self.out.forced[short] = "organization"


def _in_prose(text: str, pos: int) -> bool:
    """Whether the line at `pos` is a sentence (most of its words in lower case), not a
    heading, a menu or a list of titles."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    words = re.findall(r"[A-Za-z][\w’'-]*", text[a : b if b >= 0 else len(text)])
    return len(words) >= 8 and sum(1 for w in words if w[0].islower()) * 2 > len(words)


def _the_role_of(m: re.Match) -> bool:
    """ "X, the head of the district": a role shared with companies that only a person holds
    as "the … of" (`PERSON_ONLY_AS_THE_ROLE_OF`)."""
    if m.group("role").lower() not in PERSON_ONLY_AS_THE_ROLE_OF:
        return False
    text = m.string
    before = text[m.end("name") : m.start("role")].split()
    return before[-1:] == ["the"] and text[m.end("role") :].lstrip().startswith("of ")


def _month_as_given_name(words: list[str], i: int) -> bool:
    """Whether `words[i]`, a month's name, is a given name: another capitalised name word
    follows it ("Jan Muhammad Rind"; not "Jan 5")."""
    return (
        words[i].lower() in MONTHS
        and i + 1 < len(words)
        and words[i + 1][:1].isupper()
        and words[i + 1].lower() not in MONTHS
    )


def _opens_a_person(words: list[str], i: int) -> bool:
    """Whether `words[i]` opens a person's part of a run: a title, a role, or a given name
    with a name after it ("Banco Popular CEO Ada Roe")."""
    low = words[i].rstrip(".").lower()
    return low in TITLES or is_role_noun(low) or (i + 1 < len(words) and is_given_name(words[i]))


def _before_a_person(name: str) -> str:
    """`name` cut before an "and" that opens a person's name, a title or a role."""
    parts = re.split(r"\s+(?:and|&)\s+", name)
    kept = parts[0]
    for part in parts[1:]:
        first = part.split()[0]
        if is_given_name(first) or first.lower() in TITLES or is_role_noun(first.lower()):
            break
        kept = name[: name.index(part, len(kept))] + part
    return kept


def _legal_name_start(m: re.Match) -> tuple[int, str]:
    """Where a company's name with a legal form starts: after a possessor ("Vera Lindqvist's
    Harrowgate Media Ltd", "Velmark's Tarrow Steel Plc") and after a weekday or a month before
    it."""
    name, start = m.group(1), m.start(1)
    if m.group(0).endswith(".") and not name.endswith(".") and _abbreviation_dot(m):
        name += "."  # "Nonprofit Kft., which …": the form's own dot, not a full stop
    if pos := list(re.finditer(r"[’']s\s+", name)):
        cut = pos[-1].end()
        name, start = name[cut:], start + cut
    while (
        (words := name.split(" ", 1))
        and len(words) > 1
        and (words[0].lower() in WEEKDAYS or words[0].lower() in MONTHS)
    ):
        start += len(words[0]) + 1
        name = words[1]
    return start, name


def _abbreviation_dot(m: re.Match) -> bool:
    """Whether the dot after a legal form belongs to it: the sentence goes on after it."""
    return bool(re.match(r"\s*(?:[,;:)]|[a-z])", m.string[m.end() : m.end() + 3]))


def _given_name_first(name: str) -> bool:
    """Whether `name` opens with a given name that is no English word ("Ramón", not "Tell")."""
    first = name.split()[0]
    return gender_of(first) is not None and not is_common_word(first.lower())


# "to Djibouti city"; not "the western Japan city of Sakai", a city in the country
_COUNTRY_CITY = re.compile(
    r"(?<![\w’'-])(?<!\bthe )(?<!\ba )(" + CAP + r"(?: " + CAP + r")?) city\b(?!\s+of\b)"
)


def _surnames(mentions: Iterable[Mention]) -> set[str]:
    """The last words of the full names (two words or more) NER tagged PERSON."""
    return {m.text.split()[-1] for m in mentions if m.label == "PERSON" and len(m.text.split()) > 1}


_DATELINE_RUN = re.compile(r"([A-Z][A-Z.’'-]+(?:[ ,]+[A-Z][A-Z.’'-]+)*)\s+[-–—]\s+(\S.*)")
_WORD_BEFORE = re.compile(r"(?<![\w’'-])(" + CAP + r") $")
_SPACED_DASH = re.compile(r"(.*?\w)\s+[-–—]\s+(\S.*)")


_MINISTER_FOR = re.compile(
    r"\b(?:Minister|Secretary|Commissioner)(?:\s+of\s+State)?\s+(?:for|of)\s+(?:the\s+)?$"
)


# Where a village's market is: "at Hedadi market", "from Lingthem bazaar"
_MARKET_PLACE = re.compile(r"(?i:at|in|near|from)\s")


def _lone_common_word(raw: str) -> bool:
    """ "Best", "Cheers", "Women": one English word, capitalised, names nothing by itself
    (WordNet holds some places too: "Netherlands" is one)."""
    name = clean_surface(raw)[0]
    return " " not in name and is_common_word(name.lower()) and name not in known_places()


def _after_portfolio(text: str, m: Mention) -> Mention | None:
    """ "Minister of State for Manpower Nur Aisyah Ismail", "Minister of Digital Development Kao
    Shu-fen", "Minister of Energy Sardar Jahanzeb Tiwana": NER ran the portfolio into the name;
    from the given name (or an honorific before one, or a name in Chinese order) on it is a
    person. The portfolio holds no given name."""
    words = m.text.split()
    if len(words) < 3 or not _MINISTER_FOR.search(text, max(0, m.start - 60), m.start):
        return None
    for i in range(1, len(words) - 1):
        rest = words[i:]
        titled = rest[0].lower() in TITLES
        if gender_of(words[i - 1]) is not None:
            return None
        if all(name_word(w) for w in rest[titled:]) and (
            gender_of(rest[0]) is not None or (titled and len(rest) >= 3) or _in_chinese_order(rest)
        ):
            a = m.start + m.text.index(rest[0], len(" ".join(words[:i])))
            return Mention(a, m.end, text[a : m.end], "PERSON")
    return None


def _in_chinese_order(words: list[str]) -> bool:
    """Whether `words` are a surname and a hyphenated given name and nothing else."""
    m = CHINESE_ORDER_NAME.fullmatch(" ".join(words))
    return m is not None and m.group("given") is None


def _split(text: str, m: Mention, surnames: set[str]) -> list[Mention]:
    """A mention run over a line break, or a name and a person in apposition, split in two."""
    if "\n" in m.text.strip():
        return _split_lines(text, m)
    if dm := _DATELINE_RUN.fullmatch(m.text):
        # "CLEVELAND - Donald Trump accepted …": NER ran the dateline into the first name
        b, rest = m.start + dm.start(2), dm.group(2)
        words = rest.split()
        person = 2 <= len(words) <= 3 and all(name_word(t) for t in words) and words[0] != "The"
        if person and not any(t.lower() in ORG_SUFFIXES for t in words):
            label = "PERSON"  # NER's label was for the run; two or three name words are a name
        else:
            label = m.label
        return [
            Mention(m.start, m.start + dm.end(1), dm.group(1), "GPE"),
            Mention(b, m.end, rest, label),
        ]
    if dm := _SPACED_DASH.fullmatch(m.text):
        # "the Netherlands - Zeeuwse Schelp B.V.": a dateline's country run into the first
        # name; no name holds a dash with spaces around it ("Kanpaai – Cheers", "Surfshark -
        # Best": a list's label and its gloss; a lone common word on either side is no name)
        before, b = dm.group(1), m.start + dm.start(2)
        label = "GPE" if clean_surface(before)[0] in known_places() else m.label
        halves = [
            Mention(m.start, m.start + dm.end(1), before, label),
            Mention(b, m.end, dm.group(2), m.label),
        ]
        return [x for x in halves if not _lone_common_word(x.text)]
    if person := _after_portfolio(text, m):
        return [person]
    if parts := _route(m):
        return parts
    if parts := _body_in_place(m) or _company_of_place(m):
        return parts
    if parts := _around_a_role(text, m):
        return parts
    if parts := _split_at_comma(m, surnames):
        return parts
    if tm := _TOLD_INSIDE.fullmatch(m.text.strip()):
        # "Varga told Circuit & Signal" read as one body: the one who told and whom they told
        lead = m.start + len(m.text) - len(m.text.lstrip())
        a, b = lead + tm.start("a"), lead + tm.start("b")
        return [
            Mention(a, a + len(tm.group("a")), tm.group("a"), "PERSON"),
            Mention(b, b + len(tm.group("b")), tm.group("b"), "ORG"),
        ]
    if parts := _unit_of_body(text, m):
        return parts
    if m.label == "ORG" and (am := _ORG_AT_ORG.fullmatch(m.text)) and _org_head(am.group(2)):
        # "Lubin School of Business at Pace University": a unit and the body it belongs to
        b = m.start + am.start(2)
        return [
            Mention(m.start, m.start + am.end(1), am.group(1), "ORG"),
            Mention(b, m.end, am.group(2), "ORG"),
        ]
    if (om := _person_of_org(m.text)) or (om := _surname_of_org(m.text, surnames)):
        # "Leyla Brightwater-Okoye of Crossbar Sports Management": a person and her employer
        b = m.start + om.start(2)
        return [
            Mention(m.start, m.start + om.end(1), om.group(1), "PERSON"),
            Mention(b, m.end, om.group(2), "ORG"),
        ]
    return [m]


_TOLD_INSIDE = re.compile(
    r"(?P<a>"
    + CAP
    + r"(?: "
    + CAP
    + r"){0,2}) (?:told|tells) (?P<b>"
    + CAP
    + r"(?: (?:&|"
    + CAP
    + r")){0,4})"
)
# "from Anchorage to Cold Bay": two places NER read as one event or work.
_ROUTE = re.compile(
    r"(?P<a>" + CAP + r"(?: " + CAP + r")?) to (?P<b>" + CAP + r"(?: " + CAP + r")?)"
)


def _route(m: Mention) -> list[Mention] | None:
    """ "Anchorage to Cold Bay" as one event: the two ends of a route, when the gazetteer
    knows one of them."""
    rm = _ROUTE.fullmatch(m.text.strip())
    if m.label not in ("EVENT", "WORK_OF_ART", "PRODUCT", "FAC") or rm is None:
        return None
    if rm.group("a") not in known_places() and rm.group("b") not in known_places():
        return None
    a = m.start + (len(m.text) - len(m.text.lstrip()))
    return [
        Mention(a + rm.start("a"), a + rm.end("a"), rm.group("a"), "GPE"),
        Mention(a + rm.start("b"), a + rm.end("b"), rm.group("b"), "GPE"),
    ]


# "the Faculty of Agricultural Sciences and Food in Skopje": a body, "in", where it is.
_BODY_IN_PLACE = re.compile(r"(?P<body>.+?) in (?P<place>" + CAP + r"(?: " + CAP + r")?)")


# "Penguin Freight Ltd of Stanley": after a company's legal form, "of" and its seat; not after
# "Corp" or "Co", which "of" often goes on from inside the name ("Corrections Corp of America").
_COMPANY_OF_PLACE = re.compile(
    r"(?P<body>.+? (?:"
    + "|".join(re.escape(w) for w in sorted(LEGAL_SUFFIXES - {"corp", "co"}, key=len, reverse=True))
    + r")\.?) of (?P<place>"
    + CAP
    + r"(?: "
    + CAP
    + r")?)",
    re.I,
)


def _company_of_place(m: Mention) -> list[Mention] | None:
    """A company NER ran on into its seat ("Penguin Freight Ltd of Stanley"): the legal form
    ends the name, and the town after "of" is a place of its own."""
    cm = _COMPANY_OF_PLACE.fullmatch(m.text.rstrip())
    if m.label != "ORG" or cm is None or not cm.group("place")[:1].isupper():
        return None
    return [
        Mention(m.start, m.start + cm.end("body"), cm.group("body"), "ORG"),
        Mention(m.start + cm.start("place"), m.start + cm.end("place"), cm.group("place"), "GPE"),
    ]


def _body_in_place(m: Mention) -> list[Mention] | None:
    """An organisation NER ran on into its town ("… Food in Skopje"): the body, and the town as
    a place of its own when the gazetteer knows it (the name is cut at "in" anyway)."""
    bm = _BODY_IN_PLACE.fullmatch(m.text.rstrip())
    if m.label != "ORG" or bm is None or bm.group("place") not in known_places():
        return None
    return [
        Mention(m.start, m.start + bm.end("body"), bm.group("body"), "ORG"),
        Mention(m.start + bm.start("place"), m.start + bm.end("place"), bm.group("place"), "GPE"),
    ]


def _split_lines(text: str, m: Mention) -> list[Mention]:
    """ "Kestrawn Bank\n\nKestrawn Bank": NER ran a heading into the first line; each line of
    two words or more is a mention of its own."""
    out = []
    for seg in re.finditer(r"[^\n]+", m.text):
        if len(clean_surface(seg.group(0))[0].split()) >= 2:
            a = m.start + seg.start() + len(seg.group(0)) - len(seg.group(0).lstrip())
            b = m.start + seg.end() - (len(seg.group(0)) - len(seg.group(0).rstrip()))
            out.append(Mention(a, b, text[a:b], m.label))
    return out


# "Harnow Museum of Art, Ilse Veyron", "the House of Keys, Daniel Kneen MHK": a name, a comma,
# then two or three name words (letters after them, "MHK", are no name word).
_NAME_THEN_PERSON = re.compile(
    r"(.+?\w),\s+(" + CAP + r"\s+" + CAP + r"(?:\s+(?![A-Z]{2,5}$)" + CAP + r")?)(?:\s+[A-Z]{2,5})?"
)


def _split_at_comma(m: Mention, surnames: set[str]) -> list[Mention] | None:
    """A name, a comma, and a person or a town after it, split in two; None when the mention
    is no such pair."""
    sm = re.fullmatch(r"(.+?\w),\s+(" + CAP + r")", m.text)
    if sm and sm.group(2) in surnames:
        # "the Texas Capitol, Curts is getting help": a name, a comma, then a person's surname
        b = m.start + sm.start(2)
        return [
            Mention(m.start, m.start + len(sm.group(1)), sm.group(1), m.label),
            Mention(b, m.end, sm.group(2), "PERSON"),
        ]
    if (pm := re.fullmatch(r"(" + CAP + r"),\s+(" + CAP + r")", m.text)) and name_word(pm.group(2)):
        # "Church, Pellham": a name and the town it is in (an address), not one name
        b = m.start + pm.start(2)
        return [
            Mention(m.start, m.start + pm.end(1), pm.group(1), m.label),
            Mention(b, m.end, pm.group(2), "GPE"),
        ]
    cm = _NAME_THEN_PERSON.fullmatch(m.text)
    if (
        cm
        and m.label in LABEL_KINDS
        and all(name_word(t) for t in cm.group(2).split())
        and not any(t.lower() in ORG_SUFFIXES for t in cm.group(2).split())
    ):
        # "Harnow Museum of Art, Ilse Veyron": a name and a person in apposition
        b = m.start + cm.start(2)
        return [
            Mention(m.start, m.start + len(cm.group(1)), cm.group(1), m.label),
            Mention(b, m.start + cm.end(2), cm.group(2), "PERSON"),
        ]
    return None


def _around_a_role(text: str, m: Mention) -> list[Mention] | None:
    """ "Harrow Lane Events Founder", "Lead Planner Bianca Pellow", "Tarrow Sloan professor
    Thomas W. Malvern": a job title inside a span NER took for one name parts the employer (two
    words or more before it) from the person (a given name and one or two more name words after
    it)."""
    spans = [(t.start(), t.end()) for t in re.finditer(r"\S+", m.text)]
    toks = [m.text[a:b] for a, b in spans]
    roles = [i for i, t in enumerate(toks) if is_job_title(t)]
    if not roles or len(toks) < 3:
        return None
    first, last = roles[0], roles[-1]
    out = []
    right = toks[last + 1 :]
    if right and not (
        2 <= len(right) <= 4
        and gender_of(right[0])
        and all(name_word(w) or re.fullmatch(r"[A-Z]\.", w) for w in right)
    ):
        return None
    left = toks[:first]
    if not right and not _OWNER_TITLE.fullmatch(toks[last].lower().rsplit("-", 1)[-1]):
        return None  # "Calder Tax Advisor", "Harbour Site Planner": a product's or a paper's name
    employer = len(left) >= 2 and (
        gender_of(left[0]) is None or any(w.lower() in ORG_SUFFIXES for w in left[1:])
    )
    if employer and all(w[:1].isupper() for w in left):
        a, b = m.start + spans[0][0], m.start + spans[first - 1][1]
        out.append(Mention(a, b, text[a:b], "ORG"))
    if right:
        a, b = m.start + spans[last + 1][0], m.end
        out.append(Mention(a, b, text[a:b], "PERSON"))
    return out or None


# Titles that end an employer's name only as a job ("Harrow Lane Events Founder"), never as the
# name of a product or a paper ("The Tax Advisor", "Site Planner").
_OWNER_TITLE = re.compile(r"founder|owner|ceo|president|director|chairman|chairwoman|chair")


def _unit_of_body(text: str, m: Mention) -> list[Mention] | None:
    """ "Tarrow University’s Calder School of Management": an organisation's unit after
    its possessive is an organisation of its own, when both halves have a body's head word.
    A bare head word after it is no unit of its own: "the Ombudsman's Office" is one body."""
    pm = _ORG_OF_ORG.fullmatch(m.text) if m.label == "ORG" else None
    if pm is None or not (_body_name(pm.group(1)) and _org_head(pm.group(2))):
        return None
    if " " not in pm.group(2).strip():
        return None
    a, b = m.start + pm.start(1), m.start + pm.start(2)
    return [
        Mention(a, m.start + pm.end(1), pm.group(1), "ORG"),
        Mention(b, m.end, pm.group(2), "ORG"),
    ]


def _body_name(name: str) -> bool:
    """A body's full name as a possessor: its head word last ("Tarrow University") or first
    before "of" ("University of Kornwald"); not "People's" of "United People's Front Velmark"."""
    low = name.lower().split()
    head_first = len(low) > 2 and low[1] in ("of", "for") and low[0] in ORG_PREFIXES
    return low[-1] in ORG_SUFFIXES or head_first


_ORG_OF_ORG = re.compile(
    r"(?:[Tt]he\s+)?(.+?\w)[’']s\s+(" + CAP + r"(?:\s+(?:of|for|and)?\s*" + CAP + r"){0,6})"
)
_ORG_AT_ORG = re.compile(
    r"(.+?\w)\s+at\s+(?:the\s+)?(" + CAP + r"(?:\s+(?:of\s+)?" + CAP + r"){0,5})"
)


def _org_head(name: str) -> bool:
    """Whether both halves of "X at Y" would be organisations: Y has an organisation's head
    word ("Pace University", "University of Tarrow")."""
    return any(w.lower() in ORG_SUFFIXES or w.lower() in ORG_PREFIXES for w in name.split())


_PERSON_OF = re.compile(
    r"(" + CAP + r"(?:\s+" + CAP + r"){1,2})\s+of\s+(" + CAP + r"(?:\s+" + CAP + r")+)"
)


def _person_of_org(span: str) -> re.Match | None:
    """ "Given Surname of Two Or More Name Words" with an organisation's head word after "of",
    and the words before it a given name and a surname (no head word of their own)."""
    pm = _PERSON_OF.fullmatch(span.strip())
    if pm is None:
        return None
    person, org = pm.group(1).split(), [w.lower() for w in pm.group(2).split()]
    if gender_of(person[0]) is None or not all(name_word(w) for w in person):
        return None
    if any(w.lower() in ORG_SUFFIXES or w.lower() in ORG_PREFIXES for w in person):
        return None
    return pm if any(w in ORG_SUFFIXES for w in org) else None


_SURNAME_OF = re.compile(
    r"(" + CAP + r")\s+of\s+(?:the\s+)?(" + CAP + r"(?:\s+(?:" + CAP + r"|of|for|and))+)"
)


def _surname_of_org(span: str, surnames: set[str]) -> re.Match | None:
    """ "Obiakor of the Alliance for Democratic Renewal": the surname of a person named in full
    elsewhere, then "of" and an organisation with a head word — the person and their party."""
    sm = _SURNAME_OF.fullmatch(span)
    if sm is None or sm.group(1) not in surnames:
        return None
    return sm if any(w.lower() in ORG_SUFFIXES for w in sm.group(2).split()) else None


# Saint, Mount and Fort abbreviated: "St.Brannock" is no initial and a name.
_PLACE_ABBREVIATIONS = frozenset({"st", "mt", "ft"})
_SAINT = re.compile(r"(?:St\.?|Saint)\s+" + CAP + r"[’']s")
_NAME_AFTER_NICKNAME = re.compile(CAP + r"(?: " + CAP + r"){0,2}")
_NAME_AFTER = re.compile(r"\s+(" + CAP + r"(?:\s+" + CAP + r"){0,2})")


def _members_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "the Tamount Women's | Argan Cooperative": NER stops a body's name at its members'
    possessive ("Women's", "Farmers'"); the name ending in a body's head word right after it
    goes with it (a proper name's possessive, "Harrow's Kellan School", stays apart)."""
    ordered = sorted(mentions, key=lambda m: m.start)
    out: list[Mention] = []
    for m in ordered:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label == "ORG"
            and text[prev.end : m.start] == " "
            and _members_possessive(prev.text)
            and any(t in ORG_SUFFIXES for t in low_tokens(m.text)[-1:])
        ):
            out[-1] = Mention(prev.start, m.end, text[prev.start : m.end], "ORG")
            continue
        out.append(m)
    return out


def _members_possessive(name: str) -> bool:
    """Whether `name` ends in a possessive of people of a kind: "Women's", "Farmers'"."""
    pm = re.search(r"(\w+)(?:[’']s|(?<=s)[’'])$", name)
    return pm is not None and pm.group(1).lower() in GROUP_MEMBERS


def _saint_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "St Bede's | Church", "St Columba's | Infirmary": NER stops a name at a saint's
    possessive; the capitalised words after it belong to the name ("Church, Pellham" is cut
    to "Church" and "Pellham" stays a place of its own)."""
    out: list[Mention] = []
    starts = {m.start: m for m in mentions}
    absorbed: set[int] = set()
    for m in mentions:
        if m.start in absorbed:
            continue
        tail = _NAME_AFTER.match(text, m.end) if _SAINT.fullmatch(m.text) else None
        if tail is None:
            out.append(m)
            continue
        end, label = tail.end(1), m.label
        if (nxt := starts.get(tail.start(1))) is not None:
            # "St Wenna's | Church of England Primary School": NER's next name is the rest
            end, label = nxt.end, nxt.label
            absorbed.add(nxt.start)
        out.append(Mention(m.start, end, text[m.start : end], label))
    return out


def _split_pair(text: str, m: Mention, index: TextIndex, labels: dict[str, str]) -> list[Mention]:
    """ "Seat and Porsche", "Whitcomb and Lowry": NER joined two names that each stand alone
    elsewhere in the text; they are two actors. ("Procter and Gamble" never splits: its halves
    do not occur on their own.)"""
    pm = re.fullmatch(r"(.+?) (?:and|&) (.+)", m.text)
    if m.label == "PERSON" or pm is None:
        return [m]
    parts = [(pm.group(1), m.start), (pm.group(2), m.start + pm.start(2))]
    whole = len(index.find(m.text))
    # "from Masset and Skidegate": two one-word places NER read as one (not a country the
    # gazetteer knows so, "Trinidad and Tobago")
    two_places = (
        m.label in ("GPE", "LOC")
        and m.text not in known_places()
        and all(" " not in name and name_word(name) for name, _ in parts)
    )
    if not two_places and not all(
        name_word(name.split()[0]) and len(index.find(name)) > whole for name, _ in parts
    ):
        return [m]
    return [Mention(a, a + len(name), name, labels.get(name, m.label)) for name, a in parts]


def _extend_person(
    text: str,
    start: int,
    end: int,
    others: list[tuple[int, int]],
    other_kinds: set[str],
    index: TextIndex,
) -> tuple[int, int]:
    """ "Head teacher Sandra Obi said": NER kept one token of a two-token name; take the
    adjacent capitalised word that is no entity, here or anywhere else ("Qitcom | Lomara",
    the company's unit, when "Qitcom" is an organisation elsewhere)."""
    nxt = re.compile(r" (" + CAP + r")(?![\w’'-])").match(text, end)
    prv = re.search(r"(?<![\w’'-])(" + CAP + r") $", text[max(0, start - 30) : start])
    if (
        nxt
        and name_word(nxt.group(1))
        and nxt.group(1) not in other_kinds
        and free(others, nxt.start(1), nxt.end(1))
    ):
        return start, nxt.end(1)
    if prv and name_word(prv.group(1)) and _may_open(prv.group(1), other_kinds):
        a = start - len(prv.group(0))
        if free(others, a, start) and not (
            SENT_START.search(text[max(0, a - 40) : a]) and index.used_in_lower_case(prv.group(1))
        ):
            return _first_given_name(text, a, others), end
    return start, end


def _may_open(word: str, other_kinds: set[str]) -> bool:
    """May the word before a one-word person open the name? Not when NER reads it as another
    kind elsewhere ("Qitcom | Lomara": the company's unit), unless it is a known given name
    and no known place ("Agnes | Jimmie" when a quote says "is Agnes at her table" and NER
    took that "Agnes" for a place; "Brother Elmer | Gayheart" when a quote's "…, Elmer." was
    read as a body: a name whose gender is known is a given name too)."""
    if word not in other_kinds:
        return True
    return (is_given_name(word) or gender_of(word) is not None) and word not in known_places()


def _first_given_name(text: str, start: int, others: list[tuple[int, int]]) -> int:
    """ "prosecutor Ana | María Saavedra": a compound given name, its first word a known given
    name, opens the name too."""
    prv = _PREV_NAME_WORD.search(text[max(0, start - 30) : start])
    second = re.match(r"[\w’'-]+", text[start:])
    if (
        prv
        and second
        and gender_of(second.group(0)) is not None
        and is_given_name(prv.group(1))
        and free(others, start - len(prv.group(0)), start)
    ):
        return start - len(prv.group(0))
    return start


_SHORT_NAME_AFTER = re.compile(r"\s*\(\s*([A-Z][a-z][\w-]+)\s*\)")
_NEXT_NAME_WORD = re.compile(r" (" + CAP + r")(?![\w’'-]| [A-Z])")
_PREV_NAME_WORD = re.compile(r"(?<![\w’'.-])(" + CAP + r") $")


def _widen_person(
    text: str,
    start: int,
    end: int,
    others: list[tuple[int, int]],
    mentions: list[Mention],
    index: TextIndex,
) -> tuple[int, int]:
    """A person's name NER cut short by one word: "Halima Sa'idu | Danjuma" when "Danjuma"
    names the person alone elsewhere, "Hannelore | van Dijk-Amsel" when NER kept only the
    particle-led surname and a given name stands before it, "Anjali | Devi Narayan" when it
    kept the second of two given names or began at a middle initial ("Moses | T. Kollie"),
    "Nadia Nunes | Cavalcante Parr" when it kept the double surname after two name words
    opening with a given name."""
    if (surname := _surname_read_as_place(text, end, mentions, index)) is not None:
        return start, surname
    if (given := _given_name_read_as_nationality(text, start, mentions, index)) is not None:
        return given, end
    if (given := _given_name_read_as_place(text, start, mentions, index)) is not None:
        return given, end
    alone = {x.text.strip() for x in mentions if x.label == "PERSON" and " " not in x.text.strip()}
    nxt = _NEXT_NAME_WORD.match(text, end)
    if nxt and nxt.group(1) in alone and free(others, nxt.start(1), nxt.end(1)):
        return start, nxt.end(1)
    possessive = re.search(r"[’']s?$", text[start:end])  # "Silvio Berlusconi's | Mediaset"
    if nxt and not possessive and _surname_read_as_body(text, nxt, mentions):
        return start, nxt.end(1)
    prv = _PREV_NAME_WORD.search(text, max(0, start - 30), start)
    name = text[start:end]
    if prv and gender_of(prv.group(1)) is None and " " in name:
        # "Nadia Nunes | Cavalcante Parr": a given name and a second name word before it
        first = _PREV_NAME_WORD.search(text, max(0, prv.start(1) - 30), prv.start(1))
        if (
            first
            and gender_of(first.group(1)) is not None
            and prv.group(1).lower().rstrip(".") not in TITLES
            and not index.used_in_lower_case(prv.group(1))
            and free(others, first.start(1), start)
        ):
            return first.start(1), end
    if (
        prv
        and (_after_a_title(text, prv.start(1)) or _opens_particle_name(prv.group(1), name))
        and free(others, prv.start(1), start)
        and not index.used_in_lower_case(prv.group(1))
    ):
        return prv.start(1), end  # "Hon. Ayen | Chol Bol": a title opens the whole name
    if not prv or gender_of(prv.group(1)) is None or not free(others, prv.start(1), start):
        return start, end
    # "Anjali | Devi Narayan": a given name before a name of two words or more, inside a
    # sentence (opening one, "Israel Katz" would do as well as "Israel | Katz")
    inside = not SENT_START.search(text, max(0, prv.start(1) - 40), prv.start(1))
    initial = re.match(r"[A-Z]\.\s", name)  # "Cllr. Moses | T. Kollie Sr.": a middle initial
    if particle_led(name) or (" " in name and (gender_of(name.split()[0]) or inside or initial)):
        return _first_given_name(text, prv.start(1), others), end  # "Ana | María | Ñancupil …"
    return start, end


def _opens_particle_name(word: str, name: str) -> bool:
    """ "Marloes | van der Heijden": a particle-led surname after a capitalised word that is no
    title and no known place has its given name there, known to our lists or not."""
    return (
        particle_led(name)
        and word.lower().rstrip(".") not in TITLES
        and word not in known_places()
        and not is_common_word(word.lower())
    )


def _surname_read_as_body(text: str, nxt: re.Match, mentions: list[Mention]) -> bool:
    """ "Argelis Smith | Navas sews with the door open": NER read the last word of a name as
    a body of its own; a word no gazetteer knows and no body's or place's head word, with a
    word in lower case after it, ends the name."""
    word = nxt.group(1)
    return (
        any(
            x.start == nxt.start(1) and x.text.strip() == word and x.label == "ORG"
            for x in mentions
        )
        and word not in known_places()
        and word.lower() not in ORG_SUFFIXES
        and word.lower() not in PLACE_SUFFIXES
        and bool(re.match(r"\s+[a-z]+\b", text[nxt.end(1) : nxt.end(1) + 30]))
    )


_TITLE_WORD_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][a-z]{1,5})\.? $")


def _after_a_title(text: str, at: int) -> bool:
    """Whether a personal title ("Hon.", "Dr", "Mrs") stands right before `at`."""
    m = _TITLE_WORD_BEFORE.search(text, max(0, at - 10), at)
    return m is not None and is_personal_title(m.group(1))


_SPEAKS_AFTER = re.compile(r"\s+(?:said|says|told|added|asked|replied)\b")


def _surname_read_as_place(
    text: str, end: int, mentions: list[Mention], index: TextIndex
) -> int | None:
    """ "Ibrahim Said | Mchangama": NER read the surname right after the name as a place or a
    body; a word no gazetteer knows, never written in lower case, that speaks alone elsewhere
    in the text ("“…,” Mchangama said": places do not speak) closes the name."""
    for x in mentions:
        word = x.text.strip()
        if (
            x.label in ("GPE", "LOC", "ORG")
            and text[end : x.start] == " "
            and re.fullmatch(CAP, word)
            and word not in known_places()
            and not index.used_in_lower_case(word)
            and any(_SPEAKS_AFTER.match(text, p + len(word)) for p in index.find(word))
        ):
            return x.end
    return None


def _given_name_read_as_nationality(
    text: str, start: int, mentions: list[Mention], index: TextIndex
) -> int | None:
    """ "Dancan | Kiprop Siele": NER read a given name it does not know as a nationality (NORP)
    right before the rest of the name; a word that is no nationality's and no party's or
    faith's ("Democrat Ann Roe"), used for no group ("Democrats"), opens the name."""
    for x in mentions:
        word = x.text.strip()
        if (
            x.label == "NORP"
            and text[x.end : start] == " "
            and re.fullmatch(CAP, word)
            and not is_nationality_word(word)
            and word.lower() not in AFFILIATIONS
            and not index.find(word + "s")
            and not index.used_in_lower_case(word)
        ):
            return x.start
    return None


def _given_name_read_as_place(
    text: str, start: int, mentions: list[Mention], index: TextIndex
) -> int | None:
    """ "Coxswain Iñaki | Etxeberria Agirre": NER read a given name as a place or a body right
    before the rest of the name (`_widen_person` sees persons of two words or more). A word
    known as a given name, named nowhere else in the text, opens the name; so does a word no
    gazetteer knows that the text only ever writes right before the same name ("Ghjuvan | Petru
    Santucci … Ghjuvan Petru is the man who makes flour")."""
    after = text[start:].split(" ", 1)[0]
    for x in mentions:
        word = x.text.strip()
        if (
            x.label in ("GPE", "LOC", "FAC", "ORG")
            and text[x.end : start] == " "
            and re.fullmatch(CAP, word)
            and not is_nationality_word(word)
            and (
                (gender_of(word) is not None and len(index.find(word)) == 1)
                or (
                    word.isalpha()  # a name's word, not "WXMR-TV's"
                    and word[1:].islower()
                    and word not in known_places()
                    and not index.used_in_lower_case(word)  # "Secretary of State John Kerry"
                    and not re.search(r"\b(?:of|for|the)\s+$", text[max(0, x.start - 5) : x.start])
                    and all(text.startswith(" " + after, p + len(word)) for p in index.find(word))
                )
            )
        ):
            return x.start
    return None


def _takes_left(conjunct: str, free_words: bool, low: list[str]) -> bool:
    """Whether "A and" / "A, B and" left of an organisation name is part of it: words no other
    mention holds, or a name that ends in an organisation word ("Skerra and Kellan Ferry
    Company", where NER took "Skerra" for a person) when the conjunct is no organisation of
    its own ("the Social Democratic Union and the Green Party" stays two). A conjunct that ends
    in a legal form is a company whatever NER made of it ("PT Mitra Logam Tbk and Hengtai
    Metals Group" are two; "Rail and Road Staff Union" is one)."""
    own = low_tokens(conjunct)
    if own and own[-1].strip(".,") in LEGAL_SUFFIXES:
        return False
    if free_words:
        return True
    own_org = any(t in ORG_SUFFIXES for t in own)
    # the head word: the last one, or the one before "of"/"for" ("Union of Brevania"), or
    # before the body's number ("Bottling Plant No. 2")
    while low and (low[-1].isdigit() or low[-1] in ("no", "no.")):
        low = low[:-1]
    head = next((low[i - 1] for i, t in enumerate(low) if t in ("of", "for") and i), "")
    head = head or (low[-1] if low else "")
    return bool(low) and low[0] != "the" and head in ORG_SUFFIXES and not own_org


# A body's number after its name: "School No. 14", "Bottling Plant No 2", "Depot No.3".
_NUMBER_AFTER = re.compile(r"\s+No\.?\s?\d{1,4}\b")
_NUMBER_AFTER_NO = re.compile(r"\.?\s?\d{1,4}\b")  # NER stopped at the "No"


# A place or body's name going on after a lower-case connector of another language: "Santa
# Lucía | del Valle", "Střelná | pod Hájem", "Frankfurt | am Main".
_CONNECTOR_TAIL = re.compile(
    r"(?: (?:del|de la|de los|de las|de|do|da|dos|das|di|du|della|pod|nad|am|an der|en|e) | il-)"
    r"[A-ZÀ-ŽĠĦĊŻ][\w’'-]+(?: [A-ZÀ-ŽĠĦĊŻ][\w’'-]*[a-zà-ÿ][\w’'-]*){0,2}"
)


def _crosses_person(mentions: list[Mention], end: int, stop: int) -> bool:
    """Whether running a name on from `end` to `stop` would swallow part of a person's name."""
    return any(x.label == "PERSON" and x.start < stop and end < x.end for x in mentions)


def _words_up_to(text: str, start: int, stop: int) -> int:
    """How many words the name from `start` to `stop` has, titles and articles left out."""
    return len(clean_surface(text[start:stop])[0].split())


_MEMBER_OF = re.compile(r"\b(?i:member)\s+of\s+(?:the\s+)?$")
_SEAT = re.compile(r"(?:Parliament|Assembly|the\s+House)\s+for\s+(?:the\s+)?(?=[A-Z])")


def _seat_of_member(text: str, m: Mention) -> Mention:
    """ "The Member of Parliament for Atiu": the seat a member holds is a place; NER's
    "Parliament for Atiu" names no body."""
    seat = _SEAT.match(m.text)
    if (
        m.label != "ORG"
        or seat is None
        or not _MEMBER_OF.search(text, max(0, m.start - 20), m.start)
    ):
        return m
    return Mention(m.start + seat.end(), m.end, m.text[seat.end() :], "GPE")


_ON_A_DATE = re.compile(r"\s+(?:on|in|by|from|until)\s+([A-Z][a-z]+)\.?(?:\s+\d|\s*$)")


def _before_a_date(text: str, start: int, end: int) -> int:
    """ "Pankor | on Feb 11": NER ran a place into the date after it; the name ends before
    "on" and the month."""
    for m in _ON_A_DATE.finditer(text, start, end):
        if m.group(1).lower() in MONTHS or m.group(1).lower() in WEEKDAYS:
            return m.start()
    return end


def _connector_tail(text: str, end: int, mentions: list[Mention]) -> int:
    """The end of a name NER stopped before a connector and the name words after it
    ("Fiscalía Especializada | en Materia Ambiental", "Kodra | e Zezë"; no person's name lies
    there)."""
    m = _CONNECTOR_TAIL.match(text, end)
    if m is None or _crosses_person(mentions, end, m.end()):
        return end
    return m.end()


# A name cut at its connector is joined up only to this many words.
_SHORT_NAME_WORDS = 4
_RUN_AFTER_CONNECTOR = re.compile(r"[ \t]+(?:the[ \t]+)?" + CAP + r"(?:[ \t]+" + CAP + r"){0,2}")


def _cut_at_connector(text: str, start: int, end: int, mentions: list[Mention]) -> int:
    """ "The Province of | Fryslân": NER ended a name on the word that joins it to the rest;
    the name runs on over the capitalised words after it, while it stays a name's length
    ("the Board of Trustees of | the University of Illinois" are two), or over the place NER
    tagged right after it ("the Arbitration Court of | the Republic of Buryatia")."""
    words = text[start:end].split()
    if not words or (words[-1].lower() not in _ROMANCE_JOINS and words[-1] not in ("of", "for")):
        return end
    place = next(
        (
            x.end
            for x in mentions
            if x.label in ("GPE", "LOC")
            and re.fullmatch(r"[ \t]+(?:the[ \t]+)?", text[end : x.start])
        ),
        None,
    )
    if place is not None:
        return place
    m = _RUN_AFTER_CONNECTOR.match(text, end)
    if m is None or _words_up_to(text, start, m.end()) > _SHORT_NAME_WORDS:
        return end
    return m.end()


# Words joining the parts of a name in Spanish, Portuguese, Catalan, Galician, Italian, French.
_ROMANCE_JOINS = frozenset(
    {"de", "del", "dels", "da", "do", "dos", "das", "di", "du", "des", "della", "dei"}
)
_ROMANCE_JOIN = "|".join(sorted(_ROMANCE_JOINS, key=len, reverse=True))
_NAME_RUN_AFTER = re.compile(
    r"(?:[ \t]+(?:(?:de[ \t]+la|" + _ROMANCE_JOIN + r")[ \t]+)?" + CAP + r"){1,4}"
)


def _head_word_tail(text: str, start: int, end: int, mentions: list[Mention]) -> int:
    """ "Universidad | Andina del Norte", "Cofradía de Pescadores | San Telmo de Lourixe": a
    name opening with an organisation's head word (`ORG_PREFIXES`) runs on over the capitalised
    words NER left after it, when the name is joined as these languages join it ("de", "del")
    — not over a person's name, a title, a month or an ordinary word, nor an English name's
    next line ("Center for Somatic Psychotherapy | Affiliated with …")."""
    words = [w for w in low_tokens(text[start:end]) if w != "the"]
    m = _NAME_RUN_AFTER.match(text, end)
    if not words or words[0] not in ORG_PREFIXES or m is None:
        return end
    if not _ROMANCE_JOINS & {*words, *low_tokens(m.group(0))}:
        return end
    if any(w[0].isupper() and w.lower() in NOT_PLACE_WORDS for w in m.group(0).split()):
        return end
    if _crosses_person(mentions, end, m.end()):
        return end
    if _words_up_to(text, start, m.end()) > _MOST_NAME_WORDS:
        return end
    return m.end()


# A body's head word right after a name NER ended early ("the Chempakachira Service Co-operative |
# Bank's president"), closing the name.
_HEAD_NOUN_AFTER = re.compile(
    r"(?<![’']s)(?<![’'])[ \t]+([A-Z][a-z]+)"
    r"(?=[’']s\b|[,.;:]|\s+(?!(?:of|for|on|and|in)\b)[a-z(]|\s*$)"
)


def _head_noun_tail(text: str, start: int, end: int) -> int:
    """An organisation's name runs on over the body's head word NER left after it — not after
    a possessor ("the Government of Nunavut's | Department of …"), nor over a head word that
    opens a name of its own, nor after common words only ("Martial Arts | School", "Small
    Business | Expo" are kinds of thing, not a body's proper name)."""
    m = _HEAD_NOUN_AFTER.match(text, end)
    if m is None or m.group(1).lower() not in ORG_SUFFIXES:
        return end
    if all(is_common_word(w) for w in re.findall(r"[^\W\d_]+", text[start:end]) if w != "The"):
        return end
    return m.end(1)


_TO_ACRONYM = re.compile(
    r"(?:\s+(?:(?:of|for|in|on)(?:\s+the)?|and)\s+" + CAP + r"(?:\s+" + CAP + r"){0,3}){1,2}"
    r"(?=\s*\(\s*([A-Z][A-Z&]{1,9})\s*\))"
)
# Longer than this, a run of capitalised words is a heading, not a name (`is_junk`).
_MOST_NAME_WORDS = 7


def _tail_to_acronym(text: str, start: int, end: int, mentions: list[Mention]) -> int:
    """The end of a body's name NER cut a few name words before its bracketed acronym ("The
    Union of Rose Producers | in the Valley (SRPD)"): the acronym closes the name, so the name
    runs up to it — never over a person's name, nor over a second body joined by "and" whose
    own acronym it is ("NCCIH and the National Institutes of Health (NIH)")."""
    m = _TO_ACRONYM.match(text, end)
    if m is None or _words_up_to(text, start, m.end()) > _MOST_NAME_WORDS:
        return end
    last = re.split(r"\s+and\s+", m.group(0))[-1]
    if " and " in m.group(0) and acronym(last) == m.group(1):
        return end
    if _crosses_person(mentions, end, m.end()):
        return end
    return m.end()


# Capitalised words, then an acronym in brackets: "… | District Council (KHADC)".
_WORDS_TO_ACRONYM = re.compile(r"(?:\s+" + CAP + r"){1,4}(?=\s*\(\s*([A-Z][A-Z&]{1,9})\s*\))")


def _tail_to_initials(text: str, start: int, end: int) -> int | None:
    """The end of a name NER cut before its last capitalised words, when the acronym in
    brackets after them is the initials of the whole ("Khasi Hills Autonomous | District
    Council (KHADC)"): the acronym says where the name ends."""
    m = _WORDS_TO_ACRONYM.match(text, end)
    if m is None or acronym(text[start : m.end()]) != m.group(1):
        return None
    return m.end()


def _number_tail(text: str, start: int, end: int) -> int:
    """The end of an organisation's name with its number, which NER cuts off at "No"."""
    if re.search(r"\bNo$", text[start:end]) and (m := _NUMBER_AFTER_NO.match(text, end)):
        return m.end()
    m = _NUMBER_AFTER.match(text, end)
    return m.end() if m else end


def _two_names(text: str, left: re.Match, start: int, end: int, index: TextIndex) -> bool:
    """Whether "Quarrystone and Pellucid Devices" are two organisations: each half is named
    on its own elsewhere ("Quarrystone said", "Pellucid's chief") and no "the" makes them
    one name ("the Skerra and Kellan Ferry Company", named after the two ports it links)."""
    a = left.start(1)
    if re.search(r"\b[Tt]he\s+$", text[max(0, a - 5) : a]):
        return False  # "the Skerra and Kellan Ferry Company": one definite name
    halves = (left.group(1).strip().rstrip(","), text[start:end].split()[0])

    def alone(word: str, p: int) -> bool:  # not a part of a longer name ("Kellan Quay")
        return (p < a or p >= end) and not re.match(
            r" [A-Z]", text[p + len(word) : p + len(word) + 2]
        )

    return all(any(alone(h, p) for p in index.find(h)) for h in halves)


def _run_on(text: str, start: int, end: int, mentions: list[Mention], index: TextIndex) -> int:
    """The end of a head-first organisation name ("Association of Rural Utilities and Water
    Cooperatives", "Standing Committee on Transport and Maritime Communities") that NER cut at
    an inner "and"/"in": it runs on over capitalised words that are no person or place (name
    words, or a run NER itself tagged an organisation, or a lone word NER took for a person
    that no given name is) and never stand alone elsewhere."""
    head = HEAD_FIRST.match(text, start, end)
    if head is None or head.group("head").lower() not in ORG_PREFIXES:
        return end
    while more := NAME_RUNS_ON.match(text, end):
        run = more.group("run")
        a, b = more.start("run"), more.end("run")
        if _spelled_out_after(text, start, b):
            return b  # "… Cooperation | in Europe (OSCE)": the acronym says where it ends
        crossed = [x for x in mentions if x.start < b and a < x.end]
        tagged = any((x.start, x.end, x.label) == (a, b, "ORG") for x in crossed)
        if (
            any(x.label != "ORG" and not _no_ones_name(x, a, b) for x in crossed)
            or not (tagged or all(name_word(t) for t in run.split()))
            or len(index.find(run)) > 1
        ):
            break
        end = b
    return end


# "Ministry of Agriculture, Fisheries | and the Environment": the last item of a list of
# portfolios in a head-first name, after "and".
_LIST_END = re.compile(
    r"[ \t]+(?:and|&)[ \t]+(?:the[ \t]+)?" + CAP + r"(?:[ \t]+" + CAP + r"){0,2}"
)


def _list_in_name(text: str, start: int, end: int) -> int:
    """The end of a head-first name that lists its portfolios ("Ministry of Agriculture,
    Fisheries and the Environment") where NER stopped before the list's last item."""
    head = HEAD_FIRST.match(text, start, end)
    if head is None or head.group("head").lower() not in ORG_PREFIXES:
        return end
    if not re.search(r",[ \t]+" + CAP + r"$", text[start:end]):
        return end
    last = _LIST_END.match(text, end)
    return last.end() if last else end


def _no_ones_name(x: Mention, a: int, b: int) -> bool:
    """Whether NER's person `x` is just the run [a, b) of one word that no given name opens
    ("… Antiquities and | Museums"): a plural noun in capitals, not someone."""
    word = x.text.strip()
    return (
        x.label == "PERSON"
        and (x.start, x.end) == (a, b)
        and " " not in word
        and gender_of(word) is None
    )


def _body_with_acronym(raw: str, acr: str, out: Proposals) -> bool:
    """Whether `raw` (without its "the") is a body's name `acr` abbreviates; fixed so if it is."""
    bare = re.sub(r"^(?i:the)\s+", "", raw.strip())
    if not _abbreviated_by(bare, acr):
        return False
    out.forced[bare] = "organization"
    return True


def _abbreviated_by(name: str, acr: str) -> bool:
    """Whether the capitals `acr` open with the first word's initial and end with the last
    word's, with more letters than the name has words, as a body's acronym does
    ("Gruppenwasserversorgung Silum (GWS)"); a party's after a politician's name ("Ada Roe
    (ANC)") does not, nor a person's own initials."""
    words = name.split()
    return (
        len(words) >= 2
        and len(acr) > len(words)  # not a person's initials: "David Heinemeier Hansson (DHH)"
        and gender_of(words[0]) is None
        and acr[0] == words[0][0]
        and acr[-1] == words[-1][0]
    )


def _acronym_after(text: str, end: int) -> str | None:
    """ "(OSCE)" right after position `end`, when there is one."""
    after = ACRONYM_AFTER.match(text[end : end + 16])
    return after.group(1) if after else None


def _short_name_after(text: str, m: Mention, start: int, end: int) -> str | None:
    """ "Qadirah Integrated Telecom Co (Qitcom)": the one word in brackets after an
    organisation's full name, opening with its first letter, is the short name the body then
    uses, as wires write it."""
    after = _SHORT_NAME_AFTER.match(text, end)
    words = text[start:end].split()
    if m.label != "ORG" or not after or len(words) < 2:
        return None
    return after.group(1) if after.group(1)[0] == words[0][0] else None


def _spelled_out_after(text: str, start: int, end: int) -> bool:
    """Whether "(ACRONYM)" right after `text[start:end]` spells out exactly those words."""
    after = _acronym_after(text, end)
    if after is None:
        return False
    name, _titled = clean_surface(text[start:end])
    words = [w for w in name.split() if w.lower() not in ("in", "on", "at")]
    return acronym(" ".join(words)) == after


def _of_tail(text: str, end: int, low: list[str], mentions: list[Mention]) -> int:
    """The end of an organisation name ending in its head word ("Electoral Commission") that
    goes on with "of/for" and whose it is ("of Calvenne", "of the Istravian Gendarmerie"),
    where NER stopped before "of"; never over a person's full name, nor after a legal form
    ("Northwind Water Solutions Inc. of Sudbury": the town is where the company is)."""
    if not low or text[end - 2 : end] in ("'s", "’s"):
        return end
    if low[-1] not in ORG_SUFFIXES and not _office_of_a_title(low):
        return end
    if low[-1].rstrip(".") in LEGAL_SUFFIXES:
        return end
    tail = OF_TAIL.match(text, end)
    if tail is None or not all(
        name_word(t) or t.lower() in ORG_SUFFIXES or (i and t.lower() in PLACE_SUFFIXES)
        for i, t in enumerate(tail.group("run").split())  # "of the Chuvash Republic"
    ):
        return end
    a, b = tail.start("run"), tail.end("run")
    crossed = [x for x in mentions if x.start < b and a < x.end]
    if any(x.label == "PERSON" and len(x.text.split()) > 1 for x in crossed):
        return end
    if any(x.end > b for x in crossed):
        return end  # the run stops inside another name
    return b


def _office_of_a_title(low: list[str]) -> bool:
    """ "the Office of the Governor | of Yap State": an office named for the post it serves
    goes on with where that post is."""
    words = low[1:] if low[0] == "the" else low
    return words[:3] == ["office", "of", "the"] and len(words) > 3 and words[-1] in TITLES


def _place_prefix(
    text: str, start: int, low: list[str], others: list[tuple[int, int]], index: TextIndex
) -> int:
    """ "Harwickshire | District Council": an organisation named only by generic words
    ("District Council", "Health Board": organisation, area or lower-case words) whose place NER
    left out just before it."""
    words = [re.sub(r"[’']s$", "", t) for t in low if t != "the"]
    if (
        not words
        or words[0] != low[0]
        or not all(
            t in ORG_SUFFIXES or t in PLACE_SUFFIXES or index.used_in_lower_case(t) for t in words
        )
    ):
        return start
    before = re.search(r"(?<![\w’'-])(" + CAP + r") $", text[max(0, start - 40) : start])
    if (
        before is None
        or not name_word(before.group(1))
        or index.used_in_lower_case(before.group(1))
    ):
        return start
    a = start - len(before.group(0))
    return a if free(others, a, start) else start


_POSSESSOR = re.compile(r"(?P<place>" + CAP + r"(?: " + CAP + r")?)[’']s (?=[A-Z])")


def _place_possessor(text: str, start: int, end: int) -> int:
    """ "Vanuatu's | Department of Biosecurity": a known country or place NER read into a
    body's name as its possessor is not part of the name (a generic one, "Aurinth's Foreign
    Ministry", gets its place back in `possessed_institutions`)."""
    m = _POSSESSOR.match(text, start, end)
    if m and (m.group("place") in known_countries() or m.group("place") in known_places()):
        return m.end()
    return start


@functools.cache
def _countries_pattern() -> re.Pattern[str]:
    """The gazetteer's country names as whole words, longest first."""
    names = sorted(known_countries(), key=len, reverse=True)
    return re.compile(r"(?<![\w’'-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w’'-])")


def _drop_covered(mentions: list[Mention]) -> list[Mention]:
    """Mentions inside a longer one (an organisation name widened over them, a titled name
    proposed over them) are part of it, not actors of their own. One sweep by start: a mention
    is covered by one starting earlier that reaches as far, or by one starting with it that
    reaches further (every mention against every other was ~7% of the rules' time)."""
    order = sorted(mentions, key=lambda m: (m.start, -m.end))
    covered: set[int] = set()
    reach = -1  # the furthest end of the mentions starting earlier
    for _start, same in groupby(order, key=lambda m: m.start):
        group = list(same)
        longest = group[0].end
        covered.update(id(m) for m in group if reach >= m.end or longest > m.end)
        reach = max(reach, longest)
    return [m for m in mentions if id(m) not in covered]


def _repair(
    text: str, m: Mention, mentions: list[Mention], out: Proposals, index: TextIndex
) -> Mention:
    """One mention with its "(ACRONYM)" tail cut off (kept as an alias) and its span widened."""
    start, end = m.start, m.end
    raw = text[start:end]
    tail = ACRONYM_TAIL.search(raw)
    acr = None
    if tail and tail.start() > 0:
        acr = tail.group(1)
        end = start + tail.start()
    elif after := _acronym_after(text, end) or _short_name_after(text, m, start, end):
        acr = after
    others = [(x.start, x.end) for x in mentions if x is not m]
    trade = m.label == "PERSON" and _after_opening_trade(text, start, end) > start
    if m.label == "PERSON":
        start = _after_opening_trade(text, start, end)
        start, end = _particles_around(text, start, end)
        if text[start - 1 : start] == "’" and (start < 2 or text[start - 2].isspace()):
            start -= 1  # "’Mamosa Ramakhula": the apostrophe opens the name
    if m.label == "PERSON" and len(clean_surface(text[start:end])[0].split()) == 1:
        # "Cllr Bernadette | Sowerby": a title and one name word count as one word
        other_kinds = {x.text.strip() for x in mentions if x.label != "PERSON"}
        start, end = _extend_person(text, start, end, others, other_kinds, index)
    elif m.label == "PERSON" and not trade:  # "Hunter | Tobias Nakoolak" stays cut
        start, end = _widen_person(text, start, end, others, mentions, index)
    if m.label == "ORG":
        end = _head_noun_tail(text, start, _number_tail(text, start, end))
    if (
        m.label == "ORG"
        and acr is None
        and (to := _tail_to_acronym(text, start, end, mentions)) > end
    ):
        end = to
        out.forced[text[start:end].strip()] = "organization"  # its "in the" is no cut
    body_or_place = m.label in ("ORG", "GPE", "LOC", "FAC")
    if body_or_place and (initials_end := _tail_to_initials(text, start, end)) is not None:
        end = initials_end
        if low_tokens(text[start:end])[-1] in ORG_SUFFIXES:
            out.forced[text[start:end].strip()] = "organization"
    if m.label in ("GPE", "LOC", "FAC", "ORG"):
        end = _before_a_date(text, start, end)
    if m.label in ("GPE", "LOC", "FAC", "ORG", "WORK_OF_ART"):
        end = _head_word_tail(text, start, end, mentions)
    if m.label in ("GPE", "LOC", "FAC", "ORG"):
        end = _cut_at_connector(text, start, end, mentions)
        end = _connector_tail(text, end, mentions)
        acr = acr or _acronym_after(text, end)  # "… en Materia Ambiental (FEMA)"
    low = low_tokens(text[start:end])
    is_org = m.label == "ORG" or bool(low and low[-1] in ORG_SUFFIXES)
    if m.label == "PERSON" and acr and _body_with_acronym(text[start:end], acr, out):
        is_org = True  # "the Gruppenwasserversorgung Silum (GWS)": no person has an acronym
    if is_org:
        left = CONJ_LEFT.search(text, max(0, start - 60), start)
        if (
            left
            and _takes_left(left.group(1), free(others, left.start(1), start), low)
            and not _two_names(text, left, start, end, index)
        ):
            start = left.start(1)  # "the Maritime and Harbour Workers' Union"
        if m.label == "ORG":
            if (listed := _list_in_name(text, start, end)) > end:
                end = listed
                out.forced[text[start:end].strip()] = "organization"  # its "and the" is no cut
            end = _run_on(text, start, end, mentions, index)
            if _spelled_out_after(text, start, end):
                out.forced[text[start:end].strip()] = "organization"  # keep "in Europe"
                acr = acr or _acronym_after(text, end)
            end = _of_tail(text, end, low, mentions)
            start = _place_prefix(text, start, low, others, index)
            start = _place_possessor(text, start, end)
    if (start, end) != (m.start, m.end):
        m = Mention(start, end, text[start:end], "ORG" if is_org else m.label)
    if acr and is_org:
        name, _t = clean_surface(text[start:end])
        if acronym(name) == acr or len(acr) >= 2:
            out.acronyms[acr] = name
            out.forced[acr] = "organization"
    return _seat_of_member(text, m)


def propose(
    text: str, mentions: list[Mention], index: TextIndex
) -> tuple[list[Mention], Proposals]:
    """NER's mentions repaired plus the ones it missed (sorted), and what constructions fixed."""
    proposer = _Proposer(text, mentions, index)
    proposer.strong_places()
    proposer.numbered_roads()
    proposer.weak_places()
    proposer.countries()
    proposer.legal_names()
    proposer.well_known_organisations()
    proposer.newsrooms_told()
    proposer.initials()
    proposer.titled_people()
    proposer.opening_roles()
    proposer.double_barrelled_people()
    proposer.balinese_people()
    proposer.father_named_people()
    proposer.chinese_order_people()
    proposer.titled_words()
    proposer.role_appositions()
    proposer.introduced_people(mentions)
    proposer.clause_people()
    proposer.affiliated_people(mentions)
    proposer.typed_by_noun(mentions)
    proposer.spokespeople_employers()
    proposer.relatives(mentions)
    proposer.nicknames()
    proposer.headed_orgs()
    proposer.bodies_with_purpose()
    proposer.foreign_headed_bodies()
    proposer.kind_named_bodies()
    proposer.possessive_bodies()
    proposer.advocacy_groups()
    proposer.headed_places()
    proposer.local_governments()
    out = proposer.out
    mentions = [_country_as_place(m) for m in mentions]
    mentions = [_finished(text, _whole_hyphenated(text, m)) for m in _demonym_stems(mentions)]
    mentions = [_state_of(text, _with_compass_word(text, m)) for m in mentions]
    mentions = _prefixed_places(text, _river_towns(text, _name_joins(text, mentions)))
    surnames = _surnames(mentions)
    split = _saint_names(text, [part for m in mentions for part in _split(text, m, surnames)])
    split = _members_bodies(text, split)
    repaired = [_repair(text, m, split, out, index) for m in split]
    labels = {m.text.strip(): m.label for m in split}
    repaired = [part for m in repaired for part in _split_pair(text, m, index, labels)]
    repaired = [m for m in repaired if not _hides_a_person(m, out.extra)]
    repaired = _yield_to_proposals(repaired, out.extra)
    return sorted(_drop_covered(repaired + out.extra), key=lambda m: m.start), out


def _yield_to_proposals(mentions: list[Mention], extra: list[Mention]) -> list[Mention]:
    """NER's mentions of no actor's kind ("the Comité du Grand Feu de Fontenal" read as a
    LAW, a body's name as a WORK_OF_ART) give way to the names the constructions proposed over
    them, which would otherwise be dropped as covered."""
    return [
        m
        for m in mentions
        if m.label in LABEL_KINDS or m.label == "NORP" or not any(_holds(x, m) for x in extra)
    ]


def _holds(x: Mention, m: Mention) -> bool:
    """Whether the proposal `x` holds all of `m` but a "the" opening it."""
    start = m.start + 4 if m.text[:4].lower() == "the " else m.start
    return x.start <= start and m.end <= x.end


_PARTICLE_LED_AFTER = re.compile(
    r" (?:"
    + "|".join(sorted(SURNAME_PARTICLES, key=len, reverse=True))
    + r") ("
    + CAP
    + r")(?![\w’'-]| [A-Z])"
)
_PARTICLES_BEFORE = re.compile(r"(?<![\w’'-])((?:[A-Za-z]{1,4} ){1,2})$")
_NAME_WORD_AFTER = re.compile(r" (" + CAP + r")")
_MARKER_AFTER = re.compile(r" ([a-zığüöşçʻ’'‘]+)\b")


# "i", "y", "e": Catalan, Spanish and Portuguese "and" joining a double surname; one surname
# after it, no second name word (that would be another person: "Comas i Joan Puig").
_SECOND_SURNAME_AFTER = re.compile(r" (?:i|y|e) (" + CAP + r")(?![ \t]+[A-Z])")


def _affiliation(word: str) -> bool:
    """A party, faith or nationality word ("Republican", "Kenyan") opening a name's run."""
    return word.lower() in AFFILIATIONS or is_nationality_word(word)


def _after_opening_trade(text: str, start: int, end: int) -> int:
    """ "Hunter Mosesie Kilabuk, who …", "Herder Ana Roe said": a trade or role noun that is
    capitalised only because it opens the sentence, before a name of two words or more (no
    initial: "Hunter S. Thompson"), is what the person does, not a part of the name."""
    words = text[start:end].split()
    if (
        len(words) < 3
        or not (words[0].lower() in TRADES or is_role_noun(words[0]))
        or not all(name_word(w) for w in words[1:])
        or re.fullmatch(r"[A-Z]\.?", words[1])
        or not SENT_START.search(text[max(0, start - 40) : start])
    ):
        return start
    return start + len(words[0]) + 1


def _particles_around(text: str, start: int, end: int) -> tuple[int, int]:
    """ "Maarten van der | Heijden", "Van der | Heijden said": NER cut a name at its surname
    particles; the particles and the surname after them are the person's; so is the word that
    makes a patronymic after it ("Bakyt Nurlan | uulu"), and a second surname joined by "i"/"y"
    ("Laia Comas | i Bertran"), and the particle-led surname NER left after a given name
    ("Bilal | ag Ibrahim")."""
    words = text[start:end].split()
    if len(words) > 1 and words[-1] in SURNAME_PARTICLES:
        nxt = _NAME_WORD_AFTER.match(text, end)
        if nxt:
            end = nxt.end(1)
    elif (
        len(words) == 1
        and (led := _PARTICLE_LED_AFTER.match(text, end))
        and name_word(led.group(1))  # not "Safari | do NOT work"
    ):
        end = led.end()  # "Bilal | ag Ibrahim": a given name, then "son of" and a name
    marker = _MARKER_AFTER.match(text, end)
    if marker and marker.group(1).lower() in PATRONYMIC_MARKERS:
        end = marker.end(1)  # "Bakyt Nurlan | uulu": the patronymic's last word
    second = _SECOND_SURNAME_AFTER.match(text, end)
    if second and len(words) > 1 and not is_given_name(second.group(1)):
        end = second.end(1)  # "Laia Comas | i Bertran": the second surname, joined by "and"
    before = _PARTICLES_BEFORE.search(text, max(0, start - 10), start)
    if before and all(w.lower() in SURNAME_PARTICLES for w in before.group(1).split()):
        start = before.start(1)
    return start, end


def _country_as_place(m: Mention) -> Mention:
    """ "the Khufak Valley of eastern Tajikistan" tagged NORP: a country's own name is a place,
    whatever NER's label (its people's adjective, "Tajik", stays no actor)."""
    if m.label == "NORP" and m.text.strip() in known_countries():
        return Mention(m.start, m.end, m.text, "GPE")
    return m


def _hides_a_person(m: Mention, extra: list[Mention]) -> bool:
    """ "Qaresh Foreign Minister Leyla Hamadani-Ross" read as a work of art: a span NER gave no
    actor's label gives way to the person's name proposed inside it. A construction that
    proposes the very span NER labelled ("Sutrisno, a 41-year-old crane operator" read as a
    place) knows its kind better."""
    if any((e.start, e.end) == (m.start, m.end) and e is not m for e in extra):
        return True
    return m.label not in LABEL_KINDS and any(
        e.label == "PERSON" and m.start <= e.start and e.end <= m.end and e is not m for e in extra
    )


_NUMERIC_WORD = ("DATE", "ORDINAL", "CARDINAL", "TIME")


def _demonym_stems(mentions: list[Mention]) -> list[Mention]:
    """ "Aurinth" tagged a date or an ordinal (it ends like "ninth"), beside "Aurinthian"
    tagged a nationality: a word whose own demonym is in the text is the place it names."""
    demonyms = {m.text.strip() for m in mentions if m.label == "NORP"}
    out = []
    for m in mentions:
        word = m.text.strip()
        if (
            m.label in _NUMERIC_WORD
            and re.fullmatch(r"[A-Z][a-z]{3,}", word)
            and word.lower() not in NOT_PLACE_WORDS
            and any(d.startswith(word) and 1 <= len(d) - len(word) <= 4 for d in demonyms)
        ):
            m = Mention(m.start, m.end, m.text, "GPE")
        out.append(m)
    return out


_HYPHEN_AFTER = re.compile(r"-[A-Z][\w’'-]*[a-z]")  # not "APS-C", "USB-A"
_HYPHEN_BEFORE = re.compile(r"(?<![\w’'-])[A-Z][\w’']+-$")  # not a party tag: "R-Ohio"
# "Kahnawà|:ke": a colon between lower-case letters; not "Note:", "10:30" or "UN CC:e"
_COLON_AFTER = re.compile(r"(?<=[^\W\d_A-Z]):[^\W\d_A-Z]{2,}(?![\w:])")


# What joins two parts of one name that NER read as two: a given name's short lower-case
# second part ("Kara|-ool Dopchunovich Ondar", a Tuvan "Kara-ool"), or a surname particle
# ("Brahim | ould | Deddah").
_LOWER_HYPHEN = re.compile(r"-[a-z]{2,5} ")
_PARTICLE_GLUE = re.compile(
    r" (?:" + "|".join(sorted(SURNAME_PARTICLES, key=len, reverse=True)) + r") "
)
_NAME_LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP")
# capitalised words and nothing else: no possessive, no number, no lower-case word
_BARE_NAME = re.compile(r"(?:" + CAP + r"(?<![’']s) )+" + CAP)


def _name_joins(text: str, mentions: list[Mention]) -> list[Mention]:
    """Two mentions either side of what joins a name's parts are one person: after a person's
    given name, a lower-case hyphenated part; between a person (or a known given name, "Brahim",
    whatever NER read) and a name, a particle; two people's names with only a space between."""
    starts = {m.start: m for m in mentions if m.label in _NAME_LABELS}
    out, skip = [], set()
    for m in mentions:
        if id(m) in skip:
            continue
        nxt = _joined_to(text, m, starts)
        if nxt is None:
            out.append(m)
            continue
        skip.add(id(nxt))
        out.append(Mention(m.start, nxt.end, text[m.start : nxt.end], "PERSON"))
    return out


def _river_towns(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Wasserburg | am Inn", "Halle an der | Saale", "Rothenburg ob der | Tauber": a German
    town named with the river or land it lies on (`_ON_THE`) is one place, where NER read the
    river apart (often as a person)."""
    starts = {m.start: m for m in mentions}
    out, skip = [], set()
    for m in mentions:
        if id(m) in skip:
            continue
        on = _ON_THE.match(text, m.end) if m.label in ("GPE", "LOC") else None
        nxt = starts.get(on.end()) if on else None
        if nxt is not None and re.fullmatch(CAP, nxt.text.strip()):
            skip.add(id(nxt))
            m = Mention(m.start, nxt.end, text[m.start : nxt.end], "GPE")
        out.append(m)
    return out


_ON_THE = re.compile(r" (?:am|an der|ob der|im|in der|bei) (?=[A-Z])")


def _prefixed_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Kampung | Tampasak Lama", "Barrio | La Cuchilla": a place's own first word that NER read
    alone, right before a name NER read as something else, opens that place's name."""
    starts = {m.start: m for m in mentions}
    out, skip = [], set()
    for m in mentions:
        if id(m) in skip:
            continue
        nxt = starts.get(m.end + 1) if text[m.end : m.end + 1] == " " else None
        if (
            nxt is not None
            and m.text.strip().lower() in PLACE_PREFIXES
            and nxt.label in _NAME_LABELS
            and re.fullmatch(CAP + r"(?: " + CAP + r"){0,2}", nxt.text.strip())
        ):
            skip.add(id(nxt))
            m = Mention(m.start, nxt.end, text[m.start : nxt.end], "GPE")
        out.append(m)
    return out


def _joined_to(text: str, m: Mention, starts: dict[int, Mention]) -> Mention | None:
    if m.label not in _NAME_LABELS:
        return None
    if m.label == "PERSON" and (glue := _LOWER_HYPHEN.match(text, m.end)):
        nxt = starts.get(glue.end())
        return nxt if nxt is not None and nxt.label == "PERSON" else None
    if m.label == "PERSON" and text.startswith(" ", m.end):
        # "José Gregorio | Rangel Dávila": two given names and two surnames read as two people;
        # two people's names never stand side by side with nothing between them
        nxt = starts.get(m.end + 1)
        both = m.text + " " + nxt.text if nxt is not None else ""
        if nxt is not None and nxt.label == "PERSON" and _BARE_NAME.fullmatch(both):
            return nxt
    glue = _PARTICLE_GLUE.match(text, m.end)
    nxt = starts.get(glue.end()) if glue else None
    if nxt is None:
        return None
    if glue and glue.group(0).strip() in PATRONYMIC_LINKS and m.label == nxt.label == "PERSON":
        return nxt  # "Aisha | bint | Ali al-Marhoon": the father's full name after "daughter of"
    if not re.fullmatch(CAP, nxt.text.strip()):
        return None
    person = m.label == "PERSON" or gender_of(m.text.split()[-1]) is not None
    return nxt if person else None


def _titled(raw: str, i: int) -> bool:
    """Whether the `i`th word of `raw` is a title before the name's last word."""
    words = raw.split()
    return i < len(words) - 1 and words[i].lower().rstrip(".") in TITLES


def _given_name_unquoted(text: str, m: Mention) -> bool:
    """Two to four name words opening with a given name of known gender that is no English
    word ("Aristide", not "Summer"), or after a kin noun ("my cousin X"), outside quotation
    marks and links: a person's name, not the title of a work (which news sets off so)."""
    words = m.text.split()
    kin = _KIN_BEFORE.search(text, max(0, m.start - 30), m.start)
    return (
        2 <= len(words) <= 4
        and all(name_word(w) for w in words)
        and (_given_name_first(m.text) or (kin is not None and kin.group(1) in KIN))
        and not any(ch in _OPENING_MARKS for ch in text[max(0, m.start - 2) : m.start])
        and not any(ch in _CLOSING_MARKS for ch in text[m.end : m.end + 2])
    )


# "My cousin | Sefo Kalolo": a kin noun after a possessive, right before a name
_KIN_BEFORE = re.compile(r"\b(?i:my|his|her|our|their)\s+([a-z]+)\s+$")
# quotation marks, and a link's brackets: a title set off from the sentence
_OPENING_MARKS = "\"“‘'["
_CLOSING_MARKS = "\"”’']"


def _whole_hyphenated(text: str, m: Mention) -> Mention:
    """A mention cut at a hyphen inside one name grows to the whole word: NER may tag "Okoro"
    of "Okoro-Spence" alone, and a half of a double-barrelled surname is no actor. So does one
    cut at a colon inside a word, which Mohawk spelling uses for a long vowel ("Kahnawà:ke")."""
    start, end = m.start, m.end
    after = _HYPHEN_AFTER.match(text, end) or _COLON_AFTER.match(text, end)
    if after:
        end = after.end()
    before = _HYPHEN_BEFORE.search(text, max(0, start - 30), start)
    if before:
        start = before.start()
    if (start, end) == (m.start, m.end):
        return m
    return Mention(start, end, text[start:end], m.label)


def _finished(text: str, m: Mention) -> Mention:
    """ "The Alaska Department of Fish and | Game": a name NER cut after a joining word ("and",
    "of", "&") goes on to the capitalised words that follow it."""
    if elided := _ELIDED_AFTER.match(text, m.end):
        # "Casa | d'Aste Bellaria", "Gabriele | d'Annunzio": an elided article joins the name
        return Mention(m.start, elided.end(), text[m.start : elided.end()], m.label)
    words = m.text.split()
    last = words[-1] if words else ""
    if m.label == "PERSON" or len(words) < 2 or last not in NAME_CONNECTORS or last in _WHERE_WORDS:
        # "Juan Roe of | Oakland": where a person is from; "Rupali Rani Das": a capitalised "Das"
        # is a surname; "… Faculty in | Dolsko": where a body is
        return m
    if last in ("and", "&") and not _REMIT.search(m.text):
        return m  # "Adobe After Effects and | Photoshop": two names, not one body's remit
    if not _in_prose(text, m.start):
        return m  # "### The Advantage of | Hourly Cleaning Services": a heading's words
    rest = _NAME_RUN_AFTER.match(text, m.end)
    if rest is None:
        return m  # "the Arbitration Court of | the Republic of …": joined later (`_name_joins`)
    if any(w.lower().rstrip(".") in TITLES for w in rest.group(0).split()):
        return m  # "Labour and | Social Welfare Minister Florence Roe": a minister's title
    return Mention(m.start, rest.end(), text[m.start : rest.end()], m.label)


def _with_compass_word(text: str, m: Mention) -> Mention:
    """ "in Southeast | Alaska", "from Western | Sahara": a capitalised compass word NER left
    before a place it read is part of the place's name (in lower case it is only a direction:
    "in southeast Alaska"); not one opening a sentence, capitalised whatever it is."""
    if m.label not in ("GPE", "LOC"):
        return m
    before = _COMPASS_BEFORE.search(text, max(0, m.start - 16), m.start)
    if before is None or before.group(1).lower() not in COMPASS:
        return m
    if SENT_START.search(text[max(0, before.start() - 40) : before.start()]):
        return m
    return Mention(before.start(), m.end, text[before.start() : m.end], m.label)


_COMPASS_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][a-z]+)[ \t]$")


def _state_of(text: str, m: Mention) -> Mention:
    """ "the Federated States | of Micronesia", "the Republic | of Kiribati": a state named by
    its kind (`_STATE_KINDS`) goes on with "of" and the name NER read apart."""
    if m.label not in ("GPE", "LOC") or m.text.split()[-1].lower() not in _STATE_KINDS:
        return m
    tail = _OF_NAME.match(text, m.end)
    if tail is None:
        return m
    return Mention(m.start, tail.end(), text[m.start : tail.end()], m.label)


_STATE_KINDS = frozenset({"states", "republic", "kingdom", "emirates", "federation", "islands"})
_OF_NAME = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?" + CAP + r"(?:[ \t]+" + CAP + r"){0,2}")
# The capitalised words that finish a name cut after "and" ("… Fish and | Game").
_NAME_RUN_AFTER = re.compile(
    r"[ \t]+[A-Z][\w’'&-]*"
    r"(?:[ \t]+(?:(?:of|the|and|de|du|des|del|di|da)[ \t]+)*[A-Z][\w’'&-]*){0,3}"
)
# What a body is "of" or "for", which "and" goes on ("Department of Fish and | Game").
_REMIT = re.compile(r"\s(?:of|for)\s")
# An elided Romance article and the capitalised words it joins: " d'Aste Bellaria".
_ELIDED_AFTER = re.compile(
    r"[ \t]+(?:d|dell|dall|nell|sull)['’][A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2}"
)
# Joining words after which NER's cut is where the body is, not a name going on.
_WHERE_WORDS = frozenset({"in", "on", "at", "upon", "am", "en"})


def _kind_of_unlabelled(text: str, m: Mention, key: str, forced: dict[str, str]) -> str | None:
    """The kind of a mention NER gave no actor's label (a nationality, a product, an event, a
    work of art), from the words around it; None when nothing says."""
    raw = text[m.start : m.end]
    kind = None
    if (
        m.label in ("NORP", "PRODUCT", "EVENT", "WORK_OF_ART")
        and (
            raw.strip() in known_places()  # "two hours ahead of Tarawa" as a product
            or (
                m.label != "WORK_OF_ART"
                and (
                    CONTEXT_PLACE_STRONG.search(text[max(0, m.start - 40) : m.start])
                    or forced.get(key) == "place"
                )
            )
        )
    ):
        kind = "place"  # "the hamlet of Birchmoor" as a nationality, "west of Gwadar" a product
    if (
        kind is None
        and m.label in ("WORK_OF_ART", "PRODUCT", "EVENT")
        and 2 <= len(raw.split()) <= 3
        and all(name_word(t) or _titled(raw, i) for i, t in enumerate(raw.split()))
        and VERB_AFTER.match(text, m.end)
    ):
        # “Marta Kowal flagged the defect …”: a name opening a quotation; "…," Maître Ada Roe
        # said: a titled name after one
        kind = "person"
    if kind is None and m.label == "WORK_OF_ART" and _given_name_unquoted(text, m):
        kind = "person"  # "his eldest son is called Aristo Mbele Nkani" read as a work's title
    if (
        kind is None
        and m.label in ("WORK_OF_ART", "PRODUCT", "EVENT")
        and (ORG_APPOSITIVE.match(text[m.end : m.end + 80]) or BODY_APPOSITIVE.match(text, m.end))
    ):
        kind = "organization"  # "The Nukufetau Kaupule, the island council,": a body
    return kind


def surface_of(
    text: str, m: Mention, forced: dict[str, str], index: TextIndex
) -> tuple[str, str, bool] | None:
    """(cleaned surface, kind, had a title) of one mention, or None when it is no actor.

    Labels map to kinds; a "nationality" in a place construction is a place; a two/three-word
    "work of art" opening a clause ("Marta Kowal flagged …") is a person; an organisation's head
    word decides for other labels; a possessor is cut off ("Stratacloud's Luskar region").
    """
    raw = text[m.start : m.end]
    # a construction's verdict ("industry group X" is an organisation) over NER's label, before
    # the label's kind decides how the surface is trimmed; "the" NER opened the name with is
    # none of it
    key = raw.strip() if raw.strip() in forced else re.sub(r"^(?i:the)\s+", "", raw.strip())
    kind = forced.get(key) or LABEL_KINDS.get(m.label) or _kind_of_unlabelled(text, m, key, forced)
    if "\n" in raw.strip() or UI_JOINED.search(raw):
        return None
    surface, titled = clean_surface(raw)
    if key not in forced:  # a construction fixed where the name ends
        surface = trim_lowercase_tail(surface)
    if (
        _role_then_name(surface)
        and m.label not in _NUMERIC_LABELS
        and surface.split()[-1].lower() not in ORG_SUFFIXES  # "Canarian Wrestling Federation"
    ):
        # "Frenchman Cedric Pioline", "Patriarch Sfeir", "Namibian Frankie Fredericks": a role
        # or a nationality, then a person's name (NER often reads the whole as an organisation)
        surface, titled, kind = surface.split(" ", 1)[1], True, "person"
    pos = re.match(r"([A-Z][\w-]*)[’']s\s+(?=([A-Z][\w-]*))", surface)
    if pos and surface[pos.end() :].lower() in PLACE_SUFFIXES:
        pos = None  # "Tanner's Row": the possessive is part of the street's name
    if pos and index.used_in_lower_case(pos.group(1)):
        pos = None  # "People's Progressive Congress": a common noun's possessive names no one
    if pos and (
        kind in ("place", "person")
        or (pos.group(2).lower() not in ORG_SUFFIXES and _bare_use(text, pos.group(1), index))
    ):
        surface = surface[pos.end() :]  # "Stratacloud's Luskar region": not part of the name
    if kind is None:
        kind = _kind_by_head(surface)
    if kind is None:
        return None
    if kind == "person":
        surface, titled = _strip_leading_nouns(text, m, surface, titled, index)
        surface = strip_post_nominals(surface)
    if line_is_caps_heading(text, m.start) or _title_alone(text, m, surface):
        return None
    if is_junk(surface) and not (titled and kind == "person" and _feast_named(surface)):
        return None
    return surface, kind, titled


def _feast_named(surface: str) -> bool:
    """ "Hajj Ramadan": a feast's name that is also a given name, after a title, names a person
    (not "Father Christmas": no given name)."""
    return surface.lower() in FEASTS and gender_of(surface) is not None


def _title_alone(text: str, m: Mention, surface: str) -> bool:
    """ "the Treasurer", "the Premier": a title with "the" stands for whoever holds it, not
    for a name of its own."""
    if " " in surface or surface.lower() not in TITLES:
        return False
    return bool(re.search(r"\bthe\s+$", text[max(0, m.start - 5) : m.start], re.I)) or bool(
        re.match(r"(?i)the\s", text[m.start : m.end])
    )


_NUMERIC_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}


def _role_then_name(surface: str) -> bool:
    """A role noun, a "-man" demonym noun, or a nationality, then a name of one to three words."""
    toks = surface.split()
    if len(toks) < 2 or toks[-1].lower() in PLACE_SUFFIXES:
        return False  # "Cook Islands", "Bishop Rock": a place named with the word
    if is_role_noun(toks[0]) or toks[0].lower() in DEMONYM_NOUNS:
        return True
    rest = [t.lower() for t in toks[1:]]
    return (
        3 <= len(toks) <= 4
        and _nationality(toks[0], toks[1])
        and all(name_word(t) for t in toks[1:])
        and not any(t in ORG_SUFFIXES or t in ORG_PREFIXES for t in rest)
    )


def _nationality(word: str, after: str) -> bool:
    """Whether `word` opening a name is a nationality ("Namibian Frankie Fredericks"), not a
    given name that ends like one ("Brian Otieno Wekesa", "Vivian Achola Mwangi"). A word the
    given-name dictionary also holds ("Kenyan", "German" are there) counts as a nationality only
    before a given name."""
    if not is_nationality_word(word) or is_given_name(word):
        return False
    return gender_of(word) is None or gender_of(after) is not None


def _bare_use(text: str, word: str, index: TextIndex) -> bool:
    """Whether `word` occurs on its own somewhere, not as a possessor ("Stratacloud said")."""
    n = len(word)
    return any(p + n >= len(text) or text[p + n] not in "’'" for p in index.find(word))


def _kind_by_head(surface: str) -> ActorKind | None:
    """ "The Grain Growers' Federation" tagged as a work of art: the head decides."""
    low = [w for w in low_tokens(surface) if w != "the"]
    cut = next((i for i, w in enumerate(low) if w in ("of", "for")), 0)
    if len(low) > 1 and (
        low[-1] in ORG_SUFFIXES
        or (cut and low[cut - 1] in ORG_SUFFIXES)  # "The Azad Network for Digital Rights"
        or (low[0] in ORG_PREFIXES and low[1] in _ROMANCE_JOINS)  # "Associação de Regantes …"
    ):
        return "organization"
    return None


def _last_role_word(toks: list[str]) -> int | None:
    """Where a capitalised role title ends inside a person's span ("European Council President
    Donald Tusk"): the role word, then a given name and one or two more name words."""
    for i in range(len(toks) - 3, 0, -1):
        rest = toks[i + 1 :]
        if (
            is_role_noun(toks[i].lower())
            and toks[i].lower() in TITLES
            and len(rest) <= 3
            and gender_of(rest[0]) is not None
            and all(name_word(w) for w in rest)
        ):
            return i
    return None


def _occupation(toks: list[str]) -> bool:
    """ "Arborist Mitchell Pagonis", "Cyclist Ana Ruiz": an -ist noun before a given name is
    what the person does ("Socialist Party", "Lindqvist" are no such thing)."""
    low = toks[0].lower()
    return (
        len(low) > 5
        and low.endswith("ist")
        and low[-4] not in "sx"  # "insist", "exist"
        and low[-5:-3] not in ("qv", "kv")  # "Lindqvist", "Bergkvist"
        and gender_of(toks[1]) is not None
    )


def _strip_leading_nouns(
    text: str, m: Mention, surface: str, titled: bool, index: TextIndex
) -> tuple[str, bool]:
    """ "Farmer Joel Andersson", "Joining Halvorsen means …": common nouns and gerunds before
    a person's name are not part of it (a word also used in lower case is a common noun)."""
    toks = surface.split()
    if toks[0].lower() in PLACE_PREFIXES:
        return surface, titled  # "Barrio La Cuchilla", "the barrio": a place's own word
    if toks[-1].lower() in ORG_SUFFIXES:
        return surface, titled  # "Atoll Link Telecom" read as a person: a company's name
    while len(toks) > 2 and (index.used_in_lower_case(toks[0]) or _occupation(toks)):
        toks = toks[1:]
        titled = True
    role = _last_role_word(toks)
    if role is not None:
        toks = toks[role + 1 :]  # "Qaresh Foreign Minister Leyla Hamadani-Ross"
        titled = True
    if (
        len(toks) > 1
        and len(toks[0]) >= 7
        and toks[0].endswith("ing")
        and SENT_START.search(text[max(0, m.start - 40) : m.start])
    ):
        toks = toks[1:]
    return " ".join(toks), titled
