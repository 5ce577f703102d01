"""Word lists and the patterns built from them: speech cues, speaker phrases, documents."""

from __future__ import annotations

import re
from pathlib import Path

from reader.article.actors import TITLES
from reader.article.actors.lexicon import TOLD_TO
from reader.article.given_names import KIN_NOUNS, word_list

# --- speech cues -------------------------------------------------------------------------

_REGULAR = (
    "add warn state declare explain note argue insist claim ask reply respond continue recall "
    "announce acknowledge admit concede remark observe comment suggest predict promise vow urge "
    "stress emphasise emphasize caution complain confirm deny describe call label dub brand post "
    "tweet joke quip shout whisper allege assert boast counter answer estimate maintain mention "
    "reiterate report reveal scoff sigh testify protest lament agree pledge exclaim murmur mutter "
    "yell cry demand recount characterise characterize summarise summarize signal warn tell say "
    "write insist predict concede contend retort snap fume rage plead caution conclude hint "
    "disclose concede opine muse interject quote advise clarify elaborate specify underline "
    "underscore concur marvel enthuse grumble groan sob confide posit theorise theorize "
    "speculate surmise"
)
_IRREGULAR = {
    "say": ["say", "says", "said", "saying"],
    "tell": ["tell", "tells", "told", "telling"],
    "write": ["write", "writes", "wrote", "written", "writing"],
}
_DOUBLE = {"dub", "quip", "admit", "label", "signal", "snap", "scoff", "brag", "sob"}


