"""Pass 3 — filtering: capitalised words that are not names, and actors that are not actors.

Sentence starts capitalise ordinary words ("Turnout was 74 percent", "Commuters from Ashcombe
said"), indefinite articles mark common nouns ("a GP who"), and a lone capitalised word before a
common noun names a thing ("the Markdown rendering library"). These surfaces are dropped before
kinds are decided; after merging, a place named only inside an organisation's name is dropped.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from reader.article.actors.gazetteer import known_places
from reader.article.actors.lexicon import (
    ABBREVIATED_TITLE,
    AFFILIATION_HEADS,
    AGE_AFTER,
    COMMON_ABBREVIATIONS,
    CONTEXT_TITLE,
    CREDENTIALS,
    CURRENCIES,
    DEPARTMENT_WORDS,
    DESIGNATORS,
    KIN,
    LANGUAGES,
    MODIFIER_AFTER,
    NATIONALITIES,
    NOT_PLACE_WORDS,
    NOT_VERB_AFTER,
    NP_BOUNDARY_WORDS,
    NP_FUNCTION_WORDS,
    ORG_PREFIXES,
    ORG_SUFFIXES,
    PLACE_CODES,
    PLACE_PREFIXES,
    PLACE_SUFFIXES,
    SENT_START,
    STATE_ABBREVIATIONS,
    STORM_WORDS,
    TITLES,
    UI_VERBS,
    WORDS_AFTER,
    is_job_title,
    is_nationality_word,
    is_role_noun,
)
from reader.article.actors.model import Group, Layout, Surface
from reader.article.actors.surface import low_tokens
from reader.article.actors.textindex import TextIndex
from reader.article.english_words import is_common_word
from reader.article.given_names import gender_of, is_given_name

Surfaces = dict[str, Surface]
_SAID_AFTER = re.compile(r"\s+(?:said|says|told|added|wrote|who)\b")
_AGENT_PLURAL = re.compile(r"[A-Z][a-z]+(?:ers|ors|ists|ians|ents|ants)")


def drop_ordinary_words(
    text: str,
    surfaces: Surfaces,
    index: TextIndex,
    nouns: tuple[set[int], set[int]] | None = None,
    layout: Layout | None = None,
) -> None:
    """Run the surface filters below, in order, removing what they reject.

    `nouns`: offsets of words the tagger reads as plural common nouns, and as common nouns of
    either number (`syntax.common_nouns`; None: no parse).
    `layout`: the page's own heading lines (whatever their length) and list items.
    """
    page = layout or Layout()
    plurals, any_nouns = nouns if nouns is not None else (None, None)
    _drop_sentence_initial_people(text, surfaces, index)
    _drop_sentence_initial_nouns(surfaces, any_nouns)
    _drop_common_words(surfaces, any_nouns)
    _drop_common_nouns(text, surfaces, index, plurals)
    _drop_credentials(text, surfaces)
    _drop_currencies(text, surfaces, index)
    _drop_common_acronyms(text, surfaces, index)
    _drop_designators(text, surfaces, index)
    _drop_portfolios(text, surfaces)
    _drop_languages(text, surfaces)
    _drop_peoples(surfaces)
    for key in list(surfaces):
        s = surfaces[key]
        if (
            len(key.split()) == 1
            and s.sentence_initial == s.count
            and index.used_in_lower_case(key)
        ):
            del surfaces[key]  # "Meanwhile" / "meanwhile": an ordinary word
        elif len(key.split()) == 1 and s.count == 1 and _alone_on_line(text, s.positions[0], key):
            del surfaces[key]  # "Sport", "Opinion": a section label above the headline
        elif _heading_of_ordinary_words(text, key, s, index) or _only_in_headings(
            text, key, s, index, page
        ):
            del surfaces[key]  # "Setting Realistic Goals": a subheading in title case
        elif len(key.split()) > 1 and key.split()[0] in UI_VERBS:
            del surfaces[key]  # "Email Chen", "Follow Daryl": a button's label
        elif _job_title_alone(key, s, index):
            del surfaces[key]  # "Design Lead", "Lead Planner": a job, no one's name
        elif _unit_in_job_title(text, key, s, index):
            del surfaces[key]  # "Head of Corporate Affairs": part of a job's title
        elif _title_before_name(text, key, s, index):
            del surfaces[key]  # "Divisional Inspector Fritz Alcindor": the title NER split off
        elif _abbreviation_as_place(key, s):
            del surfaces[key]  # "AI takes a toll": NER's place is an abbreviation
        elif _title_abbreviation(text, key, index):
            del surfaces[key]  # "chaired by Amb. Ada Roe": NER's "Amb" is her title
        elif _kin_word(text, key, index):
            del surfaces[key]  # "my Kookum", "Apa, my grandfather,": what kin is called
        elif _glossed(text, key, index):
            del surfaces[key]  # "'Tau', which means thank you": a word of another language
        elif _storm_name(text, key, index):
            del surfaces[key]  # "storm Ingolf", "Storm Ingolf": a storm, no actor


# The words before a storm's name, in either case: "storm Ingolf", "Hurricane Maria".
_STORM_BEFORE = re.compile(
    r"(?i:\b(?:storm|"
    + "|".join(sorted((re.escape(w) for w in STORM_WORDS), key=len, reverse=True))
    + r"))\s+$"
)


def _storm_name(text: str, key: str, index: TextIndex) -> bool:
    """A one-word name that comes, every time, right after a storm's word: the storm."""
    found = index.find(key)
    return (
        " " not in key
        and bool(found)
        and all(_STORM_BEFORE.search(text, max(0, p - 25), p) for p in found)
    )


