"""Word lists and context patterns the actor passes share.

The word lists live in `data/*.txt` (one entry a line) so they can be read and extended without
touching code; the patterns below are small left/right-context tests applied at one mention's
position (never scans of the whole text per name).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from reader.article.english_words import is_common_word
from reader.article.given_names import KIN_NOUNS

_DATA = Path(__file__).with_name("data")


@cache
def words(name: str) -> frozenset[str]:
    """The entries of `data/<name>.txt` (comments and blank lines skipped)."""
    lines = (_DATA / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(s for line in lines if (s := line.split("#", 1)[0].strip()))


def _capitalised(entries: Iterable[str]) -> str:
    """A regex alternation of `entries` as they open a name ("Street", "Lt"), longest first."""
    return _longest_first(w.capitalize() for w in entries)


def _longest_first(entries: Iterable[str]) -> str:
    """A regex alternation of `entries` as written, longest first (so "OJSC" before "JSC")."""
    return "|".join(sorted(entries, key=len, reverse=True))


def pairs(name: str) -> dict[str, str]:
    """`data/<name>.txt` as a mapping: the first word of each entry to the rest."""
    return dict(entry.split(None, 1) for entry in words(name))  # type: ignore[misc]


# "Fla." -> "Florida": a US state abbreviated in a tag or dateline is the state.
STATE_ABBREVIATIONS = pairs("state_abbreviations")
_INSTITUTION_HEADS = words("institution_heads")
GENERIC_INSTITUTION_WORDS = words("generic_institutions") | _INSTITUTION_HEADS


def is_generic_institution(name: str) -> bool:
    """ "Foreign Ministry", "Supreme Court": a name every country's body could bear."""
    low = name.lower().split()
    return (
        len(low) >= 2
        and low[-1] in _INSTITUTION_HEADS
        and all(w in GENERIC_INSTITUTION_WORDS for w in low)
    )


TITLES = words("titles")
CAPITAL_TITLES = words("capital_titles")
DESIGNATORS = words("designators")
PERSON_TITLES_STRONG = words("person_titles_strong")
CURRENCIES = words("currencies")
ORG_SUFFIXES = words("org_suffixes")
ORG_PREFIXES = words("org_prefixes")


def is_org_head(word: str) -> bool:
    """A lower-case word that heads a body's name, first ("Cofradía de …", "University of …")
    or last ("… Council", "… Cooperative")."""
    return word in ORG_PREFIXES or word in ORG_SUFFIXES


PLACE_SUFFIXES = words("place_suffixes")
PLACE_PREFIXES = words("place_prefixes")
LEGAL_SUFFIXES = words("legal_suffixes")
MONTHS = words("months")
WEEKDAYS = words("weekdays")
PRONOUNS = words("pronouns")
BOILERPLATE = words("boilerplate")
ORDINARY = words("ordinary")
DEPARTMENT_WORDS = words("department_words")
DEITIES = words("deities")
FEASTS = words("feasts")
OFFICE_WORDS = words("office_words")
COMPOUND_ORG_ENDINGS = words("compound_org_endings")
DISTRICT_BODIES = words("district_bodies")
STORM_WORDS = words("storm_words")
NAME_CONNECTORS = words("name_connectors")
SURNAME_PARTICLES = words("surname_particles")
PATRONYMIC_MARKERS = words("patronymic_markers")
PATRONYMIC_LINKS = words("patronymic_links")
# Titles a ruler or a cleric holds of a seat ("Sultan X of Dar Kouka"; see data/seat_titles.txt).
SEAT_TITLES = words("seat_titles")
# Honorifics that are given names elsewhere, titles before two name words only ("Thierno X Y").
FULL_NAME_HONORIFICS = words("full_name_honorifics")
STANDALONE_HEADS = words("standalone_heads")
GENERATIONAL_SUFFIXES = words("generational_suffixes")
NP_BOUNDARY_WORDS = words("np_boundary_words")
NP_FUNCTION_WORDS = NP_BOUNDARY_WORDS | words("np_function_words")
AFFILIATION_HEADS = words("affiliation_heads")
LANGUAGES = words("languages")
ADDRESS_WORDS = words("address_words")
# "Namibian", "Spaniard", "Swiss" and "Frenchman": a nation's word before a person's name.
# Beyond the list, only the endings hardly any given name has that is not in the given-name
# dictionary ("Norvanian", "Kormetese"); "-an" alone would take "Nurhan" and "Phan".
NATIONALITIES = words("nationalities")
AFFILIATIONS = words("affiliations")
NATIONALITY_ENDING = re.compile(r"[A-Z][a-z]+(?:ian|ese)")


def is_nationality_word(word: str) -> bool:
    """A nation's word as it stands before a name: from the list or with a nation's ending."""
    return word.lower() in NATIONALITIES or bool(NATIONALITY_ENDING.fullmatch(word))