def _forms(verb: str) -> list[str]:
    if verb in _IRREGULAR:
        return _IRREGULAR[verb]
    if verb.endswith("e"):
        return [verb, verb + "s", verb + "d", verb[:-1] + "ing"]
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return [verb, verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"]
    if verb in _DOUBLE:
        extra = [verb + "ed", verb + "ing"] if verb in {"label", "signal"} else []
        return [verb, verb + "s", verb + verb[-1] + "ed", verb + verb[-1] + "ing", *extra]
    if verb.endswith(("sh", "ch", "ss", "x")):
        return [verb, verb + "es", verb + "ed", verb + "ing"]
    return [verb, verb + "s", verb + "ed", verb + "ing"]


SPEECH_VERBS = sorted({f for v in _REGULAR.split() for f in _forms(v)}, key=len, reverse=True)
_CUE = re.compile(
    r"(?<![\w-])(?:(?P<acc>according\s+to)|(?P<quoted>(?:was|were)\s+quoted\s+as\s+saying)|"
    r"(?P<verb>" + "|".join(SPEECH_VERBS) + r")(?P<obj>\s+(?:reporters|journalists|the\s+press|"
    r"a\s+(?:news|press)\s+conference|an?\s+(?:news|press)\s+briefing|lawmakers|parliament))?"
    r"|(?P<went>went\s+on|pointed\s+out|put\s+it"
    # "Okan's response was short:", "Her reply:", "Her answer was blunt:": a possessed answer
    # before a colon
    r"|(?:(?<=[’']s\s)|(?<=\b[Hh]is\s)|(?<=\b[Hh]er\s)|(?<=\b[Tt]heir\s))"
    r"(?:response|reply|answer|retort|verdict)(?=(?:\s+(?:was|is|came)\b[^.“”\"\n]{0,30})?:)"
    r"))(?![\w-])",
    re.I,
)
# "an official who asked not to be named": "asked" is not the cue there.
_NOT_CUE = re.compile(
    r"^(?:asked|requested|declined|spoke)\s+(?:not\s+to\s+be|to\s+remain|on\s+condition)|"
    r"^(?:asked|told)\s+(?:him|her|them|me|us|to)\b|^called\s+(?:for|on|off|up)\b|"
    r"^(?:said|says)\s+(?:to\s+be|it\s+was\s+not\s+clear)",
    re.I,
)

# Nouns that stand for an organisation (`data/org_nouns.txt`), in the file's order.
_ORG_NOUNS = tuple(
    line.strip()
    for line in (Path(__file__).parent / "data" / "org_nouns.txt").read_text().splitlines()
    if line.strip() and not line.startswith("#")
)
_ORG_NOUN_ALT = "|".join(re.escape(n) for n in _ORG_NOUNS)

# --- candidate speakers -----------------------------------------------------------------

_ANON_HEAD = (
    r"sources?|officials?|spokesperson|spokes(?:wo)?man|spokespeople|representatives?|aides?|"
    r"diplomats?|insiders?|person|people|executives?|analysts?|witness(?:es)?|residents?|"
    r"employees?|staffers?|observers?|experts?|lawmakers?|investors?|bankers?|traders?|"
    r"officers?|members?|negotiators?|advis[eo]rs?|ministers?|economists?|researchers?|"
    r"scientists?|doctors?|lawyers?|activists?|critics?|supporters?|organi[sz]ers?|"
    r"authorities|police|neighbou?rs?|colleagues?|relatives?|friends?|engineers?|managers?|"
    r"man|woman|chairman|chairwoman|chair|president|mayor|governor|director|head|chief\s+executive|"
    r"boss|founder|ceo|coach|secretary|ambassador|leader|owner|professor|judge|prosecutors?|"
    r"fans?|users?|readers?|viewers?|listeners?|commenters?|parents?|teachers?|students?|"
    r"passengers?|commuters?|shoppers?|customers?|drivers?|farmers?|nurses?|patients?|"
    r"visitors?|locals?|villagers?|protesters?|voters?|workers?|volunteers?|campaigners?|"
    r"pilots?|engineers?|contractors?|consultants?|staff\s+members?|partners?|"
    # occupations by their ending: "one fisherman", "a pharmacist", "a shopkeeper"
    r"[a-z]{3,}(?:m[ae]n|wom[ae]n|ists?|icians?|arians?|keepers?|holders?|makers?|goers?|"
    r"sellers?|growers?|dwellers?)|"
    # any noun a relative clause says is a person: "one of the skaters who fell through", "a
    # developer who said she had worked on it" (not a body: "the company who")
    r"(?!(?:" + _ORG_NOUN_ALT + r")s?\b)[a-z]{3,}(?=\s+who\b)"
)
# Words that end a noun phrase before its head: "the study concludes that users" is no
# anonymous source, and "a letter to officers" is a letter, not officers (clause words, verbs,
# and prepositions other than a partitive "of": "one of two witnesses").
_NOT_IN_NP = (
    r"(?i:that|which|who|whom|whose|and|or|but|is|was|are|were|has|have|had|said|says|told|"
    r"tells?|warns?|warned|asks?|asked|reads?|writes?|wrote|"
    # a determiner opens a phrase of its own: "why a repair her own engineers call simple"
    r"the|an?|his|her|their|its|our|my|"
    r"concludes?|concluded|found|finds|shows?|showed|suggests?|suggested|"
    r"to|for|from|with|by|in|on|at|about|into|over|after|before)"
)
# "a judge in October": when, not where the person works.
_WHEN = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
)
# The level of government a body works at, in lower case before its name: "a spokeswoman for
# the regional Ministry of Health", "an official at the federal Department of Justice".
_BODY_SCOPE = r"(?:regional|federal|national|provincial|municipal|local|state|county|city|district)"
_ANON = re.compile(
    r"(?<![\w-])(?P<np>(?:(?:(?i:one|two|three|four|some|several|many|most|none|each|both|all))"
    r"\s+of\s+(?i:the|those|these|his|her|their|its|my|our|your)\s+|(?i:an?|the|another|one|two|three|four|"
    r"several|some|many|other|senior|its|his|her|their)\s+)"
    r"(?:(?!" + _NOT_IN_NP + r"\s)[\w-]+\s+){0,3}?(?i:" + _ANON_HEAD + r")"
    r"(?:\s+(?i:for|at|of|from|in|with|to|close\s+to)\s+"
    r"(?:(?!" + _WHEN + r"\b)(?:the\s+(?:" + _BODY_SCOPE + r"\s+)?)?[A-Z][\w&.’'-]*"
    r"(?:\s+(?:of\s+|and\s+)?[A-Z][\w&.-]*)*"
    # "a spokeswoman for the supervisory authority": whose spokeswoman, in lower case
    r"|the\s+(?:[a-z][\w-]*(?:[’']s)?\s+){0,3}?(?:" + _ORG_NOUN_ALT + r")\b"
    # "a worker at one of the raided cellars, who …": where they work, up to the comma
    r"|(?:the|an?|one\s+of\s+the)\s+(?:[a-z][\w’'-]*\s+){0,3}?[a-z][\w’'-]+(?=,)))?"
    r"(?:,?\s+who\s+(?:asked|spoke|requested|declined|was\s+not\s+authori[sz]ed|"
    r"were\s+not\s+authori[sz]ed|insisted)[^,.;“”\"]*?\b(?:named|identified|anonymity|"
    r"publicly|record|media))?)(?![\w-])"
    r"|(?<![\w-])(?P<them>(?i:one|two|three|some|several|many|most|each|both|all|another)\s+of\s+"
    r"(?i:them|those))(?![\w-])"
    r"|(?<![\w-])(?P<bare>(?i:people|sources|officials|analysts|experts|residents|witnesses|"
    r"diplomats|critics|police)(?:\s+(?:familiar|close|briefed|with)\b)?)(?![\w-])",
)
# "the company said": nouns so generic that they mean the last organisation named, whatever
# its name holds.
_GENERIC_ORG_NOUNS = frozenset(
    {
        "company",
        "firm",
        "group",
        "startup",
        "retailer",
        "manufacturer",
        "carrier",
        "airline",
    }
)
_ORGNOUN = re.compile(
    r"(?<![\w-])(?P<np>(?i:the|a|an|its|their)\s+(?:[\w-]+\s+)?(?i:"
    + "|".join(re.escape(n) for n in _ORG_NOUNS)
    + r"))(?![\w-])"
)
_POSSESSED = re.compile(
    r"[’']s\s+(office|campaign|spokes(?:wo)?man|spokesperson|government|ministry|team|"
    r"lawyers?|attorneys?|representatives?|aides?|press\s+office|family|administration|"
    r"(?:(?:chief|senior|former|new|deputy|managing|executive|general|technical|finance|"
    r"founding)\s+)*(?:founder|co-?founder|executive|director|chair|chairman|chairwoman|head|"
    r"leader|boss|president|owner|minister|secretary|manager|editor|coach|captain|officer|"
    r"counsel|partner|economist|analyst|engineer|researcher|scientist))(?![\w-])",
    re.I,
)
_PRONOUN = re.compile(r"(?<![\w-])(?P<p>he|she|they|it|He|She|They|It)(?![\w-])")
# "Her answer was blunt:": the possessor of an answer speaks it, as the subject would.
_ANSWER_OWNER = re.compile(
    r"(?<![\w-])(?P<p>[Hh]is|[Hh]er|[Tt]heir)\s+(?=(?:response|reply|answer|retort|verdict)\b)"
)
ANSWER_OWNER_PRONOUN = {"his": "he", "her": "she", "their": "they"}
# Documents that "say" things: "the report says", "its audit found", "the statement said", and
# the desks that put them out ("the press service of X"). The speaker is the organisation (or
# person) behind the document, found by _Resolver._document.
_DOC_FAMILIES = {
    "report": "report|audit|study|review|survey|assessment|analysis|inquiry|investigation|paper|"
    "ruling|judgment|judgement|findings|evaluation|guidance|bulletin|briefing|submission|"
    "memorandum|document|contract|agreement|licen[cs]e|charter|business\\s+plan|resolution|"
    "certificate",
    "statement": "statement|letter|memo|notice|filing|email|release|announcement|"
    "brochure|leaflet|manifesto|newsletter|website|press\\s+service|press\\s+office|"
    "blog\\s+post|message|communiqu[ée]|notes|note|reply|response",
    # what an authority orders: "this year's order describes the run as …"
    "order": "order|decree|directive|ordinance",
    # what a party files in court: "the complaint says", "the lawsuit argues"
    "complaint": "complaint|lawsuit|petition|indictment|affidavit|appeal",
}
_DOC_NOUN = "|".join(_DOC_FAMILIES.values())
_DOC = re.compile(
    r"(?<![\w-])(?P<np>(?:(?i:the|its|their|his|her|this|that|an?)(?:\s+[a-z]+[’']s)?"
    r"|[A-Z][\w.-]*(?:\s+(?:(?:of|for|and)\s+)?[A-Z][\w-]+){0,3}[’']s)"
    # modifiers between the determiner and the noun, never another determiner: "the governor
    # described the judgment" is no document
    r"\s+(?:(?!(?i:the|an?|its|their|this|that|his|her)\s)[\w-]+\s+){0,3}?(?i:" + _DOC_NOUN + r"))"
    r"(?![\w-])"
)