_POSSESSIVES = frozenset({"my", "our", "your", "his", "her", "their"})
# "Apa, my grandfather, used to say": one kin noun set off by commas on both sides
_KIN_APPOSED = re.compile(r",\s+(?i:my|our|your|his|her|their)\s+([a-z]+),")


def _kin_word(text: str, key: str, index: TextIndex) -> bool:
    """A one-word "name" that is what someone calls their kin in their own language: set
    beside one kin noun ("Apa, my grandfather, used to say"; not "Bas-Cajou, my children,",
    said to many, nor "a scribe called Hor-Iset, his wife and …", a list), or opened by "my"
    ("My Abi-le, my grandmother, …"): a name never opens with "my"."""
    words = key.split()
    if len(words) == 2 and words[0].lower() in _POSSESSIVES:
        return True
    if len(words) > 1:
        return False
    return any(
        (m := _KIN_APPOSED.match(text, p + len(key))) is not None
        and m.group(1).lower() in KIN
        and not m.group(1).lower().endswith(("s", "ren"))
        for p in index.find(key)
    )


# A word's translation right after it: "'Tau', which means thank you", "Qujannamiik, thank you,"
_GLOSS_AFTER = re.compile(
    r"[’'\"”]?,?\s+(?:(?:which|that)\s+means|meaning|thank\s+you|thanks|hello|welcome|"
    r"good\s+(?:morning|evening|night)|goodbye)\b",
    re.I,
)


def _glossed(text: str, key: str, index: TextIndex) -> bool:
    """A word of another language the text translates wherever it stands ("I told them
    'Tau', which means thank you"; "I wrote 'Ko rabwa', thank you"): words, not actors."""
    uses = index.find(key)
    return bool(uses) and all(_GLOSS_AFTER.match(text, _word_end(text, p + len(key))) for p in uses)


def _word_end(text: str, end: int) -> int:
    """The end of the quoted phrase a name's word opens ("Ko | rabwa'")."""
    m = re.match(r"(?:\s+[a-z][\w’'-]*){0,3}(?=[’'\"”])", text[end : end + 40])
    return end + (m.end() if m else 0)


def _title_abbreviation(text: str, key: str, index: TextIndex) -> bool:
    """A title's abbreviation ("Amb.", "Av.", "Insp.") read as a name: one word of the title
    list, every time written with its dot; or a short word no gazetteer knows, every time
    written with its dot right before a given name ("Geom. Calogero Schillaci", "Vzbgm.
    Mag.a Sabine Kohlhofer": the titles of many languages are abbreviated so)."""
    if " " in key:
        return False
    found = index.find(key)
    low = key.rstrip(".").lower()
    if low in TITLES or low + "." in TITLES:  # "Del." is listed with its full stop
        return bool(found) and all(text.startswith(".", p + len(key)) for p in found)
    if len(key) > 5 or key in known_places() or gender_of(key) is not None:
        return False
    if key in STATE_ABBREVIATIONS:
        return False  # "PONTIAC, Mich. Tom Lee": a state's abbreviation
    return bool(found) and all(
        _before_a_given_name(text, p + len(key))
        and not _AFTER_PREPOSITION.search(text, max(0, p - 12), p)
        for p in found
    )


# "in Karak. Jordan releases …": a place ends a sentence after its preposition
_AFTER_PREPOSITION = re.compile(r"\b(?:in|at|of|from|to|near|for|on)\s+$")
_ABBREVIATED_BEFORE_NAME = re.compile(
    r"\.(?:[a-z]{1,2}\.?)?[ \t]+(?:" + ABBREVIATED_TITLE + r"[ \t]+)?"
)


def _before_a_given_name(text: str, end: int) -> bool:
    """Whether a dot (and another abbreviation, at most) and a given name follow `end`."""
    m = _ABBREVIATED_BEFORE_NAME.match(text, end)
    name = re.match(r"[A-Z][\w’'-]+", text[m.end() : m.end() + 30]) if m else None
    return name is not None and gender_of(name.group(0)) is not None


def _job_title_alone(key: str, s: Surface, index: TextIndex) -> bool:
    """ "Ilse Varro, Design Lead for …": two or three words NER took for a person's,
    ending in a job title, the others ordinary words the text also writes in lower case (no
    given name), are a job."""
    words = key.split()
    return (
        1 < len(words) <= 3
        and not s.embedded
        and s.votes["person"] * 2 > s.votes.total()  # "Social Harbour", an agency, stays
        and is_job_title(words[-1])
        and gender_of(words[0]) is None
        and all(index.used_in_lower_case(w) or is_job_title(w) for w in words[:-1])
    )


# A job title just before a unit's name ("Head of", "Director General, ") or just after it
# ("… Manager").
_TITLE_BEFORE_UNIT = re.compile(
    r"\b(?:Head|Director|Manager|Chief|Officer|President|Secretary|Lead)(?:\s+General)?"
    r"(?:\s+(?:of|for)\s+|,\s+)$"
)
_TITLE_AFTER_UNIT = re.compile(r"\s+(?:Manager|Director|Officer|Head|Lead|Executive)\b")


def _unit_in_job_title(text: str, key: str, s: Surface, index: TextIndex) -> bool:
    """ "Declan Roe, Head of Corporate Affairs, Aquaterra plc", "Corporate Affairs Manager",
    "Director General, Marine Services, Department of Transport": a unit of two or three words
    ending in a department's word, named only beside a job title, is part of the title."""
    return key.split()[-1].lower() in DEPARTMENT_WORDS and _short_and_every_use(
        key,
        s,
        index,
        lambda p: bool(
            _TITLE_BEFORE_UNIT.search(text, max(0, p - 30), p)
            or _TITLE_AFTER_UNIT.match(text, p + len(key))
        ),
    )