DEMONYM_NOUNS = frozenset(w for w in NATIONALITIES if w.endswith("man"))
COMPASS = words("compass")
TEAM_HEADS = words("team_heads")
# "I Wayan Sudarsana", "Ni Made Ayu Lestari": a Balinese name, its "I"/"Ni" and birth-order name
_BIRTH_ORDER = _capitalised(words("balinese_birth_order"))
BALINESE_NAME = re.compile(
    r"(?<![\w’'-])(?:I|Ni)[ \t]+(?:" + _BIRTH_ORDER + r")(?:[ \t]+[A-Z][a-z][\w’'-]*){1,3}"
)
# Codes that name places ("FL", "UK"); other two-letter capitals NER calls places ("AI") are not.
PLACE_CODES = frozenset(w for entry in words("place_codes") for w in entry.split())
UI_VERBS = words("ui_verbs")
WELL_KNOWN_ORGANISATIONS = frozenset(
    line.strip()
    for line in (_DATA / "well_known_organisations.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
)
CREDENTIALS = words("credentials")
COMMON_ABBREVIATIONS = words("common_abbreviations")
POST_HONORIFICS = words("post_honorifics")
ROLES_BEFORE = words("person_roles_before")
NOT_PLACE_WORDS = MONTHS | WEEKDAYS | ORDINARY | TITLES | ORG_SUFFIXES | PRONOUNS

# "University of X", "Supreme Court of X": X is a place even when only named inside the org.
OF_PLACE_HEADS = (
    r"university|college|bank|port|museum|court|republic|kingdom|state|province|county|city|"
    r"town|municipality|diocese|archdiocese|mayor|governor|government|police|airport|"
    r"people|parliament|assembly|senate|district|region|borough|island|isle|isles"
)
OF_PLACE = re.compile(
    r"\b(?i:" + OF_PLACE_HEADS + r")\s+of\s+(?:the\s+)?([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)$"
)
# "Marisk City Council", "Harwick District Council", "Luskar Chamber of Commerce": X a place.
PREFIX_PLACE = re.compile(
    r"^([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?:(?:City|District|County|Town|Borough|Parish|"
    r"Municipal|Regional|Metropolitan|Provincial|State)\s+(?:Council|Police|Hall|Authority|Court|"
    r"Government|Assembly)|Chamber\s+of\s+Commerce|(?:Fire|Police)\s+(?:and\s+Rescue\s+)?"
    r"Service|Airport|Harbour|Harbor)$"
)
CIVIC_HEADS = words("civic_heads")
# "Kuruvaali Council", "Dremtse Regional Hospital", "Ostrava Police": one name word before a
# local institution's name is the town it serves (a person's name before one is the rarer case,
# and a given name is left out).
TOWN_INSTITUTION = re.compile(
    r"^([A-Z][\w’'-]+)\s+(?:(?:Regional|District|General|Central|Municipal|Island|Town)\s+)?"
    r"(?:Council|Hospital|Police|Municipality|Prefecture|Town\s+Hall|High\s+Court)$"
)

ORG_HEADS = (
    r"(?:website|company|firm|group|startup|"
    r"start-up|bank|agency|publication|newspaper|broadcaster|chain|retailer|maker|"
    r"manufacturer|carrier|airline|outlet|platform|app|brand|insurer|lender|charity|"
    r"organi[sz]ation|party|union|network|conglomerate|supplier|developer|operator|"
    r"regulator|ministry|department|institute|university|club|team|band|label|studio|"
    r"publisher|site|portal|exchange|fund|giant|provider|consultancy|"
    r"monastery|abbey|convent|diocese|cooperative|co-operative|association|federation|foundation)"
)
# "the incident response firm X": up to two modifiers between the article and the head noun.
CONTEXT_ORG = re.compile(
    r"\b(?:the|its|their|rival|parent)\s+"
    r"(?:(?!(?:is|was|are|were|be|been|has|had|have|said|says|of|to|as)\s)[\w-]+\s+){0,2}?"
    + ORG_HEADS
    + r"\s+$",
    re.I,
)
# "The colla's insurer, Mútua Pirinenca, …", "its bank, Banco Rural,": an organisation noun in
# apposition before the name (the name's own comma closing it: see kinds._context_votes).
# Only nouns for a business or a body: "the site", "the team" may stand before a person
# ("Its manager at the site, Derrick Ong,").
_APPOSED_ORG_HEADS = (
    r"(?:company|firm|bank|insurer|lender|airline|carrier|publisher|retailer|manufacturer|"
    r"supplier|operator|developer|charity|union|agency|consultancy|broadcaster|newspaper|"
    r"conglomerate|provider|start-?up|regulator|ministry|institute|university|association|"
    r"cooperative|co-operative|federation|foundation|society|club|trust)"
)
CONTEXT_ORG_APPOSED = re.compile(
    r"\b(?:the|an?|its|their|our|[\w-]+[’']s)\s+(?:[\w’'-]+\s+){0,2}?"
    # in lower case: "the Emergencies Ministry, Ada Roe" is a name, not the noun apposed
    + r"(?-i:"
    + _APPOSED_ORG_HEADS
    + r"),\s+$",
    re.I,
)
# "A spokeswoman for the company, Ada Roe,": the body is the object of a person's role, and the
# name after it is the role holder's, not the body's.
ROLE_FOR_BODY = re.compile(
    r"\b(?P<role>[a-z]+)\s+(?:for|of|at|with)\s+(?:the|an?|its|their|our)\s[^,.;:!?]{0,80},\s+$"
)
# "X, the payroll software company used by …", "X, a consultancy in …": an organisation. Not
# "X, the company's chief executive" (a person in apposition to a role of the company).
# Its modifiers are no preposition or article: "Cerbu, the village below the monastery" is a
# village.
ORG_APPOSITIVE = re.compile(
    r"^,\s+(?:the|a|an)\s+"
    r"(?:(?!(?:of|in|on|at|by|near|below|above|behind|beside|under|over|for|from|with|to|the|an?"
    r"|and)\s)(?:[a-z][\w-]*|[A-Z]{2,5})\s+){0,3}?" + ORG_HEADS + r"(?![\w’'-])"
)
# "The Nukufetau Kaupule, the island council, wrote", "the Kurultai, Bashkortostan's
# parliament,": a body's name in the local language, set beside the kind of body it is, the
# apposition closed there (not "the council leader").
BODY_APPOSITIVE = re.compile(
    r",\s+(?:the|[A-Z][\w-]*[’']s)\s+(?:[a-z][\w-]*\s+){0,2}(?:council|committee|commission|"
    r"assembly|board|authority|court|parliament|legislature)\s*[,.;]"
)
# "told Byteframe", "told NRT Breakfast": the one told, under a one-word name or an acronym, is
# a newsroom far more often than a person (people told are named in full: "told Ada Roe").
# So is the one a speaker talked with: "In a call with Byteframe", "in interviews with Byteframe".
# The words before a newsroom the words were told to or talked over with ("told", "in a call
# with", "in an email exchange with"); `quotes` keeps such a newsroom from speaking too.
TOLD_TO = (
    r"(?:told|telling|tells|"
    r"(?:interviews?|call|conversation|exchange|emails?|message)\s+with)"
)
TOLD_BEFORE = re.compile(r"\b" + TOLD_TO + r"\s+$")
# "told NRT", "spoke to NRT", "in an interview with NRT", "seen by NRT", "an email to NRT": an
# acronym spoken or written to, alone (not "NRT Sport" or "NRT 4 News", which NER reads itself);
# so is a name of two parts joined by "&" ("told Circuit & Signal"), which no person has.
NEWSROOM_TOLD = re.compile(
    r"\b(?:told|telling|tells|spoke\s+to|speaking\s+to|interview\s+with|seen\s+by|"
    r"(?:email|letter|message|statement)\s+to)\s+"
    r"(?P<name>[A-Z]{2,6}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+&\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
    r"\b(?![’'-]|\s+[A-Z0-9])"
)
# "a Homewell spokeswoman", "an Ostra representative": whose spokesperson, an organisation.
SPOKESPERSON_AFTER = re.compile(
    r"^\s+(?:spokes(?:wo)?man|spokesperson|spokespeople|press\s+officer|representative)\b"
)
# "wrote on Instagram", "posted on Corvane": a platform, where things are written.
PLATFORM_BEFORE = re.compile(
    r"\b(?:wrote|writes|writing|posted|posts|posting|shared|said|says|announced)\s+"
    r"(?:[a-z]+\s+){0,2}?on\s+$"
)
# "Shares in Kestrawn fell", "a stake in Brisk": a company, whatever "in" suggests.
SHARES_IN = re.compile(r"\b(?:[Ss]hares|[Ss]tock|[Ss]take|[Ii]nvestment)\s+in\s+$")
CONTEXT_PLACE = re.compile(
    r"(?:\b(?:in|near|outside|across|around|throughout|city of|town of|village of|"
    r"province of|region of|state of|capital,?|streets of)\s+"
    # "the fare to Kwata Loto": where a route goes (a hospital's too, so only a hint)
    r"|\b(?:road|roads|route|ferry|bus|buses|flights?|fares?|trips?|journey|boats?|trains?)"
    r"\s+to\s+)$"
)
CONTEXT_PLACE_STRONG = re.compile(
    r"\b(?:city|town|village|province|region|state|county|district|port|capital|governor|"
    r"prefect|prefecture|mayor|residents|people|government|outskirts|north|south|east|west|"
    r"centre|center|cities|towns|villages|provinces|regions|states|counties|districts|"
    r"citizens|edge|heart|streets|coast|shores?|parts|leaders|inhabitants|population|women|"
    r"families|elders|"
    # "the town hall of Salazie", "the cirque of Mafate", "the commune of Bouillante"
    r"(?:town|city)\s+hall|cirque|valley|commune|municipality|parish|"
    # "the council of Cuendes fined", "the community of Chisaaskuch": a place's own people
    r"council|community|settlement|hamlet|island|neighbourhood|neighborhood|suburb|"
    # "the mouth of Sugar Branch", "the slopes of Mount X": a river's or a mountain's parts
    r"mouth|banks|foot|slopes|summit|foothills) of\s+$"
    # "a 44-year-old man from Stonecross": where a person comes from is a place
    r"|\b(?:man|woman|men|women|boy|girl|boys|girls|people|family|families|couple|teenager|"
    r"pensioner|resident|residents|native|\d+-year-old|"
    # "a trader from Enrekang", "herders from Kalo": the village and market trades
    r"trader|traders|farmer|farmers|fisherman|fishermen|fisher|fishers|herder|herders|vendor|"
    r"vendors|villager|villagers|shopkeeper|shopkeepers|grower|growers|breeder|breeders) from\s+$"
    # "whose great-grandfather came to Bermuda from the Azores", "emigrated from X": where
    # people came from (not "the cheese comes from Ada Roe": what only people do, or a journey
    # from one place to another)
    # "came back from Thessaloniki", "returned home from X": where someone was living before
    r"|\b(?:(?:moved|emigrated|migrated|immigrated|fled|hails?)\s+(?:here\s+|over\s+|back\s+)?"
    r"|(?:came|come|comes|coming)\s+(?:back|home)\s+|(?:returned|returning)\s+(?:home\s+)?"
    r"|(?:came|come|comes|arrived)\s+to\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+)"
    r"from\s+(?:the\s+)?$"
    # "Seiltechnik Kander AG of Frutigen", "Kirra Metering Pty Ltd of Brisbane": a company's seat
    r"|\b(?:" + _longest_first(w for w in LEGAL_SUFFIXES if w != "co") + r")\.?\s+of\s+$"
    # "the line between Kartuzy and Kościerzyna", "Highway 212 between Eagle Butte and Dupree":
    # the ends of a route
    r"|\b(?:line|highway|road|railway|route|border|ferry|flights?|trains?|buses|trips?)"
    r"(?:\s+\d+)?\s+between\s+(?:[A-Z][\w’'-]*\s+){0,3}(?:and\s+)?$"
    # "Yohane Phiri, 44, from Kapiri": a person's age, then where they come from
    r"|\b\d{1,3},\s+from\s+$"
    # where someone went to live or fled to: "had retired to Kano", "moved back to Ibadan"
    # (not "moved to" or "returned to" alone: a player moves to a club)
    r"|\b(?:retired|retiring|relocated|fled|fleeing|emigrated|migrated|evacuated|deported)"
    r"\s+(?:back\s+)?to\s+$|\b(?:moved|moving|returned|returning)\s+(?:back|home)\s+to\s+$"
    # "the villages above Sanderbosi", "12 km downstream of X": where things lie along a river
    # or a road are places
    r"|\b(?:villages?|hamlets?|towns?|hills?|valleys?|fields?|farms?|houses?|landing|camp)\s+"
    r"(?:above|below|beyond)\s+$"
    r"|\b(?:up|down)(?:stream|river)\s+(?:of|from)\s+$"
    # "the chestnut country of north-eastern Corsica", "in southern Gaza": a part of a place
    # named by its compass point, in lower case ("Southern Company" is a name)
    r"|(?-i:\b(?:north|south)(?:-?(?:east|west))?ern\s+|\beastern\s+|\bwestern\s+)$"
    # "his workshop at Solaiyur Pudur", "the quarantine station at X": where a building or a
    # site stands (not a shed or a yard, which may be a firm's: "the shed at Guidry Seafood");
    # "up the road at X", "down the coast in X": along a way
    r"|\b(?:workshops?|station|farms?|camps?|market|quay|wharf|pier|jetty|huts?|homes?|"
    r"houses?|cottages?|school|clinic|church|mosque|temple|landing)\s+at\s+$"
    r"|\b(?:up|down)\s+the\s+(?:road|river|valley|coast|hill|track|lane)\s+(?:at|in|from|to)\s+$"
    # "on the north side of Cayman Brac", "the western tip of X": a part of a place by compass
    r"|\b(?:north|south|east|west)(?:ern)?\s+(?:side|end|tip|edge|half|shore|coast|slopes?)"
    r"\s+of\s+(?:the\s+)?$"
    # "the village head of Pikin Santi": a village's or a district's own office
    r"|\b(?:village|district|regional|provincial|parish)\s+(?:head|chief|elder|council)s?"
    r"\s+of\s+$"
    # "Co Tullagh", "County Kerry": an Irish county
    r"|(?-i:\bCo\.?|\bCounty)\s+$",
    re.I,
)
CONTEXT_TITLE = re.compile(
    r"\b("
    + "|".join(re.escape(w) for w in sorted(PERSON_TITLES_STRONG, key=len, reverse=True))
    + r")\.?\s+$",
    re.I,
)
# A sentence opens: after a full stop, a line break, a time stamp, or an opening quotation mark
# (a single straight one too, as an inner quotation opens: "Granny said, 'Mwen pa sav …'").
SENT_START = re.compile(
    r"(?:^\s*|[.!?:;][\"”’')\]]*\s+|\n\s*|\n\s*\d{1,2}[.:]\d{2}\s+|[\"“‘]\s*|(?:^|\s)')$"
)
URLISH = re.compile(r"://|www\.|\.(?:com|org|net|co\.uk|io|gov|edu)\b|@", re.I)
APOS = "'’"
# "Castellor's President X", "Norvania's government": the possessor is a country or a city.
# "Co Tullagh", "County Kerry": an Irish county named with its title.
COUNTY = re.compile(r"(?:Co\.?|County) [A-Z][\w’'-]+$")
AFTER_PLACE = re.compile(
    # "Ballinacorr, Co Tullagh": a town, then its county
    r"^,\s+(?-i:Co\.?|County)\s+[A-Z]|"
    # "Nawri, a Nubian island of palm groves", "Kasségo, a village of shea trees", "Ukub
    # Senidub, an island so small you can cross it": what it is
    r"^,\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?(?:island|islet|atoll|village|hamlet|town|"
    r"township|city|port|oasis|settlement|suburb|neighbou?rhood|archipelago|peninsula|colony|"
    r"estate|quarter|district|ward|locality|commune|parish|homeland|enclave|community)\s+"
    r"(?:of|in|on|near|off|at|with|where|that|which|whose|east|west|north|south|so|across|"
    r"along|outside|above|below|beside)\b|"
    r"^,\s+where\s|^[’']s\s+(?:(?:new|former|current|ruling|governing|main|largest|biggest|national|central|"
    r"top|own|first|second|third|chief|senior|southern|northern|eastern|western|general|"
    r"presidential|parliamentary|municipal|local|regional|snap)\s+)*"
    r"(?:president|prime\s+minister|premier|chancellor|government|parliament|capital|army|"
    r"military|navy|air\s+force|coast|coastline|border|borders|economy|population|citizens|"
    r"voters|king|queen|monarch|foreign\s+minister|(?:[a-z]+\s+)?minister|ministry\s+of|"
    r"regions|provinces|cities|towns|villages|constitution|election|elections|opposition|"
    r"embassy|ambassador|envoy|president[’']s|mayor|governor|streets|suburbs|outskirts|"
    r"coastal|northern|southern|eastern|western|north|south|east|west|centre|center|"
    r"neighbou?rs|territory|airspace|waters|teams|clubs|companies|firms|universities|schools|"
    r"hospitals|farmers|households|families|workers|roads|railways|rivers|lakes|mountains|"
    # "one of Chipupa's elders", "Kessvik's villagers": the people of a place
    r"elders|residents|villagers|inhabitants|fishers|fishermen|herders)\b",
    re.I,
)
# What a person is or does (`data/person_roles.txt`, longest first, and suffix families):
# "Lisa Mbeki, chief executive of" is a person.
PERSON_ROLES = "|".join(
    [
        re.escape(w).replace(r"\ ", r"\s+")
        for w in sorted(words("person_roles"), key=len, reverse=True)
    ]
    + [r"[a-z]+ologist", r"[a-z]+ician", r"[a-z]+arian", r"[a-z]+icist"]
    # compounds of a trade: "schoolteacher", "shopkeeper", "steelworker", "boatbuilder"
    + [r"[a-z]{3,}(?:teacher|keeper|worker|builder|grower|herder)"]
)
# Relatives: "Sadia Rahman's son Zayan" — only a person has them ("man", "woman", "boy",
# "girl" left out: "the club's man in Tokyo").
_KIN = sorted(
    (KIN_NOUNS["m"] | KIN_NOUNS["f"] | {"children", "parents", "cousin", "sibling", "spouse"})
    - {"man", "woman", "boy", "girl"},
    key=len,
    reverse=True,
)
# A verb opening a new clause after a name's comma: ", said the pilot" names the one who spoke,
# no apposition of the name before it ("X, project leader at Y, said the pilot …").
_CLAUSE_VERB = (
    r"(?:said|says|told|tells|thinks|thought|believes|believed|added|adds|warned|warns|argued|"
    r"argues|insisted|insists|explained|explains|wrote|writes|asked|asks|recalled|recalls)"
)
AFTER_PERSON = re.compile(
    r"^(?:,\s+\d{1,3}\s*(?:,|\.(?!\d))|,\s+an?\s+\d{1,3}-year-old\b|\s*\(\d{1,3}\)|,\s+whom?\b|,\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|"
    r"his\s+|her\s+|[A-Z][\w-]*[’']s\s+)?(?:(?!" + _CLAUSE_VERB + r"\s)[\w’'-]+\s+){0,3}?"
    r"(?i:" + PERSON_ROLES + r")\b"
    r"(?!\s+(?:company|firm|group|maker|platform|brand|chain|library|project|app))"
    r"|\s+(?:said|says|told|added|wrote|argued|insisted)\s+(?:he|she)\b)"
)
KIN = frozenset(_KIN)
AFTER_KIN = re.compile(
    r"[’']s\s+(?:(?:late|eldest|youngest|older|younger|baby|infant|newborn|\d+-year-old)\s+)?"
    r"(?:" + "|".join(_KIN) + r")s?\b"
)
# "Our head teacher, Aksel Varnes, says": a role in apposition before the name; so is a
# relative ("His younger brother, Pavia, gave up hunting").
ROLE_BEFORE = re.compile(
    r"\b(?:" + PERSON_ROLES + r")\s*,\s+$"
    r"|\b(?:his|her|their|my|our|your)\s+(?:[a-z]+\s+)?(?:" + "|".join(_KIN) + r")\s*,\s+$",
    re.I,
)
# "a welder from Lewisporte", "an engineer from Lhok Krueng Raya": where someone in a trade
# comes from, when the article introduces them by it
ROLE_FROM = re.compile(r"\b(?i:an?|one)\s+(?:[a-z-]+\s+)?(?:" + PERSON_ROLES + r")\s+from\s+$")
AFTER_NOT_PERSON = re.compile(r"^(?:,\s+which\b|[’']s\s+(?:shares|stock|board|website))")
# What only an organisation has: "Byteframe's podcast", "Palu Mobile's chief technology
# officer", "Harrow's shareholders" (a person has a spokesman, but no chief executive).
ORG_POSSESSION = re.compile(
    r"^[’']s\s+(?:(?:own|new|former)\s+)?(?:shares|stock|shareholders|board\s+of\s+directors|"
    r"headquarters|website|podcast|app|newsroom|subsidiary|subsidiaries|"
    r"chief\s+(?:executive|technology|operating|financial|commercial)\s+officer|"
    r"chief\s+executive|ceo|chairman|chairwoman|managing\s+director)\b",
    re.I,
)
# A line that is a credit ("Reporting by …; Editing by …", "Photograph: …") or a share bar.
CREDIT_LINE = re.compile(
    r"^[ \t]*(?:(?:additional\s+)?(?:reporting|writing|editing|edited|written|compiled|"
    r"produced|translated|research|photographs?|photos?|pictures?|images?|graphics?|"
    r"illustrations?|video)\s+by\b|(?:photograph|photo|picture|image|chart|graphic|"
    r"illustration|credit|video)s?\s*:|(?:share|tweet)\s+(?:on|this|via|to)\b|"
    r"copy\s+(?:link|url)\b).*$",
    re.I | re.M,
)
UI_JOINED = re.compile(r"[a-z](?:Share|Copy|Email|Print|Tweet|Save|Follow|Link|URL)\b")
# Demonyms: "Norvanian" (NORP) is evidence that "Norvania" is a country.
DEMONYM_ENDINGS = ("n", "an", "ian", "ese", "ish", "i", "er", "ic", "ean")

# A given name (checked apart) and a double-barrelled surname: "Ines Mbatha-Roux".
_UP = "[A-ZÀ-ÖØ-ÞĀ-Ž]"  # a capital, accented ones too ("José", "Šárka")
_LOW = "[a-zß-öø-ÿā-ž]"
# With a second given name before the surname ("María José Ocampo-Reyes").
DOUBLE_BARRELLED_NAME = re.compile(
    rf"(?<![\w’'-])(?P<given>{_UP}{_LOW}+)(?:\s+(?P<second>{_UP}{_LOW}+))?\s+{_UP}{_LOW}+"
    rf"(?:[’']{_UP}{_LOW}+)?-{_UP}{_LOW}+(?![\w’'-])"
)
# "Huang Ming-chieh", "Agnes Lui Mei-ling", "Lee Jae-myung": a surname and a hyphenated given
# name, as Taiwanese, Hong Kong and Korean names are romanised (the part after the hyphen in lower
# case), maybe after an English given name.
CHINESE_ORDER_NAME = re.compile(
    r"(?<![\w’'-])(?:(?P<given>[A-Z][a-z]+) )?(?P<name>[A-Z][a-z]{1,6} [A-Z][a-z]{1,6}-[a-z]{2,7})"
    r"(?![\w’'-])"
)
# A road named by its number: "Highway 112", "Route 9", "Interstate 95", "Ruta 5", "Rodovia 101".
NUMBERED_ROAD = re.compile(
    r"\b(?:Highway|Route|Interstate|Motorway|Expressway|Freeway|Ruta|Rodovia|Autobahn|Carretera)"
    r" \d{1,4}[A-Z]?\b"
)
# "in X", "In X,", "across northern X", "in A, B and X" just before a name (searched up to it);
# not "In the House," opening a sentence about a chamber.
PLACE_PREP_BEFORE = re.compile(
    r"(?<![Ss]take )(?<![Ss]hares )(?<![Ii]nvest )(?<![Ii]nvestment )(?<![Rr]ole )"
    r"(?<![Jj]ob )(?<![Ii]nterest )(?<![Pp]art )(?<![Ll]ead )"
    r"(?:\b(?:in|across|throughout|near|outside|through|between|around|along)\s+"
    r"(?:the\s+)?(?:(?:north|south|east|west|central|rural|coastal|northern|southern|"
    r"eastern|western|north-?(?:east|west)(?:ern)?|south-?(?:east|west)(?:ern)?)\s+)?"
    r"(?:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?(?:\s*,\s*|\s+and\s+|\s+or\s+)){0,4}"
    # "In X, …" opening a sentence: X alone ("In Anaheim, Garret Anderson and …" is no list)
    r"|\bIn\s+(?!the\b))$"
)
# "Nov. 10", "10 November", either with its year ("10 November 2026 —"), "1996-08-22"
_DATE = (
    r"(?:(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+[A-Z][a-z]{2,8})(?:,?[ \t]+\d{4})?"
    r"|\d{4}-\d{2}-\d{2})"
)
# Wire datelines name the place a story is filed from: "OSTRAVA NOVA, Oct 6 (CPA) -",
# "LONDON (Reuters) -", "KYIV, Ukraine (AP) —", "KYIV, Ukraine, Oct 6 (AP) —" (with its country
# or state), or the place and the date alone on a line ("LONDON 1996-08-22").
# Capital letters of the Latin alphabets datelines are written in ("YENI TÜLÜKÖY", "ŠIAULIAI").
_CAPS_WORD = "[A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž’'.-]+"
# A region or a country after the place, accented too ("Curaçao", "Québec", "Türkiye").
_REGION_WORD = "[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]+"
DATELINE = re.compile(
    r"(?m)^[ \t]*(?P<place>" + _CAPS_WORD + r"(?:[ \t]+" + _CAPS_WORD + r"){0,3})"
    r"(?:[ \t]*,[ \t]*(?:(?P<region>" + _REGION_WORD + r"(?:[ \t]+" + _REGION_WORD + r")?)[ \t]*"
    r"(?:(?=\()|,[ \t]*(?="
    + _DATE
    + r")))?"
    + _DATE
    + r"?[ \t]*(?:\((?P<agency>[A-Z][\w&. ]{1,30})\))?[ \t]*[-–—]"
    r"|[ \t]+\((?P<agency2>[A-Z][\w&. ]{1,30})\)[ \t]*[-–—]"
    r"|(?:[ \t]*,[ \t]*"
    + _REGION_WORD
    + r"(?:[ \t]+"
    + _REGION_WORD
    + r")?)?[ \t]*,?[ \t]*"
    + _DATE
    + r"[ \t]*$)"
)


# --- constructions that name places or organisations -------------------------------------

# A capitalised word, its capital accented too ("Élodie", "Ömer", "Łukasz").
CAP = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*[\w]"
RUN = CAP + r"(?:\s+(?:of\s+|the\s+)?" + CAP + r"){0,2}"
LIST = r"(?P<list>" + RUN + r"(?:\s*,\s*" + RUN + r")*(?:,?\s+(?:and|or)\s+" + RUN + r")?)"
# "Dayang Hajah Siti Aminah binti Haji Osman", "Suresh a/l Muniandy": a person's own names (the
# titles before them too), a word joining them to the father's (`PATRONYMIC_LINKS`), and the
# father's names. NER cuts such names at the lower-case word and at the titles.
FATHER_NAMED = re.compile(
    r"(?<![\w’'-])(?P<own>"
    + CAP
    + r"(?: "
    + CAP
    + r"){0,5}) (?:"
    + "|".join(re.escape(w) for w in sorted(PATRONYMIC_LINKS, key=len, reverse=True))
    + r") "
    + CAP
    + r"(?: "
    + CAP
    + r"){0,4}(?![\w’'-])"
)
# Constructions that name places on their own: "the islands of A and B", "the port of X",
# "ships bound for X", "crossings to X".
STRONG_PLACE = re.compile(
    r"\b(?:(?:islands?|isles?|towns?|villages?|cities|city|regions?|provinces?|counties|county|"
    r"districts?|port|hamlets?|municipality|municipalities|suburbs?|parish(?:es)?|"
    r"communities|settlements?)\s+of|bound\s+for|as\s+far\s+(?:away\s+)?as|"
    r"(?:flights|sailings|crossings|routes|"
    r"services|trains|ferries|roads?)\s+(?:to|from|between))\s+(?:the\s+)?" + LIST
)
# Prepositions of place: evidence, not proof. "in/near/across X" needs X never used in lower
# case; "at/from/to X" needs X seen in another place context too.
WEAK_PLACE = re.compile(
    r"\b(?P<prep>in|near|across|outside|throughout|around|at|from|to|on)\s+" + LIST
)
# "Porthallen, the nearest town with a hospital", "Varrow, a fishing port": a place.
APPOSITIVE_PLACE = re.compile(
    r"(?<![\w’'-])(" + CAP + r"(?:\s+" + CAP + r")?),\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:(?:town|village|city|port|island|hamlet|suburb|region|province|county|district|"
    r"capital|seaport|harbour\s+town|market\s+town)\b(?!\s+(?:council|hall|of\b))"
    # "the Kroeskeplaat, a tidal flat in the Oosterschelde": a landform, where the apposition
    # ends with it ("a mountain guide" is a person's trade)
    r"|(?P<landform>tidal\s+flat|sandbank|sandbar|reef|lagoon|bay|cove|inlet|estuary|peninsula|headland|"
    r"lake|river|stream|creek|valley|gorge|plateau|mountain|hill|ridge|atoll|islet)"
    r"(?=\s*[,.;:)]|\s+(?:in|on|near|off|at|above|below|between|where|that|which)\b))"
)
# "the Ketrian capital, Talvira,", "the nearest town, Porthallen.": a place named after its kind.
PLACE_NAMED_AFTER = re.compile(
    r"\b(?:the|its|their|a|an)\s+(?:[\w’'-]+\s+){0,2}?(?:capital|town|village|city|port|"
    r"hamlet|suburb|island|seaport)\s*,\s+(" + CAP + r"(?:\s+" + CAP + r")?)(?=\s*[,.;:)]|$)",
    re.M,
)
# "the Montevideo municipal government", "the Kamyshly district administration", "the
# Vilallonga de Rocamora town council": a place's name, then its government in lower case.
_LOCAL_LEVEL = (
    r"municipal|regional|provincial|district|city|town|county|village|state|local|"
    r"metropolitan|prefectural|island|tribal"
)
LOCAL_LEVELS = frozenset(_LOCAL_LEVEL.split("|"))
LOCAL_GOVERNMENT = re.compile(
    r"\b(?i:the)\s+(?P<place>"
    + CAP
    + r"(?:[ \t]+(?:(?:de|del|da|do|di|du)[ \t]+)?"
    + CAP
    + r"){0,3})[ \t]+(?P<body>(?:"
    + _LOCAL_LEVEL
    + r")[ \t]+(?:government|administration|council|committee|authorities|assembly|governorate|"
    r"prefecture|akimat|prosecutor[’']s[ \t]+office))\b"
)
# "the municipality of Trujillo", "the regional government of Sardinia": a local government
# named by its level and its place; not after "in", "near", … ("in the commune of Aït Ali"
# places something there).
# A government or administration needs its level: "the government of X" is a country's, which
# the country's name stands for.
# Capitalised, the body's proper name: "the Rural Municipality of Baldur Plains", "the Hamlet of
# Qikiqtaujaq", "the Township of Arden".
_GOVERNMENT_TITLE = (
    r"(?:(?:Rural|Urban|Regional|Northern|Resort)[ \t]+)?"
    r"(?:Municipality|Hamlet|Township|Borough|Shire|Town|Village|City|County)"
)
_GOVERNMENT_OF = (
    r"(?:(?:"
    + _LOCAL_LEVEL
    + r")[ \t]+(?:government|administration)|(?:(?:"
    + _LOCAL_LEVEL
    + r")[ \t]+)?(?:municipality|locality|commune|prefecture|governorate)|"
    + _GOVERNMENT_TITLE
    + r")[ \t]+of[ \t]+(?P<place>"
    + CAP
    + r"(?:[ \t]+"
    + CAP
    + r"){0,2})"
)
LOCAL_GOVERNMENT_OF = re.compile(
    r"(?<!\bin )(?<!\bat )(?<!\bnear )(?<!\bfrom )(?<!\bacross )(?<!\baround )(?<!\bwithin )"
    r"(?<!\binside )(?<!\boutside )\b(?i:the)\s+(?P<body>" + _GOVERNMENT_OF + r")\b"
)
# The body's name alone, as an actor's surface: a name that opens in lower case and is one.
GOVERNMENT_OF_NAME = re.compile(_GOVERNMENT_OF)
BASED = re.compile(r"\b(" + CAP + r"(?:\s+" + CAP + r")?)-based\b")
# A legal form as written after a name: "Ltd", "LTD", "plc", "GmbH", "SpA" (LEGAL_SUFFIXES).
_LEGAL_FORMS = "|".join(
    re.escape(f)
    for f in sorted(
        {f for s in LEGAL_SUFFIXES for f in (s.capitalize(), s.upper())}
        | {"plc", "GmbH", "SpA", "Incorporated", "inc", "S.A.", "S.A.S.", "S.R.L.", "S.A. de C.V."}
        | {"S.A.C.", "s.r.o.", "d.o.o.", "a.s.", "S.L.", "S.p.A.", "S.à r.l.", "Sp. z o.o."}
        # Italian forms as Italian writes them: "Latterie Unite s.r.l.", "Ferri S.p.a."
        | {"s.r.l.", "S.r.l.", "s.p.a.", "S.p.a.", "s.n.c.", "S.n.c.", "s.a.s.", "S.a.s."},
        key=len,
        reverse=True,
    )
)
# Words joining the words of a company's name: "Laflamme et Fils", "Jansen en Zonen".
_NAME_JOINS = r"de|del|de[ \t]+la|da|do|dos|di|du|et|e|y|und|en|og|och"
# Forms also written after a comma ("Morabeza Pay, S.A.", "Acme, Inc."); not a bare "SA" or
# "AG", which after a comma are a country ("Pretoria, SA") or an attorney general.
_FORMS_AFTER_COMMA = "|".join(
    re.escape(f)
    for f in (
        "Inc.",
        "Inc",
        "LLC",
        "Ltd.",
        "Ltd",
        "Corp.",
        "S.A.",
        "S.L.",
        "S.p.A.",
        "N.V.",
        "B.V.",
        "Lda.",
        "Lda",
        "CRL",
        "C.R.L.",
    )
)
# Not before a capitalised word: "Ohio AG Dave Yost" is an attorney general.
LEGAL_NAME = re.compile(
    r"\b("
    + CAP
    + r"(?:[ \t]+(?:&[ \t]+|and[ \t]+|(?:"
    + _NAME_JOINS
    + r")[ \t]+)?"
    + CAP
    + r"){0,3}"
    # "Southern Cross Freight (St Helena) Ltd": the country a group's local company is in
    + r"(?:[ \t]+\("
    + CAP
    + r"(?:[ \t]+"
    + CAP
    + r"){0,2}\)(?=[ \t]+(?:"
    + _LEGAL_FORMS
    + r")))?"
    + r"(?:,[ \t]+(?:"
    + _FORMS_AFTER_COMMA
    + r")|[ \t]+(?:"
    + _LEGAL_FORMS
    + r")))"
    r"(?:(?<=\.)|\b\.?)"
    r"(?!\s+[A-Z][a-z])"
)
# "PT Sertifika Cepat Digital", "JSC Kazakh Railways": a legal form before the name.
_LEGAL_PREFIXES = _longest_first(words("legal_prefixes"))
LEGAL_PREFIX_NAME = re.compile(rf"\b((?:{_LEGAL_PREFIXES})[ \t]+{CAP}(?:[ \t]+{CAP}){{0,3}})\b")
ACRONYM_AFTER = re.compile(r"^\s*\(\s*([A-Z][A-Z&]{1,9})\s*\)")
ACRONYM_TAIL = re.compile(r"\s*\(\s*([A-Z][A-Z&]{1,9})\s*\)?\s*$")
# "the Maritime and Harbour Workers' Union", "the Brewery, Bottling and Allied Trades Union":
# the conjuncts left of a name that ends in an organisation word belong to it.
CONJ_LEFT = re.compile(r"((?:" + CAP + r"[’']?,?\s+){1,3})and\s+$")  # "Couriers' and Riders'"
# "Association of Rural Utilities | and Water Cooperatives", "Institute for Evidence | in
# Medicine": a name that opens with its head word ("Institute for …") runs on across "and",
# "of", "for", "in" while capitalised words follow; NER often stops at the first of them.
# "Association of …", "Standing Committee on …": a head word (maybe after one or two words that
# qualify it), then what the body is of, for or on.
HEAD_FIRST = re.compile(
    r"(?i:the\s+)?(?:[A-Z][a-z]+\s+){0,2}?(?P<head>[A-Z][a-z]+)\s+(?:of|for|on)\s+" + CAP
)
NAME_RUNS_ON = re.compile(
    r"(?:,?\s+(?:and|&)\s+|\s+(?:of|for|in)\s+)(?P<run>" + CAP + r"(?:\s+" + CAP + r"){0,3})"
)
# "Independent Electoral Commission | of Calvenne", "Heritage Command | of the Istravian
# Gendarmerie": a name ending in its head word often goes on with "of"/"for" and whose it is.
OF_TAIL = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?(?P<run>" + CAP + r"(?:\s+" + CAP + r"){0,3})")
_ORG_HEAD = _capitalised(w for w in ORG_SUFFIXES if len(w) > 3)


def _headed_org(words: str) -> str:
    """A name of `words` (a repeat count) capitalised words and an organisation's head word."""
    return r"(?P<name>(?:" + CAP + r"\s+)" + words + r"(?:" + _ORG_HEAD + r"))(?![\w’'-])"


# "the Tollmere Theatre", "the Quarry Lane Trust": capitalised words ending in an organisation's
# head word after "the" name an organisation even where NER saw nothing.
HEADED_ORG = re.compile(r"(?<![\w’'-])(?:the|The)\s+" + _headed_org("{1,4}"))
# "Harwickshire Police said", "Morrow Haulage, which runs …": the same without "the", one or
# two name words opening the name (none before them), where a sentence uses it as a name: what
# it did or said, whose, or who it is — not a heading's "Booking Software" or "Self Service".
HEADED_ORG_BARE = re.compile(
    r"(?<![\w’'-])(?<![A-Z][\w’'-] )"
    + _headed_org("{1,2}")
    + r"(?=[’']s\b|,\s+(?:which|who|a|an|the)\b|\s+(?:said|says|did|does|declined|has|had|is|"
    r"was|were|are|will|would|told|announced|confirmed|added|runs|ran|employs|denied)\b)"
)
# "the Agency for Food Safety and Plant Protection", "the Commission for the Regulation of Family
# Celebrations": a body's head word (with up to three name words before it) and what it is for
# or of, capitalised words that "and", "of", "the" may join. NER often proposes none of it.
HEADED_ORG_PURPOSE = re.compile(
    r"(?<![\w’'-])(?:the|The)\s+(?P<name>(?:"
    + CAP
    + r"\s+){0,3}(?:"
    + _ORG_HEAD
    + r")\s+(?:for|of)\s+(?:the\s+)?"
    + CAP
    + r"(?:\s+(?:(?:and|of|for|the|&)\s+){0,2}"
    + CAP
    + r"){0,5})(?![\w’'-])"
)
# "la Superintendencia del Sistema Financiero", "l'Assessorato regionale delle Infrastrutture":
# a Romance-language body's head word (`romance_body_heads.txt`), up to two lower-case words that
# qualify it, a connector ("del", "dels", "de la", "delle", "des", "d'") and capitalised words
# that "de", "y", "e" may join; or the head word, a connector and the lower-case noun of what the
# body groups ("Communauté de communes Pays de …", "Zone de secours Ardenne-Ourthe"); or the head
# word, capitalised words that qualify it and an Italian connector ("Ufficio Scolastico Regionale
# per la Calabria"); a Belgian non-profit's lower-case "asbl" or "vzw" ends it. NER often keeps
# only the capitalised tail, or the head word alone.
ROMANCE_BODY_HEADS = words("romance_body_heads")
_ROMANCE_CONNECTOR = (
    r"(?:del|dels|de\s+la|de\s+las|de\s+los|della|delle|dello|degli|dei|des|du|do|da|dos|das"
    r"|per\s+la|per\s+il|per\s+le|per\s+i|per|de)"
)
ROMANCE_BODY = re.compile(
    r"(?<![\w’'-])(?P<name>(?:"
    + _capitalised(ROMANCE_BODY_HEADS)
    + r")(?:(?:\s+[a-zà-ÿ]+){0,2}?\s+(?:"
    + _ROMANCE_CONNECTOR
    + r"\s+|d[’'])|\s+"
    + _ROMANCE_CONNECTOR
    + r"\s+[a-zà-ÿ]{3,}\s+|(?:\s+"
    + CAP
    + r"){1,3}\s+(?:per\s+la|per\s+il|per\s+le|per\s+i|per)\s+)"
    + CAP
    + r"(?:\s+(?:(?:de\s+la|de|del|du|des|y|e|et)\s+)?"
    + CAP
    + r"){0,4}(?:\s+(?:asbl|aisbl|vzw))?)(?![\w’'-])"
)


# "Dinas Peternakan Kabupaten Toraja Utara", "Urząd Gminy Kołczewo", "Banco Agrícola de Timor":
# a body's head word of another language (an organisation prefix no English word) and the
# capitalised words after it, "de"/"della"/"van" between them, are one body's name; NER cuts
# such names into pieces and reads the pieces as people.
@cache
def foreign_headed_body() -> re.Pattern[str]:
    """The pattern above, built on first use: telling English words from others loads the
    parser's word list, which importing this package must not."""
    return re.compile(
        r"(?<![\w’'-])(?P<name>(?:"
        + _capitalised(w for w in ORG_PREFIXES if not is_common_word(w))
        + r")(?:\s+(?:(?:de|del|della|di|da|do|dos|das|des|du|la|van|von|der)\s+)?"
        + CAP
        + r"){1,6})(?![\w’'-])"
    )


# "the Dhoni Owners' Association", "the Coastal Women's Legal Aid Centre": a possessive inside
# a body's name (whose association it is), capitalised words after "the" ending in its head word;
# NER stops at the apostrophe or leaves the name out.
POSSESSIVE_BODY = re.compile(
    r"(?<![\w’'-])(?:the|The)\s+(?P<name>(?:"
    + CAP
    + r"\s+){0,3}(?P<poss>[A-Z][\w’'-]*(?:s[’']|[’']s))\s+(?:"
    + CAP
    + r"\s+){0,3}(?:"
    + _ORG_HEAD
    + r"))(?![\w’'-])"
)
GROUP_MEMBERS = words("group_members")
# "Taxpayers for Lean Government", "Parents Against Cuts": people of a kind, "for"/"against",
# then what they stand for, capitalised — an advocacy group's name.
ADVOCACY_NAME = re.compile(
    r"(?<![\w’'-])(?P<name>(?:"
    + _capitalised(GROUP_MEMBERS)
    + r")\s+(?:for|Against|against|For)\s+(?:the\s+)?"
    + CAP
    + r"(?:\s+(?:(?:and|of|the|in)\s+)?"
    + CAP
    + r"){0,4})(?![\w’'-])"
)
# "Cobbler's Row", "Corn Exchange Street", "the Kallmark Uplands": capitalised words (a
# possessive among them) ending in a street's or a landform's head word name a place.
HEADED_PLACE = re.compile(
    r"(?<![\w’'-])(?P<name>(?:"
    + CAP
    + r"(?:[’']s)?\s+){1,3}(?:"
    + _capitalised(PLACE_SUFFIXES)
    + r"))(?![\w’'-])(?!\s+[A-Z])"  # not "Pellham Town | FC"
)
# "Industry group Platform Work Calvenne said", "the charity Open Doors": a noun for a kind of
# organisation right before a name says what the name is.
ORG_NOUN_BEFORE = re.compile(
    r"(?<![\w’'-])(?:group|body|charity|firm|company|organisation|organization|association|"
    r"coalition|alliance|network|agency|union|startup|start-up|lobby|consortium|"
    r"cooperative|co-operative|retailer|chain|bank|lender|insurer|broadcaster|publisher|"
    r"operator|provider|manufacturer|airline|carmaker|automaker|chipmaker|drugmaker|telco)"
    r"\s+(?P<name>(?>" + CAP + r"(?:\s+(?:(?:of|for|and)\s+)?" + CAP + r"){0,3}))(?![\w’'-])"
    r"(?!\s+(?:in|on|at)\s+[A-Z])"  # "Dignity | in Later Life": where the name ends is unclear
)
# The kinds of business and body a text calls a named organisation in passing ("Northern Lights
# Tours, a Sapporo agency", "the Tolga Agro cooperative").
_BODY_KIND = (
    r"(?:agency|company|firm|cooperative|co-operative|startup|start-up|charity|association|"
    r"union|bank|lender|insurer|operator|retailer|broadcaster|publisher|manufacturer|airline|"
    r"consortium|foundation|nonprofit|non-profit)"
)
# "Northern Lights Tours, a Sapporo agency", "the Tolga Agro cooperative, which": a name NER
# missed, set beside the kind of body it is, or before that kind's noun after "the".
NAMED_BODY_KIND = re.compile(
    r"(?<![\w’'-])(?P<name>" + CAP + r"(?:\s+" + CAP + r"){0,3}),\s+(?:a|an)\s+"
    r"(?:[A-Za-z][\w-]*\s+){0,3}?" + _BODY_KIND + r"\b"
    r"|\b(?:the|The)\s+(?P<before>" + CAP + r"(?:\s+" + CAP + r"){1,3})\s+" + _BODY_KIND + r"\b"
)
AGENTIVE_APPOSITIVE = re.compile(
    r"^,\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?!(?:retailer|manufacturer|provider|carrier|operator|lender|insurer|publisher|"
    r"broadcaster|developer|supplier|producer|maker|distributor|owner|member|subsidiary|"
    r"competitor|rival|partner|contractor|center|centre|order|river|border|quarter)\b)"
    r"[a-z]+(?:er|or|ist|ian|ant)\b"
)
VERB_AFTER = re.compile(r"\s+(?:said|says|told|tells|wrote|[a-z]{3,}ed)\b")
# "the Haldur ice cap", "the Selden glacier": a name before a lower-case landform noun.
LANDFORM_AFTER = re.compile(
    # after any lower-case word but "a"/"an" ("serving Mai Lemin district"; "a Carnic valley"
    # is a valley of a region, not one named so); a country's possessive may stand before the
    # name ("in Mozambique's Gaza province")
    r"\b(?!an?\s)[a-z]+\s+(?:" + CAP + r"[’']s\s+)?"
    r"(" + CAP + r"(?:\s+" + CAP + r"){0,2})\s+"
    r"(?:ice\s+cap|ice\s+sheet|glacier|ice\s+field|plateau|peninsula|delta|basin|estuary|fjord|"
    r"highlands|uplands|moors?|marshes|wetlands|archipelago|gorge|canyon|valley|river|ridge|"
    r"harbour|harbor|lagoon|hills|mountains|(?:diversion\s+|irrigation\s+)?canal|"
    # a division named in lower case after its name: "in Gaza province", "the Yuski district",
    # "Rangel municipality", "Ethiopia's Afar region"; a lake a dam holds: "the Lerma reservoir"
    r"province|prefecture|governorate|(?:sub-?)?district|municipality|region|reservoir|"
    # "at Kanyogoga B village", "the Tel Kefna sub-district": a settlement named so (not "the
    # Gagauz village of …": a people's word)
    r"(?:village|township|locality|commune)(?!\s+of\b)|"
    # a village's market, named after the village: "at Lingthem bazaar"
    r"bazaar|market)\b"
)
# "its Korvik yard", "their Reykjavík plant": a company's site named by where it is.
FACILITY_AT = re.compile(
    r"\b(?:its|their|our|his|her)\s+(" + CAP + r"(?:\s+" + CAP + r")?)\s+"
    r"(?:plant|factory|yard|shipyard|warehouse|depot|refinery|smelter|mill|campus|branch|"
    r"store|site|terminal)\b"
)
# "An FBI spokesperson", "a Sampaguita Air spokeswoman": one to three capitalised words between
# an article and the spokesperson name whose spokesperson it is.
SPOKESPERSON_OF = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?P<name>" + CAP + r"(?:\s+" + CAP + r"){0,2})"
    r"\s+(?:spokes(?:wo)?man|spokesperson|spokespeople)\b"
)
# "Qadiri conglomerate Sahar Holdings", "Swedish carmaker Volvo": a modifier, not an actor.
MODIFIER_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:conglomerate|company|firm|group|carmaker|maker|bank|lender|insurer|"
    r"retailer|startup|start-up|giant|airline|operator|broadcaster|publisher|chain|"
    r"manufacturer|developer|supplier)\s+[A-Z]"
)
NOT_VERB_AFTER = re.compile(
    r"\s+(?!(?:[a-z]+(?:ed|s)|said|told|is|was|has|had|will|would|can|could|may|might|must|"
    r"should|did|does|do|won|lost|took|made|got|became|began|went|came|saw|left|rose|fell)\b"
    r"|(?:and|or)\s+[A-Z])"  # "Germany and Poland agreed": a name coordinated with another
    r"[a-z]"
)