# Text allowed between a speaker and the following cue ("Lind, 54, also said").
_GAP_BEFORE = re.compile(
    r"^(?:[’']s)?(?:\s*,[^,.;:!?“”\"\n]{1,140},|\s*\([^)\n]{1,80}\)|\s*[—–-][^—–\n]{1,100}[—–-])?"
    r"(?:\s*,?\s*who)?(?:\s+(?:also|later|then|has|had|have|would|will|was|were|is|are|did|"
    r"does|do|previously|once|again|earlier|recently|separately|finally|publicly|privately|"
    r"not|never|had|has\s+long|reportedly|repeatedly|subsequently|initially|originally|"
    r"\w+ly))*\s*$"
)
_GAP_AFTER = re.compile(r"^[\s,]*$")
_GAP_AFTER_ACC = re.compile(r"^[^.!?;\n]{0,60}$")

_ABBREV = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "jr",
    "sr",
    "inc",
    "corp",
    "co",
    "ltd",
    "gen",
    "col",
    "sen",
    "rep",
    "gov",
    "prof",
    "vs",
    "no",
    "lt",
    "sgt",
    "capt",
    "rev",
    "hon",
    "amb",
    "maj",
    "adm",
    "brig",
    "supt",
    "insp",
    "fr",
    "mt",
    "ft",
    "u.s",
    "u.k",
    "e.g",
    "i.e",
    "etc",
    "approx",
    "dept",
    "univ",
    "jan",
    "feb",
    "aug",
    "sept",
    "oct",
    "nov",
    "dec",
}
_SENT_END = re.compile(r"[.!?](?:[\"”’')\]]*)(?=\s|$)|\n")

