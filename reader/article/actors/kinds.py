"""Pass 2 — kinds: evidence for person / organisation / place gathered per surface, then decided.

Every mention votes with its NER label; the words around it add weighted evidence (a title or a
role → person, "the company X" → organisation, "in X", "the city of X" → place); constructions
found by the candidate pass, a wire dateline, document-wide "in X" contexts, demonyms and the
world's known places (`gazetteer`) add more.
`decide_kinds` takes the majority with a few tie rules.
"""

from __future__ import annotations

import re
from collections import Counter

from reader.article.actors.candidates import surface_of
from reader.article.actors.domains import squashed
from reader.article.actors.gazetteer import known_countries, known_places
from reader.article.actors.lexicon import (
    AFTER_KIN,
    AFTER_NOT_PERSON,
    AFTER_PERSON,
    AFTER_PLACE,
    AGENTIVE_APPOSITIVE,
    BODY_APPOSITIVE,
    CIVIC_HEADS,
    COMPASS,
    COMPOUND_ORG_ENDINGS,
    CONTEXT_ORG,
    CONTEXT_ORG_APPOSED,
    CONTEXT_PLACE,
    CONTEXT_PLACE_STRONG,
    CONTEXT_TITLE,
    COUNTY,
    DATELINE,
    DEMONYM_ENDINGS,
    DISTRICT_BODIES,
    LEGAL_SUFFIXES,
    NAME_CONNECTORS,
    OF_PLACE,
    ORDINARY,
    ORG_APPOSITIVE,
    ORG_POSSESSION,
    ORG_PREFIXES,
    ORG_SUFFIXES,
    PLACE_CODES,
    PLACE_POSSESSIVE_BEFORE,
    PLACE_PREFIXES,
    PLACE_PREP_BEFORE,
    PLACE_SUFFIXES,
    PLATFORM_BEFORE,
    PREFIX_PLACE,
    ROLE_BEFORE,
    ROLE_FOR_BODY,
    ROLE_FROM,
    SEAT_OF,
    SENT_START,
    SHARES_IN,
    SPOKESPERSON_AFTER,
    TEAM_HEADS,
    TITLES,
    TOLD_BEFORE,
    TOWN_INSTITUTION,
    WELL_KNOWN_ORGANISATIONS,
    is_role_noun,
    is_role_phrase,
)
from reader.article.actors.model import Mention, Proposals, Surface
from reader.article.actors.surface import (
    ignored_spans,
    is_junk,
    legal_key,
    low_tokens,
    name_word,
    surname_first,
    trade_name_key,
    without_legal_form,
)
from reader.article.actors.textindex import TextIndex
from reader.article.english_words import is_common_word
from reader.article.given_names import UNISEX_NAMES, gender_of, is_given_name
from reader.models import ActorKind

Surfaces = dict[str, Surface]


def collect_surfaces(
    text: str, mentions: list[Mention], found: Proposals, index: TextIndex
) -> tuple[Surfaces, list[str]]:
    """Surfaces of all mentions with the evidence around each; and the demonyms seen (NORP)."""
    surfaces: Surfaces = {}
    demonyms: list[str] = []
    skip = ignored_spans(text)
    listed: list[tuple[Mention, str, str]] = []
    for m in mentions:
        if any(a <= m.start < b for a, b in skip):
            continue  # "Reporting by …; Editing by …", "Share on …"
        if _whole_line_once(text, m, index):
            continue  # a subhead "Focus on Health and Safety", a lone credit line
        if m.label == "NORP":
            demonyms.append(text[m.start : m.end].strip())
        got = surface_of(text, m, found.forced, index)
        if got is None:
            continue
        surface, kind, titled = got
        s = surfaces.setdefault(surface, Surface(surface))
        _context_votes(text, m, s, kind, titled)
        listed.append((m, surface, kind))
        if kind == "organization" and len(surface.split()) > 1:
            _inner_place(surfaces, surface, m.start, text[m.start : m.end])
    _list_votes(text, listed, surfaces)
    _possessive_votes(text, listed, surfaces)
    _town_votes(surfaces)
    return surfaces, demonyms


def _town_votes(surfaces: Surfaces) -> None:
    """ "Kuruvaali" (read as a person) beside "Kuruvaali Council" and "Kuruvaali Regional
    Hospital": a name standing alone that also opens a local institution's name
    (`TOWN_INSTITUTION`) is the town it serves. Only a name NER found alone gets the vote; one
    seen only inside such names is no actor of its own."""
    bodies: dict[str, set[str]] = {}
    for surface in list(surfaces):
        tm = TOWN_INSTITUTION.match(surface)
        town = surfaces.get(tm.group(1)) if tm else None
        if town is not None and gender_of(town.text) is None:
            town.votes["place"] += 3
            town.ctx_place += 1
        words = surface.split()
        while len(words) > 2 and words[-1].lower().rstrip(".") in LEGAL_SUFFIXES:
            words = words[:-1]  # "the Kyranos Port Authority SA"
        if len(words) > 1 and words[-1].lower() in CIVIC_HEADS:
            bodies.setdefault(words[0], set()).add(surface)
    # "Calvenne Television", "the Calvenne People's Party": the town several bodies are named for
    for word, named in bodies.items():
        town = surfaces.get(word)
        # one body's parts are no second body: "Brackwater Rovers Supporters' Trust" is the club's
        apart = {n for n in named if not any(n.startswith(o + " ") for o in named)}
        if town is not None and len(apart) >= 2 and gender_of(word) is None:
            town.votes["place"] += 2
            town.ctx_place += 1


