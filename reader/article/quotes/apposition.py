"""Apposition: whether an unnamed person's phrase stands beside a name that is theirs.

"Brand, a chemist", "a chemist, Lotte Brand", "his wife, who gave her name only as Ana": the
phrase is that person, not someone unnamed — for the cue pass (which candidates a quote has)
and the coreference pass (who "he"/"she" can mean) alike.
"""

from __future__ import annotations

import re

# "his wife, known in the village as Ada Roe,", "who gave her name only as Umm Ali": the name a
# person goes by, or gives the reporter; no one talked about
GAVE_NAME = r"gave\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+|full\s+|given\s+)?name(?:\s+only)?"


def apposed_to_name(text: str, a: int, b: int, named: bool = False) -> bool:
    """Whether the phrase at [a, b) is in apposition to a name ("a chemist, Lotte Brand",
    "Brand, a chemist", "Brand, 24, a chemist", "his wife, who gave her name only as Ana"):
    then it is that person, not an unnamed one. With `named`, what stands before the comma must
    be a name — not "Separately, a developer" or "on the forum, a developer" (an adverb or a
    phrase opens the clause)."""
    before = re.search(r"([^\W\d_]+),\s*(?:\d{1,3},\s*)?$", text[max(0, a - 24) : a])
    if before and named:
        word = before.group(1)
        before = None if not word[0].isupper() or _CLAUSE_OPENER.fullmatch(word.lower()) else before
    return bool(
        re.match(r"\s*,\s*[A-Z]", text[b : b + 4])
        or before
        or _NAMED_IN_CLAUSE.match(text, b)
        or _NAMED_BY_COPULA.match(text, b)
    )


# Words that open a sentence before a comma: an adverb ("Separately,", "Later,") or a linking
# word ("However,", "Meanwhile,"), not a name a phrase could be in apposition to.
_CLAUSE_OPENER = re.compile(r"[a-z]+ly|however|meanwhile|instead|still|later|earlier|today|yet")


# "The granddaughter is Brandi Guidry, 24": the sentence names the person, a name of two words
# or more after "is"/"was".
_NAMED_BY_COPULA = re.compile(r"\s+(?:is|was)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+")
# "His wife, who gave her name only as Umm Ali, said": the clause names the person.
_NAMED_IN_CLAUSE = re.compile(
    r"\s*,\s*(?:who\s+)?(?:is\s+)?(?:(?:known|called)\s+(?:\w+\s+){0,3}?as|"
    + GAVE_NAME
    + r"\s+as)\s+[A-Z]"
)