WORDS_AFTER = re.compile(r"[ \t]+([a-z][a-z-]*)|[ \t]*([.,;:!?)])|[ \t]+(\S)")

# Roles shared with organisations ("partner Microsoft", "owner Vantage"): no person cue.
# Nor adjectives that are also roles ("the official Xinhua news agency", "chief", "executive").
_SHARED_ROLES = {
    "partner",
    "owner",
    "member",
    "head",
    "master",
    "keeper",
    "developer",
    "designer",
    "official",
    "executive",
    "chief",
    "deputy",
}
_PERSON_ROLE_WORD = re.compile(r"(?i:" + PERSON_ROLES + r")")
# Shared roles that only a person is in apposition as "the … of" ("Erdni Batyrov, the head of
# the district, said"; "the keeper of the shrine"); a company is "the owner of" or "a member of".
PERSON_ONLY_AS_THE_ROLE_OF = frozenset({"head", "keeper", "master"})


TRADES = words("trades")


def is_role_noun(word: str) -> bool:
    """A noun naming what a person is or does ("sprinter", "economist", "Patriarch")."""
    low = word.lower()
    if low in ROLES_BEFORE:
        return True
    return low not in _SHARED_ROLES and bool(_PERSON_ROLE_WORD.fullmatch(low))


_JOB_WORD = re.compile(r"owner|planner|partner|designer|founder|director|professor|lead")