def _whole_line_once(text: str, m: Mention, index: TextIndex) -> bool:
    """Whether the mention lies in a title-case line of its own (every word capitalised but
    the small ones), in more than one word, and occurs nowhere else: a subhead "Focus on
    Patient Wellness and Comfort" NER read as a name, not a name the article uses (which would
    be repeated in its prose). A name's head word ("… Clinic", "… Lane") keeps it; so does a
    person's name (wire copy prints names alone on a line, and they are actors there)."""
    raw = text[m.start : m.end].strip()
    words = raw.split()
    if (
        m.label == "PERSON"
        or len(words) < 2
        or gender_of(words[0])  # "Laura Cole" read as an organisation is still a person
        or any(w.strip(".,") in ORG_SUFFIXES or w in PLACE_SUFFIXES for w in low_tokens(raw))
    ):
        return False
    start = text.rfind("\n", 0, m.start) + 1
    end = text.find("\n", m.end)
    line = text[start : len(text) if end < 0 else end].strip(" \t.:!?|-–—“”\"'")
    if not all(w[:1].isupper() or w in _TITLE_SMALL_WORDS for w in line.split()):
        return False
    return len(index.find(raw)) <= 1


_TITLE_SMALL_WORDS = frozenset(
    {"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or"}
    | {"the", "to", "vs", "with", "&", "–", "—", "-"}
)


def _possessive_votes(
    text: str, listed: list[tuple[Mention, str, str]], surfaces: Surfaces
) -> None:
    """ "Namibia's Frankie Fredericks", "Boston's Mo Vaughn": a plain two/three-word name after a
    place's possessive is a person from there (NER reads such names as places now and then)."""
    places = {surface for _m, surface, kind in listed if kind == "place"}
    for m, surface, kind in listed:
        low = low_tokens(surface)
        if kind == "person" or not 2 <= len(low) <= 3:
            continue
        if any(t in ORG_SUFFIXES or t in ORG_PREFIXES or t in PLACE_SUFFIXES for t in low):
            continue
        pm = PLACE_POSSESSIVE_BEFORE.search(text, max(0, m.start - 40), m.start)
        if pm and pm.group(1) in places and all(name_word(t) for t in surface.split()):
            surfaces[surface].votes["person"] += 3
            surfaces[surface].person_cue += 1


# Between two items of one list: a comma or "and", maybe after a parenthesis ("Healy (captain),").
_LIST_GAP = re.compile(r"(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*(?:,[ \t]*(?:and[ \t]+)?|and[ \t]+)")


def _list_votes(text: str, listed: list[tuple[Mention, str, str]], surfaces: Surfaces) -> None:
    """Names in one list share a kind: "Paul Gascoigne, Les Ferdinand and David Batty" are all
    people when most of the list's names were read as people (NER reads a few as places)."""
    runs: list[list[tuple[Mention, str, str]]] = []
    for item in listed:
        prev = runs[-1][-1][0] if runs else None
        gap = text[prev.end : item[0].start] if prev is not None else ""
        if prev is not None and 0 < len(gap) < 40 and _LIST_GAP.fullmatch(gap):
            runs[-1].append(item)
        else:
            runs.append([item])
    for run in runs:
        if len(run) == 2:
            _pair_votes(text, run, surfaces)
            continue
        kinds = Counter(kind for _m, _s, kind in run)
        kind, n = kinds.most_common(1)[0]
        if kind == "person" and n * 2 > len(run):
            for _m, surface, k in run:
                if k != kind:
                    surfaces[surface].votes[kind] += 3


# The two words right before a name ("Chief executive | Lachlan Fairbairn").
_TWO_WORDS_BEFORE = re.compile(r"(?<![\w’'-])[A-Za-z]+ [a-z][a-z-]+(?=[ \t]+$)")


# "In Huay Plu Khee, villagers …": a sentence that opens where it happens
_OPENING_IN = re.compile(r"(?:^|[.!?]\s+|\n\s*)In\s+$")


def _opens_where(name: str, kind: str) -> bool:
    """Whether "In `name`," opening a sentence names a place: not a name NER read as a body
    ("In Fullstack Academy Bootcamp, you learn …"), nor one ending in an English noun, as a
    survey's or a course's does ("In the Healthy Wine Consumer Survey, …")."""
    words = name.split()
    return kind != "organization" and not (len(words) > 1 and is_common_word(words[-1].lower()))