_DOUBLE_OPEN = "“„«"
_DOUBLE_CLOSE = "”»"
_OPEN_CTX_PREV = set(" \t\n([{—–-/:;") | set(_DOUBLE_OPEN) | {"‘"}
_ELISIONS = re.compile(r"^(?:\d\d?s\b|em\b|n['’]|til\b|tis\b|twas\b|cause\b|bout\b)", re.I)


# --- he / she ----------------------------------------------------------------------------

_GENDER_WORDS = {
    "m": r"mr|sir|lord|king|prince|duke|baron|spokesman|chairman|businessman|congressman|"
    r"councilman|alderman|father|brother|son|husband|grandfather|uncle|nephew|boyfriend|actor|"
    r"monk|widower|sportsman|fisherman|policeman|fireman|headman|foreman|herdsman|craftsman|"
    r"tradesman|clergyman|statesman|salesman|cameraman|handyman|doorman|patrolman|"
    r"man|boy|gentleman",
    "f": r"mrs|ms|miss|dame|lady|queen|princess|duchess|baroness|countess|spokeswoman|"
    r"chairwoman|businesswoman|congresswoman|councilwoman|mother|sister|daughter|wife|"
    r"grandmother|aunt|niece|girlfriend|actress|nun|widow|sportswoman|policewoman|headmistress|"
    r"headwoman|craftswoman|saleswoman|camerawoman|woman|girl",
}
_TITLE_BEFORE = {
    # an abbreviation's dot ("Mrs.") but not a sentence's ("… his older sister. Valdane laughs")
    g: re.compile(r"(?<![\w-])(?i:" + w + r")(?:(?<![A-Za-z]{4})\.)?\s+(?:[A-Z][\w’'-]*\s+)?$")
    for g, w in _GENDER_WORDS.items()
}
# "His name is Tekaronhiáhkhwa": the name of someone "his" or "her" stands for.
_NAME_IS_BEFORE = {
    g: re.compile(
        r"(?<![\w’'-])(?i:" + w + r")\s+(?:real\s+|full\s+|given\s+)?name\s+(?:is|was)\s+$"
    )
    for g, w in (("m", "his"), ("f", "her"))
}
# "Rakotobe's wife, known in the village as Ada Roe,", "his sister, Ada Roe,": a gendered noun
# in apposition before the name (the title form above has no comma).
_APPOSED_BEFORE = {
    g: re.compile(
        r"(?<![\w-])(?i:" + w + r"),\s+(?:(?:known|called|named)\b[^,.;“”\"]{0,40}?\s+as\s+)?"
        r"(?:[A-Z][\w’'-]*\s+)?$"
    )
    for g, w in _GENDER_WORDS.items()
}
# "Ana Roe, the chairwoman": hers; "Ana Roe, the chairman's wife": not the chairman's gender
_ROLE_AFTER = {
    g: re.compile(r"^,\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){0,2}?(?i:" + w + r")\b(?![’']s\b)")
    for g, w in _GENDER_WORDS.items()
}
_PERSONAL = re.compile(r"(?<![\w’'-])(?P<p>[Hh]e|[Ss]he|[Hh]is|[Hh]im|[Hh]er)(?![\w’'-])")
_SUBJECT_BEFORE = re.compile(
    r"(?:^|[,;:(—–]|\b(?:and|but|while|when|as|because|although|though|after|before|since|said|"
    r"says|that|so|if|whereas|then|where|until|once|whom|who|added|according\s+to|"
    r"wrote|writes|adds))\s*$",
    re.I,
)
# Title words before a name ("Fire chief ", "Head teacher ", "head teacher ", "Mayor "): lower-case
# words only when followed by a capitalised one, or a role noun right before the name, or the
# one word qualifying that role noun ("head teacher", "finance minister").
_TITLE_ALT = "|".join(sorted(TITLES, key=len, reverse=True))
_TITLE_WORDS = re.compile(
    r"(?:\s*\b(?:[A-Z][\w’'.-]*|[a-z]+(?=\s+[A-Z])|[a-z]+(?=\s+(?:"
    + _TITLE_ALT
    + r")\s*$)|(?:"
    + _TITLE_ALT
    + r")(?=\s*$)))+\s*$"
)
# An unnamed source called a source: "a source", "two senior sources", "a source close to the
# player". Reported as "one of the sources", as the Quote model says, like one whose paragraph
# says why they go unnamed (ANONYMITY). Other unnamed speakers keep their words ("a longtime
# adviser"): they say who it is.
# So is "one of the people" (said of "two people in the room", "people familiar with the talks"):
# news counts its unnamed sources as people.
ANONYMOUS_SOURCE = re.compile(
    r"^(?:[\w-]+\s+){0,3}?(?i:sources?)\b"
    r"|^(?i:one|two|three|several)\s+(?:of\s+(?:the|those)\s+)?(?i:people)$"
)
ANONYMOUS_SPEAKER = "one of the sources"
# A person's full name as a speaker: capitalised words and the particles names hold ("de",
# "bin", "a/l" in "Suresh a/l Muniandy").
FULL_NAME = re.compile(
    r"[A-Z][\w’'.-]*(?: (?:[A-Z][\w’'.-]*|de|da|del|van|von|der|bin|binti|bte|a/l|a/p|s/o|d/o"
    r"|al-\w+))+"
)
# Why a speaker goes unnamed, said in the sentence that brings them in ("who asked not to be
# named", "speaking on condition of anonymity", "who did not give his name", "declining to be
# identified because …"): that person is an anonymous source, whatever the noun.
ANONYMITY = re.compile(
    r"(?i:condition\s+of\s+anonymity|\banonymously\b|requested\s+anonymity|"
    r"\b(?:not|n[’']t)\s+(?:want\s+|wish\s+)?to\s+be\s+(?:named|identified)|"
    r"\bdeclin\w*\s+to\s+be\s+(?:named|identified)|"
    r"\bask(?:s|ed|ing)?\s+that\s+(?:his|her|their)\s+(?:full\s+)?names?\s+not\s+be\s+"
    r"(?:used|published|given|printed)|"
    r"\bask(?:s|ed|ing)?\s+(?:(?:me|us|the\s+\w+)\s+)?not\s+to\s+(?:use|publish|give|print)\s+"
    r"(?:his|her|their)\s+(?:full\s+)?names?|"
    r"\b(?:did|does|do|would)\s+not\s+give\s+(?:his|her|their)\s+(?:full\s+)?names?|"
    # "who did not want his name used because he works for a state department"
    r"\b(?:not|n[’']t)\s+(?:want|wish)\s+(?:his|her|their)\s+(?:full\s+)?names?\s+"
    r"(?:used|published|printed|given)|"
    r"\bwithout\s+being\s+(?:named|identified)|"
    # "speaking on condition that he not be named", "on condition that their names be withheld"
    r"\bon\s+(?:the\s+)?condition\s+that\s+(?:he|she|they|his|her|their)\b[^.;]{0,20}?\s+"
    r"(?:not\s+be\s+(?:named|identified)|be\s+withheld)|"
    r"\bnot\s+authori[sz]ed\s+to\s+(?:speak|comment|talk|discuss))"
)
# The unnamed person a sentence with such a reason begins with: "A firefighter who …", "One
# resident, speaking …", "One of the company's drivers, who …", "The other distiller on the
# island, who …", "A police officer manning a roadblock": up to four words (and where they
# work, up to a comma), ending before a comma, a relative pronoun, a speech verb, a preposition
# or a participle.
ANONYMOUS_OPENER = re.compile(
    r"\s*(?P<np>(?:An?|One|Another|The\s+other)\s+(?:[\w’'-]+\s+){0,3}?[\w-]+"
    # where they work, up to the comma: "A porter at one of the night markets, who …"
    r"(?:\s+(?:at|in|on|from|for|with|of)\s+(?:the|an?|one\s+of\s+the)\s+"
    r"(?:[\w’'-]+\s+){0,3}?[\w’'-]+(?=,))?)"
    r"(?=\s*,|\s+(?:who|whose|said|says|told|tells|at|in|on|from|for|with|of)\b|\s+\w+ing\b)"
)