def _short_and_every_use(
    key: str, s: Surface, index: TextIndex, beside: Callable[[int], bool]
) -> bool:
    """Whether `key` is two or three words, never inside a longer name, and every use of it
    in the text passes `beside` (given the use's offset)."""
    found = index.find(key)
    return 1 < len(key.split()) <= 3 and not s.embedded and bool(found) and all(map(beside, found))


_NAME_NEXT = re.compile(r" [A-Z][\w’'-]*[a-z]")


def _title_before_name(text: str, key: str, s: Surface, index: TextIndex) -> bool:
    """ "Police spokesman Divisional Inspector Fritz Alcindor", "Chief Park Warden Innocent
    Mugabo": words ending in a title, NER's split-off "person", that every time stand right
    before a name are that name's title."""
    words = key.split()
    return (
        words[-1].lower() in TITLES
        and not is_given_name(words[0])
        and _short_and_every_use(
            key, s, index, lambda p: bool(_NAME_NEXT.match(text, p + len(key)))
        )
    )


def _heading_of_ordinary_words(text: str, key: str, s: Surface, index: TextIndex) -> bool:
    """ "Data Analysis Techniques", "Rents Will Rise As … Supply Falls": words on a line of
    their own or on a title-case headline, every capitalised one of them also used in lower
    case in the text, are a heading's words, not a name (a name keeps some word only it
    capitalises: "TikTok Shop", "Jorge Jimenez")."""
    if s.person_cue or s.embedded:
        return False
    words = [w for w in re.findall(r"[\w’'-]+", key) if w[:1].isupper()]
    if not words or not all(index.used_in_lower_case(w) for w in words):
        return False
    where = index.find(key)
    alone = all(_alone_on_line(text, p, key) for p in where)
    if words[-1].lower() in ORG_SUFFIXES:  # "State Farm Group" in a headline: a firm's name
        return alone and len(words) > 1
    if len(words) == 1:
        return all(_title_case_line(text, p) for p in where)
    return all(_alone_on_line(text, p, key) or _title_case_line(text, p) for p in where)


def _only_in_headings(text: str, key: str, s: Surface, index: TextIndex, page: Layout) -> bool:
    """ "Neutral Spine Position", "Key Specs", "API-First Architecture: RESTful APIs for …",
    "Fit Notes | 39mm": words NER took for a name that occur only on heading lines (title
    case, or the page's own headings), as a list item's lead-in label or a table row's first
    cell, never in the article's sentences. A name the article is about is also in its
    sentences ("Peskov" in the headline, "Dmitry Peskov" in the text); a transcript's speaker
    label is a person's name ("Given name Surname:"), left alone, unless it repeats as a
    template's label ("Key Specs" over every product of a review)."""
    if s.person_cue or s.embedded or s.votes["place"]:
        return False
    where = index.find(key)
    if _looks_named(key) and len(where) < _TEMPLATE_LABEL_REPEATS:
        return False
    return bool(where) and all(
        _heading_line(text, p)
        or page.in_heading(p)
        or _lead_in_label(text, p, key)
        or _contents_entry(text, p, key, page)
        for p in where
    )


# A heading this often on one page is a template's label, whatever its words look like.
_TEMPLATE_LABEL_REPEATS = 3


def _heading_line(text: str, pos: int) -> bool:
    """A title-case line that is a heading, not a line of data: no figures, brackets or dashes
    of a results table or a sign-off ("Karol Kucera (Slovakia) beat …", "-- Athens Newsroom
    +301 …"), nor the commas of a list of names ("To bat: R. Croft, D. Cork, A. Mullally")."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    line = text[a : b if b >= 0 else len(text)]
    return _title_case_line(text, pos) and not re.search(r"[\d()]|--|,.*,", line)


def _looks_named(key: str) -> bool:
    """Whether `key` has the shape of a name that a list of them would hold: a person's (a
    given name first: "Annie O'Donnell" in a list of authors) or an organisation's (a head
    word: "Yale School of Management" in a table of schools)."""
    low = low_tokens(key)
    return gender_of(key.split()[0]) is not None or any(
        t in ORG_SUFFIXES or t in ORG_PREFIXES for t in low
    )


def _lead_in_label(text: str, pos: int, key: str) -> bool:
    """Whether `key` at `pos` opens its line as a label of two words or more, a colon after it
    ("Predictive Analytics: machine learning models that …"), or as a table row's first cell
    ("Drop Weight | 8mm")."""
    line_start = text.rfind("\n", 0, pos) + 1
    return (
        " " in key
        and _LIST_MARK.fullmatch(text, line_start, pos) is not None
        and _LABEL_COLON.match(text, pos + len(key)) is not None
    )


def _contents_entry(text: str, pos: int, key: str, page: Layout) -> bool:
    """Whether `key` at `pos` is the whole of a list item of two words or more: an entry of the
    article's table of contents ("- Lounge Seating"), which repeats a heading."""
    item = page.list_item_at(pos)
    if item is None or " " not in key:
        return False
    before, after = text[item[0] : pos], text[pos + len(key) : item[1]]
    return not before.strip(" \t*_-+•>") and not after.strip(" \t*_.:")


_LIST_MARK = re.compile(r"[\s*_•#>|-]*(?:\d{1,2}[.)]\s*)?[\s*_]*")  # "- **", "2. ", "| "
# a text follows the colon, not a figure; any cell follows a table's first cell
_LABEL_COLON = re.compile(r"[\s*_]*(?::[\s*_]*[A-Za-z]|\|)")