def _context_votes(text: str, m: Mention, s: Surface, kind: str, titled: bool) -> None:
    """One mention's vote, weighted by the words just before and after it."""
    raw = text[m.start : m.end]
    s.count += 1
    s.positions.append(m.start)
    before = text[max(0, m.start - 40) : m.start]
    after = text[m.end : m.end + 80]
    s.after.append(after[:20])
    determiner = raw.lower().startswith("the ") or bool(re.search(r"\bthe\s+$", before))
    if kind == "person" and determiner and len(s.text.split()) <= 2 and not titled:
        kind = "organization"  # "told the Herald", "the Civic Alliance": not a person
    s.votes[kind] += 1
    if titled or CONTEXT_TITLE.search(before) or ROLE_BEFORE.search(before):
        s.votes["person"] += 3
        s.person_cue += 1
    # NER's span may hold the possessive: "Sadia Rahman's | son Zayan"
    possessive = raw[-2:] + after if re.search(r"[’']s$", raw) else after
    _person_after_votes(s, before, after, possessive, determiner)
    if ORG_POSSESSION.match(possessive):
        s.votes["organization"] += 2  # "X's podcast": only an organisation has one
        s.org_cue += 1
    if SEAT_OF.search(before) and kind != "organization":
        s.votes["place"] += 2 + s.votes["person"]  # "Chief X of Nusa Ruvi": the seat
        s.ctx_place += 1
    if AFTER_PLACE.match(after) or COUNTY.match(raw):
        s.votes["place"] += 3
        s.ctx_place += 1
        s.strong_place += 1
    if (
        CONTEXT_ORG.search(before)
        or SHARES_IN.search(before)
        or ORG_APPOSITIVE.match(after)
        or BODY_APPOSITIVE.match(after)
        or (
            CONTEXT_ORG_APPOSED.search(before) and after.startswith(",") and not _held_role(text, m)
        )
    ):
        s.votes["organization"] += 3
        s.org_cue += 1
    if _organisation_cue(before, after, s.text, titled):
        s.votes["organization"] += 2
        s.org_cue += 1
    if (
        CONTEXT_PLACE_STRONG.search(before)
        or ROLE_FROM.search(before)
        or (_OPENING_IN.search(before) and after.startswith(",") and _opens_where(s.text, kind))
    ):
        s.votes["place"] += 2
        s.ctx_place += 1
        s.strong_place += 1
    elif CONTEXT_PLACE.search(before) and kind != "person":
        s.votes["place"] += 1
        s.ctx_place += 1
    if _name_starts_sentence(text, m, s.text):
        s.sentence_initial += 1
        if _personal_reflexive_after(text, m.end):
            s.votes["person"] += 3  # "Heimata Le Caill-Teriitahi … taught herself to code"
            s.person_cue += 1
    # the word before on the same line ("- Assigned move coordinator" ends the item above)
    word_before = re.search(
        r"(?<![\w’'-])(?<!\bthe )(?<!\ba )(?<!\ban )([a-z][a-z-]+)[ \t]+$", before
    )
    two_before = _TWO_WORDS_BEFORE.search(before)
    if not determiner and (
        (word_before and _role_before(word_before.group(1)))
        or (two_before and is_role_phrase(two_before.group(0).lower().split()))
    ):
        # "starter Sterling Hitchcock", "champion Agassi", "Chief executive Lachlan Fairbairn"
        s.votes["person"] += 3
        s.person_cue += 1


# "the children of Adi Tekelay, who have …": the clause is about the many, not the name after "of"
def _person_after_votes(
    s: Surface, before: str, after: str, possessive: str, determiner: bool
) -> None:
    """Person votes from the words right after a mention: kin ("Rahman's son") or a "who"
    clause or a person's apposition when no determiner opens it, an agent noun in apposition
    ("Ines Calloway, a weaver"); fewer where a non-person's words follow."""
    if AFTER_KIN.match(possessive) and not determiner:
        s.votes["person"] += 2  # only people have sons, wives and mothers
        s.person_cue += 1
    elif (
        AFTER_PERSON.match(after)
        and not determiner
        and not _titles_another(after)
        and not CONTEXT_PLACE_STRONG.search(before)  # "X, 44, from Kapiri, who …": X's "who"
        and not (after.startswith(", who") and _PLURAL_OF.search(before))
        and not (after.startswith(", who") and _WHERE_BEFORE.search(before))
    ):
        s.votes["person"] += 2
        s.person_cue += 1
    elif AFTER_NOT_PERSON.match(after) and s.votes["person"]:
        s.votes["person"] -= 1
    elif (
        2 <= len(s.text.split()) <= 3
        and AGENTIVE_APPOSITIVE.match(after)
        and not any(t in ORG_SUFFIXES or t in PLACE_SUFFIXES for t in low_tokens(s.text))
    ):
        s.votes["person"] += 3  # "Ines Calloway, a weaver for twenty years"
        s.person_cue += 1


# "A member of the staff in Alofi, who asked not to be named", "a deckhand from Lithuania, who
# asked", "a teacher on Atafu, who": a name after "in"/"at"/"on"/"from" is where someone is or
# comes from; the "who" clause is about the person before it.
_WHERE_BEFORE = re.compile(r"\b(?:in|at|on|near|from)\s+$")
_PLURAL_OF = re.compile(r"\b(?:[a-z]{3,}s|children|people|men|women)\s+of\s+(?:the\s+)?$")
_TITLE_THEN_NAME = re.compile(r",\s+([A-Z][a-z]+)\.?\s+([A-Z][\w’'-]+)")


def _titles_another(after: str) -> bool:
    """ "… company in Antsiraka, Captain Hajanirina Roe, said": a title before a name after the
    comma is that person's, no role of the name before the comma ("Ines Roe, Chief Executive
    of …" is: a role word follows the title)."""
    m = _TITLE_THEN_NAME.match(after)
    return bool(
        m
        and m.group(1).lower() in TITLES
        and m.group(2).lower() not in TITLES
        and not is_role_noun(m.group(2).lower())
    )


def _apposed_body(before: str, after: str) -> bool:
    """ "The colla's insurer, Mútua Pirinenca, …": a body's noun in apposition before the name,
    the name's own comma closing it."""
    return bool(CONTEXT_ORG_APPOSED.search(before)) and after.startswith(",")