def unnamed_speaker(phrase: str) -> str:
    """How an unnamed speaker is shown: its noun phrase without the clause on why it is unnamed
    ("a municipal engineer, who spoke on condition that he not be named" → "a municipal
    engineer"); that clause matched it, but it is no part of who spoke."""
    return re.split(r",?\s+who\s", " ".join(phrase.split()), maxsplit=1)[0]


# "the Dutchman added", "the 27-year-old said", "the Brazilian striker said": descriptions news
# uses for a person it has just named. Party and faith words are left out: "the Republican"
# names a side as often as a person.
EPITHET = re.compile(
    r"(?i:the)\s+(?:(?:[a-z]+\s+)?\d{1,3}-year-old|teenager|teen|youngster|"
    r"(?:sexa|septua|octo|nona)genarian|centenarian|(?!(?:Republic|Democr|Independ|Conservat|"
    r"Liberal|Libert|Social|Communis|Christ|Muslim|Catholic|Protestant|Evangelic|Veteran|"
    r"Guardian|Librarian|Historian)[a-z]*\b)(?:[A-Z][a-z]+(?:m[ae]n|wom[ae]n|ian|an|ese|ish|i)|"
    r"Swede|Scot|Dane|Finn|Pole|Briton|Turk|Greek|Thai|Swiss|Czech|Serb|Croat|Slovak|Kiwi))"
    r"(?:\s+[a-z]+)?"
)
_SINGULAR_ANON = re.compile(
    r"^(?i:an?|another|one)\s+(?!(?:[\w-]+\s+){0,3}?(?:people|sources|officials|police)\b)"
)


