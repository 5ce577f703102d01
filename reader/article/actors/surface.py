"""Surface forms: cleaning a raw entity text, and telling names from junk.

Pure string functions over one surface, shared by every pass.
"""

from __future__ import annotations

import re

from reader.article.actors.lexicon import (
    ADDRESS_WORDS,
    ARABIC_PARTICLE,
    AUTHOR_LINE,
    BOILERPLATE,
    CAPITAL_TITLES,
    CREDENTIALS,
    CREDIT_LINE,
    DEITIES,
    FEASTS,
    FULL_NAME_HONORIFICS,
    GOVERNMENT_OF_NAME,
    LANGUAGES,
    LEGAL_SUFFIXES,
    MONTHS,
    NAME_CONNECTORS,
    NICKNAME,
    NOT_PLACE_WORDS,
    OFFICE_WORDS,
    ORDINARY,
    ORG_PREFIXES,
    ORG_SUFFIXES,
    PATRONYMIC_LINKS,
    PATRONYMIC_MARKERS,
    PERSON_TITLES_STRONG,
    PLACE_SUFFIXES,
    POST_HONORIFICS,
    PRONOUNS,
    ROMANCE_BODY,
    SEAT_TITLES,
    STORM_WORDS,
    SURNAME_PARTICLES,
    TITLES,
    URLISH,
    WEEKDAYS,
)
from reader.article.given_names import gender_of, is_given_name


def strip_post_nominals(surface: str) -> str:
    """ "Anthony Greaves KC", "Ruth Abara PhD", "Dana Holt MP": letters after a person's name
    are not part of it. Only in capitals or mixed case ("KC", "PhD"): a title-case word is a
    surname ("Jack Ma"), whatever the list says."""
    toks = surface.split()
    while len(toks) > 2 and _post_nominal(toks[-1]):
        toks.pop()
    return " ".join(toks)


def _post_nominal(tok: str) -> bool:
    word = tok.strip(".,")
    if word.lower() in POST_HONORIFICS:
        return True
    title_case = word[:1].isupper() and word[1:].islower()
    return not title_case and word.replace(".", "").lower() in CREDENTIALS


def particle_led(surface: str) -> bool:
    """ "al-Farouq", "de Villiers-Mahlangu", "ap Dafydd", "van der Heijden": a surname written
    alone opens with its lower-case particles, glued or spaced, before a capitalised word."""
    head, _, rest = surface.partition(" ")
    if ARABIC_PARTICLE.fullmatch(head):
        return True
    while head in SURNAME_PARTICLES and rest:
        head, _, rest = rest.partition(" ")
        if head[:1].isupper():
            return True
    return False


def _numbered(words: list[str]) -> bool:
    """Whether the name so far ends in "No." and so goes on with a number ("Depot No. 3")."""
    return bool(words) and words[-1] in ("No.", "No")


def trim_lowercase_tail(surface: str) -> str:
    """Cut a name at the first lower-case word that cannot be inside a name.

    "Petrov the ministry" → "Petrov"; "Bank of the North" stays; "the" only after "of"/"for".
    """
    toks = surface.split()
    out: list[str] = []
    for i, t in enumerate(toks):
        if i and any(c.isdigit() for c in t) and not (t.isdigit() and _numbered(out)):
            break  # "G. Rose 7-73": a score or a figure after the name
        if i and t[:1].islower():
            if ARABIC_PARTICLE.fullmatch(t):
                out.append(t)  # "Abdul-Karim al-Kabariti": a particle glued to the surname
                continue
            low = t.lower()
            if low in PATRONYMIC_MARKERS and i == len(toks) - 1:
                out.append(t)  # "Bakyt Nurlan uulu": a patronymic ends the name
                continue
            if low not in NAME_CONNECTORS and low not in SURNAME_PARTICLES:
                break
            if low in ("the", "in", "at") and (not out or out[-1].lower() not in ("of", "for")):
                break
        out.append(t)
    while len(out) > 1 and (out[-1] in NAME_CONNECTORS or out[-1] in SURNAME_PARTICLES):
        out.pop()  # "Bank of" → "Bank"; a capitalised "Das", "Van" ending a name stays
    return " ".join(out)


def ignored_spans(text: str) -> list[tuple[int, int]]:
    """Credit lines, share bars and author lines: names there are not actors of the article."""
    spans = [(m.start(), m.end()) for m in CREDIT_LINE.finditer(text)]
    return spans + [(m.start(), m.end()) for m in AUTHOR_LINE.finditer(text)]


def low_tokens(s: str) -> list[str]:
    return [t.strip(".,").lower() for t in s.split()]


