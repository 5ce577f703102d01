"""What the dependency parse tells the actor passes (when `analyse` hands one in).

Unit tests hand in mentions without a parse; the questions here then answer None ("don't
know") and the passes fall back to their word rules.
"""

from __future__ import annotations

from reader.article.parsed import Parsed


def common_nouns(parsed: Parsed | None) -> tuple[set[int], set[int]] | None:
    """Offsets (in the analysed text) of words the tagger reads as common nouns: the plural
    ones (NNS), then all, singular or plural (NN, NNS).

    "Commuters from Ashcombe said" opens with a plural one; "Reuters has not verified" with a
    proper noun that only looks like a plural (NNP); "Tobacco has fed our nation" with a
    singular one.
    """
    if parsed is None:
        return None
    doc = parsed.doc
    # the tags as one array: a Token object per word just to read its tag was ~10% of the rules
    tags = doc.to_array("TAG")
    plural = tags == doc.vocab.strings["NNS"]
    nouns = plural | (tags == doc.vocab.strings["NN"])
    return (
        {parsed.span(doc[int(i)])[0] for i in plural.nonzero()[0]},
        {parsed.span(doc[int(i)])[0] for i in nouns.nonzero()[0]},
    )