_APPOSITION = re.compile(r"\s*,\s*(?:(?:the|a|an|its|their|our)\s+)?(?:[a-z][\w-]*\s+){0,3}")
_POSSESSOR_ROLE = re.compile(r"[’']s\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*\s*,\s*")
# "said the bank should wait": the noun after the verb is the subject of the reported clause.
_CLAUSE_VERB_AFTER = re.compile(
    r"\s+(?:should|would|will|could|might|must|may|can|had|has|have|was|were|is|are|did|does|"
    r"needed|needs|wanted|wants|planned|plans|intended|intends)\b"
)


_LISTENER_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:told|tells|tell|telling|asked|asks)\s+(?:[a-z][\w-]*\s+){0,2}|"
    r"(?:to|with|of|about|by|for)\s+)$",
)
_CONTINUING = {"added", "adds", "continued", "continues", "went on", "adding", "continuing"}


_SMALL = {
    "of",
    "the",
    "and",
    "a",
    "an",
    "in",
    "on",
    "for",
    "to",
    "at",
    "with",
    "from",
    "by",
    "or",
    "&",
}


# Speech words the parse can trust but a text scan could not: "according", and verbs that
# report words only when the quotation hangs on them ("Trump barked", "slammed the plan as
# “a disaster”"); next to a quotation they do not govern they mean nothing.
_SYNTAX_ONLY_VERBS = (
    "bark growl roar thunder scream holler chant proclaim interrupt blast slam mock taunt "
    "praise hail attack accuse criticize criticise dismiss deride decry denounce condemn tout "
    "brag gush sneer wonder threaten reflect lash fire shoot chime question tease thank welcome "
    "applaud cheer jeer boo sing recite read reads refer point term echo vent reason"
)
SYNTAX_ONLY_CUES = frozenset({"according"}) | frozenset(
    f for v in _SYNTAX_ONLY_VERBS.split() for f in _forms(v)
)
# Arcs through which a verb without a subject borrows its head's: "and added", "adding",
# "went on to say".
SUBJECTLESS_DEPS = ("conj", "xcomp", "advcl")
# Verbs that name rather than report when used of a habit ("what locals call the “old town”"):
# in the present tense they are no speech cue; "Trump called him “unstable”" still is.
NAMING_VERBS = frozenset({"call", "calls", "dub", "dubs", "label", "labels", "brand", "brands"})
# Listeners that belong in the cue: "told reporters", "told lawmakers".
CUE_LISTENERS = frozenset({"reporters", "journalists", "press", "lawmakers", "parliament"})