def _saint(toks: list[str]) -> bool:
    """ "St Bede's Church": "St" before a possessive is a saint's name, not a title."""
    return toks[0].rstrip(".") == "St" and bool(re.search(r"[’']s$", toks[1]))


def _role_words_cut(toks: list[str]) -> list[str]:
    """ "(Chief) technology officer Suresh …": lower-case words up to a title word, after a
    title, are the rest of the role; a name does not open in lower case."""
    for i, tok in enumerate(toks[:4]):
        if not tok.islower():
            return toks
        if i and tok.rstrip(".") in TITLES and i + 1 < len(toks) and toks[i + 1][:1].isupper():
            return toks[i + 1 :]
    return toks


# Modifier letters for a glottal stop or an ayn that may open a name ("ʻAtaleva", "ʿAli"), and
# the click letters of Khoekhoe and other southern African names ("ǃGaroëb", "ǂKhomas"): marks
# without case before the capital that opens the name.
GLOTTAL_MARKS = "\u02bb\u02bc\u02be\u02bf\u01c0\u01c1\u01c2\u01c3"


def _title_after_modifiers(toks: list[str]) -> list[str]:
    """ "City councillor Ana Rusu", "Harbour Board spokesman Ivo Kral", "Texas Gov. Greg Abbott":
    the words before a title say whose title it is (a place, a body); the name starts after
    it. A lower-case title needs a name after it; a capitalised one, a title only people hold
    after a single word that is no given name, and a name of two words or more after it ("Ann
    Marshal Lee" keeps her name, "NAIC Health Insurance Report" its words)."""
    if len(toks) < 3 or not toks[0][:1].isupper() or _title_word(toks[0]):
        return toks
    strong = toks[1].rstrip(".").lower() in PERSON_TITLES_STRONG
    if strong and len(toks) >= 4 and not is_given_name(toks[0]):
        named = all(t[:1].isupper() or t in PATRONYMIC_LINKS for t in toks[2:])
        return toks[2:] if named else toks  # "… Minister Datuk Ali bin Omar": "bin" joins
    for i in range(1, min(4, len(toks) - 1)):
        word = toks[i].rstrip(".")
        if toks[i].islower() and word in TITLES and toks[i + 1][:1].isupper() and not _joins(word):
            return toks[i + 1 :]
        if _title_word(toks[i]):
            return toks
        # "chief | technology officer", "Coast | Guard spokesperson": more of the role
    return toks


def _joins(word: str) -> bool:
    """A word that joins a name's parts ("Daraga del Norte", "Ana de Souza"), not a title,
    though some are spelt like one ("Del." for a delegate)."""
    return word in NAME_CONNECTORS or word in SURNAME_PARTICLES


def _named(toks: list[str]) -> bool:
    """ "Earl T. Boudreaux", "Dean R. Marsh": a title word that is also a common given name,
    followed by a middle initial, is the given name."""
    return is_given_name(toks[0]) and bool(re.fullmatch(r"[A-Z]\.", toks[1]))


# A name opening with an apostrophe before its capital ("’Mamosa", "’Mathabo": Sesotho names
# of married women); one right after a space or at the start, never a closing quotation mark.
_ELIDED_START = re.compile(r"’(?=[A-ZÀ-ÖØ-Þ][a-z])")


_AGE = re.compile(r"(?:\d+|[A-Za-z]+(?:-[a-z]+)?)-(?:year|month|week|day)s?-old", re.I)