def _abbreviation_as_place(key: str, s: Surface) -> bool:
    """A two- or three-letter capital NER reads as a place ("AI", "EV", "in ICU") that is no
    state or country code is an abbreviation; "FL", "UK" and "NSW" stay places."""
    if not re.fullmatch(r"[A-Z]{2,3}", key) or key in PLACE_CODES:
        return False
    return s.votes["place"] * 2 > s.votes.total()


def _alone_on_line(text: str, pos: int, key: str) -> bool:
    """Whether the word at `pos` is its line's only word: a kicker or a label, not a sentence."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return text[a : b if b >= 0 else len(text)].strip(" \t.:|") == key


def fold_glued_words(text: str, surfaces: Surfaces, index: TextIndex) -> None:
    """ "Obama Says", "Rip Donald Trump", "Theresa May Wins": a headline glues words to a name.

    A surface that is a person's name seen elsewhere plus a word at either edge, where that word
    is used in lower case in the text or the surface only occurs on title-case lines, is the
    shorter name: its mentions and evidence move there.
    """
    for key in sorted(surfaces, key=lambda k: -len(k.split())):
        toks = key.split()
        if len(toks) < 2 or key not in surfaces:
            continue
        s = surfaces[key]
        for short, extra in ((" ".join(toks[1:]), toks[0]), (" ".join(toks[:-1]), toks[-1])):
            target = surfaces.get(short)
            if target is None or target is s or not target.votes["person"]:
                continue
            if extra.lower() in ORG_SUFFIXES and (
                s.votes["organization"] >= s.votes["person"]
                or target.votes["person"] < max(target.votes["place"], target.votes["organization"])
            ):
                # "Cornwall | Council", "Trayvon Martin | Foundation": a body named after a
                # place or a person, read as one; "Mesh | Network" read as a person still folds
                continue
            in_headings = all(_title_case_line(text, p) for p in s.positions)
            if not (index.used_in_lower_case(extra) or in_headings):
                continue
            if extra == toks[-1] and any(AGE_AFTER.match(text, p + len(key)) for p in s.positions):
                continue  # "his wife, Shernaz Engineer, 74,": a surname that is a common noun
            if extra == toks[0] and any(
                CONTEXT_TITLE.search(text, max(0, p - 15), p) for p in s.positions
            ):
                continue  # "Mr. Gift Msiska": after a title the word is a given name
            target.votes.update(s.votes)
            target.positions.extend(s.positions)
            target.count += s.count
            del surfaces[key]
            break


def fold_honorifics(surfaces: Surfaces, index: TextIndex) -> None:
    """ "Meme Ndahafa Amutenya … Meme Ndahafa said": a word kept before the given name once the
    surname is dropped is a form of address ("Mamosta", "Ajarn", "Mayi"), not part of the name.

    Later mentions of a person drop the given name and keep the surname; a short form that
    keeps the first two words and drops the last shows that the first word is an honorific; so
    does the word used as a common noun ("the Toshao") or kept before the surname alone ("Mma
    Sebego"), see `_used_as_title`.
    Every surface opening with it loses it, its evidence moving to the bare name. A word known
    as a given name ("José Luis Roe … José Luis", "Tsering Lhamo Dorje") is left alone, and so is
    a last word several people share, a clan's name after two given names ("Pasang Nima Sherpa",
    "Ang Dawa Sherpa").
    """
    last_words = Counter(k.split()[-1] for k in surfaces if len(k.split()) > 1)
    honorifics = {
        toks[0]
        for key, s in surfaces.items()
        if len(toks := key.split()) >= 3
        and gender_of(toks[0]) is None
        and not is_given_name(toks[0])
        and (
            # "Phurba Diki Sherpa", "Ang Nima Sherpa": a clan name after two given names
            (last_words[toks[-1]] == 1 and _kept_before_given_name(toks, s, surfaces, index))
            or _used_as_title(toks, s, index)
        )
    }
    for word in honorifics & set(surfaces):
        del surfaces[word]  # "the Toshao" alone: a title, no one's name
    for key in sorted(surfaces, key=lambda k: -len(k)):
        toks = key.split()
        if len(toks) < 2 or toks[0] not in honorifics:
            continue
        s = surfaces.pop(key)
        target = surfaces.setdefault(" ".join(toks[1:]), Surface(" ".join(toks[1:])))
        target.votes.update(s.votes)
        target.votes["person"] += 3  # a form of address is only ever given to a person
        target.positions.extend(p + len(toks[0]) + 1 for p in s.positions)
        target.count += s.count
        target.person_cue += 1


def _kept_before_given_name(
    toks: list[str], s: Surface, surfaces: Surfaces, index: TextIndex
) -> bool:
    """ "Meme Ndahafa Amutenya, 54, … Meme Ndahafa said": the short form keeps the first word
    and the given name, and drops the surname."""
    short = " ".join(toks[:2])
    return (
        (s.person_cue > 0 or _cue(surfaces.get(short)))  # a role, an age, "who"
        and _person_name_shape(toks, s, index)
        and _person_name_shape(toks[:2], surfaces.get(short), index)
        and _used_alone(short, " ".join(toks), surfaces, index)
    )


def _used_as_title(toks: list[str], s: Surface, index: TextIndex) -> bool:
    """ "Toshao Clement Jameson … the Toshao of Saruwau", "Mma Dikeledi Sebego, a farmer, …
    Mma Sebego": the first word is used as a common noun ("the Toshao"), or stands before the
    surname alone in the name of someone the text gives a role or an age, so it is a title."""
    word = toks[0]
    if not (word.isalpha() and word[1:].islower() and _person_name_shape(toks, s, index)):
        return False
    if s.person_cue and index.find(f"{word} {toks[-1]}"):
        return True
    return any(
        re.search(r"\b[Tt]he\s+(?:[a-z]+\s+)?$", index.text[max(0, p - 20) : p])
        and not _before_a_noun(index.text, p + len(word))
        for p in index.find(word)
    )


def _before_a_noun(text: str, end: int) -> bool:
    """Whether a lower-case word that reads as a noun follows `end` ("the Chottangada |
    family"), not a function word or a verb ("the Toshao | said", "the Toshao | received")."""
    m = WORDS_AFTER.match(text, end)
    word = m.group(1) if m else None
    return word is not None and word not in NP_FUNCTION_WORDS and not word.endswith(("ed", "s"))


def _cue(s: Surface | None) -> bool:
    """Whether a surface came with a person's cue (a title, a role, an age, "who")."""
    return s is not None and s.person_cue > 0


def _used_alone(short: str, full: str, surfaces: Surfaces, index: TextIndex) -> bool:
    """Whether `short` is a mention of its own, somewhere not followed by the rest of `full`
    (not NER's fragment of the full name: "Sathu Nyai" of "Sathu Nyai Khamphan")."""
    return short in surfaces and len(index.find(short)) > len(index.find(full))


def _person_name_shape(toks: list[str], s: Surface | None, index: TextIndex) -> bool:
    """Capitalised words (no acronym, none used in lower case: "Shipwreck Rack") read mostly
    as a person's, none naming an organisation or a place ("National Unity Party", "Brădet
    County", "San Mateo")."""
    low = [t.lower() for t in toks]
    return (
        s is not None
        and all(t.isalpha() and t[0].isupper() and not t.isupper() for t in toks)
        and s.votes["person"] * 2 > sum(s.votes.values())
        and not any(
            t in ORG_SUFFIXES or t in PLACE_SUFFIXES or t in ORG_PREFIXES or t in PLACE_PREFIXES
            for t in low
        )
        and not any(index.used_in_lower_case(t) for t in toks)
    )


def _title_case_line(text: str, pos: int) -> bool:
    """Whether the line at `pos` is a headline: three words or more, nearly all capitalised."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    words = re.findall(r"[A-Za-z][\w’'-]*", text[a : b if b >= 0 else len(text)])
    caps = sum(1 for w in words if w[0].isupper())
    return len(words) >= 3 and caps * 5 >= len(words) * 4


def _drop_sentence_initial_people(text: str, surfaces: Surfaces, index: TextIndex) -> None:
    """One-token "persons" never given a first name, a title or any cue, and only ever seen at
    a sentence start ("Turnout was 74 percent"): ordinary capitalised words."""
    full_names = [k.split() for k in surfaces if len(k.split()) > 1]
    for key in list(surfaces):
        s = surfaces[key]
        if (
            len(key.split()) == 1
            and s.sentence_initial == s.count
            and not _surname_of_untagged_name(text, key, index)
            and not s.person_cue
            and s.votes["person"] >= sum(s.votes.values()) - s.votes["person"]
            and not s.ctx_place
            and not s.embedded
            and not any(key in toks for toks in full_names)
            and not any(
                _SAID_AFTER.match(text[p + len(key) : p + len(key) + 8]) for p in s.positions
            )
        ):
            del surfaces[key]


def _drop_sentence_initial_nouns(surfaces: Surfaces, nouns: set[int] | None) -> None:
    """ "Tobacco has fed our nation", "Households will see the benefit", "Ridership has
    fallen": one word, only ever opening a sentence, that the tagger reads there as a common
    noun, never as a name, and that nothing else marks as one, is an ordinary word."""
    if nouns is None:
        return
    for key in list(surfaces):
        s = surfaces[key]
        if s.sentence_initial == s.count and _read_as_common_noun(key, s, nouns):
            del surfaces[key]


def _read_as_common_noun(key: str, s: Surface, nouns: set[int]) -> bool:
    """One word the tagger reads as a common noun wherever it stands, that nothing marks as
    a name (no title, role, age or place context) and no gazetteer place."""
    return (
        " " not in key
        and bool(s.positions)
        and not (s.person_cue or s.embedded or s.ctx_place)
        and key not in known_places()
        and all(p in nouns for p in s.positions)
    )


def _drop_common_words(surfaces: Surfaces, nouns: set[int] | None) -> None:
    """ "Tips", "Stars", "Laptop": one capitalised word of English that the tagger reads as a
    common noun wherever it stands, that nothing marks as a name (no title, role, age or
    place context), is an ordinary word set in title case by a heading or a label. Coined
    names ("Trustpilot") are no English words; names of places the gazetteer knows stay."""
    if nouns is None:
        return
    for key in list(surfaces):
        s = surfaces[key]
        if (
            key.istitle()
            and is_common_word(key)
            and gender_of(key) is None
            and _read_as_common_noun(key, s, nouns)
        ):
            del surfaces[key]


_FIRST_NAME_BEFORE = re.compile(r"(?<![.!?:;\n] )(?<![\w’'-])([A-Z][a-z][\w’'-]*) $")


def _surname_of_untagged_name(text: str, key: str, index: TextIndex) -> bool:
    """ "Coetzer claimed …" opens a sentence, but "… African Amanda Coetzer" is in the text: a
    surname whose full name NER missed, not an ordinary word."""
    for p in index.find(key):
        m = _FIRST_NAME_BEFORE.search(text, max(0, p - 30), p)
        if m and not SENT_START.search(text, max(0, m.start(1) - 40), m.start(1)):
            word = m.group(1).lower()
            if not (word in TITLES or word in NOT_PLACE_WORDS or index.used_in_lower_case(word)):
                return True
    return False


def _drop_common_nouns(
    text: str, surfaces: Surfaces, index: TextIndex, plurals: set[int] | None
) -> None:
    """ "a GP who", "an MP": every use after an indefinite article; plural agent nouns only at a
    sentence start; a word that only ever modifies another name or a common noun phrase."""
    for key in list(surfaces):
        s = surfaces[key]
        if s.embedded or s.person_cue or key in known_places():
            continue  # "a Rotterdam fund", "a Texas company": a place all the same
        uses = [text[max(0, p - 4) : p] for p in index.find(key)]
        one = len(key.split()) == 1
        full_person = not one and s.votes["person"] * 2 > sum(s.votes.values())
        speaks_for = any(
            _works_for(text[p + len(key) : p + len(key) + 30]) for p in index.find(key)
        )  # "an FBI spokesperson", "a University of Tarrowby botanist": whose they are is an actor
        if (
            uses
            and not full_person  # "a Mark Hutton pitch": a person's name used as a modifier
            and not speaks_for
            and all(re.search(r"\b(?:a|an|An|A)\s+$", u) for u in uses)
        ) or (
            one
            and s.sentence_initial == s.count
            and _AGENT_PLURAL.fullmatch(key)
            and (plurals is None or any(p in plurals for p in s.positions))
        ):
            del surfaces[key]
        elif (
            one
            and not s.ctx_place
            and s.positions
            and all(MODIFIER_AFTER.match(text, p + len(key)) for p in s.positions)
        ):
            del surfaces[key]  # "Qadiri conglomerate Sahar Holdings": a modifier
        elif (
            one
            and s.count == 1
            and s.sentence_initial == 1
            and not s.ctx_place
            and NOT_VERB_AFTER.match(text, s.positions[0] + len(key))
            and text[s.positions[0] + len(key) :].split()[0].lower() not in TITLES
        ):
            del surfaces[key]  # "02.10 Vessel aground on the Teeth.": a common noun
        elif (
            one
            and not s.ctx_place
            and uses
            and (len(uses) == 1 or not key.isupper())  # "EPA rules": the agency all the same
            and all(modifies_common_noun(text, key, p) for p in index.find(key))
        ):
            del surfaces[key]  # "the Markdown rendering library", "Wi-Fi calls": a thing


def _works_for(after: str) -> bool:
    """Whether the words after a name make it someone's employer: "… spokesperson", "…
    botanist", "… engineer" (a role noun or a job title right after it)."""
    m = re.match(r"\s+([A-Za-z][\w-]*)", after)
    if m is None:
        return False
    word = m.group(1)
    return word.lower().startswith("spokes") or is_role_noun(word.lower()) or is_job_title(word)


_AFTER_A_NAME = re.compile(r"[A-Z][\w’'.-]+,?[ \t]+(?:[A-Z][\w.]*,?[ \t]+)*$")


_CURRENCY_AFTER = re.compile(
    r"[ \t]+(?:"
    + "|".join(re.escape(w) for w in sorted(CURRENCIES, key=len, reverse=True))
    + r")\b"
)


def _drop_currencies(text: str, surfaces: Surfaces, index: TextIndex) -> None:
    """ "150,000 New Zealand dollars", "Swiss francs": a name only ever written before a
    currency names the money, not a place of the story."""
    for key in list(surfaces):
        uses = index.find(key)
        if uses and all(_CURRENCY_AFTER.match(text, p + len(key)) for p in uses):
            del surfaces[key]


def _drop_credentials(text: str, surfaces: Surfaces) -> None:
    """ "Jane Roe, RD, said", "Ola Brandt, PhD, MBA", "Philippa Orme KC": credentials after a
    name, not actors."""
    for key in list(surfaces):
        s = surfaces[key]
        if key.replace(".", "").lower() in CREDENTIALS and all(
            _AFTER_A_NAME.search(text, max(0, p - 60), p) for p in s.positions
        ):
            del surfaces[key]


# "their GP", "a GP,", "2,300 MW more", "their Lordships,": a determiner that no name takes,
# or a figure, before the word, and the noun phrase ending with it.
_COMMON_BEFORE = re.compile(r"(?:\b(?i:an?|their|his|her|my|your|our)|\d)\s+$")
_PHRASE_ENDS = re.compile(
    r"[,.;:!?)”\"]|\s+(?:and|or|in|at|on|not|who|about|to|from|for|with|more|less|of)\b|\s*$"
)


def _drop_designators(text: str, surfaces: Surfaces, index: TextIndex) -> None:
    """ "children in Grade 6", "Phase 2 of the plan": a designator noun before a number labels
    a thing; used only that way, it is no actor."""
    for key in list(surfaces):
        if key.lower() not in DESIGNATORS:
            continue
        where = index.find(key)
        if where and all(re.match(r"\s+\d", text[p + len(key) : p + len(key) + 3]) for p in where):
            del surfaces[key]


_BEFORE_MINISTER = re.compile(r"\s+(?:Minister|Secretary|Ministers|Secretaries)\b")
_AFTER_MINISTER = re.compile(
    r"\b(?:Minister|Secretary|Minister\s+of\s+State|Secretary\s+of\s+State)\s+(?:for|of)\s+"
    r"(?:the\s+)?$"
)
# "the Director of Natural Resources", "… of Veterinary Services": a director's portfolio; not
# after "the" ("the Director of the Smithsonian Institution" names a body), and "Commissioner of
# Imphal West" names a place.
_AFTER_DIRECTOR = re.compile(r"\bDirector\s+(?:for|of)\s+$")


def _drop_portfolios(text: str, surfaces: Surfaces) -> None:
    """ "Education Minister Sunita Varghese", "Federal Indigenous Services Minister …",
    "the State Minister for Labour and Employment", "the Director of Natural Resources": a name
    NER found only ever right before "Minister" or "Secretary", or right after "Minister for" or
    "Director of", is the portfolio, part of a title. A place stays ("Qaresh Foreign Minister …"
    names a country)."""
    for key in list(surfaces):
        s = surfaces[key]
        if s.votes["place"] or s.embedded or not s.positions:
            continue
        portfolio = not key.isupper()  # "Director of NASA" names a body
        if all(
            _BEFORE_MINISTER.match(text, p + len(key))
            or _AFTER_MINISTER.search(text, max(0, p - 40), p)
            or (portfolio and _AFTER_DIRECTOR.search(text, max(0, p - 20), p))
            for p in s.positions
        ):
            del surfaces[key]


# A word used as a language: spoken ("speaking only X", "fluent in X"; not "Russian-speaking X",
# a place where it is spoken), named as one ("X slang", "X-language"), or listed with a known
# language ("in Guaraní and then in Spanish").
_SPOKEN_BEFORE = re.compile(
    r"(?<![\w-])(?i:speak|speaks|speaking|spoke|spoken|fluent\s+in|fluency\s+in|translated\s+(?:from|into)|"
    r"interpreted\s+(?:from|into))\s+(?:(?i:only|fluent|good|some|little|no|a\s+little|mostly|"
    r"mainly|also)\s+)?$"
)
# ("the Mondly language app" is no language: "language" counts only hyphenated.)
_LANGUAGE_AFTER = re.compile(
    r"-(?i:speaking|speakers?|language|medium)\b|\s+(?i:speakers?|slang|dialects?|tongue|idiom)\b"
)
_LIST_JOIN = r"(?:,\s+|,?\s+(?:and|or)\s+(?:then\s+)?(?:in\s+)?)"
_LIST_ITEM = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"  # "Latin America" is one item, no "Latin"
_LIST_RUN = re.compile(_LIST_ITEM + r"(?:" + _LIST_JOIN + _LIST_ITEM + r")+")


def _drop_languages(text: str, surfaces: Surfaces) -> None:
    """ "I do not speak Breton", "the Nouchi slang of the city", "German, Afrikaans, Khoekhoegowab
    and Oshiwambo": a one-word name the article uses as a language anywhere is a language
    everywhere (NER reads it as a place, "in Breton" looks like one)."""
    for key in list(surfaces):
        if " " in key or key.lower() in NATIONALITIES:
            continue
        where = (m.start() for m in re.finditer(r"(?<![\w-])" + re.escape(key) + r"(?!\w)", text))
        if any(_used_as_language(text, key, p) for p in where):
            del surfaces[key]


def _known_language(word: str) -> bool:
    """A language of the list, or a nationality word that names one ("Spanish", "Japanese")."""
    low = word.lower()
    return low in LANGUAGES or (low in NATIONALITIES and low.endswith(("ish", "ese")))


def _used_as_language(text: str, key: str, pos: int) -> bool:
    """Whether the mention of `key` at `pos` is a language's: spoken, named one, or coordinated
    in a list with a known language."""
    end = pos + len(key)
    if _SPOKEN_BEFORE.search(text, max(0, pos - 30), pos) or _LANGUAGE_AFTER.match(text, end):
        return True
    for run in _LIST_RUN.finditer(text, max(0, pos - 80), min(len(text), end + 80)):
        if run.start() <= pos < run.end():
            items = re.split(_LIST_JOIN, run.group(0))
            coordinated = re.search(r"\s(?:and|or)\s", run.group(0))  # not "Poland, Polish TV"
            return (
                bool(coordinated)
                and key in items
                and any(_known_language(w) and w != key for w in items)
            )
    return False


def _drop_peoples(surfaces: Surfaces) -> None:
    """ "Turkish Cypriots", "Bosnian Serbs", "Kosovo Albanians": a nation's or a place's word
    before a people's plural names a community, no organisation or person."""
    for key in list(surfaces):
        toks = key.split()
        if (
            len(toks) == 2
            and toks[1].endswith("s")
            and is_nationality_word(toks[1][:-1])
            and (is_nationality_word(toks[0]) or toks[0] in known_places())
        ):
            del surfaces[key]


def drop_people_words(text: str, surfaces: Surfaces, demonyms: list[str], index: TextIndex) -> None:
    """ "Tibetan", "Cape Verdeans", "the Kriol village of Mahogany Bend": a word naming a people
    (its members, or what is theirs) is no place, organisation or person, whatever NER read.

    A people's word is one NER tags as a nationality more often than as a name, a nationality of
    the list (or its plural), the demonym of a place the page or the gazetteer names ("Cape
    Verdean" beside "Cape Verde"), or a word that only ever qualifies a place named after it
    ("the Kriol village of X": the village has its own name). Not a name given a person's cue.
    """
    on_page = {k for k in surfaces if surfaces[k].votes["place"]}
    for key in list(surfaces):
        s = surfaces[key]
        if s.person_cue or s.embedded or key in known_places() or len(key.split()) > 2:
            continue
        if (
            (demonyms.count(key) > s.count and not s.ctx_place)
            or _listed_nationality(key)
            or _demonym_of(key, on_page)
            or _qualifies_named_place(text, key, index)
        ):
            del surfaces[key]


def _listed_nationality(key: str) -> bool:
    """ "Sri Lankan", "Tibetans": a nationality of the list, singular or plural."""
    low = key.lower()
    return low in NATIONALITIES or (low.endswith("s") and low[:-1] in NATIONALITIES)


# A people's endings after a place's name; not "-ic" ("Atlantic" is no people of Atlanta) nor
# "-er" ("New Yorker" is a magazine too).
_PEOPLE_ENDINGS = ("n", "an", "ian", "ean", "ese")


def _demonym_of(key: str, on_page: set[str]) -> bool:
    """ "Cape Verdean(s)" beside "Cape Verde", "Parisians" and Paris: a place's name (named on
    the page, or known to the gazetteer) with a demonym's ending; "Udmurt" beside the page's
    "Udmurtia". Not a given name ("Adrian",
    "Milan")."""
    word = key[:-1] if key.endswith("s") else key
    if is_given_name(word.split()[-1]) or is_given_name(key.split()[-1]):
        return False
    if len(key) >= 4 and key + "ia" in on_page:
        return True  # "Udmurt" beside "Udmurtia": the land is named after its people
    for ending in _PEOPLE_ENDINGS:
        stem = word[: -len(ending)] if word.endswith(ending) else None
        names = [stem + v for v in ("", "a", "e", "o")] if stem and len(stem) >= 4 else []
        if any(n in on_page or n in known_places() for n in names):
            return True
    return False


_NAMED_PLACE_AFTER = re.compile(r"\s+([a-z]+)\s+of\s+(?:the\s+)?[A-Z]")


def _qualifies_named_place(text: str, key: str, index: TextIndex) -> bool:
    """Whether every use of one word qualifies a lower-case noun, one of them a place noun with
    the place's own name after it: "the Kriol village of Mahogany Bend", "a Mestizo family"."""
    if " " in key:
        return False
    spots = index.find(key)
    named = False
    for p in spots:
        end = p + len(key)
        if not re.match(r"\s+[a-z]", text[end : end + 2]):
            return False
        m = _NAMED_PLACE_AFTER.match(text, end)
        named = named or bool(m and m.group(1) in PLACE_SUFFIXES)
    return named


def _drop_common_acronyms(text: str, surfaces: Surfaces, index: TextIndex) -> None:
    """ "talk to their GP, not to …", "a GP in the Eastgate area", "2,300 MW more than …",
    "a 4.5 MW rooftop plant", "with respect to their Lordships": a one-word name used, every
    time, as a common noun (a role, a unit, a form of address) is no actor; nor is the
    abbreviation of a common noun ("SMS", "GDP"; COMMON_ABBREVIATIONS). "a BBC reporter" is
    not touched: the noun phrase goes on after the name."""
    for key in list(surfaces):
        if " " in key or not (key.isupper() or key.endswith("s")):
            continue
        if key.rstrip("s").isupper() and key.lower() in COMMON_ABBREVIATIONS:
            del surfaces[key]
            continue
        where = index.find(key)
        if where and all(
            _unit_after_figure(text, p)
            or (
                _COMMON_BEFORE.search(text, max(0, p - 12), p)
                and _PHRASE_ENDS.match(text, p + len(key))
            )
            for p in where
        ):
            del surfaces[key]


_FIGURE_BEFORE = re.compile(r"(?<![\w.,])(\d[\d.,]*)\s*$")


def _unit_after_figure(text: str, pos: int) -> bool:
    """ "4.5 MW", "300 GB": a figure, not a year ("the 2026 FIFA final"), right before."""
    m = _FIGURE_BEFORE.search(text, max(0, pos - 14), pos)
    return m is not None and not re.fullmatch(r"(?:19|20)\d\d", m.group(1))


def modifies_common_noun(text: str, key: str, pos: int) -> bool:
    """Whether `key` at `pos` modifies a common noun phrase ("the X rendering library")."""
    before = text[max(0, pos - 40) : pos]
    if not (SENT_START.search(before) or re.search(r"\b(?:the|a|an|its|their)\s+$", before, re.I)):
        return False
    words: list[str] = []
    at = pos + len(key)
    while m := WORDS_AFTER.match(text, at):
        word = m.group(1)
        if word is None:
            if m.group(3) or not words:
                return False  # "Glidr withdrew 12,000": not a noun phrase we can read
            break  # punctuation closes the noun phrase
        if word in NP_FUNCTION_WORDS or word.endswith(("ed", "ly")):
            if not words or (word not in NP_BOUNDARY_WORDS and not word.endswith("ed")):
                return False
            break  # "… services between", "… library used by"
        if len(words) == 3:
            return False
        words.append(word)
        at = m.end()
    if not words:
        return False
    head = words[-1]
    return not (head in AFFILIATION_HEADS or head in PLACE_SUFFIXES or head in TITLES)


def inner_places_only(groups: list[Group], surfaces: Surfaces, counts: dict[int, int]) -> set[int]:
    """Groups that are places named only inside an organisation's name ("University of Marisk"):
    not actors of the story — unless two names carry them ("Marisk Rovers", "Marisk City
    Council": then the town is the story's place)."""
    dropped = set()
    for gi, g in enumerate(groups):
        if counts.get(gi, 0) or not all(
            surfaces[s].inner and not surfaces[s].count for s in g.surfaces if s in surfaces
        ):
            continue
        carriers = sum(
            1
            for k in surfaces
            if k != g.name and re.search(r"(?<!\w)" + re.escape(g.name) + r"(?!\w)", k)
        )
        if carriers < 2:
            dropped.add(gi)
    return dropped