def _held_role(text: str, m: Mention) -> bool:
    """Whether the body before the name is the object of a person's role ("A spokeswoman for
    the company, Ada Roe"): the name is the role holder's."""
    hit = ROLE_FOR_BODY.search(text, max(0, m.start - 120), m.start)
    return hit is not None and is_role_noun(hit.group("role"))


def _organisation_cue(before: str, after: str, name: str, titled: bool) -> bool:
    """A newsroom told ("told Byteframe"), a spokesperson's employer ("a Homewell
    spokeswoman"), a platform written on ("wrote on Instagram"): organisations that NER often
    reads as people. Not for a titled name or one that opens with a given name."""
    words = name.split()
    if titled or (len(words) > 1 and not words[0].isupper()) or is_given_name(words[0]):
        return False
    return bool(
        TOLD_BEFORE.search(before)
        or PLATFORM_BEFORE.search(before)
        or (re.search(r"\b(?i:an?|the)\s+$", before) and SPOKESPERSON_AFTER.match(after))
    )


def _role_before(word: str) -> bool:
    """A lower-case role noun right before a name: "sprinter", "economist", "boatman"."""
    return is_role_noun(word) or (len(word) > 5 and word.endswith(("man", "woman")))


_REFLEXIVE = re.compile(r"\b(?:herself|himself|itself|themselves)\b")


def _personal_reflexive_after(text: str, end: int) -> bool:
    """Whether the first reflexive of the sentence a name opens is "herself" or "himself":
    it goes back to the subject, and only a person is one ("X grew up on the lagoon and
    taught herself to code"; a company "positions itself")."""
    stop = re.search(r"[.!?;\n]", text[end : end + 300])
    hit = _REFLEXIVE.search(text, end, end + (stop.start() if stop else 300))
    return hit is not None and hit.group(0) in ("herself", "himself")


def _name_starts_sentence(text: str, m: Mention, surface: str) -> bool:
    """Whether the name itself opens a sentence (not a title before it: "Dean Palmer hit")."""
    raw = text[m.start : m.end]
    first = surface.split()[0] if surface.split() else ""
    off = raw.find(first)
    if off > 0 and any(c.isalpha() for c in raw[:off]):
        return False
    return bool(SENT_START.search(text[max(0, m.start - 40) : m.start]))


def _pair_votes(text: str, pair: list[tuple[Mention, str, str]], surfaces: Surfaces) -> None:
    """ "Mo Vaughn and Troy O'Leary hit home runs": a plain two/three-word name joined by "and"
    to a person's name is a person too (NER reads such names as organisations now and then); a
    one-word name no given name joined to a place is a place ("to Timbi-Madina and Pita")."""
    (a, sa, ka), (b, sb, kb) = pair
    if "person" in (ka, kb) and ka != kb and text[a.end : b.start] == " and ":
        word, other = (sb, sa) if kb == "person" else (sa, sb)
        votes = surfaces[other].votes
        if (
            " " not in word
            and not is_given_name(word)
            and not _whole_line(text, a.start, b.end)  # "Size and Layout", a heading
            and votes["place"] > max(votes["person"], votes["organization"])
        ):
            surfaces[word].votes["place"] += 2  # "to Timbi-Madina and Pita": a place too
            return
    if {ka, kb} == {"person"} or "person" not in (ka, kb) or text[a.end : b.start] != " and ":
        return
    other = sb if ka == "person" else sa
    low = low_tokens(other)
    if 2 <= len(low) <= 3 and not any(
        t in ORG_SUFFIXES or t in ORG_PREFIXES or t in PLACE_SUFFIXES for t in low
    ):
        surfaces[other].votes["person"] += 2