def is_personal_title(word: str) -> bool:
    """Whether `word` (any case, without its dot) is a title a person's name follows: the
    title list or the titles only people hold ("Hon", "Cllr", "Dr")."""
    low = word.lower()
    return low in TITLES or low in PERSON_TITLES_STRONG


# A title's abbreviation, capitalised, with its dot and at most a two-letter ending after it
# ("Geom.", "Mag.a", "Vzbgm."); one letter and its dot is an initial.
ABBREVIATED_TITLE = r"[A-Z][a-z]+\.(?:[a-z]{1,2}\.?)?"


def is_job_title(word: str) -> bool:
    """A job title's head word, written as a title: "Founder", "Co-Owner", "Lead Planner"'s
    "Planner", "professor" (a role noun, or a shared word a title makes a job)."""
    low = word.lower().strip(",")
    return is_role_noun(low) or bool(_JOB_WORD.fullmatch(low.rsplit("-", 1)[-1]))


def is_role_phrase(words: list[str]) -> bool:
    """Whether the last words of a phrase name a person's role: a role noun ("the nurse"), or
    a shared word made a role by the one before it ("the chief executive")."""
    if is_role_noun(words[-1]):
        return True
    return len(words) > 1 and bool(_PERSON_ROLE_WORD.fullmatch(" ".join(words[-2:]).lower()))