# "The grandmother", "his father": an unnamed person of known gender whom a pronoun can mean.
KIN_PHRASE = re.compile(
    r"(?<![\w-])(?P<np>(?i:the|his|her|their|my|our)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?P<noun>"
    + "|".join(sorted(KIN_NOUNS["m"] | KIN_NOUNS["f"], key=len, reverse=True))
    + r"))(?![\w’'-])"
)
# Last words of public bodies' names: never what "the company" / "the firm" means.
_PUBLIC_BODY_HEADS = word_list("public_body_heads.txt")


def _role_titles() -> dict[str, frozenset[str]]:
    """`data/role_titles.txt`: each role noun with the capitalised titles that confer it."""
    out: dict[str, frozenset[str]] = {}
    for line in (Path(__file__).parent / "data" / "role_titles.txt").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            role, _, titles = line.partition(":")
            out[role.strip()] = frozenset(titles.split())
    return out


ROLE_TITLES = _role_titles()


# The outlet that reports a story, named as the one told or shown things ("told CPA", "shared
# with Circuit & Signal", "seen by the Herald").
REPORTER_BEFORE = re.compile(
    r"\b(?:" + TOLD_TO + r"|shared\s+with|seen\s+by|obtained\s+by|speaking\s+to"
    # "In a statement sent to CPA, the company said": who received it is no company of the story
    r"|(?:sent|given|provided|emailed)\s+to)\s+(?:the\s+)?$"
)