def _whole_line(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is a line of its own, as a heading is."""
    line_end = text.find("\n", end)
    line = text[text.rfind("\n", 0, start) + 1 : line_end if line_end >= 0 else len(text)]
    return line.strip(" #") == text[start:end]


def _inner_place(surfaces: Surfaces, surface: str, start: int, raw: str) -> None:
    """Places named inside organisations: "University of Marisk", "Marisk City Council"."""
    pm = OF_PLACE.search(surface) or PREFIX_PLACE.match(surface)
    if pm and not is_junk(pm.group(1)):
        inner = surfaces.setdefault(pm.group(1), Surface(pm.group(1)))
        inner.votes["place"] += 3
        inner.ctx_place += 1
        inner.embedded += 1
        inner.inner += 1
        inner.positions.append(start + max(0, raw.find(pm.group(1))))


def apply_constructions(text: str, surfaces: Surfaces, found: Proposals) -> None:
    """Kinds fixed by a construction ("the islands of A and B", "X Ltd"), "(ACRONYM)" aliases,
    and a wire dateline ("OSTRAVA NOVA, Oct 6 (CPA) -" names a place and the agency)."""
    for key, kind in found.forced.items():
        if key in surfaces:
            surfaces[key].votes[kind] += 6
            surfaces[key].embedded += 1
            if kind == "place":
                surfaces[key].ctx_place += 1
            elif kind == "person":
                surfaces[key].person_cue += 1  # "gave her name only as Rosa": said to be a name
    for acr in found.acronyms:
        a = surfaces.setdefault(acr, Surface(acr))
        a.votes["organization"] += 3
        a.embedded += 1
        if not a.positions:
            a.positions.append(max(0, text.find("(" + acr)))
    dm = DATELINE.search(text, 0, 1500)
    if dm:
        place = " ".join(w.capitalize() for w in dm.group("place").split())
        if not is_junk(place) and place.lower() not in ORDINARY:
            _embedded(surfaces, place, "place", dm.start("place"))
            _drop_inside(surfaces, place, dm.start("place"), dm.end("place"))
        region = dm.group("region")
        if region and not is_junk(region) and region.lower() not in ORDINARY:
            _embedded(surfaces, region, "place", dm.start("region"))
        agency = dm.group("agency") or dm.group("agency2")
        if agency and not is_junk(agency):
            _embedded(surfaces, agency, "organization", text.find(agency, dm.start()))


def _drop_inside(surfaces: Surfaces, keep: str, start: int, end: int) -> None:
    """ "YENI" of the dateline "YENI TÜLÜKÖY, Moldova": a part NER read of a longer name
    seen nowhere else is no name of its own."""
    for key in list(surfaces):
        at = surfaces[key].positions
        if key != keep and at and all(start <= p < end for p in at):
            del surfaces[key]


def _embedded(surfaces: Surfaces, key: str, kind: str, pos: int) -> None:
    s = surfaces.setdefault(key, Surface(key))
    s.votes[kind] += 3
    if kind == "place":
        s.ctx_place += 1
    s.embedded += 1
    s.count = max(s.count, 1)  # the dateline is a mention, in capitals the scan will not match
    s.positions.append(pos)


# "M.S. Uthappa", "J. R. Roe": initials, then a name word
_INITIALS_FIRST = re.compile(r"(?:[A-Z]\.\s?){1,3}[A-Z][a-z]")


def document_context(text: str, surfaces: Surfaces, demonyms: list[str], index: TextIndex) -> None:
    """ "in X", "across X", "in A, B and X" anywhere in the text (not only where NER tagged X)
    is evidence for a place; so is a demonym ("Norvanian" → "Norvania"); "-ia/-land/-stan"
    single names lean to places. A name opening with initials ("M.S. Uthappa") is a person's
    shape, whatever list it stands in ("a lawyer in Madikeri, M.S. Uthappa, says")."""
    for key, s in surfaces.items():
        if len(key.split()) > 2 or s.person_cue or _INITIALS_FIRST.match(key):
            continue
        hits = 0
        for p in index.find(key):
            if text.startswith(("'s", "’s"), p + len(key)) and not _word_char(
                text, p + len(key) + 2
            ):
                continue  # "X's": a possessor, not a place context
            if _in_place_list(text, p, p + len(key)):
                hits += 1
        if hits:
            s.votes["place"] += 2 * hits
            s.ctx_place += hits
        if len(key.split()) == 1:
            stem = key[:-1] if key[-1] in "aeiouy" else key
            if any(
                d.startswith(stem) and d != key and d[len(stem) :] in DEMONYM_ENDINGS
                for d in demonyms
            ):
                s.votes["place"] += 3
                s.ctx_place += 1
            if re.search(r"(?:ia|land|stan)$", key):
                s.votes["place"] += 1


def gazetteer_votes(surfaces: Surfaces) -> None:
    """A name the gazetteer knows (`gazetteer`: a country, a state, a city) is a place: it
    outvotes NER's person, and a country outvotes NER's organisation too ("Botswana" read as a
    company). Not where the page makes it someone: a person's cue, a known given name opening it
    where NER read a person ("Florence", "Austin"), or a word of a person's full name on the page
    ("Clinton" of "Hillary Clinton")."""
    person_words = _person_name_words(surfaces)
    for key, s in surfaces.items():
        if key not in known_places() or s.person_cue or key in person_words:
            continue
        first = key.split()[0]
        if s.votes["person"] and (is_given_name(first) or gender_of(first)):
            continue  # "Florence" read as a person; "the Oslo producer" read as a body is Oslo
        s.votes["place"] += 2 + s.votes["person"]
        if key in known_countries():
            s.votes["place"] += s.votes["organization"]


# "Swiftcart said", "Swiftcart, which says it works with …": what follows a speaker's name
_SPEAKS_AFTER = re.compile(
    r"(?:,\s+which)?\s+(?:said|says|told|denied|announced|insisted|confirmed)\b"
)


# "the National Heritage Fund for | Velmora said": the one speaking is the longer name
_NAME_GOES_ON_BEFORE = re.compile(r"(?:\b(?:of|for|de|du|del|and|&)|[A-Z][\w’'-]*)[ \t]+$")


def speaking_votes(text: str, surfaces: Surfaces, index: TextIndex) -> None:
    """A name read only as a place (NER's label; no place context, no gazetteer entry) that
    speaks ("Swiftcart, which says …") is an organisation: a country speaks for its government,
    but a place nobody knows and nothing places does not speak."""
    for key, s in surfaces.items():
        if _place_only(key, s) and any(
            _SPEAKS_AFTER.match(text, p + len(key))
            and not _NAME_GOES_ON_BEFORE.search(text[max(0, p - 40) : p])
            for p in index.find(key)
        ):
            s.votes["organization"] += s.votes["place"] + 1


def _place_only(key: str, s: Surface) -> bool:
    """A name read as a place by NER's label alone: no place context, no gazetteer entry, no
    person's reading."""
    return bool(
        s.votes["place"]
        and not (s.ctx_place or s.person_cue or s.votes["person"])
        and key not in known_places()
    )


def brand_votes(surfaces: Surfaces) -> None:
    """A word read only as a place (no place context, no gazetteer entry) that opens a
    company's registered name on the page ("Kulima" of "Kulima Solar, Lda.": "written to
    Kulima", "Kulima's servers") is that company's short name: a legal form names a business,
    and its first word is its brand. Not a body's name, which often holds its place ("Orrenby
    Water Board")."""
    brands = {
        k.split()[0]
        for k in surfaces
        if len(k.split()) > 1 and without_legal_form(k) != k and k.split()[0][:1].isupper()
    }
    for key, s in surfaces.items():
        if key in brands and _place_only(key, s):
            s.votes["organization"] += s.votes["place"] + 1


def short_form_votes(surfaces: Surfaces) -> None:
    """ "Latterie Riunite" beside "Latterie Riunite del Gennargentu": the opening words of an
    organisation's name on the page, read as a person's with nothing that says so (no title, no
    role, no given name first), are that organisation's short name — unless a context places
    them ("farmers in Nan Mwoak" beside the Nan Mwoak Fishermen's Cooperative): a body named
    after its village. So is a company's own name without the word for its trade and its legal
    form ("Serra Leba" of "Agro-Pecuária Serra Leba, Lda"), even when its first word is also
    a rare given name."""
    orgs = [
        k
        for k, s in surfaces.items()
        if len(k.split()) > 2 and _leads(s, "organization") and _body_shaped(k)
    ]
    for key, s in surfaces.items():
        words = key.split()
        if len(words) < 2 or s.person_cue or s.ctx_place or not _leads(s, "person"):
            continue
        if is_given_name(words[0]):
            continue
        opening = not gender_of(words[0]) and any(o.startswith(key + " ") for o in orgs)
        if opening or any(trade_name_key(o) == legal_key(key) for o in orgs):
            s.votes["organization"] += s.votes["person"] + 1


def _body_shaped(name: str) -> bool:
    """A name no person bears: it holds a body's head word or a joining word ("del", "of"), or
    ends in a company's legal form ("Sdn Bhd") — not "Andi Besse Tenriola" tagged as an
    organisation."""
    low = low_tokens(name)
    return low[-1] in LEGAL_SUFFIXES or any(
        t in ORG_SUFFIXES or t in ORG_PREFIXES or t in NAME_CONNECTORS for t in low
    )


def _leads(s: Surface, kind: str) -> bool:
    return s.votes[kind] > 0 and s.votes[kind] == max(s.votes.values())


def _in_place_list(text: str, start: int, end: int) -> bool:
    """ "in X", "in A, B and X", "in Kyiv, X." — but not "in southern A, X joined": after a
    bare comma the name must end its phrase too, or it is the subject of the next clause; nor
    "its manager in Oyem, X, said": a name set off by commas before a speech verb or a relative
    pronoun is the one the role before the place names."""
    m = PLACE_PREP_BEFORE.search(text, max(0, start - 160), start)
    if m is None:
        return False
    if not text[m.start() : start].rstrip().endswith(","):
        return True
    if _APPOSED_SPEAKER.match(text, end):
        return False
    return bool(re.match(r"\s*(?:[,.;:)]|and\b|or\b|$)", text[end : end + 5]))


_APPOSED_SPEAKER = re.compile(r",\s+(?:said|says|told|who|whose|whom)\b")


def _word_char(text: str, i: int) -> bool:
    return i < len(text) and (text[i].isalnum() or text[i] == "_")


def surname_votes(surfaces: Surfaces) -> None:
    """A lone word tagged PERSON that ends a two/three-word name tagged otherwise ("Varnes" and
    "Aksel Varnes" as ORG): a surname, and the long form a person (document-level typing)."""
    lone_person = {k for k, s in surfaces.items() if len(k.split()) == 1 and s.votes["person"]}
    for k, s in surfaces.items():
        toks = k.split()
        low = low_tokens(k)
        if (
            2 <= len(toks) <= 3
            and toks[-1] in lone_person
            and all(t[:1].isupper() for t in toks)
            and low[-1] not in ORG_SUFFIXES
            and low[-1] not in PLACE_SUFFIXES
            and low[0] not in ORG_PREFIXES
        ):
            s.votes["person"] += 2
    _surname_runs_of_people(surfaces)


def _surname_runs_of_people(surfaces: Surfaces) -> None:
    """ "Orellana de Amaya" tagged FAC after "Karla Beatriz Orellana de Amaya", "Chol Bol" after
    "Ayen Chol Bol": the last words of a person's full name, used alone, are their surname."""
    people = [k.split() for k, s in surfaces.items() if _mostly_person(s) and len(k.split()) >= 3]
    for k, s in surfaces.items():
        toks = k.split()
        if len(toks) < 2 or _org_headed(low_tokens(k)) or _mostly_person(s):
            continue
        if any(len(p) > len(toks) and p[-len(toks) :] == toks for p in people):
            s.votes["person"] += 2


def _mostly_person(s: Surface) -> bool:
    return s.votes["person"] * 2 > s.votes.total()


def decide_kinds(surfaces: Surfaces) -> dict[str, ActorKind]:
    """The kind of every surface, by weighted majority (see `kind_of`)."""
    name_tokens = _person_name_words(surfaces)
    families = _family_names(surfaces)
    kinds = {k: kind_of(s, name_tokens, families) for k, s in surfaces.items()}
    for k in surfaces:
        # "KOUDOGBO Armand" beside "Armand Koudogbo": a surname written first in capitals
        if (natural := surname_first(k)) and kinds.get(natural) == "person":
            kinds[k] = "person"
    return kinds


def _family_names(surfaces: Surfaces) -> dict[str, set[str]]:
    """The last words of the full names that are most likely people's and open with a given
    name (their surnames), each with the names that end in it; no English word ("Bryce Canyon"
    read as a person makes no family of "Canyon")."""
    out: dict[str, set[str]] = {}
    for k, s in surfaces.items():
        words = k.split()
        if (
            len(words) > 1
            and s.votes["person"] * 2 > s.votes.total()
            and gender_of(words[0])
            and not is_common_word(words[-1].lower())
        ):
            out.setdefault(words[-1], set()).add(k)
    return out


def _person_name_words(surfaces: Surfaces) -> set[str]:
    """The words of the full names (two words or more) that are most likely people's."""
    return {
        t
        for k, s in surfaces.items()
        if len(k.split()) > 1 and s.votes["person"] * 2 > s.votes.total()
        for t in k.split()
    }


_DOUBLE_BARRELLED = re.compile(r"[A-Z][a-z]+-[A-Z][a-z]+$")
# "TrailDesk", "ParcelHub", "QuillAI": a capital inside a word after three
# lower-case letters or more is a company's or a platform's coined name. People's names have
# it after a short prefix only ("McAdams", "DeSantis", "LeBron", "DiMaggio", "MacKenzie").
_CAMEL = re.compile(r"([A-Z][a-z]{2,})(?:[A-Z][a-z]+|[A-Z]{2,})\w*")  # "QuillAI" too
_NAME_PREFIXES = frozenset({"mac", "fitz", "van", "von", "della", "dela", "ben", "abu", "ter"})


def _camel_case_brand(word: str) -> bool:
    """Whether `word` is written like a brand, not a person's name (see `_CAMEL`)."""
    m = _CAMEL.fullmatch(word)
    return m is not None and m.group(1).lower() not in _NAME_PREFIXES


# A city or a town named "the City of X" is its local government (not "City Hall").
_GOVERNED = frozenset({"city", "town", "province"})


def _governed(toks: list[str]) -> bool:
    """ "City of Stellburg", "Autonomous Province of Bolzano": a city's, town's or province's
    government, named with its level (one word may qualify it) and "of"."""
    return any(
        toks[i] in _GOVERNED and toks[i + 1 : i + 2] == ["of"] for i in range(min(2, len(toks)))
    )


def _compound_org_word(word: str) -> bool:
    """ "Energiekooperativ", "IJsclub": a compound whose last part names a body of members."""
    return any(word.endswith(end) and len(word) >= len(end) + 3 for end in COMPOUND_ORG_ENDINGS)


def _district_body(toks: list[str]) -> bool:
    """ "Ridgecrest Unified School District": a district that runs schools, water or a
    hospital is a public body (`data/district_bodies.txt`)."""
    return len(toks) > 2 and toks[-1] == "district" and toks[-2] in DISTRICT_BODIES


def _org_headed(toks: list[str]) -> bool:
    """Whether a name's words head an organisation's: its last word ("… Ltd") or its first
    ("Ministry of …"), a governed place ("the City of X"), a compound ending in a body's word;
    "Greenhalgh & Sons", "Carrow & Finch": no person's name holds an ampersand."""
    return bool(toks) and (
        toks[-1] in ORG_SUFFIXES
        or toks[-1].replace(".", "") in LEGAL_SUFFIXES  # "Porto Luna Marina d.o.o."
        or toks[-1].rsplit("-", 1)[-1] in ORG_SUFFIXES  # "the Self-Government"
        or toks[0] in ORG_PREFIXES
        or _governed(toks)  # "the City of Stellburg said", "the Autonomous Province of X"
        or "&" in toks
        or any(_compound_org_word(t) for t in toks)
    )


def _western_given_name(word: str) -> bool:
    """A common given name of our hand lists that is no place's ("Jenny"; not "Victoria") and
    no name word of the naming customs that also name mountains ("Dorje Ri")."""
    return is_given_name(word) and word not in UNISEX_NAMES and word not in known_places()


def _place_head_votes(s: Surface, votes: Counter[str], toks: list[str], heads_org: bool) -> None:
    """Votes for a place by its name's own place word, last ("… Lane") or first ("Bukit …")."""
    if toks and toks[-1] in PLACE_SUFFIXES and len(toks) > 1:
        first = s.text.split()[0]
        if len(toks) == 2 and _western_given_name(first):
            return  # "Jenny Marsh said": a given name and a surname that is a place word
        votes["place"] += 2
        if s.person_cue == 0:
            # a person's name does not end in "Lane" or "Point" unless a title says so
            votes["place"] += votes["person"]
    elif len(toks) > 1 and toks[0] in PLACE_PREFIXES and not heads_org:
        votes["place"] += 2  # "Nahal Tamarit", "Bukit Merah"; not "Lake Shore Bank"
        if s.person_cue == 0 and gender_of(s.text.split()[0]) is None:
            votes["place"] += votes["person"]  # "Bukit Merah"; "Monte Haines" keeps his votes
        # NER reads a place word of another language as a company's name ("Puerto Cañas"
        # tagged ORG at each mention); no organisation's head word says it is one
        votes["place"] += votes["organization"]


def _opens_with_given_name(name: str, families: dict[str, set[str]]) -> bool:
    """ "Sophie Adair-Nkemdirim" tagged ORG: a common given name opens it, or a rarer one
    ("Jaden", "Femi") a double-barrelled surname follows, or a surname another person on the
    page bears ("Filomena Barreto" beside her nephew "Joaquim Barreto")."""
    words = name.split()
    if is_given_name(words[0]):
        return True
    if gender_of(words[0]) is None:
        return False
    return bool(_DOUBLE_BARRELLED.match(words[-1]) or families.get(words[-1], set()) - {name})


def _placed_not_a_body(s: Surface, votes: Counter[str], heads_org: bool) -> bool:
    """ "the families of Ebeigne-Nkolo", "X, the village where …": placed by a context only a
    place has (not "in Figma"), and only NER's label says organisation; not a body's initials
    ("the U.N. in Geneva")."""
    return bool(
        s.strong_place
        and votes["place"]
        and not (heads_org or s.org_cue or s.embedded)
        and not s.text.replace(".", "").isupper()
    )


def kind_of(
    s: Surface, name_tokens: set[str] | None = None, families: dict[str, set[str]] | None = None
) -> ActorKind:
    """The winning kind of one surface: name heads first ("… Ltd", "… Lane"), then the votes.
    `families`: the surnames of the people on the page (`_family_names`)."""
    votes = Counter(s.votes)
    toks = low_tokens(s.text)
    words = s.text.split()
    if len(words) > 1 and words[0] in WELL_KNOWN_ORGANISATIONS:
        return "organization"  # the company's unit or product ("<Company> Glide 3"), no person
    if _district_body(toks):
        return "organization"  # a school district is a body whatever its "District" suggests
    heads_org = _org_headed(toks)
    if (
        heads_org and (len(toks) > 1 or "-" in toks[0]) and toks[0] not in COMPASS
    ):  # not "West Bank"
        votes["organization"] += 3
        if (not s.person_cue or toks[-1] in TEAM_HEADS) and not is_given_name(words[0]):
            votes["person"] = 0  # "Harwick Rovers", "Leeds United": NER's person is a club
    elif (
        len(toks) == 1
        and toks[0] in ORG_SUFFIXES
        and not s.person_cue
        and s.text not in (name_tokens or set())  # "Mills" of "Ada Mills"
    ):
        return "organization"  # "in Parliament", "told the Cabinet": the institution itself
    # "Isla Quenquén" tagged ORG: a place word that is also a given name, no person evidence
    place_word_first = toks[0] in PLACE_PREFIXES and not (s.person_cue or votes["person"])
    if (
        2 <= len(toks) <= 3
        and not heads_org
        and not place_word_first
        and not s.ctx_place  # "a house in Juan Dolio": a place named after someone
        and _opens_with_given_name(s.text, families or {})
        and not any(t in PLACE_SUFFIXES or t in ORG_SUFFIXES for t in toks)
    ):
        votes["person"] += 2
    _place_head_votes(s, votes, toks, heads_org)
    if s.text in PLACE_CODES and votes["place"]:
        return "place"  # "Miami, FL", "the UK": a state's or a country's code
    if len(words) == 1 and _camel_case_brand(words[0]):
        return "organization"  # whatever role precedes it ("Ryan Farlow, CEO, LawnTender")
    if not votes:
        return "other"
    if (
        len(toks) == 1
        and not s.person_cue
        and s.text not in (name_tokens or set())
        and votes["person"]
    ):
        # A lone capitalised word tagged PERSON, never given a first name, a title or a role:
        # a place or an organisation when any context says so (else it stays a person: people
        # named by one word, "Jonas", are common in features).
        other = {k: v for k, v in votes.items() if k != "person" and v > 0}
        if other:
            votes["person"] = 0
    elif (
        len(toks) > 1
        and s.ctx_place
        and votes["place"]
        and not s.person_cue
        and gender_of(words[0]) is None
        and not is_given_name(words[0])
    ):
        # "in the south of Gran Canaria", "to Window Rock": a name that no given name opens,
        # placed by its context and never given a title, a role or an age, is no one's
        votes["person"] = 0
    if _placed_not_a_body(s, votes, heads_org):
        votes["organization"] = 0
    best = max(
        votes.items(),
        key=lambda kv: (
            kv[1],
            kv[0] == "place" and s.ctx_place > 0,  # a tie with context for a place: a place
            kv[0] == "person",
            kv[0] == "organization",
        ),
    )
    return best[0]


def linked_companies(
    kinds: dict[str, ActorKind], surfaces: Surfaces, names: frozenset[str]
) -> None:
    """A name the page's links spell as a commercial domain ("Korvo" beside a link to the
    Korvo shop's own domain) is an organisation, unless a title or a role makes it a person, a
    given name opens it ("Ada Roe" beside a link to her own domain is still a person) or it is a
    person's surname ("Pelt" of "Dana Pelt" beside a shop's domain spelling "pelt"). See
    `reader.article.actors.domains`."""
    if not names:
        return
    people = {w for k, kind in kinds.items() if kind == "person" and " " in k for w in k.split()}
    for key, kind in kinds.items():
        if kind == "organization" or squashed(key) not in names or surfaces[key].person_cue:
            continue
        first = key.split()[0]
        if key in people or is_given_name(first) or gender_of(first):
            continue
        kinds[key] = "organization"