# "D. Cox", "A. J. Wells": initials and a surname (not "U.S. Senate": no space between initials);
# also the father's initial written onto the name, as Mongolian and some Central Asian news
# does ("D.Batbayar", "Ch.Naranbaatar"; `glued` is the initial).
INITIALS_NAME = re.compile(
    r"(?<![\w.])(?:[A-Z]\.(?: [A-Z]\.)? |(?P<glued>[A-Z][a-z]?)\.(?=[A-Z][a-z]))"
    r"[A-Z][a-z][\w’'-]*[a-z]\b(?![’']s)"
)
# A glued initial opening a word: "D.Batbayar" is read as "D. Batbayar".
GLUED_INITIAL = re.compile(r"(?<![\w.])([A-Z][a-z]?\.)(?=[A-Z][a-z])")
# "Hu Lan (China) beat …", "Gwen Marr (D-Wis.) said", "Ilse Varga of Hungary": two or three name
# words, then the country, state or party the person stands for.
# A capitalised name word with a lower-case letter in it: "Ní", "Ó", "Wróblewska" and
# "Sa'idu" as well as "Tomasz"; an accented capital opens a name as an ASCII one does. The
# Latin Extended blocks mix both cases, so they stand on both sides: "Żurawska", "Łukasz",
# "Đỗ", "Nguyễn", "Hương" (Vietnamese letters are in Extended-B and Extended Additional).
_EXTENDED = r"Ā-ɏḀ-ỿ"
_UPPER = r"A-ZÀ-ÖØ-Þ" + _EXTENDED
# A name word may open with an apostrophe before its capital ("’Mathabo").
_NAME_WORD = (
    r"(?:’(?=[" + _UPPER + r"]))?[" + _UPPER + r"][\w’'-]*[a-zß-öø-ÿ" + _EXTENDED + r"][\w’'-]*"
)
# Two or three name words, a lower-case surname particle allowed before the last ("Gwilym ap
# Dafydd", "Hannelore van Dijk-Amsel", "Rashid al-Farouq" is one glued word).
_PARTICLE = r"(?:" + "|".join(sorted(SURNAME_PARTICLES, key=len, reverse=True)) + r")"
_NAME_RUN = _NAME_WORD + r"(?: (?:" + _PARTICLE + r" )?" + _NAME_WORD + r"){1,2}"
AFFILIATED_NAME = re.compile(
    r"(?<![\w’'-])(?P<name>" + _NAME_RUN + r")"
    r" (?:\((?P<paren>[^()\n]{2,30})\)|of (?:the )?(?P<of>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?))"
)
# "Baroness Helena Stroud", "Cllr Moira Tennant", "Sen. Ada Roe": a title only a person carries,
# capitalised, then one to four name words (two given names and two surnames: "Minister
# Ana María Ríos Peña"); NER misses the rarer titles. Ranks are often two or
# three titles in a row ("Lt Col", "Detective Chief Inspector"): the name starts after the last.
# Short titles are also written in capitals ("MP Ruth Achieng", "MMC Thandeka Dube").
# An entry written with its dot ("hon.") is a title only so ("Hon. Lisi Tafaoga"; "Hon Hai" is
# a company).
_STRONG_TITLE = (
    r"(?:(?:"
    + _capitalised(w for w in PERSON_TITLES_STRONG if not w.endswith("."))
    + r")\.?|"
    + "|".join(re.escape(w.capitalize()) for w in PERSON_TITLES_STRONG if w.endswith("."))
    + r"|(?:"
    + "|".join(w.upper() for w in CAPITAL_TITLES)
    + r"))"
)
# "Deputy Minister of Emergency Situations Almazbek Toktorov said": a title, "of" or "for" and
# its portfolio in capitals, then the name: the last two capitalised words before a lower-case
# one (a given name and a surname; the portfolio's own words cannot be told from a name's), not
# right after "and" ("Minister for Water and Climate Resilience, said": all portfolio).
TITLED_PORTFOLIO_NAME = re.compile(
    r"(?<![\w’'-])"
    + _STRONG_TITLE
    + r"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?"
    + r"[A-Z][\w’'-]+(?:[ \t]+(?:(?:and|of|the)[ \t]+)?[A-Z][\w’'-]+){0,4}?[ \t]+"
    + r"(?P<name>"
    + _NAME_WORD
    + r" "
    + _NAME_WORD
    + r")(?![\w’'-])(?![ \t]+[A-Z])"
)
# 'José "Cheo" Maldonado', 'Dwayne "The Rock" Roe': a nickname in quotation marks between the
# words of a name is part of the name's mention, not a quotation. Not in a headline's run of
# capitals ('She Felt "Invisible" As A Child'): the name ends before a lower-case word.
NICKNAME = re.compile(
    r"\b[A-Z][\w’'-]*\.? (?P<nick>[\"“‘](?P<name>[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,2})[\"”’])"
    r" (?=[A-Z][\w’'-]*[a-z][\w’'-]*(?! [A-Z]))"
)
# "Yelena Chakir, who is known to neighbours as Tanti Lena", "Čáhppesjávri, known in Norwegian
# as Svartvann": the name a person or a place goes by (one lower-case title may open it: "bay
# Kolyo"; not "known as a Tory").
# A name one goes by; one lower-case title may open it ("bay Kolyo"; not "known as a Tory").
_NICK = r"(?:(?!an?\s)[a-z]{2,6}\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}"
# "whom the whole island calls Haboba Khadija", "whom the village knows as Lalo", "who is called
# Tanti Lena": the same.
KNOWN_AS = re.compile(
    r"\b(?:known(?:\s+(?:to|in|on|at|among|by|across|around|throughout)\s+[^.;:,“”\"\n]{1,60}?)?"
    r"(?:,\s*[^.;:“”\"\n]{1,60}?,)?\s+as"
    r"|whom\s+[^.;:,“”\"\n]{1,60}?\s+(?:call(?:s|ed)?|knows?\s+as|knew\s+as)"
    r"|who\s+(?:is|was)\s+called)"
    r"\s+(?:simply\s+|just\s+)?[\"“]?"  # as "Papo"
    r"(?P<nick>" + _NICK + r")"
)
# "Tia Mena, as the 71-year-old is known to everyone in Tollebhat, …": a name, then who bears it
# described ("the 71-year-old", "the widow", "she") and "is known"/"is called".
KNOWN_BEFORE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<nick>"
    + _NICK
    + r"),\s+as\s+(?:the\s+)?[^.;:,“”\"\n]{1,40}?\s+(?:is|was)\s+(?:known|called)\b",
    re.M,
)
# "Datuak Rangkayo Basa, the adat title of Syafrizal", "Nana Kwaku Ampem, the stool name held
# by Kwame Boadu": a title name is the holder's other name.
TITLE_HELD_BY = re.compile(
    r"(?P<nick>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4}),\s+the\s+(?:[\w-]+\s+){0,2}?(?:title|name)\s+"
    r"(?:(?:that\s+is\s+|is\s+)?(?:held|borne|carried|given)\s+(?:by|to)|of)\s+"
    r"(?P<holder>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})"
)
# "Everybody in the village calls him Tío Pani": the name the person "him" goes by.
CALLS_PRONOUN = re.compile(
    r"\bcall(?:s|ed)?\s+(?:him|her)\s+(?:simply\s+|just\s+)?[\"“]?(?P<nick>" + _NICK + r")"
)
# "She was born Kaliyanda Dechamma", "Mary Roe (née Mary Stone)": the name a person was born
# with, right after "born" or "née" (a place or a date follows "born in", "born on").
BORN_AS = re.compile(r"\b(?:born|n[ée]e)\s+(?P<nick>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){1,3})")
# "Chief Simeon Kabolo of Nusa Ruvi", "Sultan Hassan Moussa of Dar Kouka": a title held over a
# place and a name, then "of": what follows is the seat (see data/seat_titles.txt).
SEAT_OF = re.compile(
    r"(?<![\w’'-])(?i:"
    + _longest_first(SEAT_TITLES)
    + r")\.?(?:[ \t]+"
    + _NAME_WORD
    + r"){1,4}[ \t]+of[ \t]+$"
)
# "Ms Pryce", "Sen. Whitlock": a strong title then a surname on its own.
# The title and the name share a line: "President/CEO" on one line and the company on the next
# are no titled person.
TITLED_WORD = re.compile(
    r"(?<![\w’'-])" + _STRONG_TITLE + r"[ \t]+(" + _NAME_WORD + r")(?![\w’'-])"
)
TITLED_NAME = re.compile(
    r"(?<![\w’'-])"
    + _STRONG_TITLE
    + r"(?:[ \t]+"
    + _STRONG_TITLE
    + r"){0,2}[ \t]+(?P<name>"
    + _NAME_WORD
    + r"(?: (?:"
    + _PARTICLE
    + r" )?"
    + _NAME_WORD
    + r"){0,3})(?![\w’'-])"
)
# Before an apposition a name may have four words: two given names and two surnames, or a
# Vietnamese family, middle and given name ("Lê Thị Thanh Hương, chairwoman of …").
# A generational suffix may close it: "Kee Benally Jr., 34, who …".
_GENERATION = (
    r"(?: (?:"
    + "|".join(
        w.upper() if set(w) <= set("ivx") else w.capitalize()
        for w in sorted(GENERATIONAL_SUFFIXES, key=len, reverse=True)
    )
    + r")\.?)?"
)
_LONG_NAME_RUN = _NAME_WORD + r"(?: (?:" + _PARTICLE + r" )?" + _NAME_WORD + r"){1,3}" + _GENERATION
# "Schoolteacher Aigul Chirkova said": a role or trade noun capitalised only because it opens the
# sentence, then a name of two or three words, then a speech verb or a comma.
OPENING_ROLE_NAME = re.compile(
    r"(?:^|(?<=[.!?])[\"”’]?[ \t]+|(?<=\n))(?P<role>[A-Z][a-z]+) (?P<name>" + _NAME_RUN + r")"
    r"(?=,| (?:said|says|told|added|recalled|explained)\b)",
    re.M,
)
# "Tomasz Wielgosz, chief economist at …", "Helena Szymańska, a lawyer for …", "Siobhán Ní
# Bhriain, Chief Operating Officer of …": two to four name words, then an apposition headed by
# what a person does (in lower case or as a title); NER misses rarer names there.
ROLE_APPOSITION = re.compile(
    r"(?<![\w’'-])(?P<name>" + _LONG_NAME_RUN + r"),\s+"
    r"(?:(?:a|an|the|its|his|her|their)\s+)?(?:[A-Za-z][\w’'-]*\s+){0,3}?(?P<role>[A-Za-z][a-z]+)"
    r"(?=\s+(?:at|of|for|with|in|on|and|from|who)\b|\s*,)"
)
# "Kendal Brooke, who has sold …", "Maureen Oyo, 72, who …", "Ann Bell, 45, of Leeds",
# "Gwilym ap Dafydd, 84, bought", "Ana Sofía Ríos Peña, a 23-year-old nurse": a relative
# "who", or an age in apposition, follows only a person's name.
# ", 72, who", ", a 23-year-old", ", the 21-year-old"
_AGE_APPOSITION = r"\d{1,3},\s+[a-z]+\b|(?:an?|the) \d{1,3}-year-old\b"
# ", 78, who", ", a 41-year-old": an age in apposition right after a name, said only of a person
AGE_AFTER = re.compile(r",\s+(?:\d{1,3},|(?:an?|the)\s+\d{1,3}-year-old\b)")
# "Ramón Castillo Reyes, known throughout the cane towns as "Papo",": a nickname in quotation
# marks is a person's.
PERSON_CLAUSE = re.compile(
    r"(?<![\w’'-])(?P<name>" + _LONG_NAME_RUN + r"),\s+(?:who\b|" + _AGE_APPOSITION + r"|"
    r"known\s+(?:[^,.;:\"“”\n]{1,60}\s)?as\s+[\"“]|"
    # "’Mathabo Sekhesa, a classer who trained …": a noun followed by "who" is someone
    r"an?\s+(?:[a-z][\w-]*\s+){0,2}?[a-z]+\s+who\b)"
)
# "Sutrisno, a 41-year-old crane operator,", "Dawit, 34, said": one name word before an age is
# a person who goes by one name (as many Indonesians do) or is given by one.
MONONYM_AGE = re.compile(
    r"(?<![\w’'-])(?P<name>" + _NAME_WORD + r"),\s+(?:" + _AGE_APPOSITION + r")"
)
# "who gave his name only as Dawit", "gave only her first name, Rosa", "identified as
# Ana Lima", "gave his name only by his call sign, Bober": the name a person gives the reporter.
NAME_GIVEN_AS = re.compile(
    r"\b(?:(?:gave|gives|giving|give)\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+|full\s+|given\s+)?name"
    r"|identified)(?:\s+only)?"
    r"(?:\s+by\s+(?:his|her|their)\s+(?:call\s+sign|nickname|(?:first\s+|given\s+)?name))?"
    r"(?:\s+(?:only\s+)?as|,)\s+(?P<name>" + _NAME_WORD + r"(?: " + _NAME_WORD + r")?)\b"
)
# "His name is Tekaronhiáhkhwa, but …": a person's name, said to be one.
NAME_IS = re.compile(
    r"(?<![\w’'-])(?:[Hh]is|[Hh]er)\s+(?:real\s+|full\s+|given\s+)?name\s+(?:is|was)\s+"
    r"(?P<name>" + _NAME_WORD + r"(?: " + _NAME_WORD + r")?)\b"
)
# "the gallery's senior curator, Tomasz Wielgosz, said", "Head of Research, Ada Roe.": a role
# (with its "of X") then a name set off by commas; the name is the role-holder's. The "of X"
# may end in a number and a common noun: "the mayor of the Zio-Lagune 2 commune, Ada Roe,",
# and hold "for" or a titled name: "Secretary of State for Fisheries", "Counsel for Ms. Roe".
ROLE_THEN_NAME = re.compile(
    r"\b(?P<role>[A-Za-z]+)"
    r"(?: (?:of|for) (?:the )?[A-Z][\w’'-]*\.?"
    r"(?: (?:[A-Z][\w’'-]*|of|for|and|\d+)){0,4}(?: [a-z]+)?"
    # "The head of the village school, Ada Roe, said": a body named in lower case
    r"| of (?:the|a|its|their) (?:[a-z]+ ){0,2}[a-z]+)?"
    r",\s+(?P<name>" + _LONG_NAME_RUN + r")(?=[.,;:]|\s+(?:said|says)\b)"
)
PARTY_TAG = re.compile(r"[A-Z]{1,2}-[A-Z][\w. ]*")
# An author line: "By Helena Brask", "By A and B | Staff", or a name then a full date
# ("Helena Brask 30 June 2025", "Helena Brask, June 30, 2025"). The byline is the page's, not
# an actor of the story. (A name alone on a line, as wire copy prints it, is not matched.)
# Its words may be joined by a particle or an "and": "Laia Comas i Bertran", "Ana de Sousa".
_AUTHOR = (  # a capital with an accent opens a name too: "Nieves Álvarez Canteli"
    r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]+(?:[ \t]+(?:(?:i|y|e|de|da|do|dos|del|du|la|le|van|von|der|den)"
    r"[ \t]+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]+){1,3}"
)
_FULL_DATE = r"(?:\d{1,2}[ \t]+[A-Z][a-z]+\.?[ \t]+\d{4}|[A-Z][a-z]+\.?[ \t]+\d{1,2},?[ \t]+\d{4})"
AUTHOR_LINE = re.compile(
    r"(?m)^[ \t]*(?:(?:By|BY)[ \t]+" + _AUTHOR + r"(?:[ \t]+and[ \t]+" + _AUTHOR + r")?"
    r"(?:[ \t]*[|,·•–—-][^\n]{0,40})?"
    r"|" + _AUTHOR + r"[ \t]*[|,·•–—-]?[ \t]*" + _FULL_DATE + r"[^\n]{0,30})[ \t]*$"
)
# "al-Kabariti", "el-Sayed", "bin-Laden", "d'Estaing": a lower-case particle glued to a surname.
# Also the Maltese article ("Wied il-Ħut"), and capitals beyond ASCII after the particle.
ARABIC_PARTICLE = re.compile(
    r"(?:al|el|il|ad|as|ash|at|az|bin|ibn|abu|d)[-’'][A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*"
)
# "Namibia's Frankie Fredericks", "Boston's Mo Vaughn": a place's possessive before a name.
PLACE_POSSESSIVE_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][\w-]+(?: [A-Z][\w-]+)?)[’']s $")
