"""What the dependency parse tells the actor passes (when `analyse` hands one in).

Unit tests hand in mentions without a parse; the questions here then answer None ("don't
know") and the passes fall back to their word rules.
"""

from __future__ import annotations

from reader.article.parsed import Parsed


def common_plurals(parsed: Parsed | None) -> set[int] | None:
    """Offsets (in the analysed text) of words the tagger reads as plural common nouns.

    "Commuters from Ashcombe said" opens with one (NNS); "Reuters has not verified" with a
    proper noun that only looks like a plural (NNP).
    """
    if parsed is None:
        return None
    doc = parsed.doc
    # the tags as one array: a Token object per word just to read its tag was ~10% of the rules
    tags = doc.to_array("TAG")
    nns = doc.vocab.strings["NNS"]
    return {parsed.span(doc[int(i)])[0] for i in (tags == nns).nonzero()[0]}


def common_nouns(parsed: Parsed | None) -> set[int] | None:
    """Offsets of words the tagger reads as common nouns, singular or plural (NN, NNS):
    "Tobacco has fed our nation for a century" opens with one; "Reuters has" does not."""
    if parsed is None:
        return None
    doc = parsed.doc
    tags = doc.to_array("TAG")
    nouns = (tags == doc.vocab.strings["NN"]) | (tags == doc.vocab.strings["NNS"])
    return {parsed.span(doc[int(i)])[0] for i in nouns.nonzero()[0]}