def clean_surface(text: str) -> tuple[str, bool]:
    """Return (cleaned surface, had a personal title) for one raw entity text."""
    s = " ".join(text.split())
    s = NICKNAME.sub(lambda m: m.group(0)[: m.start("nick") - m.start()], s)  # no nickname
    elided = _ELIDED_START.match(s)
    s = s.strip(" \t\"“”‘’'()[]{}<>*_#>,;:!?-–—|/")  # noqa: B005 - a set of characters, on purpose
    if elided:
        s = "’" + s  # "’Mamosa": the apostrophe is the name's own
    # possessive 's / ’s, and the plural possessive ’
    s = re.sub(r"[’']s$", "", s)
    s = re.sub(r"(?<=s)[’']$", "", s)
    s = (
        s.strip(" .,")
        if not re.search(r"\b[A-Z]\.$|\b[a-z]\.[a-z]\.$", s)  # "U.S.", "Mirnik d.o.o."
        and not s.endswith(("Inc.", "Corp.", "Co.", "Ltd.", "Jr.", "Sr."))
        and not (s.endswith(".") and s.split()[-1].rstrip(".").lower() in LEGAL_SUFFIXES)
        else s.strip(" ,")
    )
    if re.fullmatch(r"St\.? [A-Z][\w-]+[’']s", " ".join(text.split()).strip(" ,.;:")):
        return " ".join(text.split()).strip(" ,.;:"), False  # "St Aldric's": a church, a place
    if s.lower().startswith("the "):
        s = s[4:].lstrip()
    toks = _without_leading_adjectives(s.split())
    while len(toks) > 1 and _AGE.fullmatch(toks[0]):
        toks = toks[1:]  # "Eleven-year-old Annie Qaunaq": an age is no part of a name
    s = " ".join(toks)
    if toks and toks[-1].lower().strip(".") in ORG_SUFFIXES:
        return s, False  # "State Customs Committee", "Health Ministry": the title word is the name
    toks = _title_after_modifiers(toks)
    titled = False
    if len(toks) > 3 and " ".join(toks[:2]).lower() in TITLES:
        titled = " ".join(toks[:2]).lower() in PERSON_TITLES_STRONG  # "El Hadj Moussa Sow"
        toks = toks[2:]
    stripped = False
    while (
        len(toks) > 1
        and (
            _title_word(toks[0])
            or (len(toks) > 2 and toks[0].lower() in FULL_NAME_HONORIFICS)
            or (stripped and len(toks) > 2 and toks[0].lower() in SEAT_TITLES)
        )
        and not _saint(toks)
        and not _named(toks)
        and not _heads_a_body(toks)
    ):
        # a ruler's title after another title, before a name of two words, is one more ("Datu
        # Sultan Ali Omar"; "Dr Sultan Ahmed" is named Sultan)
        if toks[0].rstrip(".").lower() in PERSON_TITLES_STRONG | FULL_NAME_HONORIFICS:
            titled = True
        toks, stripped = toks[1:], True
        toks = _role_words_cut(toks)
    s = " ".join(toks)
    return s, titled


def _without_leading_adjectives(toks: list[str]) -> list[str]:
    """ "(the) national Board of Audit", "provincial Department of Fisheries": lower-case words
    NER kept before a body's name that opens with its head word say which one, and are no part
    of it; a name's own particle ("de Souza", "al-Amin") stays, and "this Martial Arts School"
    stays a phrase (no name opens it)."""
    i = 0
    while (
        i < len(toks) - 1
        and toks[i].isalpha()
        and toks[i].islower()
        and not particle_led(" ".join(toks[i:]))
        and toks[i] not in NAME_CONNECTORS
    ):
        i += 1
    if not i or len(toks) - i < 2:
        return toks
    return toks[i:] if toks[i].lower() in ORG_PREFIXES else toks  # "Board of …"


# Words after which a first word heads a phrase rather than titling a name: the words joining a
# name's parts (`NAME_CONNECTORS`) and the prepositions of a body's remit, in English and in the
# languages whose bodies English-language news keeps in their own words ("Union des
# Groupements …", "Ufficio per …").
_PHRASE_GOES_ON = NAME_CONNECTORS | {"to", "per", "pour", "für", "voor"}


def _heads_a_body(toks: list[str]) -> bool:
    """ "Union of Rose Producers", "Party for Work and Democracy", "Union des Groupements …":
    a word that is a title too ("Union Minister") heads an organisation's name when a phrase
    goes on after it."""
    return toks[0].lower() in ORG_SUFFIXES and toks[1] in _PHRASE_GOES_ON


def _title_word(word: str) -> bool:
    """A title before a name: "Dr", "Cr", "Mzee"; in capitals only the initials titles are
    written in ("MP", "CEO"), so the "CR" of "CR Maids" stays in the company's name. An entry
    listed with its full stop is a title only so written ("Del. Ada Roe", a delegate; "Del
    Harrigan" is named Del)."""
    low = word.rstrip(".").lower()
    if word.isupper() and len(word) > 1:
        return low in CAPITAL_TITLES
    return low in TITLES or (word.endswith(".") and low + "." in TITLES)


_INVOKING = frozenset({"thank", "oh", "my", "dear", "good", "praise", "praised", "be"})


def _pronoun_contraction(word: str) -> bool:
    """ "i'm", "we're", "they'll": a pronoun and a verb's short form."""
    m = re.fullmatch(r"([a-z]+)[’'](?:m|s|re|ve|ll|d)", word)
    return m is not None and m.group(1) in PRONOUNS


def _storm(toks: list[str]) -> bool:
    """ "Cyclone Hollanda", "Tropical Storm Ana": a storm's word, then its name."""
    return any(" ".join(toks[:n]) in STORM_WORDS for n in (1, 2) if n < len(toks))


def is_junk(surface: str) -> bool:
    """Surface forms that are never actors."""
    if len(surface) < 2 or not re.search(r"[A-Za-z]", surface):
        return True
    low = surface.lower()
    if low in BOILERPLATE or low.rstrip(":") in BOILERPLATE:
        return True
    if URLISH.search(surface):
        return True
    toks = low_tokens(surface)
    if all(
        t in MONTHS
        or t in WEEKDAYS
        or re.fullmatch(r"[\d.,:/%-]+(?:st|nd|rd|th|s)?", t)
        or t in {"the", "of", "last", "next", "this", "early", "late", "mid"}
        for t in toks
    ):
        return True
    if " ".join(toks) in FEASTS or _storm(toks):
        return True  # "Palm Sunday", "Cyclone Hollanda": a date, an event
    if len(toks) > 2 and toks[0] in OFFICE_WORDS and toks[1] == "of":
        return True  # "Head of Communications", "Minister of Finance": a post
    if len(toks) == 2 and " ".join(toks) in PERSON_TITLES_STRONG:
        return True  # "El Hadji" cut by NER from "El Hadji Babacar Thiam": a title alone
    if toks and toks[-1] in DEITIES and all(t in _INVOKING for t in toks[:-1]):
        return True  # "Thank God", "God"
    if len(toks) == 1 and (
        toks[0] in PRONOUNS
        or _pronoun_contraction(toks[0])  # "I'm", "We're" at a line's start
        or toks[0] in LANGUAGES  # "in Tamazight": a language, whatever NER tagged
        or toks[0] in ADDRESS_WORDS  # "“Mami, come down”": how kin is called
        or toks[0] in ORDINARY
        or toks[0] in PERSON_TITLES_STRONG
        or toks[0] == "justice"
    ):
        return True
    first = surface.lstrip(GLOTTAL_MARKS + "’")[:1]  # "ʻAtaleva", "’Mamosa"
    if (
        not first.isupper()
        and not first.isdigit()
        and not particle_led(surface)
        and not GOVERNMENT_OF_NAME.fullmatch(surface)  # "municipality of Trujillo"
    ):
        return True
    if sum(c.isdigit() for c in surface) > len(surface) / 3:
        return True
    letters = [c for c in surface if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        words = [w for w in re.split(r"[\s&.-]+", surface) if w]
        if len(words) >= 3 or any(len(w) > 5 for w in words):
            return True  # an ALL-CAPS heading, not an acronym
    if len(toks) == 1 and len(surface.rstrip(".")) == 1:
        return True
    if re.fullmatch(r"[A-Z]\.?", surface):
        return True
    if (tail := _AFTER_COMMA.search(surface)) and tail.group(1).lower() in TITLES:
        return True  # "the Town Clerk, Ms" of "the Town Clerk, Ms Ada Roe": a role and a title
    if len(toks) > 1 and _ABBREVIATED_TITLE.fullmatch(surface.split()[-1]):
        return True  # "Board Chairperson Dr" of "… Chairperson Dr. Ruth Roe": the next name's
    return len(toks) > 7 and not _long_body_name(surface, toks) and not _long_father_name(surface)


# Long official names: "Ministry of Natural Resources of the Udmurt Republic" (eight words).
_LONG_NAME_MAX = 12
_NAME_GLUE = frozenset({"of", "the", "and", "for", "in", "on", "&"})


def _long_father_name(surface: str) -> bool:
    """ "Awang Haji Muhammad Rizal bin Haji Abdul Karim": a person's own names, a word joining
    them to the father's, and the father's names, titles before both, make one long name;
    every other word is capitalised, as a name's are (`PATRONYMIC_LINKS`)."""
    words = surface.split()
    links = [i for i, w in enumerate(words) if w in PATRONYMIC_LINKS]
    return (
        len(words) <= _LONG_NAME_MAX
        and len(links) == 1
        and 0 < links[0] < len(words) - 1
        and all(w[:1].isupper() for i, w in enumerate(words) if i != links[0])
    )


def _long_body_name(surface: str, toks: list[str]) -> bool:
    """A long name that is a body's: it opens with a body's word ("Ministry of …"; a name
    that only ends in one may be two joined, "Petroglyph National Monument and Indian Pueblo
    Cultural Center"), or with the one word of whose it is and a body's word before "of"
    ("Alaska Division of Homeland Security and Emergency Management"), and every other word is
    capitalised or joins a name's parts, in English or another language ("Associação de
    Produtores de Leite de São Jorge"), or it is a Romance-language body's name whose head word
    says what it groups in lower case ("Communauté de communes Pays de la Moder Sud")."""
    words = surface.split()
    if len(toks) > _LONG_NAME_MAX:
        return False
    if ROMANCE_BODY.fullmatch(surface):
        return True
    return (toks[0] in ORG_PREFIXES or _whose_body(words, toks)) and all(
        w[:1].isupper() or w.rstrip(",") in _NAME_GLUE or w in NAME_CONNECTORS for w in words
    )


def _whose_body(words: list[str], toks: list[str]) -> bool:
    """ "Alaska Division of Homeland Security and Emergency Management": one word saying whose
    body it is, a body's word, "of"/"for"; one name, not two joined ("Detroit Institute of
    Arts and The Modern Art Museum"), a list ("…, Center for …") or a body's document ("…
    Development’s Healthy Homes Report")."""
    after_and = [t for i, t in enumerate(toks[1:], 1) if toks[i - 1] in ("and", "&")]
    return (
        toks[1] in ORG_PREFIXES
        and toks[2] in ("of", "for")
        and not any("," in w or re.search(r"[’']s$", w) or w == "The" for w in words[1:])
        and not any(t in ORG_PREFIXES or t in ORG_SUFFIXES for t in after_and)
    )


# The last word of a surface when a comma stands before it.
_AFTER_COMMA = re.compile(r",\s*(\w+)\.?$")
# A person's title in its short form, which only ever stands before a name.
_ABBREVIATED_TITLE = re.compile(r"(?:Dr|Mr|Mrs|Ms|Mx|Prof|Rev|Hon|Sen|Gov|Capt|Sgt|Cllr)\.?")


def without_legal_form(name: str) -> str:
    """ "Halvara Pay, S.A." → "Halvara Pay": the name as the text goes on to use it."""
    words = name.split()
    while len(words) > 1 and words[-1].strip(".,").replace(".", "").lower() in LEGAL_SUFFIXES:
        words.pop()
    return " ".join(words).rstrip(",")


def surname_first(name: str) -> str | None:
    """ "KOUDOGBO Armand" → "Armand Koudogbo": French administrative style writes the surname
    first, in capitals, then the given names; the name as news writes it elsewhere. None for a
    name not written so (an acronym before a word is no surname: the given name must be one
    the dictionary knows, and the capitals four letters or more)."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not (words[0].isupper() and words[0].isalpha()):
        return None
    if len(words[0]) < 4 or not all(w[:1].isupper() and not w.isupper() for w in words[1:]):
        return None
    if gender_of(words[1]) is None:
        return None
    return " ".join([*words[1:], words[0].capitalize()])


def trade_name_key(name: str) -> str | None:
    """ "Agro-Pecuária Serra Leba, Lda" → "serra leba": a company registered as a word for its
    trade, its own name and its legal form is called by its own name alone. None for a name
    without a legal form or with fewer than two words of its own."""
    core = without_legal_form(name).split()
    if len(core) < 3 or len(core) == len(name.split()):
        return None
    if not all(w[:1].isupper() for w in core):
        return None  # "Bank of the Andes SA": "of the Andes" is no name
    return legal_key(" ".join(core[1:]))


def legal_key(surface: str) -> str:
    """The name without its legal forms, for comparing: "Harrow Biotech Ltd" and "Morabeza
    Pay, S.A." are "harrow biotech" and "morabeza pay"."""
    return " ".join(t.strip(".,").lower() for t in without_legal_form(surface).split())


def acronym(surface: str) -> str:
    words = [
        w
        for w in re.split(r"[\s-]+", surface)
        if w and w.lower() not in {"of", "the", "and", "for", "&", "de", "du", "des", "la", "le"}
    ]
    return "".join(w[0] for w in words if w[0].isalpha()).upper()


def line_is_caps_heading(text: str, pos: int) -> bool:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    line = text[a : b if b >= 0 else len(text)]
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def name_word(w: str) -> bool:
    low = w.lower().rstrip("’'")
    if re.search(r"[’'](?:s|t|d|m|re|ll|ve)?$", w):
        return False  # "It's", "Halvorsen's": a contraction or a possessive, not a name word
    return not (low in NOT_PLACE_WORDS or low in PLACE_SUFFIXES or w.isupper() or len(w) < 2)


def split_list(s: str) -> list[str]:
    return [p.strip() for p in re.split(r"\s*,\s*|,?\s+(?:and|or)\s+", s) if p.strip()]


def free(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    return not any(x < b and a < y for x, y in spans)
